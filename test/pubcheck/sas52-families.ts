/**
 * sas52's families: SAS PROC FREQ's n-way table with 「Tot Pct」 (TOTPCT, a share of the whole n-way table,
 * formats48), its strata pasted otherwise than 「Table 1..S」 complete and in order.
 * - `sasStrataLost` (seeds 3071–3080): 3 or 4 strata, one (first, middle or last) not pasted, as formats51's
 *   `sasStrataGap`, a quarter of them with the missing stratum small (each cell 0–3, so its total often under the
 *   threshold). The truth holds the missing stratum's cells and total (`m:`) and W = every stratum's N, so
 *   formats33-attack.ts knows what the Tot Pcts give back; `joined` ends with the checker's line of ours for the
 *   missing stratum (its total, `件数`).
 * - `sasStrataMisnumbered` (seeds 3081–3090): 2–4 strata, every one pasted, numbered out of order (a permutation of
 *   1..S), with a number skipped, or from 2.
 */
import { int, lcg, pick } from './helpers.ts';
import { COLS, counts, type Joined } from './formats35-families.ts';
import { type SasStat } from './formats42-families.ts';
import { joinCases, sasStratum, XROWS } from './formats48-families.ts';

const KINDS: SasStat[][] = [
  ['count', 'tot', 'cell', 'row', 'col'],
  ['count', 'tot', 'cell'],
  ['count', 'tot'],
];

/** Stratum s's case numbered d (its title 「Table d of …」 in the text and the reading). */
function numbered(rows: string[], cols: string[], c: number[][], stats: SasStat[], whole: number, s: number, d: number): Joined {
  const j = sasStratum(rows, cols, c, stats, whole, s);
  const from = `Table ${s + 1} of`;
  const to = `Table ${d} of`;
  return { ...j, text: j.text.replace(from, to), joined: j.joined.replaceAll(from, to) };
}

const whole = (j: Joined, family: string, W: number) => {
  j.truth.set('W', W);
  for (const t of j.tokens) t.meanings = t.meanings.map((m) => (m.kind === 'pct' && /^s\d+:W$/.test(m.den) ? { ...m, den: 'W' } : m));
  j.joined = j.joined.replaceAll('（）', '');
  j.family = family;
  return j;
};

export function sasStrataLost(n: number, seed: number): (Joined & { missing: number; D: number })[] {
  const next = lcg(seed ^ 0x52a7);
  const out: (Joined & { missing: number; D: number })[] = [];
  for (let q = 0; q < n; q++) {
    const S = int(next, 3, 4);
    const miss = int(next, 0, S - 1);
    const rows = pick(next, XROWS);
    const cols = pick(next, COLS);
    const stats = pick(next, KINDS);
    const small = next() < 0.25;
    const cs = Array.from({ length: S }, (_, s) =>
      s === miss && small ? rows.map(() => cols.map(() => int(next, 0, 3))) : counts(next, rows.length, cols.length),
    );
    if (cs[miss]!.flat().every((x) => x === 0)) cs[miss]![0]![0] = 1;
    const W = cs.flat(2).reduce((a, b) => a + b, 0);
    const shown = [...cs.keys()].filter((s) => s !== miss);
    const parts = shown.map((s) => sasStratum(rows, cols, cs[s]!, stats, W, s));
    const where = miss === 0 ? 'first' : miss === S - 1 ? 'last' : 'middle';
    const j = whole(
      joinCases(
        parts,
        () => [],
        `strata-lost-${where}${small ? '-small' : ''}`,
        () => '',
      ),
      `strata-lost-${where}${small ? '-small' : ''}`,
      W,
    );
    // The stratum not pasted: its cells and total in the truth (W their sum with the printed strata's Ns).
    const D = cs[miss]!.flat().reduce((a, b) => a + b, 0);
    cs[miss]!.forEach((r, i) => r.forEach((x, c) => j.truth.set(`m:c:${i}:${c}`, x)));
    j.truth.set('m:N', D);
    j.sums.push(['m:N', cs[miss]!.flatMap((r, i) => r.map((_, c) => `m:c:${i}:${c}`))]);
    j.sums.push(['W', [...shown.keys()].map((s) => `s${s}:N`).concat('m:N')]);
    const label = `${where === 'last' ? `Table ${S} 以降` : `Table ${miss + 1}`} of sex by outcome`;
    j.joined += `\n\n# ${label}（貼られていない層）\n\t件数\n${label}（総数）\t${D}`;
    out.push({ ...j, missing: miss + 1, D });
  }
  return out;
}

export function sasStrataMisnumbered(n: number, seed: number): Joined[] {
  const next = lcg(seed ^ 0x52b3);
  const out: Joined[] = [];
  for (let q = 0; q < n; q++) {
    const S = int(next, 2, 4);
    const rows = pick(next, XROWS);
    const cols = pick(next, COLS);
    const stats = pick(next, KINDS);
    const how = pick(next, ['order', 'skip', 'from2'] as const);
    let ds = [...Array(S).keys()].map((s) => s + 1);
    if (how === 'order') {
      while (ds.every((d, i) => d === i + 1))
        for (let i = S - 1; i > 0; i--) {
          const k = int(next, 0, i);
          [ds[i], ds[k]] = [ds[k]!, ds[i]!];
        }
    } else if (how === 'skip') {
      const at = int(next, 1, S - 1);
      ds = ds.map((d) => (d > at ? d + 1 : d));
    } else ds = ds.map((d) => d + 1);
    const cs = Array.from({ length: S }, () => counts(next, rows.length, cols.length));
    const W = cs.flat(2).reduce((a, b) => a + b, 0);
    const parts = cs.map((c, s) => numbered(rows, cols, c, stats, W, s, ds[s]!));
    const j = whole(
      joinCases(
        parts,
        () => [],
        `strata-${how}`,
        () => '',
      ),
      `strata-${how}`,
      W,
    );
    j.sums.push(['W', parts.map((_, s) => `s${s}:N`)]);
    out.push(j);
  }
  return out;
}
