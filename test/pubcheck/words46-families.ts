/**
 * words46 (issue #11): lists joined by 「と」「及び」「and」 (「切断2と3」「Deaths 2 and 3」「切断2、3及び4」), a kanji numeral glued
 * before a particle (「切断三で」「死亡二を含む」「切断三の転帰」), and a title's count over the sum of several lines (「切断と
 * 転倒 12例」), left open by words45. Seeded (words46.test.ts: seeds 2401–2420).
 * - `list46`: leaks, a title over a table one of whose lines has small counts, the list's least and greatest numbers
 *   bounding that line's sum (width ≤ 2), or a kanji numeral before a particle bounding or stating it — words44's
 *   attacker (the line's sum taken as known);
 * - `innocent46`: realistic titles with such lists and kanji before particles that count nothing (months, steps, stages,
 *   tables, phases, 「世界一の」「唯一の」「第二の」) over tables of counts 10–60, half with a line of small counts;
 * - `sum46`: a table with two or three lines of small counts (and a 合計 row half the time), the title stating the sum
 *   of two of them, naming them (「切断と転倒 12例」「切断・転倒 計12例」) or not (「重篤 12例」); `subset` holds the two
 *   lines (indices into `lines`), the attacker (`recoversSum`) takes that sum as known.
 */
import { int, lcg, pick } from './helpers.ts';
import { KANJI_NUMERALS } from './words42-families.ts';
import { LEADS, render, tableOf, type Case44 } from './words44-families.ts';

const JA_EVENTS = ['切断', '転倒', '挿管', '輸血', '透析導入', '心停止', 'ショック', '再手術', '肺炎', '出血'];
const EN_NOUNS = ['Deaths', 'Falls', 'Amputations', 'Strokes', 'Women', 'Men', 'Patients', 'Cases'];

/** Titles with lists joined by と/及び/and, or a kanji numeral before a particle, bounding or stating the small line's sum: all leak. */
export function list46(seed: number, size: number): Case44[] {
  const next = lcg(seed);
  return Array.from({ length: size }, () => {
    const ev = pick(next, JA_EVENTS);
    const label = next() < 0.6 ? ev : pick(next, ['その他の事象', '合併症', 'Other']);
    const t = tableOf(next, label);
    const sum = (t.lines[0]!.slice(1) as number[]).reduce((a, b) => a + b, 0);
    const lo = Math.max(1, sum - int(next, 0, 1));
    const hi = lo === sum ? sum + int(next, 1, 2) : sum + int(next, 0, 1);
    const ns =
      next() < 0.7 ? (next() < 0.8 ? [lo, hi] : [hi, lo]) : [...new Set([lo, sum, hi])].length === 3 ? [lo, sum, hi] : [lo, hi, hi + 1];
    const k = KANJI_NUMERALS[sum - 1]!;
    const en = pick(next, EN_NOUNS);
    const last = (sep: string, end: string) => `${ns.slice(0, -1).join(sep)}${end}${ns.at(-1)}`;
    const words = pick(next, [
      `${ev}${last('、', 'と')}`,
      `${ev}${last('、', '及び')}`,
      `${ev}${last('、', 'および')}`,
      `${ev} ${last('、', 'と')}`,
      `${ev}は${last('、', 'と')}`,
      `（${ev}${last('、', 'と')}）`,
      `${en} ${last(', ', ' and ')}`,
      `${en.toLowerCase()}: ${last(', ', ', and ')}`,
      `(${en.toLowerCase()} ${last(', ', ' and ')})`,
      `${ev}${k}での${pick(next, ['転帰', '解析', '内訳'])}`,
      `${ev}${k}の${pick(next, ['転帰', '内訳', '経過'])}`,
      `${ev}${k}を含む${pick(next, ['有害事象', '転帰'])}`,
      `${ev}${k}と入院`,
      `${ev}は${k}で`,
      `${ev}${KANJI_NUMERALS[lo - 1]}〜${KANJI_NUMERALS[hi - 1]}の内訳`,
    ]);
    const title = pick(next, [`${pick(next, LEADS)}（${words}）`, words, `${pick(next, LEADS)}、${words}`]);
    return { text: render(next, title, t), said: title, leaks: true, ...t };
  });
}

