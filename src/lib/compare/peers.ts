/**
 * "Compare with…" on a case page: the case and one of its nearest peers, on
 * the case's own compare page (which shows the case with all its peers
 * without JavaScript, and the pair the link names with it).
 */
import type { Lang } from '~/schemas/common';
import type { Atlas, CaseRecord } from '~/lib/atlas/types';
import { nearestPeers } from '~/lib/records/summaries';
import { langHref } from '~/lib/routes/paths';
import { t } from '~/i18n';
import { choiceSearch } from './choice';
import { fill } from '~/lib/format/fill';

export function peerLinks(atlas: Atlas, self: CaseRecord, lang: Lang): { href: string; label: string }[] {
  // The URL lists the cases in the compare table's order, as the compare page writes it.
  const order = atlas.cases.map((c) => c.id);
  const pairSearch = (peer: string) => choiceSearch(order.filter((x) => x === self.id || x === peer));
  return nearestPeers(atlas, self.id).map((p) => ({
    href: `${langHref(lang, `compare/${self.id}/`)}${pairSearch(p.id)}`,
    label: fill(t(lang).compare.peerLink, { a: self.text[lang].title, b: p.text[lang].title }),
  }));
}
