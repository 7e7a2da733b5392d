/**
 * stats61 (issue #11), stats61-families.ts: 「範囲（%）」 whose N is printed only as the sum of P's lines (P's count table
 * with no total line). 31b5f650 did not count such a sum among the Ns at the label: Q (P doubled, another population)
 * printing a total was the one number there and was taken — the ends read as counts of Q's N, published, and a reader
 * solving the ends' shares over P's lines' sum gave back P's hidden 7 (4.3% of 155 + x). Now the sum is a candidate:
 * with another number it is refused as stats60 refuses differing totals, alone it is refused in words where the ends
 * prove it (the share gives back the sum, which no table prints), and a printed N of the same value is taken as before.
 */
import { describe, expect, it } from 'vitest';
import { checkerOfRoot } from './helpers.ts';
import { innocentCases, measure, sumCases } from './stats61-families.ts';

const { check, highs, bundle } = await checkerOfRoot();
const result = (text: string) => check(highs, bundle, text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });
const codes = (r: ReturnType<typeof result>) => (r.ok ? [] : r.errors.map((e: { code: string }) => e.code));
const message = (r: ReturnType<typeof result>) => (r.ok ? '' : r.errors.map((e: { message: string }) => e.message).join('\n'));
const range = (r: ReturnType<typeof result>) =>
  r.ok ? r.warnings.find((w: { code: string }) => w.code === 'header/range-percent')?.message : undefined;

// P: N 2020年 125, 2021年 204, 2022年 162 (C病院 2022年 7: 4.3%), printed without its 合計 line; Q: P doubled, with it.
const rowsP = ['A病院,30,61,55', 'B病院,22,65,48', 'C病院,40,28,7', 'D病院,33,50,52'];
const table = (n: number, title: string, rows: string[]) => `# 表${n} ${title}\n施設,2020年,2021年,2022年\n${rows.join('\n')}\n`;
const P = (n: number) => table(n, '年別入院患者数', rowsP);
const Ptotal = (n: number) => table(n, '年別入院患者数', [...rowsP, '合計,125,204,162']);
const Q = (n: number) =>
  table(n, '年別延べ患者数', ['A病院,60,122,110', 'B病院,44,130,96', 'C病院,80,56,14', 'D病院,66,100,104', '合計,250,408,324']);
const column = (n: number) => `# 表${n} 施設別患者数の範囲\n年,範囲（%）\n2020年,17.6–32.0\n2021年,13.7–31.9\n2022年,4.3–34.0\n`;
const row = (n: number) => `# 表${n} 施設別患者数の範囲\n年,2020年,2021年,2022年\n範囲（%）,17.6–32.0,13.7–31.9,4.3–34.0\n`;

describe('「範囲（%）」 whose N is only the sum of P’s lines (stats61)', () => {
  it('Q’s total and P’s lines without a total, either order: refused naming both (31b5f650: Q’s 324 taken, 4.3% published)', () => {
    for (const r of [column, row])
      for (const text of [`${Q(1)}\n${r(2)}\n${P(3)}`, `${P(1)}\n${r(2)}\n${Q(3)}`]) {
        const got = result(text);
        expect(codes(got)).toEqual(['header/range-percent']);
        expect(message(got)).toMatch(/同じ見出しの列の和の 125/);
      }
  });
  it('P’s lines alone, the ends their least and greatest: refused in words naming the sum (no table prints it)', () => {
    for (const text of [`${P(1)}\n${column(2)}`, `${row(1)}\n${P(2)}`]) {
      const got = result(text);
      expect(codes(got)).toEqual(['header/range-percent']);
      expect(message(got)).toMatch(/の和（その表に合計の行はありません）に対する/);
      expect(message(got)).toMatch(/「合計」の行を書く/);
    }
  });
  it('P’s total printed, P by sex without a total (its sum the same N): read with P’s total, as before', () => {
    const sex = '# 表3 性別入院患者数\n性別,2020年,2021年,2022年\n男性,60,99,80\n女性,65,105,82\n';
    const got = result(`${Ptotal(1)}\n${column(2)}\n${sex}`);
    expect(codes(got)).toEqual([]);
    expect(range(got)).toMatch(/表1の「合計」の数を N としました/);
  });
  it('P’s total printed, another population over the same hospitals without a total: P’s total proved and taken', () => {
    const other = table(3, '年別外来患者数', ['A病院,36,67,63', 'B病院,22,65,48', 'C病院,40,28,7', 'D病院,33,50,52']);
    const got = result(`${Ptotal(1)}\n${column(2)}\n${other}`);
    expect(codes(got)).toEqual([]);
    expect(range(got)).toMatch(/表1の「合計」の数を N としました/);
  });
  it('families: no end given back (the truth: the ends’ shares over P’s lines’ sum), innocent ones read (not refused)', async () => {
    const cls = await measure([...sumCases(16, 4642)]);
    expect(cls.all.leaked).toBe(0);
    const inn = await measure(innocentCases(6, 4643), false);
    expect(inn.all.refused).toBe(0);
  }, 120_000);
});
