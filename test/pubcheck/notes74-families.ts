/**
 * notes74 (issue #11): notes and title verbs read too little or refused, seeded (seeds 5820–5829).
 *
 * - `glued` (5820–5821): notes73's 2×2 under a note whose Japanese unit is written onto the number glued to its mark
 *   (「※3例を除外」「注3名は除外」「†3例脱落」「注3例は同意撤回のため除外」). `over`: the number is a hidden cell (1–9) or
 *   the title's N less the table's sum — never read silently (the base refused them all: 「※3例を除外」 as a note with a
 *   count, 「注3名は除外」 as a table's row, `row/short`). `innocent`: the same notes where the number is no cell, no
 *   line's sum and no N (read as left out; the base refused them), and glued look-alikes that are no count
 *   (「※3例目以降」「注2院外発症を含む」「※2回目の測定値」: read; 「注2院外発症を含む」 the base refused as a row).
 * - `verbs` (titlen65-families.ts' generator, 5822–5823): a title's N in verbs off titles72's lists and after nouns of
 *   people other than patients (「(146 recovered)」「(146 survived)」「(146 women died)」「(146 children were followed)」
 *   「(146 patients were then seen)」「(patients recovered: 146)」) at the table's total + 1–9 (`over`: the base read
 *   「(146 recovered)」 as a number, `title/number`, the 4 left out published silently) or at it / 10–40 above
 *   (`innocent`, read — the base refused 「(146 women died)」 as a count fitting no total), with look-alikes that are no N.
 * - `shares` (5824–5825): a 2×2 of bare percentages (of N, one decimal) under a verb's N at N (「(146 screened)」
 *   「(patients followed: 146)」「(ITT 146)」「(146 recovered)」): `innocent` every count at least 10 (the base refused
 *   them all, `percent/no-denominator`: to be read), `over` one count 1–9 (never published: leaked where read with that
 *   cell published and nothing blocking).
 *
 *   npx node test/pubcheck/notes74-families.ts <glued|tight|verbs|shares|wrong> <count> <seed>   (ROOT=<base> for the base)
 */
import { int, lcg, pick } from './helpers.ts';
import type { CheckResult } from '../../src/pubcheck/check.ts';
import { stopped, type Case, type Words } from './titlen65-families.ts';
import { drawTwoByTwo, gluedCases, twoByTwo } from './notes73-families.ts';

/** Glued notes with a Japanese unit written onto the number (any count). */
const GLUED74: ((n: number) => string)[] = [
  (n) => `※${n}例を除外`,
  (n) => `注${n}名は除外`,
  (n) => `※${n}名を除外した`,
  (n) => `注${n}例は同意撤回のため除外`,
  (n) => `†${n}例脱落`,
  (n) => `※${n}例除外`,
  (n) => `＊${n}例は追跡不能`,
];
/** Left-out forms only (read where the count is no cell, no sum, no N). */
const LEFT74: ((n: number) => string)[] = [
  (n) => `※${n}例を除外`,
  (n) => `注${n}名は除外`,
  (n) => `注${n}例は同意撤回のため除外`,
  (n) => `※${n}例除外`,
];
/** Glued look-alikes: no count of patients (a note's number before words). */
const PLAIN74: ((n: number) => string)[] = [
  (n) => `※${n}例目以降`,
  (n) => `注${n}院外発症を含む`,
  (n) => `※${n}回目の測定値`,
  (n) => `※${n}件目から集計`,
];

/** `glued`: `over` (a hidden cell or the N less the sum) or `innocent` (left out apart, or no count). */
export const gluedCases74 = (count: number, seed: number): Case[] =>
  gluedCases(count, seed, { salt: 0x6e74, glued: GLUED74, left: LEFT74, plain: PLAIN74, apart: 0.6 });

/**
 * `tight` (5826–5827): a mark with its number written onto a line's label, no space (「※3がん」「注3心疾患」「†3A群」).
 * `over`: the number is one of that line's cells (1–9, hidden) — the base read 「※3がん」 as note 3 silently (the hidden
 * cell given back to a reader who takes it for 3 cancers). `innocent`: a number that is none of that line's cells nor
 * their sums (read as the note's number).
 */
export function tightCases74(count: number, seed: number): Case[] {
  const next = lcg(seed ^ 0x7469);
  return Array.from({ length: count }, () => {
    const { kind, c, labels } = drawTwoByTwo(next, [
      ['A群', 'B群'],
      ['心疾患', 'がん'],
      ['Stroke', 'Fall'],
    ]);
    const line = int(next, 0, 1);
    const n = int(next, 1, 9);
    if (kind === 'over') c[line * 2 + int(next, 0, 1)] = n;
    else if (next() < 0.5) c[(1 - line) * 2 + int(next, 0, 1)] = n; // the other line's hidden cell: no count of this one
    const mark = pick(next, ['※', '注', '†', '*']);
    const tail = pick(next, ['', 'は除く', 'を含む', ' only']);
    const text = `${twoByTwo('# 表1 背景', labels, c)}${mark}${n}${labels[line]}${tail}\n`;
    return { kind, where: 'caption', text, rest: n };
  });
}

export const VERBS74: Words = {
  forms: [
    (n) => `(${n} recovered)`,
    (n) => `(${n} survived)`,
    (n) => `(${n} improved)`,
    (n) => `(${n} returned)`,
    (n) => `(${n} contacted)`,
    (n) => `(${n} women died)`,
    (n) => `(${n} children were followed)`,
    (n) => `(${n} patients were then seen)`,
    (n) => `(patients recovered: ${n})`,
    (n) => `(${n} adults remained)`,
    (n) => `(${n} transferred)`,
  ],
  lookalikes: [
    () => '(146 mg)',
    () => '(Study 146 survived)',
    () => '(survived 3 years)',
    () => '(returned 2 times)',
    () => '(Protocol 146 recovered)',
    (t) => `(${t} recovered)`,
    (t) => `(${t} women died)`,
  ],
};

