/**
 * attack26 (issue #11): a line that is a total whatever its label, with patients the table does not print.
 *
 * A row (column) of a count table that is, in every position, at least the sum of every other top-level row and more
 * than it by less than the small-count threshold somewhere — 「Gesamt 63 | 40」 over items adding up to 60 | 38 — is
 * read by a reader who knows the word (Gesamt, Totale, 总计, 합계, Итого, Any …) as the total: 63 − 60 = 3 patients
 * the table leaves out (不明, 除外), a count under the threshold no cell holds. A label the checker knows as a total
 * (合計, Total, 全体 …) is refused so already (`total/mismatch`); a label it does not know was read as an item, the
 * rest published unchecked (exit 0). The numbers alone cannot tell a total from an item that happens to outnumber
 * the others by a few in every position, so the table is refused in words (`total/rest`), naming the line, each
 * position's excess, and how to write it: as 「合計」 with the patients left out as a line of their own (then checked,
 * suppressed and audited as any count), or as a table of its own where it is no total.
 *
 * Only where every position is at least the others' sum and every excess is under the threshold (a line far above
 * the others somewhere is an item that dominates, or a total whose rest there is no small count: taken as an item,
 * as before), with two other top-level lines at least (one other line within a few of it is two near categories),
 * in three item positions, or two beside three other lines: in a list of one column a category outnumbering the
 * others by a few is common (of 200 seeded lists of 3–5 categories, one dominating, 7 of the 47 of one column were
 * so), and in two columns beside two lines too (below), so such a foreign total is left as an item (README, Limits).
 * Not in a table of shares: there a total line is printed 100% (sharetotal.ts) and an item's share refutes it.
 *
 * totals12: where the numbers alone are not enough (one column; two columns beside two lines; a line over one other),
 * the rest of what the table publishes is weighed (`evidence`). Evidence of a total — the label opens with a total's
 * word (「Toplam hasta」「Total a」), is marks alone (「- -」「†」「＜＞」), names the whole group (「Patients」「Cases」
 * 「症例」 alone), or the line is the N the headers, the title or the corner state — refuses it so in any size. Evidence
 * of an item — a label in Japanese (whose words for a total the checker reads: header.ts `TOTAL`), a word shared with
 * another line's label (「Grade 1」「Grade 2」), codes (「A」「B」), a category's common English word (「No」「Male」), an
 * English total word before a category's words (「Total knee arthroplasty」) — leaves it an item, as before. A label in
 * a script no other line has (「Kaikki」 over 「発熱」) cannot be told and is refused in words naming the line; any other
 * (a word in no list among words of its own script) is an item (README, Limits: refusing those refused 10 of 1,000
 * ordinary tables). Every refusal names the user's marks as the way out (header.ts `lineMark`: 「[項目]」 an item,
 * 「[合計]」 the total). A line marked 「[項目]」 is never refused here.
 *
 * totals13: a word among words of its own script is judged by the rest of the table too, without a word list: beside
 * a series it is no member of (「Kaikki」 over 「Grade 1」「Grade 2」, 「Stage I」「Stage II」, 「<65」「≥65」), or first or
 * last and near two lines' sum in two positions (「Semua」 over 「Fever」「Headache」), it is refused as undecidable;
 * in one position, beside one line or between lines it was left an item, its rest published (README, Limits).
 *
 * totals14: such a line (no evidence either way) is read under both readings at once (`BothReading`, `readBoth`): its
 * rest is a line of ours with the equation line = others + rest, so the cells hidden are safe whichever it is.
 *
 * totals15: so is every line above refused as undecidable (a script no other line has, a series, near two lines' sum,
 * three positions or more by the numbers alone) or by its label's evidence of a total (a total's word first, marks
 * alone, the whole group alone, 「Any」「Combined」: said so in the warning), a row and a column of one table both where
 * both totals can hold together (`cornerOf`), and beside a うち line's rest of ours (indented under its line). Still
 * refused as undecidable where reading both ways is not possible: the line is the N stated over it (the item's
 * reading contradicts that N), beside anything summing every top-level line (`oursAlready`), a rest below 0 across,
 * a row and a column that cannot both be totals.
 *
 * totals16: beside the table's N (title, corner) too: the rest of ours (`Header.bothRest`) is none of the lines the
 * N counts (the item reading), and N less the line (the total reading's left out) is checked as a finding on the N
 * (primary.ts `leftOutOfBoth`); a row and a column both, N less their common cell (both totals) too.
 */
import { isLooseTotalLabel, lineMark, titleNs, totalOpening } from './header.ts';
import { normalise } from './cell.ts';
import { namesTime, runningOver, saysCumulative } from './cumulative.ts';
import { quote, some } from './quote.ts';
import { vectors } from './sums.ts';
import type { Header, InputError, Place, Table, Warning } from './types.ts';

/**
 * Labels that name the whole group of patients alone (a row of sizes, 「Patients 48 | 61」 over its breakdown); the
 * analysis sets of a trial's tables (「解析対象集団」「FAS」「ITT」「登録例」) and words for all patients the checker
 * does not read as a total (「全患者数」「総症例」「共计」「合共」「全部」) are such a whole too (attack32).
 */
const WHOLE_GROUP =
  /^(?:patients?|cases?|subjects?|participants?|persons?|people|individuals?|pts|症例|患者|対象者?|被験者|参加者|全体の患者|(?:full |safety )?analysis set|fas|m?itt|saf|(?:安全性|有効性)?解析対象(?:集団|者|例)?|全?登録(?:例|者|患者)|全例|全症例|対象患者|everyone|everybody|(?:whole |entire |full )?cohort|enrolled|randomi[sz]ed|study population|全?患者数|全体数|総?症例数?|全症例数|全部|合共|共计)$/u;
/** A group set beside the cases or patients (「Controls」「Non-cases」「健常者」「対照」). */
const COUNTERPART = /control|non-?cases?|non-?patients?|healthy|comparator|reference|対照|健常|非患者|非症例/iu;
/**
 * red61: a label naming the whole group alone (`WHOLE_GROUP`: 「Patients」「患者」「Cases」「症例」…) among labels none of
 * which is a group set beside it (「Controls」「対照」): read.ts `unionLine` takes such an item line as the population
 * of the lines beside it where the numbers allow.
 */
export function namesWholeGroup(label: string, others: readonly string[]): boolean {
  // red66: 「患者全体」 too (a word the total reading leaves in no list, totals47: read both ways there); since whole67
  // any word for the patients with one for all of them (`allOfGroup`).
  const word = wholeGroupWord(normalise(label), true);
  return WHOLE_GROUP.test(word) && !others.some((o) => COUNTERPART.test(normalise(o)));
}
/**
 * red66: the word of a label once what says it is a count is set aside (「No. of patients」「n of patients」「No. patients」
 * 「Patients (n)」「Patients, n」「Patients no.」「患者（例）」「対象患者数」「患者 数」「症例数（人）」): a reader takes 「Patients (n)」 for 「Patients」
 * (red61's `WHOLE_GROUP` matched the bare word alone: 「Patients (n)」 over 「ICU」「Ward」 that share patients was no
 * union, and ICU's small count came back from the MIP, red66-families.ts `whole`).
 */
