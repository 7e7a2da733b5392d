/**
 * seen3: a relation printed only in a percentage table, as an attacker sees it (seen2 left it, README Limits), and
 * the blocks of a table past `MAX_BLOCKS` said. The oracle (oracle.ts `disjointParts`) now reads a percentage
 * table's relations: a cell whose rounding admits exactly one count of its N is that count; where it admits several,
 * a relation that holds for some choice of them is taken too (an attacker cannot be sure of it, but may take it).
 */
import { describe, expect, it } from 'vitest';
import { readTables } from '../../src/pubcheck/read.ts';
import { fixtureBundle, int, lcg, solver } from './helpers.ts';
import { adversary, hiddenLabels, type Ok } from './protection.ts';
import { problems } from './words.ts';

const highs = await solver();
const { run, holdsBoth } = adversary(highs, fixtureBundle());
const tsv = (rows: (string | number)[][]) => rows.map((r) => r.join('\t')).join('\n') + '\n';
const L = ['心筋梗塞', '脳卒中', '心血管疾患', '糖尿病'];
/** A list of one column under its 合計. */
const list = (year: string, labels: readonly string[], values: readonly number[]) =>
  tsv([['', year], ...labels.map((l, i) => [l, values[i]!]), ['合計', values.reduce((a, b) => a + b, 0)]]);
/** A list of percentages of N (`decimals` places), N in the column's header. */
const pct = (year: string, v: readonly number[], n: number, decimals = 1, labels: readonly string[] = L) =>
  tsv([['', `${year} (N=${n})`], ...labels.map((l, i) => [l, `${((v[i]! / n) * 100).toFixed(decimals)}%`])]);
const seen = (r: Ok) => r.warnings.filter((w) => w.code === 'sum/seen').map((w) => w.message);

describe('a relation printed only in a percentage table', () => {
  it('one count each (one decimal of N = 90): 2022 shows 35.6% = 13.3% + 22.2% (32 = 12 + 20); before, 2021 hid 心筋梗塞 2 alone and 22 − 20 gave it back; now holding', () => {
    const text = list('2021年', L, [2, 20, 22, 15]) + '\n' + pct('2022年', [12, 20, 32, 26], 90);
    const r = holdsBoth(text);
    expect(hiddenLabels(r)).toContain('脳卒中/2021年');
    const m = seen(r).find((x) => x.startsWith('表1'))!;
    expect(m).toContain('割合が表す人数');
    expect(m).toContain('チェッカーの判断');
  });
});

describe('a relation printed only in a percentage table (more)', () => {
  it('several counts each (integer percentages of N = 250): 2022 shows 32% ≈ 12% + 20% for some choice of counts; before, 2021 hid 心筋梗塞 2 alone and the oracle pinned it; now an equation, said as holding within rounding, holding', () => {
    const text = list('2021年', L, [2, 20, 22, 15]) + '\n' + pct('2022年', [30, 50, 80, 90], 250, 0);
    const r = holdsBoth(text);
    const m = seen(r).find((x) => x.startsWith('表1'))!;
    expect(m).toContain('四捨五入の範囲で成り立ち得る');
  });
  it('held: the rounding admits no such sum (2022: 40.0% is no 13.3% + 22.2% of 90): nothing taken, 2021 read as disjoint parts as before', () => {
    const text = list('2021年', L, [2, 20, 22, 15]) + '\n' + pct('2022年', [12, 20, 36, 22], 90);
    const r = holdsBoth(text);
    expect(seen(r).filter((x) => x.startsWith('表1'))).toEqual([]);
    expect(hiddenLabels(r)).not.toContain('脳卒中/2021年');
  });
  it('both lists of percentages (2021 of N = 59, 2022 of N = 90, one decimal): before, 心筋梗塞 3.4% was pinned to 2 (37.3% − 33.9%); now holding', () => {
    const text = pct('2021年', [2, 20, 22, 15], 59) + '\n' + pct('2022年', [12, 20, 32, 26], 90);
    const r = holdsBoth(text);
    expect(seen(r).find((x) => x.startsWith('表1'))).toContain('割合が表す人数で');
  });
  it('one more part in the percentage table (「その他」): 2021 larger than its parts (25 ≥ 2 + 20): before 心筋梗塞 was bounded to 1–5 (under the threshold); line ≥ parts taken, holding', () => {
    const L5 = ['心筋梗塞', '脳卒中', 'その他', '心血管疾患', '糖尿病'];
    const text = list('2021年', L, [2, 20, 25, 15]) + '\n' + pct('2022年', [12, 20, 13, 45, 26], 116, 1, L5);
    const r = holdsBoth(text);
    expect(r.tables[0]!.table.atLeast).toEqual([{ axis: 'rows', header: 2, parts: [0, 1] }]);
  });
  it('the sentences pass the words sweep', () => {
    const texts = [
      list('2021年', L, [2, 20, 22, 15]) + '\n' + pct('2022年', [12, 20, 32, 26], 90),
      list('2021年', L, [2, 20, 22, 15]) + '\n' + pct('2022年', [30, 50, 80, 90], 250, 0),
      pct('2021年', [2, 20, 22, 15], 59) + '\n' + pct('2022年', [12, 20, 32, 26], 90),
    ];
    for (const text of texts)
      for (const m of readTables(text).warnings.filter((w) => w.code === 'sum/seen')) expect(problems(m.message), m.message).toEqual([]);
  });
});

