/**
 * Inputs that must not break the checker, tried as an adversary would (issue #11): seeded mutations of the tables
 * of the checker's own tests (bytes flipped, cut, repeated, wrapped in HTML, numbers written as 1e400 or 0x10) and
 * hostile files (random bytes, cut UTF-8 / UTF-16 / Shift_JIS, NUL, lone surrogates, 1,000 nested HTML tables, a
 * 4 MB line, a directory, /dev/zero), through the engine and through the CLI in its every output form: exit 0, 1 or
 * 2 as the CLI's help says, 2 in Japanese words, never a stack trace, JSON always one whole report, the report's
 * sentences clean (words.ts) in the text, the HTML and the JSON. Each fault found has a case of its own below.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { check } from '../../src/pubcheck/check.ts';
import { decodeBytes, NotText } from '../../src/pubcheck/csv.ts';
import { HTML_DEPTH, htmlToText } from '../../src/pubcheck/html.ts';
import { quote, QUOTE_MAX } from '../../src/pubcheck/quote.ts';
import { LIMITS, readTables } from '../../src/pubcheck/read.ts';
import { renderText, reportDocument, toReport, type Report } from '../../src/pubcheck/report.ts';
import { FIXTURE_CONTENT, fixtureBundle, lcg, solver } from './helpers.ts';
import { htmlLines, problems, sentences, textLines } from './words.ts';

const bundle = fixtureBundle();
const highs = await solver();
const AT = new Date('2026-12-01T19:50:24.342Z');
const corpus: string[] = JSON.parse(readFileSync('test/fixtures/pubcheck/words-corpus.json', 'utf8'));
const dir = mkdtempSync(join(tmpdir(), 'pubcheck-fuzz-'));
const NODE = 'node_modules/.bin/node';
const STACK = /\n\s+at |\bError:|node:internal|file:\/\//;
const JAPANESE = /[ぁ-んァ-ヶ一-龥]/;

/** Pieces an adversary types into a table: separators, quotes, markup, halves of characters, numbers no count is. */
const NASTY = [
  '\u0000',
  '\r',
  '\n',
  '\t',
  '"',
  '|',
  ',',
  ';',
  '<table>',
  '</td>',
  '<td colspan=0 rowspan=0>',
  '\uD800',
  '\uDC00',
  '\u202E',
  '\u2028',
  '\uFEFF',
  '\u0301',
  '😀',
  '1e400',
  '0x10',
  '1_000',
  '９９',
  '−3',
  'Infinity',
  'NaN',
  '3.0e1',
  '   ',
  '#',
  '合計',
  '小計',
  'うち',
  '(N=0)',
  '(N=3)',
  '%',
  '100%',
  '0/0',
  '999999999999',
  '-',
  '（',
  '」',
  '&#0;',
  '&#xD800;',
  '=SUM(A1)',
  '#DIV/0!',
  '|---|',
  '**',
  'sep=;',
  '\u3000',
  '¹',
  'n (%)',
  '再掲',
  '人年',
  '複数回答',
];
const NUMBERS = ['1e400', '0x10', '1_000', '９９', '−3', 'Infinity', 'NaN', '3.0e1', '', ' ', '-0', '+5', '5.', '.5'];

