/**
 * Rates read by chance, and confidence intervals (issue #11, branch rates5; README 「Outcome tables」 and Limits):
 *
 * 1. A rate naming no event (「発現率」「Rate」「IR」「率」), its unit not written, of a count the table does not print,
 *    fitted another line of counts by chance under some unit tried and was read as that line's rate: published where
 *    that line's count was, it gave its own small count back. Now, where the labels leave the unit or the base open, a
 *    fit is trusted only to a line of events (「イベント数」「発現例数」「Events」: the labels agree) and where some
 *    printed rate is not 0 to its precision (a line of 「0」 fits any count under a unit large enough); otherwise the
 *    table is refused in words (`header/rate`, the lines named, the unit and the count's line to write).
 * 2. Confidence intervals: in a rate's cell (「8.0 (5.7-10.9)」) they were read with the rate and hidden with it, as
 *    before; in lines of their own — 「95% CI」 (refused as a statistic with no word of why), 「下限」「上限」「Lower」
 *    「Upper」「LCL」「UCL」 (whole numbers read as counts and published beside the hidden count they bound) — they are
 *    now joined into the rate's cells just before them and hidden with it, and refused in words anywhere else (an
 *    interval of a proportion n/N is a function of n and N as well).
 *
 * Attacked by the interval arithmetic: a rate published with its person-years under the true unit (rates5-families.ts
 * `attackOrphan`), and an interval's upper limit (the rate lies in its interval, so the count is at most upper × base ÷
 * unit, whatever the method).
 */
import { describe, expect, it } from 'vitest';
import { toReport } from '../../src/pubcheck/report.ts';
import { fixtureBundle, lcg, solver } from './helpers.ts';
import { adversary, expectProtected, hiddenLabels, outcomeAttacked } from './protection.ts';
import { attackIntervals, attackOrphan, intervalTables, orphanTables, type Orphan } from './rates5-families.ts';
import { htmlLines, problems, sentences, textLines } from './words.ts';

const highs = await solver();
const bundle = fixtureBundle();
const { result, run, errors, rates } = adversary(highs, bundle);
const tsv = (rows: (string | number)[][]) => rows.map((r) => r.join('\t')).join('\n') + '\n';

/** The rate texts of the first table's first line of rates, with whether each is hidden (its count or base hidden). */
const rateStatus = (text: string) => {
  const r = run(text);
  const t = r.tables[0]!;
  const cols = t.table.cols.length;
  return t.table.rates![0]!.cells.map((c) => [
    c.text,
    ![...c.events, ...(c.base ? [c.base] : [])].every(([i, j]) => t.status[i * cols + j] === 'published'),
  ]);
};

