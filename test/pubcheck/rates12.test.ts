/**
 * rates12 (issue #11; README Limits 「Rates」): a share's confidence interval written inside its count's own cell
 * (「3 (5.3%) (1.1–14.6)」「3 (45.0%, 95% CI 31.2–59.3)」「3 (5.3%) [1.1–14.6]」「3 [1.1–14.6]」) beside a line of
 * 患者数 — refused on main (rates11 read the interval only in a line of its own or in the share's cell). Now read where
 * the label (or every such cell) names the interval and, in every position, the share (where printed) is the count's
 * share of the N within its rounding, k ÷ N lies in the interval and each limit lies near the count (rates11's test):
 * the cell split into the count (and share) and a line of intervals of ours, hidden wherever the count or its N is.
 * Measured (`countCiFamily`, rates12-measure.ts, seeds 1301–1305, 500 tables): see the README; here seeds 1306–1307.
 * A hidden share interval is marked 「［区間も秘匿］」 in the report (main: 「［率も秘匿］」, which it is not).
 */
import { describe, expect, it } from 'vitest';
import { renderReport, renderText, toReport } from '../../src/pubcheck/report.ts';
import { fixtureBundle, solver } from './helpers.ts';
import { adversary, expectProtected, expectRatesHidden } from './protection.ts';
import { sdTables } from './rates11-families.ts';
import { attackCountCi, attackSd, countCiFamily, withoutCountIntervals } from './rates12-families.ts';
import { htmlLines, problems, sentences, textLines } from './words.ts';

const highs = await solver();
const bundle = fixtureBundle();
const { result } = adversary(highs, bundle);

describe("a share's confidence interval in its count's own cell (rates12)", () => {
  it('「3 (5.3%) (1.1–14.6)」「3 (5.3%, 95% CI 1.1–14.6)」「3 [1.1–14.6]」 are read, the interval hidden with the 3 (main: refused)', () => {
    for (const text of [
      '群\t患者数\tイベント n (%) (95% CI)\nA群\t57\t3 (5.3%) (1.1–14.6)\nB群\t120\t25 (20.8%) (13.9–29.2)\n',
      '群\t患者数\tn (%, 95% CI)\nA群\t57\t3 (5.3%, 95% CI 1.1–14.6)\nB群\t120\t25 (20.8%, 95% CI 13.9–29.2)\n',
      '群\t患者数\tイベント\nA群\t57\t3 (5.3%, 95% CI 1.1–14.6)\nB群\t120\t25 (20.8%, 95% CI 13.9–29.2)\n',
      '群\t患者数\tイベント数 [95% CI]\nA群\t57\t3 [1.1–14.6]\nB群\t120\t25 [13.9–29.2]\n',
      '群\t患者数\tイベント n (%) (95% CI (Wilson))\nA群\t57\t3 (5.3%) (1.8–14.4)\nB群\t120\t25 (20.8%) (14.5–29.0)\n',
      '\tA群\tB群\n患者数\t57\t120\nイベント n (%) [95% CI]\t3 (5.3%) [1.1–14.6]\t25 (20.8%) [13.9–29.2]\n',
    ]) {
      const r = result(text);
      expect(r.ok, text).toBe(true);
      if (!r.ok) continue;
      expect(
        r.warnings.some((w) => w.message.includes('と割合の信頼区間に分けて読み')),
        text,
      ).toBe(true);
      expect(expectRatesHidden(r, bundle), text).toBe(1);
      const cells = toReport(r, bundle, new Date('2026-12-05T00:00:00Z')).tables[0]!.rates[0]!.cells;
      expect(cells.map((c) => c.hidden)).toEqual([true, false]);
    }
  });
  it('an interval far from its count, a statistic’s interval, or no line of 患者数: still refused', () => {
    for (const text of [
      '群\t患者数\tイベント n (%) (95% CI)\nA群\t57\t3 (5.3%) (1.1–60.0)\nB群\t120\t25 (20.8%) (13.9–29.2)\n',
      '群\t患者数\t中央値 (95% CI)\nA群\t57\t3 (1.1–14.6)\nB群\t120\t25 (13.9–29.2)\n',
      '群\tイベント n (%) (95% CI)\nA群\t3 (5.3%) (1.1–14.6)\nB群\t25 (20.8%) (13.9–29.2)\n',
    ])
      expect(result(text).ok, text).toBe(false);
  });
  it('seeds 1306–1307 (200 tables): none refused, no interval beside a hidden count or N, none shown; the oracle holds', () => {
    const total = { refused: 0, leaked: 0, shown: 0, beside: 0 };
    let i = 0;
    for (const seed of [1306, 1307])
      for (const t of countCiFamily(100, seed)) {
        const r = result(t.text);
        const o = attackCountCi(t, r, bundle);
        total.refused += o.refused ? 1 : 0;
        total.leaked += o.leaked;
        total.shown += o.shown;
        total.beside += o.beside;
        if (r.ok && i++ % 4 === 0) expectProtected(highs, r, withoutCountIntervals(t));
      }
    expect(total).toEqual({ refused: 0, leaked: 0, shown: 0, beside: 0 });
  });
  it('no sentence of these readings breaks the report’s rules (words.ts)', () => {
    const bad: string[] = [];
    for (const t of countCiFamily(30, 1308)) {
      const r = toReport(result(t.text), bundle, new Date('2026-12-05T00:00:00Z'));
      for (const x of [...sentences(r), ...textLines(r), ...htmlLines(r)])
        for (const p of problems(x.text)) bad.push(`${p} | ${x.text.slice(0, 120)}`);
    }
    expect(bad).toEqual([]);
  });
});

