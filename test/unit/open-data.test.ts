import { beforeAll, describe, expect, it } from 'vitest';
import type { Atlas } from '~/lib/atlas/types';
import { parseCsvRecords } from '~/lib/format/csv';
import { METRIC_COLUMNS, RECORD_FIELDS, casesJson, metricsCsv, metricsJson } from '~/lib/records/open-data';
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
  it('holds the same rows as the CSV, with typed values', () => {
    const json = metricsJson(atlas);
    const csv = parseCsvRecords(metricsCsv(atlas));
    expect(json.metrics).toHaveLength(csv.length);
    json.metrics.forEach((row, i) => {
      for (const c of METRIC_COLUMNS) {
        const v = row[c.key];
        const asCsv = v === null ? '' : Array.isArray(v) ? v.join(' ') : String(v);
        expect(asCsv, `${row['id']} ${c.key}`).toBe(csv[i]![c.key]);
      }
    });
  });
});

describe('cases.json', () => {
  it('lists every case and policy with the fields the codebook describes and metrics that exist', () => {
    const data = casesJson(atlas);
    expect(data.cases.map((c) => c.id)).toEqual(atlas.cases.map((c) => c.id));
    expect(data.policies.map((p) => p.id)).toEqual(atlas.policies.map((p) => p.id));
    for (const rec of [...data.cases, ...data.policies]) {
      expect(Object.keys(rec).sort()).toEqual(RECORD_FIELDS.map((f) => f.key).sort());
      for (const id of rec.metrics) expect(atlas.metrics.has(id), id).toBe(true);
      expect(rec.title.ko && rec.title.en).toBeTruthy();
    }
  });
});
