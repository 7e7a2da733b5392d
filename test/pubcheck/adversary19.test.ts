/**
 * A nineteenth round of adversarial tables (issue #11) against the readings merged last: outcome tables with their
 * rates (rates2), 「n/N」 blocks and add_n() with 不明 rows, 「-0」 and numbers named by their context (reading17), row
 * percentages with Ns on both axes, 「53例」 headers and 「n [p%]」「n, p%」 cells (rowpct). About 120 hand-written tables
 * and 3,000 random ones were tried against the oracle (oracle.ts), the interval arithmetic of a rate and its base, and
 * the true counts. Four classes did not hold, each fixed at its root:
 * - a rate with no unit written, read as the rate of the first line of counts it fits (死亡数 per 1,000), though it
 *   fits another line under another unit (イベント数 per 100): published where only that line's count was hidden;
 * - a header that is a count alone under its line's sum (「12例」「24人」 over a multi-answer column), read as a label:
 *   12 − 10 = 2 patients without 頭痛 shown, where 「A群 12例」 is read as the N and those complements protected;
 * - a corner whose unit a column repeats (「入院回数（回）」 beside 「外来受診数（回）」), read as naming the numbers under
 *   it: a column of counts pasted without its labels read as row labels, the 3 unchecked, exit 0;
 * - tableone strata at least their column's sum (「5」 over 3 + 2, both hidden): each under 10 to a reader taking 5
 *   for the N.
 * What held is asserted below (cheaply: the reading and the findings, the oracle on a few).
 */
import { describe, expect, it } from 'vitest';
import { readTables } from '../../src/pubcheck/read.ts';
import { toReport } from '../../src/pubcheck/report.ts';
import { fixtureBundle, int, lcg, pick, solver } from './helpers.ts';
import { adversary, expectProtected, expectRatesHidden, hiddenLabels, outcomeAttacked, type Ok } from './protection.ts';

const highs = await solver();
const bundle = fixtureBundle();
const { result, run, holds, codes } = adversary(highs, bundle);
const tsv = (rows: (string | number)[][]) => rows.map((r) => r.join('\t')).join('\n') + '\n';
const refusedCodes = (text: string) => readTables(text).errors.map((e) => e.code);
const AT = new Date('2026-12-03T01:00:00Z');
/** Tables of the chance family whose rates are all 0 to their precision, refused since rates5 (measured). */
const REFUSED_ZERO = 4;

/** The whole numbers a rate printed (its decimals) and its base printed (or exact) allow per `scale`: the attacker's. */
function fromRate(rate: string, base: string, scale: number, exact = false): number[] {
  const dec = (s: string) => s.split('.')[1]?.length ?? 0;
  const [r, b] = [Number(rate), Number(base)];
  const h = 0.5 * 10 ** -dec(rate);
  const hb = exact ? 0 : 0.5 * 10 ** -dec(base);
  const out: number[] = [];
  for (let n = Math.max(0, Math.ceil(((r - h) * (b - hb)) / scale - 1e-9)); n <= ((r + h) * (b + hb)) / scale + 1e-9; n++) out.push(n);
  return out;
}

/** Each printed rate of the first table: [row label, text, hidden in the report]. */
const rateCells = (r: Ok) => toReport(r, bundle, AT).tables[0]!.rates[0]!.cells.map((c) => [c.row, c.text, c.hidden] as const);

