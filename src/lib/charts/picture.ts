/**
 * The chart as a picture, laid out at build time from the same view as its
 * table and its interactive version (series.ts), so the three cannot
 * disagree. Pure geometry for ChartPicture.tsx to draw as SVG.
 *
 * The SVG has no viewBox: heights are in CSS pixels and horizontal positions
 * in percent of its width, so text keeps its size and bars their proportions
 * from a phone to a wide screen. Each bar has its label and value on a line
 * above it, which needs no room beside the bars and never collides.
 *
 * A panel with a single figure is not drawn: one bar says nothing a number
 * cannot, so it is shown as the number with its label (`stats`).
 */
import type { BarChartView, ChartView, PanelView, PointView, TimelineChartView } from './series';
import type { Mark } from './palette';
import { markShape } from './palette';
import { formatYearTick } from './chartjs-config';

/** A panel of one bar reads as a number, not a chart. */
export const isStat = (panel: PanelView): boolean => panel.points.length === 1;

/** The panels drawn as bars: those with two figures or more. */
export function drawnPanels(view: BarChartView): PanelView[] {
  return view.panels.filter((p) => !isStat(p));
}

/** The figures shown as numbers, each with its panel. */
export function statPoints(view: ChartView): { panel: PanelView; point: PointView }[] {
  return view.type === 'bar' ? view.panels.filter(isStat).map((panel) => ({ panel, point: panel.points[0]! })) : [];
}

/** Whether anything of the chart is drawn (and so needs a picture and an interactive version). */
export function hasDrawing(view: ChartView): boolean {
  return view.type === 'timeline' || drawnPanels(view).length > 0;
}

/** Vertical rhythm of a bar panel, in CSS pixels. */
export const BAR = { label: 20, bar: 16, gap: 12, top: 4 } as const;

export interface BarShape {
  metricId: string;
  label: string;
  text: string;
  value: number;
  valueMax: number | null;
  kind: Mark;
  /** Baseline of the label line. */
  textY: number;
  barY: number;
  /** Start and end of the bar, in percent of the width. */
  x0: number;
  x1: number;
  /** A share is drawn on a full-width track, so it reads against the whole. */
  track: boolean;
}

export interface BarPicture {
  id: string;
  heading: string;
  height: number;
  bars: BarShape[];
}

/** A round number at or above the largest value, so the longest bar ends near, not at, the edge. */
export function niceMax(value: number): number {
  if (value <= 0) return 1;
  const step = 10 ** Math.floor(Math.log10(value));
  for (const m of [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) if (m * step >= value) return m * step;
  return 10 * step;
}

const pct = (v: number, max: number) => Math.max(0, Math.min(100, (v / max) * 100));

export function barPicture(panel: PanelView): BarPicture {
  const max = panel.max ?? niceMax(Math.max(...panel.points.map((p) => p.valueMax ?? p.value)));
  const row = BAR.label + BAR.bar + BAR.gap;
  const bars = panel.points.map((p, i) => {
    const top = BAR.top + i * row;
    const ranged = p.valueMax !== null;
    return {
      metricId: p.metricId,
      label: p.label,
      text: p.text,
      value: p.value,
      valueMax: p.valueMax,
      kind: p.kind,
      textY: top + BAR.label - 6,
      barY: top + BAR.label,
      x0: ranged ? pct(p.value, max) : 0,
      x1: pct(p.valueMax ?? p.value, max),
      track: panel.unit === 'percent',
    };
  });
  return { id: panel.id, heading: panel.heading, height: BAR.top + panel.points.length * row - BAR.gap + 2, bars };
}

/** Vertical rhythm of the timeline: a label line and a track per row, then the year axis. */
export const TIMELINE = { label: 17, track: 19, axis: 28, top: 2 } as const;

export interface TimelinePicture {
  height: number;
  /** Each row's label and track; every other row sits on a band, so a label reads with its own track. */
  rows: { title: string; textY: number; trackY: number; top: number; height: number; band: boolean }[];
  /** Ticks every five years; those between the decades are `minor`, and a phone leaves their labels out. */
  ticks: { x: number; label: string; minor: boolean }[];
  points: { x: number; y: number; kind: Mark; shape: ReturnType<typeof markShape>; metricId: string | null; year: number; label: string }[];
  axisY: number;
}

export function timelinePicture(view: TimelineChartView): TimelinePicture {
  const row = TIMELINE.label + TIMELINE.track;
  const at = (x: number) => ((x - view.min) / (view.max - view.min)) * 100;
  const rows = view.rows.map((title, i) => {
    const top = TIMELINE.top + i * row;
    return { title, textY: top + TIMELINE.label - 4, trackY: top + TIMELINE.label + TIMELINE.track / 2 - 2, top, height: row, band: i % 2 === 0 };
  });
  const axisY = TIMELINE.top + view.rows.length * row;
  const ticks: TimelinePicture['ticks'] = [];
  for (let year = view.min; year <= view.max; year += 5) ticks.push({ x: at(year), label: formatYearTick(year, view.lang), minor: year % 10 !== 0 });
  return {
    height: axisY + TIMELINE.axis,
    rows,
    ticks,
    axisY,
    points: view.points.map((p) => ({
      x: at(p.x),
      y: rows[p.row]!.trackY,
      kind: p.kind,
      shape: markShape(p.kind),
      metricId: p.metricId,
      year: Math.floor(p.x),
      label: `${p.when}, ${p.owner.title}: ${p.label}${p.figure ? ` (${p.figure})` : ''}`,
    })),
  };
}
