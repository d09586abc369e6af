/**
 * Reads content/ straight from disk and validates it with the same schemas as
 * the Astro build, for `npm run check:content` and the tests. It reports every
 * problem with the file and the field, rather than stopping at the first.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parseDocument } from 'yaml';
import { compile } from '@mdx-js/mdx';
import type { ZodType, ZodTypeDef } from 'astro/zod';
import { LANGS, type Lang } from '~/schemas/common';
import { fieldPath, type Problem } from './problems';
import { COLLECTIONS, COLLECTION_NAMES, collectionPath, type CollectionDef, type RawContent, type Schema } from './collections';
import type { Located, LocatedEntry, LocatedText } from './types';

interface Ctx {
  root: string;
  problems: Problem[];
}

const rel = (ctx: Ctx, path: string) => relative(ctx.root, path).split('\\').join('/');

async function listFiles(dir: string, ext: string): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((f) => f.endsWith(ext)).sort().map((f) => join(dir, f));
  } catch {
    return [];
  }
}

function parseYaml(ctx: Ctx, file: string, text: string, lineOffset = 0): unknown {
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length) {
    for (const e of doc.errors) {
      const line = (e.linePos?.[0]?.line ?? 0) + lineOffset;
      ctx.problems.push({ file: rel(ctx, file), field: line ? `line ${line}` : '', message: `broken YAML: ${e.message.split('\n')[0]}` });
    }
    return undefined;
  }
  return doc.toJS();
}

/** Explains a Zod issue the way an editor needs it. */
function zodProblems(ctx: Ctx, file: string, schema: ZodType<unknown, ZodTypeDef, unknown>, data: unknown, prefix: (string | number)[] = []) {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
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
    if (issue.code === 'invalid_enum_value') message = `"${String(issue.received)}" is not allowed; expected one of: ${issue.options.join(', ')}`;
    ctx.problems.push({ file: rel(ctx, file), field: fieldPath(path), message });
  }
  return undefined;
}

async function loadList<T>(ctx: Ctx, file: string, schema: Schema<T>): Promise<Located<T>[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    ctx.problems.push({ file: rel(ctx, file), field: '', message: 'file is missing' });
    return [];
  }
  const data = parseYaml(ctx, file, text);
  if (data === undefined) return [];
  if (!Array.isArray(data)) {
    ctx.problems.push({ file: rel(ctx, file), field: '', message: 'expected a list of entries' });
    return [];
  }
  const out: Located<T>[] = [];
  data.forEach((item, i) => {
    const parsed = zodProblems(ctx, file, schema, item, [i]);
    if (parsed !== undefined) out.push({ data: parsed as T, file: rel(ctx, file) });
  });
  return out;
}

async function loadData<T>(ctx: Ctx, dir: string, schema: Schema<T>): Promise<LocatedEntry<T>[]> {
  const out: LocatedEntry<T>[] = [];
  for (const file of await listFiles(dir, '.yaml')) {
    const data = parseYaml(ctx, file, await readFile(file, 'utf8'));
    if (data === undefined) continue;
    const parsed = zodProblems(ctx, file, schema, data);
    if (parsed !== undefined) out.push({ id: file.split('/').pop()!.replace(/\.yaml$/, ''), data: parsed as T, file: rel(ctx, file) });
  }
  return out;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

async function loadTexts<T>(ctx: Ctx, dir: string, schema: Schema<T>): Promise<LocatedText<T>[]> {
  const out: LocatedText<T>[] = [];
  for (const lang of LANGS as readonly Lang[]) {
    for (const file of await listFiles(join(dir, lang), '.mdx')) {
      const source = await readFile(file, 'utf8');
      const match = FRONTMATTER.exec(source);
      if (!match) {
        ctx.problems.push({ file: rel(ctx, file), field: '', message: 'missing frontmatter (the file must start with --- … ---)' });
        continue;
      }
      const body = source.slice(match[0].length);
      try {
        await compile(body);
      } catch (e) {
        const err = e as { line?: number; reason?: string; message: string };
        const line = err.line ? err.line + match[0].split('\n').length - 1 : undefined;
        ctx.problems.push({ file: rel(ctx, file), field: line ? `line ${line}` : '', message: `broken MDX: ${err.reason ?? err.message}` });
      }
      const data = parseYaml(ctx, file, match[1]!, 1);
      if (data === undefined) continue;
      const parsed = zodProblems(ctx, file, schema, data);
      if (parsed !== undefined) out.push({ id: file.split('/').pop()!.replace(/\.mdx$/, ''), lang, data: parsed as T, body, bodyLine: match[0].split('\n').length - 1, file: rel(ctx, file) });
    }
  }
  return out;
}

/** Loads and validates content/ under `root`; `problems` is empty when all is well. */
export async function loadContent(root: string): Promise<{ raw: RawContent; problems: Problem[] }> {
  const ctx: Ctx = { root, problems: [] };
  const load = (def: CollectionDef): Promise<unknown[]> => {
    const path = join(root, collectionPath(def));
    switch (def.shape) {
      case 'list':
        return loadList(ctx, path, def.schema);
      case 'data':
        return loadData(ctx, path, def.schema);
      case 'text':
        return loadTexts(ctx, path, def.schema);
    }
  };
  // One collection after another, so problems are listed in the same order on every run.
  const raw: Record<string, unknown[]> = {};
  for (const name of COLLECTION_NAMES) raw[name] = await load(COLLECTIONS[name]);
  return { raw: raw as RawContent, problems: ctx.problems };
}