describe('a hidden share interval is marked as an interval (rates12)', () => {
  it('「［区間も秘匿］」 in the text and HTML reports (main: 「［率も秘匿］」); a rate keeps 「［率も秘匿］」', () => {
    const r = result('群\t患者数\tイベント数\t割合（%）\t95% CI\nA群\t57\t3\t5.3\t1.1–14.6\nB群\t120\t25\t20.8\t13.9–29.2\n');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const report = toReport(r, bundle, new Date('2026-12-05T00:00:00Z'));
    const text = renderText(report);
    const html = renderReport(report);
    expect(text).toContain('［区間も秘匿］');
    expect(text).not.toContain('［率も秘匿］');
    expect(html).toContain('［区間も秘匿］');
    expect(html).toContain('割合の信頼区間（件数と患者数から決まる値）も 1 個秘匿してください');
    const rate = result('群\tイベント数\t人年\t発現率（/1,000人年）\nA群\t3\t250.0\t12.0\nB群\t25\t300.0\t83.3\n');
    expect(rate.ok).toBe(true);
    if (rate.ok) expect(renderText(toReport(rate, bundle, new Date('2026-12-05T00:00:00Z')))).toContain('［率も秘匿］');
  });
});

/**
 * A count's SD or SE that is √count in every position (a Poisson count's; rates11 refused it naming why): SD² gives
 * the count back, so it is read as a function of the count, set aside and hidden wherever the count is (「［標準偏差も
 * 秘匿］」). A 0/1 variable's mean and SD stay refused (the mean is a share of N, not read here), and a mean age's SD is
 * a statistic as before. Measured (rates11's `sdTables`, seeds 1311–1315, 500 tables; rates12-measure.ts): see README.
 */
describe("a count's SD that is √count (rates12)", () => {
  it('「SD」 2.0 beside 4 events and 「SE」 3.16 beside 10: read, the 2.0 hidden with the 4 (main: refused)', () => {
    const r = result('群\t患者数\tイベント数\tSD\nA群\t120\t4\t2.0\nB群\t150\t25\t5.0\nC群\t90\t10\t3.2\n');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(expectRatesHidden(r, bundle)).toBe(1);
    const report = toReport(r, bundle, new Date('2026-12-05T00:00:00Z'));
    expect(report.tables[0]!.rates[0]!.cells.map((c) => c.hidden)).toEqual([true, false, false]);
    expect(renderText(report)).toContain('［標準偏差も秘匿］');
  });
  it('an SD that is no √count, and a 0/1 mean with its SD: still refused', () => {
    expect(result('群\t患者数\tイベント数\tSD\nA群\t120\t4\t2.6\nB群\t150\t25\t5.0\n').ok).toBe(false);
    expect(result('\tA群\tB群\n患者数\t120\t150\n死亡 mean (SD)\t0.03 (0.18)\t0.17 (0.37)\n').ok).toBe(false);
  });
  it('seeds 1316–1317 (200 tables): the Poisson SDs read, none leaking; the others refused; the oracle holds', () => {
    let poisson = 0;
    const total = { refused: 0, leaked: 0 };
    for (const seed of [1316, 1317])
      for (const t of sdTables(100, seed)) {
        const r = result(t.text);
        const o = attackSd(t, r, bundle);
        if (t.form === 'poisson') poisson++;
        total.refused += o.refused ? 1 : 0;
        total.leaked += o.leaked;
        if (t.form === 'poisson' && r.ok) {
          // The table without its SD line against the oracle.
          const without = t.text
            .split('\n')
            .map((l) => l.split('\t').slice(0, 3).join('\t'))
            .join('\n');
          expectProtected(highs, r, without);
        }
      }
    expect(poisson).toBeGreaterThan(0);
    expect(total).toEqual({ refused: 200 - poisson, leaked: 0 });
  });
  it('no sentence of these readings breaks the report’s rules (words.ts)', () => {
    const bad: string[] = [];
    for (const t of sdTables(30, 1318)) {
      const r = toReport(result(t.text), bundle, new Date('2026-12-05T00:00:00Z'));
      for (const x of [...sentences(r), ...textLines(r), ...htmlLines(r)])
        for (const p of problems(x.text)) bad.push(`${p} | ${x.text.slice(0, 120)}`);
    }
    expect(bad).toEqual([]);
  });
});
