/**
 * seen4: the relations seen elsewhere that seen2/seen3 left (README Limits), each shown leaking on main with the
 * oracle (oracle.ts `disjointParts`) and holding now:
 * (a) a percentage table whose N is borrowed from a count table (read.ts `borrowDenominators`) — its relations were
 *     looked for before its N was read;
 * (b) an unnamed 「小計」 — the sum of the run it closes, matched by that run in another table;
 * (c) columns under two header rows (「2021年」 over 「心筋梗塞」「脳卒中」 …) — blocks of columns;
 * (d) a percentage of its own N linked to a count of the same name elsewhere — measured.
 */
import { describe, expect, it } from 'vitest';
import { readTables } from '../../src/pubcheck/read.ts';
import { fixtureBundle, lcg, solver } from './helpers.ts';
import { bare, bySex, classes, int, L, L5, list, subtotal2022, tsv } from './seen4-inputs.ts';
import { adversary, asAttacked, expectProtected, hiddenLabels, type Ok } from './protection.ts';
import { problems } from './words.ts';

const highs = await solver();
const { run, result, holdsBoth } = adversary(highs, fixtureBundle());
const seen = (r: Ok) => r.warnings.filter((w) => w.code === 'sum/seen').map((w) => w.message);

describe('(a) a percentage table whose N is borrowed from a count table', () => {
  it('2022 as percentages with no N (N = 90 borrowed from 表2): 35.6% = 13.3% + 22.2% (32 = 12 + 20) is seen for 2021; holding', () => {
    const text = list('2021年', L, [2, 20, 22, 15]) + '\n' + bySex([30, 29], [50, 40]) + '\n' + bare('2022年', [12, 20, 32, 26], 90);
    const r = holdsBoth(text);
    expect(r.warnings.some((w) => w.code === 'percent/borrowed-n')).toBe(true);
    expect(seen(r).find((x) => x.startsWith('表1'))).toContain('割合が表す人数');
  });
  it('one more part there (「その他」, N = 116 borrowed): 2021 larger than its parts (25 ≥ 2 + 20): line ≥ parts taken, holding', () => {
    const text =
      list('2021年', L, [2, 20, 25, 15]) + '\n' + bySex([30, 32], [60, 56]) + '\n' + bare('2022年', [12, 20, 13, 45, 26], 116, 1, L5);
    const r = holdsBoth(text);
    expect(r.tables[0]!.table.atLeast).toEqual([{ axis: 'rows', header: 2, parts: [0, 1] }]);
  });
});

describe('(b) an unnamed 「小計」', () => {
  it('2022 closes 心筋梗塞 and 脳卒中 with 「小計」 32; 2021 prints 心血管疾患 22 = 2 + 20 where the 小計 stands: taken, holding', () => {
    const text = list('2021年', L, [2, 20, 22, 15]) + '\n' + subtotal2022;
    const r = holdsBoth(text);
    expect(seen(r).find((x) => x.startsWith('表1'))).toContain('小計');
  });
});

describe('(c) columns under two header rows', () => {
  it('2021年 and 2022年 over 心筋梗塞・脳卒中・心血管疾患; 表2 prints 心血管疾患 = 心筋梗塞 + 脳卒中 + その他: 2021年 心血管疾患 25 ≥ 2 + 20 taken, holding', () => {
    const text =
      tsv([
        ['', '2021年', '', '', '2022年', '', ''],
        ['', '心筋梗塞', '脳卒中', '心血管疾患', '心筋梗塞', '脳卒中', '心血管疾患'],
        ['男性', 2, 20, 25, 30, 25, 70],
        ['女性', 15, 18, 40, 22, 19, 50],
      ]) +
      '\n' +
      list('2023年', ['心筋梗塞', '脳卒中', 'その他', '心血管疾患'], [12, 20, 13, 45]);
    const r = holdsBoth(text);
    // Both blocks: 2021年 25 ≥ 2 + 20, 2022年 70 ≥ 30 + 25.
    expect(r.tables[0]!.table.atLeast).toEqual([
      { axis: 'cols', header: 2, parts: [0, 1] },
      { axis: 'cols', header: 5, parts: [3, 4] },
    ]);
    expect(seen(r).join()).toContain('和以上');
  });
  it('one table: 2022年 prints その他 and 2021年 not; 2021年 心血管疾患 25 ≥ 2 + 20 taken from the 2022年 block, holding', () => {
    const text = tsv([
      ['', '2021年', '', '', '2022年', '', '', ''],
      ['', '心筋梗塞', '脳卒中', '心血管疾患', '心筋梗塞', '脳卒中', 'その他', '心血管疾患'],
      ['男性', 2, 20, 25, 30, 25, 15, 70],
      ['女性', 15, 18, 40, 22, 19, 12, 53],
    ]);
    const r = holdsBoth(text);
    expect(r.tables[0]!.table.atLeast).toEqual([{ axis: 'cols', header: 2, parts: [0, 1] }]);
  });
});

