/**
 * Lines that count patients cumulatively over ordered time points (累積患者数, 累計, cumulative, number at risk,
 * リスク集合の人数): each step between two neighbouring cells is itself a count of patients — those who came in, or
 * who left the risk set, in that period — though no cell prints it. 「累積患者数 100, 103」 shows that 3 patients came
 * in the second year, and a reader needs no other cell to see it. The checker cannot hide a step that is no cell, so
 * a count table with such a line whose step is a small count is refused, naming the line, the two points and how to
 * print the steps as a line of their own, which the checker then protects together with the cumulative one (the
 * running sum between two lines is an equation of the system, system.ts). Found only where the label says so and the
 * positions across are time points (each header holds a number: 1年目, 6か月, 2020年, Week 4): a label such as
 * 「累積投与量 100mg未満」 over groups A and B is a category, not a sequence (our reading, said in the message).
 */
import { countsForPercent, normalise } from './cell.ts';
import { denominatorOf } from './table.ts';
import type { Cell, Header, InputError, Table, Warning } from './types.ts';
import { quote } from './quote.ts';
import { EVENTS_WORDS, startOf, SURVIVAL } from './lifetable.ts';

/**
 * A label saying its line counts cumulatively, or counts those still at risk (a cumulative count from the top); in
 * abbreviations and other words too (attack31: 「Cumul.」「Cum. n」「running total」「通算」 were read as counts per period).
 */
const CUMULATIVE =
  /累積|累計|通算|累加|cumulative|\bcum\b\.?|\bcumul\b\.?|running\s*(?:total|sum)|\bto\s*date\b|\bytd\b|at\s*risk|リスク集合|リスク人数|追跡中|観察中|残存/i;

/** totals17: a label saying its line counts cumulatively (`CUMULATIVE`), for overtotal.ts. */
export const saysCumulative = (label: string): boolean => CUMULATIVE.test(normalise(label));

/**
 * totals40 (and totals17, overtotal.ts): `line` is the running sum of `of` over `positions` (each position `of` up to it
 * added), first to last, over two positions at least where it grows (a line equal to `of` is no running sum).
 */
export function runningOver(line: readonly number[], of: readonly number[], positions: readonly number[]): boolean {
  if (positions.length < 2) return false;
  let sum = 0;
  let grows = false;
  for (const k of positions) {
    sum += of[k]!;
    if (line[k] !== sum) return false;
    if (of[k]! > 0 && k !== positions[0]) grows = true;
  }
  return grows;
}

/**
 * A header naming a point or period in time: a number in it (1年目, 6か月, 2020年, Day 7, Week 4, 0-6M), or a word for
 * one without digits (初年度, 翌年度, 前年, 開始時, 三か月, baseline, week, year …): a step between 「初年度」 and 「翌年度」 is a
 * count as one between 1年目 and 2年目 is.
 */
const TIME_WORD =
  /(?<![\d一二三四五六七八九十])[\d一二三四五六七八九十]+\s*(?:年|か月|カ月|ヶ月|ケ月|箇月|月|週|日|回目)|年度|初年|翌|前年|昨年|今年|本年|来年|開始|終了|登録時|時点|期首|期末|上期|下期|上半期|下半期|baseline|day|week|month|year|visit|\b[dwmy]\s*\d/i;
/** totals17: a header naming a point or period in time (`TIME_WORD`), for overtotal.ts. */
export const namesTime = (label: string): boolean => TIME_WORD.test(normalise(label));
const TIME_POINT = new RegExp(String.raw`\d|${TIME_WORD.source}`, 'i');

/** What an attacker knows of a cell's count: one value, or the range a rounded percentage of a known N allows. */
interface Range {
  lo: number;
  hi: number;
}

interface Line {
  table: Table;
  axis: 'rows' | 'cols';
  index: number;
  label: string;
  across: Header[];
  /** Item positions across, in printed order. */
  positions: number[];
  /** The count at each position (a range for a percentage), and the cell as written. */
  counts: Range[];
  texts: string[];
}

/**
 * The counts of a line's cells: counts as they are, percentages as the counts they stand for of each cell's N (`ns`:
 * the line's, else the time point's, else the table's); undefined where a cell is neither or no N is known.
 */
function countsOf(cells: readonly Cell[], ns: readonly (number | undefined)[]): Range[] | undefined {
  const out: Range[] = [];
  for (const [k, c] of cells.entries()) {
    const v = c.value;
    const n = ns[k];
    if (v.kind === 'count') out.push({ lo: v.n, hi: v.n });
    else if (n !== undefined && n > 0) out.push(countsForPercent(v.percent, v.decimals, n));
    else return undefined;
  }
  return out;
}

