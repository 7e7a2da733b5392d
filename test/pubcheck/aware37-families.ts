/**
 * aware37: an attacker who knows the checker's suppression (deterministic: 「負荷によらず同じ結果」) keeps only the
 * fills of the hidden cells, consistent with the margins, under which the checker hides the same cells
 * (attack34-aware.ts); a small count is *shown under the threshold by the choice* where every fill putting it at the
 * threshold or more hides other cells. The attack here asks, for each small count, whether some fill with it at 10 or
 * more survives (fills nearest the true table first, stopping at the first survivor).
 * Run as a script to measure a tree: `ROOT=<tree> npx node test/pubcheck/aware37-families.ts <n> <seed> [shape]`.
 */
import { checkerOfRoot, lcg, int } from './helpers.ts';

type Checker = Awaited<ReturnType<typeof checkerOfRoot>>;

export const text = (x: number[][]) => {
  const C = x[0]!.length;
  const rs = x.map((r) => r.reduce((s, v) => s + v, 0));
  const cs = Array.from({ length: C }, (_, j) => x.reduce((s, r) => s + r[j]!, 0));
  return (
    [
      ['', ...Array.from({ length: C }, (_, j) => `G${j + 1}`), '合計'].join('\t'),
      ...x.map((r, i) => [`R${i + 1}`, ...r, rs[i]].join('\t')),
      ['合計', ...cs, rs.reduce((s, v) => s + v, 0)].join('\t'),
    ].join('\n') + '\n'
  );
};

/** Small tables with margins, one or two small counts (attack34-aware's shape; `narrow`: 3 × 2 only). */
export function tables(n: number, seed: number, shape: 'small' | 'narrow' = 'small'): number[][][] {
  const next = lcg(seed);
  return Array.from({ length: n }, () => {
    const R = shape === 'narrow' ? 3 : int(next, 2, 3);
    const C = shape === 'narrow' ? 2 : int(next, 2, 3);
    const x = Array.from({ length: R }, () => Array.from({ length: C }, () => int(next, 10, 40)));
    x[int(next, 0, R - 1)]![int(next, 0, C - 1)] = int(next, 1, 9);
    if (shape === 'small' && next() < 0.3) x[int(next, 0, R - 1)]![int(next, 0, C - 1)] = int(next, 1, 9);
    return x;
  });
}

/** The checker's pattern (X hidden); `aware` as the check option, or the checker's default (aware38). */
export const patternOf = (c: Checker, x: number[][], aware: boolean | 'prefer' | 'default' = true) => {
  const r = c.check(
    c.highs,
    c.bundle,
    text(x),
    { details: true },
    { protection: 'threshold', mipSeconds: 0.3, ...(aware !== 'default' && { aware }) },
  );
  if (!r.ok) return 'refused';
  return r.tables[0]!.status.map((s) => (s === 'published' ? '.' : 'X')).join('');
};

export interface Attacked {
  refused: boolean;
  /** Not read as rows and columns with margins (attack34-aware's `margin hidden`). */
  skipped?: boolean;
  /** Hidden cells (inner). */
  hidden: number;
  /** Small counts hidden, and those every fill at 10 or more of which the checker would hide otherwise. */
  smalls: number;
  underByChoice: { cell: [number, number]; value: number }[];
  /** For each other small count, the first fill found with it at 10 or more that the checker hides alike. */
  witnesses: { cell: [number, number]; fill: number[][] }[];
}

/** The attack on one table. */
export function attack(c: Checker, x: number[][], threshold = 10, aware: boolean | 'prefer' | 'default' = true): Attacked {
  const p = patternOf(c, x, aware);
  if (p === 'refused') return { refused: true, hidden: 0, smalls: 0, underByChoice: [], witnesses: [] };
  const R = x.length,
    C = x[0]!.length,
    cols = C + 1;
  const cells: [number, number][] = [];
  for (let i = 0; i < R; i++) for (let j = 0; j < C; j++) if (p[i * cols + j] !== '.') cells.push([i, j]);
  // Read otherwise than rows and columns with their margins (or a margin hidden): not attacked here, counted apart.
  if (p.length !== (R + 1) * cols || p.slice(R * cols).includes('X') || x.some((_, i) => p[i * cols + C] !== '.'))
    return { refused: false, skipped: true, hidden: 0, smalls: 0, underByChoice: [], witnesses: [] };
  const rs = x.map((r) => r.reduce((s, v) => s + v, 0));
  const cs = Array.from({ length: C }, (_, j) => x.reduce((s, r) => s + r[j]!, 0));
  // Every fill of the hidden cells keeping every row and column sum (the margins are published).
  const y = x.map((r) => [...r]);
  const fills: number[][][] = [];
  const go = (k: number) => {
    if (fills.length > 2000) throw new Error('too many fills');
    if (k === cells.length) {
      if (y.every((r, i) => r.reduce((s, v) => s + v, 0) === rs[i]) && cs.every((s, j) => y.reduce((t, r) => t + r[j]!, 0) === s))
        fills.push(y.map((r) => [...r]));
      return;
    }
    const [i, j] = cells[k]!;
    // Zeros are exempt and published (the fixture's rule): a hidden count is 1 or more to this attacker.
    for (let v = 1; v <= Math.min(rs[i]!, cs[j]!); v++) {
      y[i]![j] = v;
      go(k + 1);
    }
  };
  go(0);
  const distance = (f: number[][]) => f.reduce((s, r, i) => s + r.reduce((t, v, j) => t + Math.abs(v - x[i]![j]!), 0), 0);
  const known = new Map<string, boolean>();
  const survives = (f: number[][]) => {
    const key = JSON.stringify(f);
    if (!known.has(key)) known.set(key, patternOf(c, f, aware) === p);
    return known.get(key)!;
  };
  const out: Attacked = { refused: false, hidden: cells.length, smalls: 0, underByChoice: [], witnesses: [] };
  for (const [i, j] of cells) {
    if (x[i]![j]! >= threshold) continue;
    out.smalls++;
    // Fills with more small counts first (a choice as wide as this one has several), then the nearest: the order only
    // decides how soon a survivor is met.
    const smallIn = (f: number[][]) => cells.filter(([a, b]) => f[a]![b]! < threshold).length;
    const up = fills.filter((f) => f[i]![j]! >= threshold).sort((a, b) => smallIn(b) - smallIn(a) || distance(a) - distance(b));
    const survivor = up.find(survives);
    if (up.length > 0 && !survivor) out.underByChoice.push({ cell: [i, j], value: x[i]![j]! });
    if (survivor) out.witnesses.push({ cell: [i, j], fill: survivor });
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const c = await checkerOfRoot();
  const [n, seed, shape] = [
    Number(process.argv[2] ?? 10),
    Number(process.argv[3] ?? 1381),
    (process.argv[4] ?? 'small') as 'small' | 'narrow',
  ];
  let refused = 0,
    skipped = 0,
    hidden = 0,
    smalls = 0,
    under = 0;
  for (const x of tables(n, seed, shape)) {
    const a = attack(c, x);
    if (a.refused) refused++;
    if (a.skipped) skipped++;
    hidden += a.hidden;
    smalls += a.smalls;
    under += a.underByChoice.length;
    if (a.underByChoice.length > 0) console.log(JSON.stringify(x), a.underByChoice.map((u) => `${u.cell.join(',')}=${u.value}`).join(' '));
  }
  console.log(
    `${shape} ${n} tables (seed ${seed}): refused ${refused}, skipped ${skipped}, hidden cells ${hidden}, small counts ${smalls}, shown under 10 by the choice ${under}`,
  );
}
