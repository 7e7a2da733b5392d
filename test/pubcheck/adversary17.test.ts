/**
 * A seventeenth round of adversarial tables (issue #11) against the readings merged on 2026-12-03: lists under their N
 * and trees under a total read as disjoint parts (shares2), 頻度 and rates per a number (reading16), values where
 * names are expected (attack16). Two faults found and fixed: a rate per ONE patient or facility (「件/人」「per
 * patient」「施設あたり患者数」) was read as counts, its value × the line of patients (facilities) giving a hidden
 * count back; and a column of age bands or doses (「20」「30」「40」 under 「年代」「用量 (mg)」) was refused as values.
 * What held is asserted below.
 */
import { describe, expect, it } from 'vitest';
import { readTables } from '../../src/pubcheck/read.ts';
import { toReport } from '../../src/pubcheck/report.ts';
import { fixtureBundle, int, lcg, solver } from './helpers.ts';
import { attack } from './oracle.ts';
import { adversary, asAttacked, expectProtected } from './protection.ts';

const highs = await solver();
const bundle = fixtureBundle();
const { run, holds, codes, rates } = adversary(highs, bundle);
const tsv = (rows: (string | number)[][]) => rows.map((r) => r.join('\t')).join('\n') + '\n';
const refusedCodes = (text: string) => readTables(text).errors.map((e) => e.code);
const list = (header: string, values: number[] = [12, 30, 18]) =>
  tsv([['', header], ...['あり', 'なし', '不明'].slice(0, values.length).map((l, i) => [l, values[i]!])]);

describe('a rate per one patient or facility, no number written', () => {
  it('before, 「施設あたり患者数」 was read as counts (exit 0): 36 ÷ 12 gave the hidden 施設数 3 back; now a rate hidden with it', () => {
    // On main (205d08f): three columns of counts, only 施設数 3 hidden (under 10), exit 0; yet 患者数 36 ÷ 施設あたり
    // 患者数 12 = 3, a relation the checker did not know (nor the oracle: it reads sums only).
    const text = tsv([
      ['', '施設数', '施設あたり患者数', '患者数'],
      ['A地域', 3, 12, 36],
      ['B地域', 10, 12, 120],
      ['C地域', 12, 10, 120],
    ]);
    // Refused as a rate (adversary17), read as one since rates2: 12 = 36 ÷ 3 per 施設, hidden with the hidden 3.
    expect(rates(text)).toEqual(['layout/rate']);
    const r = run(text);
    const w = r.warnings.find((x) => x.code === 'layout/rate')!;
    expect(w.message).toContain('「施設」の数');
    expect(w.message).toContain('チェッカーの判断');
    const report = toReport(r, bundle, new Date('2026-12-03T00:00:00Z'));
    const a = report.tables[0]!.rates[0]!.cells.find((c) => c.row === 'A地域')!;
    expect(a.hidden).toBe(true);
    expect(a.why).toContain('行「A地域」・列「施設数」の「施設」の数を秘匿するため');
  });
  it('every way a rate per one is written is refused: 「件/人」「イベント/患者」「per patient」「患者あたり」「一人あたり」', () => {
    for (const h of [
      '件/人',
      '入院回数/人',
      'イベント/患者',
      '処方件数（/人）',
      'per patient',
      'Events per patient',
      '患者あたり',
      '一人あたり',
      '施設あたり患者数',
    ])
      expect(refusedCodes(list(h)), h).toContain('header/rate');
  });
  it('chance: ordinary count labels with a 「/」 or 「あたり」 are read as before', () => {
    for (const h of [
      '人/年',
      '男/女',
      'n/N',
      '症例/対照',
      '患者数',
      '症例数',
      '施設数',
      '1日あたり3回以上',
      '頻度',
      '度数 (人)',
      'n (per arm)',
      'No. of patients',
    ])
      expect(refusedCodes(list(h)), h).toEqual([]);
  });
});

