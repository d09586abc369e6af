/**
 * The second step: what a schema cannot check. Every reference between files
 * must point at something real: sections, facts, glossary terms, sources,
 * notes, bases, owners, policies, metrics (also inside MDX bodies), and a
 * case's headline must be one of its own metrics. Charts are checked in
 * check-charts.ts.
 */
import type { CaseData } from '~/schemas/case';
import type { PolicyData } from '~/schemas/policy';
import type { Problem } from './problems';
import type { RawContent } from './collections';
import type { ContentIndex } from './index-content';
import { metricOwners } from './index-content';
import { analyseBody } from './mdx-body';
import { provenanceProblems } from './provenance';
import type { Declared } from './declared';
import type { LocatedText } from './types';
import { LANGS, type Lang } from '~/schemas/common';
import { termsOfWord, wordKey, wordsOf } from '~/lib/search/words';
import { variantKey } from '~/lib/search/synonyms';

/** Below this a body is an unfinished scaffold, not a page. */
const MIN_TEXT = 200;

export function known(ids: Iterable<string>): string {
  const list = [...ids];
  return list.length > 12 ? `${list.slice(0, 12).join(', ')}, …` : list.join(', ');
}

/**
 * Whether an id exists: in the index, or declared by an entry set aside for a
 * mistake of its own (declared.ts), which is reported once, where it is.
 */
export interface Refs {
  fact(id: string): boolean;
  term(id: string): boolean;
  source(id: string): boolean;
  note(id: string): boolean;
  section(id: string): boolean;
  base(id: string): boolean;
  owner(id: string): boolean;
  metric(id: string): boolean;
  case(id: string): boolean;
  policy(id: string): boolean;
}

export function referenceTable(raw: RawContent, index: ContentIndex, declared: Declared): Refs {
  const caseIds = new Set(raw.caseData.map((c) => c.id));
  const policyIds = new Set(raw.policyData.map((p) => p.id));
  return {
    fact: (id) => index.facts.has(id) || declared.has('facts', id),
    term: (id) => index.glossary.has(id) || declared.has('glossary', id),
    source: (id) => index.sources.has(id) || declared.has('sources', id),
    note: (id) => index.notes.has(id) || declared.has('notes', id),
    section: (id) => index.sections.has(id) || declared.has('sections', id),
    base: (id) => index.bases.has(id) || declared.has('bases', id),
    owner: (id) => index.owners.has(id) || declared.has('owners', id),
    metric: (id) => index.metrics.has(id) || declared.metric(id),
    case: (id) => caseIds.has(id) || declared.has('caseData', id),
    policy: (id) => policyIds.has(id) || declared.has('policyData', id),
  };
}

