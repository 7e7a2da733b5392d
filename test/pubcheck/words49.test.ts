/**
 * words49 (issue #11): a title's count naming a column or a row by its label (「A群の重篤 5例」「Serious AEs in arm B: 5」
 * 「男性の重篤 5例」), the sum of some of that line's cells: read as each set of its cells adding up to it, up to 4 —
 * equations (`Table.crossSums`), said as the checker's (チェッカーの推定); with more, refused naming what to add. A group
 * with its N (「A群 (N=40)」) stays its N. 「Table 2, SAEs 10」: the comma after a table's number ends it (no rough count).
 * Measured (words49-families.ts / words49-measure.ts, base 6dedcc1 → now) in the README (words49).
 */
import { describe, expect, it } from 'vitest';
import { run } from './words44-attack.ts';
import { checkerIn } from './helpers.ts';
import { column49, innocent49 } from './words49-families.ts';
import { recoversCells, runWith } from './words49-attack.ts';

const T = '\tA群\tB群\n切断\t2\t1\n転倒\t3\t4\n入院\t51\t12\nその他\t29\t17\n';
const E = '\tArm A\tArm B\nStroke\t2\t1\nFall\t3\t4\nHospitalization\t51\t12\nOther\t29\t17\n';
const sums = (text: string) => run(text, 0.2).warnings.filter((w) => w.code === 'title/lines-sum');

describe('a count naming a column or a row', () => {
  it('「A群の重篤 5例」「Serious AEs in arm B: 5」「11 serious events in Arm A」: the cells of that line adding up to it (base: refused or unchecked)', () => {
    for (const [title, table, cells] of [
      ['A群の重篤 5例', T, /列「A群」のうち「切断」＋「転倒」/],
      ['A群 重篤 5例', T, /列「A群」のうち「切断」＋「転倒」/],
      ['Serious AEs in arm B: 5', E, /列「Arm B」のうち「Stroke」＋「Fall」/],
      ['Outcomes (5 serious events in Arm B)', E, /列「Arm B」のうち「Stroke」＋「Fall」/],
      ['切断の重篤 3例', T, /行「切断」のうち「A群」＋「B群」|行「切断」/],
    ] as const) {
      const w = sums(`# ${title}\n${table}`);
      expect(w.length, title).toBe(1);
      expect(w[0]!.message, title).toContain('チェッカーの推定');
      expect(w[0]!.message, title).toMatch(cells);
    }
  });
  it('a count pinning a hidden cell (「A群の重篤 3例」: 転倒 in A群): the title publishes it, the protection fails', () => {
    const r = run(`# A群の重篤 3例\n${T}`, 0.2);
    expect(r.ok && r.tables[0]!.suppression?.passed).toBe(false);
  });
  it('more than 4 sets of cells: refused, naming what to add', () => {
    const M = '\tA群\tB群\n切断\t2\t2\n転倒\t1\t3\n肺炎\t3\t1\n出血\t2\t2\n輸血\t1\t3\n入院\t51\t12\nその他\t29\t17\n';
    const r = run(`# A群の重篤 3例\n${M}`);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors.find((e) => e.code === 'title/count')?.message).toContain('決められず');
  });
  it('a group with its N stays its N', () => {
    for (const title of ['A群 (N=85)', 'A群（N=90）、B群（N=40）', 'Arm A (n=85)']) {
      const r = run(`# ${title}\n${title.startsWith('Arm') ? E : T}`);
      expect(r.ok, title).toBe(true);
      expect(sums(`# ${title}\n${title.startsWith('Arm') ? E : T}`), title).toEqual([]);
    }
  });
  it('「Table 2, SAEs 10」: the table’s number is no range (base: said roughly, refused)', () => {
    expect(sums(`# Table 2, SAEs 10\n${E}`).length).toBe(1);
    expect(run(`# Table 2, SAEs 10\n${E}`).ok).toBe(true);
  });
});

const k = await checkerIn();

describe('families (words49-families.ts)', () => {
  it('column49, seed 2705 (60): no count under 10 recovered', () => {
    expect(
      column49(2705, 60)
        .filter((c) => recoversCells(k, c))
        .map((c) => c.said),
    ).toEqual([]);
  });
  it('innocent49, seed 2706 (100): no group’s N refused for its title', () => {
    const refused = innocent49(2706, 100).flatMap((c) => {
      const r = runWith(k, c.text);
      return r.ok ? [] : [{ said: c.said, codes: r.errors.map((e) => e.code) }];
    });
    // 「Patients in male: 132」, no sum of the table: a count of patients refused as on base (`title/count`).
    expect(refused.filter((c) => !c.said.includes('Patients in') && c.codes.some((x) => x.startsWith('title/')))).toEqual([]);
  });
});
