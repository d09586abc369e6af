/**
 * Deterministic bilingual vocabulary for synthetic content: a seeded PRNG,
 * Korean particles, made-up organisations and programmes, and "detail"
 * sentences built from bilingual word lists. The word lists are those of the
 * Starlight reference site's generator (its `vocab.mjs`; see bench-scale.ts
 * for where the reference is found), so both sites get the same kind of search vocabulary and the
 * comparison measures the sites, not the words. Nothing here reads the clock
 * or the environment: the same seed gives the same output.
 */

/** A pair of the same thing in Korean and English. */
export type Pair = readonly [ko: string, en: string];
export type Rng = () => number;

export function mulberry32(seed: number): Rng {
  let a = seed;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
export const int = (rng: Rng, lo: number, hi: number): number => lo + Math.floor(rng() * (hi - lo + 1));
export const one = <T>(rng: Rng, arr: readonly T[]): T => arr[Math.floor(rng() * arr.length)]!;
/** `n` distinct items in random order. */
export function some<T>(rng: Rng, arr: readonly T[], n: number): T[] {
  const idx = arr.map((_, i) => i);
  for (let i = idx.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [idx[i], idx[j]] = [idx[j]!, idx[i]!];
  }
  return idx.slice(0, Math.min(n, idx.length)).map((i) => arr[i]!);
}

// ------------------------------------------------------------ Korean particles
/** Whether a word's last syllable ends in a consonant (and whether that is ㄹ); markup is ignored. */
export function hasBatchim(word: string): { yes: boolean; rieul: boolean } {
  const s = word.replace(/<[^>]*>|\]\([^)]*\)|[\]*'"]/g, '').trim();
  const c = s.charCodeAt(s.length - 1);
  if (c >= 0x30 && c <= 0x39) {
    // digits read in Korean: 0 영, 1 일, 3 삼, 6 육, 7 칠, 8 팔 end in a consonant
    const d = s[s.length - 1]!;
    return { yes: '013678'.includes(d), rieul: '178'.includes(d) };
  }
  if (/[LMN]$/.test(s)) return { yes: true, rieul: s.endsWith('L') }; // 엘, 엠, 엔
  if (c < 0xac00 || c > 0xd7a3) return { yes: false, rieul: false };
  const jong = (c - 0xac00) % 28;
  return { yes: jong !== 0, rieul: jong === 8 };
}
const JOSA: Record<string, Pair> = { 은: ['은', '는'], 이: ['이', '가'], 을: ['을', '를'], 와: ['과', '와'], 였: ['이었', '였'], 이다: ['이다', '다'] };

/** Fills `{key}` from vars; `{key}{은}` and the like attach the particle that fits the word's last syllable. */
export function fill(tpl: string, vars: Record<string, string | number>): string {
  return tpl
    .replace(/\{(\w+)\}(\{(은|이|을|와|으로|였|이다)\})?/g, (_m, key: string, _j, josa: string | undefined) => {
      if (!(key in vars)) throw new Error(`missing var ${key} in: ${tpl.slice(0, 60)}`);
      const v = String(vars[key]);
      if (!josa) return v;
      const b = hasBatchim(v);
      if (josa === '으로') return v + (b.yes && !b.rieul ? '으로' : '로');
      return v + JOSA[josa]![b.yes ? 0 : 1];
    })
    .replace(/\{(은|이|을|와|으로|였|이다)\}/g, (m) => {
      throw new Error(`dangling particle ${m} in: ${tpl.slice(0, 60)}`);
    });
}

/** "a information company", "In a April poll" → "an …": the English article before a vowel sound, once the slots are filled. */
export const withArticles = (en: string): string => en.replace(/\b([Aa]) (?=[AEIOUaeiou]|(?:IT|HR|R&D)\b)/g, '$1n ');

