/**
 * means53 (issue #11): proofs and families of weighted means (seeds 3140–3159).
 *
 * `asMip` (class 1): a means48 `nCases` table (a line N, 死亡, 延べ入院日数, 平均入院日数) as a means48 `MipCase`, so
 * `mipAttack` (HiGHS MIP, written apart from the engine: 死亡 ≤ N, the sum ÷ the mean per group where both are
 * published, the 合計's mean over every set of lines) attacks it whole where `weightAttack`'s brute force gives up.
 * `oracleOf` (class 1): the same table attacked by the independent oracle (oracle.ts `attack` with `ratios`: the mean
 * line read by arithmetic as 延べ入院日数 ÷ N within its rounding where it is printed), the report's hidden means
 * blanked in the text the oracle reads.
 */
import type { Highs } from 'highs';
import type { WeightCase } from './means46-families.ts';
import type { MipCase } from './means48-families.ts';
import { attack, parse, type Ranges } from './oracle.ts';
import { int, lcg } from './helpers.ts';
import type { Checked, Reported } from './stats39-families.ts';

/** A `nCases` table with a line N (family n/line/…) as a `MipCase`: N the patients, 死亡 its part. */
export function asMip(c: WeightCase): MipCase {
  return {
    family: c.family,
    text: c.text,
    transposed: c.transposed,
    groups: c.groups,
    totalLabel: c.totalLabel,
    total: c.total,
    countLines: c.countLabels.map((label) => ({ label, table: 0 })),
    counts: c.counts,
    sum: { label: c.sumLabel, table: 0, values: c.sums, total: c.sums.reduce((a, b) => a + b, 0) },
    mean: { label: c.meanLabel, table: 0, values: c.means, total: c.totalMean, perPatient: true },
  };
}

/**
 * The oracle's ranges of every hidden count of a one-table case: the text with the report's hidden means blanked
 * (the oracle finds the mean line by arithmetic, `ratios`; a 合計's mean as a weighted mean, `weighted`), the hidden
 * set the checker's statuses by label.
 */
export function oracleOf(highs: Highs, text: string, r: Checked, report: Reported | undefined): Ranges {
  const lines = text.trim().split('\n');
  const grid = lines.slice(1).map((l) => l.split('\t'));
  for (const h of report?.tables[0]?.rates.flatMap((x) => x.cells).filter((x) => x.hidden) ?? []) {
    const i = grid.findIndex((row) => row[0] === h.row);
    const j = grid[0]!.indexOf(h.col);
    if (i > 0 && j > 0) grid[i]![j] = '';
  }
  const attacked = `${lines[0]}\n${grid.map((l) => l.join('\t')).join('\n')}\n`;
  const o = parse(attacked, true, true, true)[0]!;
  const t = r.tables![0]!;
  const C = t.table.cols.length;
  const hidden = new Set<string>();
  t.status.forEach((s, id) => {
    if (s === 'published') return;
    const [row, col] = [t.table.rows[Math.floor(id / C)]!.label, t.table.cols[id % C]!.label];
    if (o.rows.indexOf(row) < 0 || o.cols.indexOf(col) < 0) throw new Error(`oracle lost ${row}×${col} on\n${attacked}`);
    hidden.add(`0:${o.rows.indexOf(row)}:${o.cols.indexOf(col)}`);
  });
  return attack(highs, attacked, hidden, { zeroExempt: true, ratios: true, weighted: true, means: true });
}

/** Tables as Markdown-free text (# 表k titles, or `names`), each a grid, transposed where asked. */
export const textOf = (tables: string[][][], transposed: boolean, names?: string[]) =>
  tables
    .map(
      (grid, k) =>
        `# ${names?.[k] ?? `表${k + 1}`}\n${(transposed ? grid[0]!.map((_, c) => grid.map((r) => r[c]!)) : grid).map((l) => l.join('\t')).join('\n')}\n`,
    )
    .join('\n');

const sumOf = (xs: number[]) => String(xs.reduce((a, b) => a + b, 0));
/** A table of one count line by site with its 合計 row (表1 男性 …): means53–57's and red57's weights. */
export const siteTable = (groups: string[], label: string, xs: number[]) => [
  ['', label],
  ...groups.map((g, i) => [g, String(xs[i])]),
  ['合計', sumOf(xs)],
];
/** The table of a count line and a line of means by site (表3 死亡 / 平均年齢), the 合計 row's mean `M`. */
export const meanTable = (groups: string[], count: string, xs: number[], mean: string, values: string[], M: string) => [
  ['', count, mean],
  ...groups.map((g, i) => [g, String(xs[i]), values[i]!]),
  ['合計', sumOf(xs), M],
];
/** The rest of a weights `MipCase` (means53–57, red57): a 合計 row, the count lines and each site's counts, the means, every line free. */
export const weightsTail = (
  countLines: MipCase['countLines'],
  counts: number[][],
  mean: { label: string; table: number; values: string[]; total: string },
) => ({
  totalLabel: '合計',
  total: true,
  countLines,
  counts,
  sum: { label: '', table: 0, values: [], total: 0 },
  mean: { ...mean, perPatient: false },
  free: true,
});

