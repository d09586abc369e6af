/**
 * The claims of an MDX text: each `<Cite>` closes one claim, made of what it
 * cites (facts of the paper, other sources) and the figures (`<Metric>`)
 * stated since the previous `<Cite>` of the same paragraph, list item, table
 * cell or heading. Figures after the last `<Cite>` of their block belong to
 * that citation; figures in a block without one (the editors' reading) are
 * "loose". A page numbers its notes from these claims (page-notes.ts).
 *
 * The same walk runs twice and must agree: on a page's body, to list its
 * claims before the page renders, and as a remark plugin in the MDX pipeline,
 * which stamps each `<Cite>` with its claim's index and each loose `<Metric>`
 * with its own, so the rendered marker finds its note.
 *
 * Imported by astro.config.mjs, before the `~/` alias exists: relative imports only.
 */
import type { Node, Parent } from 'unist';
import { parseMdx } from '../atlas/mdx-body';
import { attr, idList, isJsx, type JsxNode } from '../atlas/provenance';

export interface Claim {
  /** Facts of the paper, in the order written. */
  facts: string[];
  /** Other public sources (content/sources.yaml). */
  sources: string[];
  /** The figures the claim states, which carry the claim's editorial notes. */
  metrics: string[];
}

export interface BodyClaims {
  claims: Claim[];
  /** Figures outside any claim, in document order, by metric id. */
  loose: string[];
}

/** The attribute a `<Cite>` gets: the index of its claim in `claims`. */
export const CLAIM_ATTRIBUTE = 'claim';
/** The attribute a loose `<Metric>` gets: its index in `loose`. */
export const LOOSE_ATTRIBUTE = 'loose';

const BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);

function setAttr(node: JsxNode, name: string, value: string) {
  node.attributes = [...node.attributes.filter((a) => a.name !== name), { type: 'mdxJsxAttribute', name, value }];
}

/** Walks a parsed MDX body in document order; with `stamp`, marks the nodes as described above. */
export function collectClaims(tree: Node, stamp = false): BodyClaims {
  const claims: Claim[] = [];
  const loose: string[] = [];

  const inBlock = (block: Node) => {
    const cites: JsxNode[] = [];
    const pending: JsxNode[] = [];
    const visit = (node: Node) => {
      for (const child of (node as Parent).children ?? []) {
        if (isJsx(child) && child.name === 'Cite') {
          const claim: Claim = { facts: idList(attr(child, 'f')), sources: idList(attr(child, 'source')), metrics: pending.splice(0).map((m) => attr(m, 'id') ?? '') };
          if (stamp) setAttr(child, CLAIM_ATTRIBUTE, String(claims.length));
          claims.push(claim);
          cites.push(child);
        } else if (isJsx(child) && child.name === 'Metric') {
          pending.push(child);
        } else visit(child);
      }
    };
    visit(block);
    if (pending.length === 0) return;
    const ids = pending.map((m) => attr(m, 'id') ?? '');
    if (cites.length > 0) claims[claims.length - 1]!.metrics.push(...ids);
    else
      for (const m of pending) {
        if (stamp) setAttr(m, LOOSE_ATTRIBUTE, String(loose.length));
        loose.push(attr(m, 'id') ?? '');
      }
  };

  const walk = (node: Node) => {
    if (BLOCKS.has(node.type)) inBlock(node);
    else for (const child of (node as Parent).children ?? []) walk(child);
  };
  walk(tree);
  return { claims, loose };
}

/** The claims of an MDX body, as the page will render them. */
export function bodyClaims(body: string): BodyClaims {
  return collectClaims(parseMdx(body));
}

/** The remark plugin (astro.config.mjs): stamps `<Cite>` and loose `<Metric>` nodes with their indices. */
export function remarkClaims() {
  return (tree: Node) => {
    collectClaims(tree, true);
  };
}
