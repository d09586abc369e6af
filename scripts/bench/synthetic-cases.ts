/**
 * Synthetic cases for the scale benchmark (`npm run bench:scale`), written in
 * the real content model: `content/cases/<id>.yaml` with country (Korea most
 * often, and countries the paper does not cover, by their ISO codes), sector,
 * start year, forms, policies, glossary terms, facts, a headline figure, 3–5
 * figures and 2–3 events, `content/cases/{ko,en}/<id>.mdx` with title,
 * summary, comparison cells and a body of about 900 words in each language
 * (Korean counted in eojeol, as the Starlight reference counts it), and for a
 * share of the cases a chart in `content/charts.yaml`. The texts keep the
 * rule of provenance: every paragraph and list item outside
 * `<Editorial>`/`<Background>` ends with a `<Cite>` of real facts (F01–F51),
 * and each `<Metric>` sits in a paragraph that cites the fact of its figure.
 * The two languages are in step (the same paragraphs, figures, citations and
 * terms) and spell terms as the glossary does, so `npm run lint:prose` passes.
 *
 * The organisations are made up (vocab.ts); the facts, glossary terms and
 * policies they refer to are the real ones, read from the content root, so the
 * checker and every page treat a synthetic case exactly like an editor's.
 * Deterministic: the same vocabulary, count and seed give the same files.
 *
 * Only ever written into a temporary copy of the project, never into content/.
 */
import { appendFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse, stringify } from 'yaml';
import { countWords, detailWriter, fill, withArticles, int, makeOrg, mulberry32, one, some, type Org, type Pair, type Rng, type Sector } from './vocab';

type Lang = 'ko' | 'en';
type Text = Record<Lang, string>;

/** What a synthetic case may refer to: read from the real content so every reference resolves. */
export interface Vocabulary {
  /** Glossary terms: id → term in each language, and its definition. */
  glossary: Map<string, { term: Text; definition: Text }>;
  /** Policies: id → title in each language. */
  policies: Map<string, Text>;
  /** Existing cases: id → title in each language (linked from the synthetic pages, never overwritten). */
  cases: Map<string, Text>;
}

export interface SyntheticOptions {
  /** How many synthetic cases to write. */
  count: number;
  /** Default 1. */
  seed?: number;
  /** Target words per page and language (Korean: eojeol). Default 900. */
  words?: number;
}

export interface GeneratedFile {
  /** Path from the project root, e.g. `content/cases/en/hanbit-logistics.mdx`. */
  path: string;
  text: string;
}

export interface GeneratedCase {
  id: string;
  files: GeneratedFile[];
  /** Words of each page as a reader sees them (Korean: eojeol). */
  words: Record<Lang, number>;
  /** The case's chart, as entries of content/charts.yaml, for a share of the cases. */
  chart?: string;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---/;
/** Of the cases with two or more figures of one measure, the share that gets a chart in content/charts.yaml. */
const CHART_SHARE = 0.5;
/** The date every synthetic page claims as its last change: fixed, so output never depends on the clock. */
const UPDATED = '2026-11-25';

function titlesOf(dir: string, id: string): Text {
  const title = (lang: Lang) => {
    const m = FRONTMATTER.exec(readFileSync(join(dir, lang, `${id}.mdx`), 'utf8'));
    const fm = (m ? parse(m[1]!) : {}) as { title?: string };
    return fm.title ?? id;
  };
  return { ko: title('ko'), en: title('en') };
}

function idsIn(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\.yaml$/, '')).sort();
}

/** Reads what synthetic cases may refer to from a project root. */
export function readVocabulary(root: string): Vocabulary {
  const c = join(root, 'content');
  const glossary = new Map<string, { term: Text; definition: Text }>();
  for (const g of parse(readFileSync(join(c, 'glossary.yaml'), 'utf8')) as { id: string; term: Text; definition: Text }[]) {
    glossary.set(g.id, { term: g.term, definition: g.definition });
  }
  const policies = new Map(idsIn(join(c, 'policies')).map((id) => [id, titlesOf(join(c, 'policies'), id)] as const));
  const cases = new Map(idsIn(join(c, 'cases')).map((id) => [id, titlesOf(join(c, 'cases'), id)] as const));
  return { glossary, policies, cases };
}

// ------------------------------------------------------------------ figures

interface MetricSpec {
  id: string;
  value: number;
  valueMax?: number;
  approx?: boolean;
  unit: string;
  per?: 'year' | 'day';
  year?: number;
  kind: 'actual' | 'target' | 'forecast' | 'expected';
  base: string;
  measure: Text;
  denominator?: Text;
  fact: string;
}

/** A figure a case may report, and the sentence that states it ({m} is the figure). */
interface MetricTemplate {
  key: string;
  role: 'scale' | 'target' | 'result';
  make: (rng: Rng, ctx: CaseCtx) => Omit<MetricSpec, 'id'>;
  sentence: Pair;
}

interface CaseCtx {
  org: Org;
  startYear: number;
  vars: Record<Lang, Record<string, string | number>>;
}

