/**
 * Local copies of source documents. A meeting record names the document it transcribes by a path such as
 * `shared/seeds/000_….txt` (`source.file`): the project's shared material, checked out beside the project (one
 * level up from a clone, two from a worktree). The copy is looked for in the content folder and in each folder
 * above it, nearest first; a fresh clone without the shared material simply has no copy (null), and the checker
 * says it could not verify rather than passing or failing.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import type { LocalCopy } from './model.ts';

/** Find and read the local copy of `file`, searching from `contentDir` upwards; paths come back relative to `projectRoot`. */
export function readLocalCopy(file: string, contentDir: string, projectRoot: string): LocalCopy | null {
  if (isAbsolute(file) || file.split(/[\\/]/).includes('..')) return null;
  for (let dir = contentDir; ; dir = dirname(dir)) {
    const candidate = join(dir, file);
    if (existsSync(candidate) && statSync(candidate).isFile()) {
      return { path: relative(projectRoot, candidate).split(sep).join('/'), text: readFileSync(candidate, 'utf8') };
    }
    if (dirname(dir) === dir) return null;
  }
}

/** Text compared as printed, whitespace aside: PDF text breaks lines and spaces out numbers and Latin words. */
export function squashWhitespace(text: string): string {
  return text.replace(/\s+/gu, '');
}
