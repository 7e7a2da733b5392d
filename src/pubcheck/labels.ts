/**
 * Labels as compared across the tables of one input. An attacker lines up 「男性（人）」 in one table with 「男」 in
 * another; a checker that matched labels only as written would check those tables apart and miss what they tell
 * together. Two steps, each documented for users (Convention.astro) and in src/pubcheck/README.md:
 *
 * 1. The same label however it is written (`plainKey`): NFKC (full and half width), no spaces, case folded, no
 *    `(N=…)`, no bare N in brackets where the table reads it as the group's N (「A群（28）」, `headerKey`), no unit after it in brackets or after a space (（人）, (n), (%), (n, %), （例）, 人数 …), no quotes
 *    around it (「男性」), and every dash or wave dash between numbers one mark (20～29歳 = 20-29歳).
 * 2. Our reading of a few group names that mean the same group (`READINGS`, reported as ours, 推定): 男・男性・男子・
 *    male → 男性; 女・女性・女子・female → 女性; あり・有・有り → あり; なし・無・無し → なし; 20代・20歳代 → 20-29歳;
 *    死亡・死亡例・死亡者・death(s) → 死亡; 生存・生存例・生存者・survivor(s) → 生存; 高齢・高齢者・elderly → 高齢者 (linked38).
 *
 * Linking two tables only adds what an attacker may use (a count shown twice is one count; it takes the same value
 * in both), so a reading that links tables that are in fact apart hides more, never less. Labels that still differ
 * but look alike (one contains the other: 高血圧 and 高血圧症, 20-29歳 and 20-29) are not linked — they may be other
 * groups — and the report says so: which tables were then checked one at a time and what that leaves open.
 */
import { CLOSE_BRACKET, normalise, OPEN_BRACKET } from './cell.ts';
import {
  countText,
  DENOMINATOR_TEXT,
  englishValue,
  isGivenName,
  KANJI_WORD_BEFORE,
  kanjiValue,
  NATIVE_NUMBER,
  withoutLineMark,
} from './header.ts';
import { countOf, topLevel } from './table.ts';
import type { Header, Table, Warning } from './types.ts';
import { quote } from './quote.ts';

/** Units a label may carry, in brackets or after a space: they say how a group is counted, not which group. */
const UNITS = '(?:n|%|人|例|件|名|人数|例数|件数|患者数|症例数|割合|数)';
const UNIT_BRACKETS = new RegExp(`(?<!\\s)\\s*[(（\\[［]\\s*${UNITS}(?:\\s*[,、，・/]\\s*${UNITS})*\\s*[)）\\]］]\\s*$`, 'i');
const UNIT_AFTER_SPACE = new RegExp(`(?<!\\s)\\s+${UNITS}(?:\\s*[(（]\\s*%\\s*[)）])?\\s*$`, 'i');
/**
 * A word after a group's name saying the figure is that whole group's (「A（全体）」, 「A群 全体」, 「男性 (total)」): the
 * same group as 「A」 to a reader, who takes 28 under 「A（全体）」 for column A's total in another table.
 */
