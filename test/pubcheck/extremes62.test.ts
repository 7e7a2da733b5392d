/**
 * extremes62 (issue #11), extremes62-families.ts: extremes of shares each over its own cell's N, and a top k under no
 * word of order or with ranks not 1..k.
 *
 * - 「n/N」 cells of differing N (or 「n (p%)」 under 「D病院 (N=30)」) with the line's largest (smallest) share printed in
 *   another table: 51da46af read some of them untied (`frac-max`: 16 of 28 leaked on seeds 4960–4961 — the hidden cell is
 *   the only one that can reach the share, its N printed beside it). Now refused in words (read.ts `ownNExtremes`,
 *   `header/extreme-own-n`, チェッカーの判断); since ranks66 read and tied (n ≤ p·N over each cell's own N, the share
 *   hidden with the cell it reaches); another count's share under the same look is left as before.
 * - 「1位」「2位」「3位」 under no word of order, and 「2位」「3位」 under 「上位」/「下位」: 51da46af read them untied (38 and 33
 *   of 50 leaked); now tied rank by rank (read.ts `shareTopK`: the order from the counts' fit, ranks rising from any r).
 *
 * - the top k of such shares rank by rank (「施設別割合の上位」「1位」「2位」): 51da46af 10 of 100 leaked (`fracTop`,
 *   4969–4970); refused so too, read and tied since ranks66.
 *
 * `ROOT=<tree>` runs it against another tree (fails on 51da46af).
 */
import { describe, expect, it } from 'vitest';
import { fracAttack, fracCases, fracTop, measure, rankAttack, rankCases } from './extremes62-families.ts';
import { checkerOfRoot } from './helpers.ts';
import type { Checked } from './stats39-families.ts';

const { check, highs, bundle } = await checkerOfRoot();
const run = (text: string) =>
  check(highs, bundle, text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 }) as Checked & {
    warnings?: { code: string; message: string }[];
    errors?: { code: string; message: string; hint?: string }[];
  };

const fracText = (table2: string) => `# 表1 施設別の転帰（件数/患者数）
施設,死亡,再入院,合併症,感染
A病院,36/488,58/488,33/488,60/488
B病院,39/261,35/261,38/261,22/261
C病院,51/424,56/424,50/424,29/424
D病院,9/30,12/30,11/30,12/30
E病院,54/462,39/462,69/462,54/462

${table2}
`;