export function checkReferences(raw: RawContent, index: ContentIndex, refs: Refs, problems: Problem[]): void {
  const { glossary, sources, notes, metrics, sections, bases, owners } = index;
  const check = (ok: boolean, file: string, field: string, message: string) => {
    if (!ok) problems.push({ file, field, message });
  };
  const checkFacts = (ids: readonly string[], file: string, field: string) =>
    ids.forEach((f, i) => check(refs.fact(f), file, `${field}[${i}]`, `unknown fact "${f}" (content/facts.yaml lists F01–F51)`));
  const checkTerms = (ids: readonly string[], file: string, field: string) =>
    ids.forEach((g, i) => check(refs.term(g), file, `${field}[${i}]`, `unknown glossary term "${g}" (known: ${known(glossary.keys())})`));

  for (const { data, file } of raw.facts) {
    check(refs.section(data.section), file, `${data.id}.section`, `unknown section "${data.section}" of the paper (content/sections.yaml lists: ${known(sections.keys())})`);
    if (data.credit) check(refs.source(data.credit), file, `${data.id}.credit`, `unknown source "${data.credit}"`);
  }
  for (const { data, file } of raw.glossary) {
    checkFacts(data.facts, file, `${data.id}.facts`);
    checkTerms(data.related, file, `${data.id}.related`);
  }
  for (const { data, file } of raw.notes) {
    checkFacts(data.facts, file, `${data.id}.facts`);
    data.sources.forEach((s, i) => check(refs.source(s), file, `${data.id}.sources[${i}]`, `unknown source "${s}" (see content/sources.yaml)`));
  }

  const caseIds = new Set(raw.caseData.map((c) => c.id));
  const policyIds = raw.policyData.map((d) => d.id);
  for (const { kind, entries } of metricOwners(raw)) {
    for (const { id, data, file } of entries) {
      data.metrics.forEach((m, i) => {
        const field = `metrics[${i}]`;
        const prefix = m.id.split('/')[0] ?? '';
        // A policy may own metrics under a short prefix (kcc/…, national/…), but never under a case's id.
        const ownsPrefix = prefix === id || (kind === 'policy' && !caseIds.has(prefix));
        check(ownsPrefix, file, `${field}.id`, `metric id "${m.id}" must start with "${id}/"`);
        check(refs.fact(m.fact), file, `${field}.fact`, `unknown fact "${m.fact}"`);
        check(refs.base(m.base), file, `${field}.base`, `unknown base "${m.base}": what the figure is a share or count of must be an id of content/bases.yaml; add it there if it is new (known: ${known(bases.keys())})`);
        if (m.note) check(refs.note(m.note), file, `${field}.note`, `unknown note "${m.note}" (known: ${known(notes.keys())})`);
      });
      checkFacts(data.facts, file, 'facts');
      checkTerms(data.glossary, file, 'glossary');
      data.events.forEach((e, i) => {
        if (e.metric) check(refs.metric(e.metric), file, `events[${i}].metric`, `unknown metric "${e.metric}"`);
      });
      if (kind === 'case') {
        const c = data as CaseData;
        c.policies.forEach((p, i) => check(refs.policy(p), file, `policies[${i}]`, `unknown policy "${p}" (known: ${known(policyIds)})`));
        if (c.headline) check(data.metrics.some((m) => m.id === c.headline), file, 'headline', `headline "${c.headline}" is not one of this case's metrics`);
      } else {
        (data as PolicyData).owners.forEach((o, i) =>
          check(refs.owner(o), file, `owners[${i}]`, `unknown owner "${o}": the bodies that own policies are listed, with their names, in content/owners.yaml; add it there if it is new (known: ${known(owners.keys())})`),
        );
      }
    }
  }

  /** `provenance`: the statements are checked too (checkStatements), which names unknown facts with their line. */
  const checkBody = (t: LocatedText<unknown>, provenance = true) => {
    const prose = t.body.replace(/\{\/\*[\s\S]*?\*\/\}/g, '').replace(/^#+ .*$/gm, '').trim();
    check(prose.length >= MIN_TEXT, t.file, 'body', `the text has ${prose.length} characters of prose; a page needs at least ${MIN_TEXT}`);
    const used = analyseBody(t.body).references;
    const at = (line: number) => `line ${line + t.bodyLine}`;
    used.metrics.forEach((m) => check(refs.metric(m.id), t.file, `${at(m.line)} <Metric id="${m.id}">`, `unknown metric "${m.id}"`));
    used.terms.forEach((g) => check(refs.term(g.id), t.file, `${at(g.line)} <Term id="${g.id}">`, `unknown glossary term "${g.id}"`));
    if (!provenance) used.facts.forEach((f) => check(refs.fact(f.id), t.file, `${at(f.line)} <Cite f="${f.id}">`, `unknown fact "${f.id}"`));
  };
  // The rule of provenance (provenance.ts), on the texts that make claims: cases, policies, topics.
  const publicSource = (id: string) => {
    const s = sources.get(id);
    return s === undefined ? refs.source(id) : s.kind !== 'paper' && s.kind !== 'paper-ref';
  };
  const checkStatements = (t: LocatedText<unknown>) => {
    const found = provenanceProblems(analyseBody(t.body).provenance, { hasFact: refs.fact, hasSource: publicSource, factOfMetric: (m) => metrics.get(m)?.fact }, t.bodyLine);
    for (const p of found) problems.push({ file: t.file, field: `line ${p.line} ${p.what}`, message: p.message });
  };
  for (const t of raw.caseText) {
    checkBody(t);
    checkStatements(t);
    for (const [key, cell] of Object.entries(t.data.compare)) if (cell) checkFacts(cell.facts, t.file, `compare.${key}.facts`);
  }
  for (const t of raw.policyText) {
    checkBody(t);
    checkStatements(t);
  }
  for (const t of raw.pageText) checkBody(t, false);
  checkSynonyms(raw, problems);
  for (const t of raw.topicText) {
    checkBody(t);
    checkStatements(t);
    checkFacts(t.data.facts, t.file, 'facts');
    checkTerms(t.data.glossary, t.file, 'glossary');
  }
}

/** Every string of one language inside a value: all of a text's, the `lang` side of what is written in both. */
function strings(value: unknown, lang: Lang): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap((v) => strings(v, lang));
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if ('ko' in o && 'en' in o) return strings(o[lang], lang);
    return Object.values(o).flatMap((v) => strings(v, lang));
  }
  return [];
}

