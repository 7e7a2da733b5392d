/**
 * Rates and their intervals against an attacker who tries every unit and every name (issue #11, branch rates7; README
 * 「Outcome tables」):
 *
 * 1. Units: a rate whose unit is only in the title or the corner, mislabelled (「/10,000人年」 over rates per 1,000),
 *    per person-months, -weeks or -days over 人年 with no unit written, or printing 0 in most rows — measured on main
 *    and now alike (no rate of a hidden count published that shows it under 10: read and hidden with it, or refused).
 * 2. Interval limits in more words: 「C.I. lower」「CI_low」「lower_ci」「LB」「UB」「95%CI-L」「信頼区間（下限）」
 *    「下側信頼限界」「90% CrI lower」「99.9%信用区間上限」「95% confidence limit, upper」… and lines 「95% CrI」「信用区間」
 *    「credible interval」「99% 信頼限界」「90% confidence limits」 were refused as percentages or statistics with no word of
 *    an interval, or read as lines of counts and published beside the hidden count they bound (an exact Poisson limit
 *    gives the count back; an upper one bounds it). Now joined into the rate's cells after which they stand and hidden
 *    with it (rates.ts `limitOf`, `CI_NAME`). Limits just before their rate (a rate line within them everywhere):
 *    joined where named, refused in words where bare (main read bare ones as counts). A limit 「NE」: taken with its
 *    rate. An interval in a column with no rate before it: refused as an interval (cell.ts).
 * 3. A count the checker computes from a rate and its base is named as ours: 「率から求めた件数（チェッカーの推定）」 in
 *    the report (text, HTML) and the JSON (`rates[].cells[].note`), and in the messages that print one.
 *
 * Attacked by rates7-families.ts `attackRates7` (every number of the rate's and the limits' lines published, times its
 * person-years over the true unit) and, for the counts, by the oracle (protection.ts `expectProtected` on `outcomeAttacked`: the cells the checker read, the rates set aside).
 */
import { describe, expect, it } from 'vitest';
import { renderReport, renderText, toReport } from '../../src/pubcheck/report.ts';
import { fixtureBundle, lcg, solver } from './helpers.ts';
import { adversary, expectProtected, outcomeAttacked } from './protection.ts';
import { attackAll, rates7Tables } from './rates7-families.ts';
import { htmlLines, problems, sentences, textLines } from './words.ts';

const highs = await solver();
const bundle = fixtureBundle();
const { result, run } = adversary(highs, bundle);

const PAIRS = [
  '下限|上限',
  'Lower|Upper',
  'LCL|UCL',
  'LV% CI lower|LV% CI upper',
  'LV%CI下限|LV%CI上限',
  'LV%信頼区間下限|LV%信頼区間上限',
  '信頼区間（下限）|信頼区間（上限）',
  'Lower LV% CI|Upper LV% CI',
  'LV% CrI lower|LV% CrI upper',
  'LV%信用区間下限|LV%信用区間上限',
  'Lower limit|Upper limit',
  'LL|UL',
  'LB|UB',
  '下限値|上限値',
  'CI lower|CI upper',
  'C.I. lower|C.I. upper',
  'Lower bound|Upper bound',
  'LV% credible interval (lower)|LV% credible interval (upper)',
  'LV% confidence limit, lower|LV% confidence limit, upper',
  '95%CI-L|95%CI-U',
  'CI_low|CI_high',
  'lower_ci|upper_ci',
  'LCI|UCI',
  '下側信頼限界|上側信頼限界',
].map((p) => `pair:${p}`);
const LINES = [
  'LV% CI',
  'C.I.',
  'LV% C.I.',
  'LV% CrI',
  'LV%信用区間',
  '信用区間',
  'LV% credible interval',
  'Confidence interval (LV%)',
  'LV% confidence limits',
  'LV% 信頼限界',
].map((p) => `one:${p}`);
const BEFORE = [
  '下限|上限',
  'Lower|Upper',
  'LB|UB',
  'LL|UL',
  '下限値|上限値',
  'Lower limit|Upper limit',
  'LCL|UCL',
  'LV% CI lower|LV% CI upper',
  'LV%CI下限|LV%CI上限',
  'C.I. lower|C.I. upper',
].map((p) => `before:${p}`);
const UNITS = ['time:人月', 'time:人週', 'time:人日', 'zero', 'title', 'corner', 'mislabel'];

describe('1. units an attacker tries', () => {
  /**
   * Measured with rates7-measure.ts on main (67c08a3) and now: 140 tables, 47 refused, none leaked on both
   * (mislabelled all refused: their numbers fit no line under the unit written; per person-weeks over 人年 with no
   * unit written mostly refused: weeks are tried only where a label says 人週). A guard, not a change.
   */
  it('random: 140 tables (unit in the title or corner, mislabelled, per month/week/day over 人年, mostly 0): none shows a hidden count', () => {
    expect(attackAll(rates7Tables(UNITS, 140, 413), result)).toEqual({ refused: 47, leaked: 0, held: 119 });
  });
});

