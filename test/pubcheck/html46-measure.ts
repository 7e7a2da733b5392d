/**
 * Measures html46's families on a tree (`npx node test/pubcheck/html46-measure.ts [root]`, root defaulting to this
 * one): realistic pages 9440251–9440275 refused (for hiding, and at all), attack pages 9440276–9440300 leaked or
 * refused per attack.
 */
import type { ReadResult } from '../../src/pubcheck/read.ts';
import { attackPage, realPage } from './html46-families.ts';
import { printPageTotals } from './html9-judge.ts';

const root = process.argv[2] ?? new URL('../..', import.meta.url).pathname;
const { readTables } = (await import(`${root}/src/pubcheck/read.ts`)) as { readTables: (t: string) => ReadResult };
printPageTotals(readTables, { attackPage, realPage }, [9440251, 9440275], [9440276, 9440300]);
