/**
 * formats37 (issue #11): statistics software's text formats36 left refused, seeded (seeds 1851–1870). Every printed
 * number carries its true meaning (formats33-attack.ts takes every number the check leaves published); `joined` is
 * the same numbers as the checker reads them, as tab-separated tables (for the oracle, which reads no listing).
 *
 * - `stataCumNoPct`: Stata's one-way `tabulate` with 「Freq.」 and 「Cum.」 but no 「Percent」 (its column cut by hand,
 *   or `tabulate` output pasted without it), 3–6 rows with one or two counts under the threshold. The first row's
 *   Cum. is its own share (its running sum is its count); each later one the share of a running sum.
 */
import { int, lcg, pick } from './helpers.ts';
import type { Token } from './formats33-families.ts';
import type { Joined } from './formats35-families.ts';

const LONG = [
  ['g1', 'g2', 'g3'],
  ['<40', '40-49', '50-59', '60-69', '70-79', '>=80'],
  ['StageI', 'StageII', 'StageIII', 'StageIV'],
  ['none', 'mild', 'moderate', 'severe', 'fatal'],
];
const pct = (n: number, d: number, dec: number) => ((100 * n) / d).toFixed(dec);

/** Stata's one-way text with 「Cum.」, no 「Percent」, and one or two counts under the threshold. */
export function stataCumNoPct(n: number, seed: number): Joined[] {
  const next = lcg(seed);
  const out: Joined[] = [];
  for (let q = 0; q < n; q++) {
    const rows = pick(next, LONG);
    const c = rows.map(() => int(next, 10, 99));
    for (let t = int(next, 1, 2); t > 0; t--) c[int(next, 0, rows.length - 1)] = int(next, 1, 9);
    const N = c.reduce((a, b) => a + b, 0);
    const truth = new Map<string, number>([['N', N]]);
    const sums: [string, string[]][] = [['N', rows.map((_, i) => `c:${i}:0`)]];
    c.forEach((x, i) => truth.set(`c:${i}:0`, x));
    const lines: string[] = [];
    const tokens: Token[] = [];
    const lw = 12;
    const L = (label: string) => label.padStart(lw - 1) + ' |';
    const rule = '-'.repeat(lw) + '+' + '-'.repeat(23);
    lines.push(`${L('grade')}${['Freq.', 'Cum.'].map((h) => h.padStart(12)).join('')}`, rule);
    let run = 0;
    const cells: string[] = [];
    const cumCells: string[] = [];
    rows.forEach((r, i) => {
      const x = c[i]!;
      run += x;
      truth.set(`cum:${i}`, run);
      sums.push([`cum:${i}`, rows.slice(0, i + 1).map((_, k) => `c:${k}:0`)]);
      const cp = pct(run, N, 2);
      lines.push(`${L(r)}${[String(x), cp].map((s) => s.padStart(12)).join('')}`);
      cells.push(i === 0 ? `${x} (${cp}%)` : String(x));
      cumCells.push(`${run} (${cp}%)`);
      // As the checker reads the line (tokens are matched by line and text): the first row's count with its Cum., its
      // own share, one cell; the others' counts, each running share before the last as its line of ours.
      const share = { kind: 'pct', num: `cum:${i}`, den: 'N', dec: 2, scale: 100 } as const;
      tokens.push({
        line: lines.length,
        text: cells[i]!,
        meanings: i === 0 ? [{ kind: 'count', v: `c:0:0` }, share] : [{ kind: 'count', v: `c:${i}:0` }],
      });
      if (i >= 1 && i < rows.length - 1) tokens.push({ line: lines.length, text: cumCells[i]!, meanings: [share] });
    });
    lines.push(rule, `${L('Total')}${String(N).padStart(12)}`);
    tokens.push({ line: lines.length, text: String(N), meanings: [{ kind: 'count', v: 'N' }] });
    // As the checker reads it: the running sums as a tree by indentation, parents first.
    const last = rows.length - 2;
    const pad = (d: number) => '  '.repeat(d);
    const joined = ['grade\tFreq.'];
    for (let i = last; i >= 1; i--) joined.push(`${pad(last - i)}累積（${rows[0]}〜${rows[i]}）\t${cumCells[i]}`);
    rows.forEach((r, i) => joined.push(`${pad(Math.max(0, last - Math.max(i, 1) + 1))}${r}\t${cells[i]}`));
    joined.push(`Total\t${N}`);
    out.push({
      family: `stata-cum-nopct-${rows.length}`,
      text: lines.join('\n') + '\n',
      truth,
      sums,
      tokens,
      joined: joined.join('\n') + '\n',
    });
  }
  return out;
}

