/**
 * Seeded families of counts in words left open by words11 (issue #11), each worked out here apart from the engine:
 * what a reader takes from the words, and whether it is a count under the threshold 10.
 * - given names after a surname with no space (「山田健一が」) and words holding a numeral (「一般」「一部」「一人当たり」
 *   「一施設あたり」「もう一つ」「一例一例」): no count (innocent); real counts in kanji (「一例」「一名」「一施設」「三件」):
 *   counts (`nameNotes`);
 * - rough counts in kanji with 百 and 千 (「百数十例」 110–190, 「数百例」 200–900, 「千数百例」 1,100–1,900): the range a
 *   reader takes (`roughKanji`; main read 「10例」「100例」);
 * - rough counts after a name in a row's or a column's label (「死亡 約3例」「死亡（3例前後）」「死亡 3例程度」
 *   「死亡（少数例）」「死亡（数例）」「Deaths (one or two)」「死亡（ひと握り）」「脱落数名」「Deaths: several」「死亡 二、三例」): a count under (or about) the threshold
 *   (`roughLabels`);
 * - 「a few」「several」「a handful of」 before a noun of events (「a few strokes」「several bleeds」): 2–9; 「a few days」
 *   「several reasons」「several analyses」「few events」: none (`englishFew`);
 * - a share of a cell named without の (「A群死亡の半数」「A群で死亡の半数」「死亡例（A群）の半数」「half of group A's
 *   deaths」「half of the deaths in group A」): the count it says of the cell (`sharesNoNo`).
 */
import { lcg, pick } from './helpers.ts';
import { table } from './words11-families.ts';

export interface Case {
  text: string;
  said: string;
  /** Whether the words give back a count (or a bound) under the threshold: refused where they do. */
  leaks: boolean;
}

const SURNAMES = ['山田', '鈴木', '佐々木', '長谷川', '中島', '田中', '佐藤', '高橋', '伊藤', '渡辺', '小林', '林', '森', '吉田'];
const GIVEN = ['健一', '浩二', '誠一', '修三', '正一', '隆二', '和也', '康二', '雅一', '英二'];
const WORDS = [
  '一般病院を含む',
  '一部の施設を除く',
  '統一基準による',
  '一時中断した例を含む',
  '同一患者の再入院は除く',
  '第一に安全性を評価',
  '唯一の指標として',
  '一方、B群では差がない',
  '一緒に集計した',
  '万一の場合に備えて',
  '一人当たりの費用',
  '一施設あたりの症例数',
  '1施設あたりの平均',
  '一症例あたりの観察期間',
  'もう一つの理由',
  '一例一例確認した',
  '一つひとつ照合した',
];
const COUNTS = ['一例', '一名', '一人', '一件', '一施設', '二例', '三名', '五件', '四施設', '九人'];

/** Notes: names and words holding a numeral (innocent), or a count in kanji with its counter (leaks). */
export function nameNotes(seed: number, size: number): Case[] {
  const rand = lcg(seed);
  return Array.from({ length: size }, () => {
    const kind = Math.floor(rand() * 3);
    const note =
      kind === 0
        ? `注：${pick(rand, ['集計は', '確認者：', '担当 ', ''])}${pick(rand, SURNAMES)}${pick(rand, GIVEN)}${pick(rand, ['が担当', 'が集計', '、', 'と鈴木浩二が確認', ''])}`
        : kind === 1
          ? `注：${pick(rand, WORDS)}`
          : `注：${pick(rand, ['A群で', '死亡は', 'うち', ''])}${pick(rand, COUNTS)}${pick(rand, ['が脱落', 'を除外', 'で死亡', ''])}`;
    return {
      text: `${table(60 + Math.floor(rand() * 60), 80, '死亡', 20 + Math.floor(rand() * 20), 30)}${note}\n`,
      said: note,
      leaks: kind === 2,
    };
  });
}

const ROUGH: [string, [number, number]][] = [
  ['百数十', [110, 190]],
  ['数百', [200, 900]],
  ['千数百', [1100, 1900]],
  ['数千', [2000, 9000]],
  ['二百数十', [210, 290]],
  ['百余', [101, 199]],
];
/** Notes of a rough count in kanji with 百 or 千, and the range a reader takes (`reads`, as the message writes it). */
export function roughKanji(seed: number, size: number): (Case & { reads: string })[] {
  const rand = lcg(seed);
  return Array.from({ length: size }, () => {
    const [w, [lo, hi]] = pick(rand, ROUGH);
    const note = `${pick(rand, ['注：', '※ '])}${pick(rand, ['', 'A群で', '全体で'])}${w}${pick(rand, ['例', '名', '件'])}${pick(rand, ['が脱落', 'を除外', ''])}`;
    return {
      text: `${table(60 + Math.floor(rand() * 60), 80, '死亡', 20, 30)}${note}\n`,
      said: note,
      leaks: false,
      reads: `${w}（${lo.toLocaleString('en-US')}〜${hi.toLocaleString('en-US')}）`,
    };
  });
}

