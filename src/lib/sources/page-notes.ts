/**
 * The notes of one page, footnote style. Every claim on the page (a
 * statement with its `<Cite>`, a cell of the comparison, a row of a chart's
 * table) gets one marker; claims that cite the same things share one
 * numbered note, which lists every marker that leads to it. A note says in
 * words what the paper states there, with its section and reference numbers,
 * names any other source cited, and carries the cross-check notes of the
 * figures the claim states: each in full once, then "see note n".
 *
 * Pages build a NoteBook in order of reading, render each claim's marker and,
 * at the end, the entries. Pure apart from the book filling as claims arrive.
 */
import type { Lang } from '~/schemas/common';
import type { NoteStatus } from '~/schemas/reference';
import type { Atlas } from '~/lib/atlas/types';
import { anchors, langHref } from '~/lib/routes/paths';
import { sourceName } from './names';
import { noteNeedsMarker, noteView, type NoteView } from './notes';
import type { BodyClaims, Claim } from './claims';

/** What the paper states at one place: its section, its own references and the statement in words. */
export interface PaperPlace {
  fact: string;
  section: string;
  /** "3.1 Cases in Korea" */
  sectionName: string;
  refs: number[];
  statement: string;
  /** The section on the about page. */
  href: string;
  /** The earlier note that already gives this statement in full, if any: each statement is written out once a page. */
  shownIn?: { n: number; href: string };
}

export interface SourcePlace {
  id: string;
  name: string;
  locator: string | undefined;
  href: string;
}

export interface NoteEntry {
  /** 1-based, in order of first reference on the page. */
  n: number;
  /** Anchor of the note. */
  id: string;
  paper: PaperPlace[];
  sources: SourcePlace[];
  /** Cross-check notes shown in full in this note. */
  checks: NoteView[];
  /** Cross-check notes of this claim's figures shown in full in another note. */
  elsewhere: { n: number; href: string; note: NoteView }[];
  /** Anchors of the markers that lead here, in reading order: the note's way back. */
  backrefs: string[];
}

/** One marker on the page; its entry is complete once the page has added every claim. */
export interface Marker {
  /** Anchor of the marker itself. */
  id: string;
  entry: NoteEntry;
}

/** The markers of an MDX text's claims and loose figures, by the indices the remark plugin stamped (claims.ts). */
export interface BodyMarkers {
  claims: Marker[];
  loose: (Marker | undefined)[];
}

/** Statuses that qualify a figure, most serious first: a marker shows the first its note carries. */
const CAVEATS: readonly NoteStatus[] = ['typo', 'differs', 'partly', 'unverified'];

/** The most serious cross-check status a note carries other than a plain confirmation, if any. */
export function caveatOf(entry: NoteEntry): NoteStatus | undefined {
  const statuses = new Set([...entry.checks, ...entry.elsewhere.map((e) => e.note)].map((n) => n.status));
  return CAVEATS.find((s) => statuses.has(s));
}

export const noteAnchor = (n: number) => `fn-${n}`;

/** The paper's sections some facts stand in, in the paper's order, linked to the about page. */
export function paperSections(atlas: Atlas, factIds: readonly string[], lang: Lang): { section: string; name: string; href: string }[] {
  const sections = [...new Set(factIds.map((f) => atlas.facts.get(f)?.section ?? ''))].filter(Boolean).sort();
  return sections.map((s) => ({ section: s, name: atlas.sections.get(s)?.title[lang] ?? s, href: `${langHref(lang, 'about/')}#${anchors.section(s)}` }));
}
const markerAnchor = (n: number, occurrence: number) => (occurrence === 1 ? `fnref-${n}` : `fnref-${n}-${occurrence}`);

export class NoteBook {
  private readonly byKey = new Map<string, NoteEntry>();
  /** Where each cross-check note is shown in full. */
  private readonly checkShownIn = new Map<string, NoteEntry>();
  /** Where each statement of the paper is written out. */
  private readonly factShownIn = new Map<string, NoteEntry>();

