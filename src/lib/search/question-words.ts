/**
 * Words a question is made of that do not say what it is about: question
 * words (왜, 어떻게, how, what), function words (the, of, 및) and Korean
 * predicates (세웠나, 줄였나). A page need not contain them to answer the
 * question, so search lets them go unmatched. They are matched as written,
 * after folding and, for Korean, after the particle is dropped.
 */
import { hasHangul, isHangulSyllable, stem } from './korean';
import { fold } from './words';

const KO = new Set([
  '왜', '어떻게', '어떤', '어떠한', '어느', '무엇', '무슨', '뭐', '뭔가', '뭘', '누구', '누가', '언제', '어디', '얼마', '얼마나', '몇',
  '방법', '이유', '것', '수', '등', '및', '또는', '그리고', '관한', '대한', '대해', '위한', '통한', '뜻', '의미', '하면',
  '있나', '있는가', '있을까', '있는지', '없나', '되나', '하나', '했나', '인가', '일까',
]);

const EN = new Set([
  'a', 'an', 'the', 'of', 'to', 'in', 'on', 'at', 'for', 'from', 'by', 'with', 'about', 'as', 'and', 'or', 'into', 'between',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'do', 'does', 'did', 'has', 'have', 'had', 'can', 'could', 'should', 'would', 'will',
  'how', 'what', 'why', 'when', 'where', 'which', 'who', 'whom', 'whose', 'much', 'many',
  'it', 'its', 'this', 'that', 'these', 'those', 'there', 'their', 'they', 'them', 'i', 'we', 'you', 'my', 'our', 'your', 'me',
  'any', 'some', 'than', 'then', 'so', 'if', 'not', 'no', 'way', 'ways', 'over', 'under', 'per',
]);

/** Whether a word of a query is a question or function word. */
export function isQuestionWord(word: string): boolean {
  const w = fold(word);
  return hasHangul(w) ? KO.has(w) || KO.has(stem(w)) : EN.has(w);
}

/** Endings that close a Korean question or clause: 세웠나, 정착할까, 막으려면, 쓰나. */
const CLOSING = /(나|까|냐|니|요|려면|으면|는지|은지)$/;
/** Past tense inside a verb: 세웠, 줄였, 늦었, 늘렸. */
const PAST = /[었았였웠했됐렸]/;

/**
 * Whether a Korean word of a query reads as a verb or adjective rather than a
 * noun: a question or clause ending (세웠나, 쓰나, 막으려면), a past tense
 * (줄였다), or a short word ending in an adnominal ㄴ/ㄹ (쓴, 세운, 잦은).
 * Used only for words that match no indexed term, so a noun is never dropped
 * because of how it ends.
 */
export function looksLikePredicate(word: string): boolean {
  const w = fold(word);
  if (!hasHangul(w) || ![...w].every(isHangulSyllable)) return false;
  if (CLOSING.test(w) || PAST.test(w.slice(1))) return true;
  const last = w.codePointAt(w.length - 1)! - 0xac00;
  const final = last % 28;
  // ㄴ (4) or ㄹ (8) as the final consonant of a word of one or two syllables.
  return w.length <= 2 && (final === 4 || final === 8);
}
