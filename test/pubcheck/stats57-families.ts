/**
 * stats57 (issue #11): top-k and bottom-k tables over a count table of many lines across.
 *
 * - `manyCases` — `many`: a count table of k + 2 … 8 hospitals by 11–16 months (「1月」…) or quarters (「2021Q1」…), and a
 *   second table of the k (3 or 5) hospitals of the largest sums over a set of 2 … 5 of those lines, not adjacent (four
 *   months apart, 「上位3施設（1月・4月・9月）」 or under no word 「主な施設」「3か月の患者数」), named or ranked. One count
 *   under 10 mostly in the line just outside the top k, 1–6 below the k-th. 4ebba5ca searched past 10 lines across the
 *   runs of adjacent lines only (`acrossSets`): worded, refused `table/top-k`; under no word read untied.
 *   `bottom`: the k smallest sums (「下位3施設」「少ない順」「Bottom 3」) over one year, a set of years or all of 3–4 years,
 *   the line just inside the bottom holding the small count's neighbour, 1–6 above the k-th.
 * - `manyAttack`: stats52's brute force (fills.ts `fillLeaks`) under every reading the truth fits — each line across,
 *   each set, all (`readingsMany`) — for the k largest or the k smallest; the union of the leaks.
 *
 * - `rangeRowCases`: 「範囲（%）」 along a row (see there); `rangeEitherAttack` stats50's brute force over the ends published.
 *
 * `node test/pubcheck/stats57-families.ts [seeds]` (`MODE=many` 3800–3801,
 * `bottom` 3802–3803, `rows` 3804–3805, `cols` stats55's 3346–3347, `chance` 3806–3807; `COUNT` a seed, 50; `ROOT=<tree>`): per family runs,
 * refused (codes), read, leaked, hidden cells.
 */
import { fillLeaks, shownIn } from './fills.ts';
import { checkerOfRoot, int, lcg, pick } from './helpers.ts';
import type { Checked, Reported } from './stats39-families.ts';
import { rangeLeaks, type RangeCase } from './stats50-families.ts';
import { smallNearK, topLineCase, type TopLineCase } from './stats52-families.ts';
import { pctCases, yearSets as sets } from './stats55-families.ts';

export type Many57Mode = 'many' | 'bottom';
export interface ManyCase extends TopLineCase {
  how: 'max' | 'min';
}

const NOWORD = ['主な施設', '施設別の状況'] as const;

export function manyCases(count: number, seed: number, mode: Many57Mode): ManyCase[] {
  const next = lcg(seed);
  const out: ManyCase[] = [];
  const how = mode === 'bottom' ? 'min' : 'max';
  while (out.length < count) {
    const k = next() < 0.7 ? 3 : 5;
    const n = int(next, k + 2, 8);
    const hospitals = Array.from({ length: n }, (_, i) => `${'ABCDEFGH'[i]}病院`);
    const across =
      mode === 'bottom'
        ? Array.from({ length: int(next, 3, 4) }, (_, j) => `${2020 + j}年`)
        : next() < 0.6
          ? Array.from({ length: int(next, 11, 12) }, (_, j) => `${j + 1}月`)
          : Array.from({ length: int(next, 11, 16) }, (_, j) => `${2021 + Math.floor(j / 4)}Q${(j % 4) + 1}`);
    const counts = hospitals.map(() => across.map(() => int(next, 10, 60)));
    let over: number[];
    if (mode === 'many') {
      // 2–5 lines, not all adjacent.
      do {
        const m = int(next, 2, 5);
        over = [...new Set(Array.from({ length: m }, () => int(next, 0, across.length - 1)))].sort((a, b) => a - b);
      } while (over.length < 2 || over.every((q, p) => p === 0 || q === over[p - 1]! + 1));
    } else over = pick(next, sets(across.length));
    const { valueOf, order, out1, want } = smallNearK(next, counts, over, k, how === 'max' ? 1 : -1);
    const j = over.find((q) => counts[out1]![q]! >= 10 && counts[out1]![q]! + want - valueOf(out1) >= 10);
    if (j === undefined && valueOf(out1) >= 10) continue;
    if (j !== undefined) counts[out1]![j]! += want - valueOf(out1);
    const o3 = order();
    const values = o3.map(valueOf);
    if (new Set(values.slice(0, k + 1)).size < k + 1) continue;
    const top = o3.slice(0, k);
    const form = next() < 0.35 ? 'ranked' : 'named';
    const name = over.map((q) => across[q]).join('・');
    const [title, label] =
      mode === 'many'
        ? pick(next, [
            [`上位${k}施設（${name}）`, '患者数'],
            [`上位${k}施設（${name}）`, `${over.length}期間の患者数`],
            [pick(next, NOWORD), `${over.length}期間の患者数`],
          ] as const)
        : pick(next, [
            [`下位${k}施設`, '患者数'],
            [`患者数の少ない順`, '患者数'],
            [`Bottom ${k} sites`, 'Patients'],
            [`下位${k}施設（${name}）`, '患者数'],
          ] as const);
    out.push({
      ...topLineCase({
        family: `${mode}-${form}-${k}`,
        heading: '# 表1 入院患者数',
        counts,
        hospitals,
        years: across,
        over: over,
        form,
        top,
        values,
        title,
        label,
      }),
      how,
    });
  }
  return out;
}

