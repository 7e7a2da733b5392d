/**
 * denom34 (issue #11): 「n/N」 tables with ONE N in every cell, where both readings fit (every row and every column
 * stays within N), the true base the rows' or the columns' — 「男性 | 3/75 | 40/75 | 32/75」 with 75 the row's total of
 * a three-way split, or each row's N the same. fracn38 reads one N in every cell by the columns (our reading). Seeds
 * 1781–1800, `count` tables each. `rows`/`cols`: the counts of the standard tables under each reading of the N — the
 * N a 「合計」 line, what a line leaves out of it (if anything) a 「不明」 line (hidden to the oracle).
 */
import { lcg, int } from './helpers.ts';

export interface OneNTable {
  family: string;
  text: string;
  counts: number[][];
  n: number;
  /** The standard text for the oracle under each reading, and where the counts sit in it (rows/cols as printed). */
  standard: { rows: string; cols: string };
  /** Rest lines (hidden to the oracle) under each reading: `table:row:col` keys. */
  rests: { rows: string[]; cols: string[] };
}

const BANDS = [
  ['<65', '65-74', '75+'],
  ['score 0-2', 'score 3+'],
  ['Grade 1', 'Grade 2', 'Grade 3', 'Grade 4'],
  ['軽症', '中等症', '重症'],
];
const GROUPS = ['男性', '女性', 'A群', 'B群', 'C群', '実薬群', 'プラセボ群'];

/** One table: R rows by C columns, one N; `base` whose lines add up to N (exactly, or with a rest). */
function oneN(next: () => number, base: 'rows' | 'cols', exact: boolean): OneNTable | undefined {
  const cols = BANDS[int(next, 0, BANDS.length - 1)]!;
  const C = cols.length;
  const R = int(next, 2, base === 'rows' ? 3 : 4);
  const rows = GROUPS.slice(int(next, 0, 1) * 2).slice(0, R);
  if (rows.length < R) return undefined;
  const lines = base === 'rows' ? R : C;
  const width = base === 'rows' ? C : R;
  const n = int(next, 30, 120);
  // Each line a split of n (or of n less a rest) into `width` parts, one or two of them small; a rest of 1–20.
  const split = (): number[] => {
    const total = exact ? n : n - int(next, 1, 20);
    const parts = Array.from({ length: width }, () => (next() < 0.35 ? int(next, 1, 6) : int(next, 5, 60)));
    const s = parts.reduce((a, x) => a + x, 0);
    const scaled = parts.map((x) => (x <= 6 ? x : Math.floor((x * total) / s)));
    const big = scaled.indexOf(Math.max(...scaled));
    scaled[big]! += total - scaled.reduce((a, x) => a + x, 0);
    return scaled.every((x) => x >= 0) ? scaled : [];
  };
  const ls = Array.from({ length: lines }, split);
  if (ls.some((l) => l.length !== width)) return undefined;
  const counts = base === 'rows' ? ls : Array.from({ length: R }, (_, i) => ls.map((l) => l[i]!));
  // Both readings must fit: every line of the other direction within n too.
  const rowSums = counts.map((r) => r.reduce((a, x) => a + x, 0));
  const colSums = cols.map((_, j) => counts.reduce((a, r) => a + r[j]!, 0));
  if (rowSums.some((s) => s > n) || colSums.some((s) => s > n)) return undefined;
  const text = ['\t' + cols.join('\t'), ...counts.map((r, i) => `${rows[i]}\t` + r.map((x) => `${x}/${n}`).join('\t'))].join('\n') + '\n';
  // Row reading: a 「合計」 column of n, a 「不明」 column before it where some row is short of n (hidden).
  const rowShort = rowSums.some((s) => s < n);
  const byRows =
    [
      '\t' + [...cols, ...(rowShort ? ['不明'] : []), '合計'].join('\t'),
      ...counts.map((r, i) => `${rows[i]}\t` + [...r, ...(rowShort ? [n - rowSums[i]!] : []), n].join('\t')),
    ].join('\n') + '\n';
  const colShort = colSums.some((s) => s < n);
  const byCols =
    [
      '\t' + cols.join('\t'),
      ...counts.map((r, i) => `${rows[i]}\t` + r.join('\t')),
      ...(colShort ? ['不明\t' + colSums.map((s) => n - s).join('\t')] : []),
      '合計\t' + cols.map(() => n).join('\t'),
    ].join('\n') + '\n';
  return {
    family: `${base}${exact ? '' : '+rest'}`,
    text,
    counts,
    n,
    standard: { rows: byRows, cols: byCols },
    rests: {
      rows: rowShort ? counts.map((_, i) => `0:${i}:${C}`) : [],
      cols: colShort ? cols.map((_, j) => `0:${R}:${j}`) : [],
    },
  };
}

/** `count` tables a seed, seeds 1781–1800 (as many as asked for), the four families in turn. */
export function oneNTables(count = 25, seeds: readonly number[] = [1781]): OneNTable[] {
  const out: OneNTable[] = [];
  const kinds = [
    ['rows', true],
    ['rows', false],
    ['cols', true],
    ['cols', false],
  ] as const;
  for (const seed of seeds) {
    const next = lcg(seed);
    let made = 0;
    for (let tries = 0; made < count && tries < count * 200; tries++) {
      const [base, exact] = kinds[made % kinds.length]!;
      const t = oneN(next, base, exact);
      if (t) {
        out.push(t);
        made++;
      }
    }
  }
  return out;
}
