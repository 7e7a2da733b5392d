/**
 * ext68 (issue #11): a line of shares under NO word (no 「最大」「最小」, no 「1位」) equal at every position to the
 * largest (smallest) n/N of a count table's line whose cells are each over their own N.
 *
 * ranks66 read and tied such an extreme under a word (read.ts `ownNExtremes`, system.ts `ownNTies`); under none it was
 * left alone: most such tables were refused (`percent/no-denominator`), but where an N was borrowed for the shares
 * (「n/N」 cells, a small hospital's N) they were read untied, and a reader who found the shares fit the largest n/N
 * (every shown n/N below, none reaching it) took the hidden cell that reaches it back (its N printed beside it).
 *
 * Kinds (extremes62's `fracCases` 表1 — deaths over admissions by hospital and item, own N — and a 表2 of shares):
 * - `noword`: 表2 the items' largest (smallest) n/N under a title and a label with no word of an extreme or rank
 *   (「項目別の割合」「割合」), as a column (`col`) or as a row over the items (`row`).
 * - `innocent`: the same looks, 表2 other shares (no extreme) — must not be refused more nor hide more.
 * - `innocent-own`: 表2 one hospital's own n/N under its name (「C病院」), which is no extreme — as before.
 * - `multi`: `noword` with a 表3 「診療科別」 of the same items, each cell over its own N; in half of them (`-both`) one
 *   department's n/N copies at every item the cell of 表1 reaching the share, and is its line's largest (smallest) too:
 *   the share fits both tables and is tied to both (extremes63: a reader may take it for either); `-one` fits 表1 only.
 *   Prints, beside the tally, how many said they fit both (「どれにも当てはまり」) and the hidden cells of 表3.
 *
 * - `one`: extremes60's `shareCases` (表1 「n (p%)」 of hospitals by year, ONE N a year) with 表2 the year's smallest
 *   (largest) share under no word (「年別割合」「割合」): eb81e31d read it untied (shareExtremes wanted a word).
 * - `innocent-one`: extremes60's innocents (another count's share) under no word — as before.
 *
 * Judged by extremes62's `fracAttack` (`one`: extremes60's `shareAttack`, fills.ts) (a brute force over each item's hidden n, each 0..N, kept where the item's
 * largest (smallest) n/N prints as 表2's share).
 *
 * `npx node test/pubcheck/ext68-families.ts <kind> <count> <seeds>` (kinds noword, innocent, innocent-own; seeds
 * 5490–5509; `ROOT=<tree>` for another tree). Prints read / refused / leaked / hidden cells a family.
 */
import { measure as measureShares, shareCases, type ShareCase } from './extremes60-families.ts';
import { fracAttack, fracCases, measure, type FracCase } from './extremes62-families.ts';
import { checkerOfRoot, int, lcg, pick } from './helpers.ts';
import type { Checked } from './stats39-families.ts';

const TITLES: [string, string][] = [
  ['項目別の割合', '割合'],
  ['施設別割合（項目別）', '値'],
  ['転帰の割合', '%'],
];

/**
 * The hand cases' 表1 (ext68.test.ts, ext70.test.ts): six hospitals' 「n/N」 of three items over each hospital's own N,
 * C病院's 合併症 `c`; `caseOf` makes a `FracCase` of a text holding it (`extra`: ranks, rank labels).
 */
export function handHospitals(c: number) {
  const hospitals = ['A病院', 'B病院', 'C病院', 'D病院', 'E病院', 'F病院'];
  const items = ['死亡', '再入院', '合併症'];
  const n = [
    [31, 63, 30],
    [23, 17, 35],
    [20, 20, c],
    [31, 25, 57],
    [10, 12, 7],
    [17, 31, 18],
  ];
  const N = [449, 255, 163, 434, 28, 212].map((v) => items.map(() => v));
  const text = [
    '# 表1 施設別の転帰（件数/患者数）',
    ['施設', ...items].join(','),
    ...hospitals.map((h, i) => [h, ...items.map((_, j) => `${n[i]![j]}/${N[i]![j]}`)].join(',')),
    '',
  ].join('\n');
  const caseOf = (text: string, how: FracCase['how'], shares: number[], extra: Pick<FracCase, 'ranks' | 'rankLabels'> = {}): FracCase => ({
    family: 'hand',
    text,
    hospitals,
    years: items,
    n,
    N,
    how,
    shares,
    ...extra,
  });
  return { text, hospitals, items, n, N, caseOf };
}

/** 表2 of `c` rewritten with `shares` under `title` and `label`, as a column (items down) or a row (items across). */
function withShares(c: FracCase, title: string, label: string, shares: readonly number[], row: boolean): string {
  const t1 = c.text.split('\n\n')[0]!;
  const show = (j: number) => `${shares[j]!.toFixed(1)}%`;
  const body = row
    ? [['', ...c.years].join(','), [label, ...c.years.map((_, j) => show(j))].join(',')]
    : [['項目', label].join(','), ...c.years.map((y, j) => `${y},${show(j)}`)];
  return [t1, '', `# 表2 ${title}`, ...body, ''].join('\n');
}

export type Kind = 'noword' | 'innocent' | 'innocent-own' | 'multi' | 'one' | 'innocent-one';

