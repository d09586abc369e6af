/**
 * Which metrics make which chart, as data. `series.ts` turns a spec into what
 * a page draws; it refuses a panel whose metrics are not shares or counts of
 * the same whole (`base`) in the same unit, so every panel has one honest axis.
 */
import type { Localized } from '~/schemas/common';
import type { OwnerKind } from '~/lib/atlas/types';

/** A metric id, or a metric with a short label where its measure is too long for an axis. */
export type PointSpec = string | { metric: string; label: Localized };

/**
 * How a point is labelled when the spec gives no label:
 * `owner` the case or policy's title, `owner-year` the title and the year,
 * `measure` what the metric measures.
 */
export type LabelRule = 'owner' | 'owner-year' | 'measure';

export interface PanelSpec {
  points: PointSpec[];
  label: LabelRule;
}

/** Where a chart is shown: the figures page, or the page of one case or policy. */
export type ChartPlace = { page: 'figures' } | { page: OwnerKind; id: string };

export interface BarChartSpec {
  id: string;
  type: 'bar';
  title: Localized;
  place: ChartPlace;
  /** One panel per measure: each has its own axis. */
  panels: PanelSpec[];
}

/** Every dated event of every case and policy (see timeline.ts). */
export interface TimelineChartSpec {
  id: string;
  type: 'timeline';
  title: Localized;
  place: ChartPlace;
}

export type ChartSpec = BarChartSpec | TimelineChartSpec;

