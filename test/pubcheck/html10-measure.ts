/**
 * Measures html10's families on any tree: `npx node test/pubcheck/html10-measure.ts [root]` (root: a tree whose
 * src/pubcheck/read.ts reads, e.g. `git archive main | tar -x -C /tmp/main`). Attack pages 9330001–9330400: how many
 * are read otherwise than a reader sees them (leaked) and how many refused; realistic pages 9340001–9340200: refused.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as families from './html10-families.ts';
import { printPageTally } from './html9-judge.ts';

const root = process.argv[2] ?? '.';
const { readTables } = (await import(
  pathToFileURL(resolve(root, 'src/pubcheck/read.ts')).href
)) as typeof import('../../src/pubcheck/read.ts');
printPageTally(readTables, families, [9330001, 9330400], [9340001, 9340200]);
