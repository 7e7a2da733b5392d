/**
 * A rate's interval whose limits are labelled by their percentiles (issue #11, branch pctl9; README 「Outcome
 * tables」): 「2.5%」「97.5%」, 「2.5th percentile」「97.5th percentile」, 「2.5th」「97.5th」, 「2.5%ile」, 「5%点」「95%点」,
 * 「2.5パーセンタイル」, 「P2.5」「P97.5」, 「Q2.5」「Q97.5」 (Bayesian outputs, bootstrap intervals), just after or just
 * before the rate. Main refused them as percentages with no % in their cells (「2.5%」), or read them as counts
 * (「P0.5」「5th」「2.5パーセンタイル」) and published them beside the hidden count they bound (an exact Poisson limit
 * gives the count back; an upper one bounds it). Now a pair p and 100 − p side by side by a rate lying between the
 * two on every row is joined into the rate's cells and hidden with it, said as our reading (rates.ts
 * `joinIntervals`, `percentileOf`); a lone percentile by a rate, or a pair the rate falls outside of, is refused in
 * words (`header/statistic`). A share column 「%」 (of n) is no percentile: count tables with shares read as before.
 *
 * Attacked by rates7-families.ts `attackRates7` (every number of the rate's and the limits' lines published, times
 * its person-years over the true unit) and, for the counts, by the oracle (protection.ts `expectProtected`).
 * Measured on main (e1f1d65) with `npx node test/pubcheck/rates7-measure.ts '<forms>' 200 471 <main's src>`.
 */
import { describe, expect, it } from 'vitest';
import { toReport } from '../../src/pubcheck/report.ts';
import { fixtureBundle, lcg, solver } from './helpers.ts';
import { adversary, expectProtected, outcomeAttacked } from './protection.ts';
import { attackAll, rates7Tables } from './rates7-families.ts';
import { htmlLines, problems, sentences, textLines } from './words.ts';

const highs = await solver();
const bundle = fixtureBundle();
const { result } = adversary(highs, bundle);

/** 「PLO」「PHI」: the limits' percentiles at the table's level (0.05/99.95, 0.5/99.5, 2.5/97.5, 5/95); 「FLO」「FHI」 as fractions. */
const PAIRS = [
  'PLO%|PHI%',
  'PLOth percentile|PHIth percentile',
  'PLOth|PHIth',
  'PLO%点|PHI%点',
  'PPLO|PPHI',
  'QPLO|QPHI',
  'PLOパーセンタイル|PHIパーセンタイル',
  'PLO%ile|PHI%ile',
].map((p) => `pair:${p}`);
const BEFORE = ['PLO%|PHI%', 'PPLO|PPHI', 'PLOth percentile|PHIth percentile'].map((p) => `before:${p}`);

const MORE = [
  'pair:FLOquant|FHIquant',
  'pair:LV% CrI PLO%|LV% CrI PHI%',
  'pair:下限（PLO%）|上限（PHI%）',
  'pair:Lower (PLO%)|Upper (PHI%)',
  'pair:PLO percentile|PHI percentile',
  'pair:PLO% quantile|PHI% quantile',
  'pair:LV%信用区間 PLO%点|LV%信用区間 PHI%点',
  'pair:quantile FLO|quantile FHI',
  'before:下限（PLO%）|上限（PHI%）',
  'before:FLOquant|FHIquant',
];

