/**
 * totals12 (issue #11): seeded families for totals the checker read as items where the numbers alone are not enough
 * (overtotal.ts `evidence`), and for what its refusals cost by chance.
 *
 * - `smallTotals`: a count table in the shapes where attack26's rule by the numbers alone does not refuse — one column
 *   (2–5 items), two columns beside two items, or a line over one other in two columns — with a total line that is
 *   the items' sum plus patients the table does not print (0–9 in each position, 1–9 in one at least), labelled by a
 *   word in no list of header.ts (「Toplam hasta」「Jami」「Celkem pacientů」「Totalt antal」「Total a」), by marks alone
 *   (「- -」「†」「**」「＜＞」), by a word in no list even now (`UNLISTED_TOTALS`), by the whole group alone (「Patients」「Cases」「Subjects」「症例」), or under a label of
 *   no total word with the header's or the title's N equal to it; a row or a column, first or last (or in the middle,
 *   one in five), as TSV, CSV, Markdown or HTML. A reader who takes it for the total has the rest.
 * - `chanceTables`: ordinary count tables with no total (1–4 columns, 2–6 rows, counts 0–40, one table in three with a
 *   category outnumbering the others), their labels Japanese, English categories, English clinical terms, codes or
 *   numbered: what `total/rest` refuses by chance.
 *
 * Run as a script, it prints how the checker under `ROOT` (this tree unless said) reads them:
 * `ROOT=<tree> npx node test/pubcheck/totals12-families.ts 200 721`.
 */
import { checkerOfRoot, codesOf, int, lcg, pick } from './helpers.ts';
import { written, type Shape } from './attack26-families.ts';

/**
 * Words for the total in no list of header.ts at c9d7a3c, or a total word then a word it does not read (the brief's
 * five, then words totals12 adds to header.ts `TOTAL`).
 */
export const UNREAD_TOTALS = [
  'Toplam hasta',
  'Jami',
  'Celkem pacientů',
  'Totalt antal',
  'Total a',
  'Gesamt Patienten',
  'Totale pazienti',
  'Summa',
  'Kokku',
  'Ukupno',
  'Samtals',
];
/** Words for the total (or 「all」) in no list of header.ts even now: read by the rest of the table only. */
export const UNLISTED_TOTALS = ['Alls', 'Kaikki', 'Hepsi', 'Semua', 'Sve', 'Wszyscy', 'Všichni', 'Итог', 'Tutto'];
export const MARK_TOTALS = ['- -', '†', '**', '＜＞', '―', '＊＊'];
export const GROUP_TOTALS = ['Patients', 'Cases', 'Subjects', '症例', 'Participants'];
const GROUPS = ['A群', 'B群', 'C群', 'D群'];
const ITEMS = ['発熱', '頭痛', '悪心', '発疹', '下痢'];
const EN_ITEMS = ['Fever', 'Headache', 'Nausea', 'Rash', 'Diarrhoea'];

export interface SmallTotal {
  text: string;
  label: string;
  kind: 'unread' | 'unlisted' | 'marks' | 'group' | 'stated';
  axis: 'rows' | 'cols';
  where: 'first' | 'middle' | 'last';
  rests: number[];
  /** Each position's items summed: where a rest falls only over items holding none, it is the line's own cell. */
  itemSums: number[];
  shape: Shape;
}

/** Seeded small tables with a total line over its items by a few unprinted patients (see the file's comment). */
export function smallTotals(count: number, seed: number): SmallTotal[] {
  const next = lcg(seed);
  return Array.from({ length: count }, () => {
    const form = pick(next, ['one column', 'two beside two', 'one other'] as const);
    const kind = pick(next, ['unread', 'unlisted', 'marks', 'group', 'stated'] as const);
    const english = next() < 0.5;
    const names = english ? EN_ITEMS : ITEMS;
    // The line's axis holds the items; across it, the positions (one or two groups).
    const [nItems, nPositions] = form === 'one column' ? [int(next, 2, 5), 1] : form === 'two beside two' ? [2, 2] : [1, 2];
    const items = names.slice(0, nItems);
    const positions = GROUPS.slice(0, nPositions);
    const cells = items.map(() => positions.map(() => (next() < 0.1 ? 0 : next() < 0.25 ? int(next, 1, 9) : int(next, 10, 60))));
    const rests = positions.map(() => (next() < 0.3 ? 0 : int(next, 1, 9)));
    if (!rests.some((d) => d > 0)) rests[int(next, 0, nPositions - 1)] = int(next, 1, 9);
    const totals = positions.map((_, k) => cells.reduce((s, r) => s + r[k]!, 0) + rests[k]!);
    const label =
      kind === 'unread'
        ? pick(next, UNREAD_TOTALS)
        : kind === 'unlisted'
          ? pick(next, UNLISTED_TOTALS)
          : kind === 'marks'
            ? pick(next, MARK_TOTALS)
            : kind === 'group'
              ? pick(next, GROUP_TOTALS)
              : pick(next, UNLISTED_TOTALS);
    const where = nItems >= 2 && next() < 0.2 ? ('middle' as const) : next() < 0.5 ? ('first' as const) : ('last' as const);
    const axis = next() < 0.6 ? ('rows' as const) : ('cols' as const);
    const shape = pick(next, ['tsv', 'csv', 'md', 'html'] as const);
    const at = where === 'first' ? 0 : where === 'last' ? nItems : int(next, 1, nItems - 1);
    const lines = [...items.map((it, i) => [it, ...cells[i]!.map(String)])];
    lines.splice(at, 0, [label, ...totals.map(String)]);
    // The N stated: in each position's header (「A群 (N=63)」), or the title's where there is one position.
    const stated = kind === 'stated' && (nPositions === 1 ? next() < 0.5 : true);
    const head = ['', ...positions.map((g, k) => (stated ? `${g} (N=${totals[k]})` : g))];
    const title = kind === 'stated' && !stated ? [`表1 (N=${totals[0]})`] : [];
    let grid: string[][] = [head, ...lines];
    if (axis === 'cols') grid = grid[0]!.map((_, c) => grid.map((l) => l[c]!));
    const body = written(grid, shape);
    return {
      text: title.length > 0 ? (shape === 'html' ? `<p>${title[0]}</p>\n${body}` : `# ${title[0]}\n${body}`) : body,
      label,
      kind,
      axis,
      where,
      rests,
      itemSums: positions.map((_, k) => cells.reduce((s, r) => s + r[k]!, 0)),
      shape,
    };
  });
}

