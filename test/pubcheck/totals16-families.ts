/**
 * totals16 (issue #11): a line the checker reads as a total and as an item at once (overtotal.ts `readBoth`, totals14
 * and totals15) beside the table's N in the title or the corner (「# 表1 (N=58)」, a corner 「N=58」). On d8f82c6 such a
 * line was refused as undecidable (`total/rest`): the N summed every top-level line, the rest of ours among them. Now
 * the N counts the printed lines (the item reading: table.ts `bases`, sums.ts `grandSum`, rests.ts leave the rest of
 * ours out), and what the N leaves out of the line read as the total (N less the line) is checked apart (primary.ts
 * `leftOutOfBoth`): under the threshold, a finding to fix (the table is not passed).
 *
 * Each table: 2–4 item rows (Latin or Japanese labels), 1–3 columns, a line 「Semua」「Alls」… (a word in no list of
 * header.ts) first or last over the items by 1–9 patients in one position at least, and an N:
 * - `total-small`: N = the line's sum + 1–9 (a total reader has 1–9 patients left out of the table);
 * - `total-large`: N = the line's sum + 10–40;
 * - `item-exact`: N = every printed line's sum (the item reading's whole table);
 * - `item-small`: N = every printed line's sum + 1–9 (the item reader has 1–9 left out);
 * - `below`: N between the line's sum + 10 and every printed line's sum − 1 (several answers to the item reader).
 *
 * Judged apart from the engine under both readings: as a total, the integer attacker over the truth (line = others +
 * rest ≥ 0, totals15-families.ts `rangesAsTotal`) and N less the line; as an item, the independent oracle over the
 * printed table with its title and corner (oracle.ts reads the N as the sum of the cells it equals) and N less every
 * line. A count of 1–9 given back unflagged (no finding on the N, `primary.headers`) is a leak.
 *
 * Run as a script: `ROOT=<tree> npx node test/pubcheck/totals16-families.ts <n> <seed> [threshold|not-exact]`.
 */
import type { Highs } from 'highs';
import { attack } from './oracle.ts';
import { T } from './attack32-families.ts';
import { checkerOfRoot, codesOf, int, lcg, pick } from './helpers.ts';
import { hiddenPrinted, printed, keyTally, type Read } from './totals14-families.ts';
import { leaks, rangesAsTotal, rangesAsTotalsByOracle, type Found, type Protection } from './totals15-families.ts';

export type NKind = 'total-small' | 'total-large' | 'item-exact' | 'item-small' | 'below';
export interface TitleNTotal {
  text: string;
  label: string;
  kind: NKind;
  where: 'title' | 'corner';
  n: number;
  /** The line's sum (the total reader's table) and every printed line's sum (the item reader's). */
  lineSum: number;
  allSum: number;
}

const LABELS = ['Semua', 'Alls', 'Kaikki', 'Hepsi', 'Tutto', 'Wszyscy'];
const EN_ITEMS = ['Fever', 'Headache', 'Nausea', 'Rash', 'Diarrhoea'];
const ITEMS = ['発熱', '頭痛', '悪心', '発疹', '下痢'];
const GROUPS = ['A群', 'B群', 'C群'];
const KINDS: NKind[] = ['total-small', 'total-large', 'item-exact', 'item-small', 'below'];

