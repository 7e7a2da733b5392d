/**
 * ranks66 (issue #11), ranks66-families.ts: extremes and ranks of shares each over its own N, and bare ranks.
 *
 * - Bare ranks 「1」「2」 (rows, under no word of order) over 「n/N」 cells of differing N: 121a65ac read them untied where
 *   a borrowed N fitted, and a reader who took them for the two largest n/N got the hidden B病院・死亡 7 back (its N 32
 *   printed beside it). Now read as ranks where the shares fit the r-th n/N at every position, and tied (said).
 * - An extreme or a top k 「1位」「2位」 of such shares (extremes62: refused in words, `header/extreme-own-n`): now read and
 *   tied — the share the count of the cell it reaches (hidden with it), each other cell's n at most (least) the count
 *   the share allows of its own N while the share is published (read.ts `ownNExtremes`, system.ts), said.
 * - Such a share fitting two count tables (施設別 and 診療科別): tied to every one (extremes63), not the first only.
 * - Bare ranks as column headers 「年,1,2,3」 over shares (121a65ac: `header/values`): read as ranks where they are tied
 *   (`shareTopK`, `ownNExtremes`), said; else refused as values, as before.
 *
 * `ROOT=<tree>` runs it against another tree (fails on 121a65ac).
 */
import { describe, expect, it } from 'vitest';
import { fracAttack, type FracCase } from './extremes62-families.ts';
import { expectHidden, sharesChecker, statusOf } from './helpers.ts';
import { rankCases } from './ranks66-families.ts';

const { highs, run, read } = await sharesChecker();

const hospitals = ['A病院', 'B病院', 'C病院', 'D病院', 'E病院', 'F病院'];
const years = ['死亡', '再入院', '合併症', '感染'];
const n = [
  [34, 24, 45, 23],
  [7, 11, 12, 10],
  [65, 42, 45, 37],
  [13, 21, 27, 26],
  [28, 28, 38, 31],
  [29, 50, 55, 50],
];
const Ni = [306, 32, 484, 199, 407, 474];
const t1 = [
  '# 表1 施設別の転帰（件数/患者数）',
  ['施設', ...years].join(','),
  ...hospitals.map((h, i) => [h, ...n[i]!.map((v) => `${v}/${Ni[i]}`)].join(',')),
].join('\n');
/** The two largest n/N of each item, one decimal. */
const shares = years.flatMap((_, j) =>
  hospitals
    .map((_, i) => n[i]![j]! / Ni[i]!)
    .sort((x, y) => y - x)
    .slice(0, 2)
    .map((r) => Math.round(1000 * r) / 10),
);
const fracCase = (text: string, labels?: string[]): FracCase => ({
  family: 'hand',
  text,
  hospitals,
  years,
  n,
  N: Ni.map((v) => years.map(() => v)),
  how: 'max',
  shares,
  ranks: [1, 2],
  ...(labels && { rankLabels: labels }),
});

