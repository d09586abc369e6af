/**
 * The second step: what a schema cannot check. Every reference between files
 * must point at something real: facts, glossary terms, sources, notes,
 * policies, metrics (also inside MDX bodies), and a case's headline must be
 * one of its own metrics.
 */
import type { CaseData } from '~/schemas/case';
import type { Problem } from './problems';
import type { RawContent } from './collections';
import type { ContentIndex } from './index-content';
import { metricOwners } from './index-content';
import { bodyReferences } from './body-references';
import { checkProvenance } from './provenance';
import type { LocatedText } from './types';
import { LANGS, type Lang } from '~/schemas/common';
import { termsOfWord, wordKey, wordsOf } from '~/lib/search/words';
import { variantKey } from '~/lib/search/synonyms';

/** Below this a body is an unfinished scaffold, not a page. */
const MIN_TEXT = 200;

function known(ids: Iterable<string>): string {
  const list = [...ids];
  return list.length > 12 ? `${list.slice(0, 12).join(', ')}, …` : list.join(', ');
}

export function checkReferences(raw: RawContent, index: ContentIndex, problems: Problem[]): void {
  const { facts, glossary, sources, notes, metrics } = index;
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
        check(facts.has(m.fact), file, `${field}.fact`, `unknown fact "${m.fact}"`);
        if (m.note) check(notes.has(m.note), file, `${field}.note`, `unknown note "${m.note}" (known: ${known(notes.keys())})`);
      });
      checkFacts(data.facts, file, 'facts');
      checkTerms(data.glossary, file, 'glossary');
      data.events.forEach((e, i) => {
        if (e.metric) check(metrics.has(e.metric), file, `events[${i}].metric`, `unknown metric "${e.metric}"`);
      });
      if (kind === 'case') {
        const c = data as CaseData;
        c.policies.forEach((p, i) => check(policyIds.includes(p), file, `policies[${i}]`, `unknown policy "${p}" (known: ${known(policyIds)})`));
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
  // The rule of provenance (provenance.ts), on the texts that make claims: cases, policies, topics.
  const publicSource = (id: string) => {
    const s = sources.get(id);
    return s !== undefined && s.kind !== 'paper' && s.kind !== 'paper-ref';
  };
  const checkStatements = (t: LocatedText<unknown>) => {
    const found = checkProvenance(t.body, { hasFact: (f) => facts.has(f), hasSource: publicSource, factOfMetric: (m) => metrics.get(m)?.fact }, t.bodyLine);
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
  raw.pageText.forEach(checkBody);
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
