/**
 * Turns a chart (content/charts.yaml) and the atlas into what a chart draws,
 * in one language: labels, values, units, kinds, notes and sources. The result
 * is plain serialisable data, so the same view feeds the HTML table, the CSV
 * file and the chart island. Pure.
 *
 * The one rule it enforces (axis.ts): a panel has one axis, so all its
 * metrics must be shares or counts of the same whole (`base`) in the same unit
 * and rate. The content checker refuses such a chart first, naming its file
 * and field; the assertion here keeps the guarantee for any caller.
 */
import type { Lang } from '~/schemas/common';
import type { Metric } from '~/schemas/metric';
import type { Note } from '~/schemas/reference';
import { t } from '~/i18n';
import type { Atlas, OwnedMetric } from '~/lib/atlas/types';
import type { BarChartSpec, ChartPlace, ChartSpec, LabelRule, PanelSpec } from '~/schemas/chart';
import { axisClash } from './axis';
import { formatFigure, formatYearMonth } from '~/lib/format/numbers';
import { timelineEvents } from '~/lib/records/timeline';

export type MetricKind = Metric['kind'];
export type NoteStatus = Note['status'];

export interface NoteRef {
  id: string;
  status: NoteStatus;
  /** The status as the page names it: "Editorial note: another source differs". */
  label: string;
  /** Worth a mark on the chart itself: the cross-check did not simply confirm the figure. */
  flagged: boolean;
}

export interface PointView {
  metricId: string;
  label: string;
  value: number;
  /** Upper end of a range (drawn as a floating bar), else null. */
  valueMax: number | null;
  kind: MetricKind;
  kindLabel: string;
  /** The figure as the page writes it, with its unit and rate. */
  text: string;
  measure: string;
  denominator: string | null;
  year: number | null;
  fact: string;
  note: NoteRef | null;
}

export interface PanelView {
  id: string;
  /** What the panel's figures are shares or counts of. */
  title: string;
  /** The title with the unit: "Share of the company's own staff (%)". Panels of one base differ by unit. */
  heading: string;
  base: Metric['base'];
  unit: Metric['unit'];
  per: Metric['per'] | null;
  /** The unit as an axis title: "%", "sites", "KRW a year", "원(연간)". */
  axisTitle: string;
  /** Shares run on a 0–100 axis, so a small share looks small. */
  max: number | null;
  points: PointView[];
}

interface ViewCommon {
  id: string;
  lang: Lang;
  title: string;
  /** A short text version of the chart for screen readers. */
  summary: string;
  place: ChartPlace;
  /** Kinds present, with their names, for the legend. */
  kinds: { kind: MetricKind | EventKind; label: string }[];
  /** Facts of the paper the chart rests on, sorted. */
  facts: string[];
  /** Editorial notes its figures carry, in order of first use. */
  notes: NoteRef[];
}

export interface BarChartView extends ViewCommon {
  type: 'bar';
  panels: PanelView[];
}

export type { EventKind } from '~/schemas/metric';
import type { EventKind } from '~/schemas/metric';
import { noteNeedsMarker } from '~/lib/sources/notes';
import { ownerTitle } from '~/lib/records/titles';
import { fill } from '~/lib/format/fill';

export interface TimelinePointView {
  /** Position on the time axis: the year, plus the month as a fraction. */
  x: number;
  /** Index into `rows`. */
  row: number;
  when: string;
  kind: EventKind;
  kindLabel: string;
  owner: { kind: 'case' | 'policy'; id: string; title: string };
  label: string;
  figure: string | null;
  metricId: string | null;
  fact: string | null;
  note: NoteRef | null;
}

export interface TimelineChartView extends ViewCommon {
  type: 'timeline';
  /** One row per case or policy, in order of its first event. */
  rows: string[];
  min: number;
  max: number;
  points: TimelinePointView[];
}

export type ChartView = BarChartView | TimelineChartView;

