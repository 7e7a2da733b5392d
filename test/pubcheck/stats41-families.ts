/**
 * stats41 (issue #11): statistics lines the checker refused though the arithmetic ties them to the counts.
 *
 * Part 3 — 「平均」「mean」「average」 alone over 0/1 variables' 「m (sd)」「m ± sd」 cells (stats40's binaryCellCases with
 * the label naming no SD), beside the groups' 患者数 N and event counts e (some under 10): refused on 115d91e as a
 * statistic (「統計量のようで」) though stats40 reads the same cells under 「平均 (SD)」. The attacker is stats40's
 * `binaryCellAttack` (written apart from the engine: each hidden e from 0 to N kept where the published cell prints as
 * e ÷ N and √(p(1 − p)), the published counts' total holding).
 *
 * `PLAIN=1 node test/pubcheck/stats41-families.ts [seeds]` prints the tally (ROOT=<tree> for another tree's checker).
 */
import { checkerOfRoot, familyTally, lcg, pick } from './helpers.ts';
import type { Checked, Reported } from './stats39-families.ts';
import { binaryCellAttack, binaryCellCases, type BinaryCellCase } from './stats40-families.ts';

export function plainMeanCases(count: number, seed: number): BinaryCellCase[] {
  const next = lcg(seed + 7);
  return binaryCellCases(count, seed).map((c) => {
    const label = pick(next, ['平均', 'mean', '平均値', 'average'] as const);
    const [head, ...rest] = c.text.split('\n');
    const text = [head!.split('\t').slice(0, 3).concat(label).join('\t'), ...rest].join('\n');
    return { ...c, family: c.family.replace('meansd', 'plain'), text, label };
  });
}

export { binaryCellAttack as plainMeanAttack };

if (import.meta.url === `file://${process.argv[1]}` && process.env.PLAIN) {
  const { check, highs, bundle } = await checkerOfRoot();
  const { toReport } = (await import(`${process.env.ROOT ?? new URL('../..', import.meta.url).pathname}/src/pubcheck/report.ts`)) as {
    toReport: (r: unknown, b: unknown, d: Date) => Reported;
  };
  const tally = familyTally({ width: 18, leaks: true });
  for (const seed of (process.argv[2] ?? '2011,2012').split(',').map(Number))
    for (const c of plainMeanCases(50, seed)) {
      const r = check(highs, bundle, c.text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });
      const report = r.ok ? toReport(r, bundle, new Date('2026-12-05T00:00:00Z')) : undefined;
      const leaks = binaryCellAttack(c, r as Checked, report);
      if (process.env.SHOW && (leaks.length > 0 || !r.ok))
        console.log(c.text, leaks, r.ok ? '' : r.errors.map((e: { message: string }) => e.message));
      tally.add(c.family, r, leaks.length > 0);
    }
  tally.print();
}