/** Every line of the table with its item positions across and their counts. */
function linesOf(table: Table): Line[] {
  const out: Line[] = [];
  for (const axis of ['rows', 'cols'] as const) {
    const [own, across] = axis === 'rows' ? [table.rows, table.cols] : [table.cols, table.rows];
    // Lines of ours (ofwhich.ts: a うち line's rest, N less a line where the lines pass N) are no time points: read as
    // several answers, 「1年 累積」 20 then 「2年 累積」 23 under 「B群 (N=137)」 had 「1年 累積以外」 between them, and the
    // step of 3 went unseen (combo).
    const positions = across.flatMap((h, k) => (h.kind === 'item' && !h.rest && !h.ns ? [k] : []));
    own.forEach((h, index) => {
      const cells = positions.map((k) => (axis === 'rows' ? table.cells[index]![k]! : table.cells[k]![index]!));
      // The line's N, else each time point's (「2021年 (N=50)」: a percentage line's N stated per point), else the table's.
      const counts = countsOf(
        cells,
        positions.map((k) => h.denominator ?? across[k]!.denominator ?? table.denominator),
      );
      if (!counts) return;
      out.push({ table, axis, index, label: h.label, across, positions, counts, texts: cells.map((c) => normalise(c.text)) });
    });
  }
  return out;
}

/** A cumulative dose or exposure (累積投与量): a category of patients, not a count that accumulates. */
const DOSE = /(?:累積|累計|cumulative)\s*(?:の\s*)?(?:投与|用量|線量|曝露|被ばく|喫煙|dose|exposure)/i;
/**
 * The title or the corner says the table counts cumulatively (「# 累積患者数」 over rows of groups and columns of years):
 * each line over the time points is a cumulative line, though its own label (「A群」) says nothing of it.
 */
const tableSays = (table: Table) =>
  [table.title ?? '', table.corner].some((t) => CUMULATIVE.test(normalise(t)) && !DOSE.test(normalise(t)));

/**
 * life37: a line a life table's steps take as the events or censored of each interval (lifetable.ts): a title
 * 「リスク集合」 names the table, not each of its lines, so such a line is no cumulative one.
 */
const lifePart = (line: Line) => line.table.lifeParts?.some((p) => p.axis === line.axis && p.lines.includes(line.index)) ?? false;

/** A line said to be events or censored (lifetable.ts `EVENTS_WORDS`): no line at risk, whatever the title says. */
const saidEvents = (line: Line) => EVENTS_WORDS.test(normalise(line.label));
/**
 * life40: a table of lines at risk under a title naming a survival analysis (「# 図1 全生存期間」「# Kaplan-Meier曲線」 over
 * 「A群」「B群」 or 「人数」 at 0か月, 6か月 …): no life table read in it (no events' or censored lines take its steps,
 * here or in another table), and every line over the time points never rises and one falls — the numbers at risk under
 * the figure, each line read as a named at-risk line (our reading: the title says what the table is); lines said to be
 * events or censored (「イベント」「打ち切り」, falling by chance) are none of them.
 */
const riskTable = (table: Table, lines: readonly Line[]) => {
  if (!table.title && !table.corner) return false;
  if (![table.title ?? '', table.corner].some((t) => SURVIVAL.test(normalise(t)))) return false;
  if (table.steps?.length || table.stepsAcross?.length || table.lifeParts?.length || table.kind !== 'count') return false;
  const timed = lines.filter(
    (l) =>
      l.table === table &&
      !saidEvents(l) &&
      l.positions.length >= 2 &&
      l.positions.every((k) => TIME_POINT.test(normalise(l.across[k]!.label))),
  );
  const falls = (l: Line) => l.counts.slice(1).map((c, k) => l.counts[k]!.lo - c.lo);
  return timed.length > 0 && timed.every((l) => falls(l).every((f) => f >= 0)) && timed.some((l) => falls(l).some((f) => f > 0));
};

const meets = (a: Range, b: Range) => a.lo <= b.hi && b.lo <= a.hi;
/** The step from a to b: what b − a can be. */
const stepOf = (a: Range, b: Range): Range => ({ lo: b.lo - a.hi, hi: b.hi - a.lo });
const negative = (r: Range): Range => ({ lo: -r.hi, hi: -r.lo });

/**
 * Cumulative lines whose step between two neighbouring time points is, or is shown to be, under the threshold (0
 * too, unless zeros are exempt), where no line of the input prints those steps: one error per line, at its first
 * such step. Percentages are read as the counts they stand for of the line's N.
 */