describe('a percentage of its own N and a count of the same name in another table', () => {
  it("2022 (N = 91) 8% is 7, no share of 2021's 心筋梗塞 4: before, linked to it, the list's breakdown of N lost the cell and 91 − 26 − 30 − 28 gave the hidden 7 back; now holding", () => {
    const text = list('2021年', L, [4, 11, 15, 8]) + '\n' + pct('2022年', [7, 26, 30, 28], 91, 0);
    const r = holdsBoth(text);
    expect(hiddenLabels(r, 1).length).toBeGreaterThanOrEqual(2);
  });
});

describe('chance', () => {
  it('200 random pairs of a percentage list and a count list of the same names: none refused; each sum/seen taken from the percentages holds in the count list and within the rounding there', () => {
    const random = lcg(3001);
    let said = 0;
    let exact = 0;
    for (let t = 0; t < 200; t++) {
      const x = L.map(() => int(random, 0, 40));
      const y = L.map(() => int(random, 0, 40));
      // The relation in the percentages; in half of those the count list adds up alike, so that the property (a
      // sum/seen only where it holds in the counts) is exercised: y adding up by chance alone is rare (the fixed
      // generator drew none of 200 such pairs; the old one, whose seeds fell into one cycle, happened to).
      if (random() < 0.5) {
        x[2] = x[0]! + x[1]!;
        if (random() < 0.5) y[2] = y[0]! + y[1]!;
      }
      const n = x.reduce((a, b) => a + b, 0);
      if (n === 0) continue;
      const decimals = random() < 0.5 ? 0 : 1;
      const text = list('2021年', L, y) + '\n' + pct('2022年', x, n, decimals);
      const read = readTables(text);
      expect(read.errors).toEqual([]);
      for (const w of read.warnings.filter((w) => w.code === 'sum/seen' && w.place?.table === 1)) {
        said++;
        if (!w.message.includes('四捨五入')) exact++;
        const m = /表1: 行「(.+?)」が行((?:「.+?」)+)の和/.exec(w.message)!;
        const parts = [...m[2]!.matchAll(/「(.+?)」/g)].map((p) => L.indexOf(p[1]!));
        const sum = L.indexOf(m[1]!);
        expect(y[sum]).toBe(parts.reduce((a, p) => a + y[p]!, 0));
        // Within the rounding: the percentages' counts of N admit it.
        const range = (i: number) => {
          const p = Number(((x[i]! / n) * 100).toFixed(decimals));
          const h = 0.5 * 10 ** -decimals;
          return [Math.ceil((n * (p - h)) / 100 - 1e-9), Math.floor((n * (p + h)) / 100 + 1e-9)];
        };
        expect(parts.reduce((a, p) => a + range(p)[0]!, 0)).toBeLessThanOrEqual(range(sum)[1]!);
        expect(parts.reduce((a, p) => a + range(p)[1]!, 0)).toBeGreaterThanOrEqual(range(sum)[0]!);
      }
    }
    console.log(`sum/seen on 200 random pairs: ${said} said, ${exact} exact`);
    // Measured on the fixed generator (lcg exact modulo 2^32): 42 said, 37 of them exact, each holding.
    expect(said).toBe(42);
    expect(exact).toBe(37);
  });
  it('40 random pairs (the relation printed as percentages in half): hold against the oracle under both protections', () => {
    const random = lcg(3002);
    for (let t = 0; t < 40; t++) {
      const x = L.map(() => int(random, 1, 40));
      const y = L.map(() => int(random, 0, 30));
      // The relation in the percentages; in half of those the count list adds up alike, so that the property (a
      // sum/seen only where it holds in the counts) is exercised: y adding up by chance alone is rare (the fixed
      // generator drew none of 200 such pairs; the old one, whose seeds fell into one cycle, happened to).
      if (random() < 0.5) {
        x[2] = x[0]! + x[1]!;
        if (random() < 0.5) y[2] = y[0]! + y[1]!;
      }
      if (random() < 0.5) y[2] = y[0]! + y[1]!;
      const n = x.reduce((a, b) => a + b, 0);
      const text = list('2021年', L, y) + '\n' + pct('2022年', x, n, random() < 0.5 ? 0 : 1);
      try {
        holdsBoth(text);
      } catch (e) {
        throw new Error(`${t}\n${text}\n${String(e)}`);
      }
    }
  });
});

