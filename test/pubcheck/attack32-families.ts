/**
 * attack32 (issue #11): a fresh adversary's generators and integer attacker, written apart from the checker and from
 * the other tests' generators. Each case is a table (or tables) built from a ground truth of whole numbers (`fine`
 * counts, some of them never printed: a column's patients left out of its rows), published as text in one of the
 * core classes of issue #11; every printed number is a sum of fine counts, so the attacker (`attackCase`, HiGHS MIP)
 * knows every equation that truly holds, whatever the labels say, and every share's bounds on its base.
 *
 * `npx node test/pubcheck/attack32-families.ts <n per family> <seed> [family …]` runs each case through the CLI
 * (`--details --json`) and attacks what it publishes: a leak is a fine count 1…9 whose largest value given every
 * published number is under the threshold (10), or a crash (exit 2 with 「チェッカー自体」). Exit 2 refusals are
 * counted apart (no leak). ROOT=<dir> runs another checkout's CLI (the "before" measurement).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Highs } from 'highs';
import { lcg, int, pick } from './helpers.ts';

export const T = 10;

/** A printed cell: a count (sum of fine counts), a share of a base, both, or n/N. */
export interface PCell {
  text: string;
  count: number[];
  base?: number[];
  percent?: { p: number; d: number };
  /** A bare share: its count is not printed. */
  bare?: boolean;
}
export interface PTable {
  rows: string[];
  cols: string[];
  cells: PCell[][];
  /** Stated Ns (header, corner, title): published equations, never hidden. */
  stated: { expr: number[]; minus?: number[]; value: number }[];
}
export interface Case {
  family: string;
  text: string;
  fine: number[];
  tables: PTable[];
  /** Fine counts no cell prints that are still a category's count (a column's 不明): attacked too. */
  rests?: number[];
}

type Rand = () => number;
const sum = (fine: number[], e: number[]) => e.reduce((s, v) => s + fine[v]!, 0);
const round = (x: number, d: number) => (Math.round(x * 10 ** d + 1e-9) / 10 ** d).toFixed(d);

/** A builder of fine counts: small ones (1…9) now and then, else 10…80. */
function counts(r: Rand, fine: number[], smallRate = 0.18) {
  return () => {
    fine.push(r() < smallRate ? int(r, 1, 9) : int(r, 10, 80));
    return fine.length - 1;
  };
}

/** An R×C grid of fine counts. */
function grid(r: Rand, fine: number[], R: number, C: number, smallRate = 0.18): number[][][] {
  const next = counts(r, fine, smallRate);
  return Array.from({ length: R }, () => Array.from({ length: C }, () => [next()]));
}
const add = (a: number[], b: number[]) => [...a, ...b];
const rowSum = (g: number[][][], i: number) => g[i]!.reduce(add, []);
const colSum = (g: number[][][], j: number) => g.map((row) => row[j]!).reduce(add, []);

const ITEMS = [
  '男性',
  '女性',
  '20代',
  '30代',
  '40代',
  '50代',
  '60代',
  '70代以上',
  '内科',
  '外科',
  '小児科',
  '眼科',
  'Grade 1',
  'Grade 2',
  'Grade 3',
  'なし',
  'あり',
];
const GROUPS = ['A群', 'B群', 'C群', '実薬', 'プラセボ', '病院X', '病院Y', '病院Z'];
/** Total labels in words the checker may or may not know (any language a portal's user pastes). */
const TOTAL_WORDS = [
  '合計',
  'Total',
  '全体',
  'Jami',
  'Gesamt',
  'Totalt',
  'Semua',
  '전체',
  '全患者',
  '対象者',
  'All patients',
  '総計',
  'Σ',
  '計',
  '小計',
  'Insgesamt',
];

function countTable(fine: number[], rows: string[], cols: string[], g: number[][][]): PTable {
  return {
    rows,
    cols,
    cells: g.map((row) => row.map((e) => ({ text: String(sum(fine, e)), count: e }))),
    stated: [],
  };
}
function tsvOf(t: PTable, corner = ''): string {
  return [[corner, ...t.cols].join('\t'), ...t.rows.map((l, i) => [l, ...t.cells[i]!.map((c) => c.text)].join('\t'))].join('\n');
}
function labels(r: Rand, pool: readonly string[], k: number): string[] {
  const xs = [...pool];
  const out: string[] = [];
  for (let i = 0; i < k; i++) out.push(xs.splice(Math.floor(r() * xs.length), 1)[0]!);
  return out;
}

/** Inserts row sums (total rows) and column sums at given places; returns the grid and labels. */
function withTotals(
  g: number[][][],
  rows: string[],
  cols: string[],
  rowTotalAt: number | null,
  rowTotalLabel: string,
  colTotalAt: number | null,
  colTotalLabel: string,
) {
  let G = g.map((row) => [...row]);
  let C = [...cols];
  if (colTotalAt !== null) {
    G = G.map((row, i) => {
      const out = [...row];
      out.splice(colTotalAt, 0, rowSum(g, i));
      return out;
    });
    C.splice(colTotalAt, 0, colTotalLabel);
  }
  let R = [...rows];
  if (rowTotalAt !== null) {
    const total = G[0]!.map((_, j) => G.map((row) => row[j]!).reduce(add, []));
    G.splice(rowTotalAt, 0, total);
    R.splice(rowTotalAt, 0, rowTotalLabel);
  }
  return { G, R, C };
}

