/**
 * "Cite this page": ready citations of a page of the atlas (or one chart of
 * it) and of the paper it rests on, in the styles students are asked for:
 * APA (7th edition), Chicago (17th, bibliography entry) and the Korean style
 * of KCI-listed journals (저자, 「제목」, 『매체』, 날짜). Plus BibTeX and RIS
 * files holding both entries, for reference managers. Pure.
 *
 * The atlas is cited as a website with the site as its group author, the
 * page's last change as its date. The paper is cited with what is known of
 * it: the journal, volume and exact pages are not in the text the atlas was
 * made from (content/sources.yaml keeps them empty), so they are left out
 * rather than guessed; the paper's year, which its text does not give, is "n.d.".
 */
import type { Lang } from '~/schemas/common';
import type { Source } from '~/schemas/reference';
import { t } from '~/i18n';
import { fill } from '~/lib/format/fill';

/** A run of citation text; titles are italic where the style wants it, except in Korean, which has no italic. */
export interface Segment {
  text: string;
  italic?: true;
  /** The run's language where it differs from the page's: a Korean title in an English citation. */
  lang?: Lang;
}

export type CiteStyle = 'apa' | 'chicago' | 'kci';
export const CITE_STYLES: readonly CiteStyle[] = ['apa', 'chicago', 'kci'];

/** What is cited: a page of the atlas in one language, or a chart on it. */
export interface CitedPage {
  lang: Lang;
  title: string;
  /** Absolute URL, with the chart's anchor for a chart. */
  url: string;
  /** When its content last changed. */
  updated: Date;
  /** Base of the download file names: `kt.en`. */
  fileStem: string;
}

type Paper = Extract<Source, { kind: 'paper' }>;

export interface PageCitation {
  updated: Date;
  styles: { style: CiteStyle; name: string; page: Segment[]; paper: Segment[] }[];
  bibtex: string;
  ris: string;
  fileStem: string;
  /** What the paper's citation lacks, said once under the citations. */
  paperCaveat: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const ymd = (d: Date) => [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()] as const;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2026. 11. 29." as Korean citations write a date. */
export function koreanDate(d: Date): string {
  const [y, m, day] = ymd(d);
  return `${y}. ${m}. ${day}.`;
}

/**
 * The paper's text gives no year of publication (content/sources.yaml says what
 * is known and how), so citations say so as each style does: "n.d." in APA and
 * Chicago, 연도 미상 in the Korean style, and the estimate in a note.
 */
const NO_DATE = { apa: 'n.d.', chicago: 'n.d.', kci: '연도 미상' } as const;

/** "Jung Cheol-ho" → family "Jung", given "Cheol-ho": a Korean name written in English, family name first. */
function nameParts(name: string): { family: string; given: string } {
  const [family = name, ...rest] = name.trim().split(/\s+/);
  return { family, given: rest.join(' ') };
}

/** "Cheol-ho" → "C.-h.", as APA writes the initials of a hyphenated given name. */
export function initials(given: string): string {
  return given
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => word.split('-').map((part) => `${part[0] ?? ''}.`).join('-'))
    .join(' ');
}

function apa(page: CitedPage, paper: Paper, site: string): { page: Segment[]; paper: Segment[] } {
  const [y, m, d] = ymd(page.updated);
  const date = page.lang === 'ko' ? `${y}. ${m}. ${d}.` : `${y}, ${MONTHS[m - 1]} ${d}`;
  const { family, given } = nameParts(paper.author.en);
  return {
    // When the group author is the site, APA leaves the site's name out after the title.
    page: [{ text: `${site}. (${date}). ` }, { text: page.title, italic: true }, { text: `. ${page.url}` }],
    paper: [
      { text: `${family}, ${initials(given)} (${NO_DATE.apa}). ` },
      { text: paper.title.ko, italic: true, lang: 'ko' },
      { text: ` [${paper.title.en}]`, italic: true },
      { text: ` (${paper.series.en}).` },
    ],
  };
}

function chicago(page: CitedPage, paper: Paper, site: string, lang: Lang): { page: Segment[]; paper: Segment[] } {
  const c = t(lang).citePage;
  const [y, m, d] = ymd(page.updated);
  const date = lang === 'ko' ? `${y}년 ${m}월 ${d}일` : `${MONTHS[m - 1]} ${d}, ${y}`;
  const { family, given } = nameParts(paper.author.en);
  return {
    page: [{ text: `${site}. “${page.title}.” ${fill(c.lastModified, { date })}. ${page.url}.` }],
    paper: [{ text: `${family}, ${given}. “${paper.title.ko} [${paper.title.en}].” ${paper.series.en}, ${NO_DATE.chicago}` }],
  };
}

