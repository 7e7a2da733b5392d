/**
 * Seeded families of counts in words left open by words12 (issue #11), each worked out here apart from the engine:
 * what a reader takes from the words, and whether it is a count (or a bound) under the threshold 10.
 * - counts in words as a message must quote them (`quotedForms`): a range 「死亡 二、三例」「2〜3例」, a rough count
 *   「約3例」「3例前後」「十数例」「百数十例」, 「数例」「a few」「several」, in a label, a note or a title — the message
 *   names the words as written (`said`; main quoted 「3例」, or 「数例」 for 「十数例」);
 * - idioms and adverbs holding a numeral (「十人十色」「二人三脚」「一長一短」「十中八九」「一人で来院した」「一人残らず」
 *   「一人でも」「一人として」): no count (innocent); real counts in kanji (「一人が死亡」「患者一人」「死亡は一人で、」
 *   「うち一人で死亡」「一人二件」): counts (`idiomNotes`);
 * - a person's name with a given name of one numeral after a known surname or before a title (「田中一が集計」「小林 一」
 *   「鈴木一 医師」), in a note or closing a label: no count; 「死亡一」「うち一」「A群 一」「死亡は一」: counts (`nameCounts`);
 * - words of few and bounds with no unit (「死亡はわずか」「（ごくわずか）」「僅少」「片手で数えるほど」「死亡は若干」
 *   「死亡（10未満）」「(fewer than 10)」「(under five)」): a bound under the threshold (leaks); 「わずかに増加」「わずかな差」
 *   「差はわずかであった」「若干増加」 and a bound over the threshold 「（20未満）」: none (`fewWords`).
 */
import { lcg, pick } from './helpers.ts';
import { table } from './words11-families.ts';

export interface Case {
  text: string;
  said: string;
  /** Whether the words give back a count (or a bound) under the threshold: refused where they do. */
  leaks: boolean;
}

/** A count in words and what a message must quote of it (the words as written, range and all). */
const QUOTED: (() => string)[] = [
  () => '二、三例',
  () => '一、二名',
  () => '2〜3例',
  () => '2-3例',
  () => '３〜４例',
  () => '約3例',
  () => '3例前後',
  () => '十数例',
  () => '百数十例',
];
/** Rows, notes and titles with a count in words; `said` is what the message must quote. */
export function quotedForms(seed: number, size: number): (Case & { quote: string })[] {
  const rand = lcg(seed);
  return Array.from({ length: size }, () => {
    const words = pick(rand, QUOTED)();
    const name = pick(rand, ['死亡', '入院', '脱落']);
    const where = Math.floor(rand() * 3);
    const text =
      where === 0
        ? table(60, 80, `${name} ${words}`, 20, 30)
        : where === 1
          ? `${table(60, 80, '死亡', 20, 30)}${pick(rand, ['注：', '※ '])}${name}は${words}${pick(rand, ['', 'であった', '（A群）'])}\n`
          : table(60, 80, '死亡', 20, 30, `有害事象（${name} ${words}）`);
    // What a reader reads (NFKC: the checker's label and title are so written): the quote must hold it whole (a rough
    // count in kanji quoted as its words and the range read, 「十数（11〜19）」, the unit aside: words11).
    const quote = words.normalize('NFKC').replace(/^([十百]数十?)例$/, '$1');
    return { text, said: `${['label', 'note', 'title'][where]}: ${words}`, leaks: true, quote };
  });
}

const IDIOMS = [
  '十人十色の経過をたどった',
  '二人三脚で実施した',
  '一長一短がある',
  '十中八九は軽症であった',
  '一進一退の経過',
  '三々五々来院した',
  '一人で来院した患者を含む',
  '一人で生活できる患者',
  '患者は一人で通院していた',
  '一人残らず追跡した',
  '一人でも該当すれば計上',
  '一人として脱落しなかった',
  'ひとりで来院した例を含む',
];
const REAL = [
  '一人が死亡',
  '患者一人',
  '死亡は一人で、入院は二人',
  'うち一人で死亡',
  'A群の一人で重篤な副作用',
  '一人二件',
  '三人が脱落',
  '死亡一人',
];
/** Notes of idioms holding a numeral (innocent) or of a real count in kanji (leaks). */
export function idiomNotes(seed: number, size: number): Case[] {
  const rand = lcg(seed);
  return Array.from({ length: size }, () => {
    const real = rand() < 0.35;
    const note = `${pick(rand, ['注：', '※ '])}${pick(rand, real ? REAL : IDIOMS)}`;
    return {
      text: `${table(60 + Math.floor(rand() * 60), 80, '死亡', 20 + Math.floor(rand() * 20), 30)}${note}\n`,
      said: note,
      leaks: real,
    };
  });
}

