/**
 * rates70 (issue #11): a share line 「死亡率（%）」 set aside by rates66/rates69 (over the 合計 or the lines' sum, fitting
 * that base less a small line too) was hidden wherever any count of its position was hidden, also where its rounding
 * interval bounds the hidden count no narrower than the suppression allows (on 7c1c4e43: every such share hidden,
 * rates70-families.ts innocentWide 5676 (50): 130 of 132 hidden). Now it is published there where its rows under every
 * reading (the base, the base less any set of the other lines; rounded or cut off) leave every hidden count protected
 * in the audit (check.ts `lineShareRows`, `meansShown`), else hidden as before; past `LINE_SHARE_WORK` hidden, said.
 * Run with ROOT=/tmp/<base> to see the base fail.
 */
import { describe, expect, it } from 'vitest';
import { checkerOfRoot } from './helpers.ts';
import { leaks, ratesShown, withoutHiddenRates } from './formats33-attack.ts';
import { hiddenKeys } from './protection.ts';
import { attack } from './oracle.ts';
import { shareCounts, wideShares } from './rates70-families.ts';

const { check, highs, bundle } = await checkerOfRoot();
const checked = (text: string) => check(highs, bundle, text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });

/**
 * 男性: 10 of 193 is 5% (of 190 too); over the sum, rounded, 追跡不能 (3, hidden) is 0–32, cut off 0–10: it reaches the
 * threshold either way, the share is published. 女性: 20 of 172 is 12% (of 170 too); rounded, 追跡不能 is at most 3: hidden.
 */
const WIDE = ['表1 転帰（男性・女性）', '\t男性\t女性', '死亡\t10\t20', '生存\t180\t150', '追跡不能\t3\t2', '死亡率（%）\t5\t12'].join('\n');
/** The same turned. */
const WIDE_COLS = ['表1 転帰（男性・女性）', '\t死亡\t生存\t追跡不能\t死亡率（%）', '男性\t10\t180\t3\t5', '女性\t20\t150\t2\t12'].join('\n');
/** 男性's share one digit finer (5.2%): over the sum 192–193 only, 追跡不能 2–3: hidden at both. */
const NARROW = WIDE.replace('死亡率（%）\t5\t12', '死亡率（%）\t5.2\t11.8');
/** Bases past 100,000 over three published lines: the readings not all tried, the share hidden and said. */
const LARGE = ['表1 転帰（男性・女性）', '\t男性\t女性', '死亡\t5000\t4000', '生存\t60000\t50000', '転院\t30000\t20000', '転科\t20000\t15000', '追跡不能\t3\t2', '死亡率（%）\t4\t5'].join(
  '\n',
);

describe('rates70: a share line beside a hidden count published where its rounding interval still protects', () => {
  for (const [name, text, shown] of [
    ['WIDE', WIDE, [true, false]],
    ['WIDE_COLS', WIDE_COLS, [true, false]],
    ['NARROW', NARROW, [false, false]],
  ] as const)
    it(`${name}: the share published only where every reading leaves the hidden count protected`, () => {
      const r = checked(text);
      expect(r.ok, r.ok ? '' : JSON.stringify(r.errors)).toBe(true);
      if (!r.ok) return;
      const w = r.warnings.find((x) => x.code === 'layout/share' && /追跡不能/.test(x.message));
      expect(w?.message).toMatch(/監査で確かめたところでは、割合を公表します（チェッカーの判断）/);
      expect([...ratesShown(r).values()].flat()).toEqual(shown);
      const t = r.tables[0]!;
      const rate = t.table.rates!.find((x) => x.lineShare)!;
      expect(rate.cells.map((c) => c.shown === true)).toEqual(shown);
    });

  it('WIDE: an interval attack over the published share and counts (oracle) pins nothing', () => {
    const r = checked(WIDE);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const joined = ['表1 転帰（男性・女性）', '\t男性\t女性', '死亡\t10 (5%)\t20 (12%)', '生存\t180\t150', '追跡不能\t3\t2'].join('\n');
    const { hidden, small } = hiddenKeys(r);
    const bad = [...attack(highs, withoutHiddenRates(r, joined), hidden, { zeroExempt: true, disjointParts: true })].filter(
      ([k, x]) => !(x.hi === null || x.hi > x.lo) || (small.has(k) && (x.hi ?? Infinity) < 10),
    );
    expect(bad).toEqual([]);
  });

  it('LARGE: past LINE_SHARE_WORK the share stays hidden, said', () => {
    const r = checked(LARGE);
    expect(r.ok, r.ok ? '' : JSON.stringify(r.errors)).toBe(true);
    if (!r.ok) return;
    expect([...ratesShown(r).values()].flat()).toEqual([false, false]);
    expect(r.warnings.map((w) => w.message).join('\n')).toMatch(/通りまで調べたところで打ち切りました。.*割合も秘匿します（チェッカーの判断）/);
  });

  for (const [name, kind, innocent, seed] of [
    ['wide', 'wide', false, 5681],
    ['innocentWide', 'wide', true, 5682],
    ['smallEvent', 'smallEvent', false, 5683],
    ['innocentSmallEvent', 'smallEvent', true, 5684],
  ] as const)
    it(`${name} (12, seed ${seed}): read, none leaking to formats33-attack.ts, some share published beside a hidden count`, () => {
      let beside = 0;
      for (const c of wideShares(12, seed, kind, innocent)) {
        const r = checked(c.text);
        expect(r.ok, c.text).toBe(true);
        if (!r.ok) continue;
        expect(leaks(r, c), c.text).toEqual([]);
        const { hidden, small } = hiddenKeys(r);
        const bad = [...attack(highs, withoutHiddenRates(r, c.joined), hidden, { zeroExempt: true, disjointParts: true })].filter(
          ([k, x]) => !(x.hi === null || x.hi > x.lo) || (small.has(k) && (x.hi ?? Infinity) < 10),
        );
        expect(bad, c.text).toEqual([]);
        beside += shareCounts(r, ratesShown(r)).beside;
      }
      expect(beside).toBeGreaterThan(0);
    }, 240_000);
});
