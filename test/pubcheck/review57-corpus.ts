/**
 * review57: the inputs the behaviour-preserving refactors of round 21 are compared on — the round-19 families (sizes55,
 * words55, means55, stats55, formats55, life55, red55, red56), words53's unions, totals40's N below sums, the files
 * under test/fixtures/pubcheck/tables and the words corpus. `npx node test/pubcheck/review57-corpus.ts OUT [ROOT]`
 * writes each input's JSON report (report.ts `toReport` at one fixed date, as `--json` prints it) under the tree
 * ROOT (this tree unless given) to OUT, one line a report; two runs compared with `cmp` say whether behaviour moved.
 * With a third argument `literals`, also every string literal of test/pubcheck/*.ts that is a table (a line break and a
 * tab or comma: the tests' own fixtures), under the protection 「threshold」 only.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { checkerIn } from './helpers.ts';
import { exclude55, union55 } from './words55-families.ts';
import { union53 } from './words53-families.ts';
import { sizes55Cases } from './sizes55-families.ts';
import { nestEnglish, ownCases, threeCases } from './means55-families.ts';
import { ownChance, pctCases, topEveryCases } from './stats55-families.ts';
import { rAddmUnder, rDigits, rDigitsInnocent, rStage } from './formats55-families.ts';
import { family as life55, innocent as life55Innocent, KINDS } from './life55-families.ts';
import { red55Cases } from './red55-families.ts';
import { red56Cases } from './red56-families.ts';
import { chanceGroupNs } from './totals40-families.ts';

/** Every string of an object (a case) that is a table: it holds a tab or a comma and a line break. */
function textsOf(x: unknown, out: string[] = []): string[] {
  if (typeof x === 'string') {
    if (x.includes('\n') && (x.includes('\t') || x.includes(','))) out.push(x);
  } else if (Array.isArray(x)) for (const y of x) textsOf(y, out);
  else if (x && typeof x === 'object') for (const y of Object.values(x)) textsOf(y, out);
  return out;
}

/** The corpus, in a fixed order: [name, text]. Seeds 3550–3599 (review57's), so that none is an older test's. */
/** The string literals of test/pubcheck/*.ts that are tables (quoted or template literals without substitutions). */
export function literals(): [string, string][] {
  const dir = new URL('./', import.meta.url).pathname;
  const seen = new Map<string, string>();
  for (const f of readdirSync(dir).sort()) {
    if (!f.endsWith('.ts') || f.startsWith('review57')) continue;
    const src = readFileSync(dir + f, 'utf8');
    for (const m of src.matchAll(/'((?:[^'\\\n]|\\.)*)'|`((?:[^`\\$]|\\.|\$(?!\{))*)`/g)) {
      if (!/\\n|\n/.test(m[0]) || !/\\t|,/.test(m[0])) continue;
      let s: unknown;
      try {
        s = new Function(`return ${m[0]}`)();
      } catch {
        continue;
      }
      if (typeof s === 'string' && textsOf(s).length > 0 && !seen.has(s)) seen.set(s, `${f}:${m.index}`);
    }
  }
  return [...seen].map(([text, name]) => [name, text]);
}

export function corpus(): [string, string][] {
  const out: [string, string][] = [];
  const add = (name: string, cases: unknown[]) => cases.forEach((c, i) => textsOf(c).forEach((t, k) => out.push([`${name}#${i}.${k}`, t])));
  add('union55', union55(3550, 40));
  add('exclude55', exclude55(3551, 30));
  add('union53', union53(3552, 30));
  for (const kind of ['class', 'innocent', 'loose'] as const) add(`sizes55-${kind}`, sizes55Cases(15, 3553, kind));
  add('means55-three', threeCases(20, 3554));
  add('means55-own', ownCases(20, 3555));
  add('means55-nest', nestEnglish(15, 3556));
  for (const mode of ['own', 'ranked', 'part'] as const) add(`stats55-top-${mode}`, topEveryCases(8, 3557, mode));
  add('stats55-chance', ownChance(15, 3558));
  add('stats55-pct', pctCases(15, 3559));
  add('formats55-digits', rDigits(15, 3560));
  add('formats55-innocent', rDigitsInnocent(15, 3561));
  add('formats55-stage', rStage(15, 3562));
  add('formats55-addm', rAddmUnder(15, 3563));
  for (const kind of KINDS) {
    add(`life55-${kind}`, life55(kind, 6, 3564));
    add(`life55-innocent-${kind}`, life55Innocent(kind, 4, 3565));
  }
  add('red55', red55Cases(30, 3566));
  add('red56', red56Cases(30, 3567));
  add('totals40-groupNs', chanceGroupNs(3568).slice(0, 60));
  const dir = new URL('../fixtures/pubcheck/tables/', import.meta.url).pathname;
  for (const f of readdirSync(dir).sort()) if (f !== 'sjis.csv') out.push([`fixture:${f}`, readFileSync(dir + f, 'utf8')]);
  const words = JSON.parse(readFileSync(new URL('../fixtures/pubcheck/words-corpus.json', import.meta.url), 'utf8')) as unknown;
  add('words-corpus', textsOf(words).slice(0, 60));
  return out;
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const [outFile, root, more] = process.argv.slice(2);
  const { check, highs, bundle } = await checkerIn(root && `${root}/src/pubcheck`);
  const { toReport } = (await import(
    `${root || new URL('../..', import.meta.url).pathname}/src/pubcheck/report.ts`
  )) as typeof import('../../src/pubcheck/report.ts');
  const at = new Date('2026-01-01T00:00:00Z');
  const lines: string[] = [];
  for (const [name, text] of corpus())
    for (const protection of ['threshold', 'not-exact'] as const) {
      let json: string;
      try {
        json = JSON.stringify(toReport(check(highs, bundle, text, { details: true }, { protection }), bundle, at));
      } catch (e) {
        json = `THROWN ${String(e)}`;
      }
      lines.push(`${name} ${protection}\t${json}`);
    }
  if (more === 'literals')
    for (const [name, text] of literals()) {
      let json: string;
      try {
        json = JSON.stringify(toReport(check(highs, bundle, text, { details: true }), bundle, at));
      } catch (e) {
        json = `THROWN ${String(e)}`;
      }
      lines.push(`${name}\t${json}`);
    }
  writeFileSync(outFile!, `${lines.join('\n')}\n`);
  console.log(`${lines.length} reports`);
}