/** Realistic titles with と/及び/and lists and kanji before particles that count nothing; half over a line of small counts. */
export function innocent46(seed: number, size: number): Case44[] {
  const next = lcg(seed);
  return Array.from({ length: size }, () => {
    const ev = pick(next, JA_EVENTS);
    const t = tableOf(next, next() < 0.5 ? pick(next, ['その他の事象', '合併症']) : undefined);
    const [a, b] = [int(next, 1, 4), int(next, 5, 9)];
    const sep = pick(next, ['と', '及び', 'および']);
    const k = KANJI_NUMERALS[a - 1]!;
    const words = pick(next, [
      `${a}${sep}${b}月の${ev}`,
      `${ev}（${a}${sep}${b}月）`,
      `第${a}${sep}${a + 1}相試験の${ev}`,
      `ステージ${a}${sep}${a + 1}の${ev}`,
      `グレード${a}${sep}${a + 1}の${ev}`,
      `表${a}${sep}${a + 1}`,
      `図${a}${sep}${a + 1}の${ev}`,
      `術後${a}${sep}${b}日の${ev}`,
      `令和${a}${sep}${a + 1}年度の${ev}`,
      `${ev}（${a}${sep}${b}回目）`,
      `${ev}（${a}${sep}${b}歳）`,
      `定義${a}${sep}${a + 1}による${ev}`,
      `シナリオ${a}${sep}${a + 1}の${ev}`,
      `IL-${a}${sep}${b}と${ev}`,
      `Phase ${a} and ${a + 1} trial`,
      `Grade ${a} and ${a + 1} events`,
      `Tables ${a} and ${a + 1}`,
      `Visits ${a}, ${b}, and ${b + 1}`,
      `Weeks ${a} and ${b}`,
      `Cohorts ${a} and ${a + 1}`,
      `第${k}の${ev}`,
      `世界一の${ev}対策`,
      `日本一の症例数`,
      `唯一の${ev}`,
      `規格統一の${ev}`,
      `第${k}報での${ev}`,
      `${ev}（その${k}）の内訳`,
      `${k}次${ev}の転帰`,
      `${ev}${k}か月以内`,
      `${ev}の十年で`,
      `${ev}${k}回目を含む`,
    ]);
    const title = pick(next, [`${pick(next, LEADS)}（${words}）`, words, `${pick(next, LEADS)}、${words}`]);
    return { text: render(next, title, t), said: title, leaks: false, ...t };
  });
}

export interface Case46 extends Case44 {
  /** The two lines (indices into `lines`) whose sum the title states. */
  subset: [number, number];
  /** Whether the title names them. */
  named: boolean;
  /** Unnamed, another line adding up to the same count. */
  coincide: boolean;
}

/** A table with two or three lines of small counts, the title stating the sum of two of them, named or not. */
export function sum46(seed: number, size: number): Case46[] {
  const next = lcg(seed);
  return Array.from({ length: size }, () => {
    const cols = ['A群', 'B群', 'C群'].slice(0, int(next, 2, 3));
    const smallNames = [...JA_EVENTS].sort(() => next() - 0.5).slice(0, int(next, 2, 3));
    const small = smallNames.map((r) => [r, ...cols.map(() => int(next, 1, 4))]);
    const others = ['入院', 'その他'].map((r) => [r, ...cols.map(() => int(next, 10, 60))]);
    const lines = [...small, ...others];
    const subset: [number, number] =
      smallNames.length === 2
        ? [0, 1]
        : pick(next, [
            [0, 1],
            [0, 2],
            [1, 2],
          ] as [number, number][]);
    const n = subset.reduce((s, i) => s + (lines[i]!.slice(1) as number[]).reduce((a, b) => a + b, 0), 0);
    const [p, q] = subset.map((i) => lines[i]![0] as string);
    const named = next() < 0.6;
    // Unnamed, over three small lines: half the time the third line adds up to the same count (read as its sum).
    const third = [0, 1, 2].find((i) => !subset.includes(i) && i < small.length);
    if (!named && third !== undefined && next() < 0.5) {
      const cells = cols.map(() => 0);
      for (let left = n, k = 0; left > 0; k = (k + 1) % cols.length) {
        const add = Math.min(left, int(next, 1, 3));
        cells[k]! += add;
        left -= add;
      }
      lines[third] = [lines[third]![0]!, ...cells];
    }
    const words = named
      ? pick(next, [`${p}と${q} ${n}例`, `${p}・${q} 計${n}例`, `${p}及び${q}（${n}例）`, `${p}、${q}の合計${n}件`])
      : pick(next, [`重篤 ${n}例`, `重篤な事象${n}件`, `（重篤 ${n}例）`]);
    const title = pick(next, [`${pick(next, LEADS)}（${words}）`, words, `${pick(next, LEADS)}、${words}`]);
    const total = next() < 0.5;
    const withTotal = total ? [...lines, ['合計', ...cols.map((_, c) => lines.reduce((s, l) => s + (l[c + 1] as number), 0))]] : lines;
    const text = render(next, title, { cols, lines: withTotal });
    const coincide = third !== undefined && !named && (lines[third]!.slice(1) as number[]).reduce((a, b) => a + b, 0) === n;
    return { text, said: title, leaks: true, lines: withTotal, cols, subset, named, coincide };
  });
}

export const FAMILIES = { list46, innocent46, sum46 } as const;
