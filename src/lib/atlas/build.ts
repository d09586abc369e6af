/**
 * Turns validated content into the atlas every page reads, and checks what a
 * schema cannot: that every reference between files points at something real,
 * and that each case, policy and topic exists in both languages. It is pure, so
 * the Astro build, the content checker and the tests share it.
 */
import { LANGS, type Lang } from '~/schemas/common';
import type { CaseData, CaseText } from '~/schemas/case';
import type { Metric, TimelineEvent } from '~/schemas/metric';
import type { PolicyData, PolicyText } from '~/schemas/policy';
import type { PageText, TopicText } from '~/schemas/topic';
import type { Fact, GlossaryTerm, Note, Source } from '~/schemas/reference';
import { ContentError, type Problem } from './problems';

export interface Located<T> {
  data: T;
  /** Path from the repository root. */
  file: string;
}
export interface LocatedEntry<T> extends Located<T> {
  id: string;
}
export interface LocatedText<T> extends LocatedEntry<T> {
  lang: Lang;
  /** The MDX body, scanned for component references. */
  body: string;
}

export interface RawContent {
  facts: Located<Fact>[];
  glossary: Located<GlossaryTerm>[];
  sources: Located<Source>[];
  notes: Located<Note>[];
  caseData: LocatedEntry<CaseData>[];
  caseText: LocatedText<CaseText>[];
  policyData: LocatedEntry<PolicyData>[];
  policyText: LocatedText<PolicyText>[];
  topicText: LocatedText<TopicText>[];
  pageText: LocatedText<PageText>[];
}

export type OwnerKind = 'case' | 'policy';
export interface OwnedMetric extends Metric {
  owner: { kind: OwnerKind; id: string };
}
export interface OwnedEvent extends TimelineEvent {
  owner: { kind: OwnerKind; id: string };
}

interface Bilingual<T> {
  id: string;
  text: Record<Lang, T>;
  /** MDX bodies, for the figures and terms a page uses. */
  bodies: Record<Lang, string>;
  files: Record<Lang, string>;
}
export interface CaseRecord extends Bilingual<CaseText> {
  data: CaseData;
  dataFile: string;
}
export interface PolicyRecord extends Bilingual<PolicyText> {
  data: PolicyData;
  dataFile: string;
}
export type TopicRecord = Bilingual<TopicText>;
export type PageRecord = Bilingual<PageText>;

export interface Atlas {
  facts: Map<string, Fact>;
  glossary: Map<string, GlossaryTerm>;
  sources: Map<string, Source>;
  notes: Map<string, Note>;
  metrics: Map<string, OwnedMetric>;
  cases: CaseRecord[];
  policies: PolicyRecord[];
  topics: TopicRecord[];
  pages: PageRecord[];
}

const LANG_NAME: Record<Lang, string> = { ko: 'Korean', en: 'English' };
/** Below this a body is an unfinished scaffold, not a page. */
const MIN_TEXT = 200;

/** Indexes entries by id, reporting duplicates. */
function indexById<T extends { id: string }>(items: Located<T>[], what: string, problems: Problem[]): Map<string, T> {
  const map = new Map<string, T>();
  const seen = new Map<string, string>();
  items.forEach(({ data, file }, i) => {
    const first = seen.get(data.id);
    if (first !== undefined) problems.push({ file, field: `[${i}].id`, message: `duplicate ${what} id "${data.id}" (first defined in ${first})` });
    else {
      seen.set(data.id, file);
      map.set(data.id, data);
    }
  });
  return map;
}

