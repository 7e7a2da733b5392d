/**
 * stats44 (issue #11): an extreme of another table's lines under no word of one, over any number of positions, and an
 * extreme line with 「-」 cells (stats42-families.ts's `acrossCases` numbers).
 *
 * - `nowordCases`: the `noword` form (「参考値」 in 「施設別の参考値」, each hospital's largest or smallest year): 58c225e
 *   refused it over four hospitals or more and read it as counts over three (a hidden count given back to an attacker
 *   taking it for the extreme).
 * - `dashCases`: the `across` (a word of an extreme) and `noword` forms with one hospital's extreme written 「-」 (read
 *   as a count 0, which is no extreme of its counts): 58c225e found no extreme there and read the line as counts.
 *   `dashAttack` is stats42's brute force with the dashed hospital's row free.
 * - `chanceCases` (`CHANCE=1`): ordinary inputs of two count tables over the same 2–8 hospitals (stats42's
 *   `acrossChance` from two hospitals): by years, and a second of one or two other counts or of the last year's counts
 *   (a copy). None is an extreme; a line read as one only costs cells hidden. Prints refusals, lines read as extremes
 *   and hidden cells, by family (`ROOT=<tree>` for another tree's checker).
 *
 * `node test/pubcheck/stats44-families.ts [seeds]` (seeds 2201–2219).
 */
import { familyMain, fillLeaks, shownIn } from './fills.ts';
import { checkerOfRoot, int, lcg } from './helpers.ts';
import type { Checked, Reported } from './stats39-families.ts';
import { acrossCases, acrossChance, type AcrossCase } from './stats42-families.ts';

export interface DashCase extends AcrossCase {
  /** The hospital whose extreme is written 「-」 (none: every extreme printed). */
  dashed?: number;
}

const extremeOf = (how: 'max' | 'min', xs: readonly number[]) => (how === 'max' ? Math.max(...xs) : Math.min(...xs));

/** stats42's `noword` form only (「参考値」), `count` sets of numbers. */
export function nowordCases(count: number, seed: number): DashCase[] {
  return acrossCases(count, seed).filter((c) => c.form === 'noword');
}

/** The `across` and `noword` forms with one hospital's extreme written 「-」 (2 × count cases). */
export function dashCases(count: number, seed: number): DashCase[] {
  const next = lcg(seed + 7);
  return acrossCases(count, seed)
    .filter((c) => c.form !== 'within')
    .map((c) => {
      const d = int(next, 0, c.hospitals.length - 1);
      const ext = extremeOf(c.how, c.counts[d]!);
      const [first, second] = c.text.split('# 表2');
      const text = `${first}# 表2${second!.replace(`\n${c.hospitals[d]},${ext}\n`, `\n${c.hospitals[d]},-\n`)}`;
      if (text === c.text) throw new Error(`no extreme of ${c.hospitals[d]} in\n${c.text}`);
      return { ...c, dashed: d, text, family: `dash-${c.form}-${c.hospitals.length >= 4 ? '4+' : '3'}h` };
    });
}

/** stats42's `acrossAttack` with the dashed hospital's row free (its extreme is not printed). */
export function dashAttack(c: DashCase, r: Checked, report: Reported | undefined): string[] {
  if (!r.ok || !r.tables) return [];
  const t = r.tables[0]!;
  const shown = shownIn(t, report, c.text);
  const t2 = r.tables[1];
  if (!t2) throw new Error(`no second table in\n${c.text}`);
  // A one-column table's 「B病院,-」 is read as a heading over the next row (「B病院・C病院」): that row is C病院's.
  const extShown = (i: number): boolean => {
    if (i === c.dashed) return false;
    const h = c.hospitals[i]!;
    const row = t2.table.rows.find((x) => x.label === h) ?? t2.table.rows.find((x) => x.label.endsWith(`・${h}`));
    if (!row) throw new Error(`no row ${h} in\n${c.text}`);
    return shownIn(t2, undefined, c.text)(row.label, c.label);
  };
  const exts = c.counts.map((row) => extremeOf(c.how, row));
  return fillLeaks(
    {
      counts: c.counts,
      hidden: (i, j) => !shown(c.hospitals[i]!, c.years[j]!),
      totalShown: (j) => shown('合計', c.years[j]!),
      rowFits: (i, row) => !extShown(i) || extremeOf(c.how, row) === exts[i],
    },
    (i, j) => `${c.hospitals[i]}・${c.years[j]}`,
    c.text,
  );
}

/**
 * Ordinary two-table inputs over 2–8 hospitals (stats42's `acrossChance` from two hospitals, half with a 合計 line):
 * counts of 0–3, 0–40 or 10–200 by year, and a second table of one or two other counts (「外来」「紹介」) or, a third of
 * them growing by year, of the last year's counts. None is an extreme.
 */
export const chanceCases = (count: number, seed: number) => acrossChance(count, seed, true);

/** `CHANCE=1`: each family's inputs, refused, read with a line as an extreme across tables, and cells hidden. */
async function chanceMain(seeds: string): Promise<void> {
  const { check, highs, bundle } = await checkerOfRoot();
  const tally = new Map<string, { runs: number; refused: number; extreme: number; hidden: number }>();
  for (const seed of seeds.split(',').map(Number))
    for (const c of chanceCases(Number(process.env.COUNT ?? 1000), seed)) {
      const r = check(highs, bundle, c.text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 }) as Checked & {
        warnings?: { code: string }[];
      };
      const t = tally.get(c.family) ?? { runs: 0, refused: 0, extreme: 0, hidden: 0 };
      tally.set(c.family, t);
      t.runs++;
      if (!r.ok) {
        t.refused++;
        continue;
      }
      if ((r.warnings ?? []).some((w) => w.code === 'header/extreme-across')) {
        t.extreme++;
        if (process.env.SHOW) console.log(c.text);
      }
      t.hidden += (r.tables ?? []).reduce((s, x) => s + x.status.filter((v) => v !== 'published').length, 0);
    }
  const all = { runs: 0, refused: 0, extreme: 0, hidden: 0 };
  for (const [family, t] of [...tally].sort()) {
    console.log(`${family.padEnd(22)} runs ${t.runs} refused ${t.refused} read-as-extreme ${t.extreme} hidden ${t.hidden}`);
    for (const k of ['runs', 'refused', 'extreme', 'hidden'] as const) all[k] += t[k];
  }
  console.log(`${'all'.padEnd(22)} runs ${all.runs} refused ${all.refused} read-as-extreme ${all.extreme} hidden ${all.hidden}`);
}

if (import.meta.url === `file://${process.argv[1]}`)
  await (process.env.CHANCE
    ? chanceMain(process.argv[2] ?? '2205')
    : familyMain({
        seeds: '2201,2202',
        cases: (seed) => [...nowordCases(50, seed), ...dashCases(25, seed)],
        attack: dashAttack,
        family: (c) => (c.dashed === undefined ? `noword-${c.hospitals.length >= 4 ? '4+' : '3'}h` : c.family),
        unknown: true,
      }));
