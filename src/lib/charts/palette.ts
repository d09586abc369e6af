/**
 * Colours of the chart marks, from the Okabe–Ito palette that readers with
 * the common forms of colour blindness can tell apart. Each kind also has its
 * own fill pattern (solid, hatched, dotted) or point shape, so colour is never
 * the only cue. Light values are darkened and dark values lightened until each
 * holds at least 3:1 against the page background (WCAG 1.4.11); the test in
 * test/unit/chart-palette.test.ts checks that against global.css.
 */
import type { EventKind, MetricKind } from '~/schemas/metric';

/** A forecast looks like an expected effect: both say what may happen, neither is a goal. */
export type Mark = MetricKind | EventKind;

export interface MarkColours {
  actual: string;
  target: string;
  expected: string;
}

export const PALETTE: { light: MarkColours; dark: MarkColours } = {
  light: { actual: '#0072B2', target: '#D55E00', expected: '#007A5A' },
  dark: { actual: '#56B4E9', target: '#E69F00', expected: '#009E73' },
};

/** Timeline events borrow the colours of the figure kinds they resemble. */
export function markTone(mark: Mark): keyof MarkColours {
  switch (mark) {
    case 'actual':
    case 'start':
      return 'actual';
    case 'target':
      return 'target';
    case 'forecast':
    case 'expected':
    case 'milestone':
      return 'expected';
  }
}

export function markColour(colours: MarkColours, mark: Mark): string {
  return colours[markTone(mark)];
}

/**
 * The same colour as a CSS custom property (global.css sets `--mark-*` from
 * PALETTE for light and dark), for the picture drawn at build time, which
 * follows the reader's colour scheme without a script.
 */
export function markVar(mark: Mark): string {
  return `var(--mark-${markTone(mark)})`;
}

/** How a bar of each kind is filled: colour is repeated by a pattern. */
export type Fill = 'solid' | 'hatch' | 'dots';
export function markFill(mark: Mark): Fill {
  return mark === 'target' ? 'hatch' : mark === 'expected' || mark === 'forecast' ? 'dots' : 'solid';
}

/** Point shapes on the timeline, one per event kind. */
export function markShape(mark: Mark): 'circle' | 'triangle' | 'rectRot' {
  return mark === 'target' ? 'rectRot' : mark === 'milestone' ? 'triangle' : 'circle';
}
