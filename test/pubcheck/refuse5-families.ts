/**
 * Random tables of the classes refuse5 measured by hand (refuse5.test.ts; the combo classes are refuse5-classes.ts):
 * plain data, so that the same tables can be checked against an older tree.
 *
 * - `shareHeadingTables`: Table 1s whose heading rows state an N (「性別 (N=57)」) over 「n (p)」 cells — `label`: one
 *   column of values (every variable under the same N); `total`: groups and a 合計 column (the N the 合計's); `groups`:
 *   groups and no 合計 (whose N it is cannot be told: refused) — the shares of each column's block, one decimal, with
 *   or without 「%」, small counts often. `equivalent` is the same table as main reads it: each column's N in its header
 *   (「A群 (N=35)」), the headings 「性別, n (%)」 without theirs.
 */
import { int, lcg, pick } from './helpers.ts';
import { blocksOf, VARIABLES } from './refuse4-families.ts';

export interface ShareHeadingTable {
  text: string;
  equivalent: string;
  mode: 'label' | 'total' | 'groups';
}

export function shareHeadingTables(
  count: number,
  seed: number,
  modes: readonly ShareHeadingTable['mode'][] = ['label', 'total', 'groups'],
): ShareHeadingTable[] {
  const random = lcg(seed);
  const out: ShareHeadingTable[] = [];
  for (let k = 0; k < count; k++) {
    const mode = pick(random, modes);
    const groups = mode === 'label' ? ['全体'] : ['A群', 'B群'].slice(0, 2);
    const ns = groups.map(() => int(random, 25, 90));
    const vars = VARIABLES.slice(0, int(random, 2, 4));
    const mark = random() < 0.5 ? '%' : '';
    const blocks = blocksOf(random, ns, vars);
    const withTotal = mode === 'total';
    const cols = [...groups, ...(withTotal ? ['合計'] : [])];
    const colNs = [...ns, ...(withTotal ? [ns.reduce((a, b) => a + b, 0)] : [])];
    const heading = mode === 'label' ? ns[0]! : colNs.reduce((a, b) => a + b, 0) / (withTotal ? 2 : 1);
    const cell = (n: number, base: number) => `${n} (${((100 * n) / base).toFixed(1)}${mark})`;
    const values = (row: number[]) => {
      const all = [...row, ...(withTotal ? [row.reduce((a, b) => a + b, 0)] : [])];
      return all.map((n, j) => cell(n, colNs[j]!));
    };
    const body = (head: (name: string) => string[]) =>
      blocks.flatMap((b) => [head(b.name), ...b.levels.map((l, i) => [l, ...values(b.counts[i]!)])]);
    const tsv = (lines: string[][]) => lines.map((l) => l.join('\t')).join('\n') + '\n';
    const text = tsv([['', ...cols], ...body((name) => [`${name} (N=${heading})`, ...cols.map(() => '')])]);
    const equivalent = tsv([
      ['', ...cols.map((c, j) => `${c} (N=${colNs[j]})`)],
      ...body((name) => [`${name}, n (%)`, ...cols.map(() => '')]),
    ]);
    out.push({ text, equivalent, mode });
  }
  return out;
}
