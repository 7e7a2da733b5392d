/**
 * The publication checker's rules for the command line: the rule bundle cut from the model, kept on disk while
 * the content and the code that reads it are unchanged. Loading the model (YAML, Zod, every clause's MDX) is most
 * of a cold start; with the bundle kept, the CLI never imports the loader.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { RuleBundle } from '../../src/pubcheck/rules.ts';
import { codeFingerprint } from './parse-cache.ts';
import { formatFinding } from './report.ts';

export interface LoadedRules {
  bundle: RuleBundle;
  /** Content mistakes in the rules, as the checker prints them: the publication checker must not run on them. */
  problems: string[];
}

interface Stored extends LoadedRules {
  fingerprint: string;
}

/** Everything the bundle depends on: the model code and schemas (as the parse cache has it), the bundle code, every content file. */
function fingerprint(checkerDir: string, contentDir: string): string {
  const h = createHash('sha256')
    .update(codeFingerprint(checkerDir))
    .update(readFileSync(join(checkerDir, 'src/pubcheck/bundle.ts')));
  // readdirSync rather than globSync: a glob over the tree costs more than hashing every file in it.
  const files = readdirSync(contentDir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(?:yaml|mdx)$/.test(f))
    .sort();
  for (const f of files) h.update(f).update(readFileSync(join(contentDir, f)));
  return h.digest('hex');
}

/** The rules of `contentDir`, from the cache in `checkerDir`'s node_modules/.cache when it is current. */
export async function loadRules(contentDir: string, checkerDir: string, useCache = true): Promise<LoadedRules> {
  const absContent = resolve(contentDir);
  const file = join(
    checkerDir,
    'node_modules/.cache/midnet-pubcheck',
    `${createHash('sha256').update(absContent).digest('hex').slice(0, 16)}.json`,
  );
  const current = fingerprint(checkerDir, absContent);
  if (useCache) {
    try {
      const stored = JSON.parse(readFileSync(file, 'utf8')) as Stored;
      if (stored.fingerprint === current) return { bundle: stored.bundle, problems: stored.problems };
    } catch {
      // No cache yet, or one we cannot read: load the model below and write it again.
    }
  }
  const [{ loadModel }, { bundleFromModel }] = await Promise.all([
    import('../../src/model/load.ts'),
    import('../../src/pubcheck/bundle.ts'),
  ]);
  const { model, diagnostics } = loadModel(contentDir);
  const problems = diagnostics.filter((d) => d.severity === 'error' && d.file.includes('/rules/')).map((d) => formatFinding(d));
  const loaded: LoadedRules = { bundle: bundleFromModel(model), problems };
  try {
    mkdirSync(dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify({ fingerprint: current, ...loaded } satisfies Stored));
    renameSync(temporary, file);
  } catch {
    // A cache that cannot be written (read-only tree) only makes the next start slower.
  }
  return loaded;
}
