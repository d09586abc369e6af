/**
 * The chart island. On the server, and until the reader asks to explore, it
 * is the picture (ChartPicture.tsx): SVG drawn at build time, the same markup
 * the server sent, so hydrating changes nothing on screen. Its code loads
 * only when the reader interacts (the `client:interaction` directive,
 * interaction-directive.ts): hovering or focusing the chart fetches it,
 * "Explore" switches to the interactive chart: chart.js on a canvas, with
 * values on hover, keyboard access to every value (arrow keys, announced in
 * a live region) and a PNG download.
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { ChartConfiguration } from 'chart.js';
import type { ChartView, PanelView } from '~/lib/charts/series';
import { barConfig, timelineConfig, type Theme } from '~/lib/charts/chartjs-config';
import { drawnPanels } from '~/lib/charts/picture';
import { Chart, categoryAxis, figurePng, fillFor, labelRoom, readTheme, valueLabels } from './draw';
import { fill } from '~/lib/format/fill';
import { PALETTE, type MarkColours } from '~/lib/charts/palette';
import { ChartPicture, Swatch, drawnKinds, type PictureStrings } from './ChartPicture';

export interface ChartStrings extends PictureStrings {
  keys: string;
  downloadPng: string;
  /** "{i} of {n}" */
  position: string;
  /** What ※ beside a label means. */
  noteMark: string;
  yearAxis: string;
}

interface Props {
  view: ChartView;
  strings: ChartStrings;
  /** The source line printed under the chart in the PNG. */
  credit: string;
}

/** Set on the island by the directive when the reader clicked "Explore" before the code had loaded. */
export const EXPLORE_ATTRIBUTE = 'data-explore';

export default function ChartIsland(props: Props) {
  const [exploring, setExploring] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (root.current?.closest('astro-island')?.hasAttribute(EXPLORE_ATTRIBUTE)) setExploring(true);
  }, []);
  return (
    <div ref={root} className="chart-island">
      {exploring ? <ChartBody {...props} /> : <ChartPicture view={props.view} strings={props.strings} onExplore={() => setExploring(true)} />}
    </div>
  );
}

function useMedia(query: string): boolean {
  const [matches, setMatches] = useState(() => matchMedia(query).matches);
  useEffect(() => {
    const mq = matchMedia(query);
    const update = () => setMatches(mq.matches);
    mq.addEventListener('change', update);
    return () => mq.removeEventListener('change', update);
  }, [query]);
  return matches;
}

interface CanvasSpec {
  key: string;
  heading: string;
  height: number;
  /** What each value reads as when the keyboard reaches it. */
  announcements: string[];
  /**
   * chart.js types a configuration by chart type; bar panels and the timeline
   * share this canvas component, so their configurations are widened here.
   */
  makeConfig: (ctx: CanvasRenderingContext2D, theme: Theme, reducedMotion: boolean) => ChartConfiguration;
}

/** A label with ※ where an editorial note under the chart qualifies the figure. */
const markedLabel = (p: PanelView['points'][number]) => (p.note?.flagged ? `${p.label} ${NOTE_MARK}` : p.label);
const NOTE_MARK = '※';

function barCanvas(panel: PanelView, lang: ChartView['lang'], labels: string[], texts: string[]): CanvasSpec {
  return {
    key: panel.id,
    heading: panel.heading,
    height: Math.max(128, panel.points.length * 46 + 64),
    announcements: panel.points.map((p) => `${p.label}: ${p.text} (${p.kindLabel}${p.note?.flagged ? `; ${p.note.label}` : ''})`),
    makeConfig: (ctx, theme, reducedMotion) => {
      const config = barConfig(panel, {
        lang,
        theme,
        reducedMotion,
        fill: (m) => fillFor(ctx, theme, m),
        labelRoom: labelRoom(texts),
        category: categoryAxis(panel.points.map(markedLabel), labels, getComputedStyle(ctx.canvas).fontFamily, ctx.canvas.parentElement?.clientWidth ?? 600),
      });
      config.plugins = [valueLabels(panel.points.map((p) => p.text), theme.text)];
      return config as unknown as ChartConfiguration;
    },
  };
}

function canvasesOf(view: ChartView, strings: ChartStrings): CanvasSpec[] {
  if (view.type === 'bar') {
    // Single figures are shown as numbers outside the island; every drawn panel gets the same label column and value margin, so their axes line up.
    const panels = drawnPanels(view);
    const labels = panels.flatMap((p) => p.points.map(markedLabel));
    const texts = panels.flatMap((p) => p.points.map((x) => x.text));
    return panels.map((p) => barCanvas(p, view.lang, labels, texts));
  }
  return [
    {
      key: view.id,
      heading: view.title,
      height: view.rows.length * 34 + 80,
      announcements: view.points.map(
        (p) => `${p.when}, ${p.owner.title}: ${p.label}${p.figure ? `, ${p.figure}` : ''} (${p.kindLabel}${p.note?.flagged ? `; ${p.note.label}` : ''})`,
      ),
      makeConfig: (_ctx, theme, reducedMotion) =>
        timelineConfig(view, { lang: view.lang, theme, reducedMotion, yearAxis: strings.yearAxis }) as unknown as ChartConfiguration,
    },
  ];
}

