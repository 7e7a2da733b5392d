/**
 * formats44 (issue #11): SAS PROC FREQ's two-way listing pasted partially, seeded (seeds 2301–2319): its 「Total」
 * column (the text after each line's last 「|」), its Total line (with the Percent lines under it) or both cut.
 * formats42-families.ts `sasCrossMoreTable` builds it (`cut`); every printed number carries its meaning for
 * formats33-attack.ts, `joined` is the tables as the checker reads them (for the oracle).
 */
import { lcg, pick } from './helpers.ts';
import { COLS, counts, type Joined } from './formats35-families.ts';
import { STATS, sasCrossMoreTable, type SasStat } from './formats42-families.ts';

const XROWS = [
  ['male', 'female'],
  ['<65', '65-74', '>=75'],
  ['StageI', 'StageII', 'StageIII'],
];
/** formats41's statistics (Frequency, Percent, Row Pct, Col Pct and fewer) and formats42's. */
const KINDS: SasStat[][] = [['count', 'cell', 'row', 'col'], ['count', 'row', 'col'], ['count', 'cell'], ['count'], ...STATS];

export function sasCrossCut(n: number, seed: number): Joined[] {
  const next = lcg(seed);
  const out: Joined[] = [];
  for (let q = 0; q < n; q++) {
    const rows = pick(next, XROWS);
    const cols = pick(next, COLS);
    const c = counts(next, rows.length, cols.length);
    const stats = pick(next, KINDS);
    const cut = pick(next, ['col', 'row', 'both'] as const);
    const j = sasCrossMoreTable(rows, cols, c, stats, {
      cut,
      names: pick(next, ['both', 'table', 'vars', 'none'] as const),
      frame: next() < 0.5,
    });
    out.push({ ...j, family: `cut-${cut}` });
  }
  return out;
}

/**
 * formats44 (2): a row or a column of no patients (SAS's SPARSE, or a level of a format with no one) beside the lines
 * EXPECTED, DEVIATION, CELLCHI2 add: Expected and Deviation 0 there, Cell Chi-Square 「.」; Row / Col Pct 「.」 where
 * the key prints them (seeds 2311–2319).
 */
export function sasCrossZeroExtras(n: number, seed: number): Joined[] {
  const next = lcg(seed);
  const out: Joined[] = [];
  const kinds: SasStat[][] = [
    ['count', 'expected'],
    ['count', 'expected', 'deviation', 'chi2'],
    ['count', 'chi2'],
    ['count', 'expected', 'chi2', 'cell', 'row', 'col'],
    ['count', 'deviation', 'col'],
  ];
  for (let q = 0; q < n; q++) {
    const stats = pick(next, kinds);
    const zeroRow = next() < 0.5;
    const rows = zeroRow ? [...pick(next, XROWS), 'unknown'] : pick(next, XROWS);
    const cols = zeroRow ? pick(next, COLS) : [...pick(next, COLS), 'unknown'];
    const c = counts(next, zeroRow ? rows.length - 1 : rows.length, zeroRow ? cols.length : cols.length - 1);
    const cs = zeroRow ? [...c, cols.map(() => 0)] : c.map((r) => [...r, 0]);
    const j = sasCrossMoreTable(rows, cols, cs, stats, { names: pick(next, ['both', 'none'] as const) });
    out.push({ ...j, family: `zero-extras-${zeroRow ? 'row' : 'col'}` });
  }
  return out;
}
