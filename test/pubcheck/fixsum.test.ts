/**
 * A single column of counts with a row that is the sum of some others (attacker.test.ts, 「重度・中等度」), anywhere in
 * the list: first, in the middle, last; over all the rows or some. Found at PUBCHECK_RUNS=80: `[[1,42,10,43], all
 * parts, at 0]` — 重度・中等度 96 over r1–r4 = 1, 42, 10, 43 — where the check hides r1 and r3 and the oracle's
 * default attacker pins r1 to 1.
 *
 * Root cause (measured, not guessed): the sum row is read as an equation in every case, at every position, with the
 * very rows it is the sum of (the family below: 200 of 200, at 3e026c4 and now). What pins r1 is another equality,
 * r4 = r1 + r2 (43 = 1 + 42), among the parts of a row that is the sum of every other row. There the checker reads
 * the parts as disjoint and such an equality as a chance one (sums.ts `wholeLine`, `sum/disjoint`, チェッカーの判断,
 * disjoint.test.ts): r4 as a subtotal of r1 and r2 would count them twice in the total. The oracle's default attacker
 * takes every equality of the true counts, hidden ones included — one no reader of the published table can see (r1
 * is hidden). Against the oracle under the checker's reading (`disjointParts`: an equality among the parts taken
 * where every count of it is printed) nothing leaks; taking every chance equality instead is what disjoint.test.ts
 * undid (2–5× the fewest cells hidden in the list). So the property in attacker.test.ts attacks a row that is
 * the sum of every other row with that reading, as disjoint.test.ts does, and the default attacker elsewhere.
 *
 * The class in src, found at PUBCHECK_RUNS=1000 (`[[5,35,3,7,6], r1+r3+r5, at 0]`): 重度・中等度 14 = r1 + r3 + r5,
 * and r2 = 35 the sum of every other row by chance. The checker took r2 for the whole, its parts disjoint, and set
 * the sum its label names aside as a chance one: r4 = 7 was pinned (r1 + r3 + r4 + r5 = 21 and r1 + r3 + r5 = 14).
 * The labels and the arithmetic disagree there about which relation is the structure, and arithmetic cannot tell:
 * now (sums.ts `combinedSum`, in `disjointWhole`) a line whose label says it combines others (COMBINED) and that is
 * the sum of two or more others makes the lines no disjoint parts, and every sum is an equation (stricter).
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../src/pubcheck/check.ts';
import { fixtureBundle, solver } from './helpers.ts';
import { combinedFamily, family, measure } from './fixsum-measure.ts';
import { asAttacked, expectProtected, type Ok } from './protection.ts';

const highs = await solver();
const bundle = fixtureBundle();
const run = (text: string): Ok => {
  const r = check(highs, bundle, text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });
  if (!r.ok) throw new Error(r.errors.map((e) => `${e.code}: ${e.message}`).join('\n'));
  return r;
};
const list = (xs: number[], parts: number[], at: number) => {
  const rows = xs.map((x, i) => `r${i + 1}\t${x}`);
  rows.splice(at, 0, `重度・中等度\t${parts.reduce((s, i) => s + xs[i]!, 0)}`);
  return `\tn\n${rows.join('\n')}\n`;
};

describe('a single column with a row that is the sum of some others, anywhere', () => {
  it('the shrunk case: the sum row is the total (an equation); r4 = r1 + r2 a chance equality, said; it holds', () => {
    for (const at of [0, 2, 4]) {
      const text = list([1, 42, 10, 43], [0, 1, 2, 3], at);
      const r = run(text);
      const row = at; // 重度・中等度
      const sums = r.tables[0]!.table.sums.filter((s) => s.axis === 'rows' && s.header === row);
      expect(
        sums.map((s) => [...s.parts].sort()),
        `at ${at}`,
      ).toContainEqual([0, 1, 2, 3, 4].filter((i) => i !== row));
      const disjoint = r.warnings.find((w) => w.code === 'sum/disjoint')?.message;
      expect(disjoint).toContain('行「重度・中等度」がほかのすべての行の和なので');
      expect(disjoint).toContain('行「r4」が行「r1」「r2」の和と一致すること');
      expectProtected(highs, r, asAttacked(r, text), 'threshold', false, { disjointParts: true });
    }
  });

  it('a sum of some rows is an equation at every place, and one over every row a total: 200 lists, none refused or leaked', () => {
    const cases = family(1101, 200);
    const tally = { refused: 0, leaked: 0, read: 0, sumAsPrinted: 0, chance: 0 };
    for (const c of cases) {
      const r = check(highs, bundle, c.text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });
      if (r.ok) {
        const want = c.parts.map((i) => (i >= c.at ? i + 1 : i)).sort((a, b) => a - b);
        const sums = r.tables[0]!.table.sums.filter((s) => s.axis === 'rows' && s.header === c.at);
        if (sums.some((s) => [...s.parts].sort((a, b) => a - b).join() === want.join())) tally.sumAsPrinted++;
      }
      const m = measure(highs, bundle, c, true);
      tally[m.outcome]++;
      // The default attacker (every equality of the true counts) pins a count only where the row is the sum of
      // every other row: through a chance equality among its disjoint parts over a hidden count.
      if (measure(highs, bundle, c, false).outcome === 'leaked') {
        expect(c.parts.length, JSON.stringify([c.xs, c.parts, c.at])).toBe(c.xs.length);
        tally.chance++;
      }
    }
    // Measured at 3e026c4 and now alike: refused 0, leaked 0, read 200; the sum row an equation over the very rows it
    // adds up 200 times; 5 lists where the default attacker pins a count through a chance equality only.
    expect(tally).toMatchObject({ refused: 0, leaked: 0, read: 200, sumAsPrinted: 200 });
    expect(tally.chance).toBeLessThanOrEqual(10);
  }, 120_000);

  it('the 1000-run case: a combined row that is a sum, and an item equal by chance to the sum of every row: both equations', () => {
    const text = '\tn\n重度・中等度\t14\nr1\t5\nr2\t35\nr3\t3\nr4\t7\nr5\t6\n';
    const r = run(text);
    const sums = r.tables[0]!.table.sums.filter((s) => s.axis === 'rows' && !s.alternative);
    expect(sums.map((s) => [s.header, [...s.parts].sort()])).toEqual(
      expect.arrayContaining([
        [0, [1, 3, 5]],
        [2, [0, 1, 3, 4, 5]],
      ]),
    );
    expect(r.warnings.map((w) => w.code)).not.toContain('sum/disjoint');
    expectProtected(highs, r, text);
  });

  it('200 lists where a combined row is a sum and an item the sum of every row: 137 leaked at 3e026c4, none now', () => {
    const tally = { refused: 0, leaked: 0, read: 0 };
    const leaks: string[] = [];
    for (const c of combinedFamily(2202, 200)) {
      const m = measure(highs, bundle, c);
      tally[m.outcome]++;
      if (m.outcome === 'leaked') leaks.push(`${m.why}: ${c.text}`);
    }
    // Measured with the default oracle (every equality of the true counts): at 3e026c4 leaked 137, read 63; now read 200.
    expect(leaks).toEqual([]);
    expect(tally).toEqual({ refused: 0, leaked: 0, read: 200 });
  }, 120_000);
});
