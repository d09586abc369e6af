/**
 * The chart as a picture: SVG laid out at build time (lib/charts/picture.ts)
 * from the same view as the table and the interactive chart. It is what the
 * chart island renders on the server and before the reader asks to explore,
 * so it shows without JavaScript, in print, and in light and dark (its
 * colours are the page's CSS custom properties).
 */
import type { ChartView } from '~/lib/charts/series';
import { BAR, barPicture, drawnPanels, timelinePicture, type BarPicture } from '~/lib/charts/picture';
import { markFill, markShape, markVar, type Mark } from '~/lib/charts/palette';

export interface PictureStrings {
  legend: string;
  explore: string;
}

interface Props {
  view: ChartView;
  strings: PictureStrings;
  /** Present once the island has hydrated: the reader may switch to the interactive chart. */
  onExplore?: (() => void) | undefined;
}

/** Kinds drawn in the picture, for its key. */
export function drawnKinds(view: ChartView): { kind: Mark; label: string }[] {
  if (view.type === 'timeline') return view.kinds;
  const drawn = new Set(drawnPanels(view).flatMap((p) => p.points.map((x) => x.kind)));
  return view.kinds.filter((k) => drawn.has(k.kind as never));
}

export function ChartPicture({ view, strings, onExplore }: Props) {
  const kinds = drawnKinds(view);
  const timeline = view.type === 'timeline';
  return (
    <div className="chart-picture">
      <ul className="chart-legend" aria-label={strings.legend}>
        {kinds.map((k) => (
          <li key={k.kind}>
            <Swatch mark={k.kind} shape={timeline} />
            {k.label}
          </li>
        ))}
      </ul>
      {view.type === 'timeline' ? (
        <TimelineSvg view={view} />
      ) : (
        drawnPanels(view).map((p) => <BarSvg key={p.id} picture={barPicture(p)} />)
      )}
      <button type="button" className="secondary chart-explore" data-explore="" onClick={onExplore}>
        {strings.explore}
      </button>
    </div>
  );
}

/** Fill of a bar: solid, hatched (a target) or dotted (an expected effect or forecast), in the kind's colour. */
function barFill(id: string, mark: Mark): string {
  const fill = markFill(mark);
  return fill === 'solid' ? markVar(mark) : `url(#${id}-${fill})`;
}

function Patterns({ id, marks }: { id: string; marks: Mark[] }) {
  const hatch = marks.find((m) => markFill(m) === 'hatch');
  const dots = marks.find((m) => markFill(m) === 'dots');
  return (
    <defs>
      {hatch && (
        <pattern id={`${id}-hatch`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" style={{ fill: 'var(--bg)' }} />
          <rect width="2.5" height="6" style={{ fill: markVar(hatch) }} />
        </pattern>
      )}
      {dots && (
        <pattern id={`${id}-dots`} width="5" height="5" patternUnits="userSpaceOnUse">
          <rect width="5" height="5" style={{ fill: 'var(--bg)' }} />
          <circle cx="2.5" cy="2.5" r="1.4" style={{ fill: markVar(dots) }} />
        </pattern>
      )}
    </defs>
  );
}

function BarSvg({ picture }: { picture: BarPicture }) {
  const { id, bars, height } = picture;
  return (
    <div className="chart-panel">
      <p className="chart-panel-title">{picture.heading}</p>
      <svg className="chart-svg" width="100%" height={height} aria-hidden="true" data-panel={id}>
        <Patterns id={id} marks={bars.map((b) => b.kind)} />
        {bars.map((b) => (
          <g key={b.metricId} className="chart-bar" data-metric={b.metricId} data-value={b.value} data-max={b.valueMax ?? undefined}>
            <text x="0" y={b.textY} className="chart-label">
              {b.label}
              <tspan dx="10" className="chart-value">{b.text}</tspan>
            </text>
            {b.track && <rect x="0" y={b.barY} width="100%" height={BAR.bar} className="chart-track" />}
            <rect
              x={`${b.x0}%`}
              y={b.barY}
              width={`${b.x1 - b.x0}%`}
              height={BAR.bar}
              style={{ fill: barFill(id, b.kind), stroke: markVar(b.kind), strokeWidth: 1.5 }}
            />
          </g>
        ))}
      </svg>
    </div>
  );
}

const SHAPES: Record<ReturnType<typeof markShape>, string> = {
  circle: 'M 0 -6 A 6 6 0 1 1 0 6 A 6 6 0 1 1 0 -6 Z',
  triangle: 'M 0 -7 L 6.5 5.5 L -6.5 5.5 Z',
  rectRot: 'M 0 -7 L 7 0 L 0 7 L -7 0 Z',
};

function TimelineSvg({ view }: { view: Extract<ChartView, { type: 'timeline' }> }) {
  const pic = timelinePicture(view);
  const id = `tl-${view.id}-${view.lang}`;
  const shapes = [...new Set(pic.points.map((p) => p.shape))];
  return (
    <div className="chart-panel">
      <svg className="chart-svg chart-timeline" width="100%" height={pic.height} aria-hidden="true">
        <defs>
          {shapes.map((s) => (
            <path key={s} id={`${id}-${s}`} d={SHAPES[s]} />
          ))}
        </defs>
        {pic.rows.map((r) => r.band && <rect key={`band-${r.title}`} x="0" y={r.top} width="100%" height={r.height} className="chart-band" />)}
        {pic.ticks.map((t, i) => (
          <g key={t.label}>
            <line x1={`${t.x}%`} x2={`${t.x}%`} y1="0" y2={pic.axisY} className="chart-grid" />
            <text x={`${t.x}%`} y={pic.axisY + 18} textAnchor={i === 0 ? 'start' : i === pic.ticks.length - 1 ? 'end' : 'middle'} className={t.minor ? 'chart-tick minor' : 'chart-tick'}>
              {t.label}
            </text>
          </g>
        ))}
        {pic.rows.map((r) => (
          <g key={r.title}>
            <text x="4" y={r.textY} className="chart-label">{r.title}</text>
            <line x1="0" x2="100%" y1={r.trackY} y2={r.trackY} className="chart-row-line" />
          </g>
        ))}
        {pic.points.map((p, i) => (
          <use
            key={i}
            href={`#${id}-${p.shape}`}
            x={`${p.x}%`}
            y={p.y}
            className="chart-point"
            data-metric={p.metricId ?? undefined}
            data-year={p.year}
            style={{ fill: p.shape === 'rectRot' ? 'var(--bg)' : markVar(p.kind), stroke: markVar(p.kind), strokeWidth: 2 }}
          >
            <title>{p.label}</title>
          </use>
        ))}
      </svg>
    </div>
  );
}

/** The key's sample of each kind: the same fill pattern or point shape as on the chart. */
export function Swatch({ mark, shape }: { mark: Mark; shape: boolean }) {
  const colour = markVar(mark);
  if (shape) {
    const s = markShape(mark);
    return (
      <svg className="chart-swatch" width="14" height="14" viewBox="-7.5 -7.5 15 15" aria-hidden="true">
        <path d={SHAPES[s]} style={{ fill: s === 'rectRot' ? 'none' : colour, stroke: colour, strokeWidth: 2 }} />
      </svg>
    );
  }
  const fill = markFill(mark);
  const background =
    fill === 'solid' ? colour
    : fill === 'hatch' ? `repeating-linear-gradient(135deg, ${colour} 0 2px, transparent 2px 5px)`
    : `radial-gradient(circle, ${colour} 1.3px, transparent 1.7px) 0 0 / 5px 5px`;
  return <span className="chart-swatch" style={{ background, borderColor: colour }} aria-hidden="true" />;
}
