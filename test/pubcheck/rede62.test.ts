/**
 * rede62 (issue #11): a column beside an at-risk line whose counts span more than one of its steps, the column's point
 * at one end — cumulative from the line's first point (「12か月」 the events and censored of 0–12か月), or from the
 * point to the line's last — and two columns or more each cumulative from the first point. lifetable.ts `lifeSpans`
 * reads them as life61's one column (the same rules, チェッカーの推定 under no word). 61ba79c8 read only the one step
 * from or to the point: the fall published beside 「打ち切り」 gave back a hidden 「死亡」. Judged by the oracle
 * (oracle.ts `spanSteps` with `spanEnds`, rede62-measure.ts). Runs against `ROOT`: on the base the fixtures fail.
 */
import { describe, expect, it } from 'vitest';
import { family, innocent, KINDS } from './rede62-families.ts';
import { cost, judge } from './rede62-measure.ts';

const RISK = '# 表1\n\t0か月\t6か月\t12か月\t18か月\n人数\t200\t170\t150\t120\n\n';
// 200 → 150 from 0 to 12か月: 死亡 + 打ち切り of 表2's 「12か月」 (4 + 46), cumulative; 死亡's 4 hidden with その他.
const START = `${RISK}# 表2\n\t12か月\n死亡\t4\n打ち切り\t46\nその他\t12\n計\t62\n`;
// 170 → 120 from 6か月 to the last point, printed at 6か月 (by rows, the at-risk line named).
const END = `# 表1\n時点\tAt risk\n0か月\t200\n6か月\t170\n12か月\t150\n18か月\t120\n\n# 表2\n時点\tイベント\tCensored\tOther\t計\n6か月\t4\t46\t12\t62\n`;
// A cumulative table: 0 → 6 (30 = 3 + 27) and 0 → 12 (50 = 12 + 38).
const MANY = `${RISK}# 表2\n\t6か月\t12か月\n死亡\t3\t12\n打ち切り\t27\t38\nその他\t15\t20\n計\t45\t70\n`;

describe('rede62: a column over more than one step of an at-risk line (cumulative)', () => {
  for (const [name, text] of [
    ['cumulative from the first point (死亡 + 打ち切り)', START],
    ['from its point to the last (At risk, by rows)', END],
    ['two columns each cumulative from the first point', MANY],
    [
      "a cumulative table at 表1's points, its 0か月 column all 0",
      MANY.replace('\t6か月\t12か月\n', '\t0か月\t6か月\t12か月\t18か月\n')
        .replace('死亡\t3\t12', '死亡\t0\t3\t12\t20')
        .replace('打ち切り\t27\t38', '打ち切り\t0\t27\t38\t60')
        .replace('その他\t15\t20', 'その他\t0\t15\t20\t22')
        .replace('計\t45\t70', '計\t0\t45\t70\t102'),
    ],
    ['under no word (区分A + 区分B)', START.replace('死亡', '区分A').replace('打ち切り', '区分B')],
  ] as const)
    it(`${name}: tied, held under both protections`, () => {
      for (const p of ['threshold', 'not-exact'] as const) expect(judge({ text }, p)).toEqual({ verdict: 'held', codes: 'life' });
    });
  it('the families (seed 4862, 10 a kind): none leaks to the oracle', () => {
    for (const kind of KINDS)
      for (const c of family(kind, 10, 4862))
        for (const p of ['threshold', 'not-exact'] as const) expect(judge(c, p).verdict, c.text).not.toBe('leaked');
  });
  // Must pass on both: a fall the column does not take over any interval is not read.
  it('look-alikes: a fall no interval takes is not read (base and now)', () => {
    for (const text of [START.replace('150\t120', '149\t120'), MANY.replace('170\t150', '171\t149')])
      expect(cost({ kind: 'cum/start', text }, 'threshold')).toEqual({ verdict: 'read', codes: 'unread' });
  });
  it('the innocent look-alikes (seed 4872, 20 a kind): none refused but the cumulative titles', () => {
    for (const kind of KINDS)
      for (const c of innocent(kind, 20, 4872)) if (!/累積/.test(c.text)) expect(cost(c, 'threshold').verdict, c.text).toBe('read');
  });
});
