/**
 * The CLI: exit codes, one JSON object with cells labelled as written, every byte of output through a pipe, plain
 * messages (never a stack trace) for bad input and for failures of the checker itself, and the basis of what it
 * applies, with our readings labelled 推定.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadModel } from '../../src/model/load.ts';
import { FIXTURE_CONTENT, tsv } from './helpers.ts';

const TABLES = 'test/fixtures/pubcheck/tables';
const NODE = 'node_modules/.bin/node';
const spawn = (nodeArgs: string[], args: string[]) => {
  const r = spawnSync(NODE, [...nodeArgs, 'scripts/pubcheck.js', ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
const run = (...args: string[]) => spawn([], ['--content', FIXTURE_CONTENT, ...args]);
const noStack = (s: string) => expect(s).not.toMatch(/\n\s+at |Error:/);

describe('pubcheck CLI', { timeout: 60_000 }, () => {
  it('exits 0 for a table publishable as it is, naming the route', () => {
    const r = run(`${TABLES}/publishable.tsv`, '--details', '--purpose', 'safety-measures');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('判定: 事務局審査で公表可と判断できます（推定）');
  });

  it('gives the least-loss search the time asked (--search-seconds; 0 keeps the quick proposal), and refuses a bad one in words', () => {
    const quick = JSON.parse(run(`${TABLES}/small.csv`, '--json', '--details', '--search-seconds', '0').stdout);
    expect(quick.tables[0].least).toBeNull();
    const searched = JSON.parse(run(`${TABLES}/small.csv`, '--json', '--details', '--search-seconds', '2').stdout);
    expect(searched.tables[0].least).toMatchObject({ proved: true });
    const bad = run(`${TABLES}/small.csv`, '--details', '--search-seconds', 'ten');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--search-seconds「ten」は使えません');
    noStack(bad.stderr);
  });

  it('asks whether the table shows patient background or outcome details, instead of assuming it does not', () => {
    const r = run(`${TABLES}/publishable.tsv`, '--purpose', 'safety-measures');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--details');
    expect(r.stderr).toContain('--no-details');
    expect(r.stdout).toBe('');
    expect(run(`${TABLES}/publishable.tsv`, '--no-details').code).toBe(0);
  });

  it('finds its own rules and the table from any folder the command is typed in (INIT_CWD under npm run)', () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'pubcheck-cwd-'));
    writeFileSync(join(elsewhere, 't.tsv'), readFileSync(`${TABLES}/publishable.tsv`));
    const cli = join(process.cwd(), 'scripts/pubcheck.js');
    const node = join(process.cwd(), NODE);
    const env = { ...process.env };
    delete env['INIT_CWD'];
    const direct = spawnSync(node, [cli, 't.tsv', '--no-details'], { cwd: elsewhere, encoding: 'utf8', env });
    expect(direct.stderr).toBe('');
    expect(direct.status).toBe(0);
    // As `npm run pubcheck -- t.tsv` typed in that folder: npm starts the script in the project, INIT_CWD is the folder.
    const viaNpm = spawnSync(node, [cli, 't.tsv', '--no-details'], { encoding: 'utf8', env: { ...env, INIT_CWD: elsewhere } });
    expect(viaNpm.status).toBe(0);
    const missing = spawnSync(node, [cli, 't.tsv', '--no-details', '--content', 'nowhere'], { cwd: elsewhere, encoding: 'utf8', env });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('内容データのフォルダ');
    expect(missing.stderr).toContain('--content');
    noStack(missing.stderr);
  });

  it('reads a Shift_JIS CSV as saved by a spreadsheet', () => {
    const r = run(`${TABLES}/sjis.csv`, '--json', '--no-details');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).tables[0].cells[0]).toMatchObject({ row: '20代', col: '投与群', value: 15, status: 'published' });
  });

  it('exits 0 and names the expert meeting for another purpose', () => {
    const r = run(`${TABLES}/publishable.tsv`, '--details', '--purpose', 'public-research');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('判定: 有識者会議の意見が必要です（推定）');
  });

  it('exits 1 when cells must be hidden, and prints one JSON object with every cell', () => {
    const r = run(`${TABLES}/small.csv`, '--json', '--details', '--purpose', 'safety-measures');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.verdict).toMatchObject({
      route: 'needs-handling',
      basis: 'inferred',
      publishableAsIs: false,
      afterChanges: { route: 'secretariat' },
    });
    const cells = report.tables[0].cells as { row: string; col: string; value: number; status: string }[];
    expect(cells).toHaveLength(4 * 3);
    expect(cells[0]).toMatchObject({ row: '20代', col: 'A群', value: 3, status: 'primary' });
    expect(cells.find((c) => c.row === 'Total' && c.col === 'Total')).toMatchObject({ value: 1292, status: 'published' });
    expect(cells.filter((c) => c.status === 'secondary').length).toBeGreaterThan(0);
    expect(report.tables[0].audit.passed).toBe(true);
    for (const a of report.tables[0].audit.cells) expect(a.hi === null || a.hi > a.lo).toBe(true);
    expect(report.parameters).toContainEqual(expect.objectContaining({ rule: 'small-counts', param: 'zero-exempt', assumed: true }));
    expect(report.verdict.reasons.find((x: { kind: string }) => x.kind === 'primary').citation).toMatchObject({
      clause: 'publication.small-counts',
      version: 'r2026',
    });
    expect(report.generatedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+09:00$/);
  });

  it('sends every byte of a large JSON report through a pipe (a 30×30 table, far over the 64 KiB a pipe holds)', () => {
    const cells = Array.from({ length: 30 }, (_, i) =>
      Array.from({ length: 30 }, (_, j) => ((i * 31 + j * 17) % 9 === 0 ? 3 : 20 + ((i * 7 + j * 13) % 50))),
    );
    const file = join(mkdtempSync(join(tmpdir(), 'pubcheck-')), 'big.tsv');
    writeFileSync(file, tsv(cells, { total: true }));
    const r = run(file, '--json', '--details');
    expect(r.code).toBe(1);
    expect(Buffer.byteLength(r.stdout)).toBeGreaterThan(4 * 64 * 1024);
    const report = JSON.parse(r.stdout);
    expect(report.tables[0].cells).toHaveLength(31 * 31);
  });

  it('exits 2 with a message naming the row and column, and no stack trace', () => {
    const r = run(`${TABLES}/bad-text.tsv`, '--details');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('行「20代」・列「B群」: 患者数のはずのセルに文字「多数」があります。');
    noStack(r.stderr);
  });

  it("prints a label's control characters as their pictures, in the report and in the error lines (no terminal escapes)", () => {
    const dir = mkdtempSync(join(tmpdir(), 'pubcheck-esc-'));
    writeFileSync(join(dir, 'ok.tsv'), '\t\u001b[31mA群\t合計\n男性\u0007\t3\t3\n女性\t30\t30\n合計\t33\t33\n');
    writeFileSync(join(dir, 'bad.tsv'), '\t\u001b[2JA群\nx\u0007\t多数\n');
    writeFileSync(join(dir, 'bidi.tsv'), '\tA群\nx\u202e\t30\n');
    const ok = run(join(dir, 'ok.tsv'), '--details');
    expect(ok.code).toBe(1);
    expect(ok.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/);
    expect(ok.stdout).toContain('行「男性␇」・列「␛[31mA群」（3） ［一次秘匿］');
    // The action (which cells to hide) comes before the reasons, and the time is Japan time in words.
    expect(ok.stdout.indexOf('対応:')).toBeLessThan(ok.stdout.indexOf('理由:'));
    expect(ok.stdout).toMatch(/作成: \d{4}年\d{1,2}月\d{1,2}日 \d{1,2}:\d{2}（日本時間）/);
    const bad = run(join(dir, 'bad.tsv'), '--details');
    expect(bad.code).toBe(2);
    expect(bad.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f\u202e]/);
    expect(bad.stderr).toContain('行「x␇」・列「␛[2JA群」');
    // A direction override is refused in words (it shows 30 as 03), never printed.
    const bidi = run(join(dir, 'bidi.tsv'), '--details');
    expect(bidi.code).toBe(2);
    expect(bidi.stderr).not.toMatch(/\u202e/);
    expect(bidi.stderr).toContain('文字の向きを変える制御文字（U+202E）');
  });

  it('exits 2 for totals that do not add up, naming the total cell', () => {
    const r = run(`${TABLES}/bad-total.tsv`, '--details');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('行「20代」・列「合計」の値は 41、内訳「A群」「B群」の和は 40');
  });

  it('exits 2 for a version without a known threshold, an unknown purpose, a missing file, a report it cannot save', () => {
    expect(run(`${TABLES}/publishable.tsv`, '--details', '--version', 'r2023-05').code).toBe(2);
    const purpose = run(`${TABLES}/publishable.tsv`, '--details', '--purpose', 'marketing');
    expect([purpose.code, purpose.stderr]).toEqual([2, expect.stringContaining('--purpose「marketing」は使えません')]);
    const missing = run(`${TABLES}/nothing.tsv`, '--details');
    expect([missing.code, missing.stderr]).toEqual([2, expect.stringContaining('を読めません（そのファイルがありません）')]);
    const unsaved = run(`${TABLES}/small.csv`, '--details', '--html', tmpdir());
    expect([unsaved.code, unsaved.stderr]).toEqual([2, expect.stringContaining('報告書を')]);
    noStack(unsaved.stderr);
  });

  it('exits 2 in words, not 1 and not with a stack trace, when the checker itself fails (here: HiGHS cannot start)', () => {
    const broken = ['--import', 'data:text/javascript,WebAssembly.instantiate=()=>Promise.reject(new Error("no wasm"))'];
    const r = spawn(broken, ['--content', FIXTURE_CONTENT, `${TABLES}/small.csv`, '--details']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('pubcheck: 表を判定できませんでした（チェッカー内部の問題');
    noStack(r.stderr.replace(/Error: no wasm/, ''));
    expect(spawn(broken, ['--content', FIXTURE_CONTENT, `${TABLES}/small.csv`, '--details', '--debug']).stderr).toMatch(/\n\s+at /);
  });

  it('refuses rules with a content mistake instead of judging without them', () => {
    const { model } = loadModel(FIXTURE_CONTENT);
    expect(model.rules.has('small-counts')).toBe(true);
    const dir = mkdtempSync(join(tmpdir(), 'pubcheck-content-'));
    spawnSync('cp', ['-r', `${FIXTURE_CONTENT}/.`, dir]);
    const rule = join(dir, 'rules/small-counts.yaml');
    writeFileSync(rule, readFileSync(rule, 'utf8').replace('id: zero-exempt', 'id: zero-exmpt'));
    const r = spawn([], ['--content', dir, `${TABLES}/small.csv`, '--details']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('「zero-exmpt」');
    expect(r.stderr).toContain('did you mean 「zero-exempt」');
  });

  it('saves the HTML report', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'pubcheck-')), 'report.html');
    expect(run(`${TABLES}/small.csv`, '--details', '--html', out).code).toBe(1);
    const html = readFileSync(out, 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html><html lang="ja">/);
    expect(html).toContain('［一次秘匿］');
  });
});

describe('pubcheck CLI on content/: what it applies, with its basis', { timeout: 60_000 }, () => {
  const { model } = loadModel();
  const rule = model.rules.get('small-counts')!.data;
  const r = spawn([], [`${TABLES}/small.csv`, '--details', '--purpose', 'safety-measures']);
  const dir = mkdtempSync(join(tmpdir(), 'pubcheck-'));
  const saved = spawn([], [`${TABLES}/small.csv`, '--details', '--purpose', 'safety-measures', '--html', join(dir, 'r.html'), '--json']);

  it('labels the handling of small counts 推定 in the text, and gives every reading of the rule as ［推定］, both readings of the route included', () => {
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/閾値 \d+：第31回議事概要（案）/);
    expect(r.stdout).toMatch(/\d+ 未満の数をそのまま示さない扱い：当サイトの推定/);
    expect(r.stdout).toContain('判定: このままでは事務局審査で公表可と判断できません（推定）');
    expect(rule.inferred.length).toBeGreaterThan(1);
    for (const note of rule.inferred) expect(r.stdout).toMatch(new RegExp(`［推定\\d+］${note.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  });

  it('labels it 推定 in the saved HTML and JSON reports too', () => {
    const html = readFileSync(join(dir, 'r.html'), 'utf8');
    expect(html).toMatch(/\d+ 未満の数をそのまま示さない扱い：当サイトの推定/);
    for (const note of rule.inferred) expect(html).toContain(note);
    const json = JSON.parse(saved.stdout);
    const threshold = json.verdict.reasons.find((x: { kind: string }) => x.kind === 'threshold');
    expect(threshold).toMatchObject({ basis: 'inferred', basisLabel: '当サイトの推定', inferred: rule.inferred });
  });
});
