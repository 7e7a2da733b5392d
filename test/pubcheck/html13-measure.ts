/**
 * Measures html13's families on any tree: `npx node test/pubcheck/html13-measure.ts [root]` (root: a tree whose
 * src/pubcheck/read.ts reads, e.g. `git worktree add /tmp/main <commit>`). Attack pages 9380001–9380400: how many are
 * read otherwise than a reader sees them (leaked) and how many refused; realistic pages 9381001–9381200: refused.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as families from './html13-families.ts';
import { printPageTally } from './html9-judge.ts';

const root = process.argv[2] ?? '.';
const { readTables } = (await import(
  pathToFileURL(resolve(root, 'src/pubcheck/read.ts')).href
)) as typeof import('../../src/pubcheck/read.ts');
printPageTally(readTables, families, [9380001, 9380400], [9381001, 9381200]);
