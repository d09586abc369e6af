/**
 * Runs a command under GNU time (`/usr/bin/time -v`) and reports what it cost:
 * CPU time (user + sys of the command and every process it waited for), wall
 * time, and the peak resident memory of the largest single process. While it
 * runs, /proc is sampled for the command's process tree, so the peak can be
 * put down to the process that reached it (astro, the search indexer,
 * Pagefind's binary…), and each line of output is time-stamped, so a build
 * can be cut into phases by the lines that mark them.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const GNU_TIME = '/usr/bin/time';

export interface Line {
  /** Seconds since the command started. */
  t: number;
  text: string;
  /** CPU seconds the command's process tree had used by then (only on lines matching `marks`). */
  cpu?: number;
}

export interface ProcessPeak {
  pid: number;
  /** What the process is, from its command line (see `label`). */
  label: string;
  command: string;
  /** Highest resident memory seen (VmHWM), bytes. */
  peakRss: number;
}

export interface TimedRun {
  exitCode: number;
  /** The signal that ended the command, if one did (9: killed, e.g. by the kernel when memory ran out). */
  signal?: number;
  /** User + system CPU seconds. */
  cpu: number;
  user: number;
  sys: number;
  /** Wall-clock seconds. */
  wall: number;
  /** Peak resident memory of the largest process, bytes (GNU time's maximum resident set size). */
  peakRss: number;
  /** The processes of the tree seen while sampling, largest first. */
  processes: ProcessPeak[];
  /** stdout and stderr, line by line. */
  lines: Line[];
}

/** What a process of a build is, from its command line. */
export function label(command: string): string {
  if (/check-content/.test(command)) return 'content check (vite-node)';
  if (/build-search-index/.test(command)) return 'search index (vite-node)';
  if (/pagefind/.test(command)) return 'pagefind binary';
  if (/astro(\.js|\.mjs)?\s+build|astro build/.test(command)) return 'astro build';
  if (/chrom/.test(command)) return 'chromium';
  if (/^npm|\/npm(-cli)?(\.js)?\b/.test(command)) return 'npm';
  if (/^(\/usr\/bin\/)?(ba|da)?sh\b/.test(command)) return 'shell';
  return command.split(' ')[0]!.split('/').pop()!;
}

