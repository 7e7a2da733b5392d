/**
 * words42 (issue #11): counts in titles, captions and corners left open by words40. Each family is seeded
 * (words42.test.ts: seeds 2081–2090) and mixes leaks (a count under 10 no sum of the table holds: refused where read)
 * with innocent numbers (no count: read as before).
 * - `kanjiNames`: the count in kanji numerals after a Japanese noun (「切断 三」「死亡：二」「（挿管 三）」「死亡：二〜三」「転倒 参」),
 *   against kanji in names, places and words (「三重県」「九州」「第一」「一部」「一般」「担当 鈴木 一」「切断 三か月」);
 * - `ageBands`: 「Patients: 3-5」「Cases (2–4)」 over a table of outcomes (leaks), against 「Patients: 18-64」「Patients
 *   (40-49)」 over a table of outcomes with no word of age, whose counts no line near either end of the band holds.
 */
import { int, lcg, pick } from './helpers.ts';
import type { Case } from './words14-families.ts';

type Where = 'title' | 'caption' | 'corner';
const LEADS = ['Adverse events', '有害事象', '転帰', '安全性解析対象集団', '表2 転帰'];

/** A table of counts (`lo`–`hi`) under `title` placed as a # title, a caption line or the corner. */
function place(next: () => number, title: string, where: Where, lo = 10, hi = 60): string {
  const rows = ['死亡', '入院', 'その他'];
  const body = (corner: string) =>
    [[corner, 'A群', 'B群'].join('\t'), ...rows.map((r) => [r, int(next, lo, hi), int(next, lo, hi)].join('\t'))].join('\n') + '\n';
  return where === 'corner' ? body(title) : where === 'title' ? `# ${title}\n${body('')}` : `${title}\n${body('')}`;
}

/** `words` as a whole title, in brackets after a lead, or after a lead and a comma; placed at random. */
function titled(next: () => number, words: string, leaks: boolean, lo?: number, hi?: number): Case {
  const title = pick(next, [`${pick(next, LEADS)}（${words}）`, words, `${pick(next, LEADS)}、${words}`]);
  const where = pick(next, ['title', 'caption', 'corner'] as const);
  return { text: place(next, title, where, lo, hi), said: `${where}: ${title}`, leaks };
}

/** Kanji numerals 1–20 in order (the families and the attackers of words42 and words43 take theirs from here). */
export const KANJI_NUMERALS = [
  '一',
  '二',
  '三',
  '四',
  '五',
  '六',
  '七',
  '八',
  '九',
  '十',
  '十一',
  '十二',
  '十三',
  '十四',
  '十五',
  '十六',
  '十七',
  '十八',
  '十九',
  '二十',
] as const;
const KANJI = KANJI_NUMERALS.slice(0, 9);
const DAIJI: Record<number, string> = { 1: '壱', 2: '弐', 3: '参' };
const JA_EVENTS = ['切断', '転倒', '挿管', '輸血', '透析導入', '心停止', 'ショック', '再手術', '死亡', '脱落'];
/** A count in kanji numerals after a Japanese noun (leaks), or kanji in a name, a place, a word or a measure (innocent). */
export function kanjiNames(seed: number, size: number): Case[] {
  const next = lcg(seed);
  return Array.from({ length: size }, () => {
    const leaks = next() < 0.5;
    const n = int(next, 1, 8);
    const k = KANJI[n - 1]!;
    const ev = pick(next, JA_EVENTS);
    const words = leaks
      ? pick(next, [
          `${ev} ${k}`,
          `${ev}：${k}`,
          `${ev}＝${k}`,
          `（${ev} ${k}）`,
          `${ev} ${k} A群`,
          `${ev}：${k}、${pick(next, JA_EVENTS)}：${KANJI[n]}`,
          `${pick(next, ['死亡', '脱落', '有害事象'])}：${k}〜${KANJI[n]}`,
          `${ev} ${DAIJI[Math.min(n, 3)]}`,
        ])
      : pick(next, [
          `三重県 ${ev}`,
          `${ev}（三重県）`,
          `九州 ${ev}`,
          `${ev} 九州`,
          `地域 九州`,
          `第一 ${ev}`,
          `${ev} 第${k}報`,
          `一部 除外`,
          `${ev} 一部`,
          `一般病棟 ${ev}`,
          `${ev} 一般`,
          `${ev} ${k}か月`,
          `${ev} ${k}年`,
          `${ev}（${k}〜${KANJI[n]}年）`,
          `ステージ ${k}`,
          `試験 ${k}`,
          `NYHA分類 ${KANJI[Math.min(n, 4) - 1]}`,
          `${ev} 一次解析`,
          `${ev} 三次救急`,
          `担当 鈴木 一`,
          `${ev} 第${k}相`,
          `${ev} 十人十色`,
          `${ev} 一人暮らし`,
          `${ev} 三大学`,
          `${ev} 四国`,
          `統一 ${ev}`,
        ]);
    return titled(next, words, leaks);
  });
}
const BANDS = ['18-64', '40-49', '65-74', '20-39', '18-39', '40-64', '50-59', '75-84', '15-24', '65-79'];
/**
 * A range after a unit of patients over a table of outcomes with no word of age: a small range (leaks: a count under
 * 10), or an age band (innocent).
 */