/**
 * Stata's one-way text with no 「Total」 line (cut by hand): 「Freq.」 with 「Percent」, 「Cum.」 or both, 3–6 rows with
 * one or two counts under the threshold. Every share is of the counts' sum (printed nowhere).
 */
export function stataOneWayNoTotal(n: number, seed: number): Joined[] {
  const next = lcg(seed);
  const out: Joined[] = [];
  for (let q = 0; q < n; q++) {
    const rows = pick(next, LONG);
    const kind = pick(next, ['pct-cum', 'pct', 'cum'] as const);
    const withPct = kind !== 'cum';
    const withCum = kind !== 'pct';
    const c = rows.map(() => int(next, 10, 99));
    for (let t = int(next, 1, 2); t > 0; t--) c[int(next, 0, rows.length - 1)] = int(next, 1, 9);
    const N = c.reduce((a, b) => a + b, 0);
    const truth = new Map<string, number>([['N', N]]);
    const sums: [string, string[]][] = [['N', rows.map((_, i) => `c:${i}:0`)]];
    c.forEach((x, i) => truth.set(`c:${i}:0`, x));
    const lines: string[] = [];
    const tokens: Token[] = [];
    const lw = 12;
    const L = (label: string) => label.padStart(lw - 1) + ' |';
    const heads = ['Freq.', ...(withPct ? ['Percent'] : []), ...(withCum ? ['Cum.'] : [])];
    lines.push(`${L('grade')}${heads.map((h) => h.padStart(12)).join('')}`, '-'.repeat(lw) + '+' + '-'.repeat(12 * heads.length - 1));
    let run = 0;
    const cells: string[] = [];
    const cumCells: string[] = [];
    rows.forEach((r, i) => {
      const x = c[i]!;
      run += x;
      truth.set(`cum:${i}`, run);
      sums.push([`cum:${i}`, rows.slice(0, i + 1).map((_, k) => `c:${k}:0`)]);
      const p = pct(x, N, 2);
      const cp = pct(run, N, 2);
      lines.push(`${L(r)}${[String(x), ...(withPct ? [p] : []), ...(withCum ? [cp] : [])].map((s) => s.padStart(12)).join('')}`);
      const own = { kind: 'pct', num: `c:${i}:0`, den: 'N', dec: 2, scale: 100 } as const;
      cells.push(withPct || (withCum && i === 0) ? `${x} (${withPct ? p : cp}%)` : String(x));
      cumCells.push(`${run} (${cp}%)`);
      tokens.push({
        line: lines.length,
        text: cells[i]!,
        meanings: withPct || (withCum && i === 0) ? [{ kind: 'count', v: `c:${i}:0` }, own] : [{ kind: 'count', v: `c:${i}:0` }],
      });
      if (withCum && i >= 1 && i < rows.length - 1)
        tokens.push({ line: lines.length, text: cumCells[i]!, meanings: [{ kind: 'pct', num: `cum:${i}`, den: 'N', dec: 2, scale: 100 }] });
    });
    // As the checker reads it: with 「Cum.」 the running sums as a tree by indentation, parents first (no Total line).
    const tree = withCum && rows.length >= 3 && c.some((x) => x < 10);
    const last = rows.length - 2;
    const pad = (d: number) => (tree ? '  '.repeat(d) : '');
    const joined = ['grade\tFreq.'];
    if (tree) for (let i = last; i >= 1; i--) joined.push(`${pad(last - i)}累積（${rows[0]}〜${rows[i]}）\t${cumCells[i]}`);
    rows.forEach((r, i) => joined.push(`${pad(Math.max(0, last - Math.max(i, 1) + 1))}${r}\t${cells[i]}`));
    // The whole, printed nowhere, given to the oracle all the same: an attacker who knows N is stronger than a reader
    // who has it from the shares (the oracle reads a tree of shares with no total line otherwise).
    joined.push(`Total\t${N}`);
    out.push({ family: `stata-nototal-${kind}`, text: lines.join('\n') + '\n', truth, sums, tokens, joined: joined.join('\n') + '\n' });
  }
  return out;
}
