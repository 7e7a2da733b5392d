/**
 * formats51's family (seeds 2921–2925): SAS PROC FREQ's n-way table with 「Tot Pct」 (TOTPCT, a share of the whole
 * n-way table, formats48) pasted with one stratum left out (`sasStrataGap`): 3 or 4 strata 「Table d of sex by outcome」
 * over 「Controlling for site=X」, one of them (first, middle or last) not pasted, each printed Tot Pct still of the
 * whole (every stratum's N, the missing one's too).
 */
import { int, lcg, pick } from './helpers.ts';
import { COLS, counts, type Joined } from './formats35-families.ts';
import { type SasStat } from './formats42-families.ts';
import { joinCases, sasStratum, XROWS } from './formats48-families.ts';

export function sasStrataGap(n: number, seed: number): Joined[] {
  const next = lcg(seed ^ 0x51a3);
  const out: Joined[] = [];
  const kinds: SasStat[][] = [
    ['count', 'tot', 'cell', 'row', 'col'],
    ['count', 'tot', 'cell'],
    ['count', 'tot'],
  ];
  for (let q = 0; q < n; q++) {
    const S = int(next, 3, 4);
    const miss = int(next, 0, S - 1);
    const rows = pick(next, XROWS);
    const cols = pick(next, COLS);
    const stats = pick(next, kinds);
    const cs = Array.from({ length: S }, () => counts(next, rows.length, cols.length));
    const whole = cs.flat(2).reduce((a, b) => a + b, 0);
    const shown = [...cs.keys()].filter((s) => s !== miss);
    const parts = shown.map((s) => sasStratum(rows, cols, cs[s]!, stats, whole, s));
    const j = joinCases(
      parts,
      () => [],
      `strata-gap-${miss === 0 ? 'first' : miss === S - 1 ? 'last' : 'middle'}`,
      () => '',
    );
    j.truth.set('W', whole);
    for (const t of j.tokens) t.meanings = t.meanings.map((m) => (m.kind === 'pct' && /^s\d+:W$/.test(m.den) ? { ...m, den: 'W' } : m));
    j.joined = j.joined.replaceAll('（）', '');
    out.push({ ...j, missing: miss + 1 } as Joined);
  }
  return out;
}
