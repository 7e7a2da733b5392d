/**
 * stats40 (issue #11): statistics lines read where the arithmetic ties them to the counts (stats40-families.ts).
 *
 * 2. A 0/1 variable's mean and SD in one cell (「平均 (SD)」 over 「0.12 (0.33)」): refused on c3b2cb1 (「0/1 の変数の平均
 *    （割合）とその標準偏差のようです」). Now read as stats39 reads the separate lines (rates.ts, `binary: 'meansd'`) and
 *    hidden wherever the count or N is. binaryCellCases seeds 1921–1922 (100 tables): c3b2cb1 refused 100; now 100 read,
 *    none given back by the brute force (published whole, 78 of 100 give a count back).
 * 3. A line of means and a line of extremes in one table (「平均」 and 「最多」「最少」「範囲」 beside the years): c3b2cb1
 *    read the mean and refused the extreme (`header/statistic`; each was found over the other's line too). Now each is
 *    proved again over the counts alone (read.ts `setAsideMeans`) and both are set aside and hidden with their counts.
 *    A lone 「最大」「最小」「Max」 that is the extreme of the other lines (evidence and no copy, as `extremeLines` asks) is
 *    no longer refused as an interval's limit (rates.ts). meanExtremeCases seeds 1923–1924 (100 tables): c3b2cb1
 *    refused 100; now 99 read (1 refused by chance: 「2020年」 the sum of two years but one row, total/almost), 0 given
 *    back by the shared brute force (fills.ts; published whole, 94 of the 99 give a count back).
 * 4. Ordinary tables with a 「中央」 region or a 「GM」 department read, by chance, with that line as a median (stats39's
 *    `centreChance`), measured with the independent oracle (`chanceCentreAttack`): c3b2cb1 read 6 of 1,000 so (seed
 *    1671; 1 of 1,000 seed 1925, 3 seed 1926) and the oracle gave back a hidden count in 2 of them — the line was part of
 *    a sum of lines (南部 = 北部 + 中央 by chance), which the median's reading dropped. Now a 中央/GM line that takes part
 *    in a sum of lines of its axis is an item (read.ts `partOfSum`), and a statistic line's cell at a total across that is
 *    its own values' sum is read as that sum first (hidden with every count): 4, 1 and 1 read as a median, 0 leaks;
 *    refusals 47 and 72 of 1,000 (seeds 1671, 1926; c3b2cb1 48 and 72).
 */
import { describe, expect, it } from 'vitest';
import { toReport } from '../../src/pubcheck/report.ts';
import { fixtureBundle, solver } from './helpers.ts';
import { adversary } from './protection.ts';
import type { Reported } from './stats39-families.ts';
import { centreChance } from './stats39-families.ts';
import { binaryCellAttack, binaryCellCases, chanceCentreAttack, meanExtremeAttack, meanExtremeCases } from './stats40-families.ts';

const highs = await solver();
const bundle = fixtureBundle();
const { result } = adversary(highs, bundle);
const reported = (r: ReturnType<typeof result>): Reported | undefined =>
  r.ok ? (toReport(r, bundle, new Date('2026-12-05T00:00:00Z')) as unknown as Reported) : undefined;
/** The report with every value of its rate lines published (what publishing the statistic whole would give). */
const whole = (rep: Reported | undefined): Reported | undefined =>
  rep && { tables: rep.tables.map((t) => ({ rates: t.rates.map((x) => ({ cells: x.cells.map((c) => ({ ...c, hidden: false })) })) })) };

