/**
 * formats38 (issue #11): SAS PROC FREQ's one-way table with counts of 1,000 or more, printed with SAS's thousands
 * commas (「1,234」, cumulative 「12,345」), seeded (seeds 1881–1890). Its listing (columns aligned by spaces; no tab, so
 * a CSV reading cuts each line at its commas) or its cells pasted (tab-separated, 「1,234」 in a cell). 3–6 rows, one
 * or two counts under the threshold, the rest 1,000–9,999 (a few 100–999). Built from formats36's `running` and
 * `cumTree`: `joined` is the table as the checker reads it (counts without commas), for the oracle.
 */
import { int, lcg, pick } from './helpers.ts';
import type { Token } from './formats33-families.ts';
import { cross, type Joined } from './formats35-families.ts';
import { LONG, cumTree, running } from './formats36-families.ts';

const grouped = (x: number) => x.toLocaleString('en-US');

export function sasCumThousands(n: number, seed: number): Joined[] {
  const next = lcg(seed);
  const out: Joined[] = [];
  for (let q = 0; q < n; q++) {
    const rows = pick(next, LONG);
    const c = rows.map(() => [next() < 0.2 ? int(next, 100, 999) : int(next, 1000, 9999)]);
    for (let t = int(next, 1, 2); t > 0; t--) c[int(next, 0, rows.length - 1)]![0] = int(next, 1, 9);
    const { truth, sums } = cross(c);
    const lines: string[] = [];
    const tokens: Token[] = [];
    if (next() < 0.5) lines.push('The SAS System', '');
    const listing = next() < 0.7;
    const row = (xs: string[]) =>
      listing
        ? `${xs[0]!.padEnd(12)}${xs
            .slice(1)
            .map((x, j) => x.padStart([9, 12, 14, 13][j]!))
            .join('')}`
        : xs.join('\t');
    lines.push('The FREQ Procedure', '');
    if (listing)
      lines.push(
        `${' '.repeat(37)}Cumulative   Cumulative`,
        row(['grade', 'Frequency', 'Percent', 'Frequency', 'Percent']),
        '-'.repeat(60),
      );
    else lines.push('grade\tFrequency\tPercent\tCumulative Frequency\tCumulative Percent');
    const cum = running(c, truth, sums);
    const runs = cum.map((x) => x.runCell);
    rows.forEach((r, i) => {
      const { x, p, cp, run } = cum[i]!;
      lines.push(row([r, grouped(x), p, grouped(run), cp]));
      tokens.push(cum[i]!.token(lines.length));
      if (i >= 1 && i < rows.length - 1)
        tokens.push({
          line: lines.length,
          text: runs[i]!,
          meanings: [
            { kind: 'count', v: `cum:${i}` },
            { kind: 'pct', num: `cum:${i}`, den: 'N', dec: 2, scale: 100 },
          ],
        });
      if (i === rows.length - 1) tokens.push({ line: lines.length, text: runs[i]!, meanings: [{ kind: 'count', v: 'N' }] });
    });
    const joined = cumTree(rows, cum, 'grade\tFrequency', `Total\t${runs.at(-1)}`);
    out.push({
      family: `sas-cum-thousands-${listing ? 'listing' : 'cells'}`,
      text: lines.join('\n') + '\n',
      truth,
      sums,
      tokens,
      joined: joined.join('\n') + '\n',
    });
  }
  return out;
}
