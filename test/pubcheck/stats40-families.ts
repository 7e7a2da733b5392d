/**
 * stats40 (issue #11): statistics lines the checker refused though the arithmetic ties them to the counts.
 *
 * Part 2 — a 0/1 variable's mean and its SD in one cell (「平均 (SD)」「mean (SD)」「Mean ± SD」 over 「0.12 (0.33)」),
 * beside the groups' 患者数 N and event counts e (some under 10), with or without a 合計 row: refused on c3b2cb1 (read.ts
 * 「0/1 の変数の平均（割合）とその標準偏差のようです」) though stats39 reads the same mean and SD on lines of their own.
 * `binaryCellAttack` is a brute force written apart from the engine: each hidden e from 0 to N kept where the published
 * cell's mean prints as e ÷ N and its SD as √(p(1 − p)) (the population's or the sample's), the published counts' total
 * holding; a hidden count given back where one value is left, or shown under 10 where all are.
 *
 * Part 3 — a line of means and a line of extremes in one table (「平均」 and 「最多」「最少」「範囲」「Peak」 beside the years,
 * either order, with or without a 合計 row): c3b2cb1 read the mean and refused the extreme (`header/statistic`), each
 * found over the other's line too. `meanExtremeAttack` is the shared brute force (fills.ts): each hospital's hidden
 * counts filled where its published mean and extreme print as published, the 合計 row's published mean and extreme
 * cell (the extreme of the totals, or the SUM of the line) holding over every row.
 *
 * Part 4 — ordinary count tables with a 「中央」 region or a 「GM」 department (stats39's `centreChance`) that the checker
 * reads, by chance, with that line as the median or geometric mean of the others (read.ts `centreLines`): the line is
 * then set aside as a statistic, hidden with its position's counts. `chanceCentreAttack` is the independent oracle
 * (oracle.ts) on the table as pasted — the line the counts it truly is — with every count the checker hides and every
 * cell of the line the report hides hidden: a hidden count pinned, or one under 10 shown under 10, or a count of the
 * line from 1 to 9 published (a small count the checker took for a statistic), is a leak.
 *
 * `BINARY=1 node test/pubcheck/stats40-families.ts [seeds]`, `MEANS=1 …` and `CENTRE=1 … [seed]` print each part's
 * tally (ROOT=<tree> for another tree's checker).
 */
import type { Highs } from 'highs';
import { familyMain, fillLeaks, leaksOf, shownIn } from './fills.ts';
import { checkerOfRoot, familyTally, int, lcg, pick } from './helpers.ts';
import { attack, parse } from './oracle.ts';
import { centreChance, type Checked, type Reported } from './stats39-families.ts';

export interface BinaryCellCase {
  family: string;
  text: string;
  groups: string[];
  n: number[];
  e: number[];
  total: boolean;
  /** The label of the column of mean (SD) cells. */
  label: string;
}

export function binaryCellCases(count: number, seed: number): BinaryCellCase[] {
  const next = lcg(seed);
  const out: BinaryCellCase[] = [];
  for (let k = 0; k < count; k++) {
    const groups = ['A群', 'B群', 'C群', 'D群'].slice(0, int(next, 2, 4));
    const n = groups.map(() => int(next, 20, 400));
    const e = n.map((x) => (next() < 0.4 ? int(next, 1, 9) : int(next, 10, Math.min(150, x))));
    const d = next() < 0.5 ? 2 : 3;
    const sample = next() < 0.5;
    const total = next() < 0.5;
    const form = pick(next, ['平均 (SD)', 'mean (SD)', '平均（標準偏差）', 'Mean ± SD'] as const);
    const pm = form.includes('±');
    const cell = (ev: number, nn: number) => {
      const p = ev / nn;
      const sd = Math.sqrt(p * (1 - p) * (sample ? nn / (nn - 1) : 1)).toFixed(2);
      return pm ? `${p.toFixed(d)} ± ${sd}` : `${p.toFixed(d)} (${sd})`;
    };
    const [N, E] = [n.reduce((s, v) => s + v, 0), e.reduce((s, v) => s + v, 0)];
    const rows = [
      ['群', '患者数', '死亡数', form],
      ...groups.map((g, i) => [g, String(n[i]), String(e[i]), cell(e[i]!, n[i]!)]),
      ...(total ? [['合計', String(N), String(E), cell(E, N)]] : []),
    ];
    out.push({
      family: `meansd${pm ? '±' : '()'}${total ? '+total' : ''}`,
      text: rows.map((r) => r.join('\t')).join('\n') + '\n',
      groups,
      n,
      e,
      total,
      label: form,
    });
  }
  return out;
}