describe('a rate whose unit the labels leave open, fitting two lines of counts under two units', () => {
  // 発現率 with no unit: per 100 person-years of イベント数 (100 of 5,000 PY: 2.0; 3 of 6,500: 0.0 …), and per 1,000 of
  // 死亡数 (10 of 5,000: 2.0; 0 of 6,500: 0.0) too — the checker tries 1,000 first.
  const text = tsv([
    ['', '患者数', 'イベント数', '死亡数', '人年', '発現率'],
    ['A群', 500, 100, 10, '5000.0', '2.0'],
    ['B群', 300, 3, 0, '6500.0', '0.0'],
    ['合計', 800, 103, 10, '11500.0', '0.9'],
  ]);
  it('before, read as the rate of 死亡数 only, and published where イベント数 was hidden: B群 0.0 per 100 showed 3 ≤ 3; now hidden', () => {
    // On main (0b466ec): 「列「死亡数」のイベント数の…率と読みました」, B群's イベント数 3 hidden (under 10), A群's 100 hidden
    // with it, and every rate published (死亡数 10 and 0 are published): 0.0 × 6,500 ÷ 100 gives 0–3, 2.0 × 5,000 ÷ 100
    // gives 98–102 — the two hidden counts.
    expect(fromRate('0.0', '6500.0', 100)).toEqual([0, 1, 2, 3]);
    expect(fromRate('2.0', '5000.0', 100)).toEqual([98, 99, 100, 101, 102]);
    const r = run(text);
    const t = r.tables[0]!.table;
    // Since rates5 a rate naming no event is read as a line of events (イベント数, per 100) before another line of
    // counts it fits (死亡数, per 1,000), which it is hidden with as well.
    expect(t.rates![0]!.events).toEqual(['イベント数']);
    expect(t.rates![0]!.also).toEqual(['死亡数']);
    expect(hiddenLabels(r)).toEqual(expect.arrayContaining(['A群/イベント数', 'B群/イベント数']));
    expect(rateCells(r)).toEqual([
      ['A群', '2.0', true],
      ['B群', '0.0', true],
      ['合計', '0.9', false],
    ]);
    expectRatesHidden(r, bundle);
    const note = r.warnings.find((w) => w.code === 'layout/rate')!.message;
    expect(note).toContain('列「死亡数」の数の率とも丸めの範囲で合い');
    expect(note).toContain('チェッカーの判断');
    const why = toReport(r, bundle, AT).tables[0]!.rates[0]!.cells[1]!.why!;
    expect(why).toContain('行「B群」・列「イベント数」のイベント数を秘匿するため、この率も秘匿します');
    expectProtected(highs, r, outcomeAttacked(r, text));
  });
  it('before, 「発現率」 beside 人年 was tried per person-time only: per 100 patients it gave the hidden 3 back (2–4); now hidden', () => {
    // On main (0b466ec): read as 死亡数 per 1,000 人年 (10 of 500 PY: 20; 10 of 10,000: 1), every rate published; per 100
    // patients it is イベント数's (100 of 500: 20; 3 of 300: 1), and B群's 1 × 300 ÷ 100 gives 2–4 of the hidden 3.
    const text = tsv([
      ['', '患者数', 'イベント数', '死亡数', '人年', '発現率'],
      ['A群', 500, 100, 10, '500.0', '20'],
      ['B群', 300, 3, 10, '10000.0', '1'],
    ]);
    expect(fromRate('1', '300', 100, true)).toEqual([2, 3, 4]);
    const r = run(text);
    // Since rates5: read as イベント数 per 100 patients (死亡数 per 1,000 人年 is no line of events), hidden with 死亡数 too.
    expect(r.tables[0]!.table.rates![0]!.events).toEqual(['イベント数']);
    expect(r.tables[0]!.table.rates![0]!.also).toEqual(['死亡数']);
    expect(rateCells(r)).toEqual([
      ['A群', '20', false],
      ['B群', '1', true],
    ]);
  });
  it('with the unit written (「発現率（/1,000人年）」) the rate is of 死亡数 alone, as before', () => {
    const r = run(text.replace('発現率', '発現率（/1,000人年）'));
    expect(r.tables[0]!.table.rates![0]!.also).toEqual([]);
    expect(rateCells(r).map(([, , h]) => h)).toEqual([false, false, false]);
  });

  /**
   * Random outcome tables whose rate is per 100 (or 10,000) person-years with no unit written, beside a second line
   * of counts about a tenth (ten times) of the events, a 合計 row and some small counts. Each published rate is
   * attacked with the true unit and base: where its true count is hidden, the rate must not pin it nor show it under
   * the threshold. `main` counts the rates published under the first reading alone (main's rule, the count part being
   * the same): those leaked.
   */
  it('chance: 150 random tables of two lines of counts and a rate with no unit: 31 rates in 14 leaked on main, none now (4 of rates all 0 refused)', () => {
    const random = lcg(1907);
    let main = 0;
    let now = 0;
    let hiddenRates = 0;
    let refused = 0;
    const mainTables = new Set<number>();
    for (let k = 0; k < 150; k++) {
      const scale = pick(random, [100, 10_000]);
      const decimals = pick(random, [0, 1, 1, 2]);
      const rows: { label: string; e: number; f: number; n: number; py: number }[] = ['A群', 'B群', 'C群']
        .slice(0, int(random, 2, 3))
        .map((label) => {
          const n = int(random, 200, 3000);
          const e = random() < 0.4 ? int(random, 1, 9) : int(random, 10, 150);
          const f = Math.max(0, Math.round(scale === 100 ? e / 10 : e * 10) + int(random, -1, 1));
          return { label, e, f, n, py: n * (1 + random() * 5) };
        });
      const sum = (key: 'e' | 'f' | 'n' | 'py') => rows.reduce((a, x) => a + x[key], 0);
      rows.push({ label: '合計', e: sum('e'), f: sum('f'), n: sum('n'), py: sum('py') });
      const text = tsv([
        ['', '患者数', 'イベント数', '死亡数', '人年', '発現率'],
        ...rows.map((x) => [x.label, x.n, x.e, x.f, x.py.toFixed(1), ((x.e * scale) / x.py).toFixed(decimals)]),
      ]);
      const r = result(text);
      // Since rates5 a line of rates every one of which is 0 to its precision, with no unit written, is refused in words
      // (it fits any line under a unit large enough: header/rate).
      if (!r.ok) {
        expect(
          rows.every((x) => Number(((x.e * scale) / x.py).toFixed(decimals)) === 0),
          text,
        ).toBe(true);
        expect(r.errors.map((e) => e.code)).toEqual(['header/rate']);
        refused++;
        continue;
      }
      const tr = r.tables[0]!;
      const cols = tr.table.cols.length;
      const rate = tr.table.rates![0]!;
      const ev = tr.table.cols.findIndex((h) => h.label === 'イベント数');
      const published = ([row, col]: [number, number]) => tr.status[row * cols + col] === 'published';
      const isAlso = ([, col]: [number, number]) => rate.also.includes(tr.table.cols[col]!.label);
      for (const c of rate.cells) {
        const status = tr.status[c.at * cols + ev]!;
        if (status === 'published') continue;
        const x = rows[c.at]!;
        const values = fromRate(((x.e * scale) / x.py).toFixed(decimals), x.py.toFixed(1), scale);
        const leaks = values.length <= 1 || (status === 'primary' && Math.max(...values) < 10);
        if (!leaks) continue;
        if (c.events.filter((e) => !isAlso(e)).every(published)) {
          main++;
          mainTables.add(k);
        }
        if (c.events.every(published)) now++;
        else hiddenRates++;
      }
    }
    console.log(`rates leaked on main: ${main} in ${mainTables.size} tables; now ${now}; hidden ${hiddenRates}`);
    // Measured on the fixed generator (lcg exact modulo 2^32): 31 rates in 14 of 150 tables (the first reading 死亡数 per
    // 1,000) published on main with their hidden イベント数 pinned or shown under 10 by the true unit; none now, each
    // hidden (192 such rates hidden). (The old generator, whose seeds fell into one cycle, drew 16 in 8.)
    // Since rates5 the rate is read as イベント数's (the line of events) first, so `main` (the first reading's rates
    // published) no longer replays main's reading: its 31 in 14 were measured before rates5.
    console.log(`refused (every rate 0): ${refused}`);
    expect(now).toBe(0);
    expect(main).toBe(0);
    expect(refused).toBe(REFUSED_ZERO);
    expect(hiddenRates).toBeGreaterThanOrEqual(31);
  });
});

