import { describe, expect, it } from 'vitest';
import type { Atlas } from '~/lib/atlas/types';
import { chartView, type BarChartView, type TimelineChartView } from '~/lib/charts/series';
import { animationFor, barConfig, barData, formatTick, formatYearTick, timelineConfig, type Theme } from '~/lib/charts/chartjs-config';
import { PALETTE } from '~/lib/charts/palette';
import { realAtlas } from '../support/atlas';

const atlas: Atlas = await realAtlas();
const theme: Theme = { text: '#000', muted: '#555', line: '#ddd', bg: '#fff', colours: PALETTE.light };
const view = (id: string, lang: 'ko' | 'en' = 'en') => chartView(atlas, atlas.charts.find((s) => s.id === id)!, lang);

describe('chart options', () => {
  it('turn animation off when the reader prefers reduced motion', () => {
    expect(animationFor(true)).toBe(false);
    expect(animationFor(false)).toEqual({ duration: 450 });
    const panel = (view('kt-centres') as BarChartView).panels[0]!;
    const base = { lang: 'en' as const, theme, fill: () => '#000', labelRoom: 40, category: { width: 80, lines: [] } };
    expect(barConfig(panel, { ...base, reducedMotion: true }).options?.animation).toBe(false);
    expect(barConfig(panel, { ...base, reducedMotion: false }).options?.animation).toEqual({ duration: 450 });
    const timeline = view('timeline') as TimelineChartView;
    expect(timelineConfig(timeline, { lang: 'en', theme, reducedMotion: true, yearAxis: 'Year' }).options?.animation).toBe(false);
  });

  it('run share axes from 0 to 100 and other axes from 0 to the data', () => {
    const bt = view('bt-outcomes') as BarChartView;
    const base = { lang: 'en' as const, theme, reducedMotion: true, fill: () => '#000', labelRoom: 40, category: { width: 80, lines: [] } };
    const share = barConfig(bt.panels[0]!, base).options?.scales?.['x'] as { min?: number; max?: number };
    expect([share.min, share.max]).toEqual([0, 100]);
    const money = barConfig(bt.panels[3]!, base).options?.scales?.['x'] as { min?: number; max?: number };
    expect([money.min, money.max]).toEqual([0, undefined]);
  });

  it('draw a range as a floating bar and a single figure from zero', () => {
    const change = (view('bt-outcomes') as BarChartView).panels[1]!;
    const productivity = atlas.metrics.get('bt/productivity')!;
    const sick = atlas.metrics.get('bt/sick-leave')!;
    expect(barData(change)).toEqual([[productivity.value, productivity.valueMax], sick.value]);
  });

  it('format ticks in the page’s language, with 만, 억 and 조 in Korean', () => {
    expect(formatTick(1e12, 'krw', 'ko')).toBe('1조');
    expect(formatTick(2e11, 'krw', 'ko')).toBe('2,000억');
    expect(formatTick(50000, 'zones', 'ko')).toBe('5만');
    expect(formatTick(2e11, 'krw', 'en')).toBe('200 billion');
    expect(formatTick(40, 'percent', 'en')).toBe('40%');
    expect(formatYearTick(2010, 'ko')).toBe('2010년');
    expect(formatYearTick(2010, 'en')).toBe('2010');
  });
});
