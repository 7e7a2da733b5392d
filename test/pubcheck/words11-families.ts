/**
 * Seeded families of counts written in words the checker did not read before words11 (issue #11), each worked out
 * here apart from the engine: what a reader takes from the words, and whether it is a count (or a bound) under the
 * threshold 10 that the same note in digits would have had refused.
 * - native numerals before の and a noun (「みっつの施設」「ななつの病院」): 3 and 7 as 「3つの施設」 is;
 * - counts in kanji with 数 or 余 (「十数例」「二十数名」「数十例」「十余例」): a count (11–19, 21–29, 20–90, 11–19) as
 *   「10数例」 is;
 * - a numeral before 倍 (「B群の三倍」): an equation between two counts, as 「3倍」 is;
 * - English counts as words (「a couple of deaths」「a handful of」「a dozen」「half a dozen」「a pair of」「twice as
 *   many」「thrice」「half as many」): 2, 2–9, 12, 6, 2 and a factor of 2, 3, ½;
 * - a share of a published cell (「A群の死亡の半数は転院」 over A群's 死亡 6): 3 of 6, whatever the group's N;
 * - innocent notes and labels (personal names 「健一」「浩二」, ordinals 「一人目」「3例目」「二例目」, 「double-blind」,
 *   「twice daily」, 「a few days」, 「ひとつの目安」): no count to a reader.
 */
import { lcg, pick } from './helpers.ts';

const KANJI = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const NATIVE = ['', 'ひとつ', 'ふたつ', 'みっつ', 'よっつ', 'いつつ', 'むっつ', 'ななつ', 'やっつ', 'ここのつ'];

/** A table of two groups, each column's N in its header, `row` first with counts `ca`, `cb`. */
export function table(a: number, b: number, row: string, ca: number, cb: number, title = '有害事象'): string {
  return `# 表1 ${title}\n\tA群 (N=${a})\tB群 (N=${b})\n${row}\t${ca}\t${cb}\nその他\t${a - ca}\t${b - cb}\n`;
}

export interface NoteCase {
  text: string;
  note: string;
  /** What a reader takes from the words (for the failure message). */
  reads: string;
}

const nouns = ['施設', '病院', '医療機関', '群', '地域', '診療科'];
const events = ['deaths', 'withdrawals', 'events', 'cases', 'hospitalisations', 'dropouts', 'relapses'];

/** Notes whose count is in words the checker did not read (each a count the same note in digits had refused). */
export function wordNotes(seed: number, size: number): NoteCase[] {
  const rand = lcg(seed);
  const forms: (() => [string, string])[] = [
    () => {
      const k = 2 + Math.floor(rand() * 8);
      return [`注：${NATIVE[k]}の${pick(rand, nouns)}で死亡が報告された`, `${k}`];
    },
    () => {
      const k = 2 + Math.floor(rand() * 8);
      return [`※ 死亡は${NATIVE[k]}の${pick(rand, nouns)}に限られた`, `${k}`];
    },
    () => {
      const w = pick(rand, [
        ['十数例', '11–19'],
        ['十数名', '11–19'],
        ['二十数例', '21–29'],
        ['数十例', '20–90'],
        ['十余例', '11–19'],
        ['十数人', '11–19'],
        ['十数件', '11–19'],
      ] as const);
      return [pick(rand, [`注：${w[0]}が脱落`, `※ 死亡は${w[0]}`, `注：A群で${w[0]}を除外`]), w[1]];
    },
    () => {
      const k = 2 + Math.floor(rand() * 8);
      return [`注：A群の死亡はB群の${KANJI[k]}倍`, `×${k}`];
    },
    () => {
      const e = pick(rand, events);
      const w = pick(rand, [
        ['a couple of', '2'],
        ['a handful of', '2–9'],
        ['a dozen', '12'],
        ['half a dozen', '6'],
        ['a pair of', '2'],
        ['a few', '2–9'],
        ['several', '2–9'],
      ] as const);
      return [pick(rand, [`Note: ${w[0]} ${e} in group A`, `* ${w[0][0]!.toUpperCase()}${w[0].slice(1)} ${e} were excluded`]), w[1]];
    },
    () => {
      const w = pick(rand, [
        ['twice as many', '×2'],
        ['thrice as many', '×3'],
        ['half as many', '×½'],
        ['twice the number of', '×2'],
      ] as const);
      return [`Note: ${w[0]} ${pick(rand, events)} in group A as in group B`, w[1]];
    },
  ];
  return Array.from({ length: size }, () => {
    const [note, reads] = pick(rand, forms)();
    const a = 60 + Math.floor(rand() * 60);
    const b = 60 + Math.floor(rand() * 60);
    return { text: `${table(a, b, '死亡', 20 + Math.floor(rand() * 20), 25 + Math.floor(rand() * 20))}${note}\n`, note, reads };
  });
}