describe('2. interval limits in more words', () => {
  /** Main (67c08a3): 132 of 250 refused, 14 hidden counts of 1–9 shown under 10 by a limit published as a count. */
  it('random: 250 tables, 24 pairs of limit names at 90–99.9%: none refused, none shown (main: 132 refused, 14 shown)', () => {
    expect(attackAll(rates7Tables(PAIRS, 250, 411), result)).toEqual({ refused: 0, leaked: 0, held: 322 });
  });
  /** Main: 131 of 200 refused (「CrI」「信用区間」「credible interval」「信頼限界」「confidence limits」). */
  it('random: 200 tables, 10 names of an interval in one line: none refused, none shown (main: 131 refused)', () => {
    expect(attackAll(rates7Tables(LINES, 200, 412), result)).toEqual({ refused: 0, leaked: 0, held: 255 });
  });
  /**
   * Main (67c08a3): 99 of 120 refused, 14 hidden counts of 1–9 shown under 10 by a bare pair before its rate read as
   * counts. Now named pairs just before a rate lying within them are joined into it; bare ones (「下限」「LB」「Lower
   * limit」: they may name categories of counts) refused in words.
   */
  it('random: 120 tables, the limits just before their rate: none shown (main: 99 refused, 14 shown)', () => {
    expect(attackAll(rates7Tables(BEFORE, 120, 417), result)).toEqual({ refused: 75, leaked: 0, held: 49 });
  });
  it('the oracle: the counts of 30 of these tables hold under the threshold (the limits hidden with their rate)', () => {
    for (const t of rates7Tables([...PAIRS, ...LINES, ...BEFORE], 30, 414)) {
      const r = result(t.text);
      if (r.ok) expectProtected(highs, r, outcomeAttacked(r, t.text));
    }
  });
  it('a lone limit in the new words is refused in words where it is not by its rate, not read as counts (since rates8 joined just after its rate)', () => {
    const after =
      '\t患者数\tイベント数\t人年\t発現率（/100,000人年）\t95% CrI upper\nA群\t500\t40\t5000.0\t800\t1089\nB群\t300\t3\t2500.0\t120\t351\n';
    expect(result(after).warnings.map((w) => w.code)).toContain('layout/interval');
    const text =
      '\t患者数\t95% CrI upper\tイベント数\t人年\t発現率（/100,000人年）\nA群\t500\t1089\t40\t5000.0\t800\nB群\t300\t351\t3\t2500.0\t120\n';
    const r = result(text);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors.map((e) => e.code)).toEqual(['header/statistic']);
      expect(r.errors[0]!.message).toContain('信頼区間の上限のようですが');
    }
  });
  it('a limit not estimated (「NE」) beside the others: joined and hidden with its rate (main: refused — 「95% CI」 as a statistic, 「LCL」「UCL」 as no interval in order)', () => {
    const line =
      '\t患者数\tイベント数\t人年\t発現率（/1,000人年）\t95% CI\nA群\t300\t3\t250.0\t12.0\t2.5-35.1\nB群\t500\t40\t800.0\t50.0\t35.7-68.1\nC群\t400\t0\t600.0\t0.0\tNE\n';
    const pair =
      '\t患者数\tイベント数\t人年\t発現率（/1,000人年）\tLCL\tUCL\nA群\t300\t3\t250.0\t12.0\t2.5\t35.1\nB群\t500\t40\t800.0\t50.0\t35.7\t68.1\nC群\t400\t0\t600.0\t0.0\t0.0\tNE\n';
    for (const [text, zero] of [
      [line, '0.0 (NE)'],
      [pair, '0.0 (0.0-NE)'],
    ] as const) {
      const r = run(text);
      expect(r.warnings.map((w) => w.code)).toContain('layout/interval');
      const report = toReport(r, bundle, new Date('2026-12-04T01:00:00Z'));
      const cells = report.tables[0]!.rates[0]!.cells;
      expect(cells.map((c) => c.text)).toEqual(['12.0 (2.5-35.1)', '50.0 (35.7-68.1)', zero]);
      expect(cells[0]!.hidden).toBe(true);
    }
  });
  it('an interval in a column of its own where no rate stands before it (「95% CrI」 after 人年) is refused as an interval (main: 「文字」)', () => {
    const text =
      '\t曝露群\t\t\t非曝露群\t\t\n\tイベント数\t人年\t95% CrI\tイベント数\t人年\t95% CrI\n男性\t3\t250.0\t3.0-35.1\t40\t800.0\t35.7-68.1\n女性\t25\t600.0\t27.0-61.5\t30\t700.0\t28.9-61.2\n';
    const r = result(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.every((e) => e.code === 'cell/text' && e.message.includes('信頼区間のような範囲'))).toBe(true);
  });
  it('chance: 200 random count tables with categories 「LB」「UB」「Low」「High」「L」「U」 (no estimate before): none read as an interval', () => {
    const random = lcg(415);
    const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
    let refused = 0;
    let joined = 0;
    for (let k = 0; k < 200; k++) {
      const [lower, upper] = [
        ['LB', 'UB'],
        ['Low', 'High'],
        ['L', 'U'],
      ][int(0, 2)]!;
      const groups = ['A群', 'B群', 'C群'].slice(0, int(1, 3));
      const labels = ['Middle', lower!, upper!, 'Other'].slice(random() < 0.5 ? 0 : 1);
      const counts = labels.map(() => groups.map(() => int(0, 40)));
      const text = ['\t' + groups.join('\t'), ...labels.map((l, i) => [l, ...counts[i]!].join('\t'))].join('\n') + '\n';
      const r = result(text);
      // attack26's total/rest (a line at least the others' sum, over it by less than the threshold) is no reading
      // of an interval: one table of the 200 (Middle 28 | 21 over 26 | 21) is so refused by chance.
      refused += r.ok || r.errors.every((e) => e.code === 'total/rest') ? 0 : 1;
      joined += r.warnings.some((w) => w.code === 'layout/interval') ? 1 : 0;
    }
    expect({ refused, joined }).toEqual({ refused: 0, joined: 0 });
  });
});

