/**
 * Lists that would grow with the number of cases, read from the built site:
 * the case index (one page while every case fits, with the filter fields of
 * every case beside it) and the cases under each section of the paper on the
 * about page (a few, all of them on the section's own page).
 */
import { describe, expect, it } from 'vitest';
import { realAtlas } from '../support/atlas';
import { casesBySection } from '~/lib/records/by-section';
import { shownCases } from '~/lib/glossary/used-by';
import { caseFilterData, CASES_PER_PAGE, indexOrder, type CaseFilterData } from '~/lib/records/case-index';
import { caseSummaries } from '~/lib/records/summaries';
import { anchors, sectionSlug } from '~/lib/routes/paths';
import { LANGS } from '~/schemas/common';
import { t } from '~/i18n';
import { fill } from '~/lib/format/fill';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, DIST, page } from '../support/site';
import { served } from '../support/built-site';

const atlas = await realAtlas();

describe.each(LANGS)('the case index in %s', (lang) => {
  const index = page(`/${lang}/cases/`).dom;

  it('is one page with every case while they fit on one, without page links', () => {
    expect(atlas.cases.length).toBeLessThanOrEqual(CASES_PER_PAGE);
    expect(index.querySelectorAll('li.card h3 a').map((a) => a.getAttribute('href')).sort()).toEqual(atlas.cases.map((c) => served(`/${lang}/cases/${c.id}/`)).sort());
    expect(index.querySelector('[data-case-pager]')).toBeNull();
    expect(index.querySelector('case-filters')!.hasAttribute('data-paged')).toBe(false);
    expect(builtPages().filter((p) => p.path.startsWith(`/${lang}/cases/page/`))).toEqual([]);
  });

  it('has every case’s filter fields beside it, as the records give them', () => {
    const data = JSON.parse(readFileSync(join(DIST, lang, 'cases', 'filter.json'), 'utf8')) as CaseFilterData;
    expect(data).toEqual(caseFilterData(indexOrder(caseSummaries(atlas, lang), lang)));
    expect(data.cases.map((c) => c.id).sort()).toEqual(atlas.cases.map((c) => c.id).sort());
  });
});

describe.each(LANGS)('the sections of the paper and their cases in %s', (lang) => {
  const d = t(lang);
  const bySection = casesBySection(atlas, lang);
  const about = page(`/${lang}/about/`).dom;

  it('names at most the shown number of cases under each section, linking to the section’s page for more', () => {
    for (const section of atlas.sections.values()) {
      const cases = bySection.get(section.id) ?? [];
      const { shown, more } = shownCases(cases);
      const block = about.getElementById(anchors.section(section.id))!;
      const links = block.querySelectorAll('a').map((a) => a.getAttribute('href')!).filter((h) => /\/cases\/[^/]+\/$/.test(h));
      expect(links, section.id).toEqual(shown.map((c) => served(`/${lang}/cases/${c.id}/`)));
      const all = block.querySelector('a[data-section-cases]');
      if (more > 0) {
        expect(all?.getAttribute('href')).toBe(served(`/${lang}/about/sections/${sectionSlug(section.id)}/`));
        expect(all?.text).toBe(fill(d.aboutPage.sectionCasesMore, { more, count: cases.length }));
      } else expect(all, section.id).toBeNull();
    }
  });

  it('gives every section a case draws on a page listing all those cases by country, and no other section a page', () => {
    const sectionPages = builtPages().filter((p) => p.path.startsWith(`/${lang}/about/sections/`));
    expect(sectionPages.map((p) => p.path.split('/').at(-2)).sort()).toEqual([...bySection.keys()].map(sectionSlug).sort());
    for (const [id, cases] of bySection) {
      const { dom } = page(`/${lang}/about/sections/${sectionSlug(id)}/`);
      const title = atlas.sections.get(id)!.title[lang];
      expect(dom.querySelector('h1')!.text).toBe(fill(d.aboutPage.sectionCasesTitle, { section: title }));
      const hrefs = dom.querySelectorAll('main .cases-by-country li a').map((a) => a.getAttribute('href'));
      expect(hrefs.sort()).toEqual(cases.map((c) => served(`/${lang}/cases/${c.id}/`)).sort());
      expect(dom.querySelector(`main a[href="${served(`/${lang}/about/`)}#${anchors.section(id)}"]`)).not.toBeNull();
    }
  });
});
