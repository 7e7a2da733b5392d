/**
 * totals45 (issue #11): totals found by arithmetic, the points totals44 left.
 *
 * `underWholes`: a table of several answers per patient (adverse events, comorbidities, 3–5 lines) over 2–4 groups,
 * and a line for all the patients under a word that names the whole only where it is (「Any」「全国」「全登録」…:
 * header.ts `LOOSE_TOTAL`), first or last, row or column: at least each line and their sum less an overlap, 1–9 in
 * one position at least (else 0–30, at most the sum less the largest line). The overlap is what the lines count twice:
 * the patients in two lines or more, between 1 and the overlap. Judged (`judgeUnder`) by the reader of the published
 * cells: a position whose line and items are all printed with an overlap of 1–9 gives that group back as under the
 * threshold ('leaked'); else 'read, none leaked'; 'refused' where the checker refuses.
 *
 * `newWholes`: totals44's `wholeWords` (a line over its items by 1–9 in one position at least, by 10–30 in another in
 * three tables of four) under the words totals45 adds to `LOOSE_TOTAL`, judged by totals44's `judgeWhole`.
 *
 * Run as a script: `ROOT=<tree> npx node test/pubcheck/totals45-families.ts <n> <seed>`.
 */
import { T } from './attack32-families.ts';
import { checkerOfRoot, codesOf, int, lcg, pick } from './helpers.ts';
import { keyTally } from './totals14-families.ts';
import { judgeWhole, type WholeCase } from './totals44-families.ts';

export const UNDER_WORDS = [
  'Any',
  'Any AE',
  'すべて',
  '全員',
  '全国',
  '全施設',
  '合算',
  '全登録',
  '全参加者',
  '総人数',
  '合わせて',
  '全疾患',
];
const ITEMS = ['発熱', '頭痛', '発疹', '嘔吐', '下痢'];
const GROUPS = ['A群', 'B群', 'C群', 'D群'];

export interface UnderCase {
  text: string;
  axis: 'rows' | 'cols';
  label: string;
}

function grid(word: string, items: readonly string[], groups: readonly string[], cells: number[][], line: number[], next: () => number) {
  const rowsOf = items.map((l, i) => [l, ...cells[i]!.map(String)]);
  const all = next() < 0.3 ? [[word, ...line.map(String)], ...rowsOf] : [...rowsOf, [word, ...line.map(String)]];
  let g = [['', ...groups], ...all];
  const transposed = next() < 0.3;
  if (transposed) g = g[0]!.map((_, c) => g.map((l) => l[c]!));
  return { text: `${g.map((l) => l.join('\t')).join('\n')}\n`, axis: transposed ? ('cols' as const) : ('rows' as const) };
}

/** `count` tables of seed `seed` (see the file's comment). */
export function underWholes(count: number, seed: number): UnderCase[] {
  const next = lcg(seed);
  return Array.from({ length: count }, () => {
    const word = pick(next, UNDER_WORDS);
    const items = ITEMS.slice(0, int(next, 3, 5));
    const groups = GROUPS.slice(0, int(next, 2, 4));
    const cells = items.map(() => groups.map(() => (next() < 0.2 ? int(next, 1, T - 1) : int(next, 10, 60))));
    const room = groups.map((_, k) => items.reduce((s, _, i) => s + cells[i]![k]!, 0) - Math.max(...items.map((_, i) => cells[i]![k]!)));
    const over = groups.map((_, k) => Math.min(room[k]!, next() < 0.5 ? int(next, 0, T - 1) : int(next, 0, 30)));
    const at = int(next, 0, groups.length - 1);
    over[at] = Math.min(room[at]!, int(next, 1, T - 1));
    const line = groups.map((_, k) => items.reduce((s, _, i) => s + cells[i]![k]!, 0) - over[k]!);
    return { ...grid(word, items, groups, cells, line, next), label: word };
  });
}

type Result =
  | { ok: false; errors: { code: string }[] }
  | {
      ok: true;
      tables: { table: { rows: { label: string }[]; cols: { label: string }[]; cells: { value: { n?: number } }[][] }; status: string[] }[];
    };

/** One `underWholes` case: 'refused', 'leaked' (an overlap of 1–9 printed whole) or 'read, none leaked'. */
export function judgeUnder(r: Result, c: UnderCase): string {
  if (!r.ok) return 'refused';
  const { table, status } = r.tables[0]!;
  const [lines, across] = c.axis === 'rows' ? [table.rows, table.cols] : [table.cols, table.rows];
  const width = table.cols.length;
  const idx = (i: number, k: number) => (c.axis === 'rows' ? i * width + k : k * width + i);
  const n = (i: number, k: number) => (c.axis === 'rows' ? table.cells[i]![k]! : table.cells[k]![i]!).value.n ?? NaN;
  const li = lines.findIndex((h) => h.label === c.label);
  const others = lines.flatMap((_, i) => (i === li ? [] : [i]));
  const leak = across.some((_, k) => {
    if (![li, ...others].every((i) => status[idx(i, k)] === 'published')) return false;
    const d = others.reduce((s, i) => s + n(i, k), 0) - n(li, k);
    return d > 0 && d < T;
  });
  return leak ? 'leaked' : 'read, none leaked';
}

