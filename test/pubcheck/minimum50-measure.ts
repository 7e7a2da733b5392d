/**
 * minimum50 (issue #11, least information lost): per seeded table, the default search's hidden cells and value
 * against the minima a long `settle: 'least'` search proves (fewest cells C*, least value V*, least ratio t*), and
 * for every table over 1.05× in cells or value: (a) t* ≤ 1.05 (a choice within 1.05× of both exists: missed) or (b)
 * t* > 1.05 (the goals conflict). `node test/pubcheck/minimum50-measure.ts [from-seed] [to-seed] [sizes] [spread]`.
 */
import loadHighs from 'highs';
import type { AuditRequirement } from '../../src/pubcheck/audit.ts';
import { readTables } from '../../src/pubcheck/read.ts';
import { suppress, type Proposal } from '../../src/pubcheck/secondary.ts';
import { systemOf, type System } from '../../src/pubcheck/system.ts';
import type { Protection } from '../../src/pubcheck/types.ts';
import { clinicalTable } from '../../bench/tables.ts';

const THRESHOLD = 10;
const GOAL = 1.05;
const from = Number(process.argv[2] ?? 2741);
const to = Number(process.argv[3] ?? 2770);
const sizes = (process.argv[4] ?? '4,6,8,10,12').split(',').map(Number);
const spreads = (process.argv[5] ?? 'many,few').split(',') as ('many' | 'few')[];
const protections = (process.env.PROTECTIONS ?? 'threshold,not-exact').split(',') as Protection[];
const highs = await loadHighs();
const smallOf = (sys: System) => new Set(sys.vars.flatMap((x, v) => (x.value > 0 && x.value < THRESHOLD ? [v] : [])));
const valueOf = (sys: System, p: Proposal) => [...p.hidden].reduce((s, v) => s + sys.vars[v]!.value, 0);
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const f = (x: number) => x.toFixed(3);

for (const protection of protections) {
  const cells: number[] = [];
  const value: number[] = [];
  let a = 0;
  let b = 0;
  let bBad = 0;
  let n = 0;
  for (const spread of spreads)
    for (const size of sizes)
      for (let seed = from; seed <= to; seed++) {
        const { sys } = systemOf(readTables(clinicalTable(size, size, seed, spread)).tables, { zeroExempt: true });
        const req: AuditRequirement = { protection, threshold: THRESHOLD, primary: smallOf(sys) };
        if (req.primary.size === 0) continue;
        const p = suppress(highs, sys, req);
        const ref = suppress(highs, sys, req, { mipSeconds: Number(process.env.REF_SECONDS ?? 30), settle: 'least' });
        const m = ref.least?.minima;
        if (!m || !ref.least!.proved) {
          console.log(`  ${spread} ${size}×${size} seed ${seed}: reference not proved`);
          continue;
        }
        n++;
        const rc = p.hidden.size / m.cells;
        const rv = valueOf(sys, p) / Math.max(1, m.value);
        cells.push(rc);
        value.push(rv);
        const tStar = ref.least!.ratio;
        if (Math.max(rc, rv) > GOAL + 1e-9) {
          const cat = tStar <= GOAL + 1e-9 ? 'a' : 'b';
          if (cat === 'a') a++;
          else b++;
          // (b): within 1.05× of one minimum, or within 5% of the least ratio.
          const ok = cat === 'b' && (Math.min(rc, rv) <= GOAL + 1e-9 || Math.max(rc, rv) <= GOAL * tStar + 1e-9);
          if (cat === 'b' && !ok) bBad++;
          console.log(
            `  (${cat}) ${spread} ${size}×${size} seed ${seed}: cells ${p.hidden.size}/${m.cells} = ${f(rc)}, value ${valueOf(sys, p)}/${m.value} = ${f(rv)}, least t ${f(tStar)}${cat === 'b' ? (ok ? '' : ' NOT within 5% of t*') : ''} said ${f(p.least?.ratioBound ?? NaN)} lrb ${p.least?.minima.leastRatioBound && f(p.least.minima.leastRatioBound)} proved ${p.least?.proved}`,
          );
        }
      }
  console.log(
    `${protection}: ${n} tables; cells mean ${f(mean(cells))} worst ${f(Math.max(...cells))}; value mean ${f(mean(value))} worst ${f(Math.max(...value))}; over 1.05: (a) ${a}, (b) ${b} (${bBad} of them not within 5% of the least t)`,
  );
}
