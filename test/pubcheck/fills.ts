/**
 * The brute force over whole fills the statistics families' attackers share (stats38's `statAttack`, stats39's
 * `centreAttack`, stats40's `meanExtremeAttack`), written apart from the engine: each row's hidden cells filled with
 * every whole number from 0 to its column's published total (or to `bound`), a row's fill kept where `rowFits` holds
 * (the row's statistics print as published where the report publishes them), and the rows combined under the
 * published column totals (and `wholeFits`, a constraint over every row: a 合計 row's statistic). A hidden count is
 * given back where every fill keeps one value, or shown under 10 where every fill keeps it under 10.
 */
import type { Highs } from 'highs';
import { checkerOfRoot, familyTally } from './helpers.ts';
import type { Checked, Reported } from './stats39-families.ts';

export interface FillSearch {
  /** counts[i][j]: the true counts, row i (a hospital), column j (a year). */
  counts: number[][];
  /** Whether the checker hides count (i, j). */
  hidden: (i: number, j: number) => boolean;
  /** Whether column j's total is published (then the column's counts add up to it). */
  totalShown: (j: number) => boolean;
  /** Row i with its hidden cells filled: whether it fits every published value of its row. */
  rowFits: (i: number, row: readonly number[]) => boolean;
  /** Every row filled: whether it fits the published values taken over all rows (none unless given). */
  wholeFits?: (rows: readonly (readonly number[])[]) => boolean;
  /** The largest fill of a cell under a total not published (500 unless given). */
  bound?: number;
}

/** Each hidden cell (row, column) with the values some fill gives it; undefined where the search gave up. */
export function fillSearch(s: FillSearch): { cells: (readonly [number, number])[]; values: Set<number>[] } | undefined {
  const R = s.counts.length;
  const C = s.counts[0]?.length ?? 0;
  const sums = [...Array(C).keys()].map((j) => s.counts.reduce((t, row) => t + row[j]!, 0));
  const hiddenOf = s.counts.map((_, i) => [...Array(C).keys()].filter((j) => s.hidden(i, j)));
  const candidates: number[][][] = [];
  for (let i = 0; i < R; i++) {
    const hid = hiddenOf[i]!;
    if (hid.length > 2) return undefined;
    // A row with nothing hidden: its one fill is the truth.
    if (hid.length === 0) {
      candidates.push([[]]);
      continue;
    }
    const row = [...s.counts[i]!];
    const fills: number[][] = [];
    const rec = (k: number, acc: number[]) => {
      if (k === hid.length) {
        hid.forEach((j, q) => (row[j] = acc[q]!));
        if (s.rowFits(i, row)) fills.push([...acc]);
        return;
      }
      const j = hid[k]!;
      for (let x = 0; x <= (s.totalShown(j) ? sums[j]! : (s.bound ?? 500)); x++) rec(k + 1, [...acc, x]);
    };
    rec(0, []);
    candidates.push(fills);
  }
  const cells = s.counts.flatMap((_, i) => hiddenOf[i]!.map((j) => [i, j] as const));
  const values = cells.map(() => new Set<number>());
  const known = sums.map((_, j) => s.counts.reduce((t, row, i) => t + (hiddenOf[i]!.includes(j) ? 0 : row[j]!), 0));
  const lastRow = sums.map((_, j) => Math.max(-1, ...s.counts.map((_, i) => (hiddenOf[i]!.includes(j) ? i : -1))));
  const partial = sums.map(() => 0);
  const filled = s.counts.map((row) => [...row]);
  const chosen: number[][] = [];
  let steps = 0;
  const dfs = (i: number): void => {
    if (++steps > 3_000_000) throw new Error('cap');
    if (i === R) {
      if (s.wholeFits && !s.wholeFits(filled)) return;
      let k = 0;
      chosen.forEach((fill) => fill.forEach((v) => values[k++]!.add(v)));
      return;
    }
    const hid = hiddenOf[i]!;
    for (const fill of candidates[i]!) {
      hid.forEach((j, q) => {
        partial[j]! += fill[q]!;
        filled[i]![j] = fill[q]!;
      });
      const ok = hid.every(
        (j) => !s.totalShown(j) || (known[j]! + partial[j]! <= sums[j]! && (lastRow[j] !== i || known[j]! + partial[j]! === sums[j]!)),
      );
      if (ok) {
        chosen.push(fill);
        dfs(i + 1);
        chosen.pop();
      }
      hid.forEach((j, q) => (partial[j]! -= fill[q]!));
    }
    hid.forEach((j) => (filled[i]![j] = s.counts[i]![j]!));
  };
  try {
    dfs(0);
  } catch {
    return undefined;
  }
  return { cells, values };
}