function wholeGroupWord(normalised: string, all = false): string {
  const bare = normalised.toLowerCase().replace(/(?<![\s:：.．])[\s:：.．]+$/u, '');
  const counted = bare
    .replace(/^(?:(?:no\.?|number|n|count)\s+of\s+|no\.\s*)/u, '')
    // (whitespace one space at most: `normalise`)
    .replace(/(?:[,、] ?| )(?:n|no\.?|count)$| ?\( ?(?:n|no\.?|count|例|人|名|例数|人数) ?\)$/u, '');
  const word = counted.replace(/(?<=\p{Script=Han})\s?数$/u, '');
  if (WHOLE_GROUP.test(word) || !all) return WHOLE_GROUP.test(word) ? word : bare;
  // whole67: for the union reading (`namesWholeGroup`) only: the total's evidence (`evidence`) keeps the list (a
  // Japanese word in no list between lines stays an item there, totals47).
  // whole68: 「患者総数」「対象者全数」 whose 「数」 is the total's word's own (「総数」), not the count's mark.
  return allOfGroup(word) ?? allOfGroup(counted) ?? bare;
}
/** whole67: a word for the patients (subjects, cases, the population, the cohort…) alone. */
const GROUP_WORD =
  /^(?:(?:the )?(?:patients?|cases?|subjects?|participants?|persons?|people|individuals?|pts|population|cohort|sample|enrolled)|症例|患者|対象者?|被験者|参加者|登録者?|登録例|例|人)$/u;
/**
 * whole67: a word for the patients with a word for all of them, either order (「All patients」「Total patients」
 * 「Patients overall」「Subjects, total」「Overall population」「Entire cohort」「全患者」「総患者」「患者全体」「患者総数」
 * 「全例」「全対象者」「対象者全体」「総症例」), the count's mark set aside before (`wholeGroupWord`): red66's list held some
 * such words only (「全患者数」「患者総数」「All patients」 over 「ICU」「Ward」 sharing patients were no union,
 * whole67-families.ts `general`). A word for a part of the patients or of the body (「全身症状」「総コレステロール」
 * 「Total score」「患者背景」) names no group: not so. Returns the patients' word, or undefined.
 */
function allOfGroup(word: string): string | undefined {
  const english = /^(?:all|total|overall|whole|entire|全体の?)(?: of)? (.+)$|^(.+?)(?:[,、] ?| )(?:overall|total|all|combined|全体)$/u.exec(
    word,
  );
  const japanese = /^(?:全|総)(.+?)(?:全体|全員)?数?$|^(.+?)(?:全体|全員|総数|全数|全例)数?$/u.exec(word);
  for (const m of [english, japanese]) {
    const part = m?.[1] ?? m?.[2];
    const group = part?.replace(/^the /u, '');
    // (a word `WHOLE_GROUP` holds, else one it reads: 「population」「例」 are 「cohort」「全例」 there)
    if (group !== undefined && GROUP_WORD.test(group)) return WHOLE_GROUP.test(group) ? group : /^[例人]$/u.test(group) ? '全例' : 'cohort';
  }
  return undefined;
}
/** Signs that are categories of their own (a dipstick's 「-」「±」「+」「2+」; answers 「○」「×」「△」). */
const GRADE_SIGN = /^(?:[+＋]{1,4}|[-−－]|[±]|[1-4][+＋]|[○◯〇●◎×✕✖△▲▽▼□■◇◆☆★✓✔])$/u;
/**
 * Common English words for a category (an answer, a sex, a status): an item as often as a Japanese label is (the
 * checker reads English totals, header.ts `TOTAL`). Our list, not a rule; a label outside it in Latin letters, first
 * or last, sharing no word with the others, is refused as undecidable where it passes the others' sum by a few.
 */
const CATEGORY_WORDS = new Set(
  (
    'no none never yes unknown missing other others male female men women man woman boys girls negative positive ' +
    'normal abnormal absent present current former ever smoker nonsmoker non-smoker alive dead deceased died ' +
    'improved unchanged worsened inpatient outpatient mild moderate severe low high medium good poor fair ' +
    'single married divorced widowed urban rural public private treated untreated exposed unexposed ' +
    'responder nonresponder non-responder controls control placebo active'
  ).split(' '),
);

/**
 * `both` (totals14): nothing either way — a word in the others' script, in one position, beside one line or between
 * lines. Read under both readings at once (`BothReading`): no refusal, and the cells hidden are safe under either.
 */
type Evidence = { total: string } | 'item' | 'open' | 'both' | 'protect';

/**
 * totals14: a line the checker cannot tell a total from an item (`evidence` `both`), read under both readings at once
 * (our reading): the line of ours `rest` (the line less the other top-level lines, at every position: what a reader
 * who takes it for the total has as patients the table leaves out) is added, with the line the sum of the others and
 * that rest (an equation of ours, `alternative`). A suppression safe with the equation is safe without it (the item's
 * reading knows less: the rest is no count of its own there), and the rest, a count of ours, is hidden where small.
 */
export interface BothReading {
  axis: 'rows' | 'cols';
  line: number;
  others: number[];
  rest: number[];
  /** The positions whose rest is under the threshold (said in the warning). */
  slips: string;
  /**
   * totals15: why the line is read so — the label's evidence of a total (「- -」, 「Patients」 alone, a total's word
   * first, 「Any」: read as a total, checked as an item too), or undefined where nothing tells (a script no other line
   * has, a series, near two lines' sum, three positions or more by the numbers alone, or no evidence either way).
   */
  total?: string;
  /**
   * totals42: the positions across where the line is read as a total (a row and a column each over their items but
   * at each other, `crossedPair`): its rest is 0 of ours elsewhere and its equation holds only there.
   */
  at?: number[];
  /** totals47: read so for its numbers alone (a Japanese word: `evidence` `protect`): yields to a whole under its lines (`underTotals`). */
  weak?: true;
}

/** Tokens of a label compared between lines: words of letters (two at least) and numbers. */
const tokens = (label: string) =>
  normalise(label)
    .toLowerCase()
    .match(/\p{L}{2,}|\p{N}+/gu) ?? [];
/** A short code standing for a category (「A」「B」「G1」「x」): a sibling of another such code. */
const code = (label: string) => /^[\p{L}\p{N}]{1,2}$/u.test(normalise(label));

/**
 * What the published table says about line `i` besides its numbers (see the file's comment): a total, an item, or
 * nothing either way. `statedN` says whether the line is the N stated over its positions; `mixed`, whether it passes the
 * others by the threshold or more somewhere; `near`, in how many positions it passes them by less.
 */
