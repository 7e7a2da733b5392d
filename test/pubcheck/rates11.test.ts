/**
 * rates11 (issue #11; README Limits 「Rates」): chance refusals of 「Low」「Medium」「High」 categories whose middle lies
 * between the two limit's words by chance (rates10 refused them as an interval apart, 4 of 200 at seed 745). Now each
 * limit must also lie near the count between as an interval's does at any level to 99.9% (upper at most c + 4√c + 8,
 * lower at least c − 4√c − 1; a share's over its N alike). Measured (`rangeCategoryTables`, seeds 921–940, 4,000
 * tables): main (2d529fc) refused 20, now 0; rates10's intervals apart (`loneTables(…, true)`, the same seeds, 4,000
 * tables): main refused 3,999 and showed 0 hidden counts, now the same.
 */
import { describe, expect, it } from 'vitest';
import { toReport } from '../../src/pubcheck/report.ts';
import { fixtureBundle, solver } from './helpers.ts';
import { adversary, expectProtected, expectRatesHidden } from './protection.ts';
import { attackLone, loneTables, rangeCategoryTables } from './rates10-families.ts';
import { attackPersonTime, attackShareCiFamily, personTimeTables, sdTables, shareCiFamily, withoutIntervals } from './rates11-families.ts';
import { htmlLines, problems, sentences, textLines } from './words.ts';

const highs = await solver();
const bundle = fixtureBundle();
const { result } = adversary(highs, bundle);

describe('range categories are no interval apart where the limits lie far from the count (rates11)', () => {
  it('「Low」 3 「Medium」 16 「High」 50 is read (main: refused as an interval apart); the oracle finds it protected', () => {
    for (const text of [
      '群\tLow\tMedium\tHigh\nA群\t3\t16\t50\nB群\t29\t104\t132\n',
      '群\t下限\t中間\t上限\nA群\t6\t67\t130\nB群\t71\t132\t144\n',
      '群\tMin\tMid\tMax\nA群\t7\t15\t181\nB群\t1\t42\t101\nC群\t7\t47\t52\n',
    ]) {
      const r = result(text);
      expect(r.ok, text).toBe(true);
      if (r.ok) expectProtected(highs, r, text);
    }
  });
  it('an interval apart near its count stays refused: 「下限」 11 「イベント数」 16 「上限」 26', () => {
    const r = result('群\t患者数\t下限\tイベント数\t上限\nA群\t120\t1\t4\t10\nB群\t150\t9\t16\t26\n');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]!.message).toContain('離れて置かれた区間の下限・上限のようです');
  });
  it('range categories, seeds 921–925 (1,000 tables): none refused (main: 9); every fifth attacked by the oracle', () => {
    let refused = 0;
    let i = 0;
    for (const seed of [921, 922, 923, 924, 925])
      for (const t of rangeCategoryTables(200, seed)) {
        const r = result(t.text);
        if (!r.ok) refused++;
        else if (i++ % 5 === 0) expectProtected(highs, r, t.text);
      }
    expect(refused).toBe(0);
  });
  it('intervals apart, seeds 921–922 (400 tables): every one refused or no hidden count shown under 10', () => {
    const total = { refused: 0, leaked: 0 };
    for (const seed of [921, 922])
      for (const t of loneTables(200, seed, undefined, true)) {
        const o = attackLone(t, result(t.text));
        total.refused += o.refused ? 1 : 0;
        total.leaked += o.leaked;
      }
    expect(total).toEqual({ refused: 399, leaked: 0 });
  });
});

/**
 * A share's confidence interval beside its share, its count and a line of 患者数 (rates11; rates10 refused every one):
 * read where, in every position, the share is the count's share of the N within its rounding, the share lies in the
 * interval and each limit lies near the count (at most k + 4√k + 8, at least k − 4√k − 1, in counts). Whatever the
 * method, the interval is a function of k and N alone: set aside as a rate is and hidden wherever the count or the N
 * is, so it is published only beside a published k and N. 「3 (5.3%) (1.1–14.6)」 in one cell stays refused (the
 * count's cell would carry the interval; not read). Measured (`shareCiFamily`, seeds 921–930, 2,000 tables, five
 * methods, the method named in half, a quarter as rows): main refused 2,000; now 287 (the one-cell form only), and the
 * attacker (every (k, N) of every method whose interval prints as published) finds no interval published beside a
 * hidden count or N, 0 small counts shown.
 */