describe('1. a rate naming no event, its unit not written, fitting another line by chance', () => {
  // 「Rate」 of 2, 4 and 6 deaths (not printed) per 1,000 人年: 0, 3 and 1 printed; 死亡数 fits it per 100 by chance.
  const other = tsv([
    ['', '患者数', '死亡数', '入院数', '人年', 'Rate'],
    ['A群', 2449, 0, 3, '6105.3', 0],
    ['B群', 564, 52, 21, '1532.4', 3],
    ['合計', 3013, 52, 24, '7637.8', 1],
  ]);
  it('other counts only (死亡数, 入院数): read on main as 死亡数 per 100, B群’s rate 3 published (its own 4 events shown: 4–5); refused now', () => {
    // Under the true unit (1,000 人年) B群's 3 over 1,532.4 人年 gives 3.83–5.36: 4 or 5, under 10.
    const e = errors(other);
    expect(e.map((x) => x.code)).toEqual(['header/rate']);
    expect(e[0]!.message).toContain('見出しは何の率かを言っておらず、単位も書かれていません');
    expect(e[0]!.message).toContain('件数の列は「死亡数」で、イベント（発現・発生）の件数の列ではありません');
    expect(e[0]!.message).toContain('チェッカーの判断');
    expect(e[0]!.message).toContain('「Rate per 1,000 PY」のように');
  });
  it('the same with the unit written (「Rate per 1,000 PY」): fits no line, refused as before; with its events printed, read', () => {
    expect(errors(other.replace('\tRate\n', '\tRate per 1,000 PY\n')).map((x) => x.code)).toEqual(['header/rate']);
    const events = tsv([
      ['', '患者数', 'イベント数', '死亡数', '人年', 'Rate'],
      ['A群', 2449, 30, 0, '6105.3', '4.9'],
      ['B群', 564, 3, 52, '1532.4', '2.0'],
      ['合計', 3013, 33, 52, '7637.8', '4.3'],
    ]);
    expect(rates(events)).toEqual(['layout/rate']);
    // B群's 3 hidden, A群's 30 with it (the 合計 row): both rates hidden, the 合計's published.
    expect(rateStatus(events)).toEqual([
      ['4.9', true],
      ['2.0', true],
      ['4.3', false],
    ]);
  });
  // 「Rate」 of 2, 1 and 3 events of another kind (not printed) per 1,000 人年, printed 0 everywhere: fits イベント数 per 10.
  const zeros = tsv([
    ['', '患者数', 'イベント数', '人年', 'Rate'],
    ['A群', 2936, 100, '12500.4', 0],
    ['B群', 2320, 50, '7480.4', 0],
    ['合計', 5256, 150, '19980.9', 0],
  ]);
  it('every rate 0 to its precision: read on main as イベント数 per 10 and published (its own 1 of 7,480.4 人年 shown ≤ 3); refused now', () => {
    const e = errors(zeros);
    expect(e.map((x) => x.code)).toEqual(['header/rate']);
    expect(e[0]!.message).toContain('どの行の率も丸めると 0 で');
    expect(e[0]!.message).toContain('単位 10 で率から求めた件数（チェッカーの推定）は 0〜625');
  });
  it('read as before: 「発現率」 beside イベント数 (labels agree); a line of events fitting after another line (死亡数 per 1,000)', () => {
    const text = tsv([
      ['', '患者数', 'イベント数', '死亡数', '人年', '発現率'],
      ['A群', 500, 100, 10, '5000.0', '2.0'],
      ['B群', 300, 3, 0, '6500.0', '0.0'],
      ['合計', 800, 103, 10, '11500.0', '0.9'],
    ]);
    const r = run(text);
    expect(r.tables[0]!.table.rates![0]!.events).toEqual(['イベント数']);
    expect(r.tables[0]!.table.rates![0]!.also).toEqual(['死亡数']);
    expect(hiddenLabels(r)).toEqual(expect.arrayContaining(['A群/イベント数', 'B群/イベント数']));
    expectProtected(highs, r, outcomeAttacked(r, text));
  });

  /**
   * 1,000 random tables of each family (rates5-families.ts `orphanTables`; `other` seed 501, `events` seed 502),
   * measured on main (78dfba8) by hand with the same tables: `other` 982 refused, 18 read by chance, 14 rates of a small
   * count published in 8 tables; `events` (a line of events of another kind: the table mislabelled) 984 refused, 16
   * read, 13 in 9. Now `other` none read; `events` 7 read and 4 rates in 3 tables published whose counts of 1–9 the
   * rate shows under 10 (rates of whole numbers 0–2 fitting イベント数 per 10 or 100: README Limits).
   */
  const families: [Orphan, number, number, number, number][] = [
    ['other', 501, 0, 0, 0],
    ['events', 502, 7, 4, 3],
  ];
  for (const [kind, seed, read, leaked, tables] of families)
    it(`random: 1,000 tables, ${kind}: ${read} read by chance, ${leaked} rates of a small count published`, () => {
      const total = { read: 0, leaked: 0, tables: 0, refused: 0 };
      for (const t of orphanTables(kind, 1000, seed)) {
        const o = attackOrphan(t, result(t.text));
        total.read += o.read ? 1 : 0;
        total.refused += o.refused ? 1 : 0;
        total.leaked += o.leaked;
        total.tables += o.leaked > 0 ? 1 : 0;
      }
      expect(total).toEqual({ read, leaked, tables, refused: 1000 - read });
    });
});

