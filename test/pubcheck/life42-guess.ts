/**
 * life42: whether a single step under no word at all gives a reader of the published cells a hidden count back where
 * life40 did not read it (life42-families.ts): over two points that are no start of follow-up (`life/later-one`,
 * `life/later-across`), or where the falling line is not the largest (`life/two-arms`). The reader (as
 * life40-guess.ts): for each small count the checker hides (primary) over two time points, a falling line published
 * at both points, less another published line's count at the hidden count's point, gives a candidate under the
 * threshold; `largest`: only lines the largest at both points over every published line of the input's tables over
 * those points (life40's reader), `any`: every falling line. Answers: none, right, wrong, several. Run on the checker of
 * `ROOT` (this tree unless said) over the families and over ordinary tables of 3–8 lines (counts 0–60) over the same
 * points: `npx node test/pubcheck/life42-guess.ts <count> <seed>`. The reader is life-reader.ts's (shared with life40/44-guess).
 */
import { checkerOfRoot, int, lcg, pick } from './helpers.ts';
import { family, KINDS, LATER } from './life42-families.ts';
import { answersOf, sameLabels, sidesOf, type Answer, type Rule } from './life-reader.ts';

const { check, highs, bundle } = await checkerOfRoot();
const count = Number(process.argv[2] ?? 200);
const seed = Number(process.argv[3] ?? 2071);

/** The reader's answers for each small count hidden in `text`'s tables, under `rule` (life-reader.ts). */
function answers(text: string, rule: Rule): Answer[] {
  const r = check(highs, bundle, text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });
  if (!r.ok) return [];
  const sides = sidesOf(r);
  return answersOf(sides, rule, sameLabels(sides));
}

const next = lcg(seed);
const grid = (rows: readonly string[], cols: readonly string[]) =>
  [['', ...cols].join('\t'), ...rows.map((r) => [r, ...cols.map(() => int(next, 0, 60))].join('\t'))].join('\n');
const ordinary = (points: readonly (readonly string[])[]) =>
  Array.from({ length: count }, (_, n) => {
    const names = Array.from({ length: int(next, 3, 8) }, (_, i) => `${pick(next, ['区分', '群', '施設'])}${i + 1}`);
    const two = pick(next, points);
    return `${n % 2 === 0 ? grid(names, two) : grid(two, names)}\n`;
  });
const START = [
  ['0か月', '6か月'],
  ['0週', '12週'],
];
const sets: [string, string[]][] = [
  ...KINDS.map((k): [string, string[]] => [k, family(k, count, seed).map((c) => c.text)]),
  ['ordinary later', ordinary(LATER)],
  ['ordinary start', ordinary(START)],
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
