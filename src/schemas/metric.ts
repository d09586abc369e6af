import { z } from 'astro/zod';
import { factId, localized, slug, vocabulary } from './common';

/**
 * What a figure is: a reported value (actual), a goal someone set (target),
 * what the paper says is expected to happen (forecast, 예상), or an effect
 * expected to follow from a policy (expected).
 */
export const METRIC_KINDS = ['actual', 'target', 'forecast', 'expected'] as const;
export type MetricKind = (typeof METRIC_KINDS)[number];

/** What a dated event on the timeline is. */
export const EVENT_KINDS = ['start', 'milestone', 'target'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const UNITS = [
  'percent', 'sites', 'floors', 'krw', 'usd', 'people', 'minutes', 'tonnes',
  'meetings', 'agencies', 'organisations', 'businesses', 'zones', 'cities',
] as const;
export type Unit = (typeof UNITS)[number];

const unit = vocabulary(UNITS, {
  what: 'a unit of the atlas',
  why: 'A unit decides how a number is written in each language (English plurals, Korean counters, currency signs), so it is code: add it to UNITS in src/schemas/metric.ts and its words under units in src/i18n/en.ts and ko.ts.',
});
const metricKind = vocabulary(METRIC_KINDS, {
  what: 'a kind of figure',
  why: 'The kinds are the site’s vocabulary: tables, charts and the open data mark each one, so a reader never takes a target for a result. A new kind is added in src/schemas/metric.ts and named under kinds in src/i18n/en.ts and ko.ts.',
});
const eventKind = vocabulary(EVENT_KINDS, {
  what: 'a kind of event',
  why: 'The timeline draws and filters each kind its own way; a new kind is added in src/schemas/metric.ts and named in src/i18n/en.ts and ko.ts.',
});
const rate = vocabulary(['year', 'day'], {
  what: 'a rate',
  why: 'A rate is written into the figure in each language (“a year”, “연간”); a new one is added in src/schemas/metric.ts and src/lib/charts/series.ts.',
});

/**
 * `content/bases.yaml`: what a figure is a share or count *of*. Charts only
 * put metrics with the same base on one axis, so a share of a company's staff
 * never sits beside a share of a country's businesses as if they were one
 * measure. Editors add a base when a new figure measures something new.
 */
export const metricBase = z
  .object({
    id: slug,
    /** What the figures are shares or counts of, as the heading of a chart panel and the codebook of the open data name it. */
    title: localized,
    /**
     * The row of the comparison table the base's figures fill: `scale` (how far
     * smart work spread) or `results` (what it brought). Omit for neither: the
     * figure then stays on its own page.
     */
    compare: vocabulary(['scale', 'results'], {
      what: 'a row of the comparison',
      why: 'Figures fill the scale or the results row of the comparison table; omit the field to keep the figure out of it.',
    }).optional(),
  })
  .strict();
export type MetricBase = z.infer<typeof metricBase>;

export const metric = z
  .object({
    /** `owner/key`, where owner is the case or policy id that holds the metric. */
    id: z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'owner/key, e.g. kt/centres-2012'),
    /** The figure as the paper gives it; the lower end when it gives a range. */
    value: z.number().nonnegative(),
    /** Upper end of a range such as 20–60%. */
    valueMax: z.number().nonnegative().optional(),
    /** True where the paper says "about" (약, 여). */
    approx: z.boolean().default(false),
    unit,
    /** A rate: per year or per day. */
    per: rate.optional(),
    /** The year the figure describes or the target year. */
    year: z.number().int().min(1990).max(2030).optional(),
    kind: metricKind,
    /** What the figure is a share or count of: an id of content/bases.yaml. */
    base: slug,
    /** What is measured, in each language. */
    measure: localized,
    /** Of what whole a percentage is a share. */
    denominator: localized.optional(),
    /** The paper's wording where it cannot be taken at face value (see the note). */
    printed: localized.optional(),
    /** Where the figure stands in the paper. */
    fact: factId,
    /** An editorial note from the cross-check. */
    note: slug.optional(),
  })
  .strict()
  .superRefine((m, ctx) => {
    if (m.unit === 'percent') {
      for (const key of ['value', 'valueMax'] as const) {
        const v = m[key];
        if (v !== undefined && v > 100) {
          ctx.addIssue({ code: 'custom', path: [key], message: `a percentage must be between 0 and 100, got ${v}` });
        }
      }
    }
    if (m.valueMax !== undefined && m.valueMax < m.value) {
      ctx.addIssue({ code: 'custom', path: ['valueMax'], message: 'valueMax must not be below value' });
    }
  });
export type Metric = z.infer<typeof metric>;

/** A dated event on the timeline: a start, a milestone or a target. */
export const event = z
  .object({
    year: z.number().int().min(1990).max(2030),
    month: z.number().int().min(1).max(12).optional(),
    kind: eventKind,
    /** Text of the event; or name a metric and its measure becomes the label. */
    label: localized.optional(),
    metric: z.string().optional(),
  })
  .strict()
  .refine((e) => e.label || e.metric, { message: 'an event needs a label or a metric', path: ['label'] });
export type TimelineEvent = z.infer<typeof event>;