/** Pairs the Korean and English texts of each id and reports a missing one. */
function pairTexts<T>(
  texts: LocatedText<T>[],
  ids: string[] | null,
  what: string,
  dir: string,
  problems: Problem[],
): Map<string, Omit<Bilingual<T>, 'id'>> {
  const byId = new Map<string, Partial<Record<Lang, LocatedText<T>>>>();
  for (const t of texts) byId.set(t.id, { ...byId.get(t.id), [t.lang]: t });
  const all = new Set([...(ids ?? []), ...byId.keys()]);
  const out = new Map<string, Omit<Bilingual<T>, 'id'>>();
  for (const id of [...all].sort()) {
    const pair = byId.get(id) ?? {};
    let complete = true;
    for (const lang of LANGS) {
      if (!pair[lang]) {
        complete = false;
        const other = LANGS.find((l) => pair[l]);
        problems.push({
          file: `${dir}/${lang}/${id}.mdx`,
          field: '',
          message: `missing ${LANG_NAME[lang]} text for ${what} "${id}"${other ? ` (${pair[other]!.file} exists)` : ''}`,
        });
      }
    }
    if (ids && !ids.includes(id)) {
      complete = false;
      problems.push({ file: pair.ko?.file ?? pair.en!.file, field: '', message: `${what} "${id}" has text but no data file ${dir}/${id}.yaml` });
    }
    if (complete) {
      out.set(id, {
        text: { ko: pair.ko!.data, en: pair.en!.data },
        bodies: { ko: pair.ko!.body, en: pair.en!.body },
        files: { ko: pair.ko!.file, en: pair.en!.file },
      });
    }
  }
  return out;
}

/** The ids an MDX body refers to through <Metric id>, <Term id> and <Cite f>. */
export function bodyReferences(body: string): { metrics: string[]; terms: string[]; facts: string[] } {
  const all = (re: RegExp) => [...body.matchAll(re)].map((m) => m[1]!);
  return {
    metrics: all(/<Metric\s[^>]*?\bid="([^"]+)"/g),
    terms: all(/<Term\s[^>]*?\bid="([^"]+)"/g),
    facts: all(/<Cite\s[^>]*?\bf="([^"]+)"/g),
  };
}

function known(ids: Iterable<string>): string {
  const list = [...ids];
  return list.length > 12 ? `${list.slice(0, 12).join(', ')}, …` : list.join(', ');
}

