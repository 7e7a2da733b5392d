/**
 * extremes60 (issue #11): the largest (smallest) of a line of shares published in another table.
 *
 * - `shareCases`: 表1 a count table of 4–7 hospitals by 3–4 years, every cell 「n (p%)」 (column shares of the year's
 *   total), with its 合計 row and 合計 column; 表2 under a title naming an extreme (「施設別割合の最小」「最大」, 「Lowest
 *   share」), one line per year, each value the smallest (largest) share of that year's column, printed 「p%」 with no N.
 *   One count under 10. a9147354 takes 表2's shares as counts of the year's total (`percent/borrowed-n`) but not as the
 *   extreme of the column's counts: a reader knows every count of the year is at least (most) that count, and the
 *   complement the checker hid beside the small count (often the year's smallest) is given back.
 * - `MODE=innocent` (`innocent`, `innocent-word`): the same tables, 表2 another count's share of the year's total, no
 *   extreme of the column (「年別紹介割合」, half under a word of an extreme of its own: 「紹介割合の最大」) — nothing to tie.
 * - `shareAttack`: fills.ts's brute force over 表1's counts (the column totals, the row totals), and where 表2's value is
 *   shown, the column's smallest (largest) count one the share allows of the year's total.
 *
 * `npx node test/pubcheck/extremes60-families.ts [seeds]` (seeds 4530–4531 `share`, `MODE=innocent` 4532;
 * `ROOT=<tree>` for another tree). Prints read / refused / leaked / hidden cells a family.
 */
import type { Highs } from 'highs';
import { fillLeaks } from './fills.ts';
import { checkerOfRoot, int, lcg, pick } from './helpers.ts';
import type { Checked } from './stats39-families.ts';

export interface ShareCase {
  family: string;
  text: string;
  counts: number[][];
  hospitals: string[];
  years: string[];
  how: 'max' | 'min' | 'none';
  /** 表2's printed share per year (percent, one decimal). */
  shares: number[];
}

const pct = (n: number, d: number) => Math.round((1000 * n) / d) / 10;
const cellText = (n: number, d: number) => `${n} (${pct(n, d).toFixed(1)}%)`;

export function shareCase(o: Omit<ShareCase, 'text'> & { title: string; label: string }): ShareCase {
  const { counts, hospitals, years, shares, title, label } = o;
  const colTotals = years.map((_, j) => counts.reduce((s, r) => s + r[j]!, 0));
  const grand = colTotals.reduce((s, v) => s + v, 0);
  const rowTotal = (i: number) => counts[i]!.reduce((s, v) => s + v, 0);
  const text = [
    '# 表1 年別死亡数（施設別の割合）',
    ['施設', ...years, '合計'].join(','),
    ...hospitals.map((h, i) => [h, ...counts[i]!.map((v, j) => cellText(v, colTotals[j]!)), cellText(rowTotal(i), grand)].join(',')),
    ['合計', ...colTotals.map((v) => `${v} (100.0%)`), `${grand} (100.0%)`].join(','),
    '',
    `# 表2 ${title}`,
    ['年', label].join(','),
    ...years.map((y, j) => `${y},${shares[j]!.toFixed(1)}%`),
  ];
  return { family: o.family, text: text.join('\n') + '\n', counts, hospitals, years, how: o.how, shares };
}

