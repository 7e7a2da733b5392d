/**
 * A rate's interval in the lines rates5, rates7 and pctl9 left open (issue #11, branch rates8; README 「Outcome
 * tables」 and Limits):
 * 1. *A lone limit* — one line of a lower or an upper limit, no partner. A named one (「95% CI upper」「UCL」
 *    「95%信頼区間上限」) just after or just before a line of rates lying on its side in every position is joined into
 *    the rate's cells (「120 (上限 351)」) and hidden with it; a bare one (「上限」「UB」「High」: a category of counts
 *    may be so named) before its rate or apart from it, on its side of a line of rates in every position, is refused in
 *    words. Main read the bare ones as counts (published beside the hidden count they bound) and refused the named.
 * 2. *A median between percentile limits* (「2.5%」「50%」「97.5%」, 「P2.5」「P50」「P97.5」, 「0.025quant」「0.5quant」
 *    「0.975quant」, 「2.5%」「中央値」「97.5%」): read as the rate's interval and median where the limits are p and
 *    100 − p and both the rate and the median lie between them on every row — joined into the rate's cells
 *    (「12.0 (2.5-35.1; 中央値 11.4)」) and hidden with it. Main refused each line in words.
 * 3. *Percentile limits of a share* (「割合（%）」 then 「2.5%」「97.5%」), and a bare lone limit of a share before it or
 *    apart: refused in words as the share's interval (no share's interval is read). Main refused them as percentages
 *    with no % or as statistics, or read 「P2.5」「P97.5」 (and 「上限」) of whole numbers as counts.
 *
 * Attacked by rates7-families.ts `attackRates7` (every number of the form's lines — the rate, each limit, the median —
 * that the check publishes in a hidden count's row, inverted: times its base over the true unit at the top of both
 * roundings, the count is at most that — an upper limit bounds it, an exact lower limit gives it back), and the counts
 * by the oracle (protection.ts `expectProtected`). Measured on main (54536fa) with `npx node
 * test/pubcheck/rates8-measure.ts '<forms>' <n> <seed> /tmp/main/src` (an export of main's src/ and schemas/).
 */
import { describe, expect, it } from 'vitest';
import { toReport } from '../../src/pubcheck/report.ts';
import { fixtureBundle, lcg, solver } from './helpers.ts';
import { adversary, expectProtected, expectRatesHidden, outcomeAttacked } from './protection.ts';
import { attackAll } from './rates7-families.ts';
import { rates8Tables } from './rates8-families.ts';
import { htmlLines, problems, sentences, textLines } from './words.ts';

const highs = await solver();
const bundle = fixtureBundle();
const { result } = adversary(highs, bundle);

const LONE = [
  'lone:LV% CI UPPER',
  'lone:UCL',
  'lone:LV%信頼区間上限',
  'lone:Upper LV% CI',
  'lone:LV% CI LOWER',
  'lone:上限',
  'lone:UB',
  'lone-before:LV% CI UPPER',
  'lone-before:上限',
  'lone-before:UB',
  'lone-before:Upper limit',
  'lone-apart:上限',
  'lone-apart:UB',
  'lone-apart:High',
  'lone-apart:LV% CI UPPER',
  'lone-apart:下限',
];
/** Bare lone limits of whole numbers before or apart from their rate: read as counts on main. */
const WHOLE = [
  'lone-before:上限#0',
  'lone-before:UB#0',
  'lone-before:High#0',
  'lone-apart:上限#0',
  'lone-apart:UB#0',
  'lone-apart:High#0',
  'lone-apart:下限#0',
  'lone-apart:Max#0',
];
const TRIPLES = [
  'triple:PLO%|50%|PHI%',
  'triple:PPLO|P50|PPHI',
  'triple:PLOth percentile|50th percentile|PHIth percentile',
  'triple:FLOquant|0.5quant|FHIquant',
  'triple:PLO%|中央値|PHI%',
  'triple:PLO%|Median|PHI%',
  'triple:QPLO|Q50|QPHI',
  'triple-before:PLO%|50%|PHI%',
  'triple-before:FLOquant|0.5quant|FHIquant',
  'triple-before:PPLO|P50|PPHI',
];
const SHARES = [
  'share:PLO%|PHI%',
  'share:PPLO|PPHI',
  'share:LV% CI PLO%|LV% CI PHI%',
  'share:PLOth percentile|PHIth percentile',
  'share:PLO%|PHI%#0',
  'share:PPLO|PPHI#0',
  'share:LV% CI PLO%|LV% CI PHI%#0',
  'share:PLOth percentile|PHIth percentile#0',
  'share:PLOパーセンタイル|PHIパーセンタイル#0',
];