/** How a text fares: its refusal's codes, `sum/seen` said, cells hidden, and any oracle failure under either protection. */
const fare = (text: string) => {
  const first = result(text);
  if (!first.ok) return { refused: first.errors.map((e) => e.code).join(), seen: 0, hidden: 0, leak: '' };
  let leak = '';
  for (const protection of ['threshold', 'not-exact'] as const) {
    const x = protection === 'threshold' ? first : run(text, protection);
    try {
      expectProtected(highs, x, asAttacked(x, text), protection, true, { disjointParts: true });
    } catch (e) {
      leak ||= `${protection}: ${String(e).split('\n')[0]}`;
    }
  }
  const hidden = first.tables.reduce((a, t) => a + [...t.status.values()].filter((s) => s !== 'published').length, 0);
  return { refused: '', seen: first.warnings.filter((w) => w.code === 'sum/seen').length, hidden, leak };
};

describe('chance: 100 random inputs of each class (seen4-inputs.ts), attacked under both protections and every reading', () => {
  // Measured with main's read.ts (0b466ec, with this oracle) → now, on the old generator (helpers.ts `lcg` before it
  // was fixed, whose seeds fell into one cycle): refused 26 → 26 (borrowed: the same inputs, each
  // `percent/no-denominator`, a row of the percentage table taking a count table's size by chance), 0 → 0, 0 → 0;
  // sum/seen 13 → 41, 8 → 50, 0 → 34; cells hidden 275 → 281, 440 → 457, 277 → 290; oracle failures 4 → 0,
  // 13 → 0, 10 → 0. sharedN (e): refused 0 → 0, sum/seen 25 → 25, hidden 356 → 388, oracle failures 10 → 0.
  // Measured on the fixed generator (other inputs; main not measured again): refused 25, 0, 0, 0; sum/seen 28, 52,
  // 39, 29; oracle failures 0. One of unnamed (t = 56) failed at first: an oracle artefact, not a leak (oracle.ts: an
  // unnamed 小計's relation is its whole run, lines of 0 included — 2022's 小計 27 over 心筋梗塞 0, 脳卒中 16, 心不全 11
  // had been taken as 脳卒中 + 心不全 and matched to 2021's 疾患群 29 = 8 + 21 by chance, where 心筋梗塞 is 18 and the
  // run's sum 47: no reader takes 疾患群 for that 小計, and the checker rightly did not).
  const expected = {
    borrowed: { refused: 25, seen: 28 },
    unnamed: { refused: 0, seen: 52 },
    columns: { refused: 0, seen: 39 },
    sharedN: { refused: 0, seen: 29 },
  };
  for (const [name, make] of Object.entries(classes))
    it(
      name,
      () => {
        let seen = 0;
        let refused = 0;
        let hidden = 0;
        for (let t = 0; t < 100; t++) {
          const text = make(t);
          const f = fare(text);
          if (f.refused) {
            refused++;
            expect(f.refused, text).toBe('percent/no-denominator');
            continue;
          }
          expect(f.leak, `${t}\n${text}`).toBe('');
          seen += f.seen;
          hidden += f.hidden;
        }
        console.log(`seen4 ${name}: ${JSON.stringify({ refused, seen, hidden })}`);
        expect({ refused, seen }).toEqual(expected[name as keyof typeof expected]);
      },
      600_000,
    );
});

