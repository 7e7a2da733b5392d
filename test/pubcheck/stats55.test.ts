/**
 * stats55 (issue #11), stats55-families.ts: a top k under no word of an order over a value header naming a measure of
 * its own (「主な施設」「外来」), ranked rows under no other word, and the top k of some lines' sums across (two years'
 * sums: 「上位3施設（2021〜2022年）」) — tied to every reading that fits (read.ts `topSums`, `acrossSets`).
 */
import { describe, expect, it } from 'vitest';
import { renderText, toReport } from '../../src/pubcheck/report.ts';
import { checkerOfRoot, fixtureBundle } from './helpers.ts';
import type { Reported } from './stats39-families.ts';
import type { TopLineCase } from './stats52-families.ts';
import { readingsEvery, topEveryAttack, topEveryCases } from './stats55-families.ts';

const { check, highs, bundle } = await checkerOfRoot();
const result = (text: string) => check(highs, bundle, text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });
const reported = (r: ReturnType<typeof result>): Reported | undefined =>
  r.ok ? (toReport(r, fixtureBundle(), new Date('2026-12-06T00:00:00Z')) as unknown as Reported) : undefined;

const hospitals = ['A病院', 'B病院', 'C病院', 'D病院'];
const years = ['2020年', '2021年', '2022年'];
// 2022年: A 55, D 52, B 48 the three largest; C 7 the one left out. 2021年 larger, so none is its line's largest.
const counts = [
  [30, 61, 55],
  [22, 65, 48],
  [40, 28, 7],
  [33, 50, 52],
];
const table1 = (cs: number[][], hs = hospitals) =>
  `# 表1 年別入院患者数\n施設,${years.join(',')}\n` +
  hs.map((h, i) => [h, ...cs[i]!].join(',')).join('\n') +
  `\n合計,${years.map((_, j) => cs.reduce((s, r) => s + r[j]!, 0)).join(',')}\n\n`;
const caseOf = (
  cs: number[][],
  hs: string[],
  title: string,
  label: string,
  form: 'named' | 'ranked',
  top: number[],
  over: number[],
): TopLineCase => {
  const values = top.map((i) => over.reduce((s, j) => s + cs[i]![j]!, 0));
  const rowLabels = form === 'named' ? top.map((i) => hs[i]!) : top.map((_, r) => `${r + 1}位`);
  return {
    family: 'test',
    text:
      table1(cs, hs) +
      `# 表2 ${title}\n${form === 'named' ? '施設' : '順位'},${label}\n${rowLabels.map((l, r) => `${l},${values[r]}`).join('\n')}\n`,
    counts: cs,
    hospitals: hs,
    years,
    over,
    form,
    top,
    values,
    rowLabels,
    label,
  };
};
const sums = (r: ReturnType<typeof result>) =>
  r.ok ? r.warnings.filter((w: { code: string }) => w.code === 'header/extreme-sum').map((w: { message: string }) => w.message) : [];
const codes = (r: ReturnType<typeof result>) => (r.ok ? [] : r.errors.map((e: { code: string }) => e.code));

describe('a top k under no word of an order, its value header a measure of its own (stats55)', () => {
  for (const label of ['外来', '外来患者数', '紹介患者数'])
    it(`「主な施設」「${label}」 over 2022年's three largest: tied, table 2's B病院 hidden (4ebba5ca: published, C病院's 7 pinned)`, () => {
      const c = caseOf(counts, hospitals, '主な施設', label, 'named', [0, 3, 1], [2]);
      expect(readingsEvery(c)).toEqual([[2]]);
      const r = result(c.text);
      expect(r.ok).toBe(true);
      expect(sums(r)[0]).toMatch(
        new RegExp(
          `表2の3つの値は、表1の行「A病院」「D病院」「B病院」の列「2022年」の数で、その列の数の大きいほうから3つに一致します（チェッカーの判断）。表2に順位の言葉はありませんが、値の見出し「${label}」が表1とは別の数を示すとしても、読み手はこれらを上位と受け取り得ます（推定）`,
        ),
      );
      expect(topEveryAttack(c, r, reported(r))).toEqual([]);
    });
  it('ranked rows 「1位」– under no other word: tied (4ebba5ca: skipped)', () => {
    const c = caseOf(counts, hospitals, '主な施設', '外来', 'ranked', [0, 3, 1], [2]);
    const r = result(c.text);
    expect(r.ok).toBe(true);
    expect(sums(r)[0]).toMatch(/表2の順位のほかに上位・下位の言葉はありませんが/);
    expect(topEveryAttack(c, r, reported(r))).toEqual([]);
  });
  it('values of a measure of their own that are the k largest of nothing: no tie, nothing refused', () => {
    const r = result(table1(counts) + '# 表2 主な施設\n施設,外来\nA病院,120\nD病院,85\nB病院,33\n');
    expect(r.ok).toBe(true);
    expect(sums(r)).toEqual([]);
  });
});