/**
 * A note's share of one published cell (「A群の死亡の半数は転院」 over A群's 死亡 c): the count it says of c, which a
 * reader takes whatever the groups' Ns. `leaks` where that count (or c less it) is from 1 to 9.
 */
export function cellShares(seed: number, size: number): (NoteCase & { leaks: boolean })[] {
  const rand = lcg(seed);
  const shares: { word: string; f: number }[] = [
    { word: '半数', f: 1 / 2 },
    { word: '半分', f: 1 / 2 },
    { word: '三分の一', f: 1 / 3 },
    { word: '四分の一', f: 1 / 4 },
    { word: '二割', f: 1 / 5 },
  ];
  return Array.from({ length: size }, () => {
    const s = pick(rand, shares);
    const row = pick(rand, ['死亡', '入院', '再発']);
    // Published (10 or more): the share of it is what the words add.
    const c = 10 + Math.floor(rand() * 40);
    const group = pick(rand, ['A群', 'A']);
    const note = pick(rand, [
      `注：${group}の${row}の${s.word}は転院後`,
      `※ ${group}の${row}のうち${s.word}は高齢者`,
      `注：${row}の${s.word}は${group}の男性`,
    ]);
    const named = note.includes(`${group}の${row}`);
    const k = `${Math.floor(c * s.f)}–${Math.ceil(c * s.f)}`;
    // Under the threshold for sure (the whole range the words allow: 9–10 of 19 is not).
    const small = (lo: number, hi: number) => hi >= 1 && hi <= 9 && lo <= hi;
    // 「死亡の半数」 with no group named: half of one of the line's cells or of its sum (a reader cannot tell which).
    const bases = named ? [c] : [c, 30, c + 30];
    const leaks = bases.some((x) => {
      const [lo, hi] = [Math.floor(x * s.f + 1e-9), Math.ceil(x * s.f - 1e-9)];
      return small(lo, hi) || small(x - hi, x - lo);
    });
    return { text: `${table(100, 120, row, c, 30)}${note}\n`, note, reads: `${s.word} of ${c}: ${k}`, leaks };
  });
}

/** Innocent notes: names, ordinals and words with a number word that say no count. */
export const INNOCENT_NOTES = [
  '注：集計は健一が担当',
  '注：担当 山田 健一',
  '注：監修 浩二',
  '注：確認者：誠一',
  '注：鈴木健一氏が集計',
  '注：一人目の患者は除外していない',
  '注：二例目以降を集計',
  '注：3例目から登録',
  '注：三人目の評価者',
  'Note: the first patient withdrew consent',
  'Note: double-blind, placebo-controlled',
  'Note: dosed twice daily',
  'Note: within a few days of onset',
  'Note: for several reasons',
  '注：ひとつの目安として',
  '注：第三者評価',
  '注：第二相試験',
  '注：三重県の施設を含む',
  '注：一部の施設を除く',
];

export function innocentNotes(seed: number, size: number): NoteCase[] {
  const rand = lcg(seed);
  return Array.from({ length: size }, () => {
    const note = pick(rand, INNOCENT_NOTES);
    return { text: `${table(60 + Math.floor(rand() * 60), 80, '死亡', 20 + Math.floor(rand() * 20), 30)}${note}\n`, note, reads: 'none' };
  });
}

