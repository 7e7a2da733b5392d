/**
 * totals15 (issue #11): the lines totals14 still refused as undecidable (`total/rest`: a script no other line has, a
 * series, near two lines' sum, three positions or more by the numbers alone) and those whose label shows a total
 * (marks alone 「- -」「**」, 「Patients」 alone, a total's word first, 「Any」) are read under both readings too
 * (overtotal.ts `readBoth`), a row and a column in one table where both totals can hold together. Judged apart from the
 * engine under both readings and under either protection:
 *
 * - as a total (`rangesAsTotal`): the line is the sum of the other printed lines plus an unprinted rest ≥ 0 per
 *   position (the truth of every family here); an integer attacker (HiGHS, as attack32's `attackCase`) gives each
 *   hidden count's and each rest's least and largest value, every published cell fixed, 0 exempt;
 * - as an item: the independent oracle (oracle.ts `attack`) over the table as printed.
 *
 * A count of 1–9 leaks under `threshold` where its largest value is under 10 or its value is pinned, under
 * `not-exact` where it is pinned (that protection allows a range under the threshold: counted apart, `shown`).
 *
 * Run as a script: `ROOT=<tree> npx node test/pubcheck/totals15-families.ts <n> <seed> [threshold|not-exact]` —
 * totals12's, totals13's, attack32's overmixed and attack26's rest totals (n each), then 5n ordinary tables of
 * totals12's, totals13's, attack27's and attack32's dominant family (refusals, hidden cells, tables read both ways).
 */
import type { Highs } from 'highs';
import { attack } from './oracle.ts';
import { family, OVER_WORDS, T } from './attack32-families.ts';
import { restTotals } from './attack26-families.ts';
import { checkerOfRoot, codesOf } from './helpers.ts';
import { smallTotals } from './totals12-families.ts';
import { sameScriptTotals } from './totals13-families.ts';
import { itemRanges, keyTally, ordinaryFamily, ordinaryTally, printed, totalUnknowns, type Read } from './totals14-families.ts';

export type Protection = 'threshold' | 'not-exact';
/** A count of 1–9 attacked: its value and the least and largest value the attacker finds. */
export interface Found {
  value: number;
  lo: number;
  hi: number;
}

/** Whether `f` is given back under `protection` (see the file's comment). */
export const leaks = (f: Found, protection: Protection) =>
  f.value >= 1 && f.value < T && (f.lo === f.hi || (protection === 'threshold' && f.hi < T));

/** Item reading: the oracle's ranges of the hidden counts of 1–9 of the printed table. */
export const rangesAsItem = (highs: Highs, r: Read): Found[] =>
  itemRanges(highs, r).map(({ value, lo, hi }) => ({ value, lo, hi: hi ?? Infinity }));

/**
 * Total reading: line `label` of `axis` is the sum of the other printed lines plus a rest ≥ 0 per position; the least
 * and largest value of each count of 1–9 hidden or unprinted (the rests). Undefined where no printed line bears the
 * label or a rest is below 0.
 */