// Two years' sums: 2021–2022 A 116, B 113, D 102 the three largest (C 35, E 61 left out; E's 2022年 a small count).
const hs5 = ['A病院', 'B病院', 'C病院', 'D病院', 'E病院'];
const counts5 = [
  [30, 61, 55],
  [22, 65, 48],
  [40, 28, 7],
  [33, 50, 52],
  [25, 57, 4],
];
describe('the top k of some lines’ sums across (stats55)', () => {
  for (const [title, label, over] of [
    ['上位3施設（2021〜2022年）', '患者数', [1, 2]],
    ['上位3施設（2021〜2022年）', '2年間の患者数', [1, 2]],
    ['主な施設', '2年間の患者数', [1, 2]],
    ['上位3施設（2020年・2022年）', '患者数', [0, 2]],
  ] as const)
    it(`「${title}」「${label}」: read as the sums of ${over.map((q) => years[q]).join('・')}, tied (4ebba5ca: refused table/top-k, or read untied)`, () => {
      const c = caseOf(counts5, hs5, title, label, 'named', [0, 1, 3], [...over]);
      const top = [...c.values.keys()].sort((a, b) => c.values[b]! - c.values[a]!).map((q) => c.top[q]!);
      const sorted = caseOf(counts5, hs5, title, label, 'named', top, [...over]);
      expect(readingsEvery(sorted)).toContainEqual([...over]);
      const r = result(sorted.text);
      expect(codes(r)).toEqual([]);
      expect(sums(r)[0]).toMatch(new RegExp(`${over.map((q) => `「${years[q]}」`).join('')}の数の和`));
      expect(topEveryAttack(sorted, r, reported(r))).toEqual([]);
    });
  it('ranked 「1位」– of two years’ sums: read, tied', () => {
    const c = caseOf(counts5, hs5, '上位3施設（2021〜2022年）', '患者数', 'ranked', [0, 1, 3], [1, 2]);
    const r = result(c.text);
    expect(codes(r)).toEqual([]);
    expect(sums(r)[0]).toMatch(/の数の和/);
    expect(topEveryAttack(c, r, reported(r))).toEqual([]);
  });
  it('「上位3施設」 over values that fit no line, no set of lines, no sum: still refused (table/top-k)', () => {
    const r = result(table1(counts5, hs5) + '# 表2 上位3施設\n施設,患者数\nA病院,97\nB病院,95\nD病院,90\n');
    expect(codes(r)).toContain('table/top-k');
  });
});

describe('stats55 families (seeds 3340–3345, 10 each here, 4 of part; the script measures 100 each)', () => {
  for (const [mode, seed] of [
    ['own', 3340],
    ['ranked', 3342],
    ['part', 3344],
  ] as const)
    it(`${mode}: read, none leaking to the attacker under every reading`, () => {
      for (const c of topEveryCases(mode === 'part' ? 4 : 10, seed, mode)) {
        const r = result(c.text);
        expect(r.ok, c.text).toBe(true);
        expect(topEveryAttack(c, r, reported(r)), c.text).toEqual([]);
      }
    });
});

const pctText = (header: string, cells: string[]) =>
  table1(counts) + `# 表2 施設別患者数の範囲\n${header}\n${years.map((y, j) => `${y},${cells[j]}`).join('\n')}\n`;
describe('「範囲（%）」: a range of percentages of each line’s N (stats55)', () => {
  // N: 2020年 125, 2021年 204, 2022年 162 (table 1's 合計); 2022年's least 7 (4.3%), greatest 55 (34.0%).
  it('「年,N,範囲（%）」 every end one whole count of N: read as 「最小」「最大」 counts, tied, published as percentages (4ebba5ca: refused header/statistic)', () => {
    const r = result(pctText('年,N,範囲（%）', ['125,17.6–32.0', '204,13.7–31.9', '162,4.3–34.0']));
    expect(codes(r)).toEqual([]);
    if (!r.ok) return;
    expect(r.warnings.find((w: { code: string }) => w.code === 'header/range-percent')?.message).toMatch(
      /各行の N に対する割合の範囲と読み、両端をそれぞれ N のちょうど一つの人数に戻して列「最小」「最大」の人数として確かめました（チェッカーの判断）/,
    );
    const t2 = r.tables!.find((t: { table: { number: number } }) => t.table.number === 2)!;
    // 2022年's least, 7 (C病院), hidden.
    expect(t2.status[2 * 2 + 0]).not.toBe('published');
    const text = renderText(toReport(r, fixtureBundle(), new Date('2026-12-06T00:00:00Z')));
    const masked = text.split('表2「表2 施設別患者数の範囲」（公表用）:')[1]!.split('\n\n')[0]!;
    expect(masked).toContain('2022年  162  X–34.0');
    expect(masked).toContain('2020年  125  17.6–32.0');
  });
  for (const [why, header, cells, said] of [
    ['no N written', '年,範囲（%）', ['17.6–32.0', '13.7–31.9', '4.3–34.0'], /割合の分母（N）が.*書かれていません/],
    [
      'an end no share of N',
      '年,N,範囲（%）',
      ['125,17.5–32.0', '204,13.7–31.9', '162,4.3–34.0'],
      /「17.5%」は N=125 のどの人数の割合にも/,
    ],
    ['an end of several counts (no decimals, N 204)', '年,N,範囲（%）', ['125,18–32', '204,14–32', '162,4–34'], /通りの人数/],
  ] as const)
    it(`${why}: refused in words, header/range-percent (4ebba5ca: header/statistic)`, () => {
      // stats57: with no N written, table 1's 合計 is taken for N (read, stats57.test.ts): here table 1 prints none.
      const text = pctText(header, [...cells]);
      const r = result(why === 'no N written' ? text.replace(/\n合計,[^\n]*/, '') : text);
      expect(r.ok).toBe(false);
      if (r.ok) return;
      const e = r.errors.find((x: { code: string }) => x.code === 'header/range-percent');
      expect(e?.message).toMatch(said);
      expect(e?.hint).toMatch(/分母（N）を同じ行の列「N」に書くか/);
    });
});