const LABEL_SETS: readonly (readonly string[])[] = [
  ['なし', 'あり', '不明', 'その他', '未回答', '該当せず'],
  ['発熱', '頭痛', '悪心', '発疹', '下痢', 'めまい'],
  ['No', 'Yes', 'Unknown', 'Other', 'Missing', 'Not applicable'],
  ['Male', 'Female', 'Other', 'Unknown', 'Not stated', 'Missing'],
  ['Diabetes', 'Hypertension', 'Stroke', 'Cancer', 'Asthma', 'Dementia'],
  ['Hepatitis', 'Pancreatitis', 'Nephritis', 'Pneumonia', 'Sepsis', 'Anaemia'],
  ['Never', 'Former', 'Current', 'Unknown', 'Missing', 'Other'],
  ['A', 'B', 'C', 'D', 'E', 'F'],
  ['Grade 1', 'Grade 2', 'Grade 3', 'Grade 4', 'Grade 5', 'Unknown'],
  ['Tokyo', 'Osaka', 'Nagoya', 'Sapporo', 'Fukuoka', 'Sendai'],
  ['Warfarin', 'Apixaban', 'Rivaroxaban', 'Edoxaban', 'Dabigatran', 'Heparin'],
];
const COLS: readonly (readonly string[])[] = [
  ['A群', 'B群', 'C群', 'D群'],
  ['Group A', 'Group B', 'Group C', 'Group D'],
  ['2021', '2022', '2023', '2024'],
];

/** Seeded count tables with no total (see the file's comment). */
export function chanceTables(count: number, seed: number): string[] {
  const next = lcg(seed);
  return Array.from({ length: count }, () => {
    const cols = pick(next, COLS).slice(0, int(next, 1, 4));
    const rows = pick(next, LABEL_SETS).slice(0, int(next, 2, 6));
    const dominant = next() < 1 / 3;
    const cells = rows.map((_, i) => cols.map(() => (dominant && i === 0 ? int(next, 10, 80) : int(next, 0, 40))));
    const grid = [['', ...cols], ...rows.map((r, i) => [r, ...cells[i]!.map(String)])];
    return written(next() < 0.3 ? grid[0]!.map((_, c) => grid.map((l) => l[c]!)) : grid, pick(next, ['tsv', 'csv', 'md'] as const));
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { check, highs, bundle } = await checkerOfRoot();
  const [count, seed] = [Number(process.argv[2] ?? 200), Number(process.argv[3] ?? 721)];
  const tally = new Map<string, number>();
  const add = (k: string) => tally.set(k, (tally.get(k) ?? 0) + 1);
  const run = (text: string) => check(highs, bundle, text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });
  for (const t of smallTotals(count, seed)) {
    const r = run(t.text);
    // Leaked: read, exit 0 or 1, with the rest neither flagged (a primary header) nor refused.
    const flagged = r.ok && r.tables.some((x) => x.primary.headers.length > 0);
    add(`small total (${t.kind}): ${r.ok ? (flagged ? 'read, rest flagged' : 'leaked (read as an item)') : `refused ${codesOf(r)}`}`);
  }
  for (const text of chanceTables(count * 5, seed)) {
    const r = run(text);
    add(`chance: ${r.ok ? 'read' : `refused ${codesOf(r)}`}`);
  }
  for (const [k, n] of [...tally].sort()) console.log(`${n}\t${k}`);
}