/** The readings the truth fits: each line across, each set, all; the k values its k largest (smallest). */
export function readingsMany(c: ManyCase): number[][] {
  const k = c.values.length;
  const sign = c.how === 'max' ? 1 : -1;
  return sets(c.years.length).filter((over) => {
    const v = c.counts.map((row) => over.reduce((s, j) => s + row[j]!, 0));
    const sorted = [...v].sort((a, b) => sign * (b - a));
    if (c.form === 'ranked') return c.values.every((x, q) => sorted[q] === x) && sign * (c.values[k - 1]! - sorted[k]!) >= 0;
    const kth = sign > 0 ? Math.min(...c.values) : Math.max(...c.values);
    return c.top.every((i, q) => v[i] === c.values[q]) && v.every((x, i) => c.top.includes(i) || sign * (kth - x) >= 0);
  });
}

/** stats52's brute force for one reading (`over`), the k largest or smallest (`how`). */
function oneAttack(c: ManyCase, over: readonly number[], r: Checked, report: Reported | undefined): string[] {
  if (!r.ok || !r.tables) return [];
  const shown = shownIn(r.tables[0]!, report, c.text);
  const t2 = r.tables[1];
  const said = c.rowLabels.map((l) => !t2 || shownIn(t2, undefined, c.text)(l, c.label));
  const saidValues = c.values.filter((_, q) => said[q]);
  const sign = c.how === 'max' ? 1 : -1;
  const valueOf = (row: readonly number[]) => over.reduce((s, j) => s + row[j]!, 0);
  return fillLeaks(
    {
      counts: c.counts,
      hidden: (i, j) => !shown(c.hospitals[i]!, c.years[j]!),
      totalShown: (j) => shown('合計', c.years[j]!),
      rowFits: (i, row) => {
        if (c.form !== 'named') return true;
        const q = c.top.indexOf(i);
        return q < 0 || !said[q] || valueOf(row) === c.values[q];
      },
      wholeFits: (rows) => {
        if (c.form === 'named') {
          if (saidValues.length === 0) return true;
          const bound = sign > 0 ? Math.min(...saidValues) : Math.max(...saidValues);
          return rows.every((row, i) => c.top.includes(i) || sign * (bound - valueOf(row)) >= 0);
        }
        const sorted = rows.map(valueOf).sort((a, b) => sign * (b - a));
        return c.values.every((v, q) => !said[q] || sorted[q] === v);
      },
    },
    (i, j) => `${c.hospitals[i]}・${c.years[j]}`,
    c.text,
  );
}

/** The brute force under every reading the truth fits; the union of what each gives back. */
export function manyAttack(c: ManyCase, r: Checked, report: Reported | undefined): string[] {
  const leaks = new Set<string>();
  let unknown = false;
  for (const over of readingsMany(c)) {
    const got = oneAttack(c, over, r, report);
    if (got[0] === 'unknown') unknown = true;
    else got.forEach((g) => leaks.add(g));
  }
  return leaks.size > 0 ? [...leaks] : unknown ? ['unknown'] : [];
}

/**
 * `rows` (`RANGE=rows`, seeds 3804–3805): stats55's `pctCases` with table 2 turned — years across, a row 「N」 and a row
 * 「範囲（%）」 (`ncol`, `ncol2`), or the row 「範囲（%）」 alone (`non`: N only in table 1's 合計). `cols` (`RANGE=cols`):
 * stats55's `pctCases` as they are (its `non` now reads table 1's 合計 as N).
 */