const WHOLE_BRACKETS = /(?<=\S)\s*[(（\[［]\s*(?:全体|全例|総数|合計|計|total|all|overall)\s*[)）\]］]\s*$/i;
const WHOLE_AFTER_SPACE = /(?<=\S)\s+(?:全体|全例|総数|合計|total|all|overall)\s*$/i;
const QUOTES = /^[「『“"'《〈【]\s*(?!\s)((?:.*?\S)?)\s*[」』”"'》〉】]$/;
/** Dashes and wave dashes (hyphen-minus, hyphens, en/em dash, minus, tildes, 〜) between two numbers: one mark. */
const RANGE = /(\d)\s*[-‐‑‒–—―−~〜～]\s*(?=\d)/g;

/**
 * A pure function of a string, remembered: labels are read again and again (each header's key in every search), and
 * 20,000 distinct labels of 50–200 characters spent most of 13–37 s in these readings before. The cache is emptied
 * when it reaches `MEMO_SIZE`, so its memory stays bounded.
 */
const MEMO_SIZE = 100_000;
function remembered(f: (s: string) => string): (s: string) => string {
  const memo = new Map<string, string>();
  return (s) => {
    let out = memo.get(s);
    if (out === undefined) {
      if (memo.size >= MEMO_SIZE) memo.clear();
      out = f(s);
      memo.set(s, out);
    }
    return out;
  };
}

/** A label without its N, units and quotes, its spaces kept. */
const stripped = remembered(strippedOnce);
function strippedOnce(label: string): string {
  const written = countText(withoutLineMark(label)).replace(DENOMINATOR_TEXT, ' ').trim();
  let s = written;
  for (let before = ''; before !== s;) {
    before = s;
    s = s.replace(UNIT_BRACKETS, '').replace(UNIT_AFTER_SPACE, '').replace(WHOLE_BRACKETS, '').replace(WHOLE_AFTER_SPACE, '').trim();
    const q = QUOTES.exec(s);
    if (q) s = q[1]!;
  }
  // A label that is nothing but a unit (「n」, 「(%)」) is a measure: kept as written.
  return s === '' ? written : s;
}

/** A label however it is written: the same group to anyone who reads it (step 1). */
export const plainKey = remembered((label: string): string => stripped(label).replace(RANGE, '$1-').replace(/\s+/g, '').toLowerCase());

/** Our reading: group names that mean the same group (step 2), keyed by their plain form. */
const READINGS = new Map<string, string>([
  ...['男', '男性', '男子', 'male', 'males', 'man', 'men'].map((k) => [k, '男性'] as const),
  ...['女', '女性', '女子', 'female', 'females', 'woman', 'women'].map((k) => [k, '女性'] as const),
  ...['あり', '有', '有り', 'yes'].map((k) => [k, 'あり'] as const),
  ...['なし', '無', '無し', 'no'].map((k) => [k, 'なし'] as const),
  // linked38: an outcome and an age group named with the word for the people in it (「死亡例」「死亡者」「Deaths」 name
  // 「死亡」's patients; 「高齢患者」 less 患者 is 「高齢」): a title 「死亡例の年齢」 over a line 「死亡」 of another table, or
  // 「Deaths by age」, names that line. Words for the whole outcome only, never a neighbour (「死亡率」, 「生存期間」).
  ...['死亡', '死亡例', '死亡者', 'death', 'deaths', 'died', 'dead'].map((k) => [k, '死亡'] as const),
  ...['生存', '生存例', '生存者', 'alive', 'survivor', 'survivors', 'survived'].map((k) => [k, '生存'] as const),
  ...['高齢', '高齢者', 'elderly'].map((k) => [k, '高齢者'] as const),
]);
/** 20代, 20歳代 → 20-29歳; 20-29 with 歳 or 才 → 20-29歳. */
const DECADE = /^([1-9]\d*)0(?:歳|才)?代$/;
const YEARS = /^([1-9]\d*)0-\1(?:9)(?:歳|才)$/;

/** One word of a label read through `READINGS` and the decades (step 2). */
function wordKey(plain: string, keepGroupWord = false): string {
  const decade = DECADE.exec(plain) ?? YEARS.exec(plain);
  if (decade) return `${decade[1]}0-${decade[1]}9歳`;
  return READINGS.get(plain) ?? (keepGroupWord ? plain : plain.replace(GROUP_SUFFIX, ''));
}
/**
 * A group's name with or without the word for group (「実薬群」「実薬」, 「A群」「Group A」「A」; our reading, step 2): a
 * reader lines up 実薬群 in one table with 実薬 in another (combo: 対照群's hidden 入院 56 printed under 「対照」 in a
 * second table gave the hidden 3 by subtraction; the labels were said alike but checked apart). 「群」 closing a word
 * of two characters or more, and a word 「group」「グループ」「arm」 beside another, are dropped.
 */
const GROUP_SUFFIX = /(?<=.)群$/;
const GROUP_WORD = new Set(['group', 'grp', 'arm', 'グループ', '群']);
/**
 * Marks between the words of a label that names a group by two classifications: 「男性 A群」, 「A群・男性」, 「A群／男性」,
 * 「A群_男性」, 「A群&男性」, 「A群:男性」, 「A群;男性」, 「A群·男性」 (U+00B7, which NFKC keeps), 「A群•男性」, 「A群*男性」, and
 * a dash or plus between two words (「A群-男性」, 「A群+男性」; not 20-29, nor the sign closing 「ER+」).
 */
const WORDS = /[\s・･·•∙/／×✕、，,|｜_&＆:：;；*＊]+|(?<=[^\s\d])[-+＋‐‑–—](?=[^\s\d])/;
/**
 * Particles joining two names of one group (「A群の男性」「A群のうち男性」「A群における男性」「A群かつ男性」): between
 * two parts that are labels of the input they join them as a mark does (`readCompounds`), and a word of a label that
 * is only such a particle (「A群 の 男性」) is dropped. Not と, 及び, または (two groups, their sum: 「A及びB」).
 */
const JOINERS = ['の', 'のうち', 'のなか', 'の中', 'の内', 'における', 'に於ける', 'での', '中の', '内の', 'うちの', 'かつ', '且つ'];
const JOINER_WORD = new Set(JOINERS);
const LONGEST_JOINER = Math.max(...JOINERS.map((j) => j.length));
/**
 * A word in brackets closing a label (「A群（男性）」, 「A群【男性】」): the label's last word, as 「A群 男性」 is.
 * Written (regex10) so that it is linear: main's `\s*([^…]*?\D[^…]*?)\s*` took 190 s for a label of 「a」 and 4,000
 * 「＜」; the look-ahead asks first for what main's pattern needed (at most one bracket inside, not digits alone), the
 * three kinds of word then take the part main took, and an opening 「｛」「＜」 after another opening with no bracket
 * between is not tried (the one before it failed, so it fails). Same matches (test/pubcheck/regex10.test.ts).
 */
const BRACKET_WORD = new RegExp(
  String.raw`(?<=\S)\s*(?:(?![｛＜])${OPEN_BRACKET}|(?<!\S\s*${OPEN_BRACKET}[^()（）\[\]［］{}<>【】〔〕〖〗〘〙〈〉《》]*?)[｛＜])` +
    String.raw`(?=[^()（）\[\]［］{}<>【】〔〕〖〗〘〙〈〉《》]*(?:[()（）\[\]［］{}<>【】〔〕〖〗〘〙〈〉《》][^()（）\[\]［］{}<>【】〔〕〖〗〘〙〈〉《》]*)?${CLOSE_BRACKET}$)` +
    String.raw`\s*((?!\s)(?!\d*\s*${CLOSE_BRACKET}$)[^]*?\S|(?!\s)\d+\s|\s\d*)\s*${CLOSE_BRACKET}$`,
);
/**
 * The words of a label without its N, units and quotes (`stripped`), split at `WORDS` and a closing bracket; a word
 * after the first that starts with うち (「A群 うち男性」「A群（うち男性）」: of group A, the men) is the word after it.
 */
const wordsIn = (s: string) =>
  s
    .replace(BRACKET_WORD, ' $1')
    .split(WORDS)
    .map((w, i) => (i > 0 ? w.replace(/^(?:の)?うち(?=\S)/, '') : w));

/**
 * What a label stands for across tables: its plain form, read through `READINGS` (step 1 and 2). A label of several
 * words is the same group in any order of its words (「男性 A群」, 「A群・男性」, 「A群 男」): an attacker reads them alike.
 * The words of such a key are joined by U+0000, as the labels of a cell's row and column are in system.ts `keyOf`:
 * column 「A群・男性」's total is the count of row 男性, column A群 of another table.
 */
export const labelKey = remembered((label: string) => labelKeyOnce(label, false));
/** `labelKey` with the word for group kept (「A群」 and 「A」 apart): two labels of one table (`readCompounds`). */
const groupWordKey = remembered((label: string) => labelKeyOnce(label, true));
function labelKeyOnce(label: string, keepGroupWord: boolean): string {
  const words = wordsIn(stripped(label))
    .map((w) => plainKey(w))
    .filter((w) => w !== '' && !JOINER_WORD.has(w));
  if (!keepGroupWord && words.length >= 2 && words.some((w) => GROUP_WORD.has(w))) {
    const named = words.filter((w) => !GROUP_WORD.has(w));
    if (named.length === 1) return wordKey(named[0]!);
    words.splice(0, words.length, ...named);
  }
  if (words.length >= 2 && !words.some((w) => /^[\d.,-]+$/.test(w)))
    return words
      .map((w) => wordKey(w, keepGroupWord))
      .sort()
      .join('\u0000');
  return wordKey(plainKey(label), keepGroupWord);
}

/**
 * A bare number in brackets closing a label (「実薬群（120）」, 「A [28]」), the number its group: read.ts takes it for
 * the group's N where it is at least the sum of the group's items (`Header.sizeInLabel`), and a numbering
 * (「薬剤（1）」) stays part of the label.
 */
export const SIZE_IN_BRACKETS = new RegExp(String.raw`(?<!\s)\s*${OPEN_BRACKET}\s*(\d{1,3}(?:,\d{3})+|\d+)\s*${CLOSE_BRACKET}$`);

/** The name of a header's group: its label without the bare N in brackets it declares (「A群（28）」 → 「A群」). */
function nameOf(h: Pick<Header, 'label' | 'sizeInLabel'>): string {
  if (!h.sizeInLabel) return h.label;
  const written = normalise(h.label);
  // 「A群（28）」, or 「A群 28」 (read.ts `bracketSizes`).
  const name = SIZE_IN_BRACKETS.test(written) ? written.replace(SIZE_IN_BRACKETS, '') : written.replace(/(?<!\s)\s*(?<![\d,])[\d,]+$/, '');
  return name === '' ? h.label : name;
}

/**
 * What a header stands for across tables (`labelKey` of its group's name): 「A群（28）」 read as N, 「A群」, 「A群 (N=28)」
 * alike; a label run together from labels of the input (「A群男性」, `readCompounds`) as those labels in any order.
 */
export const headerKey = (h: Pick<Header, 'label' | 'sizeInLabel' | 'compound' | 'linkedKey'>): string => h.linkedKey ?? ownKey(h);
/** What a header stands for by its own label, before `linkByNumbers` reads it as another table's group. */
const ownKey = (h: Pick<Header, 'label' | 'sizeInLabel' | 'compound'>): string =>
  h.compound ? [...h.compound].sort().join('\u0000') : labelKey(nameOf(h));

/** A word that is only digits and marks (10, 20-29, 3.5): never a part of a label run together. */
const NUMERIC = /^[\d.,%-]+$/;
/** Segmentations of one word tried before it is left as written (a label of many one-character labels). */
const MAX_SEGMENTATIONS = 64;
/**
 * Longest word, and most parts, read as labels run together: past them the search (a cut per part, each tried up to
 * the longest label's length) is not made and the report says so (`labels/not-read`). 「アイアイ…」 of 40,000
 * one-character labels overflowed the stack before.
 */
export const MAX_COMPOUND_LENGTH = 200;
export const MAX_COMPOUND_PARTS = 32;
/**
 * Pieces of labels (a cut tried, `part`) the reading of labels run together may try for the whole input: each word's
 * search is linear in its length times the lengths the vocabulary's words have, so this is reached only by many long
 * labels of many lengths. Past it the words left are not read so, said as for a word too long (`labels/not-read`).
 */
export const LABEL_WORK = 20_000_000;

/**
 * Our reading of a label run together without a mark from labels the input prints on their own (step 3): 「男性A群」
 * is 「男性」 and 「A群」 where both are labels of the input (a row or column label, or a word of one written with a
 * mark: 「男性 B群」), so 「男性A群」, 「A群男性」, 「男A群」 and 「男性 A群」 name one group. The rule, so that different
 * groups are not merged:
 * - each part is a label (or a word of one) of the input other than the label itself, read through step 2 (「男」
 *   where 「男性」 is a label), not only digits (「1」「2」
 *   would make 12 and 21 one), and no part boundary falls between two digits or two Latin letters (a word of Latin
 *   letters ends at a space or a mark: 「AB」 is not 「A」 and 「B」);
 * - a part that is itself run together from such labels counts as its parts (「AB群」 as 「A」「B群」…);
 * - a particle between two parts joins them as a mark does (「A群の男性」「男性のA群」「A群における男性」, `JOINERS`); a
 *   particle is never a part, nor first or last (「その他」 is 「そ」「他」 only where both are labels);
 * - every way of cutting the label gives the same parts (read through step 2: 男 = 男性); where two ways give other
 *   parts (「ABC」 as 「AB」「C」 or 「A」「BC」, with AB, C, A, BC all labels), the label is left as written.
 * 「AB」 and 「BA」 whose A and B are labels nowhere on their own stay two groups. Tables are then linked only where
 * the counts under such labels agree (system.ts: a count is one count only where its value is the same), and the
 * report names the labels so read (`labels/equated`, our reading). Sets `Header.compound` (the parts, each through
 * step 2) on every header so read.
 */
export function readCompounds(tables: readonly Table[], budget = LABEL_WORK): { table: Table; label: string; work?: true }[] {
  const unread: { table: Table; label: string; work?: true }[] = [];
  const headers = tables.flatMap((t) => [...t.rows, ...t.cols].filter((h) => h.kind !== 'total'));
  const wordsOf = (h: Header) =>
    wordsIn(stripped(nameOf(h)))
      .map((w) => plainKey(w))
      .filter((w) => w !== '' && !JOINER_WORD.has(w));
  // Labels and words of labels, each also through step 2 (「男」 is a part where 「男性」 is a label).
  const vocabulary = new Set<string>();
  // The words as written too, for the lengths of the pieces tried (「A群」 is 「a」 through step 2, and a piece of 「A群男性」).
  const written = new Set<string>();
  for (const h of headers)
    for (const w of wordsOf(h))
      if (!NUMERIC.test(w)) {
        vocabulary.add(wordKey(w));
        written.add(w);
      }
  if (vocabulary.size < 2) return unread;
  const longest = Math.max(...[...vocabulary, ...written, ...READINGS.keys()].map((w) => w.length));
  // A piece is a word of the vocabulary, or one through step 2: a reading's key (男 for 男性) or a decade (20代), which
  // starts with a digit. The words of the first two kinds by their first two characters (by their one, for words of
  // one): from each place in a word only the lengths of the words that start as it does there are tried; from a digit
  // every length is. Same answers as trying every length, with far fewer slices (labels of many lengths: 10,000 of
  // 150–199 characters tried 40,000 pieces each).
  const ones = new Set<string>();
  const byStart = new Map<string, number[]>();
  for (const w of new Set([...vocabulary, ...written, ...[...READINGS.keys()].filter((k) => vocabulary.has(wordKey(k)))])) {
    if (w.length === 1) ones.add(w);
    else pushAt(byStart, w.slice(0, 2), w.length);
  }
  for (const ls of byStart.values()) ls.sort((a, b) => a - b);
  /** The ends `to` (ascending, at most `longest` on) of the pieces of `w` from `from` that may be words. */
  const endsFrom = (w: string, from: number): number[] => {
    const last = Math.min(w.length, from + longest);
    if (/[1-9]/.test(w[from]!)) return Array.from({ length: last - from }, (_, k) => from + k + 1);
    const out = ones.has(w[from]!) ? [from + 1] : [];
    let previous = 1;
    for (const l of byStart.get(w.slice(from, from + 2)) ?? []) {
      if (from + l > last) break;
      if (l !== previous) out.push(from + l);
      previous = l;
    }
    return out;
  };
  let work = 0;
  const outOfWork = new Set<string>();
  const memo = new Map<string, string[] | null>();
  const boundary = (w: string, at: number) =>
    !(/\d/.test(w[at - 1]!) && /\d/.test(w[at]!)) && !(/[a-z]/.test(w[at - 1]!) && /[a-z]/.test(w[at]!));
  /** The parts of `word` (each through step 2), where every way of cutting it gives the same; null where none does. */
  /** Words whose search was not made or not finished (`MAX_COMPOUND_LENGTH`, `MAX_COMPOUND_PARTS`). */
  const skipped = new Set<string>();
  const partsOf = (word: string): string[] | null => {
    const known = memo.get(word);
    if (known !== undefined) return known;
    memo.set(word, null);
    if (word.length > MAX_COMPOUND_LENGTH) {
      skipped.add(word);
      return null;
    }
    const found = new Map<string, string[]>();
    let tried = 0;
    const part = (from: number, to: number) =>
      ++work > 0 &&
      word.slice(from, to) !== word &&
      vocabulary.has(wordKey(word.slice(from, to))) &&
      (to === word.length || boundary(word, to));
    if (work > budget) {
      skipped.add(word);
      outOfWork.add(word);
      return null;
    }
    // A particle between two parts (「A群の男性」): skipped, as a mark between them is.
    const joiner = (from: number, to: number) => from > 0 && to < word.length && JOINER_WORD.has(word.slice(from, to));
    // Where a cut can still reach the end (so that the search below follows only cuts that can: linear, not
    // exponential, in the label's length for each way found): `ends` from a part, `after` from a part or a particle.
    const ends: boolean[] = [];
    const pieces: number[][] = [];
    const after: boolean[] = [];
    ends[word.length] = true;
    after[word.length] = true;
    for (let from = word.length - 1; from >= 0; from--) {
      ends[from] = false;
      work += 1;
      pieces[from] = endsFrom(word, from);
      for (const to of pieces[from]!) if (!ends[from]) ends[from] = after[to]! && part(from, to);
      after[from] = ends[from]!;
      for (let to = from + 1; to <= Math.min(word.length, from + LONGEST_JOINER) && !after[from]; to++)
        after[from] = ends[to]! && joiner(from, to);
    }
    if (!ends[0]) {
      memo.set(word, null);
      return null;
    }
    const cut = (from: number, taken: string[]): boolean => {
      if (from === word.length) {
        if (taken.length < 2) return true;
        const parts = taken.flatMap((p) => partsOf(p) ?? [wordKey(p)]);
        found.set([...parts].sort().join('\u0000'), parts);
        return ++tried < MAX_SEGMENTATIONS && found.size < 2;
      }
      if (taken.length >= MAX_COMPOUND_PARTS) {
        skipped.add(word);
        return false;
      }
      for (const to of pieces[from]!) {
        if (!after[to] || !part(from, to)) continue;
        if (!cut(to, [...taken, word.slice(from, to)])) return false;
      }
      // A particle after a part, before the next part.
      for (let to = from + 1; to <= Math.min(word.length, from + LONGEST_JOINER); to++) {
        if (taken.length === 0 || !ends[to] || !joiner(from, to)) continue;
        if (!cut(to, taken)) return false;
      }
      return true;
    };
    const complete = cut(0, []);
    const result = complete && found.size === 1 ? [...found.values()][0]! : null;
    memo.set(word, result);
    return result;
  };
  for (const table of tables)
    for (const h of [...table.rows, ...table.cols]) {
      if (h.kind === 'total') continue;
      const words = wordsOf(h);
      if (words.length === 0 || words.some((w) => NUMERIC.test(w))) continue;
      const split = words.map((w) => partsOf(w));
      if (words.some((w) => skipped.has(w)))
        unread.push({ table, label: h.label, ...(words.some((w) => outOfWork.has(w)) && { work: true as const }) });
      if (split.every((x) => x === null)) continue;
      h.compound = words.flatMap((w, i) => split[i] ?? [wordKey(w)]);
    }
  // Two labels of one axis of one table are never one group through the word for group: where dropping it makes two
  // of them one (「A群（28）」 and 「A」 side by side), each keeps it.
  for (const table of tables)
    for (const hs of [table.rows, table.cols]) {
      const byKey = new Map<string, Header[]>();
      for (const h of hs) if (h.kind !== 'total') pushAt(byKey, ownKey(h), h);
      for (const same of byKey.values()) {
        const kept = same.filter((h) => h.compound === undefined);
        if (new Set(kept.map((h) => groupWordKey(nameOf(h)))).size > 1) for (const h of kept) h.compound = [groupWordKey(nameOf(h))];
      }
    }
  return unread;
}
/** A header's label however it is written (`plainKey` of its group's name). */
export const headerPlain = (h: Pick<Header, 'label' | 'sizeInLabel' | 'compound'>): string => plainKey(nameOf(h));

/** Where a label was read: its table, the label as written, its plain form and its key. */
interface Seen {
  table: number;
  line: number;
  label: string;
  plain: string;
  key: string;
  /** Read as labels run together (`readCompounds`). */
  compound: boolean;
}

/** Distinct labels beyond which look-alikes are not searched (every pair is compared): said in the report. */
export const LOOKALIKE_LABELS = 2_000;

/** The labels of the items of both axes of every table (totals name no group), once per table and plain form. */
function labelsOf(tables: readonly Table[]): Seen[] {
  const out: Seen[] = [];
  for (const t of tables) {
    const mine = new Set<string>();
    for (const h of [...t.rows, ...t.cols]) {
      if (h.kind === 'total') continue;
      const plain = headerPlain(h);
      if (plain === '' || mine.has(plain)) continue;
      mine.add(plain);
      // A row under a heading linked to the same row printed without it (read.ts `linkHeadings`): said as equated.
      const key = h.heading !== undefined && h.linkedKey !== undefined ? h.linkedKey : ownKey(h);
      out.push({ table: t.number, line: t.line, label: h.label, plain, key, compound: h.compound !== undefined });
    }
  }
  return out;
}

/**
 * What the reading of labels across tables told the report, one warning per pair of tables: labels taken as one
 * group through our reading (`labels/equated`), and labels that look alike but were not taken as one group
 * (`labels/apart`), saying whether those tables were checked together (they share other counts) or one at a time,
 * and what that leaves open. `together(a, b)`: whether tables a and b were checked as one system. With more than
 * `LOOKALIKE_LABELS` distinct labels, look-alikes are not searched and the report says so (`labels/not-compared`).
 */
export function labelWarnings(tables: readonly Table[], together: (a: number, b: number) => boolean): Warning[] {
  const seen = labelsOf(tables);
  const pairs = new Map<string, { a: number; b: number; line: number; equated: string[]; apart: string[] }>();
  const note = (a: Seen, b: Seen, same: boolean) => {
    if (a.table === b.table || a.plain === b.plain) return;
    if (a.table > b.table) [a, b] = [b, a];
    const k = `${a.table},${b.table}`;
    const pair = pairs.get(k) ?? { a: a.table, b: b.table, line: b.line, equated: [], apart: [] };
    pairs.set(k, pair);
    const order = a.compound || b.compound ? '（語の並びが違うだけで、同じ見出しの組み合わせと読みました）' : '';
    const text = `表${a.table}の${quote(a.label)}と表${b.table}の${quote(b.label)}${order}`;
    const list = same ? pair.equated : pair.apart;
    if (!list.includes(text)) list.push(text);
  };
  const byKey = new Map<string, Seen[]>();
  for (const x of seen) pushAt(byKey, x.key, x);
  if (tables.length < 2) return [];
  for (const group of byKey.values())
    for (let i = 0; i < group.length; i++) for (let j = i + 1; j < group.length; j++) note(group[i]!, group[j]!, true);
  const byPlain = new Map<string, Seen[]>();
  for (const x of seen) pushAt(byPlain, x.plain, x);
  const plains = [...byPlain.keys()];
  const out: Warning[] = [];
  if (plains.length > LOOKALIKE_LABELS) {
    out.push({
      code: 'labels/not-compared',
      place: { line: tables[0]?.line ?? 1, table: tables[0]?.number ?? 0 },
      message: `見出しが多いため（${plains.length.toLocaleString('en-US')} 種類）、表をまたいで似た見出し（「高血圧」と「高血圧症」など）を探していません（推定）。書き方の違う同じ群は別の群として確かめたことになります。同じ群の見出しは同じ書き方にそろえてください`,
    });
  } else {
    for (let i = 0; i < plains.length; i++) {
      for (let j = i + 1; j < plains.length; j++) {
        if (!alike(plains[i]!, plains[j]!)) continue;
        for (const a of byPlain.get(plains[i]!)!) for (const b of byPlain.get(plains[j]!)!) if (a.key !== b.key) note(a, b, false);
      }
    }
  }
  const listed = (xs: string[]) => (xs.length > 3 ? `${xs.slice(0, 3).join('、')}ほか ${xs.length - 3} 組` : xs.join('、'));
  for (const p of [...pairs.values()].sort((x, y) => x.a - y.a || x.b - y.b)) {
    const place = { line: p.line, table: p.b };
    if (p.equated.length > 0) {
      out.push({
        code: 'labels/equated',
        place,
        message: `${listed(p.equated)}は同じ群を指すと読み、値が同じところは同じ数として、表${p.a}と表${p.b}をまとめて確かめました（推定）。別の群なら見出しを書き分けてください`,
      });
    }
    if (p.apart.length > 0) {
      const how = together(p.a, p.b)
        ? `表${p.a}と表${p.b}はほかの見出しの値を共有しているのでまとめて確かめましたが、これらの見出しは別の群として扱いました`
        : `表${p.a}と表${p.b}は別々に（一つずつ）確かめました`;
      out.push({
        code: 'labels/apart',
        place,
        message: `${listed(p.apart)}は似ていますが、同じ群とは読みませんでした（推定）。${how}。同じ群であれば、二つの表を突き合わせて差し引くと秘匿したセルが分かる場合があり、その組み合わせは確かめていません。同じ群なら見出しを同じ書き方にそろえて、もう一度確かめてください`,
      });
    }
  }
  return out;
}

/**
 * Labels that may name one group although they differ: one contains the other (高血圧 and 高血圧症, 20-29 and
 * 20-29歳) — a shorter one of digits only (10, 20-29) only at the start or end of the other and not next to a digit
 * (10 and 100 are no such pair).
 */
function alike(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < 2) return false;
  if (!/^[\d.,%-]+$/.test(short)) return long.includes(short);
  return (long.startsWith(short) && !/\d/.test(long[short.length]!)) || (long.endsWith(short) && !/\d/.test(long.at(-short.length - 1)!));
}

