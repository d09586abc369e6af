import { describe, expect, it } from 'vitest';
import { realAtlas } from '../support/atlas';
import { COMPARE_FIELDS, cellsDiffer, comparisonRows, rowMetrics, sameValueKey, compareView, type CompareCell } from '~/lib/compare/rows';
import { chooserGroups, mainColumns, peerColumns } from '~/lib/compare/pages';
import { nearestPeers } from '~/lib/records/summaries';
import { comparisonCsv } from '~/lib/compare/csv';
import { BOM, parseCsv } from '~/lib/format/csv';
import { DEFAULT_PAIR, choiceSearch, defaultChoice, parseCaseChoice } from '~/lib/compare/choice';
import { formatFigure } from '~/lib/format/numbers';
import { LANGS } from '~/schemas/common';
import { t } from '~/i18n';
import { fill } from '~/lib/format/fill';

const atlas = await realAtlas();
const ids = atlas.cases.map((c) => c.id);

const reported = (c: CompareCell) => {
  if (!c.reported) throw new Error(`${c.caseId}: expected a reported cell`);
  return c;
};

describe.each(LANGS)('comparisonRows in %s', (lang) => {
  const d = t(lang);
  const rows = comparisonRows(atlas, lang, ids);
  const row = (key: string) => rows.find((r) => r.key === key)!;

  it('has one row per field, labelled in the language, and one cell per case in the order asked', () => {
    expect(rows.map((r) => r.key)).toEqual([...COMPARE_FIELDS]);
    for (const r of rows) {
      expect(r.label).toBe(d.field[r.key]);
      expect(r.cells.map((c) => c.caseId)).toEqual(ids);
    }
    const reversed = comparisonRows(atlas, lang, [...ids].reverse());
    expect(reversed[0]!.cells.map((c) => c.caseId)).toEqual([...ids].reverse());
  });

  it('takes sector, country, start year and forms from each case’s data file', () => {
    atlas.cases.forEach((rec, i) => {
      expect(reported(row('sector').cells[i]!).text).toBe(d.sectors[rec.data.sector]);
      expect(reported(row('country').cells[i]!).text).toBe(d.countries[rec.data.country]);
      expect(reported(row('forms').cells[i]!).items.map((f) => f.code)).toEqual(rec.data.forms);
      expect(reported(row('forms').cells[i]!).items.map((f) => f.label)).toEqual(rec.data.forms.map((f) => d.forms[f]));
      const start = row('startYear').cells[i]!;
      if (rec.data.startYear === undefined) expect(start.reported).toBe(false);
      else expect(reported(start).text).toBe(String(rec.data.startYear));
      for (const key of ['sector', 'country', 'forms'] as const) expect(reported(row(key).cells[i]!).textFacts).toEqual(rec.data.facts);
    });
  });

  it('takes the statements from the compare frontmatter, with their facts, and says "not reported" only where the paper is silent', () => {
    let silent = 0;
    atlas.cases.forEach((rec, i) => {
      for (const key of ['scale', 'results', 'security', 'drivers', 'barriers'] as const) {
        const said = rec.text[lang].compare[key];
        const cell = row(key).cells[i]!;
        const metrics = key === 'scale' || key === 'results' ? rowMetrics(atlas, rec, key) : [];
        if (!said && metrics.length === 0) {
          expect(cell.reported, `${rec.id} ${key}`).toBe(false);
          expect(cell.facts).toEqual([]);
          silent++;
          continue;
        }
        const c = reported(cell);
        expect(c.text).toBe(said?.text);
        expect(c.textFacts).toEqual(said?.facts ?? []);
        for (const f of said?.facts ?? []) expect(c.facts).toContain(f);
      }
    });
    // The real content has gaps (KT reports no results), so the "not reported" path is exercised.
    expect(silent).toBeGreaterThan(0);
  });

  it('shows every metric of a case, except prices, in exactly one of scale and results, formatted and with its fact', () => {
    atlas.cases.forEach((rec, i) => {
      const figures = [row('scale').cells[i]!, row('results').cells[i]!].flatMap((c) => (c.reported ? c.figures : []));
      const expected = rec.data.metrics.filter((m) => m.base !== 'price');
      expect(figures.map((f) => f.metricId).sort()).toEqual(expected.map((m) => m.id).sort());
      for (const f of figures) {
        const m = atlas.metrics.get(f.metricId)!;
        expect(f.text).toBe(formatFigure(m, lang));
        expect(f.measure).toBe(m.measure[lang]);
        expect(f.fact).toBe(m.fact);
        const note = m.note ? atlas.notes.get(m.note) : undefined;
        expect(f.note?.id).toBe(note && note.status !== 'agrees' ? note.id : undefined);
      }
    });
  });

  it('lists in the sources row every fact any cell of the case rests on', () => {
    atlas.cases.forEach((rec, i) => {
      const sources = reported(row('sources').cells[i]!).facts;
      const used = rows.flatMap((r) => r.cells[i]!.facts);
      for (const f of used) expect(sources, rec.id).toContain(f);
      for (const f of rec.data.facts) expect(sources).toContain(f);
    });
  });

  it('marks a row as differing exactly when the chosen cases’ cells differ', () => {
    for (const [a, b] of [['kt', 'bt'], ['netherlands', 'japan'], ['kt', 'samsung-sds']] as const) {
      const pair = comparisonRows(atlas, lang, [a, b]);
      const ra = atlas.cases.find((c) => c.id === a)!.data;
      const rb = atlas.cases.find((c) => c.id === b)!.data;
      expect(pair.find((r) => r.key === 'sector')!.differs).toBe(ra.sector !== rb.sector);
      expect(pair.find((r) => r.key === 'country')!.differs).toBe(ra.country !== rb.country);
      expect(pair.find((r) => r.key === 'startYear')!.differs).toBe(ra.startYear !== rb.startYear);
    }
    expect(comparisonRows(atlas, lang, ['kt']).some((r) => r.differs)).toBe(false);
  });

  it('rejects an unknown case', () => {
    expect(() => comparisonRows(atlas, lang, ['kt', 'nope'])).toThrow(/unknown case "nope"/);
  });
});

