/**
 * `npm run build`: the content check, then the site and its search index, built into a fresh folder that replaces
 * dist/ only when every step passed — a failed build leaves the last good dist/ as it was, never a half-written one.
 * Usage: node scripts/build.ts [--out dist]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildSearchIndex } from './build-search.ts';

const { values } = parseArgs({ options: { out: { type: 'string', default: 'dist' } } });
const out = resolve(values.out);
// Beside dist/ (same file system, so the swap is a rename) and hidden from the site's own globs.
const next = join(dirname(out), `.dist-next-${process.pid}`);
const old = join(dirname(out), `.dist-old-${process.pid}`);
const bin = (name: string) => join('node_modules', '.bin', name);

function step(what: string, command: string, args: string[]): void {
  const run = spawnSync(command, args, { stdio: 'inherit' });
  if (run.status !== 0) fail(`${what} failed`);
}

function fail(why: string): never {
  rmSync(next, { recursive: true, force: true });
  console.error(
    `build: ${why}; ${existsSync(out) ? `${values.out}/ is left as it was (the last good build)` : `nothing was written to ${values.out}/`}`,
  );
  process.exit(1);
}

step('the content check', process.execPath, ['scripts/check.js']);
step('astro build', bin('astro'), ['build', '--outDir', next]);
const search = await buildSearchIndex(next);
for (const e of search.errors) console.error(`build-search: ${e}`);
if (search.errors.length || search.pages === 0) fail('the search index was not written completely');
console.log(`build-search: ${search.indexed} of ${search.pages} pages indexed`);

// Swap: the old build moves aside first, so dist/ is at every moment either the old build or the new one.
if (existsSync(out)) renameSync(out, old);
renameSync(next, out);
rmSync(old, { recursive: true, force: true });
console.log(`build: ${values.out}/ replaced with the new build`);
