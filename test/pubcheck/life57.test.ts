/**
 * life57 (issue #11): life55's three tables (at risk in 表1, events in 表2, censored in 表3) where more than one pair
 * of lines takes the fall (every pair tied now, 4ebba5ca the first only) and where 表2's and 表3's time points are not
 * 表1's (a subset, coarser, one point past: lifetable.ts `threeWay` by time label). Judged by the oracle reading
 * three tables (oracle.ts `threeWay`, life57-measure.ts). Runs against `ROOT` (helpers.ts `checkerOfRoot`): on the
 * base the fixtures fail.
 */
import { describe, expect, it } from 'vitest';
import { family, innocent, KINDS } from './life57-families.ts';
import { cost, judge } from './life57-measure.ts';

// Two pairs take 表1's fall (イベント + 打ち切り, 増悪 + 追跡不能); the base tied the first, 30 − 27 gave 追跡不能 3.
const PAIRS =
  '# 表1\n\t0か月\t6か月\t12か月\n人数\t150\t120\t85\n\n# 表2\n\t0か月\t6か月\t12か月\nイベント\t12\t18\t20\n増悪\t27\t21\t22\nその他\t14\t13\t16\n計\t53\t52\t58\n\n# 表3\n\t0か月\t6か月\t12か月\n打ち切り\t18\t17\t15\n追跡不能\t3\t14\t12\n';
// 表2 and 表3 at 0/6/12か月 beside at risk at 0/3/6/9/12か月 (each interval's counts at its start).
const SUBSET =
  '# 表1\n\t0か月\t3か月\t6か月\t9か月\t12か月\n区分1\t160\t140\t125\t110\t95\n\n# 表2\n\t0か月\t6か月\t12か月\nイベント\t20\t16\t18\nその他\t5\t22\t11\n計\t25\t38\t29\n\n# 表3\n時点\t打ち切り\n0か月\t15\n6か月\t14\n12か月\t17\n';
// 表2 at the intervals' ends (6/12/18か月, one past 表1's last), 表3 at their starts (0/6/12か月).
const SHIFTED =
  '# 表1\n時点\t患者数\n0か月\t140\n6か月\t105\n12か月\t80\n\n# 表2\n\t6か月\t12か月\t18か月\nイベント\t20\t13\t15\nその他\t4\t18\t12\n計\t24\t31\t27\n\n# 表3\n\t0か月\t6か月\t12か月\n打ち切り\t15\t12\t21\n';

describe('life57: three tables, every pair that fits, points not the at-risk line’s', () => {
  for (const [name, text] of [
    ['two pairs take the fall (増悪 + 追跡不能 beside イベント + 打ち切り)', PAIRS],
    ['表2 and 表3 coarser than 表1 (0/6/12 beside 0/3/6/9/12か月)', SUBSET],
    ['表2 at the intervals’ ends past 表1’s last point, 表3 at their starts', SHIFTED],
  ] as const)
    it(`${name}: tied, held under both protections`, () => {
      for (const p of ['threshold', 'not-exact'] as const) expect(judge({ text }, p)).toEqual({ verdict: 'held', codes: 'life' });
    });
  it('the families (seed 3650, 10 a kind): none leaks to the oracle, every one read as a life table', () => {
    for (const kind of KINDS)
      for (const c of family(kind, 10, 3650))
        for (const p of ['threshold', 'not-exact'] as const) expect(judge(c, p), c.text).toEqual({ verdict: 'held', codes: 'life' });
  });
  // Must pass on both: 表1's line falling by other amounts is no life table.
  it('look-alikes: 表1’s line falling by other amounts is not read (base and now)', () => {
    for (const text of [SUBSET.replace('125\t110', '127\t110'), SHIFTED.replace('105\n', '103\n'), PAIRS.replace('120\t85', '118\t85')])
      expect(cost({ kind: 'life/three-pairs', text }, 'threshold')).toEqual({ verdict: 'read', codes: 'unread' });
  });
  it('the innocent look-alikes (seed 3660, 10 a kind): none read as a life table', () => {
    for (const kind of KINDS) for (const c of innocent(kind, 10, 3660)) expect(cost(c, 'threshold').codes, c.text).not.toBe('life');
  });
});
