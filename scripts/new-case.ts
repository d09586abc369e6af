/**
 * `npm run new:case -- <id>`: writes the three files of a new case, every
 * field explained in place. The scaffold is deliberately incomplete (no
 * country, no figures, no text) so `npm run check:content` lists what is left
 * to fill in, and an unfinished case can never reach readers.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { COUNTRIES, FORMS, SECTORS } from '~/schemas/common';
import { BASES, UNITS } from '~/schemas/metric';

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

const today = new Date().toISOString().slice(0, 10);

const data = `# ${id}: the language-neutral facts of this case. Both languages show what is here,
# so a number is typed once. Every figure and claim must come from the source paper
# (../shared/source/FACTS.md): name the fact (F01–F51) it rests on.

# Country, as an ISO code: ${COUNTRIES.join(', ')}.
country:
# company (a firm's own programme) or government (a country's national picture): ${SECTORS.join(', ')}.
sector:
# Year the programme started, as the paper reports it. Delete the line if the paper gives none.
startYear:
# Forms of smart work the case uses, as a list: ${FORMS.join(', ')}.
forms: []
# Policies this case relates to (ids of content/policies/*.yaml). Optional.
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
#    unit: percent                # ${UNITS.join(', ')}
#    per: year                    # year or day for rates; delete if none
#    year: 2010                   # the year it describes or the target year; delete if none
#    kind: actual                 # actual, target or expected
#    base: company-staff          # what it is a share or count of; charts never mix bases:
#                                 # ${BASES.join(', ')}
#    measure: { ko: "…", en: "…" }      # what is measured, in each language
#    denominator: { ko: "…", en: "…" }  # of what whole a percentage is a share; optional
#    fact: F40                    # the fact of the paper it comes from
#    note: bt-savings             # an editorial note in content/notes.yaml, if the cross-check found one
# Dated events for the timeline: a start, a milestone or a target.
events: []
#  - { year: 2010, month: 9, kind: start, label: { ko: "…", en: "…" } }
#  - { year: 2012, kind: target, metric: ${id}/centres-2012 }   # or name a metric instead of a label
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
  <Term id="telework">${lang === 'ko' ? '원격근무' : 'telework'}</Term>.
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
console.log(`Created:\n  ${files.data}\n  ${files.ko}\n  ${files.en}\nFill them in, then run npm run check:content until it reports no problem.`);
