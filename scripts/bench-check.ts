/**
 * How long `npm run check:content` takes: the command as an editor runs it
 * (wall time, the process's CPU time), on a first run (no cache) and again
 * (with the cache the last run left, content-cache.ts), and the check alone
 * inside one process, first cold, then warm (as `--watch` re-checks after a
 * save).
 *
 *   npm run bench:check                  the real content/
 *   npm run bench:check -- --cases 1000  the real content and synthetic cases
 *                                        (scripts/bench/synthetic-cases.ts, as
 *                                        bench:scale writes them) up to 1,000
 *
 * CPU time is given beside wall time: on a busy machine the wall time grows
 * with everything else that runs, the CPU time does not.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkContent } from '~/lib/atlas/check-content';
import { CONTENT_CACHE_FILE } from '~/lib/atlas/content-cache';
import { writeSyntheticCases } from './bench/synthetic-cases';
import { ROOT } from './support/paths';

const args = process.argv.slice(2);
const cases = Number(args[args.indexOf('--cases') + 1] ?? 0) || 0;
const RUNS = 5;

/** A copy of content/ with synthetic cases added until there are `target` cases. */
function scaledContent(target: number): string {
  const root = mkdtempSync(join(tmpdir(), 'atlas-bench-check-'));
  cpSync(join(ROOT, 'content'), join(root, 'content'), { recursive: true });
  const real = readdirSync(join(root, 'content/cases')).filter((f) => f.endsWith('.yaml')).length;
  writeSyntheticCases(root, { count: Math.max(0, target - real) });
  return root;
}

const root = cases ? scaledContent(cases) : ROOT;
const ms = (n: number) => `${Math.round(n)} ms`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

// 1. The command, as an editor runs it: a fresh process each time, first without its cache, then with it.
function command(cold: boolean): { wall: number; cpu: number; reported: number }[] {
  const runs: { wall: number; cpu: number; reported: number }[] = [];
  for (let i = 0; i < RUNS; i++) {
    if (cold) rmSync(join(ROOT, CONTENT_CACHE_FILE), { force: true });
    const started = performance.now();
    const out = execFileSync('bash', ['-c', `TIMEFORMAT='%U %S'; { time npm run check:content --silent -- "${root}" ; } 2>&1`], { cwd: ROOT, encoding: 'utf8' });
    const wall = performance.now() - started;
    const [user, sys] = out.trim().split('\n').pop()!.split(' ').map(Number) as [number, number];
    const reported = Number(/\((\d+) ms\)/.exec(out)?.[1] ?? NaN);
    runs.push({ wall, cpu: (user + sys) * 1000, reported });
  }
  return runs;
}
const first = command(true);
const again = command(false);

// 2. The check alone, in this process: the first run cold, the next ones warm.
const inProcess: { wall: number; cpu: number }[] = [];
for (let i = 0; i < RUNS; i++) {
  const cpu0 = process.cpuUsage();
  const started = performance.now();
  const { atlas, problems } = await checkContent(root);
  if (!atlas) throw new Error(`the content has ${problems.length} problems`);
  const cpu = process.cpuUsage(cpu0);
  inProcess.push({ wall: performance.now() - started, cpu: (cpu.user + cpu.system) / 1000 });
}
if (cases) rmSync(root, { recursive: true, force: true });

console.log(`check:content on ${cases ? `${cases} cases` : 'the real content'} (${RUNS} runs, medians)`);
const line = (runs: typeof first) => `wall ${ms(median(runs.map((c) => c.wall)))}, process CPU ${ms(median(runs.map((c) => c.cpu)))}, reported by the check ${ms(median(runs.map((c) => c.reported)))}`;
console.log(`  npm run check:content, no cache      ${line(first)}`);
console.log(`  npm run check:content, cached        ${line(again)}`);
console.log(`  the check alone, cold               wall ${ms(inProcess[0]!.wall)}, CPU ${ms(inProcess[0]!.cpu)}`);
console.log(`  the check alone, warm               wall ${ms(median(inProcess.slice(1).map((r) => r.wall)))}, CPU ${ms(median(inProcess.slice(1).map((r) => r.cpu)))}`);
