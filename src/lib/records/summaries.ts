/**
 * Short, language-specific views of cases and policies for cards, the case
 * index, the comparison and the data files. Pure: takes the atlas, returns data.
 */
import type { Lang } from '~/schemas/common';
import { t } from '~/i18n';
import type { Atlas, CaseRecord, OwnedMetric, PolicyRecord } from '~/lib/atlas/types';
import type { Fact } from '~/schemas/reference';
import { formatFigure } from '~/lib/format/numbers';
import { factsOf } from '~/lib/sources/cite';
import { metricNote, type NoteView } from '~/lib/sources/notes';

const flaggedNote = (note: NoteView | undefined) => (note?.flagged ? note : undefined);

export interface CaseSummary {
  id: string;
  title: string;
  summary: string;
  country: string;
  countryCode: string;
  sector: string;
  sectorCode: string;
  /** Korea or abroad, for the index filter. */
  domestic: boolean;
  startYear: number | undefined;
  forms: { code: string; label: string }[];
  /** `note`: the figure's editorial note where readers must see it flagged (status other than "agrees"). */
  headline: { metric: OwnedMetric; text: string; measure: string; source: Fact; note: NoteView | undefined } | undefined;
}

export function caseSummary(atlas: Atlas, rec: CaseRecord, lang: Lang): CaseSummary {
  const d = t(lang);
  const head = rec.data.headline ? atlas.metrics.get(rec.data.headline) : undefined;
  return {
    id: rec.id,
    title: rec.text[lang].title,
    summary: rec.text[lang].summary,
    country: d.countries[rec.data.country],
    countryCode: rec.data.country,
    sector: d.sectors[rec.data.sector],
    sectorCode: rec.data.sector,
    domestic: rec.data.country === 'KR',
    startYear: rec.data.startYear,
    forms: rec.data.forms.map((f) => ({ code: f, label: d.forms[f] })),
    headline: head && {
      metric: head,
      text: formatFigure(head, lang),
      measure: head.measure[lang],
      source: factsOf(atlas, [head.fact])[0]!,
      note: flaggedNote(metricNote(atlas, head.note, lang)),
    },
  };
}

export function caseSummaries(atlas: Atlas, lang: Lang): CaseSummary[] {
  return atlas.cases.map((c) => caseSummary(atlas, c, lang));
}

/** Cases of the same sector or country, nearest first: both, then country, then sector. */
export function nearestPeers(atlas: Atlas, id: string, limit = 3): CaseRecord[] {
  const self = atlas.cases.find((c) => c.id === id);
  if (!self) return [];
  const score = (c: CaseRecord) =>
    (c.data.country === self.data.country ? 2 : 0) + (c.data.sector === self.data.sector ? 1 : 0);
  return atlas.cases
    .filter((c) => c.id !== id && score(c) > 0)
    .sort((a, b) => score(b) - score(a) || a.id.localeCompare(b.id))
    .slice(0, limit);
}

/** Cases that name a policy. */
export function casesOfPolicy(atlas: Atlas, policy: PolicyRecord): CaseRecord[] {
  return atlas.cases.filter((c) => c.data.policies.includes(policy.id));
}

/** The policies a case names, for links on its page. */
export function policiesOfCase(atlas: Atlas, rec: CaseRecord): PolicyRecord[] {
  return rec.data.policies.flatMap((id) => atlas.policies.filter((p) => p.id === id));
}