// ---------------------------------------------------------------- families

/** (1) totals found by arithmetic whatever the label. */
export function totals(r: Rand, kind: 'first' | 'middle' | 'unlabelled' | 'subtotal' | 'firstcol'): Case {
  const fine: number[] = [];
  const R = int(r, 3, 5);
  const C = int(r, 2, 4);
  const g = grid(r, fine, R, C);
  const rows = labels(r, ITEMS, R);
  const cols = labels(r, GROUPS, C);
  const word = pick(r, TOTAL_WORDS);
  let t: PTable;
  if (kind === 'first') {
    const { G, R: rr, C: cc } = withTotals(g, rows, cols, 0, word, r() < 0.5 ? C : null, pick(r, TOTAL_WORDS));
    t = countTable(fine, rr, cc, G);
  } else if (kind === 'firstcol') {
    const { G, R: rr, C: cc } = withTotals(g, rows, cols, r() < 0.5 ? R : null, pick(r, TOTAL_WORDS), 0, word);
    t = countTable(fine, rr, cc, G);
  } else if (kind === 'middle') {
    const {
      G,
      R: rr,
      C: cc,
    } = withTotals(g, rows, cols, int(r, 1, R - 1), word, r() < 0.5 ? int(r, 1, C - 1) : null, pick(r, TOTAL_WORDS));
    t = countTable(fine, rr, cc, G);
  } else if (kind === 'unlabelled') {
    // A column total row and a row total column, one of them with a blank label (or a label of an item).
    const blankRow = r() < 0.5;
    const blank = pick(r, ['', ' ', '　', '-', 'その他']);
    const { G, R: rr, C: cc } = withTotals(g, rows, cols, R, blankRow ? blank : word, C, blankRow ? word : blank);
    t = countTable(fine, rr, cc, G);
  } else {
    // Two levels: items in groups of 2–3, each group's subtotal labelled like an item (no indentation, no 計), and
    // a grand total labelled or not.
    const groups: number[][] = [];
    let i = 0;
    while (i < R) {
      const k = Math.min(R - i, int(r, 2, 3));
      groups.push(Array.from({ length: k }, (_, j) => i + j));
      i += k;
    }
    const sub = ['内科系', '外科系', '若年', '高齢', '軽症', '重症', 'Group I', 'Group II'];
    const G: number[][][] = [];
    const L: string[] = [];
    const subFirst = r() < 0.5;
    for (const [k, grp] of groups.entries()) {
      const line = cols.map((_, j) => grp.map((ii) => g[ii]![j]!).reduce(add, []));
      const name = sub[k % sub.length]!;
      if (subFirst) {
        G.push(line);
        L.push(name);
      }
      for (const ii of grp) {
        G.push(g[ii]!);
        L.push(rows[ii]!);
      }
      if (!subFirst) {
        G.push(line);
        L.push(name);
      }
    }
    if (r() < 0.7) {
      G.push(cols.map((_, j) => colSum(g, j)));
      L.push(r() < 0.5 ? word : pick(r, ['全体計', '', 'All']));
    }
    t = countTable(fine, L, cols, G);
  }
  return { family: `totals/${kind}`, text: tsvOf(t) + '\n', fine, tables: [t] };
}