const COMPANY_METRICS: MetricTemplate[] = [
  {
    key: 'staff-share', role: 'scale',
    make: (rng, { org, startYear }) => ({
      value: int(rng, 5, 85), unit: 'percent', year: Math.min(2012, startYear + int(rng, 1, 3)), kind: 'actual', base: 'company-staff',
      measure: { ko: `'${org.prog[0]}'에 참여하는 직원 비율`, en: `share of staff taking part in ${org.prog[1]}` },
      denominator: { ko: `${org.ko} 전체 직원`, en: `all staff of ${org.en}` }, fact: 'F30',
    }),
    sentence: ['시간이 지나면서 전체 직원의 {m}가 \'{prog}\'에 참여하게 되었다.', 'In time, {m} of all staff came to take part in {prog}.'],
  },
  {
    key: 'hubs', role: 'scale',
    make: (rng, { startYear }) => ({
      value: int(rng, 2, 40), unit: 'sites', year: Math.min(2012, startYear + int(rng, 0, 2)), kind: 'actual', base: 'company-sites',
      measure: { ko: '직원이 이용하는 거점 오피스 수', en: 'satellite offices open to staff' }, fact: 'F32',
    }),
    sentence: ['직원이 집 가까이에서 자리를 예약해 쓸 수 있는 거점 오피스는 {m}에 달했다.', 'Staff could book a desk closer to home at {m}, regional offices open to any employee.'],
  },
  {
    key: 'vdi-share', role: 'scale',
    make: (rng, { startYear }) => ({
      value: int(rng, 2, 40), unit: 'percent', year: Math.min(2012, startYear + int(rng, 1, 4)), kind: 'actual', base: 'company-staff',
      measure: { ko: '가상 데스크톱을 쓰는 직원 비율', en: 'share of staff using the virtual desktop' },
      denominator: { ko: '전체 직원', en: 'all staff' }, fact: 'F43',
    }),
    sentence: ['보안이 갖춰진 가상 데스크톱 환경은 전체 직원의 {m}가 쓰고 있었다.', 'The secure virtual desktop environment was used by {m} of all staff.'],
  },
  {
    key: 'share-target', role: 'target',
    make: (rng) => ({
      value: int(rng, 30, 90), unit: 'percent', year: int(rng, 2012, 2015), kind: 'target', base: 'company-staff',
      measure: { ko: '스마트워크로 일하게 할 목표 직원 비율', en: 'target share of staff working in smart-work mode' },
      denominator: { ko: '전체 직원', en: 'all staff' }, fact: 'F30',
    }),
    sentence: ['회사는 앞으로 전체 직원의 {m}가 스마트워크 방식으로 일하게 한다는 목표를 세웠다.', 'The company set itself the target of {m} of all staff working in smart-work mode.'],
  },
  {
    key: 'hubs-target', role: 'target',
    make: (rng) => ({
      value: int(rng, 10, 60), unit: 'sites', year: int(rng, 2012, 2015), kind: 'target', base: 'company-sites',
      measure: { ko: '계획한 거점 오피스 수', en: 'satellite offices planned' }, fact: 'F31',
    }),
    sentence: ['거점 오피스는 모두 {m} 규모로 늘릴 계획이었다.', 'The plan was to grow the network to {m} in all.'],
  },
  {
    key: 'floors', role: 'result',
    make: (rng, { startYear }) => ({
      value: int(rng, 4, 18), unit: 'floors', year: Math.min(2012, startYear + int(rng, 2, 5)), kind: 'actual', base: 'office-floors',
      measure: { ko: '통합 뒤 임차한 사무실 층수', en: 'office floors rented after consolidation' }, fact: 'F33',
    }),
    sentence: ['좌석을 함께 쓰게 되면서 회사가 임차하는 사무실은 {m} 규모로 줄었다.', 'With desks shared, the company rented {m} of office space.'],
  },
  {
    key: 'office-saving', role: 'result',
    make: (rng, { org }) => ({
      value: org.staff * int(rng, 2, 9) * 100_000, unit: 'krw', per: 'year', kind: 'actual', base: 'yearly-saving',
      measure: { ko: '연간 사무실 비용 절감액', en: 'office costs saved a year' }, fact: 'F33',
    }),
    sentence: ['사무실 비용은 해마다 {m}씩 줄었다.', 'Office costs fell by {m} a year.'],
  },
  {
    key: 'productivity', role: 'result',
    make: (rng) => {
      const value = int(rng, 5, 25);
      return { value, valueMax: value + int(rng, 5, 20), unit: 'percent', kind: 'actual', base: 'outcome-change', measure: { ko: '생산성 향상', en: 'higher productivity' }, fact: 'F41' };
    },
    sentence: ['참여한 팀의 생산성은 {m} 높아졌다고 보고되었다.', 'Participating teams reported productivity {m} higher.'],
  },
  {
    key: 'sick-leave', role: 'result',
    make: (rng) => ({ value: int(rng, 10, 60), unit: 'percent', kind: 'actual', base: 'outcome-change', measure: { ko: '병가율 감소', en: 'lower sick-leave rate' }, fact: 'F41' }),
    sentence: ['병가율은 {m} 낮아졌다.', 'The sick-leave rate fell by {m}.'],
  },
  {
    key: 'satisfaction', role: 'result',
    make: (rng) => ({
      value: int(rng, 60, 92), unit: 'percent', kind: 'actual', base: 'outcome-rate',
      measure: { ko: '업무 효율 등에 만족한 참여자 비율', en: 'share of participants satisfied with work efficiency and other aspects' },
      denominator: { ko: '참여한 직원', en: 'participating staff' }, fact: 'F29',
    }),
    sentence: ['참여한 직원의 {m}가 업무 효율 등에 만족한다고 답했다.', 'Of the staff who took part, {m} said they were satisfied with work efficiency and other aspects.'],
  },
];

