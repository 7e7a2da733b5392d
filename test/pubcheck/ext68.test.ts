/**
 * ext68 (issue #11), ext68-families.ts: a line of shares under NO word (no 「最大」「最小」, no 「1位」) equal at every
 * position to the largest (smallest) n/N of a count table's line whose cells are each over their own N.
 *
 * - eb81e31d read such a line untied where an N was borrowed for it (「n/N」 cells): a reader who finds the shares fit
 *   the largest n/N got the hidden E病院・合併症 7 back (25.0% of its N 28, printed beside it). Now read as the extreme
 *   (read.ts `ownNExtremes`, `unworded`) and tied (system.ts `ownNTies`), said (チェッカーの推定, a hint).
 * - Where no N fitted it (「n (p%)」 under 「B病院 (N=415)」) it was refused (`percent/no-denominator`): now read, tied.
 * - Over ONE N a year (「n (p%)」 of the year's total, extremes60's layout): eb81e31d read a line of the years' smallest
 *   shares under no word untied (`shareExtremes` wanted a word), and C病院・2023年 3 came back (2.3% of 133). Now read
 *   as the extreme where it fits (`unworded`), tied, said.
 * - Innocents — other shares under no word, one hospital's own shares that are no extreme — as before.
 *
 * `ROOT=<tree>` runs it against another tree (fails on eb81e31d).
 */
import { describe, expect, it } from 'vitest';
import { shareAttack } from './extremes60-families.ts';
import { fracAttack, measure } from './extremes62-families.ts';
import { extCases, handHospitals, oneCases } from './ext68-families.ts';
import { expectHidden, sharesChecker, statusOf } from './helpers.ts';

const { highs, run, read } = await sharesChecker();

const { text: maxText, caseOf: handCase } = handHospitals(24);
const caseOf = (text: string, how: 'max' | 'min' | 'none', shares: number[], rankLabels?: string[]) =>
  handCase(text, how, shares, rankLabels && { rankLabels });