/** (2) published denominators. */
export function denominators(r: Rand, kind: 'headerN' | 'npct' | 'frac' | 'rowcol' | 'titleN' | 'mixedbase'): Case {
  const fine: number[] = [];
  const R = int(r, 2, 4);
  const C = int(r, 2, 3);
  const g = grid(r, fine, R, C);
  const rows = labels(r, ITEMS, R);
  const cols = labels(r, GROUPS, C);
  // Each column's patients left out of its rows (不明, not printed): 0 or small or large.
  const rest = cols.map(() => {
    fine.push(pick(r, [0, 0, int(r, 1, 9), int(r, 10, 30)]));
    return fine.length - 1;
  });
  const colN = cols.map((_, j) => [...colSum(g, j), rest[j]!]);
  const d = r() < 0.5 ? 0 : 1;
  const pct = (c: number[], b: number[], dd = d) => round((100 * sum(fine, c)) / Math.max(1, sum(fine, b)), dd);
  const t: PTable = { rows, cols: [...cols], cells: [], stated: [] };
  let corner = '';
  let title = '';
  if (kind === 'headerN') {
    t.cols = cols.map((c, j) => `${c} (N=${sum(fine, colN[j]!)})`);
    t.stated = colN.map((e) => ({ expr: e, value: sum(fine, e) }));
    t.cells = g.map((row) => row.map((e) => ({ text: String(sum(fine, e)), count: e })));
  } else if (kind === 'npct') {
    t.cols = cols.map((c, j) => `${c} (N=${sum(fine, colN[j]!)})`);
    t.stated = colN.map((e) => ({ expr: e, value: sum(fine, e) }));
    corner = 'n (%)';
    t.cells = g.map((row) =>
      row.map((e, j) => ({
        text: `${sum(fine, e)} (${pct(e, colN[j]!)}${r() < 0.5 ? '%' : ''})`,
        count: e,
        base: colN[j]!,
        percent: { p: Number(pct(e, colN[j]!)), d },
      })),
    );
  } else if (kind === 'frac') {
    t.cells = g.map((row) => row.map((e, j) => ({ text: `${sum(fine, e)}/${sum(fine, colN[j]!)}`, count: e, base: colN[j]! })));
    for (const e of colN) t.stated.push({ expr: e, value: sum(fine, e) });
  } else if (kind === 'titleN') {
    // Bare shares of the table's N, stated in the title or the corner; rows share one N (one column).
    const all = [...g.flatMap((row) => row.flat()), ...rest];
    const N = sum(fine, all);
    const where = r() < 0.5 ? 'title' : 'corner';
    if (where === 'title') title = `# 表 対象患者 N=${N}`;
    else corner = `N=${N}`;
    t.stated = [{ expr: all, value: N }];
    t.cells = g.map((row) =>
      row.map((e) => ({ text: `${pct(e, all)}%`, count: e, base: all, percent: { p: Number(pct(e, all)), d }, bare: true })),
    );
  } else if (kind === 'rowcol') {
    // Row percentages in the first block of rows, column percentages in the second; the totals printed.
    const half = Math.max(1, Math.floor(R / 2));
    const rowT = (i: number) => rowSum(g, i);
    const colT = (j: number) => colSum(g, j);
    t.cols = [...cols, '合計'];
    t.cells = g.map((row, i) => [
      ...row.map((e, j) => {
        const base = i < half ? rowT(i) : colT(j);
        return { text: `${sum(fine, e)} (${pct(e, base)}%)`, count: e, base, percent: { p: Number(pct(e, base)), d } };
      }),
      { text: String(sum(fine, rowT(i))), count: rowT(i) },
    ]);
    t.rows = [...rows, '合計'];
    t.cells.push([
      ...cols.map((_, j) => ({ text: String(sum(fine, colT(j))), count: colT(j) })),
      {
        text: String(
          sum(
            fine,
            g.flatMap((x) => x.flat()),
          ),
        ),
        count: g.flatMap((x) => x.flat()),
      },
    ]);
    corner = 'n (%)';
  } else {
    // mixedbase: shares of the row's total in one block of columns, of the column's N in the other (no totals printed
    // for the rows: the row base is the row's sum, an attacker's equation).
    t.cols = cols.map((c, j) => `${c} (N=${sum(fine, colN[j]!)})`);
    t.stated = colN.map((e) => ({ expr: e, value: sum(fine, e) }));
    const half = Math.max(1, Math.floor(C / 2));
    t.cells = g.map((row, i) =>
      row.map((e, j) => {
        const base = j < half ? rowSum(g, i) : colN[j]!;
        return { text: `${sum(fine, e)} (${pct(e, base)}%)`, count: e, base, percent: { p: Number(pct(e, base)), d } };
      }),
    );
  }
  return { family: `denominators/${kind}`, rests: rest, text: (title ? title + '\n' : '') + tsvOf(t, corner) + '\n', fine, tables: [t] };
}

/** (3) lines that could be dropped silently. */
export function dropped(r: Rand, kind: 'comment' | 'header2' | 'afterblank' | 'note'): Case {
  const fine: number[] = [];
  const R = int(r, 3, 4);
  const C = int(r, 2, 3);
  const g = grid(r, fine, R, C, 0.1);
  const rows = labels(r, ITEMS, R);
  const cols = labels(r, GROUPS, C);
  // A line of small counts (不明): part of the total, printed in the way the class says.
  const unk = cols.map(() => {
    fine.push(int(r, 1, 9));
    return fine.length - 1;
  });
  const total = cols.map((_, j) => [...colSum(g, j), unk[j]!]);
  const t: PTable = {
    rows: [...rows],
    cols,
    cells: g.map((row) => row.map((e) => ({ text: String(sum(fine, e)), count: e }))),
    stated: [],
  };
  const unkCells = unk.map((v) => ({ text: String(fine[v]), count: [v] }));
  const totCells = total.map((e) => ({ text: String(sum(fine, e)), count: e }));
  const head = ['', ...cols].join('\t');
  const body = (ls: string[], cs: PCell[][]) => ls.map((l, i) => [l, ...cs[i]!.map((c) => c.text)].join('\t'));
  let text: string;
  const unkLine = (label: string) => [label, ...unkCells.map((c) => c.text)].join('\t');
  const totLine = ['合計', ...totCells.map((c) => c.text)].join('\t');
  if (kind === 'comment') {
    const label = pick(r, ['# 不明', '// 不明', '-- 不明', ';不明', '%不明', '* 不明', '（不明）', '[不明]']);
    const before = r() < 0.5;
    text = [head, ...body(rows, t.cells), ...(before ? [unkLine(label), totLine] : [totLine, unkLine(label)])].join('\n');
    if (before) {
      t.rows.push(label, '合計');
      t.cells.push(unkCells, totCells);
    } else {
      t.rows.push('合計', label);
      t.cells.push(totCells, unkCells);
    }
  } else if (kind === 'header2') {
    // A second header row under the first: units, or a repeat of the groups, then the rows; the 不明 line printed.
    const second = pick(r, [
      ['', ...cols.map(() => 'n')].join('\t'),
      ['', ...cols.map(() => '人')].join('\t'),
      head,
      ['', ...cols.map((_, j) => `(N=${sum(fine, total[j]!)})`)].join('\t'),
    ]);
    text = [head, second, ...body(rows, t.cells), unkLine('不明'), totLine].join('\n');
    t.rows.push('不明', '合計');
    t.cells.push(unkCells, totCells);
  } else if (kind === 'afterblank') {
    // The 不明 line and the total after a blank line (the table goes on), with or without its header again.
    const again = r() < 0.5;
    text = [head, ...body(rows, t.cells), '', ...(again ? [head] : []), unkLine('不明'), totLine].join('\n');
    t.rows.push('不明', '合計');
    t.cells.push(unkCells, totCells);
  } else {
    // The total printed, the 不明 left out of the rows but stated in a note with its numbers.
    const note = pick(r, [
      `注: 不明 ${unkCells.map((c) => c.text).join('、')} 例を含む`,
      `※合計には不明（${cols.map((c, j) => `${c} ${unkCells[j]!.text}例`).join('、')}）を含む`,
      `Note: unknown ${unkCells.map((c) => c.text).join('/')}`,
    ]);
    text = [head, ...body(rows, t.cells), totLine, '', note].join('\n');
    t.rows.push('合計');
    t.cells.push(totCells);
  }
  return { family: `dropped/${kind}`, rests: kind === 'note' ? unk : [], text: text + '\n', fine, tables: [t] };
}

