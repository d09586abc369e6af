/** How editorial notes from the cross-check reach readers. */
import type { Note } from '~/schemas/reference';

/**
 * Whether a figure's note must be flagged beside the figure (※): every note
 * except one that simply confirms the paper.
 */
export function noteNeedsMarker(note: Note): boolean {
  return note.status !== 'agrees';
}
