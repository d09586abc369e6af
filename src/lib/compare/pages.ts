/**
 * What the compare pages show: the columns each is built with, the chooser's
 * list and the sources row's sections. The main page is built with the
 * default pair; each case has a page of its own with its nearest peers (the
 * target of "Compare with…" and the place the chooser reads a column from),
 * so no page grows with the number of cases but the chooser's list.
 */
import type { Lang } from '~/schemas/common';
import type { Atlas } from '~/lib/atlas/types';
import { nearestPeers } from '~/lib/records/summaries';
import { paperSections } from '~/lib/sources/page-notes';
import { groupByCountry } from '~/lib/records/by-country';
import { caseFacts } from './rows';
import { defaultChoice } from './choice';

/** The main compare page's columns. */
export function mainColumns(atlas: Atlas): string[] {
  return defaultChoice(atlas.cases.map((c) => c.id));
}

/** A case's compare page: the case and its nearest peers, in the table's order. */
export function peerColumns(atlas: Atlas, id: string): string[] {
  const peers = new Set(nearestPeers(atlas, id).map((p) => p.id));
  return atlas.cases.map((c) => c.id).filter((x) => x === id || peers.has(x));
}

/** Every case for the chooser, grouped by country, countries and cases in the reader's alphabetical order. */
export function chooserGroups(atlas: Atlas, lang: Lang): { label: string; cases: { id: string; title: string }[] }[] {
  return groupByCountry(atlas.cases, lang);
}

/** The paper's sections each of these cases draws on, for the sources row. */
export function columnSections(atlas: Atlas, ids: readonly string[], lang: Lang): Record<string, { name: string; href: string }[]> {
  return Object.fromEntries(ids.map((id) => [id, paperSections(atlas, caseFacts(atlas.cases.find((c) => c.id === id)!, lang), lang)]));
}
