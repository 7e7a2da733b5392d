/**
 * Starts the publication checker's command line (scripts/lib/pubcheck-cli.ts) with Node's compile cache on.
 * This launcher is plain JavaScript on purpose: the first TypeScript file of a process makes Node start its
 * type stripper (about a fifth of a second), and with the cache on, the TypeScript files that follow come from the
 * cache already stripped and compiled, so the stripper is never started. On a Node too old to load them it says
 * so in words (scripts/lib/launch.js).
 */
import { nodeIsRecentEnough } from './lib/launch.js';

if (nodeIsRecentEnough('pubcheck')) await import('./lib/pubcheck-cli.ts');
