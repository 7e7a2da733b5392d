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
import type { Highs } from 'highs';
import { measure, measureWith, type ShareCase, shareCases, unlessInnocent } from './extremes60-families.ts';
import { fillLeaks } from './fills.ts';
import { int, lcg } from './helpers.ts';
import type { Checked } from './stats39-families.ts';

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
  if (process.env.MODE === 'top') {
    const seeds = (process.argv[2] ?? '4675,4676').split(',').map(Number);
    const innocent = process.env.INNOCENT === '1';
    console.log(JSON.stringify(await measureTop(seeds.flatMap((s) => topCases(Number(process.env.COUNT ?? 50), s, innocent)))));
  } else {
    const mode = process.env.MODE === 'innocent' ? 'innocent' : 'share';
    const seeds = (process.argv[2] ?? (mode === 'share' ? '4670,4671' : '4672')).split(',').map(Number);
    const cases = seeds.flatMap((s) => noteCases(Number(process.env.COUNT ?? 50), s, mode));
    console.log(JSON.stringify(await measure(cases)));
  }
}

/**
 * (c) `topCases`: 表1 as above, 表2 「年別の施設別割合の上位3」 — per year the three largest (smallest, 「下位3」) shares of
 * its column, columns 「1位」「2位」「3位」, no N. `topAttack`: fills.ts's brute force, each shown rank r the r-th largest
 * (smallest) count of the year one the share allows of the year's total. `INNOCENT=1` (seed 4677): the same look, the
 * ranks another count's shares (no fit, nothing tied).
 */
export function topCases(count: number, seed: number, innocent = false): ShareCase[] {
  const next = lcg(seed);
  return shareCases(count, seed, 'share').map((c) => {
    const k = 3;
    const how = next() < 0.5 ? 'max' : 'min';
    const totals = c.years.map((_, j) => c.counts.reduce((s, r) => s + r[j]!, 0));
    // innocent: the three largest (smallest) of another count's shares (紹介患者 by hospital), drawn apart.
    const ranks = c.years.map((_, j) =>
      (innocent ? c.counts.map(() => int(next, 5, 70)) : c.counts.map((r) => r[j]!))
        .sort((x, y) => (how === 'max' ? y - x : x - y))
        .slice(0, k)
        .map((v) => Math.round((1000 * v) / totals[j]!) / 10),
    );
    const t1 = c.text.split('\n\n')[0]!;
    const text = [
      t1,
      '',
      `# 表2 年別の施設別割合の${how === 'max' ? '上位' : '下位'}3`,
      ['年', '1位', '2位', '3位'].join(','),
      ...c.years.map((y, j) => [y, ...ranks[j]!.map((p) => `${p.toFixed(1)}%`)].join(',')),
    ].join('\n');
    return { ...c, family: `${innocent ? 'innocent-' : ''}top-${how}`, how, text: text + '\n', shares: ranks.flat() };
  });
}

/** fills.ts's brute force over 表1, each shown rank of 表2 the year's r-th largest (smallest) count. */
export function topAttack(c: ShareCase, r: Checked): string[] {
  if (!r.ok || !r.tables) return [];
  const t1 = r.tables[0]!;
  const t2 = r.tables[1]!;
  const status = (t: NonNullable<Checked['tables']>[number], row: string, col: string) => {
    const i = t.table.rows.findIndex((h) => h.label === row);
    const j = t.table.cols.findIndex((h) => h.label === col);
    return i >= 0 && j >= 0 && t.status[i * t.table.cols.length + j] === 'published';
  };
  const totals = c.years.map((_, j) => c.counts.reduce((s, row) => s + row[j]!, 0));
  const rowShown = c.hospitals.map((h) => status(t1, h, '合計'));
  const allowed = c.years.map((y, j) =>
    [0, 1, 2].map((q) => {
      if (!status(t2, y, `${q + 1}位`)) return undefined;
      const p = c.shares[j * 3 + q]!;
      return new Set([...Array(totals[j]! + 1).keys()].filter((v) => Math.round((1000 * v) / totals[j]!) / 10 === p));
    }),
  );
  return fillLeaks(
    {
      counts: c.counts,
      hidden: (i, j) => !status(t1, c.hospitals[i]!, c.years[j]!),
      totalShown: (j) => status(t1, '合計', c.years[j]!),
      rowFits: (i, row) => !rowShown[i] || row.reduce((s, v) => s + v, 0) === c.counts[i]!.reduce((s, v) => s + v, 0),
      wholeFits: (rows) =>
        allowed.every((a, j) => {
          const sorted = rows.map((row) => row[j]!).sort((x, y) => (c.how === 'max' ? y - x : x - y));
          return a.every((s, q) => !s || s.has(sorted[q]!));
        }),
    },
    (i, j) => `${c.hospitals[i]}・${c.years[j]}`,
    c.text,
  );
}

/** read / refused / leaked / hidden of `topCases` under `topAttack` (innocents not attacked). */
export function measureTop(cases: readonly ShareCase[], highs?: Highs) {
  return measureWith(cases, unlessInnocent(topAttack), { highs });
}
