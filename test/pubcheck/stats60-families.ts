/**
 * stats60 (issue #11): 「範囲（%）」 whose N is borrowed from a count table that is NOT the range's population. stats55's
 * `pctCases` and stats57's `rangeRowCases` with no N written (`-non`), P the range's population (its count table, 合計
 * the N of each year), Q another population printing a total at the same year labels:
 * - `double-before`: 表1 Q (every hospital's count doubled, 「年別延べ患者数」), 表2 the range, 表3 P. a9147354 took
 *   表1's total for N (a total before wins): every end a whole count of 2N, read — the ends published as counts of Q,
 *   while a reader of 表3 takes P's N and turns each end back into P's smallest or largest count;
 * - `sex-before`: 表1 Q doubled, 表2 the range, 表3 P by sex (性別 × year, its 合計 P's N, no hospital line): the ends
 *   turned back with 表3's N are P's hospitals' counts, printed nowhere;
 * - `double-after`: 表1 the range, 表2 Q doubled, 表3 P (a9147354: two totals after, refused);
 * - `other-before`: 表1 P, 表2 the range, 表3 another population over the same hospitals (each +3–22, 「外来」): the
 *   ends fit P's lines, not 表3's — read on both trees (the N proved);
 * - `other-after`: stats59's `two` — 表1 the range, 表2 P, 表3 another population over the same hospitals.
 * Attacked with the truth: stats57's `rangeEitherAttack` (stats52's brute force over P's table, the ends published as P's
 * counts) where P's hospitals are printed; `sex-before` by the ends themselves (an end published whose count of P's N,
 * printed in 表3, is under 10).
 * `npx node test/pubcheck/stats60-families.ts [seeds]` (`ROOT=<tree>`), seeds 4280,4281, `COUNT` a seed (50).
 */
import { checkerOfRoot, lcg } from './helpers.ts';
import type { Checked, Reported } from './stats39-families.ts';
import type { RangeCase } from './stats50-families.ts';
import { pctCases } from './stats55-families.ts';
import { rangeEitherAttack, rangeRowCases } from './stats57-families.ts';
import { shownIn } from './fills.ts';

export type Wrong60 = 'double-before' | 'sex-before' | 'double-after' | 'other-before' | 'other-after';
export interface WrongCase extends RangeCase {
  /** The range table's and P's count table's numbers (1-based); `sex`: P's table is by sex (no hospital line). */
  rangeAt: number;
  countAt: number;
  sex?: true;
}