export function shareCases(count: number, seed: number, mode: 'share' | 'innocent'): ShareCase[] {
  const next = lcg(seed);
  const out: ShareCase[] = [];
  while (out.length < count) {
    const hospitals = Array.from({ length: int(next, 4, 7) }, (_, i) => `${'ABCDEFG'[i]}病院`);
    const years = Array.from({ length: int(next, 3, 4) }, (_, j) => `${2020 + j}年`);
    const counts = hospitals.map(() => years.map(() => int(next, 10, 60)));
    counts[int(next, 0, hospitals.length - 1)]![int(next, 0, years.length - 1)] = int(next, 1, 9);
    const colTotals = years.map((_, j) => counts.reduce((s, r) => s + r[j]!, 0));
    if (mode === 'innocent') {
      // Another count's share of the year's total (紹介患者), no extreme of the column: a whole count of the total, drawn
      // apart from the column's counts; under a word of an extreme of its own half the time (「紹介割合の最大」).
      const shares = years.map((_, j) => {
        const col = counts.map((r) => r[j]!);
        for (;;) {
          const c = int(next, 10, colTotals[j]! - 10);
          const p = pct(c, colTotals[j]!);
          if (!col.some((v) => pct(v, colTotals[j]!) === p)) return p;
        }
      });
      const word = next() < 0.5;
      out.push(
        shareCase({
          family: word ? 'innocent-word' : 'innocent',
          counts,
          hospitals,
          years,
          how: 'none',
          shares,
          title: word ? pick(next, ['紹介割合の最大', '年別の最高紹介割合']) : pick(next, ['年別紹介割合', '年別の紹介患者の割合']),
          label: '割合',
        }),
      );
      continue;
    }
    const how = next() < 0.6 ? 'min' : 'max';
    const pickFn = how === 'max' ? Math.max : Math.min;
    const shares = years.map((_, j) => pct(pickFn(...counts.map((r) => r[j]!)), colTotals[j]!));
    const titles: [string, string][] =
      how === 'max'
        ? [
            ['施設別割合の最大', '最大'],
            ['年別の最大割合', '割合'],
            ['Highest share by year', 'Max'],
          ]
        : [
            ['施設別割合の最小', '最小'],
            ['年別の最小割合', '割合'],
            ['Lowest share by year', 'Min'],
          ];
    const [title, label] = pick(next, titles);
    out.push(shareCase({ family: `share-${how}`, counts, hospitals, years, how, shares, title, label }));
  }
  return out;
}

/** Whether cell (row, col) of read table `t` is published. */
const statusOf = (t: NonNullable<Checked['tables']>[number], row: string, col: string) => {
  const i = t.table.rows.findIndex((h) => h.label === row);
  const j = t.table.cols.findIndex((h) => h.label === col);
  if (i < 0 || j < 0) throw new Error(`no cell ${row} × ${col}`);
  return t.status[i * t.table.cols.length + j] === 'published';
};

/** The counts of N a printed share (one decimal, rounded) allows. */
const countsOf = (p: number, n: number) => [...Array(n + 1).keys()].filter((c) => pct(c, n) === p);

/** fills.ts's brute force: 表1's totals, and each shown extreme of 表2 the column's smallest (largest) count. */
export function shareAttack(c: ShareCase, r: Checked): string[] {
  if (!r.ok || !r.tables) return [];
  const t1 = r.tables[0]!;
  const t2 = r.tables[1];
  const shown = (i: number, j: number) => statusOf(t1, c.hospitals[i]!, c.years[j]!);
  const colTotals = c.years.map((_, j) => c.counts.reduce((s, row) => s + row[j]!, 0));
  const rowShown = c.hospitals.map((h) => statusOf(t1, h, '合計'));
  const label = t2?.table.cols[0]?.label ?? '';
  const extreme = c.years.map((y, j) =>
    c.how !== 'none' && t2 && t2.table.rows.some((h) => h.label === y) && statusOf(t2, y, label)
      ? new Set(countsOf(c.shares[j]!, colTotals[j]!))
      : undefined,
  );
  return fillLeaks(
    {
      counts: c.counts,
      hidden: (i, j) => !shown(i, j),
      totalShown: (j) => statusOf(t1, '合計', c.years[j]!),
      rowFits: (i, row) => !rowShown[i] || row.reduce((s, v) => s + v, 0) === c.counts[i]!.reduce((s, v) => s + v, 0),
      wholeFits: (rows) => extreme.every((e, j) => !e || e.has((c.how === 'max' ? Math.max : Math.min)(...rows.map((row) => row[j]!)))),
    },
    (i, j) => `${c.hospitals[i]}・${c.years[j]}`,
    c.text,
  );
}

