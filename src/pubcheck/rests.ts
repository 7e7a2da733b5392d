/**
 * What a stated N leaves out of a block of lines (Table 1 of a paper): a column 「A群 (N=57)」 over several
 * breakdowns of the same patients — 性別 (男性, 女性), 年齢 (65歳未満, 65歳以上), … — whose counts together pass N. The
 * whole column is no breakdown of N (primary.ts `leftOut` finds nothing: N is below the sum), but each block is one:
 * 男性 30 and 女性 24 under N=57 show 3 patients of unknown sex that no row prints (不明 left out), and a lone 女性 52
 * shows the 5 men. A reader works these out as N − the block's sum; under the threshold that is a small count.
 *
 * Which rows make a block is a matter of meaning, which arithmetic cannot see; read here, by the checker's judgement:
 * - rows adding up to N exactly in every line with an N (adjacent rows: a block with no one left out) are blocks that
 *   hold, and no other block takes their rows;
 * - the rows of a joined label group (「性別・男性」「性別・女性」, layout.ts) are a block;
 * - of the rows left, each maximal run of adjacent item rows whose counts stay within N in every line (the row
 *   before and the row after each push some line past N) is a block — a single row too (女性 52 beside 65歳以上 37).
 * A block is taken to leave out a small count where, in every line with an N, N less its sum is under the threshold
 * (0 too: that line's breakdown is complete) and in one line at least it is 1 or more for every count its cells can
 * stand for (percentages: the range their rounding allows). Not where the title, the corner or the block's group says
 * patients may be counted in several rows (複数回答, 重複あり).
 */
import { countsForPercent } from './cell.ts';
import { denominatorOf, MULTIPLE_ANSWERS, saysSeveralAnswers } from './table.ts';
import type { Header, Table } from './types.ts';

/** A block of lines whose N leaves out a small count. */
export interface BlockRest {
  /** The axis of the lines with the N: `col` for columns 「A群 (N=57)」 over blocks of rows. */
  axis: 'row' | 'col';
  /** The line (column for `col`) where the rest is under the threshold and 1 or more. */
  index: number;
  label: string;
  denominator: number;
  /** The rest's range (one number in a count table). */
  rest: { lo: number; hi: number };
  /** The labels of the block's rows (columns for axis `row`). */
  block: string[];
  /**
   * How the block was read: a joined label group, rows whose labels name one variable's categories (`words`), the rows
   * between two blocks adding up to N (`run`), or a row alone (`line`: its complement).
   */
  how: 'group' | 'words' | 'run' | 'line';
}

/** The prefix of a joined label (「性別・男性」 → 「性別」), where there is one. */
const groupOf = (label: string) => {
  const at = label.indexOf('・');
  return at > 0 && at < label.length - 1 ? label.slice(0, at) : undefined;
};

/**
 * Names of lists whose rows a patient may be in several of (併存疾患 over 高血圧, 糖尿病 …): a group so named is no one
 * breakdown of N by its name (its rows are read by their own words: 既往歴 over あり・なし is still a pair).
 */
const LIST =
  /併存疾患|合併症|既往歴|既往症|基礎疾患|併用薬|併用療法|治療薬|使用薬|服薬|危険因子|リスク因子|症状|副作用|有害事象|comorbidit|medication|medical history|risk factors?|symptoms?|adverse/i;

/**
 * Whether a group's labels (its name taken off) read as two variables by their words: a run from the first that names
 * one variable, ended by a label it does not take, the labels after it one row or one variable's of their own (「性別」
 * over 男性・女性 and then 喫煙あり: by chance the three added up to N, a complete block, and 3 of unknown sex went
 * unsaid). Not where the words name nothing the checker knows (A型・B型 then O型・AB型 stays one group).
 */
function twoVariables(labels: readonly string[]): boolean {
  for (let k = 2; k < labels.length; k++) {
    const [head, tail] = [labels.slice(0, k), labels.slice(k)];
    if (oneVariable(head) && !oneVariable([...head, labels[k]!]) && (tail.length === 1 || oneVariable(tail))) return true;
  }
  return false;
}

/** Rows a block of one variable's categories is searched over at most. */
const RUN_LENGTH = 12;

