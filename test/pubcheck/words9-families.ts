/**
 * Seeded families of counts written in words the checker did not read before words9 (issue #11): a share in a row's
 * or a column's label (「死亡（半数）」「死亡 (all)」), a native numeral (「みっつ」「ふたり」) or a kanji numeral run on
 * closing a label (「死亡三」), a Roman numeral with a unit of patients (「Ⅲ例」「III patients」), a note's share naming
 * its group (「A群の半数」), and innocent labels and notes beside them (「統一」「StageⅢ」「Ⅲ期」「理由のひとつ」). Each
 * case carries what an attacker reads from it, worked out here apart from the engine.
 */
import { lcg, pick } from './helpers.ts';
import { pins } from './words8-families.ts';

const KANJI = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const NATIVE = ['', 'ひとつ', 'ふたつ', 'みっつ', 'よっつ', 'いつつ', 'むっつ', 'ななつ', 'やっつ', 'ここのつ'];
const ROMAN = ['', 'Ⅰ', 'Ⅱ', 'Ⅲ', 'Ⅳ', 'Ⅴ', 'Ⅵ', 'Ⅶ', 'Ⅷ', 'Ⅸ'];
const ROMAN_ASCII = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX'];

/** A table of two groups, each column's N in its header (tab-separated), with `row` first and the rest after. */
function table(a: number, b: number, row: string, ca: number, cb: number, title = '有害事象'): string {
  return `# 表1 ${title}\n\tA群 (N=${a})\tB群 (N=${b})\n${row}\t${ca}\t${cb}\nその他\t${a - ca}\t${b - cb}\n`;
}

/**
 * A share in a label, with the least and most count it says of an N (worked out here): 「死亡（半数）」 says half of
 * each group died.
 */
const LABEL_SHARES: { label: (name: string) => string; range: (n: number) => [number, number] }[] = [
  { label: (x) => `${x}（半数）`, range: (n) => [Math.floor(n / 2), Math.ceil(n / 2)] },
  { label: (x) => `${x} (half)`, range: (n) => [Math.floor(n / 2), Math.ceil(n / 2)] },
  { label: (x) => `${x}（全員）`, range: (n) => [n, n] },
  { label: (x) => `${x}（全例）`, range: (n) => [n, n] },
  { label: (x) => `${x} (all)`, range: (n) => [n, n] },
  { label: (x) => `${x} (both patients)`, range: () => [2, 2] },
  { label: (x) => `${x} (none)`, range: () => [0, 0] },
  { label: (x) => `${x}（半数以上）`, range: (n) => [Math.ceil(n / 2), n] },
  { label: (x) => `${x}（過半数）`, range: (n) => [Math.floor(n / 2) + 1, n] },
  { label: (x) => `${x}（二割）`, range: (n) => [Math.floor(n / 5), Math.ceil(n / 5)] },
  { label: (x) => `${x}（all but one）`, range: (n) => [n - 1, n - 1] },
];

/** Labels stating a share of each group's N; `leaks` where some group's count or rest is pinned under 10. */
export function labelShares(seed: number, size: number): { text: string; leaks: boolean; label: string }[] {
  const rand = lcg(seed);
  return Array.from({ length: size }, () => {
    const share = pick(rand, LABEL_SHARES);
    const label = share.label(pick(rand, ['死亡', '入院', '再発', '有害事象']));
    const a = pick(rand, [4, 6, 8, 12, 15, 20, 30, 40, 60, 100, 150]);
    const b = pick(rand, [5, 7, 9, 14, 18, 25, 50, 80, 120]);
    const count = (n: number) => {
      const [lo, hi] = share.range(n).map((v) => Math.max(0, Math.min(n, v))) as [number, number];
      return lo + Math.floor(rand() * (hi - lo + 1));
    };
    const [ca, cb] = [count(a), count(b)];
    const leaks = [a, b].some((n) => pins(n, share.range(n).map((v) => Math.max(0, Math.min(n, v))) as [number, number]));
    return { text: table(a, b, label, ca, cb), leaks, label };
  });
}

