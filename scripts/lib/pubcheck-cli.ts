/**
 * CLI of the publication-criteria checker (started by scripts/pubcheck.js):
 * `npm run pubcheck -- table.csv --details|--no-details [--purpose …] [--json]`.
 * Exit 0: publishable as it is (the route is in the output); 1: cells must be hidden or the table changed;
 * 2: the checker could not judge (bad arguments or input, rules with mistakes, or a failure of the checker itself),
 * said in words, never as a stack trace.
 *
 * Start-up is kept short: compiled modules are cached (see scripts/pubcheck.js), the rules come from a cache of the
 * bundle (scripts/lib/rule-bundle.ts, so the model loader is not imported), HiGHS loads once, while the rules are
 * read, and only when there is a table to judge. Nothing calls process.exit: the process ends when every byte of
 * its output has been written, whatever stdout is (a pipe drains after the last write).
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { PURPOSES } from '../../schemas/publication-rule-names.ts';

/** The checker's own project: its code and its cache folder. */
const checkerDir = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Where the person typed the command: `npm run` starts scripts in the project's folder and keeps the folder it was
 * called from in INIT_CWD, so `npm run pubcheck -- table.csv` from a sub-folder still finds that folder's table.
 */
const callerDir = process.env['INIT_CWD'] ?? process.cwd();

const USAGE = `使い方: npm run pubcheck -- <表のファイル (CSV/TSV) | -> (--details | --no-details) [オプション]
  --details             表が患者背景またはアウトカムの詳細を示す
  --no-details          表が患者背景・アウトカムの詳細を示さない（どちらかの指定が必要です）
  --purpose <目的>      ${PURPOSES.join(' | ')}
  --venue <公表先>      報告書に記録する公表先（論文、学会発表など）
  --version <版>        基準の版の id（省略時: 閾値の分かっている最新の版）
  --protection <基準>   threshold（既定: 閾値未満と断定できない）| not-exact（値が一つに定まらない）
  --search-seconds <秒> 秘匿するセルを最も少なくする探索の計算量（秒の目安。既定: 1。0 で簡易な提案のみ。負荷によらず同じ結果）
  --json                結果を JSON で出力
  --html <ファイル>     報告書を HTML で保存
  --content <dir>       内容データのフォルダ（既定: このチェッカーの content）
  --no-cache            基準を内容データから読み直す（既定では前回の読み取り結果を使う）
  --debug               チェッカー自体が失敗したときにスタックトレースを表示
終了コード: 0 そのまま公表可（経路は出力を参照）、1 秘匿など表の変更が必要、2 判定できない（入力・指定・内容データの誤り、チェッカーの失敗）`;

/** A failure said in words: one line or a few on stderr, exit 2. */
class Stop extends Error {}
const stop = (message: string): never => {
  throw new Stop(message);
};

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    allowNegative: true,
    options: {
      purpose: { type: 'string' },
      details: { type: 'boolean' },
      venue: { type: 'string' },
      version: { type: 'string' },
      protection: { type: 'string' },
      'search-seconds': { type: 'string' },
      json: { type: 'boolean', default: false },
      html: { type: 'string' },
      content: { type: 'string' },
      cache: { type: 'boolean', default: true },
      debug: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
}

