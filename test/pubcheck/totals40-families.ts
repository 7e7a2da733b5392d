/**
 * totals40 (issue #11): totals found by arithmetic, the points totals14–18 left.
 *
 * - `groupN` (totals18's family, `groupNTotals`): a line over its items by a few beside group Ns or a line of sizes,
 *   each N the line + 1–9 (`small`): on c3b2cb1 some were refused `header/n-below-sum` — the N, already a finding
 *   (N less the line, primary.ts `leftOutOfBothPositions`), read through by a disjoint reader. Judged by totals18's
 *   `judgeGroupN` (the integer attacker as a total, each N less the line, the oracle as an item).
 * - `running`: time points across (3–5), 2–3 items, and a line 「累計」「累積」「Cumulative」「Running total」 that is the
 *   running sum of every item's sum (`whole`, the column totals no line prints), or 「累計」 as the running sum of a line
 *   over the items by a few (`line`, totals17's `stepTotals` under the total's word totals17 left); `off`: the running
 *   sum with one cell 1 off (refused in words naming the line). Judged apart from the engine: an integer attacker who
 *   reads the line as the running sum it is (each published cell of it an equation over the items' cells up to its
 *   point), and the oracle over the printed table; for `line`, totals17's `judgeSteps`.
 * - `crossed`: a row 「X」 and a column 「Y」 each over their items but at each other (denom34's probe, README limits):
 *   judged by the integer attacker taking X alone (Y left out) or Y alone for a total, and the oracle. A measurement
 *   only (`chance3`: the ordinary families a refusal of the shape would stop by chance); the class left open here is
 *   read both ways since totals42 (totals42.test.ts, with the oracle given each reading).
 *
 * Run as a script: `ROOT=<tree> npx node test/pubcheck/totals40-families.ts <n> <seed> [threshold|not-exact]`.
 */
import type { Highs } from 'highs';
import { T } from './attack32-families.ts';
import { family as attack32Family } from './attack32-families.ts';
import { chanceCounts, checkerOfRoot, codesOf, int, lcg, pick } from './helpers.ts';
import { keyTally, ordinaryFamily, ordinaryTally, type Read } from './totals14-families.ts';
import { leaks, rangesAsItem, rangesAsTotal, type Found, type Protection } from './totals15-families.ts';
import { judgeSteps, stepTotals } from './totals17-families.ts';
import { groupNTotals, judgeGroupN } from './totals18-families.ts';

type Result =
  | { ok: false; errors: { code: string; message: string }[] }
  | { ok: true; tables: unknown[]; warnings: { code: string; message: string }[] };

const ITEMS = ['発熱', '頭痛', '発疹', '嘔吐', '下痢', '咳'];
const POINTS = ['1月', '2月', '3月', '4月', '5月'];
const RUNNING = ['累計', '累積', 'Cumulative', 'Running total'];

export type RunningKind = 'whole' | 'line' | 'off';
export interface Running {
  text: string;
  kind: RunningKind;
  label: string;
  /** For `line`: the line the running sum accumulates (totals17's `StepTotal.line`). */
  line?: string;
}

/** Seeded tables with a running-sum line (see the file's comment); a third of each kind. */
export function runningTables(count: number, seed: number): Running[] {
  const next = lcg(seed);
  const steps = stepTotals(count, seed);
  return Array.from({ length: count }, (_, index) => {
    const kind: RunningKind = (['whole', 'line', 'off'] as const)[index % 3]!;
    if (kind === 'line') {
      const s = steps[index]!;
      return { text: s.text.replace(`\n${s.running}\t`, '\n累計\t'), kind, label: '累計', line: s.line };
    }
    const cols = POINTS.slice(0, int(next, 3, 5));
    const items = [...ITEMS].sort(() => next() - 0.5).slice(0, int(next, 2, 3));
    const cells = items.map(() => cols.map(() => (next() < 0.35 ? int(next, 1, T - 1) : int(next, 10, 40))));
    const label = kind === 'off' ? pick(next, ['累計', 'Running total']) : pick(next, RUNNING);
    const run = cols.map((_, k) => cells.reduce((s, r) => s + r.slice(0, k + 1).reduce((a, b) => a + b, 0), 0));
    if (kind === 'off') run[int(next, 1, cols.length - 1)]! += 1;
    const body = items.map((nm, i) => [nm, ...cells[i]!].join('\t'));
    return { text: `${[['', ...cols].join('\t'), ...body, [label, ...run].join('\t')].join('\n')}\n`, kind, label };
  });
}

/**
 * The running-sum reader over a read `whole` table: the items' cells, each published one fixed, each hidden one of 1 or
 * more at least 1 (0 is published where exempt), and each published cell of the running sum the sum of every item's
 * cells up to its point; the least and largest value of each hidden count of 1–9 (HiGHS, whole numbers).
 */
