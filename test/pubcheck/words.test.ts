/**
 * The report's words, swept: every sentence a person reads (input errors and hints, warnings, the verdict, reasons,
 * grounds, our readings, cell findings, the rule values, the text report and the HTML report as seen) over a fixed
 * corpus — the table-like literals of the checker's own tests (test/fixtures/pubcheck/words-corpus.json, collected
 * by test/pubcheck/words-corpus.mjs) — and random tables over every reading path, under both protection
 * requirements, with and without details and purpose: no ids or codes, `null`/`undefined`/`NaN`, English words,
 * UTC or ISO timestamps, unbalanced 「」（）, doubled punctuation, empty quotes, halves of characters, control
 * characters, floating-point noise (words.ts). The HTML documents are valid under the project's html-validate rules,
 * and the text report puts the action before the reasons.
 */
import { readFileSync } from 'node:fs';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { shown } from '../../src/pubcheck/cell.ts';
import { check } from '../../src/pubcheck/check.ts';
import { clip, quote, visible } from '../../src/pubcheck/quote.ts';
import { renderText, reportDocument, sentence, toReport, type Report } from '../../src/pubcheck/report.ts';
import { fixtureBundle, solver } from './helpers.ts';
import { edgeInputs, htmlLines, problems, randomInputs, sentences, textLines } from './words.ts';

const bundle = fixtureBundle();
const highs = await solver();
const AT = new Date('2026-12-01T19:50:24.342Z');
const corpus: string[] = JSON.parse(readFileSync('test/fixtures/pubcheck/words-corpus.json', 'utf8'));
const random = randomInputs(20261202, 400);

function reports(text: string, i: number): Report[] {
  return [
    toReport(check(highs, bundle, text, { details: true, purpose: 'safety-measures', venue: '学会発表' }, { mipSeconds: 0 }), bundle, AT),
    toReport(check(highs, bundle, text, { details: i % 2 === 0 }, { mipSeconds: 0, protection: 'not-exact' }), bundle, AT),
    // A version whose threshold is not known: refused in words (rules/threshold).
    ...(i % 100 === 0 ? [toReport(check(highs, bundle, text, { details: true }, { mipSeconds: 0, version: 'r2018-04' }), bundle, AT)] : []),
  ];
}

/** Every bad sentence of the inputs' reports, as 「class | where | sentence」 (empty where all are good). */
function sweep(inputs: string[]): { bad: string[]; sentences: number; reports: Report[] } {
  const bad: string[] = [];
  const all: Report[] = [];
  let count = 0;
  inputs.forEach((text, i) => {
    for (const r of reports(text, i)) {
      all.push(r);
      for (const s of [...sentences(r), ...textLines(r), ...htmlLines(r)]) {
        count++;
        for (const p of problems(s.text)) bad.push(`${p} | ${s.where} | ${s.text.slice(0, 200)}`);
        // 『』 come only from the user's own 「」 (quote.ts): a phrase of quotes passed through `quote` again shows them.
        if (/[『』]/.test(s.text) && !/[「」『』]/.test(text)) bad.push(`quote quoted | ${s.where} | ${s.text.slice(0, 200)}`);
      }
    }
  });
  return { bad, sentences: count, reports: all };
}