function readProc(pid: number, file: string): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/${file}`, 'utf8');
  } catch {
    return undefined;
  }
}

/** Every live descendant of `root`. */
function descendants(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = readProc(Number(name), 'stat');
    if (!stat) continue;
    // pid (comm) state ppid …; comm may hold spaces and parentheses.
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
  }
  const out: number[] = [];
  const queue = [root];
  while (queue.length) {
    const pid = queue.shift()!;
    for (const c of children.get(pid) ?? []) {
      out.push(c);
      queue.push(c);
    }
  }
  return out;
}

const TICKS = 100; // USER_HZ: /proc reports CPU time in 1/100 s on Linux

/** CPU seconds used so far by `root` and its descendants, the reaped ones included (through cutime/cstime). */
function treeCpu(root: number): number {
  let ticks = 0;
  for (const pid of [root, ...descendants(root)]) {
    const stat = readProc(pid, 'stat');
    if (!stat) continue;
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // fields after comm: state(0) ppid(1) … utime(11) stime(12) cutime(13) cstime(14)
    ticks += Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14]);
  }
  return ticks / TICKS;
}

function parseGnuTime(text: string): { user: number; sys: number; wall: number; peakRss: number; exitCode: number; signal?: number } {
  const field = (name: string) => new RegExp(`${name}: (.+)`).exec(text)?.[1]?.trim() ?? '';
  const wallText = field('Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\)');
  const wall = wallText.split(':').reduce((s, part) => s * 60 + Number(part), 0);
  return {
    user: Number(field('User time \\(seconds\\)')),
    sys: Number(field('System time \\(seconds\\)')),
    wall,
    peakRss: Number(field('Maximum resident set size \\(kbytes\\)')) * 1024,
    exitCode: Number(field('Exit status') || '1'),
    ...(/terminated by signal (\d+)/.test(text) ? { signal: Number(/terminated by signal (\d+)/.exec(text)![1]) } : {}),
  };
}

export interface RunOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Called with each line as it arrives (for progress output). */
  onLine?: (line: Line) => void;
  /** Lines that mark phases: the tree's CPU time is read when one arrives. */
  marks?: RegExp;
  /** How often /proc is sampled, ms. */
  sampleMs?: number;
}

/** Runs `command args…` under GNU time in `cwd`, sampling its process tree. */
export async function timedRun(command: string, args: string[], options: RunOptions): Promise<TimedRun> {
  const dir = mkdtempSync(join(tmpdir(), 'timed-run-'));
  const timeFile = join(dir, 'time.txt');
  const started = performance.now();
  const child = spawn(GNU_TIME, ['-v', '-o', timeFile, command, ...args], { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: Line[] = [];
  const take = (stream: NodeJS.ReadableStream) => {
    let rest = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      const t = (performance.now() - started) / 1000;
      const parts = (rest + chunk).split('\n');
      rest = parts.pop()!;
      for (const text of parts) {
        const line: Line = { t, text };
        if (options.marks?.test(text) && child.pid !== undefined) line.cpu = treeCpu(child.pid);
        lines.push(line);
        options.onLine?.(line);
      }
    });
    stream.on('end', () => {
      if (rest) lines.push({ t: (performance.now() - started) / 1000, text: rest });
    });
  };
  take(child.stdout!);
  take(child.stderr!);

  const peaks = new Map<number, ProcessPeak>();
  const sample = () => {
    if (child.pid === undefined) return;
    for (const pid of descendants(child.pid)) {
      const status = readProc(pid, 'status');
      const hwm = status && /VmHWM:\s+(\d+) kB/.exec(status)?.[1];
      if (!hwm) continue;
      const command = (readProc(pid, 'cmdline') ?? '').split('\0').filter(Boolean).join(' ');
      const known = peaks.get(pid);
      const peakRss = Number(hwm) * 1024;
      if (!known) peaks.set(pid, { pid, label: label(command), command: command.slice(0, 200), peakRss });
      else if (peakRss > known.peakRss) known.peakRss = peakRss;
    }
  };
  const timer = setInterval(sample, options.sampleMs ?? 250);
  const exit = await new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? 1)));
  clearInterval(timer);
  const wallHere = (performance.now() - started) / 1000;
  let measured: ReturnType<typeof parseGnuTime>;
  try {
    measured = parseGnuTime(readFileSync(timeFile, 'utf8'));
  } catch {
    measured = { user: NaN, sys: NaN, wall: wallHere, peakRss: NaN, exitCode: exit };
  }
  rmSync(dir, { recursive: true, force: true });
  return {
    exitCode: measured.exitCode,
    ...(measured.signal !== undefined ? { signal: measured.signal } : {}),
    cpu: measured.user + measured.sys,
    user: measured.user,
    sys: measured.sys,
    wall: measured.wall || wallHere,
    peakRss: measured.peakRss,
    processes: [...peaks.values()].filter((p) => !['time', 'shell'].includes(p.label)).sort((a, b) => b.peakRss - a.peakRss),
    lines,
  };
}

/** Wall-clock seconds of a command (no GNU time), with its exit code and output. */
export async function wallRun(command: string, args: string[], options: Omit<RunOptions, 'sampleMs'>): Promise<{ exitCode: number; wall: number; stdout: string; stderr: string }> {
  const started = performance.now();
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (c: string) => (stdout += c));
  child.stderr!.setEncoding('utf8').on('data', (c: string) => (stderr += c));
  const exitCode = await new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? 1)));
  return { exitCode, wall: (performance.now() - started) / 1000, stdout, stderr };
}