describe('numbers naming categories under a corner that names their measure', () => {
  it('before, age bands 「20」「30」「40」 under 「年代」 were refused (header/values); now read, and their hidden counts hold', () => {
    const text = tsv([
      ['年代', 'A群', 'B群'],
      [20, 3, 25],
      [30, 30, 25],
      [40, 18, 20],
    ]);
    const r = holds(text);
    expect(r.tables[0]!.table.rows.map((h) => h.label)).toEqual(['20', '30', '40']);
  });
  it('every corner naming a measure or a unit: 年齢, 年齢（歳）, 用量 (mg), mg, 投与量 (mg/日), Age, Dose (mg), 期間 (日)', () => {
    for (const corner of ['年代', '年齢', '年齢（歳）', '用量 (mg)', 'mg', '投与量 (mg/日)', 'Age', 'Dose (mg)', '期間 (日)'])
      for (const rows of [
        ['20', '30', '40'],
        ['5', '10', '20'],
      ])
        expect(refusedCodes(tsv([[corner, 'A群', 'B群'], ...rows.map((l, i) => [l, 12 + i, 15 + i])])), corner).toEqual([]);
  });
  it('a table pasted without its label column is still refused: a corner that is a group, blank, or counts that do not rise', () => {
    expect(
      refusedCodes(
        tsv([
          ['', 'A群', 'B群'],
          [20, 12, 15],
          [30, 30, 25],
          [40, 18, 20],
        ]),
      ),
    ).toEqual(['header/values']);
    expect(
      refusedCodes(
        tsv([
          ['A群', 'B群'],
          [20, 12],
          [30, 30],
        ]),
      ),
    ).toEqual(['header/values']);
    expect(
      refusedCodes(
        tsv([
          ['実薬', 'プラセボ'],
          [3, 20],
          [37, 30],
        ]),
      ),
    ).toEqual(['header/values']);
    expect(
      refusedCodes(
        tsv([
          ['年代', 'A群', 'B群'],
          [30, 12, 15],
          [20, 30, 25],
          [40, 18, 20],
        ]),
      ),
    ).toEqual(['header/values']);
  });
  it("before, 「A群」「B群」 over 1998 and 2005 (a large group's counts) read the counts as years, unchecked (exit 0); now refused", () => {
    expect(
      refusedCodes(
        tsv([
          ['A群', 'B群'],
          [1998, 3],
          [2005, 12],
        ]),
      ),
    ).toEqual(['header/values']);
    // Years under a corner naming them, or none, are read as before.
    expect(
      refusedCodes(
        tsv([
          ['年', 'A群', 'B群'],
          [2019, 12, 15],
          [2020, 30, 25],
        ]),
      ),
    ).toEqual([]);
    expect(
      refusedCodes(
        tsv([
          ['', 'A群', 'B群'],
          [2019, 12, 15],
          [2020, 30, 25],
        ]),
      ),
    ).toEqual([]);
  });
  it('chance: random pasted columns of counts (not rising) under a measure corner are refused, 300 of 300', () => {
    const random = lcg(1717);
    let refused = 0;
    let tried = 0;
    for (let t = 0; t < 300; t++) {
      const n = int(random, 2, 6);
      const counts = Array.from({ length: n }, () => int(random, 0, 60));
      if (counts.every((c, i) => i === 0 || c > counts[i - 1]!)) continue;
      tried++;
      const text = tsv([['年齢', 'A群', 'B群'], ...counts.map((c) => [c, int(random, 0, 60), int(random, 0, 60)])]);
      if (refusedCodes(text).includes('header/values')) refused++;
    }
    expect(refused).toBe(tried);
  });
});

