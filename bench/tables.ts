/** The random tables the benches share (bench/pubcheck.ts and the per-table benches run the same ones by seed). */
import { mulberry32 as random } from './random.ts';

/**
 * Counts spread like clinical tables, log-normal: `many` small cells (median about 20, a quarter under 10) or
 * `few` (median about 90, a few percent under 10, so most suppression is secondary).
 */
export type Spread = 'many' | 'few';
export function clinicalTable(rows: number, cols: number, seed: number, spread: Spread, linked = false): string {
  const rnd = random(seed);
  const normal = () => Math.sqrt(-2 * Math.log(1 - rnd())) * Math.cos(2 * Math.PI * rnd());
  const cells = Array.from({ length: rows }, () =>
    Array.from({ length: cols }, () => Math.floor(Math.exp((spread === 'many' ? 3 : 4.5) + 1.2 * normal()))),
  );
  const sums = cells[0]!.map((_, j) => cells.reduce((s, row) => s + row[j]!, 0));
  const print = (t: number[][], prefix: string) => {
    const lines = [['', ...t[0]!.map((_, j) => `c${j + 1}`), '合計'].join('\t')];
    t.forEach((row, i) => lines.push([`${prefix}${i + 1}`, ...row, row.reduce((a, b) => a + b, 0)].join('\t')));
    lines.push(['合計', ...sums, sums.reduce((a, b) => a + b, 0)].join('\t'));
    return lines.join('\n');
  };
  if (!linked) return print(cells, 'r');
  // The second table splits each column total among its rows by log-normal weights.
  const other = Array.from({ length: rows }, () => new Array<number>(cols).fill(0));
  for (let j = 0; j < cols; j++) {
    const w = Array.from({ length: rows }, () => Math.exp(1.2 * normal()));
    const all = w.reduce((a, b) => a + b, 0);
    let left = sums[j]!;
    for (let i = 0; i < rows; i++) {
      const x = i === rows - 1 ? left : Math.min(left, Math.floor((sums[j]! * w[i]!) / all));
      other[i]![j] = x;
      left -= x;
    }
  }
  return `# 表1\n${print(cells, 'r')}\n\n# 表2\n${print(other, 's')}`;
}
