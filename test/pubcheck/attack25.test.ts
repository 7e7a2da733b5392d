/**
 * attack25 (issue #11): a heading row stating its block's N over several groups and no 合計 column (「性別 (N=110)」
 * over A群 and B群, or 「110」 alone in the heading's cells beside 「n (%)」). Refused on main (`layout/heading-n`, refuse6
 * with each group's N to write); read now where the arithmetic proves it — the block's counts over every group add up
 * to the N — as an equation across the columns (`Table.crossSums`) that suppression and the audit carry, said as the
 * checker's reading (`layout/heading-n-across`); refused where the numbers do not fit.
 *
 * Measured on a seeded family (`acrossTables`, refuse5-families.ts `shareHeadingTables` 'groups' with the brackets
 * kept or taken off): main refused every one; now none. Each read table attacked by the oracle one block at a time,
 * the heading's N in the title (the oracle's own reading: a title's N is the sum of every cell), and the combo class
 * (attack25-classes.ts) by combo's attacker, which takes each heading's N as the sum of its block over the groups.
 */
import { describe, expect, it } from 'vitest';
import { fixtureBundle, solver } from './helpers.ts';
import { attack } from './oracle.ts';
import { adversary, type Ok } from './protection.ts';
import { judgeClass } from './refuse2-classes.ts';
import { CLASSES } from './attack25-classes.ts';
import { shareHeadingTables } from './refuse5-families.ts';

const highs = await solver();
const bundle = fixtureBundle();
const { result, errors } = adversary(highs, bundle);

/** Seeded Table 1s whose headings state the N over two groups and no 合計: 「n (p)」 cells, or the counts alone. */
export function acrossTables(count: number, seed: number): string[] {
  return shareHeadingTables(count, seed, ['groups']).map((t, k) => (k % 2 === 0 ? t.text : t.text.replace(/ \(\d+(?:\.\d+)?%?\)/g, '')));
}

/**
 * The oracle on each heading's block as a table of its own, the heading's N in its title (the sum of every cell, as the
 * oracle reads a title's N): every hidden count not pinned, every small one not shown under 10.
 */
function attackAcross(r: Ok): number {
  const { table, status } = r.tables[0]!;
  let attacked = 0;
  for (const x of table.crossSums ?? []) {
    const hidden = new Set<string>();
    const small = new Set<string>();
    x.rows.forEach((i, k) =>
      table.cols.forEach((_, c) => {
        const s = status[i * table.cols.length + c];
        if (s !== 'published') hidden.add(`0:${k}:${c}`);
        if (s === 'primary') small.add(`0:${k}:${c}`);
      }),
    );
    if (hidden.size === 0) continue;
    const cell = (t: string) => t.replace(/^(\d+) \((\d+(?:\.\d+)?)\)$/, '$1 ($2%)');
    const text = [
      `# 表1 N=${x.n}`,
      ['', ...table.cols.map((h) => h.label)].join('\t'),
      ...x.rows.map((i) => [table.rows[i]!.label, ...table.cells[i]!.map((c) => cell(c.text))].join('\t')),
    ].join('\n');
    for (const [key, range] of attack(highs, `${text}\n`, hidden, { zeroExempt: true })) {
      expect(range.hi === null || range.hi > range.lo, `${key} is pinned to ${range.lo} in\n${text}`).toBe(true);
      if (small.has(key)) expect(range.hi ?? Infinity, `${key} is shown to be under 10 in\n${text}`).toBeGreaterThanOrEqual(10);
    }
    attacked++;
  }
  return attacked;
}

describe('the attacker knows the equation', () => {
  it('one hidden count under the block’s N over the groups in the title is pinned (the oracle takes the N across)', () => {
    const text = '# 表1 N=110\n\tA群\tB群\n男性\t28\t31\n女性\t26\t20\n不明\t3\t2\n';
    const ranges = attack(highs, text, new Set(['0:2:0']), { zeroExempt: true });
    expect(ranges.get('0:2:0')).toMatchObject({ lo: 3, hi: 3 });
  });
});

