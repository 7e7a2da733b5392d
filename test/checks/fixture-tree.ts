/**
 * A check fixture as the checker sees it: the shared base (test/fixtures/checks/_base/: one version r1 with one
 * clause and the term it uses) with the case's own files laid over it. A case lists in `without.txt` the base
 * files it leaves out (one path a line); its `expected.txt`, `without.txt` and `about.txt` (what the case is) are not content.
 * A case's `_outside/` folder holds what lies beside the content folder rather than in it (the shared material a
 * meeting record's `source.file` names, `shared/…`): it is laid into the folder above the content.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const FIXTURES = 'test/fixtures/checks';
const BASE = join(root, FIXTURES, '_base');
/** Files of a case folder that are about the case, not content. */
const CASE_FILES = new Set(['expected.txt', 'without.txt', 'about.txt']);
/** A case's folder of what lies beside the content folder, not in it. */
const OUTSIDE = '_outside';

const made: string[] = [];

/**
 * Lay the base and the case (a folder relative to the project root) into a new temporary folder and return
 * it; `name` is the last part of its path (a test of paths may want `fail`).
 */
export function fixtureTree(caseDir: string, name = basename(caseDir)): string {
  const parent = mkdtempSync(join(tmpdir(), 'check-fixture-'));
  made.push(parent);
  const dir = join(parent, name);
  cpSync(BASE, dir, { recursive: true });
  const without = join(root, caseDir, 'without.txt');
  if (existsSync(without)) {
    for (const line of readFileSync(without, 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)) {
      if (!existsSync(join(dir, line))) throw new Error(`${relative(root, without)}: 「${line}」 is not a file of the base`);
      rmSync(join(dir, line));
    }
  }
  const caseRoot = join(root, caseDir);
  const isCaseFile = (src: string) => {
    const rel = relative(caseRoot, src);
    return CASE_FILES.has(rel) || rel === OUTSIDE || rel.startsWith(`${OUTSIDE}/`);
  };
  cpSync(caseRoot, dir, { recursive: true, filter: (src) => !isCaseFile(src) });
  if (existsSync(join(caseRoot, OUTSIDE))) cpSync(join(caseRoot, OUTSIDE), parent, { recursive: true });
  return dir;
}

/** Remove every tree made so far (call it from afterAll). */
export function removeFixtureTrees(): void {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
}
