import { beforeAll, describe, expect, it } from 'vitest';
import type { Atlas } from '~/lib/atlas/types';
import { parseCsvRecords } from '~/lib/format/csv';
import { METRIC_COLUMNS, RECORDS_PER_PART, RECORD_FIELDS, casesJsonIndex, casesJsonParts, metricsCsv, metricsJsonIndex, metricsJsonParts } from '~/lib/records/open-data';
import { realAtlas } from '../support/atlas';
import { expectRowsMatchAtlas } from '../support/open-data';
import { t } from '~/i18n';

let atlas: Atlas;
beforeAll(async () => {
  atlas = await realAtlas();
});

describe('metrics.csv', () => {
  it('has one row per metric that parses back to the collections’ values', () => {
    expectRowsMatchAtlas(parseCsvRecords(metricsCsv(atlas)), atlas);
  });

  it('has exactly the columns the codebook describes, each described in both languages', () => {
    const [header] = metricsCsv(atlas).slice(1).split('\r\n');
    expect(header!.split(',')).toEqual(METRIC_COLUMNS.map((c) => c.key));
    for (const c of METRIC_COLUMNS) {
      expect(t('ko').data.columnMeanings[c.key].length, c.key).toBeGreaterThan(3);
      expect(t('en').data.columnMeanings[c.key].length, c.key).toBeGreaterThan(3);
    }
  });
});

describe('metrics.json', () => {
  it('holds the same rows as the CSV, with typed values, in the parts its index lists', () => {
    const index = metricsJsonIndex(atlas);
    const parts = metricsJsonParts(atlas);
    expect(index.parts).toEqual(parts.map((_, i) => `metrics/${i + 1}.json`));
    expect(index.columns).toEqual(METRIC_COLUMNS.map((c) => c.key));
    const rows = parts.flatMap((p) => p.metrics);
    const csv = parseCsvRecords(metricsCsv(atlas));
    expect(index.count).toBe(csv.length);
    expect(rows).toHaveLength(csv.length);
    rows.forEach((row, i) => {
      for (const c of METRIC_COLUMNS) {
        const v = row[c.key];
        const asCsv = v === null ? '' : Array.isArray(v) ? v.join(' ') : String(v);
        expect(asCsv, `${row['id']} ${c.key}`).toBe(csv[i]![c.key]);
      }
    });
  });
});

describe('cases.json', () => {
  it('lists every case and policy, in the parts its index lists, with the fields the codebook describes and metrics that exist', () => {
    const index = casesJsonIndex(atlas);
    const parts = casesJsonParts(atlas);
    expect(index.parts).toEqual(parts.map((_, i) => `cases/${i + 1}.json`));
    expect(index.count).toEqual({ cases: atlas.cases.length, policies: atlas.policies.length });
    const data = { cases: parts.flatMap((p) => p.cases), policies: parts.flatMap((p) => p.policies) };
    expect(data.cases.map((c) => c.id)).toEqual(atlas.cases.map((c) => c.id));
    expect(data.policies.map((p) => p.id)).toEqual(atlas.policies.map((p) => p.id));
    for (const rec of [...data.cases, ...data.policies]) {
      expect(Object.keys(rec).sort()).toEqual(RECORD_FIELDS.map((f) => f.key).sort());
      for (const id of rec.metrics) expect(atlas.metrics.has(id), id).toBe(true);
      expect(rec.title.ko && rec.title.en).toBeTruthy();
    }
  });
});

describe('the JSON parts', () => {
  it('cut any number of cases into parts of the same records in both files, none larger than a part', () => {
    // The real cases and policies, repeated under new ids into an atlas of a few parts.
    const copies = Math.ceil((RECORDS_PER_PART * 2.5) / atlas.cases.length);
    const cases = Array.from({ length: copies }, (_, k) => atlas.cases.map((c) => ({ ...c, id: `${c.id}-${k}` }))).flat();
    const big: Atlas = { ...atlas, cases };
    const metricParts = metricsJsonParts(big);
    const caseParts = casesJsonParts(big);
    const records = cases.length + atlas.policies.length;
    expect(metricParts).toHaveLength(Math.ceil(records / RECORDS_PER_PART));
    expect(caseParts).toHaveLength(metricParts.length);
    caseParts.forEach((part, i) => {
      const ids = [...part.cases, ...part.policies];
      expect(ids.length, `part ${i + 1}`).toBeLessThanOrEqual(RECORDS_PER_PART);
      // A part's figures are the figures of its records.
      expect(metricParts[i]!.metrics.map((m) => m['id'])).toEqual(ids.flatMap((r) => r.metrics));
    });
    expect(caseParts.flatMap((p) => [...p.cases, ...p.policies]).map((r) => r.id)).toEqual([...cases, ...atlas.policies].map((r) => r.id));
  });
});