export function cumulativeSteps(tables: readonly Table[], threshold: number, zeroExempt: boolean): InputError[] {
  const errors: InputError[] = [];
  const all = tables.flatMap(linesOf);
  for (const line of all) {
    const { table, across, positions, counts } = line;
    // The line's label says it accumulates, or every time point across does (「累積 1年目」「累積 2年目」 over rows of
    // groups: each row is a cumulative line).
    const byLabel = CUMULATIVE.test(normalise(line.label));
    const pointsSay = positions.every((k) => CUMULATIVE.test(normalise(across[k]!.label)));
    const cumulative =
      byLabel ||
      (pointsSay && positions.every((k) => TIME_WORD.test(normalise(across[k]!.label)))) ||
      (tableSays(table) && !TIME_POINT.test(normalise(line.label)) && !lifePart(line)) ||
      (riskTable(table, all) && !TIME_POINT.test(normalise(line.label)) && !saidEvents(line));
    if (!cumulative || positions.length < 2) continue;
    if (!positions.every((k) => TIME_POINT.test(normalise(across[k]!.label)))) continue;
    const steps = counts.slice(1).map((c, k) => stepOf(counts[k]!, c));
    // The steps printed as a line of their own, the line being their running sum from the first point or from the last
    // (…以上): an equation the checker protects both lines with (system.ts).
    const last = counts.length - 1;
    const runs = (o: Range[]) =>
      (meets(o[0]!, counts[0]!) && steps.every((s, k) => meets(s, o[k + 1]!))) ||
      (meets(o[last]!, counts[last]!) && steps.every((s, k) => meets(negative(s), o[k]!)));
    if (besideOver(all, line, (other) => runs(other.counts))) continue;
    const small = steps.findIndex((s) => Math.max(Math.abs(s.lo), Math.abs(s.hi)) < threshold && !(zeroExempt && s.lo === 0 && s.hi === 0));
    if (small < 0) continue;
    const from = across[positions[small]!]!.label;
    const to = across[positions[small + 1]!]!.label;
    const step = steps[small]!;
    const up = step.lo + step.hi >= 0;
    const size = up ? step : negative(step);
    const sized = `${Math.max(0, size.lo) === size.hi ? size.hi : `${Math.max(0, size.lo)}〜${size.hi}`} 人`;
    const [a, b] = [line.texts[small]!, line.texts[small + 1]!];
    const what = line.axis === 'rows' ? '行' : '列';
    errors.push({
      code: 'line/cumulative',
      message:
        `表${table.number}の${what}${quote(line.label)}は${byLabel ? '見出し' : pointsSay ? '時点の見出し' : '表題または左上の見出し'}から累積（またはリスク集合）の人数と読めます（チェッカーの判断）。` +
        `隣り合う${quote(from)}と${quote(to)}の差（${b} − ${a}${table.kind === 'percent' || a.includes('%') ? '、割合は人数に直して' : ''}）から、その間に${up ? '加わった' : '減った'}患者が ${sized}と分かり、` +
        `閾値 ${threshold} 未満の数をセルにせずに示していることになります`,
      hint: up
        ? `各時点の間の${table.kind === 'percent' ? '割合' : '人数'}（差）を${what}として表に加えてください（チェッカーが累積の${what}と合わせて秘匿を確かめます）。` +
          `または時点をまとめて差が閾値以上になるようにしてください。累積の人数でなければ、見出しから「累積」などの語を外してください`
        : '時点をまとめて、隣り合う時点の差が閾値以上になるようにしてください（減った人数はどのセルにもないため、秘匿では守れません）。' +
          'リスク集合などの人数でなければ、見出しからその語を外してください',
      place: linePlace(line),
    });
  }
  return errors;
}

/** Another line of `all` than `line` over the same time points (their labels, in order) that `fits`. */
function besideOver(all: readonly Line[], line: Line, fits: (other: Line) => boolean): boolean {
  const { across, positions } = line;
  return all.some(
    (other) =>
      other !== line &&
      other.positions.length === positions.length &&
      other.positions.every((k, j) => normalise(other.across[k]!.label) === normalise(across[positions[j]!]!.label)) &&
      fits(other),
  );
}

/**
 * `line`'s steps (each the difference of two neighbouring counts) are printed as a line of their own: another line over
 * the same time points whose counts are the steps, each at the step's later or earlier point (and, where `also` is
 * given, a line that also passes it).
 */
const stepsPrinted = (all: readonly Line[], line: Line, steps: readonly number[], also?: (other: Line) => boolean): boolean =>
  besideOver(
    all,
    line,
    (other) => (also === undefined || also(other)) && steps.every((s, k) => other.counts[k + 1]!.lo === s || other.counts[k]!.lo === s),
  );

/** Where a warning on `line` stands: a row's first cell's line (else the table's), a column's table line. */
const linePlace = (line: Line) => ({
  line: line.axis === 'rows' ? (line.table.cells[line.index]?.[0]?.line ?? line.table.line) : line.table.line,
  table: line.table.number,
  ...(line.axis === 'rows' ? { row: line.label } : { col: line.label }),
});

/**
 * review72: a count line over three time points or more (every point a time, none saying 累積) whose label and table
 * say nothing of accumulating: the lines `cumulativeLike` and `atRiskLike` look at.
 */
const overTimeUnsaid = (line: Line) =>
  line.table.kind === 'count' &&
  line.positions.length >= 3 &&
  !CUMULATIVE.test(normalise(line.label)) &&
  !tableSays(line.table) &&
  !line.positions.some((k) => CUMULATIVE.test(normalise(line.across[k]!.label)) || !TIME_WORD.test(normalise(line.across[k]!.label)));