export const CHART_SPECS: readonly ChartSpec[] = [
  {
    id: 'uptake',
    type: 'bar',
    title: { ko: '스마트워크를 하는 비율: 무엇 중의 비율인가', en: 'How far smart work reached, and of what whole' },
    place: { page: 'figures' },
    panels: [
      { label: 'owner', points: ['bt/staff-share', 'ntt-data/staff-share'] },
      { label: 'owner-year', points: ['united-states/workers-share-2008'] },
      { label: 'owner-year', points: ['netherlands/businesses-share', 'korea/businesses-share'] },
      { label: 'owner-year', points: ['netherlands/large-businesses-share'] },
      {
        label: 'owner-year',
        points: [{ metric: 'united-states/federal-eligible-share', label: { ko: '미국 연방정부, 2007', en: 'US federal government, 2007' } }],
      },
    ],
  },
  {
    id: 'targets',
    type: 'bar',
    title: { ko: '목표와 실적', en: 'Targets against actuals' },
    place: { page: 'figures' },
    panels: [
      {
        label: 'owner-year',
        points: [
          'united-states/workers-share-2008',
          'united-states/workers-share-2016',
          { metric: 'national/workforce-share-2015', label: { ko: '한국, 2015', en: 'Korea, 2015' } },
          'japan/target-share',
        ],
      },
      {
        label: 'owner-year',
        points: ['united-states/workers-2008', { metric: 'national/workforce-people-2015', label: { ko: '한국, 2015', en: 'Korea, 2015' } }],
      },
      {
        label: 'owner-year',
        points: [{ metric: 'united-states/federal-goal', label: { ko: '미국 연방정부, 2011', en: 'US federal government, 2011' } }],
      },
    ],
  },
  {
    id: 'timeline',
    type: 'timeline',
    title: { ko: '사례와 정책의 시작과 목표, 1993–2020', en: 'When each case and policy started, and its targets, 1993–2020' },
    place: { page: 'figures' },
  },
  {
    id: 'kt-centres',
    type: 'bar',
    title: { ko: 'KT 스마트워크센터 구축 계획', en: 'KT’s roll-out of smart work centres' },
    place: { page: 'case', id: 'kt' },
    panels: [
      {
        label: 'measure',
        points: [
          { metric: 'kt/centres-2010-first', label: { ko: '2010년 9월 (첫 센터)', en: 'Sep 2010 (first)' } },
          { metric: 'kt/centres-2010', label: { ko: '2010년 (계획)', en: '2010 (plan)' } },
          { metric: 'kt/centres-2012', label: { ko: '2012년 (계획)', en: '2012 (plan)' } },
        ],
      },
    ],
  },
  {
    id: 'ibm-korea-office',
    type: 'bar',
    title: { ko: '한국IBM 모바일 오피스: 사무실과 임차료', en: 'IBM Korea’s mobile office: floors and rent' },
    place: { page: 'case', id: 'ibm-korea' },
    panels: [
      {
        label: 'measure',
        points: [
          { metric: 'ibm-korea/floors-before', label: { ko: '도입 전', en: 'Before' } },
          { metric: 'ibm-korea/floors-after', label: { ko: '도입 뒤', en: 'After' } },
        ],
      },
      { label: 'measure', points: [{ metric: 'ibm-korea/saving', label: { ko: '임차료 절감', en: 'Rent saved' } }] },
    ],
  },
  {
    id: 'bt-outcomes',
    type: 'bar',
    title: { ko: 'BT Workstyle의 성과', en: 'What BT Workstyle achieved' },
    place: { page: 'case', id: 'bt' },
    panels: [
      { label: 'owner', points: ['bt/staff-share'] },
      {
        label: 'measure',
        points: [
          { metric: 'bt/productivity', label: { ko: '생산성 향상', en: 'Productivity up' } },
          { metric: 'bt/sick-leave', label: { ko: '병가 감소', en: 'Sick leave down' } },
        ],
      },
      { label: 'measure', points: [{ metric: 'bt/maternity-return', label: { ko: '출산휴가 뒤 복귀', en: 'Back after maternity leave' } }] },
      { label: 'measure', points: [{ metric: 'bt/office-saving', label: { ko: '사무실 운영비 절감', en: 'Office costs saved' } }] },
    ],
  },
  {
    id: 'us-workers',
    type: 'bar',
    title: { ko: '미국에서 스마트워크를 하는 근로자: 2008년과 2016년 전망', en: 'US workers doing smart work: 2008 and the outlook for 2016' },
    place: { page: 'case', id: 'united-states' },
    panels: [{ label: 'owner-year', points: ['united-states/workers-share-2008', 'united-states/workers-share-2016'] }],
  },
  {
    id: 'kcc-infrastructure',
    type: 'bar',
    title: { ko: '스마트워크 인프라 목표', en: 'Smart work infrastructure targets' },
    place: { page: 'policy', id: 'kcc-infrastructure-strategy' },
    panels: [
      { label: 'measure', points: [{ metric: 'kcc/centres-2015', label: { ko: '스마트워크센터, 2015', en: 'Smart work centres, 2015' } }] },
      { label: 'measure', points: [{ metric: 'kcc/wifi-zones-2010', label: { ko: '와이파이 존, 2010', en: 'Wi-Fi zones, 2010' } }] },
      { label: 'measure', points: [{ metric: 'kcc/wibro-cities-2012', label: { ko: '와이브로 도시, 2012', en: 'WiBro cities, 2012' } }] },
      { label: 'measure', points: [{ metric: 'kcc/giga-internet-2015', label: { ko: '기가급 인터넷, 2015', en: 'Giga-class internet, 2015' } }] },
    ],
  },
  {
    id: 'expected-effects',
    type: 'bar',
    title: { ko: '스마트워크 활성화의 기대 효과', en: 'What smart work was expected to save' },
    place: { page: 'policy', id: 'national-activation-strategy' },
    panels: [
      { label: 'measure', points: [{ metric: 'national/commute-minutes', label: { ko: '출퇴근 시간', en: 'Commuting time' } }] },
      { label: 'measure', points: [{ metric: 'national/co2-tonnes', label: { ko: '탄소배출', en: 'Carbon emissions' } }] },
      { label: 'measure', points: [{ metric: 'national/transport-cost', label: { ko: '교통비용', en: 'Transport costs' } }] },
    ],
  },
];