/** Seeded tables with a line read both ways under the table's N (see the file's comment). */
export function titleNTotals(count: number, seed: number): TitleNTotal[] {
  const next = lcg(seed);
  const out: TitleNTotal[] = [];
  while (out.length < count) {
    const kind = KINDS[out.length % KINDS.length]!;
    const k = int(next, 2, 4);
    const m = int(next, 1, 3);
    const names = (next() < 0.5 ? EN_ITEMS : ITEMS).slice(0, k);
    const cols = GROUPS.slice(0, m);
    const items = names.map(() => cols.map(() => (next() < 0.3 ? int(next, 1, 9) : int(next, 10, 40))));
    // The line's rest per position: 1–9 in one position at least, 0–9 or 10–20 elsewhere.
    const small = int(next, 0, m - 1);
    const rests = cols.map((_, c) => (c === small ? int(next, 1, 9) : next() < 0.5 ? int(next, 0, 9) : int(next, 10, 20)));
    const line = cols.map((_, c) => items.reduce((s, r) => s + r[c]!, 0) + rests[c]!);
    const label = pick(next, LABELS);
    const first = next() < 0.5;
    const rows = first ? [[label, ...line]] : [];
    names.forEach((nm, i) => rows.push([nm, ...items[i]!]));
    if (!first) rows.push([label, ...line]);
    const lineSum = line.reduce((a, b) => a + b, 0);
    const allSum = lineSum + items.flat().reduce((a, b) => a + b, 0);
    const n =
      kind === 'total-small'
        ? lineSum + int(next, 1, 9)
        : kind === 'total-large'
          ? lineSum + int(next, 10, 40)
          : kind === 'item-exact'
            ? allSum
            : kind === 'item-small'
              ? allSum + int(next, 1, 9)
              : int(next, lineSum + 10, Math.max(lineSum + 10, allSum - 1));
    if (n >= allSum && kind === 'below') continue;
    const where = next() < 0.5 ? 'title' : 'corner';
    const head = [where === 'corner' ? `N=${n}` : '', ...cols].join('\t');
    const text = `${where === 'title' ? `# 表1 副作用 (N=${n})\n` : ''}${[head, ...rows.map((r) => r.join('\t'))].join('\n')}\n`;
    out.push({ text, label, kind, where, n, lineSum, allSum });
  }
  return out;
}

/**
 * Item reading: the oracle over the printed table with its title and corner; each hidden count of 1–9 and its range.
 * `disjointParts`: an equality the numbers show among lines with hidden cells (「頭痛 18」 = 「発熱 13」 + 「発疹 5」, 発疹
 * hidden) is not taken (oracle.ts), as the checker takes none where no label says so.
 */
export function itemRangesTitled(highs: Highs, r: Read, t: TitleNTotal, disjointParts = false): Found[] {
  const { rows, cols, n, hidden } = printed(r);
  const text =
    (t.where === 'title' ? `# 表1 副作用 (N=${t.n})\n` : '') +
    [
      [t.where === 'corner' ? `N=${t.n}` : '', ...cols.map((j) => r.table.cols[j]!.label)].join('\t'),
      ...rows.map((i) => [r.table.rows[i]!.label, ...cols.map((j) => String(n(i, j)))].join('\t')),
    ].join('\n');
  const keys = new Set<string>();
  rows.forEach((i, a) => cols.forEach((j, b) => hidden(i, j) && keys.add(`0:${a}:${b}`)));
  if (keys.size === 0) return [];
  const out: Found[] = [];
  for (const [key, range] of attack(highs, `${text}\n`, keys, { zeroExempt: true, disjointParts })) {
    const [, a, b] = key.split(':').map(Number);
    const value = n(rows[a!]!, cols[b!]!);
    if (value >= 1 && value < T) out.push({ value, lo: range.lo, hi: range.hi ?? Infinity });
  }
  return out;
}

/** A check's result as the judge reads it: refused, or read with each table's findings on its N. */
type Result = { ok: false; errors: { code: string }[] } | { ok: true; tables: unknown[]; warnings: { code: string; message: string }[] };

/**
 * One table judged under both readings (see the file's comment): 'refused', 'blocked' (read, a finding on the N to
 * fix), 'leaked as a total', 'leaked as an item' or 'read, none leaked'; whether read both ways.
 */
export function judgeTitleN(highs: Highs, r: Result, t: TitleNTotal, protection: Protection): { what: string; both: boolean } {
  if (!r.ok) return { what: 'refused', both: false };
  const tr = r.tables[0] as Read & { primary: { headers: unknown[] } };
  const both = r.warnings.some((w) => w.code === 'total/both-readings' && w.message.includes(`「${t.label}」`));
  const flagged = tr.primary.headers.length > 0;
  // N less the line (the total reader's left out) and N less every line (the item reader's): 1–9 unflagged leaks.
  const restN = t.n - t.lineSum;
  const restItem = t.n - t.allSum;
  const total = rangesAsTotal(highs, tr, 'rows', t.label);
  const asTotal = (total ?? []).some((f) => leaks(f, protection)) || (restN >= 1 && restN < T && !flagged);
  // The item reading's N rest unflagged where the checker reads a sum found by arithmetic (「頭痛 29」 = 18 + 2 + 9: the
  // top level is then the sum and the line, N less them not small) is said apart: main does the same for the table
  // with the line marked 「[項目]」 (no line read both ways), no case of this class.
  const sumFound = (tr.table as { sums?: { alternative?: true }[] }).sums?.some((x) => !x.alternative) === true;
  const itemRest = restItem >= 1 && restItem < T && !flagged;
  const asItem = (itemRest && !sumFound) || itemRangesTitled(highs, tr, t, true).some((f) => leaks(f, protection));
  // The oracle's coincidences (an unlabelled equality on hidden cells' true values) said apart.
  const byChance = !asItem && itemRangesTitled(highs, tr, t).some((f) => leaks(f, protection));
  return {
    what: asTotal
      ? 'leaked as a total'
      : asItem
        ? 'leaked as an item'
        : itemRest
          ? 'N less every line unflagged beside a sum found (as main for an item)'
          : byChance
            ? 'leaked as an item by a coincidence only'
            : flagged
              ? 'blocked (a finding on the N)'
              : 'read, none leaked',
    both,
  };
}

