import { describe, expect, it } from 'vitest';
import { checkContent } from '~/lib/atlas/check-content';
import { formatProblem } from '~/lib/atlas/problems';
import { realAtlas } from '../support/atlas';
import { ROOT } from '../../scripts/support/paths';

const CASE_IDS = ['bt', 'ibm-korea', 'japan', 'korea', 'kt', 'lg-cns', 'netherlands', 'ntt-data', 'samsung-sds', 'united-states'];
const POLICY_IDS = ['kcc-infrastructure-strategy', 'mopas-promotion-strategy', 'national-activation-strategy'];

/** Every problem the checker reports for a content root, as printed lines. */
async function problemsOf(root: string): Promise<string[]> {
  return (await checkContent(root)).problems.map(formatProblem);
}

describe('the real content', async () => {
  it('passes every schema and every check', async () => expect(await problemsOf(ROOT)).toEqual([]));
  const atlas = await realAtlas();

  it('has every reference resolved and every case, policy and topic in both languages', () => {
    expect(atlas.cases.map((c) => c.id)).toEqual(CASE_IDS);
    expect(atlas.policies.map((p) => p.id).sort()).toEqual(POLICY_IDS);
    expect(atlas.topics.map((t) => t.id)).toEqual(['concept', 'barriers', 'lessons']);
    for (const rec of [...atlas.cases, ...atlas.policies, ...atlas.topics]) {
      expect(rec.bodies.ko.length, `${rec.id} in Korean`).toBeGreaterThan(800);
      expect(rec.bodies.en.length, `${rec.id} in English`).toBeGreaterThan(800);
    }
  });

  it('keeps the two languages in step: the same figures, citations and terms in each text', () => {
    const refsOf = (body: string) =>
      [...body.matchAll(/<(Metric|Term)\s[^>]*?\bid="([^"]+)"|<Cite\s[^>]*?\b(?:f|source)="([^"]+)"/g)]
        .map((m) => (m[1] ? `${m[1]}:${m[2]}` : `Cite:${m[3]}`))
        .sort();
    for (const rec of [...atlas.cases, ...atlas.policies, ...atlas.topics]) {
      expect(refsOf(rec.bodies.ko), rec.id).toEqual(refsOf(rec.bodies.en));
    }
  });

  it('types each number once: no figure from the data is written out in prose', () => {
    // Large figures are the ones a writer would be tempted to retype; years and small counts are cited inline.
    const figures = [...atlas.metrics.values()].filter((m) => m.value >= 1000).map((m) => String(m.value));
    for (const rec of [...atlas.cases, ...atlas.policies, ...atlas.topics]) {
      for (const body of [rec.bodies.ko, rec.bodies.en]) {
        const digits = body.replace(/[,]/g, '');
        for (const f of figures) expect(digits.includes(f), `${rec.id} retypes ${f}`).toBe(false);
      }
    }
  });
});
