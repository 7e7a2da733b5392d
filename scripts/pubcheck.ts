/** CLI of the publication-criteria checker: `npm run pubcheck -- table.csv [--purpose …] [--details] [--json]`. */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import loadHighs from 'highs';
import { Purpose } from '../schemas/publication-rule.ts';
import { loadModel } from '../src/model/load.ts';
import { bundleFromModel } from '../src/pubcheck/bundle.ts';
import { check } from '../src/pubcheck/check.ts';
import { decodeBytes } from '../src/pubcheck/csv.ts';
import { renderText, reportDocument, toReport } from '../src/pubcheck/report.ts';
import type { Protection } from '../src/pubcheck/types.ts';
import { formatFinding } from './lib/report.ts';

const USAGE = `使い方: npm run pubcheck -- <表のファイル (CSV/TSV) | ->
  --purpose <目的>      ${Purpose.options.join(' | ')}
  --details             患者背景・アウトカムの詳細を示す表
  --venue <公表先>      報告書に記録する公表先（論文、学会発表など）
  --version <版>        基準の版（省略時: 閾値の分かっている最新の版）
  --protection <基準>   threshold（既定: 閾値未満と断定できない）| not-exact（値が一つに定まらない）
  --json                結果を JSON で出力
  --html <ファイル>     報告書を HTML で保存
  --content <dir>       内容データのフォルダ（既定: content）
終了コード: 0 そのまま公表可（経路は出力を参照）, 1 修正が必要, 2 入力の誤り`;

function fail(message: string): never {
  process.stderr.write(`pubcheck: ${message}\n`);
  process.exit(2);
}

let args: ReturnType<typeof parse>;
function parse() {
  return parseArgs({
    allowPositionals: true,
    options: {
      purpose: { type: 'string' }, details: { type: 'boolean', default: false }, venue: { type: 'string' },
      version: { type: 'string' }, protection: { type: 'string' }, json: { type: 'boolean', default: false },
      html: { type: 'string' }, content: { type: 'string', default: 'content' }, help: { type: 'boolean', short: 'h', default: false },
    },
  });
}
try {
  args = parse();
} catch (e) {
  fail(`${(e as Error).message}\n${USAGE}`);
}
const { values, positionals } = args;
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
if (positionals.length !== 1) fail(`表のファイルを1つ指定してください\n${USAGE}`);
const purpose = values.purpose === undefined ? undefined : Purpose.safeParse(values.purpose);
if (purpose && !purpose.success) fail(`--purpose「${values.purpose}」は使えません。次のどれかです: ${Purpose.options.join(', ')}`);
const protection = values.protection;
if (protection !== undefined && protection !== 'threshold' && protection !== 'not-exact') {
  fail(`--protection「${protection}」は使えません。threshold か not-exact です`);
}

const file = positionals[0]!;
let text: string;
try {
  text = decodeBytes(file === '-' ? readFileSync(0) : readFileSync(file));
} catch (e) {
  fail(`ファイル「${file}」を読めません（${(e as NodeJS.ErrnoException).code ?? (e as Error).message}）`);
}

const { model, diagnostics } = loadModel(values.content);
const ruleProblems = diagnostics.filter((d) => d.file.includes('/rules/') && d.severity === 'error');
for (const d of ruleProblems) process.stderr.write(`${formatFinding(d)}\n`);
const bundle = bundleFromModel(model);
const highs = await loadHighs();
let result: ReturnType<typeof check>;
try {
  result = check(highs, bundle, text, {
    details: values.details, ...(purpose?.success && { purpose: purpose.data }), ...(values.venue !== undefined && { venue: values.venue }),
  }, {
    ...(values.version !== undefined && { version: values.version }), ...(protection !== undefined && { protection: protection as Protection }),
  });
} catch (e) {
  // check() returns input mistakes as results; only the solver throws (SolverError).
  fail(`表を判定できませんでした: ${(e as Error).message}`);
}
const report = toReport(result, bundle, new Date().toISOString());
if (values.html) writeFileSync(values.html, reportDocument(report));
if (values.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
if (!result.ok) {
  for (const e of result.errors) {
    const p = e.place;
    const where = p ? `表${p.table}・${p.line}行目: ` : '';
    process.stderr.write(`pubcheck: ${where}${e.message}\n  → ${e.hint}\n`);
  }
  process.exit(2);
}
if (!values.json) process.stdout.write(renderText(report));
process.exit(result.verdict.publishableAsIs ? 0 : 1);
