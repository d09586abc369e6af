/**
 * The comparison matrix: for chosen cases, one row per field (sector, country,
 * start year, forms, scale, results, security, drivers, barriers, sources) with
 * one cell per case. Pure: every value comes from the case's data file, its
 * text's `compare` frontmatter or its metrics, so the compare page, its CSV and
 * the tests read the same thing.
 */
import type { Lang } from '~/schemas/common';
import { COMPARE_TEXT_FIELDS } from '~/schemas/case';
import type { Fact } from '~/schemas/reference';
import { factsOf } from '~/lib/sources/cite';
import { t } from '~/i18n';
import type { Atlas, CaseRecord, OwnedMetric } from '~/lib/atlas/types';
import { formatFigure } from '~/lib/format/numbers';
import { metricNote, type NoteView } from '~/lib/sources/notes';
import { NoteBook, type Marker, type NoteEntry } from '~/lib/sources/page-notes';

export const COMPARE_FIELDS = ['sector', 'country', 'startYear', 'forms', ...COMPARE_TEXT_FIELDS, 'sources'] as const;
export type CompareField = (typeof COMPARE_FIELDS)[number];

/** A metric as it reads in a cell: the figure, what it measures, and where it stands in the paper. */
export interface CellFigure {
  metricId: string;
  /** The value as stored, for machine-readable markup. */
  value: number;
  /** The formatted figure, e.g. "85%", "30곳". */
  text: string;
  measure: string;
  /** Shown for targets and expected effects, so they are not read as results. */
  kind: OwnedMetric['kind'];
  year: number | undefined;
  fact: string;
  /** Where the figure stands in the paper. */
  source: Fact;
  /** An editorial note the reader must see beside the figure (status other than "agrees"). */
  note: NoteView | undefined;
}

export type CompareCell =
  | {
      caseId: string;
      reported: true;
      /** A sentence or a short value ("Company", "2010"). */
      text: string | undefined;
      /** List values: the forms of smart work, or the facts in the sources row. */
      items: { code: string; label: string }[];
      /** Facts the text or the list rests on (figures carry their own). */
      textFacts: string[];
      figures: CellFigure[];
      /** Facts of the paper the cell rests on, without duplicates, in order. */
      facts: string[];
      /** Equal for cells that say the same thing; used to find rows that differ. */
      signature: string;
    }
  | {
      caseId: string;
      reported: false;
      /** The paper is silent: no text, no figure, no source. */
      facts: [];
      signature: string;
    };

export interface ComparisonRow {
  key: CompareField;
  label: string;
  cells: CompareCell[];
  /** True when the cells of the chosen cases do not all say the same. */
  differs: boolean;
}

const unique = <T,>(xs: T[]): T[] => [...new Set(xs)];
const NOT_REPORTED = 'not-reported';

function notReported(caseId: string): CompareCell {
  return { caseId, reported: false, facts: [], signature: NOT_REPORTED };
}

function figureOf(atlas: Atlas, m: OwnedMetric, lang: Lang): CellFigure {
  const note = metricNote(atlas, m.note, lang);
  return {
    metricId: m.id,
    value: m.value,
    text: formatFigure(m, lang),
    measure: m.measure[lang],
    kind: m.kind,
    year: m.year,
    fact: m.fact,
    source: factsOf(atlas, [m.fact])[0]!,
    note: note?.flagged ? note : undefined,
  };
}

/** The case's metrics that belong in the scale or the results row. */
export function rowMetrics(atlas: Atlas, rec: CaseRecord, row: 'scale' | 'results'): OwnedMetric[] {
  // Which row a metric belongs in is a property of its base (content/bases.yaml): scale or results, or neither.
  return rec.data.metrics.filter((m) => atlas.bases.get(m.base)?.compare === row).map((m) => atlas.metrics.get(m.id)!);
}

/** Every fact the case's comparison rests on: its data file, its compare texts in this language, its metrics. */
export function caseFacts(rec: CaseRecord, lang: Lang): string[] {
  const compare = rec.text[lang].compare;
  return unique([
    ...rec.data.facts,
    ...COMPARE_TEXT_FIELDS.flatMap((f) => compare[f]?.facts ?? []),
    ...rec.data.metrics.map((m) => m.fact),
  ]).sort();
}

function cellFor(atlas: Atlas, rec: CaseRecord, field: CompareField, lang: Lang): CompareCell {
  const d = t(lang);
  const data = rec.data;
  const caseId = rec.id;
  // Sector, country, start year and forms come from the case's data file; they
  // rest on the facts that file lists, the places where the paper describes the case.
  const dataCell = (text: string | undefined, items: { code: string; label: string }[], signature: string): CompareCell => ({
    caseId, reported: true, text, items, textFacts: [...data.facts], figures: [], facts: [...data.facts], signature,
  });
  switch (field) {
    case 'sector':
      return dataCell(d.sectors[data.sector], [], data.sector);
    case 'country':
      return dataCell(d.countries[data.country], [], data.country);
    case 'startYear':
      return data.startYear === undefined ? notReported(caseId) : dataCell(String(data.startYear), [], String(data.startYear));
    case 'forms':
      return dataCell(undefined, data.forms.map((f) => ({ code: f, label: d.forms[f] })), [...data.forms].sort().join(' '));
    case 'sources': {
      const facts = caseFacts(rec, lang);
      return { caseId, reported: true, text: undefined, items: facts.map((f) => ({ code: f, label: f })), textFacts: facts, figures: [], facts, signature: facts.join(' ') };
    }
    default: {
      const said = rec.text[lang].compare[field];
      const figures = field === 'scale' || field === 'results' ? rowMetrics(atlas, rec, field).map((m) => figureOf(atlas, m, lang)) : [];
      if (!said && figures.length === 0) return notReported(caseId);
      return {
        caseId,
        reported: true,
        text: said?.text,
        items: [],
        textFacts: said?.facts ?? [],
        figures,
        facts: unique([...(said?.facts ?? []), ...figures.map((f) => f.fact)]),
        signature: [said?.text ?? '', ...figures.map((f) => `${f.text} ${f.measure}`)].join('\n'),
      };
    }
  }
}

