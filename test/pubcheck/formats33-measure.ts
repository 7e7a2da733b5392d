/**
 * The formats33 families measured against a checkout: `npx node test/pubcheck/formats33-measure.ts [path to another
 * checkout's src/pubcheck] [n a family] [seed] [-v]`. Per family: refused (with the first codes), passed, and passed
 * with a count under the threshold given back by formats33-attack.ts (leaked).
 */
import { checkerIn, codesOf } from './helpers.ts';
import { formats } from './formats33-families.ts';
import { leaks } from './formats33-attack.ts';
import { attack } from './oracle.ts';

const { check, highs, bundle } = await checkerIn(process.argv[2]);
const n = Number(process.argv[3] ?? 20);
const seed = Number(process.argv[4] ?? 861);
const verbose = process.argv.includes('-v');
const stats = new Map<string, { refused: number; passed: number; leaked: number; oracle: number; codes: Map<string, number> }>();
let shown = 0;
for (const c of formats(n, seed)) {
  const s = stats.get(c.family) ?? { refused: 0, passed: 0, leaked: 0, oracle: 0, codes: new Map() };
  stats.set(c.family, s);
  const r = check(highs, bundle, c.text, { details: true }, { mipSeconds: 0.3 });
  if (!r.ok) {
    s.refused++;
    const code = codesOf(r);
    s.codes.set(code, (s.codes.get(code) ?? 0) + 1);
    continue;
  }
  s.passed++;
  // A stated N under the threshold, or no suppression that passes: the check says itself the table cannot be published.
  if (r.tables.some((t) => t.suppression?.passed === false || t.primary.headers.length > 0)) continue;
  // The oracle (written apart from the engine) on the same text: a hidden count pinned, or a small one shown small.
  {
    const hidden = new Set<string>();
    const small = new Set<string>();
    r.tables.forEach((t, ti) =>
      t.status.forEach((st, id) => {
        const key = `${ti}:${Math.floor(id / t.table.cols.length)}:${id % t.table.cols.length}`;
        if (st !== 'published') hidden.add(key);
        if (st === 'primary') small.add(key);
      }),
    );
    try {
      const ranges = attack(highs, c.text, hidden, { zeroExempt: true });
      const bad = [...ranges].filter(([k, x]) => (x.hi !== null && x.hi <= x.lo) || (small.has(k) && (x.hi ?? Infinity) < 10));
      if (bad.length) {
        s.oracle++;
        if (verbose && shown++ < 10) console.log(`--- ${c.family} oracle ${JSON.stringify(bad)}\n${c.text}`);
      }
    } catch (e) {
      if (verbose) console.log(`--- ${c.family} oracle cannot read: ${String(e).slice(0, 100)}`);
    }
  }
  const l = leaks(r, c);
  if (l.length) {
    s.leaked++;
    if (verbose && shown++ < 6) console.log(`--- ${c.family} leaks ${JSON.stringify(l)}\n${c.text}`);
  }
}
let total = 0;
for (const [f, s] of stats) {
  total += s.refused + s.passed;
  console.log(
    `${f}: refused ${s.refused}, passed ${s.passed}, leaked ${s.leaked} (oracle ${s.oracle}); codes ${[...s.codes].map(([k, v]) => `${k}×${v}`).join(', ')}`,
  );
}
console.log(`tables: ${total}`);
