/**
 * Least information lost: on random tables with totals, the checker's proposal against the exact minimum computed by
 * the oracle's own MIP (oracle.ts `minimum`). With its least-cost search the checker finds the minimum of its
 * documented cost (value + 1 per hidden cell); the ratios to the fewest cells and to the least hidden value are
 * printed for the record (one proposal cannot always reach both).
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../src/pubcheck/check.ts';
import type { Protection } from '../../src/pubcheck/types.ts';
import { fixtureBundle, solver } from './helpers.ts';
import { minimum } from './oracle.ts';
import { mulberry32 as random } from '../../bench/random.ts';

const bundle = fixtureBundle();
const highs = await solver();
const THRESHOLD = 10;

function table(rnd: () => number): string {
  const rows = 2 + Math.floor(rnd() * 3);
  const cols = 2 + Math.floor(rnd() * 3);
  const normal = () => Math.sqrt(-2 * Math.log(1 - rnd())) * Math.cos(2 * Math.PI * rnd());
  const cells = Array.from({ length: rows }, () => Array.from({ length: cols }, () => Math.max(1, Math.floor(Math.exp(3.2 + normal())))));
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const lines = [['', ...cells[0]!.map((_, j) => `c${j + 1}`), '合計'].join('\t')];
  cells.forEach((r, i) => lines.push([`r${i + 1}`, ...r, sum(r)].join('\t')));
  const totals = cells[0]!.map((_, j) => sum(cells.map((r) => r[j]!)));
  lines.push(['合計', ...totals, sum(totals)].join('\t'));
  return `${lines.join('\n')}\n`;
}

describe('least information lost, against an exact minimum', () => {
  for (const protection of ['threshold', 'not-exact'] as Protection[]) {
    it(`${protection}: the checker's proposal costs exactly the minimum on random tables up to 4×4 with totals`, () => {
      const rnd = random(protection === 'threshold' ? 7 : 11);
      const ratios = { cells: [] as number[], value: [] as number[] };
      for (let k = 0; k < 12; k++) {
        const text = table(rnd);
        const r = check(highs, bundle, text, { details: true }, { protection, mipSeconds: 5 });
        if (!r.ok) throw new Error(r.errors[0]!.message);
        const t = r.tables[0]!;
        const key = (id: number) => `0:${Math.floor(id / t.table.cols.length)}:${id % t.table.cols.length}`;
        const primary = new Set(t.status.flatMap((s, id) => (s === 'primary' ? [key(id)] : [])));
        if (primary.size === 0) continue;
        const hidden = t.status.flatMap((s, id) => (s === 'published' ? [] : [id]));
        const value = hidden.reduce((s, id) => s + t.suppression!.audit.find((a) => a.id === id)!.value, 0);
        const options = { threshold: THRESHOLD, protection, zeroExempt: true };
        const best = minimum(highs, text, primary, { ...options, cost: 'engine' });
        expect(value + hidden.length).toBe(best.value + best.cells);
        ratios.cells.push(hidden.length / minimum(highs, text, primary, { ...options, cost: 'cells' }).cells);
        ratios.value.push(value / Math.max(1, minimum(highs, text, primary, { ...options, cost: 'value' }).value));
      }
      const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
      console.log(
        `${protection}: ${ratios.cells.length} tables; cells ÷ fewest: mean ${mean(ratios.cells).toFixed(3)}, worst ${Math.max(...ratios.cells).toFixed(3)}; value ÷ least: mean ${mean(ratios.value).toFixed(3)}, worst ${Math.max(...ratios.value).toFixed(3)}`,
      );
    }, 120_000);
  }
});
