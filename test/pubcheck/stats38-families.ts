/**
 * stats38 (issue #11): a line of a statistic of the other lines of its position under a short word — 「幅」「Mode」
 * 「最頻値」「Q1」「Q3」「P25」「P75」「第1四分位」「Var」「分散」「CV」「変動係数」「SE」「SEM」「標準誤差」「幾何平均」 — beside
 * the hospitals' counts by year, with a 合計 row (its statistic cell the statistic of the totals, their sum, or blank). The statistic is the
 * TRUE one (a spreadsheet's MODE.SNGL, QUARTILE.INC, VAR.S, STDEV.S/AVERAGE, STDEV.S/√n, GEOMEAN, MAX − MIN), printed
 * whole or to one decimal. int 600a00a read most such lines as counts.
 *
 * `statAttack` is an attacker written apart from the engine: a brute force over whole fills of the cells the checker
 * hid (each 0…its column's published total, or 0…500), keeping fills whose row statistic prints as published and whose
 * columns add up to the published totals (fills.ts, the search stats39's and stats40's attackers share); a hidden count is given back where every fill keeps one value, or shown
 * under 10 where every fill keeps it under 10.
 *
 * `node test/pubcheck/stats38-families.ts [seeds]` prints the tally (ROOT=<tree> for another tree's checker);
 * `CHANCE=1 node test/pubcheck/stats38-families.ts [seed]`: 1,000 count tables under quarters (「Q1」…「Q4」, 「2024年Q1」…).
 */
import { fillLeaks } from './fills.ts';
import { checkerOfRoot, familyTally, int, lcg, pick } from './helpers.ts';

export type Stat = 'mode' | 'width' | 'q1' | 'q3' | 'var' | 'cv' | 'se' | 'gmean';

const LABELS: Record<Stat, string[]> = {
  mode: ['Mode', '最頻値', '最頻'],
  width: ['幅', '幅（最大−最小）'],
  q1: ['Q1', 'P25', '第1四分位'],
  q3: ['Q3', 'P75'],
  var: ['Var', '分散'],
  cv: ['CV', 'CV（%）', '変動係数'],
  se: ['SE', 'SEM', '標準誤差'],
  gmean: ['幾何平均', 'Geo. mean'],
};

const mean = (xs: readonly number[]) => xs.reduce((s, v) => s + v, 0) / xs.length;
const varS = (xs: readonly number[]) => {
  const m = mean(xs);
  return xs.reduce((s, v) => s + (v - m) ** 2, 0) / (xs.length - 1);
};
/** QUARTILE.INC (R's type 7). */
const quantile = (xs: readonly number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  const h = (s.length - 1) * p;
  const lo = Math.floor(h);
  return s[lo]! + (h - lo) * ((s[lo + 1] ?? s[lo]!) - s[lo]!);
};
/** The single mode, or undefined where none or two. */
const mode = (xs: readonly number[]) => {
  const n = new Map<number, number>();
  for (const v of xs) n.set(v, (n.get(v) ?? 0) + 1);
  const top = Math.max(...n.values());
  const at = [...n].filter(([, c]) => c === top);
  return top > 1 && at.length === 1 ? at[0]![0] : undefined;
};
export function statOf(stat: Stat, xs: readonly number[]): number | undefined {
  switch (stat) {
    case 'mode':
      return mode(xs);
    case 'width':
      return Math.max(...xs) - Math.min(...xs);
    case 'q1':
      return quantile(xs, 0.25);
    case 'q3':
      return quantile(xs, 0.75);
    case 'var':
      return varS(xs);
    case 'cv':
      return mean(xs) === 0 ? undefined : (Math.sqrt(varS(xs)) / mean(xs)) * 100;
    case 'se':
      return Math.sqrt(varS(xs) / xs.length);
    case 'gmean':
      return xs.some((v) => v <= 0) ? 0 : Math.exp(mean(xs.map(Math.log)));
  }
}

export interface StatCase {
  family: string;
  text: string;
  counts: number[][];
  hospitals: string[];
  years: string[];
  stat: Stat;
  label: string;
  decimals: number;
  printed: string[];
}

export function statCases(count: number, seed: number): StatCase[] {
  const next = lcg(seed);
  const out: StatCase[] = [];
  const stats = Object.keys(LABELS) as Stat[];
  while (out.length < count) {
    const stat = stats[out.length % stats.length]!;
    const hospitals = Array.from({ length: int(next, 3, 4) }, (_, i) => `${'ABCD'[i]}病院`);
    const years = Array.from({ length: int(next, 4, 5) }, (_, j) => `${2020 + j}年`);
    const counts = hospitals.map(() => years.map(() => int(next, 10, 60)));
    const hi = int(next, 0, hospitals.length - 1);
    const hj = int(next, 0, years.length - 1);
    counts[hi]![hj] = int(next, 1, 9);
    // A mode: the small count repeated in its row (the mode gives it back), or another value of each row.
    if (stat === 'mode')
      counts.forEach((r, i) => {
        const from = i === hi ? hj : int(next, 0, years.length - 1);
        const to = (from + int(next, 1, years.length - 1)) % years.length;
        r[to] = r[from]!;
      });
    const sums = years.map((_, j) => counts.reduce((s, r) => s + r[j]!, 0));
    const values = [...counts, sums].map((r) => statOf(stat, r));
    if (values.some((v) => v === undefined)) continue;
    const decimals = stat === 'mode' || stat === 'width' ? 0 : next() < 0.5 ? 0 : 1;
    const printed = values.map((v) => v!.toFixed(decimals));
    const label = pick(next, LABELS[stat]);
    // The 合計 row's statistic cell: the statistic of the totals, the sum of the statistics (a spreadsheet's SUM), or blank.
    const totalCell = pick(next, ['stat', 'sum', 'blank'] as const);
    const atTotal =
      totalCell === 'stat'
        ? printed[hospitals.length]!
        : totalCell === 'sum'
          ? printed
              .slice(0, hospitals.length)
              .reduce((s, v) => s + Number(v), 0)
              .toFixed(decimals)
          : '';
    const text =
      [
        ['施設', ...years, label].join(','),
        ...hospitals.map((h, i) => [h, ...counts[i]!, printed[i]!].join(',')),
        ['合計', ...sums, atTotal].join(','),
      ].join('\n') + '\n';
    out.push({ family: `${stat}${decimals ? '-1dp' : ''}`, text, counts, hospitals, years, stat, label, decimals, printed });
  }
  return out;
}

