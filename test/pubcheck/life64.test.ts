/**
 * life64 (issue #11): another table's columns finer than an at-risk line's steps (「0か月」「3か月」「6か月」 beside at
 * risk at 0/6/12か月, the column 「3か月」 the counts of 3–6か月; at the intervals' end; or written 「0-3か月」「3-6か月」),
 * and columns cumulative from a point the at-risk line does not print (「6か月」「12か月」「18か月」 counted from 0か月
 * beside at risk from 6か月: two neighbouring columns' difference the fall between them). lifetable.ts `lifeSpans`
 * (`tiled`, the `finer` and `diff` readings) ties them, チェッカーの推定 where no label says the interval. 51da46af read
 * neither: the step published beside the other columns gave a hidden count back. Judged by the oracle (oracle.ts
 * `spanSteps` with life64's `spanFiner`, life64-measure.ts). Runs against `ROOT`: on the base the fixtures leak.
 */
import { describe, expect, it } from 'vitest';
import { family, innocent, KINDS } from './life64-families.ts';
import { cost, judge } from './life64-measure.ts';

const RISK = '# 表1\n\t0か月\t6か月\t12か月\n人数\t200\t150\t120\n\n';
// 0 → 6か月: 50 = 死亡 + 打ち切り of 0–3か月 and 3–6か月 (4 + 16 + 14 + 16); 6 → 12か月: 30 = 12 + 18.
const MID = `${RISK}# 表2\n\t0か月\t3か月\t6か月\n死亡\t4\t14\t12\n打ち切り\t16\t16\t18\nその他\t12\t15\t11\n計\t32\t45\t41\n`;
// The same counts printed at each interval's end, by rows.
const END = `# 表1\n時点\tAt risk\n0か月\t200\n6か月\t150\n12か月\t120\n\n# 表2\n時点\tイベント\tCensored\tOther\t計\n3か月\t4\t16\t12\t32\n6か月\t14\t16\t15\t45\n12か月\t12\t18\t11\t41\n`;
// At risk from 6か月 on; 表2 cumulative from 0か月 (not printed in 表1): 6 → 12: (15 − 3) + (45 − 27) = 30; 12 → 18:
// 20 + 20 = 40. 死亡's 3 (0–6か月) hidden.
const CUM = `# 表1\n\t6か月\t12か月\t18か月\n人数\t170\t140\t100\n\n# 表2 0か月からの内訳\n\t6か月\t12か月\t18か月\n死亡\t3\t15\t35\n打ち切り\t27\t45\t65\nその他\t12\t20\t30\n計\t42\t80\t130\n`;

describe('life64: columns finer than the steps, or cumulative from a point not printed', () => {
  for (const [name, text] of [
    ['points between the steps, counts at their start', MID],
    ['points between the steps, counts at their end (by rows, named at risk)', END],
    [
      'the columns written as intervals (0-3か月, 3-6か月, 6-12か月)',
      MID.replace('\t0か月\t3か月\t6か月\n死亡', '\t0-3か月\t3-6か月\t6-12か月\n死亡'),
    ],
    ['cumulative from 0か月, which 表1 does not print', CUM],
    ['cumulative, the lines under no word (区分A + 区分B)', CUM.replace('死亡', '区分A').replace('打ち切り', '区分B')],
  ] as const)
    it(`${name}: tied, held under both protections`, () => {
      for (const p of ['threshold', 'not-exact'] as const) expect(judge({ text }, p)).toEqual({ verdict: 'held', codes: 'life' });
    });
  it('the families (seed 4994, 10 a kind): none leaks to the oracle', () => {
    for (const kind of KINDS)
      for (const c of family(kind, 10, 4994))
        for (const p of ['threshold', 'not-exact'] as const) expect(judge(c, p).verdict, c.text).not.toBe('leaked');
  });
  // Must pass on both: a fall no reading takes.
  it('look-alikes: a fall no interval takes is not read (base and now)', () => {
    for (const text of [MID.replace('150\t120', '149\t120'), CUM.replace('140\t100', '139\t100')])
      expect(cost({ kind: 'mid/start', text }, 'threshold')).toEqual({ verdict: 'read', codes: 'unread' });
  });
  it('the innocent look-alikes (seed 4993, 20 a kind): none refused', () => {
    for (const kind of KINDS) for (const c of innocent(kind, 20, 4993)) expect(cost(c, 'threshold').verdict, c.text).toBe('read');
  });
});
