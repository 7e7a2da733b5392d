/**
 * sigma9 (issue #11): 「n (p%)」 tables with a total line written by its shares only or as 「N (100%)」 — 「100%」
 * 「100.0」「57 (100%)」「57 (100.0)」「(100%)」 — under 合計 / 計 / Σ / Total / All or a blank label, first or last, a row
 * (column shares) or a column (row shares), with or without each group's N written in its header.
 *
 * Run as a script, it prints how the checker under `ROOT` (this tree unless said) reads `count` tables of seed `seed`:
 * `ROOT=/path/to/tree node test/pubcheck/sigma9-families.ts 200 461`.
 */
import { lcg, splitter } from './helpers.ts';

export const LABELS = ['合計', '計', 'Σ', 'Total', 'All', ''] as const;
export const FORMS = ['100%', '100.0', 'N (100%)', 'N (100.0)', '(100%)'] as const;
const GROUPS = ['A群', 'B群', 'C群'];
const ITEMS = ['軽度', '中等度', '重度', '不明', 'その他'];

export interface SigmaTable {
  text: string;
  label: string;
  form: (typeof FORMS)[number];
  first: boolean;
  column: boolean;
  stated: boolean;
  /** The counts, items × groups, and each group's N (column shares) or each item's N (row shares). */
  counts: number[][];
  /** Whether the shares were broken (one changed by 5 points): the table must stay refused. */
  broken: boolean;
}

/** One table: items × groups of counts, shares of each group's N (a total row) or of each item's N (a total column). */
export function sigmaTable(next: () => number, broken = false): SigmaTable {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!;
  const label = pick(LABELS);
  const form = pick(FORMS);
  const first = next() < 0.5;
  const column = next() < 0.5;
  const stated = next() < 0.5;
  const g = 2 + Math.floor(next() * 2);
  const m = 2 + Math.floor(next() * 3);
  const groups = GROUPS.slice(0, g);
  const items = ITEMS.slice(0, m);
  const counts = items.map(() => groups.map(() => (next() < 0.3 ? 1 + Math.floor(next() * 9) : 10 + Math.floor(next() * 40))));
  const mark = form.endsWith('%)') || form === '100%' ? '%' : '';
  // Column shares: base of cell (i, j) is the column's sum; row shares: the row's sum.
  const colN = groups.map((_, j) => counts.reduce((s, r) => s + r[j]!, 0));
  const rowN = counts.map((r) => r.reduce((s, x) => s + x, 0));
  const base = (i: number, j: number) => (column ? rowN[i]! : colN[j]!);
  const bi = Math.floor(next() * m);
  const bj = Math.floor(next() * g);
  const cell = (i: number, j: number) => {
    let p = (100 * counts[i]![j]!) / base(i, j);
    if (broken && i === bi && j === bj) p += 5;
    return `${counts[i]![j]} (${p.toFixed(1)}${mark})`;
  };
  const totalCell = (n: number) =>
    form === '100%' ? '100%' : form === '100.0' ? '100.0' : form === '(100%)' ? '(100%)' : form.replace('N', String(n));
  const header = ['', ...groups.map((h, j) => (stated && !column ? `${h} (N=${colN[j]})` : h))];
  let rows = items.map((it, i) => [stated && column ? `${it} (N=${rowN[i]})` : it, ...groups.map((_, j) => cell(i, j))]);
  if (column) {
    header.splice(first ? 1 : header.length, 0, label);
    rows = rows.map((r, i) => {
      const out = [...r];
      out.splice(first ? 1 : out.length, 0, totalCell(rowN[i]!));
      return out;
    });
  } else {
    const total = [label, ...groups.map((_, j) => totalCell(colN[j]!))];
    rows = first ? [total, ...rows] : [...rows, total];
  }
  const text = [header, ...rows].map((l) => l.join('\t')).join('\n') + '\n';
  return { text, label, form, first, column, stated, counts, broken };
}

