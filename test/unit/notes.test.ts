/**
 * A page's notes: the claims of an MDX text (one per <Cite>, with the figures
 * it states), the remark plugin's numbering of them, and the NoteBook that
 * turns claims into numbered notes, each written out once.
 */
import { describe, expect, it } from 'vitest';
import { bodyClaims, collectClaims, CLAIM_ATTRIBUTE, LOOSE_ATTRIBUTE } from '~/lib/sources/claims';
import { parseMdx } from '~/lib/atlas/mdx-body';
import { attr, isJsx, type JsxNode } from '~/lib/atlas/provenance';
import { NoteBook, caveatOf } from '~/lib/sources/page-notes';
import type { Node, Parent } from 'unist';
import { realAtlas } from '../support/atlas';

const atlas = await realAtlas();

const BODY = `## Heading

The first statement<Cite f="F28" />. A figure, <Metric id="kt/centres-2010" />, and another <Metric id="kt/centres-2012" /><Cite f="F31" />. A trailing figure <Metric id="kt/centres-2010-first" />.

- A list item with two sources<Cite f="F31 F29" source="hankyung-2010-08-23" />

<Editorial>

The editors read <Metric id="kt/centres-2012" /> against <Metric id="korea/public-centres-2015" bare />.

</Editorial>
`;

/** Every JSX element of a name in a tree, in document order. */
function jsx(tree: Node, name: string): JsxNode[] {
  const out: JsxNode[] = [];
  const walk = (n: Node) => {
    if (isJsx(n) && n.name === name) out.push(n);
    for (const c of (n as Parent).children ?? []) walk(c);
  };
  walk(tree);
  return out;
}

describe('the claims of an MDX text', () => {
  it('closes a claim at each <Cite>, with the figures stated since the last one in its block; the rest of a block goes to its last <Cite>', () => {
    const { claims, loose } = bodyClaims(BODY);
    expect(claims).toEqual([
      { facts: ['F28'], sources: [], metrics: [] },
      { facts: ['F31'], sources: [], metrics: ['kt/centres-2010', 'kt/centres-2012', 'kt/centres-2010-first'] },
      { facts: ['F31', 'F29'], sources: ['hankyung-2010-08-23'], metrics: [] },
    ]);
    expect(loose).toEqual(['kt/centres-2012', 'korea/public-centres-2015']);
  });

  it('stamps each <Cite> with its claim and each loose <Metric> with its index, as the page numbered them', () => {
    const tree = parseMdx(BODY);
    const listed = collectClaims(tree, true);
    expect(jsx(tree, 'Cite').map((c) => attr(c, CLAIM_ATTRIBUTE))).toEqual(['0', '1', '2']);
    const stamped = jsx(tree, 'Metric').map((m) => attr(m, LOOSE_ATTRIBUTE));
    expect(stamped.filter((x) => x !== undefined)).toEqual(['0', '1']);
    expect(listed).toEqual(bodyClaims(BODY));
  });
});

describe('a page’s NoteBook', () => {
  it('numbers notes in reading order and gives claims citing the same things one note, with a way back to each marker', () => {
    const book = new NoteBook(atlas, 'en');
    const markers = book.addBody(bodyClaims(BODY));
    expect(markers.claims.map((m) => m.entry.n)).toEqual([1, 2, 3]);
    const again = book.add({ facts: ['F31'], sources: [], metrics: [] });
    expect(again.entry.n).toBe(2);
    expect(again.entry.backrefs).toEqual(['fnref-2', 'fnref-2-2']);
    expect(book.entries.map((e) => e.id)).toEqual(book.entries.map((_, i) => `fn-${i + 1}`));
  });

  it('writes each statement and each cross-check out once: a later note points to the earlier one', () => {
    const book = new NoteBook(atlas, 'ko');
    const first = book.add({ facts: ['F31'], sources: [], metrics: ['kt/centres-2010-first'] });
    const both = book.add({ facts: ['F31', 'F29'], sources: [], metrics: ['kt/centres-2010-first'] });
    const note = atlas.notes.get(atlas.metrics.get('kt/centres-2010-first')!.note!)!;
    expect(first.entry.checks.map((c) => c.id)).toEqual([note.id]);
    expect(both.entry.checks).toEqual([]);
    expect(both.entry.elsewhere).toEqual([expect.objectContaining({ n: 1, href: '#fn-1' })]);
    expect(both.entry.paper.find((p) => p.fact === 'F31')!.shownIn).toEqual({ n: 1, href: '#fn-1' });
    expect(both.entry.paper.find((p) => p.fact === 'F29')!.shownIn).toBeUndefined();
    expect(both.entry.paper.find((p) => p.fact === 'F29')!.statement).toBe(atlas.facts.get('F29')!.statement.ko);
    // A note whose cross-check found a difference says so on its markers.
    expect(caveatOf(first.entry)).toBe(note.status === 'agrees' ? undefined : note.status);
  });

  it('gives a loose figure a marker only where its cross-check qualifies it', () => {
    const book = new NoteBook(atlas, 'en');
    const qualified = [...atlas.metrics.values()].find((m) => m.note && atlas.notes.get(m.note)!.status !== 'agrees')!;
    const confirmed = [...atlas.metrics.values()].find((m) => m.note && atlas.notes.get(m.note)!.status === 'agrees')!;
    const plain = [...atlas.metrics.values()].find((m) => !m.note)!;
    expect(book.addLoose(qualified.id)?.entry.paper.map((p) => p.fact)).toEqual([qualified.fact]);
    expect(book.addLoose(confirmed.id)).toBeUndefined();
    expect(book.addLoose(plain.id)).toBeUndefined();
  });

  it('links each place to its section on the about page and names other sources', () => {
    const book = new NoteBook(atlas, 'en');
    const m = book.add({ facts: ['F31'], sources: ['hankyung-2010-08-23'], metrics: [] });
    expect(m.entry.paper[0]).toMatchObject({ section: '3.1', href: '/en/about/#s-3-1', refs: atlas.facts.get('F31')!.refs });
    expect(m.entry.sources[0]).toMatchObject({ id: 'hankyung-2010-08-23', href: '/en/about/#src-hankyung-2010-08-23' });
  });
});
