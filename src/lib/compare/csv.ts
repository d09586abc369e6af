/**
 * The comparison matrix as CSV (RFC 4180) for spreadsheets: one row per case,
 * one column per field, and beside each written field the facts of the paper
 * it rests on. "Not reported" is written out, never left empty or 0.
 */
import type { Lang } from '~/schemas/common';
import { COMPARE_TEXT_FIELDS } from '~/schemas/case';
import { t } from '~/i18n';
import type { Atlas } from '~/lib/atlas/types';
import { toCsv } from '~/lib/format/csv';
import { comparisonRows, figurePlain, rowNotes, type CompareCell, type CompareField } from './rows';
import { fill } from '~/lib/format/fill';

/** Fields whose cell is a statement or figures with their own sources. */
const CITED: ReadonlySet<CompareField> = new Set(COMPARE_TEXT_FIELDS);

function cellText(cell: CompareCell, lang: Lang): string {
  if (!cell.reported) return t(lang).notReported;
  const parts = [cell.text, cell.items.map((i) => i.label).join(t(lang).listSeparator), ...cell.figures.map((f) => figurePlain(f, lang))];
  return parts.filter((p) => p !== undefined && p !== '').join('\n');
}

/** The whole matrix, all cases, in one language, BOM included. */
export function comparisonCsv(atlas: Atlas, lang: Lang): string {
  const d = t(lang);
  const ids = atlas.cases.map((c) => c.id);
  const rows = comparisonRows(atlas, lang, ids);
  const header = ['id', d.compare.csvCase, ...rows.flatMap((r) => (CITED.has(r.key) ? [r.label, fill(d.compare.csvSourcesOf, { label: r.label })] : [r.label])), d.compare.csvNotes];
  const records = ids.map((id, col) => {
    const rec = atlas.cases[col]!;
    const notes = rowNotes(rows.map((r) => ({ ...r, cells: [r.cells[col]!] })));
    return [
      id,
      rec.text[lang].title,
      ...rows.flatMap((r) => {
        const cell = r.cells[col]!;
        const text = cellText(cell, lang);
        return CITED.has(r.key) ? [text, cell.reported ? cell.facts.join(d.listSeparator) : ''] : [text];
      }),
      notes.map((n) => `${n.label}: ${n.text}`).join('\n'),
    ];
  });
  return toCsv(header, records);
}
