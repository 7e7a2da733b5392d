/**
 * totals44 (issue #11): a line of means beside a total found by arithmetic (`meanTotals`).
 *
 * Items 「A病院」… (3–4 lines) over years (3–5 positions), one or two counts of 1–9 among them, a line over the items'
 * sum by 0–30 at each position (1–9 in one at least) under a word the checker does not read as a total (「Semua」
 * 「Alls」「Kaikki」「Heild」「Visi」「Kokonais」), and a last line of the items' means (not of the total) under a word of a mean the checker
 * reads (「平均」「Mean」「avg」) or of none (「Purata」「Keskiarvo」「Ortalama」「Gjennomsnitt」), whole or to one decimal;
 * as rows or as columns. On 58c225e the mean of the items under a word of none was taken for no mean (the total among
 * the lines it would average: read.ts `meanLines`), read as counts; the total was then no total over its others (the
 * mean among them) and published unread.
 *
 * Judged apart from the engine (`judgeMeanTotal`) by an integer attacker (HiGHS) who reads the line as the total (the
 * items' sum plus a rest ≥ 0 per position) and the mean as the items' mean within its printed rounding where the report
 * prints it: each hidden count of 1–9 and each rest of 1–9, its least and largest value; a leak under `threshold` where
 * the largest is under 10 or the value pinned.
 *
 * `wholeWords`: a line under a Japanese word for every unit of the lines the checker does not read as 合計 (「全国」 over
 * prefectures, 「全年齢」 over age bands, 「全施設」「合算」「総和」「両性」「全体の数」), first or last, over the items by
 * 1–9 in one position at least and by 10–30 in another (by less than the threshold everywhere in one table in four).
 * On 58c225e such a line over by more somewhere was an item for its Japanese (overtotal.ts `evidence`), its rests
 * published. Judged as totals15 judges a line: the integer attacker as a total (`rangesAsTotal`), the oracle given
 * that reading (`rangesAsTotalsByOracle`) and the oracle over the printed table (`rangesAsItem`).
 *
 * Run as a script: `ROOT=<tree> npx node test/pubcheck/totals44-families.ts <n> <seed> [threshold|not-exact]`.
 */
import type { Highs } from 'highs';
import { T } from './attack32-families.ts';
import { checkerOfRoot, codesOf, int, lcg, pick } from './helpers.ts';
import { keyTally, type Read } from './totals14-families.ts';
import { crossedTables } from './totals40-families.ts';
import { leaks, rangesAsItem, rangesAsTotal, rangesAsTotalsByOracle, type Found, type Protection } from './totals15-families.ts';

export const UNREAD_TOTALS = ['Semua', 'Alls', 'Kaikki', 'Heild', 'Visi', 'Kokonais'];
export const MEAN_WORDS = ['平均', 'Mean', 'avg'];
export const UNREAD_MEANS = ['Purata', 'Keskiarvo', 'Ortalama', 'Gjennomsnitt'];
const SITES = ['A病院', 'B病院', 'C病院', 'D病院'];

export interface MeanTotal {
  text: string;
  total: string;
  mean: string;
  transposed: boolean;
}

/** `count` tables of seed `seed` (see the file's comment). */
export function meanTotals(count: number, seed: number): MeanTotal[] {
  const next = lcg(seed);
  return Array.from({ length: count }, () => {
    const h = int(next, 3, 4);
    const years = int(next, 3, 5);
    const ys = Array.from({ length: years }, (_, j) => `${2019 + j}年`);
    const xs = Array.from({ length: h }, () => Array.from({ length: years }, () => int(next, 10, 60)));
    const smalls = int(next, 1, 2);
    for (let s = 0; s < smalls; s++) xs[int(next, 0, h - 1)]![int(next, 0, years - 1)] = int(next, 1, T - 1);
    const rests = ys.map(() => (next() < 0.5 ? int(next, 1, T - 1) : int(next, 0, 30)));
    rests[int(next, 0, years - 1)] = int(next, 1, T - 1);
    const total = pick(next, UNREAD_TOTALS);
    const mean = pick(next, next() < 0.5 ? MEAN_WORDS : UNREAD_MEANS);
    const d = next() < 0.5 ? 0 : 1;
    const avg = (j: number) => (xs.reduce((s, r) => s + r[j]!, 0) / h).toFixed(d);
    const sums = ys.map((_, j) => xs.reduce((s, r) => s + r[j]!, 0) + rests[j]!);
    const transposed = next() < 0.4;
    const lines = !transposed
      ? [
          ['施設', ...ys],
          ...xs.map((r, i) => [SITES[i]!, ...r.map(String)]),
          [total, ...sums.map(String)],
          [mean, ...ys.map((_, j) => avg(j))],
        ]
      : [['年', ...SITES.slice(0, h), total, mean], ...ys.map((y, j) => [y, ...xs.map((r) => String(r[j])), String(sums[j]), avg(j)])];
    return { text: `${lines.map((l) => l.join(',')).join('\n')}\n`, total, mean, transposed };
  });
}