/** (4) linked tables sharing margins: the same groups' totals in two breakdowns. */
export function linked(r: Rand, kind: 'margins' | 'nested'): Case {
  const fine: number[] = [];
  const C = int(r, 2, 3);
  const cols = labels(r, GROUPS, C);
  if (kind === 'margins') {
    // One cross-classification (性別 × 年代 × 群), printed as two tables: 性別 × 群 and 年代 × 群, each with 合計.
    const A = 2;
    const B = int(r, 2, 3);
    const cube = Array.from({ length: A }, () => grid(r, fine, B, C, 0.3));
    const aLabels = ['男性', '女性'];
    const bLabels = labels(r, ['20代', '30代', '40代', '50代', '60代以上'], B);
    const t1g = aLabels.map((_, a) => cols.map((_, j) => cube[a]!.map((row) => row[j]!).reduce(add, [])));
    const t2g = bLabels.map((_, b) => cols.map((_, j) => cube.map((sl) => sl[b]![j]!).reduce(add, [])));
    const mk = (ls: string[], gg: number[][][]) => {
      const { G, R: rr, C: cc } = withTotals(gg, ls, cols, ls.length, '合計', C, '合計');
      return countTable(fine, rr, cc, G);
    };
    const t1 = mk(aLabels, t1g);
    const t2 = mk(bLabels, t2g);
    return { family: 'linked/margins', text: `# 表1 性別\n${tsvOf(t1)}\n\n# 表2 年代\n${tsvOf(t2)}\n`, fine, tables: [t1, t2] };
  }
  // nested: table 2 breaks down one row of table 1 (入院 by 重症度), its total row is table 1's row.
  const R = int(r, 2, 3);
  const g = grid(r, fine, R, C, 0.2);
  const rows = labels(r, ['入院', '外来', '在宅', '転院'], R);
  const sub = grid(r, fine, 2, C, 0.35);
  // row 0 of table 1 is the sum of table 2's rows.
  g[0] = cols.map((_, j) => [...sub[0]![j]!, ...sub[1]![j]!]);
  const { G, R: rr, C: cc } = withTotals(g, rows, cols, R, '合計', null, '');
  const t1 = countTable(fine, rr, cc, G);
  const { G: G2, R: r2, C: c2 } = withTotals(sub, ['重症', '軽症'], cols, r() < 0.5 ? 2 : null, '合計', null, '');
  const t2 = countTable(fine, r2, c2, G2);
  return { family: 'linked/nested', text: `# 表1\n${tsvOf(t1)}\n\n# 表2 ${rows[0]}の内訳\n${tsvOf(t2)}\n`, fine, tables: [t1, t2] };
}

