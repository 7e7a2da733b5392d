/**
 * denom33 (issue #11): seeded families of a row and a column of 100% in one table (seeds 1261–1280), measured on main
 * b2edc55 and now.
 *
 * - `both`: a square table of counts 「n (p%)」 whose rows and columns all add up to one N (groups of one size each
 *   cut into categories of one size: k = 2–4, some counts under 10), each share of the column's sum (one decimal,
 *   or whole percentages where they prove the sum), a row 「合計 100% …」 and a column 「合計」 of 100% (last, or the
 *   row first). Every cell's share fits both its row's sum and its column's sum, and each line's shares prove its sum:
 *   both lines are totals whichever the shares are of. main refused them all (`table/share-total`: 「どの割合がどの分母に
 *   対するものか決まらない」). `reader` is the table as a reader of both totals writes it (each 100% its line's sum,
 *   「N (100.0%)」), for the oracle.
 * - `one`: the same with one count moved up by 5–20 (its row and column pass N; the other cells' shares fit their
 *   column's sum only, or neither line is proven): refused before and now, in words (the line of 100% that is no sum
 *   of shares is an error of the table, 「行ごとには、割合がその件数の和に合いません」).
 *
 * Run as a script, it prints how the checker under `ROOT` (this tree unless said) reads `count` tables of each family
 * from each seed: `ROOT=/tmp/base-denom33 npx node test/pubcheck/denom33-families.ts 100 1261`.
 */
import { checkerOfRoot, familyTally, int, lcg } from './helpers.ts';

export interface BothCase {
  text: string;
  family: 'both' | 'one';
  /** The reader's text: each 100% written as its line's sum. */
  reader: string;
  /** Counts of the table's cells (rows × cols, no totals). */
  counts: number[][];
}

const NAMES = ['軽症', '中等症', '重症', '死亡'];

export function bothCases(count: number, seed: number): BothCase[] {
  const next = lcg(seed);
  const out: BothCase[] = [];
  while (out.length < count) {
    const k = int(next, 2, 4);
    const one = next() < 0.25;
    // Every row and column of one sum M (each a share of M): a sum of permutation tables, each of a weight (some under
    // 10); `one` adds to one count, so its row and column pass M and the other lines' shares are no longer of their sums.
    const m = Array.from({ length: k }, () => Array.from({ length: k }, () => 0));
    for (let p = 0; p < k; p++) {
      const perm = Array.from({ length: k }, (_, i) => i);
      for (let i = k - 1; i > 0; i--) {
        const j = int(next, 0, i);
        [perm[i], perm[j]] = [perm[j]!, perm[i]!];
      }
      const w = next() < 0.3 ? int(next, 1, 9) : int(next, 10, 60);
      perm.forEach((j, i) => (m[i]![j]! += w));
    }
    if (one) m[0]![1] = m[0]![1]! + int(next, 5, 20);
    const colSum = (j: number) => m.reduce((a, r) => a + r[j]!, 0);
    const rowSum = (i: number) => m[i]!.reduce((a, x) => a + x, 0);
    const decimals = next() < 0.7 ? 1 : 0;
    const share = (n: number, d: number) => `${((100 * n) / d).toFixed(decimals)}%`;
    const first = next() < 0.2;
    const cols = NAMES.slice(0, k).map((l) => `${l}（後）`);
    const rows = NAMES.slice(0, k);
    const write = (whole: (i: number | null, j: number | null) => string) => {
      const head = ['', ...(first ? ['合計', ...cols] : [...cols, '合計'])].join('\t');
      const body = rows.map((l, i) => {
        const cells = m[i]!.map((n, j) => `${n} (${share(n, colSum(j))})`);
        return [l, ...(first ? [whole(i, null), ...cells] : [...cells, whole(i, null)])].join('\t');
      });
      const total = [
        '合計',
        ...(first
          ? [whole(null, null), ...cols.map((_, j) => whole(null, j))]
          : [...cols.map((_, j) => whole(null, j)), whole(null, null)]),
      ].join('\t');
      return `${[head, ...(first ? [total, ...body] : [...body, total])].join('\n')}\n`;
    };
    const grand = m.flat().reduce((a, x) => a + x, 0);
    const text = write(() => '100%');
    const reader = write((i, j) => `${i !== null ? rowSum(i) : j !== null ? colSum(j) : grand} (100.0%)`);
    out.push({ text, reader, counts: m, family: one ? 'one' : 'both' });
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { check, highs, bundle } = await checkerOfRoot();
  const tally = familyTally({ width: 6 });
  const count = Number(process.argv[2] ?? 100);
  for (const seed of (process.argv[3] ?? '1261').split(',').map(Number))
    for (const c of bothCases(count, seed)) tally.add(c.family, check(highs, bundle, c.text, { details: true }, { mipSeconds: 0 }));
  tally.print();
  process.exit(0);
}
