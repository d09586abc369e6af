/** How editorial notes from the cross-check reach readers. */
import type { Lang } from '~/schemas/common';
import type { Note, NoteStatus } from '~/schemas/reference';
import type { Atlas } from '~/lib/atlas/types';
import { anchors, langHref } from '~/lib/routes/paths';
import { t } from '~/i18n';
import { sourceName } from './names';

/**
 * Whether a figure's note must be flagged beside the figure (※): every note
 * except one that simply confirms the paper.
 */
export function noteNeedsMarker(note: Note): boolean {
  return note.status !== 'agrees';
}

/** A note as a page shows it: its status in words, its text and the public sources it cites, linked. */
export interface NoteView {
  id: string;
  status: NoteStatus;
  /** The status in the page's language. */
  label: string;
  text: string;
  facts: string[];
  flagged: boolean;
  sources: { id: string; name: string; href: string }[];
}

export function noteView(atlas: Atlas, note: Note, lang: Lang): NoteView {
  return {
    id: note.id,
    status: note.status,
    label: t(lang).noteStatus[note.status],
    text: note.text[lang],
    facts: note.facts,
    flagged: noteNeedsMarker(note),
    sources: note.sources.flatMap((id) => {
      const s = atlas.sources.get(id);
      return s ? [{ id, name: sourceName(s, lang), href: `${langHref(lang, 'about/')}#${anchors.source(id)}` }] : [];
    }),
  };
}

/** The note of a metric, if it has one. */
export function metricNote(atlas: Atlas, noteId: string | undefined, lang: Lang): NoteView | undefined {
  const note = noteId ? atlas.notes.get(noteId) : undefined;
  return note && noteView(atlas, note, lang);
}