/**
 * A count in words in a row's or a column's label or in the title, with the same count in digits (`digits`): a label
 * 「死亡（うち十数例）」 beside 「死亡（うち13例）」, a title 「有害事象（十数例除外）」 beside 「（13例除外）」. The digits
 * were refused already (header/count, title/count); the words leak where they pass.
 */
export function wordPlaces(seed: number, size: number): { text: string; digits: string; said: string }[] {
  const rand = lcg(seed);
  const forms: (() => [string, string])[] = [
    () => {
      const [w, d] = pick(rand, [
        ['十数例', '13例'],
        ['二十数名', '24名'],
        ['十余例', '12例'],
        ['十数人', '15人'],
      ] as const);
      return pick(rand, [
        [`うち${w}`, `うち${d}`],
        [`${w}除外`, `${d}除外`],
      ] as [string, string][]);
    },
    () => {
      const [w, d] = pick(rand, [
        ['a dozen', '12'],
        ['half a dozen', '6'],
        ['a couple', '2'],
        ['a pair', '2'],
      ] as const);
      return pick(rand, [
        [`${w} excluded`, `${d} excluded`],
        [`of whom ${w}`, `of whom ${d}`],
      ] as [string, string][]);
    },
    () => {
      const k = 2 + Math.floor(rand() * 8);
      return [`うち${NATIVE[k]}の施設`, `うち${k}つの施設`];
    },
    () => {
      const k = 2 + Math.floor(rand() * 8);
      return [`B群の${KANJI[k]}倍`, `B群の${k}倍`];
    },
  ];
  return Array.from({ length: size }, () => {
    const [w, d] = pick(rand, forms)();
    const name = pick(rand, ['死亡', '入院', '脱落']);
    const place = Math.floor(rand() * 3);
    const make = (x: string) =>
      place === 0
        ? table(60, 80, `${name}（${x}）`, 20, 30)
        : place === 1
          ? table(60, 80, name, 20, 30).replace('A群 (N=60)', `A群（${x}） (N=60)`)
          : table(60, 80, name, 20, 30, `有害事象（${x}）`);
    return { text: make(w), digits: make(d), said: `${['row', 'column', 'title'][place]} ${w}` };
  });
}

/** Innocent labels: names and ordinals (no count to a reader). */
export const INNOCENT_LABELS = [
  '担当 健一',
  '健一',
  '浩二',
  '二例目以降',
  '3例目以降',
  '一人目',
  '二人目以降',
  '第三者評価',
  'double-blind',
  'twice daily',
];
export function innocentLabels(seed: number, size: number): { text: string; label: string }[] {
  const rand = lcg(seed);
  return Array.from({ length: size }, () => {
    const label = pick(rand, INNOCENT_LABELS);
    return { text: table(60 + Math.floor(rand() * 60), 80, label, 20 + Math.floor(rand() * 20), 30), label };
  });
}

const ENGLISH_SMALL = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
/**
 * A small count closing a label after a space or a colon, in English words or kanji (「Deaths three」「死亡：三」), with
 * the same label in digits (「Deaths 3」「死亡：3」; refused, header/count, after a space before words11, after a colon
 * now too).
 */
export function closingLabels(seed: number, size: number): { text: string; digits: string; label: string }[] {
  const rand = lcg(seed);
  return Array.from({ length: size }, () => {
    const k = 2 + Math.floor(rand() * 8);
    const [name, word] = pick(rand, [
      [pick(rand, ['Deaths', 'Withdrawals', 'Relapse']), ENGLISH_SMALL[k]!],
      [pick(rand, ['死亡', '入院', '脱落']), pick(rand, [KANJI[k]!, NATIVE[k]!])],
    ] as [string, string][]);
    const sep = pick(rand, [' ', ': ', '：', ':']);
    const make = (x: string | number) => `\tA群\tB群\n${name}${sep}${x}\t20\t10\n入院\t15\t15\n`;
    return { text: make(word), digits: make(k), label: `${name}${sep}${word}` };
  });
}