/**
 * The nesting across two tables of `nestCases` (means55 `nestEnglish`, means57 `shortNest` and red57 `nestMore` draw it
 * under other labels): 表1 the whole and `other[0]` by site, 表2 `part` and `other[1]` (the other line's deaths); a
 * total row in both half the time; a small whole at one site, the part often near it. The draws after the labels, in
 * this order; the case as a `MipCase` (count lines: the whole and the part, `free` where no label proves the nesting).
 */
export function nestPair(
  next: () => number,
  o: {
    groups: string[];
    whole: string;
    part: string;
    other: [string, string];
    totalLabel: string;
    labelled: boolean;
    family: (total: boolean) => string;
    names?: string[];
    /** After the whole's and the part's counts are drawn: means59's look-alikes put one site's part over its whole. */
    tweak?: (n: number[], d: number[]) => void;
  },
): MipCase {
  const { groups, whole, part, totalLabel } = o;
  const G = groups.length;
  const small = int(next, 0, G - 1);
  const n = groups.map((_, i) => (i === small || next() < 0.2 ? int(next, 1, 9) : int(next, 10, 60)));
  const d = n.map((x) => (next() < 0.5 ? Math.max(0, x - int(next, 0, 2)) : int(next, 0, x)));
  o.tweak?.(n, d);
  const out = groups.map(() => int(next, 10, 80));
  const od = out.map((x) => int(next, 0, Math.min(x, 30)));
  const total = next() < 0.5;
  const transposed = next() < 0.25;
  const sum = (xs: number[]) => String(xs.reduce((a, b) => a + b, 0));
  const grid = (a: string, b: string, xs: number[], ys: number[]) => [
    ['', a, b],
    ...groups.map((g, i) => [g, String(xs[i]), String(ys[i])]),
    ...(total ? [[totalLabel, sum(xs), sum(ys)]] : []),
  ];
  return {
    family: o.family(total),
    text: textOf([grid(whole, o.other[0], n, out), grid(part, o.other[1], d, od)], transposed, o.names),
    transposed,
    groups,
    totalLabel,
    total,
    countLines: [
      { label: whole, table: 0 },
      { label: part, table: 1 },
    ],
    counts: groups.map((_, i) => [n[i]!, d[i]!]),
    sum: { label: '', table: 0, values: [], total: 0 },
    mean: { label: '', table: 0, values: [], total: '', perPatient: false },
    free: !o.labelled,
  };
}

/** Labels of a line inside 表1's 「入院」 that name it as their whole (proven by the label), and one that does not. */
const NESTED = ['入院中死亡', '入院のうち死亡', '死亡（入院中）', '入院中の死亡'];

/**
 * Class 2 (seeds 3140–3149): 表1 入院 and 外来 by site, 表2 a line inside 入院 by the same sites — its label naming 入院
 * as its whole (「入院中死亡」「入院のうち死亡」「死亡（入院中）」: `nest/label`) or not (「死亡」: `nest/plain`, the
 * attacker takes no nesting) — and 外来死亡; a 合計 row in both half the time; a small 入院 at one site, the part often
 * near it. As `MipCase`s: count lines 入院 (表1) and the part (表2) only (外来 apart), `free` where no label proves it.
 */
export function nestCases(count: number, seed: number): MipCase[] {
  const next = lcg(seed);
  const int = (a: number, b: number) => a + Math.floor(next() * (b - a + 1));
  return Array.from({ length: count }, () => {
    const G = int(3, 5);
    const groups = ['A病院', 'B病院', 'C病院', 'D病院', 'E病院'].slice(0, G);
    const labelled = next() < 0.7;
    const part = labelled ? NESTED[int(0, NESTED.length - 1)]! : '死亡';
    return nestPair(next, {
      groups,
      whole: '入院',
      part,
      other: ['外来', '外来死亡'],
      totalLabel: '合計',
      labelled,
      family: (total) => `nest/${labelled ? 'label' : 'plain'}/${total ? 'total' : 'none'}`,
    });
  });
}

