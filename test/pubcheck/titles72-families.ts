/**
 * titles72 (issue #11): a title's N read in one place only (read.ts) and verbs still read as plain numbers, seeded
 * (seeds 5700–5714).
 *
 * - `verbs` (titlen65-families.ts' generator with these words, 5700–5701): 「(146 died)」「(146 seen)」「（追跡146）」
 *   「(randomised: 146)」「(ITT 146)」「(FAS: 146)」「(146 deceased)」… at the table's total + 1–9 (`over`: never read
 *   silently — the base took them as numbers, `title/number`, the 4 left out published, or refused 「146 died」 as a
 *   count fitting no total) or at it / 10–40 above it (`innocent`, read), with look-alikes whose number is no N
 *   (「(Study 146 seen)」「(146 mg)」「(FY 2014)」「(seen 3 times)」). `years` (5702–5703): 「(randomised: 2014)」
 *   「(ITT 2014)」「(FAS = 2014)」 over a year-like total (the base: a year, `title/number`, silently).
 * - `overtotal` (5704–5705): an item line that is every other line's sum plus 1–9 in each position (「Alle」「Kaikki」
 *   … under no word of a total the checker knows) with the title stating that line's sum in words (「(73 participants)」
 *   「（73例）」「(73 screened)」): the base took 「N=73」 as evidence of a total (refused, `total/rest`) but read
 *   「(73 participants)」 as the line's own N, the line an item, its rests published (`over`: leaked when read with every
 *   cell published). `innocent`: the same line 10–40 above the others in each position (read, not refused).
 * - `notes` (5706–5707): a note under a 2×2 stating its N in these words, the mark glued or not (「※146 participants」
 *   「Note: 146 participants」「※146 died」「注：146名が参加」「※146 screened」) at the total + 1–9 (`over`: the base read
 *   「※146 participants」 as a note's number 146, silently) or at the total (`innocent`: read as the table's N; the base
 *   refused 「Note: 142 participants」 as a count, `line/count`).
 *
 *   npx node test/pubcheck/titles72-families.ts <verbs|years|overtotal|notes> <count> <seed>   (ROOT=<base> for the base)
 */
import { int, lcg, pick } from './helpers.ts';
import type { CheckResult } from '../../src/pubcheck/check.ts';
import { stopped, type Case, type Words } from './titlen65-families.ts';
import { tally } from './titles70-families.ts';

export const VERBS72: Words = {
  forms: [
    (n) => `(${n} died)`,
    (n) => `(${n} seen)`,
    (n) => `(${n} patients died)`,
    (n) => `(${n} deceased)`,
    (n) => `（追跡${n}）`,
    (n) => `（参加：${n}）`,
    (n) => `(randomised: ${n})`,
    (n) => `(ITT ${n})`,
    (n) => `(FAS: ${n})`,
    (n) => `(mITT = ${n})`,
    (n) => `(${n} identified)`,
    (n) => `(${n} referred)`,
  ],
  lookalikes: [
    () => '(Study 146 seen)',
    () => '(146 mg)',
    () => '(FY 2014)',
    () => '(seen 3 times)',
    () => '(Protocol 146 seen)',
    () => '(ITT population)',
    (t) => `(${t} died)`,
  ],
};

const YEAR72: ((n: number) => string)[] = [
  (n) => `(randomised: ${n})`,
  (n) => `(ITT ${n})`,
  (n) => `(FAS = ${n})`,
  (n) => `(safety population ${n})`,
  (n) => `(enrolled: ${n})`,
];
const YEAR_LOOKALIKES72: ((y: number) => string)[] = [
  (y) => `(FY ${y})`,
  (y) => `(randomised ${y})`,
  (y) => `(ITT, ${y}年度)`,
  (y) => `(in ${y})`,
];

/** `years`: a 2×2 with its 合計 lines over a year-like total (1950–2040). */
export function yearCases72(count: number, seed: number): Case[] {
  const next = lcg(seed ^ 0x7972);
  return Array.from({ length: count }, () => {
    const where = pick(next, ['title', 'caption', 'corner'] as const);
    const [a, b, c] = [int(next, 300, 700), int(next, 300, 700), int(next, 300, 600)];
    const total = int(next, 1950, 2040);
    const d = total - a - b - c;
    const body = (corner: string) =>
      `${corner}\t男\t女\t合計\n A群\t${a}\t${b}\t${a + b}\n B群\t${c}\t${d}\t${c + d}\n合計\t${a + c}\t${b + d}\t${total}\n`;
    const kind = next() < 0.5 ? ('over' as const) : ('innocent' as const);
    const rest = kind === 'over' ? int(next, 1, 9) : 0;
    const r = next();
    const words =
      kind === 'over'
        ? pick(next, YEAR72)(total + rest)
        : r < 0.3
          ? pick(next, YEAR72)(total)
          : r < 0.55
            ? pick(next, YEAR72)(total + int(next, 10, 40))
            : pick(next, YEAR_LOOKALIKES72)(total + int(next, 1, 9));
    const text =
      where === 'corner' ? body(`表1 ${words}`) : where === 'title' ? `# 表1 背景 ${words}\n${body('')}` : `表1 背景 ${words}\n${body('')}`;
    return { kind, where, text, rest };
  });
}

