/**
 * An attacker written apart from the engine, for tests on small tables: it reads the pasted text itself and turns
 * everything published into constraints on whole numbers, then asks HiGHS (MIP, and LP for comparison) for the
 * smallest and largest value of every hidden cell. It shares no code with src/pubcheck/.
 *
 * What it knows, searched exhaustively where the engine searches with heuristics:
 * - every row (column) whose counts equal the sum of any set of other rows (columns), in every column: an equation,
 *   whatever the labels say (labels add nothing an attacker cannot add up);
 * - an N in a header equals any set of rows (columns) it is the sum of; an N in the title or the corner is the sum of
 *   all the cells that are no sums;
 * - a published "n (p%)" bounds the base it fits: its row, its column, the whole table, a stated N (rounded or cut
 *   off, whichever conventions fit); "n/N" fixes the base it equals, and any run of adjacent rows around it in its
 *   column that adds up to N (a variable's rows under its own N: missing data per row);
 * - cells of different tables with the same labels (in any order, totals left out; labels read as an attacker
 *   reads them, `sameGroup`: width, spaces, case, units, quotes, 男/男性, 20代/20-29歳) and the same value are one
 *   count, and so is a sum of one table's items that another prints under the same labels; a percentage table's
 *   cell bounds the base of the count with its labels;
 * - group sizes written in a percentage table (a row of N under the percentages, 「合計 (N=…)」): their N (`withSizes`);
 * - a percentage table with a stated N that no count table explains: a count per cell within what its percentage
 *   allows, and a breakdown of N where the cells sharing it add up to 100%;
 * - where 0 is exempt (published), a hidden count that is not 0 is at least 1.
 * The subset search is exhaustive: every set for up to 20 rows, depth first with the sum as the bound beyond (long
 * tables of large counts; a long list of small counts takes too long, and is no input for it).
 */
import type { Highs } from 'highs';

interface OCell {
  n?: number;
  percent?: number;
  decimals?: number;
  denominator?: number;
}

interface OTable {
  title: string;
  corner: string;
  rows: string[];
  cols: string[];
  cells: OCell[][];
  percentOnly: boolean;
  /** Each row label's indentation as printed (spaces, full-width ones and non-breaking ones at its start). */
  rowDepths?: number[];
  /**
   * A last row (column) of means of the other lines that are no totals (attack36): taken out of the cells; at each
   * column (row) `at` where it is printed, k·(m − h) ≤ the sum of those lines ≤ k·(m + h), h half its last digit.
   */
  means?: { axis: 'rows' | 'cols'; at: number; lines: number[]; values: (number | undefined)[]; halves: number[] }[];
  /**
   * A last row (column) that is one line over another within its rounding at every position (means37): taken out of
   * the cells; at each position `at` where it is printed, (r − h)·b ≤ a ≤ (r + h)·b, h half its last digit.
   */
  ratios?: { axis: 'rows' | 'cols'; at: number; a: number; b: number; values: (number | undefined)[]; halves: number[] }[];
  /**
   * means39: a last row (column) of means of something else (「平均年齢」), with a total line across (`total`, −1: none): the
   * groups' sizes n (`sizes`: the cells whose sum each is, by position across) and the total's N weight the means,
   * Σ n·(m − h) ≤ N·(M + H) and, where every group's mean is printed, Σ n·(m + h) ≥ N·(M − H).
   */
  weighted?: { axis: 'rows' | 'cols'; total: number; sizes: number[][]; values: (number | undefined)[]; halves: number[] }[];
  /**
   * oracle40: an N an upper header row states for a span of several columns (「男性 (N=80)」 over 「A群」「B群」): the sum
   * of the span's columns (`cols`, read) over the lines that are no sums — taken from the columns' labels, where it
   * would be read as each column's own N.
   */
  spans?: { cols: number[]; n: number }[];
  /**
   * oracle74: a rate line (「発現率（/1,000人年）」「IR per 1000 PY」「死亡率（%）」) taken out of the cells with its
   * person-time line (`ratesOf`): the readings of it an attacker may take, the first the one the labels name; each a
   * count line `num` and, per position, bounds on that count (`counts`: over a person-time) or on its share of the sum
   * of the lines `base` (`shares`: a percentage of count lines), nothing where the rate is not printed.
   */
  rates?: RateReading[][];
}

/** oracle74: one reading of a rate line (`ratesOf`), in the reduced grid's lines (after the rate and person-time lines are out). */
interface RateReading {
  axis: 'rows' | 'cols';
  num: number;
  base?: number[];
  counts?: ([number, number] | undefined)[];
  shares?: ([number, number] | undefined)[];
}

/**
 * A line of means of something else as an attacker reads it (means39), apart from the engine: the grid's last row or
 * last column headed by a word of a mean and something more (「平均年齢」「Mean BMI」, not 「平均」 alone), every value a
 * plain number, and a total line across (its label). Each position's size is the total line of the counts' axis where
 * it has one, else the sum of its lines (the groups are the counts' parts).
 */
function weightedOf(grid: string[][], axis: 'rows' | 'cols'): NonNullable<OTable['weighted']>[number] | undefined {
  const rows = grid.slice(1);
  const own = axis === 'rows' ? rows.map((r) => r[0]!) : grid[0]!.slice(1);
  const across = axis === 'rows' ? grid[0]!.slice(1) : rows.map((r) => r[0]!);
  const label = nfkc(own.at(-1) ?? '');
  if (!/平均|mean|average/i.test(label) || /^(?:平均|平均値|mean|average)$/i.test(label)) return undefined;
  const texts = across.map((_, j) => nfkc((axis === 'rows' ? rows.at(-1)![j + 1] : rows[j]![grid[0]!.length - 1]) ?? ''));
  if (!texts.every((x) => x === '' || /^\d+(?:\.\d+)?$/.test(x))) return undefined;
  const lines = own.slice(0, -1).map((l, i) => ({ l, i }));
  // A total line across by its label, else by arithmetic (its counts the sum of the others' on every line); none: the
  // groups' means alone, no relation of the counts (the line is taken out all the same).
  const n = (i: number, j: number) => {
    const x = nfkc((axis === 'rows' ? rows[i]![j + 1] : rows[j]![i + 1]) ?? '');
    return /^\d+$/.test(x) ? Number(x) : NaN;
  };
  let total = across.findIndex((l) => totalish(nfkc(l)));
  if (total < 0 && across.length >= 3)
    total = across.findIndex((_, t) => lines.every(({ i }) => n(i, t) === across.reduce((s, _x, j) => (j === t ? s : s + n(i, j)), 0)));
  const ownTotal = lines.filter(({ l }) => totalish(nfkc(l)));
  const use = (ownTotal.length > 0 ? ownTotal.slice(0, 1) : lines).map(({ i }) => i);
  return {
    axis,
    total,
    sizes: across.map((_, j) => use.map((i) => (axis === 'rows' ? i * 1e4 + j : j * 1e4 + i))),
    values: texts.map((x) => (x === '' ? undefined : Number(x))),
    halves: texts.map((x) => 0.5 * 10 ** -(x.split('.')[1]?.length ?? 0)),
  };
}

/**
 * A ratio line as an attacker finds it, by arithmetic alone (means37): the grid's last row or last column, no total
 * by its label, every value a plain number, and two other lines a, b (no totals) with a ÷ b within half its last
 * digit of it at every position where it is printed (blanks aside), b never 0 there.
 */
function ratioOf(
  grid: string[][],
  axis: 'rows' | 'cols',
): { a: number; b: number; values: (number | undefined)[]; halves: number[] } | undefined {
  const rows = grid.slice(1);
  const lines =
    axis === 'rows'
      ? rows.map((r) => ({ label: r[0]!, cells: r.slice(1) }))
      : grid[0]!.slice(1).map((l, c) => ({ label: l, cells: rows.map((r) => r[c + 1] ?? '') }));
  if (lines.length < 3) return undefined;
  const last = lines.at(-1)!;
  if (totalish(nfkc(last.label))) return undefined;
  const texts = last.cells.map((x) => nfkc(x ?? ''));
  if (!texts.every((x) => x === '' || /^\d+(?:\.\d+)?$/.test(x)) || texts.every((x) => x === '')) return undefined;
  const values = texts.map((x) => (x === '' ? undefined : Number(x)));
  const halves = texts.map((x) => 0.5 * 10 ** -(x.split('.')[1]?.length ?? 0));
  const count = (i: number, j: number) => (/^\d+$/.test(nfkc(lines[i]!.cells[j] ?? '')) ? Number(nfkc(lines[i]!.cells[j]!)) : undefined);
  const others = lines.slice(0, -1).flatMap((l, i) => (totalish(nfkc(l.label)) ? [] : [i]));
  for (const a of others)
    for (const b of others) {
      if (a === b) continue;
      const fits = values.every((r, j) => {
        if (r === undefined) return true;
        const x = count(a, j);
        const y = count(b, j);
        return x !== undefined && y !== undefined && y > 0 && Math.abs(r - x / y) <= halves[j]! + 1e-9;
      });
      if (fits) return { a, b, values, halves };
    }
  return undefined;
}

/**
 * A mean line as an attacker finds it, by arithmetic alone (attack36): the grid's last row or last column, no total
 * by its label, every value a plain number and within half its last digit of the mean of the other lines that are no
 * totals (two at least) at every position where it is printed (blanks aside). Its values and the lines it averages.
 */
function meanOf(
  grid: string[][],
  axis: 'rows' | 'cols',
): { lines: number[]; values: (number | undefined)[]; halves: number[] } | undefined {
  const rows = grid.slice(1);
  const lines =
    axis === 'rows'
      ? rows.map((r) => ({ label: r[0]!, cells: r.slice(1) }))
      : grid[0]!.slice(1).map((l, c) => ({ label: l, cells: rows.map((r) => r[c + 1] ?? '') }));
  if (lines.length < 3) return undefined;
  const last = lines.at(-1)!;
  if (totalish(nfkc(last.label))) return undefined;
  const others = lines.slice(0, -1).flatMap((l, i) => (totalish(nfkc(l.label)) ? [] : [i]));
  if (others.length < 2) return undefined;
  const texts = last.cells.map((x) => nfkc(x ?? ''));
  if (!texts.every((x) => x === '' || /^\d+(?:\.\d+)?$/.test(x)) || texts.every((x) => x === '')) return undefined;
  const values = texts.map((x) => (x === '' ? undefined : Number(x)));
  const halves = texts.map((x) => 0.5 * 10 ** -(x.split('.')[1]?.length ?? 0));
  const fits = values.every((m, j) => {
    if (m === undefined) return true;
    const ns = others.map((i) => nfkc(lines[i]!.cells[j] ?? ''));
    if (!ns.every((x) => /^\d+$/.test(x))) return false;
    const sum = ns.reduce((s, x) => s + Number(x), 0);
    return Math.abs(m * others.length - sum) <= halves[j]! * others.length + 1e-9;
  });
  return fits ? { lines: others, values, halves } : undefined;
}

/** oracle74: words of a rate line's label — a rate per person-time (「発現率（/1,000人年）」「IR per 1,000 PY」) or a percentage. */
const RATE_WORD = /率|rate\b|\bIR\b|incidence|[/／]\s*[\d,.]+\s*万?\s*(?:人|person|patient|P[YMD])|per\s+[\d,.]+/i;
/** oracle74: words of a person-time line's label (人年, 観察人年, 人日, Person-years, PY). */
const TIME_WORD = /人年|人月|人日|person[\s-]*(?:years?|months?|days?)|patient[\s-]*years?|\bP[YMD]s?\b/i;
/** oracle74: words of a line of events, the count a rate is of: its readings first among the lines that fit. */
const EVENT_WORD = /イベント|事象|発現|発症|発生|死亡|再発|奏効|event|death|case|incident/i;
/** oracle74: count lines past which a percentage's base is looked for only as the whole, the whole less one line, or one line. */
const RATE_LINES = 12;
/** oracle74: readings of one rate line taken at most (`attackEveryReading`; `attack` takes the first), the labels' first. */
const RATE_READINGS = 16;
/** oracle74: days in a unit of time of a rate or a person-time: a year 365–365.25 days, a month a twelfth of it. */
const DAYS = { y: [365, 365.25], m: [365 / 12, 365.25 / 12], d: [1, 1] } as const;
const timeUnit = (label: string): keyof typeof DAYS | undefined => {
  const s = nfkc(label);
  if (/人年|years?|\bPYs?\b/i.test(s)) return 'y';
  if (/人月|months?|\bPMs?\b/i.test(s)) return 'm';
  if (/人日|days?|\bPDs?\b/i.test(s)) return 'd';
  return undefined;
};
/** A rate as printed (its digits after the point), an interval after it in brackets set aside; undefined: none printed; null: no rate. */
const rateValue = (x: string): { v: number; d: number } | undefined | null => {
  const t = nfkc(x);
  if (t === '' || /^(?:[-‐‑‒–—―−]|NA|NE|N\/A)$/i.test(t)) return undefined;
  const m = /^(\d+)(?:\.(\d+))?\s*[%‰]?\s*(?:[(（[［][^)）\]］]*[)）\]］])?$/.exec(t);
  return m ? { v: Number(`${m[1]}.${m[2] ?? ''}`), d: m[2]?.length ?? 0 } : null;
};
/** A person-time as printed (「4631.6」「12,345」), likewise. */
const timeValue = (x: string): { v: number; d: number } | undefined | null => {
  const t = nfkc(x);
  if (t === '') return undefined;
  const m = /^([\d,]+)(?:\.(\d+))?$/.exec(t);
  return m ? { v: Number(`${m[1]!.replace(/,/g, '')}.${m[2] ?? ''}`), d: m[2]?.length ?? 0 } : null;
};
/** A plain count (a dash 0); undefined: blank; null: no count. */
const countValue = (x: string): number | undefined | null => {
  const t = nfkc(x);
  if (t === '') return undefined;
  if (/^[-‐‑‒–—―−]$/.test(t)) return 0;
  return /^[\d,]+$/.test(t) ? Number(t.replace(/,/g, '')) : null;
};
/**
 * A printed value's interval: rounded to nearest [v − h, v + h] (`cut` false) or cut off [v, v + 2h), its end left out
 * by 10⁻⁶ (past the checks' and HiGHS's tolerances: 60 of 80 is 75%, no 「74」 cut off).
 */
const spanOf = (x: { v: number; d: number }, cut: boolean): [number, number] => {
  const h = 0.5 * 10 ** -x.d;
  return cut ? [x.v, x.v + 2 * h - 1e-6] : [Math.max(0, x.v - h), x.v + h];
};

/**
 * oracle74: rate lines as an attacker reads them, apart from the engine (src/pubcheck's rate readers are not used):
 * in a plain grid (one header row, no rank column, no heading line), a column — else a row — whose label says a rate
 * (`RATE_WORD`) and whose every cell is a number (an interval after it in brackets set aside), beside lines of plain
 * counts and, for a rate per person-time, a person-time line (`TIME_WORD`). A rate r printed to d decimals per unit U
 * over a person-time T (printed to its own decimals) gives its count c ∈ [(r − ½·10⁻ᵈ)·T/U, (r + ½·10⁻ᵈ)·T/U], or
 * [r, r + 10⁻ᵈ)·T/U cut off (T likewise), U the written unit times the days of the rate's time unit over the
 * person-time's (a year 365–365.25 days); a unit not written is each power of ten from 1 to 10⁶ that fits. A T not
 * printed where the rate is: at most the line's total (a 合計 position), else that count unread. A percentage
 * (「死亡率（%）」, a rate with no person-time line) bounds its count's share of a base — another count line, or any set
 * of the count lines holding it (`RATE_LINES`) — within its rounding.
 * A reading is taken where it fits every position whose numbers are all printed in the text (as `ratioOf` finds a
 * ratio, the true counts of the input included), one at least; where several fit (which count line, which base, which
 * unit), each (count line, base) is a reading, the hull of its units and conventions per position, the whole as
 * base first, `RATE_READINGS` at most; the count line is one the rate's label names (「死亡」 under 「死亡率」), else one
 * of events (`EVENT_WORD`), else any (a reader takes 「死亡率」 of 「死亡」, not of 「追跡不能」 by a chance fit). The rate lines and their person-time lines
 * are taken out of the cells; a rate line no reading fits stays as it was (as before oracle74).
 */
function ratesOf(grid: string[][], rounded = false): { grid: string[][]; rates: RateReading[][] } | undefined {
  if (grid.length < 2 || Math.max(...grid.map((r) => r.length)) < 3) return undefined;
  // A first line of one cell (a title the header reader takes as the corner): kept over the grid read without it.
  if (grid[0]!.length === 1 && grid.length > 2) {
    const under = ratesOf(grid.slice(1), rounded);
    return under && { ...under, grid: [grid[0]!, ...under.grid] };
  }
  if (twoHeaderRows(grid) || withoutRanks(grid) !== grid) return undefined;
  if (grid.slice(1).some((r) => r.slice(1).every((x) => nfkc(x) === ''))) return undefined;
  const transpose = (g: string[][]) => {
    const w = Math.max(...g.map((r) => r.length));
    return Array.from({ length: w }, (_, j) => g.map((r) => r[j] ?? ''));
  };
  for (const axis of ['cols', 'rows'] as const) {
    const g = axis === 'cols' ? grid : transpose(grid);
    const W = Math.max(...g.map((r) => r.length));
    const P = g.length - 1;
    const head = (j: number) => nfkc(g[0]![j] ?? '');
    const cells = (j: number) => Array.from({ length: P }, (_, i) => g[i + 1]![j] ?? '');
    const total = g.slice(1).findIndex((r) => totalish(nfkc(r[0] ?? '')));
    const rateLines: number[] = [];
    const timeLines: number[] = [];
    const countLines: number[] = [];
    for (let j = 1; j < W; j++) {
      const cs = cells(j);
      // A rate line with nothing printed (every rate hidden) is one too: taken out, no reading.
      if (RATE_WORD.test(head(j)) && cs.every((x) => rateValue(x) !== null)) rateLines.push(j);
      else if (TIME_WORD.test(head(j)) && cs.every((x) => timeValue(x) !== null) && cs.some((x) => timeValue(x))) timeLines.push(j);
      else if (cs.every((x) => countValue(x) !== null) && cs.some((x) => countValue(x) !== undefined)) countLines.push(j);
    }
    if (rateLines.length === 0 || countLines.length === 0) continue;
    const count = (j: number, i: number) => countValue(g[i + 1]![j] ?? '') ?? undefined;
    const found: {
      rate: number;
      readings: { num: number; base: number[] | undefined; time: number | undefined; at: ([number, number] | undefined)[] }[];
    }[] = [];
    for (const R of rateLines) {
      const rates = cells(R).map((x) => rateValue(x) ?? undefined);
      const label = head(R);
      const percent = /[%％‰]/.test(label);
      const written = /(?:[/／]|per)\s*([\d,]+(?:\.\d+)?)\s*(万)?/i.exec(label);
      const U = written ? Number(written[1]!.replace(/,/g, '')) * (written[2] ? 1e4 : 1) : undefined;
      // The count lines a reader takes the rate of: those its label names (「死亡」 under 「死亡率（%）」), else those of
      // events (`EVENT_WORD`), else any.
      const stem = /^(.+?)率/.exec(label.replace(/\s/g, ''))?.[1];
      const named = countLines.filter((j) => stem !== undefined && head(j).replace(/\s/g, '').includes(stem));
      const events = countLines.filter((j) => EVENT_WORD.test(head(j)));
      const nums = named.length > 0 ? named : events.length > 0 ? events : countLines;
      const readings: (typeof found)[number]['readings'] = [];
      // Keeps the hull of a reading's bounds per position (a reading: its count line and its base).
      const keep = (num: number, base: number[] | undefined, time: number | undefined, at: ([number, number] | undefined)[]) => {
        const same = readings.find((x) => x.num === num && x.time === time && String(x.base) === String(base));
        if (!same) return void readings.push({ num, base, time, at });
        same.at = same.at.map((b, i) => (b && at[i] ? [Math.min(b[0], at[i][0]), Math.max(b[1], at[i][1])] : undefined));
      };
      if (!percent && timeLines.length > 0) {
        const Us = U !== undefined ? [U] : Array.from({ length: 7 }, (_, k) => 10 ** k);
        const ru = timeUnit(label);
        for (const T of timeLines) {
          const bu = timeUnit(head(T));
          const ratios: [number, number][] =
            ru && bu
              ? [ru === bu ? [1, 1] : [DAYS[ru][0] / DAYS[bu][1], DAYS[ru][1] / DAYS[bu][0]]]
              : [
                  [1, 1],
                  [12, 12],
                  [365, 365.25],
                ];
          const times = cells(T).map((x) => timeValue(x) ?? undefined);
          for (const a of nums)
            for (const u of Us)
              for (const [f0, f1] of ratios)
                for (const rc of rounded ? [false] : [false, true])
                  for (const tc of rounded ? [false] : [false, true]) {
                    const [Flo, Fhi] = [u * f0, u * f1];
                    const tTotal = total >= 0 && times[total] ? spanOf(times[total], tc)[1] : undefined;
                    const at = rates.map((r, i): [number, number] | undefined => {
                      if (!r) return undefined;
                      const [rl, rh] = spanOf(r, rc);
                      const [tl, th] = times[i] ? spanOf(times[i], tc) : i !== total && tTotal !== undefined ? [0, tTotal] : [NaN, NaN];
                      if (Number.isNaN(tl)) return undefined;
                      return [Math.max(0, Math.ceil((rl * tl) / Fhi - 1e-9)), Math.floor((rh * th) / Flo + 1e-9)];
                    });
                    const checked = at.flatMap((b, i) => (b && times[i] && count(a, i) !== undefined ? [i] : []));
                    if (checked.length === 0 || !checked.every((i) => at[i]![0] <= count(a, i)! && count(a, i)! <= at[i]![1])) continue;
                    keep(a, undefined, T, at);
                  }
        }
      } else if (timeLines.length === 0) {
        const Us = percent ? [/‰/.test(label) ? 1000 : 100] : U !== undefined ? [U] : [100, 1000];
        const parts = countLines.filter((j) => !totalish(head(j)));
        const sets: number[][] = [];
        if (countLines.length <= RATE_LINES)
          for (let m = 1; m < 1 << countLines.length; m++) {
            const s = countLines.filter((_, k) => m & (1 << k));
            if (s.length === 1 || s.every((j) => !totalish(head(j)))) sets.push(s);
          }
        else {
          sets.push(parts, ...parts.map((x) => parts.filter((y) => y !== x)), ...countLines.map((j) => [j]));
        }
        for (const a of nums)
          for (const S of sets) {
            if (S.length === 1 ? S[0] === a : !S.includes(a)) continue;
            for (const u of Us)
              for (const rc of rounded ? [false] : [false, true]) {
                const at = rates.map((r): [number, number] | undefined => {
                  if (!r) return undefined;
                  const [rl, rh] = spanOf(r, rc);
                  return [rl / u, rh / u];
                });
                let checked = 0;
                const fits = at.every((b, i) => {
                  const c = count(a, i);
                  const sum = S.reduce<number | undefined>(
                    (z, j) => (z === undefined || count(j, i) === undefined ? undefined : z + count(j, i)!),
                    0,
                  );
                  if (!b || c === undefined || sum === undefined || sum === 0) return true;
                  checked++;
                  return b[0] * sum - 1e-9 <= c && c <= b[1] * sum + 1e-9;
                });
                if (fits && checked > 0) keep(a, S, undefined, at);
              }
          }
      }
      if (readings.length === 0 && rates.some((x) => x)) continue;
      // The labels' reading first: the event line, then the whole (every part, or one total line) as the base.
      const whole = (b: number[] | undefined) =>
        b === undefined || (b.length === 1 && totalish(head(b[0]!))) || String(b) === String(countLines.filter((j) => !totalish(head(j))));
      readings.sort(
        (x, y) =>
          Number(EVENT_WORD.test(head(y.num))) - Number(EVENT_WORD.test(head(x.num))) ||
          Number(whole(y.base)) - Number(whole(x.base)) ||
          (y.base?.length ?? 0) - (x.base?.length ?? 0),
      );
      found.push({ rate: R, readings: readings.slice(0, RATE_READINGS) });
    }
    if (found.length === 0) continue;
    // The rate lines read and every person-time line (no counts) out.
    const out = new Set([...found.map((x) => x.rate), ...timeLines]);
    const kept = Array.from({ length: W }, (_, j) => j).filter((j) => !out.has(j));
    // A line's index among the data lines left (the label line 0 aside).
    const index = (j: number) => kept.indexOf(j) - 1;
    const reduced = g.map((r) => kept.map((j) => r[j] ?? ''));
    return {
      grid: axis === 'cols' ? reduced : transpose(reduced),
      rates: found.map((x) =>
        x.readings.map((y) => ({
          axis,
          num: index(y.num),
          ...(y.base ? { base: y.base.map(index), shares: y.at } : { counts: y.at }),
        })),
      ),
    };
  }
  return undefined;
}

/**
 * Numbers written in kanji, as an attacker reads them: 二十八 = 28, 百三 = 103, 一〇三 = 103 (digit by digit where no
 * 十百千 is written). Done here apart from the engine.
 */