describe('the extreme of shares each over its own N (extremes62)', () => {
  it('「施設別割合の最大」 of 「n/N」 cells of differing N: read and tied, said (51da46af: read, D病院・死亡 9 given back; refused in words since extremes62, read since ranks66)', () => {
    const r = run(fracText('# 表2 施設別割合の最大\n項目,最大\n死亡,30.0%\n再入院,40.0%\n合併症,36.7%\n感染,40.0%'));
    expect(r.ok).toBe(true);
    const w = r.warnings?.find((x) => x.code === 'header/extreme-own-n');
    expect(w?.message).toMatch(/それぞれのセルの N に対する割合）の最大の値に一致するため、最大の割合と読みました（チェッカーの判断）/);
    // D病院・死亡 9 hidden, and the share it reaches (30.0% of its N 30) hidden with it.
    const [t1, t2] = r.tables!;
    const at = (t: typeof t1, row: string, col: string) =>
      t!.status[
        t!.table.rows.findIndex((h) => h.label.startsWith(row)) * t!.table.cols.length +
          t!.table.cols.findIndex((h) => h.label.startsWith(col))
      ];
    expect(at(t1, 'D病院', '死亡')).not.toBe('published');
    expect(at(t2, '死亡', '最大')).not.toBe('published');
  });
  it('「n (p%)」 under 「D病院 (N=30)」, the smallest share: read and tied (ranks66; refused in words before)', () => {
    const text = `# 表1 施設別の転帰
施設,死亡,再入院,合併症
A病院 (N=488),36 (7.4%),58 (11.9%),33 (6.8%)
B病院 (N=261),39 (14.9%),35 (13.4%),38 (14.6%)
C病院 (N=424),3 (0.7%),56 (13.2%),50 (11.8%)
D病院 (N=300),29 (9.7%),32 (10.7%),31 (10.3%)

# 表2 施設別割合の最小
項目,最小
死亡,0.7%
再入院,10.7%
合併症,6.8%
`;
    const r = run(text);
    expect(r.ok).toBe(true);
    expect(r.warnings?.map((e) => e.code)).toContain('header/extreme-own-n');
  });
  it('its top k rank by rank (「施設別割合の上位」「1位」「2位」, every rank fitting): read and tied (51da46af: read untied; refused in words before ranks66)', () => {
    const r = run(
      fracText('# 表2 施設別割合の上位\n項目,1位,2位\n死亡,30.0%,14.9%\n再入院,40.0%,13.4%\n合併症,36.7%,14.9%\n感染,40.0%,12.3%'),
    );
    expect(r.ok).toBe(true);
    expect(r.warnings?.map((e) => e.code)).toContain('header/extreme-own-n');
  });
  it('another count’s share under the same word (no extreme of the line): not this refusal', () => {
    const r = run(fracText('# 表2 紹介割合の最大\n項目,最大\n死亡,12.0%\n再入院,9.5%\n合併症,11.0%\n感染,8.0%'));
    expect([...(r.errors ?? []), ...(r.warnings ?? [])].map((e) => e.code)).not.toContain('header/extreme-own-n');
  });
});

describe('a top k under no word of order, or ranks not 1..k (extremes62)', () => {
  it('「1位」「2位」「3位」 alone and 「2位」「3位」 under 「上位」「下位」 (seed 4962, first 8): tied, nothing given back', () => {
    const cases = rankCases(8, 4962);
    expect(new Set(cases.map((c) => c.family))).toEqual(new Set(['rank-noword', 'rank-offset']));
    for (const c of cases) {
      const r = run(c.text);
      expect(r.ok).toBe(true);
      expect(r.warnings?.map((w) => w.code)).toContain('header/extreme-share');
      expect(rankAttack(c, r)).toEqual([]);
    }
  });
});

describe('families (extremes62-families.ts)', () => {
  it('frac (seed 4966, 30): 0 leaked (51da46af: 16 of 100 leaked on 4960–4961); read since ranks66', async () => {
    const m = await measure(fracCases(30, 4966), fracAttack, highs);
    for (const f of Object.values(m)) {
      expect(f.leaked).toBe(0);
      // ranks66: read and tied; what is refused is refused for another reason (a row's N under its items' sum).
      expect(Object.keys(f.codes).filter((k) => k !== 'header/n-below-sum' && k !== 'total/almost')).toEqual([]);
    }
  }, 120_000);
  it('top k of own-N shares (seed 4971, 20): 0 leaked (51da46af: 10 of 100 leaked on 4969–4970); read since ranks66', async () => {
    const m = await measure(fracTop(20, 4971), fracAttack, highs);
    for (const f of Object.values(m)) {
      expect(f.leaked).toBe(0);
      expect(Object.keys(f.codes).filter((k) => k !== 'header/n-below-sum' && k !== 'total/almost')).toEqual([]);
    }
  }, 120_000);
  it('rank (seed 4967, 20): 0 leaked, none refused (51da46af: 71 of 100 leaked on 4962–4963)', async () => {
    const m = await measure(rankCases(20, 4967), rankAttack, highs);
    for (const f of Object.values(m)) {
      expect(f.leaked).toBe(0);
      expect(f.refused).toBe(0);
    }
  }, 120_000);
  it('innocent ranks (seed 4968, 20): read, none refused', async () => {
    const m = await measure(rankCases(20, 4968, true), rankAttack, highs);
    for (const f of Object.values(m)) expect(f.refused).toBe(0);
  }, 120_000);
});