const TOTAL_WORDS = ['Alle', 'Kaikki', 'Semua', 'Todos', 'Kokku', 'Visi'];
const ITEMS = ['Fever', 'Cough', 'Rash', 'Nausea', 'Headache'];
const LINE_N: ((n: number) => string)[] = [
  (n) => `(${n} participants)`,
  (n) => `（${n}例）`,
  (n) => `(${n} patients)`,
  (n) => `(${n} screened)`,
  (n) => `（${n}名が参加）`,
  (n) => `(${n} died)`,
];
/** `overtotal`: items and a line under a word of no known total that is their sum + 1–9 (`over`) or 10–40 (`innocent`). */
export function overtotalCases(count: number, seed: number): Case[] {
  const next = lcg(seed ^ 0x6f74);
  return Array.from({ length: count }, () => {
    const kind = next() < 0.5 ? ('over' as const) : ('innocent' as const);
    const cols = int(next, 1, 2);
    const items = ITEMS.slice(0, int(next, 2, 3));
    const cells = items.map(() => Array.from({ length: cols }, () => int(next, 10, 60)));
    const rests = Array.from({ length: cols }, () => (kind === 'over' ? int(next, 1, 9) : int(next, 10, 40)));
    const line = rests.map((r, k) => r + cells.reduce((s, row) => s + row[k]!, 0));
    const n = line.reduce((s, x) => s + x, 0);
    const head = cols === 1 ? '\t人数' : '\tA群\tB群';
    const rows = [...items.map((l, i) => ` ${l}\t${cells[i]!.join('\t')}`), ` ${pick(next, TOTAL_WORDS)}\t${line.join('\t')}`];
    const where = pick(next, ['title', 'caption'] as const);
    const words = pick(next, LINE_N)(n);
    const text = `${where === 'title' ? '# ' : ''}表1 症状 ${words}\n${head}\n${rows.join('\n')}\n`;
    return { kind, where, text, rest: Math.min(...rests) };
  });
}

const NOTE_FORMS: ((n: number) => string)[] = [
  (n) => `※${n} participants`,
  (n) => `※${n} patients`,
  (n) => `※${n} died`,
  (n) => `※${n} screened`,
  (n) => `Note: ${n} participants`,
  (n) => `注：${n}名が参加`,
  (n) => `※ ${n} patients`,
  (n) => `* ${n} seen`,
];
/** `notes`: a 2×2 (titlen65's body, no 合計 lines) under a note stating its N in words at the total + 1–9 or at it. */
export function noteCases(count: number, seed: number): Case[] {
  const next = lcg(seed ^ 0x6e74);
  return Array.from({ length: count }, () => {
    const kind = next() < 0.5 ? ('over' as const) : ('innocent' as const);
    const c = [int(next, 10, 60), int(next, 10, 60), int(next, 10, 60), int(next, 10, 60)];
    const total = c.reduce((s, x) => s + x, 0);
    const rest = kind === 'over' ? int(next, 1, 9) : 0;
    const labels = pick(next, [
      ['A群', 'B群'],
      ['心疾患', 'がん'],
    ]);
    const text = `# 表1 背景\n\t男\t女\n ${labels[0]}\t${c[0]}\t${c[1]}\n ${labels[1]}\t${c[2]}\t${c[3]}\n${pick(next, NOTE_FORMS)(total + rest)}\n`;
    return { kind, where: 'caption', text, rest };
  });
}

/** `overtotal`'s tally: `over` read with every cell published is leaked (the line less the others gives the rests). */
export function tallyOvertotal(cases: readonly Case[], run: (text: string) => CheckResult) {
  const t = { over: { runs: 0, read: 0, refused: 0, leaked: 0 }, innocent: { runs: 0, read: 0, refused: 0, leaked: 0 } };
  for (const c of cases) {
    const x = t[c.kind];
    x.runs++;
    const r = run(c.text);
    if (!r.ok) {
      x.refused++;
      continue;
    }
    x.read++;
    const open = r.tables.every((y) => y.status.every((s) => s === 'published'));
    if (c.kind === 'over' && open && !stopped(r)) x.leaked++;
  }
  return t;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { titleChecker, cases } = await import('./titlen65-families.ts');
  const { run } = await titleChecker();
  const [kind, n, seed] = [process.argv[2] ?? 'verbs', Number(process.argv[3] ?? 100), Number(process.argv[4] ?? 5700)];
  const t =
    kind === 'overtotal'
      ? tallyOvertotal(overtotalCases(n, seed), run)
      : tally(kind === 'years' ? yearCases72(n, seed) : kind === 'notes' ? noteCases(n, seed) : cases(n, seed, VERBS72), run);
  for (const [k, v] of Object.entries(t))
    console.log(`${k.padEnd(9)} runs ${v.runs} read ${v.read} refused ${v.refused} leaked ${v.leaked}`);
}
