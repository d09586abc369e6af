/** How sources are named and described to readers. */
import type { Lang } from '~/schemas/common';
import type { Source } from '~/schemas/reference';
import { t } from '~/i18n';
import { fill } from '~/lib/format/fill';

export function sourceName(s: Source, lang: Lang): string {
  switch (s.kind) {
    case 'paper':
      return `${s.author[lang]}, ${fill(t(lang).cite.quotedTitle, { title: s.title[lang] })}`;
    case 'paper-ref':
      return fill(t(lang).cite.paperRef, { number: s.number });
    default:
      return s.date ? `${s.name[lang]} (${s.date})` : s.name[lang];
  }
}
