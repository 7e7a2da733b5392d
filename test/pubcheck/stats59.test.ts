/**
 * stats59 (issue #11), stats59-families.ts: 「範囲（%）」 whose N is written only in a table AFTER it — a3601f36 took N
 * from a table before only (read.ts `nElsewhereOf`) and refused the rest (header/range-percent); a reader reads the
 * whole input. Now `readTables` reads such an input again with the first reading's tables, and the one total a count
 * table after it prints at the line's label is taken for N where none before does (チェッカーの推定, said).
 */
import { describe, expect, it } from 'vitest';
import { renderText, toReport } from '../../src/pubcheck/report.ts';
import { checkerOfRoot, fixtureBundle } from './helpers.ts';
import { afterAttack, afterCases } from './stats59-families.ts';

const { check, highs, bundle } = await checkerOfRoot();
const result = (text: string) => check(highs, bundle, text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });
const codes = (r: ReturnType<typeof result>) => (r.ok ? [] : r.errors.map((e: { code: string }) => e.code));
const range = (r: ReturnType<typeof result>) =>
  r.ok ? r.warnings.find((w: { code: string }) => w.code === 'header/range-percent')?.message : undefined;
const masked = (r: ReturnType<typeof result>) =>
  renderText(toReport(r, fixtureBundle(), new Date('2026-12-06T00:00:00Z')))
    .split('表1「表1 施設別患者数の範囲」（公表用）:')[1]!
    .split('\n\n')[0]!;

// stats57's fixture turned: N 2020年 125, 2021年 204, 2022年 162 (the count table's 合計); 2022年's least 7 (C病院, 4.3%).
const counts = (n: number, title = '年別入院患者数') =>
  `# 表${n} ${title}\n施設,2020年,2021年,2022年\nA病院,30,61,55\nB病院,22,65,48\nC病院,40,28,7\nD病院,33,50,52\n合計,125,204,162\n`;
const ends = ['17.6–32.0', '13.7–31.9', '4.3–34.0'];
const column = (es = ends) =>
  `# 表1 施設別患者数の範囲\n年,範囲（%）\n${['2020年', '2021年', '2022年'].map((y, j) => `${y},${es[j]}`).join('\n')}\n`;
const row = `# 表1 施設別患者数の範囲\n年,2020年,2021年,2022年\n範囲（%）,${ends.join(',')}\n`;

describe('「範囲（%）」 with its N only in a table after it (stats59)', () => {
  it('a column 「範囲（%）」, the count table after: its 合計 taken for N, said; C病院’s 7 hidden (a3601f36: refused header/range-percent)', () => {
    const r = result(`${column()}\n${counts(2)}`);
    expect(codes(r)).toEqual([]);
    expect(range(r)).toMatch(/N は表1に書かれていないため、表2の「合計」の数を N としました（チェッカーの推定）/);
    expect(masked(r)).toMatch(/2022年\s+X–34\.0/);
  });
  it('a row 「範囲（%）」, another table between, the count table third: table 3’s 合計 taken (a3601f36: refused)', () => {
    const between = '# 表2 性別・区分別患者数\n性別,外来,入院,合計\n男性,41,37,78\n女性,44,35,79\n合計,85,72,157\n';
    const r = result(`${row}\n${between}\n${counts(3)}`);
    expect(codes(r)).toEqual([]);
    expect(range(r)).toMatch(/表3の「合計」の数を N としました（チェッカーの推定）/);
  });
  it('a total before it and another after: the one before is taken (stats60: the one after looked at — the same hospitals, not fitting the ends)', () => {
    const before = counts(1).replace(/^# 表1 /, '# 表1 ');
    const text = `${before}\n${column().replace('# 表1 ', '# 表2 ')}\n${counts(3, '年別外来患者数').replace('合計,125,204,162', '合計,131,210,170').replace('A病院,30,61,55', 'A病院,36,67,63')}`;
    const r = result(text);
    expect(codes(r)).toEqual([]);
    expect(range(r)).toMatch(/表1の「合計」の数を N としました/);
  });
  it('two tables after it, the second another population over the same hospitals: the first proved by the ends and taken (stats60; a9147354 refused)', () => {
    const third = counts(3, '年別外来患者数').replace('合計,125,204,162', '合計,131,210,170').replace('A病院,30,61,55', 'A病院,36,67,63');
    const r = result(`${column()}\n${counts(2)}\n${third}`);
    expect(codes(r)).toEqual([]);
    expect(range(r)).toMatch(/表2の「合計」の数を N としました/);
  });
  it('two tables after it with other totals, neither proved by its lines (by sex): N is not one — refused in words', () => {
    const sex = (n: number, a: number[]) =>
      `# 表${n} 性別患者数\n性別,2020年,2021年,2022年\n男性,${a.map((v) => v - 60).join(',')}\n女性,60,60,60\n合計,${a.join(',')}\n`;
    const r = result(`${column()}\n${sex(2, [125, 204, 162])}\n${sex(3, [131, 210, 170])}`);
    expect(codes(r)).toEqual(['header/range-percent']);
    expect(r.ok ? '' : r.errors[0]!.message).toMatch(/別々の合計を書いています（表2の「合計」の 125、表3の「合計」の 131）/);
  });
  it('ends no whole count of the N after it: refused in words, naming that N', () => {
    const r = result(`${column(['17.5–32.0', ...ends.slice(1)])}\n${counts(2)}`);
    expect(codes(r)).toEqual(['header/range-percent']);
    expect(r.ok ? '' : r.errors[0]!.message).toMatch(/「17.5%」は N=125 のどの人数の割合にも/);
  });
  it('no count table anywhere with the years: refused in words as before', () => {
    const r = result(`${column()}\n${counts(2).replace(/\n合計,[^\n]*/, '')}`);
    expect(codes(r)).toEqual(['header/range-percent']);
  });
});

describe('stats59 family (seed 4220; 16 here, the script measures 100)', () => {
  it('after / mid read and none leaking to stats52’s brute force; two read where its first count table proves N (stats60)', () => {
    const cs = afterCases(16, 4220);
    let read = 0;
    for (const c of cs) {
      const r = result(c.text);
      if (r.ok) read++;
      else expect(codes(r), c.text).toEqual(['header/range-percent']);
      expect(afterAttack(c, r, undefined), c.text).toEqual([]);
    }
    expect(read).toBeGreaterThan(cs.length / 2);
  }, 600_000);
});