describe('a header row of numbers over the header: categories, not a line of sizes', () => {
  const body = [
    ['男性', 12, 15, 13, 16],
    ['女性', 30, 25, 20, 21],
  ];
  it('before (attack16), 「0」「1」 spanning their groups and 「5」「10」 under 「用量 (mg)」 were refused (header/values); now read', () => {
    // On 064a4d5 both were read; attack16's valueHeader refused them with the line of Ns.
    const coded = tsv([['', '0', '', '1', ''], ['', 'A群', 'B群', 'A群', 'B群'], ...body]);
    expect(refusedCodes(coded)).toEqual([]);
    expect(readTables(coded).tables[0]!.cols.map((h) => h.label)).toEqual(['0・A群', '0・B群', '1・A群', '1・B群']);
    const dose = tsv([['用量 (mg)', '5', '', '10', ''], ['', 'A群', 'B群', 'A群', 'B群'], ...body]);
    expect(refusedCodes(dose)).toEqual([]);
    expect(run(dose).tables[0]!.table.cols.map((h) => h.label)).toEqual(['5・A群', '5・B群', '10・A群', '10・B群']);
  });
  it('a line of Ns stays refused: one over each group, not rising under a measure, spanning n and % columns', () => {
    const two = [
      ['男性', 12, 15],
      ['女性', 30, 25],
    ];
    expect(refusedCodes(tsv([['', '28', '50'], ['', 'A群', 'B群'], ...two]))).toEqual(['header/values']);
    expect(refusedCodes(tsv([['', '1', '2'], ['', 'A群', 'B群'], ...two]))).toEqual(['header/values']);
    expect(refusedCodes(tsv([['用量 (mg)', '10', '5'], ['', 'A群', 'B群'], ...two]))).toEqual(['header/values']);
    // 「5」「10」 over the same groups repeated, each below a row's counts under it (no N of them): read since reading17.
    expect(refusedCodes(tsv([['', '5', '', '10', ''], ['', 'A群', 'B群', 'A群', 'B群'], ...body]))).toEqual([]);
    expect(refusedCodes(tsv([['', '50', '', '60', ''], ['', 'A群', 'B群', 'A群', 'B群'], ...body]))).toEqual(['header/values']);
    expect(
      refusedCodes(
        tsv([
          ['', '28', '', '50', ''],
          ['', 'n', '%', 'n', '%'],
          ['男性', 12, '42.9%', 15, '30.0%'],
          ['女性', 16, '57.1%', 35, '70.0%'],
        ]),
      ),
    ).toEqual(['header/values']);
  });
});

describe('two lists of one column with the same lines: a sum seen in one is taken for the structure of the other', () => {
  const year = (y: string, values: number[]) =>
    tsv([
      ['', y],
      ...['心筋梗塞', '脳卒中', '心血管疾患', '糖尿病'].map((l, i) => [l, values[i]!]),
      ['合計', values.reduce((a, b) => a + b, 0)],
    ]);
  it("before, the 2021 list hid 心筋梗塞 2 and 糖尿病 15 and printed 脳卒中 20, 心血管疾患 22: 22 − 20 = 2 by the 2022 list's 32 = 12 + 20; now holds", () => {
    // On main (205d08f): each list read as disjoint parts (sum/disjoint), 心血管疾患 = 心筋梗塞 + 脳卒中 set aside in
    // both; the oracle, taking a relation among a list's lines where it is printed whole in any table, pinned 2.
    const text = year('2021年', [2, 20, 22, 15]) + '\n' + year('2022年', [12, 20, 32, 26]);
    const r = run(text);
    expectProtected(highs, r, asAttacked(r, text), 'threshold', false, { disjointParts: true });
    expect(r.warnings.map((w) => w.code)).toContain('sum/seen');
    expect(r.warnings.find((w) => w.code === 'sum/seen')!.message).toContain('表2でも同じ見出しの数で成り立つ');
  });
  it('under their N too (「2021年 (N=59)」)', () => {
    const n = (y: string, values: number[]) =>
      tsv([
        ['', `${y} (N=${values.reduce((a, b) => a + b, 0)})`],
        ...['心筋梗塞', '脳卒中', '心血管疾患', '糖尿病'].map((l, i) => [l, values[i]!]),
      ]);
    const text = n('2021年', [2, 20, 22, 15]) + '\n' + n('2022年', [12, 20, 32, 26]);
    const r = run(text);
    expectProtected(highs, r, asAttacked(r, text), 'threshold', false, { disjointParts: true });
  });
  it('chance: where the other list does not add up alike, the disjoint reading stands (no sum/seen)', () => {
    const text = year('2021年', [2, 20, 22, 15]) + '\n' + year('2022年', [12, 20, 30, 26]);
    const r = run(text);
    expect(r.warnings.map((w) => w.code)).not.toContain('sum/seen');
    expect(r.warnings.map((w) => w.code)).toContain('sum/disjoint');
  });
  it('chance: 200 random pairs of lists under a total, refusing none and saying sum/seen only where the other list adds up alike', () => {
    const random = lcg(1701);
    const labels = ['A', 'B', 'C', 'D', 'E'];
    for (let t = 0; t < 200; t++) {
      const lists = [0, 1].map(() => labels.map(() => int(random, 0, 40)));
      const text = lists
        .map((v, k) => tsv([['', `${2021 + k}年`], ...labels.map((l, i) => [l, v[i]!]), ['合計', v.reduce((a, b) => a + b, 0)]]))
        .join('\n');
      const read = readTables(text);
      expect(read.errors).toEqual([]);
      for (const w of read.warnings.filter((x) => x.code === 'sum/seen')) {
        const m = /行「(.)」が行((?:「.」)+)の和/.exec(w.message)!;
        const parts = [...m[2]!.matchAll(/「(.)」/g)].map((x) => labels.indexOf(x[1]!));
        const other = lists[w.place!.table === 1 ? 1 : 0]!;
        expect(other[labels.indexOf(m[1]!)]).toBe(parts.reduce((s, p) => s + other[p]!, 0));
      }
    }
  });
});

