/**
 * Layouts pasted from spreadsheets (layout.ts): two or three header rows with merged cells, and several label columns,
 * are read as the one-header-row, one-label-column table they stand for — each judged exactly as that flat table is
 * (which the oracle attacks) — and the reading is said (`layout/joined`). Rows holding values are never taken for
 * header rows, and a count in a label column keeps the table as written.
 */
import { describe, expect, it } from 'vitest';
import { flattenLayout } from '../../src/pubcheck/layout.ts';
import { fixtureBundle, solver } from './helpers.ts';
import { adversary, type Ok } from './protection.ts';

const highs = await solver();
const { result, run, holds } = adversary(highs, fixtureBundle());
const statuses = (r: Ok) => r.tables.map((t) => t.status);
const records = (text: string) =>
  text
    .trimEnd()
    .split('\n')
    .map((l, i) => ({ line: i + 1, fields: l.split('\t') }));

describe('two header rows (merged cells over the columns they span)', () => {
  const wide = '\tA群\t\tB群\t\n\t男性\t女性\t男性\t女性\nあり\t3\t20\t25\t40\nなし\t30\t22\t18\t15\n';
  const flat = '\tA群・男性\tA群・女性\tB群・男性\tB群・女性\nあり\t3\t20\t25\t40\nなし\t30\t22\t18\t15\n';
  it('are read as the joined labels, judged as the flat table is, and the reading is said', () => {
    const r = run(wide);
    expect(r.tables[0]!.table.cols.map((c) => c.label)).toEqual(['A群・男性', 'A群・女性', 'B群・男性', 'B群・女性']);
    expect(statuses(r)).toEqual(statuses(holds(flat)));
    const said = r.warnings.find((w) => w.code === 'layout/joined');
    expect(said?.message).toContain('2行の列見出しを1行に');
    expect(said?.message).toContain('チェッカーの判断');
  });
  it("with each group's total and a grand total merged down: the group totals are subtotals, a hidden count is not given back by them", () => {
    const text =
      '\tA群\t\t\tB群\t\t\t合計\n\t男性\t女性\t計\t男性\t女性\t計\t\nあり\t3\t20\t23\t25\t40\t65\t88\nなし\t30\t22\t52\t18\t15\t33\t85\n';
    const r = run(text);
    expect(r.tables[0]!.table.cols.map((c) => c.kind)).toEqual(['item', 'item', 'subtotal', 'item', 'item', 'subtotal', 'total']);
    const same =
      '\tA群・男性\tA群・女性\tA群・小計\tB群・男性\tB群・女性\tB群・小計\t合計\nあり\t3\t20\t23\t25\t40\t65\t88\nなし\t30\t22\t52\t18\t15\t33\t85\n';
    expect(statuses(r)).toEqual(statuses(holds(same)));
    expect(r.tables[0]!.status.filter((s) => s !== 'published').length).toBeGreaterThanOrEqual(2);
  });
  it('link with the same groups written the other way in another table', () => {
    const r = run(`# 表1\n\tA群\t\n\t男性\t女性\nあり\t3\t20\nなし\t30\t22\n\n# 表2\n\t男性 A群\nあり\t3\nなし\t30\n`);
    expect(r.links.length).toBeGreaterThan(0);
  });
});

describe('a count and its share in two columns under one group (A群 (N=40) | n | %)', () => {
  it('are one column of 「3 (7.5%)」 cells, judged as that table is', () => {
    const text = '\tA群 (N=40)\t\tB群 (N=60)\t\n\tn\t%\tn\t%\nあり\t3\t7.5\t20\t33.3\nなし\t37\t92.5\t40\t66.7\n';
    const r = run(text);
    expect(r.tables[0]!.table.cols.map((c) => c.label)).toEqual(['A群 (N=40)', 'B群 (N=60)']);
    expect(r.tables[0]!.table.cells[0]![0]!.value).toMatchObject({ kind: 'count', n: 3, percent: 7.5 });
    const same = '\tA群 (N=40)\tB群 (N=60)\nあり\t3 (7.5%)\t20 (33.3%)\nなし\t37 (92.5%)\t40 (66.7%)\n';
    expect(statuses(r)).toEqual(statuses(holds(same)));
    expect(r.warnings.find((w) => w.code === 'layout/joined')?.message).toContain('n と % の列');
  });
});

describe('several label columns (the outer label left blank on the rows it spans)', () => {
  it('are read as one label column, group totals as subtotals, judged as the flat table is', () => {
    const text =
      '年代\t性別\tA群\tB群\n20代\t男性\t3\t20\n\t女性\t25\t40\n\t計\t28\t60\n30代\t男性\t30\t22\n\t女性\t18\t15\n\t計\t48\t37\n合計\t\t76\t97\n';
    const r = run(text);
    expect(r.tables[0]!.table.rows.map((h) => [h.label, h.kind])).toEqual([
      ['20代・男性', 'item'],
      ['20代・女性', 'item'],
      ['20代・小計', 'subtotal'],
      ['30代・男性', 'item'],
      ['30代・女性', 'item'],
      ['30代・小計', 'subtotal'],
      ['合計', 'total'],
    ]);
    const flat =
      '年代・性別\tA群\tB群\n20代・男性\t3\t20\n20代・女性\t25\t40\n20代・小計\t28\t60\n30代・男性\t30\t22\n30代・女性\t18\t15\n30代・小計\t48\t37\n合計\t76\t97\n';
    expect(statuses(r)).toEqual(statuses(holds(flat)));
    expect(r.warnings.find((w) => w.code === 'layout/joined')?.message).toContain('2列の行見出しを1列に');
  });
});

describe('what is not joined', () => {
  it('a row of values under the header (a 3 in it is checked, never taken for a header)', () => {
    const r = result('\tA\tB\n\t3\t20\nx\t25\t40\n');
    expect(r.ok).toBe(false);
    expect(flattenLayout(records('\tA\tB\n\t3\t20\nx\t25\t40\n')).joined).toBeUndefined();
  });
  it('a label column holding a count with its unit (「3例」) keeps the table as written', () => {
    expect(flattenLayout(records('\t備考\tA\tB\nx\t3例除外\t3\t20\ny\tなし\t25\t40\n')).joined).toBeUndefined();
  });
  it('an ordinary table', () => {
    expect(flattenLayout(records('\tA\tB\nx\t3\t20\ny\t25\t40\n')).joined).toBeUndefined();
  });
});
