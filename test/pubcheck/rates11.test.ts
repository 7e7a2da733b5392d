/**
 * rates11 (issue #11; README Limits 「Rates」): chance refusals of 「Low」「Medium」「High」 categories whose middle lies
 * between the two limit's words by chance (rates10 refused them as an interval apart, 4 of 200 at seed 745). Now each
 * limit must also lie near the count between as an interval's does at any level to 99.9% (upper at most c + 4√c + 8,
 * lower at least c − 4√c − 1; a share's over its N alike). Measured (`rangeCategoryTables`, seeds 921–940, 4,000
 * tables): main (2d529fc) refused 20, now 0; rates10's intervals apart (`loneTables(…, true)`, the same seeds, 4,000
 * tables): main refused 3,999 and showed 0 hidden counts, now the same.
 */
import { describe, expect, it } from 'vitest';
import { fixtureBundle, solver } from './helpers.ts';
import { adversary, expectProtected } from './protection.ts';
import { attackLone, loneTables, rangeCategoryTables } from './rates10-families.ts';

const highs = await solver();
const bundle = fixtureBundle();
const { result } = adversary(highs, bundle);

describe('range categories are no interval apart where the limits lie far from the count (rates11)', () => {
  it('「Low」 3 「Medium」 16 「High」 50 is read (main: refused as an interval apart); the oracle finds it protected', () => {
    for (const text of [
      '群\tLow\tMedium\tHigh\nA群\t3\t16\t50\nB群\t29\t104\t132\n',
      '群\t下限\t中間\t上限\nA群\t6\t67\t130\nB群\t71\t132\t144\n',
      '群\tMin\tMid\tMax\nA群\t7\t15\t181\nB群\t1\t42\t101\nC群\t7\t47\t52\n',
    ]) {
      const r = result(text);
      expect(r.ok, text).toBe(true);
      expectProtected(highs, r, text);
    }
  });
  it('an interval apart near its count stays refused: 「下限」 11 「イベント数」 16 「上限」 26', () => {
    const r = result('群\t患者数\t下限\tイベント数\t上限\nA群\t120\t1\t4\t10\nB群\t150\t9\t16\t26\n');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]!.message).toContain('離れて置かれた区間の下限・上限のようです');
  });
  it('range categories, seeds 921–925 (1,000 tables): none refused (main: 9); every fifth attacked by the oracle', () => {
    let refused = 0;
    let i = 0;
    for (const seed of [921, 922, 923, 924, 925])
      for (const t of rangeCategoryTables(200, seed)) {
        const r = result(t.text);
        if (!r.ok) refused++;
        else if (i++ % 5 === 0) expectProtected(highs, r, t.text);
      }
    expect(refused).toBe(0);
  });
  it('intervals apart, seeds 921–922 (400 tables): every one refused or no hidden count shown under 10', () => {
    const total = { refused: 0, leaked: 0 };
    for (const seed of [921, 922])
      for (const t of loneTables(200, seed, undefined, true)) {
        const o = attackLone(t, result(t.text));
        total.refused += o.refused ? 1 : 0;
        total.leaked += o.leaked;
      }
    expect(total).toEqual({ refused: 399, leaked: 0 });
  });
});
