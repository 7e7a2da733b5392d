/**
 * means48 (issue #11): means as denominators in disguise, open sub-classes (means48-families.ts, seeds 2621–2630).
 * 「平均 (SD)」 cells (「62.1 (10.2)」「62.1 ± 10.2」) under a mean of something else: 382295c refused them
 * (`header/statistic`); now read by the mean part (the SD bounds nothing of the counts: our reading) and protected as a
 * plain weighted mean (means39/46/47). sdCases seed 2622 (100): 382295c 100 refused; now 100 read, 0 given back to
 * means46's `weightAttack` (every set of lines as the weights, PAIRS=1).
 * A sum and its mean in two tables (表1 患者数・延べ入院日数, 表2 死亡・平均入院日数 by the same sites): 382295c published
 * 表2's means beside 表1's hidden 患者数 (sum ÷ mean gave it back); now read.ts `sumElsewhere` ties them by the same
 * labels (チェッカーの判断) and the mean is hidden with them. twoCases seed 2623 (100): 382295c 64 given back to
 * `mipAttack`, 36 refused (`header/statistic`, a 合計 mean weighted by another table's 患者数); now 0, 64 held, 36.
 * 6–8 lines of counts: read.ts `tableWeighted` tries every set of up to 8 lines (means47: 5, then pairs), rows a set's
 * halves imply pruned; check.ts bounds each weighed count by its stated N (`nBounds`). freeCases seed 2625 (100, lines
 * apart): 382295c 29 given back, now 0; manyCases seed 2624 (100, 患者数 read as N over its parts): 7 → 0.
 */
import { describe, expect, it } from 'vitest';
import { toReport } from '../../src/pubcheck/report.ts';
import { fixtureBundle, solver } from './helpers.ts';
import { adversary } from './protection.ts';
import { weightAttack } from './means46-families.ts';
import { freeCases, manyCases, mipAttack, sdCases, twoCases } from './means48-families.ts';
import type { Checked, Reported } from './stats39-families.ts';

const highs = await solver();
const bundle = fixtureBundle();
const { result } = adversary(highs, bundle);
const reported = (r: ReturnType<typeof result>): Reported | undefined =>
  r.ok ? (toReport(r, bundle, new Date('2026-12-05T00:00:00Z')) as unknown as Reported) : undefined;
const hiddenMeans = (r: ReturnType<typeof result>) =>
  (reported(r)?.tables[0]?.rates ?? []).flatMap((x) => x.cells.filter((c) => c.hidden).map((c) => `${c.row}|${c.col}`));

describe('「平均 (SD)」 cells read by the mean part', () => {
  it('平均年齢 「62.1 (10.2)」 beside a hidden 死亡: read, the 合計’s mean protected as a plain mean (382295c: header/statistic)', () => {
    // means50: B群's 患者数 14 (was 4: an N under the threshold read from a line of 患者数 is refused now, count/sizes-small).
    const text =
      '# 表1\n\t患者数\t死亡\t平均年齢\nA群\t35\t3\t62.1 (10.2)\nB群\t14\t1\t58.3 (8.1)\nC群\t40\t12\t65.0 (9.9)\n合計\t89\t16\t62.8 (9.8)\n';
    const plain = text.replace(/ \([\d.]+\)/g, '');
    const r = result(text);
    const p = result(plain);
    expect(r.ok).toBe(true);
    expect(p.ok).toBe(true);
    // As the same table with the means alone.
    expect(hiddenMeans(r)).toEqual(hiddenMeans(p));
    const said = r.warnings.find((w) => w.code === 'layout/mean')?.message ?? '';
    expect(said).toContain('標準偏差');
    expect(said).toContain('チェッカーの判断');
    // 「m ± SD」 under 「平均年齢 ± SD」 alike; a range 「62 (40–80)」 still refused.
    expect(result(text.replace('平均年齢', '平均年齢 ± SD').replace(/ \(([\d.]+)\)/g, ' ± $1')).ok).toBe(true);
    expect(result(text.replace('62.1 (10.2)', '62.1 (40-80)')).ok).toBe(false);
  });

  // means50: the 13 refused are those whose 患者数 (read as each group's N) is under the threshold (count/sizes-small; the
  // N was published, base d581442: 0 refused). means52: read again, the N kept as a count and hidden: 0 refused.
  it('sdCases (seed 2622, first 20): none refused, none given back to every set of lines as the weights', () => {
    let [refused, leaked] = [0, 0];
    process.env.PAIRS = '1';
    try {
      for (const c of sdCases(20, 2622)) {
        const r = result(c.text);
        if (!r.ok) {
          refused++;
          continue;
        }
        const leaks = weightAttack(c, r as unknown as Checked, reported(r));
        if (leaks.length > 0 && leaks[0] !== 'unknown') leaked++;
      }
    } finally {
      delete process.env.PAIRS;
    }
    expect([refused, leaked]).toEqual([0, 0]);
  }, 300_000);
});

describe('a sum and its mean in two tables of the same labels', () => {
  const text =
    '# 表1\n\t患者数\t延べ入院日数\nA病院\t4\t74\nB病院\t10\t97\nC病院\t64\t877\nD病院\t35\t515\nE病院\t25\t354\n\n' +
    '# 表2\n\t死亡\t平均入院日数\nA病院\t3\t18.5\nB病院\t2\t9.7\nC病院\t9\t13.7\nD病院\t5\t14.7\nE病院\t8\t14.2\n';

  it('表2’s 平均入院日数 hidden where 表1’s 患者数 is (382295c: published, 74 ÷ 18.5 = 4)', () => {
    const r = result(text);
    expect(r.ok).toBe(true);
    const rates = reported(r)!.tables[1]!.rates.flatMap((x) => x.cells);
    expect(rates.find((c) => c.row === 'A病院')?.hidden).toBe(true);
    expect(r.warnings.some((w) => w.code === 'layout/mean' && w.message.includes('表1の和'))).toBe(true);
  });

  it('twoCases (seed 2623, first 25): none given back to the attacker', () => {
    let leaked = 0;
    for (const c of twoCases(25, 2623)) {
      const r = result(c.text);
      if (r.ok && mipAttack(c, r as unknown as Checked, reported(r), highs).length > 0) leaked++;
    }
    expect(leaked).toBe(0);
  }, 300_000);
});

describe('a 合計’s mean over 6–8 lines of counts', () => {
  const tally = (cases: ReturnType<typeof freeCases>) => {
    let leaked = 0;
    for (const c of cases) {
      const r = result(c.text);
      if (r.ok && mipAttack(c, r as unknown as Checked, reported(r), highs).length > 0) leaked++;
    }
    return leaked;
  };
  // 382295c: 9 of the first 20 (sets of 3 or more of 6–8 lines the 合計's mean fits by chance).
  it('freeCases (seed 2625, first 20), lines apart: none given back to every set of lines as the weights', () => {
    expect(tally(freeCases(20, 2625))).toBe(0);
  }, 300_000);
  // 382295c: table 84 gave 「A群 合併症」 3 back as ≤ 7 (a set's rows with 合併症 ≤ 患者数 45, the row's N).
  it('manyCases (seed 2624, table 84), parts under 患者数 read as N: the N bounds the parts beside the mean', () => {
    expect(tally(manyCases(84, 2624).slice(83))).toBe(0);
  }, 300_000);
});