describe('the words of the report', () => {
  it('flags each class in a sentence made to hold it (the sweep can see what it looks for)', () => {
    const cases: [string, string][] = [
      ['表1: total/mismatch の行', 'code'],
      ['セル r3c2 が', 'id'],
      ['値は null です', 'null/undefined/NaN'],
      ['[object Object] の', 'null/undefined/NaN'],
      ['作成 2026-12-01T19:50:24.342Z', 'ISO timestamp'],
      ['「A群」の割合', ''],
      ['「A群の割合', 'unbalanced 「」'],
      ['割合（推定の', 'unbalanced （）'],
      ['確かめました。。', 'doubled punctuation'],
      ['行「」の値', 'empty quote'],
      ['行「\uD83D」の値', 'cut character'],
      ['割合 10.000000000000002% は', 'float noise'],
      ['合計 0.30000000000000004 は', 'float noise'],
      ['判定: publishable', 'English: publishable'],
      ['行「\u001b[31m」', 'control character'],
    ];
    for (const [s, p] of cases) {
      if (p === '') expect(problems(s), s).toEqual([]);
      else expect(problems(s), s).toContain(p);
    }
  });

  it('gives a joined layout an example that is one, quoted once (「A群 n」「A群 %」→「A群」, never （空欄）)', () => {
    const joined = (text: string) =>
      toReport(check(highs, bundle, text, { details: true }), bundle, AT).warnings.find((w) => w.code === 'layout/joined')!.message;
    expect(joined('\tA群 n\tA群 %\tB群 n\tB群 %\nx\t3\t10.0%\t4\t20.0%\ny\t27\t90.0%\t16\t80.0%\n')).toContain(
      '（例:「A群 n」「A群 %」→「A群」。',
    );
    expect(joined('\t\tA\tB\n\t男性\t12\t13\n\t女性\t14\t15\n')).toContain('（例:「男性」。');
  });

  it('quotes the user text through one helper: empty, brackets, halves and controls', () => {
    expect(quote('')).toBe('（空欄）');
    expect(quote('  ')).toBe('（空欄）');
    expect(quote('「重症」')).toBe('「『重症』」');
    expect(quote('\u001b[2J男性')).toBe('「␛[2J男性」');
    expect(quote('\u202e性男')).toBe('「性男」');
    expect(visible('a\uD83D')).toBe('a');
    expect(clip('😀'.repeat(50), 40)).toBe(`${'😀'.repeat(40)}…`);
    expect(shown('😀'.repeat(100))).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    expect(shown('😀'.repeat(100))).toContain('（100 文字）');
    expect(sentence('…に見えます（チェッカーの判断）')).toBe('…に見えます（チェッカーの判断）。');
    expect(sentence('…書いてください。')).toBe('…書いてください。');
    expect(sentence('（…書いてください。）')).toBe('（…書いてください。）');
  });

  it(`no sentence of the fixed corpus breaks the rules (${corpus.length} inputs and the refusals at the limits)`, () => {
    const { bad, sentences: n, reports: all } = sweep([...corpus, ...edgeInputs()]);
    const codes = new Set(all.flatMap((r) => [...r.errors, ...r.warnings].map((x) => x.code)));
    // Input errors and warnings of most codes are reached (the rest are limits of work and of size: README).
    expect(codes.size).toBeGreaterThanOrEqual(60);
    for (const code of [
      'cell/decimal-comma',
      'cell/mark',
      'input/spaces',
      'cell/over-denominator',
      'input/too-many-tables',
      'table/too-large',
      'rules/threshold',
      'header/rate',
      'layout/person-time',
      'header/person-time',
      'layout/share',
      'layout/unit-note',
      'layout/blocks-total',
      'layout/blank-total',
      'layout/section',
      'layout/footnote-mark',
      'table/blocks-total',
      'sum/disjoint',
    ])
      expect(codes, code).toContain(code);
    expect(n).toBeGreaterThan(50_000);
    expect(bad.slice(0, 20)).toEqual([]);
  });

  const swept = sweep(random);
  it('no sentence of 400 random tables breaks the rules', () => {
    expect(swept.bad.slice(0, 20)).toEqual([]);
    // The random tables reach refusals, warnings and verdicts alike.
    expect(swept.reports.filter((r) => !r.ok).length).toBeGreaterThan(50);
    expect(swept.reports.filter((r) => r.ok && r.warnings.length > 0).length).toBeGreaterThan(50);
    expect(swept.reports.filter((r) => r.ok && r.tables.some((t) => t.loss.suppressedCells > 0)).length).toBeGreaterThan(50);
  });

  it('the text report says the action first, then the reasons, in Japan time and without ISO strings', () => {
    for (const r of swept.reports.filter((x) => x.ok)) {
      const text = renderText(r);
      const lines = text.split('\n');
      expect(lines[0]).toMatch(/^判定: /);
      expect(text).toContain('作成: 2026年12月2日 4:50（日本時間）');
      const action = lines.indexOf('対応:');
      expect(action).toBeGreaterThan(0);
      expect(action).toBeLessThan(lines.indexOf('理由:'));
      // ISO timestamps only in 技術情報.
      expect(text.split('\n技術情報:')[0]).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
    }
  });

  it('the HTML documents are valid and accessible under the project rules (every 8th report)', () => {
    const validator = new HtmlValidate({
      extends: ['html-validate:recommended', 'html-validate:document'],
      rules: { 'valid-id': ['error', { relaxed: true }], 'require-sri': 'off' },
    });
    const problems: string[] = [];
    swept.reports
      .filter((_, i) => i % 8 === 0)
      .forEach((r) => {
        const html = reportDocument(r);
        for (const m of validator.validateStringSync(html).results.flatMap((x) => x.messages)) problems.push(`${m.ruleId}: ${m.message}`);
        // No empty headings, no header cell with nothing to read.
        expect(html).not.toMatch(/<h\d[^>]*>\s*<\/h\d>|<th[^>]*><\/th>/);
      });
    expect(problems.slice(0, 10)).toEqual([]);
  });
});