/** Harder mixes of the core classes. */
export function mixes(r: Rand, kind: 'barepctN' | 'firstnpct' | 'linkedpct' | 'shortline' | 'itemtotal' | 'ndecimals'): Case {
  const fine: number[] = [];
  const R = int(r, 2, 4);
  const C = int(r, 2, 3);
  const g = grid(r, fine, R, C, 0.25);
  const rows = labels(r, ITEMS, R);
  const cols = labels(r, GROUPS, C);
  const d = r() < 0.5 ? 0 : 1;
  const pct = (c: number[], b: number[], dd = d) => round((100 * sum(fine, c)) / Math.max(1, sum(fine, b)), dd);
  const rest = cols.map(() => {
    fine.push(pick(r, [0, int(r, 1, 9), int(r, 1, 9), int(r, 10, 30)]));
    return fine.length - 1;
  });
  const colN = cols.map((_, j) => [...colSum(g, j), rest[j]!]);
  if (kind === 'barepctN' || kind === 'ndecimals') {
    // Bare shares under 「A群 (N=…)」 (0 or 1 decimals; ndecimals: N large, 0 decimals), a 不明 left unprinted.
    const t: PTable = {
      rows,
      cols: cols.map((c, j) =>
        pick(r, [`${c} (N=${sum(fine, colN[j]!)})`, `${c}\nN=${sum(fine, colN[j]!)}`, `${c} (n=${sum(fine, colN[j]!)})`]).replace(
          '\n',
          ' ',
        ),
      ),
      cells: g.map((row) =>
        row.map((e, j) => ({
          text: `${pct(e, colN[j]!, kind === 'ndecimals' ? 0 : d)}%`,
          count: e,
          base: colN[j]!,
          percent: { p: Number(pct(e, colN[j]!, kind === 'ndecimals' ? 0 : d)), d: kind === 'ndecimals' ? 0 : d },
          bare: true,
        })),
      ),
      stated: colN.map((e) => ({ expr: e, value: sum(fine, e) })),
    };
    return { family: `mixes/${kind}`, rests: rest, text: tsvOf(t, '%') + '\n', fine, tables: [t] };
  }
  if (kind === 'firstnpct') {
    // n (p%) of the row's total, the total column first and the total row first; labels of totals any word.
    const t: PTable = { rows: [pick(r, TOTAL_WORDS), ...rows], cols: [pick(r, TOTAL_WORDS), ...cols], cells: [], stated: [] };
    const all = g.flatMap((x) => x.flat());
    const top = [
      { text: String(sum(fine, all)), count: all },
      ...cols.map((_, j) => ({ text: String(sum(fine, colSum(g, j))), count: colSum(g, j) })),
    ];
    t.cells.push(top);
    g.forEach((row, i) =>
      t.cells.push([
        { text: String(sum(fine, rowSum(g, i))), count: rowSum(g, i) },
        ...row.map((e) => ({
          text: `${sum(fine, e)} (${pct(e, rowSum(g, i))})`,
          count: e,
          base: rowSum(g, i),
          percent: { p: Number(pct(e, rowSum(g, i))), d },
        })),
      ]),
    );
    return { family: `mixes/${kind}`, text: tsvOf(t, 'n (%)') + '\n', fine, tables: [t] };
  }
  if (kind === 'linkedpct') {
    // Table 1: counts with the groups' totals; table 2: another breakdown of the same patients as bare shares of the
    // same totals (the N written in table 2's headers, or nowhere: the attacker links them by the groups' names).
    const B = int(r, 2, 3);
    const g2 = grid(r, fine, B, C, 0.3);
    // Table 2's cells are a breakdown of the same columns: force its columns to add up to table 1's.
    const tot = cols.map((_, j) => colSum(g, j));
    const lastIdx = g2.length - 1;
    // The last row of table 2 takes what is left (made non-negative by construction: a fresh fine count).
    for (let j = 0; j < C; j++) {
      const others = g2.slice(0, lastIdx).reduce((s2, row) => s2 + sum(fine, row[j]!), 0);
      const left = sum(fine, tot[j]!) - others;
      if (left < 0) fine[tot[j]![0]!]! += -left + int(r, 1, 30);
      const left2 = sum(fine, tot[j]!) - others;
      fine[g2[lastIdx]![j]![0]!] = left2;
    }
    const { G, R: rr, C: cc } = withTotals(g, rows, cols, R, '合計', null, '');
    const t1 = countTable(fine, rr, cc, G);
    const bl = labels(r, ['20代', '30代', '40代', '50代', '60代以上'], B);
    const stateN = r() < 0.5;
    const t2: PTable = {
      rows: bl,
      cols: cols.map((c, j) => (stateN ? `${c} (N=${sum(fine, tot[j]!)})` : c)),
      cells: g2.map((row) =>
        row.map((e, j) => ({
          text: `${pct(e, tot[j]!)}%`,
          count: e,
          base: tot[j]!,
          percent: { p: Number(pct(e, tot[j]!)), d },
          bare: true,
        })),
      ),
      stated: [],
    };
    // The equation that truly holds: table 2's cells add up to table 1's column totals.
    for (let j = 0; j < C; j++) t2.stated.push({ expr: g2.map((row) => row[j]!).reduce(add, []), minus: tot[j]!, value: 0 });
    return { family: `mixes/${kind}`, text: `# 表1\n${tsvOf(t1)}\n\n# 表2 年代 (%)\n${tsvOf(t2, '%')}\n`, fine, tables: [t1, t2] };
  }
  if (kind === 'shortline') {
    // A line with fewer cells than the header (不明 of the first columns only), or its numbers in its label.
    const unk = cols.map(() => {
      fine.push(int(r, 1, 9));
      return fine.length - 1;
    });
    const total = cols.map((_, j) => [...colSum(g, j), unk[j]!]);
    const t: PTable = {
      rows: [...rows],
      cols,
      cells: g.map((row) => row.map((e) => ({ text: String(sum(fine, e)), count: e }))),
      stated: [],
    };
    const form = pick(r, ['short', 'label', 'merged']);
    const head = ['', ...cols].join('\t');
    const body = rows.map((l, i) => [l, ...t.cells[i]!.map((c) => c.text)].join('\t'));
    const totLine = ['合計', ...total.map((e) => String(sum(fine, e)))].join('\t');
    let line: string;
    if (form === 'short') line = ['不明', ...unk.map((v) => String(fine[v]))].join('\t').split('\t').slice(0, C).join('\t');
    else if (form === 'label') line = `不明（${cols.map((c, j) => `${c}${fine[unk[j]!]}`).join('、')}）`;
    else line = `不明 ${unk.map((v) => fine[v]).join(' ')}`;
    t.rows.push('合計');
    t.cells.push(total.map((e) => ({ text: String(sum(fine, e)), count: e })));
    return { family: `mixes/${kind}/${form}`, rests: unk, text: [head, ...body, line, totLine].join('\n') + '\n', fine, tables: [t] };
  }
  // itemtotal: a grand total row labelled as an item word and a row total column left blank, in the middle.
  const word = pick(r, ['その他', '全例', '患者', '対象', 'Patients', '人数', '例数']);
  const { G, R: rr, C: cc } = withTotals(g, rows, cols, int(r, 0, R), word, int(r, 0, C), pick(r, ['', '人数', 'n']));
  const t = countTable(fine, rr, cc, G);
  return { family: `mixes/${kind}`, text: tsvOf(t) + '\n', fine, tables: [t] };
}

