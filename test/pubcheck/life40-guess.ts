/**
 * life40: whether a single step under no word at all gives a reader a hidden count (the open case of life40-families'
 * `life/plain-one`). Over one step the fall of the line at risk is taken by the events and censored of the interval;
 * with one of them hidden the equation has one unknown, so no published cell can check it: a reader who takes any
 * line as at risk gets a value whether the table is a life table or not. Measured as such a reader: for each small
 * count the checker hides (primary) in a table over two time points, every line published at both points and the
 * largest there (or the points' N, 「人数」 read as each point's N), falling, less another published line's count at the hidden count's point gives a candidate; the
 * candidates under the threshold are the reader's answer (none, one right, one wrong, or several). Run on the
 * checker of `ROOT` (this tree unless said) over the life tables with no word (`life/plain-one`) and over ordinary
 * tables of 3–8 lines over two time points (life38-chance's first shapes, counts 0–60):
 * `npx node test/pubcheck/life40-guess.ts <count> <seed>`. The reader is life-reader.ts's (shared with life42/44-guess).
 */
import { checkerOfRoot, int, lcg, pick } from './helpers.ts';
import { family } from './life40-families.ts';
import { answersOf, sidesOf, type Answer } from './life-reader.ts';

const { check, highs, bundle } = await checkerOfRoot();
const count = Number(process.argv[2] ?? 200);
const seed = Number(process.argv[3] ?? 1911);

/** The reader's answers for each small count hidden in `text`'s tables (over two positions, either axis; a side alone). */
function answers(text: string): Answer[] {
  const r = check(highs, bundle, text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });
  return r.ok ? answersOf(sidesOf(r), 'largest', (s) => [s]) : [];
}

const next = lcg(seed);
const grid = (rows: string[], cols: string[]) =>
  [['', ...cols].join('\t'), ...rows.map((r) => [r, ...cols.map(() => int(next, 0, 60))].join('\t'))].join('\n');
const TWO = [
  ['0か月', '6か月'],
  ['0週', '12週'],
];
const ordinary = Array.from({ length: count }, (_, n) => {
  const names = Array.from({ length: int(next, 3, 8) }, (_, i) => `${pick(next, ['区分', '群', '施設'])}${i + 1}`);
  const two = pick(next, TWO);
  return `${n % 2 === 0 ? grid(names, two) : grid(two, names)}\n`;
});
for (const [name, texts] of [
  ['life/plain-one', family('life/plain-one', count, seed).map((c) => c.text)],
  ['ordinary', ordinary],
] as const) {
  const tally: Record<Answer, number> = { none: 0, right: 0, wrong: 0, several: 0 };
  for (const t of texts) for (const a of answers(t)) tally[a]++;
  console.log(
    `${name}\ttables ${texts.length}\t${Object.entries(tally)
      .map(([k, v]) => `${k} ${v}`)
      .join('\t')}`,
  );
}
