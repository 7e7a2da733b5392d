/**
 * totals14 (issue #11): a line the checker cannot tell a total from an item (a word in no list in the others' script,
 * 「Semua」「Alls」 over 「Fever」「Headache」, in one position, beside one line, between lines) — attacked under both
 * readings, apart from the engine:
 *
 * - as a total (`totalAttack`): the line is the sum of the other top-level lines plus an unprinted rest per position
 *   (a whole number ≥ 0, the patients a reader who knows the word has); attack32's integer attacker (`attackCase`)
 *   over that truth, every published cell fixed: a rest or a hidden count of 1–9 whose largest value is under 10 leaks;
 * - as an item (`itemAttack`): the independent oracle (oracle.ts `attack`) over the table as printed, the line one of
 *   the categories: a hidden count of 1–9 pinned or shown under 10 leaks.
 *
 * The table attacked is the checker's reading of the text written back as TSV (its printed lines only, not ours), so
 * that every format (CSV, Markdown, HTML) reaches the oracle, which reads TSV.
 *
 * Run as a script: `ROOT=<tree> npx node test/pubcheck/totals14-families.ts <n> <seed>` — totals12's and totals13's
 * families (n each) attacked under both readings, and 5n of each one's ordinary tables and of attack27's category tables
 * (refusals, hidden cells).
 */
import type { Highs } from 'highs';
import { attack } from './oracle.ts';
import { attackCase, T, type Case, type PCell } from './attack32-families.ts';
import { categoryLabels } from './attack27-families.ts';
import { checkerOfRoot, codesOf } from './helpers.ts';
import { chanceTables, smallTotals } from './totals12-families.ts';
import { ordinaryLatin, sameScriptTotals } from './totals13-families.ts';

/** The part of a checked table the attacks need (the engine's `Table` and status, structurally). */
export interface Read {
  table: {
    corner?: string;
    rows: { label: string; rest?: true; ns?: true }[];
    cols: { label: string; rest?: true; ns?: true }[];
    cells: { value: { kind: string; n?: number } }[][];
  };
  status: readonly string[];
}

/** Every hidden cell of a checked table as 「row/column=count」, lines of ours too (totals17, totals18 tests). */
export function hiddenLabels({ table, status }: Read): string[] {
  const width = table.cols.length;
  return table.rows.flatMap((h, i) =>
    table.cols.flatMap((c, j) => (status[i * width + j] !== 'published' ? [`${h.label}/${c.label}=${table.cells[i]![j]!.value.n}`] : [])),
  );
}

/** The printed lines (no line of ours) by index, each cell's count and whether it is hidden. */
export function printed(r: Read) {
  const rows = r.table.rows.flatMap((h, i) => (h.rest || h.ns ? [] : [i]));
  const cols = r.table.cols.flatMap((h, j) => (h.rest || h.ns ? [] : [j]));
  const width = r.table.cols.length;
  const n = (i: number, j: number) => r.table.cells[i]![j]!.value.n ?? 0;
  const hidden = (i: number, j: number) => r.status[i * width + j] !== 'published';
  return { rows, cols, n, hidden };
}

/** Item reading: the oracle over the printed table as TSV; each hidden count of 1–9, its key and its range. */
export function itemRanges(highs: Highs, r: Read): { key: string; value: number; lo: number; hi: number | null }[] {
  const { rows, cols, n, hidden } = printed(r);
  const text = [
    ['', ...cols.map((j) => r.table.cols[j]!.label)].join('\t'),
    ...rows.map((i) => [r.table.rows[i]!.label, ...cols.map((j) => String(n(i, j)))].join('\t')),
  ].join('\n');
  const keys = new Set<string>();
  rows.forEach((i, a) => cols.forEach((j, b) => hidden(i, j) && keys.add(`0:${a}:${b}`)));
  if (keys.size === 0) return [];
  const out: { key: string; value: number; lo: number; hi: number | null }[] = [];
  for (const [key, range] of attack(highs, `${text}\n`, keys, { zeroExempt: true })) {
    const [, a, b] = key.split(':').map(Number);
    const value = n(rows[a!]!, cols[b!]!);
    if (value >= 1 && value < T) out.push({ key, value, lo: range.lo, hi: range.hi });
  }
  return out;
}

/** Item reading: the hidden counts of 1–9 pinned or shown under 10. */
export const itemAttack = (highs: Highs, r: Read): string[] =>
  itemRanges(highs, r).flatMap(({ key, value, lo, hi }) => (hi !== null && (hi < T || lo === hi) ? [`${key}=${value}`] : []));

/**
 * The total reading's unknowns: line `label` of `axis` (`t`) is the sum of the other printed `lines` plus a rest per
 * position; `fine` holds each other line's cell (its index in `vars` by 「line:position」), then each position's rest
 * (`rests`, indices in `fine`). Undefined where no printed line bears the label or a rest would be below 0.
 */
