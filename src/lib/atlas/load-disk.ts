/**
 * Reads content/ straight from disk and validates it with the same schemas as
 * the Astro build, for `npm run check:content` and the tests. It reports every
 * problem with the file and the field, rather than stopping at the first: an
 * entry with a mistake is set aside (see declared.ts) and the rest is loaded.
 *
 * Each collection is read by its shape (collections.ts), and each file once.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseDocument } from 'yaml';
import type { ZodType, ZodTypeDef } from 'astro/zod';
import { LANGS, type Lang } from '~/schemas/common';
import { fieldPath, type Problem } from './problems';
import { COLLECTIONS, COLLECTION_NAMES, collectionPath, type CollectionDef, type CollectionName, type RawContent, type Schema } from './collections';
import { invalidEntry, type InvalidEntry } from './declared';
import { bodyProblemField, mdxBodyProblems } from './mdx-body';
import type { ContentCache } from './content-cache';
import type { Located, LocatedEntry, LocatedText } from './types';

interface Ctx {
  root: string;
  problems: Problem[];
  invalid: InvalidEntry[];
  cache: ContentCache | undefined;
}

const rel = (ctx: Ctx, path: string) => relative(ctx.root, path).split('\\').join('/');

/** File names are ids, and ids are parts of URLs. */
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function listFiles(dir: string, ext: string): string[] {
  try {
    return readdirSync(dir).filter((f) => f.endsWith(ext)).sort().map((f) => join(dir, f));
  } catch {
    return [];
  }
}

/** A YAML text read once: its value, or its errors (line and first line of the message). */
interface ParsedYaml {
  value: unknown;
  errors: { line: number; message: string }[];
}

/** Texts already parsed, for `check:content --watch` and the tests, which read the same files again and again. */
const parsedYaml = new Map<string, ParsedYaml>();

function yamlOf(text: string): ParsedYaml {
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  return doc.errors.length
    ? { value: undefined, errors: doc.errors.map((e) => ({ line: e.linePos?.[0]?.line ?? 0, message: e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '') })) }
    : { value: doc.toJS(), errors: [] };
}

function readYaml(text: string, cache: ContentCache | undefined): ParsedYaml {
  const known = cache ? undefined : parsedYaml.get(text);
  if (known) return known;
  const parsed = cache ? cache.remember('yaml', text, yamlOf) : yamlOf(text);
  if (parsedYaml.size >= 10_000) parsedYaml.clear();
  parsedYaml.set(text, parsed);
  return parsed;
}

function parseYaml(ctx: Ctx, file: string, text: string, lineOffset = 0): unknown {
  const { value, errors } = readYaml(text, ctx.cache);
  for (const e of errors) {
    const line = e.line + lineOffset;
    ctx.problems.push({ file: rel(ctx, file), field: e.line ? `line ${line}` : '', message: `broken YAML: ${e.message}` });
  }
  return value;
}

/** Zod's own wording for a value outside a list; the vocabularies (schemas/common.ts) give their own. */
const ZOD_ENUM_MESSAGE = /^Invalid enum value/;

/** Explains a Zod issue the way an editor needs it. */
function zodProblems(ctx: Ctx, file: string, schema: ZodType<unknown, ZodTypeDef, unknown>, data: unknown, prefix: (string | number)[] = []) {
  const result = schema.safeParse(data);
  if (result.success) return { ok: true as const, data: result.data };
  for (const issue of result.error.issues) {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) ctx.problems.push({ file: rel(ctx, file), field: fieldPath([...path, key]), message: 'unknown key (check the spelling against the schema in src/schemas/)' });
      continue;
    }
    let message = issue.message;
    if (issue.code === 'invalid_type') {
      message =
        issue.received === 'undefined' ? `required field is missing (expected ${issue.expected})`
        : issue.received === 'null' ? `required field is empty (expected ${issue.expected})`
        : `expected ${issue.expected}, got ${issue.received}`;
    }
    if (issue.code === 'invalid_enum_value' && ZOD_ENUM_MESSAGE.test(message)) message = `"${String(issue.received)}" is not allowed; expected one of: ${issue.options.join(', ')}`;
    ctx.problems.push({ file: rel(ctx, file), field: fieldPath(path), message });
  }
  return { ok: false as const };
}

function checkFileId(ctx: Ctx, file: string, id: string): void {
  if (!ID.test(id)) ctx.problems.push({ file: rel(ctx, file), field: '', message: `the file name "${id}" is not an id: use lower-case words joined by hyphens, as in the page's address` });
}