/** A line of counts a table prints or implies: a row or column of items, or the sums of its items across. */
export interface Line {
  /** The table's number (1-based, as in the input) and its index in the check's list. */
  table: number;
  index: number;
  line: number;
  /** How the report names it: 行「x」, 列「A」, 列ごとの計. */
  name: string;
  values: number[];
  /** Keys of the labels its values stand under, each by its own label (`ownKey`). */
  keys: string[];
  /**
   * What each value counts: its key with the line's own label's (a row 「入院」 over 「実薬」 counts 入院 ∧ 実薬), or
   * its key alone in a sums line or where the line's label is the table's only one (a measure, 「患者数」).
   */
  cellKeys: string[];
  labels: string[];
  /** The header each value stands under, and the cells each value is the sum of (one cell, or a line across). */
  headers: Header[];
  cells: { row: number; col: number }[][];
  /** The sums of the table's items per column or per row (no line the table prints). */
  sums: boolean;
  /** The axis of `headers`. */
  axis: 'rows' | 'cols';
}

/** The top-level items of an axis. */
const itemsOf = topLevel;

/** Every row and column of items of a count table, and the sums of its items per column and per row. */
function linesOf(t: Table, index: number): Line[] {
  const rows = itemsOf(t.rows);
  const cols = itemsOf(t.cols);
  const at = (c: { row: number; col: number }) => countOf(t.cells[c.row]![c.col]!);
  const line = (
    name: string,
    axis: 'rows' | 'cols',
    ids: number[],
    cells: { row: number; col: number }[][],
    sums: boolean,
    own?: Header,
  ): Line => {
    const hs = axis === 'rows' ? t.rows : t.cols;
    const keys = ids.map((i) => ownKey(hs[i]!));
    const mine = own && itemsOf(axis === 'rows' ? t.cols : t.rows).length > 1 ? ownKey(own) : '';
    return {
      cellKeys: keys.map((k) => (mine === '' ? k : [...k.split('\u0000'), ...mine.split('\u0000')].sort().join('\u0000'))),
      table: t.number,
      index,
      line: t.line,
      name,
      values: cells.map((cs) => cs.reduce((s, c) => s + at(c), 0)),
      keys,
      labels: ids.map((i) => hs[i]!.label),
      headers: ids.map((i) => hs[i]!),
      cells,
      sums,
      axis,
    };
  };
  const out: Line[] = [];
  for (const r of rows)
    out.push(
      line(
        `行${quote(t.rows[r]!.label)}`,
        'cols',
        cols,
        cols.map((col) => [{ row: r, col }]),
        false,
        t.rows[r],
      ),
    );
  for (const c of cols)
    out.push(
      line(
        `列${quote(t.cols[c]!.label)}`,
        'rows',
        rows,
        rows.map((row) => [{ row, col: c }]),
        false,
        t.cols[c],
      ),
    );
  out.push(
    line(
      '列ごとの計',
      'cols',
      cols,
      cols.map((col) => rows.map((row) => ({ row, col }))),
      true,
    ),
  );
  out.push(
    line(
      '行ごとの計',
      'rows',
      rows,
      rows.map((row) => cols.map((col) => ({ row, col }))),
      true,
    ),
  );
  return out;
}

