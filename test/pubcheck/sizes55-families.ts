/**
 * sizes55 (issue #11): shares of one N written in the corner (「対象患者 (N=5200)」), every column adding up to 100% and
 * none stating its N, the table's N past 3,000 — where sizes.ts `pinnedSmall` judged each column alone (any N up to the
 * table's). A reader of column shares takes the columns' Ns as adding up to the table's N: a column of two-decimal
 * shares fits few Ns under 10,000, and the small column's N is then what the table's N leaves, its 4.3% pinned as 3.
 * `sizes55Cases(count, seed, kind)`: `class` — one small column (N 20–150, one-decimal shares, a count under 10) beside
 * one or two columns of two-decimal shares; `innocent` — two columns of one-decimal shares, every count 10 or more;
 * `loose` — the small column beside one-decimal columns (whose many Ns leave the small one's large). `lineAttack`
 * is written apart from the checker: each column's Ns by exact integer rounding, their sums by enumeration.
 */
import { lcg } from './helpers.ts';

export interface SizesCase {
  kind: 'class' | 'innocent' | 'loose';
  text: string;
  n: number;
  cols: string[];
  rows: string[];
  /** Per column, per row: the count, and the share as printed (without %). */
  counts: number[][];
  shares: string[][];
}

const int = (next: () => number, a: number, b: number) => a + Math.floor(next() * (b - a + 1));
const ROWS = ['肺炎', '心不全', '脳梗塞', '腎不全', 'その他'];
const COLS = ['Drug', 'Placebo', 'Control', 'Other', 'None'];

/** R counts adding up to m, each 10 or more but one of 1–9 where `small` (m at least 10·R + 9). */
function split(next: () => number, m: number, R: number, small: boolean): number[] {
  const tiny = small ? int(next, 0, R - 1) : -1;
  const out = Array.from({ length: R }, (_, r) => (r === tiny ? int(next, 1, 9) : 10));
  const w = out.map((_, r) => (r === tiny ? 0 : 0.2 + next()));
  const total = w.reduce((a, b) => a + b, 0);
  let rest = m - out.reduce((a, b) => a + b, 0);
  const add = w.map((x) => Math.floor((x / total) * rest));
  add.forEach((x, r) => (out[r]! += x));
  rest -= add.reduce((a, b) => a + b, 0);
  out[tiny === 0 ? 1 : 0]! += rest;
  return out;
}

/** Column Ns as parts of the table's N (n/2 + n/3 + n/7 + n/42 …): every share of a column a whole count of n too. */
const PARTS = [
  [2, 3, 7, 42],
  [2, 3, 8, 24],
  [2, 4, 5, 20],
  [2, 3, 9, 18],
  [3, 3, 4, 12],
];

export function sizes55Case(next: () => number, kind: SizesCase['kind']): SizesCase {
  const R = int(next, 3, 5);
  let Ns: number[];
  let small = -1;
  if (kind === 'class') {
    // The table's N past 3,000; the last part the small column (49–250).
    const parts = PARTS[int(next, 0, PARTS.length - 1)]!;
    const last = parts[parts.length - 1]!;
    const q = int(next, Math.max(10 * R + 9, Math.ceil(3001 / last)), Math.max(Math.ceil(3001 / last), 250));
    const n = q * last;
    Ns = parts.map((a) => n / a);
    small = parts.length - 1;
  } else {
    const n = int(next, 3001, 20_000);
    const L = kind === 'innocent' ? 2 : int(next, 2, 3);
    small = kind === 'loose' ? L - 1 : -1;
    const s = small >= 0 ? int(next, 10 * R + 9, 150) : 0;
    Ns = [];
    let rest = n - s;
    for (let j = 0; j < L - (small >= 0 ? 1 : 0); j++) {
      const left = L - (small >= 0 ? 1 : 0) - j;
      const m = left === 1 ? rest : int(next, Math.floor(rest / left / 2), Math.floor(rest / left));
      Ns.push(m);
      rest -= m;
    }
    if (small >= 0) Ns.push(s);
  }
  // Shuffle the columns (the small one anywhere).
  const order = Ns.map((_, j) => j).sort(() => next() - 0.5);
  const digits = Ns.map((_, j) => (kind === 'class' && j !== small ? int(next, 2, 3) : 1));
  const counts0 = Ns.map((m, j) => split(next, m, R, j === small));
  const counts = order.map((j) => counts0[j]!);
  const shares = order.map((j) => counts0[j]!.map((k) => ((100 * k) / Ns[j]!).toFixed(digits[j]!)));
  const n = Ns.reduce((a, b) => a + b, 0);
  const cols = COLS.slice(0, Ns.length);
  const rows = ROWS.slice(0, R);
  const text = [
    [`対象患者 (N=${n})`, ...cols].join('\t'),
    ...rows.map((label, r) => [label, ...shares.map((line) => `${line[r]}%`)].join('\t')),
  ].join('\n');
  return { kind, text, n, cols, rows, counts, shares };
}

