/**
 * formats36 (issue #11): statistics software's text formats35 left refused or unlinked (formats36-families.ts, seeds
 * 1721–1740, 5 tables a family a seed; `npx node test/pubcheck/formats36-measure.ts [--chance]` prints the tally,
 * `ROOT=<checkout>` for main d8f82c6):
 *
 * - Stata's two-way `tabulate` text with its 「Total」 row, column or both cut (listing.ts stataTable): d8f82c6 refused
 *   all 80 (input/spaces); now read, each line of percentages by the one base it fits (the sums of the counts printed
 *   where a Total is not), none leaking. With both totals and two or three lines (`row col cell`): 20 of 20 read on
 *   d8f82c6 and now.
 * - Stata's one-way text with 「Cum.」 and a count under the threshold (stataOneWay): d8f82c6 refused all 100
 *   (layout/stata-cumulative); now read, the running sums as lines of ours (a tree by indentation), none leaking.
 * - SAS PROC FREQ's one-way table with its cumulative columns, pasted or as its listing (readSasCumulative): d8f82c6
 *   refused all 100 (44 pasted cell/percent-unmarked, 56 listings line/count); now read under the same tree of
 *   running sums, none leaking.
 * - SAS 「Frequency Missing = m」 under a crosstab with the whole N stated (linkMissingCross): d8f82c6 refused or
 *   stopped all 100 (row/short on 「Sample Size = N」, 53 stopped by the title's N over the table's total); now linked
 *   (N = the rows' totals + m, a table of ours beside the crosstab), read, none leaking.
 */
import { describe, expect, it } from 'vitest';
import { fixtureBundle, solver } from './helpers.ts';
import { adversary, expectProtected } from './protection.ts';
import { freqMissingCross, sasCum, stataCum, stataNoTotal } from './formats36-families.ts';
import type { Joined } from './formats35-families.ts';
import { leaks } from './formats33-attack.ts';

const highs = await solver();
const bundle = fixtureBundle();
const { result, codes } = adversary(highs, bundle);

const seeds = (f: (n: number, seed: number) => Joined[]) => {
  const out: Joined[] = [];
  for (let seed = 1721; seed <= 1740; seed++) out.push(...f(5, seed));
  return out;
};
/**
 * Read, said, no count given back to the attacker over every printed number, nor to the oracle on `joined` (with
 * `disjointParts` where the reading is a list under a total of disjoint parts: the running sums' tree, the rows'
 * totals beside 「Frequency Missing」; without it the oracle takes chance equalities among hidden counts that no reader
 * can see, female 51 = male 46 + missing 5, as labeln38 found for trees).
 */
const readProtected = (c: Joined, code: string, disjointParts = false) => {
  const r = result(c.text);
  expect(r.ok, c.text).toBe(true);
  if (!r.ok) return;
  expect(r.warnings.map((w) => w.code)).toContain(code);
  expect(r.verdict.reasons.filter((x) => x.severity === 'blocking' && x.kind !== 'primary' && x.kind !== 'secondary')).toEqual([]);
  expect(r.tables.some((t) => t.suppression?.passed === false || t.primary.headers.length > 0)).toBe(false);
  expect(leaks(r, c), c.text).toEqual([]);
  expectProtected(highs, r, c.joined, 'threshold', false, { disjointParts });
};

describe("Stata's two-way tabulate text without its Total row or column", () => {
  it('random family (d8f82c6: 80 of 80 without a Total refused as input/spaces): read, every line of percentages by its base; nothing given back', () => {
    const cs = seeds(stataNoTotal);
    for (const c of cs) readProtected(c, 'layout/stata');
    expect(cs.filter((c) => c.family !== 'stata2-totals').length).toBe(80);
  });
});

describe("Stata's one-way tabulate with 「Cum.」 beside a count under the threshold", () => {
  it('random family (d8f82c6: 100 of 100 refused, layout/stata-cumulative): read with the running sums as lines of ours; nothing given back', () => {
    const cs = seeds(stataCum);
    for (const c of cs) readProtected(c, 'layout/stata', true);
    expect(cs.length).toBe(100);
  });
  it('a running share that would give a hidden count back is hidden with it (the Cum. of 「g2」 here)', () => {
    const text = [
      '      grade |      Freq.     Percent        Cum.',
      '------------+-----------------------------------',
      '         g1 |         30       30.00       30.00',
      '         g2 |          3        3.00       33.00',
      '         g3 |         40       40.00       73.00',
      '         g4 |         27       27.00      100.00',
      '------------+-----------------------------------',
      '      Total |        100      100.00',
      '',
    ].join('\n');
    const r = result(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const t = r.tables[0]!;
    const hidden = t.table.rows.filter((_, i) => t.status[i] !== 'published').map((h) => h.label.trim());
    expect(hidden).toContain('g2');
    // 33.00 (g1 + g2) and 73.00 − 40.00 would give g2 back with g1 shown: g1 is hidden with it, or the running share.
    expect(hidden.includes('g1') || hidden.includes('累積（g1〜g2）')).toBe(true);
  });
});

describe("SAS PROC FREQ's one-way table with its cumulative columns (Frequency, Percent, Cumulative Frequency, Cumulative Percent), pasted or its listing", () => {
  it('random family (d8f82c6: 100 of 100 refused, 44 pasted cell/percent-unmarked, 56 listings line/count): read as 「n (p%)」 under a tree of the running sums; nothing given back', () => {
    const cs = seeds(sasCum);
    for (const c of cs) readProtected(c, 'layout/cumulative', true);
    expect(cs.length).toBe(100);
  });
});

describe('SAS 「Frequency Missing = m」 under a crosstab, linked to the whole N the output states', () => {
  it('random family (d8f82c6: 47 row/short, 53 stopped by the title N finding): linked, read, nothing given back', () => {
    const cs = seeds(freqMissingCross);
    for (const c of cs) readProtected(c, 'layout/frequency-missing', true);
    expect(cs.length).toBe(100);
  });
  it('without a stated N the missing count stays a table of its own, as before', () => {
    const text = 'sex\tdied\talive\tTotal\nmale\t50\t25\t75\nfemale\t13\t52\t65\nTotal\t63\t77\t140\n\nFrequency Missing = 5\n';
    expect(codes(text)).toEqual([]);
    const r = result(text);
    expect(r.ok && r.tables.length).toBe(2);
  });
});