const GOVERNMENT_METRICS: MetricTemplate[] = [
  {
    key: 'eligible-share', role: 'scale',
    make: (rng, { startYear }) => ({
      value: int(rng, 20, 400) / 10, unit: 'percent', year: Math.min(2012, startYear + int(rng, 1, 3)), kind: 'actual', base: 'public-eligible-staff',
      measure: { ko: '원격근무 대상 직원 가운데 실제로 원격근무를 한 비율', en: 'share of telework-eligible staff who teleworked' },
      denominator: { ko: '원격근무 대상 직원', en: 'telework-eligible staff' }, fact: 'F35',
    }),
    sentence: ['원격근무 대상 직원 가운데 {m}가 실제로 원격근무를 했다.', 'Of the staff eligible for telework, {m} actually teleworked.'],
  },
  {
    key: 'centres', role: 'scale',
    make: (rng, { startYear }) => ({
      value: int(rng, 3, 60), unit: 'sites', year: Math.min(2012, startYear + int(rng, 0, 3)), kind: 'actual', base: 'count-centres',
      measure: { ko: '운영 중인 스마트워크센터 수', en: 'smart work centres in operation' }, fact: 'F38',
    }),
    sentence: ['관내에서 운영되는 스마트워크센터는 {m}에 이르렀다.', 'Smart work centres in operation in the area reached {m}.'],
  },
  {
    key: 'agencies', role: 'scale',
    make: (rng, { startYear }) => ({
      value: int(rng, 3, 40), unit: 'agencies', year: Math.min(2012, startYear + int(rng, 0, 2)), kind: 'actual', base: 'count-organisations',
      measure: { ko: '시범 사업에 참여한 기관 수', en: 'agencies taking part in the pilot' }, fact: 'F35',
    }),
    sentence: ['시범 사업에는 {m}이 참여했다.', 'The pilot brought in {m}.'],
  },
  {
    key: 'teleworkers-target', role: 'target',
    make: (rng) => ({
      value: int(rng, 5, 150) * 100, unit: 'people', year: int(rng, 2011, 2015), kind: 'target', base: 'public-people',
      measure: { ko: '원격근무를 하게 할 목표 공무원 수', en: 'civil servants to telework (target)' }, fact: 'F35',
    }),
    sentence: ['원격근무를 하는 공무원을 {m}까지 늘린다는 목표도 세웠다.', 'It also set a goal of {m} teleworking civil servants.'],
  },
  {
    key: 'workers-target', role: 'target',
    make: (rng) => ({
      value: int(rng, 10, 40), unit: 'percent', year: int(rng, 2015, 2020), kind: 'target', base: 'national-workers',
      measure: { ko: '스마트워커 비율 목표', en: 'target share of smart workers among the employed' },
      denominator: { ko: '지역의 취업자', en: 'the employed in the area' }, fact: 'F39',
    }),
    sentence: ['취업자 가운데 스마트워커의 비율을 {m}까지 높인다는 목표가 제시되었다.', 'The goal was to make {m} of the employed smart workers.'],
  },
  {
    key: 'commute', role: 'result',
    make: (rng) => ({
      value: int(rng, 30, 120), unit: 'minutes', per: 'day', kind: 'expected', base: 'expected-effect',
      measure: { ko: '한 사람이 아끼는 하루 출퇴근 시간', en: 'commuting time saved per worker a day' }, fact: 'F07',
    }),
    sentence: ['스마트워크가 자리 잡으면 한 사람이 하루 {m}의 출퇴근 시간을 아낄 것으로 예상되었다.', 'Once smart work took hold, each worker was expected to save {m} of commuting a day.'],
  },
  {
    key: 'satisfaction', role: 'result',
    make: (rng) => ({
      value: int(rng, 60, 92), approx: true, unit: 'percent', kind: 'actual', base: 'survey-pilot',
      measure: { ko: '시범 근무에 만족한 참여자 비율', en: 'share of pilot workers satisfied' },
      denominator: { ko: '시범 근무 참여자', en: 'pilot workers' }, fact: 'F29',
    }),
    sentence: ['시범 근무에 참여한 직원의 {m}가 업무 효율 등에 만족했다.', 'Of the pilot workers, {m} were satisfied with work efficiency and other aspects.'],
  },
];

