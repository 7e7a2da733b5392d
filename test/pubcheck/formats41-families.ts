/**
 * formats41 (issue #11): SAS PROC FREQ's two-way listing, seeded (seeds 1971–1980). Every printed number carries its
 * true meaning (formats33-attack.ts takes every number the check leaves published); `joined` is the same numbers as
 * the checker reads them, as tab-separated tables (for the oracle, which reads no listing).
 *
 * - `sasCross`: a crosstab as SAS prints it to its listing — the key in the corner (「Frequency|」「Percent  |」
 *   「Row Pct  |」「Col Pct  |」, or fewer under NOPERCENT / NOROW / NOCOL), the header after the key's last 「|」, each
 *   row a stack of one line a statistic between 「|」, rules of 「-」 and 「+」, the Total line with no 「|」 and its
 *   Percent line; its counts bare or with thousands commas (FORMAT=COMMA., in a file with no tab: a CSV reading cuts
 *   the lines at them), 「Table of sex by outcome」 and the names line above it or not, 「Frequency Missing = m」 under it
 *   or not; one or two counts under the threshold.
 */
import { int, lcg, pick } from './helpers.ts';
import { COLS, counts, type Joined } from './formats35-families.ts';
import { sasCrossMoreTable } from './formats42-families.ts';

export type SasStat = 'count' | 'cell' | 'row' | 'col';
/** The statistics as the options leave them, in SAS's order. */
export const STATS: SasStat[][] = [
  ['count', 'cell', 'row', 'col'],
  ['count', 'row', 'col'],
  ['count', 'cell'],
  ['count'],
  ['count', 'col'],
  ['count', 'cell', 'row'],
];
const XROWS = [
  ['male', 'female'],
  ['<65', '65-74', '>=75'],
  ['StageI', 'StageII', 'StageIII'],
];

/**
 * SAS's two-way listing of the counts `c` with the statistics `stats` (formats42-families.ts `sasCrossMoreTable`, the
 * one builder of SAS's crosstab, with formats41's statistics); `count` prints a count (bare, or with commas); `names`
 * the lines 「Table of sex by outcome」 and 「sex  outcome」 above the key; `m` a 「Frequency Missing」 under it.
 */
export function sasCrossTable(
  rows: string[],
  cols: string[],
  c: number[][],
  stats: SasStat[],
  options: Parameters<typeof sasCrossMoreTable>[4] = {},
): Joined {
  const j = sasCrossMoreTable(rows, cols, c, stats, options);
  return { ...j, family: `sas-cross-${stats.length === 1 ? 'counts' : stats.slice(1).join('-')}` };
}

const grouped = (x: number) => x.toLocaleString('en-US');

export function sasCross(n: number, seed: number): Joined[] {
  const next = lcg(seed);
  const out: Joined[] = [];
  for (let q = 0; q < n; q++) {
    const rows = pick(next, XROWS);
    const cols = pick(next, COLS);
    const big = next() < 0.3;
    const c = big
      ? Array.from({ length: rows.length }, () => Array.from({ length: cols.length }, () => int(next, 100, 9999)))
      : counts(next, rows.length, cols.length);
    if (big) for (let t = int(next, 1, 2); t > 0; t--) c[int(next, 0, rows.length - 1)]![int(next, 0, cols.length - 1)] = int(next, 1, 9);
    const stats = pick(next, STATS);
    const j = sasCrossTable(rows, cols, c, stats, {
      count: big ? grouped : String,
      names: pick(next, ['both', 'both', 'table', 'vars', 'none'] as const),
      frame: next() < 0.5,
      ...(next() < 0.5 ? { m: next() < 0.5 ? int(next, 1, 9) : int(next, 10, 40), stated: next() < 0.5 } : {}),
    });
    out.push({ ...j, family: `${j.family}${big ? '-thousands' : ''}` });
  }
  return out;
}
