/**
 * Measures html44's families on a tree (`npx node test/pubcheck/html44-measure.ts [root]`, root defaulting to this
 * one): realistic pages 9440101–9440150 refused (for hiding, and at all), attack pages 9440151–9440199 leaked or
 * refused per attack.
 */
import type { ReadResult } from '../../src/pubcheck/read.ts';
import { attackPage, realPage } from './html44-families.ts';
import { printPageTotals } from './html9-judge.ts';

const root = process.argv[2] ?? new URL('../..', import.meta.url).pathname;
const { readTables } = (await import(`${root}/src/pubcheck/read.ts`)) as { readTables: (t: string) => ReadResult };
printPageTotals(readTables, { attackPage, realPage }, [9440101, 9440150], [9440151, 9440199]);
