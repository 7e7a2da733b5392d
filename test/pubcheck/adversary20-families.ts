/**
 * adversary20's random families: integer percentage tables of 2 × 3 (and transposed) whose every cell is a whole count
 * of both its row's N and its column's N, the lines of the wrong axis adding up to 100% by chance (bothpct-measure's
 * CHANCE generator), printed three ways:
 * - `zero-true`: a line of N = 0 (「不明 (n=0)」 0%) on the true reading's axis (before, it made that reading fit no
 *   longer, and the other was taken);
 * - `zero-other`: that line on the other axis (the true reading was taken before too);
 * - `borrowed`: no N in the table, both axes' sizes printed by count tables of their own (read.ts `borrowDenominators`;
 *   before, the axis adding up to 100% was taken).
 * `attacked` is the text an oracle attacks: the percentage table with every N stated in its headers.
 */
import { int } from './helpers.ts';
const counts = (p: number, n: number) => ({
  lo: Math.max(0, Math.ceil((n * (p - 0.5)) / 100 - 1e-9)),
  hi: Math.min(n, Math.floor((n * (p + 0.5)) / 100 + 1e-9)),
});

export interface Gen {
  text: string;
  attacked: string;
  /** The printed percentages, [row][col], and each row's and column's N (the zero line's N is 0). */
  cells: number[][];
  rowN: number[];
  colN: number[];
}

/**
 * bothpct-measure's CHANCE table: 2 × 3 column percentages (integer) whose columns leave 1–60 patients out and whose
 * rows each add up to 100% by chance, every share a whole count of its row's N too, counts 1–9 or 20–90; for `row`,
 * the same transposed. Undefined where the draw does not fit.
 */
export function chanceTable(
  random: () => number,
  kind: 'row' | 'col',
): { cells: number[][]; rowN: number[]; colN: number[]; rowLabels: string[]; colLabels: string[] } | undefined {
  const m = [0, 1].map(() => Array.from({ length: 3 }, () => (random() < 0.5 ? int(random, 1, 9) : int(random, 20, 90))));
  const rowN = m.map((r) => r.reduce((a, b) => a + b, 0));
  const colN = m[0]!.map((_, c) => m[0]![c]! + m[1]![c]! + int(random, 1, 60));
  const p = m.map((r) => r.map((x, c) => Math.round((100 * x) / colN[c]!)));
  if (!p.every((r) => Math.abs(r.reduce((a, b) => a + b, 0) - 100) <= 1.5)) return undefined;
  const fit = (q: number, n: number) => counts(q, n).lo <= counts(q, n).hi;
  if (!p.every((r, i) => r.every((q) => fit(q, rowN[i]!)))) return undefined;
  const t = <T>(a: T[][]) => a[0]!.map((_, c) => a.map((r) => r[c]!));
  const [sex, groups] = [
    ['男性', '女性'],
    ['A群', 'B群', 'C群'],
  ];
  return kind === 'col'
    ? { cells: p, rowN, colN, rowLabels: sex, colLabels: groups }
    : { cells: t(p), rowN: colN, colN: rowN, rowLabels: groups, colLabels: sex };
}

export function family(name: string, random: () => number, kind: 'row' | 'col'): Gen | undefined {
  const drawn = chanceTable(random, kind);
  if (!drawn) return undefined;
  // `col`: column percentages as generated; `row`: the same transposed (row percentages whose columns add up by chance).
  let { cells, rowN: rN, colN: cN, rowLabels: rl, colLabels: cl } = drawn;
  if (name === 'zero-true' || name === 'zero-other') {
    // The true axis is the columns' for `col`: a zero column there (zero-true) or a zero row (zero-other).
    const onCols = (kind === 'col') === (name === 'zero-true');
    if (onCols) {
      cells = cells.map((r) => [...r, 0]);
      cN = [...cN, 0];
      cl = [...cl, '不明'];
    } else {
      cells = [...cells, cells[0]!.map(() => 0)];
      rN = [...rN, 0];
      rl = [...rl, '不明'];
    }
  }
  const table = (withN: boolean) =>
    [
      ['', ...cl.map((l, c) => (withN ? `${l} (N=${cN[c]})` : l))],
      ...cells.map((r, i) => [withN ? `${rl[i]} (n=${rN[i]})` : rl[i]!, ...r.map((q) => `${q}%`)]),
    ]
      .map((l) => l.join('\t'))
      .join('\n') + '\n';
  const attacked = table(true);
  if (name !== 'borrowed') return { text: attacked, attacked, cells, rowN: rN, colN: cN };
  const sizes = (labels: string[], ns: number[]) => ['\t人数', ...labels.map((l, k) => `${l}\t${ns[k]}`)].join('\n') + '\n';
  return { text: `${table(false)}\n${sizes(cl, cN)}\n${sizes(rl, rN)}`, attacked, cells, rowN: rN, colN: cN };
}

