/**
 * means52 (issue #11): weighted means and lines of patients.
 *
 * 1. A line of 患者数 read as the rows' N (sizes.ts `countSizeLine`) with an N under the threshold: refused on 850d8f8
 * (`count/sizes-small`, means50: the N taken out of the table would be published). Now the line stays a line of counts
 * of the table (read.ts `keptSizes`, `Table.patientLine`), hidden like any count, the other lines of its axis nested
 * in it (system.ts `nestedWithin`: 男性 ≤ 患者数 per row, where it holds on the counts; チェッカーの判断); the means
 * over it, its sums (延べ入院日数 ÷ 平均) and parts are tied by the readings of counts already there (tableWeighted,
 * sumOverMean, weightsElsewhere, overtotal's rest line). Measured (850d8f8 → now): means49 linkedCases PARTS=1 seeds
 * 2991–2992 (200, `mipAttack` with parts ≤ 患者数 and the nesting across): 50 refused → 0, 0 given back both; means48
 * nCases 2993 (100, `weightAttack`): 33 refused → 0, 0 given back (3 the brute force gave up on: no 合計, N hidden
 * alone, its mean hidden); sdCases 2994 (100): 40 refused → 0, 0 given back.
 *
 * 2. Several lines of means in one table weighted by another table's counts (表2 平均入院日数・平均年齢 over 表1's
 * 患者数): 850d8f8 tried another table's weights for one line of means only, the input refused (`header/statistic`).
 * Now read.ts tries each line alone (`tableWeighted` reads each apart), every line fitting none of its own table's
 * weights with another table's (`weightsElsewhere`), each line fitting its own also there; a line fitting none is
 * refused naming it. severalCases seeds 2997–2998 (200, `mipAttack` with every line of means): 850d8f8 188 refused, 2
 * of the 12 read given back; now 0 refused, 0 given back.
 */
import { describe, expect, it } from 'vitest';
import { toReport } from '../../src/pubcheck/report.ts';
import { fixtureBundle, solver } from './helpers.ts';
import { adversary } from './protection.ts';
import { mipAttack, nCases } from './means48-families.ts';
import { linkedCases } from './means49-families.ts';
import { weightAttack } from './means46-families.ts';
import { severalCases } from './means52-families.ts';
import type { Checked, Reported } from './stats39-families.ts';

const highs = await solver();
const bundle = fixtureBundle();
const { result } = adversary(highs, bundle);
const reported = (r: ReturnType<typeof result>): Reported | undefined =>
  r.ok ? (toReport(r, bundle, new Date('2026-12-05T00:00:00Z')) as unknown as Reported) : undefined;
const status = (r: ReturnType<typeof result>, t: number, row: string, col: string) => {
  const x = r.ok ? r.tables![t]! : undefined;
  const C = x!.table.cols.length;
  return x!.status[x!.table.rows.findIndex((h) => h.label === row) * C + x!.table.cols.findIndex((h) => h.label === col)];
};

const table2 = '# 表2\n\t死亡\t平均年齢\nA病院\t2\t61.2\nB病院\t12\t70.1\nC病院\t9\t65.3\n合計\t23\t67.4\n';

