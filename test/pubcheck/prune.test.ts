/**
 * Pruning on a network by flows (`pruneNetwork`: only the counts whose proving flow went through the count published
 * are asked again) against pruning by a full audit per count tried (`failing` after each), on random tables with
 * totals: the same counts published again, in the same order.
 */
import { describe, expect, it } from 'vitest';
import { failing, pruneNetwork, type AuditRequirement } from '../../src/pubcheck/audit.ts';
import { readTables } from '../../src/pubcheck/read.ts';
import { extend } from '../../src/pubcheck/secondary.ts';
import { systemOf } from '../../src/pubcheck/system.ts';
import { lcg, solver, tsv } from './helpers.ts';

const highs = await solver();

describe('pruning on a network by flows', () => {
  it('publishes again exactly what a full audit per count would, both protections', () => {
    let compared = 0;
    let published = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const rnd = lcg(seed);
      const rows = 3 + Math.floor(rnd() * 5);
      const cols = 3 + Math.floor(rnd() * 5);
      const cells = Array.from({ length: rows }, () => Array.from({ length: cols }, () => Math.floor(rnd() * (rnd() < 0.3 ? 12 : 60))));
      const { sys } = systemOf(readTables(tsv(cells, { total: true })).tables, { zeroExempt: true });
      const primary = new Set(sys.vars.flatMap((x, v) => (x.value > 0 && x.value < 10 ? [v] : [])));
      for (const protection of ['threshold', 'not-exact'] as const) {
        const req: AuditRequirement = { protection, threshold: 10, primary };
        const hidden = new Set(primary);
        // Hide more than needed: what the protection flows add, and a few counts at random.
        for (const [v, x] of sys.vars.entries()) if (x.hideable && rnd() < 0.15) hidden.add(v);
        if (!extend(highs, sys, req, hidden)) continue;
        const order = [...hidden].filter((v) => !primary.has(v)).sort(() => rnd() - 0.5);
        const byAudit = new Set(hidden);
        for (const v of order) {
          byAudit.delete(v);
          if (failing(highs, sys, byAudit, req).length > 0) byAudit.add(v);
        }
        const byFlows = new Set(hidden);
        expect(pruneNetwork(sys, byFlows, req, order, Infinity)).toBe(true);
        expect([...byFlows].sort((a, b) => a - b)).toEqual([...byAudit].sort((a, b) => a - b));
        expect(failing(highs, sys, byFlows, req)).toEqual([]);
        compared++;
        published += hidden.size - byFlows.size;
      }
    }
    console.log(`pruning compared on ${compared} choices; ${published} counts published again`);
    expect(compared).toBeGreaterThan(40);
    expect(published).toBeGreaterThan(40);
  });
});
