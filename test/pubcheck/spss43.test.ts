/**
 * spss43 (issue #11): SPSS FREQUENCIES' table (spss43-families.ts, seeds 2131–2140, 10 tables a seed;
 * `npx node test/pubcheck/spss43-measure.ts [--chance]` prints the tally, `ROOT=<checkout>` for the base 109f504):
 *
 * - with no missing row (度数 / パーセント / 有効パーセント / 累積パーセント, or Frequency / Percent / Valid Percent /
 *   Cumulative Percent; pasted or SPSS's text): 109f504 refused all (pasted `cell/percent-unmarked` and `row/short`, text
 *   `line/count`); now read where the arithmetic proves every column (each share of the whole within its rounding, the
 *   valid 合計 the categories' sum, each 累積パーセント the running sum's share), as 「n (有効パーセント%)」 under formats36's
 *   tree of running sums (lines of ours, said), none leaking to formats33-attack.ts or the oracle (`disjointParts`);
 * - with missing rows (欠損値「システム欠損値」, Missing「System」, a code 「99」 and their 合計): 109f504 refused cell by cell
 *   (the same codes, 「header/empty」); spss43 refused them once in words (`layout/spss-missing`); read since spss44
 *   (spss44.test.ts) as two tables of the same counts, the whole's and the valid's.
 */
import { describe, expect, it } from 'vitest';
import { fixtureBundle, solver } from './helpers.ts';
import { adversary, expectProtected } from './protection.ts';
import { spssFreq, spssTable } from './spss43-families.ts';
import type { Joined } from './formats35-families.ts';
import { leaks } from './formats33-attack.ts';
import { readProtected } from './formats42-read.ts';

const highs = await solver();
const bundle = fixtureBundle();
const { result } = adversary(highs, bundle);
const check = readProtected(highs, result, 'layout/spss');

const seeds = (missing: 'always' | 'never') => {
  const out: Joined[] = [];
  for (let seed = 2131; seed <= 2140; seed++) out.push(...spssFreq(5, seed, missing));
  return out;
};

describe("SPSS FREQUENCIES' table with no missing row", () => {
  it('random family (the measure: 109f504 refused all, cell by cell): read under the tree, said, nothing given back', () => {
    const cs = seeds('never');
    expect(cs.length).toBe(50);
    for (const c of cs) {
      check(c);
    }
  });
  it('a cumulative percent that is no running share, or a valid 合計 that is no sum, is not read (left as it was)', () => {
    const c = spssTable(['g1', 'g2', 'g3'], [[40], [5], [55]], [], true, true, '重症度');
    const wrongCum = c.text.replace('\t45.0\n', '\t46.0\n');
    expect(wrongCum).not.toBe(c.text);
    const r = result(wrongCum);
    expect(r.ok).toBe(false);
    const wrongTotal = c.text.replace('\t100\t100.0\t100.0', '\t101\t100.0\t100.0');
    expect(wrongTotal).not.toBe(c.text);
    expect(result(wrongTotal).ok).toBe(false);
  });
});

describe("SPSS FREQUENCIES' table with missing rows", () => {
  it('random family (the measure: 109f504 refused all, cell by cell; spss43 in words): read since spss44 as two tables, nothing given back', () => {
    const cs = seeds('always');
    expect(cs.length).toBe(50);
    for (const c of cs) {
      const r = result(c.text);
      expect(r.ok, c.text).toBe(true);
      if (!r.ok) continue;
      expect(r.warnings.map((w) => w.code)).toContain('layout/spss');
      expect(leaks(r, c), c.text).toEqual([]);
      expectProtected(highs, r, c.joined, 'threshold', false, { disjointParts: true });
    }
  });
});