function kanjiValue(run: string): number {
  const digit = '〇一二三四五六七八九';
  if (!/[十百千万]/.test(run)) return Number([...run].map((ch) => (digit.includes(ch) ? digit.indexOf(ch) : ch)).join(''));
  const [high, low] = run.includes('万') ? [run.slice(0, run.indexOf('万')), run.slice(run.indexOf('万') + 1)] : ['', run];
  const below = (part: string) => {
    let value = 0;
    for (const [unit, scale] of [
      ['千', 1000],
      ['百', 100],
      ['十', 10],
    ] as const) {
      const at = part.indexOf(unit);
      if (at < 0) continue;
      const before = part.slice(0, at);
      value += (before === '' ? 1 : Number(before.replace(/./g, (ch) => String(digit.indexOf(ch))))) * scale;
      part = part.slice(at + 1);
    }
    return value + (part === '' ? 0 : Number(part.replace(/./g, (ch) => String(digit.indexOf(ch)))));
  };
  return (high === '' ? (run.includes('万') ? 1 : 0) : below(high)) * 10_000 + below(low);
}
const arabic = (s: string) => s.replace(/[〇一二三四五六七八九十百千万]+/g, (run) => String(kanjiValue(run.replace(/零/g, '〇'))));
const nfkc = (s: string) => s.normalize('NFKC').trim();
/** Brackets an attacker reads as brackets around a number or an N: ()[]{}<> and 【】〔〕〖〗〘〙〈〉《》 (after NFKC). */
const OPEN = '[(（\\[［{<【〔〖〘〈《]';
const CLOSE = '[)）\\]］}>】〕〗〙〉》]';
/**
 * An N as people write it in a header: N=30, n: 30, n＝30, 全30例, 30例中, (30名), 「男性 30例」 — a number with a
 * patient unit in brackets or after a space at the end; a number that is part of the label (1人暮らし) is none.
 */
const statedN = (s: string) => {
  const t = arabic(nfkc(s));
  const unit = '(?:症例|例|人|名|件|\\s?patients?|\\s?pts\\.?)';
  const m =
    /(?<![a-z])[nN]\s*[=:]\s*([\d,]+)/.exec(t) ??
    /(?<![a-zA-Z\d])[nN]\s+([\d,]+)(?![\d.,]*\s*[%a-zA-Z])/.exec(t) ??
    /(?:対象者?|症例数|患者数|例数|人数|解析対象者?数?)数?\s*[:=]?\s*([\d,]+)(?![\d.,]*\s*(?:[%a-zA-Z]|歳|才|年|月|日))/.exec(t) ??
    new RegExp(`全\\s*([\\d,]+)\\s*${unit}`).exec(t) ??
    new RegExp(`([\\d,]+)\\s*${unit}\\s*中`).exec(t) ??
    new RegExp(`${OPEN}\\s*([\\d,]+)\\s*${unit}\\s*${CLOSE}`).exec(t) ??
    new RegExp(`\\S\\s([\\d,]+)\\s*${unit}$`).exec(t);
  return m ? Number(m[1]!.replace(/,/g, '')) : undefined;
};
/** Every count a free text (a title) mentions: N=88, 88例, 28名, 12 patients (not 「表1 患者数」: a table's number). */
const countsIn = (s: string) =>
  [
    ...arabic(nfkc(s)).matchAll(
      /(?<![a-z])[nN]\s*[=:]\s*([\d,]+)|(?<![a-zA-Z\d])[nN]\s+([\d,]+)(?![\d.,]*\s*[%a-zA-Z])|(?:対象者?|症例数|患者数|例数|人数|解析対象者?数?)数?\s*[:=]?\s*([\d,]+)(?![\d.,]*\s*(?:[%a-zA-Z]|歳|才|年|月|日))|(?<![\d,.])(?<!(?:表|図|第|[tT]able|[fF]igure)\s*)([\d,]+)\s*(?:症例|例|人|名|件|\s?patients?)(?!数|前|称|簿)/g,
    ),
  ].map((m) => Number((m[1] ?? m[2] ?? m[3] ?? m[4])!.replace(/,/g, '')));

function parseCell(text: string): OCell {
  const t = nfkc(text);
  let m: RegExpExecArray | null;
  if (/^[-‐‑‒–—―−]$/.test(t)) return { n: 0 };
  // 「-0」「−0」: a zero printed with a sign.
  if (/^[-‐‑‒–—―−]\s*0+$/.test(t)) return { n: 0 };
  if ((m = /^([\d,]+)$/.exec(t))) return { n: Number(m[1]!.replace(/,/g, '')) };
  // 「3 (7.5)」: the inputs print it only under 「n (%)」, which a reader of the table sees.
  if ((m = /^([\d,]+)\s*\(\s*(\d+(?:\.(\d+))?)\s*%?\s*\)$/.exec(t)))
    return { n: Number(m[1]!.replace(/,/g, '')), percent: Number(m[2]), decimals: m[3]?.length ?? 0 };
  // 「3 [7.5%]」「3, 7.5%」「3、7.5%」: as 「3 (7.5%)」 (a comma with a space after it; 「3 [7.5]」 under 「n [%]」).
  if (
    (m =
      /^([\d,]+?)\s*(?:\[\s*(\d+(?:\.(\d+))?)\s*%?\s*\]|[【〔]\s*(\d+(?:\.(\d+))?)\s*%\s*[】〕]|,\s+(\d+(?:\.(\d+))?)\s*%|、\s*(\d+(?:\.(\d+))?)\s*%)$/.exec(
        t,
      ))
  ) {
    const p = m[2] ?? m[4] ?? m[6] ?? m[8];
    const d = m[3] ?? m[5] ?? m[7] ?? m[9];
    return { n: Number(m[1]!.replace(/,/g, '')), percent: Number(p), decimals: d?.length ?? 0 };
  }
  // 「10.0% (3)」: the percentage first.
  if ((m = /^(\d+(?:\.(\d+))?)\s*%\s*\(\s*([\d,]+)\s*\)$/.exec(t)))
    return { n: Number(m[3]!.replace(/,/g, '')), percent: Number(m[1]), decimals: m[2]?.length ?? 0 };
  // 「3/57例」「3例/57例」: a fraction with its unit of patients (denom30).
  if ((m = /^([\d,]+)\s*[人例名件]?\s*\/\s*([\d,]+)\s*[人例名件]?$/.exec(t)))
    return { n: Number(m[1]!.replace(/,/g, '')), denominator: Number(m[2]!.replace(/,/g, '')) };
  // 「3 (5.3%, 3/57)」「3 (3/57, 5.3%)」: a count with its share and its fraction in one bracket (denom30).
  if (
    (m =
      /^([\d,]+)\s*\(\s*(?:\d+(?:\.\d+)?\s*[%‰]\s*[,、;]\s*([\d,]+)\s*\/\s*([\d,]+)|([\d,]+)\s*\/\s*([\d,]+)\s*[,、;]\s*\d+(?:\.\d+)?\s*[%‰])\s*\)$/.exec(
        t,
      ))
  ) {
    if ((m[2] ?? m[4]) !== m[1]) throw new Error(`oracle: two counts in "${text}"`);
    return { n: Number(m[1]!.replace(/,/g, '')), denominator: Number((m[3] ?? m[5])!.replace(/,/g, '')) };
  }
  // 「3 (5.3‰)」「5.3‰」: a share per mille, as the share in percent to one decimal more (attack28).
  if ((m = /^([\d,]+)\s*\(\s*(\d+)(?:\.(\d+))?\s*‰\s*\)$/.exec(t)))
    return { n: Number(m[1]!.replace(/,/g, '')), percent: Number(`${m[2]}.${m[3] ?? ''}`) / 10, decimals: (m[3]?.length ?? 0) + 1 };
  if ((m = /^(\d+)(?:\.(\d+))?\s*‰$/.exec(t))) return { percent: Number(`${m[1]}.${m[2] ?? ''}`) / 10, decimals: (m[2]?.length ?? 0) + 1 };
  // 「3/57 (5.3)」: a fraction with its rate, no unit (attack28).
  if ((m = /^([\d,]+)\s*\/\s*([\d,]+)\s*\(\s*\d+(?:\.\d+)?\s*[%‰]?\s*\)$/.exec(t)))
    return { n: Number(m[1]!.replace(/,/g, '')), denominator: Number(m[2]!.replace(/,/g, '')) };
  // 「9.1 (3/33)」「9.1% (3/33)」: a rate with the fraction it was computed from.
  if ((m = /^\d+(?:\.\d+)?\s*[%‰]?\s*\(\s*([\d,]+)\s*\/\s*([\d,]+)\s*\)$/.exec(t)))
    return { n: Number(m[1]!.replace(/,/g, '')), denominator: Number(m[2]!.replace(/,/g, '')) };
  if ((m = /^(\d+(?:\.(\d+))?)\s*%$/.exec(t))) return { percent: Number(m[1]), decimals: m[2]?.length ?? 0 };
  // 「(100%)」「100.0」: a share of 100 with no count, as a total line of 「n (p%)」 cells prints it (`shareTotals`).
  if ((m = /^\(\s*(100(?:\.(0+))?)\s*%?\s*\)$|^(100)\.(0+)$/.exec(t))) return { percent: 100, decimals: (m[2] ?? m[4])?.length ?? 0 };
  throw new Error(`oracle cannot read cell "${text}"`);
}

/** Tables as the test inputs write them: blank lines between tables, a `#` title line, headers in row 1 and column 1. */
export function parse(
  text: string,
  readMeans = false,
  readRatios = false,
  readWeighted = false,
  readRates: boolean | 'rounded' = false,
): OTable[] {
  const tables: OTable[] = [];
  let carried = '';
  for (const records of blocksOf(text)) {
    const lines = records.filter((l) => l.some((x) => x.trim() !== ''));
    if (lines.length === 0) continue;
    let title = '';
    while (lines[0]![0]!.startsWith('#')) title = lines.shift()![0]!.replace(/^#+\s*/, '');
    if (lines.length === 0) continue;
    // oracle40: an Excel copy's title row (its first cell only, the rest blank tabs) heads the table after it, on its
    // own block (a blank row follows it) or on the table's first line; a note row (「※ …」「注) …」) is no line.
    const only = (l: string[]) => l[0]!.trim() !== '' && l.length > 1 && l.slice(1).every((x) => x.trim() === '');
    const heads = (l: string[]) => l.slice(1).some(label) && l.slice(1).every((x) => nfkc(x) === '' || label(x));
    if (lines.length === 1 && only(lines[0]!)) {
      carried = NOTE.test(nfkc(lines[0]![0]!)) ? '' : lines[0]![0]!.trim();
      continue;
    }
    if (carried !== '' && title === '') title = carried;
    carried = '';
    while (lines.length > 2 && only(lines[0]!) && heads(lines[1]!)) title = lines.shift()![0]!.trim();
    while (lines.length > 2 && only(lines.at(-1)!) && NOTE.test(nfkc(lines.at(-1)![0]!))) lines.pop();
    if (lines.length === 0) continue;
    let grid = lines;
    // oracle74: rate lines (and their person-time line) taken out of the grid, kept as the readings they allow.
    const rated = readRates ? ratesOf(grid, readRates === 'rounded') : undefined;
    if (rated) grid = rated.grid;
    // A last row or column of means (attack36), taken out of the grid and kept as the relation it prints.
    const means: NonNullable<OTable['means']> = [];
    const ratios: NonNullable<OTable['ratios']> = [];
    for (const axis of ['rows', 'cols'] as const) {
      if (!readRatios || twoHeaderRows(grid)) break;
      const m = ratioOf(grid, axis);
      if (!m) continue;
      ratios.push({ axis, at: axis === 'rows' ? grid.length - 2 : grid[0]!.length - 2, ...m });
      grid = axis === 'rows' ? grid.slice(0, -1) : grid.map((r) => r.slice(0, grid[0]!.length - 1));
      break;
    }
    for (const axis of ['rows', 'cols'] as const) {
      if (!readMeans || twoHeaderRows(grid)) break;
      const m = meanOf(grid, axis);
      if (!m) continue;
      means.push({ axis, at: axis === 'rows' ? grid.length - 2 : grid[0]!.length - 2, ...m });
      grid = axis === 'rows' ? grid.slice(0, -1) : grid.map((r) => r.slice(0, grid[0]!.length - 1));
      break;
    }
    const weighted: NonNullable<OTable['weighted']> = [];
    for (const axis of ['rows', 'cols'] as const) {
      if (!readWeighted || twoHeaderRows(grid)) break;
      const w = weightedOf(grid, axis);
      if (!w) continue;
      weighted.push(w);
      grid = axis === 'rows' ? grid.slice(0, -1) : grid.map((r) => r.slice(0, grid[0]!.length - 1));
      break;
    }
    grid = withoutRanks(grid);
    const header = headerOf(grid);
    const head = header?.head ?? grid[0]!;
    const body = headedRows(grid.slice(header?.depth ?? 1));
    const cells = header
      ? body.map((r) =>
          header.columns.map(({ n, pct }, c) =>
            pct === undefined ? cellUnder(r[n] ?? '', [r[0] ?? '', head[c + 1] ?? '']) : pairCell(r[n] ?? '', r[pct] ?? ''),
          ),
        )
      : body.map((r) => r.slice(1).map((x, j) => cellUnder(x, [r[0] ?? '', head[j + 1] ?? ''])));
    const t: OTable = {
      title,
      corner: head[0]!,
      cols: head.slice(1).map(nfkc),
      rows: body.map((r) => nfkc(r[0]!)),
      cells,
      percentOnly: cells.flat().every((c) => c.n === undefined),
      rowDepths: body.map((r) => /^[ \u3000\u00a0]*/.exec(r[0]!)![0].length),
      ...(means.length > 0 && { means }),
      ...(ratios.length > 0 && { ratios }),
      ...(weighted.length > 0 && { weighted }),
      ...(header && header.spans.length > 0 && { spans: header.spans }),
      ...(rated && { rates: rated.rates }),
    };
    shareTotals(t);
    tables.push(bracketSizes(withSizes(titleGroups(t))));
  }
  return runTogether(tables);
}

/**
 * A line of 100% shares with no count (「100%」「100.0」「(100%)」) in a table of 「n (p%)」 cells, a row or a column:
 * an attacker reads it as the base of the shares across it — each column's (row's) N, the sum of its counts — and
 * works that N out from the published pairs (the one whole number all the line's shares fit); taken here as known (the
 * attacker at his strongest). The line is then a sum as any other, of one breakdown or of each (found by arithmetic
 * below). Where the cells are mixed otherwise, left (the cells without a count stay unread, as before).
 */
function shareTotals(t: OTable): void {
  if (t.percentOnly || t.cells.length === 0) return;
  const bare = (c: OCell) => c.n === undefined && c.percent === 100;
  // sigma10: a line may mix 「100%」 with counts written at 100% (「120 (100%)」: that count known as printed).
  const line = (cs: OCell[]) => cs.every((c) => bare(c) || (c.n !== undefined && c.percent === 100)) && cs.some(bare);
  const rows = t.cells.flatMap((row, r) => (line(row) ? [r] : []));
  const cols = t.cols.flatMap((_, c) => (line(t.cells.map((row) => row[c]!)) ? [c] : []));
  // sigma10: several rows of 100%, each heading the rows below it (a Table 1's 「性別」「年齢」): each the base of its block.
  if (cols.length === 0 && rows.length > 1) {
    rows.forEach((r0, k) => {
      const block = t.cells.slice(r0 + 1, rows[k + 1] ?? t.cells.length);
      t.cells[r0] = t.cells[r0]!.map((cell, c) => (bare(cell) ? { ...cell, n: base(block.map((row) => row[c]!)) } : cell));
    });
    return;
  }
  if (rows.length + cols.length !== 1) return;
  if (rows.length === 1) {
    const r0 = rows[0]!;
    t.cells[r0] = t.cells[r0]!.map((cell, c) => (bare(cell) ? { ...cell, n: base(t.cells.map((row) => row[c]!)) } : cell));
  } else {
    const c0 = cols[0]!;
    t.cells.forEach((row) => (row[c0] = bare(row[c0]!) ? { ...row[c0]!, n: base(row) } : row[c0]!));
  }
}

/**
 * The N every share of the line fits within rounding, between its largest count and its sum (several breakdowns of
 * the same patients: a fraction of the sum); one only, else the line stays unread.
 */
function base(line: OCell[]): number {
  const counts = line.filter((x) => x.n !== undefined && x.percent !== undefined);
  const sum = counts.reduce((a, x) => a + x.n!, 0);
  const fits: number[] = [];
  for (let n = Math.max(1, ...counts.map((x) => x.n!)); n <= sum; n++)
    if (counts.every((x) => Math.abs(x.percent! - (100 * x.n!) / n) <= 0.5 * 10 ** -x.decimals! + 1e-9)) fits.push(n);
  if (fits.length !== 1) throw new Error(`oracle cannot read the line of 100%: ${fits.length} Ns fit its shares`);
  return fits[0]!;
}

/**
 * Columns under two header rows, as a reader sees them: 「2021年」 over 「心筋梗塞」「脳卒中」 (blank cells after it: the
 * same year), and 「2022年」 over the same names — read as 「2021年・心筋梗塞」 …; undefined for one header row.
 */
function twoHeaderRows(grid: string[][]): string[] | undefined {
  return headerOf(grid)?.head;
}

/**
 * A header cell that names something: not blank, no number, and no cell the oracle reads as a count or a share
 * (oracle42: 「50/110」 passed the digits-only test, so a first line of 「n/N」 cells under a blank corner —
 * refuse4's 「男性 50/110 30/75」 — was taken as a second header row, its counts as column labels).
 */
const label = (x: string) => nfkc(x) !== '' && !/^[\d,.\s%()-]+$/.test(nfkc(x)) && !readable(x);

/** A cell `parseCell` reads (a count, a share, a fraction). */
function readable(x: string): boolean {
  try {
    parseCell(x);
    return true;
  } catch {
    return false;
  }
}

/** A header word naming a group's count (「n」「例数」), its share (「%」「割合」), or both in one cell (「n (%)」). */
const COUNT_WORD = /^(?:n|no\.?|count|counts|数|人|例|件|名|人数|例数|症例数|患者数|件数|度数|頻度|人数\s*\(人\)|例数\s*\(例\))$/i;
const SHARE_WORD = /^(?:%|\(%\)|割合|割合\s*\(%\)|比率|比率\s*\(%\)|構成比|構成比\s*\(%\)|率|percent|pct\.?)$/i;
const PAIR_WORD = /^(?:n|人数|例数|症例数|患者数|件数)\s*(?:\(\s*%\s*\)|[,、/]\s*%)$/i;
/** A note row under a table (Excel copies): 「※ …」「注) …」「注：…」「Note: …」「出典：…」. */
const NOTE = /^(?:※|\*|†|‡|注\s*[)）:：\d]|注記|備考|出典|資料|note\b|source\b)/i;

/**
 * oracle40: the header rows a reader reads over the columns, apart from the engine — the first row and up to two more
 * below it with a blank corner, labels or blanks over the columns (no number), one label at least. An upper row's
 * label spans the blanks after it (a merged cell copied out: 「A群」 over 「n」「%」, 「男性」 over 「A群」「B群」) until a
 * label in it or in a row above starts another span; a column's label is its labels top down, joined by 「・」, a blank
 * in the lowest row under a label (merged downward: 「合計」) naming nothing more. A lowest row of 「n」 and 「%」 under
 * one span is one group's count and its share: one column 「n (p%)」 under the span's label (the share of that group's
 * count, which `attack` takes of every base it fits, as any 「n (p%)」); 「n」 or 「n (%)」 alone names the span's count
 * and adds nothing to its label. An N in an upper row (「A群 (N=30)」) is then in the column's label, where `statedN`
 * reads it. `columns`: per column read, the grid's column of its count and of its share.
 */
function headerOf(
  grid: string[][],
): { head: string[]; depth: number; columns: { n: number; pct?: number }[]; spans: { cols: number[]; n: number }[] } | undefined {
  // The corner's label may stand in the lowest header row instead, the upper rows' corner blank.
  const sub = (row: string[], k: number) =>
    row.length >= 2 &&
    (nfkc(row[0] ?? '') === '' || grid.slice(0, k).every((r) => nfkc(r[0] ?? '') === '')) &&
    row.slice(1).some(label) &&
    row.slice(1).every((x) => nfkc(x) === '' || label(x) || SHARE_WORD.test(nfkc(x)));
  let depth = 1;
  while (depth < 3 && depth < grid.length - 1 && sub(grid[depth]!, depth)) {
    depth++;
    if (nfkc(grid[depth - 1]![0] ?? '') !== '') break;
  }
  if (depth === 1) return undefined;
  const rows = grid.slice(0, depth);
  const width = Math.max(...rows.map((r) => r.length));
  // Per level above the lowest, each column's span: its label and the column the span starts at.
  const spans = rows.slice(0, -1).map(() => [] as { text: string; from: number }[]);
  for (let j = 1; j < width; j++)
    rows.slice(0, -1).forEach((row, k) => {
      const own = nfkc(row[j] ?? '');
      const above = k > 0 && spans[k - 1]![j]!.from === j;
      spans[k]![j] = own !== '' || above || j === 1 ? { text: own, from: j } : spans[k]![j - 1]!;
    });
  const lowest = (j: number) => nfkc(rows[depth - 1]![j] ?? '');
  const upper = (j: number) => spans.map((s) => s[j]!.text).filter((x) => x !== '');
  // One span, or the same label repeated over both (a copy that writes a merged cell's label in each of its cells).
  const sameSpan = (a: number, b: number) =>
    spans.every((s) => s[a]!.from === s[b]!.from) || (nfkc(rows[0]![a] ?? '') !== '' && spans.every((s) => s[a]!.text === s[b]!.text));
  const columns: { n: number; pct?: number }[] = [];
  const labels: string[] = [];
  for (let j = 1; j < width; j++) {
    const up = upper(j);
    if (up.length > 0 && COUNT_WORD.test(lowest(j)) && j + 1 < width && SHARE_WORD.test(lowest(j + 1)) && sameSpan(j, j + 1)) {
      columns.push({ n: j, pct: j + 1 });
      labels.push(up.join('・'));
      j++;
      continue;
    }
    const unit = up.length > 0 && (COUNT_WORD.test(lowest(j)) || PAIR_WORD.test(lowest(j)));
    columns.push({ n: j });
    labels.push([...up, ...(unit || lowest(j) === '' ? [] : [lowest(j)])].join('・'));
  }
  if (labels.some((l) => l === '')) return undefined;
  // An N over a span of several columns read is the span's, not each column's: taken out of their labels.
  const spanNs: { cols: number[]; n: number }[] = [];
  spans.forEach((level) => {
    const starts = [...new Set(columns.map(({ n }) => level[n]!.from))];
    for (const from of starts) {
      const text = level[from]!.text;
      const cols = columns.flatMap(({ n }, c) => (level[n]!.from === from ? [c] : []));
      const n = statedN(text);
      if (cols.length < 2 || n === undefined) continue;
      const bare = nfkc(text)
        .replace(/\s*[(（]?\s*[nN]\s*[=:＝]\s*[\d,]+\s*[)）]?/, '')
        .trim();
      if (bare === '' || statedN(bare) !== undefined) continue;
      spanNs.push({ cols, n });
      for (const c of cols) labels[c] = labels[c]!.replace(text, bare);
    }
  });
  const corner = rows.map((r) => r[0] ?? '').find((x) => nfkc(x) !== '') ?? '';
  return { head: [corner, ...labels], depth, columns, spans: spanNs };
}

/**
 * oracle42: a column of ranks (「順位」「Rank」「No.」 over 1, 2, 3 …, blank in a 合計 line) states an order, no count:
 * left out, where it stands first the labels after it (attack33's CSV lists, which the oracle read as no cells before
 * it read commas).
 */
