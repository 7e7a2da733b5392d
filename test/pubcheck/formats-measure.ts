/**
 * One measurement of pasted-output families against a tree, for formats46-, formats48- and spss44-measure.ts:
 * `measureFormats(families)` reads the command line (`<family> [n a seed] [first seed] [last seed] [--oracle]`, the
 * first family when none is named; no family word where there is one family), checks every case with the tree's
 * checker (ROOT=<a checkout>, this tree unless given) and prints per family: read (leaked: a count under the threshold
 * given back to formats33-attack.ts over every printed number), refused, the codes, refusals naming cutting
 * (「切り捨て」); with --oracle, the tables read with a suppression found attacked by the oracle over the checker's
 * reading (`joined`, `disjointParts`), each hidden cell pinned or a hidden count under the threshold shown under it
 * printed.
 */
import { checkerOfRoot, familyTally } from './helpers.ts';
import { leaks, withoutHiddenRates } from './formats33-attack.ts';
import { attack } from './oracle.ts';
import { hiddenKeys } from './protection.ts';
import type { Joined } from './formats35-families.ts';

/** A family: its generator, cases a seed and seeds by default. */
export type Family = { cases: (n: number, seed: number) => Joined[]; n: number; from: number; to: number; said?: string };

export async function measureFormats(families: Record<string, Family>, width = 40): Promise<void> {
  const { check, highs, bundle } = await checkerOfRoot();
  const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  // With one family the command line names none: `[n a seed] [first seed] [last seed]` only.
  const named = Object.keys(families).length > 1;
  const chosen = (named && families[args[0] ?? '']) || Object.values(families)[0]!;
  const [nArg, fromArg, toArg] = named ? args.slice(1) : args;
  const fam = chosen.cases;
  const n = Number(nArg ?? chosen.n);
  const from = Number(fromArg ?? chosen.from);
  const to = Number(toArg ?? chosen.to);
  const tally = familyTally({ width, leaks: true });
  const opts = [{ details: true }, { mipSeconds: 0.3 }] as const;
  let attacked = 0;
  let oracleLeaks = 0;
  let open = 0;
  let cells = 0;
  let hiddenCells = 0;
  let allHidden = 0;
  let cutNamed = 0;
  let saidNamed = 0;
  for (let seed = from; seed <= to; seed++)
    for (const [q, c] of fam(n, seed).entries()) {
      const r = check(highs, bundle, c.text, ...opts);
      if (!r.ok && JSON.stringify(r).includes('切り捨て')) cutNamed++;
      if (!r.ok && chosen.said && JSON.stringify(r).includes(chosen.said)) saidNamed++;
      const isOpen = r.ok && r.tables.some((t) => t.suppression?.passed === false || t.primary.headers.length > 0);
      if (isOpen) open++;
      const leaked = r.ok && !isOpen ? leaks(r, c) : [];
      if (leaked.length > 0) console.log('leak', seed, q, JSON.stringify(leaked));
      if (r.ok) {
        const st = r.tables.flatMap((t) => t.status);
        cells += st.length;
        hiddenCells += st.filter((s) => s !== 'published').length;
        if (st.every((s) => s !== 'published')) allHidden++;
      }
      tally.add(c.family, r, leaked.length > 0);
      if (!process.argv.includes('--oracle') || !r.ok || isOpen) continue;
      const { hidden, small } = hiddenKeys(r);
      attacked++;
      const bad = [...attack(highs, withoutHiddenRates(r, c.joined), hidden, { zeroExempt: true, disjointParts: true })].filter(
        ([k, x]) => !(x.hi === null || x.hi > x.lo) || (small.has(k) && (x.hi ?? Infinity) < 10),
      );
      if (bad.length > 0) {
        oracleLeaks++;
        console.log('oracle', seed, q, bad.map(([k, x]) => `${k} ${x.lo}-${x.hi}`).join(' '));
      }
    }
  tally.print();
  console.log(
    'no suppression found',
    open,
    'cells',
    cells,
    'hidden',
    hiddenCells,
    'tables with every cell hidden',
    allHidden,
    'refusals naming cutting',
    cutNamed,
    ...(chosen.said ? [`refusals saying ${chosen.said}`, saidNamed] : []),
  );
  if (process.argv.includes('--oracle')) console.log('oracle: attacked', attacked, 'pinned or shown small', oracleLeaks);
}
