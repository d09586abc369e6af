/**
 * The mistakes an editor makes, applied to a copy of the real content/ (not
 * to fixtures that drift from it), each with the exact lines check:content
 * prints: one mistake at a time, then several at once, where the checker must
 * report every one in a single run, sorted by file, and nothing more.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '~/lib/atlas/check-content';
import { formatProblem, problemCount } from '~/lib/atlas/problems';
import { contentCopy, type ContentCopy } from '../support/content-copy';
import { realAtlas } from '../support/atlas';

const atlas = await realAtlas();

/** The "known: …" list of a message: the first twelve ids, then an ellipsis. */
const known = (ids: Iterable<string>) => {
  const list = [...ids];
  return list.length > 12 ? `${list.slice(0, 12).join(', ')}, …` : list.join(', ');
};
const UNKNOWN_KEY = 'unknown key (check the spelling against the schema in src/schemas/)';
const ONLY_COMPONENTS = 'only the atlas’s components may stand in a text (Metric, Cite, Term, Editorial, Background); HTML elements and other components could run code or break the page';

interface Mistake {
  /** What the editor did. */
  what: string;
  apply(c: ContentCopy): void;
  /** The lines check:content prints, given the edited copy (for line numbers). */
  expected(c: ContentCopy): string[];
}

const MISTAKES: Mistake[] = [
  {
    what: 'a case without its country',
    apply: (c) => c.replace('cases/kt.yaml', 'country: KR\n', ''),
    expected: () => ['content/cases/kt.yaml → country: required field is missing (expected string)'],
  },
  {
    what: 'UK, which is not an ISO code, for the United Kingdom',
    apply: (c) => c.replace('cases/bt.yaml', 'country: GB', 'country: UK'),
    expected: () => ['content/cases/bt.yaml → country: "UK" is not an ISO 3166-1 alpha-2 country code; did you mean GB (United Kingdom)?'],
  },
  {
    what: 'a code that names no country',
    apply: (c) => c.replace('cases/kt.yaml', 'country: KR', 'country: XX'),
    expected: () => ['content/cases/kt.yaml → country: "XX" is not an ISO 3166-1 alpha-2 country code: write the country\'s two capital letters, e.g. KR, US, DE'],
  },
  {
    what: 'a country’s name instead of its code',
    apply: (c) => c.replace('cases/lg-cns.yaml', 'country: KR', 'country: Germany'),
    expected: () => ['content/cases/lg-cns.yaml → country: "Germany" is not an ISO 3166-1 alpha-2 country code; did you mean DE (Germany)?'],
  },
  {
    what: 'a country code in lower case',
    apply: (c) => c.replace('cases/japan.yaml', 'country: JP', 'country: jp'),
    expected: () => ['content/cases/japan.yaml → country: "jp" is not an ISO 3166-1 alpha-2 country code; did you mean JP (Japan)?'],
  },
  {
    what: 'a sector the site does not have',
    apply: (c) => c.replace('cases/samsung-sds.yaml', 'sector: company', 'sector: firm'),
    expected: () => [
      'content/cases/samsung-sds.yaml → sector: "firm" is not a sector of the atlas; expected one of: company, government. Sectors are the site’s vocabulary: the case filters, the search and the comparison group by them, and every policy counts as government. To add one, add it to SECTORS in src/schemas/common.ts and name it under sectors in src/i18n/en.ts and ko.ts.',
    ],
  },
  {
    what: 'a form of smart work the site does not have',
    apply: (c) => c.replace('cases/lg-cns.yaml', 'forms: [virtual-desktop, mobile]', 'forms: [virtual-desktop, hot-desking]'),
    expected: () => [
      'content/cases/lg-cns.yaml → forms[1]: "hot-desking" is not a form of smart work of the atlas; expected one of: telework, home, partial-home, centre, smart-office, mobile, flexible-hours, virtual-desktop, job-sharing. The forms are the paper’s own distinctions and the filters of the case index, the search and the comparison. To add one, add it to FORMS in src/schemas/common.ts and name it under forms in src/i18n/en.ts and ko.ts.',
    ],
  },
  {
    what: 'a unit the site cannot write',
    apply: (c) => c.replace('cases/bt.yaml', 'unit: usd', 'unit: dollars'),
    expected: () => [
      'content/cases/bt.yaml → metrics[4].unit: "dollars" is not a unit of the atlas; expected one of: percent, sites, floors, krw, usd, people, minutes, tonnes, meetings, agencies, organisations, businesses, zones, cities. A unit decides how a number is written in each language (English plurals, Korean counters, currency signs), so it is code: add it to UNITS in src/schemas/metric.ts and its words under units in src/i18n/en.ts and ko.ts.',
    ],
  },
  {
    what: 'a base that content/bases.yaml does not list',
    apply: (c) => c.replace('cases/bt.yaml', 'base: company-staff', 'base: company-desks'),
    expected: () => [
      `content/cases/bt.yaml → metrics[0].base: unknown base "company-desks": what the figure is a share or count of must be an id of content/bases.yaml; add it there if it is new (known: ${known(atlas.bases.keys())})`,
    ],
  },
  {
    what: 'a kind of figure the site does not have',
    apply: (c) => c.replace('cases/kt.yaml', 'kind: actual', 'kind: estimate'),
    expected: () => [
      'content/cases/kt.yaml → metrics[0].kind: "estimate" is not a kind of figure; expected one of: actual, target, forecast, expected. The kinds are the site’s vocabulary: tables, charts and the open data mark each one, so a reader never takes a target for a result. A new kind is added in src/schemas/metric.ts and named under kinds in src/i18n/en.ts and ko.ts.',
    ],
  },
  {
    what: '185% of staff',
    apply: (c) => c.replace('cases/bt.yaml', 'value: 85\n', 'value: 185\n'),
    expected: () => ['content/cases/bt.yaml → metrics[0].value: a percentage must be between 0 and 100, got 185'],
  },
  {
    what: 'a range whose upper end is below its lower end',
    apply: (c) => c.replace('cases/bt.yaml', 'valueMax: 60', 'valueMax: 10'),
    expected: () => ['content/cases/bt.yaml → metrics[1].valueMax: valueMax must not be below value'],
  },
  {
    what: 'a year written as words',
    apply: (c) => c.replace('cases/kt.yaml', 'startYear: 2010', 'startYear: twenty ten'),
    expected: () => ['content/cases/kt.yaml → startYear: expected number, got string'],
  },
  {
    what: 'a misspelt field in a data file',
    apply: (c) => c.replace('cases/kt.yaml', 'headline: kt/centres-2012', 'headlin: kt/centres-2012'),
    expected: () => [`content/cases/kt.yaml → headlin: ${UNKNOWN_KEY}`],
  },
  {
    what: 'a misspelt field in a text’s frontmatter',
    apply: (c) => c.replace('cases/en/kt.mdx', 'title: KT\n', 'titel: KT\n'),
    expected: () => ['content/cases/en/kt.mdx → title: required field is missing (expected string)', `content/cases/en/kt.mdx → titel: ${UNKNOWN_KEY}`],
  },
  {
    what: 'a control character pasted into a title',
    apply: (c) => c.replace('cases/en/kt.mdx', 'title: KT\n', 'title: "KT\\a"\n'),
    expected: () => ['content/cases/en/kt.mdx → title: contains a control character (an invisible code below U+0020 other than a tab or a line break); delete it'],
  },
  {
    what: 'two figures with one id (the figure renamed away is missing where the texts use it)',
    apply: (c) => c.replace('cases/bt.yaml', '- id: bt/meetings-avoided', '- id: bt/office-saving'),
    expected: (c) => [
      'content/cases/bt.yaml → metrics[5].id: duplicate metric id "bt/office-saving"',
      ...(['en', 'ko'] as const).map(
        (lang) => `content/cases/${lang}/bt.mdx → line ${c.lineOf(`cases/${lang}/bt.mdx`, 'bt/meetings-avoided')} <Metric id="bt/meetings-avoided">: unknown metric "bt/meetings-avoided"`,
      ),
    ],
  },
  {
    what: 'two notes with one id',
    apply: (c) => c.write('notes.yaml', `${c.read('notes.yaml')}- { id: workforce-target, facts: [F06], status: agrees, text: { ko: 같은 id, en: the same id }, sources: [ktv-346584] }\n`),
    expected: () => [`content/notes.yaml → [${atlas.notes.size}].id: duplicate note id "workforce-target" (first defined in content/notes.yaml)`],
  },
  {
    what: 'a policy that does not exist',
    apply: (c) => c.replace('cases/kt.yaml', 'policies: [national-activation-strategy]', 'policies: [national-activation-strategy, smart-city-plan]'),
    expected: () => [`content/cases/kt.yaml → policies[1]: unknown policy "smart-city-plan" (known: ${known(atlas.policies.map((p) => p.id).sort())})`],
  },
  {
    what: 'a glossary term that does not exist, in a data file',
    apply: (c) => c.replace('cases/lg-cns.yaml', 'glossary: [virtual-desktop, cloud-computing, vpn, netbook, information-security]', 'glossary: [virtual-desktop, cloud-computing, vpn, netbook, information-security, hot-desk]'),
    expected: () => [`content/cases/lg-cns.yaml → glossary[5]: unknown glossary term "hot-desk" (known: ${known(atlas.glossary.keys())})`],
  },
  {
    what: 'a fact the paper does not have',
    apply: (c) => c.replace('cases/bt.yaml', 'fact: F40', 'fact: F52'),
    expected: () => ['content/cases/bt.yaml → metrics[0].fact: a fact id from F01 to F51'],
  },
  {
    what: 'an editorial note that does not exist',
    apply: (c) => c.replace('cases/kt.yaml', 'note: kt-bundang-month', 'note: kt-bundang-day'),
    expected: () => [`content/cases/kt.yaml → metrics[0].note: unknown note "kt-bundang-day" (known: ${known(atlas.notes.keys())})`],
  },
  {
    what: 'a headline that is not one of the case’s figures',
    apply: (c) => c.replace('cases/kt.yaml', 'headline: kt/centres-2012', 'headline: kt/centres-2020'),
    expected: () => ['content/cases/kt.yaml → headline: headline "kt/centres-2020" is not one of this case\'s metrics'],
  },
  {
    what: 'an unknown figure in the text',
    apply: (c) => c.replace('cases/en/bt.mdx', '<Metric id="bt/staff-share" />', '<Metric id="bt/staff-ratio" />'),
    expected: (c) => [`content/cases/en/bt.mdx → line ${c.lineOf('cases/en/bt.mdx', 'bt/staff-ratio')} <Metric id="bt/staff-ratio">: unknown metric "bt/staff-ratio"`],
  },
  {
    what: 'an unknown glossary term in the text',
    apply: (c) => c.replace('cases/en/bt.mdx', '<Term id="job-sharing">', '<Term id="job-share">'),
    expected: (c) => [`content/cases/en/bt.mdx → line ${c.lineOf('cases/en/bt.mdx', '"job-share"')} <Term id="job-share">: unknown glossary term "job-share"`],
  },
  {
    what: 'a citation of a fact the paper does not have',
    apply: (c) => c.replace('cases/en/bt.mdx', '<Cite f="F44" />', '<Cite f="F99" />'),
    expected: (c) => [`content/cases/en/bt.mdx → line ${c.lineOf('cases/en/bt.mdx', 'F99')} <Cite f="F99">: unknown fact "F99" (content/facts.yaml lists F01–F51)`],
  },
  {
    what: 'a case written in English only',
    apply: (c) => c.remove('cases/ko/kt.mdx'),
    expected: () => ['content/cases/ko/kt.mdx: missing Korean text for case "kt" (content/cases/en/kt.mdx exists)'],
  },
  {
    what: 'an unclosed bracket in YAML',
    apply: (c) => c.replace('cases/kt.yaml', 'forms: [centre]', 'forms: [centre'),
    expected: () => ['content/cases/kt.yaml → line 6: broken YAML: Flow sequence in block collection must be sufficiently indented and end with a ]'],
  },
  {
    what: 'an unclosed component in MDX',
    apply: (c) => c.replace('cases/en/bt.mdx', '<Cite f="F44" />', '<Cite f="F44">'),
    expected: (c) => [`content/cases/en/bt.mdx → line ${c.lineOf('cases/en/bt.mdx', '<Cite f="F44">')}: broken MDX: Expected a closing tag for \`<Cite>\` before the end of \`paragraph\``],
  },
  {
    what: 'HTML that would run code (an image with onerror)',
    apply: (c) => c.replace('cases/en/bt.mdx', '<Cite f="F44" />', '<Cite f="F44" /><img src="x" onerror="alert(1)" />'),
    expected: (c) => [`content/cases/en/bt.mdx → line ${c.lineOf('cases/en/bt.mdx', 'onerror')} <img>: ${ONLY_COMPONENTS}`],
  },
  {
    what: 'a {…} expression in the text',
    apply: (c) => c.replace('cases/en/bt.mdx', '<Cite f="F44" />', '<Cite f="F44" /> {alert(1)}'),
    expected: (c) => [
      `content/cases/en/bt.mdx → line ${c.lineOf('cases/en/bt.mdx', 'alert(1)')} {…}: a {…} expression runs as code and is not allowed in a text; write the words, or use <Metric>, <Cite> or <Term> (a comment {/* … */} is fine)`,
    ],
  },
  {
    what: 'a javascript: link',
    apply: (c) => c.replace('cases/en/bt.mdx', '[NTT Data](../ntt-data/)', '[NTT Data](javascript:alert(1))'),
    expected: (c) => [
      `content/cases/en/bt.mdx → line ${c.lineOf('cases/en/bt.mdx', 'javascript:')} link: an address with the scheme "javascript:" could run code or leave the web; link only to https:// or http:// addresses, mailto: or pages of the site`,
    ],
  },
  {
    what: 'an event handler on a component',
    apply: (c) => c.replace('cases/en/bt.mdx', '<Metric id="bt/staff-share" />', '<Metric id="bt/staff-share" onClick="alert(1)" />'),
    expected: (c) => [`content/cases/en/bt.mdx → line ${c.lineOf('cases/en/bt.mdx', 'onClick')} <Metric onClick>: <Metric> takes id="" and bare=""`],
  },
  {
    what: 'a chart that names a missing metric',
    apply: (c) => c.replace('charts.yaml', '        - ntt-data/staff-share\n', '        - ntt-data/staff-ratio\n'),
    expected: () => ['content/charts.yaml → uptake.panels[0].points[1]: unknown metric "ntt-data/staff-ratio"'],
  },
  {
    what: 'a chart panel that mixes two bases on one axis',
    apply: (c) => c.replace('charts.yaml', '        - ntt-data/staff-share\n', '        - ntt-data/staff-share\n        - korea/businesses-share\n'),
    expected: () => [
      'content/charts.yaml → uptake.panels[0]: would put bases "company-staff" (bt/staff-share) and "national-businesses" (korea/businesses-share) on one axis: a panel draws one measure, so give each its own panel',
    ],
  },
  {
    what: 'a chart placed on a case that does not exist',
    apply: (c) => c.replace('charts.yaml', 'place: case/kt\n', 'place: case/k-t\n'),
    expected: () => [`content/charts.yaml → kt-centres.place: unknown case "k-t" (known: ${known(atlas.cases.map((x) => x.id))})`],
  },
  {
    what: 'a chart type the site cannot draw',
    apply: (c) => c.replace('charts.yaml', 'type: timeline', 'type: gantt'),
    expected: () => [
      `content/charts.yaml → [${atlas.charts.findIndex((x) => x.type === 'timeline')}].type: a chart's type is one of: bar, timeline (bar charts have panels of metrics; the timeline draws every dated event)`,
    ],
  },
  {
    what: 'a policy owned by a body content/owners.yaml does not list',
    apply: (c) => c.replace('policies/national-activation-strategy.yaml', 'owners: [pcnis, mopas, kcc]', 'owners: [pcnis, mopas, kcc, molab]'),
    expected: () => [
      `content/policies/national-activation-strategy.yaml → owners[3]: unknown owner "molab": the bodies that own policies are listed, with their names, in content/owners.yaml; add it there if it is new (known: ${known(atlas.owners.keys())})`,
    ],
  },
  {
    what: 'a fact in a section the paper does not have',
    apply: (c) => c.replace('facts.yaml', /section: "1"\n/, 'section: "2.5"\n'),
    expected: () => [`content/facts.yaml → F01.section: unknown section "2.5" of the paper (content/sections.yaml lists: ${known(atlas.sections.keys())})`],
  },
  {
    what: 'an editorial note citing a source that does not exist',
    apply: (c) => c.replace('notes.yaml', 'sources: [edaily-2012-01-19, ktv-346584]', 'sources: [edaily-2012-01-19, ktv-999]'),
    expected: () => ['content/notes.yaml → workforce-target.sources[1]: unknown source "ktv-999" (see content/sources.yaml)'],
  },
  {
    what: 'a base added without its English title (the figures that use it are not reported again)',
    apply: (c) => c.replace('bases.yaml', /title: \{ ko: "기업 전체 직원 중 비율", en: [^}]*\}/, 'title: { ko: "기업 전체 직원 중 비율" }'),
    expected: () => ['content/bases.yaml → [0].title.en: required field is missing (expected string)'],
  },
];

