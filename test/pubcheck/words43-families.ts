/**
 * words43 (issue #11): a range stated after any noun apart from it. Seeded (words43.test.ts: seeds 2121–2130); leaks
 * are a hidden small count's range (low end under 10) after a Japanese noun in digits or kanji (「切断 2〜3」「転倒：2-4」
 * 「（挿管 1〜3）」「切断 二〜三」) or after an English noun in kanji (「Deaths: 三」「Falls 二〜三」); innocent titles are
 * dates, phases, schedules, times, units, places and age bands (「2〜3月」「第2〜3相」「2〜3週ごと」「術後 2〜3日」「施設 2〜3」).
 */
import { int, lcg, pick } from './helpers.ts';
import type { Case } from './words14-families.ts';
import { KANJI_NUMERALS } from './words42-families.ts';

type Where = 'title' | 'caption' | 'corner';
const LEADS = ['Adverse events', '有害事象', '転帰', '表2 転帰'];
const KANJI = KANJI_NUMERALS.slice(0, 9);
const JA_EVENTS = ['切断', '転倒', '挿管', '輸血', '透析導入', '心停止', 'ショック', '再手術', '肺炎', '出血'];
const EN_EVENTS = ['Deaths', 'Falls', 'Amputations', 'Strokes', 'Infections', 'Events', 'Readmissions'];
const DASH = ['〜', '-', '~', '–'];

/** A table of counts 10–60 under `title` placed as a # title, a caption line or the corner. */
function place(next: () => number, title: string, where: Where): string {
  const body = (corner: string) =>
    [
      [corner, 'A群', 'B群'].join('\t'),
      ...['死亡', '入院', 'その他'].map((r) => [r, int(next, 10, 60), int(next, 10, 60)].join('\t')),
    ].join('\n') + '\n';
  return where === 'corner' ? body(title) : where === 'title' ? `# ${title}\n${body('')}` : `${title}\n${body('')}`;
}

/** A hidden small count's range after a noun (leaks), or a range that is no count (innocent). */
export function nounRanges43(seed: number, size: number): Case[] {
  const next = lcg(seed);
  return Array.from({ length: size }, () => {
    const leaks = next() < 0.5;
    const hi = int(next, 2, 9);
    const lo = int(next, 1, hi - 1);
    const [kl, kh] = [KANJI[lo - 1]!, KANJI[hi - 1]!];
    const d = pick(next, DASH);
    const ev = pick(next, JA_EVENTS);
    const en = pick(next, EN_EVENTS);
    const words = leaks
      ? pick(next, [
          `${ev} ${lo}${d}${hi}`,
          `${ev}：${lo}${d}${hi}`,
          `（${ev} ${lo}${d}${hi}）`,
          `${ev}=${lo}${d}${hi}`,
          `${ev} ${kl}〜${kh}`,
          `${ev}：${kl}〜${kh}`,
          `${ev} ${lo}${d}${hi} A群`,
          `${en}: ${kh}`,
          `${en} ${kh}`,
          `(${en.toLowerCase()} ${kh})`,
          `${en}: ${kl}〜${kh}`,
        ])
      : pick(next, [
          `${ev}（${lo}〜${hi}月）`,
          `${ev} ${lo}〜${hi}月`,
          `第${lo}〜${hi}相 ${ev}`,
          `${ev}（第${lo}〜${hi}相）`,
          `${ev} ${lo}〜${hi}週ごと`,
          `術後 ${lo}〜${hi}日`,
          `${ev}（術後 ${lo}〜${hi}日）`,
          `${ev} ${lo}〜${hi}か月`,
          `${ev} ${kl}〜${kh}年`,
          `${ev}（${lo}${d}${hi}歳）`,
          `ステージ ${lo}${d}${hi}`,
          `グレード ${lo}〜${hi} ${ev}`,
          `病棟 ${lo}〜${hi}`,
          `地域 ${lo}〜${hi}`,
          `施設 ${lo}〜${hi}`,
          `${ev} ${lo}〜${hi}号`,
          `高齢者 ${pick(next, ['65〜74', '75〜84', '65-74'])}`,
          `${en} (${lo}-${hi} years)`,
          `${en} ${kh}か月`,
          `${en} ${pick(next, ['三重県', '九州', '第一'])}`,
        ]);
    const title = pick(next, [`${pick(next, LEADS)}（${words}）`, words, `${pick(next, LEADS)}、${words}`]);
    const where = pick(next, ['title', 'caption', 'corner'] as const);
    return { text: place(next, title, where), said: `${where}: ${title}`, leaks };
  });
}

export const FAMILIES = { nounRanges43 } as const;