describe('a heading’s N over several groups and no 合計, read as an equation across the columns', () => {
  it('the block’s counts over every group add up to the N: read, said, the small counts hidden with what gives them back', () => {
    for (const cells of [
      ['28 (49.1)\t31 (58.5)', '26 (45.6)\t20 (37.7)', '3 (5.3)\t2 (3.8)'],
      ['28\t31', '26\t20', '3\t2'],
    ]) {
      const text = `\tA群\tB群\n性別 (N=110)\t\t\n男性\t${cells[0]}\n女性\t${cells[1]}\n不明\t${cells[2]}\n`;
      const r = result(text);
      expect(r.ok).toBe(true);
      if (!r.ok) continue;
      expect(r.warnings.map((w) => w.code)).toContain('layout/heading-n-across');
      expect(r.warnings.find((w) => w.code === 'layout/heading-n-across')!.message).toContain('チェッカーの判断');
      expect(r.tables[0]!.table.crossSums).toMatchObject([{ n: 110 }]);
      expect(attackAcross(r)).toBe(1);
    }
  });
  it('a lone count in the heading’s cells beside 「n (%)」 that is the block’s sum over the groups: read alike', () => {
    const text = '\tA群\tB群\n性別\t110\tn (%)\n男性\t28 (49.1)\t31 (58.5)\n女性\t26 (45.6)\t20 (37.7)\n不明\t3 (5.3)\t2 (3.8)\n';
    const r = result(text);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.tables[0]!.table.crossSums).toMatchObject([{ n: 110 }]);
      expect(attackAcross(r)).toBe(1);
    }
  });
  it('three groups, one small count alone in a column: the cross equation does not give it back', () => {
    const r = result('\tA群\tB群\tC群\n性別 (N=140)\t\t\t\n男性\t28\t31\t15\n女性\t26\t20\t17\n不明\t1\t2\t0\n');
    expect(r.ok).toBe(true);
    if (r.ok) expect(attackAcross(r)).toBe(1);
  });
  it('refused where the numbers do not fit: an N that is no sum, brackets that are no shares of their column’s block', () => {
    expect(errors('\tA群\tB群\n性別 (N=120)\t\t\n男性\t28\t31\n女性\t26\t20\n不明\t3\t2\n').map((e) => e.code)).toEqual([
      'layout/heading-n',
    ]);
    const off = errors('\tA群\tB群\n性別 (N=110)\t\t\n男性\t28 (50.0)\t31 (58.5)\n女性\t26 (45.6)\t20 (37.7)\n不明\t3 (5.3)\t2 (3.8)\n');
    expect(off.map((e) => e.code)).toEqual(['layout/heading-n']);
    expect(off[0]!.message).toContain('括弧の割合が各列の和に対する割合になっていません');
    // A 合計 column: the N is the 合計's (refuse4), not across.
    const total = result('\tA群\tB群\t合計\n性別 (N=110)\t\t\t\n男性\t28\t31\t59\n女性\t26\t20\t46\n不明\t3\t2\t5\n');
    expect(total.ok && total.tables[0]!.table.crossSums).toBeFalsy();
  });
  /**
   * 40 tables (seed 301, half 「n (p)」, half counts alone), measured with this file's family on main (67c08a3): 40 of
   * 40 refused (`layout/heading-n`). Now 0 refused; each attacked by the oracle block by block.
   */
  it('random: 40 tables — main refused 40, now 0; every hidden count holds against the oracle', () => {
    const tally = { read: 0, refused: 0, attacked: 0 };
    for (const text of acrossTables(40, 301)) {
      const r = result(text);
      if (!r.ok) {
        tally.refused++;
        continue;
      }
      tally.read++;
      expect(r.tables[0]!.table.crossSums?.length ?? 0).toBeGreaterThan(0);
      if (r.tables[0]!.suppression?.passed === false) continue;
      if (attackAcross(r) > 0) tally.attacked++;
    }
    expect({ read: tally.read, refused: tally.refused }).toEqual({ read: 40, refused: 0 });
    expect(tally.attacked).toBeGreaterThan(10);
  }, 300_000);
});

describe('the combo class forced, attacked with the true structure (each heading’s N a stated form)', () => {
  for (const k of CLASSES)
    it(`${k.code}: ${k.name} — main refused 40 of 40 (seed 301), now read; no leak`, () => {
      const { tally, outcomes } = judgeClass(highs, bundle, k, 301, 20);
      for (const o of outcomes) expect(o.verdict).not.toBe('crash');
      expect({ leaks: tally.leaks, pinned: tally.pinned, dropped: tally.dropped, refused: tally.refused }).toEqual({
        leaks: 0,
        pinned: 0,
        dropped: 0,
        refused: 0,
      });
    });
});
