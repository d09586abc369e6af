/**
 * What students type into the search box, and the page each query must find
 * among the first five results. Written from the content, not from the index:
 * every expected page is the one a reader asking that question should land on.
 *
 * `form` says what makes the query hard for a word-start index:
 * - word: a whole word as written in the text
 * - part: the end or middle of a longer word (센터 in 스마트워크센터)
 * - particle: a word with a Korean particle or ending attached (재택근무를)
 * - phrase: two or more words
 * - name: a person, place, organisation or product
 * - latin: an English or Latin-script term inside Korean text (VPN, 삼성SDS)
 * - spacing: Korean written with different spacing from the text
 * - spelling: American spelling of a British-spelled English text
 */
import type { Lang } from '~/schemas/common';

export type QueryForm = 'word' | 'part' | 'particle' | 'phrase' | 'name' | 'latin' | 'spacing' | 'spelling';

export interface SearchCase {
  lang: Lang;
  q: string;
  /** Path below `/{lang}/` of the page that must be in the top five. */
  expect: string;
  form: QueryForm;
}

const ko = (q: string, expect: string, form: QueryForm): SearchCase => ({ lang: 'ko', q, expect, form });
const en = (q: string, expect: string, form: QueryForm): SearchCase => ({ lang: 'en', q, expect, form });

