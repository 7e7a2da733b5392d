/**
 * A rate's interval in layouts rates8 left refused with words that did not say why (issue #11, branch rates10; README
 * 「Outcome tables」 and Limits):
 * 1. *The median first* (「中央値」「2.5%」「97.5%」, 「0.5quant」「0.025quant」「0.975quant」 just after the rate, or before
 *    it): read as the rate's interval and median where the rate and the median lie between the limits on every row —
 *    joined as 「12.0 (2.5-35.1; 中央値 11.4)」 and hidden with the rate, as rates8 reads the median between. Main refused
 *    it as limits by no rate (「すぐ前後に率や割合の列がなく」) or read the limits as counts.
 * 2. *A standard deviation beside the limits* (「2.5%」「SD」「97.5%」, 「SD」「95%CI下限」「95%CI上限」, INLA's 「mean」
 *    「sd」「0.025quant」…): refused in words naming the SD (a rate's SD, √count × unit ÷ person-time, is a function of
 *    the count as the limits are). Main refused it with no word of the SD.
 * 3. *A rate per person-week with no unit written* over 人年: still not read (rates7: trying weeks reads more rates by
 *    chance), now refused saying the units tried and, where the numbers fit per person-week, so, with the label to write.
 *
 * Attacked by rates7-families.ts `attackRates7` (each published number of the rate's and interval's lines inverted
 * over the true unit) and the oracle. Measured on main (c9d7a3c's src/ exported) by the same calls.
 */
import { describe, expect, it } from 'vitest';
import { toReport } from '../../src/pubcheck/report.ts';
import { fixtureBundle, solver } from './helpers.ts';
import { adversary, expectProtected, expectRatesHidden, outcomeAttacked } from './protection.ts';
import { medianFirst, withSd } from './rates10-families.ts';
import { attackRates7, rates7Tables, type Rates7Table } from './rates7-families.ts';
import { rates8Tables } from './rates8-families.ts';
import { htmlLines, problems, sentences, textLines } from './words.ts';

const highs = await solver();
const bundle = fixtureBundle();
const { result } = adversary(highs, bundle);

const TRIPLES = [
  'triple:PLO%|50%|PHI%',
  'triple:PPLO|P50|PPHI',
  'triple:PLOth percentile|50th percentile|PHIth percentile',
  'triple:FLOquant|0.5quant|FHIquant',
  'triple:PLO%|中央値|PHI%',
  'triple:PLO%|Median|PHI%',
  'triple-before:PLO%|50%|PHI%',
  'triple-before:FLOquant|0.5quant|FHIquant',
];
const PAIRS = ['pair:LV%CI下限|LV%CI上限', 'pair:下限|上限', 'pair:PLO%|PHI%', 'pair:Lower LV% CI|Upper LV% CI'];

function measure(tables: readonly Rates7Table[], precise?: RegExp) {
  const o = { refused: 0, leaked: 0, held: 0, precise: 0 };
  for (const t of tables) {
    const r = result(t.text);
    const a = attackRates7(t, r);
    o.refused += a.refused ? 1 : 0;
    o.leaked += a.leaked;
    o.held += a.held;
    if (precise && !r.ok && r.errors.every((e) => precise.test(e.message))) o.precise++;
  }
  return o;
}
const sdTables = () => rates7Tables(PAIRS, 200, 745).map((t, i) => withSd(t, i % 2 ? 'before' : 'between'));