/** Foreign or trial words for the whole group: labels of totals the checker did not read as such on 71239d0. */
export const OVER_WORDS = [
  'Kokonais',
  'Tutti',
  'Everyone',
  'Cohort',
  'Subjects',
  'FAS',
  'ITT',
  '解析対象集団',
  '登録例',
  '対象患者',
  'Kaikki',
  'Alle',
];

/**
 * A total line under such a word that is over its items' sum in every position: by less than the threshold in one
 * position at least (a small rest: 不明, 除外) and by the threshold or more in another (attack32's leak class).
 */
export function overMixed(r: Rand): Case {
  const fine: number[] = [];
  const R = int(r, 2, 4);
  const C = int(r, 2, 4);
  const g = grid(r, fine, R, C, 0);
  const rows = labels(r, ITEMS, R);
  const cols = labels(r, GROUPS, C);
  const smallAt = int(r, 0, C - 1);
  let largeAt = int(r, 0, C - 2);
  if (largeAt >= smallAt) largeAt++;
  const rest = cols.map((_, j) => {
    fine.push(j === smallAt ? int(r, 1, 9) : j === largeAt ? int(r, 10, 40) : pick(r, [int(r, 1, 9), int(r, 10, 40)]));
    return fine.length - 1;
  });
  const word = pick(r, OVER_WORDS);
  const totalLine = cols.map((_, j) => [...colSum(g, j), rest[j]!]);
  const first = r() < 0.5;
  const G = first ? [totalLine, ...g] : [...g, totalLine];
  const L = first ? [word, ...rows] : [...rows, word];
  const t = countTable(fine, L, cols, G);
  return { family: 'totals/overmixed', rests: rest, text: tsvOf(t) + '\n', fine, tables: [t] };
}

/**
 * The cost side of the overmixed fix: ordinary tables (no total) where one category outnumbers the others in every
 * position, by a few somewhere and by many elsewhere (なし over あり's grades). Labels are categories (Japanese, or the
 * English words of ITEMS); a refusal here is a false refusal.
 */
export function dominant(r: Rand): Case {
  const fine: number[] = [];
  const R = int(r, 2, 4);
  const C = int(r, 2, 4);
  const g = grid(r, fine, R, C, 0.2);
  const rows = labels(r, ITEMS, R + 1);
  const cols = labels(r, GROUPS, C);
  const big = cols.map((_, j) => {
    fine.push(sum(fine, colSum(g, j)) + (r() < 0.4 ? int(r, 1, 9) : int(r, 10, 60)));
    return [fine.length - 1];
  });
  const at = int(r, 0, R);
  const G = [...g];
  G.splice(at, 0, big);
  const t = countTable(fine, rows, cols, G);
  return { family: 'ordinary/dominant', text: tsvOf(t) + '\n', fine, tables: [t] };
}

export const FAMILIES: Record<string, (r: Rand) => Case> = {
  'totals/first': (r) => totals(r, 'first'),
  'totals/firstcol': (r) => totals(r, 'firstcol'),
  'totals/middle': (r) => totals(r, 'middle'),
  'totals/unlabelled': (r) => totals(r, 'unlabelled'),
  'totals/subtotal': (r) => totals(r, 'subtotal'),
  'totals/overmixed': overMixed,
  'ordinary/dominant': dominant,
  'denominators/headerN': (r) => denominators(r, 'headerN'),
  'denominators/npct': (r) => denominators(r, 'npct'),
  'denominators/frac': (r) => denominators(r, 'frac'),
  'denominators/rowcol': (r) => denominators(r, 'rowcol'),
  'denominators/titleN': (r) => denominators(r, 'titleN'),
  'denominators/mixedbase': (r) => denominators(r, 'mixedbase'),
  'dropped/comment': (r) => dropped(r, 'comment'),
  'dropped/header2': (r) => dropped(r, 'header2'),
  'dropped/afterblank': (r) => dropped(r, 'afterblank'),
  'dropped/note': (r) => dropped(r, 'note'),
  'linked/margins': (r) => linked(r, 'margins'),
  'linked/nested': (r) => linked(r, 'nested'),
  'mixes/barepctN': (r) => mixes(r, 'barepctN'),
  'mixes/ndecimals': (r) => mixes(r, 'ndecimals'),
  'mixes/firstnpct': (r) => mixes(r, 'firstnpct'),
  'mixes/linkedpct': (r) => mixes(r, 'linkedpct'),
  'mixes/shortline': (r) => mixes(r, 'shortline'),
  'mixes/itemtotal': (r) => mixes(r, 'itemtotal'),
};

