/**
 * The browser side of the charts: only the chart.js pieces the two chart
 * types use are registered (no `chart.js/auto`), bar fills that repeat the
 * kind as a pattern, value labels at the end of each bar, and the PNG export.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  LinearScale,
  PointElement,
  ScatterController,
  Tooltip,
  type Plugin,
} from 'chart.js';
import { markColour, markFill, markShape, type Mark } from '~/lib/charts/palette';
import type { Theme } from '~/lib/charts/chartjs-config';

Chart.register(BarController, BarElement, ScatterController, PointElement, CategoryScale, LinearScale, Tooltip);

export { Chart };

/** Reads the page's colour tokens where the chart sits, so it follows light and dark mode. */
export function readTheme(el: Element, colours: Theme['colours']): Theme {
  const css = getComputedStyle(el);
  const token = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  return { text: token('--text', '#1d1d1b'), muted: token('--muted', '#55534e'), line: token('--line', '#d6d3ca'), bg: token('--bg', '#fbfaf7'), colours };
}

/** A solid colour, or diagonal hatching (targets) or dots (expected effects) in that colour. */
export function fillFor(ctx: CanvasRenderingContext2D, theme: Theme, mark: Mark): string | CanvasPattern {
  const colour = markColour(theme.colours, mark);
  const kind = markFill(mark);
  if (kind === 'solid') return colour;
  const size = 8 * Math.max(1, Math.round(window.devicePixelRatio || 1));
  const tile = document.createElement('canvas');
  tile.width = tile.height = size;
  const t = tile.getContext('2d');
  if (!t) return colour;
  t.fillStyle = theme.bg;
  t.fillRect(0, 0, size, size);
  t.strokeStyle = t.fillStyle = colour;
  if (kind === 'hatch') {
    t.lineWidth = size / 4;
    t.beginPath();
    for (const o of [-size, 0, size]) {
      t.moveTo(o, size);
      t.lineTo(o + size, 0);
    }
    t.stroke();
  } else {
    t.beginPath();
    t.arc(size / 2, size / 2, size / 5, 0, Math.PI * 2);
    t.fill();
  }
  return ctx.createPattern(tile, 'repeat') ?? colour;
}

const LABEL_FONT = '600 13px system-ui, -apple-system, "Segoe UI", "Apple SD Gothic Neo", "Noto Sans KR", sans-serif';

/** The width of the widest text in a font, plus a margin, in CSS pixels. */
function widest(texts: string[], font: string, margin: number): number {
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) return 120;
  ctx.font = font;
  return Math.ceil(Math.max(0, ...texts.map((s) => ctx.measureText(s).width))) + margin;
}

/** Room beside the longest bar for its value label. */
export function labelRoom(texts: string[]): number {
  return widest(texts, LABEL_FONT, 12);
}

/**
 * The category axis of a bar chart: as wide as its longest label, but never
 * more than a third of the chart, so bars keep their room on a phone; labels
 * longer than that break onto a second line at a space.
 */
export function categoryAxis(
  own: string[],
  all: string[],
  fontFamily: string,
  chartWidth: number,
): { width: number; lines: (string | string[])[] } {
  const font = `13px ${fontFamily}`;
  const width = Math.min(widest(all, font, 14), Math.max(90, Math.floor(chartWidth / 3)));
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) return { width, lines: own };
  ctx.font = font;
  const lines = own.map((label) => {
    const wrapped = wrap(ctx, label, width - 14);
    return wrapped.length > 1 ? wrapped : label;
  });
  return { width, lines };
}

/** Writes each bar's formatted figure just past its end, so values read without hovering. */
export function valueLabels(texts: string[], colour: string): Plugin<'bar'> {
  return {
    id: 'valueLabels',
    afterDatasetsDraw(chart) {
      const { ctx } = chart;
      const meta = chart.getDatasetMeta(0);
      ctx.save();
      ctx.font = LABEL_FONT;
      ctx.fillStyle = colour;
      ctx.textBaseline = 'middle';
      meta.data.forEach((bar, i) => {
        const { x, y } = bar.getProps(['x', 'y'], true) as { x: number; y: number };
        ctx.fillText(texts[i] ?? '', x + 6, y);
      });
      ctx.restore();
    },
  };
}

