/**
 * words44 (issue #11): a count or a range written onto a Japanese noun with no space (「切断3」「切断2〜3」「（挿管1〜3）」
 * 「切断三」「切断二〜三」, with a particle between: 「切断は2〜3」) and a range after an English noun of people (「Women 2-3」「Men: 2 to 3」). Seeded
 * (words44.test.ts: seeds 2181–2199).
 * - `glued44`: leaks, a title over a table one of whose lines (its noun's, or another's) has small counts, the title's
 *   number being that line's sum or a range of width ≤ 2 around it — an attacker who takes the line's sum as known
 *   recovers its counts (`lines` holds the table, the small line first);
 * - `innocent44`: realistic titles with numbers written onto words — units, steps, times, years, places, ordinals, names
 *   and codes (「2〜3月」「第2相」「術後3日」「3か月」「三重県」「第一」「令和3年」「COVID-19」「HbA1c」「5FU」「アウトカム定義1」)
 *   and age bands (「Patients 18-64」「Children 0-14」) — over tables of counts 10–60, half with a line of small counts.
 */
import { int, lcg, pick } from './helpers.ts';
import type { Case } from './words14-families.ts';
import { KANJI_NUMERALS } from './words42-families.ts';

export interface Case44 extends Case {
  /** The table's lines (label, counts by column), the small line first where there is one; its columns. */
  lines: (string | number)[][];
  cols: string[];
}

const JA_EVENTS = ['切断', '転倒', '挿管', '輸血', '透析導入', '心停止', 'ショック', '再手術', '肺炎', '出血'];
const OTHER_LINES = ['入院', 'その他', '死亡'];
export const LEADS = ['有害事象', '転帰', '表2 転帰', 'Adverse events'];
const DASH = ['〜', '-', '~', '–'];

export function tableOf(next: () => number, small: string | undefined): { lines: (string | number)[][]; cols: string[] } {
  const cols = ['A群', 'B群', 'C群'].slice(0, int(next, 2, 3));
  const others = OTHER_LINES.slice(0, int(next, 2, 3)).map((r) => [r, ...cols.map(() => int(next, 10, 60))]);
  return { cols, lines: small === undefined ? others : [[small, ...cols.map(() => int(next, 1, 3))], ...others] };
}
export function render(next: () => number, title: string, t: { lines: (string | number)[][]; cols: string[] }): string {
  const where = pick(next, ['title', 'caption', 'corner'] as const);
  const rows = (corner: string) => `${[corner, ...t.cols].join('\t')}\n${t.lines.map((l) => l.join('\t')).join('\n')}\n`;
  return where === 'corner' ? rows(title) : where === 'title' ? `# ${title}\n${rows('')}` : `${title}\n${rows('')}`;
}

/** Titles whose glued number (or range) is the small line's sum (or bounds it): all leak. */
export function glued44(seed: number, size: number): Case44[] {
  const next = lcg(seed);
  return Array.from({ length: size }, () => {
    const ev = pick(next, JA_EVENTS);
    // The small line is the title's noun's, or another line's (「その他」: a reader tries every line).
    const label = next() < 0.6 ? ev : pick(next, ['その他の事象', '合併症', 'Other']);
    const t = tableOf(next, label);
    const sum = (t.lines[0]!.slice(1) as number[]).reduce((a, b) => a + b, 0);
    const lo = Math.max(1, sum - int(next, 0, 1));
    const hi = lo === sum ? sum + int(next, 1, 2) : sum + int(next, 0, 1);
    const [k, kl, kh] = [KANJI_NUMERALS[sum - 1]!, KANJI_NUMERALS[lo - 1]!, KANJI_NUMERALS[hi - 1]!];
    const d = pick(next, DASH);
    const en = pick(next, ['Women', 'Men', 'Males', 'Females', 'Adults', 'Children', 'Patients', 'Deaths', 'Falls']);
    const words = pick(next, [
      `${ev}${sum}`,
      `${ev}${lo}${d}${hi}`,
      `（${ev}${lo}${d}${hi}）`,
      `${ev}${k}`,
      `${ev}${kl}〜${kh}`,
      `${ev}${sum} A群`,
      `${ev}${sum}、入院`,
      `${ev}は${lo}${d}${hi}`,
      `${ev}が${k}`,
      `${en} ${lo}-${hi}`,
      `${en} ${lo}–${hi}`,
      `${en}: ${lo} to ${hi}`,
      `(${en.toLowerCase()} ${lo}-${hi})`,
    ]);
    const title = pick(next, [`${pick(next, LEADS)}（${words}）`, words, `${pick(next, LEADS)}、${words}`]);
    return { text: render(next, title, t), said: title, leaks: true, ...t };
  });
}

