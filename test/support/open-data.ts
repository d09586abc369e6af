/** Checks rows read back from metrics.csv against the atlas they were written from. */
import { expect } from 'vitest';
import type { Atlas } from '~/lib/atlas/types';
import { orderedMetrics } from '~/lib/records/open-data';

const orEmpty = (v: string | number | undefined) => (v === undefined ? '' : String(v));

export function expectRowsMatchAtlas(rows: Record<string, string>[], atlas: Atlas): void {
  const metrics = orderedMetrics(atlas);
  expect(metrics).toHaveLength(atlas.metrics.size);
  expect(rows.map((r) => r['id'])).toEqual(metrics.map((m) => m.id));
  rows.forEach((row, i) => {
    const m = metrics[i]!;
    const fact = atlas.facts.get(m.fact)!;
    const note = m.note ? atlas.notes.get(m.note) : undefined;
    const at = `${m.id}`;
    expect(Number(row['value']), at).toBe(m.value);
    expect(row['value_max'], at).toBe(orEmpty(m.valueMax));
    expect(row['approx'], at).toBe(String(m.approx));
    expect(row['unit'], at).toBe(m.unit);
    expect(row['per'], at).toBe(orEmpty(m.per));
    expect(row['year'], at).toBe(orEmpty(m.year));
    expect(row['kind'], at).toBe(m.kind);
    expect(row['base'], at).toBe(m.base);
    expect(row['owner_kind'], at).toBe(m.owner.kind);
    expect(row['owner_id'], at).toBe(m.owner.id);
    expect(row['measure_ko'], at).toBe(m.measure.ko);
    expect(row['measure_en'], at).toBe(m.measure.en);
    expect(row['denominator_ko'], at).toBe(orEmpty(m.denominator?.ko));
    expect(row['denominator_en'], at).toBe(orEmpty(m.denominator?.en));
    expect(row['printed_ko'], at).toBe(orEmpty(m.printed?.ko));
    expect(row['fact'], at).toBe(m.fact);
    expect(row['section'], at).toBe(fact.section);
    expect(row['paper_refs'], at).toBe(fact.refs.join(' '));
    expect(row['note_id'], at).toBe(orEmpty(m.note));
    expect(row['note_status'], at).toBe(orEmpty(note?.status));
    expect(row['note_text_ko'], at).toBe(orEmpty(note?.text.ko));
    expect(row['note_text_en'], at).toBe(orEmpty(note?.text.en));
  });
}