describe('1. percentile limits by their rate', () => {
  /**
   * Main (e1f1d65): 188 of 200 refused (percentages with no %, statistics), 13 hidden counts of 1–9 shown under 10
   * by limits read as counts (「5th」「95th」, 「0.05パーセンタイル」, 「P0.05」「P99.95」, 「Q0.5」「Q99.5」) and published.
   */
  it('random: 200 tables, 11 forms of percentile labels after or before the rate: none refused, none shown (main: 188 refused, 13 shown)', () => {
    expect(attackAll(rates7Tables([...PAIRS, ...BEFORE], 200, 471), result)).toEqual({ refused: 0, leaked: 0, held: 272 });
  });
  /**
   * Main (e1f1d65): 188 of 200 refused, 8 hidden counts shown under 10 by limits read as counts (INLA's
   * 「0.0005quant」「0.9995quant」 before the rate, 「quantile 0.025」). Now the label's dress is taken off (an interval's
   * name and level, a limit's word: 「95% CrI 2.5%」「下限（2.5%）」) and fractions are read (「0.025quant」).
   */
  it('random: 200 tables, 10 more forms (「0.025quant」, 「95% CrI 2.5%」, 「下限（2.5%）」, 「Lower (2.5%)」, 「2.5 percentile」…): none refused, none shown (main: 188 refused, 8 shown)', () => {
    expect(attackAll(rates7Tables(MORE, 200, 475), result)).toEqual({ refused: 0, leaked: 0, held: 287 });
  });
  it('the oracle: the counts of 30 of these tables hold under the threshold (the limits hidden with their rate)', () => {
    let checked = 0;
    for (const t of rates7Tables([...PAIRS, ...BEFORE, ...MORE], 30, 472)) {
      const r = result(t.text);
      expect(r.ok).toBe(true);
      if (r.ok) {
        expectProtected(highs, r, outcomeAttacked(r, t.text));
        checked++;
      }
    }
    expect(checked).toBe(30);
  });
  it('the reading is said as ours, and the limits are hidden with their rate (「2.5%」「97.5%」 and rows 「P2.5」「P97.5」)', () => {
    const cols =
      '\t患者数\tイベント数\t人年\t発現率（/1,000人年）\t2.5%\t97.5%\nA群\t300\t3\t250.0\t12.0\t2.5\t35.1\nB群\t500\t40\t800.0\t50.0\t35.7\t68.1\n';
    const rows =
      '\tA群\tB群\n患者数\t300\t500\nイベント数\t3\t40\n人年\t250.0\t800.0\n発現率（/1,000人年）\t12.0\t50.0\nP2.5\t2.5\t35.7\nP97.5\t35.1\t68.1\n';
    for (const text of [cols, rows]) {
      const r = result(text);
      expect(r.ok).toBe(true);
      const w = r.warnings.find((x) => x.code === 'layout/interval');
      expect(w?.message).toContain('パーセンタイル点の下限・上限）と読み');
      expect(w?.message).toContain('チェッカーの判断');
      const report = toReport(r, bundle, new Date('2026-12-04T01:00:00Z'));
      const cells = report.tables[0]!.rates[0]!.cells;
      expect(cells.map((c) => [c.text, c.hidden])).toEqual([
        ['12.0 (2.5-35.1)', true],
        ['50.0 (35.7-68.1)', false],
      ]);
    }
  });
  it('a rate printed with fewer decimals than its limits lies between them within its rounding (「4」 of 4.4, limits 4.3 and 9.1)', () => {
    const r = result(
      '\t患者数\tイベント数\t人年\t発現率（/1,000人年）\tQ2.5\tQ97.5\nA群\t300\t3\t680.0\t4\t4.3\t9.1\nB群\t500\t40\t800.0\t50\t35.7\t68.1\n',
    );
    expect(r.warnings.map((w) => w.code)).toContain('layout/interval');
  });
});

describe('2. not an interval of the rate: refused in words', () => {
  const refusal = (text: string) => {
    const r = result(text);
    expect(r.ok).toBe(false);
    return r.ok ? [] : r.errors.filter((e) => e.code === 'header/statistic' && e.message.includes('パーセンタイル点）のようですが'));
  };
  // Since rates8 a lone percentile's line by its rate, the rate on its side on every row, is joined into the rate as a
  // lone 「95% CI upper」 is (「12.0 (上限 35.1)」) and hidden with it; these two asserted its refusal before.
  it('a lone 「97.5%」 or 「P97.5」 after a rate (main: refused as a percentage or a number not whole, with no word of an interval): joined into the rate since rates8; refused where the rate lies above it on a row', () => {
    for (const label of ['97.5%', 'P97.5', '97.5th percentile', '95%点']) {
      const joined = result(
        `\t患者数\tイベント数\t人年\t発現率（/1,000人年）\t${label}\nA群\t300\t3\t250.0\t12.0\t35.1\nB群\t500\t40\t800.0\t50.0\t68.1\n`,
      );
      expect(joined.ok).toBe(true);
      if (joined.ok) {
        const cells = toReport(joined, bundle, new Date('2026-12-04T01:00:00Z')).tables[0]!.rates[0]!.cells;
        expect(cells.map((c) => [c.text, c.hidden])).toEqual([
          ['12.0 (上限 35.1)', true],
          ['50.0 (上限 68.1)', false],
        ]);
      }
      expect(
        refusal(
          `\t患者数\tイベント数\t人年\t発現率（/1,000人年）\t${label}\nA群\t300\t3\t250.0\t12.0\t35.1\nB群\t500\t40\t800.0\t50.0\t48.1\n`,
        ),
      ).toHaveLength(1);
    }
  });
  it('a lone 「P97.5」 of whole numbers (main: read as counts and 351 published beside the hidden 3 it bounds: 351 × 2,500 ÷ 100,000 < 9): hidden with its rate since rates8, refused where it is not by its rate', () => {
    const r = result(
      '\t患者数\tイベント数\t人年\t発現率（/100,000人年）\tP97.5\nA群\t300\t3\t2500.0\t120\t351\nB群\t500\t40\t8000.0\t500\t681\n',
    );
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.tables[0]!.table.cols.map((h) => h.label)).toEqual(['イベント数']);
    expect(
      refusal('\t患者数\tイベント数\t人年\t発現率（/100,000人年）\tP97.5\nA群\t300\t3\t2500.0\t120\t351\nB群\t500\t40\t8000.0\t500\t481\n'),
    ).toHaveLength(1);
  });
  it('a pair the rate falls outside of on one row, or 2.5 with 95 (not p and 100 − p)', () => {
    expect(
      refusal(
        '\t患者数\tイベント数\t人年\t発現率（/1,000人年）\t2.5%\t97.5%\nA群\t300\t3\t250.0\t12.0\t13.5\t35.1\nB群\t500\t40\t800.0\t50.0\t35.7\t68.1\n',
      ),
    ).toHaveLength(2);
    expect(
      refusal(
        '\t患者数\tイベント数\t人年\t発現率（/1,000人年）\tP2.5\tP95\nA群\t300\t3\t250.0\t12.0\t2.5\t35.1\nB群\t500\t40\t800.0\t50.0\t35.7\t68.1\n',
      ),
    ).toHaveLength(2);
  });
});