export type CornerKind = 'both-small' | 'both-large' | 'row-small' | 'item-exact';
export interface CornerNTotal {
  text: string;
  row: string;
  col: string;
  kind: CornerKind;
  n: number;
  /** N less each whole a reader may take: both lines totals, the row, the column, every printed cell. */
  wholes: number[];
}
const CORNER_KINDS: CornerKind[] = ['both-small', 'both-large', 'row-small', 'item-exact'];

/**
 * totals16: a row and a column both read both ways (their rests' rest ≥ 0, `cornerOf`) under the title's N: 2–3 item
 * rows and columns, the row over the items by an unprinted rest per column (1–9 in one at least), the column alike, the
 * common cell their sum plus 0–9 more; N over the common cell by 1–9 or 10–40, over the row's sum by 1–9, or every
 * printed cell's sum.
 */
export function cornerNTotals(count: number, seed: number): CornerNTotal[] {
  const next = lcg(seed);
  return Array.from({ length: count }, (_, k) => {
    const kind = CORNER_KINDS[k % CORNER_KINDS.length]!;
    const names = EN_ITEMS.slice(0, int(next, 2, 3));
    const cols = GROUPS.slice(0, int(next, 2, 3));
    const items = names.map(() => cols.map(() => int(next, 5, 40)));
    const u = cols.map((_, c) => (c === 0 ? int(next, 1, 9) : int(next, 0, 15)));
    const v = names.map((_, r) => (r === 0 ? int(next, 1, 9) : int(next, 0, 15)));
    const rowLine = cols.map((_, c) => items.reduce((s, x) => s + x[c]!, 0) + u[c]!);
    const colLine = names.map((_, r) => items[r]!.reduce((a, b) => a + b, 0) + v[r]!);
    const corner = rowLine.reduce((a, b) => a + b, 0) + v.reduce((a, b) => a + b, 0) + int(next, 0, 9);
    const [row, col] = [pick(next, ['Semua', 'Kaikki', 'Hepsi']), pick(next, ['Alls', 'Tutto', 'Wszyscy'])];
    const rowSum = rowLine.reduce((a, b) => a + b, 0) + corner;
    const colSum = colLine.reduce((a, b) => a + b, 0) + corner;
    const all = items.flat().reduce((a, b) => a + b, 0) + rowSum + colLine.reduce((a, b) => a + b, 0);
    const n =
      kind === 'both-small'
        ? corner + int(next, 1, 9)
        : kind === 'both-large'
          ? corner + int(next, 10, 40)
          : kind === 'row-small'
            ? rowSum + int(next, 1, 9)
            : all;
    const lines = [
      ['', ...cols, col].join('\t'),
      ...names.map((nm, r) => [nm, ...items[r]!, colLine[r]!].join('\t')),
      [row, ...rowLine, corner].join('\t'),
    ];
    return {
      text: `# 表1 副作用 (N=${n})\n${lines.join('\n')}\n`,
      row,
      col,
      kind,
      n,
      wholes: [corner, rowSum, colSum, all].map((w) => n - w),
    };
  });
}

