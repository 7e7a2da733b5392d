/**
 * redh64 (issue #11): formats62's rate line 「死亡率（%）」 beside more than 12 count lines, its true base the 合計 less a
 * line past the 12th (「追跡不能」 last). redd62's `leftOut` (rates.ts `joinLineShares`) tried the sets of the first 12
 * other lines only, so on db0a70d1 such a table was read and the rate published with its count, bounding the small
 * line (114 and 70% over 163 or 162: 追跡不能 0–1; redh64-families.ts `many` 5050: 58 of 100 leaked to
 * formats33-attack.ts). Now every other line is searched (depth first, pruned by what the rate leaves) and the table
 * refused in words (`percent/missing-base`, the checker's judgement); since rates66 read, the rate set aside over the
 * 合計 and hidden where a count of its line is (said). Run with ROOT=/tmp/<base> to see the base fail.
 */
import { describe, expect, it } from 'vitest';
import { checkerOfRoot, codesOf } from './helpers.ts';
import { crossBase, innocentMany, manyLines, twoLeftOut } from './redh64-families.ts';
import { leaks, ratesShown } from './formats33-attack.ts';

const { check, highs, bundle } = await checkerOfRoot();
const checked = (text: string) => check(highs, bundle, text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });

const tsv = (rows: string[][]) => ['表1 転帰（A群・B群）', ...rows.map((r) => r.join('\t'))].join('\n');
const middle = Array.from({ length: 12 }, (_, k) => `区分${k + 1}`);
/** 114/163 and 114/162 are both 70%; 33/167 and 33/161 both 20%: the rate over 合計 − 追跡不能 (the 14th line) gives it 0–1. */
const rows = (a: string, b: string) => [
  ['', '死亡', ...middle, '追跡不能', '合計', '死亡率（%）'],
  ['A群', '114', ...middle.map(() => '4'), '1', '163', a],
  ['B群', '33', ...middle.map((_, k) => (k < 8 ? '10' : '12')), '6', '167', b],
];
const MANY = tsv(rows('70', '20'));
const transpose = (g: string[][]) => g[0]!.map((_, x) => g.map((r) => r[x]!));
const MANY_ROW = tsv(transpose(rows('70', '20')));
/** The rate to one decimal fits the 合計 only (114/162 is 70.4%): read as formats62 reads it. */
const ONE_DECIMAL = tsv(rows('69.9', '19.8'));

/**
 * A whole-per-cent rate of 20 over 2,023 (1%: any base 1,334–2,023) beside 20 lines of 100 and a small one: many sets
 * of lines fit that room, none bounds the small line (their sums are hundreds): searched whole (sets standing alike
 * searched once) and read as formats62 reads it.
 */
const many20 = Array.from({ length: 20 }, (_, k) => `区分${k + 1}`);
const HUNDREDS = tsv([
  ['', '死亡', ...many20, '追跡不能', '合計', '死亡率（%）'],
  ['A群', '20', ...many20.map(() => '100'), '3', '2023', '1'],
  ['B群', '20', ...many20.map(() => '100'), '5', '2025', '1'],
]);

describe('redh64: a rate over its 合計 that fits the 合計 less a line past the 12th', () => {
  for (const [name, text] of Object.entries({ MANY, MANY_ROW }))
    it(`rates66: reads ${name} with the rate set aside over 合計 and hidden where a count of its line is (said, the checker's judgement)`, () => {
      const r = checked(text);
      expect(r.ok, r.ok ? '' : JSON.stringify(r.errors)).toBe(true);
      if (!r.ok) return;
      const w = r.warnings.find((x) => x.code === 'layout/share' && /追跡不能/.test(x.message));
      expect(w?.message).toMatch(/チェッカーの判断/);
      expect(w?.message).toMatch(/「追跡不能」の数が 0〜1/);
      expect([...ratesShown(r).values()].flat()).toEqual([false, false]);
    });
  it('reads HUNDREDS: every set searched, none bounding the small line', () => {
    const r = checked(HUNDREDS);
    expect(r.ok, r.ok ? '' : JSON.stringify(r.errors)).toBe(true);
    if (r.ok) expect(r.warnings.map((w) => w.code)).toContain('layout/share');
  });
  it('reads ONE_DECIMAL as formats62 does', () => {
    expect(codesOf(checked(ONE_DECIMAL)), ONE_DECIMAL).toBe('');
  });
  for (const [name, cases] of Object.entries({ many: manyLines(30, 5054), two: twoLeftOut(30, 5055) }))
    it(`${name} (30): none leaking to formats33-attack.ts over the rate's true base`, () => {
      for (const c of cases) {
        const r = checked(c.text);
        if (r.ok) expect(leaks(r, c), c.text).toEqual([]);
      }
    }, 120_000);
  it('innocent (5056, 30): the rate over the 合計, read (rates66: where the one line alone fits too, the rate hidden where a count is)', () => {
    let read = 0;
    for (const c of innocentMany(30, 5056)) {
      const r = checked(c.text);
      if (!r.ok) {
        expect(codesOf(r)).toBe('percent/missing-base');
        continue;
      }
      read++;
      expect(leaks(r, c), c.text).toEqual([]);
    }
    expect(read).toBe(30);
  }, 120_000);
});

/** 表1's 死亡率 over 表2's 登録 (= 合計 + 除外): 114 ÷ 164 and 114 ÷ 163 both 70%, so the rate bounds 登録 and 除外 (0–1). */
const CROSS = [
  '表1 転帰',
  ['', '死亡', '生存', '合計', '死亡率（%）'].join('\t'),
  ['A群', '114', '49', '163', '70'].join('\t'),
  ['B群', '33', '128', '161', '20'].join('\t'),
  '',
  '表2 解析対象',
  ['', '登録', '除外', '解析対象'].join('\t'),
  ['A群', '164', '1', '163'].join('\t'),
  ['B群', '167', '6', '161'].join('\t'),
].join('\n');
/** The same 表2 with 登録 that the rate does not fit (114 ÷ 170 is 67%): read as formats62 reads it. */
const CROSS_INNOCENT = CROSS.replace('164\t1\t163', '170\t7\t163');

describe("redh64: a rate over its 合計 that fits another table's line under the same labels", () => {
  it("refuses CROSS in words, naming the other table's line (the checker's judgement)", () => {
    const r = checked(CROSS);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const e = r.errors.find((x) => x.code === 'percent/missing-base');
    expect(e?.message).toMatch(/表2の列「登録」.*114 ÷ 164 も 114 ÷ 163 も 70%.*チェッカーの判断/);
  });
  it('reads CROSS_INNOCENT', () => {
    const r = checked(CROSS_INNOCENT);
    expect(r.ok, r.ok ? '' : JSON.stringify(r.errors)).toBe(true);
  });
  it('crossBase (5066, 30): none leaking; innocent (5067, 30): all read', () => {
    for (const c of crossBase(30, 5066)) {
      const r = checked(c.text);
      if (r.ok) expect(leaks(r, c), c.text).toEqual([]);
    }
    for (const c of crossBase(30, 5067, true)) expect(checked(c.text).ok, c.text).toBe(true);
  }, 120_000);
});