describe('a header that is a count alone under its line’s sum', () => {
  const multi = (head: string[], title = '# 有害事象（複数回答）\n') =>
    title +
    tsv([
      ['', ...head],
      ['頭痛', 10, 15],
      ['発熱', 11, 12],
      ['発疹', 3, 11],
    ]);
  it('before, 「12例」 over a multi-answer column was a label: 12 − 10 = 2 without 頭痛 shown, exit 0; now the N, as 「A群 12例」', () => {
    // On main (0b466ec): only 発疹 3 hidden, 「12例」「20例」 read as names; 「A群 12例」 was read as the N, and the
    // complements (頭痛以外 2, 発熱以外 1) protected.
    for (const head of [
      ['12例', '20例'],
      ['12 patients', '20 patients'],
      ['12名', '20名'],
    ]) {
      const r = run(multi(head));
      const t = r.tables[0]!.table;
      expect(t.cols.map((h) => h.denominator)).toEqual([12, 20]);
      expect(hiddenLabels(r)).toEqual(expect.arrayContaining([`頭痛/${head[0]}`, `発熱/${head[0]}`]));
      expect(r.warnings.map((w) => w.code)).toContain('header/n-below-sum');
    }
    // Not said to be 複数回答, a unit of persons (人), no cell over the N: an N all the same.
    const r = run(multi(['24人', '41人'], ''));
    expect(r.tables[0]!.table.cols.map((h) => h.denominator)).toEqual([24, 41]);
  });
  it('a numbering (「1人」「2人」「3人」: households) and a count some cell passes (「2人」 over 30) name categories, as before', () => {
    const houses = tsv([
      ['', '1人', '2人', '3人'],
      ['東地区', 12, 30, 8],
      ['西地区', 20, 25, 3],
    ]);
    expect(readTables(houses).tables[0]!.cols.every((h) => h.denominator === undefined)).toBe(true);
    const two = tsv([
      ['', '単身', '2人', '3人以上'],
      ['東地区', 12, 30, 8],
      ['西地区', 20, 25, 3],
    ]);
    expect(readTables(two).tables[0]!.cols.every((h) => h.denominator === undefined)).toBe(true);
  });
  it('chance: 200 random multi-answer tables under 「n例」「n名」「n人」「n patients」「n pts」 (164 leaked on main): none leak now', () => {
    // On main (0b466ec), this generator: 164 of 200 passed with a complement of 1–9 under a published count (N − count),
    // 35 refused (「12例 n (%)」, percent/unknown-base); now each is read with its N, blocked or hiding the counts.
    const random = lcg(1);
    let leaked = 0;
    let refused = 0;
    for (let t = 0; t < 200; t++) {
      const C = int(random, 1, 3);
      const R = int(random, 3, 5);
      const ns = Array.from({ length: C }, () => int(random, 12, 60));
      const form = pick(random, ['例', '名', ' patients', ' pts', '例 n (%)', '人']);
      const titled = random() < 0.5;
      const rows = ['頭痛', '発熱', '発疹', '悪心', '倦怠感'].slice(0, R);
      const m = rows.map(() => ns.map((n) => (random() < 0.4 ? n - int(random, 1, 9) : int(random, 10, n))));
      const cell = (x: number, n: number) => (form.includes('%') ? `${x} (${((100 * x) / n).toFixed(1)}%)` : String(x));
      const text =
        (titled ? '# 有害事象（複数回答）\n' : '') +
        tsv([['', ...ns.map((n) => `${n}${form}`)], ...rows.map((l, i) => [l, ...m[i]!.map((x, j) => cell(x, ns[j]!))])]);
      if (!ns.some((n, j) => m.reduce((a, r) => a + r[j]!, 0) > n)) continue;
      const r = result(text);
      if (!r.ok) {
        refused++;
        continue;
      }
      const tr = r.tables[0]!;
      if (tr.primary.headers.length > 0 || tr.suppression?.passed === false) continue;
      const cols = tr.table.cols.length;
      const shown = m.some((row, i) =>
        row.some((x, j) => {
          const at = tr.table.rows.findIndex((h) => h.label === rows[i]);
          return at >= 0 && ns[j]! - x > 0 && ns[j]! - x < 10 && tr.status[at * cols + j] === 'published';
        }),
      );
      if (shown) leaked++;
    }
    expect(leaked).toBe(0);
    expect(refused).toBe(0);
  });
});

