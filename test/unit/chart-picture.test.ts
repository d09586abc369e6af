/** The picture drawn at build time: what is a number and what a bar, and bars in proportion on one scale. */
import { describe, expect, it } from 'vitest';
import { chartView, type BarChartView, type PanelView, type TimelineChartView } from '~/lib/charts/series';
import { BAR, barPicture, drawnPanels, hasDrawing, niceMax, statPoints, timelinePicture } from '~/lib/charts/picture';
import { realAtlas } from '../support/atlas';

const atlas = await realAtlas();
const CHART_SPECS = atlas.charts;
const view = (id: string, lang: 'ko' | 'en' = 'en') => chartView(atlas, CHART_SPECS.find((s) => s.id === id)!, lang);

describe('numbers or bars', () => {
  it.each(CHART_SPECS.filter((s) => s.type === 'bar').map((s) => s.id))('%s: a panel of one figure is a number, the others are drawn', (id) => {
    const v = view(id) as BarChartView;
    const stats = statPoints(v);
    expect(stats.map((s) => s.point.metricId)).toEqual(v.panels.filter((p) => p.points.length === 1).map((p) => p.points[0]!.metricId));
    expect(drawnPanels(v).every((p) => p.points.length > 1)).toBe(true);
    expect(stats.length + drawnPanels(v).reduce((n, p) => n + p.points.length, 0)).toBe(v.panels.reduce((n, p) => n + p.points.length, 0));
    expect(hasDrawing(v)).toBe(drawnPanels(v).length > 0);
  });

  it('draws nothing for a chart of single figures (the infrastructure targets) and always draws the timeline', () => {
    expect(hasDrawing(view('kcc-infrastructure'))).toBe(false);
    expect(hasDrawing(view('timeline'))).toBe(true);
  });
});

describe('bars', () => {
  const panel = (values: number[], unit: PanelView['unit'] = 'sites', max: number | null = null): PanelView => ({
    id: 'p', title: 't', heading: 'h', base: 'company-sites', unit, per: null, axisTitle: 'a', max,
    points: values.map((value, i) => ({ metricId: `m${i}`, label: `L${i}`, value, valueMax: null, kind: 'actual', kindLabel: 'k', text: String(value), measure: 'm', denominator: null, year: null, fact: 'F01', note: null })),
  });

  it('are in proportion to their values on a round scale, shares on a 0–100 track', () => {
    const counts = barPicture(panel([1, 9, 30]));
    expect(counts.bars.map((b) => b.x1)).toEqual([(1 / 30) * 100, 30, 100]);
    expect(counts.bars.every((b) => !b.track)).toBe(true);
    const shares = barPicture(panel([85, 3.5], 'percent', 100));
    shares.bars.forEach((b, i) => expect(b.x1).toBeCloseTo([85, 3.5][i]!, 9));
    expect(shares.bars.every((b) => b.track)).toBe(true);
  });

  it('stack one under another with the label line above each bar', () => {
    const pic = barPicture(panel([1, 2, 3]));
    const row = BAR.label + BAR.bar + BAR.gap;
    expect(pic.bars.map((b) => b.barY)).toEqual([0, 1, 2].map((i) => BAR.top + i * row + BAR.label));
    for (const b of pic.bars) expect(b.textY).toBeLessThan(b.barY);
    expect(pic.height).toBeGreaterThan(pic.bars[2]!.barY + BAR.bar);
  });

  it('use a round maximum just above the largest value', () => {
    expect([0.8, 30, 34e6, 43, 101].map(niceMax)).toEqual([0.8, 30, 40e6, 50, 120]);
  });
});

describe('the timeline', () => {
  it('puts each event on its row at its year, between the axis ends', () => {
    const v = view('timeline', 'ko') as TimelineChartView;
    const pic = timelinePicture(v);
    expect(pic.points).toHaveLength(v.points.length);
    pic.points.forEach((p, i) => {
      expect(p.x).toBeCloseTo(((v.points[i]!.x - v.min) / (v.max - v.min)) * 100, 6);
      expect(p.y).toBe(pic.rows[v.points[i]!.row]!.trackY);
      expect(p.x).toBeGreaterThan(0);
      expect(p.x).toBeLessThan(100);
    });
    expect(pic.ticks[0]!.label).toBe(`${v.min}년`);
  });
});