/** A percentage table whose lines state their N and whose title states the table's (`table-n`): the counts of each. */
export interface TableShares {
  text: string;
  /** The counts [line][item] (lines are rows for `row`, columns for `col`), each line's N, the table's N. */
  counts: number[][];
  lineN: number[];
  n: number;
  /** The printed percentages of the table's N, [line][item]. */
  shares: number[][];
}

/**
 * `table-n`: shares of the table's N (the title 「(N=…)」), each line (row for `row`, column for `col`) stating its N
 * and adding up to it under that reading (rows of 100–150 patients, 2–3 items each, one of 1–9 in half of them); kept
 * where every share is a whole count of its line's N too (read as the line's shares before adversary20).
 */
export function tableShares(random: () => number, kind: 'row' | 'col'): TableShares | undefined {
  const lines = int(random, 2, 3);
  const items = int(random, 2, 3);
  const counts = Array.from({ length: lines }, () => {
    const n = int(random, 100, 150);
    const small = random() < 0.5 ? int(random, 1, 9) : undefined;
    const cuts = Array.from({ length: items - 1 }, () => int(random, 10, n - 10)).sort((a, b) => a - b);
    const parts = [...cuts, n].map((x, j) => x - (j === 0 ? 0 : cuts[j - 1]!));
    if (small !== undefined) {
      const k = int(random, 0, items - 1);
      const other = (k + 1) % items;
      parts[other] = parts[other]! + parts[k]! - small;
      parts[k] = small;
    }
    return parts;
  });
  if (counts.some((l) => l.some((x) => x < 0))) return undefined;
  const lineN = counts.map((l) => l.reduce((a, b) => a + b, 0));
  const n = lineN.reduce((a, b) => a + b, 0);
  const shares = counts.map((l) => l.map((x) => Math.round((100 * x) / n)));
  const fit = (q: number, m: number) => counts0(q, m).lo <= counts0(q, m).hi;
  if (!shares.every((l, i) => l.every((q) => fit(q, lineN[i]!)))) return undefined;
  const lineLabels = ['男性', '女性', '不明'];
  const itemLabels = ['A群', 'B群', 'C群'];
  const grid =
    kind === 'row'
      ? [['', ...itemLabels.slice(0, items)], ...shares.map((l, i) => [`${lineLabels[i]} (n=${lineN[i]})`, ...l.map((q) => `${q}%`)])]
      : [
          ['', ...lineN.map((m, i) => `${lineLabels[i]} (N=${m})`)],
          ...itemLabels.slice(0, items).map((label, j) => [label, ...shares.map((l) => `${l[j]}%`)]),
        ];
  return { text: `# 対象患者 (N=${n})\n` + grid.map((l) => l.join('\t')).join('\n') + '\n', counts, lineN, n, shares };
}
const counts0 = counts;

/**
 * What an attacker taking the shares as of the table's N learns of each count of `t` with `hidden` ([line][item]
 * hidden or not): the values a count may take where each line's counts lie within the rounding of their shares
 * (hidden ones anywhere from 0 to the line's N) and add up to its N. Per line (the lines' Ns add up to the table's).
 */
export function underTableN(t: TableShares, hidden: boolean[][]): { lo: number; hi: number }[][] {
  return t.counts.map((line, i) => {
    const m = t.lineN[i]!;
    const range = (j: number) => (hidden[i]![j] ? { lo: 0, hi: m } : counts0(t.shares[i]![j]!, t.n));
    return line.map((_, j) => {
      const others = line.map((__, k) => (k === j ? { lo: 0, hi: 0 } : range(k)));
      const [lo, hi] = others.reduce(([a, b], r) => [a + r.lo, b + r.hi], [0, 0]);
      const own = range(j);
      return { lo: Math.max(own.lo, m - hi), hi: Math.min(own.hi, m - lo) };
    });
  });
}
