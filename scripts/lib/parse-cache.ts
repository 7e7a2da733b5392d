/**
 * The checker's parse cache on disk: the parsed content files of the last run, reused while a file's text is
 * unchanged. Parsing is nine tenths of a cold run, and most runs follow an edit of one or two files.
 */
import { createHash } from 'node:crypto';
import { globSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ParseCache, ParsedFile } from '../../src/model/parse-file.ts';

export interface DiskCache extends ParseCache {
  /** Write the entries used in this run (and only those) back, if anything changed. */
  save(): void;
}

interface Stored {
  fingerprint: string;
  files: Record<string, { hash: string; parsed: ParsedFile }>;
}

const hash = (s: string) => createHash('sha256').update(s).digest('hex');

/**
 * What parsed files depend on besides their text: the parsing code, the schemas, the installed packages and
 * Node itself. A cache made under another fingerprint is ignored.
 */
export function codeFingerprint(projectDir: string): string {
  const sources = [
    ...globSync('src/model/*.ts', { cwd: projectDir }),
    ...globSync('schemas/*.ts', { cwd: projectDir }),
    'package-lock.json',
  ].sort();
  const h = createHash('sha256').update(process.version);
  for (const f of sources) h.update(f).update(readFileSync(join(projectDir, f)));
  return h.digest('hex');
}

/** Open (or start) the cache kept in `file`. A missing, unreadable or outdated cache file is an empty cache. */
export function openParseCache(file: string, fingerprint: string): DiskCache {
  let old: Stored['files'] = {};
  try {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as Stored;
    if (stored.fingerprint === fingerprint) old = stored.files;
  } catch {
    // No cache yet, or one we cannot read: start empty; it is rewritten at the end of the run.
  }
  const used: Stored['files'] = {};
  let changed = false;
  return {
    get(path, text) {
      const entry = old[path];
      if (!entry || entry.hash !== hash(text)) return undefined;
      used[path] = entry;
      return entry.parsed;
    },
    set(path, text, parsed) {
      used[path] = { hash: hash(text), parsed };
      changed = true;
    },
    save() {
      if (!changed && Object.keys(used).length === Object.keys(old).length) return;
      try {
        mkdirSync(dirname(file), { recursive: true });
        const temporary = `${file}.${process.pid}.tmp`;
        writeFileSync(temporary, JSON.stringify({ fingerprint, files: used } satisfies Stored));
        renameSync(temporary, file);
      } catch {
        // A cache that cannot be written (read-only tree) only makes the next run slower.
      }
    },
  };
}
