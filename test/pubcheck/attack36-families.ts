/**
 * attack36 (issue #11): a line of means of the other lines read, not refused.
 *
 * - `meanTables`: counts of 2–4 facilities over 3–5 years (10–60, one or two under 10), with a line of each facility's
 *   (or year's) mean over the years rounded to 0 or 1 decimal, headed 「平均」「Mean」「avg」「平均（件数）」「Average」
 *   「1年あたり」「代表値」…, as a last column or (transposed) a last row, with a 合計 line across or not. On int
 *   (6c7cd4b) every one was refused (`header/statistic`); read.ts `setAsideMeans` now sets the line aside as a rate
 *   is, hidden where any count it averages is (report.ts).
 * - `meanAttack`: the independent oracle (oracle.ts, `means: true`) attacking what the checker publishes: the table as
 *   read with its line of means written last, each mean cell hidden where the report hides it; the printed means
 *   are then the relation k·(m − h) ≤ Σ ≤ k·(m + h) on the counts averaged. Every hidden count's range is found and
 *   a count under the threshold must not be shown to be under it, nor any hidden count pinned.
 *
 * Run as a script: `ROOT=/tmp/base-attack36 npx node test/pubcheck/attack36-families.ts 5 1181 1200` prints, for the
 * checker under `ROOT` (this tree unless said), how many of 5 tables per seed are read (and leak by the oracle) and
 * refused, by code.
 */
import type { Highs } from 'highs';
import { attack } from './oracle.ts';
import { int, lcg, pick } from './helpers.ts';

export interface MeanCase {
  text: string;
  label: string;
  transposed: boolean;
}

const LABELS = ['平均', 'Mean', 'avg', '平均（件数）', 'Average', 'Ave.', '1年あたり', 'per year', '代表値', 'mean'];
const FACILITIES = ['A病院', 'B病院', 'C病院', 'D病院'];

/** `count` tables of seed `seed` (see the file's comment). */
export function meanTables(count: number, seed: number): MeanCase[] {
  const next = lcg(seed);
  return Array.from({ length: count }, () => {
    const label = pick(next, LABELS);
    const h = int(next, 2, 4);
    const years = int(next, 3, 5);
    const ys = Array.from({ length: years }, (_, j) => `${2019 + j}年`);
    const xs = Array.from({ length: h }, () => Array.from({ length: years }, () => int(next, 10, 60)));
    const smalls = int(next, 1, 2);
    for (let s = 0; s < smalls; s++) xs[int(next, 0, h - 1)]![int(next, 0, years - 1)] = int(next, 1, 9);
    const d = next() < 0.5 ? 0 : 1;
    const mean = (vs: number[]) => (vs.reduce((a, b) => a + b, 0) / vs.length).toFixed(d);
    const total = next() < 0.4;
    const transposed = next() < 0.4;
    const sums = ys.map((_, j) => xs.reduce((s, r) => s + r[j]!, 0));
    let lines: string[][];
    if (!transposed) {
      lines = [['施設', ...ys, label], ...xs.map((r, i) => [FACILITIES[i]!, ...r.map(String), mean(r)])];
      if (total) lines.push(['合計', ...sums.map(String), mean(sums)]);
    } else {
      lines = [
        ['年', ...FACILITIES.slice(0, h), ...(total ? ['合計'] : [])],
        ...ys.map((y, j) => [y, ...xs.map((r) => String(r[j])), ...(total ? [String(sums[j])] : [])]),
        [label, ...xs.map(mean), ...(total ? [mean(sums)] : [])],
      ];
    }
    return { text: `${lines.map((l) => l.join(',')).join('\n')}\n`, label, transposed };
  });
}

export interface ReadTable {
  table: {
    rows: { label: string }[];
    cols: { label: string }[];
    cells: { text: string }[][];
    rates?: {
      axis: 'rows' | 'cols';
      label: string;
      mean?: number;
      ratio?: true;
      weighted?: unknown[];
      cells: { at: number; text: string }[];
    }[];
  };
  status: string[];
}

/**
 * The oracle's attack on a read table with one line of means (`hiddenMean(rate index, cell index)`: whether the report
 * hides that mean): the problems found, as words (empty where none).
 */