function evidence(headers: readonly Header[], top: readonly number[], i: number, statedN: boolean, mixed: boolean, near: number): Evidence {
  const label = headers[i]!.label;
  const bare = normalise(label);
  if (statedN) return { total: 'この数は見出し・表題・左上の欄に書かれた N と同じです' };
  const opening = totalOpening(label);
  if (opening === 'total') return { total: '見出しが合計の語で始まります' };
  if (bare !== '' && !/[\p{L}\p{N}]/u.test(bare) && !GRADE_SIGN.test(bare)) return { total: '見出しが記号だけで、区分の名前がありません' };
  // 「Cases」 beside 「Controls」 (a case-control table) is one of two groups, not the whole.
  const others = top.filter((j) => j !== i).map((j) => headers[j]!.label);
  if (WHOLE_GROUP.test(wholeGroupWord(bare)) && !others.some((o) => COUNTERPART.test(normalise(o))))
    return { total: '見出しが患者全体を指す語だけです' };
  // Japanese (and Chinese, Korean) labels: the checker reads their words for a total, so one it does not read is an item.
  // totals47: but one first or last over the others' sum by 1–9 in some position (「患者全体 59 | 70 | 58」 over 56 | 55 |
  // 56, a word in no list) cannot be told by its word from a dominating category (「東北」): read both ways where that
  // is possible (`protect`: never refused for it), so its rests are hidden whichever it is (totals46-families.ts
  // `unlistedOver`, seed 2384: 52 of 100 leaked on fe3ccd2). Numbered labels (「2020年」) stay items.
  if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(bare))
    return near >= 1 && others.length >= 2 && !numbered(label) && (i === top[0] || i === top.at(-1)) ? 'protect' : 'item';
  // An English total's word then a category's words (「Total knee arthroplasty」「All-cause death」): read by the checker.
  if (opening === 'english') return 'item';
  const own = new Set(tokens(label));
  if (others.some((o) => tokens(o).some((t) => own.has(t)) || (code(o) && code(label)))) return 'item';
  if ([...own].length > 0 && [...own].every((t) => CATEGORY_WORDS.has(t))) return 'item';
  // A number or a bound outside brackets (「FY 3」「Follow-up < 1 year」「Stage II-3」): a category of a range, a year or
  // a grade, not a word for all the patients, whatever its script (a two-line table of 「令和 2」 and 「FY 3」 was refused
  // by chance: adversary8, adversary15, reading16 on the merge of totals12 and attack32).
  if (numbered(label)) return 'item';
  // A label in a script none of the other lines is written in (「Jami」 over 「発熱」「頭痛」, 「Итог」 over 「Fever」): no
  // category of theirs, by its looks; the numbers and the words cannot tell more. A word in the others' script that the
  // checker does not read (「Jami」 over 「Fever」「Headache」) is taken for one of them: an item (README, Limits).
  // Beside one other line only, such a label decides only where the line passes the other by a few everywhere: over it
  // by a few in one position and by many in another, a label in another script is common by chance (「Follow-up」
  // 「Baseline」 beside 「観察期間中の死亡」: reading16's random tables on the merge of totals12 and attack32).
  const mine = scripts(label);
  if (
    (others.length >= 2 || !mixed) &&
    mine.size > 0 &&
    others.every((o) => {
      const theirs = scripts(o);
      return theirs.size > 0 && ![...theirs].some((x) => mine.has(x));
    })
  )
    return 'open';
  // totals13: the rest of the table, without a word list, for a label of letters. (1) A word beside a series
  // (「Kaikki」 over 「Grade 1」「Grade 3」「なし」, 「Kõik」 over 「Stage I」「Stage II」): every other line in its script
  // is a member of a series — numbered (a grade, an age, a year) or sharing a word — and the label is none (`series`).
  // (2) First or last, over the sum of two other lines or more by less than the threshold in two positions or more
  // (「Semua 61 | 13」 over 「Fever 17 | 5」「Headache 35 | 2」), or of three or more in two positions and by more in
  // another (「Tất cả 153 | 117 | 220 | 98」 over four lines adding up to 148 | 84 | 213 | 94): a coincidence in each
  // position for an item, the sum itself for a total; between other lines, a total is rare and such a coincidence not
  // (ordinaryLatin: 2 of 2,000 between), and over two lines by a few in two positions and many in a third, a category
  // outnumbering two others is (totals12's chanceTables, seed 904: 「Warfarin 39 | 50 | 63」). Both are refused as
  // undecidable, the user marks the line (「[項目]」「[合計]」). Measured in totals13.test.ts (chance refusals, leaks).
  // Left as items: one position (「Alls 128」 over four lines adding up to 125: 「Asthma」 over 「Diabetes」… by 2 is as
  // common) and a line beside one other (two near categories): README, Limits.
  if (mine.size > 0 && others.length >= 2 && series(others, mine)) return 'open';
  if (mine.size > 0 && near >= 2 && (mixed ? others.length >= 3 : others.length >= 2) && (i === top[0] || i === top.at(-1))) return 'open';
  // Else undecidable, wherever it stands (a total is printed first or last, but an unknown word first or last among
  // words of its own script, in one position or beside one line, is no more a total than one between them), and
  // refusing it refuses ordinary categories by chance (10 of 1,000 ordinary tables): read under both readings at once,
  // the rest a line of ours hidden where small (totals14, `BothReading`; README, Limits).
  return 'both';
}

/**
 * A label with a number or a bound outside brackets (「FY 3」「Follow-up < 1 year」「Stage II-3」「Grade 1」「40代」): a
 * category of a range, a year or a grade.
 */
const numbered = (label: string) => /[\p{N}<>≤≥＜＞]/u.test(normalise(label).replace(/[(（[［][^(（[［)）\]］]*[)）\]］]/gu, ''));

/**
 * Whether the lines written in the script `mine` or in numbers alone (one at least) are a series the label is no member
 * of: each numbered (「Grade 1」「Grade 3」「40代」「<65」「2021」), or two or more sharing a word (「Stage I」「Stage II」, 「Type A」「Type B」); the label
 * itself is unnumbered and shares no word with any of them (`evidence` has returned before otherwise).
 */
function series(others: readonly string[], mine: ReadonlySet<string>): boolean {
  // Numbers and bounds alone (「2021」「<65」「≥65」「0」「1」「2+」) are members of a numbered series in any script.
  const same = others.filter((o) => [...scripts(o)].some((x) => mine.has(x)) || (scripts(o).size === 0 && numbered(o)));
  if (same.length === 0 || others.some((o) => !same.includes(o) && scripts(o).size === 0)) return false;
  if (same.every(numbered)) return true;
  if (same.length < 2) return false;
  const shared = same.map((o) => new Set(tokens(o).filter((t) => /^\p{L}{2,}$/u.test(t))));
  return [...shared[0]!].some((t) => shared.every((x) => x.has(t)));
}

/** The scripts of a label's letters (Japanese kana and kanji as one). */
function scripts(label: string): Set<string> {
  const out = new Set<string>();
  for (const ch of normalise(label)) {
    if (!/\p{L}/u.test(ch)) continue;
    out.add(
      /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(ch)
        ? 'ja'
        : /\p{Script=Latin}/u.test(ch)
          ? 'latin'
          : /\p{Script=Cyrillic}/u.test(ch)
            ? 'cyrillic'
            : /\p{Script=Greek}/u.test(ch)
              ? 'greek'
              : /\p{Script=Hangul}/u.test(ch)
                ? 'hangul'
                : /\p{Script=Arabic}/u.test(ch)
                  ? 'arabic'
                  : /\p{Script=Hebrew}/u.test(ch)
                    ? 'hebrew'
                    : 'other',
    );
  }
  return out;
}

/**
 * The numbers a title or the corner states as the table's own N: its first stated N (「N=73」, as `statedDenominator`
 * reads it) where it has one, else every N in words a reader takes for it (「(73 participants)」, titles72 `titleNs`).
 */
function tableNs(text: string): number[] {
  const all = titleNs(text);
  const stated = all.find((x) => x.form === 'stated');
  return stated ? [stated.n] : all.map((x) => x.n);
}

