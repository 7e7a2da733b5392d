/**
 * notes49 (issue #11): a column of shares with no N that may be a sum of others (実薬計 beside 低用量 and 高用量, no label
 * saying so), beside a note of N. On the base (6dedcc1) notes44's least-N reading took it as tied to its own N only:
 * `notes49-measure.ts 20 2661,2662` `sum-col` 6 of 40 leaked to the oracle given every true N (低用量's small count =
 * 実薬計's less 高用量's), 3 held; now 40 of 40 refused (check.ts `mayBeColumnSum`). `total-col-two` and
 * `shared-label` refused base and now (40 of 40 each). A total column leaving two groups without N (`total-col-two`):
 * base 40 of 40 refused (`line/count`), now 29 read where the shares allow one split of the N left (footnotes.ts
 * `onlySplit`), 0 leaking; 11 refused as before.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../src/pubcheck/check.ts';
import { codesOf, fixtureBundle, heldOrLeaked, solver } from './helpers.ts';
import { smallShown } from './notes44-families.ts';
import { family, type Kind } from './notes49-families.ts';
import { THRESHOLD, type Ok } from './protection.ts';

const highs = await solver();
const bundle = fixtureBundle();
const run = (text: string, protection: 'threshold' | 'not-exact' = 'threshold') =>
  check(highs, bundle, text, { details: true }, { protection, mipSeconds: 0.3 });

const noLeak = (kind: Kind, seed: number) => {
  for (const c of family(kind, 8, seed))
    for (const protection of ['threshold', 'not-exact'] as const) {
      const r = run(c.text, protection);
      if (!r.ok) continue;
      const ok = r as Ok;
      expect(
        heldOrLeaked(highs, ok, () => c.attacked, protection, THRESHOLD),
        c.text,
      ).toBe('held');
      expect(smallShown(ok, c, THRESHOLD), c.text).toEqual([]);
    }
};

describe('notes49: notes of N beside a column that may be a sum, a total column with two groups left, tables sharing a line', () => {
  it('a column that is a sum of two others (no label saying so): refused; base read it and 低用量 2 = 実薬計 less 高用量', () => {
    const t =
      '\t低用量\t高用量\t実薬計\tプラセボ\n男性\t53.2%\t18.3%\t35.4%\t20.7%\n女性\t44.3%\t26.8%\t35.4%\t35.1%\nその他\t2.5%\t54.9%\t29.2%\t44.1%\n注：低用量 N=79、プラセボ N=111\n';
    const r = run(t);
    expect(codesOf(r)).toBe('percent/no-denominator');
  });
  it('sum-col (seed 2663): 0 leaking', () => noLeak('sum-col', 2663));
  it('total-col-two (seed 2664): read where one split of 全体 less A群 fits the shares, 0 leaking; base refused all', () => {
    let read = 0;
    for (const c of family('total-col-two', 8, 2664)) if (run(c.text).ok) read++;
    expect(read).toBeGreaterThanOrEqual(4);
    noLeak('total-col-two', 2664);
  });
  it('two groups left beside 全体 N: one split (B群 115 + C群 137) read as their headers N; base refused (line/count)', () => {
    const t =
      '\tA群\tB群\tC群\t全体\n男性\t33.6%\t5.2%\t29.2%\t22.8%\n女性\t17.8%\t47.0%\t35.8%\t34.0%\nその他\t48.6%\t47.8%\t35.0%\t43.2%\n※A群 N=107、全体 N=359\n';
    const r = run(t) as Ok;
    expect(codesOf(r)).toBe('');
    expect(r.tables[0]!.table.cols[1]!.label).toContain('N=115');
    expect(r.tables[0]!.table.cols[2]!.label).toContain('N=137');
    // 5.2% of 115 is 6: hidden with its complements.
    expect(r.tables[0]!.status[1]).toBe('primary');
    // Two splits fit (30.0% / 70.0% of many Ns): stays refused.
    const two = '\tA群\tB群\tC群\t全体\n男性\t10.7%\t45.7%\t30.0%\t33.3%\n女性\t89.3%\t54.3%\t70.0%\t66.7%\n※A群 N=28、全体 N=148\n';
    expect(run(two).ok).toBe(false);
  });
  it('shared-label (seed 2665): 0 leaking', () => noLeak('shared-label', 2665));
});
