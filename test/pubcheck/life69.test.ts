/**
 * life69 (issue #11): past five tables. (1) life69-families.ts `six`: 表1's search over six other tables and more spends
 * `LIFE_WORK`; 表2's fall over six tables (one line of each, a count small) is cut after it, said `life/not-searched`
 * and published untied on adcd7308 (the oracle's `manyWay` [6] pins the small count). Now a line cut beside a small
 * count is refused in words (lifetable.ts `refuse`, `life/not-searched` as an input error). (2) life65-families.ts seed
 * 5170, its second case (`five`): 表1's fall proved over five tables (a small count among them) and fitting by chance
 * over three (「参考」's large counts, no small cell) — the second untied, its cells hidden for the first pinned by the
 * oracle. Now a line proved has every fit up to `SHALLOW` tied (`widen`). `ROOT=<tree>` runs it against another tree.
 */
import { describe, expect, it } from 'vitest';
import { oracleVerdict } from './attack35-measure.ts';
import { checkerOfRoot } from './helpers.ts';
import { family as life65 } from './life65-families.ts';
import { family } from './life69-families.ts';

const { check, highs, bundle } = await checkerOfRoot();
const run = (text: string) => check(highs, bundle, text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });

describe('past five tables (life69)', () => {
  it('six: 表2 falling over six tables, cut after 表1 spent the bound, refused in words (adcd7308: said, published)', () => {
    for (const c of family(2, 5581, 'six')) {
      const r = run(c.text);
      expect(r.ok).toBe(false);
      if (r.ok) continue;
      const e = r.errors.find((x) => x.code === 'life/not-searched');
      expect(e?.message).toMatch(/表2の「[^」]+」.*調べたところで打ち切りました.*受け付けを止めました（チェッカーの判断）/);
      expect(e?.hint).toMatch(/一つの表に書いてください/);
    }
  }, 600_000);
  it('a chance fit over three tables beside the proving fit over five is tied (life65 seed 5170: pinned on adcd7308)', () => {
    const c = life65(2, 5170)[1]!;
    const r = run(c.text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(oracleVerdict(highs, r, c.text, 'threshold', { oneStep: true, threeWay: true, fourWay: true, manyWay: [5] })).toBe('held');
  }, 600_000);
  it('innocent: life65 look-alikes (表2 falling by amounts no lines take) read, not refused', () => {
    for (const c of life65(2, 5582, ['innocent'])) expect(run(c.text).ok).toBe(true);
  }, 600_000);
});
