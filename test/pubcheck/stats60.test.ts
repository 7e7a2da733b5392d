/**
 * stats60 (issue #11), stats60-families.ts: 「範囲（%）」 whose N is borrowed from another table's total under the same
 * label that is NOT the range's population (stats57 took the one total a table before prints, stats59 one after). a9147354
 * took a total before even where another table prints another at the label: the range of P read as counts of Q's N
 * (Q = P doubled: every end a whole count of both), the ends published — a reader of P's table (or P's N by sex) turns
 * them back into P's counts under 10. Now every table of the input is looked at: differing totals at the label are taken
 * only where the ends prove one (the least and greatest line of its table, the others the same lines not fitting), else
 * refused in words naming each.
 */
import { describe, expect, it } from 'vitest';
import { checkerOfRoot } from './helpers.ts';
import { wrongAttack, wrongCases } from './stats60-families.ts';

const { check, highs, bundle } = await checkerOfRoot();
const result = (text: string) => check(highs, bundle, text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });
const codes = (r: ReturnType<typeof result>) => (r.ok ? [] : r.errors.map((e: { code: string }) => e.code));
const message = (r: ReturnType<typeof result>) => (r.ok ? '' : r.errors.map((e: { message: string }) => e.message).join('\n'));
const range = (r: ReturnType<typeof result>) =>
  r.ok ? r.warnings.find((w: { code: string }) => w.code === 'header/range-percent')?.message : undefined;

// P: stats59's fixture, N 2020年 125, 2021年 204, 2022年 162; 2022年's least 7 (C病院, 4.3%). Q: every count doubled.
const rowsP = ['A病院,30,61,55', 'B病院,22,65,48', 'C病院,40,28,7', 'D病院,33,50,52', '合計,125,204,162'];
const table = (n: number, title: string, rows: string[]) => `# 表${n} ${title}\n施設,2020年,2021年,2022年\n${rows.join('\n')}\n`;
const P = (n: number) => table(n, '年別入院患者数', rowsP);
const Q = (n: number) =>
  table(
    n,
    '年別延べ患者数',
    rowsP.map((r) =>
      [
        r.split(',')[0],
        ...r
          .split(',')
          .slice(1)
          .map((v) => 2 * Number(v)),
      ].join(','),
    ),
  );
const other = (n: number) =>
  table(
    n,
    '年別外来患者数',
    rowsP.map((r) => r.replace(/^A病院,30,61,55$/, 'A病院,36,67,63').replace(/^合計,125,204,162$/, '合計,131,210,170')),
  );
const sex = (n: number) => `# 表${n} 性別入院患者数\n性別,2020年,2021年,2022年\n男性,60,99,80\n女性,65,105,82\n合計,125,204,162\n`;
const column = (n: number) => `# 表${n} 施設別患者数の範囲\n年,範囲（%）\n2020年,17.6–32.0\n2021年,13.7–31.9\n2022年,4.3–34.0\n`;
const row = (n: number) => `# 表${n} 施設別患者数の範囲\n年,2020年,2021年,2022年\n範囲（%）,17.6–32.0,13.7–31.9,4.3–34.0\n`;

describe('「範囲（%）」 whose N another table prints otherwise (stats60)', () => {
  it('Q (doubled) before, P after: both totals fit the ends — refused, naming both (a9147354: Q’s 324 taken, 4.3% published)', () => {
    for (const range of [column, row]) {
      const r = result(`${Q(1)}\n${range(2)}\n${P(3)}`);
      expect(codes(r)).toEqual(['header/range-percent']);
      expect(message(r)).toMatch(/表1の「合計」の 250.*表3の「合計」の 125|表1の「合計」の 324.*表3の「合計」の 162/);
      expect(message(r)).toMatch(/「N」の/);
    }
  });
  it('Q before, P’s N only in a table by sex after: not proved (other lines) — refused (a9147354: read with Q’s N)', () => {
    const r = result(`${Q(1)}\n${column(2)}\n${sex(3)}`);
    expect(codes(r)).toEqual(['header/range-percent']);
  });
  it('Q before, P’s N in a 「N」 column or the title’s 「N=」 of another table: refused, naming it (a9147354: read with Q’s N)', () => {
    const nCol = '# 表3 入院患者の在院日数\n年,N,平均在院日数\n2020年,125,12.3\n2021年,204,11.8\n2022年,162,12.9\n';
    const titled = '# 表3 入院患者数（N=162）\n性別,2022年\n男性,80\n女性,82\n';
    for (const [third, said] of [
      [nCol, /表3の「N」の 125/],
      [titled, /表3の題名の「N=」の 162/],
    ] as const) {
      const r = result(`${Q(1)}\n${column(2)}\n${third}`);
      expect(codes(r)).toEqual(['header/range-percent']);
      expect(message(r)).toMatch(said);
    }
  });
  it('P after the range, another population over the same hospitals third: P’s total proved and taken, said (a9147354: refused)', () => {
    const r = result(`${column(1)}\n${P(2)}\n${other(3)}`);
    expect(codes(r)).toEqual([]);
    expect(range(r)).toMatch(/表2の「合計」の数を N としました/);
    expect(range(r)).toMatch(/範囲の両端が表2の行の最小・最大の割合に合い/);
  });
  it('P before, another population after over the same hospitals: P’s taken, as before', () => {
    const r = result(`${P(1)}\n${column(2)}\n${other(3)}`);
    expect(codes(r)).toEqual([]);
    expect(range(r)).toMatch(/表1の「合計」の数を N としました/);
  });
  it('P titled with its grand 「N=491」 over every year: the title is no year’s N (several lines), P’s total read as before', () => {
    const titled = P(1).replace('年別入院患者数', '年別入院患者数（N=491）');
    for (const range of [column, row]) {
      const r = result(`${titled}\n${range(2)}`);
      expect(codes(r)).toEqual([]);
    }
  });
  it('the same totals printed by two tables (P and P by sex): one N, read as before', () => {
    const r = result(`${P(1)}\n${row(2)}\n${sex(3)}`);
    expect(codes(r)).toEqual([]);
    expect(range(r)).toMatch(/表1の「合計」の数を N としました（チェッカーの推定）/);
  });
});

describe('stats60 family (seed 4282; 20 here, the script measures 100 at 4280,4281)', () => {
  it('none leaking to the truth; Q doubled or P’s N by sex beside Q refused in words', () => {
    for (const c of wrongCases(20, 4282)) {
      const r = result(c.text);
      if (/^(?:double|sex)-/.test(c.family)) expect(codes(r), c.text).toEqual(['header/range-percent']);
      expect(wrongAttack(c, r, undefined), c.text).toEqual([]);
    }
  }, 600_000);
});