function withoutRanks(grid: string[][]): string[][] {
  const rank = (x: string) => /^(?:順位|ランク|rank|no\.?|#)$/i.test(nfkc(x));
  const drop = (grid[0] ?? []).flatMap((x, j) => (rank(x) ? [j] : []));
  if (drop.length === 0 || drop.length >= (grid[0]?.length ?? 0) - 1) return grid;
  return grid.map((r) => r.filter((_, j) => !drop.includes(j)));
}

/**
 * oracle42: lines of the body as a reader groups them — a line with its label alone (「男性,,」, every cell blank, or a
 * note of one cell under the table) heads the lines after it, no counts of its own: left out, its label before each
 * later line's (「男性・65歳以上」, indentation kept) until the next such line; a total line (「合計」) keeps its own.
 * Before oracle40 read commas no such line reached the cells; in tab-separated text it threw (`parseCell` of a blank).
 */
function headedRows(body: string[][]): string[][] {
  let group = '';
  const rows: string[][] = [];
  for (const r of body) {
    if (r.slice(1).every((x) => nfkc(x) === '')) {
      group = nfkc(r[0] ?? '');
      continue;
    }
    const own = r[0] ?? '';
    if (group === '' || totalish(nfkc(own))) rows.push(r);
    else rows.push([own.replace(/^([ \u3000\u00a0]*)/, `$1${group}・`), ...r.slice(1)]);
  }
  return rows;
}

/**
 * review68: a cell whose row or column label says it is in percent (「死亡率（%）」, redh64 `crossBase`) printing a bare
 * decimal (「57.3」): a share with no count, as 「57.3%」 is (`parseCell` threw on it); any other cell as `parseCell` reads
 * it (a whole number under such a label stays a count, as before). In a table of counts a cell of no count is free
 * (`uncounted` in `attackReadings`): the oracle takes no rate beside counts (formats33-attack.ts judges those).
 */
function cellUnder(text: string, labels: readonly string[]): OCell {
  const m = /^(\d+)\.(\d+)$/.exec(nfkc(text));
  if (m && labels.some((l) => nfkc(l).includes('%'))) return { percent: Number(`${m[1]}.${m[2]}`), decimals: m[2]!.length };
  return parseCell(text);
}

/** A cell of a count and, where its share is printed beside it (`headerOf`), that share: read as 「n (p%)」. */
function pairCell(n: string, pct: string | undefined): OCell {
  if (pct === undefined) return parseCell(n);
  const p = nfkc(pct).replace(/^[(（]\s*(.*?)\s*[)）]$/, '$1');
  if (p === '') return parseCell(n);
  if (nfkc(n) === '') return parseCell(`(${p})`);
  return parseCell(`${nfkc(n)} (${p})`);
}

/**
 * oracle40: the text's tables as blocks of records, each a list of cells — tab-separated, or comma-separated where
 * the text has no tab (CSV). A cell quoted 「"…"」 may hold the separator, 「""」 and line breaks (a two-line header
 * cell 「"A群\n(N=30)"」, read 「A群 (N=30)」); in tab-separated text only a quoted cell holding a tab or a line break
 * is read so (else the quotes are part of the cell, as before). Blocks are separated by blank lines.
 */
function blocksOf(text: string): string[][][] {
  const sep = text.includes('\t') ? '\t' : ',';
  const blocks: string[][][] = [[]];
  let i = 0;
  while (i <= text.length) {
    const record: string[] = [];
    // A title line (「# …」) is one cell, whatever it holds.
    if (text[i] === '#') {
      const end = text.indexOf('\n', i);
      record.push(text.slice(i, end < 0 ? text.length : end).replace(/\r$/, ''));
      i = end < 0 ? text.length + 1 : end + 1;
    } else
      for (;;) {
        let cell = '';
        let quoted = false;
        if (text[i] === '"') {
          let k = i + 1;
          let inner = '';
          for (; k < text.length; k++) {
            if (text[k] === '"' && text[k + 1] === '"') {
              inner += '"';
              k++;
            } else if (text[k] === '"') break;
            else inner += text[k];
          }
          const after = text[k + 1];
          const closes = k < text.length && (after === undefined || after === sep || after === '\n' || after === '\r');
          if (closes && (sep === ',' || /[\t\n]/.test(inner))) {
            cell = inner.replace(/\s*\r?\n\s*/g, ' ');
            quoted = true;
            i = k + 1;
          }
        }
        if (!quoted) {
          let k = i;
          while (k < text.length && text[k] !== sep && text[k] !== '\n') k++;
          cell = text.slice(i, k).replace(/\r$/, '');
          i = k;
        }
        record.push(cell);
        if (text[i] === sep) {
          i++;
          continue;
        }
        if (text[i] === '\r') i++;
        i++;
        break;
      }
    if (record.every((x) => x.trim() === '')) {
      if (blocks.at(-1)!.length > 0) blocks.push([]);
    } else blocks.at(-1)!.push(record);
  }
  return blocks.filter((b) => b.length > 0);
}

/**
 * Labels run together from labels the input prints on their own (「A群男性」 beside 「A群」 and 「男性」 elsewhere): an
 * attacker reads them as those labels, in any order, so each is rewritten with a space between its parts (「A群 男性」,
 * which `sameGroup` reads in any order). A part is a label or a word of one (other than the label itself), not only
 * digits; no cut between two digits or two Latin letters; a label cut into other parts in two ways is left as it is,
 * and so is one with more than 64 ways.
 */
function runTogether(tables: OTable[]): OTable[] {
  const core = (l: string) => {
    const m = /^(.*?)(\s*[(（][^()（）]*[)）])?$/.exec(nfkc(l))!;
    return { text: m[1]!.trim(), rest: m[2] ?? '' };
  };
  const words = (l: string) =>
    core(l)
      .text.split(/[\s・･·•∙/／×✕、，,|｜;；*＊]+/)
      .map((w) => w.toLowerCase())
      .filter((w) => w !== '');
  const labels = tables.flatMap((t) => [...t.rows, ...t.cols]).filter((l) => !totalish(l));
  const known = new Set(labels.flatMap(words).filter((w) => /\D/.test(w) && !/^[\d.,%\-~]+$/.test(w)));
  const ways = (w: string, depth = 0): string[][] => {
    const out: string[][] = [];
    const go = (at: number, parts: string[]) => {
      if (out.length > 64) return;
      if (at === w.length) {
        if (parts.length > 1) out.push(parts);
        return;
      }
      for (let end = at + 1; end <= w.length; end++) {
        const p = w.slice(at, end);
        const joint =
          end < w.length && ((/\d/.test(w[end - 1]!) && /\d/.test(w[end]!)) || (/[a-z]/.test(w[end - 1]!) && /[a-z]/.test(w[end]!)));
        if (p !== w && known.has(p) && !joint) go(end, [...parts, p]);
        // 「A群の男性」「A群における男性」: a particle between two parts joins them, as a mark does.
        if (parts.length > 0 && end < w.length && PARTICLES.includes(p)) go(end, parts);
      }
    };
    go(0, []);
    // A part that is itself run together counts as its parts.
    return out.map((parts) =>
      parts.flatMap((p) => {
        const inner = depth < 8 ? ways(p, depth + 1) : [];
        const same = new Set(inner.map((x) => x.map(sameGroup).sort().join('|')));
        return inner.length > 0 && inner.length <= 64 && same.size === 1 ? inner[0]! : [p];
      }),
    );
  };
  const rewrite = (l: string) => {
    if (totalish(l)) return l;
    const { text, rest } = core(l);
    let changed = false;
    const out = words(l).map((w) => {
      const all = ways(w);
      const kinds = new Set(all.map((x) => x.map(sameGroup).sort().join('|')));
      if (all.length === 0 || all.length > 64 || kinds.size !== 1) return w;
      changed = true;
      return all[0]!.join(' ');
    });
    return changed && text !== '' ? `${out.join(' ')}${rest}` : l;
  };
  return tables.map((t) => ({ ...t, rows: t.rows.map(rewrite), cols: t.cols.map(rewrite) }));
}

/** Particles an attacker reads as joining two names of one group: 「A群の男性」 is 「男性A群」. */
const PARTICLES = ['の', 'のうち', 'のなか', 'の中', 'の内', 'における', 'に於ける', 'での', '中の', '内の', 'うちの', 'かつ', '且つ'];

/**
 * An N in the title right after a word naming one of the table's rows or columns (「A群（N=40）、B群（N=60）」 over
 * columns 「A群」「B群」): an attacker reads it as that group's N, as if its header said 「A群 (N=40)」. The title keeps
 * the Ns that name no header.
 */
function titleGroups(t: OTable): OTable {
  let title = arabic(nfkc(t.title));
  const cols = [...t.cols];
  const rows = [...t.rows];
  for (const m of [
    ...title.matchAll(
      new RegExp(
        `([^\\s、，,・;；:：/／|「『()（）[\\]{}<>【】〔〕〖〗〘〙〈〉《》]+)[\\s:/／|「『]*${OPEN}?\\s*[nN]\\s*[=:]\\s*([\\d,]+)\\s*${CLOSE}?`,
        'g',
      ),
    ),
  ]) {
    const key = groupKey(m[1]!.replace(/[-‐–—~〜]+$/, ''));
    if (key === '') continue;
    const c = cols.findIndex((l) => groupKey(l) === key && statedN(l) === undefined);
    const r = c >= 0 ? -1 : rows.findIndex((l) => groupKey(l) === key && statedN(l) === undefined);
    const named = `(N=${m[2]!.replace(/,/g, '')})`;
    if (c >= 0) cols[c] = `${cols[c]} ${named}`;
    else if (r >= 0) rows[r] = `${rows[r]} ${named}`;
    else continue;
    title = title.replace(m[0], m[1]!);
  }
  return { ...t, title, cols, rows };
}

/**
 * A label that is a count of patients alone, with the form of its cells after it or not (「53例」「53 pts」「53例 n (%)」):
 * an attacker reads it as its line's N as a number in brackets is read; matched as [whole, name (empty), number].
 */
const loneCount = (l: string) => {
  const m =
    /^([\d,]+)\s*(?:症例|例|人|名|件|\s?patients?|\s?pts\.?|\s?subjects?)\s*(?:[,、]?\s*(?:n\s*)?(?:[(\[]\s*%\s*[)\]]|%)\s*)?$/i.exec(
      arabic(nfkc(l)),
    );
  return m ? ([m[0], '', m[1]!] as unknown as RegExpExecArray) : null;
};

/**
 * A bare number in brackets closing a count table's label (「A群（28）」, 「A [28]」) that is at least the sum of its
 * line's items (lines not labelled as totals): an attacker reads it as that group's N, 「A群 (N=28)」, and 「A群」 in
 * another table as the same group. A smaller number (「薬剤（1）」) is part of the label.
 */
function bracketSizes(t: OTable): OTable {
  if (t.percentOnly) return bracketShares(t);
  const read = (l: string, line: number[]) => {
    const m = new RegExp(`^(.*?)\\s*${OPEN}\\s*([\\d,]+)\\s*${CLOSE}$`).exec(nfkc(l)) ?? loneCount(l);
    const n = m ? Number(m[2]!.replace(/,/g, '')) : NaN;
    const sum = line.reduce((a, b) => a + b, 0);
    return m && !totalish(l) && statedN(l) === undefined && n >= sum && sum > 0 ? `${m[1]} (N=${n})`.trim() : l;
  };
  return {
    ...t,
    cols: t.cols.map((l, c) =>
      read(
        l,
        t.rows.flatMap((r, i) => (totalish(r) ? [] : [t.cells[i]![c]!.n ?? 0])),
      ),
    ),
    rows: t.rows.map((l, i) =>
      read(
        l,
        t.cols.flatMap((c, j) => (totalish(c) ? [] : [t.cells[i]![j]!.n ?? 0])),
      ),
    ),
  };
}

/**
 * A bare number in brackets closing a label of a table of bare percentages (「A群（28）」 over 10.7%): an attacker
 * reads it as that group's N wherever every percentage in its line is some whole count of it, rounded to the
 * nearest (10.7% = 3/28). Columns first; rows only where no column's number is read so and no column states an N;
 * none where the table states its N elsewhere.
 */
function bracketShares(t: OTable): OTable {
  if (statedN(t.title) !== undefined || statedN(t.corner) !== undefined) return t;
  const whole = (n: number, c: OCell) => {
    if (c.percent === undefined) return true;
    for (let k = 0; k <= n; k++) if (Math.abs((100 * k) / n - c.percent) <= 0.5 * 10 ** -c.decimals! + 1e-9) return true;
    return false;
  };
  const read = (l: string, line: OCell[]) => {
    const m = new RegExp(`^(.*?)\\s*${OPEN}\\s*([\\d,]+)\\s*${CLOSE}$`).exec(nfkc(l)) ?? loneCount(l);
    const n = m ? Number(m[2]!.replace(/,/g, '')) : NaN;
    return m && statedN(l) === undefined && n > 0 && line.every((c) => whole(n, c)) ? `${m[1]} (N=${n})`.trim() : l;
  };
  const cols = t.cols.map((l, c) =>
    read(
      l,
      t.cells.map((row) => row[c]!),
    ),
  );
  if (cols.some((l) => statedN(l) !== undefined)) return { ...t, cols };
  return { ...t, rows: t.rows.map((l, r) => read(l, t.cells[r]!)) };
}

/**
 * Group sizes written in a percentage table, as the N of its percentages: a row (column) of plain counts labelled as
 * a total or as a size (N, n, 人数 …) among bare percentages gives each column (row) its N; an N on the total row's
 * label is the only column's N, or the whole table's where the total row's shares add up to 100%.
 */
function withSizes(t: OTable): OTable {
  const plain = (c: OCell) => c.n !== undefined && c.percent === undefined && c.denominator === undefined;
  const sizeLabel = (l: string) =>
    totalish(l) || /^(n|人数|例数|患者数|症例数|対象者数|対象数|件数|母数|分母|解析対象数|base)$/i.test(l.replace(/\s+/g, ''));
  const withN = (l: string, n: number | undefined) => (n === undefined || totalish(l) ? l : `${l} (N=${n})`);
  const R = t.rows.length;
  const C = t.cols.length;
  const r = [...Array(R).keys()].find(
    (i) => sizeLabel(t.rows[i]!) && t.cells[i]!.every(plain) && t.cells.every((row, k) => k === i || row.every((c) => c.n === undefined)),
  );
  if (r !== undefined && R > 1) {
    const rest = t.cells.filter((_, k) => k !== r);
    return {
      ...t,
      rows: t.rows.filter((_, k) => k !== r),
      cols: t.cols.map((l, c) => withN(l, t.cells[r]![c]!.n)),
      cells: rest,
      percentOnly: true,
    };
  }
  const c = [...Array(C).keys()].find(
    (j) =>
      sizeLabel(t.cols[j]!) &&
      t.cells.every((row) => plain(row[j]!)) &&
      t.cells.every((row) => row.every((x, k) => k === j || x.n === undefined)),
  );
  if (c !== undefined && C > 1) {
    return {
      ...t,
      cols: t.cols.filter((_, k) => k !== c),
      rows: t.rows.map((l, i) => withN(l, t.cells[i]![c]!.n)),
      cells: t.cells.map((row) => row.filter((_, k) => k !== c)),
      percentOnly: true,
    };
  }
  if (!t.percentOnly) return t;
  const total = t.rows.findIndex((l) => totalish(l) && statedN(l) !== undefined);
  if (total < 0) return t;
  const n = statedN(t.rows[total]!)!;
  const groups = t.cols.flatMap((l, j) => (totalish(l) ? [] : [j]));
  if (groups.length === 1) return { ...t, cols: t.cols.map((l, j) => (j === groups[0] && statedN(l) === undefined ? withN(l, n) : l)) };
  const shares = groups.map((j) => t.cells[total]![j]!);
  const sum = shares.reduce((acc, x) => acc + x.percent!, 0);
  const slack = shares.reduce((acc, x) => acc + 0.5 * 10 ** -x.decimals!, 0);
  if (Math.abs(sum - 100) <= slack + 1e-9 && statedN(t.title) === undefined) return { ...t, title: `${t.title} (N=${n})` };
  return t;
}

/** lo ≤ Σ coef·x ≤ hi */
interface Con {
  terms: Map<number, number>;
  lo: number;
  hi: number;
}

export interface OracleOptions {
  /** Published zeros: a hidden count that is not 0 is at least 1. */
  zeroExempt: boolean;
  /**
   * Where a line is the sum of every other line of its direction (a total of disjoint parts), an equality among the
   * others — a line equal to a sum of some, two runs adding up alike — is taken only where the attacker can see it:
   * every count of it printed (then it pins nothing hidden). Under such a total no line can be a sum of others (it
   * would be counted twice), so the attacker has no other basis to assume one over hidden counts. Off: every
   * equality of the true counts is taken, as an attacker who saw them all would.
   */
  disjointParts?: boolean;
  /**
   * bothpct: where every percentage of a table with an N on both axes is a whole count of both its row's N and its
   * column's N, the reading an attacker takes: `rows` (each cell a share of its row's N) or `cols` (its column's),
   * whatever the corner, the title or the lines adding up to 100% suggest; or each table's by its index in the text
   * (both2: several such tables, each under its own reading; a table without one as a reader would). Unset: as a
   * reader would (`rowFirst`).
   */
  percentOf?: 'rows' | 'cols' | readonly ('rows' | 'cols' | undefined)[];
  /**
   * attack36: a last row or column that is the mean of the other lines (no totals) within its rounding, found by
   * arithmetic, is read as that relation (`meanOf`) — the sum of the lines at each position within k times its
   * rounding where the mean is printed — not as counts. Off: such a line is read as any (a test's text has none).
   */
  means?: boolean;
  /**
   * means37: a last row or column that is one other line over another within its rounding (`ratioOf`), found by
   * arithmetic, is read as that relation — (r − h)·b ≤ a ≤ (r + h)·b where the ratio is printed — not as counts.
   */
  ratios?: boolean;
  /**
   * means39: a last row or column of means of something else (「平均年齢」, `weightedOf`) beside a total line across is
   * read as the weighted mean it is — Σ n·(m − h) ≤ N·(M + H) ≤ … over the groups' sizes — where the total's mean is printed.
   */
  weighted?: boolean;
  /**
   * attack35: steps along a line. Where a line's fall from one position to the next equals one other line's count
   * (or two lines' sum) at every step, at the step's first position or at its last (a life table: at risk, events,
   * censored per time point), each step is an equation — whatever the labels say. Off by default (the older
   * families were judged without it). life37: across tables too — a line of one table falling by one or two lines
   * of another whose positions have the same labels (trimmed, in the same order). A single step (two positions) is
   * taken only where the falling line is said to be at risk (its label, its table's title or corner: `RISK_WORDS`,
   * the oracle's own): over two positions one fall equal to one count is a coincidence as often as a relation
   * (「打ち切り」 26 → 25 beside 「イベント」 1), which no reader can tell apart without the words.
   */
  steps?: boolean;
  /**
   * life38: with `steps`, a single step (two positions) taken whatever the labels — the attacker who reads a fall of
   * 「人数」 from 0か月 to 6か月 as the interval's events and censored though no word says at risk — from a line that
   * is the largest at both positions (at risk holds the events and censored), whose fall two other lines' sum takes
   * (the events and the censored), over positions whose labels hold a digit (time points: a column of 「Deaths」
   * over 「打ち切り」 is no step in time). No label of the lines is looked at.
   */
  oneStep?: boolean;
  /**
   * life57: with `steps`, a line of one table falling by one line of a second table plus one of a third (the events
   * and the censored printed apart from the at-risk line and from each other), no label of the lines looked at. The
   * positions matched by their time labels: each step of the falling line (two consecutive positions of its own, or of
   * the labels all three tables print) taken by each other table's position at the step's start or end, each its own,
   * where that table prints it; every step so printed fits, two at least (one where the falling line has two positions
   * only and is said at risk, or under `oneStep` is the largest).
   */
  threeWay?: boolean;
  /**
   * life59: a line of one table falling by a line of each of three others (the at-risk line in 表1, 「死亡」 in 表2,
   * 「転院」 in 表3, 「追跡不能」 in 表4), the positions matched by time label, each table's column at the step's start or
   * end; over two steps at least (one where the falling line has two points and is said at risk). No label looked at.
   */
  fourWay?: boolean;
  /**
   * life60: a line of one table falling by a line of each of `k` other tables, for each `k` listed (4, 5: five or six
   * tables in all), the positions matched by time label, each other table's column at the step's start or end, over
   * two steps at least (one where the falling line has two points and its table is said at risk). No label looked at.
   */
  manyWay?: readonly number[];
  /**
   * life61: a line of one table falling between two of its time points by one line or two lines' sum of another table
   * printed at fewer points: each of the other table's points that is one of the line's is an interval, from it to the
   * other table's next point (or, where it prints no next, the line's next point; counts at the start) or from its
   * point before (the line's point before; counts at the end) — one column beside a longer line, or intervals spanning
   * two of its steps. Every such column fits, one at least. No label of the lines looked at.
   */
  spanSteps?: boolean;
  /**
   * rede62: with `spanSteps`, b's columns at a's points as counts over more than one of a's steps — one column any
   * interval of a's points with it at one end (cumulative from a's first point, or to a's last), two or more each
   * cumulative from a's first point or each to a's last. Every column fits, one or two lines of b. No label looked at.
   */
  spanEnds?: boolean;
  /**
   * life64: with `spanSteps`, b's columns as intervals finer than a's steps — each from its point to b's next (its last
   * to a's next point; counts at the start) or from b's point before (its first from a's point before; at the end), or
   * the span its label writes (「0-3か月」) — a's step tiled exactly by b's intervals the sum of those columns; and b's
   * columns at a's points cumulative from a point a does not print (or each to one past it): the difference of two
   * neighbouring columns the fall between their points. Every such step fits, one or two lines of b. No label looked at.
   */
  spanFiner?: boolean;
  /**
   * oracle74: rate lines read (`ratesOf`): a rate per person-time (「発現率（/1,000人年）」 beside 「イベント数」 and 「人年」)
   * or a percentage of count lines (「死亡率（%）」) bounds its count at each position where it is printed. Off: such a
   * line is read as before (a bare decimal under 「%」 a share of no count, free; whole numbers counts). 'rounded': the
   * rates (and person-times) read as rounded to nearest only, not cut off (an attacker who assumes the usual rounding).
   */
  rates?: boolean | 'rounded';
}

function agesOf(label: string): [number, number] | undefined {
  const s = nfkc(label).replace(/\s/g, '');
  const n = (x: string) => Number(x);
  let m: RegExpExecArray | null;
  if ((m = /^(\d+)(歳|才)?代$/.exec(s))) return [n(m[1]!), n(m[1]!) + 9];
  if ((m = /^(\d+)(?:歳|才)?[-~〜～‐–—−](\d+)(?:歳|才)$/.exec(s))) return [n(m[1]!), n(m[2]!)];
  if ((m = /^(\d+)(?:歳|才)未満$/.exec(s) ?? /^<(\d+)(?:歳|才)?$/.exec(s))) return [-Infinity, n(m[1]!) - 1];
  if ((m = /^(\d+)(?:歳|才)以下$/.exec(s) ?? /^(?:≤|<=)(\d+)(?:歳|才)?$/.exec(s))) return [-Infinity, n(m[1]!)];
  if ((m = /^(\d+)(?:歳|才)以上$/.exec(s) ?? /^(?:≥|>=)(\d+)(?:歳|才)?$/.exec(s) ?? /^(\d+)(?:歳|才)?\+$/.exec(s)))
    return [n(m[1]!), Infinity];
  return undefined;
}
// linked35: any numbered series regrouped so, each unit its own: Grade 1-2 over Grade 1 and Grade 2 (Stage I-II, Roman
// or Arabic), 2019-2020年 over 2019年 and 2020年, 2-3回, 4回以上, 1-3月, 2019年度.
// linked37: sub-stages and sub-grades (「Stage IIIA」 inside 「Stage III」), 「G3」, 「III期」, on a scale of a hundred
// places a number; years, 年度 (April to March), year-months (「2020年1月」「2020/1」「2020-01」) and quarters
// (「2020年Q1」「2020年第1四半期」) on one scale of months; a quarter alone its calendar months beside 「1月」….
function seriesOf(label: string): { unit: string; range: [number, number] } | undefined {
  const age = agesOf(label);
  if (age) return { unit: 'age', range: age };
  const s = nfkc(label).replace(/\s/g, '').toLowerCase();
  const roman = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x'];
  const num = (x: string) => (/^\d+$/.test(x) ? Number(x) : roman.indexOf(x) + 1 || NaN);
  const level = (x: string): [number, number] => {
    const sub = /^(\d+|[ivx]+)([a-d])?$/.exec(x);
    if (!sub) return [NaN, NaN];
    const base = num(sub[1]!) * 100;
    return sub[2] ? [base + sub[2].charCodeAt(0) - 96, base + sub[2].charCodeAt(0) - 96] : [base, base + 99];
  };
  let m =
    /^(grade|stage|g)((?:\d+|[ivx]+)[a-d]?)(?:-((?:\d+|[ivx]+)[a-d]?))?(以上|以下|未満)?$/.exec(s) ??
    /^()([ivx]+[a-d]?)(?:-([ivx]+[a-d]?))?期(以上|以下|未満)?$/.exec(s);
  if (m) {
    if (m[1] === 'g' && !/^\d/.test(m[2]!)) return undefined;
    const a = level(m[2]!);
    const b = m[3] ? level(m[3]) : a;
    if (!(a[0] <= b[1]) || (m[3] && m[4])) return undefined;
    if (m[3] && /\d/.test(m[2]!) !== /\d/.test(m[3])) return undefined;
    return {
      unit: m[1] === 'g' ? 'grade' : m[1] || 'stage',
      range:
        m[4] === '以上' ? [a[0], Infinity] : m[4] === '以下' ? [-Infinity, a[1]] : m[4] === '未満' ? [-Infinity, a[0] - 1] : [a[0], b[1]],
    };
  }
  m = /^(grade|stage)(≥|>=|≤|<=)(\d+|[ivx]+)$/.exec(s);
  if (m) {
    const a = level(m[3]!);
    return { unit: m[1]!, range: m[2]!.includes('≥') || m[2] === '>=' ? [a[0], Infinity] : [-Infinity, a[1]] };
  }
  const month = (y: number, mo: number) => y * 12 + mo - 1;
  m = /^(\d{4})年(\d{1,2})月$/.exec(s) ?? /^(\d{4})[/.-](\d{1,2})$/.exec(s);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return { unit: 'time', range: [month(+m[1]!, +m[2]!), month(+m[1]!, +m[2]!)] };
  m = /^(\d{4})年?(?:q|第)([1-4])(?:四半期)?$/.exec(s);
  if (m) return { unit: 'time', range: [month(+m[1]!, +m[2]! * 3 - 2), month(+m[1]!, +m[2]! * 3)] };
  m = /^(?:q|第)([1-4])(?:四半期)?$/.exec(s);
  if (m && (s.startsWith('q') || s.endsWith('四半期'))) return { unit: '月', range: [+m[1]! * 3 - 2, +m[1]! * 3] };
  m = /^(\d+)(?:年度|年|回|月)?(?:[-~〜～](\d+))?(年度|年|回|月)(以上|以降|以下|以前|未満)?$/.exec(s);
  if (m) {
    const a = Number(m[1]);
    const b = m[2] ? Number(m[2]) : a;
    if (a > b || (m[2] && m[4])) return undefined;
    // Years and 年度 as months: 2020年 its twelve, 2020年度 April 2020 to March 2021.
    const time = m[3] === '年' || m[3] === '年度';
    const start = (y: number) => (m![3] === '年度' ? month(y, 4) : month(y, 1));
    const [lo, hi] = time ? [start(a), start(b) + 11] : [a, b];
    const r: [number, number] =
      m[4] === '以上' || m[4] === '以降'
        ? [lo, Infinity]
        : m[4] === '以下' || m[4] === '以前'
          ? [-Infinity, time ? start(a) + 11 : a]
          : m[4] === '未満'
            ? [-Infinity, lo - 1]
            : [lo, hi];
    return { unit: time ? 'time' : m[3]!, range: r };
  }
  return undefined;
}

/**
 * linked38: lines of one numbered series, none inside another (months, years, age bands, grades: `seriesOf` of one
 * unit, ranges apart) are parallel parts to a reader: no one of them is a sum of others, nor two runs of them a
 * breakdown of the same patients. A chance equality among their counts (2023年4月 38 = 2022年4月 8 + 2023年2月 30)
 * is no relation a reader has: where it passes over a hidden count, the reader's page is the same whatever that count
 * is (linked38.test.ts). A line whose range holds the others' (「2020年」 over its months) stays a sum.
 */
function apart(labels: readonly string[]): boolean {
  const series = labels.map(seriesOf);
  if (series.some((x) => x === undefined) || new Set(series.map((x) => x!.unit)).size !== 1) return false;
  return series.every((a, i) => series.every((b, j) => i === j || a!.range[1] < b!.range[0] || b!.range[1] < a!.range[0]));
}

/** `table:row:col` → the whole-number (and LP) range of each hidden count cell given everything published. */
export type Ranges = Map<string, { lo: number; hi: number | null; lpLo: number; lpHi: number | null }>;

export function attack(highs: Highs, text: string, hidden: ReadonlySet<string>, options: OracleOptions): Ranges {
  return attackReadings(highs, text, hidden, options, false)[0]!;
}

/**
 * The ranges under every reading of the text's percentage tables: where the sums and breakdowns an attacker may find
 * by arithmetic (each one possible alone) cannot all hold together — wide ranges of integer percentages — the
 * attacker does not know which hold, and may take any largest set of them that can hold together (a maximal
 * consistent set, found exhaustively: at most 14 such readings per table) for the table's structure. One `Ranges` per
 * combination of such sets across tables; a single one where everything holds together (as `attack`).
 */
export function attackEveryReading(highs: Highs, text: string, hidden: ReadonlySet<string>, options: OracleOptions): Ranges[] {
  return attackReadings(highs, text, hidden, options, true);
}

function attackReadings(highs: Highs, text: string, hidden: ReadonlySet<string>, options: OracleOptions, every: boolean): Ranges[] {
  const tables = parse(text, options.means === true, options.ratios === true, options.weighted === true, options.rates ?? false);
  // Per percentage table whose readings cannot all hold together: its largest sets that can (each a list of constraints).
  const choices: Con[][][] = [];
  // Variables: one per count cell; cells of different tables with the same labels and value are one.
  const id = new Map<string, number>();
  const values: number[] = [];
  const byLabels = new Map<string, number>();
  // The table of each count cell's variable, by its index in `values` (a percentage table's counts have none).
  const tableOf: number[] = [];
  // review68: the variables of cells printing no count (`values` has none for them): never a published bound.
  const uncounted = new Set<number>();
  // A table with one column (row) of counts names a measure there (人数, n), not a category.
  const labelsOf = (t: OTable, r: number, c: number) => {
    const single = (ls: string[]) => ls.filter((l) => !totalish(l)).length === 1;
    return [...(single(t.rows) ? [] : [t.rows[r]!]), ...(single(t.cols) ? [] : [t.cols[c]!])]
      .filter((l) => !totalish(l))
      .map(sameGroup)
      .sort()
      .join('|');
  };
  tables.forEach((t, ti) => {
    if (t.percentOnly) return;
    t.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        const labels = `${labelsOf(t, r, c)}=${cell.n}`;
        const same = byLabels.get(labels);
        // oracle41: never two cells of one table — two positions of a table are two counts to a reader (「合計」 of row
        // 「不明」 and 「不明」 of row 「合計」 share their labels once the totals are dropped); taken when their true
        // values happened to be equal, the merge pinned hidden counts by the truth alone.
        if (same !== undefined && same >= 0 && tableOf[same] !== ti) {
          id.set(`${ti}:${r}:${c}`, same);
          return;
        }
        // review68: a cell with no count in a table of counts (a bare 「42%」 rate column beside them, redh64
        // `crossBase`) keeps its variable (every position has one) but no value: `uncounted`, free below.
        if (cell.n === undefined) uncounted.add(values.length);
        values.push(cell.n!);
        tableOf.push(ti);
        id.set(`${ti}:${r}:${c}`, values.length - 1);
        if (same === undefined) byLabels.set(labels, values.length - 1);
      }),
    );
  });
  const namedN = new Map<string, number>();
  for (const t of tables) for (const l of [...t.rows, ...t.cols]) if (statedN(l) !== undefined) namedN.set(groupKey(l), statedN(l)!);
  const cons: Con[] = [];
  const sumCon = (cells: number[], lo: number, hi: number) => {
    const terms = new Map<number, number>();
    for (const v of cells) terms.set(v, (terms.get(v) ?? 0) + 1);
    cons.push({ terms, lo, hi });
  };
  // A printed mean of k lines (attack36): their sum within k times its rounding, where the mean is not hidden.
  tables.forEach((t, ti) =>
    (t.means ?? []).forEach(({ axis, at, lines, values, halves }) =>
      values.forEach((m, j) => {
        const key = axis === 'rows' ? `${ti}:${at}:${j}` : `${ti}:${j}:${at}`;
        if (m === undefined || hidden.has(key)) return;
        const cells = lines.map((i) => id.get(axis === 'rows' ? `${ti}:${i}:${j}` : `${ti}:${j}:${i}`)!);
        const k = lines.length;
        sumCon(cells, Math.ceil(k * (m - halves[j]!) - 1e-9), Math.floor(k * (m + halves[j]!) + 1e-9));
      }),
    ),
  );
  // oracle74: a printed rate (`ratesOf`): per reading, its count within the bounds of each position where it is printed,
  // or its count's share of its base's sum so; one reading alone is a constraint, several a choice (`attack` takes the
  // first, the labels' reading; `attackEveryReading` each).
  tables.forEach((t, ti) =>
    (t.rates ?? []).forEach((readings) => {
      const consOf = ({ axis, num, base, counts, shares }: RateReading): Con[] => {
        const v = (line: number, p: number) => id.get(axis === 'cols' ? `${ti}:${p}:${line}` : `${ti}:${line}:${p}`);
        const out: Con[] = [];
        (counts ?? shares ?? []).forEach((b, p) => {
          const x = v(num, p);
          if (!b || x === undefined) return;
          if (counts) return void out.push({ terms: new Map([[x, 1]]), lo: b[0], hi: b[1] });
          const ys = base!.map((line) => v(line, p));
          if (ys.some((y) => y === undefined)) return;
          const terms = (q: number) => {
            const m = new Map<number, number>([[x, 1]]);
            for (const y of ys) m.set(y!, (m.get(y!) ?? 0) - q);
            return m;
          };
          out.push({ terms: terms(b[1]), lo: -Infinity, hi: 1e-7 }, { terms: terms(b[0]), lo: -1e-7, hi: Infinity });
        });
        return out;
      };
      const sets = (every ? readings : readings.slice(0, 1)).map(consOf);
      if (sets.length === 1) cons.push(...sets[0]!);
      else if (sets.length > 1) choices.push(sets);
    }),
  );
  // A printed weighted mean (means39): Σ n·(m − h) − N·(M + H) ≤ 0 and, every group's mean printed, Σ n·(m + h) −
  // N·(M − H) ≥ 0, the sizes n the counts (whole numbers); nothing where the total's mean is hidden. A hidden group
  // mean is taken as 0 or more (ages, days): the first row still holds without it.
  tables.forEach((t, ti) =>
    (t.weighted ?? []).forEach(({ axis, total, sizes, values, halves }) => {
      const key = (j: number) => (axis === 'rows' ? `${ti}:${t.rows.length}:${j}` : `${ti}:${j}:${t.cols.length}`);
      const M = total < 0 ? undefined : values[total];
      if (M === undefined || hidden.has(key(total))) return;
      const low = new Map<number, number>();
      const high = new Map<number, number>();
      let all = true;
      const add = (terms: Map<number, number>, j: number, f: number) => {
        for (const code of sizes[j]!) {
          const v = id.get(`${ti}:${Math.floor(code / 1e4)}:${code % 1e4}`)!;
          terms.set(v, (terms.get(v) ?? 0) + f);
        }
      };
      values.forEach((m, j) => {
        if (j === total) return;
        if (m === undefined || hidden.has(key(j))) {
          all = false;
          return;
        }
        add(low, j, m - halves[j]!);
        add(high, j, m + halves[j]!);
      });
      add(low, total, -(M + halves[total]!));
      add(high, total, -Math.max(0, M - halves[total]!));
      cons.push({ terms: low, lo: -Infinity, hi: 1e-7 });
      if (all) cons.push({ terms: high, lo: -1e-7, hi: Infinity });
    }),
  );
  // A printed ratio of two lines (means37): a − (r + h)·b ≤ 0 ≤ a − (r − h)·b, where the ratio is not hidden.
  tables.forEach((t, ti) =>
    (t.ratios ?? []).forEach(({ axis, at, a, b, values, halves }) =>
      values.forEach((r, j) => {
        const key = axis === 'rows' ? `${ti}:${at}:${j}` : `${ti}:${j}:${at}`;
        if (r === undefined || hidden.has(key)) return;
        const x = id.get(axis === 'rows' ? `${ti}:${a}:${j}` : `${ti}:${j}:${a}`)!;
        const y = id.get(axis === 'rows' ? `${ti}:${b}:${j}` : `${ti}:${j}:${b}`)!;
        const terms = (f: number) =>
          new Map(
            x === y
              ? [[x, 1 - f]]
              : [
                  [x, 1],
                  [y, -f],
                ],
          );
        cons.push({ terms: terms(r + halves[j]!), lo: -Infinity, hi: 0 }, { terms: terms(r - halves[j]!), lo: 0, hi: Infinity });
      }),
    ),
  );
  // Each table's sums of a line's items under that line's labels, printed or not (for tables of the same groups).
  const unprinted: { t: number; labels: string; cells: number[]; value: number }[] = [];
  // `disjointParts`: per table and direction (`0:rows`), the line that is the sum of every other line.
  const wholes = new Map<string, number>();
  // `disjointParts`: relations among lines the attacker sees whole in some table (every count of them printed), by
  // their names (`relationName`): seen in one table, an attacker may take them for the structure of another table
  // of the same lines, where they pass over hidden counts (two lists of one column, 2021 and 2022). The other table
  // may print parts this one does not (「その他」) and this one parts the other does not: on the lines both print the
  // parts are the same. `lines`: the names of the lines of the axis the relation is printed on.
  const seenRelations: { t: number; block?: string; sum: string; parts: string[]; lines: Set<string> }[] = [];
  /**
   * The lines of a table's axis a relation is looked for among, by name: all of them, and the rows of each block
   * (rows 「2021年・心筋梗塞」 …, 「2022年・心筋梗塞」 …: a first word before 「・」 that two blocks or more of two rows
   * or more share), named without it — a relation printed in one block is seen for another.
   */
  const unitsOf = (t: OTable, axis: 'rows' | 'cols') => {
    const labels = axis === 'rows' ? t.rows : t.cols;
    const out: { block?: string; names: string[] }[] = [{ names: labels.map((l) => (totalish(l) ? '' : relationName(l))) }];
    const split = labels.map((l) => /^([^・]+)・(.+)$/.exec(nfkc(l)));
    const blocks = [...new Set(split.flatMap((m) => (m ? [m[1]!] : [])))].filter((b) => split.filter((m) => m?.[1] === b).length >= 2);
    if (blocks.length >= 2)
      for (const block of blocks) out.push({ block, names: split.map((m) => (m?.[1] === block ? relationName(m[2]!) : '')) });
    return out;
  };
  // A percentage table's relations: each cell the counts of its N its rounding admits (N written in its column's
  // header, its row's, the title or the corner). A cell whose rounding admits exactly one count is that count (35.6%
  // of 90 is 32): a relation among such cells is seen as a count table's is. Where a cell admits several counts, a
  // relation that holds for some choice of them cannot be told from a chance match of the rounding — but an attacker
  // may take it for the structure all the same (as this oracle reads sums within rounding in a percentage table,
  // below): taken too, as holding for some choice.
  const percentRange = (t: OTable, r: number, c: number): [number, number] | undefined => {
    const cell = t.cells[r]![c]!;
    const n = statedN(t.cols[c]!) ?? statedN(t.rows[r]!) ?? statedN(t.title) ?? statedN(t.corner);
    if (n === undefined || cell.percent === undefined) return undefined;
    const h = 0.5 * 10 ** -cell.decimals!;
    const lo = Math.max(0, Math.ceil((n * (cell.percent - h)) / 100 - 1e-9));
    const hi = Math.min(n, Math.floor((n * (cell.percent + h)) / 100 + 1e-9));
    return lo <= hi ? [lo, hi] : undefined;
  };
  /**
   * The N of a line of a percentage table that prints none, as a reader borrows it: the size a count table prints for
   * a group of that name (its column's or row's 合計 cell, else the sum of its items), one such size in the input,
   * of which every percentage of the line is a whole count (「2022年」 10.0% … beside a count table whose 2022年 adds
   * up to 90).
   */
  const borrowedN = (t: OTable, axis: 'rows' | 'cols', i: number): number | undefined => {
    const key = groupKey((axis === 'rows' ? t.rows : t.cols)[i]!);
    if (key === '') return undefined;
    const sizes = new Set<number>();
    for (const u of tables) {
      if (u.percentOnly) continue;
      const count = (r: number, c: number) => u.cells[r]![c]!.n ?? 0;
      const totalRow = u.rows.findIndex(totalish);
      const totalCol = u.cols.findIndex(totalish);
      u.cols.forEach((l, c) => {
        if (groupKey(l) !== key) return;
        sizes.add(totalRow >= 0 ? count(totalRow, c) : u.rows.reduce((s, _, r) => s + count(r, c), 0));
      });
      u.rows.forEach((l, r) => {
        if (groupKey(l) !== key) return;
        sizes.add(totalCol >= 0 ? count(r, totalCol) : u.cols.reduce((s, _, c) => s + count(r, c), 0));
      });
    }
    if (sizes.size !== 1) return undefined;
    const [n] = [...sizes];
    const line = axis === 'rows' ? t.cells[i]! : t.cells.map((row) => row[i]!);
    const fits = (cell: OCell) => {
      if (cell.percent === undefined) return false;
      const h = 0.5 * 10 ** -cell.decimals!;
      return Math.ceil((n! * (cell.percent - h)) / 100 - 1e-9) <= Math.floor((n! * (cell.percent + h)) / 100 + 1e-9);
    };
    return n! > 0 && line.every(fits) ? n : undefined;
  };
  /** `percentRange` for a relation: the N stated, else the N borrowed for its column, else for its row (`borrowedN`). */
  const relationRange = (t: OTable, r: number, c: number): [number, number] | undefined => {
    const stated = percentRange(t, r, c);
    if (stated) return stated;
    const n = borrowedN(t, 'cols', c) ?? borrowedN(t, 'rows', r);
    const cell = t.cells[r]![c]!;
    if (n === undefined || cell.percent === undefined) return undefined;
    const h = 0.5 * 10 ** -cell.decimals!;
    const lo = Math.max(0, Math.ceil((n * (cell.percent - h)) / 100 - 1e-9));
    const hi = Math.min(n, Math.floor((n * (cell.percent + h)) / 100 + 1e-9));
    return lo <= hi ? [lo, hi] : undefined;
  };
  tables.forEach((t, ti) => {
    if (!options.disjointParts) return;
    const shares = t.percentOnly ? t.cells.map((row, r) => row.map((_, c) => relationRange(t, r, c))) : undefined;
    if (shares && shares.flat().some((x) => x === undefined)) return;
    for (const axis of ['rows', 'cols'] as const) {
      const labels = axis === 'rows' ? t.rows : t.cols;
      if (labels.length > 16) continue;
      const at = (i: number) => (axis === 'rows' ? t.cells[i]!.map((_, c) => [i, c]) : t.cells.map((_, r) => [r, i]));
      const vec = (i: number) => at(i).map(([r, c]) => (shares ? shares[r!]![c!]![1] : t.cells[r!]![c!]!.n!));
      /** Whether line h can be the sum of `parts` in every position: for counts, it is; for percentages, for some choice. */
      const adds = (h: number, parts: number[]) =>
        at(h).every((_, pos) => {
          if (!shares) return parts.reduce((s, p) => s + vec(p)[pos]!, 0) === vec(h)[pos]!;
          const cell = (i: number) => {
            const [r, c] = at(i)[pos]!;
            return shares[r!]![c!]!;
          };
          const lo = parts.reduce((s, p) => s + cell(p)[0], 0);
          const hi = parts.reduce((s, p) => s + cell(p)[1], 0);
          return lo <= cell(h)[1] && hi >= cell(h)[0];
        });
      const printed = (i: number) =>
        axis === 'rows' ? t.cols.every((_, c) => !hidden.has(`${ti}:${i}:${c}`)) : t.rows.every((_, r) => !hidden.has(`${ti}:${r}:${i}`));
      for (const { block, names } of unitsOf(t, axis)) {
        const lines = labels.map((_, i) => i).filter((i) => names[i] !== '' && printed(i) && vec(i).some((x) => x > 0));
        const all = new Set(names.filter((n) => n !== ''));
        const seen = (h: number, parts: number[]) =>
          seenRelations.push({
            t: ti,
            ...(block !== undefined && { block }),
            sum: names[h]!,
            parts: parts.map((p) => names[p]!),
            lines: all,
          });
        for (const h of lines) {
          // An unnamed 小計 is the sum of the run it closes: the lines after the last 小計 or total above it. Its parts
          // are the whole run as printed, lines of 0 included: 心筋梗塞 0, 脳卒中 16, 心不全 11 under 「小計」 27 is
          // 心筋梗塞 + 脳卒中 + 心不全, not 脳卒中 + 心不全 (taken so before, it matched 2021's 疾患群 29 = 8 + 21 by chance
          // where 心筋梗塞 was 18: no relation an attacker sees, seen4 unnamed t = 56 on the fixed lcg).
          if (names[h] === UNNAMED_SUBTOTAL) {
            const from = Math.max(-1, ...labels.flatMap((l, i) => (i < h && (totalish(l) || names[i] === UNNAMED_SUBTOTAL) ? [i] : [])));
            const run = labels.map((_, i) => i).filter((i) => i > from && i < h);
            if (run.length >= 2 && run.every((i) => names[i] !== '' && printed(i)) && adds(h, run)) seen(h, run);
            continue;
          }
          const others = lines.filter((i) => i !== h);
          for (let mask = 1; mask < 1 << others.length; mask++) {
            const parts = others.filter((_, k) => mask & (1 << k));
            if (parts.length >= 2 && adds(h, parts)) seen(h, parts);
          }
        }
      }
    }
  });
  /** Relations seen elsewhere (another table, or another block of this one) for the lines of a unit. */
  const elsewhere = (ti: number, block: string | undefined) =>
    seenRelations.filter((r) => r.t !== ti || (r.block !== undefined && block !== undefined && r.block !== block));
  /** Whether `sum` = `parts` (lines of one axis of table `ti`) is a relation seen elsewhere, in a unit holding them all. */
  const seenElsewhere = (ti: number, axis: 'rows' | 'cols', sum: number, parts: number[]) =>
    unitsOf(tables[ti]!, axis).some(({ block, names }) => {
      if ([sum, ...parts].some((i) => names[i] === '')) return false;
      const ps = parts.map((p) => names[p]!);
      const t = tables[ti]!;
      // A line of this table that is 0 everywhere (left out of the sums found here).
      const zero = (name: string) =>
        names.some((n, i) => n === name && (axis === 'rows' ? t.cells[i]! : t.cells.map((row) => row[i]!)).every((x) => (x.n ?? 0) === 0));
      return elsewhere(ti, block).some((r) =>
        r.sum === UNNAMED_SUBTOTAL
          ? // An unnamed 「小計」 is the sum of the run it closes: a reader matches it to the line that is that run's sum
            // here (the same parts, every one printed here but those that are 0 here).
            !r.lines.has(names[sum]!) && ps.every((p) => r.parts.includes(p)) && r.parts.every((p) => ps.includes(p) || zero(p))
          : r.sum === names[sum] &&
            r.parts.some((p) => ps.includes(p)) &&
            r.parts.every((p) => ps.includes(p) || !names.includes(p)) &&
            ps.every((p) => r.parts.includes(p) || !r.lines.has(p)),
      );
    });
  tables.forEach((t, ti) => {
    if (t.percentOnly) return;
    const v = (r: number, c: number) => id.get(`${ti}:${r}:${c}`)!;
    const R = t.rows.length;
    const C = t.cols.length;
    const rowVec = (r: number) => t.cells[r]!.map((x) => x.n!);
    const colVec = (c: number) => t.cells.map((row) => row[c]!.n!);
    // Every sum of rows (columns) that equals another row (column), in every position.
    const sums = (
      count: number,
      vec: (i: number) => number[],
      eq: (target: number, parts: number[]) => void,
      target?: (number | undefined)[],
    ) => {
      for (let h = target ? -1 : 0; h < (target ? 0 : count); h++) {
        const goal = target ?? vec(h);
        if (goal.every((x) => x === 0 || x === undefined)) continue;
        const others = [...Array(count).keys()].filter((i) => i !== h && vec(i).some((x) => x > 0));
        if (others.length > 20) {
          // Long tables: every set still, depth first — counts are not negative, so a set whose sum passes the goal
          // in some position can only grow past it.
          const chosen: number[] = [];
          const rest = goal.map((g) => g ?? Infinity);
          const visit = (from: number) => {
            if (rest.every((x) => x === 0 || x === Infinity) && chosen.length >= (target ? 1 : 2)) eq(h, [...chosen]);
            for (let k = from; k < others.length; k++) {
              const v = vec(others[k]!);
              if (v.some((x, pos) => x > rest[pos]!)) continue;
              v.forEach((x, pos) => (rest[pos]! -= x));
              chosen.push(others[k]!);
              visit(k + 1);
              chosen.pop();
              v.forEach((x, pos) => (rest[pos]! += x));
            }
          };
          visit(0);
          continue;
        }
        for (let mask = 1; mask < 1 << others.length; mask++) {
          const parts = others.filter((_, k) => mask & (1 << k));
          if (parts.length < (target ? 1 : 2)) continue;
          if (goal.every((g, pos) => g === undefined || parts.reduce((s, p) => s + vec(p)[pos]!, 0) === g)) eq(h, parts);
        }
      }
    };
    // The line that is the sum of every other line of its direction (two others at least that are not all 0), if any,
    // in a list.
    const wholeOf = (count: number, vec: (i: number) => number[]) => {
      if (!options.disjointParts || count < 3) return undefined;
      // Lists only (one position), as the checker reads them: in several positions an equality stays in sight.
      if (vec(0).length !== 1) return undefined;
      const all = vec(0).map((_, pos) => [...Array(count).keys()].reduce((s, k) => s + vec(k)[pos]!, 0));
      if (all.every((x) => x === 0)) return undefined;
      const w = [...Array(count).keys()].find((i) => vec(i).every((x, pos) => 2 * x === all[pos]!));
      if (w === undefined || [...Array(count).keys()].filter((k) => k !== w && vec(k).some((x) => x > 0)).length < 2) return undefined;
      return w;
    };
    // Or, with no such line, the N of the list's one position (「A群 (N=231)」, the title's or corner's over one column)
    // where every line adds up to it: the lines are a breakdown of N, disjoint parts of it alike (-1: the N).
    const byN = (count: number, vec: (i: number) => number[], n: number | undefined) => {
      if (!options.disjointParts || count < 3 || vec(0).length !== 1 || n === undefined) return undefined;
      const lines = [...Array(count).keys()];
      if (lines.some((k) => totalish((count === R ? t.rows : t.cols)[k]!))) return undefined;
      return lines.reduce((s, k) => s + vec(k)[0]!, 0) === n && lines.filter((k) => vec(k)[0]! > 0).length >= 2 ? -1 : undefined;
    };
    const listN = (l: string) => statedN(l) ?? namedN.get(groupKey(l)) ?? statedN(t.title) ?? statedN(t.corner);
    // Or a list of one column whose rows are one tree by their indentation under its total row, printed or not (a total of the top
    // level only: each row under the nearest row before it printed less indented, each row with rows under it their
    // sum, the total the sum of the rows at the left): rows are nested or disjoint, and only the tree's own sums are
    // taken over hidden counts (-1, with `tree`).
    // Or one tree by its unnamed 「小計」 rows (no indentation): each 小計 the sum of the run it closes (the rows since the
    // last 小計), the total the sum of the 小計 rows and the rows in no run — as a reader sees it, rows nested or disjoint.
    const runs = (() => {
      if (!options.disjointParts || C !== 1 || R < 4) return undefined;
      const totals = t.rows.flatMap((l, r) => (totalish(l) ? [r] : []));
      const subs = t.rows.flatMap((l, r) => (relationName(l) === UNNAMED_SUBTOTAL ? [r] : []));
      if (totals.length !== 1 || totals[0] !== R - 1 || subs.length === 0) return undefined;
      const x = (r: number) => t.cells[r]![0]!.n!;
      const kids = new Map<number, number[]>([[R - 1, []]]);
      let run: number[] = [];
      for (let r = 0; r < R - 1; r++) {
        if (subs.includes(r)) {
          kids.set(r, run);
          kids.get(R - 1)!.push(r);
          run = [];
        } else run.push(r);
      }
      kids.get(R - 1)!.push(...run);
      for (const [h, parts] of kids) if (parts.length < 2 || x(h) !== parts.reduce((s, p) => s + x(p), 0)) return undefined;
      return kids;
    })();
    const tree =
      runs ??
      (() => {
        const d = t.rowDepths;
        if (!options.disjointParts || C !== 1 || R < 4 || !d || d.length !== R) return undefined;
        const totals = t.rows.flatMap((l, r) => (totalish(l) ? [r] : []));
        // formats40: or with no total row (cut by hand, as Stata's one-way text without its Total line): the rows at
        // the left are then the parts of a whole printed nowhere (-1, no line of the table), not one sum of the others.
        if (totals.length > 1 || (totals.length === 1 && d[totals[0]!] !== 0) || !d.some((x) => x > 0)) return undefined;
        const total = totals[0] ?? -1;
        const x = (r: number) => t.cells[r]![0]!.n!;
        const kids = new Map<number, number[]>([[total, []]]);
        const stack: number[] = [];
        for (let r = 0; r < R; r++) {
          if (r === total) continue;
          while (stack.length > 0 && d[stack[stack.length - 1]!]! >= d[r]!) stack.pop();
          const parent = stack.length > 0 ? stack[stack.length - 1]! : total;
          if (parent === total && d[r] !== 0) return undefined;
          kids.set(parent, [...(kids.get(parent) ?? []), r]);
          stack.push(r);
        }
        // spss44: or one row at the left, printed first, every other row under it (SPSS's valid 合計 over its categories
        // and their running sums, as the checker writes it): that row is the whole, no sum of others.
        if (total < 0 && kids.get(-1)!.length === 1 && kids.get(-1)![0] === 0) kids.delete(-1);
        for (const [h, parts] of kids) if (parts.length < 2 || (h >= 0 && x(h) !== parts.reduce((s, p) => s + x(p), 0))) return undefined;
        if (total < 0) kids.delete(-1);
        return kids;
      })();
    const wholeRow = byN(R, rowVec, C === 1 ? listN(t.cols[0]!) : undefined) ?? wholeOf(R, rowVec) ?? (tree ? -1 : undefined);
    const own = (h: number, parts: number[]) => tree?.get(h)?.length === parts.length && parts.every((p) => tree.get(h)!.includes(p));
    const wholeCol = byN(C, colVec, R === 1 ? listN(t.rows[0]!) : undefined) ?? wholeOf(C, colVec);
    if (wholeRow !== undefined) wholes.set(`${ti}:rows`, wholeRow);
    if (wholeCol !== undefined) wholes.set(`${ti}:cols`, wholeCol);
    const rowPrinted = (r: number) => t.cols.every((_, c) => !hidden.has(`${ti}:${r}:${c}`));
    const colPrinted = (c: number) => t.rows.every((_, r) => !hidden.has(`${ti}:${r}:${c}`));
    sums(R, rowVec, (h, parts) => {
      if (apart([h, ...parts].map((i) => t.rows[i]!))) return;
      if (
        wholeRow !== undefined &&
        h !== wholeRow &&
        !own(h, parts) &&
        ![h, ...parts].every(rowPrinted) &&
        !seenElsewhere(ti, 'rows', h, parts)
      )
        return;
      t.cols.forEach((_, c) =>
        cons.push({ terms: new Map([[v(h, c), -1], ...parts.map((p) => [v(p, c), 1] as [number, number])]), lo: 0, hi: 0 }),
      );
    });
    sums(C, colVec, (h, parts) => {
      if (apart([h, ...parts].map((i) => t.cols[i]!))) return;
      if (wholeCol !== undefined && h !== wholeCol && ![h, ...parts].every(colPrinted) && !seenElsewhere(ti, 'cols', h, parts)) return;
      t.rows.forEach((_, r) =>
        cons.push({ terms: new Map([[v(r, h), -1], ...parts.map((p) => [v(r, p), 1] as [number, number])]), lo: 0, hi: 0 }),
      );
    });
    // `disjointParts`: a relation seen in another table whose parts this table prints only some of (「その他」 not
    // printed here): where this table's line is larger than the sum of those, the rest is the parts not printed, and
    // an attacker who takes the structure reads line ≥ that sum (in every position).
    if (options.disjointParts)
      for (const axis of ['rows', 'cols'] as const) {
        const vec = axis === 'rows' ? rowVec : colVec;
        const cell = (i: number, pos: number) => (axis === 'rows' ? v(i, pos) : v(pos, i));
        for (const { block, names: labels } of unitsOf(t, axis)) {
          const one = (name: string) =>
            labels.indexOf(name) >= 0 && labels.indexOf(name) === labels.lastIndexOf(name) ? labels.indexOf(name) : -1;
          for (const r of elsewhere(ti, block)) {
            const h = one(r.sum);
            const printed = r.parts.map(one).filter((i) => i >= 0);
            const missing = r.parts.filter((p) => !labels.includes(p));
            if (h < 0 || printed.length === 0 || missing.length === 0 || printed.length + missing.length !== r.parts.length) continue;
            const part = vec(h).map((_, pos) => printed.reduce((acc, p) => acc + vec(p)[pos]!, 0));
            if (vec(h).some((x, pos) => x < part[pos]!) || vec(h).every((x, pos) => x === part[pos]!)) continue;
            vec(h).forEach((_, pos) =>
              cons.push({
                terms: new Map([[cell(h, pos), 1], ...printed.map((p) => [cell(p, pos), -1] as [number, number])]),
                lo: 0,
                hi: Infinity,
              }),
            );
          }
        }
      }
    // An N stated for a group in any table of the input is that group's size in this one too.
    const nOf = (l: string) => statedN(l) ?? namedN.get(groupKey(l));
    // A bare number in brackets closing a label (「A群（28）」) was read as its N by `bracketSizes`.
    const colN = t.cols.map(nOf);
    const rowN = t.rows.map(nOf);
    if (colN.some((n) => n !== undefined))
      sums(
        R,
        rowVec,
        (_, parts) =>
          colN.forEach(
            (n, c) =>
              n !== undefined &&
              sumCon(
                parts.map((p) => v(p, c)),
                n,
                n,
              ),
          ),
        colN,
      );
    if (rowN.some((n) => n !== undefined))
      sums(
        C,
        colVec,
        (_, parts) =>
          rowN.forEach(
            (n, r) =>
              n !== undefined &&
              sumCon(
                parts.map((p) => v(r, p)),
                n,
                n,
              ),
          ),
        rowN,
      );
    // Cells that are no sum: rows and columns that are not the sum of all the others.
    const isSum = (count: number, vec: (i: number) => number[], i: number) => {
      const others = [...Array(count).keys()].filter((k) => k !== i);
      return others.length > 0 && vec(i).every((x, pos) => x === others.reduce((s, k) => s + vec(k)[pos]!, 0)) && vec(i).some((x) => x > 0);
    };
    const itemRows = [...Array(R).keys()].filter((r) => !isSum(R, rowVec, r));
    const itemCols = [...Array(C).keys()].filter((c) => !isSum(C, colVec, c));
    // oracle40: an upper header row's N over a span of columns (`spans`): the span's items add up to it, or one row's
    // cells across the span (its 合計 row) — where the counts do.
    for (const { cols, n } of t.spans ?? []) {
      const across = (rs: number[]) => rs.reduce((s, r) => s + cols.reduce((a, c) => a + (t.cells[r]![c]!.n ?? NaN), 0), 0);
      if (across(itemRows) === n)
        sumCon(
          itemRows.flatMap((r) => cols.map((c) => v(r, c))),
          n,
          n,
        );
      for (let r = 0; r < R; r++)
        if (!itemRows.includes(r) && across([r]) === n)
          sumCon(
            cols.map((c) => v(r, c)),
            n,
            n,
          );
    }
    const items = itemRows.flatMap((r) => itemCols.map((c) => v(r, c)));
    // Each N alone: where the items of its column (row) — every line that is no sum of the others — add up to it, their sum.
    colN.forEach((n, c) => {
      if (n !== undefined && itemRows.reduce((s, r) => s + (t.cells[r]![c]!.n ?? NaN), 0) === n)
        sumCon(
          itemRows.map((r) => v(r, c)),
          n,
          n,
        );
    });
    rowN.forEach((n, r) => {
      if (n !== undefined && itemCols.reduce((s, c) => s + (t.cells[r]![c]!.n ?? NaN), 0) === n)
        sumCon(
          itemCols.map((c) => v(r, c)),
          n,
          n,
        );
    });
    // Every count the title or the corner mentions is the sum of whatever cells it equals: all items, a row's, a column's.
    for (const n of [...countsIn(t.title), ...countsIn(t.corner)]) {
      const groups = [items, ...itemRows.map((r) => itemCols.map((c) => v(r, c))), ...itemCols.map((c) => itemRows.map((r) => v(r, c)))];
      for (const g of groups) if (g.reduce((s, x) => s + values[x]!, 0) === n) sumCon(g, n, n);
    }
    // Blocks of one table (性別 男性・女性 then 年齢 65歳未満・65歳以上 under A群 and B群, no N): runs of adjacent item rows
    // (columns) of two or more, back to back, whose sums are equal in every position are all of each group to a reader,
    // so their sums are equal — every such pair of runs, where it holds.
    const runsOf = (
      lines: number[],
      vec: (i: number) => number[],
      cell: (line: number, pos: number) => number,
      seen: (line: number) => boolean = () => true,
      hiddenZero: (line: number) => boolean = () => false,
      label: (line: number) => string = () => '',
    ) => {
      const at = (from: number, to: number) =>
        vec(lines[from]!).map((_, pos) => lines.slice(from, to).reduce((acc, l) => acc + vec(l)[pos]!, 0));
      for (let a = 0; a < lines.length; a++)
        for (let b = a + 2; b + 2 <= lines.length; b++) {
          const left = at(a, b);
          if (left.every((x) => x === 0)) continue;
          for (let e = b + 2; e <= lines.length; e++) {
            const right = at(b, e);
            if (right.some((x, pos) => x > left[pos]!)) break;
            if (!right.every((x, pos) => x === left[pos])) continue;
            if (!lines.slice(a, e).every(seen)) continue;
            if (apart(lines.slice(a, e).map(label))) continue;
            // Nor is a run bounded by a line holding a hidden 0 (「軽症 0/117」 hidden between 「値なし」 and 「中等症」): both
            // ways of cutting there add up alike only because the truth is 0, which no reader of the printed table
            // knows; taken together they pinned the 0 (the same narrowing as denom31's for runs of n/N rows).
            if ([a, b - 1, b, e - 1].some((x) => hiddenZero(lines[x]!))) continue;
            vec(lines[a]!).forEach((_, pos) => {
              const terms = new Map<number, number>();
              for (const l of lines.slice(a, b)) terms.set(cell(l, pos), (terms.get(cell(l, pos)) ?? 0) + 1);
              for (const l of lines.slice(b, e)) terms.set(cell(l, pos), (terms.get(cell(l, pos)) ?? 0) - 1);
              if ([...terms.values()].some((k) => k !== 0)) cons.push({ terms, lo: 0, hi: 0 });
            });
          }
        }
    };
    if (itemRows.length >= 4)
      runsOf(
        itemRows,
        (r) => itemCols.map((c) => t.cells[r]![c]!.n!),
        (r, pos) => v(r, itemCols[pos]!),
        wholeRow !== undefined ? rowPrinted : undefined,
        (r) => itemCols.some((c) => hidden.has(`${ti}:${r}:${c}`) && t.cells[r]![c]!.n === 0),
        (r) => t.rows[r]!,
      );
    if (itemCols.length >= 4)
      runsOf(
        itemCols,
        (c) => itemRows.map((r) => t.cells[r]![c]!.n!),
        (c, pos) => v(itemRows[pos]!, c),
        wholeCol !== undefined ? colPrinted : undefined,
        (c) => itemRows.some((r) => hidden.has(`${ti}:${r}:${c}`) && t.cells[r]![c]!.n === 0),
        (c) => t.cols[c]!,
      );
    // A sum of this table (a row's or a column's items, or all of them) that another table prints under its labels.
    const margins = [
      ...itemRows.map((r) => ({ labels: groupKey(t.rows[r]!), cells: itemCols.map((c) => v(r, c)) })),
      ...itemCols.map((c) => ({ labels: groupKey(t.cols[c]!), cells: itemRows.map((r) => v(r, c)) })),
      { labels: '', cells: items },
    ];
    // attack34: a table whose title or corner names a row or a column of another table (「男性の内訳」, 「男性・A群の内訳」)
    // is that line's breakdown to a reader: a sum of it under the named labels (its column 「A群」 beside the title's 男性,
    // or all of it under 男性 and A群) that the other table prints is that cell.
    // linked35: a title's words also read without the generic words around a named group (「男子患者の内訳」
    // 「男性患者における」「うち男性」「Male patients」「among men」), as a reader skips them.
    const titleWords = nfkc(`${t.title} ${t.corner}`)
      .split(/[\s・、，,/／|｜:：;；「」『』()（）【】[\]]+|の|別|内訳/)
      .flatMap((w) => [w, ...w.split(/患者|症例|における|において|うち|^(?:among|patients?|cases?|subjects?|in|of)$/i)])
      .filter((w) => w !== '')
      .map(sameGroup);
    const ownLabels = new Set([...t.rows, ...t.cols].map(sameGroup));
    const titled = tables.flatMap((u, ui) => {
      if (ui === ti || u.percentOnly) return [];
      const hits = [u.rows, u.cols].map((ls) =>
        ls.filter((l) => !totalish(l) && titleWords.includes(sameGroup(l)) && !ownLabels.has(sameGroup(l))),
      );
      return hits.some((h) => h.length > 1) || hits.every((h) => h.length === 0) ? [] : [hits.flat()];
    });
    for (const names of titled) {
      const sumsOf = [
        ...itemRows.map((r) => ({ labels: [t.rows[r]!], cells: itemCols.map((c) => v(r, c)) })),
        ...itemCols.map((c) => ({ labels: [t.cols[c]!], cells: itemRows.map((r) => v(r, c)) })),
        ...itemCols.map((c) => ({ labels: [] as string[], cells: itemRows.map((r) => v(r, c)) })),
        ...itemRows.map((r) => ({ labels: [] as string[], cells: itemCols.map((c) => v(r, c)) })),
        { labels: [] as string[], cells: items },
      ];
      for (const m of sumsOf) {
        const value = m.cells.reduce((s, x) => s + values[x]!, 0);
        const labels = [...m.labels, ...names].map(sameGroup).sort().join('|');
        const other = byLabels.get(`${labels}=${value}`);
        if (other === undefined || m.cells.includes(other) || tableOf[other] === ti) continue;
        const terms = new Map<number, number>([[other, -1]]);
        for (const x of m.cells) terms.set(x, (terms.get(x) ?? 0) + 1);
        cons.push({ terms, lo: 0, hi: 0 });
      }
    }
    for (const m of margins) {
      const value = m.cells.reduce((s, x) => s + values[x]!, 0);
      if (m.labels !== '') unprinted.push({ t: ti, labels: m.labels, cells: m.cells, value });
      const other = byLabels.get(`${m.labels}=${value}`);
      // Another table's cell only (oracle41): this table's own sums are its lines', found above.
      if (other === undefined || m.cells.length < 2 || m.cells.includes(other) || tableOf[other] === ti) continue;
      const terms = new Map<number, number>([[other, -1]]);
      for (const x of m.cells) terms.set(x, (terms.get(x) ?? 0) + 1);
      cons.push({ terms, lo: 0, hi: 0 });
    }
    // Bases a cell's percentage or fraction may refer to.
    const basesOf = (r: number, c: number) => {
      const out: { cells: number[]; value: number }[] = [
        { cells: itemCols.map((k) => v(r, k)), value: 0 },
        { cells: itemRows.map((k) => v(k, c)), value: 0 },
        { cells: items, value: 0 },
      ];
      for (const b of out) b.value = b.cells.reduce((s, x) => s + values[x]!, 0);
      return out;
    };
    t.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (hidden.has(`${ti}:${r}:${c}`)) return;
        // A fraction's N that is a variable's own (missing data per row: 男性 12/28, 女性 16/28 under N = 30): the
        // attacker takes it for the sum of the adjacent rows around the cell that add up to it in its column — every
        // such run, whatever the labels (a reader groups a variable's rows by their place).
        if (cell.denominator !== undefined)
          for (let a = 0; a <= r; a++)
            for (let b = r; b < R; b++) {
              const run = Array.from({ length: b - a + 1 }, (_, k) => a + k);
              // A row printing another N in the column (「男性 34/83」 beside 「高血圧 32/74」) is of another block: no
              // reader takes it into the run of 74, however its count adds up; nor does a run stop beside a row printing
              // its N (「女性 15/60」 after 「男性 45/60」: 男性 and the hidden row above it are no block of 60) (denom30).
              const printsN = (x: number) =>
                x >= 0 && x < R && !hidden.has(`${ti}:${x}:${c}`) && t.cells[x]![c]!.denominator === cell.denominator;
              // Nor does a run end on a hidden row of 0 (「女性 0/75」 hidden beside 「65歳未満 40/80」「65歳以上 40/80」,
              // which add up to 80 without it): the run with it adds up only because the truth is 0, which no reader
              // of the printed table knows; taken, it pinned the 0 by the truth alone (denom31).
              const hiddenZero = (x: number) => hidden.has(`${ti}:${x}:${c}`) && t.cells[x]![c]!.n === 0;
              if (
                !(a < b && (hiddenZero(a) || hiddenZero(b))) &&
                run.every((x) => t.cells[x]![c]!.n !== undefined) &&
                run.every((x) => hidden.has(`${ti}:${x}:${c}`) || (t.cells[x]![c]!.denominator ?? cell.denominator) === cell.denominator) &&
                !printsN(a - 1) &&
                !printsN(b + 1) &&
                run.reduce((s, x) => s + t.cells[x]![c]!.n!, 0) === cell.denominator
              )
                sumCon(
                  run.map((x) => v(x, c)),
                  cell.denominator,
                  cell.denominator,
                );
            }
        for (const b of basesOf(r, c)) {
          if (cell.denominator !== undefined && b.value === cell.denominator) sumCon(b.cells, b.value, b.value);
          if (cell.percent !== undefined) {
            const range = baseRange(cell.n!, cell.percent, cell.decimals!, b.value);
            if (range) sumCon(b.cells, range[0], range[1]);
          }
        }
      }),
    );
  });
  // Two tables of the same groups broken down by different things (A群 and B群 by sex in one, by age in the other): an
  // attacker takes each for all of the group, so the group's sums are equal — where they are, in every group the two
  // share (a breakdown of the same patients), printed or not. Where one differs they count other things (several
  // answers per patient, events), and nothing is taken.
  for (let a = 0; a < tables.length; a++)
    for (let b = a + 1; b < tables.length; b++) {
      const pairs = unprinted
        .filter((x) => x.t === a)
        .flatMap((x) => unprinted.filter((y) => y.t === b && y.labels === x.labels).map((y) => [x, y] as const));
      if (pairs.length === 0 || pairs.some(([x, y]) => x.value !== y.value)) continue;
      for (const [x, y] of pairs) {
        const terms = new Map<number, number>();
        for (const c of x.cells) terms.set(c, (terms.get(c) ?? 0) + 1);
        for (const c of y.cells) terms.set(c, (terms.get(c) ?? 0) - 1);
        if ([...terms.values()].some((k) => k !== 0)) cons.push({ terms, lo: 0, hi: 0 });
      }
    }
  // attack34: ages grouped otherwise in two tables (「20代」「30代」 in one, 「20-39歳」 or 「40歳未満」 in the other): a line
  // whose ages are those of one or more lines of the other table, none of its other lines overlapping them, is their
  // sum at each position both tables print (the other axis's labels; a list's one count), where the counts agree.
  const ageLines = tables.flatMap((t, ti) => {
    if (t.percentOnly) return [];
    return (['rows', 'cols'] as const).flatMap((axis) => {
      const across = axis === 'rows' ? t.cols : t.rows;
      const spots = across.map((l, k) => [l, k] as const).filter(([l]) => !totalish(l));
      const key = spots.length === 1 ? [''] : spots.map(([l]) => sameGroup(l));
      const order = key.map((k, i) => [k, spots[i]![1]] as const).sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
      const lines = (axis === 'rows' ? t.rows : t.cols).flatMap((l, i) => {
        const series = seriesOf(l);
        return series && !totalish(l)
          ? [
              {
                unit: series.unit,
                range: series.range,
                cells: order.map(([, k]) => id.get(axis === 'rows' ? `${ti}:${i}:${k}` : `${ti}:${k}:${i}`)!),
              },
            ]
          : [];
      });
      return [...new Set(lines.map((l) => l.unit))].flatMap((unit) => {
        // linked37: a band alone in its table (「2016年」 beside its twelve months) is read too.
        const these = lines.filter((l) => l.unit === unit);
        return these.length >= 1 ? [{ ti, positions: `${order.map(([k]) => k).join('|')}#${unit}`, lines: these }] : [];
      });
    });
  });
  for (const b of ageLines)
    for (const a of ageLines) {
      if (a.ti === b.ti || a.positions !== b.positions) continue;
      for (const whole of b.lines) {
        const inside = a.lines.filter((l) => l.range[0] >= whole.range[0] && l.range[1] <= whole.range[1]);
        const overlaps = a.lines.some((l) => !inside.includes(l) && l.range[1] >= whole.range[0] && l.range[0] <= whole.range[1]);
        if (inside.length < 1 || overlaps) continue;
        if (!whole.cells.every((x, k) => inside.reduce((s, l) => s + values[l.cells[k]!]!, 0) === values[x]!)) continue;
        whole.cells.forEach((x, k) => {
          const terms = new Map<number, number>([[x, -1]]);
          for (const l of inside) terms.set(l.cells[k]!, (terms.get(l.cells[k]!) ?? 0) + 1);
          if ([...terms.values()].some((c) => c !== 0)) cons.push({ terms, lo: 0, hi: 0 });
        });
      }
    }
  // linked35: 「その他」 in one table gathering lines another table over the same positions lists: those its brackets
  // name (「その他（C・D）」), or, where every other line of its table is printed alike in the other, the other's lines
  // its table leaves out. Their sum at each position, where the counts agree.
  const plainLines = tables.flatMap((t, ti) => {
    if (t.percentOnly) return [];
    return (['rows', 'cols'] as const).flatMap((axis) => {
      const across = axis === 'rows' ? t.cols : t.rows;
      const spots = across.map((l, k) => [l, k] as const).filter(([l]) => !totalish(l));
      const key = spots.length === 1 ? [''] : spots.map(([l]) => sameGroup(l));
      const order = key.map((k, i) => [k, spots[i]![1]] as const).sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
      const lines = (axis === 'rows' ? t.rows : t.cols).flatMap((l, i) =>
        totalish(l)
          ? []
          : [
              {
                label: l,
                group: sameGroup(l),
                cells: order.map(([, k]) => id.get(axis === 'rows' ? `${ti}:${i}:${k}` : `${ti}:${k}:${i}`)!),
              },
            ],
      );
      return lines.length >= 2 ? [{ ti, positions: order.map(([k]) => k).join('|'), lines }] : [];
    });
  });
  for (const b of plainLines)
    for (const other of b.lines) {
      const m = /^(?:その他|そのほか|他|others?)(?:[(（](.+)[)）])?$/i.exec(nfkc(other.label).replace(/\s/g, ''));
      if (!m) continue;
      for (const a of plainLines) {
        if (a.ti === b.ti || a.positions !== b.positions) continue;
        let parts: typeof a.lines;
        if (m[1]) {
          const names = m[1].split(/[・、，,/／]/).map(sameGroup);
          parts = a.lines.filter((l) => names.includes(l.group));
          if (parts.length !== names.length) continue;
        } else {
          const rest = b.lines.filter((l) => l !== other);
          const alike = rest.map((l) => a.lines.find((x) => x.group === l.group));
          if (alike.some((x, i) => !x || x.cells.some((c, k) => values[c] !== values[rest[i]!.cells[k]!]))) continue;
          parts = a.lines.filter((l) => !rest.some((r) => r.group === l.group));
          if (parts.length === 0) continue;
        }
        if (!other.cells.every((x, k) => parts.reduce((s, l) => s + values[l.cells[k]!]!, 0) === values[x]!)) continue;
        other.cells.forEach((x, k) => {
          const terms = new Map<number, number>([[x, -1]]);
          for (const l of parts) terms.set(l.cells[k]!, (terms.get(l.cells[k]!) ?? 0) + 1);
          if ([...terms.values()].some((c) => c !== 0)) cons.push({ terms, lo: 0, hi: 0 });
        });
      }
    }
  // oracle46: views of one table. Tables printing the same line of counts whole (two cells at least, the same labels
  // and values: one variable each, above) are the same counts printed again — SAS's crosstab with Percent, Row Pct and
  // Col Pct, SPSS's whole's and valid's tables — not other patients. A relation among their lines is one within one
  // table (a line and its copy are one line: 「StageII = StageI + StageI」 across two copies, 「A群 121 = 3 × StageI +
  // StageIII」 over three, are chance equalities of the hidden true counts no reader sees; they pinned 39 of 39 45 / 4 94
  // where 40 44 / 3 95 prints the same page, formats44.test.ts).
  const viewOf = tables.map((_, ti) => ti);
  {
    const root = (x: number): number => (viewOf[x] === x ? x : (viewOf[x] = root(viewOf[x]!)));
    const lineKeys = new Map<string, number>();
    tables.forEach((t, ti) => {
      if (t.percentOnly) return;
      const keys: string[] = [];
      t.rows.forEach((_, r) => keys.push(t.cols.map((_, c) => id.get(`${ti}:${r}:${c}`)!).join(',')));
      t.cols.forEach((_, c) => keys.push(t.rows.map((_, r) => id.get(`${ti}:${r}:${c}`)!).join(',')));
      for (const k of keys) {
        if (!k.includes(',')) continue;
        const other = lineKeys.get(k);
        if (other === undefined) lineKeys.set(k, ti);
        else if (root(other) !== root(ti)) viewOf[root(ti)] = root(other);
      }
    });
    tables.forEach((_, ti) => (viewOf[ti] = root(ti)));
  }
  // Tables of the same labels (a table split by a title: 男, 女, 全体) where one is, cell by cell, the sum of others.
  const shaped = tables.flatMap((t, ti) => {
    if (t.percentOnly) return [];
    const cells = new Map<string, number>();
    t.cells.forEach((row, r) => row.forEach((_, c) => cells.set(labelsOf(t, r, c), id.get(`${ti}:${r}:${c}`)!)));
    return cells.size === t.rows.length * t.cols.length && cells.size >= 2
      ? [{ shape: [...cells.keys()].sort().join('\n'), cells, view: viewOf[ti]! }]
      : [];
  });
  for (const target of shaped) {
    // oracle46: one view of each other table, none of the target's own (a copy is no part of another sum).
    const others = shaped.filter(
      (o, k) =>
        o.view !== target.view && o.shape === target.shape && shaped.findIndex((x) => x.view === o.view && x.shape === o.shape) === k,
    );
    for (let mask = 1; mask < 1 << others.length; mask++) {
      const parts = others.filter((_, k) => mask & (1 << k));
      if (parts.length < 2) continue;
      const keys = [...target.cells.keys()];
      if (!keys.every((k) => parts.reduce((s, p) => s + values[p.cells.get(k)!]!, 0) === values[target.cells.get(k)!]!)) continue;
      for (const k of keys) {
        const terms = new Map<number, number>([[target.cells.get(k)!, -1]]);
        for (const p of parts) terms.set(p.cells.get(k)!, (terms.get(p.cells.get(k)!) ?? 0) + 1);
        cons.push({ terms, lo: 0, hi: 0 });
      }
    }
  }
  // Lines of any count tables whose positions carry the same labels (totals left out): a line that is, in every
  // position, the difference |a − b| of two others (the true sign taken, the stricter reading), or a's running sum in
  // its own order (either way round).
  // Within one table, on three positions at least (two small lines' difference matches a third by chance too often).
  // On two positions within one table too where the line's label says what it is (差, 累積, difference, cumulative …):
  // an attacker reads the label.
  const named = (l: { label: string }) => /差|増減|増加|減少|変化|累積|累計|differ|change|increase|decrease|cumulat/i.test(nfkc(l.label));
  const lines: {
    t: number;
    cells: Map<string, number>;
    order: string[];
    label: string;
    axis: string;
    index: number;
    printed: boolean;
    /** oracle46: its table's view (`viewOf`) and its variables in order: a line and its copy are one line. */
    view: number;
    sign: string;
  }[] = [];
  // A count is printed where any view prints it (oracle46).
  const printedVars = new Set<number>();
  for (const [key, v] of id) if (!hidden.has(key)) printedVars.add(v);
  const signOf = (cells: Map<string, number>, order: string[]) => order.map((k) => cells.get(k)).join(',');
  tables.forEach((t, ti) => {
    if (t.percentOnly) return;
    const rowKeys = t.rows.map(sameGroup);
    const colKeys = t.cols.map(sameGroup);
    t.rows.forEach((_, r) => {
      const cells = new Map<string, number>();
      t.cols.forEach((l, c) => !totalish(l) && cells.set(colKeys[c]!, id.get(`${ti}:${r}:${c}`)!));
      const printed = t.cols.every((_, c) => printedVars.has(id.get(`${ti}:${r}:${c}`)!));
      const order = t.cols.filter((l) => !totalish(l)).map(sameGroup);
      lines.push({
        t: ti,
        cells,
        order,
        label: t.rows[r]!,
        axis: 'rows',
        index: r,
        printed,
        view: viewOf[ti]!,
        sign: signOf(cells, order),
      });
    });
    t.cols.forEach((_, c) => {
      const cells = new Map<string, number>();
      t.rows.forEach((l, r) => !totalish(l) && cells.set(rowKeys[r]!, id.get(`${ti}:${r}:${c}`)!));
      const printed = t.rows.every((_, r) => printedVars.has(id.get(`${ti}:${r}:${c}`)!));
      const order = t.rows.filter((l) => !totalish(l)).map(sameGroup);
      lines.push({
        t: ti,
        cells,
        order,
        label: t.cols[c]!,
        axis: 'cols',
        index: c,
        printed,
        view: viewOf[ti]!,
        sign: signOf(cells, order),
      });
    });
  });
  // `disjointParts`: lines of one table and direction under the line that is the sum of every other one, not that line:
  // a relation among them is taken only where every count of it is printed (the attacker's only basis for it).
  // oracle46: the lines of views of one table (`viewOf`) alike.
  const unseen = (...ls: (typeof lines)[number][]) => {
    const whole = (l: (typeof lines)[number]) => wholes.get(`${l.t}:${l.axis}`);
    return (
      ls.every((l) => whole(l) !== undefined && l.view === ls[0]!.view && l.axis === ls[0]!.axis && l.index !== whole(l)) &&
      !ls.every((l) => l.printed)
    );
  };
  // Lines with two counts that are not 0 at least (0, 0, 2 is the running sum of 0, 0, 2 by chance).
  const alike = (a: (typeof lines)[number], b: (typeof lines)[number]) =>
    [a, b].every((l) => [...l.cells.values()].filter((x) => values[x] !== 0).length >= 2) &&
    a.cells.size >= 2 &&
    a.cells.size === a.order.length &&
    a.cells.size === b.cells.size &&
    [...a.cells.keys()].every((k) => b.cells.has(k));
  for (const d of lines) {
    const dv = [...d.cells].map(([k, x]) => [k, values[x]!] as const);
    if (dv.every(([, x]) => x === 0)) continue;
    for (const a of lines) {
      if (a === d) continue;
      for (const b of lines) {
        // oracle46: a line and its copy are one line.
        if (b === a || b === d || b.sign === a.sign || b.sign === d.sign || a.sign === d.sign) continue;
        // Compared on the positions all three have (a 差 table of some of the rows; a 差 line over rows b–e beside
        // groups over rows a–d), two at least.
        const keys = [...d.cells.keys()].filter((k) => a.cells.has(k) && b.cells.has(k));
        if (keys.length < 2 || ![d, a, b].every((l) => l.order.length === l.cells.size)) continue;
        if (![d, a, b].every((l) => keys.filter((k) => values[l.cells.get(k)!] !== 0).length >= 2)) continue;
        const at = (l: typeof d, k: string) => values[l.cells.get(k)!]!;
        const holding = keys.filter((k) => Math.abs(at(a, k) - at(b, k)) === at(d, k));
        // A slip: holding in all positions but one, in two at least and in more than not — a reader takes it for the
        // relation where it holds: where the line's label or its table's title says it is a difference (within one
        // table, of both signs), or across tables where it holds in four places or more (fewer match by chance).
        const oneTable = a.view === d.view && b.view === d.view;
        const titled = named(d) || named({ label: tables[d.t]!.title });
        // Lines that share two positions only, none of them all its own: where the line says it is a difference.
        if (keys.length < 3 && [d, a, b].every((l) => l.cells.size > keys.length) && !titled) continue;
        const signs = new Set(holding.map((k) => Math.sign(at(a, k) - at(b, k))).filter((x) => x !== 0));
        const slip = holding.length === keys.length - 1 && (oneTable ? titled && signs.size > 1 : titled || holding.length >= 4);
        if (holding.length !== keys.length && !slip) continue;
        if (oneTable && holding.length < 3 && !named(d)) continue;
        // oracle41: within one table, by arithmetic alone (no label or title says it), only where every count of the
        // three lines is printed: over hidden counts it holds by their true values, which no reader has.
        if (oneTable && !titled && ![d, a, b].every((l) => l.printed)) continue;
        if (holding.length < 2 || unseen(d, a, b)) continue;
        for (const k of holding) {
          const [big, small] = at(a, k) >= at(b, k) ? [a, b] : [b, a];
          const terms = new Map<number, number>();
          for (const [v, coef] of [
            [big.cells.get(k)!, 1],
            [small.cells.get(k)!, -1],
            [d.cells.get(k)!, -1],
          ] as const)
            terms.set(v, (terms.get(v) ?? 0) + coef);
          cons.push({ terms, lo: 0, hi: 0 });
        }
      }
    }
    // Sums of three lines or more of two tables at least (「A〜C」 in another table): every such set, exhaustively.
    // oracle46: one of each line (a copy is the same line), none of d's own.
    const under = lines.filter(
      (a, k) =>
        a.sign !== d.sign &&
        lines.findIndex((x) => x.sign === a.sign) === k &&
        alike(d, a) &&
        [...d.cells].every(([k, x]) => values[a.cells.get(k)!]! <= values[x]!),
    );
    if (under.length <= 16)
      for (let mask = 1; mask < 1 << under.length; mask++) {
        const parts = under.filter((_, k) => mask & (1 << k));
        if (parts.length < 3 || new Set([d.view, ...parts.map((p) => p.view)]).size < 2) continue;
        if (![...d.cells].every(([k, x]) => parts.reduce((acc, p) => acc + values[p.cells.get(k)!]!, 0) === values[x]!)) continue;
        for (const [k, x] of d.cells) {
          const terms = new Map<number, number>([[x, -1]]);
          for (const p of parts) terms.set(p.cells.get(k)!, (terms.get(p.cells.get(k)!) ?? 0) + 1);
          cons.push({ terms, lo: 0, hi: 0 });
        }
      }
    for (const a of lines) {
      if (a === d || a.sign === d.sign || !alike(d, a) || (a.view === d.view && d.cells.size < 3 && !named(d)) || unseen(d, a)) continue;
      // oracle41: a running sum within one table by arithmetic alone, only where both lines are printed whole (column
      // 「B群」 28, 24, 9 the running sum of column 「不明」 9, 15, 4 from the foot, five of the six hidden: a chance of the
      // true counts that pinned every hidden count of totals16's seed-2032 table read with both lines as totals).
      if (a.view === d.view && !named(d) && !(a.printed && d.printed)) continue;
      for (const order of [d.order, [...d.order].reverse()]) {
        let run = 0;
        if (!order.every((k) => (run += values[a.cells.get(k)!]!) === values[d.cells.get(k)!]!)) continue;
        order.forEach((k, i) => {
          const terms = new Map<number, number>();
          for (const [v, coef] of [
            [d.cells.get(k)!, 1],
            ...(i > 0 ? [[d.cells.get(order[i - 1]!)!, -1]] : []),
            [a.cells.get(k)!, -1],
          ] as const)
            terms.set(v, (terms.get(v) ?? 0) + coef);
          cons.push({ terms, lo: 0, hi: 0 });
        });
      }
    }
  }
  // Percentage tables: a cell's percentage bounds the base of the count with its labels.
  tables.forEach((t, ti) => {
    if (!t.percentOnly) return;
    t.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (hidden.has(`${ti}:${r}:${c}`)) return;
        const labels = labelsOf(t, r, c);
        tables.forEach((s, si) => {
          if (s.percentOnly) return;
          s.cells.forEach((srow, sr) =>
            srow.forEach((scell, sc) => {
              if (labelsOf(s, sr, sc) !== labels) return;
              // A percentage of an N stated for it (「2022年 (N=125)」) is of a count of that N: a count of the same
              // labels it cannot stand for (28% of 125 is 35, not 2021's 22) is another count, and the attacker sees
              // that the numbers disagree — not its share of some base of that table (22 of 79 is also 28%). So too with
              // an N borrowed from a count table (「2022年」 12.5% of 2022's 112 is 14, not 2021's 7 of 56).
              const own = relationRange(t, r, c);
              if (own && (scell.n! < own[0] || scell.n! > own[1])) return;
              const x = id.get(`${si}:${sr}:${sc}`)!;
              const sv = (rr: number, cc: number) => id.get(`${si}:${rr}:${cc}`)!;
              const rowCells = s.cols.map((_, k) => sv(sr, k)).filter((_, k) => !totalish(s.cols[k]!));
              const colCells = s.rows.map((_, k) => sv(k, sc)).filter((_, k) => !totalish(s.rows[k]!));
              for (const base of [rowCells, colCells]) {
                const value = base.reduce((sum, b) => sum + values[b]!, 0);
                const range = baseRange(scell.n!, cell.percent!, cell.decimals!, value);
                // Published x: bounds on the base; x hidden too: the percentage still ties x to its base.
                if (range) {
                  const h = 0.5 * 10 ** -cell.decimals!;
                  // Rounded to nearest [p − h, p + h], or cut off [p, p + 2h] where only that fits the base
                  // (`baseRange` takes both: 43 of 71 is 60.6%, 「60%」 cut off; attack40, the true counts broke the
                  // nearest bound and HiGHS found the system infeasible).
                  const t = (100 * scell.n!) / value;
                  const nearest = Math.abs(t - cell.percent!) <= h + 1e-9;
                  const lo = nearest ? cell.percent! - h : cell.percent!;
                  const hi = cell.percent! + (nearest ? h : 2 * h);
                  // 100x − lo·D ≥ 0 and 100x − hi·D ≤ 0.
                  const terms = (k: number) => {
                    const m = new Map<number, number>([[x, 100]]);
                    for (const b of base) m.set(b, (m.get(b) ?? 0) - k);
                    return m;
                  };
                  cons.push({ terms: terms(lo), lo: 0, hi: Infinity }, { terms: terms(hi), lo: -Infinity, hi: 0 });
                }
              }
            }),
          );
        });
      }),
    );
  });
  // Percentage tables no count table explains: a count per cell with a stated N, within what its percentage allows
  // while published; cells sharing one N whose percentages add up to 100 (within rounding) are a breakdown of N.
  // With no N written anywhere, a group's size printed by a count table under the same label (its column's or row's
  // total) is the N of the percentages under that label, if they are whole counts of it.
  const sizes = new Map<string, Set<number>>();
  for (const s of tables) {
    if (s.percentOnly) continue;
    const size = (vecs: number[][]) => {
      const all = vecs[0]!.map((_, k) => vecs.reduce((acc, v) => acc + v[k]!, 0));
      const total = vecs.findIndex((v) => v.every((x, k) => 2 * x === all[k]));
      return vecs[0]!.map((_, k) => (total >= 0 ? vecs[total]![k]! : all[k]!));
    };
    const colSize = size(s.cells.map((row) => row.map((x) => x.n!)));
    const rowSize = size(s.cols.map((_, c) => s.cells.map((row) => row[c]!.n!)));
    const add = (l: string, n: number) => groupKey(l) !== '' && sizes.set(groupKey(l), new Set([...(sizes.get(groupKey(l)) ?? []), n]));
    s.cols.forEach((l, c) => add(l, colSize[c]!));
    s.rows.forEach((l, r) => add(l, rowSize[r]!));
  }
  const ranges = new Map<number, [number, number]>();
  const percentVars = new Map<string, number[]>();
  tables.forEach((t, ti) => {
    if (!t.percentOnly) return;
    // Where this table's constraints start: with every reading, a reading is possible only with all of them (its
    // breakdowns of N included), as it is for the true counts.
    const start = cons.length;
    const whole = (p: number, d: number, n: number) =>
      Math.ceil((n * (p - 0.5 * 10 ** -d)) / 100 - 1e-9) <= Math.floor((n * (p + 0.5 * 10 ** -d)) / 100 + 1e-9);
    const printed = (labels: string[], line: (i: number) => OCell[]) =>
      labels.map((l, i) => {
        const found = [...(sizes.get(groupKey(l)) ?? [])];
        return found.length === 1 && found[0]! > 0 && line(i).every((x) => whole(x.percent!, x.decimals!, found[0]!))
          ? found[0]
          : undefined;
      });
    const anyN =
      t.cols.some((l) => statedN(l) !== undefined) ||
      t.rows.some((l) => statedN(l) !== undefined) ||
      statedN(t.title) !== undefined ||
      statedN(t.corner) !== undefined;
    const colSizes = anyN ? [] : printed(t.cols, (c) => t.cells.map((row) => row[c]!));
    const rowSizes = anyN || colSizes.every((x) => x !== undefined) ? [] : printed(t.rows, (r) => t.cells[r]!);
    // Rows and columns both stating an N (「A群 (N=50)」 over 「男性 (n=40)」 25.0%): the percentages are of the N every
    // cell is a whole count of — the rows' where the columns' does not fit; where both do, the one the corner or the
    // title names (「行%」), else the rows' where each row adds up to 100% and not each column.
    const fitsAll = (axis: 'rows' | 'cols') =>
      t.cells.every((row, r) =>
        row.every((cell, c) => {
          const n = statedN(axis === 'rows' ? t.rows[r]! : t.cols[c]!);
          return n === undefined || whole(cell.percent!, cell.decimals!, n);
        }),
      );
    const hundred = (cells: OCell[]) =>
      cells.length > 1 &&
      Math.abs(cells.reduce((a, x) => a + x.percent!, 0) - 100) <= cells.reduce((a, x) => a + 0.5 * 10 ** -x.decimals!, 0) + 1e-9;
    const itemR = t.rows.flatMap((l, r) => (totalish(l) ? [] : [r]));
    const itemC = t.cols.flatMap((l, c) => (totalish(l) ? [] : [c]));
    const rowsAdd = itemR.every((r) => hundred(itemC.map((c) => t.cells[r]![c]!)));
    const colsAdd = itemC.every((c) => hundred(itemR.map((r) => t.cells[r]![c]!)));
    const bothNs = t.rows.some((l) => statedN(l) !== undefined) && t.cols.some((l) => statedN(l) !== undefined);
    const saysRow = /行\s*(?:%|割合)|row\s*%/i.test(`${t.corner} ${t.title}`);
    const forced = typeof options.percentOf === 'string' ? options.percentOf : options.percentOf?.[ti];
    const rowFirst =
      bothNs &&
      fitsAll('rows') &&
      (!fitsAll('cols') ||
        (forced ? forced === 'rows' : saysRow || (rowsAdd && !colsAdd && !/列\s*(?:%|割合)/.test(`${t.corner} ${t.title}`))));
    const nOf = (r: number, c: number) =>
      (rowFirst ? statedN(t.rows[r]!) : undefined) ??
      statedN(t.cols[c]!) ??
      statedN(t.rows[r]!) ??
      statedN(t.title) ??
      statedN(t.corner) ??
      (colSizes.every((x) => x !== undefined) ? colSizes[c] : undefined) ??
      (rowSizes.length > 0 && rowSizes.every((x) => x !== undefined) ? rowSizes[r] : undefined);
    // Where a cell's N is written: a group of cells is a breakdown of one N written in one place.
    const whereN = (r: number, c: number) =>
      rowFirst && statedN(t.rows[r]!) !== undefined
        ? `r${r}`
        : statedN(t.cols[c]!) !== undefined || colSizes[c] !== undefined
          ? `c${c}`
          : statedN(t.rows[r]!) !== undefined || rowSizes[r] !== undefined
            ? `r${r}`
            : 't';
    const vars = t.cells.map((row, r) =>
      row.map((cell, c) => {
        const key = `${ti}:${r}:${c}`;
        const n = nOf(r, c);
        if (id.has(key) || n === undefined) return undefined;
        const h = 0.5 * 10 ** -cell.decimals!;
        const range: [number, number] = [
          Math.max(0, Math.ceil((n * (cell.percent! - h)) / 100 - 1e-9)),
          Math.min(n, Math.floor((n * (cell.percent! + h)) / 100 + 1e-9)),
        ];
        values.push(range[0]);
        id.set(key, values.length - 1);
        ranges.set(values.length - 1, range);
        return { v: values.length - 1, n, p: cell.percent!, h, where: whereN(r, c) };
      }),
    );
    // A count another percentage table shows under the same labels (row percentages in one, column percentages in
    // the other) is the same count, where the percentages of the two allow one number.
    t.cells.forEach((row, r) =>
      row.forEach((_, c) => {
        const x = vars[r]![c];
        if (!x) return;
        const labels = labelsOf(t, r, c);
        for (const o of percentVars.get(labels) ?? []) {
          const [alo, ahi] = ranges.get(x.v)!;
          const [blo, bhi] = ranges.get(o)!;
          if (Math.max(alo, blo) <= Math.min(ahi, bhi))
            cons.push({
              terms: new Map([
                [x.v, 1],
                [o, -1],
              ]),
              lo: 0,
              hi: 0,
            });
        }
        percentVars.set(labels, [...(percentVars.get(labels) ?? []), x.v]);
      }),
    );
    // Columns, rows and the whole table: any of them may be a breakdown of its N.
    // Of the items: a total row's (column's) 100% is no part of the breakdown.
    const items = vars.filter((_, r) => !totalish(t.rows[r]!)).map((row) => row.filter((_, c) => !totalish(t.cols[c]!)));
    const breakdowns = [...t.cols.filter((l) => !totalish(l)).map((_, c) => items.map((row) => row[c])), ...items, items.flat()];
    const seen = new Set<string>();
    for (const group of breakdowns) {
      if (group.length < 2 || group.some((g) => g === undefined) || new Set(group.map((g) => g!.where)).size !== 1) continue;
      const key = group.map((g) => g!.v).join(',');
      if (seen.has(key)) continue;
      seen.add(key);
      // Within rounding, in whole counts: the counts the percentages allow can add up to N (33.3% × 3 of N=30 can;
      // 3% × 4 and 22% and 69% of N=32, 103% in all, cannot: each 3% is exactly 1 of 32).
      const least = group.reduce((acc, g) => acc + ranges.get(g!.v)![0], 0);
      const most = group.reduce((acc, g) => acc + ranges.get(g!.v)![1], 0);
      if (least <= group[0]!.n && most >= group[0]!.n)
        sumCon(
          group.map((g) => g!.v),
          group[0]!.n,
          group[0]!.n,
        );
    }
    // A line stating its own N whose cells are shares of the other axis's N (row percentages under 「A群 (N=50)」, column
    // percentages beside 「男性 (n=40)」): its counts add up to its N, where their ranges allow it.
    const ownN = (cells: ({ v: number; n: number; where: string } | undefined)[], n: number | undefined, where: string) => {
      if (n === undefined || cells.length < 2 || cells.some((x) => x === undefined) || cells.every((x) => x!.where === where)) return;
      const least = cells.reduce((acc, x) => acc + ranges.get(x!.v)![0], 0);
      const most = cells.reduce((acc, x) => acc + ranges.get(x!.v)![1], 0);
      if (least <= n && most >= n)
        sumCon(
          cells.map((x) => x!.v),
          n,
          n,
        );
    };
    itemR.forEach((r) =>
      ownN(
        itemC.map((c) => vars[r]![c]),
        statedN(t.rows[r]!),
        `r${r}`,
      ),
    );
    itemC.forEach((c) =>
      ownN(
        itemR.map((r) => vars[r]![c]),
        statedN(t.cols[c]!),
        `c${c}`,
      ),
    );
    // Sums by arithmetic, whatever the labels: a row (column) whose count can be, in every position, the sum of the
    // counts of some set of two or more other rows within what their percentages allow (重度＋中等度 30.0% beside
    // 重度 20.0% and 中等度 10.0%) is that sum to an attacker, who cannot tell a chance match from a subtotal. And any
    // set of two or more cells of a column (row) sharing one N whose percentages can add up to 100% is a breakdown of
    // that N, totals left out. Exhaustive, so small tables only.
    const range = (x: { v: number } | undefined) => (x ? ranges.get(x.v)! : undefined);
    const hypotheses: Con[][] = [];
    const own = cons.length;
    // `disjointParts`: a list of percentages (one position) whose lines, every one of them, are in every breakdown of
    // its N the ranges allow (no line whose count can be above 0 can be left out: the others' most is under N) is a
    // breakdown of N into disjoint parts, as a list under its total: a sum among its lines is taken only where every
    // cell of it is printed.
    const disjointList = (
      count: number,
      across: number,
      at: (i: number, k: number) => { v: number; n: number } | undefined,
      labels: string[],
    ) => {
      if (!options.disjointParts || across !== 1 || count < 3) return false;
      const items = [...Array(count).keys()].filter((i) => !totalish(labels[i]!));
      if (items.length < 3 || items.some((i) => !at(i, 0))) return false;
      const n = at(items[0]!, 0)!.n;
      if (items.some((i) => at(i, 0)!.n !== n)) return false;
      const lo = (i: number) => ranges.get(at(i, 0)!.v)![0];
      const hi = (i: number) => ranges.get(at(i, 0)!.v)![1];
      const most = items.reduce((s, i) => s + hi(i), 0);
      if (items.reduce((s, i) => s + lo(i), 0) > n || most < n) return false;
      return items.filter((i) => hi(i) > 0).length >= 2 && items.every((i) => hi(i) === 0 || most - hi(i) < n);
    };
    const cellPrinted = (x: { v: number } | undefined) =>
      x !== undefined && [...id].some(([key, v]) => v === x.v && key.startsWith(`${ti}:`) && !hidden.has(key));
    const lines = (
      count: number,
      across: number,
      at: (i: number, k: number) => { v: number; n: number } | undefined,
      labels: string[],
      axis: 'rows' | 'cols',
    ) => {
      const disjoint = disjointList(count, across, at, labels);
      const line = (i: number) => [...Array(across).keys()].map((k) => range(at(i, k)));
      for (let h = 0; h < count; h++) {
        const target = line(h);
        if (target.some((x) => x === undefined) || target.every((x) => x![1] === 0)) continue;
        const others = [...Array(count).keys()].filter(
          (i) => i !== h && line(i).every((x) => x !== undefined) && line(i).some((x) => x![1] > 0),
        );
        if (others.length > 14) continue;
        for (let mask = 1; mask < 1 << others.length; mask++) {
          const parts = others.filter((_, k) => mask & (1 << k));
          if (parts.length < 2) continue;
          const fits = target.every((x, k) => {
            const lo = parts.reduce((s, p) => s + line(p)[k]![0], 0);
            const hi = parts.reduce((s, p) => s + line(p)[k]![1], 0);
            return lo <= x![1] && hi >= x![0];
          });
          if (!fits) continue;
          // Unless a count table prints it whole (`seenElsewhere`).
          if (disjoint && ![h, ...parts].every((i) => cellPrinted(at(i, 0))) && !seenElsewhere(ti, axis, h, parts)) continue;
          const hypothesis: Con[] = [];
          for (let k = 0; k < across; k++) {
            const terms = new Map<number, number>([[at(h, k)!.v, -1]]);
            for (const p of parts) terms.set(at(p, k)!.v, (terms.get(at(p, k)!.v) ?? 0) + 1);
            hypothesis.push({ terms, lo: 0, hi: 0 });
          }
          hypotheses.push(hypothesis);
        }
      }
    };
    lines(t.rows.length, t.cols.length, (r, c) => vars[r]![c], t.rows, 'rows');
    lines(t.cols.length, t.rows.length, (c, r) => vars[r]![c], t.cols, 'cols');
    // Running sums (累積): a line (three items at least) whose count can be, at each item in its order (either way
    // round), the one before plus another line's count there.
    const running = (count: number, across: number, at: (i: number, k: number) => { v: number } | undefined) => {
      const keep = [...Array(across).keys()].filter((k) => !totalish((count === t.rows.length ? t.cols : t.rows)[k]!));
      if (keep.length < 3) return;
      for (let c = 0; c < count; c++)
        for (let a = 0; a < count; a++) {
          if (a === c || keep.some((k) => !at(c, k) || !at(a, k))) continue;
          for (const order of [keep, [...keep].reverse()]) {
            const fits = order.every((k, i) => {
              const [lo, hi] = range(at(c, k))!;
              const [alo, ahi] = range(at(a, k))!;
              const [plo, phi] = i === 0 ? [0, 0] : range(at(c, order[i - 1]!))!;
              return plo + alo <= hi && phi + ahi >= lo;
            });
            if (!fits || order.every((k) => range(at(a, k))![1] === 0)) continue;
            hypotheses.push(
              order.map((k, i) => {
                const terms = new Map<number, number>([[at(c, k)!.v, 1]]);
                if (i > 0) terms.set(at(c, order[i - 1]!)!.v, (terms.get(at(c, order[i - 1]!)!.v) ?? 0) - 1);
                terms.set(at(a, k)!.v, (terms.get(at(a, k)!.v) ?? 0) - 1);
                return { terms, lo: 0, hi: 0 };
              }),
            );
          }
        }
    };
    running(t.rows.length, t.cols.length, (r, c) => vars[r]![c]);
    running(t.cols.length, t.rows.length, (c, r) => vars[r]![c]);
    // A group's size a count table prints (あり 15) is the sum of that group's counts here whichever way the
    // percentages run (10.0% of 男 30 and 30.0% of 女 40 under あり: 3 + 12 = 15), where they can add up to it.
    // The size must be published: a count cell of a count table under that one label (a total's, or a line of sizes).
    const margin = (label: string, cells: ({ v: number } | undefined)[]) => {
      const found = new Set<number>();
      tables.forEach((s, si) => {
        if (s.percentOnly) return;
        s.cells.forEach((row, r) =>
          row.forEach((cell, c) => {
            if (!hidden.has(`${si}:${r}:${c}`) && labelsOf(s, r, c) === sameGroup(label)) found.add(cell.n!);
          }),
        );
      });
      const [size] = [...found];
      if (found.size !== 1 || cells.length < 2 || cells.some((x) => x === undefined)) return;
      hypotheses.push([{ terms: new Map(cells.map((x) => [x!.v, 1])), lo: size!, hi: size! }]);
    };
    t.rows.forEach(
      (l, r) =>
        !totalish(l) &&
        margin(
          l,
          vars[r]!.filter((_, c) => !totalish(t.cols[c]!)),
        ),
    );
    t.cols.forEach(
      (l, c) =>
        !totalish(l) &&
        margin(
          l,
          vars.filter((_, r) => !totalish(t.rows[r]!)).map((row) => row[c]),
        ),
    );
    const hundreds = (group: ({ v: number; n: number; where: string } | undefined)[]) => {
      const cells = group.filter((g) => g !== undefined && ranges.get(g.v)![1] > 0);
      if (cells.length > 14 || cells.length < 2) return;
      for (let mask = 1; mask < 1 << cells.length; mask++) {
        const parts = cells.filter((_, k) => mask & (1 << k));
        if (parts.length < 2 || new Set(parts.map((g) => `${g!.where}/${g!.n}`)).size !== 1) continue;
        const lo = parts.reduce((s, g) => s + ranges.get(g!.v)![0], 0);
        const hi = parts.reduce((s, g) => s + ranges.get(g!.v)![1], 0);
        if (lo <= parts[0]!.n && hi >= parts[0]!.n)
          hypotheses.push([{ terms: new Map(parts.map((g) => [g!.v, 1])), lo: parts[0]!.n, hi: parts[0]!.n }]);
      }
    };
    t.cols.forEach((l, c) => !totalish(l) && hundreds(vars.filter((_, r) => !totalish(t.rows[r]!)).map((row) => row[c])));
    vars.forEach((row, r) => !totalish(t.rows[r]!) && hundreds(row.filter((_, c) => !totalish(t.cols[c]!))));
    // A total row (column) of counts is the sum of the other rows' counts (計（％） beside あり and なし).
    const totalEq = (total: { v: number } | undefined, parts: ({ v: number } | undefined)[]) => {
      if (!total || parts.length < 2 || parts.some((x) => x === undefined)) return;
      const terms = new Map<number, number>([[total.v, -1]]);
      for (const x of parts) terms.set(x!.v, (terms.get(x!.v) ?? 0) + 1);
      cons.push({ terms, lo: 0, hi: 0 });
    };
    t.rows.forEach(
      (l, r) =>
        totalish(l) &&
        t.cols.forEach((_, c) =>
          totalEq(
            vars[r]![c],
            vars.filter((_, k) => !totalish(t.rows[k]!)).map((row) => row[c]),
          ),
        ),
    );
    t.cols.forEach(
      (l, c) =>
        totalish(l) &&
        t.rows.forEach((_, r) =>
          totalEq(
            vars[r]![c],
            vars[r]!.filter((_, k) => !totalish(t.cols[k]!)),
          ),
        ),
    );
    // A sum or breakdown by arithmetic that no whole-number table of everything printed (every cell's percentage, the
    // breakdowns of the items and the totals above) allows is false of the true counts, so no structure of the table:
    // left out. Every true one holds in the true table, so none is left out this way.
    const mine = [...ranges.keys()].filter((v) => vars.some((row) => row.some((x) => x?.v === v)));
    const lower = values.map((_, v) => (mine.includes(v) ? ranges.get(v)![0] : 0));
    const upper = values.map((_, v) => (mine.includes(v) ? ranges.get(v)![1] : Infinity));
    const base = cons.slice(every ? start : own);
    const holds = (cs: Con[]) => {
      try {
        const least = optimum(highs, values.length, lower, upper, [...base, ...cs], [...cs[0]!.terms.keys()][0]!, 'min', true);
        // Every count is at least 0, so a least of −∞ is HiGHS' "unbounded or infeasible": infeasible (with every
        // reading; before, taken as holding, as it always was).
        return !every || least > -Infinity;
      } catch {
        return false;
      }
    };
    // infeasible alone: not a sum (with every reading: not with everything printed about the table either)
    const possible = hypotheses.filter((h) => holds(h));
    if (!every || possible.length === 0 || holds(possible.flat())) {
      for (const h of possible) cons.push(...h);
      return;
    }
    if (possible.length > 14) throw new Error(`the oracle cannot judge ${possible.length} readings of one table`);
    // Every largest set that can hold together: depth first, a set that cannot hold is no part of one.
    const sets: number[][] = [];
    const grow = (k: number, chosen: number[]) => {
      if (k === possible.length) {
        const maximal = possible.every((_, j) => chosen.includes(j) || !holds([...chosen, j].flatMap((i) => possible[i]!)));
        if (maximal) sets.push(chosen);
        return;
      }
      const withK = [...chosen, k];
      if (holds(withK.flatMap((i) => possible[i]!))) grow(k + 1, withK);
      grow(k + 1, chosen);
    };
    grow(0, []);
    choices.push(sets.map((set) => set.flatMap((i) => possible[i]!)));
  });
  // attack35 (`steps`): a line falling by other lines' counts from one position to the next (a life table); life37:
  // the other lines in another table over positions of the same labels.
  // linked37: a time point read alike however its unit is written (「6か月」「6ヶ月」「6カ月」「6 months」「6M」 one point).
  const timeKey = (label: string): string => {
    const s = nfkc(label).trim().toLowerCase();
    const m = /^(\d+(?:\.\d+)?)\s*([^\d\s].*)$/.exec(s);
    if (!m) return s;
    const units: [RegExp, string][] = [
      [/^(?:か月|ヶ月|カ月|ヵ月|ケ月|箇月|ヶ月|months?|mos?|m)$/, 'month'],
      [/^(?:年|years?|yrs?|y)$/, 'year'],
      [/^(?:週|週間|weeks?|wks?|w)$/, 'week'],
      [/^(?:日|days?|d)$/, 'day'],
    ];
    const unit = units.find(([re]) => re.test(m[2]!));
    return unit ? `${Number(m[1])} ${unit[1]}` : s;
  };
  if (options.steps) {
    type Side = {
      ti: number;
      lines: number[];
      at: number[];
      labels: string[];
      v: (i: number, k: number) => number | undefined;
      said: number[];
      /** Every position's label holds a digit (「0か月」「2024年」): a step in time (oneStep). */
      timed: boolean;
    };
    const sides: Side[] = [];
    tables.forEach((t, ti) => {
      if (t.percentOnly) return;
      for (const axis of ['rows', 'cols'] as const) {
        const lines = (axis === 'rows' ? t.rows : t.cols).flatMap((l, i) => (totalish(l) ? [] : [i]));
        const across = axis === 'rows' ? t.cols : t.rows;
        const at = across.flatMap((l, k) => (totalish(l) ? [] : [k]));
        if (at.length < 2) continue;
        const v = (i: number, k: number) => id.get(axis === 'rows' ? `${ti}:${i}:${k}` : `${ti}:${k}:${i}`);
        if (lines.some((i) => at.some((k) => v(i, k) === undefined))) continue;
        const titled = RISK_WORDS.test(t.title) || RISK_WORDS.test(t.corner);
        const own = axis === 'rows' ? t.rows : t.cols;
        const said = lines.filter((i) => titled || RISK_WORDS.test(own[i]!));
        const timed = at.every((k) => /\d/.test(nfkc(across[k]!)));
        sides.push({ ti, lines, at, labels: at.map((k) => timeKey(across[k]!)), v, said, timed });
      }
    });
    for (const a of sides)
      for (const b of sides) {
        if (a.ti !== b.ti && (a.at.length !== b.at.length || a.labels.some((l, j) => l !== b.labels[j]))) continue;
        if (a.ti === b.ti && a !== b) continue;
        const n = (side: Side, i: number, k: number) => values[side.v(i, k)!]!;
        for (const x of a.at.length > 2 || options.oneStep ? a.lines : a.said) {
          const others = b.lines.filter((i) => a !== b || i !== x);
          const sets = [...others.map((i) => [i]), ...others.flatMap((i, m) => others.slice(m + 1).map((j) => [i, j]))];
          const fits = (set: number[], end: boolean) =>
            a.at
              .slice(1)
              .every((k, m) => n(a, x, a.at[m]!) - n(a, x, k) === set.reduce((sum, i) => sum + n(b, i, end ? b.at[m + 1]! : b.at[m]!), 0));
          // oneStep: a line not said at risk over one step, over time points (a digit in each position's label), where
          // it is the largest at both positions (at risk holds the interval's events and censored) and two other
          // lines' sum takes its fall (the events and the censored; 「打ち切り」 26 → 22 beside 「イベント」 4 alone is no
          // at-risk line); then every set that fits.
          const largest = others.every((i) => a.at.every((k, m) => n(a, x, k) >= n(b, i, b.at[m]!)));
          const pair = sets.some((set) => set.length === 2 && (fits(set, false) || fits(set, true)));
          if (a.at.length === 2 && !a.said.includes(x) && (!largest || !a.timed || !pair)) continue;
          for (const set of sets)
            for (const end of [false, true]) {
              const steps = a.at.slice(1).map((k, m) => ({ from: a.at[m]!, to: k, of: end ? b.at[m + 1]! : b.at[m]! }));
              if (!fits(set, end)) continue;
              for (const s of steps) {
                const terms = new Map<number, number>();
                const add = (w: number, c: number) => terms.set(w, (terms.get(w) ?? 0) + c);
                add(a.v(x, s.from)!, 1);
                add(a.v(x, s.to)!, -1);
                for (const i of set) add(b.v(i, s.of)!, -1);
                if ([...terms.values()].some((c) => c !== 0)) cons.push({ terms, lo: 0, hi: 0 });
              }
            }
        }
      }
  }
  if (options.steps && options.threeWay) {
    type Line = {
      ti: number;
      at: number[];
      labels: string[];
      lines: number[];
      v: (i: number, k: number) => number | undefined;
      said: number[];
    };
    const sides: Line[] = [];
    tables.forEach((t, ti) => {
      if (t.percentOnly) return;
      for (const axis of ['rows', 'cols'] as const) {
        const own = axis === 'rows' ? t.rows : t.cols;
        const across = axis === 'rows' ? t.cols : t.rows;
        const lines = own.flatMap((l, i) => (totalish(l) ? [] : [i]));
        const at = across.flatMap((l, k) => (totalish(l) ? [] : [k]));
        const v = (i: number, k: number) => id.get(axis === 'rows' ? `${ti}:${i}:${k}` : `${ti}:${k}:${i}`);
        if (at.length < 1 || lines.some((i) => at.some((k) => v(i, k) === undefined))) continue;
        const titled = RISK_WORDS.test(t.title) || RISK_WORDS.test(t.corner);
        sides.push({
          ti,
          at,
          labels: at.map((k) => timeKey(across[k]!)),
          lines,
          v,
          said: lines.filter((i) => titled || RISK_WORDS.test(own[i]!)),
        });
      }
    });
    const val = (side: Line, i: number, k: number) => values[side.v(i, k)!]!;
    for (const a of sides) {
      if (a.at.length < 2) continue;
      for (const b of sides)
        for (const c of sides) {
          if (c.ti === a.ti || b.ti === a.ti || c.ti <= b.ti) continue;
          // Per position of a (its label), b's and c's position of the same label.
          const bAt = a.labels.map((l) => b.at[b.labels.indexOf(l)]);
          const cAt = a.labels.map((l) => c.at[c.labels.indexOf(l)]);
          const all = a.at.map((_, j) => j);
          const common = all.filter((j) => bAt[j] !== undefined && cAt[j] !== undefined);
          const last = a.at.length - 1;
          const grids = [all, common, [0, ...common], [...common, last], [0, ...common, last]]
            .map((g) => [...new Set(g)])
            .filter((g, m, gs) => g.length >= 2 && gs.findIndex((h) => h.join() === g.join()) === m);
          for (const grid of common.length > 0 ? grids : [all]) {
            for (const sb of [0, 1])
              for (const sc of [0, 1]) {
                const steps = grid.slice(1).flatMap((to, m) => {
                  const from = grid[m]!;
                  const [bk, ck] = [bAt[sb ? to : from], cAt[sc ? to : from]];
                  return bk === undefined || ck === undefined ? [] : [{ from: a.at[from]!, to: a.at[to]!, bk, ck }];
                });
                if (steps.length === 0) continue;
                for (const x of a.lines) {
                  if (steps.length < 2) {
                    if (a.at.length !== 2) continue;
                    const largest =
                      options.oneStep &&
                      b.lines.every((i) =>
                        c.lines.every((j) => a.at.every((k) => val(a, x, k) >= val(b, i, steps[0]!.bk) + val(c, j, steps[0]!.ck))),
                      );
                    if (!a.said.includes(x) && !largest) continue;
                  }
                  for (const o of b.lines)
                    for (const q of c.lines) {
                      if (!steps.every((s) => val(a, x, s.from) - val(a, x, s.to) === val(b, o, s.bk) + val(c, q, s.ck))) continue;
                      for (const s of steps) {
                        const terms = new Map<number, number>();
                        const add = (w: number, co: number) => terms.set(w, (terms.get(w) ?? 0) + co);
                        add(a.v(x, s.from)!, 1);
                        add(a.v(x, s.to)!, -1);
                        add(b.v(o, s.bk)!, -1);
                        add(c.v(q, s.ck)!, -1);
                        if ([...terms.values()].some((co) => co !== 0)) cons.push({ terms, lo: 0, hi: 0 });
                      }
                    }
                }
              }
          }
        }
    }
  }
  // life59's `fourWay` is the three-other-tables case of life60's search (the same sets, steps and lines, in the same order).
  const ways = [...(options.fourWay ? [3] : []), ...(options.manyWay ?? [])];
  if (options.steps && ways.length > 0) {
    type Side = {
      ti: number;
      at: number[];
      labels: string[];
      lines: number[];
      v: (i: number, k: number) => number | undefined;
      said: boolean;
    };
    const sides: Side[] = [];
    tables.forEach((t, ti) => {
      if (t.percentOnly) return;
      for (const axis of ['rows', 'cols'] as const) {
        const own = axis === 'rows' ? t.rows : t.cols;
        const across = axis === 'rows' ? t.cols : t.rows;
        const lines = own.flatMap((l, i) => (totalish(l) ? [] : [i]));
        const at = across.flatMap((l, k) => (totalish(l) ? [] : [k]));
        const v = (i: number, k: number) => id.get(axis === 'rows' ? `${ti}:${i}:${k}` : `${ti}:${k}:${i}`);
        if (at.length < 1 || lines.some((i) => at.some((k) => v(i, k) === undefined))) continue;
        const labels = at.map((k) => timeKey(across[k]!));
        sides.push({ ti, at, lines, v, labels, said: RISK_WORDS.test(t.title) || RISK_WORDS.test(t.corner) });
      }
    });
    const val = (side: Side, i: number, k: number) => values[side.v(i, k)!]!;
    for (const k of ways)
      for (const a of sides) {
        if (a.at.length < 2) continue;
        // Every k sides of k distinct other tables, in increasing table order.
        const others = sides.filter((s) => s.ti !== a.ti);
        const choices: Side[][] = [];
        const grow = (from: number, chosen: Side[]) => {
          if (chosen.length === k) return void choices.push(chosen);
          for (let n = from; n < others.length; n++) if (chosen.every((c) => c.ti < others[n]!.ti)) grow(n + 1, [...chosen, others[n]!]);
        };
        grow(0, []);
        for (const set of choices) {
          const over = set.map((x) => a.labels.map((l) => x.at[x.labels.indexOf(l)]));
          for (let start = 0; start < 1 << k; start++) {
            const steps = a.at.slice(1).flatMap((_, m) => {
              const ks = over.map((o, n) => o[(start >> n) & 1 ? m + 1 : m]);
              return ks.some((x) => x === undefined) ? [] : [{ from: a.at[m]!, to: a.at[m + 1]!, ks: ks as number[] }];
            });
            if (steps.length < Math.min(2, a.at.length - 1) || (steps.length < 2 && !a.said)) continue;
            for (const x of a.lines) {
              const falls = steps.map((s) => val(a, x, s.from) - val(a, x, s.to));
              // One line of each side, the rest of each step's fall carried down (no count is negative).
              const pick = (n: number, ls: number[], rest: number[]) => {
                if (n === k) {
                  if (rest.some((r) => r !== 0)) return;
                  for (const s of steps) {
                    const terms = new Map<number, number>();
                    const add = (w: number, co: number) => terms.set(w, (terms.get(w) ?? 0) + co);
                    add(a.v(x, s.from)!, 1);
                    add(a.v(x, s.to)!, -1);
                    set.forEach((side, m) => add(side.v(ls[m]!, s.ks[m]!)!, -1));
                    if ([...terms.values()].some((co) => co !== 0)) cons.push({ terms, lo: 0, hi: 0 });
                  }
                  return;
                }
                for (const o of set[n]!.lines) {
                  const left = rest.map((r, m) => r - val(set[n]!, o, steps[m]!.ks[n]!));
                  if (left.every((r) => r >= 0)) pick(n + 1, [...ls, o], left);
                }
              };
              pick(0, [], falls);
            }
          }
        }
      }
  }
  if (options.steps && options.spanSteps) {
    type Side = {
      ti: number;
      at: number[];
      keys: string[];
      raw: string[];
      lines: number[];
      v: (i: number, k: number) => number | undefined;
    };
    const sides: Side[] = [];
    tables.forEach((t, ti) => {
      if (t.percentOnly) return;
      for (const axis of ['rows', 'cols'] as const) {
        const own = axis === 'rows' ? t.rows : t.cols;
        const across = axis === 'rows' ? t.cols : t.rows;
        const lines = own.flatMap((l, i) => (totalish(l) ? [] : [i]));
        const at = across.flatMap((l, k) => (totalish(l) ? [] : [k]));
        const v = (i: number, k: number) => id.get(axis === 'rows' ? `${ti}:${i}:${k}` : `${ti}:${k}:${i}`);
        if (at.length < 1 || lines.some((i) => at.some((k) => v(i, k) === undefined))) continue;
        sides.push({ ti, at, lines, v, keys: at.map((k) => timeKey(across[k]!)), raw: at.map((k) => across[k]!) });
      }
    });
    const val = (side: Side, i: number, k: number) => values[side.v(i, k)!]!;
    for (const a of sides)
      for (const b of sides) {
        if (a.ti === b.ti || a.at.length < 2 || !a.keys.every((k) => /^\d/.test(k))) continue;
        const index = (key: string | undefined) => (key === undefined ? -1 : a.keys.indexOf(key));
        for (const end of [false, true]) {
          // Per column of b: [its a index, the interval's from, to] (a's indices).
          const cols = b.at.flatMap((k, j) => {
            const here = index(b.keys[j]);
            if (here < 0) return [];
            const other = end ? (j > 0 ? index(b.keys[j - 1]) : here - 1) : j + 1 < b.at.length ? index(b.keys[j + 1]) : here + 1;
            const [from, to] = end ? [other, here] : [here, other];
            return from >= 0 && to < a.at.length && to > from ? [{ k, from: a.at[from]!, to: a.at[to]! }] : [];
          });
          if (cols.length === 0) continue;
          tie(a, b, [cols]);
        }
        if (options.spanEnds) {
          const here = b.keys.map((key) => a.keys.indexOf(key));
          if (here.some((h) => h < 0)) continue;
          const ways: { k: number; from: number; to: number }[][] = [];
          const last = a.at.length - 1;
          if (b.at.length === 1)
            for (let o = 0; o <= last; o++) {
              if (Math.abs(o - here[0]!) > 1)
                ways.push([{ k: b.at[0]!, from: a.at[Math.min(o, here[0]!)]!, to: a.at[Math.max(o, here[0]!)]! }]);
            }
          else {
            // A column at the interval's fixed end (empty) only where all its cells are 0; the others tied.
            const zero = (j: number) => b.lines.every((i) => val(b, i, b.at[j]!) === 0);
            for (const edge of [0, last]) {
              if (!here.every((h, j) => h !== edge || zero(j))) continue;
              const cols = b.at.flatMap((k, j) =>
                here[j] === edge ? [] : [{ k, from: a.at[Math.min(edge, here[j]!)]!, to: a.at[Math.max(edge, here[j]!)]! }],
              );
              if (cols.length > 0) ways.push(cols);
            }
          }
          tie(a, b, ways);
        }
      }
    if (options.spanFiner)
      for (const a of sides)
        for (const b of sides) {
          if (a.ti === b.ti || a.at.length < 2) continue;
          const num = (key: string) => /^(\d+(?:\.\d+)?) (month|year|week|day)$/.exec(key);
          const am = a.keys.map(num);
          if (am.some((m) => !m || m[2] !== am[0]![2])) continue;
          const t = am.map((m) => Number(m![1]));
          if (t.some((x, n) => n > 0 && x <= t[n - 1]!)) continue;
          const unit = am[0]![2];
          // b's own intervals: from its labels (「0-3か月」) or from its points and a's points past its ends.
          const spanOf = (label: string): [number, number] | undefined => {
            const m = /^(\d+(?:\.\d+)?)\s*([^\d\s-–—〜~～]*)\s*[-–—〜~～]\s*(\d+(?:\.\d+)?)\s*([^\d\s].*)$/.exec(
              nfkc(label).trim().toLowerCase(),
            );
            if (!m) return undefined;
            const [x, y] = [num(timeKey(`${m[1]}${m[2] || m[4]}`)), num(timeKey(`${m[3]}${m[4]}`))];
            return x && y && x[2] === unit && y[2] === unit ? [Number(x[1]), Number(y[1])] : undefined;
          };
          const spansB = b.raw.map(spanOf);
          const pts = b.keys.map((key) => {
            const m = num(key);
            return m && m[2] === unit ? Number(m[1]) : undefined;
          });
          const covers: ([number, number] | undefined)[][] = [];
          if (spansB.every((x) => x !== undefined)) covers.push(spansB);
          else if (pts.every((x) => x !== undefined) && pts.every((x, n) => n === 0 || x! > pts[n - 1]!)) {
            const p = pts as number[];
            const next = t.find((x) => x > p.at(-1)!);
            const prev = [...t].reverse().find((x) => x < p[0]!);
            covers.push(p.map((x, j) => (j + 1 < p.length ? [x, p[j + 1]!] : next !== undefined ? [x, next] : undefined)));
            covers.push(p.map((x, j) => (j > 0 ? [p[j - 1]!, x] : prev !== undefined ? [prev, x] : undefined)));
          }
          const ways: { plus: number[]; minus: number[]; from: number; to: number }[][] = [];
          for (const cover of covers) {
            const steps: { plus: number[]; minus: number[]; from: number; to: number }[] = [];
            let finer = false;
            for (let i = 0; i + 1 < t.length; i++) {
              const js = cover
                .flatMap((c, j) => (c && c[1] > c[0] && c[0] >= t[i]! && c[1] <= t[i + 1]! ? [j] : []))
                .sort((x, y) => cover[x]![0] - cover[y]![0]);
              let x = t[i]!;
              for (const j of js) x = cover[j]![0] === x ? cover[j]![1] : NaN;
              if (js.length > 0 && x === t[i + 1]) {
                steps.push({ plus: js.map((j) => b.at[j]!), minus: [], from: a.at[i]!, to: a.at[i + 1]! });
                if (js.length > 1) finer = true;
              }
            }
            if (finer) ways.push(steps);
          }
          // Cumulative from a point before (or to one after): neighbouring columns both at a's points.
          const here = pts.map((x) => (x === undefined ? -1 : t.indexOf(x)));
          for (const up of [true, false]) {
            const steps: { plus: number[]; minus: number[]; from: number; to: number }[] = [];
            for (let j = 1; j < here.length; j++)
              if (here[j - 1]! >= 0 && here[j]! > here[j - 1]!) {
                const [p, q] = [b.at[j]!, b.at[j - 1]!];
                steps.push({ plus: [up ? p : q], minus: [up ? q : p], from: a.at[here[j - 1]!]!, to: a.at[here[j]!]! });
              }
            if (steps.length > 0) ways.push(steps);
          }
          const sets = [...b.lines.map((i) => [i]), ...b.lines.flatMap((i, m) => b.lines.slice(m + 1).map((j) => [i, j]))];
          for (const steps of ways)
            for (const x of a.lines)
              for (const set of sets) {
                const of = (s: { plus: number[]; minus: number[] }) =>
                  set.reduce((z, i) => z + s.plus.reduce((w, k) => w + val(b, i, k), 0) - s.minus.reduce((w, k) => w + val(b, i, k), 0), 0);
                if (!steps.every((s) => val(a, x, s.from) - val(a, x, s.to) === of(s))) continue;
                for (const s of steps) {
                  const terms = new Map<number, number>();
                  const add = (w: number, co: number) => terms.set(w, (terms.get(w) ?? 0) + co);
                  add(a.v(x, s.from)!, 1);
                  add(a.v(x, s.to)!, -1);
                  for (const i of set) {
                    for (const k of s.plus) add(b.v(i, k)!, -1);
                    for (const k of s.minus) add(b.v(i, k)!, 1);
                  }
                  if ([...terms.values()].some((co) => co !== 0)) cons.push({ terms, lo: 0, hi: 0 });
                }
              }
        }
    function tie(a: Side, b: Side, ways: { k: number; from: number; to: number }[][]) {
      for (const cols of ways) {
        const sets = [...b.lines.map((i) => [i]), ...b.lines.flatMap((i, m) => b.lines.slice(m + 1).map((j) => [i, j]))];
        for (const x of a.lines)
          for (const set of sets) {
            if (!cols.every((c) => val(a, x, c.from) - val(a, x, c.to) === set.reduce((s2, i) => s2 + val(b, i, c.k), 0))) continue;
            for (const c of cols) {
              const terms = new Map<number, number>();
              const add = (w: number, co: number) => terms.set(w, (terms.get(w) ?? 0) + co);
              add(a.v(x, c.from)!, 1);
              add(a.v(x, c.to)!, -1);
              for (const i of set) add(b.v(i, c.k)!, -1);
              if ([...terms.values()].some((co) => co !== 0)) cons.push({ terms, lo: 0, hi: 0 });
            }
          }
      }
    }
  }
  // The hidden counts are free; published ones are fixed (a percentage's count: within its range). A count that one
  // table hides and another shows (one count under the same labels) is published.
  const shown = new Set<number>();
  for (const [key, v] of id) if (!hidden.has(key)) shown.add(v);
  const hiddenVars = new Set<number>();
  for (const key of hidden) {
    const v = id.get(key);
    if (v !== undefined && !shown.has(v)) hiddenVars.add(v);
  }
  const n = values.length;
  // review68: a variable of no count (`uncounted`) free as a hidden one is (it was `undefined`, HiGHS refusing the model:
  // 「colLower[3] must be a number」 where the rate was published); where hidden, as before (0 to no bound).
  const free = (v: number) => hiddenVars.has(v) || uncounted.has(v);
  const lower = values.map((x, v) =>
    free(v) ? (options.zeroExempt && (ranges.get(v)?.[1] ?? x) >= 1 ? 1 : 0) : (ranges.get(v)?.[0] ?? x),
  );
  const upper = values.map((x, v) => (free(v) ? Infinity : (ranges.get(v)?.[1] ?? x)));
  const rangesUnder = (all: Con[]): Ranges => {
    const out: Ranges = new Map();
    for (const key of hidden) {
      const v = id.get(key);
      if (v === undefined) continue;
      const solve = (sense: 'min' | 'max', integer: boolean) => optimum(highs, n, lower, upper, all, v, sense, integer);
      const hi = solve('max', true);
      const lpHi = solve('max', false);
      out.set(key, {
        lo: solve('min', true),
        hi: hi === Infinity ? null : hi,
        lpLo: solve('min', false),
        lpHi: lpHi === Infinity ? null : lpHi,
      });
    }
    return out;
  };
  // Every combination of one largest consistent set per table whose readings conflict.
  let combos: Con[][] = [[]];
  for (const sets of choices) combos = combos.flatMap((c) => sets.map((set) => [...c, ...set]));
  return combos.map((c) => rangesUnder([...cons, ...c]));
}

