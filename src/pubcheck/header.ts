/**
 * Reads the row or column headers of a table into a tree of sums: the input convention for totals.
 *
 * - A header 合計, 計, 総計, 総数, 全体, 全症例, Total, All, Overall, Sum … (any case; units in brackets or after the
 *   name, as in 合計（人）, Total (n), 総数（例）, 合計 n; an optional `(N=…)`) is the total of the top-level
 *   headers of its dimension. At most one per dimension, anywhere (first or last). A row or column that is a sum
 *   without such a name is found by its values (sums.ts).
 * - Indentation declares subtotals: a header followed by more deeply indented headers is their subtotal
 *   (indent with spaces; a full-width space counts as two).
 * - A header starting with 小計 (or Subtotal) closes a group: it is the subtotal of the headers before it at
 *   the same level, back to the previous 小計 or the start of the level.
 * - `(N=250)` in a header gives the denominator of bare percentages in that row or column.
 */
import { CLOSE_BRACKET, normalise, OPEN_BRACKET } from './cell.ts';
import type { Header } from './types.ts';
import { quote } from './quote.ts';

const TOTAL = new Set([
  '合計',
  '計',
  '総計',
  '総数',
  '全体',
  '総合計',
  '全体計',
  '全症例',
  '全例',
  '全数',
  '全患者',
  '全対象',
  '全対象者',
  '総例数',
  '総患者数',
  'total',
  'all',
  'grandtotal',
  'overall',
  'sum',
  'alltotal',
  'allpatients',
  'allsubjects',
]);
/** Units and words that may follow a total's name: 合計（人）, Total (n), 総数（例）, 合計 n, 計（％）, 合計値. */
const UNIT = /(?:人数|例数|件数|患者数|人|例|件|名|値|n|%)$/;
/** 小計 closing the labels before it; 「A群・小計」 as layout.ts joins a group's total from two header rows. */
const SUBTOTAL = /^(?:小計|subtotal)|・(?:小計|subtotal)$/;
const NUMBER = String.raw`\d{1,3}(?:,\d{3})+|\d+`;
/** Units of a count of patients (or events): 30例, 30人, 30名, 30 patients. */
/** Not person-time: 「250人年」「1,050 person-years」 are an exposure, no count of patients (rates.ts). */
const COUNT_UNIT = String.raw`(?:症例|例|人(?!\s*(?:[・･]\s*)?[年月日](?!齢|代|生|収|金|度|間|本))|名|件|患者(?!\s*(?:[・･]\s*)?年(?!齢|間|度|代))|\s?(?:patients?|pts\.?|subjects?|cases?|persons?|people|participants?|individuals?)(?![a-z]|[- ]?(?:years?|months?|days?|time)\b))`;
/**
 * How a header, a title or the corner states the N of its group, after NFKC: `N=250`, `n: 250`, `N：250`, `N 250`, 全250例,
 * 250例中, and in a header also a count in brackets or at its end after a space: 「A群（28名）」, 「A 28例」,
 * 「男性 (30 patients)」. A number with a unit that is part of the label (1人暮らし, 2人以上, a lone 「1人」) is no N.
 */
const N_FORMS = [
  String.raw`(?<![a-z])n\s*[=:]\s*(${NUMBER})`,
  // 「N 28」 in a corner or a title, 「A (N 28)」: an N with only a space before its number.
  String.raw`(?<![a-z\d])n\s+(${NUMBER})(?![\d.,]*\s*(?:%|[a-z]))`,
  // 「対象者 28」「症例数：28」「患者数 28」: a number right after a word for the patients counted.
  String.raw`(?:対象者?数?|症例数|患者数|例数|人数|登録(?:者|例)?数|解析対象(?:者)?数?)\s*[:=]?\s*(${NUMBER})(?![\d.,]*\s*(?:%|[a-z]|歳|才|年|月|日))`,
  String.raw`全\s*(${NUMBER})\s*${COUNT_UNIT}`,
  // A number that starts no run of digits (nor follows a 「,ddd」 group) is read from the run's first digit: the same
  // matches (that one has a match too, one digit longer), and a long run is walked once, not from each digit.
  String.raw`(\d{1,3}(?:,\d{3})+|(?:(?<!\d)|(?<=,\d{3}))\d+)\s*${COUNT_UNIT}\s*中`,
];
const HEADER_N_FORMS = [
  ...N_FORMS,
  String.raw`${OPEN_BRACKET}\s*(${NUMBER})\s*${COUNT_UNIT}\s*${CLOSE_BRACKET}`,
  String.raw`(?<=\S\s)(${NUMBER})\s*${COUNT_UNIT}$`,
];
const DENOMINATOR = new RegExp(HEADER_N_FORMS.join('|'), 'i');
/**
 * What a header may say of its cells after its N (「53例 n (%)」「53 pts, n (%)」「53例 (%)」「53例 n [%]」, rowpct): the
 * form of the cells, no part of a label.
 */
