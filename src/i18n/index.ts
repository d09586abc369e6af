import type { Lang } from '~/schemas/common';
import { en, type Dictionary } from './en';
import { ko } from './ko';

export type { Dictionary };
const dictionaries: Record<Lang, Dictionary> = { ko, en };

/** The interface strings of one language. */
export function t(lang: Lang): Dictionary {
  return dictionaries[lang];
}
