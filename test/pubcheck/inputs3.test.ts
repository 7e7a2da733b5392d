/**
 * Inputs tried as an adversary would (branch inputs3): HTML spans written as no number (「1e3」「0x10」) read as a
 * browser reads them, a table inside 「noscript」 read (a reader without scripts sees it), bytes that are no text
 * refused naming the line (a NUL, a lone half of a surrogate pair, a file in two encodings), the CLI's options given
 * twice with two values, an empty 「--html」 and an empty file name refused in words, 「--json」 after 「--」 a file's
 * name; the words of every refusal of these, in the JSON, the text and the HTML report, swept as words.test sweeps the
 * checker's. Each fails on main (0b466ec). Times of reading at the limits are measured in bench/pubcheck-inputs.ts.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/pubcheck/check.ts';
import { decodeBytes, NotText } from '../../src/pubcheck/csv.ts';
import { htmlRecords, HtmlTooWide } from '../../src/pubcheck/html.ts';
import { failureReport, toReport, type Report } from '../../src/pubcheck/report.ts';
import { FIXTURE_CONTENT, fixtureBundle, solver } from './helpers.ts';
import { htmlLines, problems, sentences, textLines } from './words.ts';

const bundle = fixtureBundle();
const highs = await solver();
const AT = new Date('2026-12-01T19:50:24.342Z');
const utf8 = (s: string) => new TextEncoder().encode(s);
const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};
/** The refusal of bytes that are no text, or undefined where they decode. */
const refusal = (bytes: Uint8Array) => {
  try {
    decodeBytes(bytes);
    return undefined;
  } catch (e) {
    if (e instanceof NotText) return e;
    throw e;
  }
};
/** Every sentence of a report (its JSON's, its text's, its HTML's) with a problem words.ts looks for. */
const badWords = (r: Report) =>
  [...sentences(r), ...textLines(r), ...htmlLines(r)].flatMap((s) =>
    // The CLI's options (「--purpose」) are names the person types, as the user's text in 「」 is.
    problems(s.text.replace(/--[a-z-]+/g, 'オプション')).map((p) => `${p} | ${s.where} | ${s.text}`),
  );

