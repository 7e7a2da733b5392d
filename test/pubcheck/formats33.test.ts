/**
 * formats33 (issue #11): tables as statistical software exports them as text (formats33-families.ts: SAS PROC FREQ,
 * SPSS CROSSTABS, Stata `tabulate, row col`, R `addmargins`/`ftable`/`xtabs`, pandas `crosstab(margins=True)` and
 * `normalize=`, Excel pivot tables, gtsummary/tableone, Japanese Excel with merged headers), every passed table
 * attacked over all its printed numbers by formats33-attack.ts (and the oracle where it reads the text).
 *
 * The leak class found and fixed — percent/missing-base (missingshares.ts): gtsummary and tableone print a variable's
 * 「Unknown」 row as a bare count and the other rows' shares of the patients with a value. Where those shares fit the
 * group's N as well (integer percentages), d5da2f3 read them as shares of N and passed the table with 「Unknown」
 * hidden; an attacker taking the tool's reading bounds the base from the shares left published (54 (36%) and 61 (41%)
 * of 「A群, N = 150」: 148–150), so 「Unknown」 ≤ 2. Measured with `npx node test/pubcheck/formats33-unknown-measure.ts
 * <src/pubcheck> 866` (100 tables): d5da2f3 passed 48 of the 84 whose Unknown the shares bound under 10 (36 refused
 * as tableone's layout), now 0 (refused in words, naming the row, the column and the bounds).
 *
 * Refusals in words and a reading (`npx node test/pubcheck/formats33-measure.ts <src/pubcheck> 40 870`, 40 tables a
 * family, 22 families, 840 tables): SAS / SPSS / Stata stacks of a count and its percentages (160) were refused on
 * d5da2f3 cell by cell (「行見出しが空です → 1列目に行見出しを書いてください」, 「患者数のはずのセルに文字」, 「整数でない数」:
 * hints that lead nowhere), now once each, `table/stacked-statistics`, naming the lines and saying to paste the count
 * lines alone; Excel pivot tables copied whole (40) were refused cell by cell, now read with the caption line taken
 * out (`layout/pivot`), 40 of 40, none leaking to formats33-attack.ts nor to the oracle. No passed table of any
 * family leaks before or after (0 of 840) to the attacker over all printed numbers.
 */
import { describe, expect, it } from 'vitest';
import { fixtureBundle, solver } from './helpers.ts';
import { adversary, expectProtected } from './protection.ts';
import { FAMILIES, formats, unknownShares } from './formats33-families.ts';
import { leaks } from './formats33-attack.ts';

const highs = await solver();
const bundle = fixtureBundle();
const { result, codes } = adversary(highs, bundle);

const GT = (unknown: string) =>
  'Characteristic\tA群, N = 150¹\tB群, N = 90¹\nsex\t\t\n    65歳未満\t54 (36%)\t45 (50%)\n    65-74歳\t61 (41%)\t15 (17%)\n' +
  `    75歳以上\t33 (22%)\t30 (33%)\n    Unknown\t${unknown}\n¹ n (%)\n`;

describe('percent/missing-base: shares beside a bare 「Unknown」 count that bound it', () => {
  it('gtsummary with 「Unknown」 2 under integer shares of the 148 with a value: refused naming the row and the bounds', () => {
    const r = result(GT('2\t0'));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const e = r.errors.find((x) => x.code === 'percent/missing-base')!;
    expect(e.place).toMatchObject({ line: 6, row: 'sex・Unknown', col: 'A群, N = 150' });
    expect(e.message).toContain('148〜150');
    expect(e.hint).toContain('2 (1.3%)');
    // The words other tools print for it.
    for (const word of ['(Missing)', '<NA>', '不明', '欠測'])
      expect(codes(GT('2\t0').replace('Unknown', word)), word).toContain('percent/missing-base');
  });
  it('read as before where the shares fit N only, the count is at the threshold, or 「Unknown」 has its share', () => {
    // One decimal: 54/150 = 36.0%, not 36.5% of 148 — the tool's reading does not hold.
    const tenths =
      'Characteristic\tA群, N = 150¹\tB群, N = 90¹\nsex\t\t\n    65歳未満\t54 (36.0%)\t45 (50.0%)\n    65-74歳\t61 (40.7%)\t15 (16.7%)\n' +
      '    75歳以上\t33 (22.0%)\t30 (33.3%)\n    Unknown\t2\t0\n¹ n (%)\n';
    expect(codes(tenths)).not.toContain('percent/missing-base');
    expect(codes(GT('2 (1.3%)\t0 (0%)'))).not.toContain('percent/missing-base');
    const big =
      'Characteristic\tA群, N = 160¹\tB群, N = 90¹\nsex\t\t\n    65歳未満\t54 (36%)\t45 (50%)\n    65-74歳\t61 (41%)\t15 (17%)\n' +
      '    75歳以上\t33 (22%)\t30 (33%)\n    Unknown\t12\t0\n¹ n (%)\n';
    expect(codes(big)).not.toContain('percent/missing-base');
  });
  it('random family (seed 866): every table whose Unknown the shares bound under 10 refused (d5da2f3: 48 of 84 passed)', () => {
    let bounded = 0;
    for (const c of unknownShares(100, 866)) {
      if (!c.leaks) continue;
      bounded++;
      expect(result(c.text).ok, c.text).toBe(false);
    }
    expect(bounded).toBe(84);
  });
});

