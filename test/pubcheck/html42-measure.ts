/**
 * Measures html42's families on a tree (`npx node test/pubcheck/html42-measure.ts [root]`, root defaulting to this
 * one): realistic pages 9440001–9440050 refused (for hiding, and at all), attack pages 9440051–9440100 leaked or
 * refused per attack.
 */
import type { ReadResult } from '../../src/pubcheck/read.ts';
import { attackPage, realPage, SCRIPT_WAYS, scriptPage } from './html42-families.ts';
import { printPageTotals } from './html9-judge.ts';

const root = process.argv[2] ?? new URL('../..', import.meta.url).pathname;
const { readTables } = (await import(`${root}/src/pubcheck/read.ts`)) as { readTables: (t: string) => ReadResult };
printPageTotals(readTables, { attackPage, realPage }, [9440001, 9440050], [9440051, 9440100]);
const ways = new Map<string, { n: number; read: number; refused: number; leftOut: number }>();
for (let seed = 2151; seed <= 2160; seed++)
  for (const way of SCRIPT_WAYS) {
    const r = readTables(scriptPage(seed, way).html);
    const s = ways.get(way) ?? { n: 0, read: 0, refused: 0, leftOut: 0 };
    s.n++;
    if (r.errors.length > 0) s.refused++;
    else if (r.tables.length > 0) s.read++;
    else s.leftOut++;
    ways.set(way, s);
  }
for (const [w, s] of ways) console.log(`script ${w}: ${s.read} read, ${s.refused} refused, ${s.leftOut} left out unchecked, of ${s.n}`);