/** The lines of `table` refused as totals over unprinted patients (see the file's comment). */
export function overTotals(
  table: Table,
  threshold: number,
  place: (line: number, row?: string, col?: string) => Place,
  both: BothReading[] = [],
): InputError[] {
  const errors: InputError[] = [];
  const deferred: BothReading[] = [];
  // Lines of ours already (ofwhich.ts, fractions): a rest of ours beside them is not read (refused as undecidable).
  // Nor beside anything else that sums the table's lines (group Ns, blocks, steps, rates, an order, a line of sizes):
  // those take every top-level line, a line of ours among them (check.ts `nBelowSums`).
  // A うち line's rest (ofwhich.ts) is indented under its printed line, no top-level line: beside it a line of ours at
  // the top level sums nothing of it (totals15).
  // totals16: a title's or corner's N is read beside one such line (`Header.bothRest`): the N counts the printed lines
  // (the item reading: table.ts `bases`, sums.ts `grandSum` leave the rest of ours out), and what it leaves out of the
  // line read as a total, N less the line, is checked apart (primary.ts `leftOutOfBoth`); a row and a column both, N
  // less each line's sum and less their common cell (both totals) too.
  // totals18: an N stated per position (group Ns 「A群 (N=110)」 read as a line of ours 「全体（見出しの N）」, a line of
  // sizes) is no sum of the lines beside a line read both ways: each position's N less the line is checked apart
  // (primary.ts `leftOutOfBothPositions`), the rest of ours none of the lines it counts.
  const oursBesideNs =
    [...table.rows, ...table.cols].some((h) => h.rest === true && h.parent === null) ||
    [table.groupNs, table.crossSums, table.unions, table.fractionBlocks, table.steps, table.rates, table.order, table.otherReadings].some(
      (x) => x !== undefined && x.length > 0,
    );
  const oursAlready = oursBesideNs || [...table.rows, ...table.cols].some((h) => h.ns === true) || table.sizeLine !== undefined;
  const anyOurs = [...table.rows, ...table.cols].some((h) => h.rest === true);
  /** totals48: the axes whose lines are the breakdown of each position's stated N (below): none of them a total. */
  const breakdown = new Set<'rows' | 'cols'>();
  // In a table of shares (「n (p%)」 cells) a total line is printed 100% (sharetotal.ts reads it): a line whose shares
  // are those of an item is none.
  if (table.kind !== 'count' || table.cells.some((r) => r.some((c) => c.value.kind !== 'count' || c.value.percent !== undefined)))
    return errors;
  for (const axis of ['rows', 'cols'] as const) {
    const [kind, other, headers, across] =
      axis === 'rows' ? (['行', '列', table.rows, table.cols] as const) : (['列', '行', table.cols, table.rows] as const);
    // Lines of ours (a うち line's rest, a complement: ofwhich.ts) are no printed lines.
    const ours = (j: number) => headers[j]!.rest === true || headers[j]!.ns === true;
    // A total of ours (ofwhich.ts: a header's N set as the line 「全体（見出しの N）」 over the lines and their complements)
    // is no printed total: the printed lines under it are the top level.
    const totals = headers.flatMap((h, j) => (h.kind === 'total' ? [j] : []));
    if (totals.some((j) => !ours(j))) continue;
    // A line with lines of its own under it (a subtotal, or a うち line's parent: ofwhich.ts) is a top-level line too
    // (totals15: 「Semua 53」 over 「入院 30」, its 「うち重症 4」, and 「外来 20」 was read as an item on int, its 3 unsaid).
    const topAll = headers.flatMap((h, j) =>
      (h.parent === null || totals.includes(h.parent)) && (h.kind === 'item' || h.kind === 'subtotal') && !ours(j) ? [j] : [],
    );
    // Where the positions state their N (「A (N=31)」, a fraction's 3/31), the whole is that N: a line near the others'
    // sum is one of several answers (咳 21 beside 発熱 3 and 頭痛 17 of 31), not the total — unless the line is that N
    // in every position that states one (totals12: 「Jami 53」 under 「A (N=53)」 over 30 and 20 prints the N as a line).
    const positions = across.flatMap((h, k) => (h.kind === 'item' && !(h.rest === true || h.ns === true) ? [k] : []));
    // Three positions, or two beside three other lines at least: in two positions beside two lines a line so near
    // their sum is common by chance (adversary14's 100 random tables of counts 0–40 with a 計（％）: 2 refused so; 8 of
    // 1,000 random 3–6 × 2–4 tables; with this, none and 3 of 1,000). Below that, the rest of the table decides
    // (`evidence`, totals12).
    const stated = positions.some((k) => across[k]!.denominator !== undefined);
    const vecs = vectors(table, axis);
    // totals48: the N each position states — its header's (「A群 (N=51)」) or its cells' (fractions 「4/51」, every count
    // of the position over one N) — that the top-level lines sum to at every position: they are its breakdown, each an
    // item (a total among them would count its patients twice), none read as a total either way. attack28's random
    // family (seed 681): 「回復 43/84」 over 16 + 21 + 4 read both ways, its rest of ours beside the N gave 重症 12/38 back.
    const cellN = (k: number) => {
      const ns = topAll.map((j) => {
        const c = axis === 'rows' ? table.cells[j]![k]! : table.cells[k]![j]!;
        return c.value.kind === 'count' ? c.value.denominator : undefined;
      });
      return ns.every((n) => n !== undefined && n === ns[0]) ? ns[0] : undefined;
    };
    if (
      positions.length > 0 &&
      topAll.length >= 2 &&
      positions.every((k) => (across[k]!.denominator ?? cellN(k)) === topAll.reduce((s, j) => s + vecs[j]![k]!, 0))
    ) {
      breakdown.add(axis);
      continue;
    }
    // totals17: a line that is another top-level line's running sum across (「累積」 53 | 95 | 130 beside 「Semua」 53 |
    // 42 | 35) is no category of the breakdown: on 8664605 it stood among the others, their sum passed every line, and
    // a line over its others by a few was published unread (3 | 3 | 3). Left out of the lines a total may sum, where its
    // label says so (cumulative.ts `saysCumulative`) or across are three time points or more (a coincidence of two
    // positions is common: 「発熱 36 | 39」 beside 「咳 36 | 3」).
    const running = topAll.filter(
      (c) =>
        positions.length >= 2 &&
        (saysCumulative(headers[c]!.label) || (positions.length >= 3 && positions.every((k) => namesTime(across[k]!.label)))) &&
        topAll.some((j) => j !== c && runningOver(vecs[c]!, vecs[j]!, positions)),
    );
    // totals17: heading rows (「男性」「女性」 with no values, read.ts `layout/heading`) make blocks, each a breakdown of its
    // own: a line is read against the other lines of its block (on 8664605 against every line, their sum always past
    // it: a block's 「Semua 53」 over 30 and 20 was published, its 3 unread). Lines under no heading are a block too.
    const blocked = topAll.some((j) => headers[j]!.heading !== undefined);
    // A block's labels read without their heading (「男性・Semua」 is 「Semua」 of the block 「男性」): the words are the line's.
    const bare = headers.map((h) =>
      h.heading !== undefined && h.label.startsWith(`${h.heading}・`) ? { ...h, label: h.label.slice(h.heading.length + 1) } : h,
    );
    const blocks = blocked
      ? [
          ...Map.groupBy(
            topAll.filter((j) => !running.includes(j)),
            (j) => headers[j]!.heading ?? '',
          ).values(),
        ]
      : [topAll.filter((j) => !running.includes(j))];
    for (const top of blocks)
      for (const i of top) {
        const enough = positions.length >= 3 || (positions.length >= 2 && top.length >= 4);
        if (headers[i]!.kind !== 'item' || lineMark(bare[i]!.label) === 'item' || top.length < 2 || positions.length < 1) continue;
        // A line stating its own N (「A群 (N=53)」, or the title's N read as this line's): evidence of a total where the
        // N is the line's sum (below), else a line of its own.
        // Only the title's or the corner's N read as this line's (its sum): a line's own N (「A群 (N=20)」 over 10 and 10)
        // is the N of its breakdown, as before.
        const own = headers[i]!.denominator;
        const fromTitle =
          own !== undefined &&
          own === positions.reduce((s, k) => s + vecs[i]![k]!, 0) &&
          // titles72: in any form a reader takes for an N (「(73 participants)」「73 screened」: header.ts `titleNs`), as 「N=73」;
          // the stated N the first one only (a list of groups' Ns, 「第1群 N=40、第2群 N=60」, is title/group-n's).
          [table.title ?? '', table.corner].some((t) => tableNs(t).includes(own));
        if (own !== undefined && !fromTitle) continue;
        const others = top.filter((j) => j !== i);
        const sumOthers = across.map((_, k) => others.reduce((s, j) => s + vecs[j]![k]!, 0));
        const excess = across.map((_, k) => (positions.includes(k) ? vecs[i]![k]! - sumOthers[k]! : 0));
        // attack32: a rest under the threshold in one position is a small count whatever the others are — 「Kokonais
        // 60 | 93 | 75」 over 57 | 70 | 55 shows 3 patients left out of A群 to a reader who knows the word, although the
        // other positions leave out 23 and 20 (on int 71239d0 such a line was an item, exit 0). Where some excess reaches
        // the threshold, the numbers look like a dominating item as much as a total: the label decides (`evidence`).
        if (excess.some((d) => d < 0) || !excess.some((d) => d > 0 && d < threshold)) continue;
        // Where the other lines hold none (「死亡 0 | 0」 under 「生存 2 | 2」), the excess is the line's own printed cell: read
        // as a total, the rest it gives is that cell, checked and suppressed as any cell, and a stated N equal to the line
        // is the whole table's sum read as items too. No rest of its own unless a small one passes others that hold some.
        if (!excess.some((d, k) => d > 0 && d < threshold && sumOthers[k]! > 0)) continue;
        const mixed = excess.some((d) => d >= threshold);
        // The line is the N stated over it: each position's N (「A (N=53)」), or the table's (title, corner) as its sum.
        const statedN =
          fromTitle ||
          (stated
            ? positions.every((k) => across[k]!.denominator === undefined || across[k]!.denominator === vecs[i]![k])
            : table.denominator !== undefined && positions.reduce((s, k) => s + vecs[i]![k]!, 0) === table.denominator);
        // totals18: beside an N stated per position that is not the line (group Ns 「A群 (N=110)」, a line of sizes), the
        // line is one of several answers or the total less those left out: read both ways where that is possible (each
        // position's N less the line then checked, primary.ts `leftOutOfBoth`); else an item, as on a438d44.
        // A sum found by arithmetic that names this line (an exact sum of some lines) is read as such; a stated N found
        // to be this line (the title's N equal to it) is evidence that it is the total.
        // totals17: in blocks, only a sum of lines of its own block: one taking lines of other blocks is a coincidence
        // of the numbers (「年代・Kaikki 44」 = 「性別・下痢 23」 + 「年代・発熱 21」), the block's rest beside it unread.
        if (!statedN && table.sums.some((x) => x.axis === axis && x.header === i && (!blocked || x.parts.every((j) => top.includes(j)))))
          continue;
        // 「Any」「Combined」 (header.ts `LOOSE_TOTAL`), or a stated N: a total in any size. Three positions, or two beside
        // three other lines (`enough`), beside two other lines at least: refused whatever the label (attack26). Else the
        // rest of the table decides (`evidence`): a total's evidence refuses; an item's leaves it; neither refuses beside
        // two other lines at least (the user marks it: 「[項目]」), and beside one other line leaves it an item.
        const loose = isLooseTotalLabel(bare[i]!.label);
        const byNumbers = top.length >= 3 && enough && !mixed;
        const read: Evidence = loose
          ? { total: '見出しが合計を指しうる語です' }
          : statedN || !byNumbers
            ? evidence(bare, top, i, statedN, mixed, positions.filter((k) => excess[k]! < threshold).length)
            : 'open';
        // totals47: `protect` in two positions or more (in one, a Japanese category a few over the others is chance:
        // totals14's 「発熱 53」 over 30 and 20; as a word in no list a few under its items there, open).
        if (read === 'item' || (read === 'protect' && positions.length < 2)) continue;
        const rest = across.map((_, k) => vecs[i]![k]! - sumOthers[k]!);
        const slips = some(
          excess.flatMap((d, k) =>
            d > 0 && d < threshold
              ? [`${quote(across[k]!.label)}では ${vecs[i]![k]}、ほかの${kind}の和は ${vecs[i]![k]! - d}（差 ${d}）`]
              : [],
          ),
          5,
          '。',
        );
        const why = typeof read === 'object' ? read.total : undefined;
        // Read under both readings (totals14: no evidence either way; totals15: any line the checker cannot tell, or
        // that its label shows a total): the rest a line of ours, hidden where small, so that nothing is recovered
        // whichever it is. Not where reading both ways is not possible, refused as undecidable as before: the line is
        // the N stated over it (an item's reading contradicts that N), beside a line of ours at the top level or anything
        // else summing every top-level line (`oursAlready`), a rest below 0 across (a total position). At most one line
        // an axis can pass all the others (two would each be at least the other); a row and a column both read so only
        // where the rest of the rests (the row's rest at the column less the row's rest at the column's others, the
        // patients either total leaves out) is 0 or more (`cornerOf`), else the two totals cannot hold together.
        // totals17: in blocks, one line a block (several on an axis, each with its block's others), and neither beside a
        // line read so on the other axis nor beside the table's N (primary.ts `leftOutOfBoth` checks one line an axis),
        // nor where a heading's N sums the block (「性別 (N=57)」: the block's N less the line would go unchecked).
        const blockOk =
          !blocked ||
          (table.denominator === undefined &&
            both.every((b) => b.axis === axis && b.others.every((j) => !top.includes(j))) &&
            !table.sums.some((x) => x.axis === axis && x.header === null && x.parts.includes(i)));
        // totals47: a Japanese word's line read so for its numbers alone (`protect`) waits for the lines the checker
        // reads so for their labels or on the other axis (a loose 「全医療機関」 column beside an 「A群」 row over the
        // other rows was refused for want of room): added after them where it holds together with them, else an item.
        // totals48: nor beside any line of ours (a うち line's rest too: ofwhich.ts; lines read so for their labels
        // may be): the table's lines read so already, a category over the others by a few is common there (ofwhich's
        // 「軽度 50 | 40」 over 重度, 中等度 and its 「うち入院」 by 18 | 3), and the reading of the numbers alone yields.
        if (read === 'protect') {
          if (!statedN && !oursAlready && !anyOurs && !blocked && rest.every((d) => d >= 0))
            deferred.push({ axis, line: i, others, rest, slips, weak: true });
          continue;
        }
        if (
          !statedN &&
          !(stated ? oursBesideNs : oursAlready) &&
          blockOk &&
          (blocked || both.length <= 1) &&
          rest.every((d) => d >= 0) &&
          both.every((b) => (blocked ? b.axis === axis : b.axis !== axis && cornerOf(table, b, { axis, line: i, others }) >= 0))
        ) {
          both.push({ axis, line: i, others, rest, slips, ...(why === undefined ? {} : { total: why }) });
          continue;
        }
        if (stated && !statedN) continue;
        const at = excess.findIndex((d) => d > 0 && d < threshold);
        const cell = axis === 'rows' ? table.cells[i]![at]! : table.cells[at]![i]!;
        const judged =
          why !== undefined
            ? `${why}。合計と読む読み手には、表に載らない患者の数（差）が分かります（チェッカーの判断）`
            : byNumbers
              ? `合計と読む読み手には、表に載らない患者の数（差）が分かります。合計かどうかは数からは決められません（チェッカーの判断）`
              : `合計と読む読み手には、表に載らない患者の数（差）が分かります。合計か区分かは、数からも見出しや位置からも決められません（チェッカーの判断）`;
        errors.push({
          code: 'total/rest',
          message: `${kind}${quote(headers[i]!.label)}は、どの${other}でもほかの${kind}の和以上で、差が閾値 ${threshold} 未満${mixed ? `の${other}があります` : 'です'}（${slips}）。${judged}`,
          hint:
            `合計なら見出しを「合計」（または見出しの前に「[合計]」）とし、表に載らない患者を「不明」などの${kind}として加えてください（その${kind}を含めて秘匿を確かめます）。` +
            `合計でなく区分なら、見出しの前に「[項目]」と書いてください（例: ${quote(`[項目] ${headers[i]!.label.trim()}`)}。区分として確かめます）。またはこの${kind}を別の表に分けてください`,
          place: place(
            cell.line,
            axis === 'rows' ? headers[i]!.label : table.rows[at]!.label,
            axis === 'rows' ? table.cols[at]!.label : headers[i]!.label,
          ),
        });
      }
  }
  // totals42: a row and a column at each other (`crossedPair`); one of them read both ways above is read so with the other.
  if (errors.length === 0 && both.length <= 1 && !oursAlready) {
    const pair = crossedPair(table, threshold);
    const one = both[0];
    const same = one && pair.find((b) => b.axis === one.axis && b.line === one.line);
    if (pair.length > 0 && (!one || same) && !pair.some((b) => breakdown.has(b.axis))) {
      if (same && one.total !== undefined) same.total = one.total;
      both.splice(0, both.length, ...pair);
    }
  }
  if (errors.length === 0)
    for (const d of deferred)
      if (
        both.length === 0 ||
        (both.length === 1 && both[0]!.at === undefined && both[0]!.axis !== d.axis && cornerOf(table, both[0]!, d) >= 0)
      )
        both.push(d);
  return errors;
}