/** A timeline marker: filled circle (start), filled triangle (milestone), hollow diamond (target). */
function drawMarker(ctx: CanvasRenderingContext2D, theme: Theme, mark: Mark, cx: number, cy: number, r: number) {
  const colour = markColour(theme.colours, mark);
  const shape = markShape(mark);
  ctx.beginPath();
  if (shape === 'circle') ctx.arc(cx, cy, r, 0, Math.PI * 2);
  else if (shape === 'triangle') {
    ctx.moveTo(cx, cy - r);
    ctx.lineTo(cx + r, cy + r);
    ctx.lineTo(cx - r, cy + r);
  } else {
    ctx.moveTo(cx, cy - r);
    ctx.lineTo(cx + r, cy);
    ctx.lineTo(cx, cy + r);
    ctx.lineTo(cx - r, cy);
  }
  ctx.closePath();
  ctx.fillStyle = shape === 'rectRot' ? theme.bg : colour;
  ctx.fill();
  ctx.strokeStyle = colour;
  ctx.lineWidth = Math.max(1.5, r / 3);
  ctx.stroke();
}

export interface PngPart {
  heading: string;
  canvas: HTMLCanvasElement;
}

function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (line && ctx.measureText(next).width > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * One PNG of the whole figure: title, each panel with its heading, the key and
 * the source line, on the page's background colour.
 */
export function figurePng(
  parts: PngPart[],
  o: { title: string; credit: string; legend: { mark: Mark; label: string }[]; theme: Theme; shapes: boolean },
): Promise<Blob> {
  const first = parts[0]!.canvas;
  const scale = first.width / (first.clientWidth || first.width);
  const pad = 16 * scale;
  const width = Math.max(...parts.map((p) => p.canvas.width)) + 2 * pad;
  const out = document.createElement('canvas');
  const ctx = out.getContext('2d');
  if (!ctx) return Promise.reject(new Error('no 2D canvas'));
  const font = (px: number, weight = 400) => `${weight} ${px * scale}px system-ui, -apple-system, "Segoe UI", "Apple SD Gothic Neo", "Noto Sans KR", sans-serif`;

  ctx.font = font(18, 650);
  const titleLines = wrap(ctx, o.title, width - 2 * pad);
  ctx.font = font(12);
  const creditLines = wrap(ctx, o.credit, width - 2 * pad);
  const line = (px: number) => px * 1.4 * scale;
  const height =
    pad + titleLines.length * line(18) + parts.reduce((h, p) => h + (p.heading ? line(14) : 0) + p.canvas.height + 8 * scale, 0) + line(13) + creditLines.length * line(12) + pad;
  out.width = Math.ceil(width);
  out.height = Math.ceil(height);

  ctx.fillStyle = o.theme.bg;
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.textBaseline = 'top';
  let y = pad;
  ctx.fillStyle = o.theme.text;
  ctx.font = font(18, 650);
  for (const l of titleLines) {
    ctx.fillText(l, pad, y);
    y += line(18);
  }
  for (const p of parts) {
    if (p.heading) {
      ctx.fillStyle = o.theme.text;
      ctx.font = font(14, 600);
      ctx.fillText(p.heading, pad, y);
      y += line(14);
    }
    ctx.drawImage(p.canvas, pad, y);
    y += p.canvas.height + 8 * scale;
  }
  // The key: each kind's swatch (bars) or point shape (timeline), then its name.
  let x = pad;
  ctx.font = font(13);
  for (const k of o.legend) {
    const box = 12 * scale;
    if (o.shapes) drawMarker(ctx, o.theme, k.mark, x + box / 2, y + 2 * scale + box / 2, box / 2);
    else {
      ctx.fillStyle = fillFor(ctx, o.theme, k.mark);
      ctx.fillRect(x, y + 2 * scale, box, box);
      ctx.strokeStyle = markColour(o.theme.colours, k.mark);
      ctx.lineWidth = 2 * scale;
      ctx.strokeRect(x, y + 2 * scale, box, box);
    }
    ctx.fillStyle = o.theme.text;
    ctx.fillText(k.label, x + box + 6 * scale, y + scale);
    x += box + 6 * scale + ctx.measureText(k.label).width + 18 * scale;
  }
  y += line(13);
  ctx.fillStyle = o.theme.muted;
  ctx.font = font(12);
  for (const l of creditLines) {
    ctx.fillText(l, pad, y);
    y += line(12);
  }
  return new Promise((resolve, reject) => out.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG export failed'))), 'image/png'));
}
