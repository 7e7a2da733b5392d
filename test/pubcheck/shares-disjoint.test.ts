/**
 * Lists under their N read as disjoint parts (sums.ts `statedWhole`, shares.ts `disjointShares`): a list of counts,
 * of 「n (%)」 cells or of bare percentages (one column 「A群 (N=…)」 or one row) whose lines add up to its N — every line
 * of a percentage list in every breakdown of N the rounding allows — is a breakdown of N into disjoint parts, as a list
 * under its total (disjoint.test.ts): a chance sum among its lines is no subtotal (`sum/disjoint`, チェッカーの判断).
 * Before, such lists hid 1.3–2.1× the fewest cells and 4–10× the least value (test/pubcheck/minimum-families.ts). The
 * hidden counts hold against the oracle reading the same (`disjointParts`: an equality among the parts only where every
 * count of it is printed); integer percentages whose ranges leave room for a line left out of N are read as before.
 */
import { describe, expect, it } from 'vitest';

import { readTables } from '../../src/pubcheck/read.ts';
import { disjointShares } from '../../src/pubcheck/shares.ts';
import { statedWhole, treeWhole } from '../../src/pubcheck/sums.ts';
import type { Protection } from '../../src/pubcheck/types.ts';
import { fixtureBundle, lcg, solver } from './helpers.ts';
import { adversary, asAttacked, expectProtected, type Ok } from './protection.ts';

const highs = await solver();
const { run, result } = adversary(highs, fixtureBundle());
const codes = (r: Ok) => r.warnings.map((w) => w.code);
const holds = (text: string, protection: Protection = 'threshold', every = false) => {
  const r = run(text, protection);
  expectProtected(highs, r, asAttacked(r, text), protection, every, { disjointParts: true });
  return r;
};
const hiddenCount = (r: Ok) => r.tables.reduce((s, t) => s + t.status.filter((x) => x !== 'published').length, 0);
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
type Form = 'count' | 'n (%)' | '%' | '%0';
/** A list of `xs` under 「A群 (N=Σ)」 as rows (or one row), cells as `form`; with a 合計 line or not. */
function list(xs: number[], form: Form, byRow = false, total = false): string {
  const n = sum(xs);
  const pct = (x: number) => `${((100 * x) / n).toFixed(form === '%0' ? 0 : 1)}%`;
  const cell = (x: number) => (form === 'count' ? String(x) : form === 'n (%)' ? `${x} (${pct(x)})` : pct(x));
  const labels = [...xs.map((_, i) => `項目${i + 1}`), ...(total ? ['合計'] : [])];
  const cells = [...xs.map(cell), ...(total ? [form === 'count' ? String(n) : form === 'n (%)' ? `${n} (100.0%)` : '100.0%'] : [])];
  const corner = form === 'count' ? '' : form === 'n (%)' ? 'n (%)' : '%';
  return byRow
    ? `${corner}\t${labels.join('\t')}\nA群 (N=${n})\t${cells.join('\t')}\n`
    : `${corner}\tA群 (N=${n})\n${labels.map((l, i) => `${l}\t${cells[i]}`).join('\n')}\n`;
}

describe('lists under their N: disjoint parts', () => {
  const example = [3, 168, 1, 17, 1, 36, 5];
  it('counts and n (%) under N: the chance sum 5 = 3 + 1 + 1 set aside, said once; fewer cells hidden, holding', () => {
    for (const form of ['count', 'n (%)'] as Form[])
      for (const protection of ['threshold', 'not-exact'] as Protection[]) {
        const r = holds(list(example, form), protection);
        expect(codes(r)).not.toContain('sum/found');
        expect(codes(r).filter((c) => c === 'sum/disjoint')).toHaveLength(1);
        const w = r.warnings.find((x) => x.code === 'sum/disjoint')!;
        expect(w.message).toContain('すべての行の和が N（231）');
        expect(w.message).toContain('チェッカーの判断');
        expect(r.tables[0]!.table.sums.filter((s) => s.header !== null)).toEqual([]);
      }
    expect(statedWhole(readTables(list(example, 'count')).tables[0]!, 'rows')).toBe(true);
  });
  it('bare percentages of one decimal under N, as rows or one row: no chance subtotal; holding', () => {
    const xs = [15, 5, 13, 28, 8, 23, 10];
    for (const byRow of [false, true])
      for (const total of [false, true]) {
        const text = list(xs, '%', byRow, total);
        const t = readTables(text).tables[0]!;
        expect(disjointShares(t, byRow ? 'cols' : 'rows')).toBe(true);
        const r = holds(text, 'threshold');
        expect(codes(r)).not.toContain('sum/found');
        expect(codes(r)).toContain('sum/disjoint');
        // Before: 5 of 7 hidden (15 = 5 + 10, 13 = 5 + 8 … read as subtotals); the two primaries and one more now.
        expect(hiddenCount(r)).toBeLessThanOrEqual(3);
      }
  });
  it('integer percentages of an N over 100 whose rounding leaves room for a line left out: read as before', () => {
    // 12 items of N = 1,000: each range ±5, so the others' most reaches N without any one small line.
    const xs = [30, 40, 50, 60, 70, 80, 90, 100, 110, 120, 125, 125];
    const t = readTables(list(xs, '%0')).tables[0]!;
    expect(disjointShares(t, 'rows')).toBe(false);
  });
  it('a named subtotal, indented rows, a 小計: no disjoint reading', () => {
    const named = readTables('\tA群 (N=30)\n重度\t10.0%\n中等度\t20.0%\n重度・中等度\t30.0%\n軽度\t70.0%\n').tables[0];
    // 重度・中等度 names its parts: the rows do not add up to N (130%), no disjoint reading.
    if (named) expect(disjointShares(named, 'rows')).toBe(false);
    const indented = readTables('\tA群 (N=55)\n入院\t30\n  ICU\t12\n  一般\t18\n外来\t25\n').tables[0]!;
    expect(statedWhole(indented, 'rows')).toBe(false);
  });
  it('a count list that leaves patients out of N (no breakdown of N): chance sums read as before', () => {
    const t = readTables('\tA群 (N=60)\na\t12\nb\t3\nc\t15\nd\t20\n').tables[0]!;
    expect(statedWhole(t, 'rows')).toBe(false);
  });
});