describe('what held', () => {
  it('a list under its N with an unmarked subtotal (unprinted patients = the subtotal): only an attacker who knows the structure pins it (Limits)', () => {
    // 心血管疾患 22 = 心筋梗塞 2 + 脳卒中 20 with 22 patients left out of the list: the lines add up to N = 59, read as
    // disjoint. The oracle taking every TRUE equality pins 2; the printed table (心筋梗塞 *, 脳卒中 20, 心血管疾患 22,
    // 糖尿病 *, N = 59) shows no equality an attacker can check, so under the disjoint reading 1–16 (README Limits).
    const text = tsv([
      ['', '人数 (N=59)'],
      ['心筋梗塞', 2],
      ['脳卒中', 20],
      ['心血管疾患', 22],
      ['糖尿病', 15],
    ]);
    const r = run(text);
    const hidden = new Set<string>();
    r.tables[0]!.status.forEach((s, id) => s !== 'published' && hidden.add(`0:${id}:0`));
    const seen = attack(highs, asAttacked(r, text), hidden, { zeroExempt: true, disjointParts: true });
    expect(seen.get('0:0:0')!.hi).toBeGreaterThanOrEqual(10);
    const truth = attack(highs, asAttacked(r, text), hidden, { zeroExempt: true });
    expect(truth.get('0:0:0')!.hi).toBe(2);
  });
  it('a tree whose indentation lies (an item of one subtotal indented under another) is refused as a total that does not add up', () => {
    const text = tsv([
      ['', '人数'],
      ['疾患A', 22],
      ['　A1', 2],
      ['疾患B', 50],
      ['　B1', 20],
      ['　A2', 20],
      ['　B2', 30],
      ['合計', 72],
    ]);
    expect(codes(text)).toContain('total/mismatch');
  });
  it('ordinary category labels are read: 0/1 codes, grades, 1回/2回以上, ICD codes, years, postal codes, quartiles', () => {
    for (const [corner, rows] of [
      ['NYHA', ['0', '1', '2']],
      ['喫煙', ['0', '1']],
      ['Stage', ['I', 'II', 'III']],
      ['入院回数', ['1回', '2回以上', '0回']],
      ['ICD-10', ['I10', 'E11', 'I50']],
      ['年度', ['2019', '2020', '2021']],
      ['郵便番号', ['100-0001', '100-0002', '100-0003']],
      ['四分位', ['Q1', 'Q2', 'Q3']],
      ['年齢', ['20-29', '30-39', '40-49']],
    ] as const)
      expect(refusedCodes(tsv([[corner, 'A群', 'B群'], ...rows.map((l, i) => [l, 12 + i, 15 + i])])), corner).toEqual([]);
  });
});