export function buildAtlas(raw: RawContent): Atlas {
  const problems: Problem[] = [];
  const facts = indexById(raw.facts, 'fact', problems);
  const glossary = indexById(raw.glossary, 'glossary term', problems);
  const sources = indexById(raw.sources, 'source', problems);
  const notes = indexById(raw.notes, 'note', problems);

  const check = (ok: boolean, file: string, field: string, message: string) => {
    if (!ok) problems.push({ file, field, message });
  };
  const checkFacts = (ids: readonly string[], file: string, field: string) =>
    ids.forEach((f, i) => check(facts.has(f), file, `${field}[${i}]`, `unknown fact "${f}" (content/facts.yaml lists F01–F51)`));
  const checkTerms = (ids: readonly string[], file: string, field: string) =>
    ids.forEach((g, i) => check(glossary.has(g), file, `${field}[${i}]`, `unknown glossary term "${g}" (known: ${known(glossary.keys())})`));

  for (const { data, file } of raw.facts) {
    if (data.credit) check(sources.has(data.credit), file, `${data.id}.credit`, `unknown source "${data.credit}"`);
  }
  for (const { data, file } of raw.glossary) {
    checkFacts(data.facts, file, `${data.id}.facts`);
    checkTerms(data.related, file, `${data.id}.related`);
  }
  for (const { data, file } of raw.notes) {
    checkFacts(data.facts, file, `${data.id}.facts`);
    data.sources.forEach((s, i) => check(sources.has(s), file, `${data.id}.sources[${i}]`, `unknown source "${s}" (see content/sources.yaml)`));
  }

  // Metrics are owned by the case or policy whose file holds them.
  const metrics = new Map<string, OwnedMetric>();
  const owners: { kind: OwnerKind; entries: LocatedEntry<CaseData | PolicyData>[] }[] = [
    { kind: 'case', entries: raw.caseData },
    { kind: 'policy', entries: raw.policyData },
  ];
  for (const { kind, entries } of owners) {
    for (const { id, data, file } of entries) {
      data.metrics.forEach((m, i) => {
        const field = `metrics[${i}]`;
        const prefix = m.id.split('/')[0];
        const ownsPrefix = prefix === id || (kind === 'policy' && !raw.caseData.some((c) => c.id === prefix));
        check(ownsPrefix, file, `${field}.id`, `metric id "${m.id}" must start with "${id}/"`);
        if (metrics.has(m.id)) problems.push({ file, field: `${field}.id`, message: `duplicate metric id "${m.id}"` });
        metrics.set(m.id, { ...m, owner: { kind, id } });
        check(facts.has(m.fact), file, `${field}.fact`, `unknown fact "${m.fact}"`);
        if (m.note) check(notes.has(m.note), file, `${field}.note`, `unknown note "${m.note}" (known: ${known(notes.keys())})`);
      });
    }
  }
  for (const { kind, entries } of owners) {
    for (const { data, file } of entries) {
      checkFacts(data.facts, file, 'facts');
      checkTerms(data.glossary, file, 'glossary');
      data.events.forEach((e, i) => {
        if (e.metric) check(metrics.has(e.metric), file, `events[${i}].metric`, `unknown metric "${e.metric}"`);
      });
      if (kind === 'case') {
        const c = data as CaseData;
        c.policies.forEach((p, i) =>
          check(raw.policyData.some((d) => d.id === p), file, `policies[${i}]`, `unknown policy "${p}" (known: ${known(raw.policyData.map((d) => d.id))})`),
        );
        if (c.headline) check(data.metrics.some((m) => m.id === c.headline), file, 'headline', `headline "${c.headline}" is not one of this case's metrics`);
      }
    }
  }

  const checkBody = (t: LocatedText<unknown>) => {
    const prose = t.body.replace(/\{\/\*[\s\S]*?\*\/\}/g, '').replace(/^#+ .*$/gm, '').trim();
    check(prose.length >= MIN_TEXT, t.file, 'body', `the text has ${prose.length} characters of prose; a page needs at least ${MIN_TEXT}`);
    const refs = bodyReferences(t.body);
    refs.metrics.forEach((m) => check(metrics.has(m), t.file, `<Metric id="${m}">`, `unknown metric "${m}"`));
    refs.terms.forEach((g) => check(glossary.has(g), t.file, `<Term id="${g}">`, `unknown glossary term "${g}"`));
    refs.facts.forEach((f) => check(facts.has(f), t.file, `<Cite f="${f}">`, `unknown fact "${f}"`));
  };
  for (const t of raw.caseText) {
    checkBody(t);
    for (const [key, cell] of Object.entries(t.data.compare)) if (cell) checkFacts(cell.facts, t.file, `compare.${key}.facts`);
  }
  raw.policyText.forEach(checkBody);
  raw.pageText.forEach(checkBody);
  for (const t of raw.topicText) {
    checkBody(t);
    checkFacts(t.data.facts, t.file, 'facts');
    checkTerms(t.data.glossary, t.file, 'glossary');
  }

  const caseTexts = pairTexts(raw.caseText, raw.caseData.map((c) => c.id), 'case', 'content/cases', problems);
  const policyTexts = pairTexts(raw.policyText, raw.policyData.map((p) => p.id), 'policy', 'content/policies', problems);
  const topicTexts = pairTexts(raw.topicText, null, 'topic', 'content/topics', problems);
  const pageTexts = pairTexts(raw.pageText, null, 'page', 'content/pages', problems);

  if (problems.length) throw new ContentError(problems);

  const cases: CaseRecord[] = raw.caseData
    .map(({ id, data, file }) => ({ id, data, dataFile: file, ...caseTexts.get(id)! }))
    .sort((a, b) => a.id.localeCompare(b.id));
  const policies: PolicyRecord[] = raw.policyData
    .map(({ id, data, file }) => ({ id, data, dataFile: file, ...policyTexts.get(id)! }))
    .sort((a, b) => (a.data.date ?? '9999').localeCompare(b.data.date ?? '9999') || a.id.localeCompare(b.id));
  const topics: TopicRecord[] = [...topicTexts.entries()]
    .map(([id, t]) => ({ id, ...t }))
    .sort((a, b) => a.text.en.order - b.text.en.order);

  const pages: PageRecord[] = [...pageTexts.entries()].map(([id, t]) => ({ id, ...t }));

  return { facts, glossary, sources, notes, metrics, cases, policies, topics, pages };
}
