/**
 * ext72 (issue #11), ext72-families.ts: a rank's label (「2位」「第3位」) under no word of order that `shareTopK` left
 * untied — a rank alone on its axis, ranks not of one order (「1位」 the largest, 「2位」 the second smallest), the last
 * ranks of an order (「6位」「7位」 of 7). 7b46c002 read such a line only as a rank where every rank fitted one order
 * (and the last rank not at all: `across.length <= rank`), never as an r-th from either end: a reader who found 「2位」
 * fits each year's second smallest share got the complement hidden beside the small count back (D病院・2020年 10 via
 * F病院・2020年 11 = 4.8%). Now read as every r-th it fits (read.ts `shareExtremes`, `tiedLine`), tied, said
 * (チェッカーの推定, hint 「上位」「下位」). Over own Ns (「n/N」) a rank fitting both ends is tied to both (`ownNExtremes`).
 *
 * `ROOT=<tree>` runs it against another tree (fails on 7b46c002).
 */
import { describe, expect, it } from 'vitest';
import { HAND_ONE } from './ext70-families.ts';
import { handColumn as column, handRankCase as caseOf, measureKind, rankAttack } from './ext72-families.ts';
import { sharesChecker, statusOf } from './helpers.ts';

const { read } = await sharesChecker();

const { text: t1, years } = HAND_ONE;
const second = [4.8, 5.5, 8.6, 10.8];
const smallest = [4.3, 1.4, 6.0, 9.1];

describe('a rank label under no word of order read as every r-th it fits (ext72)', () => {
  it('「2位」 alone, each year’s second smallest (7b46c002: F病院・2020年 11 and D病院 10 given back): read, tied, said', () => {
    const c = caseOf(column(['2位'], [second]), [{ label: '2位', rank: 2, how: 'min', shares: second }]);
    const r = read(c.text);
    expect(rankAttack(c, r)).toEqual([]);
    const w = r.warnings?.find((x) => x.code === 'header/extreme-share');
    expect(w?.message).toMatch(/小さい順の 2 番目の割合として読みました/);
    expect(w?.message).toMatch(/見出し「2位」は順位ですが.*（チェッカーの推定）/);
    expect(w?.message).toMatch(/題名に「上位」か「下位」を書き/);
  });
  it('「第2位」 as a row over the years: tied alike', () => {
    const t2 = `# 表2 施設別割合（年別）\n,${years.join(',')}\n第2位,${second.map((v) => `${v.toFixed(1)}%`).join(',')}\n`;
    const c = caseOf(t2, [{ label: '第2位', rank: 2, how: 'min', shares: second }]);
    expect(rankAttack(c, read(c.text))).toEqual([]);
  });
  it('「1位」 the largest beside 「2位」 the second smallest (no one order): each line tied to what it fits', () => {
    const largest = [25.2, 22.1, 22.4, 20.6];
    const c = caseOf(column(['1位', '2位'], [largest, second]), [
      { label: '1位', rank: 1, how: 'max', shares: largest },
      { label: '2位', rank: 2, how: 'min', shares: second },
    ]);
    expect(rankAttack(c, read(c.text))).toEqual([]);
  });
  it('「6位」「7位」 of 7 hospitals, the largest first (the second smallest and the smallest): tied as ranks', () => {
    const c = caseOf(column(['6位', '7位'], [second, smallest]), [
      { label: '6位', rank: 6, how: 'max', shares: second },
      { label: '7位', rank: 7, how: 'max', shares: smallest },
    ]);
    const r = read(c.text);
    expect(rankAttack(c, r)).toEqual([]);
    expect(r.warnings?.some((w) => w.code === 'header/extreme-share' && /大きい順の 6・7 番目/.test(w.message))).toBe(true);
  });
  it('over own Ns, 「2位」 fitting the second largest and the second smallest (B, C at one share): tied to both', () => {
    const text = `# 表1 施設別の転帰（施設の患者数に対する割合）
施設,死亡,再入院
A病院 (N=216),52 (24.1%),39 (18.1%)
B病院 (N=217),35 (16.1%),28 (12.9%)
C病院 (N=31),5 (16.1%),4 (12.9%)
D病院 (N=378),39 (10.3%),27 (7.1%)

# 表2 項目別の割合
項目,2位
死亡,16.1%
再入院,12.9%
`;
    const r = read(text);
    expect(statusOf(r, 1, 'C病院 (N=31)', '死亡')).not.toBe('published');
    expect(
      r.warnings?.some(
        (w) => w.code === 'header/extreme-own-n' && /表1の大きい順の 2 番目・表1の小さい順の 2 番目のどれにも/.test(w.message),
      ),
    ).toBe(true);
  });
  it('innocent: 「2位」 over another count’s shares reads no rank', () => {
    const other = read(column(['2位'], [[11.3, 9.2, 13.1, 7.7]]).replace(/^/, `${t1}\n`));
    expect(other.warnings?.some((w) => /extreme/.test(w.code))).toBe(false);
  });
  it('family slice (rank 5746 12, innocent 5747 8): none leaked; innocents hide as on 7b46c002', async () => {
    const m = await measureKind('rank', 12, [5746]);
    for (const [k, f] of Object.entries(m)) {
      expect(f.leaked, k).toBe(0);
      expect(f.refused, k).toBe(0);
    }
    const i = await measureKind('innocent', 8, [5747]);
    for (const f of Object.values(i)) expect(f.refused).toBe(0);
    expect(Object.values(i).reduce((s, f) => s + f.hidden, 0)).toBe(INNOCENT_HIDDEN);
  }, 240_000);
});

/** The innocents' hidden cells on 7b46c002 (seed 5747, 8), the same now. */
const INNOCENT_HIDDEN = 37;
