/**
 * life42: whether a single step under no word at all gives a reader of the published cells a hidden count back where
 * life40 did not read it (life42-families.ts): over two points that are no start of follow-up (`life/later-one`,
 * `life/later-across`), or where the falling line is not the largest (`life/two-arms`). The reader (as
 * life40-guess.ts): for each small count the checker hides (primary) over two time points, a falling line published
 * at both points, less another published line's count at the hidden count's point, gives a candidate under the
 * threshold; `largest`: only lines the largest at both points over every published line of the input's tables over
 * those points (life40's reader), `any`: every falling line. Answers: none, right, wrong, several. Run on the checker of
 * `ROOT` (this tree unless said) over the families and over ordinary tables of 3–8 lines (counts 0–60) over the same
 * points: `npx node test/pubcheck/life42-guess.ts <count> <seed>`.
 */
import { checkerOfRoot, int, lcg, pick } from './helpers.ts';
import { family, KINDS, LATER } from './life42-families.ts';

const { check, highs, bundle } = await checkerOfRoot();
const count = Number(process.argv[2] ?? 200);
const seed = Number(process.argv[3] ?? 2071);
const THRESHOLD = 10;

type Answer = 'none' | 'right' | 'wrong' | 'several';
type Rule = 'largest' | 'any';

interface Side {
  /** The points' N (「人数」 read as each point's N, header.ts): a fall as published as a line's. */
  ns: (number | undefined)[];
  lines: number[];
  at: number[];
  labels: string[];
  value: (i: number, k: number) => number | undefined;
  shown: (i: number, k: number) => boolean;
  primary: (i: number, k: number) => boolean;
}

/** The reader's answers for each small count hidden in `text`'s tables, under `rule`. */
function answers(text: string, rule: Rule): Answer[] {
  const r = check(highs, bundle, text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });
  if (!r.ok) return [];
  const sides: Side[] = [];
  for (const { table, status } of r.tables) {
    const width = table.cols.length;
    for (const axis of ['rows', 'cols'] as const) {
      const [own, across] = axis === 'rows' ? [table.rows, table.cols] : [table.cols, table.rows];
      const at = across.flatMap((h, k) => (h.kind === 'item' ? [k] : []));
      if (at.length !== 2) continue;
      const id = (i: number, k: number) => (axis === 'rows' ? i * width + k : k * width + i);
      const value = (i: number, k: number) => {
        const c = axis === 'rows' ? table.cells[i]![k]! : table.cells[k]![i]!;
        return c.value.kind === 'count' ? c.value.n : undefined;
      };
      sides.push({
        ns: at.map((q) => across[q]!.denominator),
        lines: own.flatMap((h, i) => (h.kind === 'item' ? [i] : [])),
        at,
        labels: at.map((k) => across[k]!.label),
        value,
        shown: (i, k) => status[id(i, k)] === 'published' && value(i, k) !== undefined,
        primary: (i, k) => status[id(i, k)] === 'primary',
      });
    }
  }
  const out: Answer[] = [];
  for (const s of sides)
    for (const i of s.lines)
      for (const k of s.at) {
        if (!s.primary(i, k)) continue;
        // The lines over the same points (this side's and other tables' sides of the same labels).
        const over = sides.filter((o) => o === s || o.labels.join('\t') === s.labels.join('\t'));
        const candidates = new Set<number>();
        for (const o of over)
          for (const risk of o.lines) {
            if ((o === s && risk === i) || !o.at.every((q) => o.shown(risk, q))) continue;
            const largest = over.every((x) =>
              x.lines.every((j) => x.at.every((q, m) => !x.shown(j, q) || x.value(j, q)! <= o.value(risk, o.at[m]!)!)),
            );
            const fall = o.value(risk, o.at[0]!)! - o.value(risk, o.at[1]!)!;
            if ((rule === 'largest' && !largest) || fall <= 0) continue;
            for (const j of s.lines)
              if (j !== i && !(o === s && j === risk) && s.shown(j, k)) {
                const c = fall - s.value(j, k)!;
                if (c >= 0 && c < THRESHOLD) candidates.add(c);
              }
          }
        if (s.ns.every((n) => n !== undefined) && s.ns[0]! - s.ns[1]! > 0)
          for (const j of s.lines)
            if (j !== i && s.shown(j, k)) {
              const c = s.ns[0]! - s.ns[1]! - s.value(j, k)!;
              if (c >= 0 && c < THRESHOLD) candidates.add(c);
            }
        const truth = s.value(i, k)!;
        out.push(candidates.size === 0 ? 'none' : candidates.size > 1 ? 'several' : candidates.has(truth) ? 'right' : 'wrong');
      }
  return out;
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