const cols = (labels: string[], a: (string | number)[], b: (string | number)[]) =>
  [
    ['', '患者数', 'イベント数', '人年', ...labels],
    ['A群', 500, 40, '5000.0', ...a],
    ['B群', 300, 3, '2500.0', ...b],
  ]
    .map((r) => r.join('\t'))
    .join('\n') + '\n';
const RATE = '発現率（/100,000人年）';

describe('1. a lone limit', () => {
  /** Main (54536fa): 189 of 200 refused, 1 hidden count shown under 10 by a bare 「上限」 apart from its rate, read as counts. */
  it('random: 200 tables, 16 forms of a lone limit after, before or apart from its rate: none shown (main: 189 refused, 1 shown)', () => {
    expect(attackAll(rates8Tables(LONE, 200, 501), result)).toEqual({ refused: 135, leaked: 0, held: 83 });
  });
  /**
   * Main (54536fa): 104 of 200 refused, 29 hidden counts of 1–9 shown under 10 by a bare lone limit of whole numbers
   * read as counts and published (350 per 100,000 人年 beside the hidden 3 of 2,500 人年: at most 8). Now all refused in words.
   */
  it('random: 200 tables, a bare lone limit of whole numbers before or apart from its rate: all refused in words, none shown (main: 104 refused, 29 shown)', () => {
    const tables = rates8Tables(WHOLE, 200, 504);
    expect(attackAll(tables, result)).toEqual({ refused: 200, leaked: 0, held: 0 });
    for (const t of tables) {
      const r = result(t.text);
      expect(!r.ok && r.errors.some((e) => e.code === 'header/statistic' && e.message.includes('率の信頼区間の')), t.text).toBe(true);
    }
  });
  /**
   * A lone percentile's line (「97.5%」「P97.5」「2.5th percentile」, pctl9 refused it by its rate): joined alike where it
   * stands just after or before its rate, on its side on every row; refused in words apart from it (whole numbers
   * read as counts on main). Main (54536fa): 182 of 200 refused, 4 hidden counts shown under 10 by a 「P97.5」 of whole
   * numbers after 患者数; now 70 refused (apart from the rate, or 「P5」「P0.5」 — 「P5」 a period, pctl9 — read as
   * decimals), 0 shown, 174 hidden with their rate.
   */
  it('random: 200 tables, a lone percentile after, before or apart from its rate: none shown (main: 182 refused, 4 shown)', () => {
    const forms = [
      'lone:PPHI',
      'lone:PHI%',
      'lone:PLO%',
      'lone-before:PHIth percentile',
      'lone-before:PPLO',
      'lone-apart:PPHI#0',
      'lone-apart:PHIパーセンタイル#0',
      'lone-apart:PHI%点',
      'lone:PHI%#0',
    ];
    expect(attackAll(rates8Tables(forms, 200, 509), result)).toEqual({ refused: 70, leaked: 0, held: 174 });
  });
  it('a named lone limit just after or just before its rate: joined and hidden with it, said as ours (main: refused, 「…下限・上限の二つが順に並んだ区間として読めません」)', () => {
    for (const [labels, a, b, cell] of [
      [[RATE, '95% CI upper'], [800, 1090], [120, 351], '120 (上限 351)'],
      [['UCL', RATE], [1090, 800], [351, 120], '120 (上限 351)'],
      [[RATE, '95%信頼区間下限'], [800, 570], [120, 25], '120 (下限 25)'],
    ] as const) {
      const r = result(cols([...labels], [...a], [...b]));
      expect(r.ok).toBe(true);
      if (!r.ok) continue;
      expect(r.tables[0]!.table.cols.map((h) => h.label)).toEqual(['イベント数']);
      const w = r.warnings.find((x) => x.code === 'layout/interval')!.message;
      expect(w).toContain('率の信頼区間の');
      expect(w).toContain('チェッカーの判断');
      const cells = toReport(r, bundle, new Date('2026-12-04T01:00:00Z')).tables[0]!.rates[0]!.cells;
      expect(cells.map((c) => [c.text, c.hidden])).toEqual([
        [`${a[labels[0] === RATE ? 0 : 1]} (${cell.split('(')[1]!.split(' ')[0]} ${a[labels[0] === RATE ? 1 : 0]})`, false],
        [cell, true],
      ]);
      expect(expectRatesHidden(r, bundle)).toBe(1);
    }
  });
  it('a bare lone limit before its rate or apart, on its side of the rate on every row (main: read as counts, 351 published beside the hidden 3)', () => {
    for (const labels of [
      ['上限', RATE],
      ['UB', RATE],
    ]) {
      const r = result(cols(labels, [1090, 800], [351, 120]));
      expect(r.ok).toBe(false);
      if (!r.ok)
        expect(r.errors.find((e) => e.code === 'header/statistic')!.message).toContain(`列「${RATE}」の率の信頼区間の上限のようです`);
    }
    const apart =
      '\t患者数\t上限\tイベント数\t人年\t発現率（/100,000人年）\nA群\t500\t1090\t40\t5000.0\t800\nB群\t300\t351\t3\t2500.0\t120\n';
    expect(result(apart).ok).toBe(false);
  });
  it('a named lone limit on the wrong side of the rate somewhere, or a bare one bounding no rate, is not joined', () => {
    const r = result(cols([RATE, '95% CI upper'], [800, 1090], [120, 100]));
    expect(r.ok).toBe(false);
    // A category 「上限」 below the rate in one row: no rate it bounds, a line of counts as before.
    expect(result(cols(['上限', RATE], [1090, 800], [30, 120])).ok).toBe(true);
  });
  /**
   * The cost: 200 outcome tables with a count category named as a limit alone (「上限」「下限」「High」「Low」「UB」「LB」
   * 「Max」「Min」「最大」「最小」) before, apart from or after a rate. Main refused 70 (those after the rate, attack23);
   * now 107 — the others lying on the limit's side of the rate in every row by chance (the hint says to name the
   * category otherwise). None joined. Since rates10, 109: two more whose category lies near a line of counts on the
   * limit's side in every row, as a limit of that count would (rates10.test.ts: a lone limit bounding no rate or
   * share, read as counts before, published beside the hidden count it gives back).
   */
  it('chance: 200 count tables with a category named as a lone limit: 109 refused in words (main 70), none joined', () => {
    const random = lcg(505);
    const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
    const CATS = ['上限', '下限', 'High', 'Low', 'UB', 'LB', 'Max', 'Min', '最大', '最小'];
    let [refused, joined] = [0, 0];
    for (let k = 0; k < 200; k++) {
      const groups = ['A群', 'B群', 'C群'].slice(0, int(2, 3));
      const cat = CATS[int(0, CATS.length - 1)]!;
      const where = int(0, 2);
      const dec = int(0, 2);
      const at = (w: number) => (where === w ? [cat] : []);
      const head = ['', '患者数', ...at(0), 'イベント数', '人年', ...at(1), '発現率（/1,000人年）', ...at(2)];
      const rows = groups.map((g) => {
        const [n, e] = [int(100, 900), int(0, 60)];
        const c = int(0, Math.min(n, 200));
        const py = (n * (0.5 + random() * 4)).toFixed(1);
        const rate = ((1000 * e) / Number(py)).toFixed(dec);
        const on = (w: number) => (where === w ? [c] : []);
        return [g, n, ...on(0), e, py, ...on(1), rate, ...on(2)];
      });
      const r = result([head, ...rows].map((x) => x.join('\t')).join('\n') + '\n');
      refused += r.ok ? 0 : 1;
      if (!r.ok) expect(r.errors.map((e) => e.code)).toContain('header/statistic');
      joined += r.warnings.some((w) => w.code === 'layout/interval') ? 1 : 0;
    }
    expect({ refused, joined }).toEqual({ refused: 109, joined: 0 });
  });
});

