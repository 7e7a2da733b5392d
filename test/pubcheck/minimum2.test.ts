/**
 * Least information lost on the families of tables an applicant publishes beyond the bench's flat tables
 * (test/pubcheck/families.ts): sparse (zeros exempt and not), skewed, two- and three-level subtotals, うち lines, two
 * tables sharing their column totals, small tables, n (%) cells under each group's N, one-line lists. Per family and
 * protection a fixed set of seeded tables, the checker's default search against the oracle's exact minima (its own
 * MIP over the sums the generator states): within 5% of the fewest cells and of the least value where one choice is;
 * where none is (the oracle's least ratio t above 1.05), within 5% of t, and the checker says no choice is within 5%
 * (it proved its choice least, or a bound on the least ratio past 1.05). Tables where the checker reads a sum by
 * arithmetic (a chance sum, sums.ts) are left out: that is another problem than the oracle's (README, Limits).
 */
import { describe, expect, it } from 'vitest';
import type { Protection } from '../../src/pubcheck/types.ts';
import { mulberry32 as random } from '../../bench/random.ts';
import { FAMILIES, measure, OPEN_FAMILIES } from './families.ts';
import { fixtureBundle, solver, withParam } from './helpers.ts';

const bundle = fixtureBundle();
const strict = withParam(bundle, 'small-counts', 'zero-exempt', (p) => {
  p.assumption = { value: false, note: '0 も閾値未満として扱う（テスト）' };
});
const highs = await solver();
const GOAL = 1.05;
/** Tables per family and protection. */
const TABLES = 3;

describe('least information lost, by family, against the exact minima', () => {
  let seed = 500;
  for (const [family, make] of Object.entries(FAMILIES)) {
    seed += 10;
    // Lists with no total and no N: their chance sums are still read (README, Limits); measured only.
    if (OPEN_FAMILIES.includes(family)) continue;
    // Lists with chance sums ('one line'): under their total, the items are disjoint parts (sums.ts `wholeLine`), and
    // no chance sum among them is read any more: measured as the others.
    for (const protection of ['threshold', 'not-exact'] as Protection[]) {
      const s = seed + (protection === 'threshold' ? 0 : 5);
      it(`${family}, ${protection}: within 5% of both minima, or of the least ratio where no choice is (said)`, () => {
        const rnd = random(s);
        let measured = 0;
        for (let k = 0; k < TABLES; k++) {
          const c = make(rnd);
          const o = measure(highs, c.zeroExempt ? bundle : strict, c, protection);
          // A chance sum the checker reads as an equation (sums.ts) makes another problem than the oracle's.
          if (!o || o.chanceSums > 0) continue;
          measured++;
          if (o.t <= GOAL + 1e-9) {
            expect(o.ratio.cells, c.text).toBeLessThanOrEqual(GOAL + 1e-9);
            expect(o.ratio.value, c.text).toBeLessThanOrEqual(GOAL + 1e-9);
          } else {
            expect(o.ratio.max, c.text).toBeLessThanOrEqual(GOAL * o.t + 1e-9);
            if (o.ratio.max > GOAL + 1e-9) expect(o.proved || (o.leastRatioBound ?? 0) > GOAL, c.text).toBe(true);
          }
          // Its stated bound is never below the true ratio.
          if (o.ratioBound !== undefined) expect(o.ratioBound).toBeGreaterThanOrEqual(o.ratio.max - 1e-9);
        }
        expect(measured).toBeGreaterThan(0);
      }, 300_000);
    }
  }
});