export function family(name: string, n: number, seed: number): Case[] {
  const r = lcg(seed * 7919 + [...name].reduce((s, ch) => s * 31 + ch.charCodeAt(0), 0));
  return Array.from({ length: n }, () => FAMILIES[name]!(r));
}

// ---------------------------------------------------------------- the attacker

/** What the checker published: per table, per printed cell (row, col in our grid), hidden or not. */
export type Hidden = (t: number, i: number, j: number) => boolean;

/**
 * The attack: every fine count a whole number ≥ 0 (≥ 1 where it is not 0: 0 is exempt and published as such), every
 * published cell's count fixed, every published share bounding its count against its base, every stated N fixed.
 * Returns the fine counts 1…T−1 whose largest value is under T (each with that value).
 */
export function attackCase(highs: Highs, c: Case, hidden: Hidden, zeroExempt = true): { v: number; value: number; hi: number }[] {
  const cons: string[] = [];
  const term = (e: number[], k = 1) => {
    const m = new Map<number, number>();
    for (const v of e) m.set(v, (m.get(v) ?? 0) + k);
    return [...m].map(([v, q]) => `${q >= 0 ? '+' : '-'} ${Math.abs(q)} x${v}`).join(' ');
  };
  c.tables.forEach((t, ti) => {
    for (const s of t.stated) cons.push(`${term(s.expr)} ${s.minus ? term(s.minus, -1) : ''} = ${s.value}`);
    t.cells.forEach((row, i) =>
      row.forEach((cell, j) => {
        if (hidden(ti, i, j)) return;
        if (!cell.bare) cons.push(`${term(cell.count)} = ${sum(c.fine, cell.count)}`);
        if (cell.base) {
          if (cell.percent) {
            const h = 0.5 * 10 ** -cell.percent.d;
            const lo = cell.percent.p - h;
            const hi = cell.percent.p + h;
            // 100·count − lo·base ≥ 0, 100·count − hi·base ≤ 0
            cons.push(`${term(cell.count, 100)} ${term(cell.base, -lo)} >= 0`);
            cons.push(`${term(cell.count, 100)} ${term(cell.base, -hi)} <= 0`);
          } else cons.push(`${term(cell.base)} = ${sum(c.fine, cell.base)}`);
        }
      }),
    );
  });
  // 0 is exempt (published as 0): a printed count the checker hides is at least 1 where it is not 0. Fine counts no
  // cell prints (a cross-classification's cells, a column's 不明) are only ≥ 0.
  const hiddenPrinted: number[][] = [];
  const shownSmall: number[][] = [];
  c.tables.forEach((t, ti) =>
    t.cells.forEach((row, i) =>
      row.forEach(
        (cell, j) =>
          !hidden(ti, i, j) && !cell.bare && sum(c.fine, cell.count) >= 1 && sum(c.fine, cell.count) < T && shownSmall.push(cell.count),
      ),
    ),
  );
  c.tables.forEach((t, ti) =>
    t.cells.forEach((row, i) => row.forEach((cell, j) => (hidden(ti, i, j) || cell.bare) && hiddenPrinted.push(cell.count))),
  );
  if (zeroExempt) for (const e of hiddenPrinted) if (sum(c.fine, e) >= 1) cons.push(`${term(e)} >= 1`);
  const bounds = c.fine.map((_, v) => `x${v} >= 0`);
  const general = c.fine.map((_, v) => `x${v}`).join(' ');
  const out: { v: number; value: number; hi: number }[] = [];
  const targets = new Map<string, number[]>();
  for (const e of [...hiddenPrinted, ...shownSmall, ...(c.rests ?? []).map((v) => [v])])
    targets.set([...e].sort((a, b) => a - b).join(','), e);
  for (const [k, e] of targets) {
    const x = sum(c.fine, e);
    if (x < 1 || x >= T) continue;
    const lp = `Maximize\n obj: ${term(e)}\nSubject To\n${cons.map((k, n) => ` c${n}: ${k}`).join('\n')}\nBounds\n${bounds.join('\n')}\nGeneral\n ${general}\nEnd\n`;
    const s = highs.solve(lp, {});
    if (s.Status === 'Unbounded' || s.Status === 'Primal infeasible or unbounded') continue;
    if (s.Status !== 'Optimal') throw new Error(`attack: ${s.Status}\n${c.text}`);
    const hi = Math.round(s.ObjectiveValue);
    if (hi < T) out.push({ v: Number(k.split(',')[0]), value: x, hi });
  }
  return out;
}

// ---------------------------------------------------------------- the CLI run

