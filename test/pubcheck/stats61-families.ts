/**
 * stats61 (issue #11): 「範囲（%）」 whose N is printed only as the sum of P's lines (P's count table with no total line).
 * stats60's `wrongCases` with every 「合計」 line of P's table (and of P by sex) taken out, and two forms more:
 * - `sum-before` / `sum-after`: P without a total, before or after the range, nothing else. 31b5f650 refused (no N);
 * - `double-before` / `double-after`: Q (P doubled) prints a total, P only its lines. 31b5f650 took Q's total for N (the
 *   one number printed): every end a whole count of 2N, read and published — a reader summing P's lines turns each end
 *   back into P's smallest or largest count (a hidden 7 from 4.3% of 162);
 * - `sex-before`: Q doubled with its total, P by sex without one; `other-before` / `other-after`: another population
 *   over the same hospitals printing a total, P only its lines.
 * `innocentCases`: the same look NOT the class — stats60's `other-*` with the other population's total taken out (P
 * prints its total: the N), and P's 表 by sex without a total (its sum P's N).
 * Attacked with the truth (stats60's `wrongAttack`: stats52's brute force over P's table, or the ends turned back with
 * P's N for `sex`); the innocent ones are measured read / refused / hidden only. `npx node test/pubcheck/stats61-families.ts [seeds]` (`ROOT=<tree>`), seeds 4640,4641, `COUNT` (60).
 */
import { checkerOfRoot, lcg } from './helpers.ts';
import type { Checked } from './stats39-families.ts';
import { pctCases } from './stats55-families.ts';
import { rangeRowCases } from './stats57-families.ts';
import { type WrongCase, wrongCases } from './stats60-families.ts';
import { fillLeaks, shownIn } from './fills.ts';

const noTotal = (table: string) =>
  table
    .split('\n')
    .filter((l) => !/^合計,/.test(l))
    .join('\n');