export function sigmaTables(count: number, seed: number, broken = false): SigmaTable[] {
  const next = lcg(seed);
  return Array.from({ length: count }, () => sigmaTable(next, broken));
}

/**
 * Table 1s of several breakdowns of the same patients (性別, then 年齢) in 「n (p%)」 of each group's N, with a total row
 * of the N's shares only (or 「N (100%)」), first or last, under a label of `LABELS`: the row's N is each block's sum.
 */
export function sigmaBlockTable(next: () => number, broken = false): SigmaTable {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!;
  const split = splitter(next);
  const label = pick(LABELS);
  const form = pick(FORMS);
  const first = next() < 0.5;
  const stated = next() < 0.5;
  const groups = GROUPS.slice(0, 2 + Math.floor(next() * 2));
  const ns = groups.map(() => 15 + Math.floor(next() * 60));
  const items = ['男性', '女性', '65歳未満', '65-74歳', '75歳以上'];
  const byGroup = ns.map((n) => [...split(n, [0.55, 0.45]), ...split(n, [0.3, 0.45, 0.25])]);
  const counts = items.map((_, i) => groups.map((_, j) => byGroup[j]![i]!));
  const mark = form.endsWith('%)') || form === '100%' ? '%' : '';
  const bi = Math.floor(next() * items.length);
  const bj = Math.floor(next() * groups.length);
  const cell = (i: number, j: number) => {
    let p = (100 * counts[i]![j]!) / ns[j]!;
    if (broken && i === bi && j === bj) p += 5;
    return `${counts[i]![j]} (${p.toFixed(1)}${mark})`;
  };
  const totalCell = (n: number) =>
    form === '100%' ? '100%' : form === '100.0' ? '100.0' : form === '(100%)' ? '(100%)' : form.replace('N', String(n));
  const header = ['', ...groups.map((h, j) => (stated ? `${h} (N=${ns[j]})` : h))];
  const rows = items.map((it, i) => [it, ...groups.map((_, j) => cell(i, j))]);
  const total = [label, ...groups.map((_, j) => totalCell(ns[j]!))];
  const all = first ? [header, total, ...rows] : [header, ...rows, total];
  return { text: all.map((l) => l.join('\t')).join('\n') + '\n', label, form, first, column: false, stated, counts, broken };
}

export function sigmaBlockTables(count: number, seed: number, broken = false): SigmaTable[] {
  const next = lcg(seed);
  return Array.from({ length: count }, () => sigmaBlockTable(next, broken));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = process.env.ROOT ?? new URL('../..', import.meta.url).pathname;
  const { check } = (await import(`${root}/src/pubcheck/check.ts`)) as typeof import('../../src/pubcheck/check.ts');
  const { solver, fixtureBundle } = await import('./helpers.ts');
  const highs = await solver();
  const bundle = fixtureBundle();
  const count = Number(process.argv[2] ?? 200);
  const seed = Number(process.argv[3] ?? 461);
  const byKey = new Map<string, [number, number]>();
  const codes = new Map<string, number>();
  let refused = 0;
  for (const t of (process.env.BLOCKS ? sigmaBlockTables : sigmaTables)(count, seed, process.env.BROKEN === '1')) {
    const r = check(highs, bundle, t.text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });
    const key = `${t.column ? 'col' : 'row'} ${t.first ? 'first' : 'last'} ${t.form} ${t.stated ? 'N' : '-'}`;
    const e = byKey.get(key) ?? [0, 0];
    e[1]++;
    if (!r.ok) {
      refused++;
      e[0]++;
      for (const x of r.errors) codes.set(x.code, (codes.get(x.code) ?? 0) + 1);
      if (process.env.SHOW) console.log(t.text, r.errors.map((x) => `${x.code}: ${x.message}`).join('\n'));
    }
    byKey.set(key, e);
  }
  console.log(`refused ${refused} of ${count}`);
  for (const [k, [a, b]] of [...byKey].sort()) console.log(`${k}: ${a}/${b}`);
  console.log([...codes].map(([c, n]) => `${c} ${n}`).join(', '));
}
