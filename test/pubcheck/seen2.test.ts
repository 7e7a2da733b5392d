/**
 * The relation 「seen」 in another table (read.ts `relationsSeenElsewhere`, `sum/seen`), as an attacker sees it beyond
 * attack17's case of the same labels adding up alike (issue #11, linked tables and totals found by arithmetic):
 * (a) the relation printed with one more part in the other table (「その他」), (b) labels written otherwise, (c)
 * percentage lists (the relation printed as counts elsewhere; printed only as percentages: README Limits), (d) a subtotal marked in one table (indented, 「うち」, 「・小計」) and
 * unmarked in the other, (e) a relation printed in one block of a Table 1 taken for another block. Each was attacked
 * with the oracle (oracle.ts `disjointParts`, which now takes the same readings on its own) on main (d55f38d's parent,
 * f5319ff): the leaks are noted per test, and now hold.
 */
import { describe, expect, it } from 'vitest';
import { readTables } from '../../src/pubcheck/read.ts';
import { fixtureBundle, int, lcg, solver } from './helpers.ts';
import { adversary, written, type Ok } from './protection.ts';
import { subtotal2022 } from './seen4-inputs.ts';

const highs = await solver();
const { run, holdsBoth } = adversary(highs, fixtureBundle());
const tsv = (rows: (string | number)[][]) => rows.map((r) => r.join('\t')).join('\n') + '\n';
const L = ['心筋梗塞', '脳卒中', '心血管疾患', '糖尿病'];
const L5 = ['心筋梗塞', '脳卒中', 'その他', '心血管疾患', '糖尿病'];
/** A list of one column under its 合計. */
const list = (year: string, labels: readonly string[], values: readonly number[]) =>
  tsv([['', year], ...labels.map((l, i) => [l, values[i]!]), ['合計', values.reduce((a, b) => a + b, 0)]]);
const seen = (r: Ok) => r.warnings.filter((w) => w.code === 'sum/seen').map((w) => w.message);

describe('(a) the relation printed with one more part in the other table', () => {
  it('exact here (22 = 2 + 20), with 「その他」 there (45 = 12 + 20 + 13): before, 心筋梗塞 2 was pinned (22 − 20); now an equation, holding', () => {
    // On main: 2021 hid 心筋梗塞 2 and 糖尿病 15 (sum/disjoint); the oracle, taking the 2022 structure for 2021
    // (その他 not printed in 2021), pinned 2.
    const text = list('2021年', L, [2, 20, 22, 15]) + '\n' + list('2022年', L5, [12, 20, 13, 45, 26]);
    const r = holdsBoth(text);
    expect(r.tables[0]!.table.sums.some((s) => s.header === 2 && [...s.parts].sort().join() === '0,1')).toBe(true);
    expect(seen(r).join()).toContain('両方にある見出しでは同じ組み合わせ');
  });
  it('larger here (25 ≥ 2 + 20): the rest is the parts not printed here; before 心筋梗塞 was bounded to 1–5, now line ≥ parts is taken, holding', () => {
    // On main: 2021 hid 心筋梗塞 2 and 糖尿病 15; 心血管疾患 ≥ 心筋梗塞 + 脳卒中 (the 2022 structure, その他 unprinted
    // here) gave 心筋梗塞 ≤ 25 − 20 = 5: shown under the threshold.
    const text = list('2021年', L, [2, 20, 25, 15]) + '\n' + list('2022年', L5, [12, 20, 13, 45, 26]);
    const r = holdsBoth(text);
    expect(r.tables[0]!.table.atLeast).toEqual([{ axis: 'rows', header: 2, parts: [0, 1] }]);
    const m = seen(r).find((x) => x.includes('和以上'))!;
    expect(m).toContain('表2では行「心血管疾患」が行「心筋梗塞」「脳卒中」「その他」の和です');
    expect(m).toContain('チェッカーの判断');
  });
  it('the other way round: 「その他」 printed here and not there; an equation where it adds up, holding', () => {
    const text = list('2021年', L5, [2, 20, 3, 25, 15]) + '\n' + list('2022年', L, [12, 20, 32, 26]);
    const r = holdsBoth(text);
    expect(seen(r).length).toBeGreaterThan(0);
  });
  it('smaller here (15 < 2 + 20): the structure does not hold here, nothing is taken', () => {
    const text = list('2021年', L, [2, 20, 15, 15]) + '\n' + list('2022年', L5, [12, 20, 13, 45, 26]);
    const r = run(text);
    expect(r.tables[0]!.table.atLeast).toBeUndefined();
    expect(seen(r).filter((m) => m.startsWith('表1'))).toEqual([]);
  });
});

