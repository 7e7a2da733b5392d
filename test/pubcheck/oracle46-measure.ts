/**
 * oracle46: `npx node test/pubcheck/oracle46-measure.ts <n> <seeds>` — per kind, how many twin pairs (two truths, one
 * published page; oracle46-families.ts) the oracle gives different ranges, and how many it pins a hidden count under
 * one truth only. `ORACLE=<file>` runs that oracle instead (base: `git show 6879fff:test/pubcheck/oracle.ts` saved
 * beside this file).
 */
import { fixtureBundle, solver } from './helpers.ts';
import { adversary, type Ok } from './protection.ts';
import { twinCases, twin } from './oracle46-families.ts';

const { attack } = (await import(process.env.ORACLE ?? './oracle.ts')) as typeof import('./oracle.ts');
const highs = await solver();
const { result } = adversary(highs, fixtureBundle());
const n = Number(process.argv[2] ?? 1);
const seeds = (process.argv[3] ?? '2361').split(',').flatMap((s) => {
  const [a, b] = s.split('-').map(Number);
  return Array.from({ length: (b ?? a!) - a! + 1 }, (_, i) => a! + i);
});
const tally = new Map<string, { pairs: number; none: number; differ: number; pinnedOne: number }>();
for (const seed of seeds)
  for (const c of twinCases(n, seed)) {
    const t = tally.get(c.kind) ?? { pairs: 0, none: 0, differ: 0, pinnedOne: 0 };
    tally.set(c.kind, t);
    const pair = twin(c, (text) => {
      const r = result(text);
      return r.ok ? (r as Ok) : undefined;
    });
    if (!pair) {
      t.none++;
      continue;
    }
    t.pairs++;
    const hidden = new Set(
      pair.r1.tables.flatMap((tb, ti) =>
        tb.status.flatMap((s, id) =>
          s !== 'published' ? [`${ti}:${Math.floor(id / tb.table.cols.length)}:${id % tb.table.cols.length}`] : [],
        ),
      ),
    );
    const at = (j: string) => attack(highs, j, hidden, { zeroExempt: true, disjointParts: true });
    const a = at(pair.one.joined);
    const b = at(pair.two.joined);
    const key = (m: typeof a) => JSON.stringify([...m].sort());
    if (key(a) !== key(b)) {
      t.differ++;
      const pinned = (m: typeof a) => [...m].some(([, r]) => r.hi !== null && r.hi === r.lo);
      if (pinned(a) !== pinned(b)) t.pinnedOne++;
      if (process.env.SHOW) console.log(seed, c.kind, JSON.stringify(c.counts), JSON.stringify(pair.moved), '\n' + pair.one.joined);
    }
  }
console.log(JSON.stringify(Object.fromEntries(tally)));
