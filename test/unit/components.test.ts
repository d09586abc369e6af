/**
 * Components that take finished data as props, rendered alone with Astro's
 * Container API: what a reader sees for the data they are given, without a
 * site build.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { getContainerRenderer } from '@astrojs/react';
import { loadRenderers } from 'astro:container';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { realAtlas } from '../support/atlas';
import { caseSummary } from '~/lib/records/summaries';
import { noteView } from '~/lib/sources/notes';
import { recordEvidence } from '~/lib/sources/evidence';
import { comparisonRows } from '~/lib/compare/rows';
import { chartFigures } from '~/lib/charts/figure';
import { t } from '~/i18n';
import CaseKeyFacts from '~/components/cases/CaseKeyFacts.astro';
import CaseCard from '~/components/cases/CaseCard.astro';
import NoteBox from '~/components/evidence/NoteBox.astro';
import FigureTable from '~/components/evidence/FigureTable.astro';
import ComparePeers from '~/components/compare/ComparePeers.astro';
import CompareCellBody from '~/components/compare/CompareCellBody.astro';
import ChartFigure from '~/components/charts/ChartFigure.astro';

const atlas = await realAtlas();
const container = await AstroContainer.create({ renderers: await loadRenderers([getContainerRenderer()]) });
const render = async (component: Parameters<typeof container.renderToString>[0], props: Record<string, unknown>) =>
  parse(await container.renderToString(component, { props }));
const record = (id: string) => {
  const found = atlas.cases.find((c) => c.id === id);
  if (!found) throw new Error(`no case ${id}`);
  return found;
};

describe('CaseKeyFacts', () => {
  it('lists country, sector, start year and forms, and says "not reported" where the paper gives no year', async () => {
    const withYear = await render(CaseKeyFacts, { lang: 'en', summary: caseSummary(atlas, record('kt'), 'en'), policies: [] });
    expect(withYear.querySelectorAll('dt').map((d) => d.text)).toEqual(['Country', 'Sector', 'Started', 'Forms of smart work']);
    expect(withYear.querySelectorAll('dd')[2]!.text).toBe('2010');
    const noYear = atlas.cases.find((c) => c.data.startYear === undefined);
    if (noYear) {
      const html = await render(CaseKeyFacts, { lang: 'ko', summary: caseSummary(atlas, noYear, 'ko'), policies: [] });
      expect(html.querySelector('dd .not-reported')?.text).toBe(t('ko').notReported);
    }
  });

  it('links the policies it is given, and shows no policy row without them', async () => {
    const html = await render(CaseKeyFacts, { lang: 'en', summary: caseSummary(atlas, record('kt'), 'en'), policies: [{ href: '/en/policies/x/', title: 'X strategy' }] });
    expect(html.querySelector('dd a')?.getAttribute('href')).toBe('/en/policies/x/');
  });
});

describe('CaseCard', () => {
  it('flags a headline figure whose note says the paper is not confirmed, linking to the note on the case page', async () => {
    const summaries = atlas.cases.map((c) => caseSummary(atlas, c, 'en'));
    const flagged = summaries.filter((s) => s.headline?.note);
    const quiet = summaries.filter((s) => s.headline && !s.headline.note);
    expect(flagged.length).toBeGreaterThan(0);
    expect(quiet.length).toBeGreaterThan(0);
    for (const s of flagged) {
      const mark = (await render(CaseCard, { lang: 'en', summary: s })).querySelector('.note-ref');
      expect(mark?.getAttribute('href'), s.id).toBe(`/en/cases/${s.id}/#note-${s.headline!.note!.id}`);
      expect(mark!.text).toContain(t('en').noteStatus[s.headline!.note!.status]);
    }
    for (const s of quiet) expect((await render(CaseCard, { lang: 'en', summary: s })).querySelector('.note-ref'), s.id).toBeNull();
  });
});

describe('NoteBox', () => {
  it('shows the status in words, the text and every source linked to the about page', async () => {
    const note = [...atlas.notes.values()].find((n) => n.status === 'differs' && n.sources.length > 1) ?? [...atlas.notes.values()][0]!;
    const html = await render(NoteBox, { lang: 'en', note: noteView(atlas, note, 'en') });
    const box = html.querySelector('.note')!;
    expect(box.getAttribute('id')).toBe(`note-${note.id}`);
    expect(box.querySelector('.note-title')!.text).toContain(t('en').noteStatus[note.status]);
    expect(box.text).toContain(note.text.en);
    expect(box.querySelectorAll('.meta a').map((a) => a.getAttribute('href'))).toEqual(note.sources.map((s) => `/en/about/#src-${s}`));
  });
});

describe('FigureTable', () => {
  it('has one row per figure, each with its source, and a note link where the figure has a note', async () => {
    const evidence = recordEvidence(atlas, record('bt'), 'en');
    const html = await render(FigureTable, { lang: 'en', figures: evidence.figures, caption: 'Figures' });
    const rows = html.querySelectorAll('tbody tr');
    expect(rows).toHaveLength(evidence.figures.length);
    evidence.figures.forEach((f, i) => {
      expect(rows[i]!.querySelector('data')!.getAttribute('value')).toBe(String(f.metric.value));
      expect(rows[i]!.querySelector('a.cite')).not.toBeNull();
      expect(Boolean(rows[i]!.querySelector('a.note-ref')), f.metric.id).toBe(f.note !== undefined);
    });
  });
});

describe('ComparePeers', () => {
  it('renders nothing without links, and a list of them otherwise', async () => {
    expect((await render(ComparePeers, { lang: 'en', links: [] })).text.trim()).toBe('');
    const html = await render(ComparePeers, { lang: 'ko', links: [{ href: '/ko/compare/?cases=bt,kt', label: 'BT · KT 비교' }] });
    expect(html.querySelector('h2')!.text).toBe(t('ko').compare.peersHeading);
    expect(html.querySelector('li a')!.getAttribute('href')).toBe('/ko/compare/?cases=bt,kt');
  });
});

describe('CompareCellBody', () => {
  const rows = comparisonRows(atlas, 'en', atlas.cases.map((c) => c.id));
  it('says "not reported" where the paper is silent, never a number', async () => {
    const silent = rows.flatMap((r) => r.cells.map((cell) => ({ field: r.key, cell }))).find((x) => !x.cell.reported)!;
    const html = await render(CompareCellBody, { lang: 'en', field: silent.field, cell: silent.cell });
    expect(html.querySelector('.not-reported')!.text).toContain(t('en').notReported);
    expect(html.querySelector('data')).toBeNull();
  });

  it('shows each figure with its value, source and (where there is one) note marker', async () => {
    const scale = rows.find((r) => r.key === 'scale')!;
    const cell = scale.cells.find((c) => c.reported && c.figures.length > 0)!;
    const html = await render(CompareCellBody, { lang: 'en', field: 'scale', cell });
    const figures = cell.reported ? cell.figures : [];
    expect(html.querySelectorAll('.cell-figures li')).toHaveLength(figures.length);
    expect(html.querySelectorAll('.cell-figures data').map((d) => Number(d.getAttribute('value')))).toEqual(figures.map((f) => f.value));
  });

  it('flags every figure that carries a note readers must see, beside the figure', async () => {
    const cells = rows.flatMap((r) => r.cells.map((cell) => ({ field: r.key, cell }))).filter((x) => x.cell.reported && x.cell.figures.some((f) => f.note));
    expect(cells.length).toBeGreaterThan(0);
    for (const { field, cell } of cells) {
      const html = await render(CompareCellBody, { lang: 'en', field, cell });
      const noted = cell.reported ? cell.figures.filter((f) => f.note) : [];
      expect(html.querySelectorAll('.cell-figures .fig .note-ref').map((a) => a.getAttribute('href'))).toEqual(noted.map((f) => `#note-${f.note!.id}`));
    }
  });
});

describe('ChartFigure', () => {
  it('is a figure with its title, a table of the same numbers and an island that hydrates only when seen', async () => {
    const [figure] = chartFigures(atlas, { page: 'case', id: 'kt' }, 'en');
    const html = await render(ChartFigure, { lang: 'en', figure, level: 3 });
    const fig = html.querySelector('figure')!;
    expect(fig.getAttribute('id')).toBe(`chart-${figure!.view.id}`);
    expect(fig.querySelector('h3')!.text).toBe(figure!.view.title);
    expect(fig.querySelector('astro-island')?.getAttribute('client')).toBe('visible');
    expect(fig.querySelectorAll('table tr[data-metric]').length).toBeGreaterThan(0);
  });
});