describe('HTML as a browser shows it', () => {
  it('reads a span written as no whole number by the HTML standard (「1e3」 is 1, 「0x10」 is 0, so 1; 「 +2」 is 2)', () => {
    // On main, converted to hast, 「1e3」 was the number 1,000 and 「0x10」 16: 1,017 columns, refused as too large.
    const records = htmlRecords(
      '<table><tr><th>項目</th><th colspan="1e3">A群</th><th colspan="0x10">B群</th><th colspan=" +2">C群</th></tr>' +
        '<tr><td>男性</td><td>30</td><td>20</td><td>22</td><td>23</td></tr></table>',
    );
    expect(records[0]!.fields).toEqual(['項目', 'A群', 'B群', 'C群', '']);
    expect(records[1]!.fields).toEqual(['男性', '30', '20', '22', '23']);
    // rowspan="0.5" is 0 by the same rules: to the end of the table.
    const zero = htmlRecords('<table><tr><td rowspan="0.5">a</td><td>1</td></tr><tr><td>2</td></tr><tr><td>3</td></tr></table>');
    expect(zero.slice(0, 3).map((r) => r.fields)).toEqual([
      ['a', '1'],
      ['', '2'],
      ['', '3'],
    ]);
  });

  it('reads a table inside 「noscript」 (shown where scripts do not run): its 3 is found, not dropped unsaid', () => {
    // In the body (at the start, the parser moves the table out of a 「noscript」 in the head).
    const html =
      '<p>表</p><noscript><table><tr><th>項目</th><th>A群</th></tr><tr><td>女性</td><td>3</td></tr></table></noscript>' +
      '<table><tr><th>項目</th><th>A群</th></tr><tr><td>男性</td><td>30</td></tr></table>';
    const result = check(highs, bundle, html, { details: true }, { mipSeconds: 0 });
    if (!result.ok) throw new Error(result.errors[0]!.message);
    expect(result.verdict.publishableAsIs).toBe(false);
    const cells = result.tables.flatMap((t) => t.table.cells.flat().map((c, i) => ({ text: c.text, status: t.status[i] })));
    expect(cells).toContainEqual({ text: '3', status: 'primary' });
  });

  it('refuses a row whose spans put text past 4,000 columns, naming the line, before writing its places out', () => {
    // 60 such rows (1.4 MB, within the count of cells) made 60 million places on main: 41 s and 2.1 GB.
    const wide = `<table>\n${'<tr>' + '<td colspan="1000">1</td>'.repeat(10) + '</tr>\n'}${'<tr><td>x</td></tr>\n'.repeat(2)}</table>`;
    expect(() => htmlRecords(wide)).toThrow(HtmlTooWide);
    const r = check(highs, bundle, wide, { details: true }, { mipSeconds: 0 });
    expect(!r.ok && r.errors.map((e) => [e.code, e.message, e.place?.line])).toEqual([
      [
        'input/too-large',
        'HTML の表の2行目の行は、結合したセル（colspan）を数えて 4,001 列目に値があり、広すぎて読めません（扱えるのは 1表 200 列まで）',
        2,
      ],
    ]);
    expect(badWords(toReport(r, bundle, AT))).toEqual([]);
    // A header's span past it is blanks at the row's end, dropped as a row's trailing blanks are: read as before.
    const header = htmlRecords(
      '<table><tr><th>項目</th><th colspan="1000">A群</th><th colspan="1000"></th><th colspan="1000"></th><th colspan="1000"></th><th colspan="1000"></th></tr><tr><td>男性</td><td>30</td></tr></table>',
    );
    expect(header[0]!.fields.length).toBe(4_000);
    expect(header[0]!.fields.slice(0, 3)).toEqual(['項目', 'A群', '']);
  });

  it('refuses a table whose spans would fill more than a million places (rowspan="0" over empty rows)', () => {
    // 4 rows of 1,000 cells of rowspan="0" over 4,000 empty rows: 16 million places on main (19 s, 680 MB).
    const tall = `<table>\n${('<tr>' + '<td rowspan="0">1</td>'.repeat(1_000) + '</tr>\n').repeat(4)}${'<tr></tr>\n'.repeat(4_000)}</table>`;
    expect(() => htmlRecords(tall)).toThrow(HtmlTooWide);
    const r = check(highs, bundle, tall, { details: true }, { mipSeconds: 0 });
    expect(!r.ok && r.errors[0]!.message).toBe(
      'HTML の表が、結合したセル（rowspan、colspan）を数えると 2行目までで 1,004,000 か所になり、大きすぎて読めません（扱えるのは 1表 10,000 セル（2,000 行、200 列）まで）',
    );
    expect(badWords(toReport(r, bundle, AT))).toEqual([]);
  });

  it('keeps each row its line (the parser keeps only the first line of each node now)', () => {
    const records = htmlRecords(
      '<p>題名</p>\n<table>\n<tr><td>項目</td><td>A群</td></tr>\n\n<tr>\n<td>男性</td><td>30</td></tr>\n</table>',
    );
    expect(records.filter((r) => r.fields.length > 1).map((r) => r.line)).toEqual([3, 5]);
  });
});

describe('bytes that are no text: refused naming the line', () => {
  it('a NUL in UTF-8 and in UTF-16 text: its line', () => {
    const e = refusal(utf8('項目\tA群\n男性\t30\n女\u0000性\t28\n'));
    expect(e?.message).toMatch(/^3行目に、文字コード 0 の見えない文字があります（UTF-8 として読んだとき）/);
    const u16 = new Uint8Array([
      0xff,
      0xfe,
      ...new Uint8Array(new Uint16Array([...'A\tB\n1\t\u00002\n'].map((c) => c.charCodeAt(0))).buffer),
    ]);
    expect(refusal(u16)?.message).toMatch(/^2行目に、文字コード 0 の見えない文字があります（UTF-16 として読んだとき）/);
  });

  it('a file in two encodings, and a lone half of a surrogate pair (CESU-8): the first line that is no UTF-8', () => {
    const sjis = new Uint8Array([0x8f, 0x97, 0x90, 0xab, 0x09, 0x34, 0x30, 0x0a]); // 「女性\t40」 in Shift_JIS
    const mixed = refusal(concat(utf8('項目\tA群\n男性\t30\n'), sjis));
    expect(mixed?.message).toContain('UTF-8 として読めない最初のバイトは 3行目にあります');
    const surrogate = refusal(concat(utf8('項目\tA群\n男性\t30\n'), new Uint8Array([0xed, 0xa0, 0x80, 0x09, 0x35, 0x0a])));
    expect(surrogate?.message).toContain('3行目');
    for (const e of [mixed, surrogate]) {
      const r = failureReport([{ code: 'input/not-text', message: e!.message, hint: e!.hint }], [], AT);
      expect(badWords(r)).toEqual([]);
      expect(r.generatedAt).toBe('2026-12-02T04:50:24+09:00');
    }
  });
});

