/**
 * life59 (issue #11): the at-risk line of one table falling by lines of other tables past life57's `threeWay` — a
 * pair under no word of events or censoring (「区分A」 in 表2, 「理由B」 in 表3) over two steps where a cell is small,
 * and the fall split over three other tables (「死亡」「転院」「追跡不能」): lifetable.ts `threeWay` with `k` 2 or 3.
 * Judged by the oracle (oracle.ts `threeWay` and `fourWay`, life59-measure.ts). Runs against `ROOT`
 * (helpers.ts `checkerOfRoot`): on the base the fixtures fail.
 */
import { describe, expect, it } from 'vitest';
import { family, innocent, KINDS } from './life59-families.ts';
import { codes, cost, judge } from './life59-measure.ts';

// 表1's fall (32, 38) is 区分A + 理由B, neither said events or censored; the base left them apart, 3 given back.
const UNWORDED =
  '# 表1\n\t0か月\t6か月\t12か月\n人数\t150\t118\t80\n\n# 表2\n\t0か月\t6か月\t12か月\n区分A\t14\t20\t25\nその他\t3\t15\t12\n計\t17\t35\t37\n\n# 表3\n\t0か月\t6か月\t12か月\n理由B\t18\t18\t22\n';
// 表1's fall (39, 36) is 死亡 + 転院 + 追跡不能 of three tables.
const FOUR =
  '# 表1\n\t0か月\t6か月\t12か月\n人数\t160\t121\t85\n\n# 表2\n\t0か月\t6か月\t12か月\n死亡\t15\t12\t20\nその他\t4\t18\t11\n計\t19\t30\t31\n\n# 表3\n時点\t転院\n0か月\t11\n6か月\t13\n12か月\t17\n\n# 表4\n\t0か月\t6か月\t12か月\n追跡不能\t13\t11\t16\n';

describe('life59: the fall over lines under no word, and over three other tables', () => {
  for (const [name, text] of [
    ['a pair under no word (区分A + 理由B)', UNWORDED],
    ['three other tables (死亡 + 転院 + 追跡不能)', FOUR],
  ] as const)
    it(`${name}: tied, held under both protections`, () => {
      for (const p of ['threshold', 'not-exact'] as const) expect(judge({ text }, p)).toEqual({ verdict: 'held', codes: 'life' });
    });
  it('the families (seed 4020, 10 a kind): none leaks to the oracle, every one read as a life table', () => {
    for (const kind of KINDS)
      for (const c of family(kind, 10, 4020))
        for (const p of ['threshold', 'not-exact'] as const) expect(judge(c, p), c.text).toEqual({ verdict: 'held', codes: 'life' });
  });
  // Must pass on both: 表1's line falling by other amounts is no life table.
  it('look-alikes: 表1’s line falling by other amounts is not read (base and now)', () => {
    for (const text of [UNWORDED.replace('118\t80', '116\t80'), FOUR.replace('121\t85', '119\t85')])
      expect(cost({ kind: 'life/four-way', text }, 'threshold')).toEqual({ verdict: 'read', codes: 'unread' });
  });
  // Past 8 lines of a table the sets of lines under no word were not searched (said, life/not-searched); since life72,
  // where the input holds a small count, sets over two other tables past 8 lines are walked within LIFE_WORK and a fit
  // is read (and tied) as the life table it may be.
  it('a table of 9 lines under no word beside the falling line: walked over two tables since life72, read (table/life-table)', () => {
    const names = ['区分A', '区分B', '区分C', '区分D', '区分E', '区分F', '区分G', '区分H', '区分I'];
    const wide = names.map((n, i) => `${n}\t${12 + i}\t${20 + i}\t${15 + 2 * i}`).join('\n');
    const text = `# 表1\n\t0か月\t6か月\t12か月\n人数\t150\t120\t85\n\n# 表2\n\t0か月\t6か月\t12か月\n${wide}\nその他\t3\t14\t12\n\n# 表3\n\t0か月\t6か月\t12か月\n理由B\t18\t15\t22\n`;
    expect(codes(text)).toContain('table/life-table');
    expect(codes(text)).not.toContain('life/not-searched');
    expect(codes(UNWORDED)).not.toContain('life/not-searched');
  });
  it('the innocent look-alikes (seed 4030, 10 a kind): none read as a life table', () => {
    for (const kind of KINDS) for (const c of innocent(kind, 10, 4030)) expect(cost(c, 'threshold').codes, c.text).not.toBe('life');
  });
});
