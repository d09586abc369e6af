/**
 * The rule of provenance, checked on the text of case, policy and topic pages.
 *
 * Every paragraph, list item and table is one of four kinds, and a reader can
 * always tell which:
 * - the paper's: it ends with `<Cite f="F31" />` for the facts it rests on;
 * - another public source's: `<Cite source="hankyung-2010-08-23" />`;
 * - the editors' reading: inside `<Editorial>…</Editorial>`, never with a
 *   citation of the paper;
 * - background: inside `<Background>…</Background>`, linked to the glossary.
 *
 * A figure (`<Metric id>`) in a statement of the paper's must be cited by that
 * statement: the paragraph cites the fact the figure comes from.
 *
 * The rule is applied in two steps, so a body is parsed once for every check
 * (mdx-body.ts) and what it finds can be kept between runs: `provenanceSteps`
 * walks the syntax tree and returns what it found, with the questions about
 * the rest of the content left open (is F31 a fact? which fact does this
 * figure come from?); `provenanceProblems` answers them.
 */
import type { Node, Parent } from 'unist';

export interface ProvenanceProblem {
  /** 1-based line in the MDX file. */
  line: number;
  /** The element concerned: `<Cite f="F99">`, `paragraph`, `<Editorial>`. */
  what: string;
  message: string;
}

interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}
export interface JsxNode extends Parent {
  name: string | null;
  attributes: JsxAttribute[];
}

export interface ProvenanceRefs {
  /** Known facts of the paper, F01–F51. */
  hasFact(id: string): boolean;
  /** Known public sources other than the paper (press, official, study…). */
  hasSource(id: string): boolean;
  /** The fact a figure comes from; undefined for an unknown figure. */
  factOfMetric(id: string): string | undefined;
}

/**
 * What the rule found in one body, in the order it found it (lines counted in
 * the body): a problem of the text alone, or one that depends on the rest of
 * the content: a cited fact or source that may not exist, a figure whose fact
 * the statement may not cite. Plain data, so it can be kept between runs.
 */
export type ProvenanceStep =
  | { kind: 'problem'; line: number; what: string; message: string }
  | { kind: 'fact' | 'source'; line: number; id: string }
  | { kind: 'metric'; line: number; id: string; cited: string[]; statement: string };

const BLOCK_KINDS = new Set(['Editorial', 'Background']);