export const meanAttack = (highs: Highs, t: ReadTable, hiddenMean: (k: number, j: number) => boolean, threshold = 10): string[] =>
  lineAttack(highs, t, 'means', hiddenMean, threshold);

/**
 * The oracle's attack on a read table with one line of means (`kind` 「means」) or of ratios (「ratios」, means37): the
 * table as read with that line written last, each of its cells hidden where `hiddenLine(rate index, cell index)`; the
 * problems found, as words (empty where none): a hidden count pinned, or a small one shown under `threshold`. Also
 * a line of means of something else (「weighted」, means39: oracle.ts `weightedOf`).
 */
export function lineAttack(
  highs: Highs,
  t: ReadTable,
  kind: 'means' | 'ratios' | 'weighted',
  hiddenLine: (k: number, j: number) => boolean,
  threshold = 10,
): string[] {
  const { table, status } = t;
  const rates = table.rates ?? [];
  const k = rates.findIndex((r) => (kind === 'means' ? r.mean !== undefined : kind === 'ratios' ? r.ratio : r.weighted));
  if (k < 0) return [`no line of ${kind} read`];
  const m = rates[k]!;
  const C = table.cols.length;
  const R = table.rows.length;
  const text = (s: string) => s.replace(/(\d)\s*[人例名件]/g, '$1');
  const lines = [
    ['', ...table.cols.map((h) => h.label), ...(m.axis === 'cols' ? [m.label] : [])],
    ...table.rows.map((h, i) => [
      h.label,
      ...table.cells[i]!.map((c) => text(c.text)),
      ...(m.axis === 'cols' ? [m.cells.find((c) => c.at === i)?.text ?? ''] : []),
    ]),
    ...(m.axis === 'rows' ? [[m.label, ...table.cols.map((_, j) => m.cells.find((c) => c.at === j)?.text ?? '')]] : []),
  ];
  const hidden = new Set<string>();
  const small = new Set<string>();
  status.forEach((s, id) => {
    const key = `0:${Math.floor(id / C)}:${id % C}`;
    if (s !== 'published') hidden.add(key);
    if (s === 'primary') small.add(key);
  });
  m.cells.forEach((c, j) => {
    if (hiddenLine(k, j)) hidden.add(m.axis === 'cols' ? `0:${c.at}:${C}` : `0:${R}:${c.at}`);
  });
  const ranges = attack(highs, lines.map((l) => l.join('\t')).join('\n'), hidden, { zeroExempt: true, [kind]: true });
  const out: string[] = [];
  for (const [key, r] of ranges) {
    if (r.hi !== null && r.hi <= r.lo) out.push(`${key} pinned to ${r.lo}`);
    if (small.has(key) && (r.hi ?? Infinity) < threshold) out.push(`${key} shown under ${threshold} (≤ ${r.hi})`);
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = process.env.ROOT ?? new URL('../..', import.meta.url).pathname;
  const { check } = await import(`${root}/src/pubcheck/check.ts`);
  const { toReport } = await import(`${root}/src/pubcheck/report.ts`);
  const { fixtureBundle, solver } = await import('./helpers.ts');
  const highs = await solver();
  const bundle = fixtureBundle();
  const [n, from, to] = [Number(process.argv[2] ?? 5), Number(process.argv[3] ?? 1181), Number(process.argv[4] ?? 1200)];
  let runs = 0;
  let read = 0;
  let leaked = 0;
  const codes = new Map<string, number>();
  for (let seed = from; seed <= to; seed++)
    for (const c of meanTables(n, seed)) {
      runs++;
      const r = check(highs, bundle, c.text, { details: true }, { mipSeconds: 0 });
      if (!r.ok) {
        for (const code of new Set<string>(r.errors.map((e: { code: string }) => e.code))) codes.set(code, (codes.get(code) ?? 0) + 1);
        continue;
      }
      read++;
      const report = toReport(r, bundle, new Date('2026-12-04T00:00:00Z'));
      const problems = meanAttack(highs, r.tables[0], (k, j) => report.tables[0].rates[k].cells[j].hidden);
      if (problems.length > 0) {
        leaked++;
        if (process.env.SHOW) console.log(c.text, problems);
      }
    }
  console.log('runs', runs, 'read', read, 'read+leaked', leaked, 'refused', runs - read, [...codes].map(([k, v]) => `${k}:${v}`).join(' '));
  process.exit(0);
}