const norm = (s: string) =>
  s
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[(（][^()（）]*[=＝][^()（）]*[)）]/g, '')
    .replace(/^[#/;%*\-[\]（）()]+/, '');

export interface Run {
  code: number;
  hidden: Hidden;
  unmapped: number;
  json?: unknown;
  stderr: string;
  stdout: string;
}

/** Runs the CLI on a case; maps its hidden cells onto ours by table, row and column labels. */
export function runCli(c: Case, root = process.cwd(), details = true, zeroExempt = true): Run {
  const dir = mkdtempSync(join(tmpdir(), 'a32-'));
  const file = join(dir, 'in.tsv');
  writeFileSync(file, c.text);
  let stdout = '';
  let stderr = '';
  let code = 0;
  try {
    stdout = execFileSync(
      'npm',
      [
        'run',
        '--silent',
        'pubcheck',
        '--',
        file,
        details ? '--details' : '--no-details',
        '--json',
        '--search-seconds',
        '0.3',
        ...(zeroExempt ? ['--content', join(process.cwd(), 'test/fixtures/pubcheck/content')] : []),
      ],
      {
        cwd: root,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
  } catch (e) {
    const err = e as { status: number; stdout: string; stderr: string };
    code = err.status;
    stdout = err.stdout;
    stderr = err.stderr;
  }
  const hiddenSet = new Set<string>();
  let unmapped = 0;
  let json: unknown;
  try {
    json = JSON.parse(stdout);
  } catch {
    /* a refusal in words */
  }
  const tables =
    (
      json as
        | { tables?: { rows: { label: string }[]; cols: { label: string }[]; cells: { row: string; col: string; status: string }[] }[] }
        | undefined
    )?.tables ?? [];
  // Exact labels first; a blank label is the checker's 「合計」 where it is the blank one; else by position where the
  // checker read as many lines as we wrote; else a label that starts or ends with ours.
  const find = (mine: string[], label: string, theirs: string[]) => {
    const exact = mine.findIndex((l) => norm(l) === norm(label));
    if (exact >= 0) return exact;
    if (theirs.length === mine.length) return theirs.indexOf(label);
    return mine.findIndex((l) => norm(l) !== '' && (norm(label).endsWith(norm(l)) || norm(label).startsWith(norm(l))));
  };
  tables.forEach((tr, ti) => {
    const mine = c.tables[ti];
    for (const cell of tr.cells) {
      if (cell.status === 'published') continue;
      const i = mine
        ? find(
            mine.rows,
            cell.row,
            tr.rows.map((h) => h.label),
          )
        : -1;
      const j = mine
        ? find(
            mine.cols,
            cell.col,
            tr.cols.map((h) => h.label),
          )
        : -1;
      if (i < 0 || j < 0) unmapped++;
      else hiddenSet.add(`${ti}:${i}:${j}`);
    }
  });
  return { code, hidden: (t, i, j) => hiddenSet.has(`${t}:${i}:${j}`), unmapped, json, stderr, stdout };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const n = Number(process.argv[2] ?? 10);
  const seed = Number(process.argv[3] ?? 841);
  const names = process.argv.slice(4).length ? process.argv.slice(4) : Object.keys(FAMILIES);
  const root = process.env.ROOT ?? process.cwd();
  const details = process.env.NO_DETAILS !== '1';
  const zeroExempt = process.env.ZERO !== 'small';
  const { default: loadHighs } = await import('highs');
  const highs = await loadHighs();
  for (const name of names) {
    const tally = { exit0: 0, exit1: 0, refused: 0, crash: 0, leak: 0, unmapped: 0 };
    const leaks: string[] = [];
    for (const c of family(name, n, seed)) {
      const run = runCli(c, root, details, zeroExempt);
      if (run.code === 2) {
        if (/チェッカー自体|Error|at /.test(run.stderr) && !/^\s*表/.test(run.stderr)) {
          tally.crash++;
          leaks.push(`CRASH\n${c.text}${run.stderr.slice(0, 400)}`);
        } else tally.refused++;
        continue;
      }
      if (run.code === 0) tally.exit0++;
      else if (run.code === 1) tally.exit1++;
      else {
        tally.crash++;
        leaks.push(`EXIT ${run.code}\n${c.text}${run.stderr.slice(0, 400)}`);
        continue;
      }
      if (run.unmapped) tally.unmapped++;
      const verdict = (run.json as { verdict?: { afterChanges?: unknown } } | undefined)?.verdict;
      if (run.code === 1 && !verdict?.afterChanges) continue;
      // Exit 1 is a proposal: its hidden cells are attacked as published after the change (where it offers one).
      const found = attackCase(highs, c, run.hidden, zeroExempt);
      // Without details the rule does not apply: a small count is published, but must be said (not-applied).
      const reasons = (run.json as { verdict?: { reasons?: { kind: string }[] } } | undefined)?.verdict?.reasons ?? [];
      if (!details && reasons.some((x) => x.kind === 'not-applied')) continue;
      if (found.length) {
        tally.leak++;
        leaks.push(`LEAK exit ${run.code}: ${found.map((f) => `x${f.v}=${f.value} ≤ ${f.hi}`).join(', ')}\n${c.text}`);
      }
    }
    console.log(`${name}\t${JSON.stringify(tally)}`);
    if (process.env.SHOW) for (const l of leaks.slice(0, Number(process.env.SHOW))) console.log(l + '\n---');
  }
}
