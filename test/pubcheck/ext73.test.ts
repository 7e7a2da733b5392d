/**
 * ext73 (issue #11), ext73-families.ts: rank lines refused beside a statistic or alone. 6626e5c2 refused a table of
 * shares with a line 「平均」 beside a rank's line (「年,2位,平均」: `header/statistic` — the mean of another table's shares
 * is no mean of its own lines) and a rank written 「Rank 2」 (`header/count`: the 2 read as a count in the label). Now the
 * mean is read where at every position it is the mean of a count table's line's shares (read.ts `shareMeanAside` →
 * `shareMeans`, チェッカーの推定) and hidden wherever a count of its position there is (a mean of 「n/N」 shares with
 * the others published gives the hidden n back: ext73-families `own`, MEAN_ALL=1), the rank beside it tied as ext72
 * ties it (a median 「中央値」「Median」 alike); a mean fitting no table's shares stays refused, saying so. 「Rank 2」「順位 2」 are a rank's numbering
 * (labels.ts `NUMBERING_WORD`) read as 「2位」 (`RANK_LABEL`).
 *
 * `ROOT=<tree>` runs it against another tree (fails on 6626e5c2).
 */
import { describe, expect, it } from 'vitest';
import { HAND_ONE } from './ext70-families.ts';
import { handColumn as column, handRankCase as caseOf, rankAttack } from './ext72-families.ts';
import { measureKind, ownMeanAttack, ownCases } from './ext73-families.ts';
import { sharesChecker, statusOf } from './helpers.ts';

const { read, run } = await sharesChecker();

const { text: t1, years } = HAND_ONE;
const second = [4.8, 5.5, 8.6, 10.8];
const mean = [14.3, 14.3, 14.3, 14.3];
type Rates = { rates?: { label: string; cells: { text: string; there?: { hidden?: string[] } }[] }[] };
const meanHidden = (r: ReturnType<typeof read>, table: number, label: string) =>
  ((r.tables![table - 1]!.table as Rates).rates ?? []).find((x) => x.label === label)?.cells.map((c) => (c.there?.hidden ?? []).length > 0);

describe('a rank line beside a mean of shares, and 「Rank 2」 alone, read (ext73)', () => {
  it('「2位」 beside 「平均」 (6626e5c2: header/statistic): the rank tied, the mean read as the mean of 表1’s shares, hidden where a count of its year is', () => {
    const c = caseOf(column(['2位', '平均'], [second, mean]), [{ label: '2位', rank: 2, how: 'min', shares: second }]);
    const r = read(c.text);
    expect(rankAttack(c, r)).toEqual([]);
    const w = r.warnings?.find((x) => x.code === 'layout/mean' && x.message.includes('「平均」'));
    expect(w?.message).toMatch(/表1の同じ見出しの列の各割合の平均に丸めの範囲で一致するため.*（チェッカーの推定）/);
    expect(w?.message).toMatch(/施設の割合の平均/);
    // 2020年 and 2021年 hide a count of 表1 (D病院 3 and its complements); 2022年 and 2023年 none.
    expect(meanHidden(r, 2, '平均')).toEqual([true, true, false, false]);
    expect(r.warnings?.some((x) => x.code === 'header/extreme-share' && /「2位」/.test(x.message))).toBe(true);
  });
  it('「2位」 beside 「中央値」 (6626e5c2: header/statistic): the median of 表1’s shares read, hidden where a count of its year is', () => {
    const c = caseOf(column(['2位', '中央値'], [second, [15.7, 17.1, 15.7, 11.9]]), [
      { label: '2位', rank: 2, how: 'min', shares: second },
    ]);
    const r = read(c.text);
    expect(rankAttack(c, r)).toEqual([]);
    expect(r.warnings?.find((x) => x.code === 'layout/mean')?.message).toMatch(
      /各割合の中央値に丸めの範囲で一致するため.*（チェッカーの推定）/,
    );
    expect(meanHidden(r, 2, '中央値')).toEqual([true, true, false, false]);
  });
  it('over own Ns, 「2位」 and 「平均」 (the mean of four n/N pins C’s n where published): C hidden, the mean hidden with it', () => {
    const [c] = ownCases(1, 5839);
    const r = read(c!.text);
    expect(ownMeanAttack(c!, r)).toEqual([]);
    for (const y of c!.years) expect(statusOf(r, 1, 'C病院', y)).not.toBe('published');
    expect(meanHidden(r, 2, c!.meanLabel)?.every(Boolean)).toBe(true);
  });
  it('「Rank 2」 alone (6626e5c2: header/count) read as 「2位」, tied; 「順位 2」 as a row alike', () => {
    const c = caseOf(column(['Rank 2'], [second]), [{ label: 'Rank 2', rank: 2, how: 'min', shares: second }]);
    const r = read(c.text);
    expect(rankAttack(c, r)).toEqual([]);
    expect(r.warnings?.find((x) => x.code === 'header/extreme-share')?.message).toMatch(/見出し「Rank 2」は順位ですが/);
    const t2 = `# 表2 施設別割合（年別）\n,${years.join(',')}\n順位 2,${second.map((v) => `${v.toFixed(1)}%`).join(',')}\n`;
    const row = caseOf(t2, [{ label: '順位 2', rank: 2, how: 'min', shares: second }]);
    expect(rankAttack(row, read(row.text))).toEqual([]);
  });
  it('innocent: a 「平均」 fitting no mean of the tables’ shares stays refused, saying why', () => {
    const r = run(`${t1}\n${column(['2位', '平均'], [second, [11.3, 9.2, 13.1, 7.7]])}`);
    expect(r.ok).toBe(false);
    expect(r.errors?.find((e) => e.code === 'header/statistic')?.message).toMatch(/合う表がありませんでした（チェッカーの判断）/);
  });
  it('innocent: 「Rank 2」 over another count’s shares reads no rank; ranks under 「上位」 with 「平均」 read', () => {
    const other = read(`${t1}\n${column(['Rank 2'], [[11.3, 9.2, 13.1, 7.7]])}`);
    expect(other.warnings?.some((w) => /extreme/.test(w.code))).toBe(false);
    const top = read(
      `${t1}\n${column(['1位', '2位', '3位', '平均'], [[25.2, 22.1, 22.4, 20.6], [20.4, 20.3, 19.4, 19.6], [15.7, 17.1, 17.9, 16.4], mean]).replace('年別割合', '年別割合の上位3施設')}`,
    );
    expect(top.warnings?.some((w) => w.code === 'layout/mean')).toBe(true);
  });
  it('family slice (mean, median, rankword 5839 6, own 5839 4): read (but 表1’s own total/almost), none leaked', async () => {
    for (const kind of ['mean', 'median', 'rankword', 'own'] as const) {
      const m = await measureKind(kind, kind === 'own' ? 4 : 6, [5839]);
      for (const [k, f] of Object.entries(m)) {
        expect(f.leaked, k).toBe(0);
        // Only 表1's own chance 「死亡」 ≈ the others' sum (`total/almost`, refused on 6626e5c2 too), never the ranks or the mean.
        expect(
          Object.keys(f.codes).filter((x) => x !== 'total/almost'),
          k,
        ).toEqual([]);
      }
    }
  }, 240_000);
});