/**
 * totals42: a row and a column each at least the sum of the other top-level lines of its axis at every position but
 * the other one, over it by less than the threshold somewhere, and under it where they cross (denom34's probe: 「X」
 * over p–r by 5, 5, 3 and 「Y」 over A–C by 3, 2, 4, X at Y 200 under Y's items' 205). Neither can be a total at
 * every position, but a reader who takes X alone (or Y alone) as the total over the positions it passes has its rests
 * as patients the table leaves out (on 95afbb4 a small hidden count came back so in 84 of 100 seeded tables). Both
 * read both ways there (our reading): each line's rest over the positions it passes a line of ours, the equation
 * line = others + rest at those positions only (`FoundSum.at`); the crossing cell stays a plain cell. The two sets of
 * equations hold together on the printed numbers (neither takes the crossing), so a suppression safe with both is
 * safe under either alone. Only with no N stated (the table's, a line's, a position's), no line of ours, no heading
 * rows, no total line, two other lines at least on each axis, unmarked as items (「[項目]」), and (totals44) neither
 * label showing an item by `evidence` (a code beside codes aside).
 */
function crossedPair(table: Table, threshold: number): BothReading[] {
  if (table.denominator !== undefined || table.writtenN !== undefined || table.sums.length > 0) return [];
  const all = [...table.rows, ...table.cols];
  if (all.some((h) => h.kind !== 'item' || h.parent !== null || h.denominator !== undefined || h.heading !== undefined)) return [];
  const rows = table.rows.map((_, i) => i);
  const cols = table.cols.map((_, j) => j);
  if (rows.length < 3 || cols.length < 3) return [];
  const v = (r: number, c: number) => countAt(table, r, c);
  // The line's excess over the other lines of its axis at each position across (the crossing's among them).
  const excessOf = (axis: 'rows' | 'cols', i: number) =>
    (axis === 'rows' ? cols : rows).map((k) => {
      const others = (axis === 'rows' ? rows : cols).filter((o) => o !== i);
      const at = (o: number) => (axis === 'rows' ? v(o, k) : v(k, o));
      return { d: at(i) - others.reduce((s, o) => s + at(o), 0), sum: others.reduce((s, o) => s + at(o), 0) };
    });
  const small = (xs: { d: number; sum: number }[], skip: number) =>
    xs.some((x, k) => k !== skip && x.d > 0 && x.d < threshold && x.sum > 0);
  for (const i of rows) {
    if (lineMark(table.rows[i]!.label) === 'item') continue;
    const xr = excessOf('rows', i);
    const under = xr.flatMap((x, k) => (x.d < 0 ? [k] : []));
    if (under.length > 1) continue;
    for (const j of under.length === 1 ? under : cols) {
      if (lineMark(table.cols[j]!.label) === 'item') continue;
      const xc = excessOf('cols', j);
      // One crossing below 0 at least (both at least their others everywhere is the reading of `cornerOf` above).
      if (!xc.every((x, k) => k === i || x.d >= 0) || (xr[j]!.d >= 0 && xc[i]!.d >= 0)) continue;
      // Each line over its others by less than the threshold where they hold some (as a line alone, `overTotals`): with
      // one only, the other is no total, and the first, under it, none either (on the merge: adversary18's households
      // 「2人」 over the other sizes by 0 and 13 beside 「B市」, attack31's 「B病院」 over the others by 13, 0, 22 by chance).
      if (!small(xr, j) || !small(xc, i)) continue;
      // totals44: either line a member of a numbered series of its axis (`seriesMember`: 「r3」 after 「r1」「r2」, 「2020年」
      // after 「2018年」「2019年」, 「3人」) is a category, no total, and the other then none either (under it at the item,
      // or the item passes it): no reading takes either. On totals42 17 of 1,000 ordinary tables of 「r1」–「r3」 by
      // 「c1」–「c3」 were read so (chanceCounts seed 2042). No other label evidence is asked (`evidence`: a Japanese label
      // or a code beside codes an item): totals42's family relabelled in Japanese (「札幌」 over 「東京」「大阪」) leaked
      // 91 of 100 so to a reader of either line alone as a total.
      if (seriesMember(table.rows, i) || seriesMember(table.cols, j)) continue;
      const slips = (xs: { d: number; sum: number }[], across: readonly Header[], line: number, axis: 'rows' | 'cols') =>
        some(
          xs.flatMap((x, k) =>
            x.d > 0 && x.d < threshold
              ? [
                  `${quote(across[k]!.label)}では ${axis === 'rows' ? v(line, k) : v(k, line)}、ほかの${axis === 'rows' ? '行' : '列'}の和は ${x.sum}（差 ${x.d}）`,
                ]
              : [],
          ),
          5,
          '。',
        );
      const reading = (axis: 'rows' | 'cols', line: number, xs: { d: number; sum: number }[]): BothReading => ({
        axis,
        line,
        others: (axis === 'rows' ? rows : cols).filter((o) => o !== line),
        rest: xs.map((x) => Math.max(x.d, 0)),
        slips: slips(xs, axis === 'rows' ? table.cols : table.rows, line, axis),
        at: xs.flatMap((x, k) => (x.d >= 0 ? [k] : [])),
      });
      return [reading('rows', i, xr), reading('cols', j, xc)];
    }
  }
  return [];
}