describe('2. confidence intervals', () => {
  /** A群 40 events in 5,000 人年, B群 3 in 2,500: per 100,000 人年 in whole numbers, the exact Poisson limits. */
  const apart = (labels: string[], a: (string | number)[], b: (string | number)[], rate = '発現率（/100,000人年）') =>
    tsv([
      ['', '患者数', 'イベント数', '人年', rate, ...labels],
      ['A群', 500, 40, '5000.0', 800, ...a],
      ['B群', 300, 3, '2500.0', 120, ...b],
    ]);
  /** The most events an interval's upper limit allows: the rate lies in its interval, so count ≤ upper × base ÷ unit. */
  const atMost = (upper: number, base: number, unit: number) => Math.floor((upper * base) / unit + 1e-9);

  const pairs: [string, string][] = [
    ['下限', '上限'],
    ['Lower', 'Upper'],
    ['LCL', 'UCL'],
    ['95%CI下限', '95%CI上限'],
    ['Lower 95% CI', 'Upper 95% CI'],
  ];
  for (const [lower, upper] of pairs)
    it(`「${lower}」「${upper}」 after the rate: read on main as counts (B群 20 and 350 published beside its hidden 3) or refused; now joined, hidden with the rate`, () => {
      expect(atMost(350, 2500, 100_000)).toBe(8);
      const text = apart([lower, upper], [570, 1090], [20, 350]);
      const r = run(text);
      const t = r.tables[0]!.table;
      expect(t.cols.map((h) => h.label)).toEqual(['イベント数']);
      expect(rateStatus(text)).toEqual([
        ['800 (570-1090)', false],
        ['120 (20-350)', true],
      ]);
      const note = r.warnings.find((w) => w.code === 'layout/interval')!.message;
      expect(note).toContain(`列「${lower}」・列「${upper}」を列「発現率（/100,000人年）」の率の信頼区間と読み`);
      expect(note).toContain('チェッカーの判断');
      expect(rates(text)).toEqual(['layout/rate']);
    });
  it('「95% CI」 in a column (or a row) of its own after the rate: refused on main (header/statistic); read now, hidden with the rate', () => {
    for (const label of ['95% CI', '95%信頼区間', 'CI']) {
      const text = apart([label], ['570-1090'], ['(20, 350)']);
      expect(rateStatus(text)).toEqual([
        ['800 (570-1090)', false],
        ['120 (20-350)', true],
      ]);
    }
    const rows = tsv([
      ['', 'A群', 'B群'],
      ['患者数', 500, 300],
      ['イベント数', 40, 3],
      ['人年', '5000.0', '2500.0'],
      ['発現率（/1,000人年）', '8.0', '1.2'],
      ['95% CI', '5.7-10.9', '0.2-3.5'],
    ]);
    expect(rateStatus(rows)).toEqual([
      ['8.0 (5.7-10.9)', false],
      ['1.2 (0.2-3.5)', true],
    ]);
  });
  it('in the rate’s cell (「1.2 (0.2-3.5)」「1.2 [0.2, 3.5]」「1.2 (0.2 to 3.5)」): hidden with the rate, as on main', () => {
    for (const cell of ['1.2 (0.2-3.5)', '1.2 [0.2, 3.5]', '1.2 (0.2 to 3.5)']) {
      const text = tsv([
        ['', '患者数', 'イベント数', '人年', '発現率（/1,000人年）'],
        ['A群', 500, 40, '5000.0', '8.0 (5.7-10.9)'],
        ['B群', 300, 3, '2500.0', cell],
      ]);
      expect(rateStatus(text)[1]).toEqual([cell, true]);
    }
  });
  /**
   * Intervals of a proportion n/N in lines of their own: 「下限」「上限」 in whole percentages were read on main as two
   * lines of counts — A群's 3 of 20 hidden, its upper limit 38 (%) published: at most 38% of 20 = 7 events, under 10.
   */
  it('intervals of a proportion beside counts: read on main as counts (the upper limit 38% of 20 published); refused now in words', () => {
    expect(atMost(38, 20, 100)).toBe(7);
    // With its count and a line of 患者数, rates11 reads the share's interval (3 to 38% of 20: near 3) and hides it with
    // the count; with no line of N (the share's base written only in a label) it is refused in words as before.
    const read = tsv([
      ['', '患者数', 'イベント数', '発現割合（%）', '下限', '上限'],
      ['A群', 20, 3, 15, 3, 38],
      ['B群', 80, 40, 50, 39, 61],
    ]);
    const ok = result(read);
    expect(ok.ok).toBe(true);
    if (ok.ok) expect(toReport(ok, bundle, new Date('2026-12-04T00:00:00Z')).tables[0]!.rates.every((r) => r.cells[0]!.hidden)).toBe(true);
    const text = tsv([
      ['', 'イベント数', '発現割合（%）', '下限', '上限'],
      ['A群', 3, 15, 3, 38],
      ['B群', 40, 50, 39, 61],
    ]);
    const e = errors(text);
    expect(e.map((x) => x.code)).toEqual(['header/statistic']);
    expect(e[0]!.message).toContain('列「下限」・列「上限」は列「発現割合（%）」の割合の信頼区間の下限・上限のようで');
    expect(e[0]!.message).toContain('チェッカーの判断');
    expect(e[0]!.hint).toContain('区間を除いた表を確かめ');
    const rows = tsv([
      ['', 'A群 (N=20)', 'B群 (N=80)'],
      ['発現', '3 (15.0%)', '40 (50.0%)'],
      ['下限', 3, 39],
      ['上限', 38, 61],
    ]);
    expect(errors(rows).map((x) => x.code)).toEqual(['header/statistic']);
    // 「95% CI」 beside counts: refused as before, now saying why.
    const ci = tsv([
      ['', '患者数', 'イベント数', '95% CI'],
      ['A群', 20, 3, '3.2-37.9'],
      ['B群', 80, 40, '38.6-61.4'],
    ]);
    expect(errors(ci)[0]!.message).toContain('列「95% CI」は信頼区間のようで');
  });
  it('intervals in a share’s or a fraction’s cell (「3 (15.0%) [3.2-37.9]」「3/20 (3.2-37.9)」): refused, as on main', () => {
    for (const cell of ['3 (15.0%) [3.2-37.9]', '3/20 (15.0%; 3.2-37.9)', '3/20 (3.2-37.9)', '15.0 (3.2-37.9)']) {
      const text = tsv([
        ['', 'A群 (N=20)', 'B群 (N=80)'],
        ['発現', cell, '40 (50.0%)'],
        ['非発現', '17 (85.0%)', '40 (50.0%)'],
      ]);
      const e = errors(text);
      expect(e.length, cell).toBeGreaterThan(0);
      // Said as an interval since rates5 (before: 「患者数のはずのセルに文字…があります」 with no word of why).
      expect(e[0]!.message, cell).toContain('信頼区間のような範囲のある');
    }
  });
  /**
   * 200 random outcome tables (rates5-families.ts `intervalTables`, seed 511: a rate per 1,000 or 100,000 人年 written,
   * its interval after it in the six forms, a 合計 row in half). On main (78dfba8), measured by hand with the same
   * tables: 178 refused (header/statistic, cell/decimal, total/mismatch), 22 read with the limits as counts, 9 upper
   * limits published beside a hidden count of 1–9 that they show under 10, in 7 tables. Now none refused, none shown.
   */
  it('random: 200 tables of a rate and its interval in lines of their own: none refused, no hidden count bounded under 10', () => {
    expect(attackIntervals(intervalTables(200, 511), result)).toEqual({ refused: 0, leaked: 0, held: 90 });
  });
  it('chance: 200 random count tables with categories 「Lower」「Upper」「下限」「上限」 (rows or columns, n (%) in half): none read as an interval', () => {
    const random = lcg(521);
    const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
    let refused = 0;
    for (let k = 0; k < 200; k++) {
      const [lower, upper] = random() < 0.5 ? ['Lower', 'Upper'] : ['下限', '上限'];
      const groups = ['A群', 'B群', 'C群'].slice(0, int(1, 3));
      const labels = ['Middle', lower, upper, 'Other'].slice(random() < 0.5 ? 0 : 1);
      const counts = labels.map(() => groups.map(() => int(0, 40)));
      const ns = groups.map((_, j) => counts.reduce((a, c) => a + c[j]!, 0));
      const pct = random() < 0.5;
      const cell = (n: number, j: number) => (pct ? `${n} (${((100 * n) / Math.max(1, ns[j]!)).toFixed(1)}%)` : String(n));
      const rows = [['', ...groups.map((g, j) => (pct ? `${g} (N=${ns[j]})` : g))], ...labels.map((l, i) => [l, ...counts[i]!.map(cell)])];
      const text = random() < 0.5 ? tsv(rows) : tsv(rows[0]!.map((_, c) => rows.map((r) => r[c]!)));
      if (errors(text).some((e) => e.message.includes('信頼区間'))) refused++;
    }
    expect(refused).toBe(0);
  });
  it('「Lower」「Upper」 as categories (a lower limit above its upper somewhere) stay counts', () => {
    const text = tsv([
      ['', 'A群', 'B群'],
      ['Lower', 30, 45],
      ['Upper', 40, 12],
    ]);
    expect(result(text).ok).toBe(true);
  });
});

describe('3. the words', () => {
  it('no sentence of these refusals and readings breaks the report’s rules (words.ts)', () => {
    const texts = [...orphanTables('other', 5, 501), ...orphanTables('events', 5, 502), ...intervalTables(10, 511)].map((t) => t.text);
    const proportion = tsv([
      ['', '患者数', 'イベント数', '発現割合（%）', '下限', '上限'],
      ['A群', 20, 3, 15, 3, 38],
      ['B群', 80, 40, 50, 39, 61],
    ]);
    const bad: string[] = [];
    for (const text of [...texts, proportion]) {
      const r = toReport(result(text), bundle, new Date('2026-12-03T01:00:00Z'));
      for (const x of [...sentences(r), ...textLines(r), ...htmlLines(r)])
        for (const p of problems(x.text)) bad.push(`${p} | ${x.text.slice(0, 120)}`);
    }
    expect(bad).toEqual([]);
  });
});