/**
 * content/synonyms.yaml: a list of one entry means nothing; an entry twice
 * (spacing and endings aside), in one group or two, is a slip; and a group
 * must reach the site: one of its entries at least must be words the site's
 * pages use in that language, or a typo in every entry would go unnoticed.
 */
export function checkSynonyms(raw: RawContent, problems: Problem[]): void {
  const siteWords = Object.fromEntries(
    LANGS.map((lang) => {
      const texts = [raw.caseText, raw.policyText, raw.topicText, raw.pageText].flat().filter((t) => t.lang === lang);
      const data = [raw.glossary, raw.facts, raw.sources, raw.notes, raw.caseData, raw.policyData].flat().map((e) => e.data);
      const all = [...texts.flatMap((t) => [t.body, ...strings(t.data, lang)]), ...strings(data, lang)].join(' ');
      return [lang, new Set([...new Set(wordsOf(all))].flatMap((w) => [wordKey(w), ...termsOfWord(w)]))];
    }),
  ) as Record<Lang, Set<string>>;
  const seen = new Map<string, string>();
  for (const { data, file } of raw.synonyms) {
    for (const lang of LANGS) {
      const list = data[lang];
      const field = `${data.id}.${lang}`;
      if (list.length === 1) problems.push({ file, field, message: `one entry alone (“${list[0]}”) has nothing to mean the same as; add another or leave the list out` });
      const inGroup = new Map<string, number>();
      list.forEach((entry, i) => {
        const key = variantKey(entry);
        if (!key) {
          problems.push({ file, field: `${field}[${i}]`, message: 'has no letter or digit' });
          return;
        }
        const twin = inGroup.get(key);
        if (twin !== undefined) problems.push({ file, field: `${field}[${i}]`, message: `“${entry}” is “${list[twin]}” again once spacing and endings are ignored` });
        else {
          inGroup.set(key, i);
          const other = seen.get(`${lang}:${key}`);
          if (other) problems.push({ file, field: `${field}[${i}]`, message: `“${entry}” is also in ${other}; groups that share an entry are merged, so list it once` });
          else seen.set(`${lang}:${key}`, field);
        }
      });
      const reaches = list.some((entry) => wordsOf(entry).every((w) => siteWords[lang].has(wordKey(w))));
      if (list.length > 1 && !reaches) problems.push({ file, field, message: `none of these entries is used on the site’s ${lang === 'ko' ? 'Korean' : 'English'} pages; one must be, for a search to lead anywhere` });
    }
  }
}
