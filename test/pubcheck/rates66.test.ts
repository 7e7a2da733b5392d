/**
 * rates66 (issue #11): formats62's rate line 「死亡率（%）」 read over its 合計 whose true base is the SUM of lines of
 * another table under the same group labels (表2's 「解析対象」+「除外」, the 「登録」 it does not print; 表1's
 * 「男性」+「女性」 under 表2's rate). redh64's `sharesOverOtherLines` tried one line at a time, so on 121a65ac such a
 * table was read and the rate published with its count, bounding the small line over its true base (114 (70%) over
 * 163 + 1 or 163: 除外 0–1; rates66-families.ts split 5260 and parts 5262: 100 of 100 leaked each to
 * formats33-attack.ts). Now sets of two or more lines are searched (rates.ts `overSumOfLines`) and the table refused in
 * words (`percent/missing-base`, the checker's judgement).
 *
 * (b) A rate beside its counts that fits its 合計 and the 合計 less a small line (redd62/redh64: refused, ~21% of the
 * innocents of 14+ lines, redh64-families 5051/5053) is now read: the rate set aside as a rate over the 合計
 * (rates.ts `joinLineShares`, a `RateReading`), hidden wherever a count of its position or the 合計 is hidden, said
 * as the checker's judgement with the bound it would give. Run with ROOT=/tmp/<base> to see the base fail.
 */
import { describe, expect, it } from 'vitest';
import { checkerOfRoot, codesOf, readNoneLeaking } from './helpers.ts';
import { crossSum } from './rates66-families.ts';
import { innocentMany, manyLines, twoLeftOut } from './redh64-families.ts';
import { leaks, ratesShown } from './formats33-attack.ts';

const { check, highs, bundle } = await checkerOfRoot();
const checked = (text: string) => check(highs, bundle, text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });

const RATE = [
  '表1 転帰',
  ['', '死亡', '生存', '合計', '死亡率（%）'].join('\t'),
  ['A群', '114', '49', '163', '70'].join('\t'),
  ['B群', '33', '128', '161', '20'].join('\t'),
];
const second = (title: string, head: string[], a: number[], b: number[]) => [
  '',
  title,
  ['', ...head].join('\t'),
  ['A群', ...a].join('\t'),
  ['B群', ...b].join('\t'),
];
/** 表2 prints 解析対象 and 除外, not 登録: 114 ÷ 164 and 114 ÷ 163 are both 70%, 33 ÷ 167 and 33 ÷ 161 both 20%. */
const SPLIT = [...RATE, ...second('表2 解析対象', ['解析対象', '除外'], [163, 1], [161, 6])].join('\n');
/** 表2's background lines sum to 164 and 167 (不明 2 and 6): over that sum the rate gives 不明 0–2. */
const PARTS = [...RATE, ...second('表2 年齢', ['65歳未満', '65歳以上', '不明'], [80, 82, 2], [90, 71, 6])].join('\n');
/** The rate in 表2 over 表1's 男性 + 女性 (158 + 6 = 164, 150 + 17 = 167): 女性 4–6 at A群. */
const SEXES = [
  '表1 患者背景',
  ['', '男性', '女性'].join('\t'),
  ['A群', '158', '6'].join('\t'),
  ['B群', '150', '17'].join('\t'),
  '',
  RATE.join('\n').replace('表1 転帰', '表2 転帰'),
].join('\n');
/** Innocent: 除外 7 (114 ÷ 170 is 67%), and 男性 + 女性 the 合計 itself: read as formats62 reads them. */
const SPLIT_INNOCENT = SPLIT.replace('163\t1', '163\t7');
const SEXES_INNOCENT = SEXES.replace('158\t6', '158\t5').replace('150\t17', '150\t11');

