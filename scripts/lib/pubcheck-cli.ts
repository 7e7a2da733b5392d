/**
 * CLI of the publication-criteria checker (started by scripts/pubcheck.js):
 * `npm run pubcheck -- table.csv --details|--no-details [--purpose …] [--json]`.
 * Exit 0: publishable as it is (the route is in the output); 1: cells must be hidden or the table changed;
 * 2: the checker could not judge (bad arguments or input, rules with mistakes, or a failure of the checker itself),
 * said in words, never as a stack trace. With --json, stdout holds one whole JSON report whatever happened (where the
 * checker cannot check at all: `ok: false` and the errors, `failureReport`); an output it cannot write (a full disk)
 * is exit 2 too, never the verdict's code over output cut short.
 *
 * Start-up is kept short: compiled modules are cached (see scripts/pubcheck.js), the rules come from a cache of the
 * bundle (scripts/lib/rule-bundle.ts, so the model loader is not imported), HiGHS loads once, while the rules are
 * read, and only when there is a table to judge. Nothing calls process.exit: the process ends when every byte of
 * its output has been written, whatever stdout is (a pipe drains after the last write).
 */
import { closeSync, existsSync, lstatSync, openSync, readSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
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
表の書き方: 見出しの前の「[項目]」はその行（列）を区分、「[合計]」は合計として読ませます（例:「[項目] Jami」。合計か区分か決められずに止まったとき）
終了コード: 0 そのまま公表可（経路は出力を参照）、1 秘匿など表の変更が必要、2 判定できない（入力・指定・内容データの誤り、チェッカーの失敗）`;

/**
 * A failure said in words: one line or a few on stderr, exit 2; with --json, the same as an error of the JSON report
 * (`code`, the first line as `message`, the rest as `hint`).
 */
class Stop extends Error {
  readonly code: string;
  constructor(message: string, code: string) {
    super(message);
    this.code = code;
  }
}
const stop = (message: string, code = 'options/invalid'): never => {
  throw new Stop(message, code);
};

/**
 * What went wrong reading or writing a file, in words (Node's error codes are for maintainers: 「ENOENT」 meant
 * nothing to a reader of 「ファイル「x」を読めません（ENOENT）」); a code not listed here is kept, marked as such.
 */
const FILE_PROBLEMS: Record<string, string> = {
  ENOENT: 'そのファイルがありません',
  EISDIR: 'ファイルではなくフォルダです',
  ENOTDIR: 'パスの途中にフォルダでないものがあります',
  EACCES: 'アクセスする権限がありません',
  EPERM: 'アクセスする権限がありません',
  ENAMETOOLONG: 'ファイルの名前が長すぎます',
  ELOOP: 'リンクが循環しています',
  EMFILE: '開いているファイルが多すぎます',
  ENFILE: '開いているファイルが多すぎます',
  EBUSY: 'ファイルが使用中です',
  EIO: '装置の読み書きに失敗しました',
  ENOSPC: 'ディスクに空きがありません',
  EDQUOT: 'ディスクの使用量の上限に達しています',
  EROFS: '書き込めない場所（読み取り専用）です',
  EFBIG: 'ファイルが大きすぎます',
  EAGAIN: '入力がまだ読めない状態です（ノンブロッキング）',
  EBADF: '入力が閉じられています',
  EINVAL: 'この種類のファイルは読めません',
  ENXIO: 'この装置は読めません',
};
const fileProblem = (e: unknown): string => {
  const code = (e as NodeJS.ErrnoException).code;
  return (code && FILE_PROBLEMS[code]) ?? `システムの誤りです（技術情報: ${code ?? (e as Error).message}）`;
};

/**
 * Bytes read from a file or stdin, at most `MAX_BYTES`: a text longer than the checker reads (read.ts `LIMITS.text`,
 * 5,000,000 characters, at most 3 bytes each in UTF-8, 2 in UTF-16 or Shift_JIS) is refused without being held
 * whole (a 1 GB file, or `cat /dev/zero |`, filled the memory before). Read in pieces, so that pipes, devices and
 * files whose size is not known ahead (/proc) are read alike.
 */
const MAX_BYTES = 3 * 5_000_000 + 4;
function readLimited(fd: number): Uint8Array | undefined {
  const chunks: Buffer[] = [];
  const buffer = Buffer.allocUnsafe(1 << 20);
  let total = 0;
  for (;;) {
    const n = readSync(fd, buffer, 0, buffer.length, null);
    if (n === 0) break;
    // Copied out: a pipe gives 64 KiB a read, and a view would keep a whole MiB alive for each.
    chunks.push(Buffer.from(buffer.subarray(0, n)));
    total += n;
    if (total > MAX_BYTES) return undefined;
  }
  return Buffer.concat(chunks, total);
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    allowNegative: true,
    tokens: true,
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

/** Node's words for a bad option (「Unknown option '--x'. To specify a positional argument …」) in Japanese. */
function argumentProblem(e: NodeJS.ErrnoException): string {
  const option = /'(-[^' ]*)/.exec(e.message)?.[1] ?? '';
  if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `オプション「${option}」はありません。`;
  if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    if (/argument missing/.test(e.message)) return `オプション「${option}」の後に値を書いてください。`;
    // A value starting with 「-」 (「--search-seconds -1」): Node cannot tell it from an option (attack38; said before
    // as 「値をとりません」, an option that takes one).
    if (/ambiguous/.test(e.message))
      return `オプション「${option}」の値が「-」で始まっていて、オプションと区別できません。その値を使うなら「${option}=-1」のように「=」でつないでください。`;
    return `オプション「${option}」は値をとりません（「=」の後を消してください）。`;
  }
  return `オプションを読めません（技術情報: ${e.message}）。`;
}

async function main(argv: string[]): Promise<number> {
  let args: ReturnType<typeof parse>;
  try {
    args = parse(argv);
  } catch (e) {
    return stop(`${argumentProblem(e as NodeJS.ErrnoException)}\n${USAGE}`);
  }
  const { values, positionals, tokens } = args;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (positionals.length !== 1) stop(`表のファイルを1つ指定してください。\n${USAGE}`);
  // An option given twice with two values (「--protection threshold --protection not-exact」) was taken at its last,
  // the first dropped unsaid: which one was meant cannot be told.
  const given = new Map<string, string[]>();
  for (const t of tokens) if (t.kind === 'option' && t.value !== undefined) given.set(t.name, [...(given.get(t.name) ?? []), t.value]);
  for (const [name, written] of given) {
    if (new Set(written).size > 1)
      stop(
        `--${name} が ${written.length} 回、違う値で指定されています（${written.map(quote).join('')}）。どれか一つだけを指定してください。`,
      );
  }
  if (values.html === '') stop('--html の後に、報告書を保存するファイルの名前を書いてください。');
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
  if (options.includes('--details') && options.includes('--no-details')) {
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
  // An empty name resolves to the folder the command was typed in (「フォルダです」 said of a name nobody typed).
  if (file === '')
    stop('表のファイルの名前が空です。読むファイルの名前を書いてください（標準入力から読むなら「-」）。', 'input/unreadable');
  const named = file === '-' ? '標準入力' : `ファイル「${file}」`;
  let bytes: Uint8Array | undefined;
  try {
    const fd = file === '-' ? 0 : openSync(resolve(callerDir, file), 'r');
    try {
      bytes = readLimited(fd);
    } finally {
      if (fd !== 0) closeSync(fd);
    }
  } catch (e) {
    return stop(
      `${named}を読めません（${fileProblem(e)}）。\n  → 表のファイルの名前と場所、読む権限を確かめてください。`,
      'input/unreadable',
    );
  }
  if (bytes === undefined) {
    return stop(
      `${named}が大きすぎます（${MAX_BYTES.toLocaleString('en-US')} バイト超。扱えるのは 5,000,000 文字まで）。\n` +
        '  → 公表する表だけを入れたファイルにしてください。',
      'input/too-large',
    );
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
      'rules/content',
    );
  }
  // A folder whose files cannot all be read (a file gone or unreadable while it is read: 「--content /tmp」) is the
  // content given, not the checker failing (attack38; said before as 「チェッカー内部の問題」).
  let rules: Awaited<ReturnType<typeof loadRules>>;
  try {
    rules = await loadRules(contentDir, checkerDir, values.cache);
  } catch (e) {
    if (!(e instanceof Error && 'code' in e && typeof e.code === 'string' && /^E[A-Z]+$/.test(e.code))) throw e;
    return stop(
      `内容データのフォルダ「${contentDir}」を読めません（${fileProblem(e)}）。\n  → --content で内容データ（content/）のフォルダを指定してください。`,
      'rules/content',
    );
  }
  if (rules.problems.length > 0) {
    stop(
      `公表基準の内容データに誤りがあるため、判定できません（npm run check で確かめてください）:\n${rules.problems.join('\n')}`,
      'rules/content',
    );
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
    if (e instanceof NotText) return stop(`${named}: ${e.message}。\n  → ${e.hint}。`, 'input/not-text');
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
    // A file is written whole or not at all: to a file beside it, renamed over the name asked (a full disk left half a
    // report). Anything else that is there (a device, /dev/stdout, a pipe, a link) is written to as it is, never replaced.
    const target = resolve(callerDir, values.html);
    const there = lstatSync(target, { throwIfNoEntry: false });
    const partial = there === undefined || there.isFile() ? `${target}.${process.pid}.partial` : undefined;
    try {
      writeFileSync(partial ?? target, reportDocument(report));
      if (partial) renameSync(partial, target);
    } catch (e) {
      if (partial) rmSync(partial, { force: true });
      stop(`報告書を「${values.html}」に保存できません（${fileProblem(e)}）。`, 'report/unsaved');
    }
  }
  if (values.json) {
    jsonWritten = true;
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  }
  if (!result.ok) {
    for (const e of result.errors)
      process.stderr.write(`pubcheck: ${visible(placeText(e) + sentence(e.message))}\n  → ${visible(sentence(e.hint))}\n`);
    return 2;
  }
  if (!values.json) process.stdout.write(renderText(report));
  // A table no suppression the checker finds protects (cells its audit pins whatever it hides; the report lists them):
  // no proposal to carry out, so no exit 1 (「秘匿すれば公表できる」) — the checker cannot judge the table as it is:
  // exit 2, the table, the cells and what to change said on stderr (denom33).
  const unprotected = report.tables.filter((t) => t.audit !== null && !t.audit.passed);
  for (const t of unprotected) {
    const cells = t.audit!.cells.filter((c) => !c.protected);
    const named = cells
      .slice(0, 3)
      .map((c) => `行${quote(c.row)}・列${quote(c.col)}`)
      .join('、');
    // zeros34: the suppression hides up to every count before it says so (secondary.ts `escalate`); where even that
    // fails, the reason is the published structure (an N in a header equal to a sum of lines), said as such.
    const why = t.audit!.structural
      ? 'は、表のすべてのセルを秘匿しても、表の構造から値が割り出せます。見出しの N と行の和、同じ患者を分けた区分どうしの和など、表が示す関係（チェッカーの読み。「注意」に挙げた関係を含みます）だけで値が決まります'
      : 'は、どのセルを秘匿しても値が割り出せます';
    process.stderr.write(
      `pubcheck: ${visible(`表${t.number}: 監査に通る秘匿を見つけられませんでした（${named}${cells.length > 3 ? ` ほか ${cells.length - 3} 個` : ''}${why}）。この表は判定できません`)}。\n` +
        `  → ${visible('表を分けるか区分をまとめて（小さい区分を隣とまとめる、分母の違う項目を別の表にする）、もう一度確かめてください')}。\n`,
    );
  }
  if (unprotected.length > 0) return 2;
  return result.verdict.publishableAsIs ? 0 : 1;
}

const argv = process.argv.slice(2);
/** The arguments before 「--」 (after it every argument is a file's name, 「--json」 too). */
const options = argv.includes('--') ? argv.slice(0, argv.indexOf('--')) : argv;
/** A name or a value as typed, quoted in a message. */
const quote = (t: string) => `「${t}」`;
/** Whether the JSON report went to stdout (with --json, a failure before it prints one of its own). */
let jsonWritten = false;
/** An output that could not be written (not a reader that stopped early): the run ends with exit 2. */
let lost: NodeJS.ErrnoException | undefined;
// A reader that stops early (`| head`, or `2>&1 | head` for the messages) closes the pipe: that is not the checker's
// failure, and the exit code stays the verdict's. Any other failure to write (a full disk, `> /dev/full`) cut the
// output short: exit 2, said on stderr where stdout failed, never a stack trace and never the verdict's 0 or 1.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE' || lost) return;
    lost = e;
    process.exitCode = 2;
    if (stream === process.stdout) {
      process.stderr.write(`pubcheck: 結果を最後まで出力できませんでした（${fileProblem(e)}）。出力は途中までです。\n`);
    }
  });
}
process.on('exit', () => {
  if (lost) process.exitCode = 2;
});

/** The first line of a message as the JSON error's message, the rest (usage, 「→」 hints) as its hint. */
function asError(message: string, code: string) {
  const [first = '', ...rest] = message.split('\n');
  const strip = (t: string) => t.replace(/。$/, '');
  // The usage (a column of options, spaced for the terminal) is no hint in a JSON or HTML report: where it is, said.
  const usage = rest.findIndex((l) => l.startsWith('使い方:'));
  const hint = usage < 0 ? rest : [...rest.slice(0, usage), '使い方は --help で表示されます'];
  return { code, message: strip(first), hint: strip(hint.map((l) => l.replace(/^\s*(→\s*)?/, '')).join(' ')) };
}

try {
  process.exitCode = await main(argv);
} catch (e) {
  process.exitCode = 2;
  let error: { code: string; message: string; hint: string };
  if (e instanceof Stop) {
    // What the person typed (a file name, --purpose) shown as the report shows labels: a control character as its
    // picture, never a terminal escape (「--purpose $'\e[2J'」 cleared the screen).
    const { visible } = await import('../../src/pubcheck/quote.ts');
    process.stderr.write(`pubcheck: ${e.message.split('\n').map(visible).join('\n')}\n`);
    error = asError(e.message, e.code);
  } else {
    // A failure of the checker itself (the solver, memory, a bug): said in words; the stack only with --debug.
    const message = e instanceof Error ? e.message : String(e);
    const words =
      `表を判定できませんでした（チェッカー内部の問題: ${message}）。\n` +
      '  表が大きすぎる場合は、分けて確かめてください。続く場合は --debug の出力を添えて報告してください。';
    process.stderr.write(`pubcheck: ${words}\n`);
    if (options.includes('--debug') && e instanceof Error && e.stack) process.stderr.write(`${e.stack}\n`);
    error = asError(words, 'checker/failed');
  }
  if (options.includes('--json') && !jsonWritten) {
    try {
      const { failureReport } = await import('../../src/pubcheck/report.ts');
      process.stdout.write(`${JSON.stringify(failureReport([error], [], new Date()), null, 2)}\n`);
    } catch {
      // The report's module itself failed to load: the words on stderr and exit 2 say what happened.
    }
  }
}
