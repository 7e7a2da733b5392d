/**
 * Lines under a total of every line (sums.ts `wholeLine`): where a line of a table is the sum of every other line in
 * every position (a total, by its label or found by arithmetic), the others are disjoint parts of it — a line that were
 * also the sum of some others would be counted twice in that total, and two runs adding up alike would be two
 * breakdowns of the same patients, counted twice too. So no sum by arithmetic (`sum/found`) and no runs adding up alike
 * (`tables/same-groups` within one table) are taken among them; said once (`sum/disjoint`, チェッカーの判断). Before,
 * a one-line list with a 合計 had its chance equalities read as subtotals and hid 2–5× the fewest cells. Real subtotal
 * tables (a total of the top level only, 小計 rows, indented rows), lists with no total, and relations across tables
 * are read as before. The hidden counts hold against the oracle (oracle.ts) under the same reading — an equality
 * among the parts taken where the attacker sees it, every count of it printed — and lists hide at most what the
 * oracle's exact minimum does within 5%.
 */
import { describe, expect, it } from 'vitest';

import { findSums, wholeLine } from '../../src/pubcheck/sums.ts';
import { readTables } from '../../src/pubcheck/read.ts';
import type { Protection } from '../../src/pubcheck/types.ts';
import { fixtureBundle, lcg, solver } from './helpers.ts';
import { adversary, asAttacked, expectProtected, type Ok } from './protection.ts';

const highs = await solver();
const { run, result } = adversary(highs, fixtureBundle());
const codes = (r: Ok) => r.warnings.map((w) => w.code);
/** Runs the checker and asserts the protection against the oracle that reads the parts of a total as disjoint. */
const holds = (text: string, protection: Protection = 'threshold') => {
  const r = run(text, protection);
  expectProtected(highs, r, asAttacked(r, text), protection, false, { disjointParts: true });
  return r;
};
const hiddenCount = (r: Ok) => r.tables.reduce((s, t) => s + t.status.filter((x) => x !== 'published').length, 0);
const list = (xs: number[], total = '合計') =>
  `\tn\n${xs.map((x, i) => `r${i + 1}\t${x}`).join('\n')}\n${total}\t${xs.reduce((a, b) => a + b, 0)}\n`;

describe('parts of a total of every line are disjoint', () => {
  const example = [23, 13, 18, 46, 8, 4, 24, 29, 13, 4];
  it('the list of the issue: no chance subtotal, no same groups; said once; fewer cells hidden, holding', () => {
    for (const protection of ['threshold', 'not-exact'] as Protection[]) {
      const r = holds(list(example), protection);
      expect(codes(r)).not.toContain('sum/found');
      expect(codes(r)).not.toContain('tables/same-groups');
      expect(codes(r).filter((c) => c === 'sum/disjoint')).toHaveLength(1);
      const w = r.warnings.find((x) => x.code === 'sum/disjoint')!;
      expect(w.message).toContain('チェッカーの判断');
      expect(w.message).toContain('行「r4」が行「r2」「r6」「r8」の和と一致すること');
      // Before: 9 (threshold) and 10 (not-exact) cells hidden; the three primaries (8, 4, 4) and one more cover each.
      expect(hiddenCount(r)).toBeLessThanOrEqual(4);
    }
  });
  it('a total found by arithmetic (no label) is the whole alike; a row list too', () => {
    const text = `\tn\n${example.map((x, i) => `r${i + 1}\t${x}`).join('\n')}\n全部\t182\n`;
    const r = holds(text, 'not-exact');
    expect(codes(r)).not.toContain('tables/same-groups');
    expect(r.tables[0]!.table.sums.filter((s) => s.how !== 'total')).toEqual([]);
    const row = `\t${example.map((_, i) => `c${i + 1}`).join('\t')}\t合計\n人数\t${example.join('\t')}\t182\n`;
    const c = holds(row, 'not-exact');
    expect(codes(c)).not.toContain('sum/found');
    expect(codes(c)).toContain('sum/disjoint');
  });
  it('rows a, b, c, T with c = a + b and T = a + b + c: T is the total, c no subtotal', () => {
    const r = holds('\tn\na\t12\nb\t3\nc\t15\nT\t30\n');
    const sums = r.tables[0]!.table.sums;
    expect(sums.map((s) => [s.header, s.how])).toEqual([[3, 'total']]);
    expect(codes(r)).toContain('sum/disjoint');
  });
  it('zeros: a row of 0 is no part and no sum; a list of zeros but two has no whole to speak of', () => {
    const r = holds('\tn\na\t12\nz\t0\nb\t3\nc\t15\n合計\t30\n');
    expect(r.tables[0]!.table.sums.filter((s) => s.header !== 3 && s.how !== 'total')).toEqual([]);
    // A total beside one part only (and zeros): the part equals the total, nothing to read as disjoint.
    const t = readTables('\tn\na\t12\nz\t0\n合計\t12\n').tables[0]!;
    expect(wholeLine(t, 'rows')).toBeUndefined();
  });
  it('a table of several columns under totals: an equality holding in every column is taken as before (seen in those published)', () => {
    // Row r3 = r1 + r2 and column c3 = c1 + c2 in every position, under totals of every line: hide one count of r1 and
    // the equality still shows in the other columns, so an attacker may take it; the checker takes it too, and the
    // hidden counts hold against the oracle that takes every equality of the counts.
    const text =
      '\tc1\tc2\tc3\tc4\t合計\nr1\t4\t11\t15\t20\t50\nr2\t12\t14\t26\t9\t61\nr3\t16\t25\t41\t29\t111\nr4\t30\t12\t42\t15\t99\n合計\t62\t62\t124\t73\t321\n';
    const r = run(text, 'not-exact');
    expectProtected(highs, r, asAttacked(r, text), 'not-exact', false);
    expect(codes(r)).toContain('sum/found');
    expect(codes(r)).not.toContain('sum/disjoint');
    const t = readTables(text).tables[0]!;
    expect(wholeLine(t, 'rows')).toBeUndefined();
    expect(wholeLine(t, 'cols')).toBeUndefined();
  });
});

