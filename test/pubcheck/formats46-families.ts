/**
 * formats46 (issue #11): SPSS FREQUENCIES pasted in ways spss43/spss44 did not read, seeded (seeds 2501–2520):
 * - `spssNoPct` (seeds 2501–2510): spss44's table with its パーセント (Percent) column taken out (度数 / 有効パーセント /
 *   累積パーセント), half with 1–3 欠損値 (Missing) rows (then counts alone on them and on the last 合計), a count under
 *   the threshold among the categories (one or two) and, in most tables with missing rows, among them.
 * - `spssCut` (seeds 2511–2515): spss44's table with every share cut (truncated) to one decimal, not rounded.
 * - `sasTotBare` (seeds 2516–2520): SAS PROC FREQ's two-way listing whose key names 「Tot Pct」, its values in the cells
 *   only: nothing in the 「Total」 column and no Tot Pct line under the Total line (the Total column or line cut or not).
 */
import { int, lcg, pick } from './helpers.ts';
import type { Joined } from './formats35-families.ts';
import { LONG } from './formats36-families.ts';
import { spssTable } from './spss43-families.ts';
import { COLS, counts } from './formats35-families.ts';
import { sasCrossMoreTable, type SasStat } from './formats42-families.ts';

function draw(next: () => number, cut: boolean): Joined {
  const rows = pick(next, LONG);
  const c = rows.map(() => [int(next, 10, 99)]);
  for (let t = int(next, 1, 2); t > 0; t--) c[int(next, 0, rows.length - 1)]![0] = int(next, 1, 9);
  const k = next() < 0.5 ? 0 : int(next, 1, 3);
  const miss = Array.from({ length: k }, () => int(next, 10, 40));
  if (k > 0 && next() < 0.7) for (let t = int(next, 1, Math.min(2, k)); t > 0; t--) miss[int(next, 0, k - 1)] = int(next, 1, 9);
  const ja = next() < 0.5;
  const title = ja ? pick(next, ['重症度', '年齢区分', '病期']) : pick(next, ['grade', 'age group', 'stage']);
  return spssTable(rows, c, miss, ja, next() < 0.5, title, cut);
}

/** spssTable's output with its パーセント column taken out, as SPSS prints it with that column hidden. */
export function withoutPercent(t: Joined): Joined {
  const pasted = t.text.includes('\t');
  const lines = t.text.split('\n').map((l) =>
    pasted
      ? l.split('\t').length >= 4
        ? l
            .split('\t')
            .filter((_, j) => j !== 3)
            .join('\t')
        : l
      : l.length > 36
        ? l.slice(0, 36) + l.slice(56)
        : l,
  );
  const tokens = t.tokens.map((x) =>
    x.meanings.some((m) => (m.kind === 'pct' && m.den === 'W') || (m.kind === 'count' && m.v === 'W'))
      ? { ...x, text: x.text.replace(/ \(.*\)$/, ''), meanings: x.meanings.filter((m) => m.kind === 'count') }
      : x,
  );
  // The whole's table as the checker reads it: counts alone (the block before the first empty line, with missing rows).
  const j = t.joined.split('\n');
  const blank = t.family.includes('missing') ? j.indexOf('') : -1;
  const joined = j.map((l, i) => (i < blank ? l.replace(/ \(\d+(?:\.\d+)?%\)/, '') : l)).join('\n');
  return { ...t, family: t.family.replace('spss-', 'spss-nopct-'), text: lines.join('\n'), tokens, joined };
}

export function spssNoPct(n: number, seed: number): Joined[] {
  const next = lcg(seed);
  return Array.from({ length: n }, () => withoutPercent(draw(next, false)));
}

export function spssCut(n: number, seed: number): Joined[] {
  const next = lcg(seed);
  return Array.from({ length: n }, () => {
    const t = draw(next, true);
    return { ...t, family: t.family.replace('spss-', 'spss-cut-') };
  });
}

const XROWS = [
  ['male', 'female'],
  ['<65', '65-74', '>=75'],
  ['StageI', 'StageII', 'StageIII'],
];
const TOT_STATS: SasStat[][] = [
  ['count', 'tot', 'cell', 'row', 'col'],
  ['count', 'tot', 'row', 'col'],
  ['count', 'tot'],
  ['count', 'expected', 'tot', 'cell'],
  ['count', 'tot', 'cell'],
];

export function sasTotBare(n: number, seed: number): Joined[] {
  const next = lcg(seed);
  const out: Joined[] = [];
  for (let q = 0; q < n; q++) {
    const rows = pick(next, XROWS);
    const cols = pick(next, COLS);
    const c = counts(next, rows.length, cols.length);
    const stats = pick(next, TOT_STATS);
    const cut = pick(next, [undefined, undefined, 'col', 'row', 'both'] as const);
    const j = sasCrossMoreTable(rows, cols, c, stats, {
      ...(cut ? { cut } : {}),
      totBare: true,
      names: pick(next, ['both', 'table', 'vars', 'none'] as const),
      frame: next() < 0.5,
    });
    out.push({ ...j, family: `totbare-${cut ?? 'whole'}-${stats.slice(1).join('-')}` });
  }
  return out;
}
