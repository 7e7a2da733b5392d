/**
 * Measures html14's families on any tree: `npx node test/pubcheck/html14-measure.ts [root]` (root: a tree whose
 * src/pubcheck/read.ts reads, e.g. `git worktree add /tmp/main <commit>`). Frame pages 9390001–9390300: how many are
 * refused naming the frame's address, refused otherwise (misread: its fallback read as the page's text, or a refusal
 * not naming it) or read (passed unsaid); attack pages 9391001–9391300 (leaked or refused); realistic pages
 * 9392001–9392200 (refused).
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as families from './html14-families.ts';
import { printPageTally } from './html9-judge.ts';

const root = process.argv[2] ?? '.';
const { readTables } = (await import(
  pathToFileURL(resolve(root, 'src/pubcheck/read.ts')).href
)) as typeof import('../../src/pubcheck/read.ts');
const by = new Map<string, { n: number; said: number; misread: number; read: number }>();
for (let seed = 9390001; seed <= 9390300; seed++) {
  const p = families.framePage(seed);
  const r = readTables(p.html);
  const s = by.get(p.frame) ?? { n: 0, said: 0, misread: 0, read: 0 };
  s.n++;
  if (r.errors.some((e) => e.code === 'input/html-hidden' && e.message.includes(p.address))) s.said++;
  else if (r.errors.length > 0) s.misread++;
  else s.read++;
  by.set(p.frame, s);
}
for (const [f, s] of by)
  console.log(`frame ${f}: ${s.said} said, ${s.misread} misread (refused otherwise), ${s.read} read unsaid of ${s.n}`);
printPageTally(readTables, families, [9391001, 9391300], [9392001, 9392200]);
