/**
 * rates69 (issue #11): formats62's rate line 「再発率（%）」 beside its count lines with NO 合計 line (the 合計 only
 * implied as the lines' sum) that fits both the lines' sum and the sum less a small line (「転院」「追跡不能」). rates66
 * read such a rate (set aside, hidden wherever a count of its position is) only with a 合計 line; without one, on
 * adcd7308 the table was refused (`percent/missing-base`, rates69-families.ts innocent 5561 / innocentDraw 5565 /
 * innocentMany 5563: 20, 20 and 20 of 20 refused). Now the rate is set aside as a rate over the lines' sum (rates.ts
 * `joinLineShares`, a `RateReading` with every count line among its lines), hidden wherever a count of its position
 * is, said as the checker's judgement with the bound it would give and the hint (print the rate's N line).
 * Run with ROOT=/tmp/<base> to see the base fail.
 */
import { describe, expect, it } from 'vitest';
import { checkerOfRoot, codesOf } from './helpers.ts';
import { noTotal } from './rates69-families.ts';
import { leaks, ratesShown } from './formats33-attack.ts';

const { check, highs, bundle } = await checkerOfRoot();
const checked = (text: string) => check(highs, bundle, text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });

/** 91 ÷ 218 and 91 ÷ 216 are both 42%, 58 ÷ 161 and 58 ÷ 159 both 36%: 転院 bounded 0–3 at A群 by the second reading. */
const ROWS = ['表1 転帰（A群・B群）', '\tA群\tB群', '再発\t91\t58', '無再発\t125\t101', '転院\t2\t2', '再発率（%）\t42\t36'].join('\n');
/** The same turned (the lines as columns). */
const COLS = ['表1 転帰（A群・B群）', '\t再発\t無再発\t転院\t再発率（%）', 'A群\t91\t125\t2\t42', 'B群\t58\t101\t2\t36'].join('\n');
/** B群's 転院 0: nothing is hidden at B群, so its rate is published; A群's hidden. */
const ZERO = ROWS.replace('転院\t2\t2', '転院\t2\t0');

describe('rates69: a rate with no 合計 line that fits the lines’ sum and the sum less a small line, read and hidden', () => {
  for (const [name, text, shown] of [
    ['ROWS', ROWS, [false, false]],
    ['COLS', COLS, [false, false]],
    ['ZERO', ZERO, [false, true]],
  ] as const)
    it(`reads ${name}, the rate set aside over the lines' sum and hidden where a count of its position is`, () => {
      const r = checked(text);
      expect(r.ok, r.ok ? '' : JSON.stringify(r.errors)).toBe(true);
      if (!r.ok) return;
      const w = r.warnings.find((x) => x.code === 'layout/share' && /転院/.test(x.message));
      expect(w?.message).toMatch(/「再発」・「無再発」・「転院」の和（合計の.がないので.の和を合計と推定しました）/);
      expect(w?.message).toMatch(/「転院」の数が 0〜\d（閾値 10 未満）.*秘匿するところでは割合も秘匿します（チェッカーの推定）/);
      expect(w?.message).toMatch(/チェッカーの判断/);
      expect(w?.message).toMatch(/割合の分母の.（「患者数」「評価可能例数」など）を表に加えてください/);
      expect([...ratesShown(r).values()].flat()).toEqual(shown);
    });

  for (const [name, kind, innocent, seed] of [
    ['subgroup', 'subgroup', false, 5566],
    ['innocent', 'subgroup', true, 5567],
    ['draw', 'draw', false, 5568],
    ['innocentDraw', 'draw', true, 5569],
    ['many', 'many', false, 5570],
    ['innocentMany', 'many', true, 5571],
  ] as const)
    it(`${name} (12, seed ${seed}): read (none refused for the rate), none leaking to formats33-attack.ts`, () => {
      let read = 0;
      for (const c of noTotal(12, seed, kind, innocent)) {
        const r = checked(c.text);
        if (!r.ok) {
          expect(codesOf(r)).not.toMatch(/percent\/missing-base/);
          continue;
        }
        read++;
        expect(leaks(r, c), c.text).toEqual([]);
      }
      expect(read).toBeGreaterThanOrEqual(11);
    }, 120_000);
});
