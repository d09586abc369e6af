/**
 * The open data files: every metric as CSV and JSON rows, and the cases and
 * policies as JSON. Columns are defined once, with their meaning in both
 * languages, so the files and the codebook page cannot drift apart. Pure.
 */
import type { Localized } from '~/schemas/common';
import type { Atlas, OwnedMetric } from '~/lib/atlas/types';
import { toCsv, type CsvCell } from '~/lib/format/csv';

export type ColumnType = 'text' | 'number' | 'boolean' | 'list';
type JsonValue = string | number | boolean | null | number[] | string[];

export interface Column {
  key: string;
  type: ColumnType;
  meaning: Localized;
  value: (m: OwnedMetric, atlas: Atlas) => JsonValue;
}

const opt = <T,>(v: T | undefined): T | null => (v === undefined ? null : v);

export const METRIC_COLUMNS: readonly Column[] = [
  { key: 'id', type: 'text', meaning: { ko: '수치의 고유 식별자. "소유자/키" 꼴이다.', en: 'Unique id of the figure, as owner/key.' }, value: (m) => m.id },
  { key: 'owner_kind', type: 'text', meaning: { ko: '수치가 속한 곳: case(사례) 또는 policy(정책).', en: 'What the figure belongs to: case or policy.' }, value: (m) => m.owner.kind },
  { key: 'owner_id', type: 'text', meaning: { ko: '사례나 정책의 식별자(cases.json의 id).', en: 'Id of the case or policy (the id in cases.json).' }, value: (m) => m.owner.id },
  { key: 'value', type: 'number', meaning: { ko: '논문이 제시한 값. 범위일 때는 아래쪽 끝.', en: 'The value as the paper gives it; the lower end of a range.' }, value: (m) => m.value },
  { key: 'value_max', type: 'number', meaning: { ko: '범위(예: 20–60%)의 위쪽 끝. 범위가 아니면 비어 있다.', en: 'Upper end of a range such as 20–60%; empty if the figure is not a range.' }, value: (m) => opt(m.valueMax) },
  { key: 'approx', type: 'boolean', meaning: { ko: '논문이 "약", "여"라고 쓴 어림값이면 true.', en: 'true where the paper says “about” (약, 여).' }, value: (m) => m.approx },
  { key: 'unit', type: 'text', meaning: { ko: '단위. 아래 값 목록 참고. krw는 원, usd는 미국 달러.', en: 'Unit; see the list of values below. krw is Korean won, usd US dollars.' }, value: (m) => m.unit },
  { key: 'per', type: 'text', meaning: { ko: '비율 단위: year(연간) 또는 day(하루). 비어 있으면 한 번의 값.', en: 'Rate: year or day; empty for a one-off figure.' }, value: (m) => opt(m.per) },
  { key: 'year', type: 'number', meaning: { ko: '수치가 가리키는 연도나 목표 연도.', en: 'The year the figure describes, or the target year.' }, value: (m) => opt(m.year) },
  { key: 'kind', type: 'text', meaning: { ko: 'actual(실적), target(목표), expected(기대 효과).', en: 'actual (reported), target, or expected (an expected effect).' }, value: (m) => m.kind },
  { key: 'base', type: 'text', meaning: { ko: '수치가 무엇 중의 비율이거나 무엇의 수인지. 같은 base끼리만 한 축에서 비교할 수 있다.', en: 'What the figure is a share or count of. Only figures with the same base can be compared on one axis.' }, value: (m) => m.base },
  { key: 'measure_ko', type: 'text', meaning: { ko: '무엇을 측정했는지(한국어).', en: 'What is measured, in Korean.' }, value: (m) => m.measure.ko },
  { key: 'measure_en', type: 'text', meaning: { ko: '무엇을 측정했는지(영어).', en: 'What is measured, in English.' }, value: (m) => m.measure.en },
  { key: 'denominator_ko', type: 'text', meaning: { ko: '비율의 분모(한국어). 비율이 아니면 비어 있다.', en: 'Of what whole a percentage is a share, in Korean; empty for counts.' }, value: (m) => opt(m.denominator?.ko) },
  { key: 'denominator_en', type: 'text', meaning: { ko: '비율의 분모(영어).', en: 'Of what whole a percentage is a share, in English.' }, value: (m) => opt(m.denominator?.en) },
  { key: 'printed_ko', type: 'text', meaning: { ko: '값을 액면 그대로 받아들일 수 없을 때 논문에 인쇄된 표기(한국어). 편집자 주를 함께 본다.', en: 'The paper’s printed wording where the value cannot be taken at face value, in Korean; read it with the note.' }, value: (m) => opt(m.printed?.ko) },
  { key: 'printed_en', type: 'text', meaning: { ko: '논문에 인쇄된 표기(영어 설명).', en: 'The printed wording, explained in English.' }, value: (m) => opt(m.printed?.en) },
  { key: 'fact', type: 'text', meaning: { ko: '수치가 나온 논문의 사실 번호(F01–F51).', en: 'The statement of the paper the figure comes from (F01–F51).' }, value: (m) => m.fact },
  { key: 'section', type: 'text', meaning: { ko: '그 사실이 있는 논문의 절.', en: 'The section of the paper that statement stands in.' }, value: (m, a) => a.facts.get(m.fact)!.section },
  { key: 'paper_refs', type: 'list', meaning: { ko: '논문이 그 사실에 붙인 참고문헌 번호([1]–[15]).', en: 'The paper’s own reference numbers ([1]–[15]) for that statement.' }, value: (m, a) => a.facts.get(m.fact)!.refs },
  { key: 'note_id', type: 'text', meaning: { ko: '교차 확인에서 나온 편집자 주의 식별자. 없으면 비어 있다.', en: 'Id of the editorial note from the cross-check, if any.' }, value: (m) => opt(m.note) },
  { key: 'note_status', type: 'text', meaning: { ko: '주의 판정. 아래 값 목록 참고.', en: 'What the cross-check found; see the list of values below.' }, value: (m, a) => (m.note ? a.notes.get(m.note)!.status : null) },
  { key: 'note_text_ko', type: 'text', meaning: { ko: '편집자 주 본문(한국어).', en: 'Text of the note, in Korean.' }, value: (m, a) => (m.note ? a.notes.get(m.note)!.text.ko : null) },
  { key: 'note_text_en', type: 'text', meaning: { ko: '편집자 주 본문(영어).', en: 'Text of the note, in English.' }, value: (m, a) => (m.note ? a.notes.get(m.note)!.text.en : null) },
];

