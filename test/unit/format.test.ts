import { describe, expect, it } from 'vitest';
import { formatEnglishNumber, formatFigure, formatKoreanNumber, formatYearMonth } from '~/lib/format/numbers';
import type { Metric } from '~/schemas/metric';

describe('formatKoreanNumber groups by 만, 억 and 조', () => {
  it.each([
    [9784, '9,784'],
    [24000, '2만 4,000'],
    [150000, '15만'],
    [8000000, '800만'],
    [2200000000, '22억'],
    [950000000, '9억 5,000만'],
    [1600000000000, '1조 6,000억'],
    [8500009784, '85억 9,784'],
    [3.5, '3.5'],
  ])('%d → %s', (n, expected) => expect(formatKoreanNumber(n)).toBe(expected));
});

describe('formatEnglishNumber scales to million, billion, trillion', () => {
  it.each([
    [53000, '53,000'],
    [150000, '150,000'],
    [1110000, '1.11 million'],
    [34000000, '34 million'],
    [2200000000, '2.2 billion'],
    [1600000000000, '1.6 trillion'],
  ])('%d → %s', (n, expected) => expect(formatEnglishNumber(n)).toBe(expected));
});

const m = (over: Partial<Metric>): Metric => ({
  id: 'x/y', value: 1, approx: false, unit: 'percent', kind: 'actual', base: 'company-staff',
  measure: { ko: 'ㄱ', en: 'a' }, fact: 'F01', ...over,
});

describe('formatFigure', () => {
  it.each([
    [m({ value: 85 }), '85%', '85%'],
    [m({ value: 20, valueMax: 60 }), '20–60%', '20–60%'],
    [m({ value: 80, approx: true }), '약 80%', 'about 80%'],
    [m({ value: 2200000000, unit: 'krw' }), '22억 원', 'KRW 2.2 billion'],
    [m({ value: 950000000, unit: 'usd' }), '9억 5,000만 달러', 'USD 950 million'],
    [m({ value: 40, valueMax: 62, unit: 'usd' }), '40–62달러', 'USD 40–62'],
    [m({ value: 30, unit: 'sites' }), '30곳', '30 sites'],
    [m({ value: 1, unit: 'sites' }), '1곳', '1 site'],
    [m({ value: 8000000, unit: 'people', approx: true }), '약 800만 명', 'about 8 million people'],
    [m({ value: 20, unit: 'floors' }), '20개 층', '20 floors'],
    [m({ value: 1110000, unit: 'tonnes' }), '111만 톤', '1.11 million tonnes'],
    [m({ value: 90, unit: 'minutes' }), '90분', '90 minutes'],
  ])('%# renders in both languages', (metric, ko, en) => {
    expect(formatFigure(metric, 'ko')).toBe(ko);
    expect(formatFigure(metric, 'en')).toBe(en);
  });

  it('shows the paper’s printed wording where the value cannot be taken at face value', () => {
    const printed = m({ value: 8500009784, unit: 'meetings', printed: { ko: '85억 9,784건', en: '85억 9,784 (as printed)' } });
    expect(formatFigure(printed, 'ko')).toBe('85억 9,784건');
    expect(formatFigure(printed, 'en')).toBe('85억 9,784 (as printed)');
  });
});

describe('formatYearMonth', () => {
  it('writes months the way each language does', () => {
    expect(formatYearMonth(2010, 7, 'ko')).toBe('2010년 7월');
    expect(formatYearMonth(2010, 7, 'en')).toBe('July 2010');
    expect(formatYearMonth(1993, undefined, 'ko')).toBe('1993년');
  });
});
