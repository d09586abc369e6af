/** How sources are named and described to readers. */
import type { Lang } from '~/schemas/common';
import type { Source } from '~/schemas/reference';

export function sourceName(s: Source, lang: Lang): string {
  switch (s.kind) {
    case 'paper':
      return `${s.author[lang]}, ${lang === 'ko' ? `「${s.title.ko}」` : `“${s.title.en}”`}`;
    case 'paper-ref':
      return lang === 'ko' ? `논문의 참고문헌 [${s.number}]` : `the paper's reference [${s.number}]`;
    default:
      return s.date ? `${s.name[lang]} (${s.date})` : s.name[lang];
  }
}
