import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '~/lib/atlas/check-content';
import { formatProblem } from '~/lib/atlas/problems';
import { readVocabulary, syntheticCases, writeSyntheticCases } from '../../scripts/bench/synthetic-cases';
import { lintContentProse, formatProseProblem } from '../../scripts/prose/linter';
import { ROOT } from '../../scripts/support/paths';

describe('synthetic cases for bench:scale', () => {
  const vocab = readVocabulary(ROOT);
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('are deterministic: the same seed gives the same files, another seed others', () => {
    const a = syntheticCases(vocab, { count: 5, seed: 1 });
    const b = syntheticCases(vocab, { count: 5, seed: 1 });
    const c = syntheticCases(vocab, { count: 5, seed: 2 });
    expect(a).toEqual(b);
    expect(a.map((x) => x.id)).not.toEqual(c.map((x) => x.id));
    // A longer run starts with the same cases.
    expect(syntheticCases(vocab, { count: 7, seed: 1 }).slice(0, 5)).toEqual(a);
  });

  it('look like real cases: both languages in step, about 900 words, 3–5 figures, 2–3 events, real references', () => {
    const cases = syntheticCases(vocab, { count: 40 });
    for (const c of cases) {
      expect(vocab.cases.has(c.id), `${c.id} clashes with a real case`).toBe(false);
      expect(c.files.map((f) => f.path)).toEqual([`content/cases/${c.id}.yaml`, `content/cases/ko/${c.id}.mdx`, `content/cases/en/${c.id}.mdx`]);
      for (const lang of ['ko', 'en'] as const) expect(c.words[lang], `${c.id} in ${lang}`).toBeGreaterThanOrEqual(850);
      for (const lang of ['ko', 'en'] as const) expect(c.words[lang], `${c.id} in ${lang}`).toBeLessThan(1100);
      const data = parse(c.files[0]!.text) as { metrics: unknown[]; events: unknown[]; glossary: string[]; policies: string[] };
      expect(data.metrics.length).toBeGreaterThanOrEqual(3);
      expect(data.metrics.length).toBeLessThanOrEqual(5);
      expect(data.events.length).toBeGreaterThanOrEqual(2);
      expect(data.events.length).toBeLessThanOrEqual(3);
      for (const g of data.glossary) expect(vocab.glossary.has(g), g).toBe(true);
      for (const p of data.policies) expect(vocab.policies.has(p), p).toBe(true);
      // The two languages show the same figures, citations and terms, as the real texts do.
      const refs = (text: string) => [...text.matchAll(/<(Metric|Term)\s[^>]*?\bid="([^"]+)"|<Cite\s[^>]*?\b(?:f|source)="([^"]+)"/g)].map((m) => m[0].replace(/>[^<]*$/, '')).sort();
      expect(refs(c.files[1]!.text)).toEqual(refs(c.files[2]!.text));
    }
    // Several countries, some the paper does not cover, and charts for some of the cases.
    const countries = new Set(cases.map((c) => (parse(c.files[0]!.text) as { country: string }).country));
    expect(countries.size).toBeGreaterThanOrEqual(5);
    expect([...countries].some((c) => !['KR', 'US', 'NL', 'JP', 'GB'].includes(c))).toBe(true);
    const charted = cases.filter((c) => c.chart).length;
    expect(charted).toBeGreaterThan(0);
    expect(charted).toBeLessThan(cases.length);
  });

  it('pass the content check and the prose linter in a copy, under every rule', async () => {
    const root = mkdtempSync(join(tmpdir(), 'atlas-synthetic-'));
    dirs.push(root);
    cpSync(join(ROOT, 'content'), join(root, 'content'), { recursive: true });
    const written = writeSyntheticCases(root, { count: 8 });
    const { atlas, problems } = await checkContent(root);
    expect(problems.map(formatProblem)).toEqual([]);
    expect(atlas?.cases.length).toBe(vocab.cases.size + 8);
    expect(atlas?.charts.filter(({ place }) => place.page === 'case' && written.some((w) => w.id === place.id)).length).toBe(written.filter((w) => w.chart).length);
    expect((await lintContentProse(root, join(ROOT, 'node_modules'))).map(formatProseProblem)).toEqual([]);
  });
});
