/**
 * stats52 (issue #11), stats52-families.ts: 「範囲 3–45」 in one cell read as 「最小」「最大」 (stats50 refused it); the k
 * largest of one line's counts (「2022年の上位3施設」) tied as stats50 ties the k largest sums; a top-k table whose values
 * fit neither refused (`table/top-k`), not left unread.
 */
import { describe, expect, it } from 'vitest';
import { toReport } from '../../src/pubcheck/report.ts';
import { fixtureBundle, solver } from './helpers.ts';
import { adversary } from './protection.ts';
import type { Reported } from './stats39-families.ts';
import { rangeAttack, rangeCases } from './stats50-families.ts';
import { type TopLineCase, topLineAttack } from './stats52-families.ts';

const highs = await solver();
const bundle = fixtureBundle();
const { result } = adversary(highs, bundle);
const reported = (r: ReturnType<typeof result>): Reported | undefined =>
  r.ok ? (toReport(r, bundle, new Date('2026-12-05T00:00:00Z')) as unknown as Reported) : undefined;

const table1 =
  '# 表1 年別入院患者数\n施設,2020年,2021年,2022年\nA病院,28,52,60\nB病院,61,3,36\nC病院,26,40,56\nD病院,22,56,27\n合計,137,151,179\n\n';
const rangeText = (cells: string[]) =>
  table1 + `# 表2 施設別患者数の範囲\n年,範囲\n${['2020年', '2021年', '2022年'].map((y, j) => `${y},${cells[j]}`).join('\n')}\n`;

describe('a range in one cell (stats52)', () => {
  for (const dash of ['–', '-', '〜', '～'])
    it(`「範囲 3${dash}56」: read as 「最小」「最大」, tied to table 1, nothing given back (850d8f8: refused)`, () => {
      const text = rangeText([`22${dash}61`, `3${dash}56`, `27${dash}60`]);
      const r = result(text);
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      expect(r.warnings.find((w) => w.code === 'header/range-split')?.message).toMatch(
        /列「範囲」の「22.61」のような値を、最小と最大の 2 つの数と読み、列「最小」「最大」に分けて確かめました（チェッカーの判断）/,
      );
      expect(r.warnings.filter((w) => w.code === 'header/extreme-across')).toHaveLength(2);
      const c = rangeCases(1, 2773)[0]!;
      const attack = rangeAttack(
        {
          ...c,
          text,
          form: 'two',
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
        },
        r,
        reported(r),
      );
      expect(attack).toEqual([]);
    });
  for (const cells of [
    // stats53: 「(22, 61)」 and 「22.0–61.0」 are read now (stats53.test); a pair without brackets is still no range.
    ['"22, 61"', '"3, 56"', '"27, 60"'],
    ['03-12', '03-06', '04-10'],
    ['61–22', '3–56', '27–60'],
  ])
    it(`${cells[0]}: a pair without brackets, a date or no range — not read, refused as before`, () => {
      const r = result(rangeText(cells));
      expect(r.ok).toBe(false);
      expect(r.ok ? [] : r.errors.map((e) => e.code)).not.toContain('table/top-k');
    });
});

const counts = [
  [30, 41, 55],
  [22, 35, 48],
  [40, 28, 7],
  [33, 50, 52],
  [25, 31, 46],
];
const hospitals = ['A病院', 'B病院', 'C病院', 'D病院', 'E病院'];
const top1 =
  '# 表1 年別入院患者数\n施設,2020年,2021年,2022年\n' +
  hospitals.map((h, i) => [h, ...counts[i]!].join(',')).join('\n') +
  '\n合計,150,185,208\n\n';
const lineCase = (title: string, label: string, over: number[], values: number[]): TopLineCase => ({
  family: 'col-named',
  text: `${top1}# 表2 ${title}\n施設,${label}\n${['A病院', 'D病院', 'B病院'].map((h, r) => `${h},${values[r]}`).join('\n')}\n`,
  counts,
  hospitals,
  years: ['2020年', '2021年', '2022年'],
  over,
  form: 'named',
  top: [0, 3, 1],
  values,
  rowLabels: ['A病院', 'D病院', 'B病院'],
  label,
});

describe('the k largest of one line’s counts (stats52)', () => {
  for (const [title, label] of [
    ['2022年の上位3施設', '患者数'],
    ['上位3施設', '2022年'],
  ] as const)
    it(`「${title}」「${label}」: A病院 55, D病院 52, B病院 48 tied as 2022年's three largest (850d8f8: not read)`, () => {
      const c = lineCase(title, label, [2], [55, 52, 48]);
      const r = result(c.text);
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      expect(r.warnings.find((w) => w.code === 'header/extreme-sum')?.message).toMatch(
        /表2の3つの値は、表1の行「A病院」「D病院」「B病院」の列「2022年」の数で、その列の数の大きいほうから3つに一致します（チェッカーの判断）/,
      );
      expect(topLineAttack(c, r, reported(r))).toEqual([]);
    });
  // stats55: two years' sums (96, 102, 83 over 2021–2022) are read now (stats55.test); values fitting no line, no set
  // of lines and no sum are still refused.
  it('「上位3施設」 over values that are neither sums nor one year’s counts nor any years’ sums: refused, table/top-k (850d8f8: left unread)', () => {
    const c = lineCase('上位3施設', '患者数', [1, 2], [97, 95, 90]);
    const r = result(c.text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const e = r.errors.find((x) => x.code === 'table/top-k');
    expect(e?.place).toMatchObject({ table: 2, line: 11 });
    expect(e?.message).toMatch(/表2の題名「表2 上位3施設」は表1の上位（下位）3つと読めますが/);
    expect(e?.hint).toMatch(/値の見出しをその列（行）の見出し/);
  });
  it('values of a measure of their own (「上位3施設の外来患者数」「外来」): not refused as top-k', () => {
    const r = result(lineCase('上位3施設の外来患者数', '外来', [2], [12, 80, 33]).text);
    expect(r.ok ? [] : r.errors.map((e) => e.code)).not.toContain('table/top-k');
  });
});
