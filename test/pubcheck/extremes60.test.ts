/**
 * extremes60 (issue #11), extremes60-families.ts: the smallest (largest) of a line of shares printed as a share in
 * another table (「# 表2 施設別割合の最小」「2021年,4.3%」 beside 「n (p%)」 counts of hospitals by year). a9147354 read 表2's
 * share as a count of the year's total (`percent/borrowed-n`) but not as the year's smallest count: the complement hidden
 * beside the small count was the year's smallest and came back (35 of 100 leaked, seeds 4530–4531). Now tied
 * (read.ts `shareExtremes`, system.ts): 0 leaked. `ROOT=<tree>` runs it against another tree.
 */
import { describe, expect, it } from 'vitest';
import { checkerOfRoot } from './helpers.ts';
import { measure, type ShareCase, shareAttack, shareCase, shareCases } from './extremes60-families.ts';
import type { Checked } from './stats39-families.ts';

const { check, highs, bundle } = await checkerOfRoot();
const run = (text: string) =>
  check(highs, bundle, text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 }) as Checked & {
    warnings?: { code: string; message: string }[];
  };

const base = {
  counts: [
    [17, 48, 57],
    [38, 36, 60],
    [7, 10, 58],
    [25, 35, 31],
    [27, 60, 38],
    [54, 43, 25],
  ],
  hospitals: ['A病院', 'B病院', 'C病院', 'D病院', 'E病院', 'F病院'],
  years: ['2020年', '2021年', '2022年'],
};
// Seed 4530's first case: 表2 prints each year's smallest share; 2021年's 4.3% is C病院's 10 (of 232), hidden beside
// C病院・2020年's 7.
const minCase: ShareCase = shareCase({
  ...base,
  family: 'share-min',
  how: 'min',
  shares: [4.2, 4.3, 9.3],
  title: '施設別割合の最小',
  label: '最小',
});

describe('the smallest (largest) of a line of shares printed in another table (extremes60)', () => {
  it('「施設別割合の最小」 4.2%, 4.3%, 9.3%: tied as each year’s smallest count, nothing given back (a9147354: C病院・2021年 10 and C病院・2020年 7 pinned)', () => {
    const r = run(minCase.text);
    expect(r.ok).toBe(true);
    expect(r.warnings?.find((w) => w.code === 'header/extreme-share')?.message).toMatch(
      /表2の列「最小」の割合は、どの行でもその N の患者数にすると表1の同じ見出しの列の数の最小の値に一致するため、最小の割合として読みました（チェッカーの判断）/,
    );
    expect(shareAttack(minCase, r)).toEqual([]);
  });
  it('「Highest share by year」 over the same table: tied as the largest, nothing given back', () => {
    const c = shareCase({
      ...base,
      family: 'share-max',
      how: 'max',
      shares: [32.1, 25.9, 22.3],
      title: 'Highest share by year',
      label: 'Max',
    });
    const r = run(c.text);
    expect(r.ok).toBe(true);
    expect(r.warnings?.map((w) => w.code)).toContain('header/extreme-share');
    expect(shareAttack(c, r)).toEqual([]);
  });
  it('another count’s share (「年別紹介割合」, or under 「最大」 but no count of the column): not tied, read as before', () => {
    for (const title of ['年別紹介割合', '紹介割合の最大']) {
      const c = shareCase({ ...base, family: 'innocent', how: 'none', shares: [30.4, 12.5, 40.1], title, label: '割合' });
      const r = run(c.text);
      expect(r.ok).toBe(true);
      expect(r.warnings?.map((w) => w.code)).not.toContain('header/extreme-share');
    }
  });
});

describe('families (extremes60-families.ts)', () => {
  it('share (seed 4533, 25): 0 leaked, none refused (a9147354: 35 of 100 leaked on 4530–4531)', async () => {
    const m = await measure(shareCases(25, 4533, 'share'), highs);
    for (const f of Object.values(m)) {
      expect(f.leaked).toBe(0);
      expect(f.refused).toBe(0);
    }
  }, 120_000);
  it('innocent (seed 4534, 30): none refused, none tied', async () => {
    const cases = shareCases(30, 4534, 'innocent');
    const m = await measure(cases, highs);
    for (const f of Object.values(m)) expect(f.refused).toBe(0);
    for (const c of cases) expect(run(c.text).warnings?.map((w) => w.code)).not.toContain('header/extreme-share');
  }, 120_000);
});
