/**
 * `content/charts.yaml`: which metrics make which chart, and where it is
 * shown. `src/lib/charts/series.ts` turns a chart and the atlas into what a
 * page draws; the content checker makes sure every metric exists and that
 * each panel has one honest axis (metrics of one base, unit and rate).
 */
import { z } from 'astro/zod';
import { localized, slug, vocabulary } from './common';

/** Where a chart is shown: the figures page, or the page of one case or policy. */
export type ChartPlace = { page: 'figures' } | { page: 'case' | 'policy'; id: string };

/** `figures`, `case/<id>` or `policy/<id>`, read into a ChartPlace. */
const place = z
  .string()
  .regex(/^(figures|(case|policy)\/[a-z0-9]+(-[a-z0-9]+)*)$/, 'figures, case/<id of a case> or policy/<id of a policy>')
  .transform((value): ChartPlace => {
    const [page, id] = value.split('/') as ['figures'] | ['case' | 'policy', string];
    return page === 'figures' ? { page } : { page, id: id! };
  });

/** A metric id, or a metric with a short label where its measure is too long for an axis. */
const point = z.union([
  z.string().min(1),
  z.object({ metric: z.string().min(1), label: localized }).strict(),
]);
export type PointSpec = z.infer<typeof point>;

/**
 * How a point is labelled when it gives no label of its own: `owner` the
 * case or policy's title, `owner-year` the title and the year, `measure` what
 * the metric measures.
 */
export const LABEL_RULES = ['owner', 'owner-year', 'measure'] as const;
export type LabelRule = (typeof LABEL_RULES)[number];

const panel = z
  .object({
    label: vocabulary(LABEL_RULES, {
      what: 'a way to label the points of a panel',
      why: 'owner names the case or policy, owner-year adds the year, measure says what is measured; a point can carry its own label instead.',
    }),
    /** The metrics of the panel, drawn on one axis: all of one base, unit and rate. */
    points: z.array(point).min(1),
  })
  .strict();
export type PanelSpec = z.infer<typeof panel>;

const common = {
  /** Lower-case words joined by hyphens: the chart's anchor and the name of its CSV file. */
  id: slug,
  title: localized,
  place,
};

const barChart = z
  .object({
    ...common,
    type: z.literal('bar'),
    /** One panel per measure: each has its own axis. */
    panels: z.array(panel).min(1),
  })
  .strict();
export type BarChartSpec = z.infer<typeof barChart>;

/** Every dated event of every case and policy (src/lib/records/timeline.ts). */
const timelineChart = z
  .object({ ...common, type: z.literal('timeline') })
  .strict();
export type TimelineChartSpec = z.infer<typeof timelineChart>;

export const CHART_TYPES = ['bar', 'timeline'] as const;

export const chart = z.discriminatedUnion('type', [barChart, timelineChart], {
  errorMap: (issue, ctx) =>
    issue.code === 'invalid_union_discriminator'
      ? { message: `a chart's type is one of: ${CHART_TYPES.join(', ')} (bar charts have panels of metrics; the timeline draws every dated event)` }
      : { message: ctx.defaultError },
});
export type ChartSpec = z.infer<typeof chart>;
