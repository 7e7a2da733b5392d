/**
 * The checker's command line (started by scripts/check.js): parse the arguments, load the model, run every
 * registered rule, print the findings. Exit 0: clean; 1: findings; 2: the checker itself failed (bad
 * arguments, or a bug).
 */
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { defaultContentDir, loadModel } from '../../src/model/load.ts';
import { docsOf, RULES, runRules } from '../checks/index.ts';
import { codeFingerprint, openParseCache } from './parse-cache.ts';
import { FORMATS, report, summarize, type Format } from './report.ts';

/** The checker's own project (not necessarily --root): its code and its cache folder. */
const checkerDir = fileURLToPath(new URL('../..', import.meta.url));

const USAGE = `usage: node scripts/check.js [--format ${FORMATS.join('|')}] [--root DIR] [--no-cache] [--debug] [content-dir]
  content-dir  the content folder, relative to the root (default: $MIDNET_CONTENT_DIR, else content)
  --root DIR   the project root; reported paths are relative to it (default: the current folder)
  --format     text (default), json (one object: findings + summary), github (workflow annotations)
  --no-cache   parse every file again (by default unchanged files are read from node_modules/.cache/midnet-check/)
  --debug      print the stack trace when the checker itself fails`;

export function main(argv: string[]): number {
  let args: ReturnType<typeof parse>;
  try {
    args = parse(argv);
  } catch (error) {
    process.stderr.write(`check: ${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (args.values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const format = args.values.format as Format;
  if (!FORMATS.includes(format)) {
    process.stderr.write(`check: 「${format}」 is not a format; expected ${FORMATS.join(', ')}\n${USAGE}\n`);
    return 2;
  }
  const root = resolve(args.values.root ?? '.');
  const contentDir = args.positionals[0] ?? defaultContentDir();
  if (!isDirectory(resolve(root, contentDir))) {
    process.stderr.write(
      `check: 「${resolve(root, contentDir)}」 is not a folder; expected the content folder (see --root and content-dir)\n`,
    );
    return 2;
  }

  try {
    const started = performance.now();
    const absContent = resolve(root, contentDir);
    const cache = args.values.cache
      ? openParseCache(
          join(
            checkerDir,
            'node_modules/.cache/midnet-check',
            `${createHash('sha256').update(absContent).digest('hex').slice(0, 16)}.json`,
          ),
          codeFingerprint(checkerDir),
        )
      : undefined;
    const loaded = loadModel(contentDir, root, cache ? { cache } : {});
    const findings = runRules(loaded);
    const summary = summarize(findings, loaded.files, performance.now() - started);
    const docs = new Map(RULES.map((r) => [r.id, docsOf(r)]));
    const reported = findings.map((f) => ({ ...f, docs: docs.get(f.rule)! }));
    const color = format === 'text' && Boolean(process.stdout.isTTY) && !process.env['NO_COLOR'];
    process.stdout.write(report(format, reported, summary, { color }));
    cache?.save();
    return summary.errors ? 1 : 0;
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    if (typeof e?.code === 'string' && typeof e.path === 'string') {
      // The file system refused (a dangling link, a file that vanished): say which file, no stack.
      process.stderr.write(`check: cannot read 「${e.path}」: ${e.code}\n`);
      return 2;
    }
    process.stderr.write(
      args.values.debug
        ? `check: internal error — a bug in the checker, not in the content:\n${e?.stack ?? String(error)}\n`
        : `check: internal error — a bug in the checker, not in the content: ${e?.message ?? String(error)} (run with --debug for the stack trace)\n`,
    );
    return 2;
  }
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    allowNegative: true,
    options: {
      format: { type: 'string', default: 'text' },
      root: { type: 'string' },
      debug: { type: 'boolean', default: false },
      cache: { type: 'boolean', default: true },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