describe('(b) labels written otherwise: matched as linked tables are (headerKey)', () => {
  it('full and half width (「ＭＩ」, 「MI」): taken, holding (as on main)', () => {
    const text =
      list('2021年', ['ＭＩ', '脳卒中', '心血管疾患', '糖尿病'], [2, 20, 22, 15]) +
      '\n' +
      list('2022年', ['MI', '脳卒中', '心血管疾患', '糖尿病'], [12, 20, 32, 26]);
    expect(seen(holdsBoth(text)).length).toBeGreaterThan(0);
  });
  it('「男」 and 「男性」, 「Female」 and 「女性」 (our reading of group names)', () => {
    const text =
      list('2021年', ['男', 'Female', '患者', '不明'], [2, 20, 22, 15]) +
      '\n' +
      list('2022年', ['男性', '女性', '患者', '不明'], [12, 20, 32, 26]);
    expect(seen(holdsBoth(text)).length).toBeGreaterThan(0);
  });
  it('「心筋梗塞（MI）」 there: the other parts alike, and that part printed in neither table under the other name — before pinned 2, now holding; the look-alike said (labels/apart)', () => {
    // On main: 2021 hid 心筋梗塞 2 and 糖尿病 15; the 2022 relation 心血管疾患 = 心筋梗塞（MI） + 脳卒中 read on the lines
    // both tables print (脳卒中) is the same as 2021's 心血管疾患 = 心筋梗塞 + 脳卒中: the oracle pinned 2.
    const text =
      list('2021年', L, [2, 20, 22, 15]) + '\n' + list('2022年', ['心筋梗塞（MI）', '脳卒中', '心血管疾患', '糖尿病'], [12, 20, 32, 26]);
    const r = holdsBoth(text);
    expect(r.warnings.map((w) => w.code)).toContain('labels/apart');
  });
});

describe('(c) a percentage list read as disjoint parts of its N', () => {
  const pct = (year: string, v: readonly number[], n: number) =>
    tsv([['', `${year} (N=${n})`], ...L.map((l, i) => [l, `${((v[i]! / n) * 100).toFixed(1)}%`])]);
  it('the relation printed as counts in the other table: before, 心筋梗塞 3.4% of 59 was pinned to 2 (37.3% − 33.9%); now an equation, holding', () => {
    // On main: 2021 hid 心筋梗塞 3.4% and 糖尿病 25.4% (sum/disjoint); 2022's counts 32 = 12 + 20, taken for 2021's
    // structure, gave 22 − 20 = 2 (the oracle reads 37.3% of 59 as 22, 33.9% as 20).
    const text = pct('2021年', [2, 20, 22, 15], 59) + '\n' + list('2022年', L, [12, 20, 32, 26]);
    const r = holdsBoth(text);
    const m = seen(r).find((x) => x.startsWith('表1'))!;
    expect(m).toContain('割合が表す人数');
    expect(m).toContain('チェッカーの判断');
  });
  it('chance: 200 random pairs of a percentage list and a count list of the same names: none refused, sum/seen only where the count list adds up alike', () => {
    const random = lcg(2005);
    let said = 0;
    for (let t = 0; t < 200; t++) {
      const x = L.map(() => int(random, 0, 40));
      const y = L.map(() => int(random, 0, 40));
      if (random() < 0.5) y[2] = y[0]! + y[1]!;
      const n = x.reduce((a, b) => a + b, 0);
      if (n === 0) continue;
      const text = pct('2021年', x, n) + '\n' + list('2022年', L, y);
      const read = readTables(text);
      expect(read.errors).toEqual([]);
      for (const w of read.warnings.filter((w) => w.code === 'sum/seen' && w.place?.table === 1)) {
        said++;
        const m = /表2で行「(.+?)」が行((?:「.+?」)+)の和/.exec(w.message)!;
        const parts = [...m[2]!.matchAll(/「(.+?)」/g)].map((p) => y[L.indexOf(p[1]!)]!);
        expect(y[L.indexOf(m[1]!)]).toBe(parts.reduce((a, b) => a + b, 0));
      }
    }
    expect(said).toBeGreaterThan(0);
  });
});

