/**
 * means53 (issue #11), class 3: one line of means weighted across two tables — its weights the sum of lines in two
 * tables (表3 平均年齢 over 表1 男性 + 表2 女性 of the same sites). cac6902 tried one other table's weights only
 * (read.ts `weightsElsewhere`, the first that fits): refused (`header/statistic`) where none fits, and where one
 * fitted by chance the two tables' reading was not protected. Now (read.ts `weightsAcrossTwo`, チェッカーの判断) a line
 * fitting no one table's weights is read where exactly one set of lines of two tables (with any of its own) fits,
 * refused naming the line and the sets where several do; a line read otherwise gets each such set as a relation of
 * its own too (every one protected). means55: several sets fitting read too, with every one's relation. crossCases 3150–3159 (1,000, `mipAttack` with every set of the three lines
 * holding on the true counts): README means53 has the numbers (3150–3151: cross/sum refused 100 → 39 of 128,
 * leaks 7 → 0; alike leaks 1 → 0).
 */
import { describe, expect, it } from 'vitest';
import { toReport } from '../../src/pubcheck/report.ts';
import { fixtureBundle, solver } from './helpers.ts';
import { adversary } from './protection.ts';
import { mipAttack } from './means48-families.ts';
import { crossCases } from './means53-families.ts';
import type { Checked, Reported } from './stats39-families.ts';

const highs = await solver();
const bundle = fixtureBundle();
const { result } = adversary(highs, bundle);
const reported = (r: ReturnType<typeof result>): Reported | undefined =>
  r.ok ? (toReport(r, bundle, new Date('2026-12-05T00:00:00Z')) as unknown as Reported) : undefined;

const tables = (mean: string) =>
  '# 表1\n\t男性\nA病院\t30\nB病院\t5\nC病院\t40\n合計\t75\n\n# 表2\n\t女性\nA病院\t20\nB病院\t25\nC病院\t12\n合計\t57\n\n' +
  `# 表3\n\t死亡\t平均年齢\nA病院\t3\t60.0\nB病院\t2\t70.0\nC病院\t10\t50.0\n合計\t15\t${mean}\n`;

describe('a line of means weighted by lines of two tables', () => {
  it('表1 男性 + 表2 女性, the one set that fits: read, said as ours; the 合計’s mean hidden with 表1’s B病院 (cac6902: refused)', () => {
    const r = result(tables('58.3'));
    expect(r.ok).toBe(true);
    const said = r.ok ? r.warnings.filter((w) => w.code === 'layout/mean').map((w) => w.message) : [];
    expect(said.some((m) => m.includes('表1の列「男性」・表2の列「女性」') && m.includes('チェッカーの判断'))).toBe(true);
    const total = reported(r)!
      .tables[2]!.rates.flatMap((x) => x.cells)
      .find((c) => c.row === '合計' && c.col === '平均年齢');
    expect(total?.hidden).toBe(true);
  });

  it('a 合計 fitting no set of lines anywhere: refused as before, naming the line', () => {
    const r = result(tables('80.0'));
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.errors.map((e) => e.message).join()).toContain('平均年齢');
  });

  // means55: several sets fitting are read with every set's relation (read.ts `mergeFits`), no longer refused: said in
  // layout/mean (「… 通り合い」, チェッカーの判断) — the expectation changed on purpose (4ebba5ca: refused, named).
  it('crossCases (seed 3150, first 40): none given back to mipAttack; several sets fitting read with all of them, naming the line and them', () => {
    let [refused, leaked, named] = [0, 0, 0];
    for (const c of crossCases(40, 3150)) {
      const r = result(c.text);
      if (!r.ok) {
        refused++;
        continue;
      }
      if (r.warnings.some((w) => w.code === 'layout/mean' && w.message.includes('通り合い') && w.message.includes('平均年齢'))) named++;
      if (mipAttack(c, r as unknown as Checked, reported(r), highs).length > 0) leaked++;
    }
    expect(leaked).toBe(0);
    expect(named).toBeGreaterThan(0);
    expect(refused).toBe(0);
  }, 300_000);
});