// ------------------------------------------------------------ names
// Hangul syllables with their Revised Romanization, for made-up Korean stems.
const SYL: readonly Pair[] = [
  ['한', 'han'], ['빛', 'bit'], ['다', 'da'], ['온', 'on'], ['누', 'nu'], ['리', 'ri'], ['미', 'mi'], ['래', 'rae'],
  ['가', 'ga'], ['람', 'ram'], ['새', 'sae'], ['봄', 'bom'], ['솔', 'sol'], ['별', 'byeol'], ['결', 'gyeol'], ['하', 'ha'],
  ['늘', 'neul'], ['세', 'se'], ['진', 'jin'], ['영', 'yeong'], ['성', 'seong'], ['현', 'hyeon'], ['우', 'u'], ['태', 'tae'],
  ['경', 'gyeong'], ['동', 'dong'], ['서', 'seo'], ['남', 'nam'], ['대', 'dae'], ['상', 'sang'], ['인', 'in'], ['연', 'yeon'],
  ['주', 'ju'], ['준', 'jun'], ['윤', 'yun'], ['아', 'a'], ['라', 'ra'], ['보', 'bo'], ['은', 'eun'], ['해', 'hae'],
  ['도', 'do'], ['담', 'dam'], ['든', 'deun'], ['마', 'ma'], ['루', 'ru'], ['나', 'na'], ['예', 'ye'], ['지', 'ji'],
];
const FOREIGN: Record<string, readonly Pair[]> = {
  US: [['레이크사이드', 'Lakeside'], ['파인크레스트', 'Pinecrest'], ['노스게이트', 'Northgate'], ['블루리지', 'Blue Ridge'], ['하버뷰', 'Harborview'], ['서밋', 'Summit'], ['콜롬비아', 'Columbia'], ['프레리', 'Prairie'], ['레드우드', 'Redwood'], ['이글', 'Eagle'], ['메이플', 'Maple'], ['킹스턴', 'Kingston'], ['리버벤드', 'Riverbend'], ['패스파인더', 'Pathfinder'], ['스톤브리지', 'Stonebridge']],
  GB: [['템스', 'Thames'], ['윈저', 'Windsor'], ['애버딘', 'Aberdeen'], ['펜브룩', 'Pembroke'], ['노스필드', 'Northfield'], ['애시퍼드', 'Ashford'], ['브라이턴', 'Brighton'], ['캐번디시', 'Cavendish'], ['하이랜드', 'Highland'], ['그린위치', 'Greenwich'], ['에이번', 'Avon'], ['말버러', 'Marlborough'], ['켄트', 'Kent'], ['도버', 'Dover'], ['서머셋', 'Somerset']],
  NL: [['델타', 'Delta'], ['반데르베르프', 'Van der Werf'], ['오라녜', 'Oranje'], ['폴더', 'Polder'], ['드브뤼인', 'De Bruijn'], ['할데르', 'Halder'], ['마스', 'Maas'], ['베스트란트', 'Westland'], ['린덴', 'Linden'], ['카날', 'Kanaal'], ['플레볼란트', 'Flevo'], ['노르데르', 'Noorder'], ['얀센', 'Janssen'], ['바커', 'Bakker'], ['피서르', 'Visser']],
  JP: [['간토', 'Kanto'], ['호시', 'Hoshi'], ['미도리', 'Midori'], ['아사히나', 'Asahina'], ['야마토', 'Yamato'], ['사쿠라', 'Sakura'], ['다이요', 'Taiyo'], ['고마', 'Koma'], ['니시카와', 'Nishikawa'], ['하야시', 'Hayashi'], ['도카이', 'Tokai'], ['긴가', 'Ginga'], ['미나토', 'Minato'], ['아오바', 'Aoba'], ['호쿠토', 'Hokuto']],
  DE: [['알펜', 'Alpen'], ['라인', 'Rhein'], ['슈바르츠', 'Schwarz'], ['베르크', 'Berg'], ['노르트', 'Nord'], ['하펜', 'Hafen'], ['발트', 'Wald'], ['브뤼케', 'Brücke'], ['조넨', 'Sonnen'], ['리히트', 'Licht'], ['엘베', 'Elbe'], ['마인', 'Main']],
  FR: [['솔레유', 'Soleil'], ['리비에르', 'Rivière'], ['르블랑', 'Leblanc'], ['오로르', 'Aurore'], ['프로방스', 'Provence'], ['센', 'Seine'], ['루아르', 'Loire'], ['몽블랑', 'Mont Blanc'], ['라 플라스', 'La Place'], ['보르데', 'Bordet'], ['셰르', 'Cher'], ['아르장', 'Argent']],
  SE: [['룬드', 'Lund'], ['베스타', 'Vesta'], ['쇠데르', 'Söder'], ['프레야', 'Freja'], ['노를란드', 'Norrland'], ['스칸디아', 'Skandia'], ['에크', 'Ek'], ['비욘', 'Björn'], ['셰르고르', 'Skärgård'], ['포르스', 'Fors'], ['달라', 'Dala'], ['스투르', 'Stor']],
  CA: [['메이플우드', 'Maplewood'], ['로키', 'Rocky'], ['오로라', 'Aurora'], ['레이크뷰', 'Lakeview'], ['노던', 'Northern'], ['프레이저', 'Fraser'], ['허드슨', 'Hudson'], ['타이가', 'Taiga'], ['퍼시픽', 'Pacific'], ['로렌시아', 'Laurentian'], ['애서배스카', 'Athabasca'], ['유콘', 'Yukon']],
};
/** Industry words: [ko suffix, en suffix, ko sector, en sector]. */
export const INDUSTRIES: readonly (readonly [string, string, string, string])[] = [
  ['물류', 'Logistics', '물류', 'logistics'], ['정보통신', 'ICT', '정보통신', 'information and communications'],
  ['제약', 'Pharmaceuticals', '제약', 'pharmaceutical'], ['손해보험', 'Insurance', '손해보험', 'insurance'],
  ['건설', 'Construction', '건설', 'construction'], ['전자', 'Electronics', '전자', 'electronics'],
  ['시스템즈', 'Systems', 'IT 서비스', 'IT services'], ['증권', 'Securities', '증권', 'securities'],
  ['리테일', 'Retail', '유통', 'retail'], ['식품', 'Foods', '식품', 'food processing'],
  ['화학', 'Chemicals', '화학', 'chemicals'], ['에너지', 'Energy', '에너지', 'energy'],
  ['해운', 'Shipping', '해운', 'shipping'], ['게임즈', 'Games', '게임 개발', 'game development'],
  ['디자인랩', 'Design Lab', '디자인 컨설팅', 'design consultancy'], ['컨설팅', 'Consulting', '경영 컨설팅', 'management consulting'],
  ['바이오', 'Bio', '바이오', 'biotechnology'], ['모빌리티', 'Mobility', '자동차 부품', 'automotive parts'],
  ['소프트', 'Soft', '소프트웨어', 'software'], ['텔레콤', 'Telecom', '통신', 'telecommunications'],
  ['은행', 'Bank', '은행', 'banking'], ['카드', 'Card', '신용카드', 'credit card'],
  ['엔지니어링', 'Engineering', '엔지니어링', 'engineering'], ['미디어', 'Media', '미디어', 'media'],
  ['헬스케어', 'Healthcare', '의료 서비스', 'healthcare'],
];
export const CITIES: Record<string, readonly Pair[]> = {
  KR: [['서울', 'Seoul'], ['부산', 'Busan'], ['대구', 'Daegu'], ['인천', 'Incheon'], ['광주', 'Gwangju'], ['대전', 'Daejeon'], ['울산', 'Ulsan'], ['세종', 'Sejong'], ['수원', 'Suwon'], ['성남', 'Seongnam'], ['고양', 'Goyang'], ['용인', 'Yongin'], ['창원', 'Changwon'], ['청주', 'Cheongju'], ['전주', 'Jeonju'], ['천안', 'Cheonan'], ['포항', 'Pohang'], ['김해', 'Gimhae'], ['원주', 'Wonju'], ['춘천', 'Chuncheon'], ['제주', 'Jeju'], ['안양', 'Anyang'], ['판교', 'Pangyo'], ['분당', 'Bundang'], ['일산', 'Ilsan'], ['과천', 'Gwacheon'], ['송도', 'Songdo']],
  US: [['워싱턴', 'Washington'], ['시카고', 'Chicago'], ['덴버', 'Denver'], ['애틀랜타', 'Atlanta'], ['시애틀', 'Seattle'], ['보스턴', 'Boston'], ['댈러스', 'Dallas'], ['피닉스', 'Phoenix'], ['포틀랜드', 'Portland'], ['오스틴', 'Austin']],
  NL: [['암스테르담', 'Amsterdam'], ['로테르담', 'Rotterdam'], ['위트레흐트', 'Utrecht'], ['헤이그', 'The Hague'], ['에인트호번', 'Eindhoven'], ['흐로닝언', 'Groningen'], ['레이던', 'Leiden'], ['아메르스포르트', 'Amersfoort']],
  JP: [['도쿄', 'Tokyo'], ['오사카', 'Osaka'], ['나고야', 'Nagoya'], ['요코하마', 'Yokohama'], ['후쿠오카', 'Fukuoka'], ['삿포로', 'Sapporo'], ['센다이', 'Sendai'], ['고베', 'Kobe'], ['교토', 'Kyoto'], ['히로시마', 'Hiroshima']],
  GB: [['런던', 'London'], ['맨체스터', 'Manchester'], ['버밍엄', 'Birmingham'], ['리즈', 'Leeds'], ['글래스고', 'Glasgow'], ['브리스틀', 'Bristol'], ['에든버러', 'Edinburgh'], ['카디프', 'Cardiff'], ['리버풀', 'Liverpool'], ['뉴캐슬', 'Newcastle']],
  DE: [['베를린', 'Berlin'], ['뮌헨', 'Munich'], ['함부르크', 'Hamburg'], ['프랑크푸르트', 'Frankfurt'], ['쾰른', 'Cologne'], ['슈투트가르트', 'Stuttgart'], ['라이프치히', 'Leipzig'], ['드레스덴', 'Dresden']],
  FR: [['파리', 'Paris'], ['리옹', 'Lyon'], ['마르세유', 'Marseille'], ['툴루즈', 'Toulouse'], ['릴', 'Lille'], ['보르도', 'Bordeaux'], ['낭트', 'Nantes'], ['스트라스부르', 'Strasbourg']],
  SE: [['스톡홀름', 'Stockholm'], ['예테보리', 'Gothenburg'], ['말뫼', 'Malmö'], ['웁살라', 'Uppsala'], ['린셰핑', 'Linköping'], ['우메오', 'Umeå']],
  CA: [['토론토', 'Toronto'], ['밴쿠버', 'Vancouver'], ['몬트리올', 'Montreal'], ['오타와', 'Ottawa'], ['캘거리', 'Calgary'], ['핼리팩스', 'Halifax'], ['위니펙', 'Winnipeg']],
};
const AGENCIES: readonly Pair[] = [
  ['시청', 'City Hall'], ['교육청', 'Office of Education'], ['보건소', 'Public Health Centre'], ['세무서', 'Tax Office'],
  ['소방본부', 'Fire Service'], ['상수도사업본부', 'Waterworks Authority'], ['도시공사', 'Urban Development Corporation'],
  ['시설관리공단', 'Facilities Corporation'], ['통계사무소', 'Statistics Office'], ['고용센터', 'Job Centre'],
  ['교통공사', 'Transit Authority'], ['문화재단', 'Cultural Foundation'],
];
const PROG_A: readonly Pair[] = [['스마트', 'Smart'], ['유연', 'Flex'], ['열린', 'Open'], ['함께', 'Together'], ['하이브리드', 'Hybrid'], ['원격', 'Remote'], ['모바일', 'Mobile'], ['그린', 'Green'], ['뉴', 'New'], ['자율', 'Free'], ['가까운', 'Near'], ['균형', 'Balanced']];
const PROG_B: readonly Pair[] = [['워크', 'Work'], ['오피스', 'Office'], ['워크플레이스', 'Workplace'], ['근무', 'Working'], ['일터', 'Workspace'], ['스타일', 'Style'], ['커넥트', 'Connect'], ['데스크', 'Desk']];
const PROG_C: readonly Pair[] = [['', ''], [' 2.0', ' 2.0'], [' 플러스', ' Plus'], [' 21', ' 21'], [' 원', ' One'], [' 넥스트', ' Next']];

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** `Malmö Söder Bank` → `malmo-soder-bank`: accents dropped, as an editor writes an id. */
export const slugify = (s: string) => s.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