describe('2. a median between percentile limits', () => {
  /** Main (54536fa): all 200 refused in words (「パーセンタイル点）のようですが、率の区間として読めません」), none shown. */
  it('random: 200 tables, 10 forms of 「2.5%」「50%」「97.5%」 after or before the rate: none refused, none shown (main: 200 refused)', () => {
    expect(attackAll(rates8Tables(TRIPLES, 200, 502), result)).toEqual({ refused: 0, leaked: 0, held: 271 });
  });
  /**
   * Percentile limits (a median between or not) by no rate and no share: the rate left out, the median printed as the
   * estimate (Bayesian outputs). Main (54536fa): 171 of 200 refused, 29 hidden counts shown under 10 by 「P2.5」「P50」
   * 「P97.5」「0.025quant」… of whole numbers read as counts; now all refused in words (「…すぐ前後に率や割合の列がなく、
   * 何の区間か読めません」).
   */
  it('random: 200 tables, 「2.5%」「50%」「97.5%」 with no rate printed: all refused in words, none shown (main: 171 refused, 29 shown)', () => {
    const forms = [
      'triple-alone:PLO%|50%|PHI%',
      'triple-alone:PPLO|P50|PPHI',
      'triple-alone:FLOquant|0.5quant|FHIquant',
      'triple-alone:PLO%|50%|PHI%#0',
      'triple-alone:PPLO|P50|PPHI#0',
      'triple-alone:PLOth percentile|50th percentile|PHIth percentile#0',
    ];
    const tables = rates8Tables(forms, 200, 512);
    expect(attackAll(tables, result)).toEqual({ refused: 200, leaked: 0, held: 0 });
    for (const t of tables) {
      const r = result(t.text);
      expect(!r.ok && r.errors.some((e) => e.message.includes('何の区間か読めません')), t.text).toBe(true);
    }
  });
  it('the limits and the median are joined into the rate and hidden with it, said as ours', () => {
    const text =
      '\t患者数\tイベント数\t人年\t発現率（/1,000人年）\t2.5%\t50%\t97.5%\nA群\t300\t3\t250.0\t12.0\t2.5\t11.4\t35.1\nB群\t500\t40\t800.0\t50.0\t35.7\t49.6\t68.1\n';
    const rows =
      '\tA群\tB群\n患者数\t300\t500\nイベント数\t3\t40\n人年\t250.0\t800.0\n発現率（/1,000人年）\t12.0\t50.0\nP2.5\t2.5\t35.7\n中央値\t11.4\t49.6\nP97.5\t35.1\t68.1\n';
    for (const t of [text, rows]) {
      const r = result(t);
      expect(r.ok).toBe(true);
      if (!r.ok) continue;
      const w = r.warnings.find((x) => x.code === 'layout/interval')!.message;
      expect(w).toContain('とその間の中央値と読み');
      expect(w).toContain('チェッカーの判断');
      const cells = toReport(r, bundle, new Date('2026-12-04T01:00:00Z')).tables[0]!.rates[0]!.cells;
      expect(cells.map((c) => [c.text, c.hidden])).toEqual([
        ['12.0 (2.5-35.1; 中央値 11.4)', true],
        ['50.0 (35.7-68.1; 中央値 49.6)', false],
      ]);
    }
  });
  it('a median outside its limits on one row, or limits not p and 100 − p: refused in words', () => {
    for (const [a, b] of [
      ['2.5%\t50%\t97.5%', '2.5\t40.0\t35.1'],
      ['2.5%\t50%\t95%', '2.5\t11.4\t35.1'],
    ]) {
      const r = result(
        `\t患者数\tイベント数\t人年\t発現率（/1,000人年）\t${a}\nA群\t300\t3\t250.0\t12.0\t${b}\nB群\t500\t40\t800.0\t50.0\t35.7\t49.6\t68.1\n`,
      );
      expect(r.ok).toBe(false);
      if (!r.ok)
        expect(r.errors.some((e) => e.code === 'header/statistic' && e.message.includes('パーセンタイル点）のようですが'))).toBe(true);
    }
  });
});

