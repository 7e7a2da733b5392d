/**
 * ext70 (issue #11), ext70-families.ts: a line of shares under NO word equal at every position to the r-th (r > 1)
 * largest (smallest) share of a count table's line.
 *
 * - Over own Ns (「n/N」): 7c1c4e43 refused it (`percent/no-denominator`) or, an N borrowed, read it untied — a reader
 *   who finds the shares fit the second largest n/N took the hidden cell reaching it back (E病院・合併症 7 = 25.0% of 28,
 *   C病院 above it). Now read as that rank (read.ts `ownNExtremes` → `unwordedRanks`) and tied (system.ts `ownNTies`,
 *   the cells above at least it), said (チェッカーの推定, hint 「2位」 under 「上位」).
 * - Over one N a year (「n (p%)」 of the year's total): read untied on 7c1c4e43, the year's second smallest share gave
 *   D病院・2021年 3 back. Now tied as the r-th (`shareExtremes` → `rankLinesOf`, as `shareTopK` ties one rank).
 * - Innocents (other shares under no word, a hospital's own shares, extremes60's innocents under no word): as before.
 *
 * `ROOT=<tree>` runs it against another tree (fails on 7c1c4e43).
 */
import { describe, expect, it } from 'vitest';
import { fracAttack } from './extremes62-families.ts';
import { handHospitals } from './ext68-families.ts';
import { HAND_ONE, measureKind, rthAttack, type RthOneCase } from './ext70-families.ts';
import { sharesChecker, statusOf } from './helpers.ts';

const { run, read } = await sharesChecker();

const { text: t1, caseOf: handCase } = handHospitals(50);
const caseOf = (text: string, shares: number[], label: string) => handCase(text, 'max', shares, { ranks: [2], rankLabels: [label] });

const oneText = `${HAND_ONE.text}
# 表2 年別割合
年,割合
2020年,4.8%
2021年,5.5%
2022年,8.6%
2023年,10.8%
`;
const oneCase: RthOneCase = {
  family: 'hand',
  ...HAND_ONE,
  text: oneText,
  how: 'min',
  shares: [4.8, 5.5, 8.6, 10.8],
  rank: 2,
};

