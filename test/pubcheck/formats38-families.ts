/**
 * formats38 (issue #11): SAS PROC FREQ's one-way table with counts of 1,000 or more, printed with SAS's thousands
 * commas (「1,234」, cumulative 「12,345」), seeded (seeds 1881–1890). Its listing (columns aligned by spaces; no tab, so
 * a CSV reading cuts each line at its commas) or its cells pasted (tab-separated, 「1,234」 in a cell). 3–6 rows, one
 * or two counts under the threshold, the rest 1,000–9,999 (a few 100–999). Built by formats36's `sasCumTable`: `joined`
 * is the table as the checker reads it (counts without commas), for the oracle.
 */
import { int, lcg, pick } from './helpers.ts';
import type { Joined } from './formats35-families.ts';
import { LONG, sasCumTable } from './formats36-families.ts';

const grouped = (x: number) => x.toLocaleString('en-US');

export function sasCumThousands(n: number, seed: number): Joined[] {
  const next = lcg(seed);
  const out: Joined[] = [];
  for (let q = 0; q < n; q++) {
    const rows = pick(next, LONG);
    const c = rows.map(() => [next() < 0.2 ? int(next, 100, 999) : int(next, 1000, 9999)]);
    for (let t = int(next, 1, 2); t > 0; t--) c[int(next, 0, rows.length - 1)]![0] = int(next, 1, 9);
    out.push(sasCumTable(next, rows, c, { listing: 0.7, family: 'sas-cum-thousands', count: grouped }));
  }
  return out;
}