/** A row and a column both under the N judged (see `cornerNTotals`): as `judgeTitleN`, under the four readings. */
export function judgeCornerN(highs: Highs, r: Result, t: CornerNTotal, protection: Protection): string {
  if (!r.ok) return 'refused';
  const tr = r.tables[0] as Read & { primary: { headers: unknown[] } };
  const flagged = tr.primary.headers.length > 0;
  if (t.wholes.some((d) => d >= 1 && d < T) && !flagged) return 'leaked (an N left out unflagged)';
  const asTotals = [
    rangesAsTotal(highs, tr, 'rows', t.row),
    rangesAsTotal(highs, tr, 'cols', t.col),
    rangesAsTotalsByOracle(highs, tr, [{ axis: 'rows', label: t.row }]),
    rangesAsTotalsByOracle(highs, tr, [{ axis: 'cols', label: t.col }]),
    rangesAsTotalsByOracle(highs, tr, [
      { axis: 'rows', label: t.row },
      { axis: 'cols', label: t.col },
    ]),
  ];
  if (asTotals.some((fs) => (fs ?? []).some((f) => leaks(f, protection)))) return 'leaked as totals';
  const titled: TitleNTotal = { text: t.text, label: t.row, kind: 'item-exact', where: 'title', n: t.n, lineSum: 0, allSum: 0 };
  if (itemRangesTitled(highs, tr, titled, true).some((f) => leaks(f, protection))) return 'leaked as items';
  const both = r.warnings.filter((w) => w.code === 'total/both-readings').length;
  return `read both ways (${both} lines)${flagged ? ', a finding on the N' : ''}`;
}

const ORDINARY_ROWS = [EN_ITEMS, ITEMS, ['Male', 'Female', 'Unknown'], ['Mild', 'Moderate', 'Severe', 'Unknown']];

/**
 * Ordinary count tables with the table's N in the title (chance): 2–5 rows (a dominant first row a third of the time,
 * as totals12's `chanceTables`), 1–3 columns, N the sum of every cell (half) or that sum + 0–30 (patients not counted).
 */
export function titledOrdinary(count: number, seed: number): string[] {
  const next = lcg(seed);
  return Array.from({ length: count }, () => {
    const cols = GROUPS.slice(0, int(next, 1, 3));
    const rows = pick(next, ORDINARY_ROWS).slice(0, int(next, 2, 5));
    const dominant = next() < 1 / 3;
    const cells = rows.map((_, i) => cols.map(() => (dominant && i === 0 ? int(next, 10, 80) : int(next, 0, 40))));
    const sum = cells.flat().reduce((a, b) => a + b, 0);
    const n = next() < 0.5 ? sum : sum + int(next, 0, 30);
    return `# 表1 (N=${n})\n${[['', ...cols].join('\t'), ...rows.map((r, i) => [r, ...cells[i]!].join('\t'))].join('\n')}\n`;
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { check, highs, bundle } = await checkerOfRoot();
  const [count, seed] = [Number(process.argv[2] ?? 200), Number(process.argv[3] ?? 1621)];
  const protection = (process.argv[4] ?? 'threshold') as Protection;
  const { add, print } = keyTally();
  for (const t of titleNTotals(count, seed)) {
    const r = check(highs, bundle, t.text, { details: true }, { protection, mipSeconds: 0.3 }) as Result;
    const { what, both } = judgeTitleN(highs, r, t, protection);
    add(`titleN ${t.kind}: ${what === 'refused' ? `refused ${codesOf(r)}` : what}`);
    if (both) add(`titleN ${t.kind}: read both ways`);
    if (process.env.SHOW && what.startsWith('leaked')) console.log(t.kind, what, JSON.stringify(t.text));
  }
  for (const t of cornerNTotals(count, seed)) {
    const r = check(highs, bundle, t.text, { details: true }, { protection, mipSeconds: 0.3 }) as Result;
    const what = judgeCornerN(highs, r, t, protection);
    add(`cornerN ${t.kind}: ${what === 'refused' ? `refused ${codesOf(r)}` : what}`);
    if (process.env.SHOW && what.startsWith('leaked')) console.log(t.kind, what, JSON.stringify(t.text));
  }
  // Chance: ordinary tables with a title's N (5n): refused, read with a finding on the N, read; hidden cells.
  for (const text of titledOrdinary(count * 5, seed)) {
    const r = check(highs, bundle, text, { details: true }, { protection, mipSeconds: 0.3 }) as Result;
    const flagged = r.ok && (r.tables as { primary: { headers: unknown[] } }[]).some((x) => x.primary.headers.length > 0);
    add(`ordinary titled N: ${r.ok ? (flagged ? 'read, a finding on the N' : 'read') : `refused ${codesOf(r)}`}`);
    if (r.ok) add('ordinary titled N: hidden cells (sum)', hiddenPrinted(r.tables[0] as Read));
    if (r.ok && r.warnings.some((w) => w.code === 'total/both-readings')) add('ordinary titled N: read both ways');
  }
  print();
  process.exit(0);
}