describe('(d) a subtotal marked in one table, unmarked in the other', () => {
  const y2021 = list('2021年', L, [2, 20, 22, 15]);
  it('indented there: before, 脳卒中 20 printed there was the same count as the hidden one here (pinned 2 and 20); now read under that sum, holding', () => {
    // On main: sum/seen taken, 心筋梗塞 and 脳卒中 hidden in 2021 — but 2022's 「　脳卒中」 20, printed, is the same
    // count to the oracle (same name, same value), and the engine's key of it was 心血管疾患/脳卒中.
    const text =
      y2021 +
      '\n' +
      tsv([
        ['', '2022年'],
        ['心血管疾患', 32],
        ['　心筋梗塞', 12],
        ['　脳卒中', 20],
        ['糖尿病', 26],
        ['合計', 58],
      ]);
    const r = holdsBoth(text);
    expect(r.tables[0]!.table.rows[1]!.seenUnder).toEqual(['心血管疾患']);
  });
  it('うち lines there (「うち心筋梗塞」「うち脳卒中」 adding up to 心血管疾患): before pinned 2, now holding', () => {
    const text =
      y2021 +
      '\n' +
      tsv([
        ['', '2022年'],
        ['心血管疾患', 32],
        ['うち心筋梗塞', 12],
        ['うち脳卒中', 20],
        ['糖尿病', 26],
        ['合計', 58],
      ]);
    const r = holdsBoth(text);
    expect(seen(r).length).toBeGreaterThan(0);
  });
  it('「心血管疾患・小計」 and 「小計（心血管疾患）」 there: taken, holding', () => {
    for (const label of ['心血管疾患・小計', '小計（心血管疾患）']) {
      const text =
        y2021 +
        '\n' +
        tsv([
          ['', '2022年'],
          ['心筋梗塞', 12],
          ['脳卒中', 20],
          [label, 32],
          ['糖尿病', 26],
          ['合計', 58],
        ]);
      expect(seen(holdsBoth(text)).length, label).toBeGreaterThan(0);
    }
  });
  it('a 「小計」 with no name there: the sum of the run it closes (心筋梗塞 + 脳卒中), matched to the line that is their sum here (seen4: before, nothing was taken and the oracle, which now matches it too, pinned 心筋梗塞 2)', () => {
    const text = y2021 + '\n' + subtotal2022;
    const r = holdsBoth(text);
    expect(seen(r).join()).toContain('名前のない小計');
  });
  it('held: indented here, unmarked there (the tree declares it here)', () => {
    const text =
      tsv([
        ['', '2021年'],
        ['心血管疾患', 22],
        ['　心筋梗塞', 2],
        ['　脳卒中', 20],
        ['糖尿病', 15],
        ['合計', 37],
      ]) +
      '\n' +
      list('2022年', L, [12, 20, 32, 26]);
    holdsBoth(text);
  });
});

describe('(e) a relation printed in one block of a Table 1, taken for another block', () => {
  const blocks = (a: readonly string[], x: readonly number[], b: readonly string[], y: readonly number[]) =>
    tsv([
      ['', '人数'],
      ['2021年', ''],
      ...a.map((l, i) => [l, x[i]!]),
      ['2022年', ''],
      ...b.map((l, i) => [l, y[i]!]),
      ['合計', [...x, ...y].reduce((s, v) => s + v, 0)],
    ]);
  it("2022年's 60 = 40 + 20 for 2021年's 22 = 2 + 20: before pinned 2 (心筋梗塞 and 糖尿病 hidden), now holding", () => {
    const text = blocks(L, [2, 20, 22, 15], L, [40, 20, 60, 26]);
    const r = holdsBoth(text, written);
    expect(seen(r).join()).toContain('表1の見出し「2022年」の下でも同じ見出しの数で成り立つため');
  });
  it('two label columns 年 | 疾患 (joined 「2021年・心筋梗塞」): before pinned 2, now holding', () => {
    const x = [2, 20, 22, 15];
    const y = [40, 20, 60, 26];
    for (const every of [false, true]) {
      const text = tsv([
        ['年', '疾患', '人数'],
        ...L.map((l, i) => [every || i === 0 ? '2021年' : '', l, x[i]!]),
        ...L.map((l, i) => [every || i === 0 ? '2022年' : '', l, y[i]!]),
        ['合計', '', [...x, ...y].reduce((a, b) => a + b, 0)],
      ]);
      expect(seen(holdsBoth(text, written)).length).toBeGreaterThan(0);
    }
  });
  it('with one more part in the other block (その他): line ≥ parts, holding', () => {
    const text = blocks(L, [2, 20, 25, 15], L5, [40, 20, 13, 73, 26]);
    const r = holdsBoth(text, written);
    expect(r.tables[0]!.table.atLeast?.length).toBe(1);
  });
});