/** Two labels that name the two sides of one variable (男性 and 女性, あり and なし), in any case or width. */
const PAIRS: readonly (readonly [RegExp, RegExp])[] = [
  [/^男性?$/, /^女性?$/],
  [/^(あり|有り?|はい|陽性|yes|positive|\+)$/i, /^(なし|無し?|いいえ|陰性|no|negative|-)$/i],
  [/^male$/i, /^female$/i],
];
/** A word for a missing category, which any breakdown may add (不明, 欠測, unknown). */
const MISSING = /^(不明|欠測|未測定|未記載|無回答|その他|unknown|missing|not (known|reported)|n\/?a)$/i;
/** A range or a bound of numbers: 「65歳未満」「65〜74歳」「BMI 25以上」「<65」「≥ 75」. */
const RANGE = /\d\s*(未満|以上|以下|超|〜|~|-|–|ー|歳|才|代)|(未満|以上|以下|<|>|≤|≥|＜|＞)\s*\d|^\d+(\.\d+)?\s*[-–~〜]\s*\d/;

/**
 * Words for the levels of one variable, each family one variable's (by the checker's judgement): what is left of
 * labels once the words they share in front and behind are taken away (「現在喫煙」「過去喫煙」「非喫煙」 → 現在・過去・非;
 * 「軽症」「中等症」「重症」 → 軽・中等・重), or the labels whole (「既婚」「未婚」「死別」, 「外来」「入院」).
 */
const FAMILIES: readonly RegExp[] = [
  /^(現在|過去|非|元|前|既往|なし|無し?|never|current|former|ex|past)$/i,
  /^(既婚|未婚|離婚|死別|離別|別居|独身|既|未|離|married|single|unmarried|divorced|widowed)$/i,
  /^(初発|再発|初回|再燃|新規|初|再|first|recurrent|new|relapsed?)$/i,
  /^(外来|入院|在宅|施設|outpatients?|inpatients?)$/i,
  /^(軽|中|中等|重|最重|高|低|軽度|中等度|重度|高度|軽症|中等症|重症|最重症|mild|moderate|severe)$/i,
  /^(陽性|陰性|偽陽性|判定保留|陽|陰|positive|negative)$/i,
  /^(右|左|両側|両|片側|right|left|bilateral)$/i,
  /^(良好|不良|良|不)$/,
  /^(単独|併用|単剤|多剤)$/,
  /^(あり|有り?|はい|yes|なし|無し?|いいえ|no)$/i,
];
/** Names of scales whose levels are numbers or letters (ECOG 0, Child-Pugh A); roman numerals follow any name. */
const SCALES =
  /^(stage|grade|ecog|ecog ?ps|ps|ps ?\(ecog\)|nyha|child[- ]?pugh|gold|killip|asa|mrs|kps|ctcae ?grade|病期|ステージ|グレード|臨床病期|病理病期|重症度|分類)$/i;
/** A label as a scale's name and level: 「Stage III」「ECOG 1」「NYHA Ⅱ」「Child-Pugh A」「Ⅱ度」「2期」「PS 2以上」. */
const LEVEL = /^(.*?)(?<![\s:：])[\s:：]*((?:(?<![IVX])[IVX]+|[Ⅰ-Ⅻ])[a-cA-C]?|\d{1,2}[a-cA-C]?|[A-D])(度|期|型)?(?:\s*(?:以上|以下|\+))?$/;
const ROMAN = /^([IVX]+|[Ⅰ-Ⅻ])/;

/** Labels whose shared front and back are taken away, where what is left of each is not empty. */
function cores(named: readonly string[]): string[][] {
  const front = (ls: readonly string[]) => {
    let c = 0;
    while (ls.every((l) => l.length > c + 1 && l[c] === ls[0]![c])) c++;
    return c;
  };
  const rev = (ls: readonly string[]) => ls.map((l) => [...l].reverse().join(''));
  const f = front(named);
  const b = front(rev(named));
  const out = [named.map((l) => l)];
  if (f > 0) out.push(named.map((l) => l.slice(f).trim()));
  if (b > 0) out.push(named.map((l) => l.slice(0, l.length - b).trim()));
  if (f > 0 && b > 0 && named.every((l) => l.length > f + b)) out.push(named.map((l) => l.slice(f, l.length - b).trim()));
  // A word all share, in front of some and behind others (「現在喫煙」「過去喫煙」「喫煙なし」 → 現在・過去・なし): the longest
  // of two characters or more, in labels of 20 characters at most.
  const first = named[0] ?? '';
  if (first.length <= 20 && named.every((l) => l.length <= 20))
    for (let len = first.length - 1; len >= 2; len--) {
      const word = Array.from({ length: first.length - len + 1 }, (_, k) => first.slice(k, k + len)).find((w) =>
        named.every((l) => l.includes(w) && l.length > w.length),
      );
      if (word === undefined) continue;
      out.push(named.map((l) => l.replace(word, '').trim()));
      break;
    }
  return out.filter((c) => c.every((x) => x !== ''));
}

