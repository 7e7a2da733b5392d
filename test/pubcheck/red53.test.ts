/**
 * red53 (issue #11, red team): a count table beside the same counts transposed (groups as rows, years as labels) made
 * lifetable.ts's life40 test `largestOver` read the other table's positions in its own table and throw (「チェッカー内部の
 * 問題: Cannot read properties of undefined」, exit 2; cac6902). The family (red53-families.ts, seeds 3200–3239) is
 * checked here for crashes and attacked by its truth (a MIP over every published item).
 */
import { describe, expect, it } from 'vitest';
import { checkerIn, codesOf } from './helpers.ts';
import { publishedOf, red53Cases, truthAttack } from './red53-families.ts';

const CRASH = `副作用の内訳
対象患者 (N=191)\tΣ\t2021年\t2022年
合計（人）\t191\t102\t89
男性\t49\t23\t26
女性\t73\t70\t3
不明\t69\t9\t60

Table 2
群\t男性\t女性\t不明\t
2021年\t23\t70\t9\t
2022年\t26\t3\t60\t
`;

describe('red53: shapes an applicant pastes', () => {
  it('a count table beside its transpose over years is read, not a crash', async () => {
    const { check, highs, bundle } = await checkerIn();
    const r = check(highs, bundle, CRASH, { details: true });
    expect(r.ok, r.ok ? '' : codesOf(r)).toBe(true);
  });

  it('the family: no crash, and no leak to the truth attacker outside the shapes still open', async () => {
    const { check, highs, bundle } = await checkerIn();
    const crashes: string[] = [];
    const leaks = new Map<string, number>();
    for (const c of red53Cases(40, 3204)) {
      let r;
      try {
        r = check(highs, bundle, c.text, { details: true });
      } catch (e) {
        crashes.push(`${c.family}: ${String(e)}`);
        continue;
      }
      if (!r.ok) continue;
      const found = truthAttack(highs, c, publishedOf(c, r as never).published);
      const f = c.family.split('/')[0]!;
      if (found.length) leaks.set(f, (leaks.get(f) ?? 0) + 1);
    }
    expect(crashes).toEqual([]);
    // Open (README Limits, Linked tables): whole-number shares of a count table's counts read both ways (行%・列%).
    expect([...leaks.keys()].filter((f) => f !== 'linkpct' && f !== 'linkrow')).toEqual([]);
  }, 300_000);
});
