/**
 * Measures html11's families on any tree: `npx node test/pubcheck/html11-measure.ts [root]` (root: a tree whose
 * src/pubcheck/read.ts reads, e.g. `git archive main | tar -x -C /tmp/main`). Attack pages 9350001–9350400: how many
 * are read otherwise than a reader sees them (leaked) and how many refused; realistic pages 9360001–9360200: refused.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as families from './html11-families.ts';
import { printPageTally } from './html9-judge.ts';

const root = process.argv[2] ?? '.';
const { readTables } = (await import(
  pathToFileURL(resolve(root, 'src/pubcheck/read.ts')).href
)) as typeof import('../../src/pubcheck/read.ts');
printPageTally(readTables, families, [9350001, 9350400], [9360001, 9360200]);