export type Sector = 'company' | 'government';
export interface Org {
  ko: string;
  en: string;
  slug: string;
  country: string;
  sector: Sector;
  city: Pair;
  /** [ko suffix, en suffix, ko sector, en sector]; none for a government body. */
  industry: readonly [string, string, string, string] | null;
  prog: Pair;
  staff: number;
}

/**
 * A made-up organisation in `country`; `taken` (slugs) keeps names unique and
 * receives the new one. `isTerm` says whether a Korean word starts with a term
 * of the glossary: a programme named with one (스마트워크, 원격근무) is spelled
 * as the glossary spells it, not as two words.
 */
export function makeOrg(rng: Rng, { country, sector }: { country: string; sector: Sector }, taken: Set<string>, isTerm: (ko: string) => boolean = () => false): Org {
  for (let attempt = 0; ; attempt++) {
    const city = one(rng, CITIES[country]!);
    let ko: string;
    let en: string;
    let industry: Org['industry'] = null;
    if (sector === 'government') {
      const ag = one(rng, AGENCIES);
      ko = `${city[0]}${country === 'KR' ? '시' : ''} ${ag[0]}`.replace('시 시청', '시청');
      en = `${city[1]} ${ag[1]}`;
    } else {
      industry = one(rng, INDUSTRIES);
      let stemKo: string;
      let stemEn: string;
      if (country === 'KR') {
        const a = one(rng, SYL);
        const b = one(rng, SYL);
        stemKo = a[0] + b[0];
        stemEn = cap(a[1] + b[1]);
      } else {
        const p = one(rng, FOREIGN[country]!);
        stemKo = p[0];
        stemEn = p[1];
      }
      ko = stemKo + industry[0];
      en = `${stemEn} ${industry[1]}`;
    }
    let slug = slugify(en);
    if (attempt > 20) slug += `-${attempt}`;
    if (taken.has(slug)) continue;
    taken.add(slug);
    const a = one(rng, PROG_A);
    const b = one(rng, PROG_B);
    const c = one(rng, PROG_C);
    const prog: Pair = [`${isTerm(a[0] + b[0]) ? a[0] + b[0] : `${a[0]} ${b[0]}`}${c[0]}`, `${a[1]} ${b[1]}${c[1]}`];
    const staff = sector === 'government' ? int(rng, 3, 60) * 100 : one(rng, [int(rng, 60, 900), int(rng, 900, 5000), int(rng, 5000, 40000)]);
    return { ko, en, slug, country, sector, city, industry, prog, staff };
  }
}

