/**
 * red55 (issue #11, red team): shapes an applicant pastes that no earlier family printed (red55-families.ts, seeds
 * 3400–3449), attacked by the truth (red53's `truthAttack`, a HiGHS MIP over every published item). Two shapes were
 * refused whole on 4ebba5ca and are read now, the small counts hidden:
 * - a share column headed by its unit alone right of a count column named by its group (「実薬群 | % | 対照群 | %」,
 *   「合計 | %」, 「割合（%）」「(%)」「構成比」): `cell/percent-unmarked` before; layout.ts `oneRowPairs` joins it as
 *   「実薬群 n | 実薬群 %」 were (`layout/joined`, チェッカーの判断);
 * - 「計」 closing each section of a list before the last total (「肺炎 | 気管支炎 | 計 | 重症 | 死亡 | 計 | 総計」):
 *   `header/two-totals` before; header.ts `sectionTotals` reads each as its run's 小計 (`header/section-total`,
 *   チェッカーの判断), the arithmetic proving it. 「計」 twice with no other total, or 「計 | 総計」 with nothing between,
 *   are still refused in words.
 */
import { describe, expect, it } from 'vitest';
import { checkerOfRoot, codesOf } from './helpers.ts';
import { truthAttack } from './red53-families.ts';
import { publishedOf55, red55Cases } from './red55-families.ts';

const BARE = `# 表1 重症度
\t実薬群\t%\t対照群\t%
軽症\t40\t40.0\t30\t25.0
中等症\t55\t55.0\t66\t55.0
重症\t5\t5.0\t24\t20.0
`;
const BARE_WORD = BARE.replace(/\t%/g, '\t割合（%）');
const TOTAL_PCT = `\t実薬群\t対照群\t合計\t%
軽症\t40\t30\t70\t31.8
中等症\t55\t66\t121\t55.0
重症\t5\t24\t29\t13.2
総計\t100\t120\t220\t100.0
`;
const SECTIONS = `# Table 1
\tDrug\tPlacebo
肺炎\t16\t53
気管支炎\t64\t27
上気道炎\t67\t3
計\t147\t83
重症\t48\t9
死亡\t47\t56
計\t95\t65
総計\t242\t148
`;

const statusOf = (
  r: { tables: { table: { rows: { label: string }[]; cols: { label: string }[] }; status: string[] }[] },
  row: string,
  col: string,
  nth = 0,
) => {
  const t = r.tables[0]!;
  const C = t.table.cols.length;
  const ri = t.table.rows.map((h, i) => [h.label, i] as const).filter(([l]) => l === row)[nth]![1];
  return t.status[ri * C + t.table.cols.findIndex((h) => h.label === col)];
};

describe('red55: shapes an applicant pastes', () => {
  it('a share column headed by 「%」 alone is the shares of the column on its left: read, the small counts hidden', async () => {
    const { check, highs, bundle } = await checkerOfRoot();
    for (const [text, row, col] of [
      [BARE, '重症', '実薬群'],
      [BARE_WORD, '重症', '実薬群'],
      [TOTAL_PCT, '重症', '実薬群'],
    ] as const) {
      const r = check(highs, bundle, text, { details: true });
      expect(r.ok, r.ok ? '' : codesOf(r)).toBe(true);
      if (!r.ok) continue;
      expect(statusOf(r, row, col)).not.toBe('published');
      expect(r.warnings.find((w) => w.code === 'layout/joined')?.message).toContain('チェッカーの判断');
    }
  });

  it('a 「%」 column that is no share of the column on its left is still refused', async () => {
    const { check, highs, bundle } = await checkerOfRoot();
    const r = check(highs, bundle, BARE.replace('40.0\t30\t25.0', '12.0\t30\t33.0'), { details: true });
    expect(r.ok).toBe(false);
  });

  it('計 closing each section before the last total is that section’s 小計; 計 twice with no total is refused', async () => {
    const { check, highs, bundle } = await checkerOfRoot();
    const r = check(highs, bundle, SECTIONS, { details: true });
    expect(r.ok, r.ok ? '' : codesOf(r)).toBe(true);
    if (r.ok) {
      expect(statusOf(r, '上気道炎', 'Placebo')).not.toBe('published');
      expect(statusOf(r, '重症', 'Placebo')).not.toBe('published');
      // The section's 計 of Placebo 83 less 53 and 27 would give the 3 back: one of them hidden too.
      expect(
        [statusOf(r, '肺炎', 'Placebo'), statusOf(r, '気管支炎', 'Placebo'), statusOf(r, '計', 'Placebo')].some((s) => s !== 'published'),
      ).toBe(true);
      expect(r.warnings.find((w) => w.code === 'header/section-total')?.message).toContain('チェッカーの判断');
    }
    // A section's 計 that is no sum of its run: refused as a total that does not add up.
    expect(codesOf(check(highs, bundle, SECTIONS.replace('計\t147', '計\t150').replace('242', '245'), { details: true }))).toContain(
      'total/mismatch',
    );
    // 計 twice, no other total (the last is a section's too): two totals, refused in words.
    expect(codesOf(check(highs, bundle, SECTIONS.replace('総計\t242\t148\n', ''), { details: true }))).toContain('header/two-totals');
    // 計 right above 総計 with no section before: which totals what cannot be told.
    expect(codesOf(check(highs, bundle, '\tA\tB\n男\t30\t20\n女\t30\t40\n計\t60\t60\n総計\t60\t60\n', { details: true }))).toContain(
      'header/two-totals',
    );
  });

  it('the family (seeds 3400–3404): no crash, no leak to the truth; the two shapes read', async () => {
    const { check, highs, bundle } = await checkerOfRoot();
    const crashes: string[] = [];
    const leaks: string[] = [];
    const refused = new Map<string, number>();
    for (const seed of [3400, 3401, 3402, 3403, 3404])
      red55Cases(100, seed).forEach((c, k) => {
        const f = c.family.split('/')[0]!;
        let r;
        try {
          r = check(highs, bundle, c.text, { details: true });
        } catch (e) {
          crashes.push(`${seed} #${k} ${c.family}: ${String(e)}`);
          return;
        }
        if (!r.ok || r.tables.some((t) => t.suppression?.passed === false)) {
          refused.set(f, (refused.get(f) ?? 0) + 1);
          return;
        }
        const found = truthAttack(highs, c, publishedOf55(c, r as never).published);
        if (found.length) leaks.push(`${seed} #${k} ${c.family}: ${found.join('; ')}`);
      });
    expect(crashes).toEqual([]);
    expect(leaks).toEqual([]);
    // 4ebba5ca: nsep-bare 59 of 59 and pctcol 41 of 41 refused (cell/percent-unmarked), subtotal 20 of 57
    // (header/two-totals); now 0, 0 and 5 (計 twice with no 総計).
    expect(refused.get('nsep-bare') ?? 0).toBe(0);
    expect(refused.get('pctcol') ?? 0).toBe(0);
    expect(refused.get('subtotal') ?? 0).toBeLessThanOrEqual(5);
  }, 600_000);
});