export function rangesAsRunning(highs: Highs, r: Read, label: string): Found[] {
  const width = r.table.cols.length;
  const cum = r.table.rows.findIndex((h) => h.label === label);
  const items = r.table.rows.flatMap((h, i) => (i === cum || h.rest || h.ns ? [] : [i]));
  const n = (i: number, j: number) => r.table.cells[i]![j]!.value.n ?? 0;
  const hidden = (i: number, j: number) => r.status[i * width + j] !== 'published';
  const v = (a: number, j: number) => a * width + j;
  const cons: string[] = [];
  const term = (xs: number[]) => xs.map((x) => `+ x${x}`).join(' ');
  items.forEach((i, a) =>
    r.table.cols.forEach((_, j) => {
      if (!hidden(i, j)) cons.push(`x${v(a, j)} = ${n(i, j)}`);
      else if (n(i, j) >= 1) cons.push(`x${v(a, j)} >= 1`);
    }),
  );
  r.table.cols.forEach((_, j) => {
    if (!hidden(cum, j)) cons.push(`${term(items.flatMap((_, a) => Array.from({ length: j + 1 }, (_, k) => v(a, k))))} = ${n(cum, j)}`);
  });
  const all = items.flatMap((_, a) => r.table.cols.map((_, j) => v(a, j)));
  const lp = (sense: string, x: number) =>
    `${sense}\n obj: x${x}\nSubject To\n${cons.map((k, c) => ` c${c}: ${k}`).join('\n')}\nBounds\n${all.map((y) => `x${y} >= 0`).join('\n')}\nGeneral\n ${all.map((y) => `x${y}`).join(' ')}\nEnd\n`;
  const out: Found[] = [];
  items.forEach((i, a) =>
    r.table.cols.forEach((_, j) => {
      const value = n(i, j);
      if (!hidden(i, j) || value < 1 || value >= T) return;
      const hiRun = highs.solve(lp('Maximize', v(a, j)), {});
      const loRun = highs.solve(lp('Minimize', v(a, j)), {});
      out.push({
        value,
        lo: loRun.Status === 'Optimal' ? Math.round(loRun.ObjectiveValue) : 0,
        hi: hiRun.Status === 'Optimal' ? Math.round(hiRun.ObjectiveValue) : Infinity,
      });
    }),
  );
  return out;
}

/** One `running` table: 'refused', 'leaked as a running sum', 'leaked as an item' or 'read, none leaked'. */
export function judgeRunning(highs: Highs, r: Result, t: Running, protection: Protection): string {
  if (!r.ok) return 'refused';
  if (t.kind === 'line') return judgeSteps(highs, r, { text: t.text, line: t.line!, running: t.label }, protection).what;
  const tr = r.tables[0] as Read;
  if (rangesAsRunning(highs, tr, t.label).some((f) => leaks(f, protection))) return 'leaked as a running sum';
  return rangesAsItem(highs, tr).some((f) => leaks(f, protection)) ? 'leaked as an item' : 'read, none leaked';
}

/** A `crossed` table: row 「X」 and column 「Y」 each over their items, X at Y under Y's items (denom34's probe). */
export interface Crossed {
  text: string;
}

/** Seeded `crossed` tables: 2–4 item rows, 2–3 item columns, counts 1–9 (a third) or 10–40; X and Y over by 1–9 or 10–30, one 1–9 each at least. */
export function crossedTables(count: number, seed: number): Crossed[] {
  const next = lcg(seed);
  const over = (n: number) => {
    const rests = Array.from({ length: n }, () => (next() < 0.5 ? int(next, 1, T - 1) : int(next, 10, 30)));
    rests[int(next, 0, n - 1)] = int(next, 1, T - 1);
    return rests;
  };
  return Array.from({ length: count }, () => {
    const rows = ['p', 'q', 'r', 's'].slice(0, int(next, 2, 4));
    const cols = ['A', 'B', 'C'].slice(0, int(next, 2, 3));
    const cells = rows.map(() => cols.map(() => (next() < 1 / 3 ? int(next, 1, T - 1) : int(next, 10, 40))));
    const xr = over(cols.length);
    const yr = over(rows.length);
    const x = cols.map((_, k) => cells.reduce((s, r) => s + r[k]!, 0) + xr[k]!);
    const y = rows.map((_, i) => cells[i]!.reduce((a, b) => a + b, 0) + yr[i]!);
    const xy = y.reduce((a, b) => a + b, 0) - int(next, 1, T - 1);
    const lines = [['', ...cols, 'Y'].join('\t'), ...rows.map((nm, i) => [nm, ...cells[i]!, y[i]].join('\t')), ['X', ...x, xy].join('\t')];
    return { text: `${lines.join('\n')}\n` };
  });
}

