import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PALETTE, markFill, markShape } from '~/lib/charts/palette';
import { ROOT } from '../../scripts/support/paths';

/** Relative luminance and contrast ratio as WCAG 2.2 defines them. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

/** The page's background tokens in each theme, read from global.css. */
function tokens(): { light: Record<string, string>; dark: Record<string, string> } {
  const css = readFileSync(join(ROOT, 'src/styles/global.css'), 'utf8');
  const read = (block: string) => Object.fromEntries([...block.matchAll(/--([a-z-]+):\s*(#[0-9a-fA-F]{6})/g)].map((m) => [m[1]!, m[2]!]));
  const darkStart = css.indexOf('@media (prefers-color-scheme: dark)');
  return { light: read(css.slice(0, darkStart)), dark: read(css.slice(darkStart, css.indexOf('}\n}', darkStart))) };
}

describe('chart colours', () => {
  const t = tokens();
  it.each(['light', 'dark'] as const)('hold 3:1 against the background and surface in %s mode', (mode) => {
    for (const [kind, colour] of Object.entries(PALETTE[mode])) {
      for (const token of ['bg', 'surface']) {
        expect(contrast(colour, t[mode][token]!), `${kind} ${colour} on --${token} ${t[mode][token]}`).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it.each(['light', 'dark'] as const)('are the --mark-* tokens of global.css in %s mode, for the picture drawn at build time', (mode) => {
    for (const [kind, colour] of Object.entries(PALETTE[mode])) expect(t[mode][`mark-${kind}`]?.toLowerCase(), kind).toBe(colour.toLowerCase());
  });

  it('never rely on colour alone: each kind has its own fill or shape', () => {
    expect(new Set((['actual', 'target', 'expected'] as const).map(markFill)).size).toBe(3);
    expect(new Set((['start', 'milestone', 'target'] as const).map(markShape)).size).toBe(3);
  });
});