describe('chance: random lists under N hold against the oracle', () => {
  it('80 lists of 3–12 items (counts, n (%), one-decimal and N=100 integer percentages; rows or one row), both protections', () => {
    const random = lcg(20261204);
    let said = 0;
    let read = 0;
    for (let k = 0; k < 80; k++) {
      const n = 3 + Math.floor(random() * 10);
      const form = (['count', 'n (%)', '%', '%0'] as Form[])[k % 4]!;
      let xs = Array.from({ length: n }, () => (random() < 0.3 ? 1 + Math.floor(random() * 9) : 1 + Math.floor(random() * 60)));
      if (form === '%0') {
        // Integer percentages of N = 100: each count one number.
        const s = sum(xs);
        xs = xs.map((x) => Math.max(1, Math.round((100 * x) / s)));
        xs[xs.indexOf(Math.max(...xs))]! += 100 - sum(xs);
        if (xs.some((x) => x < 1)) continue;
      }
      const text = list(xs, form, random() < 0.4, random() < 0.3);
      const protection: Protection = k % 2 === 0 ? 'threshold' : 'not-exact';
      const r = result(text, protection);
      if (!r.ok) continue;
      read++;
      holds(text, protection, form === '%0');
      expect(codes(r)).not.toContain('sum/found');
      if (codes(r).includes('sum/disjoint')) said++;
    }
    expect(read).toBeGreaterThan(60);
    expect(said).toBeGreaterThan(10);
  }, 300_000);
});

describe('a list of one column under a total of the top level, its rows indented under their subtotals: one tree', () => {
  /** Groups of items under their subtotal, a 合計 of the subtotals. */
  const tree = (groups: number[][]) =>
    `\tn\n${groups.map((g, k) => [`g${k + 1}\t${sum(g)}`, ...g.map((x, i) => `  g${k + 1}-${i + 1}\t${x}`)].join('\n')).join('\n')}\n合計\t${sum(groups.flat())}\n`;
  it('the chance sums across the tree (g3-1 = g1 + g1-1 + g2-2 + g3-2) set aside, said once; holding', () => {
    const text = tree([
      [19, 11, 12],
      [27, 2],
      [175, 112, 48],
    ]);
    const t = readTables(text).tables[0]!;
    expect(treeWhole(t, 'rows')).toBe(11);
    for (const protection of ['threshold', 'not-exact'] as Protection[]) {
      const r = holds(text, protection);
      expect(codes(r)).not.toContain('sum/found');
      const w = r.warnings.find((x) => x.code === 'sum/disjoint')!;
      expect(w.message).toContain('字下げで示した内訳の合計');
      // Before: 6 cells hidden (threshold); the 2 and its neighbour 27 now.
      expect(hiddenCount(r)).toBe(2);
    }
  });
  it('a 小計 row after its items, a total of some rows only, several columns: no tree', () => {
    expect(treeWhole(readTables('\tn\nICU\t12\n一般\t18\n小計\t30\n外来\t25\n合計\t55\n').tables[0]!, 'rows')).toBeUndefined();
    expect(treeWhole(readTables('\tn\n入院\t30\n  ICU\t12\n  一般\t18\n外来\t25\n').tables[0]!, 'rows')).toBeUndefined();
    expect(
      treeWhole(readTables('\ta\tb\n入院\t30\t5\n  ICU\t12\t2\n  一般\t18\t3\n外来\t25\t4\n合計\t55\t9\n').tables[0]!, 'rows'),
    ).toBeUndefined();
  });
  it('60 random trees (2–3 groups of 2–3 items, counts 1–60, a few small), both protections: holding', () => {
    const random = lcg(20261205);
    let said = 0;
    for (let k = 0; k < 60; k++) {
      const groups = Array.from({ length: 2 + Math.floor(random() * 2) }, () =>
        Array.from({ length: 2 + Math.floor(random() * 2) }, () =>
          random() < 0.25 ? 1 + Math.floor(random() * 9) : 1 + Math.floor(random() * 60),
        ),
      );
      const text = tree(groups);
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