/** Two lines of two tables that print the same numbers under other labels (`linkByNumbers`). */
export interface NumberLink {
  /** A table's sums per column (row), and a line or the sums of another table. */
  x: Line;
  y: Line;
  /** For each position of `x`, the position of `y` with the same value. */
  order: number[];
}

const numberLinksMemo = new WeakMap<readonly Table[], NumberLink[]>();

/**
 * Count tables whose sums per column (row) another of them prints as a line of counts, or as its own sums, under
 * other labels (表1's column sums 28, 60 under 「A群」「B群」, 表2's 28, 60 under 「Group A」「Group B」, 「実薬群」
 * 「対照群」, 「第1群」「第2群」): an attacker who matches the numbers takes them for the same groups and subtracts one
 * table from the other (28 − 25 gave a hidden 3 when each table was checked alone). So read, as our reading: each
 * such pair of labels names one group across tables (`Header.linkedKey`, so that cells under them with the same value
 * are one count and a margin one table leaves out is the other's cell), and each position of the two lines is an
 * equation (system.ts). The values matched in the order written, or in any order where they are all different (a
 * table listing 対照群 first); lines of two values at least, not all equal, one of them 10 or more (small
 * coincidences are common; a chance match hides more, never less). Two labels of one axis of one table are never
 * read as one group. Sets `linkedKey` on the headers so read; the same answer for the same tables (remembered).
 */
