import { describe, expect, it } from 'vitest';
import { BOM, csvField, parseCsv, parseCsvRecords, toCsv } from '~/lib/format/csv';

describe('csvField quotes only what RFC 4180 requires', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\rlf', '"cr\rlf"'],
    ['스마트워크 30%', '스마트워크 30%'],
  ])('%j → %j', (input, expected) => expect(csvField(input)).toBe(expected));

  it('writes numbers in full, booleans as words and missing values as empty fields', () => {
    expect(csvField(1600000000000)).toBe('1600000000000');
    expect(csvField(8500009784)).toBe('8500009784');
    expect(csvField(7.62)).toBe('7.62');
    expect(csvField(true)).toBe('true');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
    expect(() => csvField(Number.NaN)).toThrow();
  });
});

describe('csvField keeps editors’ text from running as a spreadsheet formula', () => {
  it.each([
    ['=HYPERLINK("https://example.invalid","x")', '"\'=HYPERLINK(""https://example.invalid"",""x"")"'],
    ['+1+1', "'+1+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['a=b, c', '"a=b, c"'],
  ])('%j → %j', (input, expected) => expect(csvField(input)).toBe(expected));

  it('writes negative numbers as numbers', () => expect(csvField(-3)).toBe('-3'));
});

describe('toCsv', () => {
  it('starts with a byte-order mark and ends every record with CRLF', () => {
    const text = toCsv(['a', 'b'], [[1, 'x,y']]);
    expect(text.startsWith(BOM)).toBe(true);
    expect(text.slice(1)).toBe('a,b\r\n1,"x,y"\r\n');
    expect(toCsv(['a'], [], { bom: false })).toBe('a\r\n');
  });

  it('refuses a row whose length differs from the header', () => {
    expect(() => toCsv(['a', 'b'], [[1]])).toThrow(/row 1 has 1 fields, the header 2/);
  });
});

describe('parseCsv reads RFC 4180', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks', () => {
    const text = 'id,text\r\n1,"a, b"\r\n2,"he said ""no"""\r\n3,"line one\r\nline two"\r\n';
    expect(parseCsv(text)).toEqual([
      ['id', 'text'],
      ['1', 'a, b'],
      ['2', 'he said "no"'],
      ['3', 'line one\r\nline two'],
    ]);
  });

  it('skips the byte-order mark, keeps empty fields and accepts a last line without a break', () => {
    expect(parseCsv(`${BOM}a,b,c\n,,x`)).toEqual([
      ['a', 'b', 'c'],
      ['', '', 'x'],
    ]);
  });

  it('refuses a file that ends inside quotes', () => {
    expect(() => parseCsv('a\r\n"open')).toThrow(/quoted field/);
  });

  it('gives back exactly what toCsv wrote', () => {
    const header = ['ko', 'en', 'n', 'flag', 'empty'];
    const rows = [
      ['「원격근무 인구배증 액션플랜」', 'the “Action Plan”, as printed', 0.8, false, null],
      ['85억 9,784건', 'line\nbreak and "quotes"', 1600000000000, true, undefined],
    ];
    const records = parseCsvRecords(toCsv(header, rows));
    expect(records).toEqual(
      rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] === null || r[i] === undefined ? '' : String(r[i])]))),
    );
  });
});