let copy: ContentCopy | undefined;
afterEach(() => copy?.cleanup());

async function check(c: ContentCopy): Promise<string[]> {
  return (await checkContent(c.root)).problems.map(formatProblem);
}

describe('one mistake at a time, in the real content', () => {
  it(`covers ${MISTAKES.length} kinds of mistake`, () => expect(MISTAKES.length).toBeGreaterThanOrEqual(20));

  it.each(MISTAKES.map((m) => [m.what, m] as const))('%s', async (_what, mistake) => {
    copy = contentCopy();
    mistake.apply(copy);
    expect(await check(copy)).toEqual(mistake.expected(copy));
  });
});

describe('several mistakes at once', () => {
  /** Applies mistakes to one copy; each must touch files none of the others touches. */
  async function together(picked: Mistake[]) {
    copy = contentCopy();
    for (const m of picked) m.apply(copy);
    const expected = picked.flatMap((m) => m.expected(copy!).map((line) => ({ line, file: line.split(/ → |: /)[0]! })));
    const result = await checkContent(copy.root);
    return { result, expected };
  }

  it('reports a missing field in one case, an unknown metric in another case’s text and an unknown glossary term in a third, in one run', async () => {
    const byWhat = (what: string) => MISTAKES.find((m) => m.what === what)!;
    const { result, expected } = await together([
      byWhat('an unknown figure in the text'),
      byWhat('a case without its country'),
      byWhat('a glossary term that does not exist, in a data file'),
    ]);
    expect(result.atlas).toBeUndefined();
    expect(result.problems.map(formatProblem)).toEqual(expected.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)).map((e) => e.line));
    expect(result.problems.map((p) => p.file)).toEqual(['content/cases/en/bt.mdx', 'content/cases/kt.yaml', 'content/cases/lg-cns.yaml']);
    expect(problemCount(result.problems)).toBe('3 problems in 3 files');
  });

  it('reports ten mistakes in ten files, sorted by file, with the count, and no problem that follows from another', async () => {
    const picked = [
      'a case written in English only',
      'a unit the site cannot write',
      'a country’s name instead of its code',
      'a sector the site does not have',
      'a chart that names a missing metric',
      'a policy owned by a body content/owners.yaml does not list',
      'a fact in a section the paper does not have',
      'an editorial note citing a source that does not exist',
      'a base added without its English title (the figures that use it are not reported again)',
      'a country code in lower case',
    ].map((what) => MISTAKES.find((m) => m.what === what)!);
    const { result, expected } = await together(picked);
    const files = new Set(expected.map((e) => e.file));
    expect(files.size).toBe(10);
    const sorted = [...expected].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    expect(result.problems.map(formatProblem)).toEqual(sorted.map((e) => e.line));
    expect(problemCount(result.problems)).toBe(`${expected.length} problems in 10 files`);
  });
});
