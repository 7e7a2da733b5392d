/**
 * stats59 (issue #11): 「範囲（%）」 whose N is written only in a table AFTER it. stats55's `pctCases` and stats57's
 * `rangeRowCases` with no N written (`non`: column or row 「範囲（%）」 alone), the range table put first and the count
 * table (its 合計 the N of each year) after it:
 * - `after-col`, `after-row`: the count table right after (a3601f36: refused header/range-percent, no N before it);
 * - `mid-col`, `mid-row`: a table of another axis (性別 × 区分, no year) between them;
 * - `two-col`, `two-row`: two count tables after it, both with the years and a 合計, the second's totals other numbers
 *   (another population): the N is not one — refused in words on both trees.
 * Attacked by stats57's `rangeEitherAttack` (stats52's brute force over every count fitting the published cells, the
 * totals and the published ends) with the tables put back in its order (counts, range).
 * `npx node test/pubcheck/stats59-families.ts [seeds]` (`ROOT=<tree>` for another tree), seeds 4220,4221.
 */
import { checkerOfRoot, lcg } from './helpers.ts';
import type { Checked, Reported } from './stats39-families.ts';
import type { RangeCase } from './stats50-families.ts';
import { pctCases } from './stats55-families.ts';
import { rangeEitherAttack, rangeRowCases, tallies } from './stats57-families.ts';

export type After59 = 'after' | 'mid' | 'two';
export interface AfterCase extends RangeCase {
  /** The range table's and the count table's numbers (1-based). */
  rangeAt: number;
  countAt: number;
}

const other = '# 表2 性別・区分別患者数\n性別,外来,入院,合計\n男性,41,37,78\n女性,44,35,79\n合計,85,72,157\n';

/**
 * The count table as another population's (「年別外来患者数」, 表`n`): its first hospital's counts and so its totals
 * 3–22 more (stats59 `two`, stats60 `other-before`/`other-after`).
 */
export function otherPopulation(counts: string, next: () => number, n = 3): string {
  const [, head, ...rows] = counts.trim().split('\n') as [string, string, ...string[]];
  const add = head
    .split(',')
    .slice(1)
    .map(() => 3 + Math.floor(next() * 20));
  const more = (r: string) =>
    [
      r.split(',')[0],
      ...r
        .split(',')
        .slice(1)
        .map((v, j) => Number(v) + add[j]!),
    ].join(',');
  return [`# 表${n} 年別外来患者数`, head, more(rows[0]!), ...rows.slice(1, -1), more(rows.at(-1)!)].join('\n');
}

/**
 * stats55's `pctCases` and stats57's `rangeRowCases` with no N written (`-non`), seed by seed from `seed` × 100, each
 * split into its count table and its range table and made into a case by `build` (stats59, stats60).
 */
export function rangePairs<C>(
  count: number,
  seed: number,
  build: (c: RangeCase, counts: string, range: string, axis: 'col' | 'row', next: () => number) => C,
): C[] {
  const next = lcg(seed);
  const out: C[] = [];
  for (let s = 0; out.length < count; s++) {
    const pool = [...pctCases(40, seed * 100 + s), ...rangeRowCases(40, seed * 100 + s)].filter((c) => /-non$/.test(c.family));
    for (const c of pool) {
      if (out.length >= count) break;
      const [counts, range] = c.text.split(/\n\n(?=# 表2 )/) as [string, string];
      out.push(build(c, counts, range, c.family.startsWith('pct') ? 'col' : 'row', next));
    }
  }
  return out;
}

export function afterCases(count: number, seed: number): AfterCase[] {
  return rangePairs(count, seed, (c, counts, range, axis, next) => {
    const form: After59 = next() < 0.5 ? 'after' : next() < 0.6 ? 'mid' : 'two';
    const first = range.replace(/^# 表2 /, '# 表1 ');
    const text =
      form === 'after'
        ? `${first}\n${counts.replace(/^# 表1 /, '# 表2 ')}\n`
        : form === 'mid'
          ? `${first}\n${other}\n${counts.replace(/^# 表1 /, '# 表3 ')}\n`
          : `${first}\n${counts.replace(/^# 表1 /, '# 表2 ')}\n\n${otherPopulation(counts, next)}\n`;
    return { ...c, family: `${form}-${axis}`, text, rangeAt: 1, countAt: form === 'mid' ? 3 : 2 };
  });
}

/**
 * stats57's `rangeEitherAttack` over the tables numbered `countAt` (the counts) and `rangeAt` (the range), put in its
 * order; stats52's brute force stopping past 3,000,000 steps (fills.ts, 'cap') said as 'unknown' (the attacker gave up).
 */
export function attackInOrder(c: RangeCase, r: Checked, report: Reported | undefined, countAt: number, rangeAt: number): string[] {
  const byNumber = (n: number) => r.tables!.find((t) => (t.table as { number?: number }).number === n)!;
  try {
    return rangeEitherAttack(c, { ...r, tables: [byNumber(countAt), byNumber(rangeAt)] } as Checked, report);
  } catch (e) {
    if (e instanceof Error && e.message === 'cap') return ['unknown'];
    throw e;
  }
}

/** stats57's `rangeEitherAttack` with the count table and the range table put in its order. */
export function afterAttack(c: AfterCase, r: Checked, report: Reported | undefined): string[] {
  if (!r.ok || !r.tables) return [];
  return attackInOrder(c, r, report, c.countAt, c.rangeAt);
}

/** Each seed's `cases` checked and attacked (`attack`: the truth), tallied per family (stats57 `tallies`). */
export async function measureRanges<C extends RangeCase>(
  cases: (count: number, seed: number) => C[],
  attack: (c: C, r: Checked, report: Reported | undefined) => string[],
  seeds: string,
  count: number,
  width: number,
): Promise<void> {
  const { check, highs, bundle } = await checkerOfRoot();
  const tally = tallies(width, false);
  for (const seed of seeds.split(',').map(Number))
    for (const c of cases(count, seed)) {
      const r = check(highs, bundle, c.text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 }) as Checked & {
        errors?: { code: string }[];
      };
      const t = tally.checked(c.family, r);
      if (!t) continue;
      const leaks = attack(c, r, undefined);
      if (process.env.PROGRESS) console.error(c.family, 'read', leaks.join(' ') || 'none');
      tally.attacked(t, leaks, c.text);
    }
  tally.print();
}

if (import.meta.url === `file://${process.argv[1]}`)
  await measureRanges(afterCases, afterAttack, process.argv[2] ?? '4220,4221', Number(process.env.COUNT ?? 50), 10);
