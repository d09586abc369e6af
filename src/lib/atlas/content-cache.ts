/**
 * What the content checker learned about each text on its last run, kept on
 * disk so the next run parses only what changed: the value of each YAML text
 * and the analysis of each MDX body (mdx-body.ts), keyed by a hash of the
 * text. Whatever the rest of the content says is still checked on every run
 * (schemas, references, the rule of provenance's questions), from these.
 *
 * A cache belongs to one version of the checker: the hash of its own code
 * (src/lib/atlas/), of the installed packages (package-lock.json) and of
 * Node. A change to any of them starts an empty cache, so a result is only
 * ever reused by the code that produced it. A run keeps only the entries it
 * used, so the file follows the content and does not grow.
 *
 * The file is written with Node's structured serialization (node:v8), which
 * keeps every value YAML can produce (.inf, .nan, -0) as it was.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { deserialize, serialize } from 'node:v8';

/** Where `npm run check:content` keeps its cache, under the project's root. */
export const CONTENT_CACHE_FILE = 'node_modules/.cache/atlas-content/check.v8';

/** Kinds of text and what is remembered of each: the same text may be read both ways. */
export type CachedKind = 'yaml' | 'mdx';

export interface ContentCache {
  /** What `compute` returns for `text`, from an earlier run when the text is the same. */
  remember<T>(kind: CachedKind, text: string, compute: (text: string) => T): T;
  /** Texts this run found in the cache, and texts it had to read. */
  readonly hits: number;
  readonly misses: number;
  /** Writes the entries this run used, replacing the file. */
  save(): void;
}

interface Stored {
  version: string;
  entries: Map<string, unknown>;
}

const hash = (text: string) => createHash('sha1').update(text).digest('base64');

/**
 * The version of the checker in the project at `root`: its code, its
 * packages and Node. Undefined when the code is not there to read (a bundle
 * run from elsewhere): no cache is used then.
 */
export function checkerVersion(root: string): string | undefined {
  const code = join(root, 'src/lib/atlas');
  const lock = join(root, 'package-lock.json');
  if (!existsSync(code) || !existsSync(lock)) return undefined;
  const h = createHash('sha1').update(process.version).update(readFileSync(lock));
  for (const file of readdirSync(code).filter((f) => f.endsWith('.ts')).sort()) h.update(file).update(readFileSync(join(code, file)));
  return h.digest('hex');
}

function read(file: string, version: string): Map<string, unknown> {
  try {
    const stored = deserialize(readFileSync(file)) as Stored;
    return stored.version === version && stored.entries instanceof Map ? stored.entries : new Map();
  } catch {
    // No file yet, or one this Node cannot read: start empty.
    return new Map();
  }
}

/** The cache in `file` for the checker `version`; empty when the file is missing or from another version. */
export function openContentCache(file: string, version: string): ContentCache {
  const before = read(file, version);
  const used = new Map<string, unknown>();
  let hits = 0;
  let misses = 0;
  return {
    remember<T>(kind: CachedKind, text: string, compute: (text: string) => T): T {
      const key = `${kind}:${hash(text)}`;
      if (used.has(key)) return used.get(key) as T;
      let value: T;
      if (before.has(key)) {
        value = before.get(key) as T;
        hits += 1;
      } else {
        value = compute(text);
        misses += 1;
      }
      used.set(key, value);
      return value;
    },
    get hits() {
      return hits;
    },
    get misses() {
      return misses;
    },
    save() {
      mkdirSync(dirname(file), { recursive: true });
      // Written aside and renamed, so a run that reads while another writes never sees half a file.
      const partial = `${file}.${process.pid}.tmp`;
      writeFileSync(partial, serialize({ version, entries: used } satisfies Stored));
      renameSync(partial, file);
    },
  };
}