describe("a share's confidence interval beside its count and N (rates11)", () => {
  it('「95% CI」 after 「割合（%）」 is read and hidden with the small count (main: refused)', () => {
    const text = '群\t患者数\tイベント数\t割合（%）\t95% CI\nA群\t57\t3\t5.3\t1.1–14.6\nB群\t120\t25\t20.8\t13.9–29.2\n';
    const r = result(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.warnings.some((w) => w.message.includes('列「95% CI」を列「割合（%）」の割合の信頼区間と読み'))).toBe(true);
    expect(expectRatesHidden(r, bundle)).toBe(1);
    const report = toReport(r, bundle, new Date('2026-12-04T12:00:00Z'));
    const cell = report.tables[0]!.rates[0]!.cells.find((c) => c.row === 'A群')!;
    expect(cell.hidden).toBe(true);
    expect(cell.why).toContain('割合の信頼区間も秘匿します');
    expect(report.tables[0]!.rates[0]!.cells.find((c) => c.row === 'B群')!.hidden).toBe(false);
  });
  it('「割合 (95% CI)」 over 「5.3% (95% CI 1.1–14.6)」 and a named method (「Lower 95% CI (Wilson)」) are read', () => {
    for (const text of [
      '群\t患者数\tイベント数\t割合 (95% CI)\nA群\t57\t3\t5.3% (95% CI 1.1–14.6)\nB群\t120\t25\t20.8% (13.9–29.2)\n',
      '群\t患者数\tn (%)\tLower 95% CI (Wilson)\tUpper 95% CI (Wilson)\nA群\t57\t3 (5.3%)\t1.8\t14.4\nB群\t120\t25 (20.8%)\t14.5\t29.0\n',
    ]) {
      const r = result(text);
      expect(r.ok, text).toBe(true);
      if (r.ok) expect(expectRatesHidden(r, bundle), text).toBeGreaterThan(0);
    }
  });
  it('an interval far from its count, or a share of no printed N, stays refused', () => {
    // 1.1–60.0 is no interval of 3 of 57 at any level to 99.9% (60% of 57 is 34).
    expect(result('群\t患者数\tイベント数\t割合（%）\t95% CI\nA群\t57\t3\t5.3\t1.1–60.0\nB群\t120\t25\t20.8\t13.9–29.2\n').ok).toBe(false);
    expect(result('群\tイベント数\t割合（%）\t95% CI\nA群\t3\t5.3\t1.1–14.6\nB群\t25\t20.8\t13.9–29.2\n').ok).toBe(false);
  });
  // rates12: the one-cell form (「3 (5.3%) (1.1–14.6)」 under 「イベント n (%) (95% CI)」) is read too; none refused.
  it('seeds 921–922 (400 tables): none refused (the one-cell form since rates12); no interval beside a hidden count or N; the oracle holds', () => {
    const total = { refused: 0, leaked: 0, shown: 0, beside: 0 };
    let cellN = 0;
    let i = 0;
    for (const seed of [921, 922])
      for (const t of shareCiFamily(200, seed)) {
        if (t.form === 'cell-n') cellN++;
        const r = result(t.text);
        const o = attackShareCiFamily(t, r, bundle);
        total.refused += o.refused ? 1 : 0;
        total.leaked += o.leaked;
        total.shown += o.shown;
        total.beside += o.beside;
        if (!r.ok) expect.fail(`refused: ${t.form}`);
        // The rest of the table against the oracle: the intervals left published are of published k and N only.
        else if (i++ % 4 === 0) expectProtected(highs, r, withoutIntervals(t));
      }
    expect(cellN).toBeGreaterThan(0);
    expect(total).toEqual({ refused: 0, leaked: 0, shown: 0, beside: 0 });
  });
  it('no sentence of these readings breaks the report’s rules (words.ts)', () => {
    const bad: string[] = [];
    for (const t of shareCiFamily(30, 931)) {
      const r = toReport(result(t.text), bundle, new Date('2026-12-04T01:00:00Z'));
      for (const x of [...sentences(r), ...textLines(r), ...htmlLines(r)])
        for (const p of problems(x.text)) bad.push(`${p} | ${x.text.slice(0, 120)}`);
    }
    expect(bad).toEqual([]);
  });
});

/**
 * Person-time printed in a multiple of its unit (rates11 class 3): 「person-years (×1000)」「人年（千）」「PY ('000)」
 * 「千人年」 — the rate fitted no count over the value as printed, so the table was refused (`header/rate`). Now the
 * multiple is read from the label (`multipleOf`) and the unit divided by it, said in the equation. Weeks, months and
 * days (「person-weeks」「人月」「patient-days」「person-months」) and 「PY」 were read on main and still are. Measured
 * (`personTimeTables`, seeds 931–935, 1,000 tables): main refused 430 (every table in a multiple), now 0; the attacker
 * (each hidden small count's published rate inverted under the true unit) finds 0 on both.
 */
