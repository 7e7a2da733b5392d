/**
 * Seeded families of counts written in words outside the cells (words8, issue #11): a note or a title saying a count
 * in kanji (「死亡は三」「うち二」「ふたり」「壱名」), a share of a published N (「半数」「all but one」「二割」), digits spaced one by
 * one (「1 0 例」). Each case carries what an attacker reads from it, worked out here apart from the engine: the count it
 * says, or the least and most count of the published N it allows.
 */
import { lcg, pick } from './helpers.ts';

type Read = (text: string, options: { threshold: number }) => { errors: { code: string }[]; tables: { denominator?: number }[] };

const THRESHOLD = 10;
const KANJI = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const DAIJI = ['', '壱', '弐', '参'];

/** A table of two groups whose title states its N, the whole published. */
function table(rand: () => number, n: number, title = '有害事象'): { text: string; n: number } {
  const a = Math.floor(n * (0.3 + rand() * 0.4));
  const b = n - a;
  const a1 = Math.floor(a * rand());
  const b1 = Math.floor(b * rand());
  return { text: `# 表1 ${title} (N=${n})\n,A群,B群\n死亡,${a1},${b1}\n生存,${a - a1},${b - b1}\n`, n };
}

/** A small count in kanji as a reader sees it (「三」「二名」「ふたり」「壱名」「三つ」). */
function kanjiCount(rand: () => number, k: number): string {
  const form = Math.floor(rand() * 5);
  if (form === 1 && k <= 2) return pick(rand, k === 1 ? ['ひとり', '一人'] : ['ふたり', '二人']);
  if (form === 2 && k <= 3) return `${DAIJI[k]}${pick(rand, ['名', '例', ''])}`;
  if (form === 3) return `${KANJI[k]}${pick(rand, ['つ', '件', '症例'])}`;
  return `${KANJI[k]}${pick(rand, ['', '', '例', '名', '人'])}`;
}

/** Notes saying a count under the threshold in kanji: every one leaks that count. */
export function kanjiNotes(seed: number, size: number): { text: string; k: number; note: string }[] {
  const rand = lcg(seed);
  return Array.from({ length: size }, () => {
    const k = 1 + Math.floor(rand() * 9);
    const said = kanjiCount(rand, k);
    const note = pick(rand, [
      `注：A群の死亡は${said}`,
      `注：A群の死亡は${said}、入院は${kanjiCount(rand, 1 + Math.floor(rand() * 9))}`,
      `※ うち${said}は転院`,
      `※ 計${said}`,
      `注：死亡${said}。`,
      `※ ${said}は追跡不能`,
      `Note: 脱落 ${said}`,
    ]);
    return { text: `${table(rand, 40 + Math.floor(rand() * 200)).text}${note}\n`, k, note };
  });
}

/** Innocent notes: numerals in words that are no count (ordinals, fixed words, dates) and loose shares. */
export function innocentNotes(seed: number, size: number): { text: string; note: string }[] {
  const rand = lcg(seed);
  const words = [
    '第三回調査の結果',
    '三回目の訪問時点',
    '二次秘匿を行った',
    '一部の患者は重複',
    '一方、B群では',
    '一般病院を含む',
    '定義を統一した',
    '第1群は対照',
    '同一患者の再入院は1回と数えた'.replace('1回と数えた', 'まとめた'),
    '一人暮らしの患者を含む',
    '三月に集計',
    '唯一の例外',
    '全参加者を対象',
    '万一の場合',
    '一次データ',
    '一定の基準',
    '四分の一',
    '全例を解析対象とした',
    '死亡は半数未満',
    'more than half received the drug',
    'all patients received the drug',
    'none of the patients withdrew',
  ];
  return Array.from({ length: size }, () => {
    const note = `${pick(rand, ['注：', '※ ', 'Note: '])}${pick(rand, words)}`;
    // N of 40 or more: a loose share of it pins no count under the threshold.
    return { text: `${table(rand, 100 + Math.floor(rand() * 200)).text}${note}\n`, note };
  });
}