/** `one`, `innocent-one`: extremes60's cases (one N a year) with every word of an extreme taken out of 表2. */
export function oneCases(count: number, seed: number, innocent: boolean): ShareCase[] {
  const next = lcg(seed + 11);
  return shareCases(count, seed, innocent ? 'innocent' : 'share').map((c) => {
    const [t1, t2] = c.text.split('\n\n');
    const lines = t2!.split('\n');
    lines[0] = `# 表2 ${pick(next, ['年別割合', '施設別割合（年別）', '年別の割合'])}`;
    lines[1] = `年,${pick(next, ['割合', '値', '%'])}`;
    return { ...c, family: `${innocent ? 'innocent-' : ''}one-${c.how}`, text: [t1, lines.join('\n')].join('\n\n') };
  });
}

const DEPTS = ['内科', '外科', '小児科', '整形外科'];

/** `multi`: 表3 「診療科別」 appended — other counts over own Ns, or (`both`) with the reaching cell's n/N copied in. */
function withDecoy(c: FracCase, next: () => number): FracCase {
  const both = next() < 0.5;
  const how = c.how === 'none' ? 'max' : c.how;
  const d = int(next, 0, DEPTS.length - 1);
  const Nd = DEPTS.map(() => int(next, 150, 500));
  const cells = DEPTS.map((_, i) =>
    c.years.map((_, j) => {
      if (both && i === d) {
        const r = c.hospitals
          .map((_, h) => h)
          .sort((x, y) => (how === 'max' ? 1 : -1) * (c.n[y]![j]! / c.N[y]![j]! - c.n[x]![j]! / c.N[x]![j]!))[0]!;
        return `${c.n[r]![j]}/${c.N[r]![j]}`;
      }
      // Away from the extreme: between the line's smallest and largest n/N of 表1 (neither end).
      const s = c.hospitals.map((_, h) => c.n[h]![j]! / c.N[h]![j]!).sort((x, y) => x - y);
      const lo = Math.ceil(Nd[i]! * (s[0]! + 0.01));
      const hi = Math.floor(Nd[i]! * (s[s.length - 1]! - 0.01));
      return `${lo <= hi ? int(next, lo, hi) : Math.round((Nd[i]! * (s[0]! + s[s.length - 1]!)) / 2)}/${Nd[i]}`;
    }),
  );
  const t3 = ['# 表3 診療科別の転帰（件数/患者数）', ['診療科', ...c.years].join(','), ...DEPTS.map((x, i) => [x, ...cells[i]!].join(','))];
  return { ...c, family: `multi-${c.family.replace(/^noword-/, '')}-${both ? 'both' : 'one'}`, text: `${c.text}\n${t3.join('\n')}\n` };
}

export function extCases(kind: Exclude<Kind, 'one' | 'innocent-one'>, count: number, seed: number): FracCase[] {
  if (kind === 'multi') {
    const next = lcg(seed + 7);
    return extCases('noword', count, seed)
      .filter((c) => !c.family.includes('header'))
      .map((c) => withDecoy(c, next));
  }
  const next = lcg(seed);
  const innocent = kind !== 'noword';
  return fracCases(count, seed, innocent).map((c) => {
    const row = next() < 0.3;
    const form = c.family.replace(/^innocent-/, '').split('-')[0]!;
    if (kind === 'innocent-own') {
      // One hospital's own shares, under its name: no extreme unless it is the largest (smallest) everywhere.
      const i = int(next, 0, c.hospitals.length - 1);
      const shares = c.years.map((_, j) => Math.round((1000 * c.n[i]![j]!) / c.N[i]![j]!) / 10);
      return {
        ...c,
        family: `innocent-own-${form}${row ? '-row' : ''}`,
        text: withShares(c, '施設の割合', c.hospitals[i]!, shares, row),
        how: 'none' as const,
        shares,
      };
    }
    const [title, label] = pick(next, TITLES);
    return {
      ...c,
      family: `${innocent ? 'innocent-' : ''}noword-${form}-${innocent ? 'none' : c.how}${row ? '-row' : ''}`,
      text: withShares(c, title, label, c.shares, row),
      // fracAttack reads 表2's share by its label (a row: the label names the line over the items).
      ...(row ? { rankLabels: [label] } : {}),
    };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const kind = (process.argv[2] ?? 'noword') as Kind;
  const count = Number(process.argv[3] ?? 40);
  const seeds = (process.argv[4] ?? '5490').split(',').map(Number);
  const out =
    kind === 'one' || kind === 'innocent-one'
      ? await measureShares(seeds.flatMap((s) => oneCases(count, s, kind === 'innocent-one')))
      : await measure(
          seeds.flatMap((s) => extCases(kind, count, s)),
          fracAttack,
        );
  const total = { runs: 0, read: 0, refused: 0, leaked: 0, hidden: 0 };
  if (kind === 'multi') {
    // How many were said to fit both tables, and 表3's hidden cells (what tying to both costs).
    const { check, highs, bundle } = await checkerOfRoot();
    let both = 0;
    let hidden3 = 0;
    for (const c of seeds.flatMap((s) => extCases(kind, count, s))) {
      const r = check(highs, bundle, c.text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 }) as Checked & {
        warnings?: { message: string }[];
      };
      if (!r.ok) continue;
      if (r.warnings?.some((w) => w.message.includes('どれにも当てはまり'))) both++;
      hidden3 += r.tables?.[2]?.status.filter((x) => x !== 'published').length ?? 0;
    }
    console.log('fits both (said)'.padEnd(28), both, 'hidden in 表3', hidden3);
  }
  for (const [k, v] of Object.entries(out)) {
    console.log(k.padEnd(28), JSON.stringify(v));
    for (const x of Object.keys(total) as (keyof typeof total)[]) total[x] += v[x];
  }
  console.log('total'.padEnd(28), JSON.stringify(total));
}