describe('3. percentile limits of a share', () => {
  /**
   * Main (54536fa): 262 of 300 refused (as percentages with no %, as statistics), 36 hidden counts shown under 10 by
   * 「P2.5」「P97.5」「5パーセンタイル」 of whole numbers read as counts (the limit × N ÷ 100). Now all refused, naming the share.
   */
  it('random: 300 tables, 9 forms of a share’s percentile limits: all refused in words, none shown (main: 262 refused, 36 shown)', () => {
    const tables = rates8Tables(SHARES, 300, 506);
    expect(attackAll(tables, result)).toEqual({ refused: 300, leaked: 0, held: 0 });
    for (const t of tables) {
      const r = result(t.text);
      expect(!r.ok && r.errors.some((e) => e.message.includes('の割合の区間の')), t.text).toBe(true);
    }
  });
});

describe('3b. a lone limit of a share', () => {
  /**
   * A bare lone limit (「上限」「UB」「Max」) of a share (「割合（%）」) just before it or apart from it: read as counts on
   * main (the limit × N ÷ 100 bounding the hidden count). Main (54536fa): 175 of 200 refused, 12 hidden counts shown
   * under 10 by limits of whole numbers; now all refused in words (no share's interval is read).
   */
  it('random: 200 tables, a share’s lone limit before it or apart: all refused, none shown (main: 175 refused, 12 shown)', () => {
    const forms = [
      'share-lone-before:上限',
      'share-lone-before:UB',
      'share-lone-apart:上限',
      'share-lone-apart:High',
      'share-lone-apart:下限',
      'share-lone-before:上限#0',
      'share-lone-apart:上限#0',
      'share-lone-apart:UB#0',
      'share-lone-apart:Max#0',
      'share-lone-before:LV% CI UPPER',
    ];
    expect(attackAll(rates8Tables(forms, 200, 510), result)).toEqual({ refused: 200, leaked: 0, held: 0 });
  });
  /**
   * The cost: 200 count tables 患者数, イベント数, 割合（%） with a count category named as a lone limit (apart, or after
   * the share). Main refused 101 (after the share, attack23); now 148 — the category on the limit's side of the share on
   * every row by chance (shares of 0–60 of 100–900 are small beside counts of 0–200).
   */
  it('chance: 200 count tables with a share and a category named as a lone limit: 148 refused (main 101)', () => {
    const random = lcg(511);
    const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
    const CATS = ['上限', '下限', 'High', 'Low', 'UB', 'LB', 'Max', 'Min', '最大', '最小'];
    let refused = 0;
    for (let k = 0; k < 200; k++) {
      const groups = ['A群', 'B群', 'C群'].slice(0, int(2, 3));
      const cat = CATS[int(0, CATS.length - 1)]!;
      const where = int(0, 1);
      const sign = random() < 0.5 ? '%' : '';
      const at = (w: number) => (where === w ? [cat] : []);
      const head = ['', '患者数', ...at(0), 'イベント数', '割合（%）', ...at(1)];
      const rows = groups.map((g) => {
        const [n, e] = [int(100, 900), int(0, 60)];
        const c = int(0, Math.min(n, 200));
        const on = (w: number) => (where === w ? [c] : []);
        return [g, n, ...on(0), e, ((100 * e) / n).toFixed(1) + sign, ...on(1)];
      });
      const r = result([head, ...rows].map((x) => x.join('\t')).join('\n') + '\n');
      refused += r.ok ? 0 : 1;
    }
    expect(refused).toBe(148);
  });
});

