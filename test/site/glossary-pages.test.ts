/**
 * The glossary's cases under each term and the terms' own pages, read from
 * the built site: a few cases under a term, all of them on its page.
 */
import { describe, expect, it } from 'vitest';
import { realAtlas } from '../support/atlas';
import { casesByTerm, shownCases } from '~/lib/glossary/used-by';
import { anchors } from '~/lib/routes/paths';
import { LANGS } from '~/schemas/common';
import { t } from '~/i18n';
import { fill } from '~/lib/format/fill';
import { builtPages, page } from '../support/site';
import { served } from '../support/built-site';

const atlas = await realAtlas();

describe.each(LANGS)('glossary terms and their cases in %s', (lang) => {
  const d = t(lang);
  const byTerm = casesByTerm(atlas, lang);
  const glossary = page(`/${lang}/glossary/`).dom;

  it('names the cases that use each term, at most the shown number, linking to the term’s page for more', () => {
    for (const term of atlas.glossary.values()) {
      const entry = glossary.getElementById(anchors.term(term.id))!;
      const cases = byTerm.get(term.id) ?? [];
      const { shown, more } = shownCases(cases);
      const links = entry.querySelectorAll('dd a').filter((a) => a.getAttribute('href')!.includes('/cases/'));
      expect(links.map((a) => a.getAttribute('href')), term.id).toEqual(shown.map((c) => served(`/${lang}/cases/${c.id}/`)));
      const all = entry.querySelector('a[data-term-cases]');
      if (more > 0) {
        expect(all?.getAttribute('href')).toBe(served(`/${lang}/glossary/${term.id}/`));
        expect(all?.text).toBe(fill(d.page.termCasesMore, { more, count: cases.length }));
      } else expect(all, term.id).toBeNull();
    }
  });

  it('gives every term used by a case a page listing all its cases by country, and no other term a page', () => {
    const termPages = builtPages().filter((p) => new RegExp(`^/${lang}/glossary/[^/]+/$`).test(p.path));
    expect(termPages.map((p) => p.path.split('/').at(-2)).sort()).toEqual([...byTerm.keys()].sort());
    for (const [id, cases] of byTerm) {
      const { dom } = page(`/${lang}/glossary/${id}/`);
      const term = atlas.glossary.get(id)!;
      expect(dom.querySelector('h1')!.text).toBe(fill(d.page.termCasesTitle, { term: term.term[lang] }));
      // The definition, as the glossary gives it, with its marker leading to the note of the facts it rests on.
      const definition = dom.querySelector('.term-definition')!;
      expect(definition.text).toContain(term.definition[lang]);
      const marker = definition.querySelector('a.cite')!;
      expect(dom.getElementById(marker.getAttribute('href')!.slice(1))?.closest('section.notes')).toBeTruthy();
      const hrefs = dom.querySelectorAll('main .cases-by-country li a').map((a) => a.getAttribute('href'));
      expect(hrefs.sort()).toEqual(cases.map((c) => served(`/${lang}/cases/${c.id}/`)).sort());
      const countries = dom.querySelectorAll('main .cases-by-country h2').map((h) => h.text.replace(/\s*\(\d+\)$/, ''));
      expect(countries).toEqual([...new Set(cases.map((c) => d.countries[c.data.country]))].sort(new Intl.Collator(lang).compare));
      expect(dom.querySelector(`main a[href="${served(`/${lang}/glossary/`)}#${anchors.term(id)}"]`)).not.toBeNull();
    }
  });
});
