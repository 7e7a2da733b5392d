/**
 * life61 (issue #11): one interval's events and censored printed at one time point (表2 of one column 「6か月」)
 * beside an at-risk line over more points in another table: lifetable.ts `lifeSpans` reads the column as the interval
 * from its point to 表1's next point (counts at the start) or from 表1's point before (at the end), tied as life38 over
 * one step (the lines taking the fall said events or censored and a small cell, or the line named at risk; two lines
 * under no word beside a line over three points or more, a cell small), every fit of either interval tied once one is. Judged by
 * the oracle (oracle.ts `spanSteps`, life61-measure.ts). Runs against `ROOT` (helpers.ts `checkerOfRoot`): on the base
 * the fixtures fail.
 */
import { describe, expect, it } from 'vitest';
import { family, innocent, KINDS } from './life61-families.ts';
import { cost, judge } from './life61-measure.ts';

// 表1 falls 170 → 150 from 6か月 to 12か月: 死亡 + 打ち切り of 表2's 「6か月」 (4 + 16); 死亡's 4 hidden with その他,
// given back on the base (20 − 16).
const START =
  '# 表1\n\t0か月\t6か月\t12か月\t18か月\n人数\t200\t170\t150\t120\n\n# 表2\n\t6か月\n死亡\t4\n打ち切り\t16\nその他\t12\n計\t32\n';
// The same counts printed at the interval's end (「12か月」), 表2 by rows, the at-risk line named.
const END =
  '# 表1\n時点\tAt risk\n0か月\t200\n6か月\t170\n12か月\t150\n18か月\t120\n\n# 表2\n時点\tイベント\tCensored\tOther\t計\n12か月\t16\t4\t12\t32\n';

describe('life61: one column of events and censored beside a longer at-risk line', () => {
  for (const [name, text] of [
    ['at its start (人数, 死亡 + 打ち切り)', START],
    ['at its end (At risk, イベント + Censored)', END],
    ['under no word (人数 over four points, 区分A + 区分B)', START.replace('死亡', '区分A').replace('打ち切り', '区分B')],
  ] as const)
    it(`${name}: tied, held under both protections`, () => {
      for (const p of ['threshold', 'not-exact'] as const) expect(judge({ text }, p)).toEqual({ verdict: 'held', codes: 'life' });
    });
  it('the families (seed 4580, 10 a kind): none leaks to the oracle, every one read as a life table', () => {
    for (const kind of KINDS)
      for (const c of family(kind, 10, 4580))
        for (const p of ['threshold', 'not-exact'] as const) expect(judge(c, p), c.text).toEqual({ verdict: 'held', codes: 'life' });
  });
  // Must pass on both: a fall no lines take (lines under no word beside 人数 over two points: read since life62).
  it('look-alikes: a fall the column does not take is not read (base and now)', () => {
    for (const text of [START.replace('170\t150', '170\t149'), END.replace('12か月\t16', '24か月\t16')])
      expect(cost({ kind: 'life/one-column', text }, 'threshold')).toEqual({ verdict: 'read', codes: 'unread' });
  });
  it('the innocent look-alikes (seed 4590, 20 a kind): read, none refused', () => {
    for (const kind of KINDS) for (const c of innocent(kind, 20, 4590)) expect(cost(c, 'threshold').verdict, c.text).toBe('read');
  });
});
