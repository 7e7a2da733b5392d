/**
 * Measures html40's families on any tree: `npx node test/pubcheck/html40-measure.ts [root]` (root: a tree whose
 * src/pubcheck/read.ts reads, e.g. `git worktree add /tmp/base c3b2cb1`). Attack pages 9411001–9411300 (leaked or
 * refused, per attack); realistic pages 9410001–9410200 (refused, per feature).
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as families from './html40-families.ts';
import { printPageTally } from './html9-judge.ts';

const root = process.argv[2] ?? '.';
const { readTables } = (await import(
  pathToFileURL(resolve(root, 'src/pubcheck/read.ts')).href
)) as typeof import('../../src/pubcheck/read.ts');
printPageTally(readTables, families, [9411001, 9411300], [9410001, 9410200]);
