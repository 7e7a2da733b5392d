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
