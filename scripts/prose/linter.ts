/**
 * The prose linter: textlint with textlint-plugin-mdx and textlint-rule-prh,
 * its spelling rules generated from the glossary (spelling.ts). It reads the
 * text of every MDX page under content/ (the plugin leaves component
 * attributes such as metric ids, code and frontmatter alone) and every piece
 * of prose in the YAML files and MDX frontmatter (summaries, comparison cells,
 * notes, facts, definitions, figure labels), in both languages.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { LineCounter, parseDocument, visit, isPair, isScalar, type Scalar } from 'yaml';
import { createLinter, loadTextlintrc } from 'textlint';
import { z } from 'astro/zod';
import { COLLECTIONS, collectionPath } from '~/lib/atlas/collections';
import { glossaryTerm } from '~/schemas/reference';
import { glossarySpellings, loanwordSpellings, prhConfig, type SpellingRule } from './spelling';

export interface ProseProblem {
  /** Path from the root, e.g. `content/cases/ko/kt.mdx`. */
  file: string;
  line: number;
  column: number;
  /** `스마트 오피스 => 스마트오피스 (glossary term "smart-office" …)` */
  message: string;
}

export function formatProseProblem(p: ProseProblem): string {
  return `${p.file}:${p.line}:${p.column} ${p.message}`;
}

/** Every spelling rule in force for a content root. */
export function spellingRules(root: string): SpellingRule[] {
  const glossary = z.array(glossaryTerm).parse(parseDocument(readFileSync(join(root, 'content/glossary.yaml'), 'utf8')).toJS());
  return [...glossarySpellings(glossary), ...loanwordSpellings];
}

/** The textlint configuration: the MDX plugin and prh with the given rules. */
export function textlintConfig(rules: readonly SpellingRule[]) {
  return {
    plugins: { mdx: true },
    rules: {
      // Link text and emphasis are prose too; prh skips them unless told.
      prh: { ruleContents: [prhConfig(rules)], checkLink: true, checkEmphasis: true, checkHeader: true },
    },
  };
}

type Linter = ReturnType<typeof createLinter>;

export async function createProseLinter(rules: readonly SpellingRule[], modulesDir: string): Promise<Linter> {
  // textlint reads its configuration from a file; this one is generated, so it is written to a scratch folder.
  const dir = mkdtempSync(join(tmpdir(), 'atlas-prose-'));
  try {
    const configFilePath = join(dir, '.textlintrc.json');
    writeFileSync(configFilePath, JSON.stringify(textlintConfig(rules)));
    const descriptor = await loadTextlintrc({ configFilePath, node_modulesDir: modulesDir });
    return createLinter({ descriptor });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** prh's message is `wrong => right`, then its reason on a line of its own. */
function toProblem(file: string, line: number, column: number, message: string): ProseProblem {
  const [what, why] = message.split('\n');
  return { file, line, column, message: why ? `${what} (${why})` : what! };
}

/** The text of an MDX page, frontmatter excluded (the plugin skips it; lintYamlProse reads it). */
export async function lintMdx(linter: Linter, file: string, text: string): Promise<ProseProblem[]> {
  const result = await linter.lintText(text, file.endsWith('.mdx') ? file : `${file}.mdx`);
  return result.messages.map((m) => toProblem(file, m.loc.start.line, m.loc.start.column, m.message));
}

/** Keys whose values list variants on purpose (search aliases, the variants to avoid). */
const NOT_PROSE = new Set(['aka', 'avoid']);
/** Files that are lists of variants on purpose: the synonym list holds the misspellings search must reach. */
const VARIANT_LISTS = new Set([collectionPath(COLLECTIONS.synonyms)]);
/** A value worth reading: words, not an id, a fact number or a date. */
const isProse = (s: string) => /[\s\u3131-\u318e\uac00-\ud7a3]/.test(s);

/** Every piece of prose in a YAML text, checked as plain text; `lineOffset` for frontmatter. */
export async function lintYamlProse(linter: Linter, file: string, yamlText: string, lineOffset = 0): Promise<ProseProblem[]> {
  const lines = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: lines });
  const scalars: Scalar<string>[] = [];
  visit(doc, {
    Scalar(key, node, path) {
      if (key === 'key' || typeof node.value !== 'string' || !isProse(node.value)) return;
      const underSkipped = path.some((p) => isPair(p) && isScalar(p.key) && NOT_PROSE.has(String(p.key.value)));
      if (!underSkipped) scalars.push(node as Scalar<string>);
    },
  });
  const source = yamlText.split('\n');
  const found: ProseProblem[] = [];
  for (const node of scalars) {
    const start = lines.linePos(node.range?.[0] ?? 0);
    const block = node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED';
    const quote = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE' ? 1 : 0;
    const result = await linter.lintText(node.value, 'prose.txt');
    for (const m of result.messages) {
      // A block scalar's text starts on the line after its indicator; a one-line scalar's text after its quote.
      const { line, column } = m.loc.start;
      if (block) {
        const indent = /^ */.exec(source[start.line + line - 1] ?? '')![0].length;
        found.push(toProblem(file, lineOffset + start.line + line, indent + column, m.message));
      } else {
        found.push(toProblem(file, lineOffset + start.line, start.col + (line === 1 ? quote + column - 1 : 0), m.message));
      }
    }
  }
  return found;
}

function filesUnder(dir: string, ext: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((d) => (d.isDirectory() ? filesUnder(join(dir, d.name), ext) : d.name.endsWith(ext) ? [join(dir, d.name)] : []))
    .sort();
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/;

/** Lints everything under `root`/content. */
export async function lintContentProse(root: string, modulesDir = join(root, 'node_modules')): Promise<ProseProblem[]> {
  const linter = await createProseLinter(spellingRules(root), modulesDir);
  const content = join(root, 'content');
  const rel = (path: string) => relative(root, path).split('\\').join('/');
  const found: ProseProblem[] = [];
  for (const path of filesUnder(content, '.yaml').filter((p) => !VARIANT_LISTS.has(rel(p)))) found.push(...(await lintYamlProse(linter, rel(path), readFileSync(path, 'utf8'))));
  for (const path of filesUnder(content, '.mdx')) {
    const text = readFileSync(path, 'utf8');
    const frontmatter = FRONTMATTER.exec(text);
    if (frontmatter) found.push(...(await lintYamlProse(linter, rel(path), frontmatter[1]!, 1)));
    found.push(...(await lintMdx(linter, rel(path), text)));
  }
  return found;
}
