/**
 * fracn38 (issue #11): 100 seeded 「n/N」 tables with the groups as rows and the bands as columns, each cell's N its
 * row's (its group's sum, or a written N over it: 「男性 | 3/75 | 40/75 | 32/75」) — labeln38's `bandTables` of the
 * 「n/N」 kind with the groups as rows, seeds 1561–1580.
 */
import { bandTables, type BandTable } from './labeln38-families.ts';

export function rowBaseTables(count = 100): BandTable[] {
  const out: BandTable[] = [];
  for (let seed = 1561; seed <= 1580 && out.length < count; seed++)
    for (const t of bandTables(60, seed)) if (t.kind === 'nN' && t.axis === 'cols' && out.length < count) out.push(t);
  return out;
}
