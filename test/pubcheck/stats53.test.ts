/**
 * stats53 (issue #11), stats53-families.ts: a top-k table naming no line across or saying no order tied to every
 * reading that fits (one: tied; several: all of them); ranges in one cell written 「3 to 45」「(3, 45)」「3.0–45.0」 read,
 * 「3.5–45.2」 (a measure's range) set aside as text; the table to publish shows the 「範囲」 line as one again.
 */
import { describe, expect, it } from 'vitest';
import { renderReport, renderText, toReport } from '../../src/pubcheck/report.ts';
import { fixtureBundle, solver } from './helpers.ts';
import { adversary } from './protection.ts';
import type { Reported } from './stats39-families.ts';
import { rangeAttack, rangeCases } from './stats50-families.ts';
import type { TopLineCase } from './stats52-families.ts';
import { readingsOf, topAnyAttack } from './stats53-families.ts';

const highs = await solver();
const bundle = fixtureBundle();
const { result } = adversary(highs, bundle);
const when = new Date('2026-12-06T00:00:00Z');
const reported = (r: ReturnType<typeof result>): Reported | undefined =>
  r.ok ? (toReport(r, bundle, when) as unknown as Reported) : undefined;

const hospitals = ['A病院', 'B病院', 'C病院', 'D病院', 'E病院'];
const years = ['2020年', '2021年', '2022年'];
const tableOf = (counts: number[][]) =>
  `# 表1 年別入院患者数\n施設,${years.join(',')}\n` +
  hospitals.map((h, i) => [h, ...counts[i]!].join(',')).join('\n') +
  `\n合計,${years.map((_, j) => counts.reduce((s, r) => s + r[j]!, 0)).join(',')}\n\n`;
const one = [
  [30, 41, 55],
  [22, 35, 48],
  [40, 28, 7],
  [33, 50, 52],
  [25, 31, 46],
];
// 2021年 and 2022年: A, D, B the three largest in both, with the same counts.
const two = [
  [30, 55, 55],
  [22, 48, 48],
  [40, 28, 7],
  [33, 52, 52],
  [25, 31, 46],
];
const topCase = (counts: number[][], title: string, label: string, form: 'named' | 'ranked'): TopLineCase => {
  const rowLabels = form === 'named' ? ['A病院', 'D病院', 'B病院'] : ['1位', '2位', '3位'];
  return {
    family: 'test',
    text:
      tableOf(counts) +
      `# 表2 ${title}\n${form === 'named' ? '施設' : '順位'},${label}\n${rowLabels.map((h, r) => `${h},${[55, 52, 48][r]}`).join('\n')}\n`,
    counts,
    hospitals,
    years,
    over: [2],
    form,
    top: [0, 3, 1],
    values: [55, 52, 48],
    rowLabels,
    label,
  };
};
const sums = (r: ReturnType<typeof result>) => (r.ok ? r.warnings.filter((w) => w.code === 'header/extreme-sum') : []);

describe('a top k naming no line across, or under no word of an order (stats53)', () => {
  it('「上位3施設」「患者数」 over 2022年’s three largest: tied to that year (cac6902: refused, table/top-k)', () => {
    const c = topCase(one, '上位3施設', '患者数', 'named');
    expect(readingsOf(c)).toEqual([[2]]);
    const r = result(c.text);
    expect(r.ok).toBe(true);
    expect(sums(r)[0]?.message).toMatch(
      /表2の3つの値は、表1の行「A病院」「D病院」「B病院」の列「2022年」の数で、その列の数の大きいほうから3つに一致します（チェッカーの判断）/,
    );
    expect(topAnyAttack(c, r, reported(r))).toEqual([]);
  });
  for (const [title, label] of [
    ['主な施設', '2022年'],
    ['施設別患者数（抜粋）', '患者数'],
  ] as const)
    it(`「${title}」「${label}」, no word of an order: tied as the three largest, said as 推定 (cac6902: not tied)`, () => {
      const c = topCase(one, title, label, 'named');
      const r = result(c.text);
      expect(r.ok).toBe(true);
      expect(sums(r)[0]?.message).toMatch(/表2に順位の言葉はありませんが、読み手はこれらを上位と受け取り得ます（推定）/);
      expect(topAnyAttack(c, r, reported(r))).toEqual([]);
    });
  it('two years fitting (2021年 and 2022年): tied to both, naming them (cac6902: refused, table/top-k)', () => {
    const c = topCase(two, '上位3施設', '患者数', 'named');
    expect(readingsOf(c)).toEqual([[1], [2]]);
    const r = result(c.text);
    expect(r.ok).toBe(true);
    expect(sums(r)[0]?.message).toMatch(/列「2021年」の数、列「2022年」の数のどれで見ても.*すべての読み方の関係を結びました/);
    expect(topAnyAttack(c, r, reported(r))).toEqual([]);
  });
  it('ranked 「1位」–「3位」 fitting two years: tied to both (cac6902: refused, table/top-k)', () => {
    const c = topCase(two, '上位3施設', '患者数', 'ranked');
    const r = result(c.text);
    expect(r.ok).toBe(true);
    expect(sums(r)[0]?.message).toMatch(/どれで見ても/);
    expect(topAnyAttack(c, r, reported(r))).toEqual([]);
  });
  it('no word of an order, values not the three largest of anything: no tie, nothing refused', () => {
    const text = tableOf(one) + '# 表2 主な施設\n施設,2022年\nA病院,55\nC病院,7\nE病院,46\n';
    const r = result(text);
    expect(sums(r)).toEqual([]);
    expect(r.ok ? [] : r.errors.map((e) => e.code)).not.toContain('table/top-k');
  });
});