async function main(argv: string[]): Promise<number> {
  let args: ReturnType<typeof parse>;
  try {
    args = parse(argv);
  } catch (e) {
    return stop(`${(e as Error).message}\n${USAGE}`);
  }
  const { values, positionals } = args;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (positionals.length !== 1) stop(`表のファイルを1つ指定してください。\n${USAGE}`);
  const purpose = values.purpose;
  if (purpose !== undefined && !(PURPOSES as readonly string[]).includes(purpose)) {
    stop(`--purpose「${purpose}」は使えません。次のどれかです: ${PURPOSES.join(', ')}。`);
  }
  const protection = values.protection;
  if (protection !== undefined && protection !== 'threshold' && protection !== 'not-exact') {
    stop(`--protection「${protection}」は使えません。threshold か not-exact です。`);
  }
  const searchSeconds = values['search-seconds'] === undefined ? undefined : Number(values['search-seconds']);
  if (searchSeconds !== undefined && !(Number.isFinite(searchSeconds) && searchSeconds >= 0 && searchSeconds <= 600)) {
    stop(`--search-seconds「${values['search-seconds']}」は使えません。0 から 600 までの秒数です。`);
  }
  if (argv.includes('--details') && argv.includes('--no-details')) {
    stop(
      '--details と --no-details の両方が指定されています。表が患者背景またはアウトカムの詳細を示すなら --details、示さないなら --no-details の一方だけを指定してください。',
    );
  }
  if (values.details === undefined) {
    stop(
      '表が患者背景またはアウトカムの詳細を示すかを指定してください: 示すなら --details、示さないなら --no-details。\n' +
        '  規則が当てはまるかはこれで決まるため、指定のないまま「示さない」とはみなしません。',
    );
  }

  const file = positionals[0]!;
  let bytes: Uint8Array;
  try {
    bytes = file === '-' ? readFileSync(0) : readFileSync(resolve(callerDir, file));
  } catch (e) {
    return stop(`ファイル「${file}」を読めません（${(e as NodeJS.ErrnoException).code ?? (e as Error).message}）。`);
  }

  // HiGHS (WebAssembly) compiles while the rules are read; it is loaded once for the whole run.
  const solver = import('highs').then((m) => m.default());
  solver.catch(() => undefined);
  const { loadRules } = await import('./rule-bundle.ts');
  // The rules are the checker's own content unless --content names other (relative to where the command was typed).
  const contentDir = values.content === undefined ? join(checkerDir, 'content') : resolve(callerDir, values.content);
  if (!existsSync(contentDir) || !statSync(contentDir).isDirectory()) {
    stop(
      `内容データのフォルダ「${contentDir}」がありません。公表基準はここから読みます。` +
        '--content で内容データ（content/）のフォルダを指定してください。',
    );
  }
  const rules = await loadRules(contentDir, checkerDir, values.cache);
  if (rules.problems.length > 0) {
    stop(`公表基準の内容データに誤りがあるため、判定できません（npm run check で確かめてください）:\n${rules.problems.join('\n')}`);
  }
  const [{ check }, { decodeBytes, NotText }, { renderText, reportDocument, sentence, placeText, toReport }, { visible }] =
    await Promise.all([
      import('../../src/pubcheck/check.ts'),
      import('../../src/pubcheck/csv.ts'),
      import('../../src/pubcheck/report.ts'),
      import('../../src/pubcheck/quote.ts'),
    ]);
  let text: string;
  try {
    text = decodeBytes(bytes);
  } catch (e) {
    if (e instanceof NotText) return stop(`「${file}」: ${e.message}。\n  → ${e.hint}。`);
    throw e;
  }
  const highs = await solver;
  const result = check(
    highs,
    rules.bundle,
    text,
    {
      details: values.details!,
      ...(purpose !== undefined && { purpose: purpose as (typeof PURPOSES)[number] }),
      ...(values.venue !== undefined && { venue: values.venue }),
    },
    {
      ...(values.version !== undefined && { version: values.version }),
      ...(protection !== undefined && { protection: protection as 'threshold' | 'not-exact' }),
      ...(searchSeconds !== undefined && { mipSeconds: searchSeconds }),
    },
  );
  const report = toReport(result, rules.bundle, new Date());
  if (values.html) {
    try {
      writeFileSync(resolve(callerDir, values.html), reportDocument(report));
    } catch (e) {
      stop(`報告書を「${values.html}」に保存できません（${(e as NodeJS.ErrnoException).code ?? (e as Error).message}）。`);
    }
  }
  if (values.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  if (!result.ok) {
    for (const e of result.errors)
      process.stderr.write(`pubcheck: ${visible(placeText(e) + sentence(e.message))}\n  → ${visible(sentence(e.hint))}\n`);
    return 2;
  }
  if (!values.json) process.stdout.write(renderText(report));
  return result.verdict.publishableAsIs ? 0 : 1;
}

const argv = process.argv.slice(2);
// A reader that stops early (`| head`, or `2>&1 | head` for the messages) closes the pipe: that is not the checker's
// failure, and the exit code stays the verdict's.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
  });
}
try {
  process.exitCode = await main(argv);
} catch (e) {
  process.exitCode = 2;
  if (e instanceof Stop) {
    process.stderr.write(`pubcheck: ${e.message}\n`);
  } else {
    // A failure of the checker itself (the solver, memory, a bug): said in words; the stack only with --debug.
    const message = e instanceof Error ? e.message : String(e);
    process.stderr.write(
      `pubcheck: 表を判定できませんでした（チェッカー内部の問題: ${message}）。\n` +
        '  表が大きすぎる場合は、分けて確かめてください。続く場合は --debug の出力を添えて報告してください。\n',
    );
    if (argv.includes('--debug') && e instanceof Error && e.stack) process.stderr.write(`${e.stack}\n`);
  }
}
