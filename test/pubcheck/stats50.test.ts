/**
 * stats50 (issue #11): the k largest of lines' sums (「上位3施設」「Top 3 sites」「件数の多い順に3施設」, named or ranked
 * 「1位」「2位」…) beside hospitals by years with no column of their sums, stats50-families.ts. d581442 tied the named
 * lines' sums as margins (ranked rows not at all) but not that every other line's sum is at most the k-th: an attacker
 * bounding the line just outside saw a hidden count under 10. Now tied (read.ts `topSums`, `Table.sumExtremeOf`).
 */
import { describe, expect, it } from 'vitest';
import { toReport } from '../../src/pubcheck/report.ts';
import { fixtureBundle, solver } from './helpers.ts';
import { adversary } from './protection.ts';
import type { Reported } from './stats39-families.ts';
import { tallyAcross } from './stats42-families.ts';
import { rangeAttack, rangeCases, type TopCase, topAttack, topCases } from './stats50-families.ts';

const highs = await solver();
const bundle = fixtureBundle();
const { result } = adversary(highs, bundle);
const reported = (r: ReturnType<typeof result>): Reported | undefined =>
  r.ok ? (toReport(r, bundle, new Date('2026-12-05T00:00:00Z')) as unknown as Reported) : undefined;

const counts = [
  [28, 52, 60, 48],
  [61, 28, 36, 45],
  [26, 40, 56, 52],
  [22, 56, 27, 19],
  [41, 22, 48, 30],
  [20, 49, 50, 52],
  [3, 41, 40, 51],
];
const hospitals = ['A病院', 'B病院', 'C病院', 'D病院', 'E病院', 'F病院', 'G病院'];
const table1 =
  '# 表1 年別入院患者数\n施設,2020年,2021年,2022年,2023年\n' +
  hospitals.map((h, i) => [h, ...counts[i]!].join(',')).join('\n') +
  '\n合計,201,288,317,297\n\n';
const base = { counts, hospitals, years: ['2020年', '2021年', '2022年', '2023年'], k: 3, top: [0, 2, 5], sums: [188, 174, 171] };
const ranked: TopCase = {
  ...base,
  family: 'ranked-3',
  text: table1 + '# 表2 上位3病院\n順位,3年間の患者数\n1位,188\n2位,174\n3位,171\n',
  form: 'ranked',
  rowLabels: ['1位', '2位', '3位'],
  label: '3年間の患者数',
};
const named: TopCase = {
  ...base,
  family: 'named-3',
  text: table1 + '# 表2 Top 3 sites\n施設,Patients\nA病院,188\nC病院,174\nF病院,171\n',
  form: 'named',
  rowLabels: ['A病院', 'C病院', 'F病院'],
  label: 'Patients',
};

describe('the k largest of lines sums (stats50)', () => {
  it('「上位3病院」 1位 188, 2位 174, 3位 171: tied, nothing given back (d581442: G病院・2020年 3 and F病院・2020年 pinned)', () => {
    const r = result(ranked.text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.warnings.find((w) => w.code === 'header/extreme-sum')?.message).toMatch(
      /表2の3つの値は、表1の行「A病院」「C病院」「F病院」の数の和で、表1の行ごとの和の大きいほうから3つに一致します（チェッカーの判断。どの行かは値から推定）/,
    );
    expect(topAttack(ranked, r, reported(r))).toEqual([]);
  });
  it('「Top 3 sites」 named: every other sum at most 171 tied, nothing given back', () => {
    const r = result(named.text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.warnings.map((w) => w.code)).toContain('header/extreme-sum');
    expect(topAttack(named, r, reported(r))).toEqual([]);
  });
  // stats53: under no word of an order, named lines whose values are exactly the three largest sums are tied as a top
  // 3 (the reader may take them so, 推定); stats50 left them untied.
  it('under no word of an order (「3施設の患者数」): the three largest sums, tied as a top 3 said as 推定 (stats50: not read)', () => {
    const text = named.text.replace('Top 3 sites', '3施設の患者数');
    const r = result(text);
    expect(r.ok ? r.warnings.find((w) => w.code === 'header/extreme-sum')?.message : '').toMatch(/順位の言葉はありませんが.*（推定）/);
    expect(topAttack({ ...named, text }, r, reported(r))).toEqual([]);
  });
  it('random (topCases seed 2771, 20): 0 leaked, none refused (d581442: 28 of 100 on seeds 2771–2772)', () => {
    const tally = tallyAcross(
      topCases(20, 2771),
      () => 'top',
      result,
      (c, r) => {
        const leaks = topAttack(c, r, reported(r));
        return leaks.length > 0 && leaks[0] !== 'unknown';
      },
    );
    expect(tally.get('top')).toEqual({ read: 20, refused: 0, leaked: 0 });
  }, 600_000);
});

describe('ranges across tables (stats50)', () => {
  const text =
    '# 表1 年別入院患者数\n施設,2020年,2021年,2022年\nA病院,28,52,60\nB病院,61,3,36\nC病院,26,40,56\nD病院,22,56,27\n合計,137,151,179\n\n' +
    '# 表2 施設別患者数の範囲\n年,範囲\n2020年,22–61\n2021年,3–56\n2022年,27–60\n';
  it('「範囲 3–56」 in one cell: read as 「最小」「最大」 (stats52; stats50 refused it naming them, d581442 read a width)', () => {
    const r = result(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.warnings.map((w) => w.code)).toContain('header/range-split');
    expect(r.warnings.filter((w) => w.code === 'header/extreme-across')).toHaveLength(2);
  });
  it('written as 「最小」「最大」 (the hint): tied as extremes of table 1 (header/extreme-across), nothing given back', () => {
    const c = rangeCases(1, 2773)[0]!;
    const two = text.replace('年,範囲', '年,最小,最大').replace(/(\d)–(\d)/g, '$1,$2');
    const r = result(two);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.warnings.filter((w) => w.code === 'header/extreme-across')).toHaveLength(2);
    const counts = [
      [28, 52, 60],
      [61, 3, 36],
      [26, 40, 56],
      [22, 56, 27],
    ];
    const attack = rangeAttack(
      {
        ...c,
        text: two,
        form: 'two',
        counts,
        hospitals: ['A病院', 'B病院', 'C病院', 'D病院'],
        years: ['2020年', '2021年', '2022年'],
        lo: [22, 3, 27],
        hi: [61, 56, 60],
      },
      r,
      reported(r),
    );
    expect(attack).toEqual([]);
  });
});
