/**
 * red53 (issue #11, red team): a count table beside the same counts transposed (groups as rows, years as labels) made
 * lifetable.ts's life40 test `largestOver` read the other table's positions in its own table and throw (「チェッカー内部の
 * 問題: Cannot read properties of undefined」, exit 2; cac6902). The family (red53-families.ts, seeds 3200–3239) is
 * checked here for crashes and attacked by its truth (a MIP over every published item). Both readings (check.ts
 * `underBothReadings`): a combination stopped on a header finding was returned before the others' cells were hidden.
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

// A count table and its row shares with whole percentages, no N written: read both ways (行%・列%, the Ns borrowed from
// the counts); the column reading stops on a header finding (対照群 157 less 軽症 is 4–5). cac6902 returned that
// reading's suppression alone, publishing the row reading's 19% of 26 (重症・実薬群 5, hidden in 表1) and 97% of 65
// (軽症・実薬群 2) — a reader of 行% has both counts back.
const BOTH_STUCK = `# 表（N=276）
,実薬群,対照群,合計 n
軽症,2,63,65
中等症,56,37,93
重症,5,21,26
死亡,56,36,92

# 表2 構成比（%）
,実薬群,対照群
軽症,3%,97%
中等症,60%,40%
重症,19%,81%
死亡,61%,39%
`;

describe('red53: shapes an applicant pastes', () => {
  it('both readings: a reading stopped on a header finding still hides the cells the other reading hides', async () => {
    const { check, highs, bundle } = await checkerIn();
    const r = check(highs, bundle, BOTH_STUCK, { details: true });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const t2 = r.tables[1]!;
    const C = t2.table.cols.length;
    const at = (row: string, col: string) =>
      t2.status[t2.table.rows.findIndex((h) => h.label === row) * C + t2.table.cols.findIndex((h) => h.label === col)];
    expect(at('重症', '実薬群')).not.toBe('published');
    expect(at('軽症', '対照群')).not.toBe('published');
    expect(r.warnings.some((w) => w.code === 'percent/both-readings')).toBe(true);
  });

  it('a count table beside its transpose over years is read, not a crash', async () => {
    const { check, highs, bundle } = await checkerIn();
    const r = check(highs, bundle, CRASH, { details: true });
    expect(r.ok, r.ok ? '' : codesOf(r)).toBe(true);
  });

  it('the family: no crash, and no leak to the truth attacker outside the shapes still open', async () => {
    const { check, highs, bundle } = await checkerIn();
    const crashes: string[] = [];
    const leaks = new Map<string, number>();
    for (const c of [...red53Cases(40, 3202), ...red53Cases(40, 3204)]) {
      let r;
      try {
        r = check(highs, bundle, c.text, { details: true });
      } catch (e) {
        crashes.push(`${c.family}: ${String(e)}`);
        continue;
      }
      if (!r.ok || r.tables.some((t) => t.suppression?.passed === false)) continue;
      const found = truthAttack(highs, c, publishedOf(c, r as never).published);
      const f = c.family.split('/')[0]!;
      if (found.length) leaks.set(f, (leaks.get(f) ?? 0) + 1);
    }
    expect(crashes).toEqual([]);
    // cac6902: linkrow 1 (seed 3202 #1, BOTH_STUCK); 3200–3209: linkpct 3 and linkrow 7 of 63, all whole percentages.
    expect([...leaks]).toEqual([]);
  }, 300_000);
});