describe("rates66: a rate over its 合計 that fits the sum of another table's lines", () => {
  for (const [name, text, words] of [
    ['SPLIT', SPLIT, /表2の列「解析対象」・「除外」の和に対する割合とも.*114 ÷ 164 も 114 ÷ 163 も 70%.*「除外」の数が 0〜1/],
    ['PARTS', PARTS, /「65歳未満」・「65歳以上」・「不明」の和.*「不明」の数が 0〜2/],
    ['SEXES', SEXES, /表1の列「男性」・「女性」の和.*「女性」の数が 4〜6/],
  ] as const)
    it(`refuses ${name} in words, the checker's judgement`, () => {
      const r = checked(text);
      expect(r.ok, text).toBe(false);
      if (r.ok) return;
      const e = r.errors.find((x) => x.code === 'percent/missing-base');
      expect(e?.message).toMatch(words);
      expect(e?.message).toMatch(/チェッカーの判断/);
      expect(e?.hint).toMatch(/分母/);
    });
  for (const [name, text] of Object.entries({ SPLIT_INNOCENT, SEXES_INNOCENT }))
    it(`reads ${name}`, () => {
      expect(codesOf(checked(text)), text).toBe('');
    });
  for (const [name, cases] of Object.entries({ split: crossSum(25, 5264, 'split'), parts: crossSum(25, 5266, 'parts') }))
    it(`${name} (25): none read and leaking to formats33-attack.ts over the rate's true base`, () => {
      let refused = 0;
      for (const c of cases) {
        const r = checked(c.text);
        if (r.ok) expect(leaks(r, c), c.text).toEqual([]);
        else refused++;
      }
      expect(refused).toBeGreaterThanOrEqual(20);
    }, 120_000);
  for (const [name, cases] of Object.entries({
    innocentSplit: crossSum(25, 5265, 'split', true),
    innocentParts: crossSum(25, 5267, 'parts', true),
  }))
    it(`${name} (25): the rate over the 合計, read unless it fits the sum too`, () => {
      let read = 0;
      for (const c of cases) {
        const r = checked(c.text);
        if (!r.ok) continue;
        read++;
        expect(leaks(r, c), c.text).toEqual([]);
      }
      expect(read).toBeGreaterThanOrEqual(22);
    }, 120_000);
});

/** 114 ÷ 163 and 114 ÷ 164 both 70%, 33 ÷ 163 and 33 ÷ 169 both 20%, beside 13 lines and 追跡不能 (1, 6): 追跡不能 0–2. */
const middle = Array.from({ length: 13 }, (_, k) => `区分${k + 1}`);
const FOURTEEN = [
  '表1 転帰（A群・B群）',
  ['', '死亡', ...middle, '追跡不能', '合計', '死亡率（%）'].join('\t'),
  ['A群', '114', ...middle.map((_, k) => (k < 1 ? '1' : '4')), '1', '164', '70'].join('\t'),
  ['B群', '33', ...middle.map((_, k) => (k < 8 ? '10' : k < 12 ? '12' : '2')), '6', '169', '20'].join('\t'),
].join('\n');

describe('rates66 (b): a rate that fits its 合計 and the 合計 less a small line, read and hidden', () => {
  it("reads FOURTEEN, the rate set aside over 合計 and hidden in both rows (said, the checker's judgement)", () => {
    const r = checked(FOURTEEN);
    expect(r.ok, r.ok ? '' : JSON.stringify(r.errors)).toBe(true);
    if (!r.ok) return;
    const w = r.warnings.find((x) => x.code === 'layout/share' && /追跡不能/.test(x.message));
    expect(w?.message).toMatch(/「追跡不能」の数が 0〜2（閾値 10 未満）.*秘匿するところでは割合も秘匿します/);
    expect(w?.message).toMatch(/チェッカーの判断/);
    expect([...ratesShown(r).values()].flat()).toEqual([false, false]);
  });
  for (const [name, cases] of Object.entries({
    many: manyLines(20, 5268),
    two: twoLeftOut(20, 5269),
    innocent: innocentMany(20, 5270),
  }))
    it(`${name} (20): read (none refused for the rate), none leaking to formats33-attack.ts (the hidden rates taken out)`, () => {
      expect(readNoneLeaking(checked, cases)).toBeGreaterThanOrEqual(18);
    }, 120_000);
});

describe('rates66: the search over sums of lines is bounded and says when it stops', () => {
  it('forty small lines whose sets all fit under the base: stopped, not passed', async () => {
    const { overSumOfLines } = await import('../../src/pubcheck/rates.ts');
    const lines = Array.from({ length: 40 }, () => [5]);
    expect(overSumOfLines([{ count: 50, rate: '50.0', base: 100 }], lines, 10)).toEqual({ stopped: true });
  });
  it('two lines that sum to a base under the rate: found with its bound', async () => {
    const { overSumOfLines } = await import('../../src/pubcheck/rates.ts');
    const found = overSumOfLines([{ count: 114, rate: '70', base: 163 }], [[161], [3]], 10);
    expect(found && 'lines' in found ? found.lines : found).toEqual([0, 1]);
  });
});