/**
 * review72: where a line's moves from point to point (its rises, or its falls) are all in one direction and not all 0,
 * the first under the threshold (a 0 too unless exempt); −1 where there is none.
 */
function firstSmall(moves: readonly number[], threshold: number, zeroExempt: boolean): number {
  if (moves.some((s) => s < 0) || moves.every((s) => s === 0)) return -1;
  return moves.findIndex((s) => s < threshold && (s > 0 || !zeroExempt));
}

/**
 * Count lines over three time points or more that say nothing of accumulating (no 累積 in the label, the time points,
 * the title or the corner) but whose counts never fall and rise by a small step somewhere (「A群」 over 2020年 100,
 * 2021年 103, 2022年 110): the numbers cannot tell such a line from yearly counts that grew (an attacker cannot
 * either), so it is checked as the counts it prints; but if it does accumulate, the step (3) is a small count no cell
 * shows. Said as the checker's judgement (`line/maybe-cumulative`, one warning per table, its first such line), with
 * how to mark it. Not where the steps are printed as a line of their own (a running sum, system.ts).
 */
export function cumulativeLike(tables: readonly Table[], threshold: number, zeroExempt: boolean): Warning[] {
  const out: Warning[] = [];
  const all = tables.flatMap(linesOf);
  const said = new Set<Table>();
  for (const line of all) {
    const { table, across, positions, counts } = line;
    if (said.has(table) || !overTimeUnsaid(line)) continue;
    const values = counts.map((c) => c.lo);
    const steps = values.slice(1).map((v, k) => v - values[k]!);
    const small = firstSmall(steps, threshold, zeroExempt);
    if (small < 0) continue;
    const ends = (other: Line) => other.counts[0]!.lo === values[0] || other.counts.at(-1)!.lo === values.at(-1);
    if (stepsPrinted(all, line, steps, ends)) continue;
    said.add(table);
    const what = line.axis === 'rows' ? '行' : '列';
    const [from, to] = [across[positions[small]!]!.label, across[positions[small + 1]!]!.label];
    out.push({
      code: 'line/maybe-cumulative',
      place: linePlace(line),
      message:
        `表${table.number}の${what}${quote(line.label)}の数は時点の順に減ることなく増えていますが、見出しにも題名にも累積とは書かれていないため、各時点の人数として確かめました（チェッカーの判断）。` +
        `累積の人数なら、${quote(from)}と${quote(to)}の差 ${steps[small]} 人が閾値 ${threshold} 未満の数をセルにせずに示していることになります。` +
        `累積の人数なら見出しか題名に「累積」と書いて、もう一度確かめてください（差が閾値未満なら、差を${what}として加えるか時点をまとめるよう求めます）`,
    });
  }
  return out;
}

/**
 * life40: a line's cells that are a read life table's at-risk line (lifetable.ts: its steps are equations taken by
 * the events and censored, within the table or across): its falls are protected as those equations.
 */
const stepsOf = (line: Line) => {
  const on = (t: { row: number; col: number; table?: number }) =>
    (t.table === undefined || t.table === line.table.number) && (line.axis === 'rows' ? t.row : t.col) === line.index;
  return [...(line.table.steps ?? []), ...(line.table.stepsAcross ?? [])].some(
    (s) => s.terms.some((t) => t.coef === 1 && on(t)) && s.terms.some((t) => t.coef === -1 && on(t)),
  );
};

/**
 * life40: count lines over three time points or more that say nothing of a risk set (no word for it in the label, the
 * time points, the title or the corner: those are refused, `cumulativeSteps`) but whose counts never rise and fall by
 * a small step somewhere, from the start of follow-up (「人数」 under a Kaplan–Meier figure, 0か月 120, 6か月 97, 12か月 85,
 * 18か月 80; the first point 「0か月」「0 months」「Baseline」「開始時」, `startOf`): the numbers
 * cannot tell such a line from counts per period that fell (an attacker cannot either), so it is checked as the counts
 * it prints; but if it counts those at risk, the step (5: the events and censored of the interval together) is a
 * small count no cell shows. Said as the checker's judgement (`line/maybe-at-risk`, one warning per table, its first
 * such line), with how to mark it — the mirror of `cumulativeLike`. Not where the line is a read life table's at-risk
 * line (its falls are equations, `stepsOf`), is said to be events or censored (`saidEvents`), or its falls are printed as a
 * line of their own; since life42 only where every other line of the table over the points never rises, is no larger,
 * says it accumulates or is said events or censored (137 of life40-chance's 600 tables from 0か月 said before, 9 now).
 */
