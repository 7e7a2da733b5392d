/**
 * denom34 (issue #11): 「n/N」 cells with ONE N in every cell where every row and every column stays within it — the N
 * may be each column's (fracn38's reading) or each row's (「男性 | 17/67 | 29/67 | 16/67」, the groups as rows), and no
 * one can tell which. fracn38 read the columns only: a row's rest under the other reading (67 − 62 = 5) was neither
 * hidden nor said, and a hidden count beside it was given back. Now both at once (read.ts `bothNs`): each line short
 * of N has N as its own, so the small rest of either reading is found and each line with its rest adds up to N.
 *
 * Family: denom34-families.ts `oneNTables` (seeds 1781–1784, 25 each: the true base the rows' or the columns', adding
 * up to N or with a rest of 1–20), each read table attacked by the oracle under BOTH readings
 * (`ROOT=<a checkout> npx node test/pubcheck/denom34-measure.ts 25 1781,1782,1783,1784`): int 986767e 4 of 71 read
 * tables leaked (29 found a column's small rest), now 0 of 34 (66 find a small rest of one reading or the other, a
 * finding to fix before publishing). Chance (denom34-chance.ts, fracn38's 1,000 ordinary tables): 1 refused before and
 * after; read with a small rest to fix 376 before, 433 now (86 a row's: the row reading's rest, under the threshold).
 */
import { describe, expect, it } from 'vitest';
import { fixtureBundle, solver } from './helpers.ts';
import { attack } from './oracle.ts';
import { adversary } from './protection.ts';
import { oneNTables } from './denom34-families.ts';

const highs = await solver();
const bundle = fixtureBundle();
const { result } = adversary(highs, bundle);

describe('denom34: one N in every 「n/N」 cell, read by the rows and the columns at once', () => {
  it("finds a row's small rest under the row reading (int: not found)", () => {
    const r = result('\t<65\t65-74\t75+\n男性\t17/67\t29/67\t16/67\n女性\t19/67\t6/67\t39/67\n');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const rests = r.tables[0]!.primary.headers.filter((h) => h.axis === 'row').map((h) => [h.label, h.rest]);
    expect(rests).toEqual([
      ['男性', 5],
      ['女性', 3],
    ]);
    expect(r.warnings.some((w) => w.code === 'fraction/line-n' && w.message.includes('列の患者数とも行の患者数とも読めます'))).toBe(true);
  });
  it("rows adding up to N: a column's small rest found too", () => {
    const r = result('\t<65\t65-74\t75+\n男性\t3/75\t40/75\t32/75\n女性\t10/75\t25/75\t40/75\n');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.tables[0]!.primary.headers.map((h) => [h.axis, h.label, h.rest])).toEqual([['col', '75+', 3]]);
  });
  it('a row passing N: the columns only, as before', () => {
    const r = result('\tscore 0-2\tscore 3+\nA群\t60/95\t37/95\nB群\t30/95\t53/95\n');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.tables[0]!.table.rows.every((h) => h.denominator === undefined)).toBe(true);
  });
  it('family: 100 seeded tables (seeds 1781–1784) — int 4 of 71 read leaked, now none under either reading', () => {
    let leaked = 0,
      attacked = 0;
    for (const t of oneNTables(25, [1781, 1782, 1783, 1784])) {
      const r = result(t.text);
      expect(r.ok).toBe(true);
      if (!r.ok || r.tables[0]!.primary.headers.length > 0) continue;
      attacked++;
      const tr = r.tables[0]!;
      const C = tr.table.cols.length;
      const [R0, C0] = [t.counts.length, t.counts[0]!.length];
      const hidden = new Set<string>();
      const small = new Set<string>();
      tr.status.forEach((s, id) => {
        const [i, j] = [Math.floor(id / C), id % C];
        if (i >= R0 || j >= C0) return;
        if (s !== 'published') hidden.add(`0:${i}:${j}`);
        if (s === 'primary') small.add(`0:${i}:${j}`);
      });
      // A rest (patients a line leaves out) is not known to be 1 or more: where a reading has one, no published-zero bound.
      const leaks = (['rows', 'cols'] as const).some((reading) => {
        const ranges = attack(highs, t.standard[reading], new Set([...hidden, ...t.rests[reading]]), {
          zeroExempt: t.rests[reading].length === 0,
        });
        return [...ranges].some(([k, g]) => hidden.has(k) && g.hi !== null && (g.hi === g.lo || (small.has(k) && g.hi < 10)));
      });
      if (leaks) leaked++;
    }
    expect(attacked).toBeGreaterThanOrEqual(30);
    expect(leaked).toBe(0);
  }, 600_000);
});