/** A checked table as the test reads it: lines, counts, statuses, and the lines set aside (`rates`). */
interface Checked {
  table: {
    rows: { label: string; rest?: true; ns?: true }[];
    cols: { label: string; rest?: true; ns?: true }[];
    cells: { text: string; value: { kind: string; n?: number } }[][];
    rates?: { axis: 'rows' | 'cols'; label: string; mean?: number; cells: { at: number; text: string }[] }[];
  };
  status: readonly string[];
}

/**
 * The integer attacker (see the file's comment): `hiddenMean(j)` whether the report hides the mean's j-th cell.
 * Undefined where the table is not read with its total and its mean as the case has them.
 */
export function attackMeanTotal(highs: Highs, t: Checked, c: MeanTotal, hiddenMean: (j: number) => boolean): Found[] | undefined {
  const { table, status } = t;
  // Lines as the case has them: the items and the total on `axis`, positions across.
  const axis = c.transposed ? 'cols' : 'rows';
  const [lines, across] = axis === 'rows' ? [table.rows, table.cols] : [table.cols, table.rows];
  const width = table.cols.length;
  const at = (i: number, k: number) => (axis === 'rows' ? i * width + k : k * width + i);
  const cell = (i: number, k: number) => (axis === 'rows' ? table.cells[i]![k]! : table.cells[k]![i]!);
  const printedLines = lines.flatMap((h, i) => (h.rest || h.ns ? [] : [i]));
  const positions = across.flatMap((h, k) => (h.rest || h.ns ? [] : [k]));
  const ti = printedLines.find((i) => lines[i]!.label === c.total);
  if (ti === undefined) return undefined;
  const items = printedLines.filter((i) => i !== ti && lines[i]!.label !== c.mean);
  const mean = (table.rates ?? []).find((r) => r.mean !== undefined && r.axis === axis);
  // Variables: each item cell, then each position's rest.
  const vars = new Map<string, number>();
  const fine: number[] = [];
  const v = (key: string, value: number) => {
    if (!vars.has(key)) {
      vars.set(key, fine.length);
      fine.push(value);
    }
    return vars.get(key)!;
  };
  const n = (i: number, k: number) => cell(i, k).value.n ?? 0;
  for (const i of items) for (const k of positions) v(`${i}:${k}`, n(i, k));
  const restOf = positions.map((k) => v(`rest:${k}`, n(ti, k) - items.reduce((s, i) => s + n(i, k), 0)));
  if (restOf.some((x) => fine[x]! < 0)) return undefined;
  const term = (e: number[]) => e.map((x) => `+ x${x}`).join(' ');
  const cons: string[] = [];
  const targets: number[] = [];
  for (const i of items)
    for (const k of positions) {
      const x = vars.get(`${i}:${k}`)!;
      if (status[at(i, k)] === 'published') cons.push(`x${x} = ${fine[x]}`);
      else {
        if (fine[x]! >= 1) cons.push(`x${x} >= 1`);
        targets.push(x);
      }
    }
  positions.forEach((k, b) => {
    const e = [...items.map((i) => vars.get(`${i}:${k}`)!), restOf[b]!];
    if (status[at(ti, k)] === 'published') cons.push(`${term(e)} = ${n(ti, k)}`);
    targets.push(restOf[b]!);
  });
  // The mean where the report prints it: k·(m − h) ≤ Σ items ≤ k·(m + h), at most k·h off on whole numbers.
  if (mean)
    mean.cells.forEach((mc, j) => {
      if (hiddenMean(j) || !positions.includes(mc.at)) return;
      const m = Number(mc.text.replace(/[^\d.]/g, ''));
      const half = 0.5 * 10 ** -(mc.text.split('.')[1]?.length ?? 0);
      const e = items.map((i) => vars.get(`${i}:${mc.at}`)!);
      cons.push(`${term(e)} >= ${Math.ceil(items.length * (m - half) - 1e-9)}`);
      cons.push(`${term(e)} <= ${Math.floor(items.length * (m + half) + 1e-9)}`);
    });
  const lp = (sense: 'Maximize' | 'Minimize', x: number) =>
    `${sense}\n obj: x${x}\nSubject To\n${cons.map((k, q) => ` c${q}: ${k}`).join('\n') || ' c0: x0 >= 0'}\nBounds\n${fine
      .map((_, y) => `x${y} >= 0`)
      .join('\n')}\nGeneral\n ${fine.map((_, y) => `x${y}`).join(' ')}\nEnd\n`;
  const out: Found[] = [];
  for (const x of targets) {
    const value = fine[x]!;
    if (value < 1 || value >= T) continue;
    const hiRun = highs.solve(lp('Maximize', x), {});
    const hi = hiRun.Status === 'Optimal' ? Math.round(hiRun.ObjectiveValue) : Infinity;
    const loRun = highs.solve(lp('Minimize', x), {});
    const lo = loRun.Status === 'Optimal' ? Math.round(loRun.ObjectiveValue) : 0;
    out.push({ value, lo, hi });
  }
  return out;
}

