/**
 * sas52 (issue #11): SAS PROC FREQ's n-way table with 「Tot Pct」 (a share of the whole n-way table, formats48)
 * pasted otherwise than 「Table 1..S」 complete and in order (sas52-families.ts; `npx node
 * test/pubcheck/sas52-measure.ts lost|misnumbered [n] [from] [to] [--oracle]`, `ROOT=<checkout>` for the base 850d8f8):
 * - a stratum not pasted (`sasStrataLost`, seeds 3071–3080): 850d8f8 refused 100 of 100 (`layout/sas-base`, formats51
 *   naming it); now, where every printed Tot Pct pins the whole W to one integer, read, the strata not pasted one line
 *   of ours whose total is W − the printed strata's sum (チェッカーの推定), or refused saying that total where it is under
 *   the threshold (the Tot Pcts publish it).
 * - strata misnumbered, every one pasted (`sasStrataMisnumbered`, seeds 3081–3090): 850d8f8 refused 100 of 100
 *   (`layout/sas-base`); now read where every Tot Pct fits the strata's sum and the numbers are 1..S or that sum is the
 *   one integer the shares allow, the numbering said.
 */
import { describe, expect, it } from 'vitest';
import { checkerIn } from './helpers.ts';
import { sasStrataLost, sasStrataMisnumbered } from './sas52-families.ts';
import { sasCrossMoreTable } from './formats42-families.ts';
import { leaks } from './formats33-attack.ts';
import { expectProtected } from './protection.ts';

const { check, highs, bundle } = await checkerIn();
const checked = (text: string) => check(highs, bundle, text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });

const part = (cs: number[][][], W: number, s: number, d = s) =>
  sasCrossMoreTable(['male', 'female'], ['died', 'alive'], cs[s - 1]!, ['count', 'tot', 'cell'], {
    names: 'both',
    totOf: W,
    totKey: 'W',
  }).text.replace('Table of sex by outcome', `Table ${d} of sex by outcome\nControlling for site=${'ABC'[s - 1]}`);
const strata = (middle: number[][]) => [
  [
    [12, 41],
    [3, 52],
  ],
  middle,
  [
    [7, 18],
    [9, 33],
  ],
];
const sumOf = (cs: number[][][]) => cs.flat(2).reduce((a, b) => a + b, 0);

describe('SAS n-way Tot Pct with a stratum not pasted (sas52)', () => {
  it('random family (850d8f8: 100 of 100 refused): read with the line of ours, or refused saying its total under 10', () => {
    const cs = [...sasStrataLost(5, 3071), ...sasStrataLost(5, 3075)];
    let read = 0;
    for (const c of cs) {
      const r = checked(c.text);
      if (c.D < 10) {
        expect(r.ok, c.text).toBe(false);
        if (r.ok) continue;
        expect(r.errors[0]!.code).toBe('layout/sas-base');
        expect(r.errors[0]!.message).toContain(`この層の患者数 ${c.D} が分かる`);
        continue;
      }
      expect(r.ok, c.text).toBe(true);
      if (!r.ok) continue;
      read++;
      const ours = r.tables.at(-1)!;
      expect(ours.table.title).toContain('貼られていない層');
      expect(ours.table.title).toContain(c.family.includes('last') ? '以降' : `Table ${c.missing} of`);
      expect(ours.table.cells[0]![0]!.value).toMatchObject({ kind: 'count', n: c.D });
      expect(r.warnings.some((w) => w.message.includes(`総数 ${c.D}）の表として加えました（チェッカーの推定）`))).toBe(true);
      expect(leaks(r, c), c.text).toEqual([]);
      expectProtected(highs, r, c.joined, 'threshold', false, { disjointParts: true });
    }
    expect(read).toBeGreaterThan(5);
  });

  it('Table 2 of 3 not pasted: its total 119 read as a line of ours; a total of 6 refused, said', () => {
    const big = strata([
      [20, 30],
      [25, 44],
    ]);
    const r = checked(part(big, sumOf(big), 1) + part(big, sumOf(big), 3));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.tables.at(-1)!.table.title).toContain('Table 2 of sex by outcome（貼られていない層');
    expect(r.tables.at(-1)!.table.cells[0]![0]!.value).toMatchObject({ kind: 'count', n: 119 });
    expect(r.tables.some((t) => (t.table.title ?? '').includes(`N=${sumOf(big)} に対する割合。N はチェッカーの推定`))).toBe(true);
    const small = strata([
      [1, 2],
      [0, 3],
    ]);
    const s = checked(part(small, sumOf(small), 1) + part(small, sumOf(small), 3));
    expect(s.ok).toBe(false);
    if (s.ok) return;
    expect(s.errors[0]!.code).toBe('layout/sas-base');
    expect(s.errors[0]!.message).toContain(
      `差 6 が貼られていない層（Table 2 of sex by outcome）の総数と読めます（チェッカーの推定）。この数は閾値 10 未満`,
    );
  });
  it('the whole not pinned to one integer by the shares (1s and 2s of 310): still refused naming the stratum (formats51)', () => {
    const cs = [
      [
        [1, 1],
        [1, 1],
      ],
      [
        [100, 100],
        [50, 50],
      ],
      [
        [2, 1],
        [1, 2],
      ],
    ];
    const r = checked(part(cs, sumOf(cs), 1) + part(cs, sumOf(cs), 3));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors[0]!.code).toBe('layout/sas-base');
    expect(r.errors[0]!.message).toContain('貼られていない層があるようです（チェッカーの推定）：Table 2');
  });
});

describe('SAS n-way Tot Pct with its strata misnumbered (sas52)', () => {
  it('random family (850d8f8: 100 of 100 refused): read where the shares prove the sum, the numbering said', () => {
    const cs = [...sasStrataMisnumbered(6, 3081), ...sasStrataMisnumbered(6, 3085)];
    let read = 0;
    for (const c of cs) {
      const r = checked(c.text);
      if (c.family === 'strata-order') expect(r.ok, c.text).toBe(true);
      if (!r.ok) {
        expect(r.errors[0]!.code).toBe('layout/sas-base');
        continue;
      }
      read++;
      expect(r.warnings.some((w) => w.message.includes('は1から順に並んでいませんが'))).toBe(true);
      expect(leaks(r, c), c.text).toEqual([]);
      expectProtected(highs, r, c.joined, 'threshold', false, { disjointParts: true });
    }
    expect(read).toBeGreaterThan(6);
  });

  it('Table 2 over Table 1 (850d8f8: layout/sas-base): read, the numbering said', () => {
    const cs = strata([
      [20, 30],
      [25, 44],
    ]).slice(0, 2);
    const W = sumOf(cs);
    const r = checked(part(cs, W, 2) + part(cs, W, 1));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.warnings.some((w) => w.message.includes('層の番号（Table 2・Table 1）は1から順に並んでいません'))).toBe(true);
    expect(r.tables.some((t) => (t.table.title ?? '').includes(`多元表全体 N=${W} に対する割合`))).toBe(true);
  });

  it('the same stratum pasted twice is no misnumbering: still refused', () => {
    const cs = strata([
      [20, 30],
      [25, 44],
    ]).slice(0, 2);
    const W = sumOf(cs);
    const r = checked(part(cs, W, 1) + part(cs, W, 1));
    expect(r.ok).toBe(false);
  });
});
