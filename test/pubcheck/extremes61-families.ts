/**
 * extremes61 (issue #11): the smallest (largest) share of a line stated in a note under the counts.
 *
 * - `noteCases`: extremes60's 表1 (hospitals by years, 「n (p%)」 of the year's total, one count under 10), no 表2: a
 *   note under it 「※2021年の最小割合は 4.3%」 (one year, `note-one`) or 「※施設別割合の最小は 2020年 4.2%、2021年 4.3%」
 *   (every year, `note-all`). 31b5f650 refused it (`line/count`); a reader knows the year's counts are all at least
 *   (most) the share's count of the year's total.
 * - `MODE=innocent`: the same note of another count's share (紹介割合), under a word of an extreme half the time
 *   (`innocent-word`) — refused as before (`line/count`), never tied.
 * - Attack: extremes60's `shareAttack` (fills.ts brute force; a shown extreme the column's smallest (largest) count).
 *
 * `npx node test/pubcheck/extremes61-families.ts [seeds]` (seeds 4670–4671 note, `MODE=innocent` 4672; `ROOT=<tree>`).
 */
import { measure, type ShareCase, shareCases } from './extremes60-families.ts';
import { int, lcg } from './helpers.ts';

/** 表1 of extremes60's case with its 表2 written as a note instead (one year or every year). */
export function noteCases(count: number, seed: number, mode: 'share' | 'innocent'): ShareCase[] {
  const next = lcg(seed);
  return shareCases(count, seed, mode).map((c) => {
    const t1 = c.text.split('\n\n')[0]!;
    const word = /最大|最高|Max|Highest/i.test(c.text.split('\n\n')[1]!) ? '最大' : '最小';
    const what = c.how === 'none' ? `紹介割合${next() < 0.5 || c.family === 'innocent-word' ? `の${word}` : ''}` : `${word}割合`;
    const all = next() < 0.5;
    const j = int(next, 0, c.years.length - 1);
    const pct = (p: number) => `${p.toFixed(1)}%`;
    const note = all
      ? `※施設別の${what}は ${c.years.map((y, k) => `${y} ${pct(c.shares[k]!)}`).join('、')}`
      : `※${c.years[j]}の${what}は ${pct(c.shares[j]!)}`;
    const family = c.how === 'none' ? (what.includes('の') ? 'innocent-word' : 'innocent') : all ? 'note-all' : 'note-one';
    return { ...c, family, text: `${t1}\n${note}\n` };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const mode = process.env.MODE === 'innocent' ? 'innocent' : 'share';
  const seeds = (process.argv[2] ?? (mode === 'share' ? '4670,4671' : '4672')).split(',').map(Number);
  const cases = seeds.flatMap((s) => noteCases(Number(process.env.COUNT ?? 50), s, mode));
  console.log(JSON.stringify(await measure(cases)));
}