/** A family's tally: cases run, read, refused (each code once a case), read with a count given back, cells hidden. */
export type Tally = { runs: number; read: number; refused: number; leaked: number; hidden: number; codes: Record<string, number> };

/** Prints `measureWith`'s tallies, a line a family, then their total (the families' command lines). */
export function printTallies(out: Record<string, Tally>) {
  const total = { runs: 0, read: 0, refused: 0, leaked: 0, hidden: 0 };
  for (const [k, v] of Object.entries(out)) {
    console.log(k.padEnd(28), JSON.stringify(v));
    for (const x of Object.keys(total) as (keyof typeof total)[]) total[x] += v[x];
  }
  console.log('total'.padEnd(28), JSON.stringify(total));
}

/**
 * read / refused / leaked / hidden cells a family (the cases checked under the threshold), each read case judged by
 * `attack` (its leaks; 「unknown」 first where it gave up: no leak, counted apart under `unknown: true`). One loop for
 * the extremes60–63, redc61 and redi64 families (review66). `SHOW=1` prints each refused case with its messages and
 * each leak; `SHOW=refused` the refused only, `SHOW=leaked` the leaks only.
 */
export async function measureWith<C extends { family: string; text: string }>(
  cases: readonly C[],
  attack: (c: C, r: Checked) => string[],
  o: { highs?: Highs | undefined; unknown?: boolean } = {},
): Promise<Record<string, Tally & { unknown?: number }>> {
  const { check, highs: h, bundle } = await checkerOfRoot();
  const show = process.env.SHOW;
  const out: Record<string, Tally & { unknown?: number }> = {};
  for (const c of cases) {
    const r = check(o.highs ?? h, bundle, c.text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 }) as Checked;
    const f = (out[c.family] ??= o.unknown
      ? { runs: 0, read: 0, refused: 0, leaked: 0, unknown: 0, hidden: 0, codes: {} }
      : { runs: 0, read: 0, refused: 0, leaked: 0, hidden: 0, codes: {} });
    f.runs++;
    if (!r.ok) {
      f.refused++;
      const errors = (r as unknown as { errors: { code: string; message: string }[] }).errors;
      for (const code of new Set(errors.map((e) => e.code))) f.codes[code] = (f.codes[code] ?? 0) + 1;
      if (show && show !== 'leaked')
        console.log(
          c.text,
          errors.map((e) => e.message),
        );
      continue;
    }
    f.read++;
    f.hidden += r.tables!.reduce((s, t) => s + t.status.filter((x) => x !== 'published').length, 0);
    const leaks = attack(c, r);
    if (leaks[0] === 'unknown') {
      if (o.unknown) f.unknown!++;
    } else if (leaks.length > 0) {
      f.leaked++;
      if (show && show !== 'refused') console.log(c.text, leaks);
    }
  }
  return out;
}

/** The attack, none on a family named 「innocent…」 (its values are no counts of the tables: nothing to read). */
export const unlessInnocent =
  <C extends { family: string }>(attack: (c: C, r: Checked) => string[]) =>
  (c: C, r: Checked): string[] =>
    c.family.startsWith('innocent') ? [] : attack(c, r);

/** read / refused / leaked / hidden cells a family under `shareAttack`. */
export const measure = (cases: readonly ShareCase[], highs?: Highs) => measureWith(cases, shareAttack, { highs });

if (import.meta.url === `file://${process.argv[1]}`) {
  const mode = process.env.MODE === 'innocent' ? 'innocent' : 'share';
  const seeds = (process.argv[2] ?? (mode === 'share' ? '4530,4531' : '4532')).split(',').map(Number);
  const cases = seeds.flatMap((s) => shareCases(Number(process.env.COUNT ?? 50), s, mode));
  console.log(JSON.stringify(await measure(cases)));
}