describe('3. chance: shares and categories are no percentiles', () => {
  /**
   * Count tables with shares beside their counts (「n」「%」, 「%」 in the cells or not) and a rate column in half: the
   * share 「%」 is no percentile, none read as an interval or refused as one. Measured on main (e1f1d65) alike.
   */
  it('200 random count tables 「n」「%」 (a rate in half): none joined, none refused as a percentile', () => {
    const random = lcg(473);
    const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
    let joined = 0;
    let pctl = 0;
    for (let k = 0; k < 200; k++) {
      const groups = ['A群', 'B群', 'C群'].slice(0, int(2, 3));
      const sign = random() < 0.5 ? '%' : '';
      const rate = random() < 0.5;
      const head = ['', 'N', 'n', '%', ...(rate ? ['人年', '発現率（/1,000人年）'] : [])];
      const rows = groups.map((g) => {
        const [N, n, py] = [int(100, 900), int(0, 60), int(300, 3000)];
        return [g, N, n, `${((100 * n) / N).toFixed(1)}${sign}`, ...(rate ? [`${py}.0`, ((1000 * n) / py).toFixed(1)] : [])];
      });
      const r = result([head, ...rows].map((x) => x.join('\t')).join('\n') + '\n');
      joined += r.warnings.some((w) => w.code === 'layout/interval') ? 1 : 0;
      pctl += !r.ok && r.errors.some((e) => e.message.includes('パーセンタイル')) ? 1 : 0;
    }
    expect({ joined, pctl }).toEqual({ joined: 0, pctl: 0 });
  });
  it('quarters 「Q1」…「Q4」 and ranks after a rate are no percentiles (not refused as one)', () => {
    const r = result(
      '\t患者数\tイベント数\t人年\t発現率（/1,000人年）\tQ1\tQ2\tQ3\tQ4\nA群\t300\t30\t250.0\t120.0\t5\t8\t9\t8\nB群\t500\t40\t800.0\t50.0\t10\t10\t10\t10\n',
    );
    expect(r.ok ? [] : r.errors.filter((e) => e.message.includes('パーセンタイル'))).toEqual([]);
  });
});

describe('4. words', () => {
  it('no sentence of these readings and refusals breaks the report’s rules (words.ts)', () => {
    const bad: string[] = [];
    const lone =
      '\t患者数\tイベント数\t人年\t発現率（/1,000人年）\t97.5%\nA群\t300\t3\t250.0\t12.0\t35.1\nB群\t500\t40\t800.0\t50.0\t68.1\n';
    for (const t of [lone, ...rates7Tables([...PAIRS, ...BEFORE, ...MORE], 20, 474).map((x) => x.text)]) {
      const r = toReport(result(t), bundle, new Date('2026-12-04T01:00:00Z'));
      for (const x of [...sentences(r), ...textLines(r), ...htmlLines(r)])
        for (const p of problems(x.text)) bad.push(`${p} | ${x.text.slice(0, 120)}`);
    }
    expect(bad).toEqual([]);
  });
});
