/**
 * stats57 (issue #11), stats57-families.ts: a top k of the sums of some lines across a count table of more than 10 (12
 * months, 16 quarters) — searched within a bound (read.ts `acrossSearch`), past it refused in words
 * (`table/top-k-not-searched`); bottom k (「下位3施設」「少ない順」「Bottom 3」) attacked with stats52's brute force.
 */
import { describe, expect, it } from 'vitest';
import { renderText, toReport } from '../../src/pubcheck/report.ts';
import { checkerOfRoot, fixtureBundle } from './helpers.ts';
import type { Reported } from './stats39-families.ts';
import { type ManyCase, manyAttack, manyCases, rangeEitherAttack, rangeRowCases, readingsMany } from './stats57-families.ts';
import { pctCases } from './stats55-families.ts';

const { check, highs, bundle } = await checkerOfRoot();
const result = (text: string) => check(highs, bundle, text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });
const reported = (r: ReturnType<typeof result>): Reported | undefined =>
  r.ok ? (toReport(r, fixtureBundle(), new Date('2026-12-06T00:00:00Z')) as unknown as Reported) : undefined;
const codes = (r: ReturnType<typeof result>) => (r.ok ? [] : r.errors.map((e: { code: string }) => e.code));
const sums = (r: ReturnType<typeof result>) =>
  r.ok ? r.warnings.filter((w: { code: string }) => w.code === 'header/extreme-sum').map((w: { message: string }) => w.message) : [];

const months = Array.from({ length: 12 }, (_, j) => `${j + 1}月`);
const hs = ['A病院', 'B病院', 'C病院', 'D病院', 'E病院'];
// 1月・4月・9月 (columns 0, 3, 8): A 120, B 110, D 100 the three largest; E 97 just outside, its 4月 a 6.
const counts = [
  [40, 21, 33, 40, 25, 30, 31, 22, 40, 28, 35, 26],
  [30, 33, 20, 50, 27, 24, 36, 41, 30, 22, 31, 29],
  [20, 25, 34, 15, 38, 27, 23, 30, 20, 33, 25, 21],
  [35, 28, 26, 35, 22, 31, 29, 25, 30, 26, 24, 37],
  [45, 26, 29, 6, 33, 28, 24, 27, 46, 31, 22, 30],
];
const over = [0, 3, 8];
const table1 = (cs: number[][], across = months) =>
  `# 表1 月別入院患者数\n施設,${across.join(',')}\n` +
  hs.map((h, i) => [h, ...cs[i]!].join(',')).join('\n') +
  `\n合計,${across.map((_, j) => cs.reduce((s, r) => s + r[j]!, 0)).join(',')}\n\n`;
const caseOf = (title: string, label: string, form: 'named' | 'ranked'): ManyCase => {
  const top = [0, 1, 3];
  const values = top.map((i) => over.reduce((s, j) => s + counts[i]![j]!, 0));
  const rowLabels = form === 'named' ? top.map((i) => hs[i]!) : top.map((_, r) => `${r + 1}位`);
  return {
    family: 'test',
    text:
      table1(counts) +
      `# 表2 ${title}\n${form === 'named' ? '施設' : '順位'},${label}\n${rowLabels.map((l, r) => `${l},${values[r]}`).join('\n')}\n`,
    counts,
    hospitals: hs,
    years: months,
    over,
    form,
    top,
    values,
    rowLabels,
    label,
    how: 'max',
  };
};

describe('a top k of the sums of some of 12 months (stats57)', () => {
  it('the fixture: 1月・4月・9月 is a reading the truth fits', () => {
    expect(readingsMany(caseOf('主な施設', '3か月の患者数', 'named'))).toContainEqual(over);
  });
  for (const [title, label, form] of [
    ['上位3施設（1月・4月・9月）', '患者数', 'named'],
    ['上位3施設（1月・4月・9月）', '患者数', 'ranked'],
    ['主な施設', '3か月の患者数', 'named'],
    ['主な施設', '3か月の患者数', 'ranked'],
  ] as const)
    it(`「${title}」「${label}」 ${form}: read as the sums of 1月・4月・9月, tied, E病院's 6 not given back (70103a03: refused table/top-k, or read untied)`, () => {
      const c = caseOf(title, label, form);
      const r = result(c.text);
      expect(codes(r)).toEqual([]);
      expect(sums(r).join('\n')).toMatch(/「1月」「4月」「9月」の数の和/);
      expect(manyAttack(c, r, reported(r))).toEqual([]);
    });
  it('values of a measure of their own that are the sums of no set of months: no tie, nothing refused', () => {
    const r = result(table1(counts) + '# 表2 主な施設\n施設,外来\nA病院,1203\nD病院,851\nB病院,339\n');
    expect(r.ok).toBe(true);
    expect(sums(r)).toEqual([]);
  });
  it('「上位3施設」 over values that are the sums of no set of months: refused table/top-k as before', () => {
    const r = result(table1(counts) + '# 表2 上位3施設\n施設,患者数\nA病院,1203\nB病院,1195\nD病院,1190\n');
    expect(codes(r)).toContain('table/top-k');
    expect(codes(r)).not.toContain('table/top-k-not-searched');
  });
  it('16 quarters, 10 of them empty: more fitting sets than the bound — refused in words (table/top-k-not-searched)', () => {
    const qs = Array.from({ length: 16 }, (_, j) => `${2021 + Math.floor(j / 4)}Q${(j % 4) + 1}`);
    const live = [0, 3, 5, 8, 11, 14];
    const cs = counts.map((row) => qs.map((_, j) => (live.includes(j) ? row[live.indexOf(j)]! : 0)));
    // 2021Q1・2021Q4: E 71, B 63, D 63 the three largest (A 61) — and so with any of the 10 empty quarters (1,024 sets).
    const vs = [4, 1, 3].map((i) => cs[i]![0]! + cs[i]![3]!);
    const r = result(table1(cs, qs) + `# 表2 上位3施設（2021Q1・2021Q4）\n施設,患者数\nE病院,${vs[0]}\nB病院,${vs[1]}\nD病院,${vs[2]}\n`);
    expect(codes(r)).toEqual(['table/top-k-not-searched']);
    expect(r.ok ? '' : r.errors[0]!.hint).toMatch(/どの行・列の和か/);
  });
});

