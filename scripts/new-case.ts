/**
 * `npm run new:case -- <id>`: writes the three files of a new case, every
 * field explained in place with the values it accepts. The scaffold is
 * deliberately incomplete (no country, no figures, no text) so
 * `npm run check:content` lists what is left to fill in, and an unfinished
 * case can never reach readers.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse } from 'yaml';
import { FORMS, SECTORS } from '~/schemas/common';
import { METRIC_KINDS, UNITS } from '~/schemas/metric';
import { LABEL_RULES } from '~/schemas/chart';

const id = process.argv[2];
const root = resolve(process.argv[3] ?? '.');
if (!id || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) {
  console.error('usage: npm run new:case -- <id>   (lower-case words joined by hyphens, e.g. hanwha-systems)');
  process.exit(1);
}
const dir = join(root, 'content/cases');
const files = {
  data: join(dir, `${id}.yaml`),
  ko: join(dir, 'ko', `${id}.mdx`),
  en: join(dir, 'en', `${id}.mdx`),
};
for (const f of Object.values(files)) {
  if (existsSync(f)) {
    console.error(`${f} exists already; choose another id or edit the existing case.`);
    process.exit(1);
  }
}

/** The ids of a list file under content/, to name the values it holds today. */
function idsOf(file: string): string[] {
  try {
    const list = parse(readFileSync(join(root, 'content', file), 'utf8')) as { id?: unknown }[];
    return list.flatMap((e) => (typeof e.id === 'string' ? [e.id] : []));
  } catch {
    return [];
  }
}

/** Wraps a list of values over comment lines of about 90 characters. */
function wrap(values: readonly string[], indent: string): string {
  const lines: string[] = [];
  let line = '';
  for (const v of values) {
    if (line && line.length + v.length + 2 > 90) {
      lines.push(line);
      line = '';
    }
    line += line ? `, ${v}` : v;
  }
  if (line) lines.push(line);
  return lines.map((l) => `${indent}${l}`).join('\n');
}

const today = new Date().toISOString().slice(0, 10);
const bases = idsOf('bases.yaml');

const data = `# ${id}: the language-neutral facts of this case. Both languages show what is here,
# so a number is typed once. Every figure and claim must come from the source paper
# (../shared/source/FACTS.md): name the fact (F01–F51) it rests on.

# The country, as its ISO 3166-1 alpha-2 code: KR, US, GB, JP, NL, DE, FR… Any country
# works; its name in each language comes from the code.
country:
# company (a firm's own programme) or government (a country's national picture).
# One of: ${SECTORS.join(', ')}.
sector:
# Year the programme started, as the paper reports it. Delete the line if the paper gives none.
startYear:
# Forms of smart work the case uses, as a list such as [home, centre]. One or more of:
${wrap(FORMS, '#   ')}
forms: []
# Policies this case relates to (file names of content/policies/*.yaml). Optional.
policies: []
# Glossary terms the case uses (ids in content/glossary.yaml). Optional.
glossary: []
# Facts of the paper the page draws on, e.g. [F31]. At least one.
facts: []
# The figure shown on the case index: one of the metric ids below. Optional.
# headline: ${id}/staff-share
# Figures. Copy the commented block for each one and fill it in.
metrics: []
#  - id: ${id}/staff-share        # "${id}/" and a short key
#    value: 85                    # the number as the paper gives it (lower end of a range)
#    valueMax: 90                 # upper end of a range; delete if none
#    approx: false                # true where the paper says "about" (약, 여)
#    unit: percent                # one of the units below
#    per: year                    # year or day for rates; delete if none
#    year: 2010                   # the year it describes or the target year; delete if none
#    kind: actual                 # ${METRIC_KINDS.join(', ')}
#    base: company-staff          # what it is a share or count of: an id of content/bases.yaml
#    measure: { ko: "…", en: "…" }      # what is measured, in each language
#    denominator: { ko: "…", en: "…" }  # of what whole a percentage is a share; optional
#    fact: F40                    # the fact of the paper it comes from
#    note: bt-savings             # an editorial note in content/notes.yaml, if the cross-check found one
#
# Units (how the number is written: "85%", "30 sites", "30곳"):
${wrap(UNITS, '#   ')}
# Bases (content/bases.yaml; add one there, with its title in both languages, if the figure
# measures something new). Charts never put two bases on one axis:
${wrap(bases.length ? bases : ['see content/bases.yaml'], '#   ')}
#
# Dated events for the timeline: a start, a milestone or a target.
events: []
#  - { year: 2010, month: 9, kind: start, label: { ko: "…", en: "…" } }
#  - { year: 2012, kind: target, metric: ${id}/staff-share }   # or name a metric instead of a label
#
# A chart of this case's figures goes in content/charts.yaml, for example:
#  - id: ${id}-uptake
#    type: bar
#    title: { ko: "…", en: "…" }
#    place: case/${id}              # shown on this case's page (or figures, for the figures page)
#    panels:                        # one panel per measure; all points of a panel share one base and unit
#      - label: measure             # ${LABEL_RULES.join(', ')}
#        points: [${id}/staff-share]
`;

const text = (lang: 'ko' | 'en') => `---
# ${lang === 'ko' ? 'The Korean text of this case.' : 'The English text of this case.'} Write every sentence yourself; do not paste the paper.
# The case's name as readers see it.
title:
# One or two sentences for cards, search results and link previews (no figures: they live in the YAML).
summary:
# Short answers for the comparison table. Delete a key the paper does not report: the table then
# shows "not reported". Each names the facts (F01–F51) it rests on.
compare:
  scale: { text: "", facts: [] }
  results: { text: "", facts: [] }
  security: { text: "", facts: [] }
  drivers: { text: "", facts: [] }
  barriers: { text: "", facts: [] }
# The date of the last change in substance.
updated: ${today}
---

{/*
  Sections, in this order, in both languages. Figures are never typed: write
  <Metric id="${id}/staff-share" /> (or add bare to leave out the unit word).
  End each claim from the paper with <Cite f="F40" />, and link terms with
  <Term id="telework">${lang === 'ko' ? '원격근무' : 'telework'}</Term>. Only these components
  and <Editorial>, <Background> may stand in the text: no HTML, no {…} code.
*/}

## ${lang === 'ko' ? '배경과 동기' : 'Context and motive'}

## ${lang === 'ko' ? '도입 내용과 시기' : 'What was introduced, and when'}

## ${lang === 'ko' ? '스마트워크 형태' : 'Forms of smart work'}

## ${lang === 'ko' ? '규모와 확산' : 'Scale and uptake'}

## ${lang === 'ko' ? '성과' : 'Results'}

## ${lang === 'ko' ? '시사점' : 'What others can learn'}
`;

mkdirSync(join(dir, 'ko'), { recursive: true });
mkdirSync(join(dir, 'en'), { recursive: true });
writeFileSync(files.data, data);
writeFileSync(files.ko, text('ko'));
writeFileSync(files.en, text('en'));
const shown = (f: string) => relative(process.cwd(), f) || f;
console.log(`Created:
  ${shown(files.data)}
  ${shown(files.ko)}
  ${shown(files.en)}
Next:
  npm run check:content -- --watch   lists what is left to fill in, again on every save
  npm run dev                        shows the page at http://localhost:4321/en/cases/${id}/ once the check passes`);