/**
 * The leaks of a search: a hidden count pinned, or under 10 and shown so; ['unknown'] where it gave up. `name` says a
 * cell in the message. Throws where no fill keeps the truth (the attacker's model is wrong).
 */
export function fillLeaks(s: FillSearch, name: (i: number, j: number) => string, text: string, found = fillSearch(s)): string[] {
  if (!found) return ['unknown'];
  return leaksOf(
    found.cells.map(([i, j], k) => ({ name: name(i, j), value: s.counts[i]![j]!, values: found.values[k]! })),
    text,
  );
}

/**
 * The leak listing after a search (`fillLeaks`, stats39's `binaryAttack`, stats40's `binaryCellAttack`): each hidden
 * count (`name`, its true `value`, the `values` every fill left it) given back where one value is left, or shown under
 * 10 where it is under 10 and so is every value left. Throws where a count's truth is not among its values (the
 * attacker's model is wrong).
 */
export function leaksOf(hidden: readonly { name: string; value: number; values: Iterable<number> }[], text: string): string[] {
  const leaks: string[] = [];
  for (const { name, value: v, values } of hidden) {
    const vs = [...values];
    if (!vs.includes(v)) throw new Error(`attacker lost the truth on\n${text}`);
    if (vs.length === 1) leaks.push(`${name} pinned to ${v}`);
    else if (v < 10 && Math.max(...vs) < 10) leaks.push(`${name} (${v}) shown under 10 (≤ ${Math.max(...vs)})`);
  }
  return leaks;
}

/**
 * A statistics families script's main (stats39–41): the cases of each seed (argv[2], else `seeds`) checked under the
 * threshold, each read one's report taken, the case attacked (`attack`) and tallied by family (`family`, else the
 * case's); `SHOW=1` prints the cases `show` picks (else those leaked or refused). With `unknown`, an attacker that gave
 * up (['unknown']) is no leak and the cases it gave up on are said after the tally.
 */
export async function familyMain<C extends { family: string; text: string }>(o: {
  seeds: string;
  cases: (seed: number) => C[];
  attack: (c: C, r: Checked, report: Reported | undefined, highs: Highs) => string[];
  show?: (c: C, ok: boolean, leaks: string[]) => boolean;
  family?: (c: C) => string;
  unknown?: boolean;
}): Promise<void> {
  const { check, highs, bundle } = await checkerOfRoot();
  const { toReport } = (await import(`${process.env.ROOT ?? new URL('../..', import.meta.url).pathname}/src/pubcheck/report.ts`)) as {
    toReport: (r: unknown, b: unknown, d: Date) => Reported;
  };
  const tally = familyTally({ width: 18, leaks: true });
  let unknown = 0;
  for (const seed of (process.argv[2] ?? o.seeds).split(',').map(Number))
    for (const c of o.cases(seed)) {
      const r = check(highs, bundle, c.text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });
      const report = r.ok ? toReport(r, bundle, new Date('2026-12-05T00:00:00Z')) : undefined;
      const leaks = o.attack(c, r as Checked, report, highs);
      if (o.unknown && leaks[0] === 'unknown') unknown++;
      if (process.env.SHOW && (o.show ? o.show(c, r.ok, leaks) : leaks.length > 0 || !r.ok))
        console.log(c.text, leaks, r.ok ? '' : r.errors.map((e: { message: string }) => e.message));
      tally.add(o.family ? o.family(c) : c.family, r, leaks.length > 0 && !(o.unknown && leaks[0] === 'unknown'));
    }
  tally.print();
  if (o.unknown) console.log('attacker gave up on', unknown);
}

/**
 * Whether the checker publishes the cell (row, col) of a read table `t` — by its status where the labels name a cell
 * of the table, else by the report's hidden mark on the rate line that holds it (stats39's `binaryAttack` and
 * `centreAttack`, stats40's `binaryCellAttack` and `meanExtremeAttack`). Throws where neither holds it.
 */
export const shownIn =
  (t: NonNullable<Checked['tables']>[number], report: Reported | undefined, text: string) =>
  (row: string, col: string): boolean => {
    const C = t.table.cols.length;
    const i = t.table.rows.findIndex((h) => h.label === row);
    const j = t.table.cols.findIndex((h) => h.label === col);
    if (i >= 0 && j >= 0) return t.status[i * C + j] === 'published';
    const v = report?.tables[0]?.rates.flatMap((x) => x.cells).find((x) => x.row === row && x.col === col);
    if (!v) throw new Error(`no cell ${row} × ${col} in\n${text}`);
    return !v.hidden;
  };
