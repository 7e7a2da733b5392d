/**
 * life60 (issue #11): the at-risk line of one table falling by one line of each of four or five other tables (five or
 * six tables in all: 「死亡」「転院」「追跡不能」「同意撤回」), past life59's `threeWay` (two or three): lifetable.ts
 * `threeWay` with `k` up to 5, every `k` searched (a chance fit of more tables beside a fit of fewer is a reading too).
 * Judged by the oracle (oracle.ts `manyWay`, life60-measure.ts). Runs against `ROOT` (helpers.ts `checkerOfRoot`): on
 * the base the fixtures fail.
 */
import { describe, expect, it } from 'vitest';
import { family, innocent, KINDS } from './life60-families.ts';
import { cost, judge } from './life60-measure.ts';

// 表1's fall (49, 40) is 死亡 + 転院 + 追跡不能 + 同意撤回 of four tables; 死亡's 4 hidden, given back on the base.
const FIVE =
  '# 表1\n\t0か月\t6か月\t12か月\n人数\t200\t151\t111\n\n# 表2\n\t0か月\t6か月\t12か月\n死亡\t15\t4\t20\nその他\t12\t18\t11\n計\t27\t22\t31\n\n' +
  '# 表3\n時点\t転院\n0か月\t11\n6か月\t13\n12か月\t17\n\n# 表4\n\t0か月\t6か月\t12か月\n追跡不能\t13\t11\t16\n\n# 表5\n\t0か月\t6か月\t12か月\n同意撤回\t10\t12\t14\n';
// The same with a fifth other table (表6 「転居」) under no word of leaving: 表1 falls by 58 and 49.
const SIX = FIVE.replace('200\t151\t111', '220\t162\t113') + '\n# 表6\n\t0か月\t6か月\t12か月\n区分E\t9\t9\t12\n';

describe('life60: the fall over four or five other tables', () => {
  for (const [name, text] of [
    ['five tables (死亡 + 転院 + 追跡不能 + 同意撤回)', FIVE],
    ['six tables (… + 区分E)', SIX],
  ] as const)
    it(`${name}: tied, held under both protections`, () => {
      for (const p of ['threshold', 'not-exact'] as const) expect(judge({ text }, p)).toEqual({ verdict: 'held', codes: 'life' });
    });
  it('the families (seed 4430, 10 a kind): none leaks to the oracle, every one read as a life table', () => {
    for (const kind of KINDS)
      for (const c of family(kind, 10, 4430))
        for (const p of ['threshold', 'not-exact'] as const) expect(judge(c, p), c.text).toEqual({ verdict: 'held', codes: 'life' });
  });
  // Must pass on both: 表1's line falling by other amounts is no life table.
  it('look-alikes: 表1’s line falling by other amounts is not read (base and now)', () => {
    for (const text of [FIVE.replace('151\t111', '149\t111'), SIX.replace('162\t113', '160\t113')])
      expect(cost({ kind: 'life/five-way', text }, 'threshold')).toEqual({ verdict: 'read', codes: 'unread' });
  });
  it('the innocent look-alikes (seed 4440, 10 a kind): read, none refused', () => {
    for (const kind of KINDS) for (const c of innocent(kind, 10, 4440)) expect(cost(c, 'threshold').verdict, c.text).toBe('read');
  });
});