describe('a corner whose unit or measure a column header repeats', () => {
  it('before, 「入院回数（回）」 over 3 and 15 beside 「外来受診数（回）」 was the rows’ names (exit 0, the 3 unchecked); now header/values', () => {
    // On main (0b466ec): rows 「3」「15」 under a corner stating its unit (reading17), nothing hidden, exit 0.
    const pasted = tsv([
      ['入院回数（回）', '外来受診数（回）', '救急受診数（回）'],
      [3, 20, 23],
      [15, 12, 27],
    ]);
    expect(codes(pasted)).toEqual(['header/values']);
    // Categories under a corner of their own measure, the columns groups: read as before (reading17).
    holds(
      tsv([
        ['投与回数（回）', 'A群', 'B群'],
        [3, 20, 23],
        [15, 12, 27],
      ]),
    );
    expect(
      refusedCodes(
        tsv([
          ['用量 (mg)', '実薬群', '対照群'],
          [30, 20, 23],
          [20, 12, 27],
          [40, 11, 10],
        ]),
      ),
    ).toEqual([]);
  });
  it('chance: 200 random tables of counts pasted without their labels under headers of one unit (81 read on main): none read now', () => {
    const random = lcg(1901);
    let read = 0;
    let ordinary = 0;
    for (let k = 0; k < 200; k++) {
      const [unit, names] = pick<[string, string[]]>(random, [
        ['（回）', ['入院回数', '外来受診数', '救急受診数', '再入院数']],
        ['（件）', ['処方件数', '検査件数', '処置件数']],
        [' (times)', ['Admissions', 'Visits', 'Emergency']],
        ['回数', ['入院', '外来受診', '救急受診']],
        ['（点）', ['合計点', '下位点', '上位点']],
      ]);
      const C = int(random, 2, 4);
      const R = int(random, 2, 5);
      const cols = names.slice(0, Math.min(C, names.length)).map((n) => n + unit);
      const rows = Array.from({ length: R }, () => cols.map(() => int(random, 0, 60)));
      const firsts = new Set<number>();
      for (const r of rows) {
        while (firsts.has(r[0]!)) r[0] = int(random, 0, 60);
        firsts.add(r[0]!);
      }
      if (refusedCodes(tsv([cols, ...rows])).length === 0) read++;
      // Ordinary: rising categories under a corner of their measure, the columns groups.
      const corner = pick(random, ['用量 (mg)', '投与回数（回）', '年齢（歳）', 'スコア（点）', '期間（週）']);
      const cats = [...new Set(Array.from({ length: R + 1 }, () => int(random, 1, 12) * 5))].sort((a, b) => a - b);
      const groups = ['A群', '実薬群', 'プラセボ群', '対照群'].slice(0, C);
      if (
        cats.length >= 2 &&
        refusedCodes(tsv([[corner, ...groups], ...cats.map((c) => [c, ...groups.map(() => int(random, 0, 60))])])).length > 0
      )
        ordinary++;
    }
    expect(read).toBe(0);
    expect(ordinary).toBe(0);
  });
});

