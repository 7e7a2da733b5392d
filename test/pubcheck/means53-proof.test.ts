/**
 * means53 (issue #11), class 1: means52 left 3 of means48's nCases (seed 2993) protected by reasoning only — no 合計,
 * the small N hidden with its mean, `weightAttack`'s brute force over whole fills capped (3M steps) before it ended.
 * Proven now by two attackers written apart from the engine, each over every published number: the independent
 * oracle (oracle.ts `attack`, `ratios`: 平均入院日数 found by arithmetic as 延べ入院日数 ÷ N within its rounding where
 * printed — linear, the sum being published: (m − h)·N ≤ S ≤ (m + h)·N) and means48's `mipAttack` (HiGHS MIP with
 * 死亡 ≤ N, the sum ÷ the mean per group, the 合計's mean over every set of lines). Both leave every hidden count
 * unpinned and its upper end ≥ 10: with no 合計 and the mean hidden, nothing ties the small N but 死亡 ≤ N. No leak,
 * no fix: the engine's reading stands. Measured over every n/line case of seeds 2993 and 3140 (the cases the brute
 * force could not end included): the first 30 n/line cases of each, 0 refused, 0 leaks to mipAttack. The tests pass on
 * cac6902 as now (a proof, no change of the engine); their teeth: the same report with the small N's mean published
 * gives the N back to mipAttack.
 */
import { describe, expect, it } from 'vitest';
import { toReport } from '../../src/pubcheck/report.ts';
import { fixtureBundle, solver } from './helpers.ts';
import { adversary } from './protection.ts';
import { mipAttack, nCases } from './means48-families.ts';
import { weightAttack } from './means46-families.ts';
import { asMip, oracleOf } from './means53-families.ts';
import type { Checked, Reported } from './stats39-families.ts';

const highs = await solver();
const bundle = fixtureBundle();
const { result } = adversary(highs, bundle);
const reported = (r: ReturnType<typeof result>): Reported | undefined =>
  r.ok ? (toReport(r, bundle, new Date('2026-12-05T00:00:00Z')) as unknown as Reported) : undefined;
const THRESHOLD = 10;

/** The oracle's leaks: a hidden count pinned, or a small one whose upper end is under the threshold. */
function oracleLeaks(text: string, r: ReturnType<typeof result>, small: (key: string) => boolean): string[] {
  const ranges = oracleOf(highs, text, r as unknown as Checked, reported(r));
  return [...ranges].flatMap(([key, x]) =>
    x.hi !== null && x.hi === x.lo ? [`${key} pinned`] : small(key) && x.hi !== null && x.hi < THRESHOLD ? [`${key} ≤ ${x.hi}`] : [],
  );
}

describe('means52’s three unsearched nCases (seed 2993): proven by the oracle and the MIP', () => {
  const cases = nCases(100, 2993);

  it.each([48, 53, 70])(
    'case %i: the brute force gives up; the oracle and mipAttack find no leak',
    (k) => {
      const c = cases[k]!;
      expect(c.family).toBe('n/line/none/small');
      const r = result(c.text);
      expect(r.ok).toBe(true);
      process.env.PAIRS = '1';
      try {
        expect(weightAttack(c, r as unknown as Checked, reported(r))).toEqual(['unknown']);
      } finally {
        delete process.env.PAIRS;
      }
      // The small N is hidden, with its mean (the sum ÷ the mean would give it back).
      const i = c.counts.findIndex((row) => row[0]! < THRESHOLD);
      const t = r.ok ? r.tables[0]! : undefined;
      const at = (row: string, col: string) =>
        t!.status[t!.table.rows.findIndex((h) => h.label === row) * t!.table.cols.length + t!.table.cols.findIndex((h) => h.label === col)];
      expect(at('N', c.groups[i]!)).not.toBe('published');
      const mean = reported(r)!
        .tables[0]!.rates.flatMap((x) => x.cells)
        .find((x) => x.row === c.meanLabel && x.col === c.groups[i]);
      expect(mean?.hidden).toBe(true);
      const smallKeys = new Set(c.counts.flatMap((row, g) => row.flatMap((v, line) => (v < THRESHOLD ? [`0:${line}:${g}`] : []))));
      expect(oracleLeaks(c.text, r, (key) => smallKeys.has(key))).toEqual([]);
      expect(mipAttack(asMip(c), r as unknown as Checked, reported(r), highs)).toEqual([]);
      // Teeth: the same report with that mean published gives the small N back (the sum ÷ the mean pins it).
      const shown = structuredClone(reported(r)!);
      for (const x of shown.tables[0]!.rates.flatMap((y) => y.cells)) x.hidden = false;
      expect(mipAttack(asMip(c), r as unknown as Checked, shown, highs).join()).toContain(`${c.groups[i]} N pinned to ${c.counts[i]![0]}`);
    },
    120_000,
  );

  it('every n/line case of seeds 2993 and 3140 (first 30 each): 0 refused, 0 leaks to mipAttack', () => {
    let [n, refused, leaked] = [0, 0, 0];
    for (const seed of [2993, 3140])
      for (const c of nCases(100, seed)
        .filter((x) => x.family.startsWith('n/line'))
        .slice(0, 30)) {
        n++;
        const r = result(c.text);
        if (!r.ok) refused++;
        else if (mipAttack(asMip(c), r as unknown as Checked, reported(r), highs).length > 0) leaked++;
      }
    expect([refused, leaked]).toEqual([0, 0]);
    expect(n).toBeGreaterThan(40);
  }, 300_000);
});