/**
 * totals44: a label with one number outside brackets (「r3」「2020年」「3人」「Grade 2」; not a range, 「2018-2020年」,
 * which may name them all) among lines of its axis that each have one at least: a member of their series.
 */
function seriesMember(headers: readonly Header[], i: number): boolean {
  const runs = (label: string) =>
    normalise(label)
      .replace(/[(（[［][^(（[［)）\]］]*[)）\]］]/gu, '')
      .match(/\p{N}+/gu)?.length ?? 0;
  return runs(headers[i]!.label) === 1 && headers.every((h, j) => j === i || runs(h.label) >= 1);
}

/** A printed count of `table` (0 for any other cell). */
const countAt = (table: Table, r: number, c: number) => {
  const v = table.cells[r]?.[c]?.value;
  return v !== undefined && v.kind === 'count' ? v.n : 0;
};

/**
 * totals15: a row and a column both read under both readings — what both totals leave out: the row's rest at the
 * column less the row's rest at the column's others (the column's rest at the row less its rest at the row's others,
 * the same number). A count of ours where both are totals; below 0, the two cannot both be totals.
 */
function cornerOf(
  table: Table,
  a: Pick<BothReading, 'axis' | 'line' | 'others'>,
  b: Pick<BothReading, 'axis' | 'line' | 'others'>,
): number {
  const [row, col] = a.axis === 'rows' ? [a, b] : [b, a];
  const rest = (c: number) => countAt(table, row.line, c) - row.others.reduce((s, o) => s + countAt(table, o, c), 0);
  return rest(col.line) - col.others.reduce((s, c) => s + rest(c), 0);
}

/**
 * totals14: puts each line read under both readings (`BothReading`) into `table` — the rest as a line of ours after
 * the last, its cells counts on the line's own source lines, and the equation line = others + rest (`alternative`: no
 * structure of the table changes; the line stays an item) — and says so, as our reading, naming the line.
 */