/** The axis title for a unit and rate in one language. */
export function axisTitle(unit: Metric['unit'], per: Metric['per'], lang: Lang): string {
  const d = t(lang);
  let name: string;
  if (unit === 'percent') name = '%';
  else if (unit === 'krw') name = lang === 'ko' ? '원' : 'KRW';
  else if (unit === 'usd') name = lang === 'ko' ? '달러' : 'USD';
  else name = d.units[unit][1] ?? unit;
  if (per === 'year') return fill(d.charts.perYear, { unit: name });
  if (per === 'day') return fill(d.charts.perDay, { unit: name });
  return name;
}

/** The figure with its rate: "KRW 2.2 billion a year", "연간 22억 원". */
export function figureWithRate(m: OwnedMetric, lang: Lang): string {
  const text = formatFigure(m, lang);
  const d = t(lang);
  if (m.per === 'year') return lang === 'ko' ? `${d.perYear} ${text}` : `${text} ${d.perYear}`;
  if (m.per === 'day') return lang === 'ko' ? `${d.perDay} ${text}` : `${text} ${d.perDay}`;
  return text;
}

function metricOf(atlas: Atlas, chartId: string, id: string): OwnedMetric {
  const m = atlas.metrics.get(id);
  if (!m) throw new Error(`chart "${chartId}": unknown metric "${id}"`);
  return m;
}

/**
 * Throws unless every metric of a panel shares one base, unit and rate: the
 * guard that keeps different denominators off one axis.
 */
export function assertOneAxis(chartId: string, panelIndex: number, metrics: readonly OwnedMetric[]): void {
  if (metrics.length === 0) throw new Error(`chart "${chartId}" panel ${panelIndex}: a panel needs at least one metric`);
  const clash = axisClash(metrics);
  if (clash) throw new Error(`chart "${chartId}" panel ${panelIndex} would put ${clash} on one axis`);
}

function pointLabel(atlas: Atlas, m: OwnedMetric, rule: LabelRule, lang: Lang): string {
  switch (rule) {
    case 'owner':
      return ownerTitle(atlas, m.owner, lang);
    case 'owner-year':
      return m.year === undefined ? ownerTitle(atlas, m.owner, lang) : `${ownerTitle(atlas, m.owner, lang)}, ${m.year}`;
    case 'measure':
      return m.measure[lang];
  }
}

function noteRef(atlas: Atlas, id: string | undefined, lang: Lang): NoteRef | null {
  const note = id ? atlas.notes.get(id) : undefined;
  return note ? { id: note.id, status: note.status, label: t(lang).noteStatus[note.status], flagged: noteNeedsMarker(note) } : null;
}

function pointView(atlas: Atlas, m: OwnedMetric, label: string, lang: Lang): PointView {
  return {
    metricId: m.id,
    label,
    value: m.value,
    valueMax: m.valueMax ?? null,
    kind: m.kind,
    kindLabel: t(lang).kinds[m.kind],
    text: figureWithRate(m, lang),
    measure: m.measure[lang],
    denominator: m.denominator?.[lang] ?? null,
    year: m.year ?? null,
    fact: m.fact,
    note: noteRef(atlas, m.note, lang),
  };
}

function panelView(atlas: Atlas, spec: BarChartSpec, panel: PanelSpec, index: number, lang: Lang): PanelView {
  const entries = panel.points.map((p) => (typeof p === 'string' ? { metric: p, label: undefined } : p));
  const metrics = entries.map((e) => metricOf(atlas, spec.id, e.metric));
  assertOneAxis(spec.id, index, metrics);
  const first = metrics[0]!;
  const base = atlas.bases.get(first.base);
  if (!base) throw new Error(`chart "${spec.id}": unknown base "${first.base}"`);
  const title = base.title[lang];
  const axis = axisTitle(first.unit, first.per, lang);
  return {
    id: `${spec.id}-${index + 1}`,
    title,
    heading: `${title} (${axis})`,
    base: first.base,
    unit: first.unit,
    per: first.per ?? null,
    axisTitle: axis,
    max: first.unit === 'percent' ? 100 : null,
    points: metrics.map((m, i) => pointView(atlas, m, entries[i]!.label?.[lang] ?? pointLabel(atlas, m, panel.label, lang), lang)),
  };
}