export function linkByNumbers(tables: readonly Table[]): NumberLink[] {
  const known = numberLinksMemo.get(tables);
  if (known) return known;
  const links: NumberLink[] = [];
  numberLinksMemo.set(tables, links);
  const counts = tables.flatMap((t, index) => (t.kind === 'count' ? [{ t, index }] : []));
  if (counts.length < 2) return links;
  const worth = (l: Line) => l.values.length >= 2 && new Set(l.values).size > 1 && Math.max(...l.values) >= 10;
  const lines = new Map(counts.map(({ t, index }) => [index, linesOf(t, index).filter(worth)]));
  const sortedKey = (l: Line) => [...l.values].sort((a, b) => a - b).join(',');
  const index = new Map(
    counts.map(({ index: i }) => {
      const byValues = new Map<string, Line[]>();
      for (const l of lines.get(i)!) pushAt(byValues, sortedKey(l), l);
      return [i, byValues];
    }),
  );
  /** Where y's values stand for x's: in the order written, else by value where all differ; undefined where neither. */
  const orderOf = (x: Line, y: Line): number[] | undefined => {
    if (x.values.every((v, i) => v === y.values[i])) return x.values.map((_, i) => i);
    if (new Set(x.values).size !== x.values.length) return undefined;
    return x.values.map((v) => y.values.indexOf(v));
  };
  const seen = new Set<string>();
  for (const a of counts)
    for (const b of counts) {
      if (a.index === b.index) continue;
      for (const x of lines.get(a.index)!) {
        if (!x.sums) continue;
        for (const y of index.get(b.index)!.get(sortedKey(x)) ?? []) {
          const order = orderOf(x, y);
          // Lines the labels link already (「A群」's column and the sums of 「男性A群」「女性A群」) are no new reading.
          if (!order || x.cellKeys.every((k, i) => k === y.cellKeys[order[i]!])) continue;
          // Each pair of lines once (two sums lines match both ways round).
          const id = [`${x.index}/${x.name}`, `${y.index}/${y.name}`].sort().join('|');
          if (seen.has(id)) continue;
          seen.add(id);
          links.push({ x, y, order });
        }
      }
    }
  // The groups so read: keys joined where two lines' positions match, never two of one axis of one table.
  const owners = new Map<string, Set<string>>();
  for (const { t, index: i } of counts)
    for (const [axis, hs] of [
      ['rows', t.rows],
      ['cols', t.cols],
    ] as const)
      for (const h of hs)
        if (h.kind !== 'total') {
          const key = ownKey(h);
          (owners.get(key) ?? owners.set(key, new Set()).get(key)!).add(`${i}:${axis}`);
        }
  const parent = new Map<string, string>();
  const members = new Map<string, Set<string>>();
  const find = (k: string): string => {
    let r = k;
    while (parent.has(r) && parent.get(r) !== r) r = parent.get(r)!;
    return r;
  };
  const ownersOf = (root: string) => members.get(root) ?? new Set(owners.get(root) ?? []);
  // Labels are read as one group only where both lines' values are whole groups (sums, or a measure's line); a row
  // 「入院」 over 「実薬」 equal to 「A」's sums is an equation (system.ts), 「A」 no name of 実薬.
  const parts = (k: string) => new Set(k.split('\u0000'));
  const within = (a: string, b: string) => [...parts(a)].every((p) => parts(b).has(p));
  for (const { x, y, order } of links)
    x.keys.forEach((k, i) => {
      if (y.cellKeys.some((c, j) => c !== y.keys[j])) return;
      if (within(k, y.keys[order[i]!]!) || within(y.keys[order[i]!]!, k)) return;
      const [p, q] = [find(k), find(y.keys[order[i]!]!)];
      if (p === q) return;
      const [op, oq] = [ownersOf(p), ownersOf(q)];
      if ([...op].some((o) => oq.has(o))) return;
      const [root, child] = p < q ? [p, q] : [q, p];
      parent.set(child, root);
      parent.set(root, root);
      members.set(root, new Set([...op, ...oq]));
    });
  if (parent.size > 0)
    for (const { t } of counts)
      for (const h of [...t.rows, ...t.cols]) {
        if (h.kind === 'total') continue;
        const root = find(ownKey(h));
        if (root !== ownKey(h)) h.linkedKey = root;
      }
  return links;
}