/** A read table without one line (a reader who leaves it out): its cells and status with it. */
export function without(r: Read, axis: 'rows' | 'cols', label: string): Read {
  const width = r.table.cols.length;
  const rows = r.table.rows.flatMap((h, i) => (axis === 'rows' && h.label === label ? [] : [i]));
  const cols = r.table.cols.flatMap((h, j) => (axis === 'cols' && h.label === label ? [] : [j]));
  return {
    table: {
      ...r.table,
      rows: rows.map((i) => r.table.rows[i]!),
      cols: cols.map((j) => r.table.cols[j]!),
      cells: rows.map((i) => cols.map((j) => r.table.cells[i]![j]!)),
    },
    status: rows.flatMap((i) => cols.map((j) => r.status[i * width + j]!)),
  };
}

/** One `crossed` table: 'refused', 'leaked to X alone as a total', '… Y alone …', 'leaked as an item' or 'read, none leaked'. */
export function judgeCrossed(highs: Highs, r: Result, protection: Protection): string {
  if (!r.ok) return 'refused';
  const tr = r.tables[0] as Read;
  if ((rangesAsTotal(highs, without(tr, 'cols', 'Y'), 'rows', 'X') ?? []).some((f) => leaks(f, protection)))
    return 'leaked to X alone as a total';
  if ((rangesAsTotal(highs, without(tr, 'rows', 'X'), 'cols', 'Y') ?? []).some((f) => leaks(f, protection)))
    return 'leaked to Y alone as a total';
  return rangesAsItem(highs, tr).some((f) => leaks(f, protection)) ? 'leaked as an item' : 'read, none leaked';
}

/** 1,000 ordinary 3×3 count tables (helpers' `chanceCounts`) with each column's N in its header: the sum, that + 0–30, or the largest + 0–30. */
export function chanceGroupNs(seed: number): string[] {
  const next = lcg(seed + 1);
  return chanceCounts(seed).map((text) => {
    const lines = text.trimEnd().split('\n');
    const body = lines.slice(1).filter((l) => !l.startsWith('合計'));
    const cols = lines[0]!.split('\t').slice(1);
    const ns = cols.map((_, j) => {
      const column = body.map((l) => Number(l.split('\t')[j + 1]));
      const sum = column.reduce((a, b) => a + b, 0);
      const u = next();
      return u < 1 / 3 ? sum : u < 2 / 3 ? sum + int(next, 0, 30) : Math.max(...column) + int(next, 0, 30);
    });
    const head = ['', ...cols.map((c, j) => (c === '合計' ? c : `${c} (N=${ns[j]})`))].join('\t');
    return `${[head, ...lines.slice(1)].join('\n')}\n`;
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { check, highs, bundle } = await checkerOfRoot();
  const [count, seed] = [Number(process.argv[2] ?? 100), Number(process.argv[3] ?? 1901)];
  const protection = (process.argv[4] ?? 'threshold') as Protection;
  const run = (text: string) => check(highs, bundle, text, { details: true }, { protection, mipSeconds: 0.3 }) as Result;
  const { add, print } = keyTally();
  const family = process.argv[5] ?? 'all';
  if (family === 'all' || family === 'groupN')
    for (const t of groupNTotals(count, seed)) {
      if (!t.small) continue;
      const r = run(t.text);
      const { what } = judgeGroupN(highs, r as never, t, protection);
      add(`groupN ${t.where} N = line + 1–9: ${what === 'refused' ? `refused ${codesOf(r as never)}` : what}`);
    }
  if (family === 'all' || family === 'running')
    for (const t of runningTables(count, seed)) {
      const r = run(t.text);
      const what = judgeRunning(highs, r, t, protection);
      add(`running ${t.kind}: ${what === 'refused' ? `refused ${codesOf(r as never)}` : what}`);
      if (process.env.SHOW && what !== 'read, none leaked')
        console.log(t.kind, what, JSON.stringify(t.text), r.ok ? '' : r.errors[0]!.message);
    }
  if (family === 'all' || family === 'crossed')
    for (const t of crossedTables(count, seed)) {
      const r = run(t.text);
      const what = judgeCrossed(highs, r, protection);
      add(`crossed: ${what === 'refused' ? `refused ${codesOf(r as never)}` : what}`);
      if (process.env.SHOW) console.log(what, JSON.stringify(t.text));
    }
  if (family === 'chance3') {
    // Chance for the crossed refusal: 1,000 tables of each ordinary family (totals14's three, attack32's dominant, chanceCounts).
    ordinaryTally(run as never, add, 200, seed);
    ordinaryFamily(
      run as never,
      add,
      'ordinary attack32 dominant',
      attack32Family('ordinary/dominant', 1000, seed).map((c) => c.text),
    );
    ordinaryFamily(run as never, add, 'ordinary chanceCounts', chanceCounts(seed));
  }
  if (family === 'chance')
    for (const text of chanceGroupNs(seed)) {
      const r = run(text);
      add(
        r.ok
          ? r.warnings.some((w) => w.code === 'total/both-readings')
            ? 'chance group Ns: read both ways'
            : 'chance group Ns: read'
          : `chance group Ns: refused ${codesOf(r as never)}`,
      );
    }
  print();
}
