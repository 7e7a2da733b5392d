/**
 * fracn38 (issue #11): 100 seeded 「n/N」 tables with the groups as rows and the bands as columns, each cell's N its
 * row's (its group's sum, or a written N over it: 「男性 | 3/75 | 40/75 | 32/75」) — labeln38's `bandTables` of the
 * 「n/N」 kind with the groups as rows, seeds 1561–1580.
 */
import { bandTables, type BandTable } from './labeln38-families.ts';
import { lcg, int } from './helpers.ts';

export function rowBaseTables(count = 100): BandTable[] {
  const out: BandTable[] = [];
  for (let seed = 1561; seed <= 1580 && out.length < count; seed++)
    for (const t of bandTables(60, seed)) if (t.kind === 'nN' && t.axis === 'cols' && out.length < count) out.push(t);
  return out;
}

/**
 * fracn38's chance tables: `count` ordinary column-wise 「n/N」 tables of 2–4 rows × 2–3 columns of 0–40, each column's
 * N its sum or that plus 1–20, half with the largest N written in every cell (seed 1561 in fracn38-chance.ts and
 * denom34-chance.ts).
 */
export function ordinaryFractions(seed: number, count = 1000): string[] {
  const next = lcg(seed);
  const out: string[] = [];
  for (let t = 0; t < count; t++) {
    const R = int(next, 2, 4),
      C = int(next, 2, 3);
    const c = Array.from({ length: R }, () => Array.from({ length: C }, () => int(next, 0, 40)));
    const sameN = next() < 0.5;
    const rest = Array.from({ length: C }, () => (next() < 0.5 ? 0 : int(next, 1, 20)));
    const colN = Array.from({ length: C }, (_, j) => c.reduce((a, r) => a + r[j]!, 0) + rest[j]!);
    const m = Math.max(...colN);
    const N = colN.map((n) => (sameN ? m : n));
    out.push(
      [
        '\t' + Array.from({ length: C }, (_, j) => `G${j + 1}`).join('\t'),
        ...c.map((r, i) => `x${i}\t` + r.map((x, j) => `${x}/${N[j]}`).join('\t')),
      ].join('\n') + '\n',
    );
  }
  return out;
}
