/** The shapes content takes on its way from content/ to the pages. */
import type { Lang } from '~/schemas/common';
import type { CaseData, CaseText } from '~/schemas/case';
import type { ChartSpec } from '~/schemas/chart';
import type { Metric, MetricBase, TimelineEvent } from '~/schemas/metric';
import type { Owner, PolicyData, PolicyText } from '~/schemas/policy';
import type { PageText, TopicText } from '~/schemas/topic';
import type { Fact, GlossaryTerm, Note, PaperSection, Source } from '~/schemas/reference';

/** A validated entry and the file it came from. */
export interface Located<T> {
  data: T;
  /** Path from the repository root. */
  file: string;
  /** Position in its file, for entries of a list file. */
  index?: number;
}
export interface LocatedEntry<T> extends Located<T> {
  id: string;
}
export interface LocatedText<T> extends LocatedEntry<T> {
  lang: Lang;
  /** The MDX body, scanned for component references. */
  body: string;
  /** Lines of the file before the body (the frontmatter), so problems name the file's own line. */
  bodyLine: number;
}

export type OwnerKind = 'case' | 'policy';
export interface OwnedMetric extends Metric {
  owner: { kind: OwnerKind; id: string };
}
export interface OwnedEvent extends TimelineEvent {
  owner: { kind: OwnerKind; id: string };
}

/** A text in both languages, paired. */
export interface Bilingual<T> {
  id: string;
  text: Record<Lang, T>;
  /** MDX bodies, for the figures and terms a page uses. */
  bodies: Record<Lang, string>;
  files: Record<Lang, string>;
}
export interface CaseRecord extends Bilingual<CaseText> {
  data: CaseData;
  dataFile: string;
}
export interface PolicyRecord extends Bilingual<PolicyText> {
  data: PolicyData;
  dataFile: string;
}
export type TopicRecord = Bilingual<TopicText>;
export type PageRecord = Bilingual<PageText>;

/** Every section, fact, term, source, note, base, owner and metric by id. */
export interface ContentIndex {
  /** The paper's sections, in the paper's order. */
  sections: Map<string, PaperSection>;
  facts: Map<string, Fact>;
  glossary: Map<string, GlossaryTerm>;
  sources: Map<string, Source>;
  notes: Map<string, Note>;
  /** What figures are shares or counts of. */
  bases: Map<string, MetricBase>;
  /** The bodies that own policies. */
  owners: Map<string, Owner>;
  metrics: Map<string, OwnedMetric>;
}

/** Everything the pages read, checked and cross-referenced. */
export interface Atlas extends ContentIndex {
  cases: CaseRecord[];
  policies: PolicyRecord[];
  topics: TopicRecord[];
  pages: PageRecord[];
  /** Every chart, in the order the figures page shows them. */
  charts: ChartSpec[];
}