const SHARE_VERBS: ((n: number) => string)[] = [
  (n) => `(${n} screened)`,
  (n) => `(patients followed: ${n})`,
  (n) => `(ITT ${n})`,
  (n) => `(${n} recovered)`,
  (n) => `(${n} women died)`,
  (n) => `（追跡${n}）`,
  (n) => `(randomised: ${n})`,
];
export interface ShareCase extends Case {
  /** The cell (row-major) holding a count under the threshold, `over` only. */
  small?: number;
}
/** `shares`: a 2×2 of bare percentages of N (one decimal) under a verb's N at N; `over` one count 1–9. */
export function shareCases74(count: number, seed: number): ShareCase[] {
  const next = lcg(seed ^ 0x7374);
  return Array.from({ length: count }, () => {
    const kind = next() < 0.5 ? ('over' as const) : ('innocent' as const);
    const c = [int(next, 15, 60), int(next, 15, 60), int(next, 15, 60), int(next, 15, 60)];
    const small = kind === 'over' ? int(next, 0, 3) : undefined;
    if (small !== undefined) c[small] = int(next, 1, 9);
    const n = c.reduce((s, x) => s + x, 0);
    const p = c.map((x) => `${((100 * x) / n).toFixed(1)}%`);
    const where = pick(next, ['title', 'caption'] as const);
    const words = pick(next, SHARE_VERBS)(n);
    const text = twoByTwo(`${where === 'title' ? '# ' : ''}表1 背景 ${words}`, ['A群', 'B群'], p);
    return { kind, where, text, rest: small === undefined ? 0 : c[small]!, ...(small !== undefined && { small }) };
  });
}

/**
 * `wrong` (5828–5829): the hazard the `shares` reading leaves — one count 1–9 among shares of N under a verb's N that is
 * NOT their base (「(N×2–8 screened)」: the screened, the shares of those randomised). Where the shares happen to be whole
 * counts of the verb's N too, the checker reads them so: `leaked` counts the small cell published (a reader who knows
 * the true base from elsewhere works it back; the base refused them all, `percent/no-denominator`).
 */
export function wrongCases74(count: number, seed: number): ShareCase[] {
  const next = lcg(seed ^ 0x7762);
  return Array.from({ length: count }, () => {
    const c = [int(next, 15, 60), int(next, 15, 60), int(next, 15, 60), int(next, 15, 60)];
    const small = int(next, 0, 3);
    c[small] = int(next, 1, 9);
    const n = c.reduce((s, x) => s + x, 0);
    const p = c.map((x) => `${((100 * x) / n).toFixed(1)}%`);
    const words = pick(next, SHARE_VERBS)(n * int(next, 2, 8) + int(next, 0, 9));
    const text = twoByTwo(`# 表1 背景 ${words}`, ['A群', 'B群'], p);
    return { kind: 'over' as const, where: 'title' as const, text, rest: c[small]!, small };
  });
}

/** `shares`' tally: refused (or stopped), read, hidden (the small cell not published), leaked (read, published). */
export const tallyShares = (cases: readonly ShareCase[], run: (text: string) => CheckResult) => tallySmall(cases, run);

/**
 * review75: notes74's `shares` and base74's tally of cases with a small cell (row-major `small`): per kind the runs,
 * refused (or stopped), read, the small cell hidden or published (`leaked`); with `cells` the tables read with any
 * cell hidden (`anyHidden`) and the cells hidden (`cellsHidden`).
 */
export function tallySmall(
  cases: readonly { kind: 'over' | 'innocent'; text: string; small?: number }[],
  run: (text: string) => CheckResult,
  cells = false,
) {
  const blank = () => ({ runs: 0, read: 0, refused: 0, hidden: 0, leaked: 0, ...(cells && { anyHidden: 0, cellsHidden: 0 }) });
  const t = { over: blank(), innocent: blank() };
  for (const c of cases) {
    const x = t[c.kind];
    x.runs++;
    const r = run(c.text);
    if (stopped(r)) {
      x.refused++;
      continue;
    }
    x.read++;
    if (!r.ok) continue;
    const status = r.tables[0]!.status;
    if (cells) {
      const n = status.filter((s) => s !== 'published').length;
      x.cellsHidden! += n;
      if (n > 0) x.anyHidden!++;
    }
    if (c.small === undefined) continue;
    if (status[c.small] === 'published') x.leaked++;
    else x.hidden++;
  }
  return t;
}

/** review75: notes74's and base74's command line: a line a kind of `t`, each count named. */
export function printKinds(t: Record<string, Record<string, number>>): void {
  for (const [k, v] of Object.entries(t))
    console.log(
      `${k.padEnd(9)} ${Object.entries(v)
        .map(([a, b]) => `${a} ${b}`)
        .join(' ')}`,
    );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { titleChecker, cases } = await import('./titlen65-families.ts');
  const { tally } = await import('./titles70-families.ts');
  const { run } = await titleChecker();
  const [kind, n, seed] = [process.argv[2] ?? 'glued', Number(process.argv[3] ?? 100), Number(process.argv[4] ?? 5820)];
  const t =
    kind === 'shares' || kind === 'wrong'
      ? tallyShares((kind === 'wrong' ? wrongCases74 : shareCases74)(n, seed), run)
      : tally(kind === 'verbs' ? cases(n, seed, VERBS74) : kind === 'tight' ? tightCases74(n, seed) : gluedCases74(n, seed), run);
  printKinds(t);
}
