/**
 * The built site: every chart is on its page in both languages with its table,
 * sources, notes and CSV; the open data files parse back to the collections;
 * pages without charts carry no script.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Atlas } from '~/lib/atlas/types';
import type { ChartSpec } from '~/schemas/chart';
import { BOM, parseCsv, parseCsvRecords } from '~/lib/format/csv';
import { METRIC_COLUMNS, RECORD_FIELDS, orderedMetrics } from '~/lib/records/open-data';
import { LANGS, type Lang } from '~/schemas/common';
import { realAtlas } from '../support/atlas';
import { expectRowsMatchAtlas } from '../support/open-data';
import { builtPages, page, extraScripts } from '../support/site';
import { t } from '~/i18n';

const atlas: Atlas = await realAtlas();
const site = () => inject('siteUrl');

function pagePath(spec: ChartSpec, lang: Lang): string {
  const p = spec.place;
  if (p.page === 'figures') return `/${lang}/figures/`;
  return `/${lang}/${p.page === 'case' ? 'cases' : 'policies'}/${p.id}/`;
}

/** The numbers in a chart's table, in order, as the `<data>` elements carry them. */
function tableValues(spec: ChartSpec, lang: Lang): number[] {
  const fig = page(pagePath(spec, lang)).dom.querySelector(`#chart-${spec.id}`);
  if (!fig) throw new Error(`no figure #chart-${spec.id} on ${pagePath(spec, lang)}`);
  return fig.querySelectorAll('table data').map((d) => Number(d.getAttribute('value')));
}

describe.each(LANGS)('charts on the %s pages', (lang) => {
  it.each(atlas.charts.map((s) => s.id))('%s: figure, picture or numbers, table, sources, notes and CSV', async (id) => {
    const spec = atlas.charts.find((s) => s.id === id)!;
    const p = page(pagePath(spec, lang));
    const fig = p.dom.querySelector(`#chart-${id}`)!;
    expect(fig.tagName).toBe('FIGURE');
    expect(fig.querySelector('.chart-title')!.text).toBe(spec.title[lang]);
    expect(fig.querySelector('.sr-only')!.text.length).toBeGreaterThan(20);
    // Figures of their own are numbers; the rest is a picture made at build time, whose island waits for the reader.
    const drawn = fig.querySelectorAll('svg .chart-bar, svg .chart-point').map((b) => b.getAttribute('data-value') ?? b.getAttribute('data-year'));
    const stats = fig.querySelectorAll('.stat data').map((d) => d.getAttribute('value'));
    const island = fig.querySelector('astro-island');
    if (drawn.length > 0) expect(island?.getAttribute('client')).toBe('interaction');
    else expect(island).toBeNull();
    expect(drawn.length + stats.length).toBe(spec.type === 'bar' ? fig.querySelectorAll('tr[data-metric]').length : fig.querySelectorAll('tbody tr').length);
    expect(fig.querySelector('table caption')).not.toBeNull();
    expect(fig.querySelectorAll('th[scope="col"]').length).toBeGreaterThan(3);
    expect(fig.querySelector('.chart-source a')).not.toBeNull();

    // Every figure's metric is in the table, with the collections' value and a marker leading to a note on the page.
    const rows = fig.querySelectorAll('tr[data-metric]');
    const notes = p.dom.querySelector('section.notes')!;
    for (const row of rows) {
      const m = atlas.metrics.get(row.getAttribute('data-metric')!)!;
      if (spec.type === 'bar') expect(Number(row.querySelector('data')!.getAttribute('value'))).toBe(m.value);
      const marker = row.querySelector('a.cite')!;
      const note = p.dom.getElementById(marker.getAttribute('href')!.slice(1))!;
      expect(note.closest('section.notes')).toBe(notes);
      const check = m.note ? atlas.notes.get(m.note)! : undefined;
      // The figure's cross-check is written out once on the page, in the notes.
      if (check) expect(notes.querySelectorAll('.check').filter((c) => c.text.includes(check.text[lang].slice(0, 30)))).toHaveLength(1);
    }

    // The CSV linked under the chart has the table's numbers.
    const link = fig.querySelector('.chart-downloads a')!.getAttribute('href')!;
    const res = await fetch(new URL(link, site()));
    expect(res.status).toBe(200);
    const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer());
    expect(csv.startsWith(BOM)).toBe(true);
    const [, ...records] = parseCsv(csv);
    const column = spec.type === 'bar' ? 2 : 1;
    expect(records.map((r) => Number(r[column]))).toEqual(tableValues(spec, lang));
  });
});

describe('open data files', () => {
  it('metrics.csv is UTF-8 with a byte-order mark and parses back to the collections’ values', async () => {
    const res = await fetch(new URL('data/metrics.csv', site()));
    expect(res.headers.get('content-type')).toContain('text/csv');
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer());
    expect(text.startsWith(BOM)).toBe(true);
    expectRowsMatchAtlas(parseCsvRecords(text), atlas);
  });

  it('metrics.json and cases.json list parts that hold the same metrics and every case and policy', async () => {
    const json = async <T,>(path: string) => (await (await fetch(new URL(path, site()))).json()) as T;
    const parts = async <T,>(index: string) => Promise.all((await json<{ parts: string[] }>(index)).parts.map((p) => json<T>(`data/${p}`)));
    const metrics = (await parts<{ metrics: { id: string; value: number }[] }>('data/metrics.json')).flatMap((p) => p.metrics);
    expect(metrics.map((m) => [m.id, m.value])).toEqual(orderedMetrics(atlas).map((m) => [m.id, m.value]));
    const cases = await parts<{ cases: { id: string }[]; policies: { id: string }[] }>('data/cases.json');
    expect(cases.flatMap((p) => p.cases).map((c) => c.id)).toEqual(atlas.cases.map((c) => c.id));
    expect(cases.flatMap((p) => p.policies).map((p) => p.id)).toEqual(atlas.policies.map((p) => p.id));
  });

  it.each(LANGS)('the %s codebook describes every column and field and links files that exist', async (lang) => {
    const dom = page(`/${lang}/data/`).dom;
    for (const c of METRIC_COLUMNS) expect(dom.querySelector(`#col-${c.key} td:last-child`)!.text, c.key).toBe(t(lang).data.columnMeanings[c.key]);
    for (const f of RECORD_FIELDS) expect(dom.querySelector(`#field-${f.key}`), f.key).not.toBeNull();
    const links = dom.querySelectorAll('.data-files a').map((a) => a.getAttribute('href')!);
    expect(links.length).toBe(3 + atlas.charts.length);
    for (const href of links) expect((await fetch(new URL(href, site()))).status, href).toBe(200);
  });
});

describe('pages without drawn charts', () => {
  it('carry no script beyond the search shortcut: no island, no other inline code', () => {
    const plain = builtPages().filter((p) => /^\/(ko|en)\/(cases|policies)\/[^/]+\/$/.test(p.path) && !p.dom.querySelector('figure.chart-figure svg'));
    expect(plain.length).toBeGreaterThanOrEqual(12);
    for (const p of plain) {
      expect(extraScripts(p), p.path).toEqual([]);
      expect(p.dom.querySelector('astro-island'), p.path).toBeNull();
    }
  });
});