/**
 * What `linkByNumbers` read, one warning per pair of tables (`tables/number-linked`, our reading): which lines print
 * the same numbers under which labels, and that the tables were protected together as showing the same groups.
 */
export function numberLinkWarnings(links: readonly NumberLink[]): Warning[] {
  const out: Warning[] = [];
  const said = new Set<string>();
  for (const { x, y, order } of links) {
    const [first, second] = x.table < y.table ? [x, y] : [y, x];
    const pair = `${first.table},${second.table}`;
    if (said.has(pair)) continue;
    said.add(pair);
    const pairs = x.labels
      .map((l, i) => [l, y.labels[order[i]!]!] as const)
      .filter(([p, q]) => p !== q)
      .map(([p, q]) => (x === first ? `${quote(p)}と${quote(q)}` : `${quote(q)}と${quote(p)}`));
    const groups = y.cellKeys.every((c, j) => c === y.keys[j]);
    out.push({
      code: 'tables/number-linked',
      place: { line: second.line, table: second.table },
      message:
        `表${first.table}の${first.name}と表${second.table}の${second.name}の値（${x.values.join('、')}）が一致するため、見出しの書き方は違いますが、` +
        (groups
          ? `${pairs.slice(0, 4).join('、')}${pairs.length > 4 ? ` ほか ${pairs.length - 4} 組` : ''}を同じ群と読み、`
          : `それぞれ同じ患者の数と読み、`) +
        `表${first.table}と表${second.table}をまとめて確かめました（推定：数の一致から。二つの表を突き合わせて差し引くと秘匿したセルが分かるため）。別の群であれば、この読み方で隠すセルが増えることはあっても減ることはありません。同じ群なら見出しを同じ書き方にそろえてください`,
    });
  }
  return out;
}