describe('blocks past MAX_BLOCKS (32) said', () => {
  const blocks = (count: number) =>
    tsv([
      ['', '人数'],
      ...[...Array(count).keys()].flatMap((k) => [
        [`${2000 + k}年`, ''],
        ...L.map((l, i) => [l, [k === 0 ? 2 : 40, 20, k === 0 ? 22 : 60, 26][i]!]),
      ]),
      ['合計', 2 + 20 + 22 + 26 + (count - 1) * (40 + 20 + 60 + 26)],
    ]);
  it('33 blocks of heading rows: a warning naming the table and what was not compared (チェッカーの判断)', () => {
    const read = readTables(blocks(33));
    expect(read.errors).toEqual([]);
    const w = read.warnings.filter((x) => x.code === 'sum/blocks');
    expect(w.length).toBe(1);
    expect(w[0]!.message).toContain('表1');
    expect(w[0]!.message).toContain('33 個');
    expect(w[0]!.message).toContain('比べていません');
    expect(w[0]!.message).toContain('チェッカーの判断');
    expect(problems(w[0]!.message)).toEqual([]);
  });
  it('32 blocks: compared block by block, nothing said', () => {
    const read = readTables(blocks(32));
    expect(read.warnings.filter((x) => x.code === 'sum/blocks')).toEqual([]);
    expect(read.warnings.some((x) => x.code === 'sum/seen')).toBe(true);
  });
  it('in the report: the warning is among what the check says', () => {
    const r = run(blocks(33));
    expect(r.warnings.some((w) => w.code === 'sum/blocks')).toBe(true);
  });
});

describe('the search for a percentage table’s relations stopping at its budget is said', () => {
  // 24 lines of 0% of N = 2,000 (each 0–9 patients): every set of them may add up to another's count, past the
  // 20,000 nodes `percentRelations` visits; before, the rest was not looked for and nothing said.
  const names = [...Array(24).keys()].map((i) => `疾患${i + 1}`);
  const counts = tsv([['', '2021年'], ...names.map((l, i) => [l, 10 + i]), ['合計', names.reduce((a, _, i) => a + 10 + i, 0)]]);
  const shares = tsv([['', '2022年 (N=2000)'], ...names.map((l) => [l, '0%']), ['その他', '100%']]);
  it('a warning naming the percentage table, the budget and what was not checked (チェッカーの判断), once', () => {
    const read = readTables(counts + '\n' + shares);
    expect(read.errors).toEqual([]);
    const w = read.warnings.filter((x) => x.code === 'sum/not-searched' && x.message.includes('割合が表す人数'));
    expect(w.length).toBe(1);
    expect(w[0]!.place?.table).toBe(2);
    expect(w[0]!.message).toContain('20,000 通り');
    expect(w[0]!.message).toContain('確かめていません');
    expect(w[0]!.message).toContain('チェッカーの判断');
    expect(problems(w[0]!.message)).toEqual([]);
  });
  it('a search within its budget says nothing', () => {
    const text = list('2021年', L, [2, 20, 22, 15]) + '\n' + pct('2022年', [12, 20, 32, 26], 90);
    expect(readTables(text).warnings.filter((x) => x.code === 'sum/not-searched')).toEqual([]);
  });
});
