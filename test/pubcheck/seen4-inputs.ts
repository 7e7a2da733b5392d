/**
 * The random inputs of seen4.test.ts (seeded, one per index): ordinary tables of each class the Limits left, the
 * relation printed in about half.
 */
import { int, lcg } from './helpers.ts';

const tsv = (rows: (string | number)[][]) => rows.map((r) => r.join('\t')).join('\n') + '\n';
export const L = ['心筋梗塞', '脳卒中', '心血管疾患', '糖尿病'];
export const L5 = ['心筋梗塞', '脳卒中', 'その他', '心血管疾患', '糖尿病'];
/** A list of one column under its 合計. */
export const list = (year: string, labels: readonly string[], values: readonly number[]) =>
  tsv([['', year], ...labels.map((l, i) => [l, values[i]!]), ['合計', values.reduce((a, b) => a + b, 0)]]);
/** A list of percentages of n (`decimals` places), no N printed. */
export const bare = (year: string, v: readonly number[], n: number, decimals = 1, labels: readonly string[] = L) =>
  tsv([['', year], ...labels.map((l, i) => [l, `${((v[i]! / n) * 100).toFixed(decimals)}%`])]);
/** Counts of two years by sex: each year's 合計 is the N a percentage table of that year borrows. */
export const bySex = (a: readonly number[], b: readonly number[]) =>
  tsv([
    ['', '2021年', '2022年'],
    ['男性', a[0]!, b[0]!],
    ['女性', a[1]!, b[1]!],
    ['合計', a[0]! + a[1]!, b[0]! + b[1]!],
  ]);
export { tsv, int };
/** 2022 closing 心筋梗塞 12 and 脳卒中 20 with an unnamed 「小計」 32. */
export const subtotal2022 = tsv([
  ['', '2022年'],
  ['心筋梗塞', 12],
  ['脳卒中', 20],
  ['小計', 32],
  ['糖尿病', 26],
  ['合計', 58],
]);

/** The random inputs of each class (seeded), 100 each: ordinary tables, the relation printed in about half. */
export const classes: Record<'borrowed' | 'unnamed' | 'columns' | 'sharedN', (t: number) => string> = {
  // (a) a 2021 count list, counts of 2021 and 2022 by sex, 2022 as bare percentages (N borrowed), integer or one decimal,
  // in half with one more part (「その他」).
  borrowed: (t) => {
    const random = lcg(4001 + t);
    const more = random() < 0.5;
    const labels = more ? L5 : L;
    const x = labels.map(() => int(random, 1, 40));
    const y = L.map(() => int(random, 0, 30));
    const s = more ? 3 : 2;
    if (random() < 0.5) x[s] = x[0]! + x[1]! + (more ? x[2]! : 0);
    if (random() < 0.5) y[2] = y[0]! + y[1]! + (more ? int(random, 0, 5) : 0);
    const n = x.reduce((a, b) => a + b, 0);
    const men = int(random, 0, n);
    const m21 = int(
      random,
      0,
      y.reduce((a, b) => a + b, 0),
    );
    return (
      list('2021年', L, y) +
      '\n' +
      bySex([m21, y.reduce((a, b) => a + b, 0) - m21], [men, n - men]) +
      '\n' +
      bare('2022年', x, n, random() < 0.5 ? 0 : 1, labels)
    );
  },
  // (b) a 2021 count list and a 2022 list whose unnamed 「小計」 closes its first 2–3 lines, the 2021 list with a line
  // 「疾患群」 somewhere that is, in half, the sum of those lines.
  unnamed: (t) => {
    const random = lcg(5001 + t);
    const names = ['心筋梗塞', '脳卒中', '心不全', '糖尿病', '肺炎'];
    const y = names.map(() => int(random, 0, 30));
    const run = random() < 0.5 ? [0, 1] : [0, 1, 2];
    const sumAt = int(random, 0, 4);
    const z = int(random, 0, 30);
    // 2021: a line 「疾患群」 that is, in half, the sum of the run.
    const y21 = [...y.slice(0, sumAt), random() < 0.5 ? run.reduce((a, i) => a + y[i]!, 0) : z, ...y.slice(sumAt)];
    const l21 = [...names.slice(0, sumAt), '疾患群', ...names.slice(sumAt)];
    // No line of 2022 with its 2021 count (the oracle takes cells of one name and one count in two lists for one count).
    const x = names.map((_, i) => {
      const v = int(random, 0, 40);
      return v === y[i] ? v + 1 : v;
    });
    const rows: (string | number)[][] = [['', '2022年']];
    names.forEach((l, i) => {
      rows.push([l, x[i]!]);
      if (i === run[run.length - 1]) rows.push(['小計', run.reduce((a, k) => a + x[k]!, 0)]);
    });
    rows.push(['合計', x.reduce((a, b) => a + b, 0)]);
    return list('2021年', l21, y21) + '\n' + tsv(rows);
  },
  // (c) two rows (男性, 女性) under 2021年 and 2022年 over 心筋梗塞・脳卒中・心血管疾患 (in half with 「その他」 in 2022),
  // in half with a list of 2023 printing 心血管疾患 = 心筋梗塞 + 脳卒中 + その他.
  columns: (t) => {
    const random = lcg(6001 + t);
    const more = random() < 0.5;
    const sub = ['心筋梗塞', '脳卒中', '心血管疾患'];
    const sub22 = more ? ['心筋梗塞', '脳卒中', 'その他', '心血管疾患'] : sub;
    const line = (labels: readonly string[]) => {
      const v = labels.map(() => int(random, 0, 40));
      const s = labels.length - 1;
      if (random() < 0.6) v[s] = v.slice(0, s).reduce((a, b) => a + b, 0) + (random() < 0.5 ? int(random, 0, 6) : 0);
      return v;
    };
    const head = [
      ['', '2021年', ...sub.slice(1).map(() => ''), '2022年', ...sub22.slice(1).map(() => '')],
      ['', ...sub, ...sub22],
    ];
    const body = ['男性', '女性'].map((l) => [l, ...line(sub), ...line(sub22)]);
    const other = random() < 0.5 ? '\n' + list('2023年', ['心筋梗塞', '脳卒中', 'その他', '心血管疾患'], [12, 20, 13, 45]) : '';
    return tsv([...head, ...body]) + other;
  },
  // (e) a 2021 count list with no total, its N stated in a percentage table by sex (「2021年 (N=…)」), a 2022 list;
  // 心血管疾患 the sum of 心筋梗塞 and 脳卒中 in half of each.
  sharedN: (t) => {
    const random = lcg(8001 + t);
    const y = L.map(() => int(random, 1, 30));
    const x = L.map(() => int(random, 1, 40));
    if (random() < 0.5) y[2] = y[0]! + y[1]!;
    if (random() < 0.5) x[2] = x[0]! + x[1]!;
    const n = y.reduce((a, b) => a + b, 0);
    const men = int(random, 1, n - 1);
    const share = (k: number) => `${((k / n) * 100).toFixed(1)}%`;
    return (
      tsv([['', '2021年'], ...L.map((l, i) => [l, y[i]!])]) +
      '\n' +
      tsv([
        ['', `2021年 (N=${n})`],
        ['男性', share(men)],
        ['女性', share(n - men)],
      ]) +
      '\n' +
      list('2022年', L, x)
    );
  },
};
