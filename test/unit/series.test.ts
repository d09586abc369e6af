import { describe, expect, it } from 'vitest';
import type { Atlas } from '~/lib/atlas/types';
import type { BarChartSpec, ChartSpec } from '~/schemas/chart';
import { chartView, chartsFor, type BarChartView, type TimelineChartView } from '~/lib/charts/series';
import { timelineEvents } from '~/lib/records/timeline';
import { LANGS } from '~/schemas/common';
import { realAtlas } from '../support/atlas';

const atlas: Atlas = await realAtlas();

const barSpecs = atlas.charts.filter((s): s is BarChartSpec => s.type === 'bar');
const bar = (id: string, lang: 'ko' | 'en' = 'en') => chartView(atlas, atlas.charts.find((s) => s.id === id)!, lang) as BarChartView;
/** Every metric id a bar chart draws, panel by panel. */
const idsByPanel = (view: BarChartView) => view.panels.map((p) => p.points.map((x) => x.metricId));

describe.each(LANGS)('every bar chart in %s', (lang) => {
  it.each(barSpecs.map((s) => s.id))('%s draws the collections’ values, one base, unit and rate per panel', (id) => {
    const view = bar(id, lang);
    for (const panel of view.panels) {
      const metrics = panel.points.map((p) => atlas.metrics.get(p.metricId)!);
      expect(new Set(metrics.map((m) => m.base)).size, `${panel.id} bases`).toBe(1);
      expect(new Set(metrics.map((m) => m.unit)).size, `${panel.id} units`).toBe(1);
      expect(new Set(metrics.map((m) => m.per ?? null)).size, `${panel.id} rates`).toBe(1);
      expect(panel.base).toBe(metrics[0]!.base);
      expect(panel.max).toBe(metrics[0]!.unit === 'percent' ? 100 : null);
      panel.points.forEach((p, i) => {
        const m = metrics[i]!;
        expect(p.value).toBe(m.value);
        expect(p.valueMax).toBe(m.valueMax ?? null);
        expect(p.kind).toBe(m.kind);
        expect(p.year).toBe(m.year ?? null);
        expect(p.fact).toBe(m.fact);
        expect(p.note?.id ?? null).toBe(m.note ?? null);
        expect(p.denominator).toBe(m.denominator?.[lang] ?? null);
      });
    }
    const points = view.panels.flatMap((p) => p.points);
    expect(view.facts).toEqual([...new Set(points.map((p) => p.fact))].sort());
    expect(view.notes.map((n) => n.id).sort()).toEqual([...new Set(points.flatMap((p) => (p.note ? [p.note.id] : [])))].sort());
    expect(view.summary).toContain(points[0]!.text);
  });
});

describe('the guard against mixed denominators', () => {
  const spec = (points: string[]): ChartSpec => ({ id: 'test', type: 'bar', title: { ko: '시험', en: 'test' }, place: { page: 'figures' }, panels: [{ label: 'owner', points }] });

  it('refuses a share of a company’s staff and a share of a country’s businesses on one axis', () => {
    expect(() => chartView(atlas, spec(['bt/staff-share', 'korea/businesses-share']), 'en')).toThrow(
      /bases "company-staff" \(bt\/staff-share\) and "national-businesses" \(korea\/businesses-share\)/,
    );
  });

  it('refuses a country’s businesses and its large businesses on one axis', () => {
    expect(() => chartView(atlas, spec(['netherlands/businesses-share', 'netherlands/large-businesses-share']), 'ko')).toThrow(/bases/);
  });

  it('refuses a people count next to a share', () => {
    expect(() => chartView(atlas, spec(['united-states/federal-eligible-share', 'united-states/federal-goal']), 'en')).toThrow(/bases/);
  });

  it('refuses one base in two units (sites and zones)', () => {
    expect(() => chartView(atlas, spec(['kcc/centres-2015', 'kcc/wifi-zones-2010']), 'en')).toThrow(/units "sites"/);
  });

  it('refuses an unknown metric and an empty panel', () => {
    expect(() => chartView(atlas, spec(['kt/no-such-metric']), 'en')).toThrow(/unknown metric "kt\/no-such-metric"/);
    expect(() => chartView(atlas, spec([]), 'en')).toThrow(/at least one metric/);
  });
});