/**
 * A bare number after a space closing a label (「死亡 3」): the words before it, and the number. Undefined where
 * there is none, or where the word before the number says it is a numbering or a grade (「Grade 3」「ステージ 2」
 * 「PS 1」「Day 7」「第 3」, `NUMBERING_WORD`).
 */
const KANJI_NUMERALS = '〇一二三四五六七八九十百千壱弐参拾';
const KANJI_AFTER_SPACE = new RegExp(String.raw`^(.*\S)\s+([${KANJI_NUMERALS}]+|${NATIVE_NUMBER})$`);
/**
 * A numeral run on after a word in kana or kanji that ends in no numeral (「死亡三」「死亡ふたり」「死亡いつつ」); not
 * 「とお」 (「ことお」), nor 「いつつ」 after one kanji alone (「用いつつ」: a verb's, `spacedNumber`).
 */
const KANJI_RUN_ON = new RegExp(
  String.raw`^(.*[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff々〆](?<![${KANJI_NUMERALS}]))([${KANJI_NUMERALS}]+|${NATIVE_NUMBER.replace(/\|?とお(?=\||$)/g, '')})$`,
);
export function spacedNumber(label: string, runOn = false): { name: string; n: number } | undefined {
  const written = normalise(label).trim();
  // With `runOn`, a number run on without a space after a word ending in kana or kanji (「死亡3」, 「A群12」; not
  // 「Grade3」「CD4」「COVID-19」「HbA1c」「r1_1」): read as one after a space.
  const m =
    /^(.*\S)\s+(\d{1,3}(?:,\d{3})+|\d+)$/.exec(written) ??
    (runOn ? /^(.*[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff々〆])(\d{1,3}(?:,\d{3})+|\d+)$/.exec(written) : null);
  // Not a range or a bound (「0 - 9」「≥ 3」), nor a number after a number.
  // With `runOn`, a number in kanji or a native numeral after a space too (「死亡 三」「死亡 ふたり」 as 「死亡 3」「死亡 2」,
  // words8, words9), or run on after a word (「死亡三」「死亡ふたつ」, words9) that no numeral closes as part of it
  // (「統一」「同一」「唯一」「再三」「四分の一」: header.ts `KANJI_WORD_BEFORE`, and the words of a step `NUMBERING_WORD`).
  const k =
    !m && runOn
      ? (((space) => (space && isGivenName(space[2]!, `${space[1]!} `, '') ? null : space))(KANJI_AFTER_SPACE.exec(written)) ??
        ((run) =>
          run &&
          !KANJI_WORD_BEFORE.test(run[1]!) &&
          // A given name (「健一」「担当 浩二」, words11: read as a count of 1 and 2 before).
          !isGivenName(run[2]!, run[1]!, '') &&
          !(/^参+$/.test(run[2]!) && /[持古新降見日墓推遅代直宮詣]$/.test(run[1]!)) &&
          !/(?:ひとつ|ひとり)$/.test(run[1]!) &&
          !(run[2] === 'いつつ' && /(?:^|[^\p{Script=Han}])\p{Script=Han}$/u.test(run[1]!))
            ? run
            : null)(KANJI_RUN_ON.exec(written)))
      : null;
  const found = m ?? k ?? (runOn ? (closingEnglish(written) ?? afterColon(written)) : null);
  if (
    !found ||
    NUMBERING_WORD.test(withoutColon(found[1]!)) ||
    BOUND_WORD.test(withoutColon(found[1]!)) ||
    /[\d\-‐‑‒–—―−~〜～<>≤≥≦≧=＜＞＝+±×*/]$/.test(found[1]!)
  )
    return undefined;
  const n = k
    ? kanjiValue(k[2]!)
    : /^[\d,]+$/.test(found[2]!)
      ? Number(found[2]!.replace(/,/g, ''))
      : (kanjiValue(found[2]!) ?? englishValue(found[2]!));
  return n === undefined ? undefined : { name: plainKey(found[1]!), n };
}
/**
 * A number in English words after a space closing a label (「Deaths three」「Deaths: twenty-one」, words11: passed where
 * 「Deaths 3」 was refused), as [whole, the words before, the number's words]; not 「one」 after a word that makes it a
 * pronoun or a bound (「At least one」「No one」), nor a number after a bound (「More than three」「Up to two」).
 * Found word by word from the end (up to six words), not by a pattern anchored at the end (tried from each place).
 */