  constructor(
    private readonly atlas: Atlas,
    private readonly lang: Lang,
    /** Put before every anchor, where one page holds several books (the comparison: one per case). */
    private readonly anchorPrefix = '',
  ) {}

  get entries(): NoteEntry[] {
    return [...this.byKey.values()];
  }

  /** The marker of one claim: a new note, or the note of an earlier claim citing the same things. */
  add(claim: Claim): Marker {
    const facts = [...new Set(claim.facts)].sort();
    const sources = [...new Set(claim.sources)].sort();
    const key = `${facts.join(' ')}|${sources.join(' ')}`;
    let entry = this.byKey.get(key);
    if (!entry) {
      const n = this.byKey.size + 1;
      entry = { n, id: this.anchorPrefix + noteAnchor(n), paper: facts.map((f) => this.place(f)), sources: sources.map((s) => this.source(s)), checks: [], elsewhere: [], backrefs: [] };
      for (const place of entry.paper) {
        const shown = this.factShownIn.get(place.fact);
        if (shown) place.shownIn = { n: shown.n, href: `#${shown.id}` };
        else this.factShownIn.set(place.fact, entry);
      }
      this.byKey.set(key, entry);
    }
    for (const id of claim.metrics) this.attachCheck(entry, this.atlas.metrics.get(id)?.note);
    const id = this.anchorPrefix + markerAnchor(entry.n, entry.backrefs.length + 1);
    entry.backrefs.push(id);
    return { id, entry };
  }

  /**
   * The marker of a figure outside any claim (in the editors' reading): only
   * where its cross-check qualifies it, leading to the paper's statement of it.
   */
  addLoose(metricId: string): Marker | undefined {
    const metric = this.atlas.metrics.get(metricId);
    const note = metric?.note ? this.atlas.notes.get(metric.note) : undefined;
    if (!metric || !note || !noteNeedsMarker(note)) return undefined;
    return this.add({ facts: [metric.fact], sources: [], metrics: [metricId] });
  }

  /** The markers of an MDX body's claims and loose figures, by their indices (claims.ts). */
  addBody(body: BodyClaims): BodyMarkers {
    return { claims: body.claims.map((c) => this.add(c)), loose: body.loose.map((m) => this.addLoose(m)) };
  }

  private attachCheck(entry: NoteEntry, noteId: string | undefined) {
    const note = noteId ? this.atlas.notes.get(noteId) : undefined;
    if (!note) return;
    const shownIn = this.checkShownIn.get(note.id);
    if (shownIn === entry) return;
    const view = noteView(this.atlas, note, this.lang);
    if (!shownIn) {
      entry.checks.push(view);
      this.checkShownIn.set(note.id, entry);
    } else if (!entry.elsewhere.some((e) => e.note.id === note.id)) {
      entry.elsewhere.push({ n: shownIn.n, href: `#${shownIn.id}`, note: view });
    }
  }

  private place(factId: string): PaperPlace {
    const fact = this.atlas.facts.get(factId);
    if (!fact) throw new Error(`unknown fact "${factId}"`);
    return {
      fact: fact.id,
      section: fact.section,
      sectionName: this.atlas.sections.get(fact.section)?.title[this.lang] ?? fact.section,
      refs: fact.refs,
      statement: fact.statement[this.lang],
      href: `${langHref(this.lang, 'about/')}#${anchors.section(fact.section)}`,
    };
  }

  private source(id: string): SourcePlace {
    const s = this.atlas.sources.get(id);
    if (!s) throw new Error(`unknown source "${id}"`);
    return {
      id,
      name: sourceName(s, this.lang),
      locator: s.kind !== 'paper' && s.kind !== 'paper-ref' ? s.locator?.[this.lang] : undefined,
      href: `${langHref(this.lang, 'about/')}#${anchors.source(id)}`,
    };
  }
}