export const QUERIES: SearchCase[] = [
  // Korean: single words
  ko('콰이어트룸', 'cases/kt/', 'word'),
  ko('넷북', 'cases/lg-cns/', 'word'),
  ko('액션플랜', 'cases/japan/', 'word'),
  ko('와이브로', 'policies/kcc-infrastructure-strategy/', 'word'),
  ko('교통유발부담금', 'policies/mopas-promotion-strategy/', 'word'),
  ko('임차료', 'cases/ibm-korea/', 'word'),
  ko('출산휴가', 'cases/bt/', 'word'),
  ko('스마트워킹센터', 'cases/netherlands/', 'word'),
  ko('탄력시간근무', 'topics/concept/', 'word'),
  ko('소속감', 'topics/barriers/', 'word'),
  ko('공감대', 'topics/lessons/', 'word'),
  ko('유연근무', 'cases/bt/', 'word'),
  ko('정의', 'topics/concept/', 'word'),
  ko('시범사업', 'cases/united-states/', 'word'),
  // Korean: parts of longer words
  ko('센터', 'cases/kt/', 'part'),
  ko('보안', 'cases/ntt-data/', 'part'),
  ko('고령화', 'cases/japan/', 'part'),
  ko('부담금', 'policies/mopas-promotion-strategy/', 'part'),
  ko('사설망', 'cases/lg-cns/', 'part'),
  ko('센터망', 'cases/kt/', 'part'),
  ko('자율제', 'cases/bt/', 'part'),
  ko('휴가', 'cases/bt/', 'part'),
  ko('워킹센터', 'cases/netherlands/', 'part'),
  ko('탄소', 'policies/national-activation-strategy/', 'part'),
  ko('교통비', 'policies/national-activation-strategy/', 'part'),
  ko('배출량', 'policies/national-activation-strategy/', 'part'),
  // Korean: words with particles and endings
  ko('재택근무를', 'topics/concept/', 'particle'),
  ko('스마트워크센터에', 'cases/kt/', 'particle'),
  ko('콰이어트룸을', 'cases/kt/', 'particle'),
  ko('넷북으로', 'cases/lg-cns/', 'particle'),
  ko('행정안전부가', 'policies/mopas-promotion-strategy/', 'particle'),
  ko('방송통신위원회의', 'policies/kcc-infrastructure-strategy/', 'particle'),
  ko('네덜란드의', 'cases/netherlands/', 'particle'),
  ko('일본에서', 'cases/japan/', 'particle'),
  ko('고립을', 'topics/barriers/', 'particle'),
  ko('정보보안이', 'cases/lg-cns/', 'particle'),
  ko('시범근무는', 'cases/korea/', 'particle'),
  ko('업무공유와', 'cases/bt/', 'particle'),
  ko('노동인구의', 'policies/national-activation-strategy/', 'particle'),
  ko('구조조정에서', 'topics/barriers/', 'particle'),
  // Korean: two or more words
  ko('워킹 존', 'cases/samsung-sds/', 'phrase'),
  ko('씬 클라이언트', 'cases/ntt-data/', 'phrase'),
  ko('스마트워크 센터', 'cases/kt/', 'phrase'),
  ko('모바일 오피스', 'cases/ibm-korea/', 'phrase'),
  ko('데스크톱 가상화', 'cases/lg-cns/', 'phrase'),
  ko('활성화 전략 목표', 'policies/national-activation-strategy/', 'phrase'),
  ko('대면 결재', 'topics/barriers/', 'phrase'),
  ko('출퇴근 시간 절감', 'policies/national-activation-strategy/', 'phrase'),
  ko('원격근무 인식조사', 'topics/barriers/', 'phrase'),
  ko('등장 배경', 'topics/concept/', 'phrase'),
  // Korean: spacing different from the text
  ko('워킹존', 'cases/samsung-sds/', 'spacing'),
  ko('씬클라이언트', 'cases/ntt-data/', 'spacing'),
  // Korean: names
  ko('오바마', 'cases/united-states/', 'name'),
  ko('총무청', 'cases/united-states/', 'name'),
  ko('여의도', 'cases/ibm-korea/', 'name'),
  ko('분당', 'cases/kt/', 'name'),
  ko('광화문', 'cases/kt/', 'name'),
  ko('액센추어', 'cases/bt/', 'name'),
  ko('홍효진', 'topics/concept/', 'name'),
  ko('국가정보화전략위원회', 'policies/national-activation-strategy/', 'name'),
  ko('영국', 'cases/bt/', 'name'),
  // Korean: Latin-script terms inside Korean text
  ko('VPN', 'cases/lg-cns/', 'latin'),
  ko('GSA', 'cases/united-states/', 'latin'),
  ko('NHS', 'cases/bt/', 'latin'),
  ko('IBM', 'cases/ibm-korea/', 'latin'),
  ko('SDS', 'cases/samsung-sds/', 'latin'),
  ko('NTT', 'cases/ntt-data/', 'latin'),
  ko('Adaptive Working System', 'cases/samsung-sds/', 'latin'),
  ko('사내 SNS', 'topics/lessons/', 'latin'),
  ko('63빌딩', 'cases/ibm-korea/', 'latin'),

  // English
  en('quiet room', 'cases/kt/', 'phrase'),
  en('working zone', 'cases/samsung-sds/', 'phrase'),
  en('netbook', 'cases/lg-cns/', 'word'),
  en('thin client', 'cases/ntt-data/', 'phrase'),
  en('desktop virtualisation', 'cases/lg-cns/', 'phrase'),
  en('traffic-inducement charge', 'policies/mopas-promotion-strategy/', 'phrase'),
  en('WiBro', 'policies/kcc-infrastructure-strategy/', 'name'),
  en('Wi-Fi zones', 'policies/kcc-infrastructure-strategy/', 'phrase'),
  en('action plan telework', 'cases/japan/', 'phrase'),
  en('sick leave', 'cases/bt/', 'phrase'),
  en('maternity leave', 'cases/bt/', 'phrase'),
  en('Accenture', 'cases/bt/', 'name'),
  en('Obama', 'cases/united-states/', 'name'),
  en('GSA', 'cases/united-states/', 'name'),
  en('Yeouido', 'cases/ibm-korea/', 'name'),
  en('Bundang', 'cases/kt/', 'name'),
  en('Hong Hyo-jin', 'topics/concept/', 'name'),
  en('face-to-face reporting', 'topics/barriers/', 'phrase'),
  en('isolation', 'topics/barriers/', 'word'),
  en('carbon emissions', 'policies/national-activation-strategy/', 'phrase'),
  en('Presidential Council', 'policies/national-activation-strategy/', 'name'),
  en('smart work centres', 'cases/kt/', 'phrase'),
  en('federal teleworking', 'cases/united-states/', 'phrase'),
  en('Senate', 'cases/united-states/', 'word'),
  en('Adaptive Working System', 'cases/samsung-sds/', 'name'),
  en('giga internet', 'policies/kcc-infrastructure-strategy/', 'phrase'),
  en('smart work center', 'cases/kt/', 'spelling'),
  en('telework center', 'cases/united-states/', 'spelling'),
  en('desktop virtualization', 'cases/lg-cns/', 'spelling'),
  en('aging population', 'cases/japan/', 'spelling'),
];