/** The bases D for which n written as p% (rounded to nearest or cut off) fits, given the true base; null if none. */
function baseRange(n: number, p: number, decimals: number, truth: number): [number, number] | null {
  if (truth <= 0 || n === 0) return null;
  const h = 0.5 * 10 ** -decimals;
  const t = (100 * n) / truth;
  const found: [number, number][] = [];
  if (Math.abs(t - p) <= h + 1e-9) found.push([(100 * n) / (p + h), p - h > 0 ? (100 * n) / (p - h) : Infinity]);
  if (t >= p - 1e-9 && t < p + 2 * h - 1e-9) found.push([(100 * n) / (p + 2 * h) + 1e-7, p > 0 ? (100 * n) / p : Infinity]);
  if (found.length === 0) return null;
  return [Math.ceil(Math.max(...found.map((f) => f[0])) - 1e-9), Math.floor(Math.min(...found.map((f) => f[1])) + 1e-9)];
}

function optimum(
  highs: Highs,
  n: number,
  lower: number[],
  upper: number[],
  cons: Con[],
  target: number,
  sense: 'min' | 'max',
  integer: boolean,
  presolve = true,
): number {
  const starts = [0];
  const indices: number[] = [];
  const vals: number[] = [];
  for (const c of cons) {
    for (const [v, k] of [...c.terms].sort((a, b) => a[0] - b[0])) {
      if (k === 0) continue;
      indices.push(v);
      vals.push(k);
    }
    starts.push(indices.length);
  }
  const inf = (x: number) => (x === Infinity ? highs.infinity : x === -Infinity ? -highs.infinity : x);
  const model = highs.createModel({
    numCols: n,
    numRows: cons.length,
    colCost: values(n, (v) => (v === target ? 1 : 0)),
    colLower: lower,
    colUpper: upper.map(inf),
    rowLower: cons.map((c) => inf(c.lo)),
    rowUpper: cons.map((c) => inf(c.hi)),
    matrix: { format: 'csr', numRows: cons.length, numCols: n, starts, indices, values: vals },
    sense: sense === 'min' ? highs.constants.objectiveSense.minimize : highs.constants.objectiveSense.maximize,
    ...(integer && { integrality: values(n, () => highs.constants.variableType.integer) }),
  });
  try {
    model.options.set({ output_flag: false, mip_rel_gap: 0, ...(!presolve && { presolve: 'off' }) });
    model.run();
    const status = model.getModelStatus();
    const s = highs.constants.modelStatus;
    if (status === s.unbounded || status === s.unboundedOrInfeasible) return sense === 'max' ? Infinity : -Infinity;
    // oracle74: HiGHS's presolve says 「infeasible」 of a problem unbounded in the target at times (a rate's share of a
    // base of hidden counts with no bound above, the truth in it): asked again without presolve (only where it threw).
    if (status === s.infeasible && presolve) return optimum(highs, n, lower, upper, cons, target, sense, integer, false);
    if (status !== s.optimal) throw new Error(`oracle: HiGHS status ${status}`);
    const x = model.getObjectiveValue();
    return integer ? Math.round(x) : x;
  } finally {
    model.dispose();
  }
}

