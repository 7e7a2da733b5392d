/**
 * The consistency checker: `node scripts/check.js [--format text|json|github] [--root DIR] [--debug] [content-dir]`.
 * Exit 0: clean; 1: findings; 2: the checker itself failed. See scripts/lib/cli.ts; the rules are in scripts/checks/.
 * This launcher is plain JavaScript on purpose (as scripts/pubcheck.js): a TypeScript entry file makes Node start
 * its type stripper (≈ 0.15 s of a 1 s run); with the compile cache on, the TypeScript modules that follow come
 * from the cache already stripped and compiled.
 */
import { nodeIsRecentEnough } from './lib/launch.js';

// Cache compiled (and type-stripped) modules between runs: stripping and compiling ~50 modules is a third of a
// cold run. Turned on (by nodeIsRecentEnough) before anything else is imported, hence the dynamic import below;
// on a Node too old to load the checker it says so in words instead.
if (nodeIsRecentEnough('check')) {
  const { main } = await import('./lib/cli.ts');
  process.exitCode = main(process.argv.slice(2));
}