const NEW_WHOLES: readonly { word: string; items: readonly string[] }[] = [
  { word: '全登録', items: ['A病院', 'B病院', 'C病院', 'D病院'] },
  { word: '総登録数', items: ['2021年', '2022年', '2023年', '2024年'] },
  { word: '登録全体', items: ['北部', '中部', '南部', '島しょ部'] },
  { word: '全参加者', items: ['20代', '30代', '40代', '50代'] },
  { word: '全集団', items: ['男性', '女性'] },
  { word: '全解析対象', items: ['軽症', '中等症', '重症'] },
  { word: '総人数', items: ['入院', '外来', '在宅'] },
  { word: '総件数', items: ['発熱', '頭痛', '発疹', '嘔吐'] },
  { word: '全件', items: ['病院', '診療所', '薬局'] },
  { word: '合わせて', items: ['東京都', '大阪府', '福岡県'] },
  { word: '全区分', items: ['区分1', '区分2', '区分3'] },
  { word: '全カテゴリ', items: ['カテゴリA', 'カテゴリB', 'カテゴリC'] },
  { word: '全疾患', items: ['高血圧', '糖尿病', '脂質異常症'] },
  { word: '全病型', items: ['I型', 'II型', 'その他'] },
];

/** `count` tables of seed `seed`: totals44's `wholeWords` under the words totals45 adds. */
export function newWholes(count: number, seed: number): (WholeCase & { word: string })[] {
  const next = lcg(seed);
  return Array.from({ length: count }, () => {
    const w = pick(next, NEW_WHOLES);
    const items = w.items.slice(0, w.items.length === 2 ? 2 : int(next, 2, w.items.length));
    const groups = GROUPS.slice(0, int(next, 2, 4));
    const cells = items.map(() => groups.map(() => (next() < 0.25 ? int(next, 1, T - 1) : int(next, 10, 60))));
    const mixed = next() < 0.75;
    const rests = groups.map(() => int(next, 1, T - 1));
    if (mixed) rests[int(next, 0, groups.length - 1)] = int(next, T, 30);
    rests[rests.findIndex((d) => d >= T) === 0 ? groups.length - 1 : 0] = int(next, 1, T - 1);
    const line = groups.map((_, k) => items.reduce((s, _, i) => s + cells[i]![k]!, 0) + rests[k]!);
    return { ...grid(w.word, items, groups, cells, line, next), label: w.word, word: w.word, mixed };
  });
}

/**
 * Cost: ordinary tables of answers, one of them a loose word (「すべて」 taken all doses, 「Combined」 a therapy, 「Any」
 * an answer, 「全員」「総合」) beside 2–4 other answers, 2–4 groups, counts 0–60 (one in five 1–9), its place random.
 */
export function innocentAnswers(count: number, seed: number): UnderCase[] {
  const next = lcg(seed);
  const words = ['すべて', 'Combined', 'Any', '全員', '総合', '全て'];
  const answers = ['一部', 'なし', '不明', 'その他', '中止'];
  return Array.from({ length: count }, () => {
    const word = pick(next, words);
    const items = answers.slice(0, int(next, 2, 4));
    const groups = GROUPS.slice(0, int(next, 2, 4));
    const cells = [word, ...items].map(() => groups.map(() => (next() < 0.2 ? int(next, 1, T - 1) : int(next, 0, 60))));
    const at = int(next, 0, items.length);
    const labels = [...items.slice(0, at), word, ...items.slice(at)];
    const g = [['', ...groups], ...labels.map((l, i) => [l, ...cells[i]!.map(String)])];
    return { text: `${g.map((l) => l.join('\t')).join('\n')}\n`, axis: 'rows' as const, label: word };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { check, highs, bundle } = await checkerOfRoot();
  const [count, seed] = [Number(process.argv[2] ?? 100), Number(process.argv[3] ?? 2341)];
  const { add, print } = keyTally();
  for (const c of underWholes(count, seed)) {
    const r = check(highs, bundle, c.text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 }) as Result;
    const what = judgeUnder(r, c);
    add(`underWholes: ${what === 'refused' ? `refused ${codesOf(r as never)}` : what}`);
    if (process.env.SHOW && what !== 'refused') console.log(what, JSON.stringify(c.text));
  }
  for (const c of newWholes(count, seed)) {
    const r = check(highs, bundle, c.text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });
    const what = judgeWhole(highs, r as never, c, 'threshold');
    add(`newWholes (${c.mixed ? 'mixed' : 'small everywhere'}): ${what === 'refused' ? `refused ${codesOf(r as never)}` : what}`);
    if (process.env.SHOW && what !== 'read, none leaked') console.log(what, JSON.stringify(c.text));
  }
  for (const c of innocentAnswers(Number(process.env.INNOCENT ?? 1000), seed + 1)) {
    const r = check(highs, bundle, c.text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 }) as Result;
    add(`innocentAnswers: ${r.ok ? 'read' : `refused ${codesOf(r as never)}`}`);
    if (process.env.SHOW && !r.ok) console.log('innocent refused', JSON.stringify(c.text));
  }
  print();
}
