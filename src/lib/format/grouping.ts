/**
 * Numbers in each language, without the dictionaries, so browser code can
 * use them as pages do: Korean groups large numbers by 만 (10⁴), 억 (10⁸) and
 * 조 (10¹²), as Korean readers write them; English uses million, billion and
 * trillion.
 */
import type { Lang } from '~/schemas/common';

const KO_GROUPS: [number, string][] = [
  [1e12, '조'],
  [1e8, '억'],
  [1e4, '만'],
];

/** 2200000000 → "22억", 1600000000000 → "1조 6,000억", 53000 → "5만 3,000". */
export function formatKoreanNumber(n: number): string {
  if (!Number.isInteger(n) || n < 1e4) return n.toLocaleString('ko-KR', { maximumFractionDigits: 2 });
  const parts: string[] = [];
  let rest = n;
  for (const [size, name] of KO_GROUPS) {
    const group = Math.floor(rest / size);
    if (group > 0) parts.push(`${group.toLocaleString('ko-KR')}${name}`);
    rest -= group * size;
  }
  if (rest > 0) parts.push(rest.toLocaleString('ko-KR'));
  return parts.join(' ');
}

const EN_SCALES: [number, string][] = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];

/** 2200000000 → "2.2 billion", 1110000 → "1.11 million", 150000 → "150,000". */
export function formatEnglishNumber(n: number): string {
  for (const [size, name] of EN_SCALES) {
    if (n >= size) {
      const scaled = n / size;
      return `${Number(scaled.toPrecision(4)).toLocaleString('en-GB', { maximumFractionDigits: 3 })} ${name}`;
    }
  }
  return n.toLocaleString('en-GB', { maximumFractionDigits: 2 });
}

export function formatNumber(n: number, lang: Lang): string {
  return lang === 'ko' ? formatKoreanNumber(n) : formatEnglishNumber(n);
}