describe('bare ranks over shares each over its own N (ranks66)', () => {
  it('rows 「1」「2」 under no word over 「n/N」: read as ranks and tied, B病院・死亡 7 not given back (121a65ac: pinned)', () => {
    const text = `${t1}\n\n# 表2 施設別割合（項目別）\n,${years.join(',')}\n${[0, 1]
      .map((q) => [`${q + 1}`, ...years.map((_, j) => `${shares[j * 2 + q]!.toFixed(1)}%`)].join(','))
      .join('\n')}\n`;
    const r = read(text);
    expect(fracAttack(fracCase(text, ['1', '2']), r)).toEqual([]);
    expectHidden(r, [1, 'B病院', '死亡'], [2, '1', '死亡']);
    expect(
      r.warnings?.some((w) => w.code === 'header/extreme-own-n' && /見出しは数だけで「位」も順を示す言葉もありませんが/.test(w.message)),
    ).toBe(true);
  });
  it('「上位」 「1位」「2位」 over 「n/N」 (extremes62: refused in words): read, tied, only the 7 and its share hidden', () => {
    const text = `${t1}\n\n# 表2 施設別割合の上位\n項目,1位,2位\n${years
      .map((y, j) => [y, ...[0, 1].map((q) => `${shares[j * 2 + q]!.toFixed(1)}%`)].join(','))
      .join('\n')}\n`;
    const r = read(text);
    expect(fracAttack(fracCase(text), r)).toEqual([]);
    expect(statusOf(r, 2, '死亡', '1位')).not.toBe('published');
    expect(statusOf(r, 2, '死亡', '2位')).toBe('published');
    expect(statusOf(r, 2, '再入院', '1位')).toBe('published');
  });
  it('columns 「項目,1,2」 over 「n/N」 (121a65ac: header/values): read as ranks and tied', () => {
    const text = `${t1}\n\n# 表2 施設別割合（項目別）\n項目,1,2\n${years
      .map((y, j) => [y, ...[0, 1].map((q) => `${shares[j * 2 + q]!.toFixed(1)}%`)].join(','))
      .join('\n')}\n`;
    const r = read(text);
    expect(fracAttack(fracCase(text, ['1', '2']), r)).toEqual([]);
  });
  it('columns 「項目,1,2」 over shares that are no ranks: refused as a header of values, as before', () => {
    const text = `${t1}\n\n# 表2 施設別の紹介割合\n項目,1,2\n${years.map((y, j) => `${y},${(12.3 + j).toFixed(1)}%,${(5.1 + j).toFixed(1)}%`).join('\n')}\n`;
    const r = run(text);
    expect(r.ok).toBe(false);
    expect(r.errors?.map((e) => e.code)).toContain('header/values');
  });
  it('an extreme of own-N shares fitting two count tables (施設別 first, 診療科別 after): tied to both, said (first fit only: 内科 7 given back)', () => {
    const text = `# 表1 施設別の転帰（件数/患者数）
施設,死亡,再入院,合併症
A病院,46/210,63/210,84/210
B病院,30/300,60/300,100/300
C病院,20/250,50/250,90/250

# 表2 診療科別の転帰（件数/患者数）
診療科,死亡,再入院,合併症
内科,7/32,8/32,12/32
外科,40/250,75/250,100/250
小児科,15/150,30/150,50/150

# 表3 転帰別割合の最大
転帰,最大
死亡,21.9%
再入院,30.0%
合併症,40.0%
`;
    const r = read(text);
    // 内科・死亡, and both shares: 21.9% of 内科's N 32 is 7 only, 30.0% bounds its 8 under 10.
    expectHidden(r, [2, '内科', '死亡'], [3, '死亡', '最大'], [3, '再入院', '最大']);
    expect(r.warnings?.some((w) => w.code === 'header/extreme-own-n' && /表1の最大・表2の最大のどれにも当てはまり/.test(w.message))).toBe(
      true,
    );
  });
  it('family slice (seed 5310, 10 a kind): none leaked, read but for a row N under its items (header/n-below-sum)', async () => {
    const { measure } = await import('./extremes62-families.ts');
    const m = await measure(rankCases(10, 5310), (c, r) => c.attack(r), highs);
    for (const [k, f] of Object.entries(m)) {
      expect(f.leaked, k).toBe(0);
      expect(Object.keys(f.codes).filter((c) => c !== 'header/n-below-sum' && c !== 'total/almost')).toEqual([]);
    }
    expect(Object.values(m).reduce((s, f) => s + f.read, 0)).toBeGreaterThan(0);
    // Innocents (5311): refused only as before — no N, or a header of values.
    const i = await measure(rankCases(10, 5311, true), (c, r) => c.attack(r), highs);
    for (const f of Object.values(i))
      expect(Object.keys(f.codes).filter((c) => c !== 'percent/no-denominator' && c !== 'header/values')).toEqual([]);
  }, 240_000);
});
