/**
 * both2: several percentage tables in one input each of which fits both readings (every cell a whole count of both its
 * row's N and its column's N, no 「行%」「列%」). Before (main, 17f3ee0) such an input was refused
 * (`percent/two-bases` once per table: mixtures of readings were not checked). Now every combination of the tables'
 * readings is checked (check.ts `underBothReadings`, up to `BOTH_READINGS_TABLES` tables), the cells hidden under any
 * hidden under all, and attacked here under each combination (oracle.ts `percentOf` per table).
 */
import { describe, expect, it } from 'vitest';
import { fixtureBundle, solver } from './helpers.ts';
import { adversary, combinedPercentLeaks, type Ok } from './protection.ts';
import { input, mulberry } from './bothpct2-inputs.ts';
import { BOTH_READINGS_TABLES } from '../../src/pubcheck/check.ts';

const highs = await solver();
const { run, result } = adversary(highs, fixtureBundle());
const tsv = (rows: (string | number)[][]) => rows.map((r) => r.join('\t')).join('\n') + '\n';
const said = (r: Ok) => r.warnings.filter((w) => w.code === 'percent/both-readings');
const publishable = (r: Ok) => r.tables.every((t) => t.suppression?.passed !== false && t.primary.headers.length === 0);

// Column percentages whose rows add up to 100% by chance (C群 9 of 68 at 13% under the column reading; 男性's B群
// 6% of 118 is 7 under the row reading).
const FIRST = tsv([
  ['', 'A群 (N=167)', 'B群 (N=141)', 'C群 (N=68)'],
  ['男性 (n=118)', '47%', '6%', '47%'],
  ['女性 (n=140)', '31%', '56%', '13%'],
]);
// Row percentages whose columns add up to 100% by chance (D群 1% of 69 is 1, F群 7% of 123 is 9 under the row reading).
const SECOND = tsv([
  ['', '65歳未満 (N=125)', '65歳以上 (N=155)'],
  ['D群 (n=69)', '57%', '1%'],
  ['E群 (n=211)', '36%', '36%'],
  ['F群 (n=123)', '7%', '63%'],
]);

describe('several tables fitting both readings in one input', () => {
  it('before refused (percent/two-bases twice); now checked under the 4 combinations of their readings, none leaking', () => {
    const text = `${FIRST}\n${SECOND}`;
    const r = run(text);
    expect(said(r).map((w) => w.place?.table)).toEqual([1, 2]);
    expect(said(r)[0]!.message).toContain('行%とも列%とも読めるため、両方の読み方で確かめました（チェッカーの判断）');
    expect(said(r)[0]!.message).toContain('このように読める表が 2 個（表1・表2）あり、読み方の組み合わせ 4 通りすべてで確かめ');
    expect(publishable(r)).toBe(true);
    // The small counts of each table under either reading hidden, each named with its reading.
    expect(r.tables[0]!.status[5]).toBe('primary');
    expect(r.tables[0]!.primary.findings.get(5)![0]!.message).toMatch(/^列%（列の見出しの N に対する割合）として読むと/);
    expect(r.tables[1]!.status[1]).toBe('primary');
    expect(r.tables[1]!.status[4]).toBe('primary');
    expect(r.tables[1]!.primary.findings.get(4)![0]!.reading).toBe('rows');
    expect(combinedPercentLeaks(highs, r, text, [0, 1])).toEqual([]);
  });
  it(`more than ${BOTH_READINGS_TABLES} such tables are refused in words naming them`, () => {
    const relabel = (t: string, k: number) => t.replace(/([A-F]群|男性|女性|65歳未満|65歳以上)/g, `$1${k}`);
    const text = [FIRST, SECOND, relabel(FIRST, 3), relabel(SECOND, 4)].join('\n');
    const r = result(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.code)).toEqual(Array(4).fill('percent/two-bases'));
    expect(r.errors[0]!.message).toContain('このように読める表が 4 個（表1・表2・表3・表4）あり、読み方の組み合わせ 16 通りは多すぎるため');
    expect(r.errors[0]!.hint).toContain('「行%」');
  });
  for (const linked of [false, true])
    it(`random: 2–3 such tables${linked ? ' sharing their column headers (the same groups and Ns)' : ''}; none leaks under any combination of readings`, () => {
      // bothpct2-measure.ts on the same generator (60 inputs each): see README (bothpct).
      const random = mulberry(linked ? 515 : 505);
      let held = 0;
      // Combinations no counts fit under the oracle's equations (protection.ts percentLeaksUnder): published small
      // counts only asked of them.
      const infeasible: string[] = [];
      for (let n = 0; n < 8; n++) {
        const k = 2 + (n % 2);
        const text = input(random, k, linked);
        const r = run(text);
        expect(said(r).length, text).toBe(k);
        if (!publishable(r)) continue;
        expect(combinedPercentLeaks(highs, r, text, [...Array(k).keys()], infeasible), text).toEqual([]);
        held++;
      }
      expect(held).toBeGreaterThanOrEqual(linked ? 1 : 4);
    });
});
