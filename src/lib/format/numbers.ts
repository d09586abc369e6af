/**
 * Figure formatting for both languages: numbers with their units, ranges,
 * "about", years and dates. Numbers alone are grouping.ts's.
 */
import type { Lang } from '~/schemas/common';
import type { Metric } from '~/schemas/metric';
import { t } from '~/i18n';
import { formatNumber } from './grouping';

// Numbers alone need no dictionary, so browser code imports them from grouping.ts.
export { formatEnglishNumber, formatKoreanNumber, formatNumber } from './grouping';

type FigureInput = Pick<Metric, 'value' | 'valueMax' | 'approx' | 'unit' | 'printed'>;

/** The number alone, with "about"/"약" and ranges: "about 80", "20–60", "9억 5,000만". */
export function formatBare(m: FigureInput, lang: Lang): string {
  if (m.printed) return m.printed[lang];
  const range = m.valueMax !== undefined ? `${formatNumber(m.value, lang)}–${formatNumber(m.valueMax, lang)}` : formatNumber(m.value, lang);
  return m.approx ? `${t(lang).about} ${range}` : range;
}

/** Korean writes a counter straight after digits ("30곳") but apart from a Hangul unit ("800만 명"). */
function koSpace(bare: string): string {
  return /[가-힣]$/.test(bare) ? ' ' : '';
}

/** The figure with its unit, as it reads in running text: "KRW 2.2 billion", "22억 원", "30 sites", "85%". */
export function formatFigure(m: FigureInput, lang: Lang): string {
  if (m.printed) return m.printed[lang];
  const bare = formatBare(m, lang);
  const plural = m.valueMax !== undefined || m.value !== 1;
  switch (m.unit) {
    case 'percent':
      return `${bare}%`;
    case 'krw':
      return lang === 'ko' ? `${bare}${koSpace(bare)}원` : `KRW ${bare}`;
    case 'usd':
      return lang === 'ko' ? `${bare}${koSpace(bare)}달러` : `USD ${bare}`;
    default: {
      const [one, many] = t(lang).units[m.unit];
      const word = plural ? many : one;
      return lang === 'ko' ? `${bare}${koSpace(bare)}${word}` : `${bare} ${word}`;
    }
  }
}

/** A year with an optional month: "September 2010" / "2010년 9월". */
export function formatYearMonth(year: number, month: number | undefined, lang: Lang): string {
  if (month === undefined) return lang === 'ko' ? `${year}년` : String(year);
  if (lang === 'ko') return `${year}년 ${month}월`;
  return new Date(Date.UTC(year, month - 1, 1)).toLocaleString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** A date for "updated" lines, fixed to UTC so builds do not depend on the machine's zone. */
export function formatDate(date: Date, lang: Lang): string {
  return date.toLocaleDateString(lang === 'ko' ? 'ko-KR' : 'en-GB', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
}
