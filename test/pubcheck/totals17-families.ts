/**
 * totals17 (issue #11): a line over its others by a few under a word the checker does not read (「Semua」), in a table
 * where the others are not every other line — published unread on 8664605, no refusal and no both-ways reading:
 *
 * - `blocks`: heading rows with no values (「性別」 over 「男性」「女性」, read.ts `layout/heading`) make 2–3 blocks, each
 *   with 2–3 items and such a line first or last over them by 1–9 in one position at least; the line stood among every
 *   line of the table, their sum always past it;
 * - `steps`: time points across (3–5), 2–3 items, such a line and a line of its running sum (「累積」): the running
 *   sum stood among the others, their sum past the line.
 *
 * Judged apart from the engine under both readings: as a total, the integer attacker over the truth (totals15-families.ts
 * `rangesAsTotal`: line = others + rest ≥ 0) per block — the blocks share no equation, so each block alone is the whole
 * attacker — and, for `steps`, over the table without the running sum, the line's cells known wherever the running
 * sum's cells at the point and before are published (what the running sum tells); as an item, the independent oracle
 * over the printed table (`rangesAsItem`), for `steps` over the same view. A count of 1–9 given back is a leak
 * (totals15 `leaks`).
 *
 * Run as a script: `ROOT=<tree> npx node test/pubcheck/totals17-families.ts <n> <seed> [threshold|not-exact]`.
 */
import type { Highs } from 'highs';
import { T } from './attack32-families.ts';
import { checkerOfRoot, codesOf, int, lcg, pick } from './helpers.ts';
import { keyTally, type Read } from './totals14-families.ts';
import { leaks, rangesAsItem, rangesAsTotal, type Protection } from './totals15-families.ts';

const LABELS = ['Semua', 'Alls', 'Kaikki', 'Hepsi', 'Tutto', 'Wszyscy'];
const ITEMS = ['発熱', '頭痛', '発疹', '嘔吐', '下痢', '咳'];
const HEADINGS = ['性別', '年代', '重症度', '施設', '地域'];
const GROUPS = ['A群', 'B群', 'C群'];
const POINTS = ['1月', '2月', '3月', '4月', '5月'];

export interface Block {
  /** The heading row's name and, in the read table, the labels of its lines (「性別・発熱」). */
  heading: string;
  items: string[];
  line: string;
}
export interface BlockTotal {
  text: string;
  blocks: Block[];
}

/** Items 0–40 (0–9 in one position of each block), the line their sum + 1–9 in one position at least (+ 0–30 elsewhere). */
function breakdown(next: () => number, items: number, width: number): { cells: number[][]; line: number[] } {
  const cells = Array.from({ length: items }, () => Array.from({ length: width }, () => int(next, 0, 40)));
  const small = int(next, 0, width - 1);
  const line = Array.from({ length: width }, (_, k) => {
    const sum = cells.reduce((s, r) => s + r[k]!, 0);
    return sum + (k === small ? int(next, 1, T - 1) : next() < 0.5 ? int(next, 1, T - 1) : int(next, 0, 30));
  });
  if (cells.every((r) => r[small] === 0)) cells[0]![small] = int(next, 1, 20);
  line[small] = cells.reduce((s, r) => s + r[small]!, 0) + int(next, 1, T - 1);
  return { cells, line };
}

export function blockTotals(count: number, seed: number): BlockTotal[] {
  const next = lcg(seed);
  return Array.from({ length: count }, () => {
    const cols = GROUPS.slice(0, int(next, 1, 3));
    const headings = [...HEADINGS].sort(() => next() - 0.5).slice(0, int(next, 2, 3));
    const lines: string[] = [['', ...cols].join('\t')];
    const blocks: Block[] = headings.map((heading) => {
      const items = [...ITEMS].sort(() => next() - 0.5).slice(0, int(next, 2, 3));
      const line = pick(next, LABELS);
      const { cells, line: total } = breakdown(next, items.length, cols.length);
      const first = next() < 0.5;
      const body = items.map((label, i) => [label, ...cells[i]!].join('\t'));
      const lineText = [line, ...total].join('\t');
      lines.push([heading, ...cols.map(() => '')].join('\t'), ...(first ? [lineText, ...body] : [...body, lineText]));
      return { heading, items, line };
    });
    return { text: `${lines.join('\n')}\n`, blocks };
  });
}

export interface StepTotal {
  text: string;
  line: string;
  running: string;
}

export function stepTotals(count: number, seed: number): StepTotal[] {
  const next = lcg(seed);
  return Array.from({ length: count }, () => {
    const cols = POINTS.slice(0, int(next, 3, 5));
    const items = [...ITEMS].sort(() => next() - 0.5).slice(0, int(next, 2, 3));
    const line = pick(next, LABELS);
    const running = pick(next, ['累積', 'Cumulative']);
    const { cells, line: total } = breakdown(next, items.length, cols.length);
    const cum = total.map((_, k) => total.slice(0, k + 1).reduce((a, b) => a + b, 0));
    const body = items.map((label, i) => [label, ...cells[i]!].join('\t'));
    const lineText = [line, ...total].join('\t');
    const rows = next() < 0.5 ? [lineText, ...body] : [...body, lineText];
    return { text: `${[['', ...cols].join('\t'), ...rows, [running, ...cum].join('\t')].join('\n')}\n`, line, running };
  });
}

