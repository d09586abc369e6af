/**
 * The open data files: every metric as CSV and JSON rows, and the cases and
 * policies as JSON. Columns are defined once, with their meaning in both
 * languages, so the files and the codebook page cannot drift apart. Pure.
 *
 * metrics.csv holds every row in one file. The JSON is cut into parts of
 * RECORDS_PER_PART cases and policies (data/metrics/1.json, data/cases/1.json…),
 * listed by an index (data/metrics.json, data/cases.json), so no file grows
 * with the number of cases and a reader takes only the parts it needs.
 */
import type { Localized } from '~/schemas/common';
import type { Atlas, CaseRecord, OwnedMetric, PolicyRecord } from '~/lib/atlas/types';
import { toCsv, type CsvCell } from '~/lib/format/csv';
import type { Dictionary } from '~/i18n';

export type ColumnType = 'text' | 'number' | 'boolean' | 'list';
type JsonValue = string | number | boolean | null | number[] | string[];

export interface Column {
  /** Its meaning in each language is in the dictionaries (data.columnMeanings). */
  key: keyof Dictionary['data']['columnMeanings'];
  type: ColumnType;
  value: (m: OwnedMetric, atlas: Atlas) => JsonValue;
}

const opt = <T,>(v: T | undefined): T | null => (v === undefined ? null : v);

export const METRIC_COLUMNS: readonly Column[] = [
  { key: 'id', type: 'text', value: (m) => m.id },
  { key: 'owner_kind', type: 'text', value: (m) => m.owner.kind },
  { key: 'owner_id', type: 'text', value: (m) => m.owner.id },
  { key: 'value', type: 'number', value: (m) => m.value },
  { key: 'value_max', type: 'number', value: (m) => opt(m.valueMax) },
  { key: 'approx', type: 'boolean', value: (m) => m.approx },
  { key: 'unit', type: 'text', value: (m) => m.unit },
  { key: 'per', type: 'text', value: (m) => opt(m.per) },
  { key: 'year', type: 'number', value: (m) => opt(m.year) },
  { key: 'kind', type: 'text', value: (m) => m.kind },
  { key: 'base', type: 'text', value: (m) => m.base },
  { key: 'measure_ko', type: 'text', value: (m) => m.measure.ko },
  { key: 'measure_en', type: 'text', value: (m) => m.measure.en },
  { key: 'denominator_ko', type: 'text', value: (m) => opt(m.denominator?.ko) },
  { key: 'denominator_en', type: 'text', value: (m) => opt(m.denominator?.en) },
  { key: 'printed_ko', type: 'text', value: (m) => opt(m.printed?.ko) },
  { key: 'printed_en', type: 'text', value: (m) => opt(m.printed?.en) },
  { key: 'fact', type: 'text', value: (m) => m.fact },
  { key: 'section', type: 'text', value: (m, a) => a.facts.get(m.fact)!.section },
  { key: 'paper_refs', type: 'list', value: (m, a) => a.facts.get(m.fact)!.refs },
  { key: 'note_id', type: 'text', value: (m) => opt(m.note) },
  { key: 'note_status', type: 'text', value: (m, a) => (m.note ? a.notes.get(m.note)!.status : null) },
  { key: 'note_text_ko', type: 'text', value: (m, a) => (m.note ? a.notes.get(m.note)!.text.ko : null) },
  { key: 'note_text_en', type: 'text', value: (m, a) => (m.note ? a.notes.get(m.note)!.text.en : null) },
];

export type MetricRow = Record<string, JsonValue>;

/** Cases and policies in each part of the JSON files. */
export const RECORDS_PER_PART = 100;

/** The records of each part: cases, then policies, in the order of the pages, RECORDS_PER_PART at a time. */
function recordParts(atlas: Atlas): { cases: CaseRecord[]; policies: PolicyRecord[] }[] {
  const { cases, policies } = atlas;
  const parts: { cases: CaseRecord[]; policies: PolicyRecord[] }[] = [];
  for (let start = 0; start < cases.length + policies.length || !parts.length; start += RECORDS_PER_PART) {
    const end = start + RECORDS_PER_PART;
    parts.push({ cases: cases.slice(start, end), policies: policies.slice(Math.max(0, start - cases.length), Math.max(0, end - cases.length)) });
  }
  return parts;
}

/** The part files of a JSON file of the open data, as the index lists them: `metrics/1.json`. */
export function partPaths(name: 'metrics' | 'cases', atlas: Atlas): string[] {
  return recordParts(atlas).map((_, i) => `${name}/${i + 1}.json`);
}

const metricsOf = (atlas: Atlas, records: { data: { metrics: { id: string }[] } }[]) => records.flatMap((r) => r.data.metrics.map((m) => atlas.metrics.get(m.id)!));

/** Metrics case by case, then policy by policy, each in its file's order: the same on every build. */
export function orderedMetrics(atlas: Atlas): OwnedMetric[] {
  return metricsOf(atlas, [...atlas.cases, ...atlas.policies]);
}

function rowOf(m: OwnedMetric, atlas: Atlas): MetricRow {
  return Object.fromEntries(METRIC_COLUMNS.map((c) => [c.key, c.value(m, atlas)]));
}