const values = <T>(n: number, f: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => f(i));

export interface MinimumOptions extends OracleOptions {
  threshold: number;
  protection: 'threshold' | 'not-exact';
  /**
   * What a hidden cell costs: `engine` (value + 1), `cells` (1) or `value`; or `minimax`: the least t with hidden
   * cells ≤ t·`fewest` and hidden value ≤ t·`least` (the two minima, found first with `cells` and `value`).
   */
  cost: 'engine' | 'cells' | 'value' | 'minimax';
  fewest?: number;
  least?: number;
}

/**
 * The least costly suppression of one table whose sums form a network (a flat table with totals), as one MIP:
 * a yes/no choice per cell, primary cells fixed to yes, zeros (when exempt) to no, and for every cell a flow of
 * its own — a change of the whole table that keeps every sum — that moves it up to the threshold (a small cell
 * under `threshold`) or by one either way, through hidden cells only (Fischetti and Salazar's model with every
 * hidden cell protected). Flows are continuous: on a network a fractional flow means a whole one exists.
 */
export function minimum(
  highs: Highs,
  text: string,
  primary: ReadonlySet<string>,
  options: MinimumOptions,
): { hidden: Set<string>; cells: number; value: number; t: number } {
  const t = parse(text)[0]!;
  const R = t.rows.length;
  const C = t.cols.length;
  const x = t.cells.flat().map((c) => c.n!);
  const at = (r: number, c: number) => r * C + c;
  const eqs: Map<number, number>[] = [];
  const rowVec = (r: number) => t.cells[r]!.map((c) => c.n!);
  const colVec = (c: number) => t.cells.map((row) => row[c]!.n!);
  for (const [count, vec, cell] of [
    [R, rowVec, (h: number, k: number) => at(h, k)],
    [C, colVec, (h: number, k: number) => at(k, h)],
  ] as const) {
    const across = count === R ? C : R;
    for (let h = 0; h < count; h++) {
      const others = [...Array(count).keys()].filter((i) => i !== h);
      if (others.length === 0 || !vec(h).every((v, k) => v === others.reduce((s, i) => s + vec(i)[k]!, 0))) continue;
      for (let k = 0; k < across; k++) eqs.push(new Map([[cell(h, k), -1], ...others.map((i) => [cell(i, k), 1] as [number, number])]));
    }
  }
  const keys = x.map((_, i) => `0:${Math.floor(i / C)}:${i % C}`);
  return minimumOf(highs, { x, eqs, keys }, primary, options);
}