describe('the CLI refuses what cannot be told apart, in words', { timeout: 120_000 }, () => {
  const TABLE = 'test/fixtures/pubcheck/tables/small.csv';
  const run = (...args: string[]) => {
    const r = spawnSync('node_modules/.bin/node', ['scripts/pubcheck.js', '--content', FIXTURE_CONTENT, ...args], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };

  it('an option given twice with two values (main took the last, the first dropped unsaid)', () => {
    const r = run(TABLE, '--details', '--protection', 'threshold', '--protection', 'not-exact', '--json');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--protection が 2 回、違う値で指定されています（「threshold」「not-exact」）');
    const report = JSON.parse(r.stdout) as Report;
    expect(report.ok).toBe(false);
    expect(report.errors[0]!.code).toBe('options/invalid');
    // The same value twice is one choice.
    expect(run(TABLE, '--details', '--protection', 'not-exact', '--protection', 'not-exact').code).toBe(1);
  });

  it('「--html」 with no name (main checked and saved nothing, exit 1 as if saved) and an empty file name', () => {
    const html = run(TABLE, '--details', '--html', '');
    expect(html.code).toBe(2);
    expect(html.stderr).toContain('--html の後に、報告書を保存するファイルの名前を書いてください');
    const empty = run('', '--details');
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('表のファイルの名前が空です');
    expect(empty.stderr).not.toContain('フォルダです');
  });

  it('「--json」 after 「--」 is a file name: no JSON report on stdout', () => {
    const r = run('--details', '--', '--json');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('ファイル「--json」を読めません（そのファイルがありません）');
    expect(r.stdout).toBe('');
  });

  it('every refusal above, as a JSON report, has words only (no ids, null, English) in each of its forms', () => {
    for (const args of [
      [TABLE, '--details', '--purpose', 'x', '--purpose', 'y'],
      [TABLE, '--details', '--html', ''],
      ['', '--details'],
      [TABLE, '--details', '--frob'],
      ['/', '--details'],
    ]) {
      const r = run(...args, '--json');
      expect(r.code).toBe(2);
      const report = JSON.parse(r.stdout) as Report;
      expect(badWords(report)).toEqual([]);
      // The usage, spaced for the terminal, is not the JSON's hint (main put all of it there, on one line).
      expect(report.errors[0]!.hint).not.toContain('終了コード');
    }
  });
});

describe('a row longer than its header: the value past it named', () => {
  it('「男性,30,,3」 under 「項目,A群,」: the 3 in the 4th column (main named the blank in the 3rd, （空欄）)', () => {
    const r = check(highs, bundle, '項目,A群,\n男性,30,,3\n女性,31\n', { details: true }, { mipSeconds: 0 });
    expect(!r.ok && r.errors.map((e) => e.message)).toContain('行「男性」に列見出しのない値「3」があります（4列目）');
  });
});

describe('checked inputs an adversary writes: words in every form', () => {
  it('numbers no count is, HTML spans, escaped pipes, BOM inside: refused or read, never a word out of place', () => {
    const inputs = [
      '項目\tA群\tB群\n1e3\t1e3\t０x10\nInf\tInfinity\t-Infinity\nbig\t1,000,000,000,000\t9007199254740993\n',
      '項目\tA群\n男性\t9007199254740993\n女性\t3\n合計\t9007199254740996\n',
      '<table><tr><th>項目</th><th colspan="100000">A群</th></tr><tr><td rowspan="0">男性</td><td>30</td></tr><tr><td>4</td></tr></table>',
      '| 項目 | A\\|B群 |\n|---|---|\n| 男性 | 3\\|4 |\n| 女性 | 28 |\n',
      '項目\tA群\n\ufeff男性\t30\n女性\t\ufeff4\n',
      '項目,A群\n"男性,30\n女性,28\n',
    ];
    for (const text of inputs) {
      for (const r of [
        toReport(check(highs, bundle, text, { details: true, purpose: 'safety-measures' }, { mipSeconds: 0 }), bundle, AT),
        toReport(check(highs, bundle, text, { details: false }, { mipSeconds: 0, protection: 'not-exact' }), bundle, AT),
      ]) {
        expect(badWords(r)).toEqual([]);
        expect(JSON.parse(JSON.stringify(r))).toEqual(r);
      }
    }
  });
});