const CELL_FORM = String.raw`(?:[,、]?\s*(?:n\s*)?(?:[(\[]\s*%\s*[)\]]|%)\s*)?`;
/**
 * A header that is a count of patients and nothing else, after `countText`: 「53例」「53名」「53人」「53 patients」
 * (adversary18), 「53 pts」, and with the form of its cells after it (「53例 n (%)」, rowpct). No N by `DENOMINATOR` (a lone 「2人」 may name a category, a household of two); read.ts takes it as
 * its line's N where the number is at least the line's sum.
 */
export const LONE_COUNT = new RegExp(String.raw`^\s*(${NUMBER})\s*${COUNT_UNIT}\s*${CELL_FORM}$`, 'i');
const TEXT_N = new RegExp(N_FORMS.join('|'), 'i');
/** An N as a header, a title or the corner writes it, with the brackets around it, anywhere in a text (for removing it). */
export const DENOMINATOR_TEXT = new RegExp(
  String.raw`${OPEN_BRACKET}?\s*(?:${HEADER_N_FORMS.map((f) => f.replace(/\((?!\?)/g, '(?:')).join('|')})\s*${CLOSE_BRACKET}?`,
  'gi',
);
/**
 * A count with its unit anywhere in a free text (a title): 88例, 3名, 12 patients. Not a table's or a figure's number
 * before a word that starts with a unit (「表1 患者数」「Table 2 人数」「表3 例数の内訳」「表2 名前」: no count of 1, 2 or 3 —
 * such titles were refused as stating a count no sum of the table holds), nor a number before such a word at all
 * (「1 件数」): a count is followed by its unit, not by 数 or 前. Its look-behinds are tried only before a digit (else a
 * run of spaces is walked back from each of its places: quadratic).
 */
export const COUNT_TEXT = new RegExp(
  String.raw`(?=\d)(?<![\d,.])(?<!(?:表|図|第|table|figure|fig\.?|no\.?)\s*)(${NUMBER})\s*${COUNT_UNIT}(?!数|前|称|簿)`,
  'gi',
);

const nOf = (m: RegExpExecArray | null) => {
  const found = m?.slice(1).find((g) => g !== undefined);
  return found === undefined ? undefined : Number(found.replace(/,/g, ''));
};

const KANJI_DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const KANJI_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
/** A number written in kanji (三十一, 二百五, 一〇三, 1万2千): its value, or undefined where it is none. */
function kanjiNumber(text: string): number | undefined {
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  let positional = '';
  for (const ch of text) {
    if (ch in KANJI_DIGITS) {
      digit = (digit ?? 0) * 10 + KANJI_DIGITS[ch]!;
      positional += String(KANJI_DIGITS[ch]);
    } else if (/\d/.test(ch)) {
      digit = (digit ?? 0) * 10 + Number(ch);
      positional += ch;
    } else if (ch in KANJI_UNITS) {
      section += (digit ?? 1) * KANJI_UNITS[ch]!;
      digit = undefined;
      positional = 'x';
    } else if (ch === '万') {
      total += (section + (digit ?? 0) || 1) * 10_000;
      section = 0;
      digit = undefined;
      positional = 'x';
    } else return undefined;
  }
  if (/^\d+$/.test(positional)) return Number(positional);
  return total + section + (digit ?? 0);
}
/**
 * A number in kanji (or digits and kanji) after 全 or N=, or before a unit of patients. Compiled once: built in
 * `countText` on each call, it was most of the time of reading 250,000 lines of notes (3.9 s, the pattern's
 * look-behind compiled each time).
 *
 * Linear in the text's length (test/pubcheck/regex-linear.test.ts): the look-behind is tried only before a digit or
 * kanji (else a run of spaces after 全 is walked back from each of its places); a number before a unit starts where no
 * digit or kanji stands before it and has its digits before its first kanji (`\d*[…]`, not `[…\d]*[…]`, which tried each
 * split of a long run). The same matches as before: every match ends where its run of digits and kanji ends (no unit
 * starts with one), so a match never started inside a run.
 */