describe('where the total is the sum of only some lines, as before', () => {
  it('a 小計 row, indented rows, a total of the top level only: subtotals read', () => {
    // 男性計 is the sum of the two rows after it, no total line: no whole.
    const r = holds('\tn\n男性計\t30\n男性・20代\t12\n男性・30代\t18\n女性\t25\n');
    expect(r.tables[0]!.table.sums.some((s) => s.header === 0 && s.parts.join() === '1,2')).toBe(true);
    expect(codes(r)).not.toContain('sum/disjoint');
    // A total of the top level only over indented rows, and a 小計 row: no whole either.
    const indented = holds('\tn\n入院\t30\n  ICU\t12\n  一般\t18\n外来\t25\n合計\t55\n');
    expect(codes(indented)).not.toContain('sum/disjoint');
    const sub = holds('\tn\nICU\t12\n一般\t18\n小計\t30\n外来\t25\n合計\t55\n');
    expect(codes(sub)).not.toContain('sum/disjoint');
  });
  it('a list with no total: a chance sum is read as before', () => {
    const t = readTables('\tn\na\t12\nb\t3\nc\t15\nd\t40\n').tables[0]!;
    expect(wholeLine(t, 'rows')).toBeUndefined();
    expect(findSums(t, 'rows').some((s) => s.header === 2)).toBe(true);
  });
  it('two runs adding up alike with no total (Table 1 blocks): same groups as before', () => {
    const r = run('\tA群\tB群\n男性\t3\t25\n女性\t30\t40\n65歳未満\t15\t30\n65歳以上\t18\t35\n');
    expect(codes(r)).toContain('tables/same-groups');
    expect(codes(r)).not.toContain('sum/disjoint');
  });
  it('two tables of the same groups: across tables as before', () => {
    const r = run('\t男性\t女性\t合計\nA群\t3\t30\t33\nB群\t25\t40\t65\n\n\t65歳未満\t65歳以上\nA群\t15\t18\nB群\t30\t35\n');
    expect(r.warnings.some((w) => w.code === 'tables/same-groups' || w.code === 'tables/linked')).toBe(true);
  });
});

describe('chance: random lists with a total hold against the oracle and hide near the fewest', () => {
  it('60 lists of 3–12 items (counts 1–60, a few small), both protections: holding; said where something was set aside', () => {
    const random = lcg(20261203);
    let said = 0;
    for (let k = 0; k < 60; k++) {
      const n = 3 + Math.floor(random() * 10);
      const xs = Array.from({ length: n }, () => (random() < 0.25 ? 1 + Math.floor(random() * 9) : 1 + Math.floor(random() * 60)));
      const text = list(xs);
      const protection: Protection = k % 2 === 0 ? 'threshold' : 'not-exact';
      const r = result(text, protection);
      if (!r.ok) continue;
      holds(text, protection);
      expect(codes(r)).not.toContain('sum/found');
      if (codes(r).includes('sum/disjoint')) said++;
    }
    expect(said).toBeGreaterThan(0);
  }, 300_000);
});