describe('chance', () => {
  it('200 random pairs of lists, one with a part the other lacks: none refused; each inequality holds here and its relation there', () => {
    const random = lcg(2002);
    let bounds = 0;
    let taken = 0;
    for (let t = 0; t < 200; t++) {
      const a = ['A', 'B', 'C', 'D', 'E'];
      const b = random() < 0.5 ? [...a, 'F'] : a.filter((_, i) => i !== int(random, 0, 4));
      const va = a.map(() => int(random, 0, 40));
      const vb = b.map(() => int(random, 0, 40));
      // Half the time the other list prints a relation C = A + B (+ F) outright.
      if (random() < 0.5 && b.includes('C')) {
        const parts = b.filter((l) => ['A', 'B', 'F'].includes(l));
        vb[b.indexOf('C')] = parts.reduce((s, l) => s + vb[b.indexOf(l)]!, 0);
      }
      const text = list('2021年', a, va) + '\n' + list('2022年', b, vb);
      const read = readTables(text);
      expect(read.errors).toEqual([]);
      for (const [k, table] of read.tables.entries()) {
        const other = read.tables[1 - k]!;
        taken += table.sums.length;
        for (const x of table.atLeast ?? []) {
          bounds++;
          const v = (i: number) => table.cells[i]![0]!.value;
          const n = (i: number) => (v(i).kind === 'count' ? (v(i) as { n: number }).n : NaN);
          expect(n(x.header)).toBeGreaterThan(x.parts.reduce((s, p) => s + n(p), 0));
          // The other list prints the line as a sum of these parts and of lines this list does not have.
          const label = table.rows[x.header]!.label;
          expect(other.rows.some((h) => h.label === label)).toBe(true);
        }
      }
    }
    expect(bounds).toBeGreaterThan(0);
    expect(taken).toBeGreaterThan(0);
  });
  it('40 random pairs of lists, one with a part the other lacks: hold against the oracle under both protections', () => {
    const random = lcg(2003);
    for (let t = 0; t < 40; t++) {
      const b = ['A', 'B', 'F', 'C', 'D'];
      const a = ['A', 'B', 'C', 'D'];
      const vb = b.map(() => int(random, 0, 40));
      vb[3] = vb[0]! + vb[1]! + vb[2]!;
      const va = a.map(() => int(random, 0, 30));
      if (random() < 0.5) va[2] = va[0]! + va[1]! + int(random, 0, 6);
      holdsBoth(list('2021年', a, va) + '\n' + list('2022年', b, vb));
    }
  });
  it('100 random Table 1s of two blocks of the same names (heading rows, label columns): none refused', () => {
    const random = lcg(2004);
    for (let t = 0; t < 100; t++) {
      const x = L.map(() => int(random, 0, 40));
      const y = L.map(() => int(random, 0, 40));
      if (random() < 0.5) y[2] = y[0]! + y[1]!;
      const columns = tsv([
        ['年', '疾患', '人数'],
        ...L.map((l, i) => [i === 0 ? '2021年' : '', l, x[i]!]),
        ...L.map((l, i) => [i === 0 ? '2022年' : '', l, y[i]!]),
        ['合計', '', [...x, ...y].reduce((s, v) => s + v, 0)],
      ]);
      expect(readTables(columns).errors).toEqual([]);
      const text = tsv([
        ['', '人数'],
        ['2021年', ''],
        ...L.map((l, i) => [l, x[i]!]),
        ['2022年', ''],
        ...L.map((l, i) => [l, y[i]!]),
        ['合計', [...x, ...y].reduce((s, v) => s + v, 0)],
      ]);
      expect(readTables(text).errors).toEqual([]);
    }
  });
});