const KANJI_COUNT = new RegExp(
  String.raw`(?=[〇零一二三四五六七八九十百千万\d])(?<=全\s*|n\s*[=:]\s*)([〇零一二三四五六七八九十百千万\d]+)|(?<![〇零一二三四五六七八九十百千万\d])(\d*[〇零一二三四五六七八九十百千万][〇零一二三四五六七八九十百千万\d]*)(?=\s*${COUNT_UNIT})`,
  'gi',
);
const ENGLISH_UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const ENGLISH_TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const ENGLISH_TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ENGLISH_WORD = [...ENGLISH_UNITS, ...ENGLISH_TEENS, ...ENGLISH_TENS].join('|');
export const ENGLISH_PHRASE = String.raw`\b(?:a[\s-]+(?:hundred|thousand)|${ENGLISH_WORD})(?:(?:[\s-]+and)?[\s-]+(?:${ENGLISH_WORD}|hundred|thousand))*\b`;
/**
 * Before a number word that no phrase before it reaches (`ENGLISH_COUNT`'s count before a unit): a phrase that starts
 * at a later word of a run has a match from the run's first word too (the same end), so the match is the one found
 * before, and a run of a million characters of 「one one …」 is walked once, not from each word.
 */
const NOT_AFTER_WORDS = String.raw`(?<!\b(?:a[\s-]+(?:hundred|thousand)|${ENGLISH_WORD})(?:(?:[\s-]+and)?[\s-]+(?:${ENGLISH_WORD}|hundred|thousand))*?(?:[\s-]+and)?[\s-]+)`;
/** ENGLISH_PHRASE from the first word of its run (`NOT_AFTER_WORDS`), where nothing before the phrase is asked for. */
export const ENGLISH_PHRASE_FIRST = ENGLISH_PHRASE.replace(`|${ENGLISH_WORD})`, `|${NOT_AFTER_WORDS}(?:${ENGLISH_WORD}))`);
/** Units of patients after a count in words (as COUNT_UNIT's English ones). */
const ENGLISH_UNIT = String.raw`\s+(?:patients?|pts\.?|subjects?|cases?|persons?|people|participants?|individuals?)(?![a-z])`;
/**
 * A number in English words before a unit of patients (「three patients」, 「Twenty-one cases」, 「two hundred and five
 * participants」) or after N= (「N = twenty-eight」「n: two hundred」, as 「N=二十八」 is read: unread, 28 − 25 gave a
 * hidden 3 back, and a title's 「(N = two hundred)」 left shares of the table's N unrefused; adversary21).
 */
const ENGLISH_COUNT = new RegExp(
  `(?:(?<=(?<![a-z])n\\s*[=:]\\s*)${ENGLISH_PHRASE}(?![a-z-])|${ENGLISH_PHRASE_FIRST}(?=${ENGLISH_UNIT}))`,
  'gi',
);

/** Any English number phrase, wherever it stands (`englishNumbers`). */
const ENGLISH_ANY = new RegExp(`(?<![a-z-])${ENGLISH_PHRASE}(?![a-z]|-[a-z])`, 'gi');
/**
 * A lone 「one」 that says no count: a pronoun or part of a phrase, or a bound (「more than one comorbidity」「at least one
 * event」: a criterion, no count; 「one of the」 stays a number: 1 of them).
 */
