/**
 * sigma10 (issue #11): 「n (p%)」 tables whose shares are of an N written over them — a total line 「N (100%)」 (a row
 * of column shares, or a column of row shares), each group's 「(N=…)」 in its header, or the table's N in its title —
 * with one share replaced by the share of the same count over ANOTHER base the table shows (its row's sum under
 * column shares, its column's sum under row shares, a line's sum under the table's N): a share that is no whole count
 * of its written N, which fits a base the checker also accepts. On main such a share passed (any base it fit was
 * enough) and the table was read: `broken` tables must be refused, naming the cell; the same tables unbroken read.
 *
 * Run as a script, it prints how the checker under `ROOT` (this tree unless said) reads them:
 * `ROOT=/path/to/tree node test/pubcheck/sigma10-families.ts 200 581`.
 */
import { lcg } from './helpers.ts';

export const WHERE = ['total-row', 'total-col', 'header', 'title'] as const;
const GROUPS = ['A群', 'B群', 'C群'];
const ITEMS = ['軽度', '中等度', '重度', '不明'];

export interface WrittenTable {
  text: string;
  where: (typeof WHERE)[number];
  broken: boolean;
}

const share = (n: number, base: number) => ((100 * n) / base).toFixed(1);
/** Whether p (one decimal) is a share of n over `base` within rounding. */
const fitsOf = (n: number, p: number, base: number) => Math.abs((100 * n) / base - p) <= 0.05 + 1e-9;

export function writtenTable(next: () => number, broken: boolean): WrittenTable {
  const where = WHERE[Math.floor(next() * WHERE.length)]!;
  const g = 2 + Math.floor(next() * 2);
  const m = 2 + Math.floor(next() * 3);
  const groups = GROUPS.slice(0, g);
  const items = ITEMS.slice(0, m);
  const counts = items.map(() => groups.map(() => (next() < 0.3 ? 1 + Math.floor(next() * 9) : 10 + Math.floor(next() * 40))));
  const colN = groups.map((_, j) => counts.reduce((s, r) => s + r[j]!, 0));
  const rowN = counts.map((r) => r.reduce((s, x) => s + x, 0));
  const all = rowN.reduce((s, x) => s + x, 0);
  // The written base of cell (i, j), and the other base the broken share is taken over.
  const base = (i: number, j: number) => (where === 'total-col' ? rowN[i]! : where === 'title' ? all : colN[j]!);
  const other = (i: number, j: number) => (where === 'total-col' ? colN[j]! : where === 'title' ? rowN[i]! : rowN[i]!);
  // The broken cell: the first (in a seeded order) whose share over the other base is no share of its written base.
  const order = counts.flatMap((r, i) => r.map((_, j) => [i, j] as const)).sort(() => next() - 0.5);
  const bad = broken ? order.find(([i, j]) => !fitsOf(counts[i]![j]!, Number(share(counts[i]![j]!, other(i, j))), base(i, j))) : undefined;
  const cell = (i: number, j: number) =>
    `${counts[i]![j]} (${share(counts[i]![j]!, bad && bad[0] === i && bad[1] === j ? other(i, j) : base(i, j))}%)`;
  const header = ['', ...groups.map((h, j) => (where === 'header' ? `${h} (N=${colN[j]})` : h))];
  let rows = items.map((it, i) => [it, ...groups.map((_, j) => cell(i, j))]);
  if (where === 'total-row') rows = [...rows, ['合計', ...colN.map((n) => `${n} (100.0%)`)]];
  if (where === 'total-col') {
    header.push('合計');
    rows = rows.map((r, i) => [...r, `${rowN[i]} (100.0%)`]);
  }
  const title = where === 'title' ? `# 対象患者 (N=${all})\n` : '';
  const text = title + [header, ...rows].map((l) => l.join('\t')).join('\n') + '\n';
  return { text, where, broken: bad !== undefined };
}

export function writtenTables(count: number, seed: number, broken: boolean): WrittenTable[] {
  const next = lcg(seed);
  return Array.from({ length: count }, () => writtenTable(next, broken));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = process.env.ROOT ?? new URL('../..', import.meta.url).pathname;
  const { check } = (await import(`${root}/src/pubcheck/check.ts`)) as typeof import('../../src/pubcheck/check.ts');
  const { solver, fixtureBundle } = await import('./helpers.ts');
  const highs = await solver();
  const bundle = fixtureBundle();
  const count = Number(process.argv[2] ?? 200);
  const seed = Number(process.argv[3] ?? 581);
  for (const broken of [true, false]) {
    const tally = new Map<string, [number, number]>();
    const codes = new Map<string, number>();
    for (const t of writtenTables(count, seed, broken)) {
      if (broken && !t.broken) continue;
      const r = check(highs, bundle, t.text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });
      const e = tally.get(t.where) ?? [0, 0];
      e[1]++;
      if (r.ok) e[0]++;
      else for (const x of r.errors) codes.set(x.code, (codes.get(x.code) ?? 0) + 1);
      if (process.env.SHOW && r.ok === broken) console.log(t.text, r.ok ? '' : r.errors.map((x) => `${x.code}: ${x.message}`).join('\n'));
      tally.set(t.where, e);
    }
    const read = [...tally.values()].reduce((a, [x]) => a + x, 0);
    const all = [...tally.values()].reduce((a, [, y]) => a + y, 0);
    console.log(`${broken ? 'broken' : 'sound'}: read ${read} of ${all}; ${[...tally].map(([k, [a, b]]) => `${k} ${a}/${b}`).join(', ')}`);
    console.log('  refused as', [...codes].map(([c, n]) => `${c} ${n}`).join(', '));
  }
}
