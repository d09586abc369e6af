/**
 * What a chart's schema cannot check (content/charts.yaml): that the page it
 * is placed on exists, that every metric it draws exists, and that each panel
 * has one honest axis (lib/charts/axis.ts). A chart that passes here draws.
 */
import { axisClash } from '~/lib/charts/axis';
import type { Problem } from './problems';
import type { RawContent } from './collections';
import type { ContentIndex } from './index-content';
import { known, type Refs } from './check-references';

export function checkCharts(raw: RawContent, index: ContentIndex, refs: Refs, problems: Problem[]): void {
  const events = [...raw.caseData, ...raw.policyData].reduce((n, e) => n + e.data.events.length, 0);
  for (const { data: chart, file } of raw.charts) {
    const { place } = chart;
    if (place.page === 'case' && !refs.case(place.id)) {
      problems.push({ file, field: `${chart.id}.place`, message: `unknown case "${place.id}" (known: ${known(raw.caseData.map((c) => c.id))})` });
    }
    if (place.page === 'policy' && !refs.policy(place.id)) {
      problems.push({ file, field: `${chart.id}.place`, message: `unknown policy "${place.id}" (known: ${known(raw.policyData.map((p) => p.id))})` });
    }
    if (chart.type === 'timeline') {
      if (events === 0) problems.push({ file, field: chart.id, message: 'a timeline needs dated events, and no case or policy has any' });
      continue;
    }
    chart.panels.forEach((panel, p) => {
      const metrics = panel.points.flatMap((point, k) => {
        const id = typeof point === 'string' ? point : point.metric;
        const metric = index.metrics.get(id);
        if (!metric && !refs.metric(id)) {
          problems.push({ file, field: `${chart.id}.panels[${p}].points[${k}]${typeof point === 'string' ? '' : '.metric'}`, message: `unknown metric "${id}"` });
        }
        return metric ? [metric] : [];
      });
      // A metric with an unknown base is reported where it is defined; the axis is judged on known bases only.
      const clash = metrics.every((m) => index.bases.has(m.base)) ? axisClash(metrics) : undefined;
      if (clash) {
        problems.push({ file, field: `${chart.id}.panels[${p}]`, message: `would put ${clash} on one axis: a panel draws one measure, so give each its own panel` });
      }
    });
  }
}