const ONE_WORD_BEFORE =
  /(?:\b(?:no|any|each|every|the|this|that|which|a|another|such|(?:more|less|fewer|greater)\s+than|at\s+(?:least|most))|[-'’])\s*$/i;
const ONE_WORD_AFTER = /^(?:\s+or\s+more|\s+another|\s+(?:way|time|side|hand|day)s?\b|\s+at\s+a\s+time|-(?:sided|way|time|off|to-one))/i;

/**
 * The numbers written in English words anywhere in a text (after `countText`, which turned those before a unit of
 * patients into digits): 「seven deaths」「eleven, three in A」「(deaths: seven)」 — counts an attacker reads as a 7, which
 * a note or a title publishes as its digits would (attack22: silent before, where 「7 deaths」 was refused). A lone
 * 「one」 used as a word (「no one」「one or more」「one-sided」) is left.
 */
export function englishNumbers(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(ENGLISH_ANY)) {
    const phrase = m[0];
    if (/^one$/i.test(phrase)) {
      const before = text.slice(0, m.index);
      const after = text.slice(m.index + phrase.length);
      if (ONE_WORD_BEFORE.test(before) || ONE_WORD_AFTER.test(after)) continue;
    }
    const n = englishNumber(phrase);
    out.push(n === undefined ? phrase : `${phrase}（${n}）`);
  }
  return out;
}

/**
 * The number an English phrase says (「one hundred and twenty-eight」 128, 「a thousand」 1000), or undefined where its
 * words are no number as written (「seven and eight」, 「a」 alone).
 */
function englishNumber(phrase: string): number | undefined {
  let total = 0;
  let group = 0;
  // What came last: the start, 「a」, a unit or teen, a ten, 「hundred」, 「thousand」, 「and」.
  let last: 'start' | 'a' | 'unit' | 'ten' | 'hundred' | 'thousand' | 'and' = 'start';
  for (const word of phrase.toLowerCase().split(/[\s-]+/)) {
    const small = [...ENGLISH_UNITS, ...ENGLISH_TEENS].indexOf(word);
    const ten = ENGLISH_TENS.indexOf(word);
    if (word === 'a' && last === 'start') last = 'a';
    else if (
      small >= 0 &&
      (last === 'start' || last === 'hundred' || last === 'thousand' || last === 'and' || (last === 'ten' && small >= 1 && small <= 9))
    ) {
      group += small;
      last = 'unit';
    } else if (ten >= 0 && (last === 'start' || last === 'hundred' || last === 'thousand' || last === 'and')) {
      group += (ten + 2) * 10;
      last = 'ten';
    } else if (word === 'hundred' && (last === 'a' || (last === 'unit' && group % 100 > 0 && group % 100 < 10))) {
      group = (group - (group % 100) + Math.max(1, group % 100)) * 100;
      last = 'hundred';
    } else if (word === 'thousand' && last !== 'start' && last !== 'and' && last !== 'thousand' && total === 0) {
      total = Math.max(1, group) * 1000;
      group = 0;
      last = 'thousand';
    } else if (word === 'and' && (last === 'hundred' || last === 'thousand')) last = 'and';
    else return undefined;
  }
  return last === 'a' || last === 'and' ? undefined : total + group;
}

/**
 * An English phrase of `ENGLISH_COUNT` as the number it says, or its longest end that says one (「seven and eight
 * patients」: 「seven and 8 patients」, as 「eight patients」 alone was read), or as written.
 */
function englishCount(phrase: string): string {
  const words = phrase.split(/([\s-]+)/);
  for (let i = 0; i < words.length; i += 2) {
    const n = englishNumber(words.slice(i).join(''));
    if (n !== undefined) return `${words.slice(0, i).join('')}${n}`;
  }
  return phrase;
}

/** An English number alone in brackets closing a text (「A群 (Twenty-eight)」), the brackets kept apart. */
const BRACKETED_ENGLISH = new RegExp(String.raw`(${OPEN_BRACKET}\s*)(${ENGLISH_PHRASE})(\s*${CLOSE_BRACKET}\s*)$`, 'i');
/**
 * A text closing with an English number alone in brackets (「A群 (Twenty-eight)」「A群（twenty-eight）」) written with the
 * number in digits where it says one (「A群 (28)」), so that it is read as digits there are — the group's N, a numbering
 * or a count in the label (layout6: it was read as a word, and 「A (Twenty-eight)」's N went unread). Undefined where
 * there is none.
 */
export function bracketedEnglishNumber(text: string): string | undefined {
  const m = BRACKETED_ENGLISH.exec(text);
  if (!m) return undefined;
  const n = englishNumber(m[2]!);
  return n === undefined ? undefined : `${text.slice(0, m.index)}${m[1]}${n}${m[3]}`;
}

/**
 * Text as the checker reads counts in it: NFKC, and a number written in kanji before a unit of patients or after
 * 全 or N= (全三十一例, 二十八名, N＝三十) in digits — an attacker reads 三十一例 as 31 patients. 一人 alone (hitori, as
 * in 一人暮らし) stays a word, as 1人暮らし is. A number under 100 in English words before patients, cases, subjects …
 * (「three patients excluded」) likewise.
 */
export function countText(text: string): string {
  return normalise(text)
    .replace(KANJI_COUNT, (whole: string, ...groups: (string | undefined)[]) => {
      const written = groups[0] ?? groups[1]!;
      if (!/[〇零一二三四五六七八九十百千万]/.test(written)) return whole;
      const n = kanjiNumber(written);
      return n === undefined || (written === '一' && /^一人/.test(whole)) ? whole : String(n);
    })
    .replace(ENGLISH_COUNT, englishCount);
}

/** The N a header states (`(N=250)`, `n: 250`, 「（250例）」, 「A群 250名」, 「A群（三十名）」), if any. */
export function headerDenominator(label: string): number | undefined {
  return nOf(DENOMINATOR.exec(countText(label)));
}

/** The N a title or the corner states (`N=250`, `n: 250`, 全250例, 250例中, 全三十一例), if any. */
export function statedDenominator(text: string): number | undefined {
  return nOf(TEXT_N.exec(countText(text)));
}

const TEXT_N_ALL = new RegExp(N_FORMS.join('|'), 'gi');
/**
 * Every N a title or the corner states, in order, each with where it starts in `countText(text)`: 「A群（N=40）、B群
 * （N=60）」 states two, and the words before each say whose N it is (read.ts).
 */
export function statedDenominators(text: string): { n: number; index: number; text: string }[] {
  return [...countText(text).matchAll(TEXT_N_ALL)].map((m) => ({ n: nOf(m)!, index: m.index, text: m[0] }));
}

export interface HeaderError {
  index: number;
  code: string;
  message: string;
  hint: string;
}

/** Label without indentation and `(N=…)`, compared case-insensitively and without spaces. */
function key(label: string): string {
  return countText(label).replace(DENOMINATOR_TEXT, '').replace(/\s+/g, '').toLowerCase();
}

const TOTAL_BRACKETS = new RegExp(`${OPEN_BRACKET}[^${CLOSE_BRACKET.slice(1, -1)}]*${CLOSE_BRACKET}`, 'g');

/** A total's name, with whatever is in brackets, a trailing colon and a trailing unit taken off. */
export function isTotalLabel(label: string): boolean {
  const bare = key(label)
    .replace(TOTAL_BRACKETS, '')
    .replace(/[:：]+$/, '');
  return TOTAL.has(bare) || TOTAL.has(bare.replace(UNIT, ''));
}

export function indentOf(raw: string): number {
  let width = 0;
  for (const ch of raw) {
    if (ch === ' ') width += 1;
    else if (ch === '\u3000') width += 2;
    else break;
  }
  return width;
}

/** Each header's depth from its parents (0 at the top level), after the tree is built or changed. */
export function setDepths(headers: Header[]): void {
  const depthOf = (i: number): number => {
    const p = headers[i]!.parent;
    return p === null ? 0 : depthOf(p) + 1;
  };
  headers.forEach((h, i) => {
    h.depth = depthOf(i);
  });
}

/** Build the headers of one dimension from the labels as written. */
export function buildHeaders(raws: readonly string[]): { headers: Header[]; errors: HeaderError[] } {
  const errors: HeaderError[] = [];
  const headers: Header[] = raws.map((raw) => {
    const label = raw.trim();
    const n = headerDenominator(label);
    const h: Header = { label, kind: isTotalLabel(label) ? 'total' : 'item', depth: 0, parent: null, children: [] };
    if (n !== undefined) h.denominator = n;
    return h;
  });
  const totals = headers.flatMap((h, i) => (h.kind === 'total' ? [i] : []));
  for (const extra of totals.slice(1)) {
    errors.push({
      index: extra,
      code: 'header/two-totals',
      message: `合計の見出しが2つあります（${quote(headers[totals[0]!]!.label)}と${quote(headers[extra]!.label)}）`,
      hint: '合計は1つにしてください。内訳の合計は「小計」と書くか、字下げで示してください',
    });
  }
  const closers = new Set<number>();
  const emptySubtotals: number[] = [];
  // Open groups, innermost last; -1 stands for the top level.
  const stack: { index: number; indent: number }[] = [{ index: -1, indent: -1 }];
  const childrenOf = (i: number) => (i < 0 ? topLevel : headers[i]!.children);
  const topLevel: number[] = [];
  headers.forEach((h, i) => {
    if (h.kind === 'total') return;
    const indent = indentOf(raws[i]!);
    while (stack.length > 1 && stack[stack.length - 1]!.indent >= indent) stack.pop();
    const parent = stack[stack.length - 1]!.index;
    if (SUBTOTAL.test(key(h.label))) {
      // 小計 takes the siblings before it, back to the previous 小計; 「65歳未満・小計」 (joined from two label columns,
      // layout.ts) only those of its group, 「65歳未満・…」 (a row of Ns or a total first, its second label blank, is none).
      const siblings = childrenOf(parent);
      const named = /^(.+)・(?:小計|subtotal)$/.exec(key(h.label))?.[1];
      const inGroup = (j: number) => named !== undefined && key(headers[j]!.label).startsWith(`${named}・`);
      // Only where the labels were joined so (a 「心血管疾患・小計」 of one label column names no group: its run as before).
      const joined = siblings.some(inGroup);
      const ofGroup = (j: number) => !joined || inGroup(j);
      let from = siblings.length;
      while (from > 0 && !closers.has(siblings[from - 1]!) && ofGroup(siblings[from - 1]!)) from--;
      const group = siblings.splice(from);
      // None before it: its parts may be the lines indented under it (小計 first, 「入院 小計」 over its items).
      if (group.length === 0) emptySubtotals.push(i);
      for (const g of group) headers[g]!.parent = i;
      h.children = group;
      closers.add(i);
    }
    h.parent = parent < 0 ? null : parent;
    childrenOf(parent).push(i);
    stack.push({ index: i, indent });
  });
  for (const i of emptySubtotals)
    if (headers[i]!.children.length === 0)
      errors.push({
        index: i,
        code: 'header/empty-subtotal',
        message: `小計${quote(headers[i]!.label)}の前に内訳がなく、下に字下げした内訳もありません`,
        hint: '小計は内訳の見出しの後に置くか、内訳の見出しを小計の下に字下げしてください',
      });
  const total = totals[0];
  if (total !== undefined) headers[total]!.children = [...topLevel];
  for (const h of headers) {
    if (h.kind !== 'total' && h.children.length > 0) h.kind = 'subtotal';
  }
  setDepths(headers);
  if (total !== undefined && topLevel.length === 0) {
    // A lone 合計 row (a table of group sizes: 合計 | 30 | 40) is the only line of counts, not a sum of others.
    headers[total]!.kind = 'item';
    headers[total]!.children = [];
    topLevel.push(total);
  }
  return { headers, errors };
}