export function readBoth(
  table: Table,
  both: readonly BothReading[],
  threshold: number,
  place: (line: number, row?: string, col?: string) => Place,
): Warning[] {
  return both.map(({ axis, line, others, rest: printedRest, slips, total, at: only }) => {
    // A column read so after a row (totals15): its rest at the row of ours is what both totals leave out (`cornerOf`);
    // totals42: 0 of ours where the column is read as a total at the row's positions only (`crossedPair`).
    const rest =
      axis === 'cols'
        ? table.rows.map((_, r) =>
            r < printedRest.length
              ? printedRest[r]!
              : only !== undefined
                ? 0
                : countAt(table, r, line) - others.reduce((s, c) => s + countAt(table, r, c), 0),
          )
        : printedRest;
    const [kind, other, headers] = axis === 'rows' ? (['行', '列', table.rows] as const) : (['列', '行', table.cols] as const);
    const label = headers[line]!.label;
    const restLabel = `${label.trim()}を合計と読んだときの残り`;
    const at = headers.length;
    headers.push({ label: restLabel, kind: 'item', depth: 0, parent: null, children: [], rest: true, bothRest: line });
    const cellAt = (k: number) => (axis === 'rows' ? table.cells[line]![k]! : table.cells[k]![line]!);
    if (axis === 'rows')
      table.cells.push(rest.map((n, c) => ({ row: at, col: c, text: String(n), value: { kind: 'count', n }, line: cellAt(c).line })));
    else
      rest.forEach((n, r) => table.cells[r]!.push({ row: r, col: at, text: String(n), value: { kind: 'count', n }, line: cellAt(r).line }));
    table.sums.push({
      axis,
      header: line,
      parts: [...others, at],
      how: 'set',
      alternative: true,
      ...(only === undefined ? {} : { at: only }),
    });
    const first = cellAt(0);
    // totals42: the printed positions where the line is no total (`crossedPair`), named in the message.
    const excluded = (axis === 'rows' ? table.cols : table.rows).flatMap((h, k) =>
      only !== undefined && k < printedRest.length && !only.includes(k) ? [quote(h.label)] : [],
    );
    return {
      code: 'total/both-readings',
      message:
        (excluded.length === 0
          ? `表${table.number}: ${kind}${quote(label)}は、どの${other}でもほかの${kind}の和以上で、差が閾値 ${threshold} 未満の${other}があります（${slips}）。`
          : `表${table.number}: ${kind}${quote(label)}は、${some(excluded, 3, '・')}を除くどの${other}でもほかの${kind}の和以上で、差が閾値 ${threshold} 未満の${other}があります（${slips}）。` +
            `${some(excluded, 3, '・')}では和より少なく、合計と読めるのはほかの${other}だけです（チェッカーの判断）。`) +
        (total === undefined
          ? `合計（差は表に載らない患者）とも区分とも読め、どちらかは数からも見出しや位置からも決められません（チェッカーの判断）。`
          : `${total}。合計（差は表に載らない患者）と読めますが、区分の名前でないとは言い切れません（チェッカーの判断）。`) +
        `どちらと読んでも小さい数が割り出せないよう、合計と読んだときの差を${kind}${quote(restLabel)}として加えて確かめました（推定。載せる必要はありません）。` +
        `区分なら見出しの前に「[項目]」、合計なら「[合計]」と書くと、その読みだけで確かめます`,
      place: place(first.line, axis === 'rows' ? label : undefined, axis === 'cols' ? label : undefined),
    };
  });
}

/**
 * totals48: a line read both ways that a life table takes (lifetable.ts: a cell of it in the steps, within the table
 * or across tables: `taken`) is read so no more: an at-risk line, events or censored, no total over the other lines
 * of its table — over them by a few by chance (life44's arms-crossed: 「A群」 66 | 52 over B's 40 + 24 | 32 + 16 in
 * 表1, B's at-risk line in 表2; read both ways, B's lines hidden for A's rest were given back by B's fall). The lines
 * of ours `readBoth` added for it, and their sums, taken out again (they close the headers, added last); returns the
 * labels of the lines no longer read both ways (their warnings go with them: read.ts).
 */
export function dropBoth(table: Table, taken: (axis: 'rows' | 'cols', line: number) => boolean): string[] {
  const dropped: string[] = [];
  for (const axis of ['rows', 'cols'] as const) {
    const headers = axis === 'rows' ? table.rows : table.cols;
    const ours = headers.flatMap((h, i) => (h.bothRest === undefined ? [] : [i]));
    // Only where every such line closes the headers (their indices then refer to nothing else) and one is taken.
    if (ours.length === 0 || ours.some((i, n) => i !== headers.length - ours.length + n)) continue;
    for (const at of [...ours].reverse()) {
      const line = headers[at]!.bothRest!;
      if (!taken(axis, line) || at !== headers.length - 1) continue;
      dropped.push(headers[line]!.label);
      headers.pop();
      if (axis === 'rows') table.cells.pop();
      else for (const row of table.cells) row.pop();
      table.sums = table.sums.filter((x) => x.axis !== axis || (x.header !== at && !x.parts.includes(at)));
    }
  }
  return dropped;
}

/**
 * totals45: a line under a word that names the whole only where it is (「Any」「全国」「すべて」: header.ts `LOOSE_TOTAL`)
 * that is, in every position, at least each other top-level line and at most their sum, and under the sum by 1 to
 * less than the threshold somewhere (「Any 53 | 52」 over adverse events adding up to 56 | 55). Read as the whole of a
 * table counting a patient in several lines (複数回答: any adverse event over the events), the difference is what the
 * lines count twice — the patients in two lines or more, at least one and at most the difference (チェッカーの判断):
 * a group under the threshold whose size the reader bounds. On 6ad45b5 such a line was an item, nothing hidden (exit
 * 0). Refused in words (`total/overlap`), naming the line and the positions; words the checker reads as 合計 under the
 * sum are refused already (`total/mismatch`). Not beside heading rows (blocks), a line of ours, or a stated N.
 */
export interface OverlapReading {
  axis: 'rows' | 'cols';
  line: number;
  others: number[];
  slips: string;
  /** totals46: the label names no whole the checker knows; read so by the numbers alone. */
  byNumbers?: true;
}