describe('the median first (rates10)', () => {
  it('「発現率」「中央値」「2.5%」「97.5%」: joined into the rate and hidden with it, said as ours', () => {
    const text =
      '群\t患者数\tイベント数\t人年\t発現率（/1,000人年）\t中央値\t2.5%\t97.5%\nA群\t120\t3\t250.0\t12.0\t10.7\t2.5\t35.1\nB群\t150\t25\t300.0\t83.3\t82.2\t53.9\t123.0\n';
    const r = result(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const w = r.warnings.find((x) => x.code === 'layout/interval')!;
    expect(w.message).toContain('中央値、p、100 − p');
    expect(w.message).toContain('チェッカーの判断');
    expect(r.tables[0]!.table.rates![0]!.cells[0]!.text).toBe('12.0 (2.5-35.1; 中央値 10.7)');
    expect(expectRatesHidden(r, bundle)).toBe(1);
  });
  it('a median first that the rate does not lie about (12.0 above 97.5% somewhere) stays refused', () => {
    const text =
      '群\t患者数\tイベント数\t人年\t発現率（/1,000人年）\t中央値\t2.5%\t97.5%\nA群\t120\t3\t250.0\t12.0\t10.7\t2.5\t11.1\nB群\t150\t25\t300.0\t83.3\t82.2\t53.9\t123.0\n';
    expect(result(text).ok).toBe(false);
  });
  it('200 tables of eight forms (seed 744): main refused 196 and showed 3 hidden counts under 10; now none refused or shown', () => {
    expect(measure(rates8Tables(TRIPLES, 200, 744).map(medianFirst))).toEqual({ refused: 0, leaked: 0, held: 276, precise: 0 });
  });
  it('the oracle: the counts of 30 such tables hold under the threshold, their rates hidden with them', () => {
    for (const t of rates8Tables(TRIPLES, 30, 747).map(medianFirst)) {
      const r = result(t.text);
      expect(r.ok, t.text).toBe(true);
      if (!r.ok) continue;
      expectProtected(highs, r, outcomeAttacked(r, t.text));
      expectRatesHidden(r, bundle);
    }
  });
});

describe('a standard deviation beside the limits (rates10)', () => {
  it("「2.5%」「SD」「97.5%」 and INLA's 「mean」「sd」「0.025quant」…: refused naming the SD", () => {
    for (const text of [
      '群\t患者数\tイベント数\t人年\t発現率（/1,000人年）\t2.5%\tSD\t97.5%\nA群\t120\t3\t250.0\t12.0\t2.5\t6.9\t35.1\nB群\t150\t25\t300.0\t83.3\t53.9\t16.7\t123.0\n',
      '群\t患者数\tイベント数\t人年\tmean\tsd\t0.025quant\t0.5quant\t0.975quant\nA群\t120\t3\t250.0\t12.0\t6.9\t2.5\t10.7\t35.1\nB群\t150\t25\t300.0\t83.3\t16.7\t53.9\t82.2\t123.0\n',
    ]) {
      const r = result(text);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.errors[0]!.message).toMatch(/は区間の限界（列「[^」]+」）の隣にある標準偏差（標準誤差）のようで/);
    }
  });
  it('200 tables (seed 745), the SD between or before the limits: all refused naming the SD (main: 200 refused, none naming it)', () => {
    expect(measure(sdTables(), /標準偏差/)).toEqual({ refused: 200, leaked: 0, held: 0, precise: 200 });
  });
});

describe('a rate per person-week with no unit written (rates10)', () => {
  it('says the units tried and that it fits per person-week, with the label to write', () => {
    const r = result('群\t患者数\tイベント数\t人年\t発現率\nA群\t120\t3\t250.0\t0.23\nB群\t150\t25\t300.0\t1.60\n');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors[0]!.message).toContain('人年・人月・人日あたりの単位（1,000、100、10,000 など）を試しました');
    expect(r.errors[0]!.message).toContain('人週あたりの率と読めば「イベント数」に丸めの範囲で合います');
    expect(r.errors[0]!.message).toContain('「発現率（/1,000人週）」');
  });
  it('200 tables (seed 746): 185 refused as on main, 160 now saying 人週 (main 0), none leaked', () => {
    expect(measure(rates7Tables(['time:人週'], 200, 746), /人週/)).toEqual({ refused: 185, leaked: 0, held: 26, precise: 160 });
  });
});

it('no sentence of these readings and refusals breaks the report’s rules (words.ts)', () => {
  const bad: string[] = [];
  for (const t of [
    ...rates8Tables(TRIPLES, 20, 748).map(medianFirst),
    ...sdTables().slice(0, 20),
    ...rates7Tables(['time:人週'], 20, 749),
  ]) {
    const r = toReport(result(t.text), bundle, new Date('2026-12-04T01:00:00Z'));
    for (const x of [...sentences(r), ...textLines(r), ...htmlLines(r)])
      for (const p of problems(x.text)) bad.push(`${p} | ${x.text.slice(0, 120)}`);
  }
  expect(bad).toEqual([]);
});
