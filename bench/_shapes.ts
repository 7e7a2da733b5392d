import { readFileSync } from 'node:fs';
import { check } from '../src/pubcheck/check.ts';
import { toReport } from '../src/pubcheck/report.ts';
import { fixtureBundle, solver } from '../test/pubcheck/helpers.ts';
import { randomInputs, sentences, unquote } from '../test/pubcheck/words.ts';
const corpus = [...JSON.parse(readFileSync('/tmp/corpus.json', 'utf8')), ...randomInputs(1, 600)];
const bundle = fixtureBundle();
const highs = await solver();
const shapes = new Map<string, string>();
for (const text of corpus) {
  const r = toReport(check(highs, bundle, text, { details: true }, { mipSeconds: 0 }), bundle, new Date());
  for (const s of sentences(r)) {
    const u = (unquote(s.text) ?? s.text).replace(/\d+(\.\d+)?/g, '9');
    if (!shapes.has(u)) shapes.set(u, s.text);
  }
}
console.log(shapes.size);
for (const [u] of shapes) if (/[A-Za-z]|9\.9|、、|。。|\(\)|（）|: :|  /.test(u)) console.log(u.slice(0, 400));
