/**
 * means37 (issue #11): means and ratios beside counts.
 *
 * - Means (attack36's `meanTables`, seeds 1281–1300, 5 a seed): on b2edc55 a mean was hidden wherever a count it
 *   averages is; now its rounding interval is a row of the system and it is hidden only where that row would let a
 *   hidden count be recovered (check.ts `meansShown`). `meanTally` counts the cells hidden (counts and means) and the
 *   oracle's leaks (attack36's `meanAttack`, `means: true`).
 * - Ratios (`ratioTables`): 「男女比」「比」「ratio」「A/B」 lines beside the two lines of counts they divide.
 *
 * Run as a script: `ROOT=/tmp/base-means37 npx node test/pubcheck/means37-families.ts` prints, for the checker under
 * `ROOT` (this tree unless said), per family the tables read, leaked by the oracle and refused (by code), and the
 * cells hidden.
 */
import type { Highs } from 'highs';
import { int, lcg, pick } from './helpers.ts';
import { meanAttack, meanTables, type MeanCase } from './attack36-families.ts';

export const SEEDS = Array.from({ length: 20 }, (_, i) => 1281 + i);

/** attack36's mean tables of means37's seeds (100). */
export const meanFamily = (): MeanCase[] => SEEDS.flatMap((s) => meanTables(5, s));

export interface RatioCase {
  text: string;
  label: string;
}
const RATIO_LABELS = ['男女比', '比', 'ratio', '男/女', 'M/F', '性比'];

/**
 * `count` tables of seed `seed`: groups (3–5 rows, 10–60, one or two under 10) by 男性 and 女性, and a last column
 * 男性 ÷ 女性 rounded to 1 or 2 decimals headed by a word of a ratio, with a 合計 column and row or not.
 */
export function ratioTables(count: number, seed: number): RatioCase[] {
  const next = lcg(seed);
  return Array.from({ length: count }, () => {
    const label = pick(next, RATIO_LABELS);
    const n = int(next, 3, 5);
    const xs = Array.from({ length: n }, () => [int(next, 10, 60), int(next, 10, 60)]);
    const smalls = int(next, 1, 2);
    for (let s = 0; s < smalls; s++) xs[int(next, 0, n - 1)]![int(next, 0, 1)] = int(next, 1, 9);
    const d = next() < 0.5 ? 1 : 2;
    const total = next() < 0.5;
    const rows = total ? [...xs, [xs.reduce((s, r) => s + r[0]!, 0), xs.reduce((s, r) => s + r[1]!, 0)]] : xs;
    const lines = [
      ['群', '男性', '女性', ...(total ? ['合計'] : []), label],
      ...rows.map((r, i) => [
        i < n ? `${String.fromCharCode(65 + i)}群` : '合計',
        String(r[0]),
        String(r[1]),
        ...(total ? [String(r[0]! + r[1]!)] : []),
        (r[0]! / r[1]!).toFixed(d),
      ]),
    ];
    return { text: `${lines.map((l) => l.join(',')).join('\n')}\n`, label };
  });
}
export const ratioFamily = (): RatioCase[] => SEEDS.flatMap((s) => ratioTables(5, s));

interface Checked {
  ok: boolean;
  errors?: { code: string }[];
  tables?: { status: string[]; table: { rates?: { cells: unknown[] }[] } }[];
}

/** Cells a read table hides: counts, and the lines set aside (means, ratios) by the report's `hidden`. */
export function hiddenCells(
  r: Checked,
  report: { tables: { rates: { cells: { hidden: boolean }[] }[] }[] },
): { counts: number; lines: number } {
  const t = r.tables![0]!;
  return {
    counts: t.status.filter((s) => s !== 'published').length,
    lines: report.tables[0]!.rates.reduce((s, x) => s + x.cells.filter((c) => c.hidden).length, 0),
  };
}

/**
 * The means scripts' pass over a family (means37, means39), for another tree's checker: each case checked by `run`
 * and, where read, its report (`report`), hidden counts and line cells counted (`hiddenCells`), `attack` given the
 * report's hidden cells (a leak where it finds a problem; `SHOW=1` prints them) and, with `teeth`, nothing hidden
 * (`bites`: the oracle's teeth); each added to `tally` under `family(c)`.
 */
export function scriptPass<C extends { text: string }>(
  run: (text: string) => any,
  report: (r: any) => { tables: { rates: { cells: { hidden: boolean }[] }[] }[] },
  cases: readonly C[],
  attack: (t: any, hidden: (k: number, j: number) => boolean) => string[],
  tally: { add(family: string, r: any, leaked?: boolean): void },
  family: (c: C) => string,
  teeth = false,
): { counts: number; lines: number; bites: number } {
  const out = { counts: 0, lines: 0, bites: 0 };
  for (const c of cases) {
    const r = run(c.text);
    let leaked = false;
    if (r.ok) {
      const rep = report(r);
      const h = hiddenCells(r as Checked, rep);
      out.counts += h.counts;
      out.lines += h.lines;
      const problems = attack(r.tables[0], (k, j) => rep.tables[0]!.rates[k]!.cells[j]!.hidden);
      leaked = problems.length > 0;
      if (leaked && process.env.SHOW) console.log(c.text, problems);
      if (teeth && attack(r.tables[0], () => false).length > 0) out.bites++;
    }
    tally.add(family(c), r, leaked);
  }
  return out;
}

export { meanAttack };
export type { Highs };

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = process.env.ROOT ?? new URL('../..', import.meta.url).pathname;
  const { checkerIn, familyTally } = await import('./helpers.ts');
  const { check, highs, bundle } = await checkerIn(`${root}/src/pubcheck`);
  const { toReport } = await import(`${root}/src/pubcheck/report.ts`);
  const { ratioAttack } = await import('./means37-attack.ts');
  const tally = familyTally({ width: 8, leaks: true });
  const at = new Date('2026-12-04T00:00:00Z');
  const run = (text: string) => check(highs, bundle, text, { details: true }, { mipSeconds: 0 });
  const report = (r: any) => toReport(r, bundle, at);
  for (const [name, cases, attack] of [
    ['means', meanFamily(), meanAttack],
    ['ratios', ratioFamily(), ratioAttack],
  ] as const) {
    const { counts, lines } = scriptPass(
      run,
      report,
      cases,
      (t, hidden) => attack(highs, t, hidden),
      tally,
      () => name,
    );
    tally.print();
    console.log(`  ${name}: hidden counts ${counts}, hidden ${name} cells ${lines} (of the tables read)`);
  }
  process.exit(0);
}