export function totalUnknowns(r: Read, axis: 'rows' | 'cols', label: string) {
  const p = printed(r);
  // Along `axis`: lines; across: positions.
  const lines = axis === 'rows' ? p.rows : p.cols;
  const positions = axis === 'rows' ? p.cols : p.rows;
  const headers = axis === 'rows' ? r.table.rows : r.table.cols;
  const t = lines.find((i) => headers[i]!.label.trim() === label.trim());
  if (t === undefined) return undefined;
  const at = (line: number, pos: number) => (axis === 'rows' ? p.n(line, pos) : p.n(pos, line));
  const isHidden = (line: number, pos: number) => (axis === 'rows' ? p.hidden(line, pos) : p.hidden(pos, line));
  const fine: number[] = [];
  const vars = new Map<string, number>();
  for (const i of lines) if (i !== t) for (const k of positions) vars.set(`${i}:${k}`, fine.push(at(i, k)) - 1);
  const rests = positions.map((k) => fine.push(at(t, k) - lines.reduce((s, i) => (i === t ? s : s + at(i, k)), 0)) - 1);
  if (rests.some((v) => fine[v]! < 0)) return undefined;
  return { lines, positions, t, at, isHidden, fine, vars, rests };
}

/**
 * Total reading: line `label` of `axis` is the sum of the other printed lines of its axis plus a rest per position
 * (its truth, ≥ 0); the counts of 1–9 (rests included) whose largest value is under 10. Undefined where no printed line
 * bears the label or a rest would be below 0 (no total of the others).
 */
export function totalAttack(highs: Highs, r: Read, axis: 'rows' | 'cols', label: string): ReturnType<typeof attackCase> | undefined {
  const u = totalUnknowns(r, axis, label);
  if (u === undefined) return undefined;
  const { lines, positions, t, at, isHidden, fine, vars, rests } = u;
  const cells: PCell[][] = lines.map((i) =>
    positions.map((k, b) => {
      const count = i === t ? [...lines.filter((x) => x !== t).map((x) => vars.get(`${x}:${k}`)!), rests[b]!] : [vars.get(`${i}:${k}`)!];
      return { text: String(at(i, k)), count };
    }),
  );
  const c: Case = { family: 'totals14', text: '', fine, tables: [{ rows: [], cols: [], cells, stated: [] }], rests };
  return attackCase(highs, c, (_, a, b) => isHidden(lines[a]!, positions[b]!));
}

/** The hidden cells among the printed ones. */
export const hiddenPrinted = (r: Read) => {
  const { rows, cols, hidden } = printed(r);
  return rows.reduce((s, i) => s + cols.filter((j) => hidden(i, j)).length, 0);
};

/** A script's tally of lines by key (`add`, by 1 unless said); `print` writes each line's count and key, by key. */
export function keyTally() {
  const tally = new Map<string, number>();
  return {
    add: (k: string, by = 1) => void tally.set(k, (tally.get(k) ?? 0) + by),
    print: () => {
      for (const [k, n] of [...tally].sort()) console.log(`${n}\t${k}`);
    },
  };
}

type Run = (text: string) => { ok: true; tables: unknown[]; warnings: { code: string }[] } | { ok: false; errors: { code: string }[] };

/**
 * The ordinary families (totals12's, totals13's and attack27's, `count` × 5 tables of `seed` each): per family, read
 * or refused (by codes), the hidden printed cells, read both ways.
 */
export function ordinaryTally(run: Run, add: (k: string, by?: number) => void, count: number, seed: number): void {
  ordinaryFamily(run, add, 'ordinary totals12', chanceTables(count * 5, seed));
  ordinaryFamily(run, add, 'ordinary totals13', ordinaryLatin(count * 5, seed));
  ordinaryFamily(run, add, 'ordinary attack27 categories', categoryLabels(count * 5, seed));
}

/** One ordinary family's lines in the tally (see `ordinaryTally`). */
export function ordinaryFamily(run: Run, add: (k: string, by?: number) => void, family: string, texts: string[]): void {
  for (const text of texts) {
    const r = run(text);
    add(`${family}: ${r.ok ? 'read' : `refused ${codesOf(r)}`}`);
    if (r.ok) for (const tr of r.tables) add(`${family}: hidden cells (sum)`, hiddenPrinted(tr as Read));
    if (r.ok && r.warnings.some((w: { code: string }) => w.code === 'total/both-readings')) add(`${family}: read both ways`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { check, highs, bundle } = await checkerOfRoot();
  const [count, seed] = [Number(process.argv[2] ?? 200), Number(process.argv[3] ?? 1241)];
  const run = (text: string) => check(highs, bundle, text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });
  const { add, print } = keyTally();
  const judge = (family: string, text: string, axis: 'rows' | 'cols', label: string) => {
    const r = run(text);
    if (!r.ok) {
      add(`${family}: refused ${codesOf(r)}`);
      return;
    }
    const tr = r.tables[0] as Read;
    const total = totalAttack(highs, tr, axis, label);
    const item = itemAttack(highs, tr);
    const what =
      total === undefined
        ? 'total unmatched'
        : total.length > 0
          ? 'leaked as a total'
          : item.length > 0
            ? 'leaked as an item'
            : 'read, none leaked';
    add(`${family}: ${what}`);
    if (process.env.SHOW && what.startsWith('leaked')) console.log(family, what, JSON.stringify(text));
  };
  for (const t of smallTotals(count, seed)) judge(`totals12 ${t.kind}`, t.text, t.axis, t.label);
  for (const t of sameScriptTotals(count, seed)) {
    // The case's grid: the total's axis from the case (its label is a row's or a column's).
    const tb = t.c.tables[0]!;
    const axis = tb.rows.includes(t.label) ? 'rows' : 'cols';
    judge(`totals13 ${t.items}`, t.c.text, axis, t.label);
  }
  ordinaryTally(run, add, count, seed);
  print();
}