export function ageBands(seed: number, size: number): Case[] {
  const next = lcg(seed);
  return Array.from({ length: size }, () => {
    const leaks = next() < 0.5;
    const n = int(next, 2, 9);
    const range = leaks
      ? `${int(next, 1, n - 1)}${pick(next, ['-', '–', '〜', ' to '])}${n}`
      : pick(next, BANDS).replace('-', pick(next, ['-', '–']));
    const unit = pick(next, ['Patients', 'Cases', 'Subjects', 'Participants']);
    return titled(next, pick(next, [`${unit}: ${range}`, `${unit} (${range})`, `${unit}=${range}`]), leaks);
  });
}

const JA_LABELS = [
  '施設',
  '参加施設',
  '病院',
  '協力病院',
  '医療機関',
  '地区',
  'プロトコル',
  '報告書',
  'データ',
  '集計',
  'ロット',
  'バッチ',
  'クール',
  'ワクチン',
  '製剤',
];
/**
 * A Japanese noun of the study's places, documents, data or products with a number apart from it (「施設 3」「プロトコル
 * 2」「術後 3」) over a table of patients (innocent), or over a table that counts that noun (「施設数」: leaks), and a
 * noun of events with its number (「切断 3」, leaks as before).
 */
export function jaLabels(seed: number, size: number): Case[] {
  const next = lcg(seed);
  return Array.from({ length: size }, () => {
    const leaks = next() < 0.5;
    const n = int(next, 1, 9);
    const noun = pick(next, JA_LABELS);
    if (!leaks)
      return titled(
        next,
        pick(next, [
          `${noun} ${n}`,
          `${noun}：${n}`,
          `${pick(next, ['術後', '投与後', '治療前', '退院後'])} ${n}`,
          `${noun} ${KANJI[n - 1]}`,
        ]),
        false,
      );
    if (next() < 0.3) return titled(next, `${pick(next, JA_EVENTS)} ${n}`, true);
    const base = JA_LABELS.find((l) => noun.endsWith(l) && l.length <= 4 && !/^(?:参加|協力)/.test(l)) ?? noun;
    const title = pick(next, [`${noun} ${n}`, `${noun}：${n}`]);
    const where = pick(next, ['title', 'caption', 'corner'] as const);
    const body = (corner: string) =>
      [
        [corner, pick(next, [`${base}数`, `${base}の数`, `${base}（n）`])].join('\t'),
        ...['北日本', '東日本', '西日本'].map((r) => `${r}\t${int(next, 10, 60)}`),
      ].join('\n') + '\n';
    const text = where === 'corner' ? body(title) : where === 'title' ? `# ${title}\n${body('')}` : `${title}\n${body('')}`;
    return { text, said: `${where}: ${title} over ${base}数`, leaks: true };
  });
}

export const FAMILIES = { kanjiNames, ageBands, jaLabels } as const;