// ------------------------------------------------------------------ vocabulary of the atlas

/** Korea most often, as in the paper; then the paper's other countries and some it does not cover (any ISO code is a country). */
const COUNTRIES = ['KR', 'KR', 'KR', 'KR', 'KR', 'US', 'NL', 'JP', 'GB', 'DE', 'FR', 'SE', 'CA'] as const;
/** Where the paper gives a country's own account; a government case cites it. */
const COUNTRY_FACT: Record<string, string> = { KR: 'F28', US: 'F35', NL: 'F38', JP: 'F39', GB: 'F44' };
/** Forms of smart work and the glossary term that explains each. */
const FORM_TERM: Record<string, string> = {
  telework: 'telework', home: 'home-working', 'partial-home': 'home-working', centre: 'smart-work-centre', 'smart-office': 'smart-office',
  mobile: 'mobile-work', 'flexible-hours': 'flexible-hours', 'virtual-desktop': 'virtual-desktop', 'job-sharing': 'job-sharing',
};
const FORMS = Object.keys(FORM_TERM);
/** The fact a policy page rests on, for the sentence that links to it. */
const POLICY_FACT: Record<string, string> = { 'national-activation-strategy': 'F05', 'mopas-promotion-strategy': 'F18', 'kcc-infrastructure-strategy': 'F23' };

const HEADINGS: [Pair, ...Pair[]] = [
  ['배경과 동기', 'Context and motive'],
  ['도입 내용과 시기', 'What was introduced, and when'],
  ['스마트워크 형태', 'Forms of smart work'],
  ['규모와 확산', 'Scale and uptake'],
  ['성과', 'Results'],
  ['시사점', 'What others can learn'],
];
/** Facts the detail paragraphs of each section cite: what the paper says on that subject. */
const DETAIL_FACTS: string[][] = [['F15', 'F17'], ['F45', 'F49'], ['F02', 'F13'], ['F30', 'F46'], ['F16', 'F49'], ['F44']];
/** Sections that take detail paragraphs, in the order they are filled. */
const DETAIL_ORDER = [0, 1, 3, 4, 2];

const MOTIVES: { term: string; text: Pair }[] = [
  { term: 'work-life-balance', text: ['경영진은 \'{prog}\' 도입의 주된 이유로 비용 절감과 효율 향상, 그리고 더 나은 {t}{을} 바라는 직원들의 요구를 들었다.', 'Management named lower costs, greater efficiency and the wish of staff for a better {t} as the main reasons for {prog}.'] },
  { term: 'green-it', text: ['이 프로그램은 이동과 사무실 에너지 사용을 줄이는 {t} 노력의 하나로도 소개되었다.', 'The programme was also presented as part of a {t} effort, cutting travel and the energy offices use.'] },
  { term: 'low-birth-ageing', text: ['{t}{으로} 일할 사람이 줄어드는 가운데, {name}{은} 자녀를 둔 직원과 나이 든 직원이 계속 일할 수 있기를 바랐다.', 'With {t} shrinking the pool of workers, {name} wanted to keep parents and older staff in work.'] },
];

const LESSONS: { terms: string[]; facts: string[]; text: Pair }[] = [
  { terms: ['cloud-computing'], facts: ['F45'], text: ['**인프라가 먼저다.** 유무선 원격 접속, 어디서나 같은 환경을 주는 {t0} 기반 업무 시스템, 보안 솔루션과 모바일 기기가 하나로 맞물려야 한다.', '**Infrastructure comes first.** Remote access, work systems on {t0} that give the same environment everywhere, security solutions and mobile devices have to work as one.'] },
  { terms: ['in-house-sns'], facts: ['F46', 'F47'], text: ['**고립을 막아야 한다.** 원격근무는 사람을 떼어 놓을 수 있으므로, 소통과 유대에는 {t0}{을} 쓰는 것이 좋다.', '**Guard against isolation.** Working apart can cut people off, so communication and bonding need channels such as an {t0}.'] },
  { terms: ['face-to-face-culture'], facts: ['F48'], text: ['**문화가 가장 중요하다.** 대면 보고와 결재를 당연하게 여기는 {t0}{이} 가장 큰 장벽이다.', '**Culture matters most.** A {t0} of reporting and approving in person is the biggest obstacle.'] },
  { terms: ['attendance-management', 'performance-evaluation'], facts: ['F49'], text: ['**제도를 함께 바꿔야 한다.** {t0}{와} {t1}{을} 고치고, 스마트워크에 맞는 직무부터 고르는 것이 전제 조건이다.', '**Change the rules with it.** Reforming {t0} and {t1}, and choosing the jobs that suit smart work first, are preconditions.'] },
  { terms: ['information-security'], facts: ['F47'], text: ['**보안을 설계에 넣어야 한다.** 내부 정보에 원격으로 접속하면 유출 위험이 커지므로 {t0} 솔루션을 처음부터 갖춰야 한다.', '**Build security in.** Remote access to internal information raises the risk of leaks, so {t0} solutions belong in the design from the start.'] },
];

