/**
 * words45 (issue #11): a list of numbers after a noun (「切断2,3」「切断 2、3」「切断2または3」「切断2・3」「切断2か3」「Deaths 2
 * or 3」「amputations: 2, 3」) and a number written onto a Japanese noun before a particle (「切断4で」「切断3の転帰」「死亡2を
 * 含む」), left open by words44. Seeded (words45.test.ts: seeds 2321–2339).
 * - `list45`: leaks, a title over a table one of whose lines (its noun's, or another's) has small counts, the list's
 *   least and greatest numbers bounding that line's sum (width ≤ 2), or the particle's number being it — an attacker
 *   who takes the line's sum as known recovers its counts (`lines` holds the table, the small line first);
 * - `innocent45`: realistic titles with lists and particles after words that count nothing — months, steps, stages,
 *   tables, phases, visits, names and codes (「2、3月の切断」「第2・3相試験」「ステージ2または3」「表2、3」「Phase 2 or 3」
 *   「Grade 3 or 4 events」「定義1での解析」「4回目の切断」「第4の切断」「オメガ3の摂取」) — over tables of counts 10–60,
 *   half with a line of small counts.
 */
import { int, lcg, pick } from './helpers.ts';
import { LEADS, render, tableOf, type Case44 } from './words44-families.ts';

const JA_EVENTS = ['切断', '転倒', '挿管', '輸血', '透析導入', '心停止', 'ショック', '再手術', '肺炎', '出血'];
const EN_NOUNS = ['Deaths', 'Falls', 'Amputations', 'Strokes', 'Women', 'Men', 'Patients', 'Cases'];

/** Titles listing numbers whose least and greatest bound the small line's sum, or a particle after its sum: all leak. */
export function list45(seed: number, size: number): Case44[] {
  const next = lcg(seed);
  return Array.from({ length: size }, () => {
    const ev = pick(next, JA_EVENTS);
    const label = next() < 0.6 ? ev : pick(next, ['その他の事象', '合併症', 'Other']);
    const t = tableOf(next, label);
    const sum = (t.lines[0]!.slice(1) as number[]).reduce((a, b) => a + b, 0);
    const lo = Math.max(1, sum - int(next, 0, 1));
    const hi = lo === sum ? sum + int(next, 1, 2) : sum + int(next, 0, 1);
    // Two numbers in either order, or three (the sum among them where it lies between).
    const ns =
      next() < 0.7 ? (next() < 0.8 ? [lo, hi] : [hi, lo]) : [...new Set([lo, sum, hi])].length === 3 ? [lo, sum, hi] : [lo, hi, hi + 1];
    const en = pick(next, EN_NOUNS);
    const ja = (sep: string) => ns.join(sep);
    const words = pick(next, [
      `${ev}${ja(',')}`,
      `${ev} ${ja('、')}`,
      `${ev}${ja('、')}`,
      `${ev}${ja('または')}`,
      `${ev}${ja('・')}`,
      `${ev}${ja('か')}`,
      `${ev}：${ja('、')}`,
      `${ev}は${ja('、')}`,
      `（${ev}${ja(',')}）`,
      `${en} ${ns.slice(0, -1).join(', ')} or ${ns.at(-1)}`,
      `${en.toLowerCase()}: ${ja(', ')}`,
      `(${en.toLowerCase()} ${ja(', ')})`,
      `${ev}${sum}での${pick(next, ['転帰', '解析', '内訳'])}`,
      `${ev}${sum}の${pick(next, ['転帰', '内訳', '経過'])}`,
      `${ev}${sum}を含む${pick(next, ['有害事象', '転帰'])}`,
      `${ev}${sum}と入院`,
      `${ev}${lo}〜${hi}の内訳`,
    ]);
    const title = pick(next, [`${pick(next, LEADS)}（${words}）`, words, `${pick(next, LEADS)}、${words}`]);
    return { text: render(next, title, t), said: title, leaks: true, ...t };
  });
}

/** Realistic titles with lists and particles after words that count nothing; half over a table with a line of small counts. */
export function innocent45(seed: number, size: number): Case44[] {
  const next = lcg(seed);
  return Array.from({ length: size }, () => {
    const ev = pick(next, JA_EVENTS);
    const t = tableOf(next, next() < 0.5 ? pick(next, ['その他の事象', '合併症']) : undefined);
    const [a, b] = [int(next, 1, 4), int(next, 5, 9)];
    const sep = pick(next, ['、', ',', '・', 'または', 'か']);
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
      `投与後${a}${sep}${b}か月の${ev}`,
      `定義${a}${sep}${a + 1}による${ev}`,
      `シナリオ${a}${sep}${a + 1}の${ev}`,
      `コホート${a}${sep}${a + 1}の${ev}`,
      `アウトカム定義${a}での解析`,
      `条件${a}の${ev}`,
      `症例${a}の経過`,
      `${a}回目の${ev}`,
      `第${a}の${ev}`,
      `${ev}（${a}回目）の内訳`,
      `オメガ${a}の摂取と${ev}`,
      `ビタミンD${a}の投与`,
      `CYP2D${b}の多型と${ev}`,
      `COVID-19の流行と${ev}`,
      `2型糖尿病の${ev}`,
      `HbA1c${b}%以上の${ev}`,
      `東京都${b}区の${ev}`,
      `${ev}（第${a}報）の内訳`,
      `週${a}回の${ev}`,
      `${ev}${a}か月以内`,
      `ロキソプロフェン60の${ev}`,
      `Phase ${a} or ${a + 1} trial`,
      `Grade ${a} or ${a + 1} events`,
      `Tables ${a}, ${a + 1}`,
      `Visits ${a}, ${b}`,
      `Cohorts ${a} or ${a + 1}`,
      `Weeks ${a}, ${b}`,
      `Patients aged ${a}0, ${b}0`,
      `IL-${a}, ${b} and ${ev}`,
    ]);
    const title = pick(next, [`${pick(next, LEADS)}（${words}）`, words, `${pick(next, LEADS)}、${words}`]);
    return { text: render(next, title, t), said: title, leaks: false, ...t };
  });
}

export const FAMILIES = { list45, innocent45 } as const;