export function binaryCellAttack(c: BinaryCellCase, r: Checked, report: Reported | undefined): string[] {
  if (!r.ok || !r.tables || r.tables.length !== 1) return [];
  const t = r.tables[0]!;
  const lines = c.text
    .trim()
    .split('\n')
    .map((l) => l.split('\t'));
  const shown = shownIn(t, report, c.text);
  const fits = (row: number, e: number, N: number) => {
    const cells = lines[row + 1]!;
    if (!shown(cells[0]!, c.label)) return true;
    const [m, sd] = cells[3]!.split(/\s*[(±)]\s*/).filter((x) => x !== '');
    const h = (text: string) => 0.5 * 10 ** -(text.split('.')[1]?.length ?? 0) + 1e-9;
    const p = e / N;
    const sds = [Math.sqrt(p * (1 - p)), Math.sqrt((p * (1 - p) * N) / (N - 1))];
    return Math.abs(p - Number(m)) <= h(m!) && sds.some((v) => Math.abs(v - Number(sd)) <= h(sd!));
  };
  const hidden = c.groups.flatMap((g, i) => (shown(g, '死亡数') ? [] : [i]));
  const cands = hidden.map((i) => [...Array(c.n[i]! + 1).keys()].filter((e) => fits(i, e, c.n[i]!)));
  const E = c.e.reduce((s, v) => s + v, 0);
  const N = c.n.reduce((s, v) => s + v, 0);
  const rest = E - c.e.reduce((s, v, i) => s + (hidden.includes(i) ? 0 : v), 0);
  const totalShown = c.total && shown('合計', '死亡数');
  const totalFits = (sum: number) => !c.total || fits(c.groups.length, E - rest + sum, N);
  // Which sums of the hidden counts are reachable before and after each one (no search over every fill).
  const sums = (cs: number[][]) => cs.reduce((acc, vs) => new Set([...acc].flatMap((a) => vs.map((v) => a + v))), new Set<number>([0]));
  const finals = new Set([...sums(cands)].filter((s) => (!totalShown || s === rest) && totalFits(s)));
  const seen = hidden.map((_, q) => {
    const before = [...sums(cands.slice(0, q))];
    const after = [...sums(cands.slice(q + 1))];
    const both = new Set(before.flatMap((a) => after.map((b) => a + b)));
    return new Set(cands[q]!.filter((v) => [...finals].some((f) => both.has(f - v))));
  });
  return leaksOf(
    hidden.map((i, k) => ({ name: c.groups[i]!, value: c.e[i]!, values: seen[k]! })),
    c.text,
  );
}

if (import.meta.url === `file://${process.argv[1]}` && process.env.BINARY)
  await familyMain({ seeds: '1921,1922', cases: (seed) => binaryCellCases(50, seed), attack: binaryCellAttack });

export interface MeanExtremeCase {
  family: string;
  text: string;
  /** counts[i][j]: hospital i, year j. */
  counts: number[][];
  hospitals: string[];
  years: string[];
  mean: { label: string; decimals: number };
  extreme: { label: string; how: 'max' | 'min' | 'range' };
  /** The 合計 row: none, or its extreme cell the extreme of the totals, the line's SUM, or blank. */
  total: 'none' | 'extreme' | 'sum' | 'blank';
}

const extremeOf = (how: 'max' | 'min' | 'range', xs: readonly number[]) =>
  how === 'max' ? Math.max(...xs) : how === 'min' ? Math.min(...xs) : Math.max(...xs) - Math.min(...xs);
const meanOf = (xs: readonly number[]) => xs.reduce((s, v) => s + v, 0) / xs.length;

