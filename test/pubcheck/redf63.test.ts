/**
 * redf63 (issue #11, red team of life63): the points' N written in their headers in the other ways a header writes its N
 * (header.ts `DENOMINATOR_TEXT`: 「0か月 [N=200]」「0か月 (200例)」「0か月（N=200人）」「0か月 / N=200」「(N=200) 0か月」
 * 「0か月 N 200」「0か月; n=200」「0か月 (200 patients)」) or its number at risk in words (「(at risk 200)」「（リスク数 170）」)
 * were no time points under life63's `POINT_N`, so one interval's 死亡/打ち切り printed in another table gave the events
 * back (the fall less the censored). lifetable.ts `timePoint` now strips any N header.ts reads (`stripN`) and `pointN`
 * takes the number at risk in words. Attacker: life63's `leakOf` (it knows the fall and the lines). Runs against `ROOT`
 * (helpers.ts `checkerOfRoot`): on 51da46af the forms leak (redf63-families.ts 120 at 4900: 104 leaked).
 */
import { describe, expect, it } from 'vitest';
import { checkerOfRoot } from './helpers.ts';
import { leakOf } from './life63-families.ts';
import { FORMS, headerForms } from './redf63-families.ts';

const { check, highs, bundle } = await checkerOfRoot();
const run = (text: string, protection: 'threshold' | 'not-exact' = 'threshold') =>
  check(highs, bundle, text, { details: true }, { protection, mipSeconds: 0.3 });
const lifeRead = (text: string) => {
  const r = run(text);
  return r.ok && r.warnings.some((w) => w.code === 'table/life-table');
};

const fall = (heads: string[], line = '奏効') =>
  `表1 奏効\n,${heads.join(',')}\n${line},50,40,30\n\n表2 12か月\n,12か月\n死亡,4\n打ち切り,16\n`;

describe('redf63: a point’s N in any form header.ts reads, or its number at risk in words', () => {
  const ns = [200, 170, 150];
  for (const [name, form] of Object.entries(FORMS))
    it(`${name} (${form('6か月', 170)}): the fall 170 → 150 taken by 表2's lines, 死亡 4 held (51da46af: given back)`, () => {
      const text = fall(ns.map((n, p) => form(`${p * 6}か月`, n)));
      const c = { text, fall: 20, lines: [4, 16] };
      for (const protection of ['threshold', 'not-exact'] as const) {
        const r = run(text, protection);
        if (!r.ok) continue; // refused: nothing published (the at-risk words read 奏効 as cumulative: line/cumulative)
        expect(leakOf(c, r.tables[1]!.status), text).toBe(false);
        expect(
          r.warnings.map((w) => w.code),
          text,
        ).toContain('table/life-table');
      }
    });
  it('the points as rows (「"0か月 (200例)",50」 …): every form held under both protections (51da46af: 12 of 12 given back)', () => {
    for (const form of Object.values(FORMS)) {
      const heads = ns.map((n, p) => form(`${p * 6}か月`, n));
      const text = `表1 奏効\n,奏効\n${heads.map((h, k) => `"${h}",${[50, 40, 30][k]}`).join('\n')}\n\n表2 12か月\n,12か月\n死亡,4\n打ち切り,16\n`;
      for (const protection of ['threshold', 'not-exact'] as const) {
        const r = run(text, protection);
        expect(r.ok, text).toBe(true);
        if (r.ok) expect(leakOf({ text, fall: 20, lines: [4, 16] }, r.tables[1]!.status), text).toBe(false);
      }
    }
  });
  // Must hold on both: Ns of arms are no time points, and a fall 表2 does not take is not read.
  it('look-alikes: arms 「A群 [N=200]」「A群 (200例)」「(N=200) A群」 and points whose fall 表2 does not take are not read as a life table', () => {
    for (const heads of [
      ['A群 [N=200]', 'B群 [N=170]', 'C群 [N=150]'],
      ['A群 (200例)', 'B群 (170例)', 'C群 (150例)'],
      ['(N=200) A群', '(N=170) B群', '(N=150) C群'],
      ['A群 (at risk 200)', 'B群 (at risk 170)', 'C群 (at risk 150)'],
    ])
      expect(lifeRead(fall(heads)), heads.join()).toBe(false);
    const other = fall(['0か月 (200例)', '6か月 (190例)', '12か月 (150例)']).replace('50,40,30', '50,47,41');
    expect(lifeRead(other), other).toBe(false);
  });
  it('headerForms (seed 4902, 48, every form 4 times): none given back; innocent (4903, 48) read as a life table where and only where life63 reads the same case under 「(N=…)」', () => {
    for (const protection of ['threshold', 'not-exact'] as const) {
      for (const c of headerForms(48, 4902)) {
        const r = run(c.text, protection);
        if (r.ok) expect(leakOf(c, r.tables[1]!.status), c.text).toBe(false);
      }
      for (const c of headerForms(48, 4903, true)) {
        // A chance fit (奏効 falling by 死亡) is read under every form as life63 reads it under its own: no new cost.
        if (run(c.text, protection).ok && run(c.plain, protection).ok) expect(lifeRead(c.text), c.text).toBe(lifeRead(c.plain));
      }
    }
  });
});
