/**
 * What an MDX body may contain, checked on its syntax tree: Markdown, the
 * atlas's own components with quoted attributes, and comments. MDX is a
 * programming language, so everything else an editor could write is refused
 * with the line it is on: HTML and other components (`<script>`, `<img
 * onerror>`, `<iframe>`), `{…}` expressions, `import`/`export`, attributes
 * given as expressions, and links or images whose address is not a web page,
 * a mail address or a page of the site (`javascript:`, `data:`). With this,
 * nothing an editor writes in a text can run as code on a reader's page.
 *
 * Each body is parsed once, into the syntax tree every check reads: this
 * one, the ids the body refers to, and the rule of provenance
 * (provenance.ts). It is parsed as Astro reads it (MDX with GitHub-flavoured
 * Markdown), and never compiled: compiling is the site build's work.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';
import type { Node, Parent } from 'unist';
import type { ContentCache } from './content-cache';
import { idList, provenanceSteps, type ProvenanceStep } from './provenance';

/** The components of src/components/mdx/ and the attributes each takes. */
export const MDX_COMPONENT_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  Metric: ['id', 'bare'],
  Cite: ['f', 'source'],
  Term: ['id'],
  Editorial: [],
  Background: [],
};

/** Schemes a link or image may use; an address without one is a page of the site. */
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto']);

export interface BodyProblem {
  /** 1-based line in the file. */
  line: number;
  /** The element concerned: `<script>`, `link`, `{…}`; empty for a syntax error. */
  what: string;
  message: string;
  /** The body did not parse: nothing else in it could be checked. */
  broken?: true;
}

interface JsxAttribute {
  type: 'mdxJsxAttribute' | 'mdxJsxExpressionAttribute';
  name?: string;
  value?: unknown;
}
interface JsxNode extends Parent {
  name: string | null;
  attributes: JsxAttribute[];
}

// The extensions Astro's MDX integration parses with: MDX (JSX, {…} expressions, import and
// export) and GitHub-flavoured Markdown (tables, autolinks). The parsed JavaScript of an
// expression is not kept: a check needs only where it is.
const micromarkExtensions = [mdxjs({ addResult: false }), gfm()];
const mdastExtensions = [mdxFromMarkdown(), gfmFromMarkdown()];

/** An MDX body as a syntax tree, parsed as the site's MDX pipeline parses it (MDX and GitHub tables). */
export function parseMdx(body: string): Node {
  return fromMarkdown(body, { extensions: micromarkExtensions, mdastExtensions });
}

/** The scheme of an address as a browser reads it: tabs, line breaks and leading controls are dropped first. */
export function urlScheme(url: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  const cleaned = url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
  return /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(cleaned)?.[1]?.toLowerCase();
}

export function isSafeUrl(url: string): boolean {
  const scheme = urlScheme(url);
  return scheme === undefined || SAFE_SCHEMES.has(scheme);
}

const COMMENT = /^\s*\/\*[\s\S]*\*\/\s*$/;

/** An id a body refers to, with its line in the body. */
export interface BodyReference {
  id: string;
  line: number;
}

/**
 * What one body holds, with lines counted in the body: its problems, the
 * figures, terms and facts it refers to, and what the rule of provenance
 * finds in it. Plain data, so a content cache can keep it between runs.
 */
export interface BodyAnalysis {
  problems: BodyProblem[];
  references: { metrics: BodyReference[]; terms: BodyReference[]; facts: BodyReference[] };
  provenance: ProvenanceStep[];
}

/**
 * Bodies already read, so a body is parsed once however many steps read it
 * (loader, references, a page's evidence), and `check:content --watch` and
 * the tests, which check the same files again and again, parse only what
 * changed. The results are small; the cache is emptied when it grows large.
 */
const seen = new Map<string, BodyAnalysis>();
const SEEN_LIMIT = 10_000;

/** The analysis of a body; `cache` keeps it between runs (content-cache.ts). */
export function analyseBody(body: string, cache?: ContentCache): BodyAnalysis {
  const known = cache ? undefined : seen.get(body);
  if (known) return known;
  const found = cache ? cache.remember('mdx', body, parseAndCheck) : parseAndCheck(body);
  if (seen.size >= SEEN_LIMIT) seen.clear();
  seen.set(body, found);
  return found;
}