function loadList<T>(ctx: Ctx, name: CollectionName, file: string, schema: Schema<T>): Located<T>[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    ctx.problems.push({ file: rel(ctx, file), field: '', message: 'file is missing' });
    ctx.invalid.push({ collection: name, id: undefined, wholeFile: true });
    return [];
  }
  const data = parseYaml(ctx, file, text);
  if (data === undefined || !Array.isArray(data)) {
    if (data !== undefined) ctx.problems.push({ file: rel(ctx, file), field: '', message: 'expected a list of entries' });
    ctx.invalid.push({ collection: name, id: undefined, wholeFile: true });
    return [];
  }
  const out: Located<T>[] = [];
  data.forEach((item, i) => {
    const parsed = zodProblems(ctx, file, schema, item, [i]);
    if (parsed.ok) out.push({ data: parsed.data as T, file: rel(ctx, file), index: i });
    else ctx.invalid.push(invalidEntry(name, item));
  });
  return out;
}

function loadData<T>(ctx: Ctx, name: CollectionName, dir: string, schema: Schema<T>): LocatedEntry<T>[] {
  const out: LocatedEntry<T>[] = [];
  for (const file of listFiles(dir, '.yaml')) {
    const id = file.split('/').pop()!.replace(/\.yaml$/, '');
    checkFileId(ctx, file, id);
    const data = parseYaml(ctx, file, readFileSync(file, 'utf8'));
    const parsed = data === undefined ? undefined : zodProblems(ctx, file, schema, data);
    if (parsed?.ok) out.push({ id, data: parsed.data as T, file: rel(ctx, file) });
    else ctx.invalid.push(invalidEntry(name, data, id));
  }
  return out;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

function loadTexts<T>(ctx: Ctx, name: CollectionName, dir: string, schema: Schema<T>): LocatedText<T>[] {
  const out: LocatedText<T>[] = [];
  for (const lang of LANGS as readonly Lang[]) {
    for (const file of listFiles(join(dir, lang), '.mdx')) {
      const id = file.split('/').pop()!.replace(/\.mdx$/, '');
      checkFileId(ctx, file, id);
      const source = readFileSync(file, 'utf8');
      const match = FRONTMATTER.exec(source);
      if (!match) {
        ctx.problems.push({ file: rel(ctx, file), field: '', message: 'missing frontmatter (the file must start with --- … ---)' });
        ctx.invalid.push({ collection: name, id, lang });
        continue;
      }
      // The body as Astro's MDX integration reads it (trimmed), so both read the same text
      // (and share what the checker learned of it); lines still count from the top of the file.
      const rest = source.slice(match[0].length);
      const body = rest.trim();
      const bodyLine = match[0].split('\n').length - 1 + (rest.slice(0, rest.length - rest.trimStart().length).split('\n').length - 1);
      const bodyProblems = mdxBodyProblems(body, bodyLine, ctx.cache);
      for (const p of bodyProblems) ctx.problems.push({ file: rel(ctx, file), field: bodyProblemField(p), message: p.message });
      const data = parseYaml(ctx, file, match[1]!, 1);
      const parsed = data === undefined ? undefined : zodProblems(ctx, file, schema, data);
      // A body that does not parse cannot be checked further; its frontmatter still is.
      if (parsed?.ok && !bodyProblems.some((p) => p.broken)) out.push({ id, lang, data: parsed.data as T, body, bodyLine, file: rel(ctx, file) });
      else ctx.invalid.push({ collection: name, id, lang });
    }
  }
  return out;
}

export interface LoadedContent {
  /** Every entry that passed its schema, by collection. */
  raw: RawContent;
  /** Entries set aside for a mistake, so references to them raise no second problem. */
  invalid: InvalidEntry[];
  /** Problems of the files themselves: YAML, MDX, schemas, file names. */
  problems: Problem[];
}

/** Loads and validates content/ under `root`; `cache` keeps what was read of each text between runs. */
export async function loadContent(root: string, cache?: ContentCache): Promise<LoadedContent> {
  const ctx: Ctx = { root, problems: [], invalid: [], cache };
  const load = (name: CollectionName): unknown[] => {
    const def: CollectionDef = COLLECTIONS[name];
    const path = join(root, collectionPath(def));
    switch (def.shape) {
      case 'list':
        return loadList(ctx, name, path, def.schema);
      case 'data':
        return loadData(ctx, name, path, def.schema);
      case 'text':
        return loadTexts(ctx, name, path, def.schema);
    }
  };
  // Files are read one after the other, with the synchronous calls: for thousands of small
  // files they are several times faster than the promise API, and problems come out in the
  // same order on every run.
  const loaded = COLLECTION_NAMES.map(load);
  const raw = Object.fromEntries(COLLECTION_NAMES.map((name, i) => [name, loaded[i]]));
  return { raw: raw as RawContent, invalid: ctx.invalid, problems: ctx.problems };
}