/** Whether the cells say different things. One cell alone never differs. */
export function cellsDiffer(cells: { signature: string }[]): boolean {
  return new Set(cells.map((c) => c.signature)).size > 1;
}

/**
 * A short key that is equal for cells saying the same thing, so the page can
 * find differing rows among any columns a reader puts side by side, even
 * columns built on different pages, without shipping the cells' text to the
 * browser. FNV-1a over the signature: a clash among a few chosen cases is
 * out of practical reach.
 */
export function sameValueKey(cell: { signature: string }): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < cell.signature.length; i++) h = Math.imul(h ^ cell.signature.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/** The comparison rows for the given cases, in the given order. Unknown ids are an error. */
export function comparisonRows(atlas: Atlas, lang: Lang, caseIds: readonly string[]): ComparisonRow[] {
  const records = caseIds.map((id) => {
    const rec = atlas.cases.find((c) => c.id === id);
    if (!rec) throw new Error(`comparisonRows: unknown case "${id}"`);
    return rec;
  });
  const d = t(lang);
  return COMPARE_FIELDS.map((key) => {
    const cells = records.map((rec) => cellFor(atlas, rec, key, lang));
    return { key, label: d.field[key], cells, differs: cellsDiffer(cells) };
  });
}

/**
 * What a reader must know to read a figure right: "target, 2012", "2007" or
 * nothing. The year is left out where the measure already names it.
 */
export function figureQualifier(f: CellFigure, lang: Lang): string {
  const d = t(lang);
  const year = f.year !== undefined && !f.measure.includes(String(f.year)) ? (lang === 'ko' ? `${f.year}년` : String(f.year)) : undefined;
  return [f.kind !== 'actual' ? d.kinds[f.kind] : undefined, year].filter((x) => x !== undefined).join(', ');
}

/** A figure as one line of plain text, for the CSV: "85%: share of BT staff … (target, 2012)". */
export function figurePlain(f: CellFigure, lang: Lang): string {
  const q = figureQualifier(f, lang);
  return `${f.text}: ${f.measure}${q ? ` (${q})` : ''}`;
}

/** Every editorial note the figures of these rows carry, once each, in order of appearance. */
export function rowNotes(rows: ComparisonRow[]): NoteView[] {
  const notes = new Map<string, NoteView>();
  for (const row of rows) for (const cell of row.cells) if (cell.reported) for (const f of cell.figures) if (f.note) notes.set(f.note.id, f.note);
  return [...notes.values()];
}

/**
 * The comparison of some cases as a page shows it: the cases as columns, the
 * rows, and each column's markers and notes. Every column has a note book of
 * its own (anchors prefixed with the case id), so a column means the same on
 * every page that shows it and the reader's browser can put columns from
 * different pages side by side (components/compare/compare-element.ts).
 */
export interface CompareView {
  cases: { id: string; title: string }[];
  rows: ComparisonRow[];
  /** Row by row, column by column. */
  markers: (Marker | undefined)[][];
  notes: { caseId: string; title: string; entries: NoteEntry[] }[];
}

export function compareView(atlas: Atlas, lang: Lang, caseIds: readonly string[]): CompareView {
  const rows = comparisonRows(atlas, lang, caseIds);
  const columns = caseIds.map((id, col) => {
    const book = new NoteBook(atlas, lang, `${id}-`);
    const markers = compareMarkers(book, rows.map((row) => ({ ...row, cells: [row.cells[col]!] })));
    return { markers: markers.map((m) => m[0]), entries: book.entries };
  });
  const titles = caseIds.map((id) => atlas.cases.find((c) => c.id === id)!.text[lang].title);
  return {
    cases: caseIds.map((id, i) => ({ id, title: titles[i]! })),
    rows,
    markers: rows.map((_, r) => columns.map((c) => c.markers[r])),
    notes: caseIds.map((caseId, i) => ({ caseId, title: titles[i]!, entries: columns[i]!.entries })),
  };
}

/** Fields taken from the case's data file; they rest on the places where the paper describes the case, cited once, in the sources row. */
const DATA_FIELDS: ReadonlySet<CompareField> = new Set(['sector', 'country', 'startYear', 'forms']);

/**
 * One marker per cell that states something (a statement, figures), merging
 * what it cites; none on the fields from the data file, whose facts the
 * sources row cites once per case. Numbered row by row in the table's order.
 */
export function compareMarkers(book: NoteBook, rows: ComparisonRow[]): (Marker | undefined)[][] {
  const dataFacts = rows[0]?.cells.map((c) => (c.reported ? c.textFacts : [])) ?? [];
  return rows.map((row) =>
    row.cells.map((cell, col) => {
      if (!cell.reported || DATA_FIELDS.has(row.key)) return undefined;
      const claim = row.key === 'sources'
        ? { facts: dataFacts[col] ?? [], sources: [], metrics: [] }
        : { facts: cell.facts, sources: [], metrics: cell.figures.map((f) => f.metricId) };
      return claim.facts.length === 0 ? undefined : book.add(claim);
    }),
  );
}