/** A row's or a column's label with a rough count after its name (all a count about or under the threshold). */
export function roughLabels(seed: number, size: number): Case[] {
  const rand = lcg(seed);
  return Array.from({ length: size }, () => {
    const k = 2 + Math.floor(rand() * 9);
    const words = pick(rand, [
      `（${k}例前後）`,
      ` ${k}例前後`,
      ` 約${k}例`,
      `（約${k}名）`,
      ` ${k}例程度`,
      `（${k}人ほど）`,
      '（数例）',
      '（少数例）',
      '（少数）',
      '（うち少数例）',
      ` (${pick(rand, ['a few', 'several', 'a handful'])})`,
      ` (${pick(rand, ['one or two', 'two or three', 'two to three cases'])})`,
      '（ひと握り）',
      pick(rand, ['数名', '数例']),
      `${pick(rand, [' ', ': ', ' - '])}${pick(rand, ['a few', 'several', 'a handful', 'a couple'])}`,
      ` ${pick(rand, ['二、三例', '2、3名', '一、二例'])}`,
    ]);
    const name = pick(rand, ['死亡', '入院', '脱落']);
    const col = rand() < 0.3;
    const text = col ? table(60, 80, name, 20, 30).replace('A群 (N=60)', `A群${words} (N=60)`) : table(60, 80, `${name}${words}`, 20, 30);
    return { text, said: `${col ? 'column A群' : `row ${name}`}${words}`, leaks: true };
  });
}

const EVENTS = [
  'strokes',
  'bleeds',
  'falls',
  'seizures',
  'MIs',
  'rashes',
  'fractures of the hip',
  'serious bleeds',
  'of them',
  'more deaths',
];
const INNOCENT_EN = [
  'within a few days of onset',
  'for several reasons',
  'several sensitivity analyses were performed',
  'several other factors were adjusted for',
  'a few more weeks of follow-up',
  'few events occurred after the first month',
  'several definitions were compared',
  'a few percent of values were imputed',
];
/** English notes and labels of 「a few」「several」「a handful of」 before a noun of events (leaks), or none (innocent). */
export function englishFew(seed: number, size: number): Case[] {
  const rand = lcg(seed);
  return Array.from({ length: size }, () => {
    if (rand() < 0.35) {
      const s = pick(rand, INNOCENT_EN);
      return { text: `${table(60 + Math.floor(rand() * 60), 80, '死亡', 20, 30)}Note: ${s}\n`, said: s, leaks: false };
    }
    const q = pick(rand, ['a few', 'several', 'a handful of']);
    const w = `${q} ${pick(rand, EVENTS).replace(q === 'a handful of' ? /^of / : /^$/, '')}`;
    const place = Math.floor(rand() * 3);
    const text =
      place === 0
        ? `${table(60 + Math.floor(rand() * 60), 80, '死亡', 20, 30)}Note: ${w} in group A\n`
        : place === 1
          ? table(60, 80, `Deaths (${w} excluded)`, 20, 30)
          : table(60, 80, '死亡', 20, 30, `Adverse events (${w} excluded)`);
    return { text, said: `${['note', 'row', 'title'][place]} ${w}`, leaks: true };
  });
}

/**
 * A note's share of one published cell named without の (「A群死亡の半数」 over A群's 死亡 c, or in English over a table
 * in English): the count it says of c. `leaks` where that count (or c less it) is from 1 to 9.
 */
export function sharesNoNo(seed: number, size: number): Case[] {
  const rand = lcg(seed);
  const shares = [
    { ja: '半数', en: 'half of', f: 1 / 2 },
    { ja: '三分の一', en: 'a third of', f: 1 / 3 },
    { ja: '四分の一', en: 'a quarter of', f: 1 / 4 },
  ];
  return Array.from({ length: size }, () => {
    const s = pick(rand, shares);
    const c = 10 + Math.floor(rand() * 40);
    const english = rand() < 0.4;
    let text: string;
    let note: string;
    if (english) {
      note = pick(rand, [
        `Note: ${s.en} group A's deaths were transfers`,
        `Note: ${s.en} the deaths in group A were transfers`,
        `Note: ${s.en} deaths in group A were women`,
      ]);
      text = `# Table 1\n\tGroup A (N=100)\tGroup B (N=120)\nDeaths\t${c}\t30\nOther\t${100 - c}\t90\n${note}\n`;
    } else {
      note = pick(rand, [`注：A群死亡の${s.ja}は転院後`, `注：A群で死亡の${s.ja}は高齢者`, `注：死亡例（A群）の${s.ja}は男性`]);
      text = `${table(100, 120, '死亡', c, 30)}${note}\n`;
    }
    const [lo, hi] = [Math.floor(c * s.f + 1e-9), Math.ceil(c * s.f - 1e-9)];
    const small = (a: number, b: number) => b >= 1 && b <= 9 && a <= b;
    return { text, said: `${note} (of ${c}: ${lo}–${hi})`, leaks: small(lo, hi) || small(c - hi, c - lo) };
  });
}

/**
 * A measure script's words for one family (words12-measure.ts, words13-measure.ts): how many pass (`run(text).ok`)
 * where the words give a count back (leaked) and how many innocent ones are refused; with `verbose`, the first `show`
 * of each written out.
 */
export function familyLine(
  run: (text: string) => { ok: boolean },
  name: string,
  family: readonly Case[],
  verbose: boolean,
  show: number,
): string {
  const judged = family.map((c) => ({ ...c, ok: run(c.text).ok }));
  const leaked = judged.filter((c) => c.leaks && c.ok);
  const over = judged.filter((c) => !c.leaks && !c.ok);
  if (verbose)
    for (const c of [...leaked.slice(0, show), ...over.slice(0, show)]) console.log(`  ${name} ${c.leaks ? 'leak' : 'over'}: ${c.said}`);
  return `${name}: leaked ${leaked.length}/${judged.filter((c) => c.leaks).length}, innocent refused ${over.length}/${judged.filter((c) => !c.leaks).length}`;
}