export type MetricRow = Record<string, JsonValue>;

/** Metrics case by case, then policy by policy, each in its file's order: the same on every build. */
export function orderedMetrics(atlas: Atlas): OwnedMetric[] {
  return [...atlas.cases, ...atlas.policies].flatMap((r) => r.data.metrics.map((m) => atlas.metrics.get(m.id)!));
}

/** One row per metric. */
export function metricRows(atlas: Atlas): MetricRow[] {
  return orderedMetrics(atlas).map((m) => Object.fromEntries(METRIC_COLUMNS.map((c) => [c.key, c.value(m, atlas)])));
}

function csvCell(v: JsonValue): CsvCell {
  return Array.isArray(v) ? v.join(' ') : v;
}

export function metricsCsv(atlas: Atlas): string {
  return toCsv(
    METRIC_COLUMNS.map((c) => c.key),
    metricRows(atlas).map((row) => METRIC_COLUMNS.map((c) => csvCell(row[c.key]!))),
  );
}

export function metricsJson(atlas: Atlas): { source: Localized; columns: string[]; metrics: MetricRow[] } {
  const paper = atlas.sources.get('paper');
  const title = paper && paper.kind === 'paper' ? paper.title : { ko: '', en: '' };
  const author = paper && paper.kind === 'paper' ? paper.author : { ko: '', en: '' };
  return {
    source: { ko: `${author.ko}, 「${title.ko}」`, en: `${author.en}, “${title.en}”` },
    columns: METRIC_COLUMNS.map((c) => c.key),
    metrics: metricRows(atlas),
  };
}

export interface Field {
  key: string;
  type: ColumnType | 'object';
  meaning: Localized;
}