const WHOLES: readonly { word: string; items: readonly string[] }[] = [
  { word: '全国', items: ['北海道', '東京都', '大阪府', '福岡県'] },
  { word: '全県', items: ['A市', 'B市', 'C町', 'D村'] },
  { word: '全地域', items: ['北部', '中部', '南部', '島しょ部'] },
  { word: '全施設', items: ['A病院', 'B病院', 'C病院', 'D病院'] },
  { word: '全医療機関', items: ['病院', '診療所', '薬局', '訪問看護'] },
  { word: '全年齢', items: ['0-19歳', '20-39歳', '40-64歳', '65歳以上'] },
  { word: '全年代', items: ['20代', '30代', '40代', '50代'] },
  { word: '全期間', items: ['2021年', '2022年', '2023年', '2024年'] },
  { word: '合算', items: ['入院', '外来', '在宅', '救急'] },
  { word: '総和', items: ['軽症', '中等症', '重症', '死亡'] },
  { word: '両性', items: ['男性', '女性'] },
  { word: '全体の数', items: ['発熱', '頭痛', '発疹', '嘔吐'] },
];
const GROUPS = ['A群', 'B群', 'C群', 'D群'];

export interface WholeCase {
  text: string;
  axis: 'rows' | 'cols';
  label: string;
  mixed: boolean;
}

/** `count` tables of seed `seed` (see the file's comment: `wholeWords`). */
export function wholeWords(count: number, seed: number): WholeCase[] {
  const next = lcg(seed);
  return Array.from({ length: count }, () => {
    const w = pick(next, WHOLES);
    const items = w.items.slice(0, w.items.length === 2 ? 2 : int(next, 2, w.items.length));
    const groups = GROUPS.slice(0, int(next, 2, 4));
    const cells = items.map(() => groups.map(() => (next() < 0.25 ? int(next, 1, T - 1) : int(next, 10, 60))));
    const mixed = next() < 0.75;
    const rests = groups.map(() => int(next, 1, T - 1));
    if (mixed) rests[int(next, 0, groups.length - 1)] = int(next, T, 30);
    rests[rests.findIndex((d) => d >= T) === 0 ? groups.length - 1 : 0] = int(next, 1, T - 1);
    const line = groups.map((_, k) => items.reduce((s, _, i) => s + cells[i]![k]!, 0) + rests[k]!);
    const first = next() < 0.3;
    const rowsOf = [...items.map((l, i) => [l, ...cells[i]!.map(String)])];
    const all = first ? [[w.word, ...line.map(String)], ...rowsOf] : [...rowsOf, [w.word, ...line.map(String)]];
    let grid = [['', ...groups], ...all];
    const transposed = next() < 0.3;
    if (transposed) grid = grid[0]!.map((_, c) => grid.map((l) => l[c]!));
    return {
      text: `${grid.map((l) => l.join('\t')).join('\n')}\n`,
      axis: transposed ? 'cols' : 'rows',
      label: w.word,
      mixed,
    };
  });
}