const uniqueBy = <T,>(xs: T[], key: (x: T) => string): T[] => {
  const seen = new Set<string>();
  return xs.filter((x) => !seen.has(key(x)) && seen.add(key(x)));
};

function barChart(atlas: Atlas, spec: BarChartSpec, lang: Lang): BarChartView {
  const d = t(lang);
  const panels = spec.panels.map((p, i) => panelView(atlas, spec, p, i, lang));
  const points = panels.flatMap((p) => p.points);
  const summary = panels
    .map((p) => fill(d.charts.panelSummary, { title: p.heading, items: p.points.map((x) => fill(d.charts.summaryItem, { label: x.label, figure: x.text, kind: x.kindLabel })).join(', ') }))
    .join(' ');
  return {
    id: spec.id,
    type: 'bar',
    lang,
    title: spec.title[lang],
    summary,
    place: spec.place,
    kinds: uniqueBy(points.map((x) => ({ kind: x.kind, label: x.kindLabel })), (k) => k.kind),
    facts: [...new Set(points.map((x) => x.fact))].sort(),
    notes: uniqueBy(points.flatMap((x) => (x.note ? [x.note] : [])), (n) => n.id),
    panels,
  };
}

function timelineChart(atlas: Atlas, spec: ChartSpec, lang: Lang): TimelineChartView {
  const d = t(lang);
  const items = timelineEvents(atlas, lang);
  if (items.length === 0) throw new Error(`chart "${spec.id}": no dated events`);
  const rows: string[] = [];
  const points: TimelinePointView[] = items.map((e) => {
    if (!rows.includes(e.owner.title)) rows.push(e.owner.title);
    const metric = e.metricId ? atlas.metrics.get(e.metricId) : undefined;
    return {
      x: e.year + ((e.month ?? 1) - 1) / 12,
      row: rows.indexOf(e.owner.title),
      when: formatYearMonth(e.year, e.month, lang),
      kind: e.kind,
      kindLabel: d.charts.eventKinds[e.kind],
      owner: e.owner,
      label: e.label,
      figure: metric ? figureWithRate(metric, lang) : null,
      metricId: e.metricId ?? null,
      fact: e.fact ?? null,
      note: noteRef(atlas, metric?.note, lang),
    };
  });
  const first = points[0]!;
  const last = points[points.length - 1]!;
  return {
    id: spec.id,
    type: 'timeline',
    lang,
    title: spec.title[lang],
    summary: fill(d.charts.timelineSummary, { count: points.length, owners: rows.length, first: `${first.when} (${first.owner.title}: ${first.label})`, last: `${last.when} (${last.owner.title}: ${last.label})` }),
    place: spec.place,
    kinds: uniqueBy(points.map((p) => ({ kind: p.kind, label: p.kindLabel })), (k) => k.kind),
    facts: [...new Set(points.flatMap((p) => (p.fact ? [p.fact] : [])))].sort(),
    notes: uniqueBy(points.flatMap((p) => (p.note ? [p.note] : [])), (n) => n.id),
    rows,
    // Whole five-year spans, so the axis reads 1990, 1995, … 2025.
    min: Math.floor((first.x - 1) / 5) * 5,
    max: Math.ceil((last.x + 1) / 5) * 5,
    points,
  };
}

/** The view of one chart in one language; throws if the spec would mix measures on an axis. */
export function chartView(atlas: Atlas, spec: ChartSpec, lang: Lang): ChartView {
  return spec.type === 'bar' ? barChart(atlas, spec, lang) : timelineChart(atlas, spec, lang);
}

export function chartSpec(atlas: Atlas, id: string): ChartSpec {
  const spec = atlas.charts.find((s) => s.id === id);
  if (!spec) throw new Error(`unknown chart "${id}"`);
  return spec;
}

/** The charts shown on one place: the figures page, or one case or policy page. */
export function chartsFor(atlas: Atlas, place: ChartPlace): ChartSpec[] {
  return atlas.charts.filter((s) =>
    s.place.page === 'figures' ? place.page === 'figures' : place.page === s.place.page && 'id' in place && place.id === s.place.id,
  );
}
