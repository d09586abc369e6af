/**
 * The spelling rules of the prose linter, generated: each glossary term's
 * `avoid` list (content/glossary.yaml) plus the standard spelling of the
 * loanwords the site uses. An editor who meets a new variant adds it to the
 * term's `avoid` list; nothing here changes.
 */
import type { Lang } from '~/schemas/common';
import type { GlossaryTerm } from '~/schemas/reference';

export interface SpellingRule {
  /** The spelling to flag, matched exactly (case included). */
  wrong: string;
  /** What to write instead. */
  right: string;
  /** Why, shown with the problem: the glossary term or the spelling standard. */
  why: string;
  lang: Lang;
}

/** `variant` flags the variant in favour of the term; `variant → fix` when the variant is only part of a term. */
const ARROW = /\s*→\s*/;

export function glossarySpellings(terms: readonly GlossaryTerm[]): SpellingRule[] {
  return terms.flatMap((term) =>
    (['ko', 'en'] as const).flatMap((lang) =>
      (term.avoid?.[lang] ?? []).map((entry) => {
        const [wrong, right] = entry.split(ARROW);
        return { wrong: wrong!, right: right ?? term.term[lang], why: `glossary term "${term.id}" (${term.term[lang]})`, lang };
      }),
    ),
  );
}

/**
 * Loanwords in the standard spelling (외래어 표기법 and the National Institute
 * of Korean Language's usage), for words that are not glossary terms.
 */
const LOANWORDS: readonly [wrong: string, right: string][] = [
  ['액센추어', '액센츄어'],
  ['컨텐츠', '콘텐츠'],
  ['메세지', '메시지'],
  ['리더쉽', '리더십'],
  ['데이타', '데이터'],
  ['어플리케이션', '애플리케이션'],
  ['네트웍', '네트워크'],
  ['비지니스', '비즈니스'],
  ['워크샵', '워크숍'],
  ['센타', '센터'],
  ['컨셉', '콘셉트'],
  ['엑세스', '액세스'],
  ['스케쥴', '스케줄'],
  ['타겟', '타깃'],
  ['텔레비젼', '텔레비전'],
  ['쏘셜', '소셜'],
  ['렌탈', '렌털'],
];

export const loanwordSpellings: SpellingRule[] = LOANWORDS.map(([wrong, right]) => ({ wrong, right, why: '외래어 표기법 (standard loanword spelling)', lang: 'ko' }));

/** A regular expression that matches `text` literally (prh compiles patterns with the `u` flag, which refuses `\-`). */
const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * The rules as a prh configuration (prh reads YAML, of which JSON is a part).
 * An English variant matches from the start of a word, so "WiFi" is not
 * found inside another word while "smart work centers" is still found;
 * Korean has no word boundaries to rely on.
 */
export function prhConfig(rules: readonly SpellingRule[]): string {
  return JSON.stringify({
    version: 1,
    rules: rules.map((r) => ({
      expected: r.right,
      patterns: [r.lang === 'en' ? `/\\b${literal(r.wrong)}/` : `/${literal(r.wrong)}/`],
      prh: r.why,
    })),
  });
}