/**
 * A suppression problem stated directly (by a test's generator, which knows its tables' sums): the counts `x`, the
 * equations each change of the counts keeps (Σ coef·change = 0: a sum of cells, or cells adding up to a published N),
 * each count's key (the primary set names them), and `unprinted` counts an attacker knows only through the
 * equations (the rest of a うち line): hidden at no cost, protected as any count.
 */
export interface MinimumProblem {
  x: number[];
  eqs: Map<number, number>[];
  keys: string[];
  unprinted?: boolean[];
  /** How many times each count is printed (a margin two tables share: 2); 1 where not given, 0 where unprinted. */
  prints?: number[];
}

/** `minimum` of a problem stated directly; cells and value count printed counts only. */
export function minimumOf(
  highs: Highs,
  problem: MinimumProblem,
  primary: ReadonlySet<string>,
  options: MinimumOptions,
): { hidden: Set<string>; cells: number; value: number; t: number } {
  const { x, eqs } = problem;
  const n = x.length;
  const keyOf = (i: number) => problem.keys[i]!;
  const unprinted = (i: number) => problem.unprinted?.[i] === true;
  const w = (i: number) => (unprinted(i) ? 0 : (problem.prints?.[i] ?? 1));
  const lb = x.map((v) => (options.zeroExempt && v >= 1 ? 1 : 0));
  const big = x.reduce((a, b) => a + b, 0) + options.threshold;
  const isPrimary = x.map((_, i) => primary.has(keyOf(i)));
  const hideable = x.map((v, i) => unprinted(i) || isPrimary[i] || !(options.zeroExempt && v === 0));
  const cols: { cost: number; lo: number; hi: number; int: boolean }[] = x.map((v, i) => ({
    cost: w(i) * (options.cost === 'cells' ? 1 : options.cost === 'value' ? v : options.cost === 'minimax' ? 0 : v + 1),
    lo: isPrimary[i] || unprinted(i) ? 1 : 0,
    hi: hideable[i] ? 1 : 0,
    int: true,
  }));
  const rows: { terms: [number, number][]; lo: number; hi: number }[] = [];
  for (let j = 0; j < n; j++) {
    // An unprinted count varies with the others (always "hidden"); it needs protection only where it is primary.
    if (!hideable[j] || (unprinted(j) && !isPrimary[j])) continue;
    const y = cols.length;
    for (let i = 0; i < n; i++) cols.push({ cost: 0, lo: -big, hi: big, int: false });
    const u = cols.length;
    const d = u + 1;
    const small = options.protection === 'threshold' && isPrimary[j] && x[j]! < options.threshold;
    cols.push({ cost: 0, lo: 0, hi: 1, int: true }, { cost: 0, lo: 0, hi: x[j]! - lb[j]! >= 1 && !small ? 1 : 0, int: true });
    for (const eq of eqs) rows.push({ terms: [...eq].map(([i, k]) => [y + i, k]), lo: 0, hi: 0 });
    for (let i = 0; i < n; i++) {
      if (i === j) continue;
      rows.push({
        terms: [
          [y + i, 1],
          [i, x[i]! - lb[i]!],
        ],
        lo: 0,
        hi: Infinity,
      }); // y_i ≥ −(x_i − lb_i)·z_i
      rows.push({
        terms: [
          [y + i, 1],
          [i, -big],
        ],
        lo: -Infinity,
        hi: 0,
      }); // y_i ≤ big·z_i
    }
    // y_j = need·u_j − d_j, and u_j + d_j = z_j (one direction while hidden).
    const need = small ? options.threshold - x[j]! : 1;
    rows.push({
      terms: [
        [y + j, 1],
        [u, -need],
        [d, 1],
      ],
      lo: 0,
      hi: 0,
    });
    rows.push({
      terms: [
        [u, 1],
        [d, 1],
        [j, -1],
      ],
      lo: 0,
      hi: 0,
    });
  }
  if (options.cost === 'minimax') {
    const tCol = cols.length;
    cols.push({ cost: 1, lo: 0, hi: Infinity, int: false });
    const printed = x.flatMap((v, i): [number, number][] => (unprinted(i) ? [] : [[i, w(i) * v]]));
    rows.push({ terms: [...printed.map(([i]): [number, number] => [i, w(i)]), [tCol, -options.fewest!]], lo: -Infinity, hi: 0 });
    rows.push({ terms: [...printed, [tCol, -Math.max(1, options.least!)]], lo: -Infinity, hi: 0 });
  }
  const starts = [0];
  const indices: number[] = [];
  const vals: number[] = [];
  for (const r of rows) {
    for (const [c, k] of r.terms.sort((a, b) => a[0] - b[0])) {
      indices.push(c);
      vals.push(k);
    }
    starts.push(indices.length);
  }
  const inf = (v: number) => (v === Infinity ? highs.infinity : v === -Infinity ? -highs.infinity : v);
  const model = highs.createModel({
    numCols: cols.length,
    numRows: rows.length,
    colCost: cols.map((c) => c.cost),
    colLower: cols.map((c) => c.lo),
    colUpper: cols.map((c) => inf(c.hi)),
    rowLower: rows.map((r) => inf(r.lo)),
    rowUpper: rows.map((r) => inf(r.hi)),
    matrix: { format: 'csr', numRows: rows.length, numCols: cols.length, starts, indices, values: vals },
    integrality: cols.map((c) => (c.int ? highs.constants.variableType.integer : highs.constants.variableType.continuous)),
  });
  try {
    model.options.set({ output_flag: false, mip_rel_gap: 0 });
    model.run();
    if (model.getModelStatus() !== highs.constants.modelStatus.optimal)
      throw new Error(`oracle minimum: HiGHS status ${model.getModelStatus()}`);
    const z = model.getSolution().colValue;
    const hidden = new Set(x.flatMap((_, i) => (z[i]! > 0.5 && !unprinted(i) ? [keyOf(i)] : [])));
    return {
      hidden,
      cells: x.reduce((s, _, i) => s + (z[i]! > 0.5 ? w(i) : 0), 0),
      value: x.reduce((s, v, i) => s + (z[i]! > 0.5 ? w(i) * v : 0), 0),
      t: options.cost === 'minimax' ? model.getObjectiveValue() : NaN,
    };
  } finally {
    model.dispose();
  }
}

