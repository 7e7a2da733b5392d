/**
 * The checker's command line (started by scripts/check.ts): parse the arguments, load the model, run every
 * registered rule, print the findings. Exit 0: clean; 1: findings; 2: the checker itself failed (bad
 * arguments, or a bug).
 */
import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadModel } from '../../src/model/load.ts';
import { docsOf, RULES, runRules } from '../checks/index.ts';
import { FORMATS, report, summarize, type Format } from './report.ts';

const USAGE = `usage: node scripts/check.ts [--format ${FORMATS.join('|')}] [--root DIR] [--debug] [content-dir]
  content-dir  the content folder, relative to the root (default: content)
  --root DIR   the project root; reported paths are relative to it (default: the current folder)
  --format     text (default), json (one object: findings + summary), github (workflow annotations)
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
  const contentDir = args.positionals[0] ?? 'content';
  if (!isDirectory(join(root, contentDir))) {
    process.stderr.write(`check: 「${join(root, contentDir)}」 is not a folder; expected the content folder (see --root and content-dir)\n`);
    return 2;
  }

  try {
    const started = performance.now();
    const loaded = loadModel(contentDir, root);
    const findings = runRules(loaded);
    const summary = summarize(findings, loaded.files, performance.now() - started);
    const docs = new Map(RULES.map((r) => [r.id, docsOf(r)]));
    const reported = findings.map((f) => ({ ...f, docs: docs.get(f.rule)! }));
    const color = format === 'text' && Boolean(process.stdout.isTTY) && !process.env['NO_COLOR'];
    process.stdout.write(report(format, reported, summary, { color }));
    return summary.errors ? 1 : 0;
  } catch (error) {
    process.stderr.write(`check: internal error — this is a bug in the checker, not a mistake in the content: ${(error as Error)?.message ?? String(error)}\n`);
    process.stderr.write(args.values.debug ? `${(error as Error)?.stack ?? ''}\n` : 'check: run again with --debug to print the stack trace, and report it\n');
    return 2;
  }
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'text' },
      root: { type: 'string' },
      debug: { type: 'boolean', default: false },
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