export function meanExtremeCases(count: number, seed: number): MeanExtremeCase[] {
  const next = lcg(seed);
  const out: MeanExtremeCase[] = [];
  const words = { max: ['最多', 'Peak', '最大'], min: ['最少', '最小'], range: ['範囲', 'Range'] } as const;
  for (let k = 0; k < count; k++) {
    const hospitals = Array.from({ length: int(next, 3, 4) }, (_, i) => `${'ABCD'[i]}病院`);
    const years = Array.from({ length: int(next, 3, 5) }, (_, j) => `${2020 + j}年`);
    const counts = hospitals.map(() => years.map(() => int(next, 10, 60)));
    counts[int(next, 0, hospitals.length - 1)]![int(next, 0, years.length - 1)] = int(next, 1, 9);
    if (next() < 0.3) counts[int(next, 0, hospitals.length - 1)]![int(next, 0, years.length - 1)] = int(next, 1, 9);
    const how = pick(next, ['max', 'min', 'range'] as const);
    // A maximum (minimum) that is one year's count at every hospital is a copy of that line, no extreme: drawn again.
    if (how !== 'range' && years.some((_, j) => counts.every((r) => r[j] === extremeOf(how, r)))) {
      k--;
      continue;
    }
    const extreme = { label: pick(next, words[how]), how };
    const mean = { label: pick(next, ['平均', 'avg', '1年あたり', '年平均']), decimals: next() < 0.5 ? 1 : 0 };
    const total = pick(next, ['none', 'extreme', 'sum', 'blank'] as const);
    const meanFirst = next() < 0.5;
    const sums = years.map((_, j) => counts.reduce((s, r) => s + r[j]!, 0));
    const stats = (xs: readonly number[], e: string) => {
      const pair = [meanOf(xs).toFixed(mean.decimals), e];
      return meanFirst ? pair : [pair[1]!, pair[0]!];
    };
    const exts = counts.map((r) => extremeOf(how, r));
    const head = ['施設', ...years, ...(meanFirst ? [mean.label, extreme.label] : [extreme.label, mean.label])];
    const rows = [
      head,
      ...hospitals.map((h, i) => [h, ...counts[i]!.map(String), ...stats(counts[i]!, String(exts[i]))]),
      ...(total === 'none'
        ? []
        : [
            [
              '合計',
              ...sums.map(String),
              ...stats(
                sums,
                total === 'extreme' ? String(extremeOf(how, sums)) : total === 'sum' ? String(exts.reduce((s, v) => s + v, 0)) : '-',
              ),
            ],
          ]),
    ];
    out.push({
      family: `${how}${total === 'none' ? '' : `+${total}`}`,
      text: rows.map((r) => r.join(',')).join('\n') + '\n',
      counts,
      hospitals,
      years,
      mean,
      extreme,
      total,
    });
  }
  return out;
}

export function meanExtremeAttack(c: MeanExtremeCase, r: Checked, report: Reported | undefined): string[] {
  if (!r.ok || !r.tables || r.tables.length !== 1) return [];
  const t = r.tables[0]!;
  const shown = shownIn(t, report, c.text);
  const lines = c.text
    .trim()
    .split('\n')
    .map((l) => l.split(','));
  const head = lines[0]!;
  const printed = (row: number, label: string) => lines[row + 1]![head.indexOf(label)]!;
  const near = (v: number, text: string) => Math.abs(v - Number(text)) <= 0.5 * 10 ** -(text.split('.')[1]?.length ?? 0) + 1e-9;
  const fits = (row: number, name: string, xs: readonly number[]) =>
    (!shown(name, c.mean.label) || near(meanOf(xs), printed(row, c.mean.label))) &&
    (!shown(name, c.extreme.label) || extremeOf(c.extreme.how, xs) === Number(printed(row, c.extreme.label)));
  const H = c.hospitals.length;
  const search = {
    counts: c.counts,
    hidden: (i: number, j: number) => !shown(c.hospitals[i]!, c.years[j]!),
    totalShown: (j: number) => c.total !== 'none' && shown('合計', c.years[j]!),
    rowFits: (i: number, row: readonly number[]) => fits(i, c.hospitals[i]!, row),
    wholeFits: (rows: readonly (readonly number[])[]) => {
      if (c.total === 'none') return true;
      const sums = c.years.map((_, j) => rows.reduce((s, row) => s + row[j]!, 0));
      if (c.total === 'sum') {
        // The 合計 cell the SUM of the line: the sum of the rows' extremes where published.
        if (
          shown('合計', c.extreme.label) &&
          rows.reduce((s, row) => s + extremeOf(c.extreme.how, row), 0) !== Number(printed(H, c.extreme.label))
        )
          return false;
        return !shown('合計', c.mean.label) || near(meanOf(sums), printed(H, c.mean.label));
      }
      if (c.total === 'blank') return !shown('合計', c.mean.label) || near(meanOf(sums), printed(H, c.mean.label));
      return fits(H, '合計', sums);
    },
  };
  return fillLeaks(search, (i, j) => `${c.hospitals[i]}・${c.years[j]}`, c.text);
}