/** A small count in a label in native numerals or kanji run on (「死亡三」「死亡（ふたつ）」「死亡 みっつ」「うちよっつ」). */
export function wordLabels(seed: number, size: number): { text: string; k: number; label: string }[] {
  const rand = lcg(seed);
  return Array.from({ length: size }, () => {
    const k = 1 + Math.floor(rand() * 9);
    const name = pick(rand, ['死亡', '入院', '再発', '脱落']);
    const said = pick(rand, [KANJI[k]!, NATIVE[k]!, ...(k <= 2 ? [['', 'ひとり', 'ふたり'][k]!] : [])]);
    const label = pick(rand, [`${name}${said}`, `${name} ${said}`, `${name}（${said}）`, `${name}（うち${said}）`]);
    return { text: table(60, 80, label, 20 + Math.floor(rand() * 20), 30 + Math.floor(rand() * 30)), k, label };
  });
}

/** A small count in notes in native numerals (「死亡はみっつ」「※ ななつは転院」). */
export function nativeNotes(seed: number, size: number): { text: string; k: number; note: string }[] {
  const rand = lcg(seed);
  return Array.from({ length: size }, () => {
    const k = 1 + Math.floor(rand() * 9);
    const note = pick(rand, [
      `注：A群の死亡は${NATIVE[k]}`,
      `※ うち${NATIVE[k]}は転院`,
      `注：再発${NATIVE[k]}。`,
      `※ ${NATIVE[k]}は追跡不能`,
    ]);
    return { text: `${table(60, 80, '死亡', 20, 30)}${note}\n`, k, note };
  });
}

/** A small count with a Roman numeral and a unit of patients in a note, a title or a label (「Ⅲ例」「III patients」). */
export function romanCounts(seed: number, size: number): { text: string; k: number; where: string }[] {
  const rand = lcg(seed);
  return Array.from({ length: size }, () => {
    const k = 1 + Math.floor(rand() * 9);
    const r = pick(rand, [ROMAN[k]!, ROMAN_ASCII[k]!]);
    const unit = pick(rand, ['例', '名', '人', ' patients', ' cases']);
    const place = Math.floor(rand() * 3);
    if (place === 0) {
      const note = pick(rand, [`注：${r}${unit}を除外`, `※ ${r}${unit}は追跡不能`, `Note: ${r}${unit} withdrew`]);
      return { text: `${table(60, 80, '死亡', 20, 30)}${note}\n`, k, where: note };
    }
    if (place === 1) return { text: table(60, 80, '死亡', 20, 30, `有害事象（${r}${unit}除外）`), k, where: `title ${r}${unit}` };
    const label = `死亡（うち${r}${unit}）`;
    return { text: table(60, 80, label, 20, 30), k, where: label };
  });
}

/**
 * Innocent labels (words with a numeral that are no count, stages and grades in Roman numerals, words of a share
 * that are none): an attacker reads no count from them.
 */
export const INNOCENT_LABELS = [
  '統一',
  '同一',
  '唯一',
  '単一',
  '均一',
  '画一',
  '逐一',
  '択一',
  '随一',
  '万一',
  '再三',
  '無二',
  '第三',
  '第一選択',
  '四分の一',
  '持参',
  '方法の統一',
  '基準 統一',
  'ステージ三',
  '病期二',
  'グレード三',
  'StageⅢ',
  'Stage III',
  'Grade Ⅲ',
  'Ⅲ期',
  'NYHA Ⅲ',
  'Type II',
  'Ⅲ度熱傷',
  'CTCAE Grade Ⅳ',
  '二型糖尿病',
  '十二指腸潰瘍',
  '三叉神経痛',
  '全身倦怠感',
  '半身麻痺',
  '半月板損傷',
  '両側',
  'Both eyes',
  '両眼 (both)',
  'A + B (both)',
  'All grades',
  'Grade 3 (all grades)',
  '用いつつ',
  '方法ひとつひとつ',
  '一人暮らし',
  'ひとり暮らし',
  '一過性',
  '二次感染',
  '全般性不安',
];

