/**
 * ranks66 (issue #11): extremes and ranks of shares each over its OWN N, and bare ranks.
 *
 * extremes62 refused an extreme (or a top k 「1位」「2位」 under 「上位」) of shares whose cells are each over their own N
 * (「n/N」 of differing N, or 「n (p%)」 under 「D病院 (N=30)」) in words (`header/extreme-own-n`); bare ranks 「1」「2」
 * under no word over such cells were neither refused nor tied; and bare ranks as column headers (「項目,1,2」) were
 * refused as values (`header/values`).
 *
 * Kinds (extremes62's `fracCases` 表1 — deaths over admissions by hospital and item, own N — and a 表2 of shares):
 * - `ext`: 表2 「施設別割合の最小」 (「最大」), the item's smallest (largest) n/N (extremes62's frac).
 * - `top`: 表2 「施設別割合の上位」 「1位」「2位」 as columns (extremes62's fracTop).
 * - `bare-rows`: the two largest (smallest) as rows 「1」「2」 under a title with no word of order.
 * - `bare-cols`: the same as columns 「項目,1,2」.
 * - `count-cols`: extremes63's bare ranks over a count table of one N per year, as columns 「年,1,2,3」.
 * - `MODE=innocent`: the same looks, 表2 other shares (no extreme, no rank) — must not be refused more or hide more.
 *
 * Judged by extremes62's `fracAttack` (a brute force over each item's hidden n, each 0..N, kept where every shown rank
 * prints as its share) and extremes63's `multiAttack` (fills.ts) for `count-cols`.
 *
 * `npx node test/pubcheck/ranks66-families.ts <count> <seeds>` (seeds 5290–5299 attack, `MODE=innocent` 5300–5309;
 * `ROOT=<tree>` for another tree). Prints read / refused / leaked / hidden cells a kind.
 */
import { fracAttack, fracCases, fracTop, measure, type FracCase } from './extremes62-families.ts';
import { multiAttack, multiCases, RANKS, type MultiCase } from './extremes63-families.ts';
import { int, lcg } from './helpers.ts';
import type { Checked } from './stats39-families.ts';

export type RankCase = { family: string; text: string; attack: (r: Checked) => string[] };

const pct = (n: number, d: number) => Math.round((1000 * n) / d) / 10;

/** 表1 of `c` with a 表2 of its ranks' shares bare (「1」「2」), as rows or as columns, under no word of order. */
function bareOf(c: FracCase, rows: boolean, next: () => number, innocent: boolean): FracCase {
  const ranks = c.ranks ?? [1, 2];
  const k = ranks.length;
  const shares = innocent ? c.years.flatMap(() => ranks.map(() => pct(int(next, 20, 60), 400))) : c.shares;
  const t1 = c.text.split('\n\n')[0]!;
  const labels = ranks.map(String);
  const show = (j: number, q: number) => `${shares[j * k + q]!.toFixed(1)}%`;
  const title = innocent ? '施設別の紹介割合（項目別）' : '施設別割合（項目別）';
  const body = rows
    ? [['', ...c.years].join(','), ...labels.map((l, q) => [l, ...c.years.map((_, j) => show(j, q))].join(','))]
    : [['項目', ...labels].join(','), ...c.years.map((y, j) => [y, ...labels.map((_, q) => show(j, q))].join(','))];
  const text = [t1, '', `# 表2 ${title}`, ...body, ''].join('\n');
  return {
    ...c,
    family: `${innocent ? 'innocent-' : ''}bare-${rows ? 'rows' : 'cols'}-${c.family.replace(/^top-/, '')}`,
    text,
    how: innocent ? 'none' : c.how,
    shares,
    ranks,
    rankLabels: labels,
  };
}

/** extremes63's bare ranks (rows 「1」「2」「3」 over the years) turned to columns: 「年,1,2,3」. */
function countCols(c: MultiCase): MultiCase {
  const [head, tail] = c.text.split('# 表3 ');
  const lines = tail!.trim().split('\n');
  const title = lines[0]!;
  const grid = lines.slice(2).map((l) => l.split(','));
  const years = lines[1]!.split(',').slice(1);
  const body = [['年', ...grid.map((g) => g[0]!)].join(','), ...years.map((y, j) => [y, ...grid.map((g) => g[j + 1]!)].join(','))];
  return { ...c, family: c.family.replace(/^(innocent-)?bare/, '$1count-cols'), text: `${head}# 表3 ${title}\n${body.join('\n')}\n` };
}

export function rankCases(count: number, seed: number, innocent = false): RankCase[] {
  const next = lcg(seed);
  const out: RankCase[] = [];
  const frac = (c: FracCase): RankCase => ({ family: c.family, text: c.text, attack: (r) => fracAttack(c, r) });
  const per = Math.max(1, Math.ceil(count / 5));
  const ext = fracCases(per, seed, innocent);
  const top = fracTop(per * 2, seed + 1000);
  out.push(...ext.map((c) => frac({ ...c, family: `${innocent ? 'innocent-' : ''}ext-${c.family.replace(/^innocent-/, '')}` })));
  if (!innocent) out.push(...top.slice(0, per).map(frac));
  out.push(...top.slice(0, per).map((c) => frac(bareOf(c, true, next, innocent))));
  out.push(...top.slice(per).map((c) => frac(bareOf(c, false, next, innocent))));
  out.push(
    ...multiCases(per, seed + 2000, innocent, RANKS)
      .filter((c) => c.family.includes('bare'))
      .map(countCols)
      .map((c) => ({ family: c.family, text: c.text, attack: (r: Checked) => multiAttack(c, r) })),
  );
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const innocent = process.env.MODE === 'innocent';
  const count = Number(process.argv[2] ?? 20);
  const seeds = (process.argv[3] ?? (innocent ? '5300' : '5290')).split(',').map(Number);
  const out = await measure(
    seeds.flatMap((s) => rankCases(count, s, innocent)),
    (c, r) => c.attack(r),
  );
  for (const [k, v] of Object.entries(out)) console.log(k.padEnd(24), JSON.stringify(v));
}