export function rangeRowCases(count: number, seed: number): RangeCase[] {
  return pctCases(count, seed).map((c) => {
    const [head, body] = c.text.split(/(?=年,(?:N,)?範囲（%）\n)/) as [string, string];
    const lines = body
      .trim()
      .split('\n')
      .map((l) => l.split(','));
    const turned = lines[0]!.map((_, j) => lines.map((l) => l[j]!).join(','));
    return { ...c, family: c.family.replace('pct', 'row'), text: `${head}${turned.join('\n')}\n` };
  });
}

/** stats50's `rangeAttack` where table 2 may hold 「最小」「最大」 as rows or columns (the ends the checker publishes). */
export function rangeEitherAttack(c: RangeCase, r: Checked, report: Reported | undefined): string[] {
  if (!r.ok || !r.tables) return [];
  const shown = shownIn(r.tables[0]!, report, c.text);
  const t2 = r.tables[1];
  const split = !!t2 && [...t2.table.cols, ...t2.table.rows].some((h) => h.label === '最小');
  if (!split) return [];
  const saidOf = (yr: string, end: string) => {
    const at = shownIn(t2, undefined, c.text);
    try {
      return at(yr, end);
    } catch {
      return at(end, yr);
    }
  };
  const said = c.years.map((yr) => [saidOf(yr, '最小'), saidOf(yr, '最大')]);
  return rangeLeaks(c, shown, said);
}

/**
 * `chance` (`MODE=chance`, seed 3806): the innocent look-alikes of `many` — a count table of 4–8 hospitals by 11–16 months
 * or quarters (counts 0–40 or 10–60), a second table of k random hospitals' random values (another measure, the k
 * largest of nothing; sums over 2–5 lines' range) under the same titles and headers, named or ranked (in order).
 * Measured refused / read (as a top k: `header/extreme-sum`) / hidden.
 */
export function manyChance(count: number, seed: number): { family: string; text: string }[] {
  const next = lcg(seed);
  return Array.from({ length: count }, () => {
    const n = int(next, 4, 8);
    const hospitals = Array.from({ length: n }, (_, i) => `${'ABCDEFGH'[i]}病院`);
    const across =
      next() < 0.6
        ? Array.from({ length: int(next, 11, 12) }, (_, j) => `${j + 1}月`)
        : Array.from({ length: int(next, 11, 16) }, (_, j) => `${2021 + Math.floor(j / 4)}Q${(j % 4) + 1}`);
    const [lo, hi] = pick(next, [
      [0, 40],
      [10, 60],
    ] as const);
    const counts = hospitals.map(() => across.map(() => int(next, lo, hi)));
    const k = Math.min(3, n - 1);
    const m = int(next, 2, 5);
    const picked = hospitals
      .map((_, i) => i)
      .sort(() => next() - 0.5)
      .slice(0, k);
    const values = picked.map(() => int(next, lo * m, hi * m));
    const form = next() < 0.35 ? 'ranked' : 'named';
    if (form === 'ranked') values.sort((a, b) => b - a);
    const [title, label] = pick(next, [
      [`上位${k}施設（${across[0]}・${across[3]}）`, '患者数'],
      [pick(next, NOWORD), `${m}期間の患者数`],
      [pick(next, NOWORD), '外来'],
    ] as const);
    const text = [
      '# 表1 入院患者数',
      ['施設', ...across].join(','),
      ...hospitals.map((h, i) => [h, ...counts[i]!].join(',')),
      ['合計', ...across.map((_, j) => counts.reduce((s, r) => s + r[j]!, 0))].join(','),
      '',
      `# 表2 ${title}`,
      [form === 'ranked' ? '順位' : '施設', label].join(','),
      ...picked.map((i, r) => `${form === 'ranked' ? `${r + 1}位` : hospitals[i]},${values[r]}`),
    ];
    return { family: `chance-${form}-${/上位/.test(title) ? 'worded' : 'noword'}`, text: text.join('\n') + '\n' };
  });
}

/** A family's tally: runs / refused (by code) / read / read as a top k / leaked / hidden cells. */
export interface Tally {
  runs: number;
  refused: number;
  read: number;
  top: number;
  leaked: number;
  hidden: number;
  codes: Map<string, number>;
}