describe('same-value keys', () => {
  it('are equal for cells saying the same thing and differ otherwise, across every cell of the real comparison', () => {
    const cells = ['a', 'b', 'a', 'c', 'b'].map((signature) => ({ signature }));
    const keys = cells.map(sameValueKey);
    expect(keys[0]).toBe(keys[2]);
    expect(keys[1]).toBe(keys[4]);
    expect(new Set(keys).size).toBe(3);
    for (const row of comparisonRows(atlas, 'en', ids)) {
      const bySignature = new Map(row.cells.map((c) => [c.signature, sameValueKey(c)]));
      expect(new Set(bySignature.values()).size, row.key).toBe(bySignature.size);
    }
    expect(cellsDiffer(cells)).toBe(true);
    expect(cellsDiffer([{ signature: 'x' }, { signature: 'x' }])).toBe(false);
  });
});

describe('the choice of cases in the URL', () => {
  it('defaults to the page’s own columns, in their order, when there is no ?cases=', () => {
    expect(parseCaseChoice(ids, null, mainColumns(atlas))).toEqual(ids.filter((id) => DEFAULT_PAIR.includes(id)));
    expect(parseCaseChoice(ids, null, ['kt', 'nope', 'bt'])).toEqual(['kt', 'bt']);
  });
  it('keeps known ids once each, in the order the reader chose them, and drops the rest', () => {
    expect(parseCaseChoice(ids, 'kt,bt,kt,nope, Japan ', DEFAULT_PAIR)).toEqual(['kt', 'bt', 'japan']);
    expect(parseCaseChoice(ids, 'ntt-data,kt', DEFAULT_PAIR)).toEqual(['ntt-data', 'kt']);
    expect(parseCaseChoice(ids, '', DEFAULT_PAIR)).toEqual([]);
  });
  it('writes a readable search string', () => {
    expect(choiceSearch(['bt', 'kt'])).toBe('?cases=bt,kt');
  });
});