describe('person-time in a multiple of its unit (rates11)', () => {
  it('「person-years (×1000)」 0.10 beside 40.0 per 1000 PY: the rate is read and hidden with the 4 events (main: refused)', () => {
    const r = result('群\tイベント数\tperson-years (×1000)\tIR per 1000 PY\nA群\t4\t0.10\t40.0\nB群\t25\t0.15\t166.7\n');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.warnings.some((w) => w.message.includes('1,000 ÷ 1,000'))).toBe(true);
    expect(expectRatesHidden(r, bundle)).toBe(1);
  });
  it('seeds 931–932 (400 tables): none refused, no small count shown by its rate, rates hidden with their counts', () => {
    const total = { refused: 0, leaked: 0 };
    let i = 0;
    for (const seed of [931, 932])
      for (const t of personTimeTables(200, seed)) {
        const r = result(t.text);
        const o = attackPersonTime(t, r, bundle);
        total.refused += o.refused ? 1 : 0;
        total.leaked += o.leaked;
        if (r.ok && i++ % 4 === 0) expectRatesHidden(r, bundle);
      }
    expect(total).toEqual({ refused: 0, leaked: 0 });
  });
  it('no sentence of these readings breaks the report’s rules (words.ts)', () => {
    const bad: string[] = [];
    for (const t of personTimeTables(30, 933)) {
      const r = toReport(result(t.text), bundle, new Date('2026-12-04T01:00:00Z'));
      for (const x of [...sentences(r), ...textLines(r), ...htmlLines(r)])
        for (const p of problems(x.text)) bad.push(`${p} | ${x.text.slice(0, 120)}`);
    }
    expect(bad).toEqual([]);
  });
});

/**
 * An SD or SE that pins a count (rates11 class 2): refused as any statistic on main (「平均・中央値・比などの統計量のようで」,
 * no word of why), now naming the arithmetic — √count beside a line of counts (a Poisson count's SD: SD² gives the
 * count back), √(m(1 − m)) with a 0/1 variable's mean (the mean a share of the N). Still refused, not read: the SD
 * would have to be set aside and hidden with its count as a rate is (left open). Measured (`sdTables`, seeds 936–937,
 * 400 tables): main refused 400, 0 naming why; now 400 refused, the 298 that pin a count named, none of the 102 mean
 * ages (the control).
 */
describe('an SD or SE that pins a count (rates11)', () => {
  // rates12: the Poisson SD (√count) is read and hidden with its count (rates12.test.ts); the 0/1 mean's SD stays refused.
  it('「SD」 2.0 beside 4 events is read and hidden with the 4 (rates12); 「死亡 mean (SD)」 0.03 (0.18): refused naming the count', () => {
    const a = result('群\t患者数\tイベント数\tSD\nA群\t120\t4\t2.0\nB群\t150\t25\t5.0\n');
    expect(a.ok).toBe(true);
    if (a.ok) expect(expectRatesHidden(a, bundle)).toBe(1);
    const b = result('\tA群\tB群\n患者数\t120\t150\n死亡 mean (SD)\t0.03 (0.18)\t0.17 (0.37)\n');
    expect(b.ok).toBe(false);
    if (!b.ok) expect(b.errors[0]!.message).toContain('0/1 の変数の平均（割合）とその標準偏差のようです');
  });
  it('seeds 936–937 (400 tables): every one refused but the Poisson SDs (read since rates12); those that pin a count named, no mean age', () => {
    const named = { poisson: 0, binary: 0, age: 0 };
    let refused = 0;
    let pins = 0;
    let poisson = 0;
    for (const seed of [936, 937])
      for (const t of sdTables(200, seed)) {
        const r = result(t.text);
        if (!r.ok) refused++;
        if (t.form !== 'age') pins++;
        if (t.form === 'poisson') poisson++;
        if (!r.ok && r.errors.some((e) => /0\/1 の変数の平均|ポアソン分布の √件数/.test(e.message)))
          named[t.form === 'poisson' ? 'poisson' : t.form === 'age' ? 'age' : 'binary']++;
      }
    expect(named.poisson).toBe(0);
    expect(refused).toBe(400 - poisson);
    expect(named.binary).toBe(pins - poisson);
    expect(named.age).toBe(0);
  });
  it('no sentence of these refusals breaks the report’s rules (words.ts)', () => {
    const bad: string[] = [];
    for (const t of sdTables(20, 938)) {
      const r = toReport(result(t.text), bundle, new Date('2026-12-04T01:00:00Z'));
      for (const x of [...sentences(r), ...textLines(r), ...htmlLines(r)])
        for (const p of problems(x.text)) bad.push(`${p} | ${x.text.slice(0, 120)}`);
    }
    expect(bad).toEqual([]);
  });
});