/**
 * Class 3 (seeds 3150–3159): one line of means weighted across two tables — 表1 男性 and 表2 女性 by site (a 合計 row
 * each), 表3 死亡 and 平均年齢 by the same sites with a 合計 row whose mean is over 男性 + 女性 (`cross/sum`); or over
 * 男性 alone (`cross/one`: one table's weights, read as before); or ages so alike that several sets fit
 * (`cross/alike`). A small count at one site half the time. As `MipCase`s with every line free (`mipAttack` tries every
 * set of the three lines as the weights of the 合計's mean where it holds on the true counts).
 */
export function crossCases(count: number, seed: number): MipCase[] {
  const next = lcg(seed);
  const int = (a: number, b: number) => a + Math.floor(next() * (b - a + 1));
  return Array.from({ length: count }, () => {
    const G = int(3, 5);
    const groups = ['A病院', 'B病院', 'C病院', 'D病院', 'E病院'].slice(0, G);
    const kind = next() < 0.6 ? 'sum' : next() < 0.5 ? 'one' : 'alike';
    const small = next() < 0.5 ? int(0, G - 1) : -1;
    const men = groups.map((_, i) => (i === small ? int(1, 9) : int(10, 60)));
    const women = groups.map(() => int(10, 60));
    const dead = groups.map((_, i) => int(0, Math.min(9, men[i]! + women[i]!)));
    const ages = groups.map(() => (kind === 'alike' ? 60 + next() * 0.4 : 40 + next() * 40));
    const w = groups.map((_, i) => (kind === 'one' ? men[i]! : men[i]! + women[i]!));
    const W = w.reduce((a, b) => a + b, 0);
    const M = (w.reduce((a, x, i) => a + x * ages[i]!, 0) / W).toFixed(1);
    const transposed = next() < 0.25;
    const values = ages.map((a) => a.toFixed(1));
    const t1 = siteTable(groups, '男性', men);
    const t2 = siteTable(groups, '女性', women);
    const t3 = meanTable(groups, '死亡', dead, '平均年齢', values, M);
    return {
      family: `cross/${kind}/${small >= 0 ? 'small' : 'large'}`,
      text: textOf([t1, t2, t3], transposed),
      transposed,
      groups,
      ...weightsTail(
        [
          { label: '男性', table: 0 },
          { label: '女性', table: 1 },
          { label: '死亡', table: 2 },
        ],
        groups.map((_, i) => [men[i]!, women[i]!, dead[i]!]),
        { label: '平均年齢', table: 2, values, total: M },
      ),
    };
  });
}

/**
 * A family measured (`ROOT=<tree>` for another tree's checker): per family the cases, refused, leaked to `attack`, and
 * the hidden counts (the cost).
 */
export async function measure<C extends { family: string; text: string }>(
  cases: C[],
  attack: (c: C, r: Checked, report: Reported | undefined, highs: Highs) => string[],
): Promise<void> {
  const { checkerOfRoot } = await import('./helpers.ts');
  const { check, highs, bundle } = await checkerOfRoot();
  const { toReport } = (await import(`${process.env.ROOT ?? new URL('../..', import.meta.url).pathname}/src/pubcheck/report.ts`)) as {
    toReport: (r: unknown, b: unknown, d: Date) => Reported;
  };
  const rows = new Map<string, { runs: number; refused: number; leaked: number; hidden: number }>();
  for (const c of cases) {
    const r = check(highs, bundle, c.text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 }) as Checked & {
      errors?: { code: string; message: string }[];
    };
    const report = r.ok ? toReport(r, bundle, new Date('2026-12-05T00:00:00Z')) : undefined;
    const leaks = attack(c, r, report, highs);
    const x = rows.get(c.family) ?? { runs: 0, refused: 0, leaked: 0, hidden: 0 };
    rows.set(c.family, x);
    x.runs++;
    if (!r.ok) x.refused++;
    if (leaks.length > 0) x.leaked++;
    x.hidden += (r.tables ?? []).reduce((a, t) => a + t.status.filter((s) => s !== 'published').length, 0);
    if (process.env.SHOW && (leaks.length > 0 || !r.ok))
      console.log(
        c.text,
        leaks,
        r.errors?.map((e) => `${e.code} ${e.message}`),
      );
  }
  for (const [f, x] of [...rows].sort()) console.log(f.padEnd(24), x);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const which = process.argv[2] ?? 'nest';
  const seeds = (process.argv[3] ?? '3140').split(',').map(Number);
  const n = Number(process.argv[4] ?? 100);
  const { mipAttack } = await import('./means48-families.ts');
  process.env.NOMEAN = '1';
  if (which === 'nest')
    await measure(
      seeds.flatMap((s) => nestCases(n, s)),
      mipAttack,
    );
  if (which === 'cross') {
    delete process.env.NOMEAN;
    await measure(
      seeds.flatMap((s) => crossCases(n, s)),
      mipAttack,
    );
  }
}
