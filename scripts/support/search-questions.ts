/**
 * Questions as students type them into the search box, each with the page or
 * pages that must come up among the first five results; and queries that must
 * find nothing at all. This is the measuring set for search, written before
 * any tuning: the browser test test/browser/search-questions.browser.test.ts
 * holds search to it, and scripts/bench-questions.ts reports it in detail.
 * The single-term set is search-queries.ts.
 *
 * Written from the built pages' text and the paper, not from the index. Every
 * expected page is one a reader asking the question should land on; where more
 * than one page honestly answers it, each of them is listed and any one counts.
 * Paths are below `/{lang}/`.
 *
 * `form` says what makes the question hard:
 * - multiword: several words, at least one of them not on the page (보안 정보유출)
 * - particle: Korean particles and verb endings (스마트워크센터를 어디에 세웠나)
 * - question: a question with question words (왜, 어떻게, 무엇, how, what, why, which)
 * - paper: the paper's own wording where the site paraphrases it (범부처간 재택근무 시범사업)
 * - synonym: another name for a term (telecommuting, WFH, 워라밸)
 * - abbreviation: a short form (MOPAS, 행안부, SME)
 * - spelling: another spelling of the same word (center/centre, 데스크탑/데스크톱)
 * - transliteration: a name written in another script or romanisation (브리티시텔레콤, Kwanghwamun)
 * - typo: a slip of the keyboard or a common misspelling (telewrok, 스마트워크센타)
 * - spacing: a compound written with or without a space, unlike the page (정보 유출, smartwork)
 */
import type { Lang } from '~/schemas/common';

export type QuestionForm =
  | 'multiword'
  | 'particle'
  | 'question'
  | 'paper'
  | 'synonym'
  | 'abbreviation'
  | 'spelling'
  | 'transliteration'
  | 'typo'
  | 'spacing';

export const QUESTION_FORMS: QuestionForm[] = ['multiword', 'particle', 'question', 'paper', 'synonym', 'abbreviation', 'spelling', 'transliteration', 'typo', 'spacing'];

export interface Question {
  lang: Lang;
  q: string;
  /** Paths below `/{lang}/` of the pages that answer it; any one of them in the top five is a hit. */
  expect: string[];
  form: QuestionForm;
  /** Why these pages, where it is not plain from the question. */
  note?: string;
}

/** A query that must return no result in its language: the paper never speaks of it. */
export interface NothingQuery {
  lang: Lang;
  q: string;
  /** What a careless match could catch instead. */
  why: string;
}

// Pages, by their path below /{lang}/.
const KT = 'cases/kt/';
const SDS = 'cases/samsung-sds/';
const IBM = 'cases/ibm-korea/';
const LG = 'cases/lg-cns/';
const BT = 'cases/bt/';
const NTT = 'cases/ntt-data/';
const US = 'cases/united-states/';
const NL = 'cases/netherlands/';
const JP = 'cases/japan/';
const KR = 'cases/korea/';
const MOPAS = 'policies/mopas-promotion-strategy/';
const KCC = 'policies/kcc-infrastructure-strategy/';
const NATIONAL = 'policies/national-activation-strategy/';
const CONCEPT = 'topics/concept/';
const BARRIERS = 'topics/barriers/';
const LESSONS = 'topics/lessons/';
const GLOSSARY = 'glossary/';
const ABOUT = 'about/';

const ko = (q: string, expect: string[], form: QuestionForm, note?: string): Question => ({ lang: 'ko', q, expect, form, ...(note ? { note } : {}) });
const en = (q: string, expect: string[], form: QuestionForm, note?: string): Question => ({ lang: 'en', q, expect, form, ...(note ? { note } : {}) });