// ------------------------------------------------------------ detail sentences
// Bilingual word lists [ko, en]. A detail sentence is drawn from DETAIL with these
// slots filled; it gives every page its own mix of departments, tools, activities,
// benefits, obstacles, roles and places.
const W: Record<string, readonly Pair[]> = {
  dept: [['재무팀', 'finance team'], ['인사팀', 'HR team'], ['구매팀', 'procurement team'], ['고객지원센터', 'customer support centre'], ['연구개발본부', 'R&D division'], ['법무팀', 'legal team'], ['영업본부', 'sales division'], ['물류운영팀', 'logistics operations team'], ['품질관리팀', 'quality assurance team'], ['마케팅팀', 'marketing team'], ['디자인팀', 'design team'], ['데이터분석팀', 'data analytics team'], ['콜센터', 'call centre'], ['설비보전팀', 'maintenance team'], ['회계팀', 'accounting team'], ['전략기획실', 'strategy office'], ['교육훈련팀', 'training team'], ['정보보안팀', 'information security team'], ['홍보팀', 'communications team'], ['시설관리팀', 'facilities team'], ['대외협력팀', 'external affairs team'], ['생산관리팀', 'production planning team'], ['준법감시팀', 'compliance team'], ['제품개발팀', 'product development team'], ['해외사업부', 'international business unit'], ['민원실', 'public service desk'], ['통계조사과', 'statistics division'], ['예산과', 'budget office'], ['복지정책과', 'welfare policy division'], ['도시계획과', 'urban planning division']],
  tool: [['전자결재 시스템', 'electronic approval system'], ['화상회의 솔루션', 'video conferencing suite'], ['사내 메신저', 'company messenger'], ['클라우드 문서함', 'cloud document store'], ['공유 캘린더', 'shared calendar'], ['근태관리 앱', 'attendance app'], ['좌석 예약 시스템', 'desk booking system'], ['원격 데스크톱', 'remote desktop'], ['보안 USB', 'encrypted USB key'], ['업무 포털', 'intranet portal'], ['지식관리 시스템', 'knowledge base'], ['프로젝트 관리 도구', 'project tracker'], ['모바일 결재 앱', 'mobile approval app'], ['전자서명 서비스', 'e-signature service'], ['디지털 화이트보드', 'digital whiteboard'], ['사내 위키', 'internal wiki'], ['헬프데스크 챗봇', 'help-desk chatbot'], ['스마트폰 업무 앱', 'smartphone work app'], ['업무용 노트북', 'work laptop'], ['업무용 태블릿', 'work tablet'], ['단말 관리 솔루션', 'device management platform'], ['이중 인증', 'two-factor sign-in'], ['문서 중앙화 서버', 'central document server'], ['인터넷 전화', 'internet telephony'], ['웹 기반 ERP', 'web-based ERP']],
  activity: [['주간 회의', 'weekly meetings'], ['분기 결산', 'quarterly closing'], ['신입 교육', 'induction training'], ['고객 상담', 'customer consultations'], ['설계 검토', 'design reviews'], ['계약서 검토', 'contract reviews'], ['현장 점검', 'site inspections'], ['재고 조사', 'stock counts'], ['예산 편성', 'budget planning'], ['보고서 작성', 'report writing'], ['민원 처리', 'handling public requests'], ['코드 리뷰', 'code reviews'], ['제안서 작성', 'proposal writing'], ['시장 조사', 'market research'], ['품질 감사', 'quality audits'], ['채용 면접', 'recruitment interviews'], ['출장비 정산', 'travel expense claims'], ['급여 처리', 'payroll processing'], ['데이터 입력', 'data entry'], ['제품 시연', 'product demonstrations']],
  benefit: [['출퇴근 시간 단축', 'shorter commutes'], ['사무 공간 절감', 'lower office costs'], ['이직률 감소', 'lower staff turnover'], ['업무 집중도 향상', 'better concentration'], ['육아 부담 완화', 'easier childcare'], ['탄소 배출 감소', 'lower carbon emissions'], ['회의 시간 단축', 'shorter meetings'], ['종이 문서 감소', 'less paper'], ['채용 범위 확대', 'a wider pool of applicants'], ['병가 감소', 'fewer sick days'], ['고객 응대 속도 개선', 'faster customer response'], ['야근 감소', 'less overtime'], ['직원 만족도 상승', 'higher staff satisfaction'], ['교통비 절감', 'lower travel costs'], ['업무 연속성 확보', 'business continuity']],
  obstacle: [['대면 보고 관행', 'the habit of reporting in person'], ['보안 우려', 'security concerns'], ['관리자의 불신', "managers' distrust"], ['모호한 평가 기준', 'vague appraisal criteria'], ['낡은 네트워크', 'an outdated network'], ['소통 부족', 'too little communication'], ['고립감', 'a sense of isolation'], ['집 안 업무 공간 부족', 'a lack of space at home'], ['노사 협의 지연', 'slow talks with the union'], ['장비 예산 부족', 'a tight equipment budget'], ['종이 결재 문화', 'paper-based approvals'], ['근태 확인의 어려움', 'difficulty tracking attendance'], ['승진 불이익 우려', 'fear of missing promotion'], ['협업 도구 혼란', 'confusion over tools'], ['개인정보 규제', 'privacy regulation']],
  role: [['팀장', 'team leaders'], ['신입 사원', 'new recruits'], ['영업 사원', 'sales representatives'], ['엔지니어', 'engineers'], ['상담원', 'call-centre agents'], ['연구원', 'researchers'], ['디자이너', 'designers'], ['회계 담당자', 'accountants'], ['현장 기술자', 'field technicians'], ['공무원', 'civil servants'], ['간호 인력', 'nursing staff'], ['개발자', 'developers'], ['분석가', 'analysts'], ['워킹맘', 'working mothers'], ['장애인 직원', 'staff with disabilities'], ['시니어 직원', 'older employees'], ['계약직 직원', 'contract staff']],
  month: [['1월', 'January'], ['2월', 'February'], ['3월', 'March'], ['4월', 'April'], ['5월', 'May'], ['6월', 'June'], ['7월', 'July'], ['8월', 'August'], ['9월', 'September'], ['10월', 'October'], ['11월', 'November'], ['12월', 'December']],
};
const DETAIL: readonly Pair[] = [
  ['{dept}에서는 {activity}{을} {tool}{으로} 옮겼고, {n}개월 만에 {benefit}{을} 성과로 꼽았다.', 'In the {dept}, {activity} moved onto the {tool}, and within {n} months the team counted {benefit} among the gains.'],
  ['{role}{이} 가장 먼저 이 방식을 시험했다. 이들은 주 {d}일은 재택근무를 하고 하루는 {city}에 있는 사무실로 나왔다.', '{Role} were the first to try the arrangement, working from home {d} days a week and spending one day at the office in {city}.'],
  ['가장 큰 걸림돌은 {obstacle}{였}다. {dept}{은} 짧은 안내서와 {n}주짜리 시범 운영으로 이 문제에 대응했다.', 'The biggest obstacle was {obstacle}, which the {dept} tackled with a short guide and a pilot of {n} weeks.'],
  ['{city} 지역 직원들이 {tool}{을} 가장 많이 썼는데, 주로 {activity}에 활용했다.', 'Staff around {city} used the {tool} most, mainly for {activity}.'],
  ['원격 접속은 처음에 {role}에게만 허용되었고, {obstacle} 문제가 정리된 뒤 전 직원으로 넓어졌다.', 'Remote access was first limited to {role} and was extended to everyone once {obstacle} had been dealt with.'],
  ['직원 {n2}명을 대상으로 한 설문에서는 어떤 수당보다 {benefit}{이} 더 중요하다는 답이 많았다.', 'A survey of {n2} employees found that {benefit} mattered more to them than any allowance.'],
  ['{dept} 관리자들은 팀원과 핵심 근무시간을 정하고 {activity}의 마감 기한을 분명히 했다.', 'Managers in the {dept} agreed core hours with their teams and set clear deadlines for {activity}.'],
  ['{tool}{이} {activity}에 쓰던 종이 양식을 대신하면서 한 달에 약 {n}시간을 아꼈다.', 'The {tool} replaced the paper forms used for {activity}, saving about {n} hours a month.'],
  ['{month}에는 오랫동안 원격근무를 요구해 온 {city}의 {role}에게도 제도가 확대되었다.', 'In {month} the scheme reached {role} in {city}, who had long asked for remote work.'],
  ['사내 비판론자들은 {obstacle}{을} 문제로 지적했고, 지지자들은 {benefit}에 관한 수치로 답했다.', 'Critics inside the organisation pointed to {obstacle}; supporters answered with figures on {benefit}.'],
  ['각 팀은 {activity} 기록을 간단히 남겨, 집에서 한 일도 사무실에서 한 일만큼 쉽게 확인할 수 있게 했다.', 'Each team kept a simple log of {activity}, so that work done at home could be checked as easily as work done at the office.'],
  ['{role}에게 이 변화는 {city}{으로} 가는 출장이 줄고 {activity}에 쓸 시간이 늘었다는 뜻이었다.', 'For {role}, the change meant fewer trips to {city} and more time for {activity}.'],
  ['{tool} 교육은 한 사람당 {n}시간이 걸렸고, 나중에 합류한 직원을 위해 되풀이되었다.', 'Training on the {tool} took {n} hours per person and was repeated for staff who joined later.'],
  ['고객 데이터를 다루는 원격 작업에는 {tool}{와} {tool2}{을} 반드시 쓰도록 보안 규칙을 정했다.', 'Security rules required the {tool} and the {tool2} for any remote session that touched customer data.'],
  ['노동조합은 {benefit}의 혜택이 고르게 돌아가야 한다고 요구했고, 교대 근무자에게는 보완 조치가 마련되었다.', 'The union asked that the gains from {benefit} be shared fairly, so shift workers received compensating measures.'],
  ['{dept}{은} {month}부터 {activity}{을} 화상으로 진행했고, 참석률은 오히려 높아졌다.', 'From {month} the {dept} held {activity} by video, and attendance actually rose.'],
  ['{role} 가운데 {n}% 정도는 여전히 사무실 근무를 선호했는데, 가장 많이 든 이유는 {obstacle}{였}다.', 'About {n}% of {role} still preferred the office, most often citing {obstacle}.'],
  ['{city}의 거점 사무실은 {activity}처럼 여럿이 모여야 하는 일에 주로 쓰였다.', 'The satellite office in {city} was used mostly for work that needs people together, such as {activity}.'],
  ['{month} 사내 조사에서 {role}의 {n}%가 {tool}{이} 업무에 도움이 된다고 답했다.', 'In a {month} staff poll, {n}% of {role} said the {tool} helped them in their work.'],
  ['{dept}{은} {benefit}{을} 목표로 내걸고, 분기마다 {activity}에 걸린 시간을 비교했다.', 'The {dept} set {benefit} as its goal and compared the time spent on {activity} every quarter.'],
  ['{city} 사무소는 좌석 수를 {n2}석에서 절반 가까이 줄이고, 남은 공간을 {activity}용 회의실로 바꿨다.', 'The {city} office cut its desks from {n2} to nearly half and turned the space into rooms for {activity}.'],
  ['{role}{은} {tool} 덕분에 현장에서 곧바로 {activity}{을} 마칠 수 있게 되었다.', 'Thanks to the {tool}, {role} could finish {activity} on the spot.'],
  ['처음 석 달 동안 {dept}에 들어온 문의의 대부분은 {tool} 사용법에 관한 것이었다.', 'In the first three months, most questions reaching the {dept} were about how to use the {tool}.'],
  ['경영진은 {obstacle}{을} 줄이려고 매달 {city}에서 공개 설명회를 열었다.', 'To ease {obstacle}, management held an open briefing in {city} every month.'],
  ['{n2}명 규모의 {dept}에서는 {activity}{이} 평균 {d}일 빨라졌다.', 'In the {dept}, with {n2} people, {activity} became {d} days faster on average.'],
  ['외부 감사에서는 {tool} 접속 기록이 {activity} 점검에 충분하다는 평가를 받았다.', 'An external audit found the {tool} access logs sufficient for checking {activity}.'],
  ['{role} 몇 명은 {obstacle} 때문에 다시 사무실 근무로 돌아갔지만, 대부분은 새 방식에 남았다.', 'A few {role} went back to the office because of {obstacle}, but most stayed with the new arrangement.'],
  ['{month}부터는 {activity}도 집에서 할 수 있도록 {tool}의 권한이 넓어졌다.', 'From {month}, access rights on the {tool} were widened so that {activity} could also be done from home.'],
  ['재택근무를 하는 날에도 {role}{은} 오전 10시부터 오후 3시까지 {tool}에 접속해 있어야 했다.', 'Even on home-working days, {role} had to stay signed in to the {tool} from 10 a.m. to 3 p.m.'],
  ['{dept} 직원들은 {benefit}{을} 가장 큰 변화로 꼽았고, {obstacle}{을} 남은 과제로 들었다.', 'Staff in the {dept} named {benefit} as the biggest change and {obstacle} as the problem still to solve.'],
];