describe('shares under no word equal to the r-th of a line (ext70)', () => {
  it("a column 「割合」, the items' second largest n/N over own Ns (7c1c4e43: E病院・合併症 given back): read, tied, said", () => {
    const text = `${t1}\n# 表2 項目別の割合\n項目,割合\n死亡,12.3%\n再入院,14.6%\n合併症,25.0%\n`;
    const r = read(text);
    expect(fracAttack(caseOf(text, [12.3, 14.6, 25.0], '割合'), r)).toEqual([]);
    expect(statusOf(r, 1, 'E病院', '合併症')).not.toBe('published');
    const w = r.warnings?.find((x) => x.code === 'header/extreme-own-n');
    expect(w?.message).toMatch(/大きい順の 2 番目の割合と読みました/);
    expect(w?.message).toMatch(/題名にも見出しにも大きい順の 2 番目を示す言葉はありませんが.*（チェッカーの推定）/);
    expect(w?.message).toMatch(/題名に「上位」、見出しに「2位」と書いてください/);
  });
  it('a row 「値」 over the items: tied alike', () => {
    const text = `${t1}\n# 表2 施設別割合（項目別）\n,死亡,再入院,合併症\n値,12.3%,14.6%,25.0%\n`;
    const r = read(text);
    expect(fracAttack(caseOf(text, [12.3, 14.6, 25.0], '値'), r)).toEqual([]);
    expect(statusOf(r, 1, 'E病院', '合併症')).not.toBe('published');
  });
  it("over one N a year, the years' second smallest shares (7c1c4e43: D病院・2021年 3 given back): read, tied, said", () => {
    const r = read(oneText);
    expect(rthAttack(oneCase, r)).toEqual([]);
    expect(statusOf(r, 1, 'D病院', '2021年')).not.toBe('published');
    const w = r.warnings?.find((x) => x.code === 'header/extreme-share');
    expect(w?.message).toMatch(/小さい順の 2 番目の割合として読みました/);
    expect(w?.message).toMatch(/（チェッカーの推定）/);
    expect(w?.message).toMatch(/題名に「下位」、見出しに「2位」と書いてください/);
  });
  it('innocent: another count’s shares under no word, and a hospital’s own shares, read no rank', () => {
    const other = run(`${t1}\n# 表2 項目別の紹介割合\n項目,割合\n死亡,11.1%\n再入院,8.1%\n合併症,10.4%\n`);
    expect(other.ok ? other.warnings?.some((w) => /extreme/.test(w.code)) : false).toBe(false);
    // C病院's own n/N (12.3%, 12.3%, 30.7%): the second largest of 死亡 and the largest of 合併症 — its own line, not read.
    const own = run(`${t1}\n# 表2 施設の割合\n項目,C病院\n死亡,12.3%\n再入院,12.3%\n合併症,30.7%\n`);
    expect(own.ok ? own.warnings?.some((w) => /extreme/.test(w.code)) : false).toBe(false);
  });
  it("a share fitting two tables' largest (表1 and 表3) stays tied to both: tied to 表1 alone, 表2 published pins 外科・合併症 6 (25.0% of 24)", () => {
    // No fit is provably by chance: at every published position the share is both tables' largest, so a reader may take
    // it for either; dropping 表3's tie (an experiment tying the first table only) published 表2 whole and gave 外科 6 back.
    const text = `# 表1 施設別の転帰（件数/患者数）
施設,死亡,再入院,合併症
A病院,20/200,24/200,50/200
B病院,30/150,18/150,21/150
C病院,36/300,45/300,33/300
D病院,25/250,20/250,40/250

# 表2 項目別の割合
項目,割合
死亡,20.0%
再入院,15.0%
合併症,25.0%

# 表3 診療科別の転帰（診療科の患者数に対する割合）
診療科,死亡,再入院,合併症
内科 (N=200),40 (20.0%),20 (10.0%),30 (15.0%)
外科 (N=24),3 (12.5%),2 (8.3%),6 (25.0%)
小児科 (N=180),18 (10.0%),27 (15.0%),18 (10.0%)
`;
    const r = read(text);
    expect(statusOf(r, 3, '外科 (N=24)', '合併症')).not.toBe('published');
    // 表3's other 合併症 cells published under 25.0%: the share must not be published there.
    expect(statusOf(r, 2, '合併症', '割合')).not.toBe('published');
    expect(r.warnings?.some((w) => w.code === 'header/extreme-own-n' && /表1の最大・表3の最大のどれにも当てはまり/.test(w.message))).toBe(
      true,
    );
  });
  it('family slice (rth 5666, rth-one 5667, 10 each; innocent 5668, 6 a kind): none leaked; innocents as before', async () => {
    for (const kind of ['rth', 'rth-one'] as const) {
      const m = await measureKind(kind, 10, [5666 + (kind === 'rth' ? 0 : 1)]);
      let read = 0;
      for (const [k, f] of Object.entries(m)) {
        expect(f.leaked, k).toBe(0);
        expect(
          Object.keys(f.codes).filter((c) => c !== 'header/n-below-sum' && c !== 'total/almost'),
          k,
        ).toEqual([]);
        read += f.read;
      }
      expect(read, kind).toBeGreaterThanOrEqual(8);
    }
    const i = await measureKind('innocent', 6, [5668]);
    for (const f of Object.values(i)) expect(Object.keys(f.codes).filter((c) => c !== 'percent/no-denominator')).toEqual([]);
    expect(Object.values(i).reduce((s, f) => s + f.hidden, 0)).toBe(INNOCENT_HIDDEN);
  }, 240_000);
});

/** The innocents' hidden cells on 7c1c4e43 (seed 5668, 6 a kind), the same now. */
const INNOCENT_HIDDEN = 24;