/** A list of percentages of its own N (`decimals` places), N in the column's header. */
const pct = (year: string, v: readonly number[], n: number, decimals = 1) =>
  tsv([['', `${year} (N=${n})`], ...L.map((l, i) => [l, `${((v[i]! / n) * 100).toFixed(decimals)}%`])]);

describe('(d) a percentage of its own N whose count is a count of the same name in another table', () => {
  it("2022 (N = 75) 11% is 8, and 2021's 心血管疾患 is 8: before, one count, the list's breakdown of N lost the cell and 100% − 36% − 37% − 16% gave the hidden 8 back; now its own count in the breakdown, tied to 2021's by an equation, holding", () => {
    const text = list('2021年', L, [21, 29, 8, 12]) + '\n' + pct('2022年', [27, 28, 8, 12], 75, 0);
    const r = holdsBoth(text);
    expect(hiddenLabels(r, 1)).toContain('心血管疾患/2022年 (N=75)');
    expect(hiddenLabels(r, 1).length).toBeGreaterThanOrEqual(2);
  });
  it('100 random pairs, one line of the same count in both (seed 7001): hold under both protections and every reading; hidden cells 306, with that count one apart 301 (measured on the fixed generator)', () => {
    // On main 5 of the 100 (11 attacks: pairs, their variants one apart, two protections) were pinned or shown
    // under the threshold by the oracle; hidden 289 → 294 (main → now), one apart 290 → 291 — on the old generator
    // (helpers.ts `lcg` before it was fixed). On the fixed one: 306 and 301, none leaking (main not measured again).
    const random = lcg(7001);
    let same = 0;
    let apart = 0;
    for (let t = 0; t < 100; t++) {
      const y = L.map(() => int(random, 1, 30));
      const x = L.map(() => int(random, 5, 40));
      const k = int(random, 0, 3);
      x[k] = y[k]!;
      const d = random() < 0.5 ? 0 : 1;
      const text = (xs: readonly number[]) =>
        list('2021年', L, y) +
        '\n' +
        pct(
          '2022年',
          xs,
          xs.reduce((a, b) => a + b, 0),
          d,
        );
      const f = fare(text(x));
      const g = fare(text(x.map((v, i) => (i === k ? v + 1 : v))));
      expect([f.refused, g.refused, f.leak, g.leak], `${t}\n${text(x)}`).toEqual(['', '', '', '']);
      same += f.hidden;
      apart += g.hidden;
    }
    expect([same, apart]).toEqual([306, 301]);
  }, 600_000);
});

describe('(e) an N stated in another table, the sum of every item of a count list whose found sum gives it another base', () => {
  it('2021 (no total: 2, 20, 22, 15; 22 found as 2 + 20, a base of 37) and 「2021年 (N=59)」 by sex, 2022 printing 32 = 12 + 20: before, 心筋梗塞 and 心血管疾患 hidden, 59 − 20 − 15 = 24 = 2 + 22 gave 2 back; now 59 is an equation too, holding', () => {
    const text =
      tsv([['', '2021年'], ...L.map((l, i) => [l, [2, 20, 22, 15][i]!])]) +
      '\n' +
      tsv([
        ['', '2021年 (N=59)'],
        ['男性', '50.8%'],
        ['女性', '49.2%'],
      ]) +
      '\n' +
      list('2022年', L, [12, 20, 32, 26]);
    const r = holdsBoth(text);
    expect(r.warnings.find((w) => w.code === 'sum/stated')?.message).toContain('すべての項目の和 59');
  });
});

describe('words', () => {
  it('the sentences of seen4 pass the words sweep', () => {
    const texts = [
      list('2021年', L, [2, 20, 22, 15]) + '\n' + subtotal2022,
      classes.columns(0),
      list('2021年', L, [2, 20, 22, 15]) + '\n' + bySex([30, 29], [50, 40]) + '\n' + bare('2022年', [12, 20, 32, 26], 90),
      classes.sharedN(0),
    ];
    for (const text of texts)
      for (const m of readTables(text).warnings.filter((w) => w.code.startsWith('sum/')))
        expect(problems(m.message), m.message).toEqual([]);
  });
});