export function sizes55Cases(count: number, seed: number, kind: SizesCase['kind']): SizesCase[] {
  const next = lcg(seed);
  return Array.from({ length: count }, () => sizes55Case(next, kind));
}

/** The counts k of m a share printed as `text` (d decimals, rounded) allows: 2·|100·10^d·k − P·m| ≤ m, in integers. */
function countsOf(text: string, m: number): [number, number] {
  const d = text.includes('.') ? text.split('.')[1]!.length : 0;
  const P = Number(text.replace('.', ''));
  const unit = 200 * 10 ** d;
  const lo = Math.max(0, Math.ceil((2 * P * m - m) / unit));
  const hi = Math.min(m, Math.floor((2 * P * m + m) / unit));
  return [lo, hi];
}

/** The Ns a column of shares (only those published) allows: each a whole count, the counts able to add up to it. */
function nsOf(shares: readonly (string | undefined)[], n: number): number[] {
  const out: number[] = [];
  for (let m = 1; m <= n; m++) {
    let [lo, hi] = [0, 0];
    let ok = true;
    for (const t of shares) {
      if (t === undefined) continue;
      const [a, b] = countsOf(t, m);
      if (a > b) {
        ok = false;
        break;
      }
      lo += a;
      hi += b;
    }
    const hidden = shares.some((t) => t === undefined);
    if (ok && lo <= m && (hidden || m <= hi)) out.push(m);
  }
  return out;
}

/**
 * The attack of a reader of column shares, knowing the columns' Ns add up to the table's: the cells whose count is
 * known to be 1–9 (a published share other than 0 under every N left; a column's one hidden cell the rest of its N).
 * `published[j][r]` false: hidden.
 */
export function lineAttack(c: SizesCase, published: readonly (readonly boolean[])[], threshold = 10): string[] {
  const shown = c.shares.map((line, j) => line.map((t, r) => (published[j]![r] ? t : undefined)));
  const fits = shown.map((line) => nsOf(line, c.n));
  const left = fits.map((f, j) => {
    let reach = new Uint8Array(c.n + 1);
    reach[0] = 1;
    for (const [i, g] of fits.entries()) {
      if (i === j) continue;
      const next = new Uint8Array(c.n + 1);
      for (let s = 0; s <= c.n; s++) if (reach[s]) for (const m of g) if (s + m <= c.n) next[s + m] = 1;
      reach = next;
    }
    return f.filter((m) => reach[c.n - m] === 1);
  });
  const leaks: string[] = [];
  for (const [j, line] of shown.entries()) {
    if (left[j]!.length === 0) continue;
    for (const [r, t] of line.entries()) {
      let most = 0;
      let least = Infinity;
      for (const m of left[j]!) {
        if (t !== undefined) {
          const [a, b] = countsOf(t, m);
          most = Math.max(most, b);
          least = Math.min(least, a);
        } else {
          if (line.filter((x) => x === undefined).length !== 1) {
            most = Infinity;
            break;
          }
          const [lo, hi] = line.reduce(([p, q], x) => (x === undefined ? [p, q] : [p + countsOf(x, m)[0], q + countsOf(x, m)[1]]), [0, 0]);
          most = Math.max(most, m - lo);
          least = Math.min(least, Math.max(0, m - hi));
        }
      }
      if (t !== undefined && Number(t) === 0) continue;
      if (most < threshold && least >= (t === undefined ? 1 : 0)) leaks.push(`${c.rows[r]}/${c.cols[j]}`);
    }
  }
  return leaks;
}
