/**
 * redi64 (issue #11, red team of borrowed Ns and ranks), redi64-families.ts:
 * - a top k of shares printed rank by rank (「年別の施設別割合の上位3」「1位,2位,3位」) where a share is a range of counts
 *   of its N (no decimal, or one decimal over an N past 1,000): db0a70d1's `shareTopK` tied whole counts only and a
 *   reader, knowing each rank's count within its range and the counts outside the ranks at most (least) it, got a
 *   hidden count back (seed 5080: 26 of 40 leaked). Now tied as redc61 ties an extreme: 0 leaked;
 * - 「範囲（%）」 with no N whose population P prints its counts as 「n (p%)」 (合計 「113 (100.0%)」): db0a70d1's
 *   `nElsewhereOf` took only bare counts for N, took another population's bare total, and the ends (P's counts over
 *   P's N) were published (seed 5082: 14 of 60 read leaked). Now P's total is a candidate as a bare one is: refused in
 *   words where the Ns differ and nothing proves one, read where the ends prove P's; and so is the N P's 「n/N」 cells
 *   print (「9/113」, no 合計 line: seed 5083, P by sex leaked).
 * `ROOT=<tree>` runs it against another tree.
 */
import { describe, expect, it } from 'vitest';
import { checkerOfRoot } from './helpers.ts';
import { measure, nfracAttack, nfracCases, npctCases, topAttack, topCases } from './redi64-families.ts';
import type { Checked } from './stats39-families.ts';
import { wrongAttack } from './stats60-families.ts';

const { check, highs, bundle } = await checkerOfRoot();
const run = (text: string) =>
  check(highs, bundle, text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 }) as Checked & {
    warnings?: { code: string; message: string }[];
    errors?: { code: string; message: string }[];
  };

const tops = topCases(12, 5080);
const npct = npctCases(20, 5082);

describe('a top k of shares that are ranges of counts (redi64)', () => {
  it('ranks printed with no decimal: tied rank by rank, said, nothing given back', () => {
    const cs = tops.filter((c) => c.family.startsWith('top0'));
    expect(cs.length).toBeGreaterThanOrEqual(2);
    for (const c of cs) {
      const r = run(c.text);
      expect(r.ok).toBe(true);
      expect(r.warnings?.find((w) => w.code === 'header/extreme-share')?.message).toMatch(
        /表2の列「1位」〜「3位」の割合は、どの行でもその N の患者数にすると表1の同じ見出しの列の数の(大きい|小さい)順の 3 個に丸めの範囲で合う/,
      );
      expect(topAttack(c, r)).toEqual([]);
    }
  });
  it('ranks with one decimal over Ns past 1,000: nothing given back', () => {
    for (const c of tops.filter((x) => x.family.startsWith('big'))) expect(topAttack(c, run(c.text))).toEqual([]);
  });
  it('the same look, another count’s shares (no decimal): not tied', () => {
    for (const c of topCases(3, 5081, 'innocent')) {
      const r = run(c.text);
      expect(r.warnings?.map((w) => w.code) ?? []).not.toContain('header/extreme-share');
    }
  });
  it('family (seed 5080, 12): 0 leaked', async () => {
    const out = await measure(tops, highs);
    expect(Object.values(out).reduce((s, t) => s + t.leaked, 0)).toBe(0);
    expect(Object.values(out).reduce((s, t) => s + t.refused, 0)).toBe(0);
  });
});

describe('「範囲（%）」 borrowing an N where the population prints 「n (p%)」 (redi64)', () => {
  it('Q (P doubled) prints a bare total, P 「n (p%)」: refused in words naming both totals', () => {
    const cs = npct.filter((c) => /^double-/.test(c.family)).slice(0, 4);
    expect(cs.length).toBeGreaterThanOrEqual(2);
    for (const c of cs) {
      const r = run(c.text);
      expect(r.ok).toBe(false);
      const e = r.errors!.find((x) => x.code === 'header/range-percent')!;
      expect(e.message).toMatch(/ほかの表が.*別々の合計を書いています（表\dの「合計」の \d+、表\dの「合計」の \d+/);
      expect(wrongAttack(c, r, undefined)).toEqual([]);
    }
  });
  it('another population over the same hospitals beside P 「n (p%)」: the ends prove P’s N, read, nothing given back', () => {
    const cs = npct.filter((c) => /^other-/.test(c.family)).slice(1, 4);
    expect(cs.length).toBeGreaterThanOrEqual(2);
    for (const [k, c] of cs.entries()) {
      const r = run(c.text);
      expect(r.ok).toBe(true);
      // The brute force on the first only (the case before it: 100 s, given up); 'unknown': it gave up (too many fills), no leak found.
      if (k === 0) expect(wrongAttack(c, r, undefined).filter((x) => x !== 'unknown')).toEqual([]);
    }
  });
  it('P by sex 「n (p%)」 beside Q doubled: refused', () => {
    for (const c of npct.filter((x) => /^sex-/.test(x.family))) expect(run(c.text).ok).toBe(false);
  });
});

describe('「範囲（%）」 borrowing an N where the population prints 「n/N」 (redi64)', () => {
  const text = [
    '# 表1 施設別患者数の範囲',
    '年,範囲（%）',
    '2020年,8.6–37.9',
    '2021年,8.0–40.7',
    '2022年,13.2–34.0',
    '',
    '# 表2 年別延べ患者数',
    '施設,2020年,2021年,2022年',
    'A病院,88,50,72',
    'B病院,20,92,96',
    'C病院,72,66,108',
    'D病院,52,18,42',
    '合計,232,226,318',
    '',
    '# 表3 年別入院患者数',
    '施設,2020年,2021年,2022年',
    'A病院,44/116,25/113,36/159',
    'B病院,10/116,46/113,48/159',
    'C病院,36/116,33/113,54/159',
    'D病院,26/116,9/113,21/159',
    '',
  ].join('\n');
  it('Q (P doubled) prints a bare total, P 「9/113」: refused in words naming both', () => {
    const r = run(text);
    expect(r.ok).toBe(false);
    expect(r.errors!.find((x) => x.code === 'header/range-percent')!.message).toMatch(
      /別々の合計を書いています（表2の「合計」の 232、表3の「n\/N」の分母の 116）/,
    );
  });
  it('family (seed 5083, 20): 0 leaked, Q doubled and P by sex refused', async () => {
    for (const c of nfracCases(20, 5083)) {
      const r = run(c.text);
      if (/^(double|sex)-/.test(c.family)) expect(r.ok).toBe(false);
      expect(nfracAttack(c, r).filter((x) => x !== 'unknown')).toEqual([]);
    }
  });
});
