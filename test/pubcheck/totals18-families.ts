/**
 * totals18 (issue #11): a line over its others by a few under a word the checker does not read (「Semua」) in a table
 * with an N stated per column — group Ns in the header (「A群 (N=110)」) or a line of sizes (「N | 110 | 90」). On
 * a438d44 the line was read as one of several answers (an item, overtotal.ts `stated`), never both ways.
 *
 * Each table: 2–3 item rows, 2–3 group columns, the line first or last over the items by 1–9 in one position at least,
 * and per column an N: the line + 1–9 (`small`: a total reader has 1–9 patients of the group left out of the table)
 * or the line + 10–40 (`large`); in the header or a line of sizes.
 *
 * Judged apart from the engine under both readings: as a total, the integer attacker over the truth (totals15-families.ts
 * `rangesAsTotal`: line = others + rest ≥ 0) and each group's N less the line (1–9, published unhidden and with no
 * finding on that column's N, is a leak); as an item, the independent oracle over the printed table (`rangesAsItem`).
 *
 * Run as a script: `ROOT=<tree> npx node test/pubcheck/totals18-families.ts <n> <seed> [threshold|not-exact]`.
 */
import type { Highs } from 'highs';
import { T } from './attack32-families.ts';
import { checkerOfRoot, codesOf, int, lcg, pick } from './helpers.ts';
import { keyTally, type Read } from './totals14-families.ts';
import { leaks, rangesAsItem, rangesAsTotal, type Protection } from './totals15-families.ts';

const LABELS = ['Semua', 'Alls', 'Kaikki', 'Hepsi', 'Tutto', 'Wszyscy'];
const ITEMS = ['発熱', '頭痛', '悪心', '発疹', '下痢'];
const GROUPS = ['A群', 'B群', 'C群'];

export type NWhere = 'header' | 'sizes';
export interface GroupNTotal {
  text: string;
  label: string;
  where: NWhere;
  small: boolean;
  /** Per column: the group's N and the line's cell. */
  ns: number[];
  line: number[];
}

/** Seeded tables with a line over its items by a few under group Ns (see the file's comment). */
export function groupNTotals(count: number, seed: number): GroupNTotal[] {
  const next = lcg(seed);
  return Array.from({ length: count }, (_, index) => {
    const where: NWhere = index % 2 === 0 ? 'header' : 'sizes';
    const small = index % 4 < 2;
    const names = [...ITEMS].sort(() => next() - 0.5).slice(0, int(next, 2, 3));
    const cols = GROUPS.slice(0, int(next, 2, 3));
    const items = names.map(() => cols.map(() => (next() < 0.3 ? int(next, 1, 9) : int(next, 10, 40))));
    const few = int(next, 0, cols.length - 1);
    const rests = cols.map((_, c) => (c === few ? int(next, 1, T - 1) : next() < 0.5 ? int(next, 0, T - 1) : int(next, 10, 20)));
    const line = cols.map((_, c) => items.reduce((s, r) => s + r[c]!, 0) + rests[c]!);
    const ns = line.map((v) => v + (small ? int(next, 1, T - 1) : int(next, 10, 40)));
    const label = pick(next, LABELS);
    const body = names.map((nm, i) => [nm, ...items[i]!].join('\t'));
    const lineText = [label, ...line].join('\t');
    const rows = next() < 0.5 ? [lineText, ...body] : [...body, lineText];
    const head =
      where === 'header'
        ? [['', ...cols.map((c, j) => `${c} (N=${ns[j]})`)].join('\t')]
        : [['', ...cols].join('\t'), ['N', ...ns].join('\t')];
    return { text: `${[...head, ...rows].join('\n')}\n`, label, where, small, ns, line };
  });
}

type Result = { ok: false; errors: { code: string }[] } | { ok: true; tables: unknown[]; warnings: { code: string; message: string }[] };

/** One table: 'refused', 'leaked as a total', 'leaked as an item' or 'read, none leaked'; whether read both ways. */
export function judgeGroupN(highs: Highs, r: Result, t: GroupNTotal, protection: Protection): { what: string; both: boolean } {
  if (!r.ok) return { what: 'refused', both: false };
  const tr = r.tables[0] as Read & { primary: { headers: { axis: string; index: number; rest?: number }[] } };
  const both = r.warnings.some((w) => w.code === 'total/both-readings');
  const width = tr.table.cols.length;
  const lineRow = tr.table.rows.findIndex((h) => !h.rest && h.label === t.label);
  // N less the line at column c, 1–9: told where the line's cell is published and nothing says it (a finding on the
  // column's N, or a line of ours holding it hidden).
  const told = t.ns.some((n, c) => {
    const rest = n - t.line[c]!;
    if (rest < 1 || rest >= T) return false;
    const shown = lineRow < 0 || tr.status[lineRow * width + c] === 'published';
    const flagged = tr.primary.headers.some((h) => h.axis === 'col' && h.index === c && h.rest === rest);
    return shown && !flagged;
  });
  const asTotal = told || (rangesAsTotal(highs, tr, 'rows', t.label) ?? []).some((f) => leaks(f, protection));
  const asItem = rangesAsItem(highs, tr).some((f) => leaks(f, protection));
  return { what: asTotal ? 'leaked as a total' : asItem ? 'leaked as an item' : 'read, none leaked', both };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { check, highs, bundle } = await checkerOfRoot();
  const [count, seed] = [Number(process.argv[2] ?? 100), Number(process.argv[3] ?? 1873)];
  const protection = (process.argv[4] ?? 'threshold') as Protection;
  const { add, print } = keyTally();
  for (const t of groupNTotals(count, seed)) {
    const r = check(highs, bundle, t.text, { details: true }, { protection, mipSeconds: 0.3 }) as Result;
    const { what, both } = judgeGroupN(highs, r, t, protection);
    const kind = `${t.where} ${t.small ? 'N over the line by 1–9' : 'N over by 10–40'}`;
    add(`${kind}: ${what === 'refused' ? `refused ${codesOf(r as never)}` : what}`);
    if (both) add(`${kind}: read both ways`);
    if (process.env.SHOW && what.startsWith('leaked')) console.log(what, JSON.stringify(t.text));
  }
  print();
}
