/** Collects the table-like string literals of test/pubcheck/*.test.ts into the fixed corpus of words.test.ts: node test/pubcheck/words-corpus.mjs > test/fixtures/pubcheck/words-corpus.json */
// Collect table-like string literals (containing a tab or a newline with a comma/pipe/<table) from the test files.
import { readFileSync, readdirSync } from 'node:fs';
const dir = 'test/pubcheck';
const out = new Set();
for (const f of readdirSync(dir).filter((f) => f.endsWith('.test.ts'))) {
  const src = readFileSync(`${dir}/${f}`, 'utf8');
  // template literals without ${
  for (const m of src.matchAll(/`((?:[^`\\$]|\\[\s\S]|\$(?!\{))*)`/g)) {
    let s;
    try {
      s = Function('return `' + m[1] + '`')();
    } catch {
      continue;
    }
    if (/\t/.test(s) || (/\n/.test(s) && /[,|]|<table/i.test(s))) out.add(s);
  }
  for (const m of src.matchAll(/'((?:[^'\\\n]|\\.)*)'/g)) {
    let s;
    try {
      s = JSON.parse('"' + m[1].replace(/"/g, '\\"').replace(/\\'/g, "'") + '"');
    } catch {
      continue;
    }
    if (/\t/.test(s) && /\n/.test(s)) out.add(s);
  }
  for (const m of src.matchAll(/"((?:[^"\\\n]|\\.)*)"/g)) {
    let s;
    try {
      s = JSON.parse('"' + m[1] + '"');
    } catch {
      continue;
    }
    if (/\t/.test(s) && /\n/.test(s)) out.add(s);
  }
}
const list = [...out].filter((s) => s.length < 20000);
console.error(list.length);
process.stdout.write(JSON.stringify(list, null, 0));