interface Checked {
  ok: boolean;
  tables?: { table: { rows: { label: string }[]; cols: { label: string }[] }; status: string[] }[];
}

/** The hidden counts given back or shown under 10 ('' none), or ['unknown'] where the brute force gave up. */
export function statAttack(c: StatCase, r: Checked): string[] {
  if (!r.ok || !r.tables || r.tables.length !== 1) return [];
  const t = r.tables[0]!;
  const rowOf = new Map(t.table.rows.map((h, i) => [h.label, i]));
  const colOf = new Map(t.table.cols.map((h, j) => [h.label, j]));
  const C = t.table.cols.length;
  const shown = (row: string, col: string) => t.status[rowOf.get(row)! * C + colOf.get(col)!] === 'published';
  const half = 0.5 * 10 ** -c.decimals + 1e-9;
  // The shared brute force (fills.ts): each row's statistic prints as published where the checker publishes it.
  const search = {
    counts: c.counts,
    hidden: (i: number, j: number) => !shown(c.hospitals[i]!, c.years[j]!),
    totalShown: (j: number) => shown('合計', c.years[j]!),
    rowFits: (i: number, row: readonly number[]) => {
      if (!shown(c.hospitals[i]!, c.label)) return true;
      const v = statOf(c.stat, row);
      return v !== undefined && Math.abs(v - Number(c.printed[i])) <= half;
    },
  };
  return fillLeaks(search, (i, j) => `${c.hospitals[i]}・${c.years[j]}`, c.text);
}

/** Ordinary count tables under quarters: 「Q1」…「Q4」 or 「2024年Q1」… columns (or rows), none a statistic. */
export function quarterTables(count: number, seed: number): { kind: string; text: string }[] {
  const next = lcg(seed);
  const out: { kind: string; text: string }[] = [];
  for (let k = 0; k < count; k++) {
    const kind = pick(next, ['Q1-Q4', 'Q1-Q3', '2024年Q1', '2024 Q1', 'FY2024 Q1'] as const);
    const n = kind === 'Q1-Q3' ? 3 : int(next, 2, 4);
    const quarters = Array.from({ length: kind === 'Q1-Q4' ? 4 : n }, (_, q) =>
      kind.startsWith('Q')
        ? `Q${q + 1}`
        : kind === '2024年Q1'
          ? `2024年Q${q + 1}`
          : kind === '2024 Q1'
            ? `2024 Q${q + 1}`
            : `FY2024 Q${q + 1}`,
    );
    const [lo, hi] = pick(next, [
      [0, 40],
      [0, 3],
      [10, 200],
    ] as const);
    const groups = Array.from({ length: int(next, 2, 5) }, (_, j) => `${'ABCDE'[j]}病院`);
    const cells = groups.map(() => quarters.map(() => int(next, lo, hi)));
    const total = next() < 0.5;
    const transposed = next() < 0.3;
    const lines = groups.map((g, i) => [g, ...cells[i]!, ...(total ? [cells[i]!.reduce((s, v) => s + v, 0)] : [])]);
    const head = ['施設', ...quarters, ...(total ? ['合計'] : [])];
    const grid = [head, ...lines];
    const text = (transposed ? head.map((_, j) => grid.map((r) => r[j])) : grid).map((l) => l.join(',')).join('\n') + '\n';
    out.push({ kind, text });
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { check, highs, bundle } = await checkerOfRoot();
  if (process.env.CHANCE) {
    const tally = familyTally({ width: 12 });
    for (const c of quarterTables(1000, Number(process.argv[2] ?? 1545))) {
      const r = check(highs, bundle, c.text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });
      if (!r.ok && process.env.SHOW)
        console.log(
          c.text,
          r.errors.map((e: { message: string }) => e.message),
        );
      tally.add(c.kind, r);
    }
    tally.print();
  } else {
    const seeds = (process.argv[2] ?? '1541,1542,1543,1544').split(',').map(Number);
    const tally = familyTally({ width: 12, leaks: true });
    let unknown = 0;
    for (const seed of seeds)
      for (const c of statCases(25, seed)) {
        const r = check(highs, bundle, c.text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });
        const leaks = statAttack(c, r as Checked);
        if (leaks[0] === 'unknown') unknown++;
        if (leaks.length > 0 && process.env.SHOW) console.log(c.text, leaks);
        tally.add(c.family, r, leaks.length > 0 && leaks[0] !== 'unknown');
      }
    tally.print();
    console.log('attacker gave up on', unknown);
  }
}