/** A seeded mutation of a text: 1 to 4 of inserting, cutting, repeating lines, changing separators and numbers. */
function mutator(seed: number) {
  const next = lcg(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!;
  return (t: string): string => {
    for (let k = int(1, 4); k > 0; k--) {
      const at = int(0, t.length);
      switch (int(0, 7)) {
        case 0:
          t = t.slice(0, at) + pick(NASTY) + t.slice(at);
          break;
        case 1:
          t = t.slice(0, at) + t.slice(Math.min(t.length, at + int(1, 20)));
          break;
        case 2:
          t = t.slice(0, at);
          break;
        case 3:
          t = t.replace(/\t/g, pick([',', '|', ';', ' ', '\t\t']));
          break;
        case 4: {
          const lines = t.split('\n');
          const j = int(0, lines.length - 1);
          lines.splice(j, 0, ...Array<string>(int(1, 30)).fill(lines[j]!));
          t = lines.join('\n');
          break;
        }
        case 5:
          t = t.replace(/\d+/g, (m) => (next() < 0.3 ? pick(NUMBERS) : m));
          break;
        case 6:
          t = String.fromCharCode(...Array.from({ length: int(1, 40) }, () => int(0, 0xffff))) + t;
          break;
        default:
          t = `<table>${t
            .split('\n')
            .map(
              (l) =>
                `<tr>${l
                  .split('\t')
                  .map((c) => `<td>${c}`)
                  .join('')}`,
            )
            .join('')}</table>`;
      }
    }
    return t;
  };
}

/** What must hold of any report: it renders in its three forms, its JSON reads back, its sentences are clean. */
function reportHolds(report: Report, input: string): string[] {
  const bad: string[] = [];
  expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  const text = renderText(report);
  const html = reportDocument(report);
  expect(html).toMatch(/^<!DOCTYPE html>[\s\S]*<\/html>$/);
  if (report.ok) {
    expect(text.split('\n')[0]).toMatch(/^判定: /);
    expect(text).toContain('作成: 2026年12月2日 4:50（日本時間）');
  }
  for (const s of [...sentences(report), ...textLines(report), ...htmlLines(report)]) {
    for (const p of problems(s.text))
      bad.push(`${p} | ${s.where} | ${s.text.slice(0, 160)} | input ${JSON.stringify(input.slice(0, 120))}`);
    // A quote shows at most QUOTE_MAX characters of what the user wrote (and its length after it).
    if (s.text.length > 40 * QUOTE_MAX) bad.push(`long sentence | ${s.where} | ${s.text.length}`);
  }
  return bad;
}

describe('seeded mutations of the test tables, through the engine and the three forms of the report', () => {
  it('800 mutated inputs end in a result or in errors in words, and every sentence of their reports is clean', () => {
    const mutate = mutator(20261203);
    const next = lcg(77);
    const bad: string[] = [];
    const outcomes = { ok: 0, refused: 0 };
    for (let i = 0; i < 800; i++) {
      const input = mutate(corpus[Math.floor(next() * corpus.length)]!);
      const result = check(
        highs,
        bundle,
        input,
        { details: i % 2 === 0, ...(i % 3 === 0 && { purpose: 'safety-measures' as const }) },
        { mipSeconds: 0, protection: i % 4 < 2 ? 'threshold' : 'not-exact' },
      );
      if (result.ok) outcomes.ok++;
      else {
        outcomes.refused++;
        for (const e of result.errors) expect(e.message).toMatch(JAPANESE);
      }
      bad.push(...reportHolds(toReport(result, bundle, AT), input));
    }
    expect(bad.slice(0, 10)).toEqual([]);
    // The mutations reach verdicts as well as refusals.
    expect(outcomes.ok).toBeGreaterThan(80);
    expect(outcomes.refused).toBeGreaterThan(400);
  }, 120_000);
});

describe('faults found, each at its root', { timeout: 60_000 }, () => {
  it('HTML nested 200 elements deep or more is refused in words naming the line (1,000 nested tables overflowed the call stack)', () => {
    const nested = (n: number) => `${'<table><tr><td>'.repeat(n)}3${'</td></tr></table>'.repeat(n)}`;
    for (const n of [300, 1_000]) {
      const r = readTables(`<p>表</p>\n${nested(n)}`);
      expect(r.errors.map((e) => [e.code, e.place?.line])).toEqual([['input/html-depth', 2]]);
      expect(r.errors[0]!.message).toContain(`${HTML_DEPTH} 段に達します`);
      // The page's paste and file reading leave such HTML as text (the check then refuses it in words).
      expect(htmlToText(nested(n))).toBeUndefined();
    }
    // 5,000 nested <div>s and 3,000 paragraphs each in a <div> left open (the parser nests them as deep) alike.
    expect(readTables(`${'<div>'.repeat(5_000)}<table><tr><td>x<td>3</table>`).errors[0]!.code).toBe('input/html-depth');
    expect(readTables(`${'<div><p>a'.repeat(3_000)}<table><tr><td>x<td>3</table>`).errors[0]!.code).toBe('input/html-depth');
  });

  it('HTML as written is not refused for depth: tables in tables 40 deep, end tags left out over 30,000 rows and list items, scripts holding tags', () => {
    const nested = `${'<table><tr><td>'.repeat(40)}3${'</td></tr></table>'.repeat(40)}`;
    expect(readTables(nested).errors.map((e) => e.code)).not.toContain('input/html-depth');
    const rows = `<table><tr><th><th>A<th>B${'<tr><td>x<td>30<td>40'.repeat(20_000)}</table>`;
    expect(readTables(rows).errors.map((e) => e.code)).toEqual(['table/too-large']);
    const page = `<ul>${'<li>項目'.repeat(20_000)}</ul>${'<p>注'.repeat(500)}<script>${'document.write("<div>");'.repeat(500)}</script><table><tr><td><td>A<td>B<tr><td>x<td>30<td>40<tr><td>y<td>50<td>60</table>`;
    expect(readTables(page).errors.map((e) => e.code)).not.toContain('input/html-depth');
  });

  it('HTML with more cells or rows than the tables may hold is refused before it is parsed; 200,000 rows no longer overflow the stack', () => {
    const cells = readTables(`<table>${'<td>'.repeat(1_240_000)}</table>`);
    expect(cells.errors.map((e) => e.code)).toEqual(['input/too-large']);
    expect(cells.errors[0]!.message).toBe('HTML の表のセルが多すぎます（1,240,000 個。見出しも含めて、扱えるのは全体で 60,100 個まで）');
    const spans = readTables(`<table><tr><td colspan=1000 rowspan=0>x${'<tr>'.repeat(1_000_000)}</table>`);
    expect(spans.errors[0]!.message).toBe('HTML の表の行が多すぎます（1,000,001 行。扱えるのは全体で 250,000 行まで）');
    // Rows pushed one by one (spread as arguments, 200,000 rows passed the call stack), a merged cell's blanks
    // written in 4,000 rows at most.
    const many = readTables(`<table><tr><td colspan=1000 rowspan=0>x${'<tr>'.repeat(200_000)}<tr><td>y<td>3</table>`);
    expect(many.errors.length).toBeGreaterThan(0);
    for (const e of many.errors) expect(e.message).toMatch(JAPANESE);
  });

  it('a row of person-time or rates shorter or longer than the header is refused in words (a short 人年 row under a rate crashed the rate’s refusal)', () => {
    // The mutation that found it (seed 20261203, input 314): code read as CSV, a row 「/1e」 read as a rate beside a
    // shorter row. Its least form, and the same in a table as written.
    const codes = (t: string) => readTables(t).errors.map((e) => e.code);
    expect(codes(',)\ne,)\n/1e\nb,,)')).toContain('row/long');
    const short = '項目\tA群\tB群\nイベント数\t3\t5\n人年\t100\n発現率（/1,000人年）\t31.0\t50.0\n';
    expect(codes(short)).toEqual(['header/rate']);
    // A value past the header in the rate's row: refused naming it, never set aside with the rate.
    const long = '項目\tA群\tB群\nイベント数\t3\t5\n人年\t100\t200\n発現率（/1,000人年）\t30.0\t25.0\t7\n';
    const r = readTables(long);
    expect(r.errors[0]!.code).toBe('row/long');
    expect(r.errors[0]!.message).toContain('「7」');
    for (const t of [short, long]) for (const e of readTables(t).errors) expect(e.message).toMatch(JAPANESE);
  });

  it('a file cut inside its last character is refused as cut short, never read as another encoding', () => {
    const table = '\t男性\t女性\nA群\t30\t50\nB群\t40\t60\n';
    const utf8 = new TextEncoder().encode(`${table}C群`);
    const cut = (bytes: Uint8Array, n: number) => bytes.subarray(0, bytes.length - n);
    const refusal = (bytes: Uint8Array) => {
      try {
        return `read: ${decodeBytes(bytes).slice(0, 30)}`;
      } catch (e) {
        expect(e).toBeInstanceOf(NotText);
        return (e as NotText).message;
      }
    };
    // Before, UTF-8 cut in 「群」 was read as Shift_JIS: 「A群」 became 「A鄒､」 and was checked.
    expect(refusal(cut(utf8, 1))).toContain('UTF-8 の最後の文字が欠けています');
    expect(refusal(cut(utf8, 2))).toContain('UTF-8 の最後の文字が欠けています');
    const utf16 = new Uint8Array(Buffer.from(`\ufeff${table}`, 'utf16le'));
    expect(refusal(cut(utf16, 1))).toContain('UTF-16 の最後の文字が欠けています');
    // Shift_JIS 「男」 is 0x92 0x6A: without its second byte.
    const sjis = new Uint8Array([...readFileSync('test/fixtures/pubcheck/tables/sjis.csv'), 0x92]);
    expect(refusal(sjis)).toContain('Shift_JIS の最後の文字が欠けています');
    // Whole files read as before.
    expect(refusal(utf8)).toBe(`read: ${`${table}C群`.slice(0, 30)}`);
    expect(refusal(new Uint8Array(readFileSync('test/fixtures/pubcheck/tables/sjis.csv')))).toMatch(/^read: /);
  });

  it('a UTF-8 file with a few bytes that are none is refused as damaged, naming the first line; Shift_JIS tables are never taken for it', () => {
    const rows = Array.from({ length: 12 }, (_, i) => `${i + 20}代・男性\t${i + 30}\t${i + 40}`);
    const bytes = new TextEncoder().encode(`\t投与群\t対照群\n${rows.join('\n')}\n`);
    const damaged = new Uint8Array([...bytes.subarray(0, 60), 0xff, ...bytes.subarray(60)]);
    expect(() => decodeBytes(damaged)).toThrow(/UTF-8 のファイルですが、文字として読めないバイトが 1 か所にあります（最初は 3行目）/);
    // Every table of the corpus that Shift_JIS can hold, saved as Shift_JIS, reads as itself.
    const decoder = new TextDecoder('shift_jis');
    let tried = 0;
    for (const t of corpus) {
      const sj = Buffer.from(new TextEncoder().encode(t));
      const encoded = encodeShiftJis(t);
      if (!encoded || sj.length === encoded.length) continue;
      tried++;
      expect(decodeBytes(encoded)).toBe(
        decoder
          .decode(encoded)
          .replace(/^\ufeff/, '')
          .replace(/\r{2,}\n/g, '\r\n'),
      );
    }
    expect(tried).toBeGreaterThan(300);
  });

  it("a hint's example made of a label quotes it as every sentence does (a 「」 in the label unbalanced it; found by the mutations)", () => {
    const r = check(highs, bundle, '\tA\tB\n薬」剤（1）\t12\t20\ny\t25\t40\n', { details: true }, { mipSeconds: 0 });
    const error = !r.ok && r.errors.find((e) => e.code === 'header/count')!;
    expect(error && error.hint).toContain('番号を前に出してください（「No.1 薬』剤」）。群の人数なら「薬』剤 (N=1)」の形で書いてください');
    expect(error && problems(error.hint)).toEqual([]);
  });

  it('a quote shows at most 100 characters of what was written, then its length (a 4 MB line was quoted whole)', () => {
    // A line of 4 MB is refused by its length since regex10 (LIMITS.cellChars); the longest line read is quoted so.
    const r = readTables(`${'x'.repeat(LIMITS.cellChars)}\n`);
    const note = r.warnings.find((w) => w.code === 'line/not-read')!;
    expect(note.message).toBe(
      `1行目「${'x'.repeat(QUOTE_MAX)}…」（2,000 文字）は表の外の、1つのセルだけの行のため、表として確かめていません`,
    );
    expect(readTables(`${'x'.repeat(4_000_000)}\n`).errors.map((e) => e.message)).toEqual([
      '1行目の1列目の値が長すぎます（4,000,000 文字。扱えるのはセル・見出し・タイトルや注の行 1 つにつき 2,000 文字まで）',
    ]);
    expect(quote('😀'.repeat(150))).toBe(`「${'😀'.repeat(100)}…」（150 文字）`);
    expect(quote(' '.repeat(1_000))).toBe('（空欄）');
    expect(quote('「重症」')).toBe('「『重症』」');
  });

  it('numbers no count is written as are refused naming the cell; full-width digits read, a minus of any width is negative', () => {
    const cell = (v: string) => {
      const r = readTables(`\tA\tB\nx\t${v}\t50\ny\t40\t60\n`);
      return r.errors[0] ? `${r.errors[0].code}: ${r.errors[0].message}` : `read ${JSON.stringify(r.tables[0]!.cells[0]![0]!.value)}`;
    };
    for (const v of ['1e400', '0x10', '1_000', 'Infinity', 'NaN', '3.0e1', '+5', '1.5e-400'])
      expect(cell(v)).toBe(`cell/text: 行「x」・列「A」: 患者数のはずのセルに文字「${v}」があります`);
    expect(cell('９９')).toBe('read {"kind":"count","n":99}');
    // Other scripts' digits are read as the digit each shows since html9 (csv.ts `cleanText`): 「٣」 is the 3 a reader sees.
    expect(cell('٣')).toBe('read {"kind":"count","n":3}');
    expect(cell('−3')).toBe('cell/negative: 行「x」・列「A」: 負の値「−3」です');
    // A zero printed with a sign is 0 (reading17).
    for (const v of ['-0', '−0', '－0']) expect(cell(v)).toBe('read {"kind":"count","n":0}');
    expect(cell('   ')).toBe('cell/empty: 行「x」・列「A」: 空欄です');
  });
});

/** Shift_JIS bytes of a text (iconv has no encoder in the web platform; Python's codec is the reference here), or undefined. */
let sjisCodec: Map<string, Buffer> | undefined;
function encodeShiftJis(text: string): Uint8Array | undefined {
  if (!sjisCodec) {
    // One Python run for the corpus: each text's Shift_JIS bytes in hex, empty where it holds characters outside it.
    const out = spawnSync(
      'python3',
      ['-c', 'import json,sys\nfor t in json.load(sys.stdin):\n  try: print(t.encode("shift_jis").hex())\n  except Exception: print("")'],
      { input: JSON.stringify(corpus), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    const lines = out.stdout.split('\n');
    sjisCodec = new Map(corpus.map((t, i) => [t, Buffer.from(lines[i] ?? '', 'hex')]));
  }
  const bytes = sjisCodec.get(text);
  return bytes && bytes.length > 0 ? new Uint8Array(bytes) : undefined;
}

/** One run of the CLI, its output as bytes were written (async, so that two run at once on the two cores). */
function cli(args: string[], input?: Uint8Array | string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(NODE, ['scripts/pubcheck.js', '--content', FIXTURE_CONTENT, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.stdin.on('error', () => undefined);
    child.stdin.end(input ?? '');
    child.on('close', (code) =>
      resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }),
    );
  });
}

/** Runs in pairs (the machine's two cores). */
async function inPairs<T, R>(items: T[], f: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += 2) results.push(...(await Promise.all(items.slice(i, i + 2).map(f))));
  return results;
}