export const QUESTIONS: Question[] = [
  // ── Korean ──────────────────────────────────────────────────────────────
  // Several words, one of them not on the page
  ko('보안 정보유출', [BARRIERS, LESSONS], 'multiword', 'the general question: the topics, not the security cases; the pages say 정보가 새어 나갈/유출될, never 정보유출'),
  ko('KT 스마트워크센터 개수', [KT], 'multiword', '개수 is not on the page; it gives 9곳 and 30곳'),
  ko('삼성SDS 워킹존 위치', [SDS], 'multiword', '위치 is not on the page; it says 도심의 거점'),
  ko('미국 원격근무 통계', [US], 'multiword'),
  ko('스마트워크 장점', [CONCEPT, NATIONAL], 'multiword', 'drivers on the concept page, expected gains on the strategy page'),
  ko('스마트워크 단점', [BARRIERS], 'multiword'),
  ko('스마트워크 문제점', [BARRIERS], 'multiword'),
  ko('스마트워크 실패 원인', [BARRIERS], 'multiword'),
  ko('스마트워크 성공 요인', [LESSONS], 'multiword'),
  ko('IBM 임대료 절감', [IBM], 'multiword', 'the page says 임차료, not 임대료'),
  ko('저출산 노동력 부족', [JP, CONCEPT], 'multiword', 'the page says 노동인구 and 인력 부족'),
  ko('원격근무법 상원', [US], 'multiword', 'the page says 법안이 상원을 통과'),
  ko('클라우드 보안 업체', [LG, NTT], 'multiword'),
  ko('스마트워크 기업 도입률', [KR, NATIONAL, NL], 'multiword', '0.8% of businesses in Korea; the Dutch page measures 도입률 too'),
  ko('출퇴근 시간 단축 효과', [NATIONAL, CONCEPT], 'multiword', 'the pages say 90분 줄어든다/아낄 수 있다'),
  ko('재택근무 생산성 증가율', [BT], 'multiword', 'the page says 생산성: 20–60% 향상'),

  // Particles and endings
  ko('스마트워크센터를 어디에 세웠나', [KT], 'particle', 'KT: 분당, 광화문, 관악'),
  ko('워킹 존은 누가 쓰나', [SDS], 'particle'),
  ko('넷북으로 접속하는 회사', [LG], 'particle'),
  ko('액션플랜을 세웠던 나라는', [JP], 'particle'),
  ko('오바마 행정부가 세운 목표', [US], 'particle'),
  ko('네덜란드에서는 센터를 몇 곳 운영했나', [NL], 'particle'),
  ko('BT가 얻은 성과는', [BT], 'particle'),
  ko('교통유발부담금은 누가 줄여 주나', [MOPAS, KR], 'particle'),
  ko('정보유출을 막으려면', [LESSONS, BARRIERS, LG, NTT], 'particle'),
  ko('한국IBM은 사무실을 몇 층으로 줄였나', [IBM], 'particle'),
  ko('대면 결재가 걸림돌인 이유', [BARRIERS, LESSONS, GLOSSARY], 'particle'),
  ko('시범근무에 참여한 부처', [KR, MOPAS], 'particle'),
  ko('씬 클라이언트를 쓴 회사', [NTT], 'particle'),
  ko('와이브로를 몇 개 도시까지', [KCC], 'particle'),

  // Question words
  ko('스마트워크란 무엇인가', [CONCEPT], 'question'),
  ko('스마트워크 도입 방법', [LESSONS], 'question'),
  ko('한국은 왜 스마트워크 도입이 늦었나', [BARRIERS, KR], 'question'),
  ko('원격근무와 스마트워크의 차이는 무엇인가', [CONCEPT], 'question'),
  ko('BT는 어떻게 비용을 줄였나', [BT], 'question'),
  ko('일본은 왜 원격근무를 추진했나', [JP], 'question'),
  ko('관리자는 무엇을 걱정하나', [BARRIERS], 'question'),
  ko('2015년까지 스마트워크센터 몇 곳', [KCC, KR, MOPAS], 'question', '500곳 (KCC) and 50곳 for civil servants (Korea, MOPAS)'),
  ko('스마트워크 기대효과는 무엇인가', [NATIONAL], 'question'),
  ko('LG CNS는 어떻게 보안을 지키나', [LG], 'question'),
  ko('미국 연방정부는 어떻게 원격근무를 늘렸나', [US], 'question'),
  ko('스마트워크 형태에는 어떤 것이 있나', [CONCEPT], 'question'),
  ko('논문 저자는 누구인가', [ABOUT], 'question'),
  ko('스마트워크가 왜 필요한가', [CONCEPT, NATIONAL], 'question'),
  ko('어떻게 하면 스마트워크가 정착할까', [LESSONS], 'question'),
  ko('네덜란드 센터는 누가 운영하나', [NL], 'question'),
  ko('정부 목표는 몇 명인가', [NATIONAL, KR], 'question', '800만 명 by 2015'),

  // The paper's own wording, paraphrased on the site
  ko('범부처간 재택근무 시범사업', [US], 'paper', 'the site: 범부처 원격근무 시범사업'),
  ko('원격근무 자격이 있는 직원', [US], 'paper', 'the site: 원격근무 대상 직원'),
  ko('탄력 시간근무', [CONCEPT, GLOSSARY], 'paper', 'the paper spaces it so; the site writes 탄력시간근무'),
  ko('공무원 복무 관리 체계', [MOPAS, KR], 'paper', 'the site: 공무원 복무관리와 인사·조직 관련 규정 (the Korea page sums up the MOPAS strategy too)'),
  ko('대면 보고 및 결재과정', [BARRIERS, LESSONS], 'paper'),
  ko('소외계층 일자리 창출', [MOPAS], 'paper', 'the site: 소외계층에게 일자리를 만들어'),
  ko('교통유발 분담금 감면', [MOPAS, GLOSSARY], 'paper', 'the site: 교통유발부담금을 줄여 준다'),
  ko('안전성 및 정보보호 강화', [KCC], 'paper', 'the site: 안전과 정보보호의 강화'),
  ko('인구배증', [JP], 'paper', 'on the page only inside 「원격근무 인구배증을 위한 액션플랜」'),
  ko('체험근무', [KR, MOPAS], 'paper', 'the site: 시범근무'),
  ko('스마트워크센터 근무만족도', [KR], 'paper', 'the site: 만족한다고 답한 비율이 약 80%'),
  ko('스마트워크 수용의지', [BARRIERS, KR], 'paper', 'the site: 44.6%만 그렇다고 답했다 / 수용 의사'),
  ko('원격근무 전국민 인식도 조사', [BARRIERS, KR], 'paper', 'the site: 원격근무 국민 인식조사'),
  ko('소외감 고립감', [BARRIERS, KR], 'paper', 'the site: 고립되거나 소외될 수'),
  ko('관리통제의 어려움', [BARRIERS, KR], 'paper', 'the site: 관리하고 통제하기 어렵다'),
  ko('탄소배출권 국제규제', [KCC, KR], 'paper', 'the site: 탄소 배출 규제 / 탄소 규제'),
  ko('선발주자 견제 후발국가 추격', [KCC, KR], 'paper', 'the site: 앞선 나라들과 빠르게 뒤쫓는 나라들'),
  ko('보급형 스마트워크 모델', [KCC], 'paper', 'the site: 저렴한 스마트워크 모델'),
  ko('스마트워크 이용 가이드라인 배포', [KCC], 'paper', 'the site: 스마트워크 활용 지침 마련'),
  ko('와이파이 이용지역', [KCC, GLOSSARY], 'paper', 'the site: 와이파이 존'),
  ko('육아보육시설 설치 지원', [MOPAS, KR], 'paper', 'the site: 보육 시설을 지원한다'),
  ko('주민공동시설 스마트워크센터', [MOPAS, KR], 'paper', 'the site: 대규모 아파트 단지의 공용 시설'),
  ko('공직사회 스마트워크', [MOPAS, KR], 'paper', 'the site: 공공 부문, 공무원'),
  ko('미래지향형 근무방식', [CONCEPT], 'paper', 'the site: 미래지향적 근무 방식'),
  ko('유비쿼터스 기기', [CONCEPT, KR], 'paper', 'the site lists 스마트폰, 태블릿 PC, IPTV, 클라우드 컴퓨팅'),
  ko('정보자원 공유', [CONCEPT], 'paper', 'the site: 자원을 나누고 협업하게'),
  ko('분당사옥 1호 스마트워크센터', [KT], 'paper', 'the site: 분당 사옥에 첫 스마트워크센터'),
  ko('외부 업무가 잦은 임직원', [SDS], 'paper', 'the site: 외근이 잦은 직원'),
  ko('사무실 임대비용', [IBM], 'paper', 'the site: 임차 사무실, 임차료'),
  ko('20개층에서 11개층', [IBM], 'paper', 'the site: 20개 층에서 11개 층'),
  ko('데스크탑 가상화', [LG, GLOSSARY], 'paper', 'the site: 데스크톱 가상화 (the glossary lists 데스크탑 as another name)'),
  ko('80여 개 행정기관', [US], 'paper', 'the site: 약 80개 기관'),
  ko('원격근무센터 하루 사용료', [US], 'paper', 'the site: 이용료는 하루 40–62달러'),
  ko('의회 상원 통과', [US], 'paper', 'the site: 법안이 상원을 통과'),
  ko('미국 전체 직장인', [US], 'paper', 'the site: 미국 전체 근로자'),
  ko('민관 공동 스마트워킹센터', [NL], 'paper', 'the site: 공공과 민간이 함께'),
  ko('250인 이상 사업체', [NL], 'paper', 'the site: 직원 250명 이상 기업'),
  ko('취업인구 중 스마트워크 근무자 비율', [JP], 'paper', 'the site: 취업자 가운데 스마트워크 근무자의 비율'),
  ko('부분적 재택근무', [BT, GLOSSARY], 'paper', 'the site: 부분 재택근무'),
  ko('다섯 가지 탄력근무제', [BT], 'paper', 'the site: 다섯 가지 유연근무 형태'),
  ko('산후휴가 복귀율', [BT], 'paper', 'the site: 출산휴가를 마친 직원의 복귀율'),
  ko('미팅 감소 출장비 절감', [BT], 'paper', 'the site: 회의가 줄어 출장 비용 절감'),
  ko('정보보안 솔루션 대외사업', [NTT], 'paper', 'the site: 외부에 판매하고 있다'),
  ko('사내 SNS 유대감 강화', [LESSONS, KR, GLOSSARY], 'paper', 'the site: 유대를 이어 가는 것'),
  ko('성과와 신뢰 기반 인사평가시스템', [LESSONS, KR], 'paper', 'the site: 평가 체계가 성과와 신뢰에 바탕을'),
  ko('신규 사업 기회 창출', [LESSONS], 'paper', 'the site: 새로운 사업 창출'),
  ko('이론적 체계를 갖춘 선행연구', [LESSONS, KR], 'paper', 'the site: 이론적 틀을 갖추고'),
  ko('조직문화 인식전환', [LESSONS, BARRIERS], 'paper', 'the site: 조직 문화와 일에 대한 인식을 바꾸는 일'),
  ko('사회인식 전환', [NATIONAL, BARRIERS, MOPAS], 'paper', 'the site: 사회적 인식의 전환 / 인식 전환'),

  // Other names for a term
  ko('텔레워크', [GLOSSARY, CONCEPT], 'synonym', 'another name of 원격근무 in the glossary'),
  ko('근태관리', [GLOSSARY, MOPAS, LESSONS], 'synonym', 'another name of 복무관리 in the glossary'),
  ko('워라밸', [GLOSSARY, CONCEPT], 'synonym', 'another name of 일과 삶의 균형'),
  ko('잡셰어링', [BT, GLOSSARY], 'synonym', 'another name of 업무공유'),
  ko('영상회의', [KT, GLOSSARY], 'synonym', 'another name of 화상회의'),
  ko('유연근무제', [CONCEPT, BT, GLOSSARY], 'synonym'),
  ko('시차출퇴근', [GLOSSARY, CONCEPT, BT], 'synonym', 'another name of 탄력시간근무'),
  ko('모바일 근무', [GLOSSARY, CONCEPT], 'synonym', 'another name of 이동근무'),
  ko('자율 출퇴근제', [BT, GLOSSARY], 'synonym', 'another name of 출퇴근 자율제'),
  ko('녹색 IT', [CONCEPT, GLOSSARY], 'synonym', 'another name of 그린 IT'),
  ko('기업용 SNS', [LESSONS, GLOSSARY], 'synonym', 'another name of 사내 SNS'),
  ko('거점 오피스', [SDS, GLOSSARY], 'synonym', '스마트오피스 / 워킹 존'),

  // Short forms
  ko('행안부', [MOPAS, NATIONAL], 'abbreviation', '행정안전부'),
  ko('방통위 인프라 전략', [KCC], 'abbreviation', '방송통신위원회'),
  ko('VDI', [LG, GLOSSARY], 'abbreviation'),
  ko('UI 개선', [KCC], 'abbreviation', 'the site: 사용자 인터페이스 개선'),
  ko('중기 경쟁력', [MOPAS, KCC], 'abbreviation', '중소기업'),
  ko('SNS 활용', [LESSONS, KR, GLOSSARY], 'abbreviation'),
  ko('ICT 유연한 근무방식', [CONCEPT, GLOSSARY, KR], 'abbreviation', 'the site: 정보통신기술'),

  // Another spelling
  ko('신 클라이언트', [NTT, GLOSSARY], 'spelling', '씬 클라이언트'),
  ko('콰이엇룸', [KT, GLOSSARY], 'spelling', '콰이어트룸'),
  ko('액센츄어', [BT], 'spelling', '액센추어'),
  ko('스마트웍', [CONCEPT, GLOSSARY], 'spelling', '스마트워크'),

  // Names in another script
  ko('브리티시텔레콤', [BT], 'transliteration'),
  ko('엔티티데이터', [NTT], 'transliteration'),
  ko('아이비엠', [IBM], 'transliteration'),
  ko('삼성에스디에스', [SDS], 'transliteration'),
  ko('엘지씨엔에스', [LG], 'transliteration'),
  ko('케이티 스마트워크센터', [KT], 'transliteration'),
  ko('미 연방정부 원격근무', [US], 'transliteration'),
  ko('어댑티브 워킹 시스템', [SDS, GLOSSARY], 'transliteration'),
  ko('비티 워크스타일', [BT], 'transliteration'),
  ko('와이맥스', [KCC, GLOSSARY], 'transliteration', 'the glossary: 와이브로 belongs to 모바일 와이맥스'),

  // Slips and misspellings
  ko('스마트워크센타', [KT, CONCEPT, GLOSSARY, KR], 'typo'),
  ko('네델란드 원격근무', [NL], 'typo'),
  ko('엑센추어', [BT], 'typo'),
  ko('엑션플랜', [JP], 'typo'),
  ko('워킹죤', [SDS, GLOSSARY], 'typo'),
  ko('재텍근무', [CONCEPT, GLOSSARY, BT], 'typo'),

  // Spacing unlike the page
  ko('정보 유출', [BARRIERS, LESSONS, LG, NTT], 'spacing', 'the two topics and the two cases built around security'),
  ko('정보유출', [BARRIERS, LESSONS, LG, NTT], 'spacing', 'the two topics and the two cases built around security'),
  ko('스마트 워크 센터', [KT, CONCEPT, GLOSSARY, KR], 'spacing'),
  ko('재택 근무', [CONCEPT, GLOSSARY, BT], 'spacing'),
  ko('출퇴근자율제', [BT, GLOSSARY], 'spacing'),
  ko('업무 공유', [BT, GLOSSARY], 'spacing'),
  ko('교통 유발 부담금', [MOPAS, GLOSSARY], 'spacing'),
  ko('정부 업무 평가', [MOPAS], 'spacing'),
  ko('사내SNS', [LESSONS, GLOSSARY], 'spacing'),
  ko('콰이어트 룸', [KT, GLOSSARY], 'spacing'),
  ko('기가인터넷', [KCC, GLOSSARY], 'spacing'),
  ko('한국 IBM', [IBM], 'spacing'),
  ko('LGCNS', [LG], 'spacing'),
  ko('NTT 데이터', [NTT], 'spacing'),
  ko('국가정보화 전략위원회', [NATIONAL], 'spacing'),
  ko('탄력 시간 근무', [CONCEPT, GLOSSARY], 'spacing'),
  ko('스마트워크활성화전략', [NATIONAL], 'spacing'),
  ko('모바일오피스', [IBM, GLOSSARY], 'spacing'),

  // ── English ─────────────────────────────────────────────────────────────
  // Several words, one of them not on the page
  en('data leakage smart work', [BARRIERS, LESSONS, LG, NTT], 'multiword', 'the pages say leak, leaks'),
  en('KT centre opening date', [KT], 'multiword', 'the page says opened in September 2010'),
  en('BT productivity statistics', [BT], 'multiword'),
  en('US telework statistics', [US], 'multiword'),
  en('Japan telework deadline', [JP], 'multiword'),
  en('smart work advantages', [CONCEPT, NATIONAL], 'multiword'),
  en('smart work disadvantages', [BARRIERS], 'multiword'),
  en('IBM Korea rent reduction', [IBM], 'multiword'),
  en('smart work success factors', [LESSONS], 'multiword'),
  en('telework legislation', [US], 'multiword', 'the page says act and law'),
  en('cloud security case study', [LG, NTT], 'multiword'),
  en('commuting time reduction', [NATIONAL, CONCEPT], 'multiword'),
  en('smart work problems Korea', [BARRIERS], 'multiword'),

  // Question words
  en('what is smart work', [CONCEPT], 'question'),
  en('how did BT cut costs', [BT], 'question'),
  en('why is smart work slow in Korea', [BARRIERS, KR], 'question'),
  en('which company built the most smart work centres', [KT], 'question'),
  en('how many smart work centres by 2015', [KCC, KR, MOPAS], 'question'),
  en('what is a quiet room', [KT, GLOSSARY], 'question'),
  en('who can use the working zones', [SDS, GLOSSARY], 'question'),
  en('why did Japan promote telework', [JP], 'question'),
  en('how does LG CNS protect company data', [LG], 'question'),
  en('what do managers worry about', [BARRIERS], 'question'),
  en('how much did IBM Korea save', [IBM], 'question'),
  en('what is the difference between telework and smart work', [CONCEPT], 'question'),
  en('how to introduce smart work', [LESSONS], 'question'),
  en('what are the expected effects of smart work', [NATIONAL], 'question'),
  en('who wrote the paper', [ABOUT], 'question'),
  en('when did KT open its first centre', [KT], 'question'),
  en('how much does a GSA telework centre cost per day', [US], 'question'),
  en('what did the Netherlands build', [NL], 'question'),
  en('what is the national target for 2015', [NATIONAL], 'question'),

  // The paper's own wording, paraphrased on the site
  en('inter-ministerial home working pilot', [US], 'paper', '범부처간 재택근무 시범사업; the site: inter-agency telework pilot'),
  en('telework-eligible employees', [US], 'paper', 'the site: staff eligible for telework'),
  en('Action Plan for Doubling the Telework Population', [JP], 'paper', 'the site: Action Plan to Double the Telework Population'),
  en('ubiquitous devices', [CONCEPT, KR], 'paper', '유비쿼터스 기기; the site names smartphones, tablet PCs, IPTV, cloud computing'),
  en('civil servant duty management', [MOPAS, KR], 'paper', '공무원 복무관리; the site: attendance management in the civil service'),
  en('jobs for the underprivileged', [MOPAS], 'paper', '소외계층 일자리; the site: jobs for marginalised groups'),
  en('face-to-face report and approval', [BARRIERS, LESSONS], 'paper', '대면 보고·결재'),
  en('traffic inducing levy reduction', [MOPAS, GLOSSARY], 'paper', '교통유발 분담금 감면; the site: traffic-inducement charge'),
  en('trial work at smart work centres', [KR, MOPAS], 'paper', '체험근무; the site: pilot, trial workplaces'),
  en('carbon emission rights regulation', [KCC, KR], 'paper', '탄소배출권 국제규제; the site: carbon rules, rules on carbon emissions'),
  en('low-cost smart work model', [KCC], 'paper', '보급형 모델; the site: affordable smart-work models'),
  en('Wi-Fi coverage areas', [KCC], 'paper', '와이파이 이용지역; the site: Wi-Fi zones'),
  en('apartment community facilities', [MOPAS, KR, NL], 'paper', '주민공동시설; the site: shared facilities of large apartment complexes'),
  en('regional base office', [SDS, GLOSSARY], 'paper', '지역 거점 사무실; the site: regional hub office'),
  en('office lease costs', [IBM], 'paper', '사무실 임대비용; the site: office rent, rented floors'),
  en('public-private joint smart working centres', [NL], 'paper', '민관 공동; the site: public and private sectors built and ran'),
  en('businesses with over 250 employees', [NL], 'paper', 'the site: businesses with 250 or more staff'),
  en('postpartum leave return', [BT], 'paper', '산후휴가; the site: maternity leave'),
  en('five types of flexible work', [BT], 'paper', 'the site: five forms of flexible work'),
  en('external sales of security solutions', [NTT], 'paper', '대외사업; the site: sells it outside the company'),
  en('in-house SNS bonding', [LESSONS, GLOSSARY], 'paper', '사내 SNS 유대감'),
  en('performance and trust based HR evaluation', [LESSONS, KR], 'paper', '성과와 신뢰를 기반으로 한 인사평가시스템'),
  en('latecomer countries catching up', [KCC, KR], 'paper', '후발국가의 추격; the site: fast followers'),

  // Other names for a term
  en('telecommuting', [GLOSSARY, CONCEPT], 'synonym'),
  en('remote work', [GLOSSARY, CONCEPT], 'synonym'),
  en('work from home', [CONCEPT, GLOSSARY, BT], 'synonym'),
  en('WFH', [CONCEPT, GLOSSARY, BT, KR], 'synonym'),
  en('flexitime', [GLOSSARY, CONCEPT], 'synonym'),
  en('job share', [BT, GLOSSARY], 'synonym'),
  en('videoconferencing', [KT, GLOSSARY], 'synonym'),
  en('Wi-Fi hotspots', [KCC, GLOSSARY], 'synonym'),
  en('congestion charge', [MOPAS, GLOSSARY], 'synonym'),
  en('enterprise social network', [LESSONS, GLOSSARY], 'synonym'),
  en('satellite office near home', [CONCEPT, GLOSSARY, KT, KR], 'synonym', 'a smart work centre'),
  en('home office', [CONCEPT, GLOSSARY, BT], 'synonym'),

  // Short forms
  en('MOPAS', [MOPAS], 'abbreviation'),
  en('KCC', [KCC], 'abbreviation'),
  en('US GSA fee', [US], 'abbreviation'),
  en('VPN access', [LG], 'abbreviation'),
  en('SNS', [LESSONS, GLOSSARY], 'abbreviation'),
  en('NHS', [BT], 'abbreviation'),
  en('SME', [KCC, MOPAS, NL], 'abbreviation'),
  en('UI for marginalised groups', [KCC], 'abbreviation', 'the site: better user interfaces'),
  en('UK telecoms company', [BT], 'abbreviation', 'the site: United Kingdom, British'),
  en('VDI', [LG, GLOSSARY], 'abbreviation'),

  // Another spelling
  en('Dutch smart working centers', [NL], 'spelling'),
  en('organizational culture', [BARRIERS, LESSONS, KR], 'spelling'),
  en('telecenter', [GLOSSARY, US], 'spelling', 'the glossary: telecentre'),
  en('marginalized groups', [MOPAS, KCC], 'spelling'),
  en('Ministry of Defense', [BT], 'spelling'),
  en('flexible working program', [BT], 'spelling'),
  en('aging society', [JP, CONCEPT, GLOSSARY], 'spelling'),
  en('Washington D.C.', [US], 'spelling'),

  // Names in another romanisation or form
  en('Jeong Cheol-ho', [ABOUT], 'transliteration', 'the site: Jung Cheol-ho'),
  en('Hong Hyojin', [CONCEPT], 'transliteration', 'the site: Hong Hyo-jin'),
  en('Kwanghwamun', [KT], 'transliteration', 'the site: Gwanghwamun'),
  en('Yoido', [IBM], 'transliteration', 'the site: Yeouido'),
  en('Kwanak', [KT], 'transliteration', 'the site: Gwanak'),
  en('British Telecom', [BT], 'transliteration'),
  en('Holland telework', [NL], 'transliteration'),
  en('America federal telework', [US], 'transliteration'),

  // Slips and misspellings
  en('telewrok pilot', [US], 'typo'),
  en('smart wrok centre', [KT, CONCEPT, GLOSSARY, KR], 'typo'),
  en('quite room', [KT, GLOSSARY], 'typo'),
  en('Acenture', [BT], 'typo'),
  en('thin clinet', [NTT, GLOSSARY], 'typo'),
  en('virtualisaton', [LG, GLOSSARY], 'typo'),
  en('Netherland', [NL], 'typo'),
  en('Obamma telework', [US], 'typo'),
  en('maternaty leave', [BT], 'typo'),

  // Spacing unlike the page
  en('Wi Fi zones', [KCC, GLOSSARY], 'spacing'),
  en('work life balance', [CONCEPT, GLOSSARY], 'spacing'),
  en('wifi zones', [KCC, GLOSSARY], 'spacing'),
  en('callcentre staff', [BT], 'spacing'),
  en('smartwork centre', [KT, CONCEPT, GLOSSARY, KR], 'spacing'),
  en('thinclient', [NTT, GLOSSARY], 'spacing'),
  en('quietroom', [KT, GLOSSARY], 'spacing'),
  en('jobsharing', [BT, GLOSSARY], 'spacing'),
];