/** Tables with one innocent label among ordinary ones (nothing to refuse in them but the label could make one). */
export function innocentLabels(seed: number, size: number): { text: string; label: string }[] {
  const rand = lcg(seed);
  return Array.from({ length: size }, () => {
    const label = pick(rand, INNOCENT_LABELS);
    return { text: table(60 + Math.floor(rand() * 100), 80 + Math.floor(rand() * 100), label, 20 + Math.floor(rand() * 20), 30), label };
  });
}

/** Innocent notes with native numerals, Roman numerals and shares that are no count (ours to keep words). */
export const INNOCENT_NOTES = [
  '注：理由のひとつは季節性',
  '注：ひとつずつ確認した',
  '注：ひとりひとりに説明した',
  '注：ふたつめの基準',
  '注：規定のとおり集計',
  '注：基準を用いつつ判定',
  '注：StageⅢを含む',
  '注：Grade III 以上',
  '注：Ⅲ期の患者を含む',
  '注：NYHA III患者を含む',
  '注：Type II cases を含む',
  '注：Phase III試験',
  '注：第Ⅲ相試験',
  '注：(iii) patients with relapse',
  '注：基準を用いつつ',
  '注：思いつつ、',
  '注：定義を統一した',
  '注：全身状態を評価',
];

export function innocentNotes(seed: number, size: number): { text: string; note: string }[] {
  const rand = lcg(seed);
  return Array.from({ length: size }, () => {
    const note = pick(rand, INNOCENT_NOTES);
    return { text: `${table(60 + Math.floor(rand() * 100), 80 + Math.floor(rand() * 100), '死亡', 20, 30)}${note}\n`, note };
  });
}

const NOTE_SHARES: { words: string[]; range: (n: number) => [number, number] }[] = [
  { words: ['半数', '半分'], range: (n) => [Math.floor(n / 2), Math.ceil(n / 2)] },
  { words: ['全員', '全例'], range: (n) => [n, n] },
  { words: ['過半数', '大半'], range: (n) => [Math.floor(n / 2) + 1, n] },
  { words: ['二割'], range: (n) => [Math.floor(n / 5), Math.ceil(n / 5)] },
  { words: ['四分の一'], range: (n) => [Math.floor(n / 4), Math.ceil(n / 4)] },
];

/**
 * A note's share naming its group (「注：A群の半数が死亡」), one group's N small (5–19) and the other's large (40–200):
 * `leaks` where the share of the named group's N pins a count or its rest under 10 (an attacker reads the share of
 * the group it names), `main` where any N of the file does (main's rule: the smallest N that pins decides).
 */
export function groupShares(seed: number, size: number): { text: string; leaks: boolean; anyN: boolean; note: string; named: number }[] {
  const rand = lcg(seed);
  return Array.from({ length: size }, () => {
    const share = pick(rand, NOTE_SHARES);
    const word = pick(rand, share.words);
    const small = 5 + Math.floor(rand() * 15);
    const large = 40 + Math.floor(rand() * 160);
    const [a, b] = rand() < 0.5 ? [small, large] : [large, small];
    const nameA = rand() < 0.5;
    const named = nameA ? a : b;
    const note = `注：${nameA ? 'A群' : 'B群'}の${word}が死亡`;
    const clamp = (n: number) => share.range(n).map((v) => Math.max(0, Math.min(n, v))) as [number, number];
    const deaths = (n: number) => clamp(n)[0];
    const t = `# 表1 有害事象\n\tA群 (N=${a})\tB群 (N=${b})\n死亡\t${nameA ? deaths(a) : Math.floor(a / 3)}\t${nameA ? Math.floor(b / 3) : deaths(b)}\n生存\t${nameA ? a - deaths(a) : a - Math.floor(a / 3)}\t${nameA ? b - Math.floor(b / 3) : b - deaths(b)}\n`;
    return { text: `${t}${note}\n`, leaks: pins(named, clamp(named)), anyN: [a, b].some((n) => pins(n, clamp(n))), note, named };
  });
}