describe('stats57 families (seeds 3800, 3802; 6 each here, the script measures 100 each)', () => {
  for (const [mode, seed] of [
    ['many', 3800],
    ['bottom', 3802],
  ] as const)
    it(`${mode}: read or refused in words, none leaking to stats52's brute force under every reading`, () => {
      for (const c of manyCases(6, seed, mode)) {
        const r = result(c.text);
        if (!r.ok) expect(codes(r), c.text).toEqual(['table/top-k-not-searched']);
        expect(manyAttack(c, r, reported(r)), c.text).toEqual([]);
      }
    });
});

// stats55's fixture: N 2020年 125, 2021年 204, 2022年 162 (table 1's 合計); 2022年's least 7 (C病院, 4.3%), greatest 55 (34.0%).
const t1 =
  '# 表1 年別入院患者数\n施設,2020年,2021年,2022年\nA病院,30,61,55\nB病院,22,65,48\nC病院,40,28,7\nD病院,33,50,52\n合計,125,204,162\n\n';
const ends = ['17.6–32.0', '13.7–31.9', '4.3–34.0'];
const range = (r: ReturnType<typeof result>) =>
  r.ok ? r.warnings.find((w: { code: string }) => w.code === 'header/range-percent')?.message : undefined;
const masked = (r: ReturnType<typeof result>) =>
  renderText(toReport(r, fixtureBundle(), new Date('2026-12-06T00:00:00Z')))
    .split('表2「表2 施設別患者数の範囲」（公表用）:')[1]!
    .split('\n\n')[0]!;
describe('「範囲（%）」 along a row, or with its N only in another table (stats57)', () => {
  it('a row 「範囲（%）」 under a row 「N」: read as rows 「最小」「最大」, 2022年’s least (C病院’s 7) hidden (70103a03: refused header/statistic)', () => {
    const r = result(`${t1}# 表2 施設別患者数の範囲\n年,2020年,2021年,2022年\nN,125,204,162\n範囲（%）,${ends.join(',')}\n`);
    expect(codes(r)).toEqual([]);
    expect(range(r)).toMatch(/行「範囲（%）」の「17.6–32.0」のような値を、各列の N に対する割合の範囲と読み/);
    const t2 = r.ok ? r.tables!.find((t: { table: { number: number } }) => t.table.number === 2)! : undefined;
    expect(t2?.table.rows.map((h: { label: string }) => h.label)).toEqual(['最小', '最大']);
    expect(t2?.status[2]).not.toBe('published');
    expect(masked(r)).toMatch(/X–34\.0/);
  });
  it('a column 「範囲（%）」 with no N: table 1’s 合計 taken for N, said as the checker’s guess (70103a03: refused header/range-percent)', () => {
    const r = result(
      `${t1}# 表2 施設別患者数の範囲\n年,範囲（%）\n${['2020年', '2021年', '2022年'].map((y, j) => `${y},${ends[j]}`).join('\n')}\n`,
    );
    expect(codes(r)).toEqual([]);
    expect(range(r)).toMatch(/N は表2に書かれていないため、表1の「合計」の数を N としました（チェッカーの推定）/);
    expect(masked(r)).toMatch(/2022年\s+X–34\.0/);
  });
  it('a row 「範囲（%）」 alone: table 1’s 合計 taken for N (70103a03: refused header/statistic)', () => {
    const r = result(`${t1}# 表2 施設別患者数の範囲\n年,2020年,2021年,2022年\n範囲（%）,${ends.join(',')}\n`);
    expect(codes(r)).toEqual([]);
    expect(range(r)).toMatch(/表1の「合計」の数を N としました（チェッカーの推定）/);
  });
  it('no N in the table nor a total elsewhere: refused in words as before (header/range-percent)', () => {
    const r = result(`${t1.replace(/\n合計,[^\n]*/, '')}# 表2 施設別患者数の範囲\n年,2020年,2021年,2022年\n範囲（%）,${ends.join(',')}\n`);
    expect(codes(r)).toEqual(['header/range-percent']);
    // stats61: 表1's lines without their total still give N as their sum, which the ends prove: the words name it.
    expect(r.ok ? '' : r.errors[0]!.message).toMatch(/表1の同じ見出しの列の和（その表に合計の行はありません）に対する/);
  });
  it('ends no whole count of the borrowed N: refused in words, naming it', () => {
    const r = result(`${t1}# 表2 施設別患者数の範囲\n年,範囲（%）\n2020年,17.5–32.0\n2021年,13.7–31.9\n2022年,4.3–34.0\n`);
    expect(codes(r)).toEqual(['header/range-percent']);
    expect(r.ok ? '' : r.errors[0]!.message).toMatch(/「17.5%」は N=125 のどの人数の割合にも/);
  });
  it('families rows (seed 3804) and stats55’s columns with their N borrowed (3346): none leaking', () => {
    for (const c of [...rangeRowCases(8, 3804), ...pctCases(8, 3346).filter((x) => x.family === 'pct-non')]) {
      const r = result(c.text);
      expect(rangeEitherAttack(c, r, reported(r)), c.text).toEqual([]);
    }
  });
});