/** One `wholeWords` case: 'refused', 'unmatched', 'leaked as a total', 'leaked as an item' or 'read, none leaked'. */
export function judgeWhole(highs: Highs, r: Result, c: WholeCase, protection: Protection): string {
  if (!r.ok) return 'refused';
  const tr = r.tables[0] as Read;
  const total = rangesAsTotal(highs, tr, c.axis, c.label);
  if (total === undefined) return 'unmatched';
  if (total.some((f) => leaks(f, protection))) return 'leaked as a total';
  if ((rangesAsTotalsByOracle(highs, tr, [{ axis: c.axis, label: c.label }]) ?? []).some((f) => leaks(f, protection)))
    return 'leaked as a total (oracle)';
  return rangesAsItem(highs, tr).some((f) => leaks(f, protection)) ? 'leaked as an item' : 'read, none leaked';
}

/**
 * totals40's `crossed` tables with Japanese labels (rows 「東京」「大阪」「名古屋」「福岡」 and 「札幌」 for 「X」, columns
 * 「発熱」「頭痛」「発疹」 and 「腹痛」 for 「Y」): the pair under labels `evidence` takes for items. Judge with totals40's
 * `judgeCrossed` after `asCodes` (the read table's 「札幌」「腹痛」 named 「X」「Y」 again).
 */
const JAPANESE: Record<string, string> = {
  p: '東京',
  q: '大阪',
  r: '名古屋',
  s: '福岡',
  X: '札幌',
  A: '発熱',
  B: '頭痛',
  C: '発疹',
  Y: '腹痛',
};
export const japaneseCrossed = (count: number, seed: number): string[] =>
  crossedTables(count, seed).map((t) =>
    t.text
      .split('\n')
      .map((l) =>
        l
          .split('\t')
          .map((f) => JAPANESE[f] ?? f)
          .join('\t'),
      )
      .join('\n'),
  );
export function asCodes(r: Result): Result {
  if (r.ok)
    for (const t of r.tables as { table: { rows: { label: string }[]; cols: { label: string }[] } }[])
      for (const h of [...t.table.rows, ...t.table.cols]) h.label = h.label === '札幌' ? 'X' : h.label === '腹痛' ? 'Y' : h.label;
  return r;
}

type Result = { ok: false; errors: { code: string }[] } | { ok: true; tables: unknown[]; warnings: { code: string }[] };

/** One case: 'refused', 'unmatched' (not read as the case has it), 'leaked' or 'read, none leaked'. */
export function judgeMeanTotal(
  highs: Highs,
  r: Result,
  c: MeanTotal,
  report: { tables: { rates: { cells: { hidden?: boolean }[] }[] }[] },
  protection: Protection,
): string {
  if (!r.ok) return 'refused';
  const t = r.tables[0] as Checked;
  const k = (t.table.rates ?? []).findIndex((x) => x.mean !== undefined);
  const found = attackMeanTotal(highs, t, c, (j) => k < 0 || report.tables[0]!.rates[k]!.cells[j]!.hidden === true);
  if (found === undefined) return 'unmatched';
  if (found.some((f) => leaks(f, protection))) return 'leaked';
  return k < 0 ? 'read, none leaked (no mean read)' : 'read, none leaked';
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = process.env.ROOT ?? new URL('../..', import.meta.url).pathname;
  const { toReport } = await import(`${root}/src/pubcheck/report.ts`);
  const { check, highs, bundle } = await checkerOfRoot();
  const [count, seed] = [Number(process.argv[2] ?? 100), Number(process.argv[3] ?? 2241)];
  const protection = (process.argv[4] ?? 'threshold') as Protection;
  const at = new Date('2026-12-05T00:00:00Z');
  const { add, print } = keyTally();
  for (const c of wholeWords(count, seed)) {
    const r = check(highs, bundle, c.text, { details: true }, { protection, mipSeconds: 0.3 }) as Result;
    const what = judgeWhole(highs, r, c, protection);
    add(`wholeWords (${c.mixed ? 'mixed' : 'small everywhere'}): ${what === 'refused' ? `refused ${codesOf(r as never)}` : what}`);
    if (process.env.SHOW && what !== 'read, none leaked') console.log(what, JSON.stringify(c.text));
  }
  for (const c of meanTotals(count, seed)) {
    const r = check(highs, bundle, c.text, { details: true }, { protection, mipSeconds: 0.3 }) as Result;
    const what = judgeMeanTotal(highs, r, c, r.ok ? toReport(r, bundle, at) : { tables: [] }, protection);
    const kind = UNREAD_MEANS.includes(c.mean) ? 'mean under no word' : 'mean under a word';
    add(`meanTotal (${kind}): ${what === 'refused' ? `refused ${codesOf(r as never)}` : what}`);
    if (process.env.SHOW && what !== 'read, none leaked') console.log(what, JSON.stringify(c.text));
  }
  print();
}