const lines = (t: string) => t.trim().split('\n');
/** Q: P's table with every count doubled, under another title. */
function doubled(counts: string, n: number): string {
  const [, head, ...rows] = lines(counts);
  const twice = (r: string) =>
    [
      r.split(',')[0],
      ...r
        .split(',')
        .slice(1)
        .map((v) => 2 * Number(v)),
    ].join(',');
  return [`# 表${n} 年別延べ患者数`, head, ...rows.map(twice)].join('\n');
}
/** Another population over the same hospitals: the first hospital's counts and so the totals 3–22 more. */
function other(counts: string, n: number, next: () => number): string {
  const [, head, ...rows] = lines(counts) as [string, string, ...string[]];
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
/** P by sex: 性別 × year, 男性 a random part of each year's N, 合計 the N. */
function bySex(c: RangeCase, n: number, next: () => number): string {
  const ns = c.years.map((_, j) => c.counts.reduce((s, r) => s + r[j]!, 0));
  const men = ns.map((v) => Math.floor(v * (0.3 + 0.4 * next())));
  return [
    `# 表${n} 性別入院患者数`,
    ['性別', ...c.years].join(','),
    ['男性', ...men].join(','),
    ['女性', ...ns.map((v, j) => v - men[j]!)].join(','),
    ['合計', ...ns].join(','),
  ].join('\n');
}

export function wrongCases(count: number, seed: number): WrongCase[] {
  const next = lcg(seed);
  const out: WrongCase[] = [];
  const forms: Wrong60[] = ['double-before', 'sex-before', 'double-after', 'other-before', 'other-after'];
  for (let s = 0; out.length < count; s++) {
    const pool = [...pctCases(40, seed * 100 + s), ...rangeRowCases(40, seed * 100 + s)].filter((c) => /-non$/.test(c.family));
    for (const c of pool) {
      if (out.length >= count) break;
      const [counts, range] = c.text.split(/\n\n(?=# 表2 )/) as [string, string];
      const axis = c.family.startsWith('pct') ? 'col' : 'row';
      const form = forms[Math.floor(next() * forms.length)]!;
      const rangeAs = (n: number) => range.replace(/^# 表2 /, `# 表${n} `);
      const pAs = (n: number) => counts.trim().replace(/^# 表1 /, `# 表${n} `);
      const parts =
        form === 'double-before'
          ? [doubled(counts, 1), rangeAs(2), pAs(3)]
          : form === 'sex-before'
            ? [doubled(counts, 1), rangeAs(2), bySex(c, 3, next)]
            : form === 'double-after'
              ? [rangeAs(1), doubled(counts, 2), pAs(3)]
              : form === 'other-before'
                ? [pAs(1), rangeAs(2), other(counts, 3, next)]
                : [rangeAs(1), pAs(2), other(counts, 3, next)];
      const rangeAt = form === 'double-before' || form === 'sex-before' || form === 'other-before' ? 2 : 1;
      const countAt = form === 'other-before' ? 1 : form === 'other-after' ? 2 : 3;
      out.push({
        ...c,
        family: `${form}-${axis}`,
        text: `${parts.map((p) => p.trim()).join('\n\n')}\n`,
        rangeAt,
        countAt,
        ...(form === 'sex-before' ? { sex: true as const } : {}),
      });
    }
  }
  return out;
}

/** The truth's attack: P's table and the range (stats57's brute force), or for `sex` the ends turned back with P's N. */
export function wrongAttack(c: WrongCase, r: Checked, report: Reported | undefined): string[] {
  if (!r.ok || !r.tables) return [];
  const byNumber = (n: number) => r.tables!.find((t) => (t.table as { number?: number }).number === n)!;
  const range = byNumber(c.rangeAt);
  const split = [...range.table.cols, ...range.table.rows].some((h) => h.label === '最小');
  if (!split) return [];
  if (c.sex) {
    const at = shownIn(range, undefined, c.text);
    const said = (yr: string, end: string) => {
      try {
        return at(yr, end);
      } catch {
        return at(end, yr);
      }
    };
    const nShown = shownIn(byNumber(c.countAt), report, c.text);
    return c.years.flatMap((yr, j) =>
      (
        [
          ['最小', c.lo[j]!],
          ['最大', c.hi[j]!],
        ] as const
      ).flatMap(([end, v]) => (v < 10 && said(yr, end) && nShown('合計', yr) ? [`${yr}・${end}=${v}`] : [])),
    );
  }
  try {
    return rangeEitherAttack(c, { ...r, tables: [byNumber(c.countAt), range] } as Checked, report);
  } catch (e) {
    if (e instanceof Error && e.message === 'cap') return ['unknown'];
    throw e;
  }
}

async function measureMain(seeds: string, count: number): Promise<void> {
  const { check, highs, bundle } = await checkerOfRoot();
  const tally = new Map<
    string,
    { runs: number; refused: number; read: number; leaked: number; hidden: number; codes: Map<string, number> }
  >();
  let unknown = 0;
  for (const seed of seeds.split(',').map(Number))
    for (const c of wrongCases(count, seed)) {
      const r = check(highs, bundle, c.text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 }) as Checked & {
        errors?: { code: string }[];
      };
      const t = tally.get(c.family) ?? { runs: 0, refused: 0, read: 0, leaked: 0, hidden: 0, codes: new Map() };
      tally.set(c.family, t);
      t.runs++;
      if (!r.ok) {
        t.refused++;
        for (const e of r.errors ?? []) t.codes.set(e.code, (t.codes.get(e.code) ?? 0) + 1);
        continue;
      }
      t.read++;
      t.hidden += (r.tables ?? []).reduce((s, x) => s + x.status.filter((v) => v !== 'published').length, 0);
      const leaks = wrongAttack(c, r, undefined);
      if (leaks[0] === 'unknown') unknown++;
      else if (leaks.length > 0) {
        t.leaked++;
        if (process.env.SHOW) console.log(c.family, c.text, leaks);
      }
    }
  const all = { runs: 0, refused: 0, read: 0, leaked: 0, hidden: 0 };
  for (const [family, t] of [...tally].sort()) {
    console.log(
      `${family.padEnd(18)} runs ${t.runs} refused ${t.refused} [${[...t.codes].map(([k, v]) => `${k}:${v}`).join(' ')}] read ${t.read} leaked ${t.leaked} hidden ${t.hidden}`,
    );
    for (const k of ['runs', 'refused', 'read', 'leaked', 'hidden'] as const) all[k] += t[k];
  }
  console.log(
    `${'all'.padEnd(18)} runs ${all.runs} refused ${all.refused} read ${all.read} leaked ${all.leaked} hidden ${all.hidden}; attacker gave up on ${unknown}`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await measureMain(process.argv[2] ?? '4280,4281', Number(process.env.COUNT ?? 50));
