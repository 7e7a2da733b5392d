/**
 * redd62 (issue #11): formats62's rate line 「死亡率（%）」 read over its line's 合計 (or sum) where it fits as well the
 * 合計 less another count line (「追跡不能」「評価不能」「転院」: the rate over the patients judged) and that reading
 * bounds the line's small count from the published count and rate (114 and 70% over 163 or 164: 追跡不能 0–2). On
 * 61ba79c8 read and leaked (formats33-attack.ts over the true meaning: 118 of 200 in redd62-families.ts 4830–4831);
 * now refused in words (`percent/missing-base`, rates.ts `joinLineShares` leftOut), the checker's judgement; since
 * rates66, with a 合計 line, read and the rate set aside over the 合計, hidden where a count of its row is (said). Run
 * with ROOT=/tmp/<base> to see the base fail.
 */
import { describe, expect, it } from 'vitest';
import { checkerOfRoot, codesOf } from './helpers.ts';
import { innocentSubgroup, misplacedShares, subgroupRates } from './redd62-families.ts';
import { leaks, ratesShown } from './formats33-attack.ts';

const { check, highs, bundle } = await checkerOfRoot();
const checked = (text: string) => check(highs, bundle, text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });

/** rates66: whether each rate set aside is hidden, in the order of the table's rates and cells. */
const hiddenRates = (r: Extract<ReturnType<typeof checked>, { ok: true }>) => [...ratesShown(r).values()].flat().map((shown) => !shown);

const tsv = (rows: string[][]) => ['表1 転帰（A群・B群）', ...rows.map((r) => r.join('\t'))].join('\n');
/** 114/163 and 114/164 are both 70%; 33/161 and 33/167 both 20%: the rate over 合計 − 追跡不能 gives 追跡不能 0–2. */
const LEFT_OUT = tsv([
  ['', '死亡', '生存', '追跡不能', '合計', '死亡率（%）'],
  ['A群', '114', '49', '1', '164', '70'],
  ['B群', '33', '128', '6', '167', '20'],
]);
/** The same, the rate a row and no 合計 (its base the lines' sum). */
const LEFT_OUT_ROW = tsv([
  ['', 'A群', 'B群'],
  ['奏効', '114', '33'],
  ['非奏効', '49', '128'],
  ['評価不能', '1', '6'],
  ['奏効率（%）', '70', '20'],
]);
/** The line left out at 10 or more: the smaller base does not fit (114/152 is 75%), read as formats62 reads it. */
const NOT_SMALL = tsv([
  ['', '死亡', '生存', '追跡不能', '合計', '死亡率（%）'],
  ['A群', '114', '38', '12', '164', '70'],
  ['B群', '33', '128', '6', '167', '20'],
]);
/** A rate that fits its 合計 only (one decimal): read. */
const ONE_DECIMAL = tsv([
  ['', '死亡', '生存', '追跡不能', '合計', '死亡率（%）'],
  ['A群', '114', '49', '1', '164', '69.5'],
  ['B群', '33', '128', '6', '167', '19.8'],
]);

describe('redd62: a rate over its line total that fits the total less a small line too', () => {
  it('rates69: reads LEFT_OUT_ROW (no 合計 line) with the rate set aside over the lines’ sum, hidden where a count of its column is', () => {
    const r = checked(LEFT_OUT_ROW);
    expect(r.ok, r.ok ? '' : JSON.stringify(r.errors)).toBe(true);
    if (!r.ok) return;
    const w = r.warnings.find((x) => x.code === 'layout/share');
    expect(w?.message).toMatch(/チェッカーの判断/);
    expect(w?.message).toMatch(/「評価不能」の数が 0〜2/);
    expect(hiddenRates(r)).toEqual([true, true]);
  });
  it('rates66: reads LEFT_OUT with the rate set aside over 合計, hidden where a count of its row is (said, the checker’s judgement)', () => {
    const r = checked(LEFT_OUT);
    expect(r.ok, r.ok ? '' : JSON.stringify(r.errors)).toBe(true);
    if (!r.ok) return;
    const w = r.warnings.find((x) => x.code === 'layout/share');
    expect(w?.message).toMatch(/「追跡不能」の数が 0〜2.*チェッカーの判断|チェッカーの判断.*「追跡不能」の数が 0〜2/);
    expect(hiddenRates(r)).toEqual([true, true]);
  });
  for (const [name, text] of Object.entries({ NOT_SMALL, ONE_DECIMAL }))
    it(`reads ${name} as formats62 does`, () => {
      const r = checked(text);
      expect(codesOf(r), text).toBe('');
    });
  it("subgroupRates (4832, 100): none leaking to formats33-attack.ts over the rate's true base", () => {
    let read = 0;
    for (const c of subgroupRates(100, 4832)) {
      const r = checked(c.text);
      if (!r.ok) continue;
      read++;
      expect(leaks(r, c), c.text).toEqual([]);
    }
    // rates66: read, the rate set aside and hidden where a count of its row is (was refused: fewer than 10 read).
    expect(read).toBeGreaterThanOrEqual(95);
  }, 120_000);
  it('innocentSubgroup (4833, 100): the rate over the 合計, read but where the other reading is as good', () => {
    let read = 0;
    for (const c of innocentSubgroup(100, 4833)) {
      const r = checked(c.text);
      if (!r.ok) continue;
      read++;
      expect(leaks(r, c), c.text).toEqual([]);
    }
    expect(read).toBeGreaterThanOrEqual(95);
  }, 120_000);
  it('misplacedShares (4842, 100): a generic 割合（%） after a line it is not of, fitting it by chance: none leaking', () => {
    for (const c of misplacedShares(100, 4842)) {
      const r = checked(c.text);
      if (r.ok) expect(leaks(r, c), c.text).toEqual([]);
    }
  }, 120_000);
  it('misplacedShares innocent (4843, 100): the share of the line before, read but where the other reading is as good', () => {
    let read = 0;
    for (const c of misplacedShares(100, 4843, true)) if (checked(c.text).ok) read++;
    expect(read).toBeGreaterThanOrEqual(95);
  }, 120_000);
});