/** The numbers of a range label and what it names besides (「BMI 18.5未満」 → BMI; 「65〜74歳」 → 歳). */
const rangeName = (l: string) => l.replace(/\d+(\.\d+)?|未満|以上|以下|超|[〜~\-–ー<>≤≥＜＞=+]|\s/g, '');
const numbers = (l: string) => (l.match(/\d+(\.\d+)?/g) ?? []).map(Number);

/**
 * Whether ranges are of one variable: what they name besides their numbers agrees (one name within the other, or
 * none: 「年齢 65歳未満」 and 「65〜74歳」; not 「75歳以上」 and 「BMI 18.5未満」), their numbers run one way (not 65, 74,
 * 75 and then 18.5: a second variable's ranges starting again), and an open bound is at an end only (「<65」「≥65」
 * then 「<18.5」: two variables).
 */
function oneRange(named: readonly string[]): boolean {
  const names = named.map(rangeName).filter((n) => n !== '');
  if (names.some((a) => names.some((b) => !a.includes(b) && !b.includes(a)))) return false;
  const ns = named.flatMap(numbers);
  const up = ns.every((x, i) => i === 0 || x >= ns[i - 1]!);
  const down = ns.every((x, i) => i === 0 || x <= ns[i - 1]!);
  if (!up && !down) return false;
  // An open bound (「65歳未満」, 「≥ 75」) ends the ranges of one variable: only the first and the last may have one, and
  // not on the same side (「75歳以上」 then 「BMI 25以上」: two variables, one upper end each).
  const lower = (l: string) => /未満|以下|<|≤|＜/.test(l) && !/以上|超|>|≥|＞/.test(l);
  const upper = (l: string) => /以上|超|>|≥|＞|\+$/.test(l) && !/未満|以下|<|≤|＜/.test(l);
  const open = (l: string) => lower(l) || upper(l);
  if (named.slice(1, -1).some(open)) return false;
  const [first, last] = [named[0]!, named[named.length - 1]!];
  return !((lower(first) && lower(last)) || (upper(first) && upper(last)));
}

/**
 * Whether labels name the categories of one variable, by the checker's judgement: all but a missing category share
 * their first two characters or more (「喫煙あり」「喫煙なし」, 「BMI 18.5未満」…), or are ranges of numbers running one
 * way under one name, or are the two sides of a pair (男性・女性, あり・なし) with the variable's name in front or not,
 * or the levels of one scale (Stage I…, ECOG 0…, Ⅱ度), or words of one family once what they share is taken away
 * (現在喫煙・過去喫煙・非喫煙, 既婚・未婚, 軽症・中等症・重症, 初発・再発, 外来・入院), or a word and its negation
 * (喫煙者・非喫煙者, 治療・未治療).
 */
export function oneVariable(labels: readonly string[]): boolean {
  const named = labels.map((l) => l.normalize('NFKC').trim()).filter((l) => !MISSING.test(l));
  if (named.length < 2) return false;
  if (named.every((l) => RANGE.test(l))) return oneRange(named);
  // Several variables' labels at once are no one variable (年齢 ranges, then 男性・女性).
  if (named.some((l) => RANGE.test(l)) && !named.every((l) => /^\D/.test(l))) return false;
  if (new Set(named).size < named.length) return false;
  // The levels of one scale: one name, distinct levels, roman numerals or a scale's name (not 「項目1」「項目2」).
  const levels = named.map((l) => LEVEL.exec(l));
  if (levels.every((m) => m !== null)) {
    const name = levels[0]![1]!.toLowerCase();
    const sameName = levels.every((m) => m![1]!.toLowerCase() === name);
    const distinct = new Set(levels.map((m) => m![2]!.toUpperCase())).size === levels.length;
    const scale = levels.every((m) => ROMAN.test(m![2]!)) || SCALES.test(name) || levels.every((m) => m![3] !== undefined);
    if (sameName && distinct && scale) return true;
  }
  let common = 0;
  while (named.every((l) => l.length > common && l[common] === named[0]![common])) common++;
  // 「喫煙あり」「喫煙なし」; not 「項目1」「項目2」 (items numbered, not categories of one thing).
  if (common >= 2 && named.every((l) => l.length > common && !/^[\d\s.()（）]+$/.test(l.slice(common)))) return true;
  if (cores(named).some((c) => FAMILIES.some((f) => c.every((x) => f.test(x))) && new Set(c).size === c.length)) return true;
  if (named.length !== 2) return false;
  // A word and its negation: 「喫煙者」「非喫煙者」, 「治療」「未治療」.
  const [a, b] = named as [string, string];
  if ([a, b].some((x, k) => /^(非|未|不|無)/.test(x) && x.slice(1) === [a, b][1 - k])) return true;
  const rest = named.map((l) => l.slice(common).trim());
  return PAIRS.some(([a, b]) => (a.test(rest[0]!) && b.test(rest[1]!)) || (b.test(rest[0]!) && a.test(rest[1]!)));
}