describe('a line of patients with an N under the threshold, kept as a line of counts', () => {
  it('患者数 5 beside its part 男性: read, the 5 hidden, said as ours (850d8f8: count/sizes-small)', () => {
    const r = result(`# 表1\n\t患者数\t男性\nA病院\t5\t3\nB病院\t40\t22\nC病院\t33\t10\n合計\t78\t35\n\n${table2}`);
    expect(r.ok).toBe(true);
    expect(status(r, 0, 'A病院', '患者数')).not.toBe('published');
    expect(r.ok && r.warnings.some((w) => w.code === 'count/sizes' && w.message.includes('チェッカーの判断'))).toBe(true);
  });

  it('a sum and its mean beside it: 延べ入院日数 ÷ 平均 would give the N back, so the mean is hidden with it', () => {
    const r = result(
      '# 表1\n\t患者数\t死亡\t延べ入院日数\t平均入院日数\nA群\t3\t1\t45\t15.0\nB群\t40\t12\t600\t15.0\nC群\t33\t9\t396\t12.0\n',
    );
    expect(r.ok).toBe(true);
    expect(status(r, 0, 'A群', '患者数')).not.toBe('published');
    const cells = reported(r)!.tables[0]!.rates.flatMap((x) => x.cells);
    const a = cells.find((c) => (c.row === 'A群' || c.col === 'A群') && (c.col === '平均入院日数' || c.row === '平均入院日数'));
    expect(a?.hidden).toBe(true);
  });

  it('linkedCases PARTS=1 (seed 2991, first 40): none refused, none given back (850d8f8: every parts case refused)', () => {
    process.env.PARTS = '1';
    let cases;
    try {
      cases = linkedCases(40, 2991);
    } finally {
      delete process.env.PARTS;
    }
    let [parts, refused, leaked] = [0, 0, 0];
    for (const c of cases) {
      if (c.family.startsWith('linked/parts')) parts++;
      const r = result(c.text);
      if (!r.ok) refused++;
      else if (mipAttack(c, r as unknown as Checked, reported(r), highs).length > 0) leaked++;
    }
    expect([refused, leaked]).toEqual([0, 0]);
    expect(parts).toBeGreaterThan(5);
  }, 300_000);

  it('nCases (seed 2993, the first 25 with a line N): none refused, none given back to the brute force', () => {
    let [small, refused, leaked] = [0, 0, 0];
    for (const c of nCases(100, 2993)
      .filter((x) => x.family.startsWith('n/line'))
      .slice(0, 25)) {
      if (c.counts.some((row) => row[0]! < 10)) small++;
      const r = result(c.text);
      if (!r.ok) refused++;
      else {
        const leaks = weightAttack(c, r as unknown as Checked, reported(r));
        if (leaks.length > 0 && leaks[0] !== 'unknown') leaked++;
      }
    }
    expect([refused, leaked]).toEqual([0, 0]);
    expect(small).toBeGreaterThan(5);
  }, 300_000);
});

describe('several lines of means weighted by another table’s counts', () => {
  const text =
    '# 表1\n\t患者数\t延べ入院日数\nA病院\t9\t186\nB病院\t41\t598\nC病院\t40\t555\nD病院\t35\t476\n合計\t125\t1815\n\n' +
    '# 表2\n\t死亡\t平均入院日数\t平均年齢\nA病院\t5\t20.7\t64.4\nB病院\t9\t14.6\t64.6\nC病院\t4\t13.9\t63.5\nD病院\t32\t13.6\t67.6\n合計\t50\t14.5\t65.1\n';

  it('平均入院日数 and 平均年齢 over 表1’s 患者数: read, each said as 表1’s (850d8f8: header/statistic)', () => {
    const r = result(text);
    expect(r.ok).toBe(true);
    const said = r.ok ? r.warnings.filter((w) => w.code === 'layout/mean' && w.message.includes('表1の人数で重みづけた平均')) : [];
    expect(said.length).toBe(2);
    expect(status(r, 0, 'A病院', '患者数')).not.toBe('published');
  });

  it('a line of them fitting no weights anywhere is refused, naming it', () => {
    const r = result(text.replace('合計\t50\t14.5\t65.1', '合計\t50\t14.5\t80.0'));
    expect(r.ok).toBe(false);
    expect(r.ok ? [] : r.errors.map((e) => e.code)).toContain('header/statistic');
    expect(r.ok ? '' : r.errors.map((e) => e.message).join()).toContain('平均年齢');
  });

  it('severalCases (seed 2997, first 20): none refused, none given back to mipAttack', () => {
    let [refused, leaked] = [0, 0];
    for (const c of severalCases(20, 2997)) {
      const r = result(c.text);
      if (!r.ok) refused++;
      else if (mipAttack(c, r as unknown as Checked, reported(r), highs).length > 0) leaked++;
    }
    expect([refused, leaked]).toEqual([0, 0]);
  }, 300_000);
});
