/**
 * How long `npm run check:content` takes: the command as an editor runs it
 * (wall time, the process's CPU time), and the check alone inside one process,
 * first cold, then warm (as `--watch` re-checks after a save).
 *
 *   npm run bench:check                  the real content/
 *   npm run bench:check -- --cases 1000  the real content with its cases copied
 *                                        under new ids until there are 1,000
 *
 * CPU time is given beside wall time: on a busy machine the wall time grows
 * with everything else that runs, the CPU time does not.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkContent } from '~/lib/atlas/check-content';
import { ROOT } from './support/paths';

const args = process.argv.slice(2);
const cases = Number(args[args.indexOf('--cases') + 1] ?? 0) || 0;
const RUNS = 5;

/** A copy of content/ whose cases are copied under new ids (`kt-2`, `kt-3`…) until there are `target`. */
function scaledContent(target: number): string {
  const root = mkdtempSync(join(tmpdir(), 'atlas-bench-check-'));
  cpSync(join(ROOT, 'content'), join(root, 'content'), { recursive: true });
  const dir = join(root, 'content/cases');
  const ids = readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\.yaml$/, ''));
  for (let n = ids.length, copy = 2; n < target; copy += 1) {
    for (const id of ids) {
      if (n >= target) break;
      const to = `${id}-${copy}`;
      const rename = (text: string) => text.replace(new RegExp(`\\b${id}/`, 'g'), `${to}/`);
      writeFileSync(join(dir, `${to}.yaml`), rename(readFileSync(join(dir, `${id}.yaml`), 'utf8')));
      for (const lang of ['ko', 'en']) writeFileSync(join(dir, lang, `${to}.mdx`), rename(readFileSync(join(dir, lang, `${id}.mdx`), 'utf8')));
      n += 1;
    }
  }
  return root;
}

const root = cases ? scaledContent(cases) : ROOT;
const ms = (n: number) => `${Math.round(n)} ms`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

// 1. The command, as an editor runs it: a fresh process each time.
const command: { wall: number; cpu: number; reported: number }[] = [];
for (let i = 0; i < RUNS; i++) {
  const started = performance.now();
  const out = execFileSync('bash', ['-c', `TIMEFORMAT='%U %S'; { time npm run check:content --silent -- "${root}" ; } 2>&1`], { cwd: ROOT, encoding: 'utf8' });
  const wall = performance.now() - started;
  const [user, sys] = out.trim().split('\n').pop()!.split(' ').map(Number) as [number, number];
  const reported = Number(/\((\d+) ms\)/.exec(out)?.[1] ?? NaN);
  command.push({ wall, cpu: (user + sys) * 1000, reported });
}

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
console.log(`  npm run check:content      wall ${ms(median(command.map((c) => c.wall)))}, process CPU ${ms(median(command.map((c) => c.cpu)))}, reported by the check ${ms(median(command.map((c) => c.reported)))}`);
console.log(`  the check alone, cold      wall ${ms(inProcess[0]!.wall)}, CPU ${ms(inProcess[0]!.cpu)}`);
console.log(`  the check alone, warm      wall ${ms(median(inProcess.slice(1).map((r) => r.wall)))}, CPU ${ms(median(inProcess.slice(1).map((r) => r.cpu)))}`);