describe('tableone’s strata whose number is at least its column’s sum', () => {
  it('before, 「5」「12」 under 「# Stratified by trt」 over 3 + 2 and 2 + 10 were names: both hidden, 3 + 2 = 5 shows each under 10; now header/values', () => {
    // On main (0b466ec): read as strata 「5」「12」, 女性/5, 男性/5 and 男性/12 hidden, exit 0 with the cells hidden; an
    // attacker who takes 5 for the column's N (a line of Ns an empty line cut off) has 男性 + 女性 = 5.
    expect(codes('# Stratified by trt\n\t5\t12\n男性\t3\t2\n女性\t2\t10\n')).toEqual(['header/values']);
  });
  it('chance: 200 random tableone tables of strata 0/1, 1/2, 1/2/3 (counts 0–60, an 「n」 row in half): none refused', () => {
    const random = lcg(1931);
    let refused = 0;
    for (let k = 0; k < 200; k++) {
      const strata = pick(random, [
        ['0', '1'],
        ['1', '2'],
        ['1', '2', '3'],
      ]);
      const rows = ['男性', '女性', '65歳以上'].map((l) => [l, ...strata.map(() => int(random, 0, 60))]);
      const n = strata.map((_, j) => rows[0]![j + 1] as number).map((x, j) => x + (rows[1]![j + 1] as number));
      const body = random() < 0.5 ? [['n', ...n], ...rows] : rows;
      if (refusedCodes('# Stratified by trt\n' + tsv([['', ...strata], ...body])).includes('header/values')) refused++;
    }
    expect(refused).toBe(0);
  });
});

