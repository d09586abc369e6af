/**
 * The built HTML of the compare, case index, timeline and case pages, and the
 * CSV files: what a reader without JavaScript gets, read from dist/.
 */
import { describe, expect, inject, it } from 'vitest';
import { realAtlas } from '../support/atlas';
import { comparisonRows } from '~/lib/compare/rows';
import { chooserGroups, mainColumns, peerColumns } from '~/lib/compare/pages';
import { comparisonCsv } from '~/lib/compare/csv';
import { timelineEvents } from '~/lib/records/timeline';
import { LANGS } from '~/schemas/common';
import { t } from '~/i18n';
import { builtPages, page, extraScripts } from '../support/site';
import { served, unserved } from '../support/built-site';

const atlas = await realAtlas();
const ids = atlas.cases.map((c) => c.id);
const paths = new Set(builtPages().map((p) => p.path));

describe.each(LANGS)('built pages in %s', (lang) => {
  const d = t(lang);

  const comparePages = [
    { path: `/${lang}/compare/`, columns: mainColumns(atlas) },
    ...ids.map((id) => ({ path: `/${lang}/compare/${id}/`, columns: peerColumns(atlas, id) })),
  ];

  it.each(comparePages)('compare $path: its cases as columns, every field as a row, headers scoped, cells sourced in the column’s notes, "not reported" set apart', ({ path, columns }) => {
    const { dom } = page(path);
    const table = dom.querySelector('#compare-table')!;
    expect(table.querySelector('caption')?.text).toBe(d.compare.caption);
    expect(dom.querySelector('main')!.text).not.toMatch(/\bF\d\d\b/);
    expect(table.querySelectorAll('thead th[scope="col"][data-case]').map((th) => th.getAttribute('data-case'))).toEqual(columns);
    const rows = comparisonRows(atlas, lang, columns);
    const trs = table.querySelectorAll('tbody tr');
    expect(trs.map((tr) => tr.getAttribute('data-field'))).toEqual(rows.map((r) => r.key));
    rows.forEach((row, i) => {
      const tds = trs[i]!.querySelectorAll('td');
      expect(trs[i]!.querySelector('th[scope="row"]')!.text).toContain(row.label);
      row.cells.forEach((cell, j) => {
        const td = tds[j]!;
        expect(td.getAttribute('data-case')).toBe(cell.caseId);
        if (!cell.reported) {
          const nr = td.querySelector('.not-reported')!;
          expect(nr.text).toContain(d.notReported);
          expect(nr.getAttribute('title')).toBe(d.notReportedTitle);
          expect(td.querySelector('a')).toBeNull();
        } else if (['sector', 'country', 'startYear', 'forms'].includes(row.key)) {
          // Fields from the case's data file are cited once, in the sources row.
          expect(td.querySelectorAll('a.cite')).toHaveLength(0);
        } else {
          // A reported cell has one marker for all it cites, leading to a note of its own column (which travels with it).
          const markers = td.querySelectorAll('a.cite');
          expect(markers, `${row.key} ${cell.caseId}`).toHaveLength(1);
          const note = dom.getElementById(markers[0]!.getAttribute('href')!.slice(1));
          expect(note?.closest('[data-case-notes]')?.getAttribute('data-case-notes')).toBe(cell.caseId);
          for (const f of cell.figures) expect(td.text).toContain(f.text);
          // The sources row names the paper's sections, linked to the about page.
          if (row.key === 'sources') expect(td.querySelectorAll('a[href*="/about/#s-"]').length).toBeGreaterThan(0);
        }
      });
    });
    expect(dom.querySelectorAll('[data-case-notes]').map((n) => n.getAttribute('data-case-notes'))).toEqual(columns);
    expect(dom.querySelectorAll('a[href$="data/compare-ko.csv"]')).toHaveLength(1);
    expect(dom.querySelectorAll('a[href$="data/compare-en.csv"]')).toHaveLength(1);
    // The element reads other columns from the cases' own compare pages.
    expect(dom.querySelector('compare-cases')!.getAttribute('data-case-url')).toBe(served(`/${lang}/compare/{id}/`));
  });

  it('compare: the chooser lists every case once, grouped by country; a case’s page sends readers to it', () => {
    const { dom } = page(`/${lang}/compare/`);
    const groups = dom.querySelectorAll('compare-cases form details');
    expect(groups.map((g) => g.querySelector('summary')!.text)).toEqual(chooserGroups(atlas, lang).map((g) => `${g.label} (${g.cases.length})`));
    expect(groups.flatMap((g) => g.querySelectorAll('input[name="case"]').map((b) => b.getAttribute('value'))).sort()).toEqual([...ids].sort());
    for (const id of ids) {
      const own = page(`/${lang}/compare/${id}/`).dom;
      expect(own.querySelector('compare-cases input[name="case"]'), id).toBeNull();
      const choose = new URL(own.querySelector('compare-cases a[data-choose]')!.getAttribute('href')!, 'http://x');
      expect(choose.pathname).toBe(served(`/${lang}/compare/`));
      expect(choose.searchParams.get('cases')).toBe(peerColumns(atlas, id).join(','));
    }
  });

  it('case index: every case listed with country, sector, start year, forms and headline', () => {
    const { dom } = page(`/${lang}/cases/`);
    const cards = dom.querySelectorAll('li.card');
    expect(cards.map((c) => c.getAttribute('data-country') && c.querySelector('a')!.getAttribute('href')!.split('/').at(-2)).sort()).toEqual([...ids].sort());
    for (const rec of atlas.cases) {
      const card = cards.find((c) => c.querySelector('a')!.getAttribute('href')!.endsWith(`/cases/${rec.id}/`))!;
      expect(card.text).toContain(d.countries[rec.data.country]);
      expect(card.text).toContain(d.sectors[rec.data.sector]);
      expect(card.text).toContain(rec.data.startYear === undefined ? d.notReported : String(rec.data.startYear));
      for (const f of rec.data.forms) expect(card.text).toContain(d.forms[f]);
      if (!rec.data.headline) expect(card.querySelector('.not-reported')).not.toBeNull();
    }
  });

  it('timeline: every event under its year, linking to its page, with a source for each figure', () => {
    const { dom } = page(`/${lang}/timeline/`);
    const events = timelineEvents(atlas, lang);
    const items = dom.querySelectorAll('ol.timeline > li.year li.event');
    expect(items).toHaveLength(events.length);
    expect(dom.querySelectorAll('ol.timeline > li.year').map((y) => Number(y.getAttribute('data-year')))).toEqual([...new Set(events.map((e) => e.year))]);
    events.forEach((e, i) => {
      const li = items[i]!;
      expect(li.getAttribute('data-owner')).toBe(`${e.owner.kind}:${e.owner.id}`);
      expect(li.querySelector('.kind')!.text).toBe(d.timeline.kinds[e.kind]);
      expect(li.classList.contains(`kind-${e.kind}`)).toBe(true);
      const link = li.querySelectorAll('a').find((a) => a.text === e.owner.title)!;
      expect(paths.has(unserved(link.getAttribute('href')!)), link.getAttribute('href')).toBe(true);
      if (e.figure) {
        expect(li.text).toContain(e.figure);
        expect(li.querySelector('a.cite')).not.toBeNull();
      }
    });
  });

  it('case pages: "compare with…" links to valid pairs and adds no JavaScript', () => {
    for (const id of ids) {
      const built = page(`/${lang}/cases/${id}/`);
      const { dom } = built;
      // Only chart islands may bring a script to a case page (their bootstrap, inline); the peers block brings none.
      if (!dom.querySelector('astro-island')) expect(extraScripts(built), id).toEqual([]);
      expect(dom.querySelector('.compare-peers script')).toBeNull();
      const links = dom.querySelectorAll('.compare-peers a');
      expect(links.length, id).toBeGreaterThan(0);
      for (const a of links) {
        const url = new URL(a.getAttribute('href')!, 'http://x');
        // The case's own compare page: the case with all its peers without JavaScript, the pair with it.
        expect(url.pathname).toBe(served(`/${lang}/compare/${id}/`));
        const pair = url.searchParams.get('cases')!.split(',');
        expect(pair).toHaveLength(2);
        expect(pair).toContain(id);
        for (const x of pair) expect(peerColumns(atlas, id)).toContain(x);
      }
    }
  });

  it(`serves /data/compare-${lang}.csv as built from the collections`, async () => {
    const res = await fetch(`${inject('siteUrl')}data/compare-${lang}.csv`);
    expect(res.status).toBe(200);
    const body = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer());
    expect(body).toBe(comparisonCsv(atlas, lang));
    expect(body.charCodeAt(0)).toBe(0xfeff);
  });
});