function slots(rng: Rng, city: Pair): Record<string, Pair | number> {
  const [tool, tool2] = some(rng, W['tool']!, 2) as [Pair, Pair];
  const role = one(rng, W['role']!);
  return {
    dept: one(rng, W['dept']!), tool, tool2, activity: one(rng, W['activity']!), benefit: one(rng, W['benefit']!),
    obstacle: one(rng, W['obstacle']!), role, Role: role, month: one(rng, W['month']!), city,
    n: int(rng, 2, 14), n2: int(rng, 40, 900), d: int(rng, 2, 3),
  };
}

/**
 * A writer of detail sentences for one page: each call gives the same sentence
 * in Korean and English (one template, one set of slots). Templates are dealt
 * from a shuffled deck, so a page repeats one only after it has used them all.
 */
export function detailWriter(rng: Rng, city: Pair): () => Pair {
  let deck: Pair[] = [];
  return () => {
    if (!deck.length) deck = some(rng, DETAIL, DETAIL.length);
    const tpl = deck.pop()!;
    const s = slots(rng, city);
    const render = (li: 0 | 1) =>
      fill(tpl[li], Object.fromEntries(Object.entries(s).map(([k, v]) => [k, typeof v === 'number' ? v : k === 'Role' ? cap(v[li]) : v[li]])));
    return [render(0), withArticles(render(1))];
  };
}

/** Words a reader sees in an MDX body (Korean: eojeol): comments, components and link targets left out. */
export function countWords(body: string): number {
  return body
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
    .replace(/<Cite[^>]*\/>/g, ' ')
    .replace(/<Metric[^>]*\/>/g, ' N ')
    .replace(/<\/?(Term|Editorial|Background)[^>]*>/g, '')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/[|#*[\]-]/g, ' ')
    .split(/\s+/)
    .filter(Boolean).length;
}
