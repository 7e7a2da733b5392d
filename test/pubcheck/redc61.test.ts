/**
 * redc61 (issue #11, red team of extremes60), redc61-families.ts: the smallest (largest) of a line of counts printed as
 * a share in another table where the share is a range of counts of its N (「2022年,3%」 of 216: 6 or 7). 31b5f650's
 * `shareExtremes` tied only shares that are one whole count: a reader still knows every count of the year is at least
 * that range's low end and the smallest at most its high end, and the small count (or the complement hidden beside it)
 * came back (seeds 4760–4761: 21 of 100 leaked). Now tied (read.ts `shareExtremes`, system.ts pins the share's count to
 * the extreme it reaches): 0 leaked. `ROOT=<tree>` runs it against another tree.
 */
import { describe, expect, it } from 'vitest';
import { checkerOfRoot } from './helpers.ts';
import { measure, type RangeCase, rangeAttack, rangeCase, rangeCases } from './redc61-families.ts';
import type { Checked } from './stats39-families.ts';

const { check, highs, bundle } = await checkerOfRoot();
const run = (text: string) =>
  check(highs, bundle, text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 }) as Checked & {
    warnings?: { code: string; message: string }[];
  };

const base = {
  counts: [
    [39, 22, 40, 14],
    [25, 42, 35, 19],
    [41, 48, 6, 47],
    [40, 36, 43, 25],
    [19, 52, 36, 34],
    [33, 15, 46, 14],
    [16, 20, 10, 23],
  ],
  hospitals: ['A病院', 'B病院', 'C病院', 'D病院', 'E病院', 'F病院', 'G病院'],
  years: ['2020年', '2021年', '2022年', '2023年'],
  decimals: 0,
};
// Seed 4760's first case: 表2 prints each year's smallest share with no decimal; 2022年's 3% of 216 is 6 or 7, the
// smallest being C病院's 6 (hidden): 31b5f650 published 表2's 3% and C病院・2022年 was shown under 10.
const minCase: RangeCase = rangeCase({
  ...base,
  family: 'range-min',
  how: 'min',
  shares: [8, 6, 3, 8],
  title: 'Lowest share by year',
  label: 'Min',
});

describe('the smallest (largest) of a line printed as a share that is a range of counts (redc61)', () => {
  it('「Lowest share by year」 8%, 6%, 3%, 8% (no decimal): tied as each year’s smallest count, nothing shown under 10', () => {
    const r = run(minCase.text);
    expect(r.ok).toBe(true);
    expect(r.warnings?.find((w) => w.code === 'header/extreme-share')?.message).toMatch(
      /表2の列「Min」の割合は、どの行でもその N の患者数にすると表1の同じ見出しの列の数の最小の値に一致するため、最小の割合として読みました（チェッカーの判断）/,
    );
    expect(rangeAttack(minCase, r)).toEqual([]);
  });
  it('another count’s share under no extreme word (「年別紹介割合」 9%, 12%, 30%, 41%): not tied', () => {
    const c = rangeCase({ ...base, family: 'innocent', how: 'none', shares: [9, 12, 30, 41], title: '年別紹介割合', label: '割合' });
    const r = run(c.text);
    expect(r.ok).toBe(true);
    expect(r.warnings?.map((w) => w.code)).not.toContain('header/extreme-share');
  });
});

describe('families (redc61-families.ts)', () => {
  // One of 30 is refused as on 31b5f650 (`percent/table-n`: 表2's integer shares fit both the years' Ns and the whole
  // table's N=644, a reading of its own); 31b5f650 leaked 6 of the 29 read.
  it('range (seed 4763, 30): 0 leaked, refused only as on 31b5f650 (percent/table-n, 1)', async () => {
    const m = await measure(rangeCases(30, 4763, 'range'), highs);
    for (const f of Object.values(m)) {
      expect(f.leaked).toBe(0);
      expect(Object.keys(f.codes).filter((c) => c !== 'percent/table-n')).toEqual([]);
    }
    expect(Object.values(m).reduce((s, f) => s + f.refused, 0)).toBe(1);
  }, 120_000);
  it('innocent (seed 4764, 30): none refused, none tied', async () => {
    const cases = rangeCases(30, 4764, 'innocent');
    const m = await measure(cases, highs);
    for (const f of Object.values(m)) expect(f.refused).toBe(0);
    for (const c of cases.filter((c) => c.family === 'innocent'))
      expect(run(c.text).warnings?.map((w) => w.code)).not.toContain('header/extreme-share');
  }, 120_000);
});
