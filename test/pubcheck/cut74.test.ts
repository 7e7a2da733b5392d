/**
 * cut74 (issue #11, seeds 5850–5854): a share line over its 合計 (formats62's 「死亡率（%）」, rates.ts `joinLineShares`)
 * whose other base — the 合計 less a small line — fits only where the shares are read cut off (truncated), not rounded
 * (114 of 308 is 37.0%, printed 「37」; 114 of 303 is 37.6%, 「37」 cut off only). `leftOut` searched rounded bases only,
 * so the share was joined to its count and published beside the small line's hidden count: a reader who takes the
 * shares as cut off reads 追跡不能 0–7 (oracle74-families innocent62, 5850 case 18). oracle74 tried the hull of both
 * conventions' bases in one search: it widened the room the rounded bound is taken from (subgroup62 leaked 21 of 180).
 * Now each convention is a reading of its own — rounded searched first, then cut off, each with its own bases and bound,
 * never merged — and a share that fits the smaller base cut off is set aside as a rounded one is (hidden wherever a
 * count of its position is, check.ts `lineShareRows` proving any it publishes), said. Run with ROOT=/tmp/<base> to see
 * the base fail.
 */
import { describe, expect, it } from 'vitest';
import { checkerOfRoot } from './helpers.ts';
import { casesOf, runCase } from './oracle74-families.ts';
import type { Joined } from './formats35-families.ts';

const { check, highs, bundle } = await checkerOfRoot();
const checked = (text: string) => check(highs, bundle, text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });

/** A hand-made case: the raw text (the share a line of its own) and the text with each share joined to its count. */
function share(rows: (string | number)[][], byRows: boolean): Joined {
  const t = (rs: (string | number)[][]) => ['表1 転帰（A群・B群）', ...rs.map((r) => r.join('\t'))].join('\n') + '\n';
  const turn = (rs: (string | number)[][]) => rs[0]!.map((_, j) => rs.map((r) => r[j]!));
  const rateAt = rows.length - 1;
  const joinedRows = rows.slice(0, -1).map((r, y) => (y === 1 ? r.map((x, j) => (j === 0 ? x : `${x} (${rows[rateAt]![j]}%)`)) : r));
  return {
    text: t(byRows ? rows : turn(rows)),
    joined: t(byRows ? joinedRows : turn(joinedRows)),
  } as unknown as Joined;
}

/** review75: an outcome table's rows — A群's and B群's 死亡, 生存, 転院, 追跡不能, 合計 and 死亡率（%） (in that order). */
const outcome = (a: number[], b: number[]): (string | number)[][] => [
  ['', 'A群', 'B群'],
  ...['死亡', '生存', '転院', '追跡不能', '合計', '死亡率（%）'].map((label, i) => [label, a[i]!, b[i]!]),
];

/** oracle74-families innocent62 5850 case 18: 37 and 17 fit 合計 − 追跡不能 (303, 331) cut off at both columns. */
const CUT = outcome([114, 86, 103, 5, 308, 37], [58, 142, 131, 8, 339, 17]);
/**
 * The other base fits cut off at A群 alone (B群: 5 of 306 is 1.6%, printed 「2」, not cut off) — B群's share hidden with
 * its count 5, a reader sees A群's only (oracle74's one-position reading, here cut off).
 */
const CUT_ONE = outcome([114, 86, 103, 5, 308, 37], [5, 140, 131, 30, 306, 2]);
/** Innocent: 追跡不能 12 — 114 of 296 is 38.5%, fitting 「37」 neither way; the share read with its count (formats62). */
const INNOCENT = outcome([114, 86, 96, 12, 308, 37], [58, 142, 131, 18, 349, 17]);

const leakOf = (c: Joined) => runCase(highs, checked, { share: c });

describe('cut74: a share whose other base fits only cut off', () => {
  for (const [name, rows, byRows] of [
    ['CUT (a row)', CUT, true],
    ['CUT (a column)', CUT, false],
    ['CUT_ONE (one column alone)', CUT_ONE, true],
  ] as const)
    it(`${name}: the share set aside, no small count given back under any reading (rounded or cut off)`, () => {
      const c = share(rows as (string | number)[][], byRows);
      const o = leakOf(c);
      expect(o.read).toBe(true);
      expect(o.any).toEqual([]);
      const r = checked(c.text);
      if (!r.ok) return;
      const w = r.warnings.find((x) => x.code === 'layout/share' && /切り捨て/.test(x.message));
      expect(w?.message).toMatch(/「追跡不能」の数が 0〜7（閾値 10 未満）/);
      expect(w?.message).toMatch(/チェッカーの判断/);
      expect(w?.message).toMatch(/分母の(行|列)（「患者数」「評価可能例数」など）を表に加えて/);
    });
  it('INNOCENT: no smaller base fits either way — the share stays joined to its count and published', () => {
    const c = share(INNOCENT, true);
    const o = leakOf(c);
    expect(o.read).toBe(true);
    expect(o.any).toEqual([]);
    expect(o.rates).toEqual([2, 2]);
    const r = checked(c.text);
    expect(r.ok && r.warnings.some((x) => /切り捨て/.test(x.message))).toBe(false);
  });
  it('the rounded reading keeps its own bound (redd62: 114 and 70% over 164 or 163, 追跡不能 0–2)', () => {
    const r = checked(
      share(
        [
          ['', 'A群', 'B群'],
          ['死亡', 114, 33],
          ['生存', 49, 128],
          ['追跡不能', 1, 6],
          ['合計', 164, 167],
          ['死亡率（%）', 70, 20],
        ],
        true,
      ).text,
    );
    expect(r.ok).toBe(true);
    const w = r.ok ? r.warnings.find((x) => x.code === 'layout/share' && /追跡不能/.test(x.message)) : undefined;
    expect(w?.message).toMatch(/「追跡不能」の数が 0〜2/);
    expect(w?.message).not.toMatch(/切り捨て/);
  });
  it('innocent62 (5850, 30): none leaking under any reading', () => {
    const leaked: string[] = [];
    for (const [q, c] of casesOf('innocent62', 30, 5850).entries()) {
      const o = runCase(highs, checked, c);
      if (o.any.length > 0) leaked.push(`${q}: ${o.any.join(' ')}`);
    }
    expect(leaked).toEqual([]);
  }, 120_000);
});