/**
 * The group a row or column label names, as another table of the input may print it: N and spaces dropped, case
 * folded; '' for a total, which names no group.
 */
function groupKey(l: string): string {
  return totalish(l) ? '' : sameGroup(l);
}

/**
 * The group a line names where a relation printed in one table is looked for in another (`disjointParts`): as
 * `sameGroup`, read through what the line says it is — a part of the line above (「うち心筋梗塞」「（うち）心筋梗塞」
 * 「心筋梗塞（再掲）」: 心筋梗塞), a 小計 written with its line's name (「心血管疾患・小計」「小計（心血管疾患）」: 心血管疾患).
 */
/** The name `relationName` gives a 「小計」 written with no name (「小計」「Subtotal」). */
const UNNAMED_SUBTOTAL = '\u0000小計';

function relationName(label: string): string {
  const s = nfkc(label);
  if (/^(?:小計|sub-?total)$/i.test(s.replace(/\s+/g, ''))) return UNNAMED_SUBTOTAL;
  const m =
    /^[(（]?\s*(?:うち|再掲|内数)\s*[)）]?\s*[、,:：]?\s*(.+)$/.exec(s) ??
    /^(.+?)\s*[(（]\s*(?:再掲|うち数|内数|小計)\s*[)）]$/.exec(s) ??
    /^(?:小計|subtotal)\s*[(（]\s*(.+?)\s*[)）]$/i.exec(s) ??
    /^(?:小計|subtotal)[\s・:：]+(.+)$/i.exec(s) ??
    /^(.+?)[\s・]+(?:小計|subtotal)$/i.exec(s);
  return sameGroup(m ? m[1]! : s);
}

