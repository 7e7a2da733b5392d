/**
 * formats37 (issue #11): statistics software's text formats36 left refused (formats37-families.ts, seeds 1851–1870, 5
 * tables a family a seed; `npx node test/pubcheck/formats37-measure.ts [--chance]` prints the tally, `ROOT=<checkout>`
 * for the base 7e2777d):
 *
 * - Stata's one-way text with 「Freq.」 and 「Cum.」 but no 「Percent」, a count under the threshold (stataOneWay):
 *   7e2777d refused all 100 (layout/stata-cumulative); now read, the first row's Cum. as its own share (its running sum
 *   is its count: our reading, said), the later ones as running sums of ours (formats36's tree), none leaking.
 * - Stata's one-way text with no 「Total」 line (「Percent」, 「Cum.」 or both; stataOneWay): 7e2777d refused all 100
 *   (line/count: 37 with both, 29 Percent, 34 Cum.); now read, every share of the counts' sum (checked; our reading,
 *   said), no line of ours for the total (its count is printed nowhere), none leaking. The oracle is given the whole
 *   N as a line (`joined`), a stronger attacker than a reader who has it from the shares: without it the oracle pinned
 *   a running sum no reader can (seed 1852: none 52, mild 3, moderate 4 hidden under a shown 59 (34.10%), one equation
 *   for three counts, pinned 55 and 4). formats40 settled it as the oracle's over-reading (two runs of the tree's rows
 *   taken as two breakdowns of the same patients where the hidden truth added up alike; another truth gives the same
 *   page): the oracle now reads the tree with no total row as under one, and pins none of them without the line
 *   (formats40.test.ts); the line is kept here.
 */
import { describe, expect, it } from 'vitest';
import { fixtureBundle, solver } from './helpers.ts';
import { adversary, expectProtected } from './protection.ts';
import { stataCumNoPct, stataOneWayNoTotal } from './formats37-families.ts';
import type { Joined } from './formats35-families.ts';
import { leaks } from './formats33-attack.ts';

const highs = await solver();
const bundle = fixtureBundle();
const { result } = adversary(highs, bundle);

const seeds = (f: (n: number, seed: number) => Joined[]) => {
  const out: Joined[] = [];
  for (let seed = 1851; seed <= 1870; seed++) out.push(...f(5, seed));
  return out;
};
/** Read, said, no count given back to the attacker over every printed number, nor to the oracle (the tree's parts disjoint). */
const readProtected = (c: Joined, code: string) => {
  const r = result(c.text);
  expect(r.ok, c.text).toBe(true);
  if (!r.ok) return;
  expect(r.warnings.map((w) => w.code)).toContain(code);
  expect(r.verdict.reasons.filter((x) => x.severity === 'blocking' && x.kind !== 'primary' && x.kind !== 'secondary')).toEqual([]);
  expect(r.tables.some((t) => t.suppression?.passed === false || t.primary.headers.length > 0)).toBe(false);
  expect(leaks(r, c), c.text).toEqual([]);
  expectProtected(highs, r, c.joined, 'threshold', false, { disjointParts: true });
};

describe("Stata's one-way tabulate with 「Cum.」 and no 「Percent」 beside a count under the threshold", () => {
  it('random family (7e2777d: 100 of 100 refused, layout/stata-cumulative): read, the first Cum. as the first row share; nothing given back', () => {
    const cs = seeds(stataCumNoPct);
    for (const c of cs) readProtected(c, 'layout/stata');
    expect(cs.length).toBe(100);
  });
  it('the first row is hidden with its Cum. (its own share), and a running share that gives a hidden count back with it', () => {
    const text = [
      '      grade |      Freq.        Cum.',
      '------------+------------------------',
      '         g1 |          4        4.00',
      '         g2 |         30       34.00',
      '         g3 |         40       74.00',
      '         g4 |         26      100.00',
      '------------+------------------------',
      '      Total |        100',
      '',
    ].join('\n');
    const r = result(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const t = r.tables[0]!;
    const cells = t.table.rows.map((h, i) => [h.label.trim(), t.status[i]] as const);
    expect(cells).toContainEqual(['g1', 'primary']);
    // 34.00 less g2's 30 would give g1 back: g2 or the running share 累積（g1〜g2） is hidden with it.
    expect(cells.some(([l, s]) => (l === 'g2' || l === '累積（g1〜g2）') && s !== 'published')).toBe(true);
  });
});

describe("Stata's one-way tabulate with no 「Total」 line", () => {
  it("random family (7e2777d: 100 of 100 refused, line/count): read, the shares of the counts' sum; nothing given back", () => {
    const cs = seeds(stataOneWayNoTotal);
    for (const c of cs) readProtected(c, 'layout/stata');
    expect(cs.length).toBe(100);
    expect(new Set(cs.map((c) => c.family)).size).toBe(3);
  });
  it('shares that fit no sum of the counts are left as they were (not read as Stata)', () => {
    const text = [
      '      grade |      Freq.     Percent',
      '------------+------------------------',
      '         g1 |         30       20.00',
      '         g2 |          3        2.00',
      '         g3 |         40       40.00',
      '',
    ].join('\n');
    const r = result(text);
    expect(r.ok && r.warnings.some((w) => w.code === 'layout/stata')).toBe(false);
  });
});
