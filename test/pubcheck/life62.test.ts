/**
 * life62 (issue #11): the fall of 表1's at-risk line taken by one line of each of six or more other tables (seven tables
 * and more): lifetable.ts `lifeAcross`'s `threeWay` searched two to five other tables only (life60), the rest neither
 * searched nor said; now every number of other tables up to all, under `LIFE_WORK` (past it `life/not-searched`,
 * said). Judged by the oracle (oracle.ts `manyWay` 6 and 7, life62-measure.ts). Runs against `ROOT` (helpers.ts
 * `checkerOfRoot`): on the base the fixture and the families leak.
 * (a) life61's one column (表2 at 「6か月」) whose two lines under no word take the fall of a line of TWO points only: read
 * as the interval's counts, tied (チェッカーの推定, said), judged by the oracle (`spanSteps`, life61-measure.ts).
 */
import { describe, expect, it } from 'vitest';
import { family, innocent, KINDS, twoPoint } from './life62-families.ts';
import { judge as judgeOne } from './life61-measure.ts';
import { cost, judge } from './life62-measure.ts';

const line = (n: number, label: string, xs: number[]) => `# 表${n}\n\t0か月\t6か月\t12か月\n${label}\t${xs.join('\t')}\n`;
// 表1 falls 300 → 230 → 150: 70 = 4 + 10 + 12 + 14 + 15 + 15 and 80 = 12 + 15 + 13 + 10 + 14 + 16, one line of each of
// 表2–表7 at each interval's start; 死亡's 4 hidden with その他's 15, given back on the base (70 − the other five).
const SEVEN = [
  line(1, '人数', [300, 230, 150]),
  '# 表2\n\t0か月\t6か月\t12か月\n死亡\t4\t12\t11\nその他\t15\t20\t13\n計\t19\t32\t24\n',
  line(3, '転院', [10, 15, 10]),
  line(4, '追跡不能', [12, 13, 10]),
  line(5, '同意撤回', [14, 10, 10]),
  line(6, '転居', [15, 14, 10]),
  line(7, '中止', [15, 16, 10]),
].join('\n');

describe('life62: the fall over six or more other tables (seven tables and more)', () => {
  it('seven tables: tied, held under both protections', () => {
    for (const p of ['threshold', 'not-exact'] as const) expect(judge({ text: SEVEN }, p)).toEqual({ verdict: 'held', codes: 'life' });
  });
  it('the families (seed 4705, 6 a kind): none leaks to the oracle, every one read as a life table', () => {
    for (const kind of KINDS)
      for (const c of family(kind, 6, 4705))
        for (const p of ['threshold', 'not-exact'] as const) expect(judge(c, p), c.text).toEqual({ verdict: 'held', codes: 'life' });
  });
  // Must pass on both: 表1 falling by amounts no six lines take.
  it('look-alikes: a fall the tables do not take is not read (base and now)', () => {
    expect(cost({ kind: 'life/seven-way', text: SEVEN.replace('230\t150', '200\t150') }, 'threshold')).toEqual({
      verdict: 'read',
      codes: 'unread',
    });
  });
  it('the innocent look-alikes (seed 4710, 10 a kind): read, none refused', () => {
    for (const kind of KINDS) for (const c of innocent(kind, 10, 4710)) expect(cost(c, 'threshold').verdict, c.text).toBe('read');
  });
});

// 表1 falls 170 → 150 from 6か月 to 12か月: 区分A + 区分B of 表2's 「6か月」 (4 + 16); 区分A's 4 hidden with その他, given back on
// the base (20 − 16).
const TWO = '# 表1\n\t6か月\t12か月\n人数\t170\t150\n\n# 表2\n\t6か月\n区分A\t4\n区分B\t16\nその他\t12\n計\t32\n';
describe('life62 (a): one column of lines under no word beside an at-risk line of two points', () => {
  it('tied, held under both protections, said as our guess', () => {
    for (const p of ['threshold', 'not-exact'] as const) expect(judgeOne({ text: TWO }, p)).toEqual({ verdict: 'held', codes: 'life' });
  });
  it('the family (seed 4720, 10): none leaks to the oracle, every one read as a life table', () => {
    for (const c of twoPoint(10, 4720))
      for (const p of ['threshold', 'not-exact'] as const) expect(judgeOne(c, p), c.text).toEqual({ verdict: 'held', codes: 'life' });
  });
  it('look-alikes: a fall no two lines take is not read; innocent falls (seed 4722, 20) read, none refused', () => {
    expect(cost({ kind: 'life/seven-way', text: TWO.replace('170', '171') }, 'threshold')).toEqual({ verdict: 'read', codes: 'unread' });
    for (const c of twoPoint(20, 4722, true))
      expect(cost({ kind: 'life/seven-way', text: c.text }, 'threshold').verdict, c.text).toBe('read');
  });
});