describe('held (asserted): readings of the last merge that an attacker could not break', () => {
  it('rates: with a share of the same count, in a second table, with subgroups, in rows, to 0 or 5 decimals, with a CI in brackets', () => {
    const texts = [
      '\t患者数\tイベント数\t発現割合（%）\t人年\t発現率（/1,000人年）\n曝露群\t120\t3\t2.5\t250.0\t12.0\n非曝露群\t300\t25\t8.3\t800.0\t31.3\n合計\t420\t28\t6.7\t1050.0\t26.7\n',
      '\t患者数\tイベント数\t人年\t発現率（/1,000人年）\n曝露群\t120\t13\t250.0\t52.0\n　男性\t70\t8\t140.0\t57.1\n　女性\t50\t5\t110.0\t45.5\n非曝露群\t300\t25\t800.0\t31.3\n　男性\t160\t15\t420.0\t35.7\n　女性\t140\t10\t380.0\t26.3\n',
      '\t曝露群\t非曝露群\t合計\n患者数\t120\t300\t420\nイベント数\t3\t25\t28\n人年\t250.0\t800.0\t1050.0\n発現率（/1,000人年）\t12.0\t31.3\t26.7\n',
      '\t患者数\tイベント数\t人年\t発現率（/1,000人年）\n曝露群\t120\t3\t250.0\t12\n非曝露群\t300\t25\t800.0\t31\n合計\t420\t28\t1050.0\t27\n',
      '\t患者数\tイベント数\t人年\t発現率（/1,000人年）\n曝露群\t120\t3\t250.0\t12.00000\n非曝露群\t300\t25\t800.0\t31.25000\n',
      '\t患者数\tイベント数\t人年\t発現率（/1,000人年）\n曝露群\t120\t3\t250\t12.0 [3.9, 37.2]\n非曝露群\t300\t25\t800\t31.3 [21.1, 46.3]\n',
    ];
    for (const text of texts) {
      const r = run(text);
      expect(expectRatesHidden(r, bundle), text).toBeGreaterThanOrEqual(1);
      expectProtected(highs, r, outcomeAttacked(r, text));
    }
    // A second table of the same groups with the events and rates: linked, the rate hidden with its count.
    const two =
      '# 表1\n\t患者数\tイベント数\n曝露群\t120\t3\n非曝露群\t300\t25\n合計\t420\t28\n\n# 表2\n\tイベント数\t人年\t発現率（/1,000人年）\n曝露群\t3\t250.0\t12.0\n非曝露群\t25\t800.0\t31.3\n';
    const r = run(two);
    expect(toReport(r, bundle, AT).tables[1]!.rates[0]!.cells[0]!.hidden).toBe(true);
    // Rates with no line of events in their table, or whose count is 「-」: refused as before.
    expect(codes('# 表2\n\t人年\t発現率（/1,000人年）\n曝露群\t250.0\t12.0\n非曝露群\t800.0\t31.3\n')).toEqual(['header/rate']);
  });
  it('「n/N」 blocks beside a 合計 column, with 0 rows, with shares; 「-0」 in a 差 column; 「n [p%]」「n, p%」「n、p%」', () => {
    for (const text of [
      tsv([
        ['', 'A群 (N=120)', 'B群 (N=130)', '合計 (N=250)'],
        ['男性', '50/110', '3/118', '53/228'],
        ['女性', '60/110', '115/118', '175/228'],
        ['65歳未満', '60/120', '70/129', '130/249'],
        ['65歳以上', '60/120', '59/129', '119/249'],
      ]),
      tsv([
        ['', 'A群 (N=120)', 'B群 (N=130)'],
        ['男性', '50/110', '3/118'],
        ['女性', '60/110', '115/118'],
        ['軽症', '0/117', '0/128'],
        ['中等症', '60/117', '70/128'],
        ['重症', '57/117', '58/128'],
      ]),
      tsv([
        ['', 'A群', 'B群', '差'],
        ['男性', 10, 10, '-0'],
        ['女性', 13, 3, 10],
      ]),
      tsv([
        ['', 'A群 (N=50)', 'B群 (N=40)'],
        ['男性', '3, 6%', '3, 8%'],
        ['女性', '47, 94%', '37, 93%'],
      ]),
      tsv([
        ['', 'A群', 'B群'],
        ['男性', '3 [6.0%]', '3 [7.5%]'],
        ['女性', '47 [94.0%]', '37 [92.5%]'],
        ['合計', 50, 40],
      ]),
    ])
      holds(text);
  });
});