/** Where a problem is, as the checker prints it: `line 12 <script>`. */
export function bodyProblemField(p: BodyProblem): string {
  return [p.line ? `line ${p.line}` : '', p.what].filter(Boolean).join(' ');
}

/** The problems of one body; `lineOffset` is the number of lines before it in its file (the frontmatter). */
export function mdxBodyProblems(body: string, lineOffset = 0, cache?: ContentCache): BodyProblem[] {
  return analyseBody(body, cache).problems.map((p) => ({ ...p, line: p.line ? p.line + lineOffset : 0 }));
}

function parseAndCheck(body: string): BodyAnalysis {
  const references: BodyAnalysis['references'] = { metrics: [], terms: [], facts: [] };
  let tree: Node;
  try {
    tree = parseMdx(body);
  } catch (e) {
    const err = e as { line?: number; reason?: string; message: string };
    // The parser names places in the body alone ("(62:281-62:295)"); the line of the file is given instead.
    const reason = (err.reason ?? err.message).replace(/\s*\(\d+:\d+(-\d+:\d+)?\)/g, '');
    return { problems: [{ line: err.line ?? 0, what: '', message: `broken MDX: ${reason}`, broken: true }], references, provenance: [] };
  }
  const problems: BodyProblem[] = [];
  const lineOf = (node: Node) => node.position?.start.line ?? 0;
  const report = (node: Node, what: string, message: string) => problems.push({ line: lineOf(node), what, message });
  const allowed = Object.keys(MDX_COMPONENT_ATTRIBUTES).join(', ');
  const attribute = (el: JsxNode, name: string) => {
    const value = el.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)?.value;
    return typeof value === 'string' ? value : undefined;
  };

  const visit = (node: Node) => {
    switch (node.type) {
      case 'mdxjsEsm':
        report(node, 'import/export', 'import and export run as code and are not allowed in a text; the atlas’s components need no import');
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!COMMENT.test((node as unknown as { value: string }).value)) {
          report(node, '{…}', 'a {…} expression runs as code and is not allowed in a text; write the words, or use <Metric>, <Cite> or <Term> (a comment {/* … */} is fine)');
        }
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const el = node as JsxNode;
        const attributes = el.name ? MDX_COMPONENT_ATTRIBUTES[el.name] : undefined;
        if (!attributes) {
          report(node, `<${el.name ?? ''}>`, `only the atlas’s components may stand in a text (${allowed}); HTML elements and other components could run code or break the page`);
          return;
        }
        for (const a of el.attributes) {
          if (a.type === 'mdxJsxExpressionAttribute') report(node, `<${el.name}>`, 'a {…} attribute runs as code; give each attribute as name="value"');
          else if (!attributes.includes(a.name ?? '')) report(node, `<${el.name} ${a.name}>`, `<${el.name}> takes ${attributes.length ? attributes.map((x) => `${x}=""`).join(' and ') : 'no attributes'}`);
          else if (typeof a.value === 'object' && a.value !== null) report(node, `<${el.name} ${a.name}>`, `the value of ${a.name} is an expression, which runs as code; write ${a.name}="…"`);
        }
        const id = attribute(el, 'id');
        if (el.name === 'Metric' && id) references.metrics.push({ id, line: lineOf(node) });
        if (el.name === 'Term' && id) references.terms.push({ id, line: lineOf(node) });
        if (el.name === 'Cite') for (const f of idList(attribute(el, 'f'))) references.facts.push({ id: f, line: lineOf(node) });
        break;
      }
      case 'link':
      case 'image':
      case 'definition': {
        const url = (node as unknown as { url: string }).url;
        if (!isSafeUrl(url)) {
          report(node, node.type, `an address with the scheme "${urlScheme(url)}:" could run code or leave the web; link only to https:// or http:// addresses, mailto: or pages of the site`);
        }
        break;
      }
    }
    for (const child of (node as Parent).children ?? []) visit(child);
  };
  visit(tree);
  return { problems, references, provenance: provenanceSteps(tree) };
}