export function rangesAsTotal(highs: Highs, r: Read, axis: 'rows' | 'cols', label: string): Found[] | undefined {
  // Variables: each other line's cell, then each position's rest. The line's cell is their sum.
  const u = totalUnknowns(r, axis, label);
  if (u === undefined) return undefined;
  const { lines, positions, t, isHidden, fine, vars: v, rests } = u;
  const exprOf = (i: number, b: number) =>
    i === t ? [...lines.filter((x) => x !== t).map((x) => v.get(`${x}:${positions[b]}`)!), rests[b]!] : [v.get(`${i}:${positions[b]}`)!];
  const term = (e: number[]) => e.map((x) => `+ x${x}`).join(' ');
  const cons: string[] = [];
  const targets: number[][] = rests.map((x) => [x]);
  for (const i of lines)
    positions.forEach((k, b) => {
      const e = exprOf(i, b);
      const value = e.reduce((s, x) => s + fine[x]!, 0);
      if (!isHidden(i, k)) cons.push(`${term(e)} = ${value}`);
      else {
        if (value >= 1) cons.push(`${term(e)} >= 1`);
        targets.push(e);
      }
    });
  const out: Found[] = [];
  const lp = (sense: 'Maximize' | 'Minimize', e: number[]) =>
    `${sense}\n obj: ${term(e)}\nSubject To\n${cons.map((k, n) => ` c${n}: ${k}`).join('\n') || ' c0: x0 >= 0'}\nBounds\n${fine
      .map((_, x) => `x${x} >= 0`)
      .join('\n')}\nGeneral\n ${fine.map((_, x) => `x${x}`).join(' ')}\nEnd\n`;
  for (const e of targets) {
    const value = e.reduce((s, x) => s + fine[x]!, 0);
    if (value < 1 || value >= T) continue;
    const hiRun = highs.solve(lp('Maximize', e), {});
    const hi = hiRun.Status === 'Optimal' ? Math.round(hiRun.ObjectiveValue) : Infinity;
    const loRun = highs.solve(lp('Minimize', e), {});
    const lo = loRun.Status === 'Optimal' ? Math.round(loRun.ObjectiveValue) : 0;
    out.push({ value, lo, hi });
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { check, highs, bundle } = await checkerOfRoot();
  const [count, seed] = [Number(process.argv[2] ?? 200), Number(process.argv[3] ?? 1401)];
  const protection = (process.argv[4] ?? 'threshold') as Protection;
  const run = (text: string) => check(highs, bundle, text, { details: true }, { protection, mipSeconds: 0.3 });
  const { add, print } = keyTally();
  const judge = (fam: string, text: string, axis: 'rows' | 'cols', label: string) => {
    const r = run(text);
    if (!r.ok) {
      add(`${fam}: refused ${codesOf(r)}`);
      return;
    }
    const tr = r.tables[0] as Read;
    const total = rangesAsTotal(highs, tr, axis, label);
    const item = rangesAsItem(highs, tr);
    const byOracle = rangesAsTotalsByOracle(highs, tr, [{ axis, label }]);
    if (r.warnings.some((w: { code: string }) => w.code === 'total/both-readings')) add(`${fam}: read both ways`);
    const what =
      total === undefined
        ? 'total unmatched'
        : total.some((f) => leaks(f, protection)) || (byOracle ?? []).some((f) => leaks(f, protection))
          ? 'leaked as a total'
          : item.some((f) => leaks(f, protection))
            ? 'leaked as an item'
            : 'read, none leaked';
    add(`${fam}: ${what}`);
    if (protection === 'not-exact' && [...(total ?? []), ...item].some((f) => f.hi < T)) add(`${fam}: (not-exact) a range under ${T}`);
    if (process.env.SHOW && what.startsWith('leaked')) console.log(fam, what, JSON.stringify(text));
  };
  for (const t of smallTotals(count, seed)) judge(`totals12 ${t.kind}`, t.text, t.axis, t.label);
  for (const t of sameScriptTotals(count, seed)) {
    const tb = t.c.tables[0]!;
    judge(`totals13 ${t.items}`, t.c.text, tb.rows.includes(t.label) ? 'rows' : 'cols', t.label);
  }
  for (const c of family('totals/overmixed', count, seed)) {
    const tb = c.tables[0]!;
    // overMixed's total row is first or last; its label is one of OVER_WORDS.
    const label = OVER_WORDS.includes(tb.rows[0]!) ? tb.rows[0]! : tb.rows.at(-1)!;
    judge('attack32 overmixed', c.text, 'rows', label);
  }
  for (const t of restTotals(count, seed)) judge(`attack26 ${t.shape}`, t.text, t.axis, t.label);
  ordinaryTally(run, add, count, seed);
  ordinaryFamily(
    run,
    add,
    'ordinary attack32 dominant',
    family('ordinary/dominant', count, seed).map((c) => c.text),
  );
  print();
}

/**
 * Totals reading by the independent oracle: the printed table written back with each line in `totals` labelled
 * 「合計」 and what it leaves out as a line 「不明」 of its own (the rest under every other top-level line; where a row and
 * a column are both totals, the cell of both rests too), every rest hidden — the truth a reader who takes the lines for
 * totals has. The hidden counts of 1–9 and the rests of 1–9, with their ranges. Undefined where a rest is below 0 (the
 * lines cannot all be totals). Top-level lines: those with no parent (a うち line's rest of ours is under its line).
 */
export function rangesAsTotalsByOracle(
  highs: Highs,
  r: Read,
  totals: readonly { axis: 'rows' | 'cols'; label: string }[],
): Found[] | undefined {
  const p = printed(r);
  type H = { label: string; parent?: number | null };
  const top = (hs: readonly H[], i: number) => hs[i]!.parent === null || hs[i]!.parent === undefined;
  const rowsH = r.table.rows as H[];
  const colsH = r.table.cols as H[];
  const rowT = totals.find((t) => t.axis === 'rows');
  const colT = totals.find((t) => t.axis === 'cols');
  const rt = rowT && p.rows.find((i) => rowsH[i]!.label.trim() === rowT.label.trim());
  const ct = colT && p.cols.find((j) => colsH[j]!.label.trim() === colT.label.trim());
  if ((rowT && rt === undefined) || (colT && ct === undefined)) return undefined;
  // The grid: printed cells, then a rest row and a rest column where asked.
  const grid: { value: number; hidden: boolean }[][] = p.rows.map((i) => p.cols.map((j) => ({ value: p.n(i, j), hidden: p.hidden(i, j) })));
  const rowIdx = (i: number) => p.rows.indexOf(i);
  const colIdx = (j: number) => p.cols.indexOf(j);
  const rowLabels = p.rows.map((i) => (i === rt ? '合計' : rowsH[i]!.label));
  const colLabels = p.cols.map((j) => (j === ct ? '合計' : colsH[j]!.label));
  if (rt !== undefined) {
    const others = p.rows.filter((i) => i !== rt && top(rowsH, i));
    grid.push(
      p.cols.map((_, b) => ({
        value: grid[rowIdx(rt)]![b]!.value - others.reduce((s, i) => s + grid[rowIdx(i)]![b]!.value, 0),
        hidden: true,
      })),
    );
    rowLabels.push('不明');
  }
  if (ct !== undefined) {
    const others = p.cols.filter((j) => j !== ct && top(colsH, j));
    grid.forEach((row) =>
      row.push({ value: row[colIdx(ct)]!.value - others.reduce((s, j) => s + row[colIdx(j)]!.value, 0), hidden: true }),
    );
    colLabels.push('不明');
  }
  if (grid.some((row) => row.some((c) => c.value < 0))) return undefined;
  const text = [
    ['', ...colLabels].join('\t'),
    ...grid.map((row, a) => [rowLabels[a]!, ...row.map((c) => String(c.value))].join('\t')),
  ].join('\n');
  const keys = new Set<string>();
  grid.forEach((row, a) => row.forEach((c, b) => c.hidden && keys.add(`0:${a}:${b}`)));
  if (keys.size === 0) return [];
  const out: Found[] = [];
  // disjointParts: under 「合計」, the sum of every other line, an equality among the others is taken only where the
  // attacker sees it (oracle.ts): all-hidden coincidences (a rest 8 of 「発熱 2」 and 「悪心 6」 hidden) are none of his.
  for (const [key, range] of attack(highs, `${text}\n`, keys, { zeroExempt: true, disjointParts: true })) {
    const [, a, b] = key.split(':').map(Number);
    const value = grid[a!]![b!]!.value;
    if (value >= 1 && value < T) out.push({ value, lo: range.lo, hi: range.hi ?? Infinity });
  }
  return out;
}