export function isJsx(node: Node): node is JsxNode {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

export function attr(node: JsxNode, name: string): string | undefined {
  const a = node.attributes.find((x) => x.type === 'mdxJsxAttribute' && x.name === name);
  return typeof a?.value === 'string' ? a.value : undefined;
}

/** The ids of a `f` or `source` attribute: one id, or several separated by spaces or commas. */
export function idList(value: string | undefined): string[] {
  return value ? value.split(/[\s,]+/).filter(Boolean) : [];
}

function lineOf(node: Node): number {
  return node.position?.start.line ?? 0;
}

function* descendants(node: Node): Generator<Node> {
  for (const child of (node as Parent).children ?? []) {
    yield child;
    yield* descendants(child);
  }
}

/** Text outside links: a list of links to other pages states nothing and needs no citation. */
function textOutsideLinks(node: Node): string {
  if (node.type === 'link') return '';
  if (node.type === 'text') return (node as unknown as { value: string }).value;
  return ((node as Parent).children ?? []).map(textOutsideLinks).join('');
}
function onlyLinks(block: Node): boolean {
  const hasLink = [...descendants(block)].some((n) => n.type === 'link');
  return hasLink && !/[\p{L}\p{N}]/u.test(textOutsideLinks(block));
}

/** Walks the syntax tree of one MDX body and returns what the rule finds in it, questions left open. */
export function provenanceSteps(tree: Node): ProvenanceStep[] {
  const steps: ProvenanceStep[] = [];
  const report = (node: Node, what: string, message: string) => steps.push({ kind: 'problem', line: lineOf(node), what, message });

  /** Checks the citations of one statement (a paragraph, list item or table) outside any marked block. */
  const checkStatement = (block: Node, what: string, introduction?: Node) => {
    if (onlyLinks(block)) return;
    const nodes = [...descendants(block)].filter(isJsx);
    const cites = [...nodes, ...(introduction ? descendants(introduction) : [])].filter((n) => isJsx(n) && n.name === 'Cite') as JsxNode[];
    if (!cites.length) {
      report(block, what, 'cites nothing: end it with <Cite f="F…" /> for the paper or <Cite source="…" /> for another source, or mark it <Editorial> (the editors’ reading) or <Background>');
      return;
    }
    const cited = [...new Set(cites.flatMap((c) => idList(attr(c, 'f'))))];
    for (const m of nodes.filter((n) => n.name === 'Metric')) steps.push({ kind: 'metric', line: lineOf(m), id: attr(m, 'id') ?? '', cited, statement: what });
  };

  const checkCites = (node: Node, inEditorial: boolean) => {
    for (const c of [node, ...descendants(node)].filter(isJsx)) {
      if (c.name !== 'Cite') continue;
      const facts = idList(attr(c, 'f'));
      const sources = idList(attr(c, 'source'));
      if (!facts.length && !sources.length) report(c, '<Cite>', 'names nothing: give f="F…" (facts of the paper) or source="…" (content/sources.yaml)');
      for (const f of facts) steps.push({ kind: 'fact', line: lineOf(c), id: f });
      for (const s of sources) steps.push({ kind: 'source', line: lineOf(c), id: s });
      if (inEditorial && facts.length) report(c, `<Cite f="${facts.join(' ')}">`, 'a citation of the paper inside <Editorial>: the editors’ reading is not the paper’s; move the cited statement out of the block');
    }
  };

  /** A block inside a paragraph, list item or table would mark part of a statement and leave the rest unmarked. */
  const checkNoBlockWithin = (statement: Node, what: string) => {
    for (const n of descendants(statement)) {
      if (!isJsx(n) || !n.name || !BLOCK_KINDS.has(n.name)) continue;
      report(n, `<${n.name}>`, n.type === 'mdxJsxTextElement' ? 'must stand on lines of its own, around whole paragraphs' : `cannot stand inside a ${what}: put it around whole paragraphs`);
    }
  };

  const walk = (node: Node, inside: string | null) => {
    const children = (node as Parent).children ?? [];
    children.forEach((child, i) => {
      const previous = children[i - 1];
      if (isJsx(child) && child.name && BLOCK_KINDS.has(child.name)) {
        if (inside) report(child, `<${child.name}>`, `cannot stand inside <${inside}>`);
        if (child.type === 'mdxJsxTextElement') report(child, `<${child.name}>`, 'must stand on lines of its own, around whole paragraphs');
        checkCites(child, child.name === 'Editorial');
        if (child.name === 'Background' && ![...descendants(child)].some((n) => isJsx(n) && n.name === 'Term')) {
          report(child, '<Background>', 'links no glossary term: background is kept short and linked to the glossary with <Term id="…">');
        }
        walk(child, child.name);
        return;
      }
      if (inside) return;
      switch (child.type) {
        case 'heading':
          checkCites(child, false);
          checkNoBlockWithin(child, 'heading');
          return;
        case 'paragraph':
          checkCites(child, false);
          checkNoBlockWithin(child, 'paragraph');
          checkStatement(child, 'paragraph');
          return;
        case 'listItem':
          checkCites(child, false);
          checkNoBlockWithin(child, 'list item');
          checkStatement(child, 'list item');
          return;
        case 'table':
          // A table is one statement; the paragraph that introduces it may carry its citation.
          checkCites(child, false);
          checkNoBlockWithin(child, 'table');
          checkStatement(child, 'table', previous?.type === 'paragraph' ? previous : undefined);
          return;
        default:
          walk(child, null);
      }
    });
  };
  walk(tree, null);
  return steps;
}

/** The problems of one body: its steps with their questions answered, in line order; `lineOffset` is the number of lines before the body (the frontmatter). */
export function provenanceProblems(steps: readonly ProvenanceStep[], refs: ProvenanceRefs, lineOffset = 0): ProvenanceProblem[] {
  const problems: ProvenanceProblem[] = [];
  const report = (line: number, what: string, message: string) => problems.push({ line: line + lineOffset, what, message });
  for (const step of steps) {
    switch (step.kind) {
      case 'problem':
        report(step.line, step.what, step.message);
        break;
      case 'fact':
        if (!refs.hasFact(step.id)) report(step.line, `<Cite f="${step.id}">`, `unknown fact "${step.id}" (content/facts.yaml lists F01–F51)`);
        break;
      case 'source':
        if (!refs.hasSource(step.id)) report(step.line, `<Cite source="${step.id}">`, `unknown source "${step.id}" (a public source in content/sources.yaml, not the paper)`);
        break;
      case 'metric': {
        const fact = refs.factOfMetric(step.id);
        if (fact && !step.cited.includes(fact)) report(step.line, `<Metric id="${step.id}">`, `the figure comes from ${fact}, which this ${step.statement} does not cite: add ${fact} to its <Cite f>`);
        break;
      }
    }
  }
  return problems.sort((a, b) => a.line - b.line);
}