/**
 * The blocks of every axis of `table` that leave out a count under `threshold` (at least 1) under their line's N.
 */
export function blockRests(table: Table, threshold: number): BlockRest[] {
  if (saysSeveralAnswers(table)) return [];
  const own = ownRows(table);
  if (own) {
    // Read with its complements (ofwhich.ts): the blocks are among the table's own rows, the line of Ns and the
    // complements of ours left out, the rows' indices mapped back.
    return [...along(own.table, 'col', threshold), ...along(own.table, 'row', threshold).map((b) => ({ ...b, index: own.rows[b.index]! }))];
  }
  // Rows of a block read from its 「n/N」 cells (fractions.ts): what it leaves out of N is a line of ours after it,
  // checked and hidden as any count; no rest of such rows is said again here.
  const fractionRows = new Set((table.fractionBlocks ?? []).flatMap((b) => b.rows.map((r) => table.rows[r]!.label)));
  const missing = new Set(table.rows.flatMap((h) => (h.rest ? [h.label] : [])));
  return [...along(table, 'col', threshold), ...along(table, 'row', threshold)].filter(
    (b) => fractionRows.size === 0 || !b.block.every((l) => fractionRows.has(l) || missing.has(l)),
  );
}

/**
 * A table read with a line of its columns' Ns and each row's complement (ofwhich.ts `severalAnswers`) as the table it
 * printed: its own rows at the top level, in their order; the column sums kept (row sums name lines of ours).
 */
function ownRows(table: Table): { table: Table; rows: number[] } | undefined {
  const ns = table.rows.findIndex((h) => h.ns);
  if (ns < 0) return undefined;
  const rows = table.rows.flatMap((h, r) => (r !== ns && !h.rest ? [r] : []));
  return {
    rows,
    table: {
      ...table,
      rows: rows.map((r) => ({ ...table.rows[r]!, parent: null, children: [], depth: 0 })),
      cells: rows.map((r, i) => table.cells[r]!.map((c) => ({ ...c, row: i }))),
      sums: table.sums.filter((s) => s.axis === 'cols'),
    },
  };
}

