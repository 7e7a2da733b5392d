/**
 * totals13 (issue #11): seeded families for a total whose word is in no list of header.ts, written in the script of
 * the other lines (「Visi」 over 「Fever」「Cough」, 「Kõik」 over 「Grade 1」「Grade 2」), and for what refusing it costs.
 *
 * - `sameScriptTotals`: a count table whose total line is its items' sum plus patients the table does not print (a rest
 *   1–9 in one position at least, 0–9 elsewhere; in one table in three, one position's rest 10–40), labelled by a
 *   common word for 「all」 in a language the checker has no word of (`SAME_SCRIPT_TOTALS`; none in header.ts, none in
 *   totals12's `UNLISTED_TOTALS`), over items in Latin letters: English symptoms, a numbered series (「Grade 1」…), a
 *   series sharing a word (「Stage I」「Stage II」…), or a numbered series among Japanese categories (attack32's mix).
 *   1–4 positions, 1–5 items, the line first, last or (one in five) between them, a row or a column, TSV, CSV or
 *   Markdown. Built as attack32's `Case`: the attacker (`attackCase`) knows every equation that truly holds.
 * - `ordinaryLatin`: count tables with no total, labelled by Latin words in no list (symptoms, cities, drugs; a
 *   series with one word of its own: 「Grade 1」… 「Ungraded」, 「Stage I」… 「Unstaged」), 1–4 columns, 2–6 rows,
 *   counts 0–40, one in three with a line of 10–80 anywhere: the worst case for totals13's rules (every label reaches
 *   them); a refusal here is a chance refusal.
 *
 * Run as a script, it prints how the checker under `ROOT` (this tree unless said) reads them:
 * `ROOT=<tree> npx node test/pubcheck/totals13-families.ts 200 901`.
 */
import { lcg, int, pick } from './helpers.ts';
import { written, type Shape } from './attack26-families.ts';
import type { Case, PTable } from './attack32-families.ts';

/**
 * 「All」 (everyone, all of them) in languages of which header.ts has no word: Lithuanian, Estonian, Romanian,
 * Hungarian's 「everyone」, Polish's feminine 「all」, Croatian's masculine, Uzbek, Tagalog, Swahili, Icelandic's
 * masculine, Spanish's feminine, Catalan, Basque, Vietnamese. Common words of each language, not words of a table.
 */
export const SAME_SCRIPT_TOTALS = [
  'Visi',
  'Kõik',
  'Toți',
  'Mindenki',
  'Wszystkie',
  'Svi',
  'Barcha',
  'Lahat',
  'Zote',
  'Allir',
  'Todas',
  'Tots',
  'Guztiak',
  'Tất cả',
];
const SYMPTOMS = ['Fever', 'Cough', 'Headache', 'Nausea', 'Rash', 'Fatigue'];
const GRADES = ['Grade 1', 'Grade 2', 'Grade 3', 'Grade 4', 'Grade 5'];
const STAGES = ['Stage I', 'Stage II', 'Stage III', 'Stage IV', 'Stage V'];
const MIXED = ['Grade 1', '男性', 'Grade 2', '女性', '40代', 'Grade 3', '内科'];
const GROUPS = ['A群', 'B群', 'C群', 'D群'];

export type ItemKind = 'symptoms' | 'grades' | 'stages' | 'mixed';
export interface SameScriptTotal {
  c: Case;
  label: string;
  items: ItemKind;
  positions: number;
  mixed: boolean;
  /** Every small rest falls where the items hold none: the rest is the line's own printed cell. */
  own: boolean;
}

const transpose = (g: readonly (readonly string[])[]) => g[0]!.map((_, c) => g.map((l) => l[c]!));

/** Seeded tables with a total line over its items by a few unprinted patients (see the file's comment). */
export function sameScriptTotals(count: number, seed: number): SameScriptTotal[] {
  const next = lcg(seed);
  return Array.from({ length: count }, () => {
    const items = pick(next, ['symptoms', 'grades', 'stages', 'mixed'] as const);
    const pool = items === 'symptoms' ? SYMPTOMS : items === 'grades' ? GRADES : items === 'stages' ? STAGES : MIXED;
    const nItems = int(next, items === 'symptoms' ? 1 : 2, 5);
    const nPositions = int(next, 1, 4);
    const rows = pool.slice(0, nItems);
    const cols = GROUPS.slice(0, nPositions);
    const fine: number[] = [];
    const add = (v: number) => fine.push(v) - 1;
    const cells = rows.map(() => cols.map(() => add(next() < 0.1 ? 0 : next() < 0.25 ? int(next, 1, 9) : int(next, 10, 60))));
    const mixed = nPositions >= 2 && next() < 1 / 3;
    const large = mixed ? int(next, 0, nPositions - 1) : -1;
    const restValues = cols.map((_, k) => (k === large ? int(next, 10, 40) : next() < 0.3 ? 0 : int(next, 1, 9)));
    const smallAt = restValues.flatMap((d, k) => (d < 10 ? [k] : []));
    if (!restValues.some((d) => d > 0 && d < 10)) restValues[pick(next, smallAt)] = int(next, 1, 9);
    const rests = restValues.map(add);
    const label = pick(next, SAME_SCRIPT_TOTALS);
    const where = nItems >= 2 && next() < 0.2 ? 'middle' : next() < 0.5 ? 'first' : 'last';
    const at = where === 'first' ? 0 : where === 'last' ? nItems : int(next, 1, nItems - 1);
    const lines: { label: string; cells: number[][] }[] = rows.map((r, i) => ({ label: r, cells: cells[i]!.map((v) => [v]) }));
    lines.splice(at, 0, { label, cells: cols.map((_, k) => [...cells.map((r) => r[k]!), rests[k]!]) });
    const value = (e: number[]) => e.reduce((s, v) => s + fine[v]!, 0);
    const byRows = next() < 0.6;
    let t: PTable = {
      rows: lines.map((l) => l.label),
      cols,
      cells: lines.map((l) => l.cells.map((e) => ({ text: String(value(e)), count: e }))),
      stated: [],
    };
    if (!byRows) t = { rows: t.cols, cols: t.rows, cells: t.cols.map((_, j) => t.cells.map((r) => r[j]!)), stated: [] };
    const grid = [['', ...t.cols], ...t.rows.map((r, i) => [r, ...t.cells[i]!.map((x) => x.text)])];
    const shape: Shape = pick(next, ['tsv', 'csv', 'md'] as const);
    const itemSums = cols.map((_, k) => cells.reduce((s, r) => s + fine[r[k]!]!, 0));
    return {
      c: { family: `totals13/${items}`, text: written(grid, shape), fine, tables: [t], rests },
      label,
      items,
      positions: nPositions,
      mixed,
      own: restValues.every((d, k) => d === 0 || d >= 10 || itemSums[k] === 0),
    };
  });
}