/** What cases.json holds for each case and policy. */
export const RECORD_FIELDS: readonly Field[] = [
  { key: 'id', type: 'text', meaning: { ko: '식별자. 페이지 주소 /ko/cases/{id}/, /en/cases/{id}/에 쓰인다.', en: 'Id, as in the page addresses /ko/cases/{id}/ and /en/cases/{id}/.' } },
  { key: 'kind', type: 'text', meaning: { ko: 'case(사례) 또는 policy(정책).', en: 'case or policy.' } },
  { key: 'title', type: 'object', meaning: { ko: '제목. ko와 en 두 언어.', en: 'Title, with ko and en.' } },
  { key: 'summary', type: 'object', meaning: { ko: '한두 문장 요약. ko와 en 두 언어.', en: 'One- or two-sentence summary, with ko and en.' } },
  { key: 'country', type: 'text', meaning: { ko: '사례의 국가(ISO 3166 코드). 정책은 비어 있다.', en: 'Country of a case (ISO 3166 code); empty for policies.' } },
  { key: 'sector', type: 'text', meaning: { ko: 'company(기업) 또는 government(정부). 정책은 비어 있다.', en: 'company or government; empty for policies.' } },
  { key: 'start_year', type: 'number', meaning: { ko: '논문이 밝힌 시작 연도. 정책은 보고·채택 시기(YYYY 또는 YYYY-MM)가 date에 있다.', en: 'Year the programme started, as the paper reports it; for policies the date adopted (YYYY or YYYY-MM) is in date.' } },
  { key: 'date', type: 'text', meaning: { ko: '정책이 보고·채택된 시기(YYYY 또는 YYYY-MM).', en: 'When a policy was adopted or reported (YYYY or YYYY-MM).' } },
  { key: 'forms', type: 'list', meaning: { ko: '사례가 쓰는 스마트워크 형태의 코드.', en: 'Codes of the forms of smart work the case uses.' } },
  { key: 'owners', type: 'list', meaning: { ko: '정책을 주관한 기관의 코드.', en: 'Codes of the bodies that own a policy.' } },
  { key: 'policies', type: 'list', meaning: { ko: '사례와 관련된 정책의 id.', en: 'Ids of the policies a case relates to.' } },
  { key: 'headline', type: 'text', meaning: { ko: '대표 수치의 id(metrics.csv의 id).', en: 'Id of the headline figure (an id in metrics.csv).' } },
  { key: 'metrics', type: 'list', meaning: { ko: '이 사례나 정책의 수치 id. 값은 metrics.csv에 있다.', en: 'Ids of this record’s figures; their values are in metrics.csv.' } },
  { key: 'facts', type: 'list', meaning: { ko: '페이지가 근거로 삼는 논문의 사실 번호.', en: 'Statements of the paper the page draws on.' } },
  { key: 'events', type: 'list', meaning: { ko: '날짜가 있는 사건: year, month, kind(start·milestone·target), label(ko·en), metric.', en: 'Dated events: year, month, kind (start, milestone, target), label (ko, en) and metric.' } },
];

export function casesJson(atlas: Atlas) {
  const events = (list: { year: number; month?: number | undefined; kind: string; label?: Localized | undefined; metric?: string | undefined }[]) =>
    list.map((e) => {
      const m = e.metric ? atlas.metrics.get(e.metric) : undefined;
      return { year: e.year, month: opt(e.month), kind: e.kind, label: e.label ?? m?.measure ?? null, metric: opt(e.metric) };
    });
  const title = (text: { ko: { title: string }; en: { title: string } }) => ({ ko: text.ko.title, en: text.en.title });
  const summary = (text: { ko: { summary: string }; en: { summary: string } }) => ({ ko: text.ko.summary, en: text.en.summary });
  return {
    fields: RECORD_FIELDS.map((f) => f.key),
    cases: atlas.cases.map((c) => ({
      id: c.id,
      kind: 'case',
      title: title(c.text),
      summary: summary(c.text),
      country: c.data.country,
      sector: c.data.sector,
      start_year: opt(c.data.startYear),
      date: null,
      forms: c.data.forms,
      owners: [],
      policies: c.data.policies,
      headline: opt(c.data.headline),
      metrics: c.data.metrics.map((m) => m.id),
      facts: c.data.facts,
      events: events(c.data.events),
    })),
    policies: atlas.policies.map((p) => ({
      id: p.id,
      kind: 'policy',
      title: title(p.text),
      summary: summary(p.text),
      country: null,
      sector: null,
      start_year: null,
      date: opt(p.data.date),
      forms: [],
      owners: p.data.owners,
      policies: [],
      headline: null,
      metrics: p.data.metrics.map((m) => m.id),
      facts: p.data.facts,
      events: events(p.data.events),
    })),
  };
}