function along(table: Table, axis: 'row' | 'col', threshold: number): BlockRest[] {
  // Lines with an N (columns for axis `col`), and the items across them (rows).
  const lines = axis === 'col' ? table.cols : table.rows;
  const items = axis === 'col' ? table.rows : table.cols;
  const sumAxis = axis === 'col' ? 'rows' : 'cols';
  const lineItems = lines.flatMap((h, k) => (h.kind === 'item' ? [k] : []));
  const only = lineItems.length === 1 && axis === 'col' ? table.denominator : undefined;
  // A total is no category of a block; a row found to be the sum of other rows is one all the same (in a list of
  // counts many are, by chance: 男性 47 = 65〜74歳 32 + BMI 18.5未満 15, 喫煙なし 82 = the two rows after it).
  const totals = new Set(table.sums.flatMap((s) => (s.axis === sumAxis && s.how === 'total' && s.header !== null ? [s.header] : [])));
  const isSum = (i: number) => totals.has(i);
  const eligible = (h: Header, i: number) => h.kind === 'item' && h.parent === null && h.bothRest === undefined && !isSum(i);
  const cell = (i: number, k: number) => (axis === 'col' ? table.cells[i]![k]! : table.cells[k]![i]!);
  // Each item's count range in line `k` of N `n`.
  const range = (i: number, k: number, n: number): { lo: number; hi: number } | undefined => {
    const c = cell(i, k);
    const v = c.value;
    if (v.kind === 'count') return { lo: v.n, hi: v.n };
    // A percentage of another N (a column's where the line is a row): no count of this line's N.
    if (denominatorOf(table, c.row, c.col) !== n) return undefined;
    const r = countsForPercent(v.percent, v.decimals, n);
    return r.lo <= r.hi ? r : undefined;
  };
  // Only lines whose N is below the sum of their items (several breakdowns); where N is the line's one breakdown,
  // what it leaves out is primary.ts's `leftOut`.
  const withN = lineItems.flatMap((k) => {
    const n = lines[k]!.denominator ?? only;
    if (n === undefined || n <= 0) return [];
    const counts = items.flatMap((h, i) => (eligible(h, i) ? [range(i, k, n)?.lo ?? 0] : []));
    // A count above N: N is not the number of the patients the line counts (events, say), and says nothing of them.
    if (counts.some((x) => x > n)) return [];
    return counts.reduce((a, b) => a + b, 0) > n ? [{ k, n }] : [];
  });
  if (withN.length === 0) return [];
  const ranges = items.map((h, i) => (eligible(h, i) ? withN.map((line) => range(i, line.k, line.n)) : undefined));
  const usable = (i: number) => ranges[i] !== undefined && ranges[i]!.every((r) => r !== undefined);
  const sumOf = (rows: readonly number[]) =>
    withN.map((_, j) => rows.reduce((s, i) => ({ lo: s.lo + ranges[i]![j]!.lo, hi: s.hi + ranges[i]![j]!.hi }), { lo: 0, hi: 0 }));
  const within = (rows: readonly number[]) => sumOf(rows).every((s, j) => s.lo <= withN[j]!.n);
  const exact = (rows: readonly number[]) => sumOf(rows).every((s, j) => s.lo <= withN[j]!.n && withN[j]!.n <= s.hi);

  const grouped = new Set<number>();
  // Rows of a group passing N: their labels as words without the group's name (「性別・65歳未満」 → 「65歳未満」), which
  // every row of the group shares (as a shared front, 「性別・」 made any run of them one variable's).
  const ungrouped = new Map<number, number>();
  const word = (r: number) => items[r]!.label.slice(ungrouped.get(r) ?? 0);
  const complete = new Set<number>();
  const blocks: { rows: number[]; how: BlockRest['how']; whole?: boolean }[] = [];
  // Joined label groups (runs of rows sharing the part before 「・」).
  for (let i = 0; i < items.length;) {
    const g = groupOf(items[i]!.label);
    let j = i;
    while (j + 1 < items.length && g !== undefined && groupOf(items[j + 1]!.label) === g) j++;
    if (g !== undefined && j > i) {
      const rows = Array.from({ length: j - i + 1 }, (_, d) => i + d);
      // A group whose rows pass N in some line is no one breakdown of it (several variables under one heading, 「性別」
      // over 男性・女性 and then 65歳未満・65歳以上, or a list of diseases), nor one named as a list (`LIST`): its rows are read as if no group named them
      // (runs, words, complete blocks) — taken as grouped, 3 left out of 男性・女性 was unsaid.
      if (
        rows.every(usable) &&
        (!within(rows) || LIST.test(g) || twoVariables(rows.map((r) => items[r]!.label.slice(g.length + 1)))) &&
        !MULTIPLE_ANSWERS.test(g)
      ) {
        rows.forEach((r) => ungrouped.set(r, g.length + 1));
        i = j + 1;
        continue;
      }
      rows.forEach((r) => grouped.add(r));
      if (rows.every(usable) && !MULTIPLE_ANSWERS.test(g) && !exact(rows)) blocks.push({ rows, how: 'group' });
      if (rows.every(usable) && exact(rows)) rows.forEach((r) => complete.add(r));
    }
    i = j + 1;
  }
  // Adjacent rows adding up to N exactly: complete blocks, no rows of other blocks.
  for (let i = 0; i < items.length; i++) {
    if (grouped.has(i) || complete.has(i) || !usable(i)) continue;
    // The sums carried along (not summed again per row: a column of 2,000 rows of 1 under N=1,000 took 10⁹ steps).
    const lo = withN.map(() => 0);
    const hi = withN.map(() => 0);
    const label = word;
    for (let j = i; j < items.length && !grouped.has(j) && !complete.has(j) && usable(j); j++) {
      // Not past the end of what the labels name (既婚・未婚 leaving 5 out, then 初発 5: no block of 57, though the
      // numbers add up; the reader reads 57 − 52 = 5 of unknown marital status).
      if (j - i >= 2 && j - i < RUN_LENGTH) {
        const before = Array.from({ length: j - i }, (_, d) => label(i + d));
        if (oneVariable(before) && !oneVariable([...before, label(j)])) break;
      }
      ranges[j]!.forEach((r, m) => ((lo[m]! += r!.lo), (hi[m]! += r!.hi)));
      if (lo.some((x, m) => x > withN[m]!.n)) break;
      if (hi.every((x, m) => x >= withN[m]!.n)) {
        for (let r = i; r <= j; r++) complete.add(r);
        i = j;
        break;
      }
    }
  }
  // Each row outside a complete block: the patients not in it are N less its count, whatever the other rows are.
  for (let i = 0; i < items.length; i++) if (usable(i) && !complete.has(i)) blocks.push({ rows: [i], how: 'line' });
  // The rows between two complete blocks, where they stay within N: one
  // block whose rest no row prints. Not any run that stays within N: in a list of comorbidities (rows that overlap) a
  // run reaching near N is common, and an attacker who knows the rows overlap learns nothing from it.
  const free = (j: number) => !grouped.has(j) && !complete.has(j);
  for (let i = 0; i < items.length; i++) {
    if (!free(i) || (i > 0 && free(i - 1))) continue;
    let j = i;
    while (j + 1 < items.length && free(j + 1)) j++;
    const rows = Array.from({ length: j - i + 1 }, (_, d) => i + d);
    // Between two complete blocks, not at the table's start or end: a list of diseases closing a Table 1 (高血圧 28,
    // 糖尿病 10, 脂質異常症 11, 慢性腎臓病 20 under N=75) adds up to just under N by chance.
    const bounded = (k: number) => k >= 0 && k < items.length && complete.has(k);
    if (rows.length >= 2 && rows.every(usable) && bounded(i - 1) && bounded(j + 1) && within(rows)) blocks.push({ rows, how: 'run' });
  }

  // Runs of the rows left whose labels name the categories of one variable (labels.ts would not do: this is about
  // what the words say): 「喫煙あり」「喫煙なし」, 「65歳未満」「65〜74歳」「75歳以上」, 「男性」「女性」. A reader takes them
  // for a breakdown of N as they would a joined group; a list of diseases (高血圧, 糖尿病) is none.
  for (let i = 0; i < items.length; i++) {
    if (!free(i) || !usable(i)) continue;
    for (let j = i + 1; j < items.length && j - i < RUN_LENGTH && free(j) && usable(j); j++) {
      const rows = Array.from({ length: j - i + 1 }, (_, d) => i + d);
      if (!within(rows)) break;
      if (!oneVariable(rows.map(word))) continue;
      // The whole of what the words name (no row next to it they name too within N): its rest is said wherever it is
      // under the threshold, in one column or more (男性 30 and 女性 24 under A群's 57, 3 left out, beside B群's 15).
      const grows = (k: number) =>
        free(k) && usable(k) && oneVariable([...rows, k].sort((a, b) => a - b).map(word)) && within([...rows, k]);
      blocks.push({ rows, how: 'words', ...(!grows(i - 1) && !grows(j + 1) && { whole: true }) });
    }
  }

  const out: BlockRest[] = [];
  const seen = new Set<string>();
  // The same rows read two ways: the labels' reading first (a whole block is said where it leaves 1 to the threshold
  // in one line, the run between two complete blocks only where it does in every line — 3 in A beside 15 in B was
  // dropped as the run's, unsaid).
  const rank = { group: 0, words: 1, run: 2, line: 3 } as const;
  blocks.sort((a, b) => rank[a.how] - rank[b.how] || Number(!!b.whole) - Number(!!a.whole));
  for (const { rows, how, whole } of blocks) {
    if (seen.has(rows.join(','))) continue;
    seen.add(rows.join(','));
    const sums = sumOf(rows);
    const rests = sums.map((s, j) => ({ lo: withN[j]!.n - s.hi, hi: withN[j]!.n - s.lo }));
    // A row's complement is certain (patients without it); a block's rest is our reading, taken where every line
    // with an N agrees — or, for the whole of a run its labels name, where it stays within N in every line.
    if (how !== 'line' && !rests.every((r) => r.hi >= 0 && (whole || r.hi < threshold))) continue;
    const at = rests.findIndex((r) => r.lo >= 1 && r.hi < threshold);
    if (at < 0) continue;
    const line = withN[at]!;
    out.push({
      axis,
      index: line.k,
      label: lines[line.k]!.label,
      denominator: line.n,
      rest: rests[at]!,
      block: rows.map((i) => items[i]!.label),
      how,
    });
  }
  return out;
}