const LATIN_SETS: readonly (readonly string[])[] = [
  SYMPTOMS,
  ['Tokyo', 'Osaka', 'Nagoya', 'Sapporo', 'Fukuoka', 'Sendai'],
  ['Warfarin', 'Apixaban', 'Rivaroxaban', 'Edoxaban', 'Dabigatran', 'Heparin'],
  ['Hepatitis', 'Pancreatitis', 'Nephritis', 'Pneumonia', 'Sepsis', 'Anaemia'],
  ['Grade 1', 'Grade 2', 'Grade 3', 'Grade 4', 'Grade 5'],
  ['Stage I', 'Stage II', 'Stage III', 'Stage IV', 'Stage V'],
];
/** A series' own word for a line that is none of its members. */
const OWN_WORD = new Map([
  ['Grade 1', 'Ungraded'],
  ['Stage I', 'Unstaged'],
]);
const COLS: readonly (readonly string[])[] = [
  ['A群', 'B群', 'C群', 'D群'],
  ['Group A', 'Group B', 'Group C', 'Group D'],
  ['2021', '2022', '2023', '2024'],
];

/** Seeded count tables with no total, labelled by Latin words in no list (see the file's comment). */
export function ordinaryLatin(count: number, seed: number): string[] {
  const next = lcg(seed);
  return Array.from({ length: count }, () => {
    const cols = pick(next, COLS).slice(0, int(next, 1, 4));
    const set = pick(next, LATIN_SETS);
    const n = int(next, 2, 6);
    // A series' own word (「Ungraded」「Unstaged」) among its first members, one table in two.
    const own = OWN_WORD.get(set[0]!);
    const rows = own !== undefined && next() < 0.5 ? [...set.slice(0, n - 1), own] : set.slice(0, n);
    const dominant = next() < 1 / 3 ? int(next, 0, rows.length - 1) : -1;
    const cells = rows.map((_, i) => cols.map(() => (i === dominant ? int(next, 10, 80) : int(next, 0, 40))));
    const grid = [['', ...cols], ...rows.map((r, i) => [r, ...cells[i]!.map(String)])];
    return written(next() < 0.3 ? transpose(grid) : grid, pick(next, ['tsv', 'csv', 'md'] as const));
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = process.env.ROOT ?? new URL('../..', import.meta.url).pathname;
  const { check } = await import(`${root}/src/pubcheck/check.ts`);
  const { fixtureBundle, solver } = await import(`${root}/test/pubcheck/helpers.ts`);
  const { attackCase } = await import('./attack32-families.ts');
  const highs = await solver();
  const bundle = fixtureBundle();
  const [count, seed] = [Number(process.argv[2] ?? 200), Number(process.argv[3] ?? 901)];
  const tally = new Map<string, number>();
  const add = (k: string) => tally.set(k, (tally.get(k) ?? 0) + 1);
  const run = (text: string) => check(highs, bundle, text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });
  for (const t of sameScriptTotals(count, seed)) {
    const r = run(t.c.text);
    const shape = `${t.items}, ${t.positions === 1 ? 'one position' : t.mixed ? 'mixed' : 'positions ≥ 2'}`;
    if (!r.ok) {
      add(`total (${shape}): refused`);
      continue;
    }
    const tr = r.tables[0];
    const cols = tr.table.cols.length;
    const hidden = (_: number, i: number, j: number) => tr.status[i * cols + j] !== 'published';
    const found = attackCase(highs, t.c, hidden);
    add(`total (${shape}): ${found.length > 0 ? 'leaked' : 'read, nothing recovered'}`);
    if (process.env.SHOW && found.length > 0) console.log(t.c.text);
  }
  for (const text of ordinaryLatin(count * 5, seed)) {
    const r = run(text);
    add(`ordinary: ${r.ok ? 'read' : `refused ${[...new Set(r.errors.map((e: { code: string }) => e.code))].sort().join('+')}`}`);
    if (process.env.SHOW && !r.ok) console.log(text);
  }
  for (const [k, n] of [...tally].sort()) console.log(`${n}\t${k}`);
}