/** Realistic titles with numbers written onto words that count nothing; half over a table with a line of small counts. */
export function innocent44(seed: number, size: number): Case44[] {
  const next = lcg(seed);
  return Array.from({ length: size }, () => {
    const ev = pick(next, JA_EVENTS);
    const t = tableOf(next, next() < 0.5 ? pick(next, ['その他の事象', '合併症']) : undefined);
    const [a, b] = [int(next, 1, 5), int(next, 6, 9)];
    const words = pick(next, [
      `${a}〜${b}月の${ev}`,
      `${ev}（${a}〜${b}月）`,
      `${ev}（${a}月）`,
      `第${a}相試験の${ev}`,
      `${ev}（第${a}相）`,
      `術後${a}日の${ev}`,
      `${ev}（術後${a}日）`,
      `${ev}（投与後${a}か月）`,
      `${ev} ${a}か月以内`,
      `三重県の${ev}`,
      `${ev}（第一報）`,
      `令和${a}年度の${ev}`,
      `COVID-19患者の${ev}`,
      `HbA1c${b}%以上の${ev}`,
      `5FU投与例の${ev}`,
      `2型糖尿病患者の${ev}`,
      `アウトカム定義${a}`,
      `${ev}（定義${a}）`,
      `感度解析${a}`,
      `条件${a}による${ev}`,
      `症例${a}の経過`,
      `ステージ${a}の${ev}`,
      `グレード${a}以上の${ev}`,
      `NYHA${a}度の${ev}`,
      `CTCAE v${a}.0`,
      `ロキソプロフェン${pick(next, [60, 180])}mg`,
      `ビタミンD${a}`,
      `オメガ${a}`,
      `IL-${b}`,
      `CYP2D${b}`,
      `第${a}四半期の${ev}`,
      `東京都${b}区`,
      `${ev}（表${a}）`,
      `図${a} ${ev}`,
      `${ev}（${a}回目）`,
      `${ev}（${a}〜${b}歳）`,
      `${ev}（週${a}回）`,
      `コホート${a}`,
      `投与期間は${a}か月`,
      `対象は${a}型糖尿病`,
      `${ev}の定義は${a}`,
      `シナリオ${a}の${ev}`,
      `Patients 18-64`,
      `Patients ${pick(next, ['65-74', '75-84', '40-64'])}`,
      `Children 0-14`,
      `Children ${pick(next, ['0-4', '5-9', '10-14', '0-17'])}`,
      `Women ${pick(next, ['15-49', '20-39', '40-59'])}`,
      `Adults ${pick(next, ['18-64', '65-79'])}`,
      `Men aged ${pick(next, ['40-49', '50-59'])}`,
      `高齢者65〜74歳`,
      `小児（0〜14歳）`,
      `Grade ${a}-${b} ${pick(next, ['events', 'AEs'])}`,
      `Phase ${a} trial`,
    ]);
    const title = pick(next, [`${pick(next, LEADS)}（${words}）`, words, `${pick(next, LEADS)}、${words}`]);
    return { text: render(next, title, t), said: title, leaks: false, ...t };
  });
}

export const FAMILIES = { glued44, innocent44 } as const;
