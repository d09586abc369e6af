/**
 * The one rule of a chart panel: it has one axis, so all its metrics must be
 * shares or counts of the same whole (`base`) in the same unit and rate. Two
 * denominators on one axis would let a reader compare 85% of a company's staff
 * with 0.8% of a country's businesses as if they were one measure. The content
 * checker applies it to content/charts.yaml; series.ts asserts it again when
 * it draws.
 */
import type { Metric } from '~/schemas/metric';

type AxisMetric = Pick<Metric, 'id' | 'base' | 'unit' | 'per'>;

/** What two metrics of a panel disagree on, e.g. `bases "company-staff" (bt/staff-share) and …`; undefined when they share one axis. */
export function axisClash(metrics: readonly AxisMetric[]): string | undefined {
  const first = metrics[0];
  if (!first) return undefined;
  for (const m of metrics.slice(1)) {
    const clash =
      m.base !== first.base ? `bases "${first.base}" (${first.id}) and "${m.base}" (${m.id})`
      : m.unit !== first.unit ? `units "${first.unit}" (${first.id}) and "${m.unit}" (${m.id})`
      : m.per !== first.per ? `rates "${first.per ?? 'none'}" (${first.id}) and "${m.per ?? 'none'}" (${m.id})`
      : undefined;
    if (clash) return clash;
  }
  return undefined;
}