const COMPARE: { key: 'scale' | 'results' | 'security' | 'drivers' | 'barriers'; text: Pair; facts?: string[] }[] = [
  { key: 'scale', text: ['{city}{와} 그 밖의 지역에서 거점 오피스와 재택근무를 함께 운영하는 \'{prog}\' 프로그램.', '{prog}: satellite offices and home working for staff in {city} and beyond.'] },
  { key: 'results', text: ['전면 도입 뒤 사무실 비용이 줄고 업무 성과가 나아졌다고 보고되었다.', 'Lower office costs and better reported results after the full rollout.'] },
  { key: 'security', text: ['원격 작업은 가상 데스크톱과 이중 인증을 거치며, 중요한 자료는 내려받을 수 없다.', 'Remote sessions go through a virtual desktop and two-factor sign-in; important data cannot be downloaded.'], facts: ['F34', 'F47'] },
  { key: 'drivers', text: ['비용 절감과 효율, 일과 삶의 균형을 바라는 직원들의 요구.', 'Lower costs and efficiency, and staff who wanted a better work–life balance.'], facts: ['F15'] },
  { key: 'barriers', text: ['관리자의 의구심과 대면 보고 관행.', "Managers' doubts and the habit of reporting face to face."], facts: ['F17', 'F48'] },
];

// ------------------------------------------------------------------ writing

/** Puts `<Cite f>` on the last word of a paragraph, before its final punctuation. */
function cite(text: string, facts: string[]): string {
  const tag = `<Cite f="${[...new Set(facts)].join(' ')}" />`;
  // "… 3 p.m." keeps its abbreviation's full stop; the citation follows it.
  if (/\b[ap]\.m\.$/.test(text)) return `${text}${tag}`;
  const m = /([.!?])$/.exec(text);
  return m ? `${text.slice(0, -1)}${tag}${m[1]}` : `${text}${tag}`;
}