export function underTotals(
  table: Table,
  threshold: number,
  place: (line: number, row?: string, col?: string) => Place,
  overlaps?: OverlapReading[],
): InputError[] {
  const errors: InputError[] = [];
  if (table.kind !== 'count' || table.cells.some((r) => r.some((c) => c.value.kind !== 'count' || c.value.percent !== undefined)))
    return errors;
  if ([...table.rows, ...table.cols].some((h) => h.rest === true || h.ns === true || h.heading !== undefined)) return errors;
  for (const axis of ['rows', 'cols'] as const) {
    const [kind, other, headers, across] =
      axis === 'rows' ? (['行', '列', table.rows, table.cols] as const) : (['列', '行', table.cols, table.rows] as const);
    if (headers.some((h) => h.kind === 'total')) continue;
    const top = headers.flatMap((h, j) => (h.parent === null && (h.kind === 'item' || h.kind === 'subtotal') ? [j] : []));
    const positions = across.flatMap((h, k) => (h.kind === 'item' ? [k] : []));
    if (top.length < 3 || positions.length < 1) continue;
    const vecs = vectors(table, axis);
    for (const i of top) {
      const h = headers[i]!;
      if (h.kind !== 'item' || h.denominator !== undefined || lineMark(h.label) === 'item') continue;
      const others = top.filter((j) => j !== i);
      const under = positions.map((k) => others.reduce((s, j) => s + vecs[j]![k]!, 0) - vecs[i]![k]!);
      const whole = positions.every((k, n) => under[n]! >= 0 && others.every((j) => vecs[i]![k]! >= vecs[j]![k]!));
      if (!whole || !under.some((d) => d > 0 && d < threshold)) continue;
      // totals46: under a word in no list (「Semua」「患者全体」「X」) by the numbers alone: a line under the others' sum
      // by less than the threshold in every position (0 included, some 1 or more) — protected as a whole of several
      // answers (never refused: it may be a category, a few cells hidden then).
      const unlisted = !isLooseTotalLabel(h.label);
      // Not a label with a number (「2020年」「Grade 2」「40代」): a category of a series (attack31's years over means).
      // Nor in one position alone: a largest line a few under the others' sum is one coincidence there (the largest of
      // three hospitals within 9 of the other two: stats44's 「参考値」), evidence of nothing (ours: two positions or more).
      // Nor a line itself small somewhere: among counts under the threshold every largest line is a few under the sum
      // (a table of 0–3s), again no evidence of a whole (ours).
      // totals47: in one position only a label first or last in a script no other line has (「Semua」 over 「発熱」「頭痛」
      // 「咳」): a word of theirs it is not, as for a line over its items (`evidence`).
      const mine = scripts(h.label);
      const foreign =
        (i === top[0] || i === top.at(-1)) &&
        mine.size > 0 &&
        others.every((j) => {
          const theirs = scripts(headers[j]!.label);
          return theirs.size > 0 && ![...theirs].some((x) => mine.has(x));
        });
      if (
        unlisted &&
        (numbered(h.label) ||
          (positions.length < 2 && !foreign) ||
          !under.every((d) => d < threshold) ||
          positions.some((k) => vecs[i]![k]! < threshold))
      )
        continue;
      // In one or two positions a category between the largest other and their sum is common (an answer 「全て」
      // beside 「一部」「なし」: 6 of 1,000 ordinary tables so, totals45-families.ts `innocentAnswers`): there only a line
      // under the sum by 1 to less than the threshold in every position (1 of 1,000).
      // totals46: protected (no refusal) in any number of positions, as hiding costs an ordinary table a few cells.
      const loose = positions.length < 3 && !under.every((d) => d > 0 && d < threshold);
      const slips = some(
        positions.flatMap((k, n) =>
          under[n]! > 0 && under[n]! < threshold
            ? [`${quote(across[k]!.label)}では ${vecs[i]![k]}、ほかの${kind}の和は ${vecs[i]![k]! + under[n]!}（差 ${under[n]}）`]
            : [],
        ),
        5,
        '。',
      );
      // totals46: protected instead where it can be (no stated N, no other reading of the table, one such line): the
      // sum of the others and the overlap lines of ours, the overlap hidden as a small count (`readOverlap`).
      const allAt = vecs[i]!.every((_, k) => others.reduce((s, j) => s + vecs[j]![k]!, 0) - vecs[i]![k]! >= 0);
      // Only in a plain table of counts: lines of ours beside rates, means, extremes, an order or steps would be taken
      // into those (attack31's means, seed 801: pinned), so refused there as before.
      const plain =
        (table.rates ?? []).length === 0 &&
        [
          table.extremeOf,
          table.order,
          table.steps,
          table.lifeParts,
          table.stepsAcross,
          table.otherReadings,
          table.atLeast,
          table.unions,
        ].every((x) => x === undefined || x.length === 0);
      // Nor beside a stated N of the table or of its lines (「19例」 over the columns: a table of several answers read so
      // already, header.ts `n-below-sum`, each N less an item a patient count; lines of ours there published those —
      // adversary19's chance, 2 of 200 leaked on the merge).
      const stated = table.denominator !== undefined || [...table.rows, ...table.cols].some((x) => x.denominator !== undefined);
      if (overlaps !== undefined && overlaps.length === 0 && allAt && plain && !stated) {
        overlaps.push({ axis, line: i, others, slips, ...(unlisted && { byNumbers: true as const }) });
        continue;
      }
      if (loose || unlisted) continue;
      const at = positions[under.findIndex((d) => d > 0 && d < threshold)]!;
      const cell = axis === 'rows' ? table.cells[i]![at]! : table.cells[at]![i]!;
      errors.push({
        code: 'total/overlap',
        message:
          `${kind}${quote(h.label)}は、どの${other}でもほかの${kind}のそれぞれ以上でその和以下、和との差が閾値 ${threshold} 未満の${other}があります（${slips}）。` +
          `見出しが全体を指しうる語のため、1人を複数の${kind}に数える表（複数回答）の全体と読む読み手には、差が複数の${kind}に数えた患者の数（1人以上で差以下）と分かります（チェッカーの判断）`,
        hint:
          `複数回答の全体なら、この${kind}を除くか、差が閾値未満にならない形で示してください（差は表にない患者の数として秘匿できません）。` +
          `1人1${kind}の合計なら数を確かめてください。全体でなく区分なら、見出しの前に「[項目]」と書いてください（例: ${quote(`[項目] ${h.label.trim()}`)}。区分として確かめます）`,
        place: place(cell.line, axis === 'rows' ? h.label : table.rows[at]!.label, axis === 'rows' ? table.cols[at]!.label : h.label),
      });
    }
  }
  return errors;
}

/**
 * totals46: a loose whole under its lines' sum (`underTotals`) read as the whole of a table of several answers and
 * protected rather than refused: two lines of ours, the others' sum S (S = the others) and the overlap O (S = the
 * whole + O, what the lines count twice), O a small count where under the threshold, so the cells hidden leave the
 * overlap and every small count unrecoverable (the audit's own proof, as for any line of ours). Said in words
 * (`total/overlap`, チェッカーの判断).
 */
export function readOverlap(
  table: Table,
  overlaps: readonly OverlapReading[],
  threshold: number,
  place: (line: number, row?: string, col?: string) => Place,
): Warning[] {
  return overlaps.map(({ axis, line, others, slips, byNumbers }) => {
    const [kind, other, headers] = axis === 'rows' ? (['行', '列', table.rows] as const) : (['列', '行', table.cols] as const);
    const vecs = vectors(table, axis);
    const sum = vecs[line]!.map((_, k) => others.reduce((s, j) => s + vecs[j]![k]!, 0));
    const overlap = sum.map((n, k) => n - vecs[line]![k]!);
    const label = headers[line]!.label.trim();
    const cellAt = (k: number) => (axis === 'rows' ? table.cells[line]![k]! : table.cells[k]![line]!);
    const add = (name: string, values: number[]) => {
      const at = headers.length;
      headers.push({ label: name, kind: 'item', depth: 0, parent: null, children: [], rest: true, overlapOf: line });
      if (axis === 'rows')
        table.cells.push(values.map((n, c) => ({ row: at, col: c, text: String(n), value: { kind: 'count', n }, line: cellAt(c).line })));
      else
        values.forEach((n, r) =>
          table.cells[r]!.push({ row: r, col: at, text: String(n), value: { kind: 'count', n }, line: cellAt(r).line }),
        );
      return at;
    };
    const sumAt = add(`${label}以外の${kind}の和`, sum);
    const overlapAt = add(`${label}の重複`, overlap);
    table.sums.push({ axis, header: sumAt, parts: [...others], how: 'set', alternative: true });
    table.sums.push({ axis, header: sumAt, parts: [line, overlapAt], how: 'set', alternative: true });
    const first = cellAt(0);
    return {
      code: 'total/overlap',
      message:
        `表${table.number}: ${kind}${quote(label)}は、どの${other}でもほかの${kind}のそれぞれ以上でその和以下、和との差が閾値 ${threshold} 未満の${other}があります（${slips}）。` +
        (byNumbers
          ? `どの${other}でも和との差が閾値 ${threshold} 未満で、見出しの語にかかわらず、1人を複数の${kind}に数える表（複数回答）の全体とも読めるため、`
          : `見出しが全体を指しうる語のため、1人を複数の${kind}に数える表（複数回答）の全体と読み、`) +
        `差（複数の${kind}に数えた患者の数、1人以上で差以下）を小さい数として${kind}${quote(`${label}の重複`)}として加え、割り出せないよう秘匿して確かめました（チェッカーの判断。載せる必要はありません）。` +
        `全体でなく区分なら、見出しの前に「[項目]」と書くと区分として確かめます`,
      place: place(first.line, axis === 'rows' ? headers[line]!.label : undefined, axis === 'cols' ? headers[line]!.label : undefined),
    };
  });
}