describe('shares under no word equal to an own-N extreme (ext68)', () => {
  it("a column 「割合」 under 「項目別の割合」, the items' largest n/N (eb81e31d: E病院・合併症 pinned to 7): read, tied, said", () => {
    const text = `${maxText}\n# 表2 項目別の割合\n項目,割合\n死亡,35.7%\n再入院,42.9%\n合併症,25.0%\n`;
    const r = read(text);
    expect(fracAttack(caseOf(text, 'max', [35.7, 42.9, 25.0]), r)).toEqual([]);
    expect(statusOf(r, 1, 'E病院', '合併症')).not.toBe('published');
    const w = r.warnings?.find((x) => x.code === 'header/extreme-own-n');
    expect(w?.message).toMatch(/題名にも見出しにも最大を示す言葉はありませんが.*（チェッカーの推定）/);
    expect(w?.message).toMatch(/見出しに「最大」と書いてください/);
  });
  it('a row 「値」 over the items (a row under no word): tied alike', () => {
    const text = `${maxText}\n# 表2 施設別割合（項目別）\n,死亡,再入院,合併症\n値,35.7%,42.9%,25.0%\n`;
    const r = read(text);
    expect(fracAttack(caseOf(text, 'max', [35.7, 42.9, 25.0], ['値']), r)).toEqual([]);
    expect(statusOf(r, 1, 'E病院', '合併症')).not.toBe('published');
  });
  it('the smallest 「n (p%)」 under 「B病院 (N=415)」 (eb81e31d: refused, no N): read and tied', () => {
    const text = `# 表1 施設別の転帰（施設の患者数に対する割合）
施設,死亡,再入院,合併症
A病院 (N=184),11 (6.0%),11 (6.0%),22 (12.0%)
B病院 (N=415),23 (5.5%),50 (12.0%),3 (0.7%)
C病院 (N=239),14 (5.9%),28 (11.7%),21 (8.8%)
D病院 (N=352),48 (13.6%),33 (9.4%),19 (5.4%)

# 表2 施設別割合（項目別）
項目,値
死亡,5.5%
再入院,6.0%
合併症,0.7%
`;
    const r = read(text);
    expectHidden(r, [1, 'B病院', '合併症'], [2, '合併症', '値']);
    expect(r.warnings?.some((w) => w.code === 'header/extreme-own-n' && /最小を示す言葉はありません/.test(w.message))).toBe(true);
  });
  it("over one N a year: 「年別の割合」「値」, the years' smallest shares (eb81e31d: C病院・2023年 3 given back): read, tied, said", () => {
    const text = `# 表1 年別死亡数（施設別の割合）
施設,2020年,2021年,2022年,2023年,合計
A病院,30 (27.3%),41 (33.1%),17 (11.2%),40 (30.1%),128 (24.7%)
B病院,18 (16.4%),16 (12.9%),41 (27.0%),51 (38.3%),126 (24.3%)
C病院,30 (27.3%),12 (9.7%),48 (31.6%),3 (2.3%),93 (17.9%)
D病院,32 (29.1%),55 (44.4%),46 (30.3%),39 (29.3%),172 (33.1%)
合計,110 (100.0%),124 (100.0%),152 (100.0%),133 (100.0%),519 (100.0%)

# 表2 年別の割合
年,値
2020年,16.4%
2021年,9.7%
2022年,11.2%
2023年,2.3%
`;
    const r = read(text);
    const c = {
      family: 'one-min',
      text,
      hospitals: ['A病院', 'B病院', 'C病院', 'D病院'],
      years: ['2020年', '2021年', '2022年', '2023年'],
      counts: [
        [30, 41, 17, 40],
        [18, 16, 41, 51],
        [30, 12, 48, 3],
        [32, 55, 46, 39],
      ],
      how: 'min' as const,
      shares: [16.4, 9.7, 11.2, 2.3],
    };
    expect(shareAttack(c, r)).toEqual([]);
    expect(statusOf(r, 1, 'C病院', '2023年')).not.toBe('published');
    expect(
      r.warnings?.some((w) => w.code === 'header/extreme-share' && /最小を示す言葉はありません.*（チェッカーの推定）/.test(w.message)),
    ).toBe(true);
  });
  it("innocent: other shares under no word, one hospital's own shares that are no extreme: not read as an extreme", () => {
    const other = run(`${maxText}\n# 表2 項目別の紹介割合\n項目,割合\n死亡,12.3%\n再入院,8.1%\n合併症,10.4%\n`);
    expect(other.warnings?.some((w) => w.code === 'header/extreme-own-n') ?? false).toBe(false);
    // C病院's own n/N (12.3%, 12.3%, 14.7%): the largest of 合併症? no (E病院 25.0%) — no extreme, nothing said.
    const own = run(`${maxText}\n# 表2 施設の割合\n項目,C病院\n死亡,12.3%\n再入院,12.3%\n合併症,14.7%\n`);
    expect(own.ok ? own.warnings?.some((w) => w.code === 'header/extreme-own-n') : false).toBe(false);
  });
  it('family slice (seed 5492, 20 attack; 5493, 20 innocent; 5494, 20 over one N): none leaked; innocents refused only as before', async () => {
    const m = await measure(extCases('noword', 20, 5492), fracAttack, highs);
    let read = 0;
    for (const [k, f] of Object.entries(m)) {
      expect(f.leaked, k).toBe(0);
      expect(
        Object.keys(f.codes).filter((c) => c !== 'header/n-below-sum'),
        k,
      ).toEqual([]);
      read += f.read;
    }
    expect(read).toBeGreaterThanOrEqual(18);
    const i = await measure(extCases('innocent', 20, 5493), fracAttack, highs);
    for (const f of Object.values(i)) expect(Object.keys(f.codes).filter((c) => c !== 'percent/no-denominator')).toEqual([]);
    // Over one N (5494, 20): none leaked, all read.
    const one = await measure(oneCases(20, 5494, false), (c, r) => shareAttack(c, r), highs);
    for (const [k, f] of Object.entries(one)) expect([f.leaked, f.refused], k).toEqual([0, 0]);
  }, 240_000);
});
