/** The paper's sections, as the about page lists them and citations link to them. */
import type { Localized } from '~/schemas/common';

export const PAPER_SECTIONS: Record<string, Localized> = {
  '1': { ko: '1. 서론', en: '1. Introduction' },
  '2.1': { ko: '2.1 스마트워크의 개념', en: '2.1 The concept of smart work' },
  '2.2': { ko: '2.2 정부 정책 동향', en: '2.2 Government policy' },
  '3.1': { ko: '3.1 국내 추진 사례', en: '3.1 Cases in Korea' },
  '3.2': { ko: '3.2 해외 추진 사례', en: '3.2 Cases abroad' },
  '3.3': { ko: '3.3 시사점과 활성화 방안', en: '3.3 Lessons and activation measures' },
  '4': { ko: '4. 결론', en: '4. Conclusion' },
};