/**
 * A share in words of a published N, with the least and most count an attacker reads from it (worked out here): the
 * words said exactly (半数, 全員, all but k, both, none, 二割, 四分の一, a third of) and as bounds (過半数, more than half).
 */
const SHARES: { words: string[]; range: (n: number) => [number, number] }[] = [
  { words: ['半数', '半分', 'half of the patients'], range: (n) => [Math.floor(n / 2), Math.ceil(n / 2)] },
  { words: ['半数以上', 'at least half'], range: (n) => [Math.ceil(n / 2), n] },
  { words: ['半数以下'], range: (n) => [0, Math.floor(n / 2)] },
  { words: ['全員', '全例', 'all patients', 'every patient', 'everyone'], range: (n) => [n, n] },
  { words: ['all but one'], range: (n) => [n - 1, n - 1] },
  { words: ['all but two'], range: (n) => [n - 2, n - 2] },
  { words: ['both patients'], range: () => [2, 2] },
  { words: ['none of', 'no patients', 'no one', 'nobody'], range: () => [0, 0] },
  { words: ['過半数', 'more than half', '大半', '大部分', 'a majority'], range: (n) => [Math.floor(n / 2) + 1, n] },
  { words: ['二割'], range: (n) => [Math.floor((n * 2) / 10), Math.ceil((n * 2) / 10)] },
  { words: ['三割'], range: (n) => [Math.floor((n * 3) / 10), Math.ceil((n * 3) / 10)] },
  { words: ['四分の一', 'a quarter of'], range: (n) => [Math.floor(n / 4), Math.ceil(n / 4)] },
  { words: ['a third of', '三分の一'], range: (n) => [Math.floor(n / 3), Math.ceil(n / 3)] },
];

/**
 * Whether a count in [lo, hi] of n, or the rest of n, is known to be under the threshold and is not known to be 0: an
 * attacker bounds it as the oracle's test does (protection.ts: a hidden small count's most at least the threshold).
 */
export function pins(n: number, [lo, hi]: [number, number]): boolean {
  const small = (a: number, b: number) => b >= 1 && b <= THRESHOLD - 1 && a <= b;
  return small(lo, hi) || small(n - hi, n - lo);
}

export function shareNotes(seed: number, size: number): { text: string; leaks: boolean; note: string; n: number }[] {
  const rand = lcg(seed);
  return Array.from({ length: size }, () => {
    const share = pick(rand, SHARES);
    const n = pick(rand, [4, 5, 6, 7, 8, 9, 12, 15, 18, 20, 30, 40, 60, 100, 150]);
    const word = pick(rand, share.words);
    const note = /^[a-z]/i.test(word) ? `Note: ${word} died` : `注：死亡は${word}`;
    // Where the note is a title's words, the title states the N itself.
    const inTitle = rand() < 0.3;
    const t = table(rand, n, inTitle ? `有害事象（${note.replace(/^(?:注：|Note: )/, '')}）` : '有害事象');
    return { text: inTitle ? t.text : `${t.text}${note}\n`, leaks: pins(n, share.range(n)), note: inTitle ? `title ${note}` : note, n };
  });
}

/** Titles whose N is written in digits spaced one by one (「1 0 例」, 「１ ２ 例」) equal to the table's total. */
export function spacedTitles(seed: number, size: number): { text: string; n: number }[] {
  const rand = lcg(seed);
  return Array.from({ length: size }, () => {
    const n = 10 + Math.floor(rand() * 90);
    const digits = [...String(n)].join(' ');
    const written = rand() < 0.5 ? digits : digits.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    const t = table(rand, n).text.replace(/ \(N=\d+\)/, ` 全${written}例`.replace('全', rand() < 0.5 ? '全' : ''));
    return { text: t, n };
  });
}

/** How a family fares: notes refused (line/count, line/share, header/count, title/count), read, or leaking. */
export function judge(read: Read, text: string): { refused: boolean; denominator?: number } {
  const r = read(text, { threshold: THRESHOLD });
  const refused = r.errors.some((e) => /^(?:line\/count|line\/share|title\/count|header\/count)$/.test(e.code));
  const d = r.tables[0]?.denominator;
  return d === undefined ? { refused } : { refused, denominator: d };
}