/**
 * The group a label names as an attacker reads it, whatever way it is written: NFKC, no N, no spaces, case folded;
 * no unit after it (（人）, (n), (%), (n, %), 人数, 例数 …) and no quotes around it; 20～29歳 as 20-29歳; and the
 * names anyone reads as one group — 男 / 男性 / male …, 女 / 女性 / female …, 有 / あり, 無 / なし, 20代 / 20-29歳.
 */
function sameGroup(label: string): string {
  const units = ['n', '%', '人', '例', '件', '名', '人数', '例数', '件数', '患者数', '症例数', '割合', '数'];
  let s = nfkc(label)
    .replace(/[(（]?\s*[nN]\s*=\s*[\d,]+\s*[)）]?/g, ' ')
    .trim();
  const written = s;
  for (;;) {
    const before = s;
    const bracket = /^(.*?)\s*[(（[［]([^()（）[\]［］]*)[)）\]］]$/.exec(s);
    if (bracket && bracket[2]!.split(/[,、，・/]/).every((u) => units.includes(u.trim().toLowerCase()))) s = bracket[1]!.trim();
    const spaced = /^(.*\S)\s+(\S+?)(?:\s*[(（]\s*%\s*[)）])?$/.exec(s);
    if (spaced && units.includes(spaced[2]!.toLowerCase())) s = spaced[1]!.trim();
    // 「A（全体）」「A群 全体」: the whole of group A, to a reader the same group as 「A」.
    const whole =
      /^(.*\S)\s*(?:[(（[［]\s*(?:全体|全例|総数|合計|計|total|all|overall)\s*[)）\]］]|\s(?:全体|全例|総数|合計|total|all|overall))$/i.exec(
        s,
      );
    if (whole) s = whole[1]!.trim();
    const quoted = /^[「『“"'《〈【](.*)[」』”"'》〉】]$/.exec(s);
    if (quoted) s = quoted[1]!.trim();
    if (s === before) break;
  }
  if (s === '') s = written;
  // Two classifications named in either order (「男性 A群」, 「A群・男性」) are one group: each word read alone, sorted.
  // Also 「A群_男性」「A群&男性」「A群:男性」「A群-男性」「A群+男性」 (a dash or plus between two words, not 20-29 nor
  // ER+), and 「A群（男性）」「A群【男性】」: a word in brackets closing the label is its last word.
  const inBrackets =
    /^(.*\S)\s*[(（[［{<【〔〖〘〈《]([^()（）[\]［］{}<>【】〔〕〖〗〘〙〈〉《》]*[^\d\s()（）[\]［］{}<>【】〔〕〖〗〘〙〈〉《》][^()（）[\]［］{}<>【】〔〕〖〗〘〙〈〉《》]*)[)）\]］}>】〕〗〙〉》]$/.exec(
      s,
    );
  const split = inBrackets ? `${inBrackets[1]} ${inBrackets[2]}` : s;
  const words = split
    .split(/[\s・･·•∙/／×✕、，,|｜_&＆:：;；*＊]+|(?<=[^\s\d])[-+＋‐‑–—](?=[^\s\d])/)
    .filter((w) => w !== '' && !PARTICLES.includes(w))
    // 「A群 うち男性」「A群（うち男性）」: of group A, the men.
    .map((w, i) => (i > 0 ? w.replace(/^の?うち(?=\S)/, '') : w));
  if (words.length > 1 && words.every((w) => /\D/.test(w)))
    return words
      .map(sameGroup)
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
      .join('');
  s = s
    .replace(/(\d)\s*[~〜～\-‐‑‒–—―−]\s*(\d)/g, '$1-$2')
    .replace(/\s+/g, '')
    .toLowerCase();
  const decade = /^(\d+)0(?:歳|才)?代$/.exec(s) ?? /^(\d+)0-(\d+)9(?:歳|才)$/.exec(s);
  if (decade && (decade[2] === undefined || decade[2] === decade[1]) && !decade[1]!.startsWith('0')) return `${decade[1]}0-${decade[1]}9歳`;
  const names: [string, string[]][] = [
    ['男性', ['男', '男性', '男子', 'male', 'males', 'man', 'men']],
    ['女性', ['女', '女性', '女子', 'female', 'females', 'woman', 'women']],
    ['あり', ['あり', '有', '有り', 'yes']],
    ['なし', ['なし', '無', '無し', 'no']],
  ];
  return names.find(([, ws]) => ws.includes(s))?.[0] ?? s;
}

/** Whether a label names a total (合計, 計, Total …), whatever follows it in brackets. */
/** The oracle's words for patients at risk (a life table's first line), for a fall of one step (`steps`). */
const RISK_WORDS = /at[\s-]*risk|リスク集合|リスク人数|risk set|観察継続|追跡継続/i;

function totalish(label: string): boolean {
  return /^(合計|計|総計|総数|全体|total|all|overall)/i.test(label.replace(/\s|\(.*\)|（.*）/g, ''));
}