function kci(page: CitedPage, paper: Paper, site: string): { page: Segment[]; paper: Segment[] } {
  // Korean titles take 「」 and the medium 『』; an English page's title takes quotation marks.
  const title = page.lang === 'ko' ? `「${page.title}」` : `“${page.title}”`;
  const medium = page.lang === 'ko' ? `『${site}』` : site;
  const modified = page.lang === 'ko' ? `${koreanDate(page.updated)} 수정` : `last modified ${koreanDate(page.updated)}`;
  return {
    page: [{ text: `${site}, ${title}, ${medium}, ${modified}, ${page.url}.` }],
    paper: [{ text: `${paper.author.ko}, 「${paper.title.ko}」, ${paper.series.ko}, ${NO_DATE.kci}.` }],
  };
}

/** Braces and the characters TeX treats specially, escaped for a BibTeX field. */
export function bibtexEscape(s: string): string {
  return s.replace(/[\\{}]/g, (c) => `\\${c}`).replace(/([%&$#_])/g, '\\$1').replace(/~/g, '\\textasciitilde{}').replace(/\^/g, '\\textasciicircum{}');
}

function bibtex(page: CitedPage, paper: Paper, site: string): string {
  const [y, m, d] = ymd(page.updated);
  const field = (name: string, value: string) => `  ${name} = {${value}}`;
  const entry = (type: string, key: string, fields: string[]) => `@${type}{${key},\n${fields.join(',\n')}\n}\n`;
  const { family, given } = nameParts(paper.author.en);
  return [
    entry('online', `atlas-${page.fileStem.replace(/[^a-z0-9-]/gi, '-')}`, [
      // Double braces: the group author is one name, not a family and given name.
      field('author', `{${bibtexEscape(site)}}`),
      field('title', bibtexEscape(page.title)),
      field('organization', bibtexEscape(site)),
      field('date', `${y}-${pad(m)}-${pad(d)}`),
      field('year', String(y)),
      field('url', page.url),
      field('langid', page.lang === 'ko' ? 'korean' : 'english'),
      field('note', `Last modified ${y}-${pad(m)}-${pad(d)}`),
    ]),
    entry('misc', `${family.toLowerCase()}-smartwork`, [
      field('author', `${bibtexEscape(family)}, ${bibtexEscape(given)}`),
      field('title', bibtexEscape(paper.title.ko)),
      field('titleaddon', bibtexEscape(`[${paper.title.en}]`)),
      field('howpublished', bibtexEscape(paper.series.en)),
      field('langid', 'korean'),
      field('note', bibtexEscape(`Date not stated in the paper: ${paper.date.en}. Author's affiliation: ${paper.affiliation.en}. Journal, volume and exact pages not known.`)),
    ]),
  ].join('\n');
}

function ris(page: CitedPage, paper: Paper, site: string): string {
  const [y, m, d] = ymd(page.updated);
  const line = (tag: string, value: string) => `${tag}  - ${value}`;
  const { family, given } = nameParts(paper.author.en);
  const records = [
    [
      line('TY', 'ELEC'),
      line('AU', site),
      line('TI', page.title),
      line('T2', site),
      line('PY', String(y)),
      line('DA', `${y}/${pad(m)}/${pad(d)}`),
      line('UR', page.url),
      line('LA', page.lang),
      line('N1', `Last modified ${y}-${pad(m)}-${pad(d)}`),
      line('ER', ''),
    ],
    [
      line('TY', 'GEN'),
      line('AU', `${family}, ${given}`),
      line('TI', paper.title.ko),
      line('TT', paper.title.en),
      line('M3', paper.series.en),
      line('LA', 'ko'),
      line('N1', `Date not stated in the paper: ${paper.date.en}. Author's affiliation: ${paper.affiliation.en}. Journal, volume and exact pages not known.`),
      line('ER', ''),
    ],
  ];
  // RIS lines end in CR LF, and each record with "ER  - ".
  return records.map((r) => r.join('\r\n')).join('\r\n\r\n') + '\r\n';
}

export function pageCitation(page: CitedPage, paper: Paper): PageCitation {
  const d = t(page.lang);
  const site = d.siteName;
  const styles = {
    apa: apa(page, paper, site),
    chicago: chicago(page, paper, site, page.lang),
    kci: kci(page, paper, site),
  };
  return {
    updated: page.updated,
    styles: CITE_STYLES.map((style) => ({ style, name: d.citePage.styles[style], ...styles[style] })),
    bibtex: bibtex(page, paper, site),
    ris: ris(page, paper, site),
    fileStem: page.fileStem,
    paperCaveat: d.citePage.paperCaveat,
  };
}

/** The paper as content/sources.yaml records it; its absence is a content error the checker reports first. */
export function paperSource(sources: ReadonlyMap<string, Source>): Paper {
  const paper = sources.get('paper');
  if (paper?.kind !== 'paper') throw new Error('content/sources.yaml: the entry "paper" is missing');
  return paper;
}

/** A download link's address for a file held in the page itself: nothing to fetch, nothing to host. */
export function dataUri(type: string, text: string): string {
  return `data:${type};charset=utf-8,${encodeURIComponent(text)}`;
}