/**
 * Queries that must find nothing: off-topic terms and false friends of words
 * on the site. Each was checked against the paper's text and every indexed
 * page: none of them occurs in either.
 */
export const MUST_FIND_NOTHING: NothingQuery[] = [
  { lang: 'ko', q: '메타버스', why: 'off-topic' },
  { lang: 'ko', q: '주4일제', why: 'the paper never mentions a four-day week' },
  { lang: 'ko', q: '비트코인', why: 'off-topic' },
  { lang: 'ko', q: '블록체인', why: 'off-topic' },
  { lang: 'ko', q: '코로나', why: 'the paper predates the pandemic' },
  { lang: 'ko', q: '팬데믹', why: 'the paper predates the pandemic' },
  { lang: 'ko', q: '챗GPT', why: 'off-topic' },
  { lang: 'ko', q: '최저임금', why: 'off-topic' },
  { lang: 'ko', q: '재택치료', why: 'false friend of 재택근무' },
  { lang: 'ko', q: '원격수업', why: 'false friend of 원격근무' },
  { lang: 'ko', q: '원격진료', why: 'false friend of 원격근무' },
  { lang: 'ko', q: '스마트시티', why: 'false friend of 스마트워크' },
  { lang: 'ko', q: '스마트팜', why: 'false friend of 스마트워크' },
  { lang: 'ko', q: '삼성전자', why: 'false friend of 삼성SDS' },
  { lang: 'ko', q: 'KTX', why: 'false friend of KT' },
  { lang: 'ko', q: '워케이션', why: 'false friend of 워크' },
  { lang: 'ko', q: '워크숍', why: 'false friend of 워크스타일' },
  { lang: 'ko', q: 'NTT도코모', why: 'false friend of NTT데이터' },
  { lang: 'en', q: 'blockchain', why: 'false friend of blocked' },
  { lang: 'en', q: 'bitcoin', why: 'off-topic' },
  { lang: 'en', q: 'metaverse', why: 'off-topic' },
  { lang: 'en', q: 'four-day week', why: 'the paper never mentions it; four, day and week each occur on some page' },
  { lang: 'en', q: 'COVID-19', why: 'the paper predates the pandemic' },
  { lang: 'en', q: 'pandemic', why: 'the paper predates the pandemic' },
  { lang: 'en', q: 'ChatGPT', why: 'off-topic' },
  { lang: 'en', q: 'minimum wage', why: 'off-topic' },
  { lang: 'en', q: 'telemedicine', why: 'false friend of telework' },
  { lang: 'en', q: 'smart city', why: 'false friend of smart work' },
  { lang: 'en', q: 'workation', why: 'false friend of work' },
  { lang: 'en', q: 'Samsung Electronics', why: 'false friend of Samsung SDS' },
  { lang: 'en', q: 'KTX', why: 'false friend of KT' },
  { lang: 'en', q: 'quiet quitting', why: 'false friend of quiet room' },
  { lang: 'en', q: 'Brexit', why: 'false friend of the British case' },
  { lang: 'en', q: 'Netflix', why: 'false friend of network, netbook' },
  { lang: 'en', q: 'NTT Docomo', why: 'false friend of NTT Data' },
  { lang: 'en', q: 'cryptocurrency', why: 'off-topic' },
  { lang: 'en', q: 'telescope', why: 'false friend of tele-' },
];
