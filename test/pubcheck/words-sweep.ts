/**
 * The words sweep at scale (words.test.ts runs a fixed part of it): `node test/pubcheck/words-sweep.ts [corpus.json] [seed]
 * [random tables]` runs the corpus, the random tables and the edge inputs through the checker under two or three sets
 * of options, prints the report sentences that break the words' rules by class (test/pubcheck/words.ts), the
 * html-validate messages of every third report document, and the codes reached.
 */
import { readFileSync } from 'node:fs';
import { check } from '../../src/pubcheck/check.ts';
import { HtmlValidate } from 'html-validate';
import { reportDocument, toReport } from '../../src/pubcheck/report.ts';
import { fixtureBundle, solver } from './helpers.ts';
import { edgeInputs, htmlLines, problems, randomInputs, sentences, textLines } from './words.ts';

const corpus: string[] = [
  ...JSON.parse(readFileSync(process.argv[2] ?? 'test/fixtures/pubcheck/words-corpus.json', 'utf8')),
  ...randomInputs(Number(process.argv[3] ?? 1), Number(process.argv[4] ?? 500)),
  ...edgeInputs(),
];
const purposes = ['safety-measures', undefined] as const;
const codes = new Set<string>();
const validator = new HtmlValidate({
  extends: ['html-validate:recommended', 'html-validate:document'],
  rules: { 'valid-id': ['error', { relaxed: true }], 'require-sri': 'off' },
});
const invalid = new Map<string, { n: number; example: string }>();
let validated = 0;
const bundle = fixtureBundle();
const highs = await solver();
const byClass = new Map<string, { n: number; examples: string[] }>();
let count = 0;
const t0 = performance.now();
for (const [i, text] of corpus.entries()) {
  const variants = [
    { ctx: { details: true, ...(purposes[i % 2] && { purpose: purposes[i % 2]! }) }, opt: { mipSeconds: i % 7 === 0 ? 0.2 : 0 } },
    { ctx: { details: i % 2 === 0 }, opt: { mipSeconds: 0, protection: 'not-exact' as const } },
    ...(i % 50 === 0 ? [{ ctx: { details: true }, opt: { mipSeconds: 0, version: 'r2018-04' } }] : []),
  ];
  for (const { ctx, opt } of variants) {
    let report;
    try {
      report = toReport(check(highs, bundle, text, ctx, opt), bundle, new Date('2026-12-01T19:50:24.342Z'));
    } catch (e) {
      const k = `THROW ${(e as Error).message.slice(0, 60)}`;
      const c = byClass.get(k) ?? { n: 0, examples: [] };
      c.n++;
      byClass.set(k, c);
      continue;
    }
    for (const x of [...report.errors, ...report.warnings]) codes.add(x.code);
    if (i % 3 === 0) {
      validated++;
      const html = reportDocument(report);
      const v = validator.validateStringSync(html);
      for (const m of v.results.flatMap((r) => r.messages)) {
        const k = `${m.ruleId}: ${m.message.slice(0, 120)}`;
        const c = invalid.get(k) ?? { n: 0, example: html.slice(Math.max(0, m.offset - 150), m.offset + 150) };
        c.n++;
        invalid.set(k, c);
      }
    }
    for (const s of [...sentences(report), ...textLines(report), ...htmlLines(report)]) {
      count++;
      const extra = /[『』]/.test(s.text) && !/[「」『』]/.test(text) ? ['『』 the input does not hold'] : [];
      for (const p of [...problems(s.text), ...extra]) {
        const k = `${p.startsWith('English') ? 'English' : p} | ${s.where}`;
        const c = byClass.get(k) ?? { n: 0, examples: [] };
        c.n++;
        if (c.examples.length < 4) c.examples.push(`${p}: ${s.text.slice(0, 300)}`);
        byClass.set(k, c);
      }
    }
  }
}
console.log(`HTML documents validated: ${validated}, problems: ${[...invalid.values()].reduce((a, c) => a + c.n, 0)}`);
for (const [k, c] of invalid) console.log(`  ${c.n}× ${k}\n     ${c.example}`);
console.log(`codes seen: ${[...codes].sort().join(' ')}`);
console.log(`${corpus.length} inputs, ${count} sentences, ${Math.round(performance.now() - t0)} ms`);
for (const [k, c] of [...byClass].sort((a, b) => b[1].n - a[1].n)) {
  console.log(`\n## ${k}: ${c.n}`);
  for (const e of c.examples) console.log(`   ${e}`);
}