const tables = (text: string) => text.trim().split(/\n\n(?=# 表\d)/);

/** The class: P's N only as its lines' sum. */
export function sumCases(count: number, seed: number): WrongCase[] {
  const next = lcg(seed);
  const out: WrongCase[] = [];
  const wrong = wrongCases(Math.ceil(count / 2) + 1, seed);
  for (let s = 0; out.length < count; s++) {
    const c = wrong[s % wrong.length]!;
    if (s % 2 === 0 && s / 2 < wrong.length) {
      // stats60's form with P's total (or P by sex's) taken out.
      const ts = tables(c.text).map((t, i) => (i + 1 === c.countAt ? noTotal(t) : t));
      out.push({ ...c, text: `${ts.join('\n\n')}\n` });
      continue;
    }
    const pool = [...pctCases(20, seed * 100 + s), ...rangeRowCases(20, seed * 100 + s)].filter((x) => /-non$/.test(x.family));
    const p = pool[Math.floor(next() * pool.length)]!;
    const [counts, range] = p.text.split(/\n\n(?=# 表2 )/) as [string, string];
    const axis = p.family.startsWith('pct') ? 'col' : 'row';
    const after = next() < 0.5;
    const parts = after
      ? [range.replace(/^# 表2 /, '# 表1 '), noTotal(counts.trim()).replace(/^# 表1 /, '# 表2 ')]
      : [noTotal(counts.trim()), range];
    out.push({
      ...p,
      family: `sum-${after ? 'after' : 'before'}-${axis}`,
      text: `${parts.map((x) => x.trim()).join('\n\n')}\n`,
      rangeAt: after ? 1 : 2,
      countAt: after ? 2 : 1,
    });
  }
  return out;
}

/** Not the class: P prints its total; another table at the same labels prints only lines (its sum another N or P's). */
export function innocentCases(count: number, seed: number): WrongCase[] {
  const out: WrongCase[] = [];
  for (const c of wrongCases(count * 4, seed)) {
    if (out.length >= count) break;
    if (!/^other-/.test(c.family)) continue;
    const ts = tables(c.text);
    // the other population (the table neither the range nor P) loses its total.
    const other = [1, 2, 3].find((n) => n !== c.rangeAt && n !== c.countAt)!;
    out.push({
      ...c,
      family: `innocent-${c.family}`,
      text: `${ts.map((t, i) => (i + 1 === other ? noTotal(t) : t)).join('\n\n')}\n`,
    });
  }
  return out;
}

/**
 * The truth's attack, written apart from the engine: the range is P's, its N P's lines' sum (printed or not). Where the
 * range is read (split in 「最小」「最大」) and an end published, fills.ts's brute force over P's hidden counts keeps a fill
 * where every published end's printed share is, within its rounding, the share of the fill's least (greatest) count of
 * the year over the fill's sum (P's 合計 where printed and published bounds the fill too). P by sex (`sex`): an end
 * published whose count is under 10 where both sex lines of its year are published (the reader sums them).
 */
/** Whether printed end `e` (「4.3」) is, within its rounding, the share of `k` over `n`. */
const endFits = (e: string, k: number, n: number) =>
  n > 0 && Math.abs((100 * k) / n - Number(e)) <= 0.5 * 10 ** -(e.split('.')[1]?.length ?? 0) + 1e-9;

/**
 * The opening of the truth's attacks on a 「範囲（%）」 (`sumAttack`, redi64's `nfracAttack`): where the range of case
 * `c` is read (split in 「最小」「最大」), its tables by number, whether each year's ends are published, the ends as
 * printed (「4.3」「12.0」 a year) and `endFits`; else undefined (nothing to attack).
 */
export function rangeRead(c: WrongCase, r: Checked) {
  if (!r.ok || !r.tables) return undefined;
  const byNumber = (n: number) => r.tables!.find((t) => (t.table as { number?: number }).number === n)!;
  const range = byNumber(c.rangeAt);
  if (!range || ![...range.table.cols, ...range.table.rows].some((h) => h.label === '最小')) return undefined;
  const at = shownIn(range, undefined, c.text);
  const said = (yr: string, end: string) => {
    try {
      return at(yr, end);
    } catch {
      return at(end, yr);
    }
  };
  const ends = c.years.map((yr) => [said(yr, '最小'), said(yr, '最大')]);
  const rangeText = tables(c.text)[c.rangeAt - 1]!;
  const texts = [...rangeText.matchAll(/(\d+(?:\.\d+)?)\s*[–-]\s*(\d+(?:\.\d+)?)/g)].map((m) => [m[1]!, m[2]!]);
  return { byNumber, ends, texts, fits: endFits };
}

export function sumAttack(c: WrongCase, r: Checked): string[] {
  const read = rangeRead(c, r);
  if (!read) return [];
  const { byNumber, ends, texts, fits } = read;
  const P = byNumber(c.countAt);
  const shown = shownIn(P, undefined, c.text);
  const has = (row: string, col: string) => {
    try {
      return shown(row, col);
    } catch {
      return false;
    }
  };
  if (c.sex)
    return c.years.flatMap((yr, j) =>
      has('男性', yr) && has('女性', yr)
        ? ([0, 1] as const).flatMap((e) => {
            const v = e === 0 ? c.lo[j]! : c.hi[j]!;
            return ends[j]![e] && v < 10 ? [`${yr}の${e === 0 ? '最小' : '最大'} ${v}（男女の和から）`] : [];
          })
        : [],
    );
  try {
    return fillLeaks(
      {
        counts: c.counts,
        hidden: (i, j) => !shown(c.hospitals[i]!, c.years[j]!),
        totalShown: (j) => has('合計', c.years[j]!),
        rowFits: () => true,
        wholeFits: (rows) =>
          c.years.every((_, j) => {
            const col = rows.map((row) => row[j]!);
            const n = col.reduce((a, b) => a + b, 0);
            return (!ends[j]![0] || fits(texts[j]![0]!, Math.min(...col), n)) && (!ends[j]![1] || fits(texts[j]![1]!, Math.max(...col), n));
          }),
        bound: 200,
      },
      (i, j) => `${c.hospitals[i]}・${c.years[j]}`,
      c.text,
    );
  } catch (e) {
    if (e instanceof Error && /cap/.test(e.message)) return ['unknown'];
    throw e;
  }
}

export async function measure(cases: WrongCase[], attack = true) {
  const { check, highs, bundle } = await checkerOfRoot();
  const tally = new Map<
    string,
    { runs: number; refused: number; read: number; leaked: number; hidden: number; codes: Map<string, number> }
  >();
  let unknown = 0;
  for (const c of cases) {
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
    const leaks = attack ? sumAttack(c, r) : [];
    if (leaks[0] === 'unknown') unknown++;
    else if (leaks.length > 0) {
      t.leaked++;
      if (process.env.SHOW) console.log(c.family, c.text, leaks);
    }
  }
  const all = { runs: 0, refused: 0, read: 0, leaked: 0, hidden: 0 };
  const lines: string[] = [];
  for (const [family, t] of [...tally].sort()) {
    lines.push(
      `${family.padEnd(26)} runs ${t.runs} refused ${t.refused} [${[...t.codes].map(([k, v]) => `${k}:${v}`).join(' ')}] read ${t.read} leaked ${t.leaked} hidden ${t.hidden}`,
    );
    for (const k of ['runs', 'refused', 'read', 'leaked', 'hidden'] as const) all[k] += t[k];
  }
  lines.push(
    `${'all'.padEnd(26)} runs ${all.runs} refused ${all.refused} read ${all.read} leaked ${all.leaked} hidden ${all.hidden}; attacker gave up on ${unknown}`,
  );
  return { all, unknown, lines };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const count = Number(process.env.COUNT ?? 60);
  const seeds = (process.argv[2] ?? '4640,4641').split(',').map(Number);
  const make = process.env.MODE === 'innocent' ? innocentCases : sumCases;
  const { lines } = await measure(
    seeds.flatMap((s) => make(count, s)),
    process.env.MODE !== 'innocent',
  );
  console.log(lines.join('\n'));
}