describe('every family of formats33-families.ts (seed 867, 16 tables each): refused, or passed with nothing given back', () => {
  it('no passed table leaks a count under 10 to the attacker over all printed numbers', () => {
    let passed = 0;
    let refused = 0;
    for (const c of formats(16, 867)) {
      const r = result(c.text);
      if (!r.ok) {
        refused++;
        // A refusal in words: each error names a line.
        for (const e of r.errors) expect(e.message.length + e.hint.length, c.family).toBeGreaterThan(10);
        continue;
      }
      passed++;
      if (r.tables.some((t) => t.suppression?.passed === false || t.primary.headers.length > 0)) continue;
      expect(leaks(r, c), `${c.family}\n${c.text}`).toEqual([]);
    }
    expect(passed + refused).toBe(16 * Object.keys(FAMILIES).length);
    expect(passed).toBeGreaterThan(100);
  });
});

describe('table/stacked-statistics: cells printed as stacks of a count and its percentages (stacked.ts)', () => {
  it('SAS, SPSS (ja, en) and Stata stacks (seed 868, 20 each): refused once, in words, naming the lines (d5da2f3: cell by cell, hints that lead nowhere)', () => {
    for (const c of formats(20, 868, ['sas-stacked', 'spss-ja', 'spss-en', 'stata-tsv'])) {
      const r = result(c.text);
      expect(r.ok, c.text).toBe(false);
      if (r.ok) continue;
      expect(
        r.errors.map((e) => e.code),
        c.text,
      ).toEqual(['table/stacked-statistics']);
      expect(r.errors[0]!.message).toMatch(/\d+行目/);
      expect(r.errors[0]!.hint).toContain('件数の行');
    }
  });
  it('the counts alone, and tables of labelled lines, are read as before', () => {
    for (const c of formats(20, 868, ['spss-count', 'r-addmargins', 'pandas-all', 'sas-split']))
      expect(result(c.text).ok, c.text).toBe(true);
  });
});

describe('layout/pivot: an Excel pivot table copied whole (「データの個数 / 患者ID」「列ラベル」 over 「行ラベル」)', () => {
  it('random family (seed 869, 30 tables; d5da2f3 refused all cell by cell): read, said, every count protected', () => {
    for (const c of formats(30, 869, ['excel-pivot'])) {
      const r = result(c.text);
      expect(r.ok, c.text).toBe(true);
      if (!r.ok) continue;
      expect(r.warnings.map((w) => w.code)).toContain('layout/pivot');
      expect(leaks(r, c), c.text).toEqual([]);
      // The oracle on the same numbers without the caption line (it reads no pivot).
      expectProtected(highs, r, c.text.split('\n').slice(1).join('\n'));
    }
  });
  it('a pivot of sums or averages is refused in words; a caption line with no 「列ラベル」 or 「行ラベル」 is left as before', () => {
    const body = '行ラベル\t死亡\t生存\t総計\nmale\t50\t25\t75\nfemale\t8\t47\t55\n総計\t58\t72\t130\n';
    expect(codes(`合計 / 費用\t列ラベル\t\t\n${body}`)).toEqual(['table/pivot-values']);
    expect(codes(`Average of age\tColumn Labels\t\t\n${body}`)).toEqual(['table/pivot-values']);
    const plain = result(`\t死亡\t生存\t総計\nmale\t50\t25\t75\nfemale\t8\t47\t55\n総計\t58\t72\t130\n`);
    expect(plain.ok && plain.warnings.some((w) => w.code === 'layout/pivot')).toBe(false);
  });
});