const t1 =
  '# 表1 年別入院患者数\n施設,2020年,2021年,2022年\nA病院,28,52,60\nB病院,61,3,36\nC病院,26,40,56\nD病院,22,56,27\n合計,137,151,179\n\n';
const rangeText = (cells: string[]) =>
  t1 + `# 表2 施設別患者数の範囲\n年,範囲\n${['2020年', '2021年', '2022年'].map((y, j) => `${y},${cells[j]}`).join('\n')}\n`;
const rc = () => ({
  ...rangeCases(1, 2773)[0]!,
  form: 'two' as const,
  counts: [
    [28, 52, 60],
    [61, 3, 36],
    [26, 40, 56],
    [22, 56, 27],
  ],
  hospitals: ['A病院', 'B病院', 'C病院', 'D病院'],
  years: ['2020年', '2021年', '2022年'],
  lo: [22, 3, 27],
  hi: [61, 56, 60],
});

describe('ranges in one cell of other forms (stats53)', () => {
  for (const [cells, out] of [
    [['22 to 61', '3 to 56', '27 to 60'], 'X to 56'],
    [['"(22, 61)"', '"(3, 56)"', '"(27, 60)"'], '(X, 56)'],
    [['22.0–61.0', '3.0–56.0', '27.0–60.0'], 'X–56'],
  ] as const)
    it(`${cells[1]}: read as 「最小」「最大」 and tied, nothing given back; published as one 「範囲」 column 「${out}」 (cac6902: refused)`, () => {
      const text = rangeText([...cells]);
      const r = result(text);
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      expect(r.warnings.filter((w) => w.code === 'header/extreme-across')).toHaveLength(2);
      expect(rangeAttack({ ...rc(), text }, r, reported(r))).toEqual([]);
      const report = toReport(r, bundle, when);
      const masked = renderText(report).split('表2「表2 施設別患者数の範囲」（公表用）:')[1]!.split('\n\n')[0]!;
      expect(masked).toMatch(/年\s+範囲\n/);
      expect(masked).toContain(`2021年  ${out}`);
      expect(masked).not.toMatch(/最小|最大/);
      expect(renderReport(report)).toContain(`<td class="pc-cell pc-primary">${out}</td>`);
      // The report's data keeps both ends.
      const t2 = report.ok ? report.tables.find((t) => t.number === 2)! : undefined;
      expect(t2?.cols.map((c) => c.label)).toEqual(['最小', '最大']);
      expect(t2?.cells.find((c) => c.row === '2021年' && c.col === '最小')).toMatchObject({ value: 3, status: 'primary' });
    });
  it('「2.5–61.3」: a measure’s range, no count equation — set aside as text, said; table 1 checked alone (cac6902: refused)', () => {
    const r = result(rangeText(['2.5–61.3', '3.1–56.2', '27.0–60.4']));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.warnings.find((w) => w.code === 'header/range-measure')?.message).toMatch(
      /列「範囲」の「2.5–61.3」のような値は、小数を含む範囲で、件数ではない測定値の最小と最大と読みました（チェッカーの判断）。件数の式にならないため文字として読み、確かめていません。表2にはほかに件数がないため/,
    );
  });
  it('a count column beside a measure’s range (「平均」 aside): the counts read, the range set aside', () => {
    const r = result(t1 + '# 表2 在院日数\n年,患者数,範囲\n2020年,137,2.5–61.3\n2021年,151,3.1–56.2\n2022年,179,27.0–60.4\n');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.warnings.some((w) => w.code === 'header/range-measure')).toBe(true);
  });
  for (const cells of [
    ['2020-2022', '2020-2021', '2021-2022'],
    ['03-12', '03-06', '04-10'],
    ['61–22', '3–56', '27–60'],
    ['"22, 61"', '"3, 56"', '"27, 60"'],
  ])
    it(`${cells[0]}: years, a date, no range or an unbracketed pair — not read, refused as before`, () => {
      const r = result(rangeText(cells));
      expect(r.ok).toBe(false);
    });
});
