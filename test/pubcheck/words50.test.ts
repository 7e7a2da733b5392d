/**
 * words50 (issue #11): a count naming a column and a row (「A群の転倒 3例」「肺炎と輸血のうちB群 5例」「6 amputation and
 * falls in Arm C」): read as the sum of their crossing cells where it is one — an equation (`Table.crossSums`), said as
 * the checker's; a bare number after a bracketed label (「[SAE] 5」「【重篤】：10」) read as a line's or some lines' sum
 * where it is one (base: a number, unchecked); an N over more than 4 sets of lines (「Serious AEs (n=5)」) refused
 * naming what to write (base: the table's N, unchecked). Measured (words50-families.ts / words50-measure.ts, base
 * d581442 → now) in the README (words48/49/50).
 */
import { describe, expect, it } from 'vitest';
import { run } from './words44-attack.ts';
import { checkerIn } from './helpers.ts';
import { bracket50, cross50, many50 } from './words50-families.ts';
import { recoversCells } from './words49-attack.ts';
import { recoversSubset } from './words48-attack.ts';

const T = '\tA群\tB群\n肺炎\t2\t1\n輸血\t3\t4\n入院\t51\t12\nその他\t29\t17\n';
const E = '\tArm A\tArm B\tArm C\nAmputation\t3\t3\t2\nFall\t1\t2\t4\nHospitalization\t39\t38\t26\nOther\t38\t39\t30\n';
const sums = (text: string) => run(text, 0.2).warnings.filter((w) => w.code === 'title/lines-sum');

describe('a count naming a column and a row', () => {
  it('the crossing cells adding up to it: one equation, the checker’s (base: a group’s N, a number, or the column’s sets)', () => {
    for (const [title, table, said] of [
      ['肺炎と輸血のうちB群 5例', T, /行「肺炎」＋「輸血」と列「B群」/],
      ['Outcomes (6 amputation and falls in Arm C)', E, /行「Amputation」＋「Fall」と列「Arm C」/],
      ['Falls in arm B: 2', E, /行「Fall」と列「Arm B」/],
      ['A群の輸血 3例', T, /行「輸血」と列「A群」/],
    ] as const) {
      const w = sums(`# ${title}\n${table}`);
      expect(w.length, title).toBe(1);
      expect(w[0]!.message, title).toContain('チェッカーの推定');
      expect(w[0]!.message, title).toMatch(said);
      // The title pins small cells: the protection sees it.
      const r = run(`# ${title}\n${table}`, 0.2);
      expect(r.ok && r.tables[0]!.suppression?.passed, title).toBe(false);
    }
  });
});

describe('a bare count after a label in brackets', () => {
  it('「[SAE] 10」「【重篤】：10」: some lines’ sum, equations (base: a number, unchecked)', () => {
    for (const [title, table] of [
      ['[SAE] 10', E.replace('Hospitalization', 'Stroke\t1\t1\t1\nHospitalization')],
      ['【重篤】：10', T],
    ] as const) {
      const w = sums(`# ${title}\n${table}`);
      expect(w.length, title).toBe(1);
      expect(w[0]!.message, title).toContain('チェッカーの推定');
    }
  });
  it('a bracketed word and a number no sum stays a number', () => {
    expect(sums(`# [Table 2] 3\n${E}`)).toEqual([]);
    expect(run(`# [Table 2] 3\n${E}`).ok).toBe(true);
  });
});

describe('an N over more than 4 sets of lines', () => {
  it('「Serious AEs (n=5)」 over many small lines: refused naming what to write (base: the table’s N, unchecked)', () => {
    const M = '\tA群\tB群\n切断\t1\t1\n転倒\t1\t2\n肺炎\t2\t1\n出血\t1\t1\n輸血\t2\t1\n再手術\t1\t2\n入院\t51\t12\nその他\t29\t17\n';
    for (const title of ['Serious AEs (n=5)', '重篤な有害事象（N=5）']) {
      const r = run(`# ${title}\n${M}`);
      expect(r.ok, title).toBe(false);
      const e = !r.ok ? r.errors.find((x) => x.code === 'title/count') : undefined;
      expect(e?.message, title).toContain('決められず');
      expect(e?.hint, title).toContain('名前を並べて');
    }
  });
});

const k = await checkerIn();

describe('families (words50-families.ts)', () => {
  it('cross50, bracket50, many50, seeds 2809–2811 (40 each): no count under 10 recovered', () => {
    expect(
      cross50(2809, 40)
        .filter((c) => recoversCells(k, c))
        .map((c) => c.said),
    ).toEqual([]);
    expect(
      bracket50(2810, 40)
        .filter((c) => recoversSubset(k, c))
        .map((c) => c.said),
    ).toEqual([]);
    expect(
      many50(2811, 40)
        .filter((c) => recoversSubset(k, c))
        .map((c) => c.said),
    ).toEqual([]);
  });
});