const SURNAMES = ['田中', '小林', '鈴木', '佐藤', '山田', '中村', '高橋', '渡辺', '伊藤', '長谷川'];
/** A name of one numeral after a surname or before a title (innocent), or a count of 1 closing a note or a label (leaks). */
export function nameCounts(seed: number, size: number): Case[] {
  const rand = lcg(seed);
  return Array.from({ length: size }, () => {
    const kind = Math.floor(rand() * 4);
    const name = () =>
      rand() < 0.6
        ? `${pick(rand, SURNAMES)}${pick(rand, ['', ' '])}一${pick(rand, ['', '氏', ' 医師', '先生', 'さん'])}`
        : `一${pick(rand, ['氏', '先生', ' 医師', 'さん'])}`;
    if (kind === 0) {
      const note = `注：${pick(rand, ['集計は', '確認 ', '担当：', '作成 '])}${name()}${pick(rand, ['が担当', 'が集計', '', 'と鈴木浩二が確認'])}`;
      return { text: `${table(60, 80, '死亡', 20, 30)}${note}\n`, said: note, leaks: false };
    }
    if (kind === 1) {
      const label = `${pick(rand, ['担当医', '集計', '確認'])} ${name()}`;
      return { text: table(60, 80, label, 20, 30), said: `label ${label}`, leaks: false };
    }
    if (kind === 2) {
      const note = `注：${pick(rand, ['死亡', 'うち', 'A群で', '死亡は', '入院'])}${pick(rand, ['一', ' 一', '一、入院二'])}`;
      return { text: `${table(60, 80, '死亡', 20, 30)}${note}\n`, said: note, leaks: true };
    }
    const label = `${pick(rand, ['死亡', '入院', '脱落'])}${pick(rand, ['一', ' 一'])}`;
    return { text: table(60, 80, label, 20, 30), said: `label ${label}`, leaks: true };
  });
}

const FEW = ['わずか', 'ごくわずか', '僅少', 'ほんのわずか', '数えるほど', '片手で数えるほど', '数える程'];
const FEW_INNOCENT = [
  '注：わずかに増加した',
  '注：わずかな差であった',
  '注：差はわずかであった',
  '注：変化は僅少',
  '注：若干増加した',
  '注：若干の差を認めた',
  '注：僅かに低下',
  '注：わずかな期間で回復',
];
/** Words of few and bounds with no unit in brackets (a bound under 10: leaks), and the same words said of no count. */
export function fewWords(seed: number, size: number): Case[] {
  const rand = lcg(seed);
  return Array.from({ length: size }, () => {
    const kind = Math.floor(rand() * 4);
    const name = pick(rand, ['死亡', '入院', '脱落']);
    if (kind === 0) {
      const note = `${pick(rand, ['注：', '※ '])}${name}は${pick(rand, [...FEW, '若干'])}${pick(rand, ['', 'であった', 'だった', '。'])}`;
      return { text: `${table(60, 80, '死亡', 20, 30)}${note}\n`, said: note, leaks: true };
    }
    if (kind === 1) {
      const k = 1 + Math.floor(rand() * 9);
      const words = pick(rand, [
        `（${pick(rand, FEW)}）`,
        `（${k + 1}未満）`,
        `（${pick(rand, ['十未満', '2桁未満', '二桁に満たない', '五以下'])}）`,
        ' (very few)',
        `（${k}以下）`,
        ` (fewer than ${k + 1})`,
        ` (less than ${k + 1})`,
        ` (under ${pick(rand, ['five', 'ten', String(k + 1)])})`,
      ]);
      return { text: table(60, 80, `${name}${words}`, 20, 30), said: `label ${name}${words}`, leaks: true };
    }
    if (kind === 2) {
      const note = pick(rand, FEW_INNOCENT);
      return { text: `${table(60, 80, '死亡', 20, 30)}${note}\n`, said: note, leaks: false };
    }
    const k = 20 + Math.floor(rand() * 80);
    const label = pick(rand, [
      `${name}${pick(rand, [`（${k}未満）`, ` (fewer than ${k})`, `（${k}以下）`])}`,
      // Categories of a measure (our reading: no count).
      'HbA1c（7未満）',
      '年齢（10未満）',
      'スコア（3以下）',
      'Age (under 5)',
      'Score (less than 3)',
      'CRP（1未満）',
    ]);
    return { text: table(60, 80, label, 20, 30), said: `label ${label}`, leaks: false };
  });
}