/** The read table cut to the rows `keep` (indices of `r.table.rows`), each row's cells and status with it. */
function rowsOf(r: Read, keep: readonly number[], published: (row: number, col: number) => boolean = () => false): Read {
  const width = r.table.cols.length;
  return {
    table: { ...r.table, rows: keep.map((i) => r.table.rows[i]!), cells: keep.map((i) => r.table.cells[i]!) },
    status: keep.flatMap((i) => r.table.cols.map((_, j) => (published(i, j) ? 'published' : r.status[i * width + j]!))),
  };
}

type Result = { ok: false; errors: { code: string }[] } | { ok: true; tables: unknown[]; warnings: { code: string; message: string }[] };

/** One `blocks` table: 'refused', 'leaked as a total', 'leaked as an item' or 'read, none leaked'; whether read both ways. */
export function judgeBlocks(highs: Highs, r: Result, t: BlockTotal, protection: Protection): { what: string; both: number } {
  if (!r.ok) return { what: 'refused', both: 0 };
  const tr = r.tables[0] as Read;
  const both = r.warnings.filter((w) => w.code === 'total/both-readings').length;
  const asTotal = t.blocks.some((b) => {
    const keep = tr.table.rows.flatMap((h, i) => (!h.rest && h.label.startsWith(`${b.heading}・`) ? [i] : []));
    const found = rangesAsTotal(highs, rowsOf(tr, keep), 'rows', `${b.heading}・${b.line}`);
    if (found === undefined) throw new Error(`block ${b.heading} not found in ${JSON.stringify(t.text)}`);
    return found.some((f) => leaks(f, protection));
  });
  const asItem = rangesAsItem(highs, tr).some((f) => leaks(f, protection));
  return { what: asTotal ? 'leaked as a total' : asItem ? 'leaked as an item' : 'read, none leaked', both };
}

/** One `steps` table, judged as `judgeBlocks` over the table without its running sum (see the file's comment). */
export function judgeSteps(highs: Highs, r: Result, t: StepTotal, protection: Protection): { what: string; both: number } {
  if (!r.ok) return { what: 'refused', both: 0 };
  const tr = r.tables[0] as Read;
  const both = r.warnings.filter((w) => w.code === 'total/both-readings').length;
  const width = tr.table.cols.length;
  const cum = tr.table.rows.findIndex((h) => h.label === t.running);
  const line = tr.table.rows.findIndex((h) => h.label === t.line);
  const shown = (j: number) => tr.status[cum * width + j] === 'published';
  // The running sum's cells at the point and the one before give the line's cell there.
  const known = (i: number, j: number) => i === line && shown(j) && (j === 0 || shown(j - 1));
  const keep = tr.table.rows.flatMap((h, i) => (h.rest || i === cum ? [] : [i]));
  const view = rowsOf(tr, keep, known);
  const asTotal = (rangesAsTotal(highs, view, 'rows', t.line) ?? []).some((f) => leaks(f, protection));
  const asItem = rangesAsItem(highs, view).some((f) => leaks(f, protection));
  return { what: asTotal ? 'leaked as a total' : asItem ? 'leaked as an item' : 'read, none leaked', both };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { check, highs, bundle } = await checkerOfRoot();
  const [count, seed] = [Number(process.argv[2] ?? 100), Number(process.argv[3] ?? 1831)];
  const protection = (process.argv[4] ?? 'threshold') as Protection;
  const { add, print } = keyTally();
  const run = (text: string) => check(highs, bundle, text, { details: true }, { protection, mipSeconds: 0.3 }) as Result;
  for (const t of blockTotals(count, seed)) {
    const r = run(t.text);
    const { what, both } = judgeBlocks(highs, r, t, protection);
    add(`blocks: ${what === 'refused' ? `refused ${codesOf(r as never)}` : what}`);
    if (both > 0) add(`blocks: read both ways (${both === t.blocks.length ? 'every block' : 'some blocks'})`);
    if (process.env.SHOW && what.startsWith('leaked')) console.log(what, JSON.stringify(t.text));
  }
  for (const t of stepTotals(count, seed)) {
    const r = run(t.text);
    const { what, both } = judgeSteps(highs, r, t, protection);
    add(`steps: ${what === 'refused' ? `refused ${codesOf(r as never)}` : what}`);
    if (both > 0) add('steps: read both ways');
    if (process.env.SHOW && what.startsWith('leaked')) console.log(what, JSON.stringify(t.text));
  }
  print();
}