describe('the charts the atlas promises', () => {
  it('compares shares only with shares of the same whole', () => {
    const panels = idsByPanel(bar('uptake'));
    expect(panels).toContainEqual(['bt/staff-share', 'ntt-data/staff-share']);
    expect(panels).toContainEqual(['united-states/workers-share-2008']);
    expect(panels).toContainEqual(['netherlands/businesses-share', 'korea/businesses-share']);
    expect(panels).toContainEqual(['netherlands/large-businesses-share']);
    expect(panels).toContainEqual(['united-states/federal-eligible-share']);
  });

  it('sets targets against actuals, with the US federal goal on an axis of people, never of percent', () => {
    const view = bar('targets');
    const share = view.panels.find((p) => p.base === 'national-workers')!;
    expect(share.points.map((p) => p.metricId).sort()).toEqual(
      ['japan/target-share', 'national/workforce-share-2015', 'united-states/workers-share-2008', 'united-states/workers-share-2016'].sort(),
    );
    const goal = view.panels.find((p) => p.points.some((x) => x.metricId === 'united-states/federal-goal'))!;
    expect(goal.unit).toBe('people');
    expect(goal.points).toHaveLength(1);
    const japan = share.points.find((p) => p.metricId === 'japan/target-share')!;
    expect(japan.note).toMatchObject({ id: 'japan-target-year', status: 'differs', flagged: true });
    expect(view.notes.map((n) => n.id)).toContain('japan-target-year');
  });

  it('shows KT’s roll-out with its first centre as reported and the plans as targets', () => {
    const [panel] = bar('kt-centres').panels;
    expect(panel!.points.map((p) => [p.metricId, p.kind, p.value])).toEqual([
      ['kt/centres-2010-first', 'actual', atlas.metrics.get('kt/centres-2010-first')!.value],
      ['kt/centres-2010', 'target', atlas.metrics.get('kt/centres-2010')!.value],
      ['kt/centres-2012', 'target', atlas.metrics.get('kt/centres-2012')!.value],
    ]);
    expect(bar('kt-centres').kinds.map((k) => k.kind)).toEqual(['actual', 'target']);
  });

  it('gives each infrastructure target and each expected effect a panel of its own unit', () => {
    expect(bar('kcc-infrastructure').panels.map((p) => p.unit)).toEqual(['sites', 'zones', 'cities', 'percent']);
    expect(bar('expected-effects').panels.map((p) => p.unit)).toEqual(['minutes', 'tonnes', 'krw']);
  });

  it('writes units the Korean way on Korean pages', () => {
    const ko = bar('expected-effects', 'ko');
    const cost = ko.panels[2]!;
    expect(cost.axisTitle).toBe('연간 원');
    expect(cost.points[0]!.text).toBe('연간 1조 6,000억 원');
    expect(bar('ibm-korea-office', 'ko').panels[1]!.points[0]!.text).toBe('연간 22억 원');
    expect(bar('expected-effects', 'en').panels[2]!.points[0]!.text).toBe('KRW 1.6 trillion a year');
  });

  it('places charts: three on the figures page, the rest on their case or policy page', () => {
    expect(chartsFor(atlas, { page: 'figures' }).map((s) => s.id)).toEqual(['uptake', 'targets', 'timeline']);
    expect(chartsFor(atlas, { page: 'case', id: 'kt' }).map((s) => s.id)).toEqual(['kt-centres']);
    expect(chartsFor(atlas, { page: 'case', id: 'lg-cns' })).toEqual([]);
    expect(chartsFor(atlas, { page: 'policy', id: 'kcc-infrastructure-strategy' }).map((s) => s.id)).toEqual(['kcc-infrastructure']);
    for (const spec of atlas.charts) {
      if (spec.place.page === 'case') expect(atlas.cases.some((c) => c.id === (spec.place as { id: string }).id)).toBe(true);
      if (spec.place.page === 'policy') expect(atlas.policies.some((p) => p.id === (spec.place as { id: string }).id)).toBe(true);
    }
  });
});

describe.each(LANGS)('the timeline in %s', (lang) => {
  it('has one point per dated event, from the first start to the last target', () => {
    const view = chartView(atlas, atlas.charts.find((s) => s.id === 'timeline')!, lang) as TimelineChartView;
    const events = timelineEvents(atlas, lang);
    expect(view.points).toHaveLength(events.length);
    view.points.forEach((p, i) => {
      const e = events[i]!;
      expect(Math.floor(p.x)).toBe(e.year);
      expect(p.kind).toBe(e.kind);
      expect(view.rows[p.row]).toBe(e.owner.title);
      expect(p.metricId).toBe(e.metricId ?? null);
    });
    const years = events.map((e) => e.year);
    expect(view.min).toBeLessThanOrEqual(Math.min(...years));
    expect(view.max).toBeGreaterThanOrEqual(Math.max(...years));
    expect(Math.min(...years)).toBe(1993);
  });
});
