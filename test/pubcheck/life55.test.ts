/**
 * life55 (issue #11): across tables, a small count's complement among the lines taking another table's at-risk fall,
 * no cell of the steps small (「その他」 3 beside 「イベント」「打ち切り」 under 「計」 in 表2, 「人数」 in 表1): read since
 * life53 within one table (`smallIn`), tied across tables now (lifetable.ts `lifeAcross`, `lifeSpans`: a small count
 * anywhere in either table's lines over the points). Measured with life55-measure.ts (seeds 3250–3259, the look-alikes
 * 3260–3269; numbers in the README). Runs against `ROOT` (helpers.ts `checkerOfRoot`): on the base the fixtures fail.
 */
import { describe, expect, it } from 'vitest';
import { family, innocent, KINDS, type Case } from './life55-families.ts';
import { family as family53 } from './life53-families.ts';
import { cost, judge, oracleRanges } from './life55-measure.ts';

const reader = (risk: string, intervals: ([number, number] | undefined)[]): Case['reader'] => ({
  risk,
  intervals,
  events: 'イベント',
  censored: '打ち切り',
  other: 'その他',
});
const BESIDE: Case = {
  kind: 'life/across-beside',
  text: '# 表1\n時点\t人数\n0か月\t150\n6か月\t120\n12か月\t85\n\n# 表2 転帰\n\t0か月\t6か月\t12か月\nイベント\t12\t18\t20\n打ち切り\t18\t17\t15\nその他\t14\t3\t16\n計\t44\t38\t51\n',
  reader: reader('人数', [[0, 1], [1, 2], undefined]),
};
// 「1年目」 points (as written in both tables), each interval's counts at its end (0 at the first point).
const YEARS: Case = {
  kind: 'life/across-beside',
  text: '# 表1 追跡の状況\n\t1年目\t2年目\t3年目\n患者数\t140\t105\t80\n\n# 表2\n時点\tイベント\t打ち切り\tその他\t計\n1年目\t0\t0\t12\t12\n2年目\t20\t15\t4\t39\n3年目\t13\t12\t18\t43\n',
  reader: reader('患者数', [undefined, [0, 1], [1, 2]]),
};
// 表2 over intervals (「0-6か月」「6-12か月」) beside at risk at 0/3/6/9/12か月 (`lifeSpans`).
const SPANS: Case = {
  kind: 'life/across-spans',
  text: '# 表1\n\t0か月\t3か月\t6か月\t9か月\t12か月\n区分1\t160\t140\t125\t110\t95\n\n# 表2\n\t0-6か月\t6-12か月\nイベント\t20\t16\n打ち切り\t15\t14\nその他\t5\t22\n計\t40\t52\n',
  reader: reader('区分1', [
    [0, 2],
    [2, 4],
  ]),
};

// The censored in a third table (「打ち切り」 in 表3, 「イベント」 and 「その他」 under 「計」 in 表2): base 120 − 85 − 17 gave 18.
const THREE: Case = {
  kind: 'life/across-three',
  text: '# 表1\n\t0か月\t6か月\t12か月\n人数\t150\t120\t85\n\n# 表2\n\t0か月\t6か月\t12か月\nイベント\t12\t18\t20\nその他\t14\t3\t16\n計\t26\t21\t36\n\n# 表3\n\t0か月\t6か月\t12か月\n打ち切り\t18\t17\t15\n',
  reader: reader('人数', [[0, 1], [1, 2], undefined]),
};

describe('life55: a small count’s complement in steps of no small cell, across tables', () => {
  for (const [name, c] of [
    ['「人数」 in 表1, 「その他」 3 under 「計」 in 表2 (base: 120 − 85 − 17 gave 18, then 3)', BESIDE],
    ['「1年目」「2年目」「3年目」 in both tables, counts at each interval’s end', YEARS],
    ['表2 over 「0-6か月」「6-12か月」, at risk at five points', SPANS],
    ['「打ち切り」 in a third table (lifeAcross `threeWay`)', THREE],
  ] as const)
    it(`${name}: tied, held under both protections`, () => {
      for (const p of ['threshold', 'not-exact'] as const) expect(judge(c, p)).toEqual({ verdict: 'held', codes: 'life' });
    });
  it('the families (seed 3250, 10 a kind): none leaks, every one read as a life table', () => {
    for (const kind of KINDS)
      for (const c of family(kind, 10, 3250)) {
        const j = judge(c, 'not-exact');
        expect(j.verdict, c.text).not.toBe('leaked');
        if (j.verdict === 'held') expect(j.codes).toBe('life');
      }
  });
  // Must pass on both: the look-alikes whose fall no lines of 表2 take are no life table (the 10 of seed 3260: one, a
  // line named 「At risk」 falling 122 → 96 → 72 by 「Events」+「不明」 by chance, read on the base and now alike).
  it('look-alikes: 表1’s line falling by other amounts is not read as a life table (base and now)', () => {
    const c = { ...BESIDE, text: BESIDE.text.replace('120\n12か月\t85', '117\n12か月\t85') };
    expect(cost(c, 'threshold')).toEqual({ verdict: 'read', codes: 'unread' });
    let life = 0;
    for (const c2 of innocent('life/across-beside', 10, 3260)) if (cost(c2, 'threshold').codes === 'life') life++;
    expect(life).toBe(1);
  });
  // (b) life53's one leak left (`life/total-within` seed 3121 #8: 「1か月」 52 = 「14か月」 2 + 「22か月」 25 + 「32か月」 25
  // by chance, read both as a total and as the interval 0–12か月's point): the oracle pins the hidden 2 only over the
  // text with the checker's own rest line written in (its 「Events」 0 held as published: a count never printed). Over
  // the published input — what a reader reads — no hidden count is pinned or bounded at all (every one open above),
  // so no reader without that line can pin it: the measure's 'leaked' is the oracle's over-reading of our line, not a
  // leak (not changed).
  it('life53 total-within 3121 #8: pinned only with the checker’s rest line, open to a reader of the input', () => {
    const c = family53('life/total-within', 10, 3121)[8]!;
    expect(c.text).toContain('1か月\t52\t42');
    for (const p of ['threshold', 'not-exact'] as const) {
      const input = oracleRanges(c.text, p, 'input');
      expect(input.size).toBeGreaterThan(0);
      for (const [, v] of input) expect(v.hi).toBeNull();
      const attacked = oracleRanges(c.text, p, 'attacked');
      expect(attacked.get('14か月/Events')).toEqual({ lo: 2, hi: 2 });
    }
  });
});