describe('2. a 0/1 variable’s mean (SD) in one cell (c3b2cb1: refused)', () => {
  it('read, hidden with the count; a mean (SD) that is no 0/1 variable’s still refused', () => {
    const text = '群\t患者数\t死亡数\t平均 (SD)\nA群\t120\t4\t0.03 (0.18)\nB群\t150\t25\t0.17 (0.37)\nC群\t90\t30\t0.33 (0.47)\n';
    const r = result(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.warnings.find((w) => w.code === 'layout/interval')!.message).toMatch(/0\/1 の変数の平均.*チェッカーの判断/);
    const cells = reported(r)!.tables[0]!.rates.flatMap((x) => x.cells);
    expect(cells.find((c) => c.row === 'A群')!.hidden).toBe(true);
    expect(cells.find((c) => c.row === 'B群')!.hidden).toBe(false);
    // An SD far from √(p(1 − p)): no 0/1 variable's, refused as a statistic.
    expect(result(text.replace('0.03 (0.18)', '0.03 (0.90)')).ok).toBe(false);
    // With no count line the mean gives N × mean back unhidden: refused as before.
    expect(result('群\t患者数\t平均 (SD)\nA群\t120\t0.03 (0.18)\nB群\t150\t0.17 (0.37)\n').ok).toBe(false);
  });
  it('random (binaryCellCases seeds 1921–1922, 100 tables): all read, none given back; published whole 78 leak', () => {
    let read = 0;
    let wholeLeaks = 0;
    for (const seed of [1921, 1922])
      for (const c of binaryCellCases(50, seed)) {
        const r = result(c.text);
        expect(r.ok, c.text).toBe(true);
        if (r.ok) read++;
        expect(binaryCellAttack(c, r, reported(r)), c.text).toEqual([]);
        if (binaryCellAttack(c, r, whole(reported(r))).length > 0) wholeLeaks++;
      }
    expect(read).toBe(100);
    expect(wholeLeaks).toBe(78);
  });
});

describe('3. means and extremes in one table (c3b2cb1: the extreme refused)', () => {
  it('「平均」 and 「最多」 with a 合計 row, and a whole mean beside 「最大」: both read, hidden with the row’s counts', () => {
    const r = result(
      '施設,2020年,2021年,2022年,2023年,平均,最多\nA病院,45,3,50,20,29.5,50\nB病院,40,30,12,22,26.0,40\nC病院,12,35,33,30,27.5,35\n合計,97,68,95,72,83.0,125\n',
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const cells = reported(r)!.tables[0]!.rates.flatMap((x) => x.cells);
    expect(cells.filter((c) => c.row === 'A病院').map((c) => [c.col, c.hidden])).toEqual([
      ['平均', true],
      ['最多', true],
    ]);
    expect(cells.filter((c) => c.row === 'C病院').every((c) => !c.hidden)).toBe(true);
    const max = result('施設,2020年,2021年,2022年,平均,最大\nA病院,44,17,29,30,44\nB病院,27,31,8,22,31\nC病院,12,1,30,14,30\n');
    expect(max.ok).toBe(true);
    expect(
      reported(max)!
        .tables[0]!.rates.flatMap((x) => x.cells)
        .filter((c) => c.hidden).length,
    ).toBe(4);
    // 「最大」 alone that is no extreme of the lines (above them): still refused as an interval's upper limit.
    const limit = result('施設,2020年,2021年,2022年,最大\nA病院,44,17,29,50\nB病院,27,31,8,35\nC病院,12,1,30,33\n');
    expect(limit.ok).toBe(false);
  });
  it('random (meanExtremeCases seed 1923, 50 tables): 49 read, none given back; published whole 45 leak', () => {
    let read = 0;
    let wholeLeaks = 0;
    for (const c of meanExtremeCases(50, 1923)) {
      const r = result(c.text);
      if (!r.ok) continue;
      read++;
      expect(meanExtremeAttack(c, r, reported(r)), c.text).toEqual([]);
      if (meanExtremeAttack(c, r, whole(reported(r))).length > 0) wholeLeaks++;
    }
    expect(read).toBe(49);
    expect(wholeLeaks).toBe(45);
  });
});

describe('4. 「中央」「GM」 read as a median by chance: measured, no leak by the oracle', () => {
  it('a 中央 that is part of a sum of lines (南部 = 北部 + 中央): read as counts (c3b2cb1: a median, its 0 pinned)', () => {
    const text = '区分,北部,南部,東部,中央,西部\nA群,0,0,0,0,3\nB群,1,2,1,1,3\n合計,1,2,1,1,6\n';
    const r = result(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.warnings.some((w) => w.code === 'layout/extreme')).toBe(false);
    expect(chanceCentreAttack(highs, text, r, reported(r))).toEqual([]);
  });
  it('chance (centreChance seed 1671, 1,000 tables): 4 read with a line as a median, none leaks by the oracle', () => {
    let statRead = 0;
    for (const c of centreChance(1000, 1671)) {
      const r = result(c.text);
      if (!r.ok || !r.warnings.some((w) => w.code === 'layout/extreme')) continue;
      statRead++;
      expect(chanceCentreAttack(highs, c.text, r, reported(r)), c.text).toEqual([]);
    }
    expect(statRead).toBe(4);
  }, 300_000);
});
