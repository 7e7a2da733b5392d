/**
 * life44: whether a single step under no word over two calendar years (life44-families' `life/years-one`,
 * `life/years-across`), or an arm's step across two tables (`life/arms-across`, `life/arms-split`), gives a reader of
 * the published cells a hidden count back, and how often ordinary tables of counts by year (3–8 lines of 区分/群/施設
 * over 「2023年」「2024年」…, counts 0–60) give such a reader an answer. The reader is life-reader.ts's (life42's: a
 * falling line over the same labels in any table, `largest` or `any`). Run on the checker of `ROOT` (this tree unless
 * said): `npx node test/pubcheck/life44-guess.ts <count> <seed>`.
 */
import { checkerOfRoot, int, lcg, pick } from './helpers.ts';
import { family, KINDS, YEARS } from './life44-families.ts';
import { answersOf, sameLabels, sidesOf, type Answer, type Rule } from './life-reader.ts';

const { check, highs, bundle } = await checkerOfRoot();
const count = Number(process.argv[2] ?? 100);
const seed = Number(process.argv[3] ?? 2261);

/** The reader's answers for each small count hidden in `text`'s tables, under `rule`. */
function answers(text: string, rule: Rule): Answer[] {
  const r = check(highs, bundle, text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });
  if (!r.ok) return [];
  const sides = sidesOf(r);
  return answersOf(sides, rule, sameLabels(sides));
}

const next = lcg(seed);
const grid = (rows: readonly string[], cols: readonly string[]) =>
  [['', ...cols].join('\t'), ...rows.map((r) => [r, ...cols.map(() => int(next, 0, 60))].join('\t'))].join('\n');
const names = () => Array.from({ length: int(next, 3, 8) }, (_, i) => `${pick(next, ['区分', '群', '施設'])}${i + 1}`);
const ordinary = Array.from({ length: count }, (_, n) => {
  const two = pick(next, YEARS);
  return `${n % 2 === 0 ? grid(names(), two) : grid(two, names())}\n`;
});
const across = Array.from({ length: count }, () => {
  const two = pick(next, YEARS);
  return `# 表1\n${grid(names().slice(0, 2), two)}\n\n# 表2\n${grid(names(), two)}\n`;
});
const sets: [string, string[]][] = [
  ...KINDS.map((k): [string, string[]] => [k, family(k, count, seed).map((c) => c.text)]),
  ['ordinary years', ordinary],
  ['ordinary years across', across],
];
for (const rule of ['largest', 'any'] as const)
  for (const [name, texts] of sets) {
    const tally: Record<Answer, number> = { none: 0, right: 0, wrong: 0, several: 0 };
    for (const t of texts) for (const a of answers(t, rule)) tally[a]++;
    console.log(
      `${rule}\t${name}\ttables ${texts.length}\t${Object.entries(tally)
        .map(([k, v]) => `${k} ${v}`)
        .join('\t')}`,
    );
  }