describe('2b. chance: categories of counts about a rate', () => {
  it('200 outcome tables with count columns 「Low」「High」「下限」「上限」 before a rate: 3 refused as an interval by chance, none joined', () => {
    const random = lcg(418);
    const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
    let refused = 0;
    let joined = 0;
    for (let k = 0; k < 200; k++) {
      const [lower, upper] = random() < 0.5 ? ['Low', 'High'] : ['下限', '上限'];
      const rows = ['A群', 'B群', 'C群'].slice(0, int(2, 3)).map((g) => {
        const [e, b] = [int(10, 60), int(500, 3000)];
        return [g, int(200, 900), e, `${b}.0`, int(0, 40), int(0, 40), ((e * 1000) / b).toFixed(1)];
      });
      const text =
        [['', '患者数', 'イベント数', '人年', lower, upper, '発現率（/1,000人年）'], ...rows].map((r) => r.join('\t')).join('\n') + '\n';
      const r = result(text);
      refused += r.ok ? 0 : 1;
      joined += r.warnings.some((w) => w.code === 'layout/interval') ? 1 : 0;
    }
    // Main (67c08a3): 1 refused (total/almost), none read as an interval. Now 3 more refused in words (header/statistic:
    // every rate lies between the two counts by chance; the hint says to name categories otherwise), none joined.
    expect({ refused, joined }).toEqual({ refused: 4, joined: 0 });
  });
});

describe('3. a count computed from a rate is named as ours', () => {
  const text =
    '\t患者数\tイベント数\t人年\t発現率（/1,000人年）\nA群\t300\t3\t250.0\t12.0\nB群\t500\t40\t800.0\t50.0\nC群\t400\t25\t600.0\t41.7\n';
  it('the JSON note, the reason, the text and the HTML report say 「率から求めた件数（チェッカーの推定）」 (main: no note)', () => {
    const report = toReport(result(text), bundle, new Date('2026-12-04T01:00:00Z'));
    const cell = report.tables[0]!.rates[0]!.cells[0]!;
    expect(cell.hidden).toBe(true);
    expect(cell.note).toBe('率から求めた件数（チェッカーの推定）: 3');
    expect(cell.why).toContain('チェッカーの判断。率から求めた件数（チェッカーの推定）: 3）');
    expect(renderText(report)).toContain('率から求めた件数（チェッカーの推定）: 3');
    expect(renderReport(report)).toContain('率から求めた件数（チェッカーの推定）: 3');
    // A published rate has no note (nothing of ours to say).
    expect(report.tables[0]!.rates[0]!.cells.filter((c) => !c.hidden).every((c) => c.note === null)).toBe(true);
  });
  it('a range where the rounding leaves several counts: 「0」 per 1,000 over 9,000 人年 is 0〜4', () => {
    const zero =
      '\t患者数\tイベント数\t人年\t発現率（/1,000人年）\nA群\t3000\t3\t9000.0\t0\nB群\t500\t40\t800.0\t50\nC群\t400\t25\t600.0\t42\n';
    const report = toReport(result(zero), bundle, new Date('2026-12-04T01:00:00Z'));
    expect(report.tables[0]!.rates[0]!.cells[0]!.note).toBe('率から求めた件数（チェッカーの推定）: 0〜4');
  });
  it('no sentence of these readings breaks the report’s rules (words.ts)', () => {
    const bad: string[] = [];
    for (const t of [text, ...rates7Tables([...PAIRS, ...LINES, ...BEFORE], 20, 416).map((x) => x.text)]) {
      const r = toReport(result(t), bundle, new Date('2026-12-04T01:00:00Z'));
      for (const x of [...sentences(r), ...textLines(r), ...htmlLines(r)])
        for (const p of problems(x.text)) bad.push(`${p} | ${x.text.slice(0, 120)}`);
    }
    expect(bad).toEqual([]);
  });
});
