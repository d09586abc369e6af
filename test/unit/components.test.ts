/**
 * Components that take finished data as props, rendered alone with Astro's
 * Container API: what a reader sees for the data they are given, without a
 * site build.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import type { SSRManifest } from 'astro';
import { getContainerRenderer } from '@astrojs/react';
import { loadRenderers } from 'astro:container';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { realAtlas } from '../support/atlas';
import { caseSummaries, caseSummary } from '~/lib/records/summaries';
import { noteView } from '~/lib/sources/notes';
import { NoteBook } from '~/lib/sources/page-notes';
import { comparisonRows } from '~/lib/compare/rows';
import { chartFigures, chartMarkers } from '~/lib/charts/figure';
import { t } from '~/i18n';
import CaseKeyFacts from '~/components/cases/CaseKeyFacts.astro';
import CaseCard from '~/components/cases/CaseCard.astro';
import NoteBox from '~/components/evidence/NoteBox.astro';
import NoteList from '~/components/evidence/NoteList.astro';
import CiteMark from '~/components/evidence/CiteMark.astro';
import ComparePeers from '~/components/compare/ComparePeers.astro';
import CompareCellBody from '~/components/compare/CompareCellBody.astro';
import ChartFigure from '~/components/charts/ChartFigure.astro';
import CaseIndex from '~/components/cases/CaseIndex.astro';
import CasePager from '~/components/cases/CasePager.astro';
import { CASES_PER_PAGE, indexOrder } from '~/lib/records/case-index';
import { fill } from '~/lib/format/fill';

const atlas = await realAtlas();
// The charts' own directive (components/charts/interaction-directive.ts), as astro.config.mjs registers it;
// the container fills in the rest of the manifest.
const manifest = { clientDirectives: new Map([['interaction', '(()=>{})']]) } as Partial<SSRManifest> as SSRManifest;
const container = await AstroContainer.create({ renderers: await loadRenderers([getContainerRenderer()]), manifest });
const render = async (component: Parameters<typeof container.renderToString>[0], props: Record<string, unknown>) =>
  parse(await container.renderToString(component, { props }));
const record = (id: string) => {
  const found = atlas.cases.find((c) => c.id === id);
  if (!found) throw new Error(`no case ${id}`);
  return found;
};

describe('CaseKeyFacts', () => {
  it('lists country, sector, start year and forms, and says "not reported" where the paper gives no year', async () => {
    const withYear = await render(CaseKeyFacts, { lang: 'en', summary: caseSummary(atlas, record('kt'), 'en'), policies: [] });
    expect(withYear.querySelectorAll('dt').map((d) => d.text)).toEqual(['Country', 'Sector', 'Started', 'Forms of smart work']);
    expect(withYear.querySelectorAll('dd')[2]!.text).toBe('2010');
    const noYear = atlas.cases.find((c) => c.data.startYear === undefined);
    if (noYear) {
      const html = await render(CaseKeyFacts, { lang: 'ko', summary: caseSummary(atlas, noYear, 'ko'), policies: [] });
      expect(html.querySelector('dd .not-reported')?.text).toBe(t('ko').notReported);
    }
  });

  it('links the policies it is given, and shows no policy row without them', async () => {
    const html = await render(CaseKeyFacts, { lang: 'en', summary: caseSummary(atlas, record('kt'), 'en'), policies: [{ href: '/en/policies/x/', title: 'X strategy' }] });
    expect(html.querySelector('dd a')?.getAttribute('href')).toBe('/en/policies/x/');
  });
});

describe('CaseCard', () => {
  it('marks a headline figure whose note qualifies it with the status of its note, and only those', async () => {
    const summaries = atlas.cases.map((c) => caseSummary(atlas, c, 'en'));
    const flagged = summaries.filter((s) => s.headline?.note);
    const quiet = summaries.filter((s) => s.headline && !s.headline.note);
    expect(flagged.length).toBeGreaterThan(0);
    expect(quiet.length).toBeGreaterThan(0);
    for (const s of [...flagged, ...quiet]) {
      const marker = new NoteBook(atlas, 'en').add({ facts: [s.headline!.metric.fact], sources: [], metrics: [s.headline!.metric.id] });
      const mark = (await render(CaseCard, { lang: 'en', summary: s, marker })).querySelector('a.cite')!;
      expect(mark.getAttribute('href'), s.id).toBe(`#${marker.entry.id}`);
      const status = s.headline!.note?.status;
      if (s.headline!.note) expect(mark.getAttribute('aria-label'), s.id).toContain(t('en').noteStatus[status!]);
      expect(mark.classList.contains(`st-${status}`), s.id).toBe(Boolean(s.headline!.note));
    }
  });
});

describe('NoteBox', () => {
  it('shows the status in words, the text and every source linked to the about page, and no fact ids', async () => {
    const note = [...atlas.notes.values()].find((n) => n.status === 'differs' && n.sources.length > 1) ?? [...atlas.notes.values()][0]!;
    const html = await render(NoteBox, { lang: 'en', note: noteView(atlas, note, 'en'), anchored: true });
    const box = html.querySelector('.check')!;
    expect(box.getAttribute('id')).toBe(`note-${note.id}`);
    expect(box.classList.contains(`st-${note.status}`)).toBe(true);
    expect(box.querySelector('.status')!.text).toContain(t('en').noteStatus[note.status]);
    expect(box.text).toContain(note.text.en);
    expect(box.text).not.toMatch(/\bF\d\d\b/);
    expect(box.querySelectorAll('.meta a').map((a) => a.getAttribute('href'))).toEqual(note.sources.map((s) => `/en/about/#src-${s}`));
  });
});

describe('CiteMark and NoteList', () => {
  it('a marker shows its note’s number, leads to it, and the note leads back to every marker, saying what the paper states', async () => {
    const book = new NoteBook(atlas, 'en');
    const first = book.add({ facts: ['F31'], sources: [], metrics: ['kt/centres-2012'] });
    const again = book.add({ facts: ['F31'], sources: [], metrics: [] });
    const other = book.add({ facts: ['F29', 'F31'], sources: [], metrics: [] });
    const mark = (await render(CiteMark, { lang: 'en', marker: again })).querySelector('a.cite')!;
    expect(mark.text).toBe('1');
    expect(mark.getAttribute('href')).toBe('#fn-1');
    expect(mark.getAttribute('id')).toBe(again.id);
    expect(other.entry.n).toBe(2);

    const list = await render(NoteList, { lang: 'en', entries: book.entries });
    const notes = list.querySelectorAll('.note-list > li');
    expect(notes.map((n) => n.getAttribute('id'))).toEqual(['fn-1', 'fn-2']);
    expect(notes[0]!.querySelectorAll('.backrefs a').map((a) => a.getAttribute('href'))).toEqual([`#${first.id}`, `#${again.id}`]);
    expect(notes[0]!.text).toContain(atlas.facts.get('F31')!.statement.en);
    expect(notes[0]!.querySelector('.note-paper > a')!.getAttribute('href')).toBe('/en/about/#s-3-1');
    // The figure's cross-check is shown in the note of the claim that states it.
    expect(notes[0]!.querySelector('.check')!.text).toContain(atlas.notes.get(atlas.metrics.get('kt/centres-2012')!.note!)!.text.en);
    // A statement already written out is not repeated: the second note points to the first for F31.
    expect(notes[1]!.text).toContain(atlas.facts.get('F29')!.statement.en);
    expect(notes[1]!.querySelector('a[href="#fn-1"]')).not.toBeNull();
    expect(list.text).not.toMatch(/\bF\d\d\b/);
  });
});

describe('ComparePeers', () => {
  it('renders nothing without links, and a list of them otherwise', async () => {
    expect((await render(ComparePeers, { lang: 'en', links: [] })).text.trim()).toBe('');
    const html = await render(ComparePeers, { lang: 'ko', links: [{ href: '/ko/compare/?cases=bt,kt', label: 'BT · KT 비교' }] });
    expect(html.querySelector('h2')!.text).toBe(t('ko').compare.peersHeading);
    expect(html.querySelector('li a')!.getAttribute('href')).toBe('/ko/compare/?cases=bt,kt');
  });
});

describe('CompareCellBody', () => {
  const rows = comparisonRows(atlas, 'en', atlas.cases.map((c) => c.id));
  it('says "not reported" where the paper is silent, never a number', async () => {
    const silent = rows.flatMap((r) => r.cells.map((cell) => ({ field: r.key, cell }))).find((x) => !x.cell.reported)!;
    const html = await render(CompareCellBody, { lang: 'en', field: silent.field, cell: silent.cell });
    expect(html.querySelector('.not-reported')!.text).toContain(t('en').notReported);
    expect(html.querySelector('data')).toBeNull();
  });

  it('shows each figure with its value, and one marker for all the cell cites', async () => {
    const scale = rows.find((r) => r.key === 'scale')!;
    const cell = scale.cells.find((c) => c.reported && c.figures.length > 0)!;
    const book = new NoteBook(atlas, 'en');
    const marker = book.add({ facts: cell.facts, sources: [], metrics: [] });
    const html = await render(CompareCellBody, { lang: 'en', field: 'scale', cell, marker });
    const figures = cell.reported ? cell.figures : [];
    expect(html.querySelectorAll('.cell-figures li')).toHaveLength(figures.length);
    expect(html.querySelectorAll('.cell-figures data').map((d) => Number(d.getAttribute('value')))).toEqual(figures.map((f) => f.value));
    expect(html.querySelectorAll('a.cite')).toHaveLength(1);
  });

  it('gives a cell one marker, which carries the status of any note its figures carry', async () => {
    const cells = rows.flatMap((r) => r.cells.map((cell) => ({ field: r.key, cell }))).filter((x) => x.cell.reported && x.cell.figures.length > 0);
    for (const { field, cell } of cells) {
      if (!cell.reported) continue;
      const marker = new NoteBook(atlas, 'en').add({ facts: cell.facts, sources: [], metrics: cell.figures.map((f) => f.metricId) });
      const html = await render(CompareCellBody, { lang: 'en', field, cell, marker });
      const marks = html.querySelectorAll('a.cite');
      expect(marks, `${cell.caseId} ${field}`).toHaveLength(1);
      const noted = cell.figures.find((f) => f.note);
      expect((marks[0]!.getAttribute('class') ?? '').includes('st-'), `${cell.caseId} ${field}`).toBe(Boolean(noted));
    }
  });
});

describe('ChartFigure', () => {
  it('is a figure with its title, the picture as SVG, a table of the same numbers and an island that hydrates only on interaction', async () => {
    const [figure] = chartFigures(atlas, { page: 'case', id: 'kt' }, 'en');
    const markers = chartMarkers(new NoteBook(atlas, 'en'), figure!);
    const html = await render(ChartFigure, { lang: 'en', figure, markers, level: 3 });
    const fig = html.querySelector('figure')!;
    expect(fig.getAttribute('id')).toBe(`chart-${figure!.view.id}`);
    expect(fig.querySelector('h3')!.text).toBe(figure!.view.title);
    expect(fig.querySelector('astro-island')?.getAttribute('client')).toBe('interaction');
    const bars = fig.querySelectorAll('svg .chart-bar').map((b) => Number(b.getAttribute('data-value')));
    const table = fig.querySelectorAll('table tr[data-metric] data').map((d) => Number(d.getAttribute('value')));
    expect(bars.length).toBeGreaterThan(1);
    expect(bars).toEqual(table);
  });

  it('shows a chart whose panels hold one figure each as numbers, with no island', async () => {
    const [figure] = chartFigures(atlas, { page: 'policy', id: 'national-activation-strategy' }, 'ko');
    const markers = chartMarkers(new NoteBook(atlas, 'ko'), figure!);
    const html = await render(ChartFigure, { lang: 'ko', figure, markers });
    const fig = html.querySelector('figure')!;
    expect(fig.querySelector('astro-island')).toBeNull();
    expect(fig.querySelectorAll('.stat').length).toBe(figure!.stats.length);
    expect(fig.querySelectorAll('.stat a.cite').length).toBe(figure!.stats.length);
  });
});

describe('CaseIndex and CasePager', () => {
  /** The real atlas with `n` cases made from its own, each with its own id and title. */
  const atlasOf = (n: number) => ({
    ...atlas,
    cases: Array.from({ length: n }, (_, i) => {
      const c = atlas.cases[i % atlas.cases.length]!;
      const text = Object.fromEntries((['ko', 'en'] as const).map((l) => [l, { ...c.text[l], title: `${c.text[l].title} ${String(i).padStart(3, '0')}` }]));
      return { ...c, id: `${c.id}-${i}`, text };
    }),
  });

  it('links every page of a paged index, the current one marked and not a link', async () => {
    const html = await render(CasePager, { lang: 'en', page: 2, pages: 3 });
    const links = html.querySelectorAll('nav[data-case-pager] a');
    expect(links.map((a) => [a.text, a.getAttribute('href') ?? null])).toEqual([
      ['Previous page', '/en/cases/'],
      ['1', '/en/cases/'],
      ['2', null],
      ['3', '/en/cases/page/3/'],
      ['Next page', '/en/cases/page/3/'],
    ]);
    expect(links[2]!.getAttribute('aria-current')).toBe('page');
    expect(html.querySelector('nav')!.getAttribute('aria-label')).toBe(t('en').caseIndex.pagerLabel);
  });

  it('shows one page of a paged index, with its place in the whole and filters over every case', async () => {
    const big = atlasOf(2 * CASES_PER_PAGE + 7);
    const html = await render(CaseIndex, { lang: 'en', atlas: big, page: 2 });
    const order = indexOrder(caseSummaries(big as typeof atlas, 'en'), 'en');
    expect(html.querySelectorAll('li.card h3 a').map((a) => a.getAttribute('href'))).toEqual(
      order.slice(CASES_PER_PAGE, 2 * CASES_PER_PAGE).map((s) => `/en/cases/${s.id}/`),
    );
    expect(html.querySelector('[data-case-range]')!.text).toBe(fill(t('en').caseIndex.range, { from: CASES_PER_PAGE + 1, to: 2 * CASES_PER_PAGE, total: big.cases.length }));
    expect(html.querySelectorAll('[data-case-pager] a').length).toBe(3 + 2);
    const filters = html.querySelector('case-filters')!;
    expect(filters.hasAttribute('data-paged')).toBe(true);
    expect(filters.getAttribute('data-filter-url')).toBe('/en/cases/filter.json');
    expect(filters.getAttribute('data-total')).toBe(String(big.cases.length));
    // The choices cover every case, not only this page's.
    const countries = html.querySelectorAll('select[name="country"] option').map((o) => o.getAttribute('value')).filter(Boolean);
    expect(countries.sort()).toEqual([...new Set(atlas.cases.map((c) => c.data.country))].sort());
    expect(html.querySelector('[data-case-results]')?.hasAttribute('hidden')).toBe(true);
  });

  it('shows every case on one page, without page links, while they fit', async () => {
    const html = await render(CaseIndex, { lang: 'ko', atlas, page: 1 });
    expect(html.querySelectorAll('li.card').length).toBe(atlas.cases.length);
    expect(html.querySelector('[data-case-pager], [data-case-range], [data-case-results]')).toBeNull();
    expect(html.querySelector('case-filters')!.hasAttribute('data-paged')).toBe(false);
  });
});
