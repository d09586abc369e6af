/** "Cite this page": the citations in each style, and the BibTeX and RIS files, for a page of each language. */
import { describe, expect, it } from 'vitest';
import { bibtexEscape, initials, koreanDate, pageCitation, paperSource } from '~/lib/cite-page/cite-page';
import { realAtlas } from '../support/atlas';

const atlas = await realAtlas();
const paper = paperSource(atlas.sources);
const updated = new Date('2026-11-29T00:00:00Z');
const en = pageCitation({ lang: 'en', title: 'KT', url: 'https://example.org/atlas/en/cases/kt/', updated, fileStem: 'kt.en' }, paper);
const ko = pageCitation({ lang: 'ko', title: 'KT', url: 'https://example.org/atlas/ko/cases/kt/', updated, fileStem: 'kt.ko' }, paper);
const text = (segments: { text: string }[]) => segments.map((s) => s.text).join('');
const style = (c: typeof en, id: string) => c.styles.find((s) => s.style === id)!;

describe('citations of a page', () => {
  it('come in APA, Chicago and the KCI style, with the page’s last change and its address', () => {
    expect(en.styles.map((s) => s.style)).toEqual(['apa', 'chicago', 'kci']);
    expect(text(style(en, 'apa').page)).toBe('Smart Work Atlas. (2026, November 29). KT. https://example.org/atlas/en/cases/kt/');
    expect(style(en, 'apa').page.find((s) => s.italic)?.text).toBe('KT');
    expect(text(style(en, 'chicago').page)).toBe('Smart Work Atlas. “KT.” Last modified November 29, 2026. https://example.org/atlas/en/cases/kt/.');
    expect(text(style(ko, 'kci').page)).toBe('스마트워크 아틀라스, 「KT」, 『스마트워크 아틀라스』, 2026. 11. 29. 수정, https://example.org/atlas/ko/cases/kt/.');
    expect(text(style(ko, 'chicago').page)).toContain('2026년 11월 29일 수정');
  });

  it('cite the paper with what is known of it: no year, as its text gives none, and never an invented journal', () => {
    const apa = text(style(en, 'apa').paper);
    expect(apa).toContain('Jung, C.-h. (n.d.).');
    expect(text(style(en, 'chicago').paper)).toMatch(/, n\.d\.$/);
    expect(apa).toContain(paper.title.ko);
    expect(apa).toContain(`[${paper.title.en}]`);
    expect(text(style(ko, 'kci').paper)).toBe(`${paper.author.ko}, 「${paper.title.ko}」, ${paper.series.ko}, 연도 미상.`);
    for (const c of [en, ko]) for (const s of c.styles) expect(text(s.paper)).not.toMatch(/null|undefined/);
  });
});

describe('files for reference managers', () => {
  it('BibTeX holds the page and the paper, with the date and address, and group author in braces', () => {
    expect(en.bibtex).toMatch(/^@online\{atlas-kt-en,/);
    expect(en.bibtex).toContain('author = {{Smart Work Atlas}}');
    expect(en.bibtex).toContain('date = {2026-11-29}');
    expect(en.bibtex).toContain('url = {https://example.org/atlas/en/cases/kt/}');
    expect(en.bibtex).toContain(`title = {${paper.title.ko}}`);
    // The paper's entry has no year (its text gives none); the note says what is known.
    expect(en.bibtex).toContain(`Date not stated in the paper: ${paper.date.en}`);
    expect(en.bibtex.match(/^@/gm)).toHaveLength(2);
    // Balanced braces: a reference manager reads every field.
    expect([...en.bibtex].filter((c) => c === '{').length).toBe([...en.bibtex].filter((c) => c === '}').length);
  });

  it('RIS holds two records of tagged lines, each ending in ER', () => {
    const lines = ko.ris.split('\r\n');
    expect(lines.filter((l) => l.startsWith('TY  - '))).toEqual(['TY  - ELEC', 'TY  - GEN']);
    expect(lines.filter((l) => l === 'ER  - ')).toHaveLength(2);
    expect(lines).toContain('DA  - 2026/11/29');
    expect(lines).toContain('UR  - https://example.org/atlas/ko/cases/kt/');
    expect(lines).toContain('TI  - KT');
    expect(lines).toContain(`TT  - ${paper.title.en}`);
    for (const l of lines.filter(Boolean)) expect(l).toMatch(/^[A-Z][A-Z0-9] {2}- /);
  });
});

describe('the pieces', () => {
  it('escapes what TeX treats specially', () => {
    expect(bibtexEscape('R&D 50% {x} #1 a_b $')).toBe('R\\&D 50\\% \\{x\\} \\#1 a\\_b \\$');
  });
  it('writes initials and dates as the styles want them', () => {
    expect(initials('Cheol-ho')).toBe('C.-h.');
    expect(initials('Mary Ann')).toBe('M. A.');
    expect(koreanDate(updated)).toBe('2026. 11. 29.');
  });
});