function ChartBody({ view, strings, credit }: Props) {
  const dark = useMedia('(prefers-color-scheme: dark)');
  const reducedMotion = useMedia('(prefers-reduced-motion: reduce)');
  const colours = dark ? PALETTE.dark : PALETTE.light;
  const [readout, setReadout] = useState('');
  const [ready, setReady] = useState(0);
  const canvases = useRef<(HTMLCanvasElement | null)[]>([]);
  const root = useRef<HTMLDivElement>(null);
  const specs = canvasesOf(view, strings);
  const helpId = `${view.id}-${view.lang}-keys`;
  const kinds = drawnKinds(view);
  // The reader asked to explore: the keyboard goes straight to the first value.
  useEffect(() => {
    if (ready >= specs.length) root.current?.querySelector<HTMLElement>('.chart-canvas')?.focus();
  }, [ready >= specs.length]);

  const downloadPng = async () => {
    const parts = specs.flatMap((s, i) => {
      const canvas = canvases.current[i];
      return canvas ? [{ heading: view.type === 'bar' ? s.heading : '', canvas }] : [];
    });
    if (!parts.length || !root.current) return;
    const blob = await figurePng(parts, {
      title: view.title,
      credit,
      legend: kinds.map((k) => ({ mark: k.kind, label: k.label })),
      theme: readTheme(root.current, colours),
      shapes: view.type === 'timeline',
    });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `${view.id}.${view.lang}.png`;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  return (
    <div ref={root} className="chart-body" data-rendered={ready >= specs.length ? 'true' : undefined}>
      <ul className="chart-legend" aria-label={strings.legend}>
        {kinds.map((k) => (
          <li key={k.kind}>
            <Swatch mark={k.kind} shape={view.type === 'timeline'} />
            {k.label}
          </li>
        ))}
        {view.type === 'bar' && view.notes.some((n) => n.flagged) && (
          <li>
            <span aria-hidden="true">{NOTE_MARK}</span> {strings.noteMark}
          </li>
        )}
      </ul>
      <p className="chart-keys" id={helpId}>{strings.keys}</p>
      {specs.map((s, i) => (
        <ChartCanvas
          key={`${s.key}-${dark ? 'dark' : 'light'}-${reducedMotion ? 'still' : 'moving'}`}
          spec={s}
          showHeading={view.type === 'bar'}
          headingId={`${s.key}-${view.lang}-heading`}
          helpId={helpId}
          colours={colours}
          reducedMotion={reducedMotion}
          position={strings.position}
          onCanvas={(c) => (canvases.current[i] = c)}
          onReady={() => setReady((n) => n + 1)}
          onAnnounce={setReadout}
        />
      ))}
      <p className="chart-readout" aria-live="polite" aria-atomic="true">{readout}</p>
      <button type="button" className="secondary chart-png" onClick={downloadPng}>
        {strings.downloadPng}
      </button>
    </div>
  );
}

interface CanvasProps {
  spec: CanvasSpec;
  showHeading: boolean;
  headingId: string;
  helpId: string;
  colours: MarkColours;
  reducedMotion: boolean;
  position: string;
  onCanvas: (c: HTMLCanvasElement | null) => void;
  onReady: () => void;
  onAnnounce: (text: string) => void;
}

function ChartCanvas({ spec, showHeading, headingId, helpId, colours, reducedMotion, position, onCanvas, onReady, onAnnounce }: CanvasProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const chartRef = useRef<Chart | null>(null);
  const [active, setActive] = useState<number | null>(null);
  const n = spec.announcements.length;

  // One chart per mount; a change of colour scheme or motion preference remounts (see the key above).
  useEffect(() => {
    const canvas = canvasRef.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    Chart.defaults.font.family = getComputedStyle(canvas).fontFamily;
    const chart = new Chart(ctx, spec.makeConfig(ctx, readTheme(canvas, colours), reducedMotion));
    chartRef.current = chart;
    // The plotted numbers, readable by tests and scripts that compare them with the table.
    canvas.dataset.values = JSON.stringify(chart.data.datasets[0]?.data ?? []);
    onReady();
    return () => {
      chart.destroy();
      chartRef.current = null;
    };
  }, []);

  const show = (i: number | null) => {
    const chart = chartRef.current;
    if (!chart) return;
    const el = i === null ? undefined : chart.getDatasetMeta(0).data[i];
    const elements = i === null || !el ? [] : [{ datasetIndex: 0, index: i }];
    chart.setActiveElements(elements);
    chart.tooltip?.setActiveElements(elements, { x: el?.x ?? 0, y: el?.y ?? 0 });
    chart.update();
    setActive(i);
    if (i !== null) onAnnounce(`${spec.announcements[i]}, ${fill(position, { i: i + 1, n })}`);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const at = active ?? -1;
    const next =
      e.key === 'ArrowRight' || e.key === 'ArrowDown' ? Math.min(at + 1, n - 1)
      : e.key === 'ArrowLeft' || e.key === 'ArrowUp' ? Math.max(at - 1, 0)
      : e.key === 'Home' ? 0
      : e.key === 'End' ? n - 1
      : null;
    if (next === null) return;
    e.preventDefault();
    show(next);
  };

  return (
    <div className="chart-panel">
      {showHeading && (
        <p className="chart-panel-title" id={headingId}>
          {spec.heading}
        </p>
      )}
      <div
        className="chart-canvas"
        style={{ height: `${spec.height}px` }}
        tabIndex={0}
        role="group"
        aria-label={showHeading ? undefined : spec.heading}
        aria-labelledby={showHeading ? headingId : undefined}
        aria-describedby={helpId}
        onKeyDown={onKeyDown}
        onFocus={() => show(active ?? 0)}
        onBlur={() => show(null)}
      >
        <canvas
          ref={(c) => {
            canvasRef.current = c;
            onCanvas(c);
          }}
          aria-hidden="true"
        />
      </div>
    </div>
  );
}