function closingEnglish(written: string): [string, string, string] | null {
  const words = written.replace(/:(?=\S)/g, ': ').split(/\s+/);
  for (let k = Math.min(6, words.length - 1); k >= 1; k--) {
    const phrase = words.slice(-k).join(' ');
    if (!/^[a-z]+(?:[ -][a-z]+)*$/i.test(phrase) || englishValue(phrase) === undefined) continue;
    const name = withoutColon(words.slice(0, -k).join(' '));
    if (name === '' || /(?:\b(?:than|least|most|to|over|under|and|or|no|any|each|every|the|a|only)|[<>≤≥=+~〜-])$/i.test(name)) return null;
    return [written, name, phrase];
  }
  return null;
}
/** A text without the colons and spaces closing it (「Stage:」「Deaths: 」 as 「Stage」「Deaths」; no pattern anchored at the end). */
function withoutColon(text: string): string {
  let end = text.length;
  while (end > 0 && /[\s:]/.test(text[end - 1]!)) end--;
  return text.slice(0, end);
}
const COLON_NUMERAL = new RegExp(`^(?:\\d{1,3}(?:,\\d{3})+|\\d+|[${KANJI_NUMERALS}]+|${NATIVE_NUMBER})$`);
/** A number after a colon closing a label (「死亡：3」「死亡：三」「Deaths:3」, NFKC; words11: passed where 「死亡 3」 was refused). */
function afterColon(written: string): [string, string, string] | null {
  const at = written.lastIndexOf(':');
  if (at < 1) return null;
  const number = written.slice(at + 1).trim();
  const name = written.slice(0, at).trim();
  return name !== '' && COLON_NUMERAL.test(number) && !/\d$/.test(name) && !KANJI_WORD_BEFORE.test(name) ? [written, name, number] : null;
}

/**
 * Words after which a number names a step of a scale or a numbering, not a count: 「Grade 3」「ステージ 2」「第 3」
 * 「Type 2」「PS 1」「Day 7」「Q 1」「群 2」…
 */
/**
 * Words after which a number is a band's bound or a measurement's value, not a count (labeln38): 「under 65」
 * 「over 75」「aged 80」「Age 65」「BMI 25」「eGFR 30」 — read as the line's N where at least its sum before.
 */
const BOUND_WORD =
  /(?:^|[^a-z])(?:over|under|above|below|aged?|from|to|than|least|most|upto|before|after|within|bmi|egfr|hba1c)$|(?:年齢|満年齢)$/i;
export const NUMBERING_WORD = new RegExp(
  String.raw`(?:^|[^a-z])(?:grade|gr\.?|g|stage|rank|ranking|phase|type|class|level|step|no\.?|nr\.?|num|number|day|week|month|year|visit|cycle|course|arm|group|cohort|part|period|dose|line|score|ps|ecog|nyha|asa|tier|category|cat\.?|version|ver\.?|q|quartile|quintile|decile|tertile|wave|round|session|site|block|region|area|model|study|trial|pattern|case|set|item|question|fy|t|n|m|v)$` +
    String.raw`|(?:ステージ|病期|順位|ランク|ランキング|タイプ|クラス|分類|レベル|段階|ステップ|番号|日目|週目|か月|ヶ月|カ月|ケ月|年目|来院|サイクル|コース|クール|コホート|パート|期間|用量|ライン|スコア|グレード|カテゴリー?|区分|回目|四分位|五分位|十分位|三分位|分位|施設|地域|ブロック|モデル|試験|パターン|ケース|セット|項目|設問|質問|号室|病棟|ウェーブ|ラウンド|セッション|区間|等級|区域|エリア|領域|部位|レジメン|群番号|回数|重症度|令和|平成|昭和|年度|No\.?)$` +
    // A word of one character only as a word of its own (「群 2」「第 3」), not closing a name (「A群 3」 may be a count).
    String.raw`|(?:^|\s)(?:期|相|第|型|番|#|№|日|週|月|年|群|組|点|版|回|度|区|層|段|級|問|号|波)$`,
  'i',
);

/** Adds `x` to the list kept at `k`, starting the list where there is none. */
function pushAt<K, V>(m: Map<K, V[]>, k: K, x: V): void {
  const list = m.get(k);
  if (list) list.push(x);
  else m.set(k, [x]);
}