export function atRiskLike(tables: readonly Table[], threshold: number, zeroExempt: boolean): Warning[] {
  const out: Warning[] = [];
  const all = tables.flatMap(linesOf);
  const said = new Set<Table>();
  for (const line of all) {
    const { table, across, positions, counts } = line;
    if (said.has(table) || !overTimeUnsaid(line) || stepsOf(line) || saidEvents(line)) continue;
    // The numbers at risk start at the start of follow-up (a Kaplan–Meier figure's 0): yearly counts (「2020年」) do not.
    if (!startOf(across[positions[0]!]!.label)) continue;
    const values = counts.map((c) => c.lo);
    const falls = values.slice(1).map((v, k) => values[k]! - v);
    const small = firstSmall(falls, threshold, zeroExempt);
    if (small < 0) continue;
    if (stepsPrinted(all, line, falls)) continue;
    // life42: the table reads as numbers at risk only where every other line over the same points never rises (another
    // arm at risk, 「A群」「B群」), is no larger at any point (patients among those at risk), says it accumulates (the
    // events so far beside them) or is said events or censored (「イベント」 without the censored: no life table read):
    // one rising line above it (区分2 over 区分1) is counts per period (life40-chance.ts).
    const held = (o: Line) =>
      o.counts.length !== values.length ||
      o.counts.every((c, k) => k === 0 || c.lo <= o.counts[k - 1]!.lo) ||
      o.counts.every((c, k) => c.lo <= values[k]!) ||
      CUMULATIVE.test(normalise(o.label)) ||
      saidEvents(o);
    if (!all.every((o) => o === line || o.table !== table || o.axis !== line.axis || held(o))) continue;
    said.add(table);
    const what = line.axis === 'rows' ? '行' : '列';
    const [from, to] = [across[positions[small]!]!.label, across[positions[small + 1]!]!.label];
    out.push({
      code: 'line/maybe-at-risk',
      place: linePlace(line),
      message:
        `表${table.number}の${what}${quote(line.label)}の数は時点の順に増えることなく減っていますが、見出しにも題名にもリスク集合（at risk）とは書かれていないため、各時点の人数として確かめました（チェッカーの判断）。` +
        `リスク集合の人数なら、この${what}の${quote(from)}の ${values[small]} 人から${quote(to)}の ${values[small + 1]} 人への減り ${falls[small]} 人（その間のイベントと打ち切りの数の和）が閾値 ${threshold} 未満の数をセルにせずに示していることになります。` +
        `リスク集合の人数なら見出しか題名に「Number at risk」「リスク集合」と書いて、もう一度確かめてください（差が閾値未満なら、時点をまとめるよう求めます）`,
    });
  }
  return out;
}

/**
 * Lines that each hold the next (attack31): open bounds on one measure in rising order — 「1回以上」「2回以上」「3回以上」,
 * 「≥1」「≥2」「≥3」, 「Grade 2以上」「Grade 3以上」, 「65歳以上」「75歳以上」, a line of all (「any grade」「全Grade」)
 * before them — or 「1回以下」「2回以下」 (「≤1」「<2」) holding the one before. Each patient of 「2回以上」 is one of
 * 「1回以上」, so their difference (40 − 33) is the count of exactly one visit, which no cell prints: a small one is
 * a count under the threshold shown though every cell is published (exit 0 before). Found where the labels are the
 * same but for the bound's number, the numbers rise, and in every position the counts fall (…以上) or rise (…以下) as
 * nesting needs (else the words mean something else, and the lines are read as before). Refused as a cumulative
 * line's small step is, naming the two lines, the position and the difference, with how to print each level alone.
 */
const AT_LEAST = [
  /(?<![\d.])(\d+(?:\.\d+)?) ?(\p{L}{0,4}?) ?(?:以上|超|\+|or more|and above|and over|or higher)/iu,
  /(?:≥|≧|>=|>|at least|more than) ?(\d+(?:\.\d+)?)(?![\d.]) ?(\p{L}{0,4})/iu,
];
const AT_MOST = [
  /(?<![\d.])(\d+(?:\.\d+)?) ?(\p{L}{0,4}?) ?(?:以下|未満|or less|or fewer|and under|or lower)/iu,
  /(?:≤|≦|<=|<|at most|less than|under) ?(\d+(?:\.\d+)?)(?![\d.]) ?(\p{L}{0,4})/iu,
];
/** A line of all levels before lines of at least (「any grade」「全Grade」「All grades」「すべて」). */
const ANY_LEVEL = /^(?:any|all|全|すべての?|全て)\s*(?:grades?|グレード|grade)?$|^(?:any|all)\s+\w+$|^全\S{0,6}$/i;

interface Bound {
  key: string;
  n: number;
}
function boundOf(label: string, patterns: readonly RegExp[]): Bound | undefined {
  const text = normalise(label);
  for (const pattern of patterns) {
    const m = pattern.exec(text);
    if (!m) continue;
    // The label but for the bound's number: what it bounds and its unit (「Grade |以上」, 「|回|」).
    const key = `${text.slice(0, m.index).trim()}|${m[2]!.trim()}|${text.slice(m.index + m[0].length).trim()}`.toLowerCase();
    return { key: `${patterns === AT_LEAST ? '≥' : '≤'}${key}`, n: Number(m[1]) };
  }
  return undefined;
}