describe('the compare pages', () => {
  it('build the main page with the default pair, or the first two cases where it is missing', () => {
    expect(mainColumns(atlas)).toEqual(ids.filter((id) => DEFAULT_PAIR.includes(id)));
    expect(defaultChoice(['a', 'b', 'c'])).toEqual(['a', 'b']);
  });

  it('build each case’s page with the case and its nearest peers, in the table’s order', () => {
    for (const id of ids) {
      const cols = peerColumns(atlas, id);
      expect(cols).toContain(id);
      expect(new Set(cols)).toEqual(new Set([id, ...nearestPeers(atlas, id).map((p) => p.id)]));
      expect(cols).toEqual(ids.filter((x) => cols.includes(x)));
    }
  });

  it.each(LANGS)('give each column the same cells, markers and notes on every page that shows it, in %s', (lang) => {
    // The chooser moves a column from a case's page into another page as it is: nothing in it may depend on its neighbours.
    const alone = (id: string) => compareView(atlas, lang, [id]);
    const pair = compareView(atlas, lang, ['kt', 'bt']);
    pair.cases.forEach((c, col) => {
      const single = alone(c.id);
      expect(pair.rows.map((r) => sameValueKey(r.cells[col]!))).toEqual(single.rows.map((r) => sameValueKey(r.cells[0]!)));
      expect(pair.markers.map((r) => r[col]?.id)).toEqual(single.markers.map((r) => r[0]?.id));
      expect(pair.notes[col]!.entries.map((e) => e.id)).toEqual(single.notes[0]!.entries.map((e) => e.id));
      // Anchors carry the case id, so two columns on one page never share one.
      for (const e of pair.notes[col]!.entries) expect(e.id.startsWith(`${c.id}-`)).toBe(true);
    });
  });

  it.each(LANGS)('list every case once in the chooser, grouped by country, in %s', (lang) => {
    const groups = chooserGroups(atlas, lang);
    expect(groups.flatMap((g) => g.cases.map((c) => c.id)).sort()).toEqual([...ids].sort());
    for (const g of groups) for (const c of g.cases) expect(t(lang).countries[atlas.cases.find((x) => x.id === c.id)!.data.country]).toBe(g.label);
  });
});

describe('CSV', () => {
  it.each(LANGS)('holds the whole matrix in %s, one record per case, read back from the collections', (lang) => {
    const d = t(lang);
    const csv = comparisonCsv(atlas, lang);
    expect(csv.startsWith(BOM)).toBe(true);
    const [header, ...records] = parseCsv(csv.slice(BOM.length));
    expect(records).toHaveLength(ids.length);
    expect(header!.slice(0, 2)).toEqual(['id', d.compare.csvCase]);
    for (const key of COMPARE_FIELDS) expect(header).toContain(d.field[key]);
    const col = (label: string) => header!.indexOf(label);
    atlas.cases.forEach((rec, i) => {
      const r = records[i]!;
      expect(r).toHaveLength(header!.length);
      expect(r[0]).toBe(rec.id);
      expect(r[1]).toBe(rec.text[lang].title);
      expect(r[col(d.field.country)]).toBe(d.countries[rec.data.country]);
      expect(r[col(d.field.startYear)]).toBe(rec.data.startYear === undefined ? d.notReported : String(rec.data.startYear));
      const security = rec.text[lang].compare.security;
      expect(r[col(d.field.security)]).toBe(security ? security.text : d.notReported);
      expect(r[col(fill(d.compare.csvSourcesOf, { label: d.field.security }))]).toBe(security ? security.facts.join(d.listSeparator) : '');
      for (const m of rec.data.metrics.filter((x) => x.base !== 'price')) {
        expect(r.join('\n'), `${rec.id} ${m.id}`).toContain(formatFigure(m, lang));
      }
    });
  });
});
