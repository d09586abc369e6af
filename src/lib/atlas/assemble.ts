/**
 * The last step: pairs the Korean and English texts of every case, policy,
 * topic and site page (a missing language is a problem), then assembles the
 * records in the order pages list them.
 */
import { LANGS, type Lang } from '~/schemas/common';
import type { Problem } from './problems';
import { collectionPath, COLLECTIONS, type CollectionName, type RawContent } from './collections';
import type { Declared } from './declared';
import type { ContentIndex } from './index-content';
import type { Atlas, Bilingual, CaseRecord, LocatedText, PolicyRecord, TopicRecord, PageRecord } from './types';

const LANG_NAME: Record<Lang, string> = { ko: 'Korean', en: 'English' };

type Paired<T> = Map<string, Omit<Bilingual<T>, 'id'>>;

interface Collection {
  /** The collection of the texts, and of their data files (null: texts only). */
  text: CollectionName;
  data: CollectionName | null;
}

/**
 * Pairs the Korean and English texts of each id and reports a missing one. A
 * text or data file set aside for a mistake of its own (`declared`) still
 * counts as there, so it is not reported a second time as missing.
 */
function pairTexts<T>(texts: LocatedText<T>[], ids: string[] | null, what: string, dir: string, declared: Declared, of: Collection, problems: Problem[]): Paired<T> {
  const byId = new Map<string, Partial<Record<Lang, LocatedText<T>>>>();
  for (const t of texts) byId.set(t.id, { ...byId.get(t.id), [t.lang]: t });
  const dataIds = ids && new Set(ids);
  const all = new Set([...(ids ?? []), ...byId.keys()]);
  const out: Paired<T> = new Map();
  for (const id of [...all].sort()) {
    const pair = byId.get(id) ?? {};
    const { ko, en } = pair;
    for (const lang of LANGS) {
      if (pair[lang] || declared.has(of.text, `${lang}/${id}`)) continue;
      const other = ko ?? en;
      problems.push({
        file: `${dir}/${lang}/${id}.mdx`,
        field: '',
        message: `missing ${LANG_NAME[lang]} text for ${what} "${id}"${other ? ` (${other.file} exists)` : ''}`,
      });
    }
    const orphan = dataIds !== null && !dataIds.has(id) && !(of.data && declared.has(of.data, id));
    const some = ko ?? en;
    if (orphan && some) problems.push({ file: some.file, field: '', message: `${what} "${id}" has text but no data file ${dir}/${id}.yaml` });
    if (ko && en && !orphan) {
      out.set(id, { text: { ko: ko.data, en: en.data }, bodies: { ko: ko.body, en: en.body }, files: { ko: ko.file, en: en.file } });
    }
  }
  return out;
}

export interface PairedTexts {
  cases: Paired<RawContent['caseText'][number]['data']>;
  policies: Paired<RawContent['policyText'][number]['data']>;
  topics: Paired<RawContent['topicText'][number]['data']>;
  pages: Paired<RawContent['pageText'][number]['data']>;
}

export function pairAllTexts(raw: RawContent, declared: Declared, problems: Problem[]): PairedTexts {
  return {
    cases: pairTexts(raw.caseText, raw.caseData.map((c) => c.id), 'case', collectionPath(COLLECTIONS.caseText), declared, { text: 'caseText', data: 'caseData' }, problems),
    policies: pairTexts(raw.policyText, raw.policyData.map((p) => p.id), 'policy', collectionPath(COLLECTIONS.policyText), declared, { text: 'policyText', data: 'policyData' }, problems),
    topics: pairTexts(raw.topicText, null, 'topic', collectionPath(COLLECTIONS.topicText), declared, { text: 'topicText', data: null }, problems),
    pages: pairTexts(raw.pageText, null, 'page', collectionPath(COLLECTIONS.pageText), declared, { text: 'pageText', data: null }, problems),
  };
}

/** Only called once every text is paired (no problems), so each data file has its texts. */
export function assembleAtlas(raw: RawContent, index: ContentIndex, texts: PairedTexts): Atlas {
  const withTexts = <D, T>(entries: { id: string; data: D; file: string }[], paired: Paired<T>) =>
    entries.flatMap(({ id, data, file }) => {
      const t = paired.get(id);
      return t ? [{ id, data, dataFile: file, ...t }] : [];
    });
  const cases: CaseRecord[] = withTexts(raw.caseData, texts.cases).sort((a, b) => a.id.localeCompare(b.id));
  const policies: PolicyRecord[] = withTexts(raw.policyData, texts.policies).sort(
    (a, b) => (a.data.date ?? '9999').localeCompare(b.data.date ?? '9999') || a.id.localeCompare(b.id),
  );
  const topics: TopicRecord[] = [...texts.topics.entries()].map(([id, t]) => ({ id, ...t })).sort((a, b) => a.text.en.order - b.text.en.order);
  const pages: PageRecord[] = [...texts.pages.entries()].map(([id, t]) => ({ id, ...t }));
  return { ...index, cases, policies, topics, pages, charts: raw.charts.map((c) => c.data) };
}
