/**
 * life63 (issue #11, found by rede62): the at-risk counts written only as each time point's N in its header
 * (「0か月 (N=200)」「6か月 (N=170)」「12か月 (N=150)」 over a line of another count) were never an at-risk line: a label
 * with its N was no time point (lifetable.ts `timePoint`), so `lifeSpans` skipped the table and one interval's events
 * and censored printed in another table gave a hidden count back (170 − 150 = 死亡 + 打ち切り 16: 死亡 4). A point's N is
 * now no part of the point (`POINT_N`). Judged by the oracle (life61-measure.ts: `spanSteps`). Runs against `ROOT`
 * (helpers.ts `checkerOfRoot`): on f84726c2 the three fixtures leak.
 */
import { describe, expect, it } from 'vitest';
import { checkerOfRoot } from './helpers.ts';
import { cost, hiddenCells, judge } from './life61-measure.ts';
import { headerN, leakOf } from './life63-families.ts';
import type { Case } from './life61-families.ts';

const { check, highs, bundle } = await checkerOfRoot();

const fall = (heads: string[], line: string, axis: 'cols' | 'rows' = 'cols') => {
  const t1 =
    axis === 'cols'
      ? `表1 奏効\n,${heads.join(',')}\n${line},50,40,30\n`
      : `表1 奏効\n,${line}\n${heads.map((h, k) => `"${h}",${[50, 40, 30][k]}`).join('\n')}\n`;
  return `${t1}\n表2 12か月\n,12か月\n死亡,4\n打ち切り,16\n`;
};

describe('life63: the points’ N in their headers as the at-risk line', () => {
  const cases = {
    bracketed: fall(['0か月 (N=200)', '6か月 (N=170)', '12か月 (N=150)'], '奏効'),
    'n= and months': fall(['0 months n=200', '6 months n=170', '12 months n=150'], 'Response'),
    rows: fall(['0か月 (N=200)', '6か月 (N=170)', '12か月 (N=150)'], '奏効', 'rows'),
  };
  for (const [name, text] of Object.entries(cases))
    it(`${name}: the fall 170 → 150 taken by 表2's 死亡 and 打ち切り, held under both protections (f84726c2: leaked)`, () => {
      // The oracle reads no header N as an at-risk line either, so the reading is asserted too, and both of 表2's cells
      // hidden (a reader of 打ち切り 16 takes 死亡 back as 170 − 150 − 16).
      for (const p of ['threshold', 'not-exact'] as const) {
        const before = hiddenCells[p];
        expect(judge({ text }, p), text).toEqual({ verdict: 'held', codes: 'life' });
        expect(hiddenCells[p] - before, text).toBeGreaterThanOrEqual(2);
      }
    });
  it('full width 「（N＝170）」: read as a life table too (the oracle reads no full-width header)', () => {
    const text = fall(['0か月（N＝200）', '6か月（N＝170）', '12か月（N＝150）'], '奏効');
    expect(cost({ text } as Case, 'threshold').codes).toBe('life');
  });
  // Must pass on both: a group's size is no time point (life48), and a fall 表2 does not take is not read.
  it('look-alikes: group sizes 「A群 (N=200)」, and points whose fall 表2 does not take, are not read as a life table', () => {
    const groups = fall(['A群 (N=200)', 'B群 (N=170)', 'C群 (N=150)'], '奏効');
    expect(cost({ text: groups } as Case, 'threshold').codes).not.toBe('life');
    const other = fall(['0か月 (N=200)', '6か月 (N=190)', '12か月 (N=150)'], '奏効').replace('50,40,30', '50,47,41');
    expect(cost({ text: other } as Case, 'threshold').codes).not.toBe('life');
  });
  it('headerN (seed 4892, 30; the script measures 100 at 4890: f84726c2 84 leaked): none given back, none refused; innocent (4893, 30) none refused', () => {
    for (const protection of ['threshold', 'not-exact'] as const) {
      for (const c of headerN(30, 4892)) {
        const r = check(highs, bundle, c.text, { details: true }, { protection, mipSeconds: 0.3 });
        expect(r.ok, c.text).toBe(true);
        if (r.ok) expect(leakOf(c, r.tables[1]!.status), c.text).toBe(false);
      }
      for (const c of headerN(30, 4893, true))
        expect(check(highs, bundle, c.text, { details: true }, { protection, mipSeconds: 0.3 }).ok, c.text).toBe(true);
    }
  });
});