describe('4. the oracle and the words', () => {
  it('the oracle: the counts of 30 tables read (lone limits joined, triples) hold under the threshold', () => {
    let checked = 0;
    for (const t of rates8Tables(
      [...LONE.filter((f) => !f.startsWith('lone-apart') && !/上限$|UB$|High$|下限$|limit$/.test(f)), ...TRIPLES],
      30,
      507,
    )) {
      const r = result(t.text);
      expect(r.ok, t.text).toBe(true);
      if (!r.ok) continue;
      expectProtected(highs, r, outcomeAttacked(r, t.text));
      expectRatesHidden(r, bundle);
      checked++;
    }
    expect(checked).toBe(30);
  });
  it('no sentence of these readings and refusals breaks the report’s rules (words.ts)', () => {
    const bad: string[] = [];
    for (const t of rates8Tables(
      [...LONE, ...WHOLE, ...TRIPLES, ...SHARES, 'share-lone-apart:上限#0', 'share-lone-before:UB', 'lone-apart:PPHI#0'],
      40,
      508,
    )) {
      const r = toReport(result(t.text), bundle, new Date('2026-12-04T01:00:00Z'));
      for (const x of [...sentences(r), ...textLines(r), ...htmlLines(r)])
        for (const p of problems(x.text)) bad.push(`${p} | ${x.text.slice(0, 120)}`);
    }
    expect(bad).toEqual([]);
  });
});