/** One row per metric. */
export function metricRows(atlas: Atlas): MetricRow[] {
  return orderedMetrics(atlas).map((m) => rowOf(m, atlas));
}

function csvCell(v: JsonValue): CsvCell {
  return Array.isArray(v) ? v.join(' ') : v;
}

export function metricsCsv(atlas: Atlas): string {
  return toCsv(
    METRIC_COLUMNS.map((c) => c.key),
    metricRows(atlas).map((row) => METRIC_COLUMNS.map((c) => csvCell(row[c.key]!))),
  );
}

function paperSource(atlas: Atlas): Localized {
  const paper = atlas.sources.get('paper');
  const title = paper && paper.kind === 'paper' ? paper.title : { ko: '', en: '' };
  const author = paper && paper.kind === 'paper' ? paper.author : { ko: '', en: '' };
  return { ko: `${author.ko}, 「${title.ko}」`, en: `${author.en}, “${title.en}”` };
}

/** data/metrics.json: what the parts hold, how many rows in all, and where each part is. */
export function metricsJsonIndex(atlas: Atlas): { source: Localized; columns: string[]; count: number; parts: string[] } {
  return { source: paperSource(atlas), columns: METRIC_COLUMNS.map((c) => c.key), count: atlas.metrics.size, parts: partPaths('metrics', atlas) };
}

/** data/metrics/<n>.json: the rows of the metrics of one part's cases and policies, in the order of metrics.csv. */
export function metricsJsonParts(atlas: Atlas): { source: Localized; columns: string[]; metrics: MetricRow[] }[] {
  return recordParts(atlas).map((part) => ({
    source: paperSource(atlas),
    columns: METRIC_COLUMNS.map((c) => c.key),
    metrics: metricsOf(atlas, [...part.cases, ...part.policies]).map((m) => rowOf(m, atlas)),
  }));
}

export interface Field {
  /** Its meaning in each language is in the dictionaries (data.fieldMeanings). */
  key: keyof Dictionary['data']['fieldMeanings'];
  type: ColumnType | 'object';
}

/** What cases.json holds for each case and policy. */
export const RECORD_FIELDS: readonly Field[] = [
  { key: 'id', type: 'text' },
  { key: 'kind', type: 'text' },
  { key: 'title', type: 'object' },
  { key: 'summary', type: 'object' },
  { key: 'country', type: 'text' },
  { key: 'sector', type: 'text' },
  { key: 'start_year', type: 'number' },
  { key: 'date', type: 'text' },
  { key: 'forms', type: 'list' },
  { key: 'owners', type: 'list' },
  { key: 'policies', type: 'list' },
  { key: 'headline', type: 'text' },
  { key: 'metrics', type: 'list' },
  { key: 'facts', type: 'list' },
  { key: 'events', type: 'list' },
];

/** data/cases.json: the fields of the records, how many there are, and where each part is. */
export function casesJsonIndex(atlas: Atlas): { fields: string[]; count: { cases: number; policies: number }; parts: string[] } {
  return { fields: RECORD_FIELDS.map((f) => f.key), count: { cases: atlas.cases.length, policies: atlas.policies.length }, parts: partPaths('cases', atlas) };
}

/** data/cases/<n>.json: one part's cases and policies. */
export function casesJsonParts(atlas: Atlas) {
  return recordParts(atlas).map((part) => casesJson(atlas, part));
}

function casesJson(atlas: Atlas, { cases, policies }: { cases: CaseRecord[]; policies: PolicyRecord[] }) {
  const events = (list: { year: number; month?: number | undefined; kind: string; label?: Localized | undefined; metric?: string | undefined }[]) =>
    list.map((e) => {
      const m = e.metric ? atlas.metrics.get(e.metric) : undefined;
      return { year: e.year, month: opt(e.month), kind: e.kind, label: e.label ?? m?.measure ?? null, metric: opt(e.metric) };
    });
  const title = (text: { ko: { title: string }; en: { title: string } }) => ({ ko: text.ko.title, en: text.en.title });
  const summary = (text: { ko: { summary: string }; en: { summary: string } }) => ({ ko: text.ko.summary, en: text.en.summary });
  return {
    fields: RECORD_FIELDS.map((f) => f.key),
    cases: cases.map((c) => ({
      id: c.id,
      kind: 'case',
      title: title(c.text),
      summary: summary(c.text),
      country: c.data.country,
      sector: c.data.sector,
      start_year: opt(c.data.startYear),
      date: null,
      forms: c.data.forms,
      owners: [],
      policies: c.data.policies,
      headline: opt(c.data.headline),
      metrics: c.data.metrics.map((m) => m.id),
      facts: c.data.facts,
      events: events(c.data.events),
    })),
    policies: policies.map((p) => ({
      id: p.id,
      kind: 'policy',
      title: title(p.text),
      summary: summary(p.text),
      country: null,
      sector: null,
      start_year: null,
      date: opt(p.data.date),
      forms: [],
      owners: p.data.owners,
      policies: [],
      headline: null,
      metrics: p.data.metrics.map((m) => m.id),
      facts: p.data.facts,
      events: events(p.data.events),
    })),
  };
}