/** The CLI's contract for one run: exit 0, 1 or 2 as its help says, words, one whole JSON report with --json. */
function contract(r: { code: number | null; stdout: string; stderr: string }, args: string[], what: string): void {
  const json = args.includes('--json');
  expect([0, 1, 2], `${what}: exit ${r.code} ${r.stderr.slice(0, 300)}`).toContain(r.code);
  expect(r.stderr, what).not.toMatch(STACK);
  expect(r.stdout, what).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
  if (r.code === 2) {
    expect(r.stderr, what).toMatch(/^pubcheck: /);
    expect(r.stderr, what).toMatch(JAPANESE);
  } else expect(r.stderr, what).toBe('');
  if (json) {
    const report = JSON.parse(r.stdout) as Report;
    expect(report.ok, what).toBe(r.code !== 2);
    if (r.code === 2) expect(report.errors.length, what).toBeGreaterThan(0);
    else expect(report.verdict!.publishableAsIs, what).toBe(r.code === 0);
  } else if (r.code !== 2) {
    expect(r.stdout, what).toMatch(/^判定: /);
    expect(r.stdout, what).toMatch(/作成: \d{4}年\d{1,2}月\d{1,2}日 \d{1,2}:\d{2}（日本時間）/);
  }
}

describe('the CLI on hostile files, in every output form', { timeout: 120_000 }, () => {
  const enc = new TextEncoder();
  const table = '\t男性\t女性\nA群\t30\t50\nB群\t40\t3\n';
  const next = lcg(11);
  const HOSTILE: [string, Uint8Array | string][] = [
    ['random bytes', Uint8Array.from({ length: 5_000 }, () => Math.floor(next() * 256))],
    ['UTF-8 cut in a character', enc.encode(table).subarray(0, 10)],
    ['UTF-16 without a BOM, cut', new Uint8Array(Buffer.from(table, 'utf16le')).subarray(0, 41)],
    ['UTF-16 without a BOM', new Uint8Array(Buffer.from(table, 'utf16le'))],
    ['NUL bytes', enc.encode(table.replace('30', '3\u00000'))],
    ['a lone surrogate (CESU-8)', new Uint8Array([...enc.encode(table), 0xed, 0xa0, 0x80])],
    ['10,000 columns', `\t${Array.from({ length: 10_000 }, (_, j) => `c${j}`).join('\t')}\nx\t${'30\t'.repeat(10_000)}\n`],
    ['a 4 MB line', `${'x'.repeat(4_000_000)}\n`],
    ['quotes 10,000 deep', `${'"'.repeat(10_001)}a${'"'.repeat(10_001)},b\nx,3\n`],
    ['one unclosed quote at the start', '"a,b,c\nx,3,4\ny,5,6\n'],
    ['numbers no count is', '\tA\tB\tC\tD\nx\t1e400\t0x10\t1_000\t９９\ny\t−3\tInfinity\tNaN\t3.0e1\n'],
    ['cells of only spaces', '\tA\tB\nx\t   \t50\ny\t \t60\n'],
    ['an empty file', ''],
    ['only headers', '\tA\tB\n'],
    ['1,000 nested HTML tables', `${'<table><tr><td>'.repeat(1_000)}3${'</td></tr></table>'.repeat(1_000)}`],
    ['Markdown with mismatched pipes', '| | A | B |\n|---|---|\n| x | 30 | 40 | 50 |\n| y | 30\n'],
    ['a table with a small count', table],
    ['a table to publish as it is', '\t男性\t女性\nA群\t30\t50\nB群\t40\t60\n'],
  ];
  const mutate = mutator(5);
  const pick = lcg(6);
  const MUTATED: [string, string][] = Array.from({ length: 8 }, (_, i) => [
    `mutation ${i + 1}`,
    mutate(corpus[Math.floor(pick() * corpus.length)]!),
  ]);
  const FORMS = [['--details', '--json'], ['--no-details'], ['--details'], ['--no-details', '--json']];

  it('each file, from a path and from stdin, ends in 0, 1 or 2 with words, never a stack trace; --json is always one whole report', async () => {
    const runs = [...HOSTILE, ...MUTATED].map(([name, content], i) => {
      const file = join(dir, `input-${i}`);
      writeFileSync(file, content);
      const args = FORMS[i % FORMS.length]!;
      // Every third from stdin (「-」), the rest by path.
      return i % 3 === 2
        ? { what: `${name} (stdin, ${args.join(' ')})`, args: ['-', ...args], input: content }
        : { what: `${name} (${args.join(' ')})`, args: [file, ...args] };
    });
    const results = await inPairs(runs, (r) => cli(r.args, r.input));
    results.forEach((r, i) => contract(r, runs[i]!.args, runs[i]!.what));
    const codes = new Set(results.map((r) => r.code));
    expect([...codes].sort()).toEqual([0, 1, 2]);
  });

  it('a folder, a missing file, a device with no end and an unreadable file are refused in words, as JSON too', async () => {
    const unreadable = join(dir, 'unreadable.tsv');
    writeFileSync(unreadable, '\tA\nx\t30\n', { mode: 0o000 });
    const cases: [string[], RegExp][] = [
      [[dir, '--details', '--json'], /を読めません（ファイルではなくフォルダです）/],
      [[join(dir, 'nothing.tsv'), '--details', '--json'], /を読めません（そのファイルがありません）/],
      [['/dev/zero', '--details', '--json'], /が大きすぎます（15,000,004 バイト超。扱えるのは 5,000,000 文字まで）/],
      // An empty name is said so (it resolved to the folder the command was typed in: 「フォルダです」 of no name typed).
      [['', '--details'], /表のファイルの名前が空です/],
      // Root reads any file: there the unreadable one is read, and the contract holds all the same.
      ...(process.getuid?.() === 0
        ? []
        : ([[[unreadable, '--details', '--json'], /を読めません（アクセスする権限がありません）/]] as [string[], RegExp][])),
    ];
    const results = await inPairs(cases, ([args]) => cli(args));
    results.forEach((r, i) => {
      const [args, words] = cases[i]!;
      contract(r, args, args.join(' '));
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(words);
      expect(r.stderr).not.toMatch(/\bE[A-Z]{2,}\b/);
    });
    const json = JSON.parse(results[0]!.stdout) as Report;
    expect(json.errors).toEqual([
      {
        code: 'input/unreadable',
        message: expect.stringMatching(/フォルダです）$/),
        hint: '表のファイルの名前と場所、読む権限を確かめてください',
      },
    ]);
  });

  it("options typed wrong are said in Japanese (Node's English before), and what was typed shows no terminal escape", async () => {
    const table = 'test/fixtures/pubcheck/tables/small.csv';
    const cases: [string[], string][] = [
      [[table, '--details', '--purpose'], 'オプション「--purpose」の後に値を書いてください。'],
      [[table, '--details', '--json=yes'], 'オプション「--json」は値をとりません（「=」の後を消してください）。'],
      [[table, '--details', '--nonsense'], 'オプション「--nonsense」はありません。'],
      [[table, '--details', '--purpose', 'x\u001b[2Jy'], '--purpose「x␛[2Jy」は使えません。'],
      [[join(dir, 'nope\u001b[2J.tsv'), '--details', '--json'], 'nope␛[2J.tsv」を読めません（そのファイルがありません）。'],
    ];
    const results = await inPairs(cases, ([args]) => cli(args));
    results.forEach((r, i) => {
      const [args, words] = cases[i]!;
      contract(r, args, args.join(' '));
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(words);
      expect(r.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f]|Unknown option|argument missing/);
    });
  });

  it('a reader that stops early leaves the verdict as the exit code; an output that cannot be written is exit 2 in words, never 1', () => {
    const big = join(dir, 'big.tsv');
    const rows = Array.from(
      { length: 30 },
      (_, i) =>
        `r${i}\t${Array.from({ length: 30 }, (_, j) => ((i * 31 + j * 17) % 9 === 0 ? 3 : 20 + ((i * 7 + j * 13) % 50))).join('\t')}`,
    );
    writeFileSync(big, `\t${Array.from({ length: 30 }, (_, j) => `c${j}`).join('\t')}\n${rows.join('\n')}\n`);
    const shell = (pipe: string) =>
      spawnSync(
        'bash',
        ['-c', `${NODE} scripts/pubcheck.js --content ${FIXTURE_CONTENT} ${big} --details ${pipe}; echo "exit=\${PIPESTATUS[0]}"`],
        {
          encoding: 'utf8',
        },
      );
    for (const pipe of ['--json | head -c 100 >/dev/null', '| head -c 100 >/dev/null', '--json | true']) {
      const r = shell(pipe);
      expect(r.stdout.trim(), pipe).toBe('exit=1');
      expect(r.stderr, pipe).toBe('');
    }
    // The whole report through a pipe that reads it all.
    const whole = shell('--json | cat');
    expect(JSON.parse(whole.stdout.replace(/exit=1\s*$/, '')).tables[0].cells).toHaveLength(900);
    // A full disk: the verdict's 1 over a cut report was a lie; and Node's stack trace was all it said.
    for (const pipe of ['--json >/dev/full', '>/dev/full']) {
      const r = shell(pipe);
      expect(r.stdout.trim(), pipe).toBe('exit=2');
      expect(r.stderr, pipe).toBe('pubcheck: 結果を最後まで出力できませんでした（ディスクに空きがありません）。出力は途中までです。\n');
    }
    const html = shell('--html /dev/full --json');
    expect(html.stdout).toMatch(/exit=2\s*$/);
    expect(JSON.parse(html.stdout.replace(/exit=2\s*$/, '')).errors[0]).toMatchObject({ code: 'report/unsaved' });
    expect(html.stderr).toContain('報告書を「/dev/full」に保存できません（ディスクに空きがありません）');
  });
});
