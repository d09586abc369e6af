/**
 * chart.js configurations for a bar panel and for the timeline, built from
 * the serialisable views of series.ts. Pure apart from the fills it is given,
 * so the options that matter (reduced motion, 0–100 share axes, Korean tick
 * formats) are unit-tested without a browser.
 */
import type { ChartConfiguration } from 'chart.js';
import type { Lang } from '~/schemas/common';
import { formatNumber } from '~/lib/format/numbers';
import type { PanelView, TimelineChartView } from './series';
import { markColour, markShape, type Mark, type MarkColours } from './palette';

export interface Theme {
  text: string;
  muted: string;
  line: string;
  bg: string;
  colours: MarkColours;
}

export type BarDatum = number | [number, number];
export type BarConfig = ChartConfiguration<'bar', BarDatum[], string | string[]>;
export type TimelineConfig = ChartConfiguration<'scatter', { x: number; y: number }[], unknown>;

/** A tick on a value axis: "1조 6,000억" or "1.6 trillion"; shares get a % sign. */
export function formatTick(value: number, unit: PanelView['unit'], lang: Lang): string {
  const n = formatNumber(value, lang);
  return unit === 'percent' ? `${n}%` : n;
}

/** A year on the time axis. */
export function formatYearTick(value: number, lang: Lang): string {
  return lang === 'ko' ? `${value}년` : String(value);
}

/** Ranges become floating bars; single values start at zero. */
export function barData(panel: PanelView): BarDatum[] {
  return panel.points.map((p) => (p.valueMax === null ? p.value : [p.value, p.valueMax]));
}

/** Motion only where the reader has not asked for less. */
export function animationFor(reducedMotion: boolean): false | { duration: number } {
  return reducedMotion ? false : { duration: 450 };
}

interface BarOptions {
  lang: Lang;
  theme: Theme;
  reducedMotion: boolean;
  /** The fill of a bar of this kind (a colour or a pattern). */
  fill: (mark: Mark) => string | CanvasPattern;
  /** Room to the right of the bars for their value labels, in CSS pixels. */
  labelRoom: number;
  /** The category axis, the same width for every panel of a chart so their bars line up; labels may wrap. */
  category: { width: number; lines: (string | string[])[] };
}

export function barConfig(panel: PanelView, o: BarOptions): BarConfig {
  const colours = panel.points.map((p) => markColour(o.theme.colours, p.kind));
  return {
    type: 'bar',
    data: {
      labels: o.category.lines,
      datasets: [
        {
          label: panel.title,
          data: barData(panel),
          backgroundColor: panel.points.map((p) => o.fill(p.kind)),
          borderColor: colours,
          borderWidth: 2,
          borderSkipped: false,
          maxBarThickness: 30,
          categoryPercentage: 0.8,
          barPercentage: 0.9,
        },
      ],
    },
    options: {
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
      animation: animationFor(o.reducedMotion),
      layout: { padding: { right: o.labelRoom, top: 4 } },
      scales: {
        x: {
          type: 'linear',
          min: 0,
          ...(panel.max === null ? { grace: '5%' } : { max: panel.max }),
          title: { display: true, text: panel.axisTitle, color: o.theme.muted },
          ticks: { color: o.theme.muted, maxTicksLimit: 6, callback: (v) => formatTick(Number(v), panel.unit, o.lang) },
          grid: { color: o.theme.line },
          border: { color: o.theme.line },
        },
        y: {
          type: 'category',
          afterFit: (scale) => {
            scale.width = o.category.width;
          },
          ticks: { color: o.theme.text, font: { size: 13 } },
          grid: { display: false },
          border: { color: o.theme.line },
        },
      },
      plugins: {
        tooltip: {
          callbacks: {
            title: (items) => panel.points[items[0]?.dataIndex ?? 0]?.label ?? '',
            label: (item) => {
              const p = panel.points[item.dataIndex];
              return p ? `${p.text} (${p.kindLabel})` : '';
            },
          },
        },
      },
    },
  };
}

interface TimelineOptions {
  lang: Lang;
  theme: Theme;
  reducedMotion: boolean;
  yearAxis: string;
}

export function timelineConfig(view: TimelineChartView, o: TimelineOptions): TimelineConfig {
  const colours = view.points.map((p) => markColour(o.theme.colours, p.kind));
  return {
    type: 'scatter',
    data: {
      datasets: [
        {
          label: view.title,
          data: view.points.map((p) => ({ x: p.x, y: p.row })),
          pointStyle: view.points.map((p) => markShape(p.kind)),
          // Targets are hollow: a goal, not something that happened.
          backgroundColor: view.points.map((p, i) => (p.kind === 'target' ? o.theme.bg : colours[i]!)),
          borderColor: colours,
          borderWidth: 2,
          pointRadius: 7,
          pointHoverRadius: 10,
        },
      ],
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: animationFor(o.reducedMotion),
      layout: { padding: { right: 12, top: 4 } },
      scales: {
        x: {
          type: 'linear',
          min: view.min,
          max: view.max,
          title: { display: true, text: o.yearAxis, color: o.theme.muted },
          ticks: { color: o.theme.muted, stepSize: 5, maxRotation: 0, callback: (v) => formatYearTick(Number(v), o.lang) },
          grid: { color: o.theme.line },
          border: { color: o.theme.line },
        },
        y: {
          type: 'linear',
          min: -0.5,
          max: view.rows.length - 0.5,
          reverse: true,
          afterBuildTicks: (axis) => {
            axis.ticks = view.rows.map((_, i) => ({ value: i }));
          },
          ticks: { color: o.theme.text, autoSkip: false, font: { size: 13 }, callback: (v) => view.rows[Number(v)] ?? '' },
          grid: { color: o.theme.line },
          border: { color: o.theme.line },
        },
      },
      plugins: {
        tooltip: {
          callbacks: {
            title: (items) => {
              const p = view.points[items[0]?.dataIndex ?? 0];
              return p ? `${p.when} · ${p.owner.title}` : '';
            },
            label: (item) => {
              const p = view.points[item.dataIndex];
              return p ? `${p.label}${p.figure ? `: ${p.figure}` : ''} (${p.kindLabel})` : '';
            },
          },
        },
      },
    },
  };
}