export function nestedBounds(tables: readonly Table[], threshold: number, zeroExempt: boolean): InputError[] {
  const errors: InputError[] = [];
  for (const table of tables) {
    for (const axis of ['rows', 'cols'] as const) {
      const [own, across] = axis === 'rows' ? [table.rows, table.cols] : [table.cols, table.rows];
      const positions = across.flatMap((h, k) => (!h.rest && !h.ns ? [k] : []));
      // A count, or the counts a percentage stands for of its N (bare percentages under 「A群 (N=100)」).
      const value = (i: number, k: number): Range | undefined => {
        const [row, col] = axis === 'rows' ? [i, k] : [k, i];
        const v = table.cells[row]![col]!.value;
        if (v.kind === 'count') return { lo: v.n, hi: v.n };
        const n = denominatorOf(table, row, col);
        return n === undefined ? undefined : countsForPercent(v.percent, v.decimals, n);
      };
      for (const [pattern, falls] of [
        [AT_LEAST, true],
        [AT_MOST, false],
      ] as const) {
        // Lines of one key (what is bounded and its unit) wherever they are in the list, in rising order of their
        // bound (attack33: 「1回以上」 … other rows … 「2回以上」 were read as counts); a bound written without its
        // unit (「75+」 beside 「65歳以上」) joins the one key of that bounded thing that has a unit, where its number is
        // on that key's scale. A line of all levels
        // just before the lowest bound of a run of at least.
        const bounds = own.map((h) => (h.rest || h.ns ? undefined : boundOf(h.label, pattern)));
        const groups = new Map<string, number[]>();
        bounds.forEach((b, l) => {
          // Under one parent line (「男性」「女性」 each over its own 「65歳以上」「75歳以上」).
          const key = `${own[l]!.parent ?? ''}#${b?.key}`;
          if (b) groups.set(key, [...(groups.get(key) ?? []), l]);
        });
        for (const [key, ls] of [...groups]) {
          const [head, unit, tail] = key.split('|');
          if (unit !== '') continue;
          const withUnit = [...groups.keys()].filter((k) => {
            const [h, u, t] = k.split('|');
            return h === head && t === tail && u !== '';
          });
          if (withUnit.length !== 1) continue;
          // On one scale: each bound without its unit new to the key and within half its least to twice its most
          // (「75+」 beside 「65歳以上」; not 「≥75」 beside 「2剤以上」, nor 「3+」 beside 「1回以上」).
          const ns = groups.get(withUnit[0]!)!.map((l) => bounds[l]!.n);
          const [least, most] = [Math.min(...ns), Math.max(...ns)];
          if (ls.some((l) => ns.includes(bounds[l]!.n) || bounds[l]!.n < least / 2 || bounds[l]!.n > 2 * most)) continue;
          groups.set(withUnit[0]!, [...groups.get(withUnit[0]!)!, ...ls]);
          groups.delete(key);
        }
        // Bare numbers (「≥1」「3+」, no word or unit): only those on one scale, each at most twice the one before and
        // one (「≥1」「≥2」「≥3」; not 「3+」 and 「≥75」, whose measures nothing says are one).
        const runs = [...groups].flatMap(([key, ls]) => {
          const byBound = [...ls].sort((x, y) => bounds[x]!.n - bounds[y]!.n || x - y);
          if (!/#[≥≤]\|\|$/.test(key)) return [byBound];
          const out: number[][] = [];
          byBound.forEach((l, r) => {
            if (r === 0 || bounds[l]!.n > 2 * bounds[byBound[r - 1]!]!.n + 1) out.push([l]);
            else out.at(-1)!.push(l);
          });
          return out;
        });
        for (const byBound of runs) {
          // Two lines of one bound are no nesting (one of them another table's or a repeat): left as before.
          if (byBound.some((l, r) => r > 0 && bounds[l]!.n === bounds[byBound[r - 1]!]!.n)) continue;
          const run = byBound;
          const lowest = run[0]!;
          if (falls && lowest > 0 && ANY_LEVEL.test(normalise(own[lowest - 1]!.label)) && !run.includes(lowest - 1))
            run.unshift(lowest - 1);
          if (run.length < 2) continue;
          const nested = positions.every((k) =>
            run.every((l, r) => {
              if (r === 0) return true;
              const [a, b] = [value(run[r - 1]!, k), value(l, k)];
              return a !== undefined && b !== undefined && (falls ? a.hi >= b.lo : a.lo <= b.hi);
            }),
          );
          if (!nested || positions.length === 0) continue;
          for (const k of positions) {
            const r = run.findIndex((l, x) => {
              if (x === 0) return false;
              const step = stepOf(value(l, k)!, value(run[x - 1]!, k)!);
              return Math.max(Math.abs(step.lo), Math.abs(step.hi)) < threshold && !(zeroExempt && step.lo === 0 && step.hi === 0);
            });
            if (r < 0) continue;
            const [a, b] = [own[run[r - 1]!]!.label, own[run[r]!]!.label];
            const at = (l: number) => (axis === 'rows' ? table.cells[l]![k]! : table.cells[k]![l]!);
            const [ta, tb] = [normalise(at(run[r - 1]!).text), normalise(at(run[r]!).text)];
            const step = stepOf(value(run[r]!, k)!, value(run[r - 1]!, k)!);
            const size = falls ? step : negative(step);
            const sized = Math.max(0, size.lo) === size.hi ? `${size.hi}` : `${Math.max(0, size.lo)}〜${size.hi}`;
            const what = axis === 'rows' ? '行' : '列';
            errors.push({
              code: 'line/nested',
              message:
                `表${table.number}の${what}${quote(a)}と${quote(b)}は、${falls ? `${quote(b)}の患者がみな${quote(a)}にも入る` : `${quote(a)}の患者がみな${quote(b)}にも入る`}区分と読めます（見出しの「以上」「以下」などの境界から。チェッカーの判断）。` +
                `${axis === 'rows' ? '列' : '行'}${quote(across[k]!.label)}の差（${falls ? `${ta} − ${tb}` : `${tb} − ${ta}`}${table.kind === 'percent' ? '、割合は人数に直して' : ''}）から、その間の区分の患者が ${sized} 人と分かり、閾値 ${threshold} 未満の数をセルにせずに示していることになります`,
              hint:
                `区分をそれぞれ重ならない${what}（「1回」「2回」「3回以上」のように）にして貼り付けてください（チェッカーが秘匿を確かめます）。` +
                `または境界をまとめて、差が閾値以上になるようにしてください。重なる区分でなければ、見出しの書き方を確かめてください`,
              place: { line: table.line, table: table.number, ...(axis === 'rows' ? { row: a } : { col: a }) },
            });
            break;
          }
        }
      }
    }
  }
  if (errors.length === 0) errors.push(...nestedAcross(tables, threshold, zeroExempt));
  return errors;
}

/**
 * Nested lines in two tables (attack33): 「≥65歳」 in one table and 「≥75歳」 in another over the same groups (the same
 * labels across, in any order): each patient of the second is one of the first's, so their difference in a group is
 * the count of the levels between. Found as in one table — one name but for the bound's number, the counts falling at
 * every shared position as nesting needs — and refused alike, naming both tables. Counts only (a percentage's count
 * is of its own table's N).
 */
function nestedAcross(tables: readonly Table[], threshold: number, zeroExempt: boolean): InputError[] {
  interface Line {
    table: Table;
    axis: 'rows' | 'cols';
    index: number;
    bound: Bound;
    /** Count by the normalised label of the position across. */
    counts: Map<string, number>;
  }
  const lines: Line[] = [];
  for (const table of tables) {
    if (table.kind !== 'count') continue;
    for (const axis of ['rows', 'cols'] as const) {
      const [own, across] = axis === 'rows' ? [table.rows, table.cols] : [table.cols, table.rows];
      own.forEach((h, i) => {
        if (h.rest || h.ns || h.parent !== null) return;
        for (const pattern of [AT_LEAST, AT_MOST]) {
          const bound = boundOf(h.label, pattern);
          if (!bound) continue;
          const counts = new Map<string, number>();
          across.forEach((a, k) => {
            if (a.rest || a.ns) return;
            const v = (axis === 'rows' ? table.cells[i]![k]! : table.cells[k]![i]!).value;
            if (v.kind === 'count') counts.set(normalise(a.label), v.n);
          });
          lines.push({ table, axis, index: i, bound, counts });
          break;
        }
      });
    }
  }
  const errors: InputError[] = [];
  for (const [x, a] of lines.entries())
    for (const b of lines.slice(x + 1)) {
      if (a.table === b.table || a.bound.key !== b.bound.key || a.bound.n === b.bound.n) continue;
      const [lo, hi] = a.bound.n < b.bound.n ? [a, b] : [b, a];
      const falls = a.bound.key.startsWith('≥');
      const shared = [...lo.counts.keys()].filter((k) => hi.counts.has(k));
      if (shared.length === 0 || shared.length !== lo.counts.size || shared.length !== hi.counts.size) continue;
      const diff = (k: string) => (falls ? lo.counts.get(k)! - hi.counts.get(k)! : hi.counts.get(k)! - lo.counts.get(k)!);
      if (!shared.every((k) => diff(k) >= 0)) continue;
      const small = shared.find((k) => diff(k) < threshold && !(zeroExempt && diff(k) === 0));
      if (small === undefined) continue;
      const label = (l: Line) => (l.axis === 'rows' ? l.table.rows : l.table.cols)[l.index]!.label;
      const [big, part] = falls ? [lo, hi] : [hi, lo];
      errors.push({
        code: 'line/nested',
        message:
          `表${big.table.number}の${big.axis === 'rows' ? '行' : '列'}${quote(label(big))}と表${part.table.number}の${part.axis === 'rows' ? '行' : '列'}${quote(label(part))}は、` +
          `後者の患者がみな前者にも入る区分と読めます（見出しの「以上」「以下」などの境界と、同じ見出しの${quote(small)}などでの数から。チェッカーの判断）。` +
          `${quote(small)}での差（${big.counts.get(small)} − ${part.counts.get(small)}）から、その間の区分の患者が ${diff(small)} 人と分かり、閾値 ${threshold} 未満の数をセルにせずに示していることになります`,
        hint:
          '区分をそれぞれ重ならない行（「65〜74歳」「75歳以上」のように）にして貼り付けてください（チェッカーが秘匿を確かめます）。' +
          'または境界をまとめて、差が閾値以上になるようにしてください。重なる区分でなければ、見出しの書き方を確かめてください',
        place: { line: big.table.line, table: big.table.number, ...(big.axis === 'rows' ? { row: label(big) } : { col: label(big) }) },
      });
      return errors;
    }
  return errors;
}

/**
 * attack35: one table printed at two time points, each said to count cumulatively (「2023年末までの累計」 and
 * 「2024年末までの累計」 over the same lines): a cell's step from one table to the next is a count of patients that came
 * in between (40 then 43 under 男性・A群: 3 in 2024), which no cell prints — as a cumulative line's step
 * (`cumulativeSteps`), across tables. Found where both tables' titles (or corners) say they accumulate and hold a time
 * point, their item lines are the same labels, and every step of the cells both print is at least 0 (else the words
 * mean something else); a small step not printed as a count of its own under the same labels in another table is
 * refused, naming the tables, the cell and the step. Tables in printed order.
 */
export function cumulativeAcross(tables: readonly Table[], threshold: number, zeroExempt: boolean): InputError[] {
  const errors: InputError[] = [];
  const said = (t: Table) => {
    const text = normalise([t.title ?? '', t.corner].join(' '));
    return t.kind === 'count' && tableSays(t) && TIME_POINT.test(text);
  };
  // totals48: a line of ours of a reading of one table (a line read both ways, a whole of several answers: overtotal.ts)
  // neither keeps the two tables apart nor is compared (attack35's cumulative/years: 「C群」 49 over 14 + 34 read both
  // ways in 表1 only, the step 49 → 50 published; its rest may fall from one table to the next).
  const oneTable = (h: Header) => h.bothRest !== undefined || h.overlapOf !== undefined;
  const labels = (hs: readonly Header[]) =>
    hs
      .filter((h) => h.kind === 'item' && !oneTable(h))
      .map((h) => normalise(h.label))
      .sort()
      .join('\u0000');
  const cellsOf = (t: Table) => {
    const out = new Map<string, number>();
    for (const row of t.cells)
      for (const c of row) {
        if (c.value.kind !== 'count' || oneTable(t.rows[c.row]!) || oneTable(t.cols[c.col]!)) continue;
        out.set(`${normalise(t.rows[c.row]!.label)}\u0000${normalise(t.cols[c.col]!.label)}`, c.value.n);
      }
    return out;
  };
  const all = tables.map(cellsOf);
  const candidates = tables.map((_, i) => i).filter((i) => said(tables[i]!));
  for (const [k, i] of candidates.entries()) {
    const a = tables[i]!;
    const j = candidates.slice(k + 1).find((j) => labels(tables[j]!.rows) === labels(a.rows) && labels(tables[j]!.cols) === labels(a.cols));
    if (j === undefined) continue;
    const b = tables[j]!;
    const shared = [...all[i]!].filter(([key]) => all[j]!.has(key));
    if (shared.length === 0 || shared.some(([key, n]) => all[j]!.get(key)! < n)) continue;
    const small = shared.find(([key, n]) => {
      const step = all[j]!.get(key)! - n;
      if (step >= threshold || (zeroExempt && step === 0)) return false;
      // The step printed as a count of its own under the same labels in another table (a table of the increase).
      return !all.some((cells, o) => o !== i && o !== j && cells.get(key) === step);
    });
    if (!small) continue;
    const [key, n] = small;
    const [row, col] = key.split('\u0000');
    const m = all[j]!.get(key)!;
    const title = (t: Table) => `表${t.number}${t.title !== undefined ? quote(t.title) : ''}`;
    errors.push({
      code: 'line/cumulative',
      message:
        `${title(a)}と${title(b)}は題名または左上の見出しから同じ行・列の累積の人数を二つの時点で示していると読めます（チェッカーの判断）。` +
        `行${quote(row!)}・列${quote(col!)}の差（${m} − ${n}）から、その間に加わった患者が ${m - n} 人と分かり、閾値 ${threshold} 未満の数をセルにせずに示していることになります`,
      hint:
        '二つの時点の間の人数（差）を同じ行・列の表として加えてください（チェッカーが累積の表と合わせて秘匿を確かめます）。' +
        'または時点をまとめて差が閾値以上になるようにしてください。累積の人数でなければ、題名から「累計」などの語を外してください',
      place: { line: b.line, table: b.number },
    });
  }
  return errors;
}