/**
 * The tallies of a measure (stats57's and stats59's): `checked` counts a check into its family's (refused by code, or
 * read with its hidden cells: then the tally, for the caller to attack), `attacked` an attack's leaks ('unknown': the
 * attacker gave up; `SHOW` prints a leaking text), `print` each family's line (`width` wide; `top`: with its count read
 * as a top k) and all's.
 */
export function tallies(width: number, top: boolean) {
  const tally = new Map<string, Tally>();
  let unknown = 0;
  return {
    checked(family: string, r: Checked & { errors?: { code: string }[] }): Tally | undefined {
      const t = tally.get(family) ?? { runs: 0, refused: 0, read: 0, top: 0, leaked: 0, hidden: 0, codes: new Map() };
      tally.set(family, t);
      t.runs++;
      if (!r.ok) {
        t.refused++;
        for (const e of r.errors ?? []) t.codes.set(e.code, (t.codes.get(e.code) ?? 0) + 1);
        return undefined;
      }
      t.read++;
      t.hidden += (r.tables ?? []).reduce((s, x) => s + x.status.filter((v) => v !== 'published').length, 0);
      return t;
    },
    attacked(t: Tally, leaks: string[], text: string): void {
      if (leaks[0] === 'unknown') unknown++;
      else if (leaks.length > 0) {
        t.leaked++;
        if (process.env.SHOW) console.log(text, leaks);
      }
    },
    print(): void {
      const all = { runs: 0, refused: 0, read: 0, leaked: 0, hidden: 0 };
      for (const [family, t] of [...tally].sort()) {
        console.log(
          `${family.padEnd(width)} runs ${t.runs} refused ${t.refused} [${[...t.codes].map(([k, v]) => `${k}:${v}`).join(' ')}] read ${t.read}${top ? ` (top-k ${t.top})` : ''} leaked ${t.leaked} hidden ${t.hidden}`,
        );
        for (const k of ['runs', 'refused', 'read', 'leaked', 'hidden'] as const) all[k] += t[k];
      }
      console.log(
        `${'all'.padEnd(width)} runs ${all.runs} refused ${all.refused} read ${all.read} leaked ${all.leaked} hidden ${all.hidden}; attacker gave up on ${unknown}`,
      );
    },
  };
}

/** The family checked and attacked: per family runs / refused (codes) / read / leaked / hidden cells. */
async function measureMain(mode: Many57Mode | 'rows' | 'cols' | 'chance', seeds: string, count: number): Promise<void> {
  const { check, highs, bundle } = await checkerOfRoot();
  const { toReport } = (await import(`${process.env.ROOT ?? new URL('../..', import.meta.url).pathname}/src/pubcheck/report.ts`)) as {
    toReport: (r: unknown, b: unknown, d: Date) => Reported;
  };
  const tally = tallies(16, true);
  for (const seed of seeds.split(',').map(Number))
    for (const c of (mode === 'rows'
      ? rangeRowCases(count, seed)
      : mode === 'cols'
        ? pctCases(count, seed)
        : mode === 'chance'
          ? manyChance(count, seed)
          : manyCases(count, seed, mode)) as (ManyCase | RangeCase | { family: string; text: string })[]) {
      const r = check(highs, bundle, c.text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 }) as Checked & {
        errors?: { code: string }[];
      };
      const t = tally.checked(c.family, r);
      if (!t) continue;
      const report = toReport(r, bundle, new Date('2026-12-06T00:00:00Z'));
      if (
        (r as { warnings?: { code: string; message: string }[] }).warnings?.some(
          (w) => w.code === 'header/extreme-sum' && /ほうから/.test(w.message),
        )
      )
        t.top++;
      tally.attacked(t, 'how' in c ? manyAttack(c, r, report) : 'lo' in c ? rangeEitherAttack(c, r, report) : [], c.text);
    }
  tally.print();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const mode = (process.env.MODE ?? 'many') as Many57Mode | 'rows' | 'cols' | 'chance';
  const seeds = { many: '3800,3801', bottom: '3802,3803', rows: '3804,3805', cols: '3346,3347', chance: '3806,3807' }[mode];
  await measureMain(mode, process.argv[2] ?? seeds, Number(process.env.COUNT ?? 50));
}