if (import.meta.url === `file://${process.argv[1]}` && process.env.MEANS) {
  const { check, highs, bundle } = await checkerOfRoot();
  const { toReport } = (await import(`${process.env.ROOT ?? new URL('../..', import.meta.url).pathname}/src/pubcheck/report.ts`)) as {
    toReport: (r: unknown, b: unknown, d: Date) => Reported;
  };
  const tally = familyTally({ width: 18, leaks: true });
  let unknown = 0;
  let whole = 0;
  for (const seed of (process.argv[2] ?? '1923,1924').split(',').map(Number))
    for (const c of meanExtremeCases(50, seed)) {
      const r = check(highs, bundle, c.text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });
      const report = r.ok ? toReport(r, bundle, new Date('2026-12-05T00:00:00Z')) : undefined;
      const leaks = meanExtremeAttack(c, r as Checked, report);
      if (leaks[0] === 'unknown') unknown++;
      if (
        report &&
        meanExtremeAttack(c, r as Checked, {
          tables: report.tables.map((t) => ({ rates: t.rates.map((x) => ({ cells: x.cells.map((y) => ({ ...y, hidden: false })) })) })),
        }).some((l) => l !== 'unknown')
      )
        whole++;
      if (process.env.SHOW && (leaks.length > 0 || !r.ok))
        console.log(c.text, leaks, r.ok ? '' : r.errors.map((e: { message: string }) => e.message));
      tally.add(c.family, r, leaks.length > 0 && leaks[0] !== 'unknown');
    }
  tally.print();
  console.log('attacker gave up on', unknown, '; published whole, read tables that would leak:', whole);
}

/** A check's tables as the oracle attack needs them: labels, each cell's status, its rate lines. */
interface CheckedTables {
  ok: boolean;
  tables?: { table: { rows: { label: string }[]; cols: { label: string }[] }; status: string[] }[];
}

/** Part 4's leaks of one chance table read with a line as a statistic (see the file's comment); [] where none. */
export function chanceCentreAttack(highs: Highs, text: string, r: CheckedTables, report: Reported | undefined): string[] {
  if (!r.ok || !r.tables || r.tables.length !== 1) return [];
  const t = r.tables[0]!;
  const C = t.table.cols.length;
  const tsvText = text.replace(/,/g, '\t');
  const o = parse(tsvText)[0]!;
  const cellsOf = report?.tables[0]?.rates.flatMap((x) => x.cells) ?? [];
  const hidden = new Set<string>();
  const small = new Set<string>();
  const leaks: string[] = [];
  o.rows.forEach((row, i) =>
    o.cols.forEach((col, j) => {
      const key = `0:${i}:${j}`;
      const v = o.cells[i]![j]!.n ?? 0;
      const ri = t.table.rows.findIndex((h) => h.label === row);
      const cj = t.table.cols.findIndex((h) => h.label === col);
      if (ri >= 0 && cj >= 0) {
        const s = t.status[ri * C + cj]!;
        if (s !== 'published') hidden.add(key);
        if (s === 'primary') small.add(key);
        return;
      }
      const x = cellsOf.find((c) => c.row === row && c.col === col);
      if (!x) throw new Error(`no cell ${row} × ${col} in\n${text}`);
      if (x.hidden) {
        hidden.add(key);
        if (v > 0 && v < 10) small.add(key);
      } else if (v > 0 && v < 10) leaks.push(`${row}・${col} (${v}) published as a statistic`);
    }),
  );
  // Under the checker's threshold protection a 0 is published (exempt): a hidden count that is not 0 is at least 1.
  for (const [key, x] of attack(highs, tsvText, hidden, { zeroExempt: true })) {
    if (x.hi !== null && x.hi <= x.lo) leaks.push(`${key} pinned to ${x.lo}`);
    if (small.has(key) && (x.hi ?? Infinity) < 10) leaks.push(`${key} shown under 10 (≤ ${x.hi})`);
  }
  return leaks;
}

if (import.meta.url === `file://${process.argv[1]}` && process.env.CENTRE) {
  const { check, highs, bundle } = await checkerOfRoot();
  const { toReport } = (await import(`${process.env.ROOT ?? new URL('../..', import.meta.url).pathname}/src/pubcheck/report.ts`)) as {
    toReport: (r: unknown, b: unknown, d: Date) => Reported;
  };
  const tally = familyTally({ width: 18 });
  let statRead = 0;
  let leaked = 0;
  for (const c of centreChance(1000, Number(process.argv[2] ?? 1925))) {
    const r = check(highs, bundle, c.text, { details: true }, { protection: 'threshold', mipSeconds: 0 });
    tally.add(c.kind, r);
    if (!r.ok || !r.warnings.some((w: { code: string }) => w.code === 'layout/extreme')) continue;
    statRead++;
    const leaks = chanceCentreAttack(highs, c.text, r as CheckedTables, toReport(r, bundle, new Date('2026-12-05T00:00:00Z')));
    if (leaks.length > 0) leaked++;
    if (process.env.SHOW) console.log(c.text, leaks);
  }
  tally.print();
  console.log('read with a line as a median or geometric mean:', statRead, '; of those the oracle finds a leak in', leaked);
}
