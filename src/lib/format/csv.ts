/**
 * CSV as RFC 4180 writes it: fields separated by commas, records by CRLF, a
 * field quoted when it holds a comma, a quote or a line break, and a quote
 * inside a quoted field doubled. Files start with a UTF-8 byte-order mark so
 * that spreadsheet programs (Excel above all) read Korean text as UTF-8.
 *
 * A text field that a spreadsheet would take for a formula (it starts with
 * =, +, -, @, a tab or a carriage return) is written with a leading
 * apostrophe, as OWASP advises against CSV injection: an editor's text never
 * runs as a formula on a reader's computer. Numbers are written as numbers.
 */

export type CsvCell = string | number | boolean | null | undefined;

export const BOM = '\uFEFF';

/** What makes a spreadsheet read a cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One field: empty for null and undefined; numbers in full, never in exponent form. */
export function csvField(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  let text: string;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`cannot write ${value} to CSV`);
    // 1.6e12 must stay 1600000000000 for a spreadsheet or a parser to read it back.
    text = Number.isInteger(value) ? BigInt(value).toString() : String(value);
  } else {
    text = String(value);
    if (FORMULA_START.test(text)) text = `'${text}`;
  }
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole file: header row, then one record per row, each ending in CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[], { bom = true } = {}): string {
  for (const [i, row] of rows.entries()) {
    if (row.length !== header.length) throw new Error(`CSV row ${i + 1} has ${row.length} fields, the header ${header.length}`);
  }
  const lines = [header, ...rows].map((row) => row.map(csvField).join(',') + '\r\n');
  return (bom ? BOM : '') + lines.join('');
}

/**
 * Reads RFC 4180 CSV back into rows of strings (a leading byte-order mark is
 * skipped). Used by the tests and by anyone checking a file the site wrote.
 */
export function parseCsv(text: string): string[][] {
  const src = text.startsWith(BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < src.length) {
    const c = src[i]!;
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (c === '"') {
        quoted = false;
        i += 1;
      } else {
        field += c;
        i += 1;
      }
      continue;
    }
    if (c === '"' && field === '') {
      quoted = true;
      i += 1;
    } else if (c === ',') {
      row.push(field);
      field = '';
      i += 1;
    } else if (c === '\r' || c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += c === '\r' && src[i + 1] === '\n' ? 2 : 1;
    } else {
      field += c;
      i += 1;
    }
  }
  if (quoted) throw new Error('CSV ends inside a quoted field');
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Rows as objects keyed by the header. */
export function parseCsvRecords(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) return [];
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}
