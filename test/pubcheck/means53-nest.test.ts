/**
 * means53 (issue #11), class 2: a line of one table inside another table's line by its label, under no size word
 * (表2 「死亡（入院中）」「入院中死亡」「入院のうち死亡」 in 表1 「入院」 of the same sites). cac6902 read nesting across
 * tables only under a size-named line (system.ts `nestedAcross`: 患者数, N, 症例数), so 表1's and 表2's small counts
 * were hidden apart and the part ≤ the whole gave them back to an attacker reading the labels (B病院 入院 1 and C病院 6
 * hidden, their 死亡（入院中） 0 and 5 hidden: both shown ≤ 8). Now the label naming the whole ties the lines as the
 * size word did (`partOfLabel`, チェッカーの判断, said in `tables/linked`), where it holds on the counts at every
 * shared group (two at least). nestCases 3140–3149 (1,000, `mipAttack` with the nesting where the label proves it,
 * none for 「死亡」): leaks 9 of 149 (3140–3141) → 0, none refused, hidden counts the same (README means53).
 */
import { describe, expect, it } from 'vitest';
import { toReport } from '../../src/pubcheck/report.ts';
import { partOfLabel } from '../../src/pubcheck/system.ts';
import { fixtureBundle, solver } from './helpers.ts';
import { adversary, expectProtected } from './protection.ts';
import { mipAttack } from './means48-families.ts';
import { nestCases } from './means53-families.ts';
import type { Checked, Reported } from './stats39-families.ts';

const highs = await solver();
const bundle = fixtureBundle();
const { result } = adversary(highs, bundle);
const reported = (r: ReturnType<typeof result>): Reported | undefined =>
  r.ok ? (toReport(r, bundle, new Date('2026-12-05T00:00:00Z')) as unknown as Reported) : undefined;

describe('a line inside another table’s line by its label, under no size word', () => {
  it('partOfLabel: the whole named with a word of inside or in brackets; no other label', () => {
    for (const x of ['入院中死亡', '入院中の死亡', '入院のうち死亡', '入院の内 死亡', '死亡（入院中）', '死亡(入院)'])
      expect(partOfLabel(x, '入院'), x).toBe(true);
    for (const x of ['入院', '入院日数', '入院・外来', '死亡', '入院中央値', '外来死亡', 'うち死亡'])
      expect(partOfLabel(x, '入院'), x).toBe(false);
    expect(partOfLabel('患者数のうち死亡', '患者数')).toBe(false); // a size word: read as before
  });

  const text =
    '# 表1\n\tA病院\tB病院\tC病院\tD病院\t合計\n入院\t42\t1\t6\t45\t94\n外来\t38\t54\t35\t59\t186\n\n' +
    '# 表2\n\tA病院\tB病院\tC病院\tD病院\t合計\n死亡（入院中）\t41\t0\t5\t33\t79\n外来死亡\t1\t11\t14\t21\t47\n';

  it('死亡（入院中） in 入院: tied, said as ours; the small counts no longer shown under 10 (cac6902: 3 shown ≤ 8)', () => {
    const r = result(text);
    expect(r.ok).toBe(true);
    const said = r.ok ? r.warnings.filter((w) => w.code === 'tables/linked').map((w) => w.message) : [];
    expect(said.some((m) => m.includes('見出しが全体として示す') && m.includes('チェッカーの判断'))).toBe(true);
    const c = nestCases(40, 3140).find((x) => x.text === text)!;
    expect(c).toBeDefined();
    process.env.NOMEAN = '1';
    try {
      expect(mipAttack(c, r as unknown as Checked, reported(r), highs)).toEqual([]);
    } finally {
      delete process.env.NOMEAN;
    }
  });

  it('nestCases (seed 3140, first 40): none refused, none given back to mipAttack or the oracle', () => {
    let [refused, leaked] = [0, 0];
    process.env.NOMEAN = '1';
    try {
      for (const c of nestCases(40, 3140)) {
        const r = result(c.text);
        if (!r.ok) {
          refused++;
          continue;
        }
        if (mipAttack(c, r as unknown as Checked, reported(r), highs).length > 0) leaked++;
        expectProtected(highs, r, c.text);
      }
    } finally {
      delete process.env.NOMEAN;
    }
    expect([refused, leaked]).toEqual([0, 0]);
  }, 300_000);
});