/** Joins Korean or English items into a list: "a, b and c" / "a, b, c". */
function listOf(items: string[], lang: Lang): string {
  if (lang === 'ko' || items.length < 2) return items.join(', ');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

interface Block {
  /** Section index (0–5). */
  section: number;
  text: Text;
}

function caseFiles(vocab: Vocabulary, org: Org, index: number, seed: number, words: number): GeneratedCase {
  const rng = mulberry32(seed * 100_003 + index * 7919 + 17);
  const id = org.slug;
  const startYear = int(rng, 1995, 2011);
  const company = org.sector === 'company';
  const sectorWord: Text = company ? { ko: org.industry![2], en: org.industry![3] } : { ko: '공공', en: 'public' };
  const vars: CaseCtx['vars'] = {
    ko: { name: org.ko, city: org.city[0], prog: org.prog[0], qprog: `'${org.prog[0]}'`, sector: sectorWord.ko, staff: org.staff.toLocaleString('en-US'), year: startYear },
    en: { name: org.en, city: org.city[1], prog: org.prog[1], qprog: org.prog[1], sector: sectorWord.en, staff: org.staff.toLocaleString('en-US'), year: startYear },
  };
  const ctx: CaseCtx = { org, startYear, vars };
  const has = (t: string) => vocab.glossary.has(t);
  const termTag = (t: string, lang: Lang) => (has(t) ? `<Term id="${t}">${vocab.glossary.get(t)!.term[lang]}</Term>` : t.replace(/-/g, ' '));
  const terms = new Set<string>();
  const useTerm = (t: string) => {
    if (has(t)) terms.add(t);
    return { ko: termTag(t, 'ko'), en: termTag(t, 'en') };
  };
  /** Fills a template pair; a value given as a `Text` differs by language. */
  const render = (p: Pair, extra: Record<string, string | number | Text> = {}): Text => {
    const pick = (lang: Lang) => Object.fromEntries(Object.entries(extra).map(([k, v]) => [k, typeof v === 'object' ? v[lang] : v]));
    return { ko: fill(p[0], { ...vars.ko, ...pick('ko') }), en: withArticles(fill(p[1], { ...vars.en, ...pick('en') })) };
  };

  // Shape of the case.
  const forms = some(rng, FORMS, int(rng, 1, 3));
  const pool = company ? COMPANY_METRICS : GOVERNMENT_METRICS;
  const scale = some(rng, pool.filter((m) => m.role === 'scale'), int(rng, 1, 2));
  const target = rng() < 0.6 ? some(rng, pool.filter((m) => m.role === 'target'), 1) : [];
  const results = some(rng, pool.filter((m) => m.role === 'result'), 1 + int(rng, 1, 3));
  // 3–5 figures: one or two of scale, maybe a target, at least two results.
  const chosen = [...scale, ...target, ...results].slice(0, 5);
  const metrics = chosen.map((tpl) => ({ tpl, spec: { id: `${id}/${tpl.key}`, ...tpl.make(rng, ctx) } as MetricSpec }));
  const metricSentence = (m: (typeof metrics)[number]) => render(m.tpl.sentence, { m: `<Metric id="${m.spec.id}" />` });
  const policyIds = org.country === 'KR' && company ? some(rng, [...vocab.policies.keys()], int(rng, 0, 2)).sort() : org.country === 'KR' ? [...vocab.policies.keys()].filter((p) => POLICY_FACT[p]).slice(0, 1) : [];

  const blocks: Block[] = [];
  const para = (section: number, text: Text, facts: string[]) => blocks.push({ section, text: { ko: cite(text.ko, facts), en: cite(text.en, facts) } });

  // 1. Context and motive
  if (company) {
    para(0, render(['{name}{은} {city}에 본사를 둔 {sector} 기업으로, 직원은 약 {staff}명이다. 스마트워크를 빠르게 받아들인 민간 기업, 그중에서도 정보기술 분야 기업들과 같은 흐름에 속한다.', '{name} is a {sector} company based in {city}, with about {staff} employees. It belongs to the group of private firms, information-technology firms above all, that took up smart work quickly.']), ['F30']);
  } else {
    para(0, render(['{name}{은} {city}의 공공기관으로, 직원은 약 {staff}명이다. 정부와 공공부문이 먼저 이끌고 민간이 뒤따르는 흐름 속에서 스마트워크를 도입했다.', '{name} is a public body in {city} with about {staff} staff. It took up smart work in the pattern the paper describes, with government and the public sector leading and private firms following.']), [COUNTRY_FACT[org.country] ?? 'F44', 'F44']);
  }
  const motive = one(rng, MOTIVES.filter((m) => has(m.term)).length ? MOTIVES.filter((m) => has(m.term)) : MOTIVES);
  para(0, render(motive.text, { t: (useTerm(motive.term)) }), ['F15']);

  // 2. What was introduced, and when
  para(1, render(['{name}{은} {year}년 \'{prog}\' 프로그램을 시작해, 직원이 언제 어디서 일할지를 하나의 규칙으로 정했다.', 'In {year} {name} launched {prog}, one set of rules for where and when its staff could work.']), ['F13']);
  para(1, { ko: metrics.filter((m) => m.tpl.role === 'scale').map((m) => metricSentence(m).ko).join(' '), en: metrics.filter((m) => m.tpl.role === 'scale').map((m) => metricSentence(m).en).join(' ') }, metrics.filter((m) => m.tpl.role === 'scale').map((m) => m.spec.fact));
  for (const p of policyIds) {
    const title = vocab.policies.get(p)!;
    para(1, render(['정부의 [{title}](../../policies/{pid}/)이 이 프로그램이 자란 정책의 틀을 마련했다.', "The government's [{title}](../../policies/{pid}/) set the frame in which the programme grew."], { title: (title), pid: p }), [POLICY_FACT[p] ?? 'F50']);
  }

  // 3. Forms of smart work
  const formTerms = [...new Set(forms.map((f) => FORM_TERM[f]!))];
  const formTags = formTerms.map(useTerm);
  const formList: Text = { ko: listOf(formTags.map((t) => t.ko), 'ko'), en: listOf(formTags.map((t) => t.en), 'en') };
  para(2, render(['{qprog}에서 쓰는 스마트워크의 형태는 {forms}{이다}. 논문이 나누는 스마트워크의 형태 가운데 어디에 속하는지는 이 구성으로 알 수 있다.', 'The forms of smart work in {prog} are these: {forms}. This is what places it among the forms of smart work the paper distinguishes.'], { forms: (formList) }), ['F02', 'F13']);
  const explained = formTerms.find(has);
  if (explained) {
    const g = vocab.glossary.get(explained)!;
    blocks.push({ section: 2, text: { ko: `<Background>\n\n<Term id="${explained}">${g.term.ko}</Term>: ${g.definition.ko}\n\n</Background>`, en: `<Background>\n\n<Term id="${explained}">${g.term.en}</Term>: ${g.definition.en}\n\n</Background>` } });
  }

  // 4. Scale and uptake
  const targets = metrics.filter((m) => m.tpl.role === 'target');
  if (targets.length) para(3, { ko: targets.map((m) => metricSentence(m).ko).join(' '), en: targets.map((m) => metricSentence(m).en).join(' ') }, targets.map((m) => m.spec.fact));
  para(3, render(['다만 직원 한 사람이 얼마나 자주, 어떤 직무에서 이 방식을 썼는지는 수치로 나와 있지 않다.', 'The figures do not say how often individual employees used the arrangement, or in which jobs.']), [company ? 'F30' : COUNTRY_FACT[org.country] ?? 'F44']);

  // 5. Results
  const res = metrics.filter((m) => m.tpl.role === 'result');
  para(4, { ko: res.map((m) => metricSentence(m).ko).join(' '), en: res.map((m) => metricSentence(m).en).join(' ') }, res.map((m) => m.spec.fact));
  const headline = metrics[0]!;
  blocks.push({
    section: 4,
    text: render([
      '<Editorial>\n\n함께 놓고 보면, 이 수치들은 {name}{이} {qprog}{을} IT 사업이 아니라 일하는 방식의 변화로 다뤘음을 보여 주는 것으로 읽힌다. 다만 <Metric id="{hid}" /> 같은 수치만으로는 프로그램의 어느 부분이 차이를 만들었는지 알 수 없다.\n\n</Editorial>',
      '<Editorial>\n\nRead together, these figures suggest that {name} treated {prog} as a change in how work is organised rather than as an IT project. A figure such as <Metric id="{hid}" /> does not show, on its own, which part of the programme made the difference.\n\n</Editorial>',
    ], { hid: headline.spec.id }),
  });

  // 6. What others can learn
  para(5, render(['{name}의 경험은 다른 사례에서 얻은 교훈과 잘 맞는다. 대부분 정부가 먼저 기반을 닦고 민간이 뒤따랐으며, 앞선 기업은 그 경험을 사업으로 바꾸기도 했다.', "{name}'s experience fits the lessons drawn from the other cases: in most countries government laid the ground first and firms followed, and the leaders among them turned what they learned into a business."]), ['F44']);
  const lessons = some(rng, LESSONS.filter((l) => l.terms.every(has)), 3);
  const items: Text = { ko: '', en: '' };
  for (const l of lessons) {
    const tags = Object.fromEntries(l.terms.map((t, i) => [`t${i}`, (useTerm(t))]));
    const text = render(l.text, tags);
    items.ko += `- ${cite(text.ko, l.facts)}\n`;
    items.en += `- ${cite(text.en, l.facts)}\n`;
  }
  blocks.push({ section: 5, text: { ko: items.ko.trimEnd(), en: items.en.trimEnd() } });
  const peers = some(rng, [...vocab.cases.keys()], 2).sort();
  if (peers.length === 2) {
    const link = (p: string, lang: Lang) => `[${vocab.cases.get(p)![lang]}](../${p}/)`;
    para(5, render(['스마트워크를 꾸리는 다른 방식은 {a}{와} {b} 사례에서 볼 수 있다.', 'For other ways of organising smart work, compare {a} and {b}.'], { a: ({ ko: link(peers[0]!, 'ko'), en: link(peers[0]!, 'en') }), b: ({ ko: link(peers[1]!, 'ko'), en: link(peers[1]!, 'en') }) }), ['F44']);
  }

  // Detail paragraphs until the Korean text reaches the target: three sentences in Korean,
  // and in English as many of the same sentences (one to three) as keep its count of words
  // level with the Korean (a Korean eojeol is a longer unit than an English word). Both
  // languages have the same paragraphs, each with the same citation, as editors keep them.
  const detail = detailWriter(mulberry32(seed * 7 + index * 131 + 3), org.city);
  const extras: Block[] = [];
  /** Each section: its opening paragraph, its details, then the rest of its blocks. */
  const body = (lang: Lang) =>
    HEADINGS.map((h, s) => {
      const own = blocks.filter((b) => b.section === s);
      const parts = [...own.slice(0, 1), ...extras.filter((b) => b.section === s), ...own.slice(1)];
      return [`## ${h[lang === 'ko' ? 0 : 1]}`, ...parts.map((b) => b.text[lang])].join('\n\n');
    }).join('\n\n') + '\n';
  const counted = { ko: countWords(body('ko')), en: countWords(body('en')) };
  for (let k = 0; counted.ko < words && k < 80; k++) {
    const s = [detail(), detail(), detail()];
    const section = DETAIL_ORDER[k % DETAIL_ORDER.length]!;
    const facts = [one(rng, DETAIL_FACTS[section]!)];
    const ko = s.map((x) => x[0]).join(' ');
    counted.ko += countWords(ko);
    const english = [1, 2, 3].map((n) => s.slice(0, n).map((x) => x[1]).join(' '));
    const en = english.reduce((best, e) => (Math.abs(counted.en + countWords(e) - counted.ko) < Math.abs(counted.en + countWords(best) - counted.ko) ? e : best));
    counted.en += countWords(en);
    extras.push({ section, text: { ko: cite(ko, facts), en: cite(en, facts) } });
  }

  // Data file.
  const facts = new Set<string>();
  for (const b of [...blocks, ...extras]) for (const m of `${b.text.ko}${b.text.en}`.matchAll(/<Cite f="([^"]+)"/g)) m[1]!.split(' ').forEach((f) => facts.add(f));
  for (const m of metrics) facts.add(m.spec.fact);
  const events: object[] = [{ year: startYear, kind: 'start', label: { ko: `'${org.prog[0]}' 도입`, en: `${org.prog[1]} introduced` } }];
  const dated = metrics.find((m) => m.tpl.role === 'scale' && m.spec.year !== undefined);
  if (dated) events.push({ year: dated.spec.year, kind: 'milestone', metric: dated.spec.id });
  const goal = targets[0];
  if (goal?.spec.year !== undefined) events.push({ year: goal.spec.year, kind: 'target', metric: goal.spec.id });
  if (events.length < 2) events.push({ year: Math.min(2012, startYear + 2), kind: 'milestone', label: { ko: '전 직원으로 확대', en: 'extended to all staff' } });
  events.sort((a, b) => (a as { year: number }).year - (b as { year: number }).year);
  const data = {
    country: org.country,
    sector: org.sector,
    startYear,
    forms,
    policies: policyIds,
    glossary: [...terms].sort(),
    facts: [...facts].sort(),
    headline: headline.spec.id,
    metrics: metrics.map((m) => m.spec),
    events,
  };

  // Texts.
  const compareKeys = COMPARE.filter((c) => c.key === 'scale' || rng() < 0.7);
  const compareFacts = (c: (typeof COMPARE)[number]) =>
    c.facts ?? (c.key === 'scale' ? metrics.filter((m) => m.tpl.role !== 'result').map((m) => m.spec.fact) : res.map((m) => m.spec.fact));
  const text = (lang: Lang) => {
    const v = vars[lang];
    const sectorText = company ? (lang === 'ko' ? `${v['sector']} 기업` : `${v['sector']} company`) : lang === 'ko' ? '공공기관' : 'public body';
    const summary =
      lang === 'ko'
        ? fill(`{city}의 ${sectorText} {name}{이} {year}년 '{prog}' 프로그램으로 도입한 스마트워크: 형태, 규모와 성과.`, v)
        : withArticles(fill(`How {name}, a ${sectorText} in {city}, introduced smart work through {prog} in {year}: its forms, scale and results.`, v));
    const fm = {
      title: lang === 'ko' ? org.ko : org.en,
      summary,
      compare: Object.fromEntries(compareKeys.map((c) => [c.key, { text: render(c.text)[lang], facts: [...new Set(compareFacts(c))] }])),
      updated: UPDATED,
    };
    return `---\n${stringify(fm, { lineWidth: 0 })}---\n\n${body(lang)}`;
  };
  const dataText = `# Synthetic case for the scale benchmark (scripts/bench/synthetic-cases.ts): a made-up organisation.\n${stringify(data, { lineWidth: 0 })}`;

  // A chart on the case page for a share of the cases, as editors add one where a case has
  // several figures of one measure: a panel per base, unit and rate holding two or more.
  const groups = new Map<string, string[]>();
  for (const { spec } of metrics) {
    const key = `${spec.base} ${spec.unit} ${spec.per ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), spec.id]);
  }
  const panels = [...groups.values()].filter((points) => points.length >= 2).map((points) => ({ label: 'measure', points }));
  const chart =
    panels.length && rng() < CHART_SHARE
      ? stringify([{ id: `${id}-figures`, type: 'bar', title: { ko: `${org.ko}의 스마트워크 수치`, en: `${org.en}: smart work in figures` }, place: `case/${id}`, panels }], { lineWidth: 0 })
      : undefined;
  return {
    id,
    ...(chart ? { chart } : {}),
    files: [
      { path: `content/cases/${id}.yaml`, text: dataText },
      { path: `content/cases/ko/${id}.mdx`, text: text('ko') },
      { path: `content/cases/en/${id}.mdx`, text: text('en') },
    ],
    words: { ko: countWords(body('ko')), en: countWords(body('en')) },
  };
}

/** The synthetic cases for a vocabulary; ids never clash with the cases it already holds. */
export function syntheticCases(vocab: Vocabulary, options: SyntheticOptions): GeneratedCase[] {
  const seed = options.seed ?? 1;
  const words = options.words ?? 900;
  const taken = new Set(vocab.cases.keys());
  const orgRng = mulberry32(seed * 100_019 + 5);
  const koTerms = [...vocab.glossary.values()].map((g) => g.term.ko);
  const out: GeneratedCase[] = [];
  for (let i = 0; i < options.count; i++) {
    const country = one(orgRng, COUNTRIES);
    const sector: Sector = orgRng() < 0.15 ? 'government' : 'company';
    out.push(caseFiles(vocab, makeOrg(orgRng, { country, sector }, taken, (ko) => koTerms.some((t) => ko.startsWith(t))), i, seed, words));
  }
  return out;
}

/** Writes `count` synthetic cases into the project at `root` (a temporary copy, never the repository). */
export function writeSyntheticCases(root: string, options: SyntheticOptions): GeneratedCase[] {
  const cases = syntheticCases(readVocabulary(root), options);
  for (const c of cases) {
    for (const f of c.files) {
      const path = join(root, f.path);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, f.text);
    }
  }
  const charts = cases.flatMap((c) => c.chart ?? []);
  if (charts.length) appendFileSync(join(root, 'content/charts.yaml'), `\n# Charts of the synthetic cases.\n${charts.join('')}`);
  return cases;
}

