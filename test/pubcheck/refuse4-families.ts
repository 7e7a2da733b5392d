/**
 * Random tables of the classes refuse4 reads (refuse4.test.ts): plain data, so that the same tables can be checked
 * against an older tree by hand (the numbers the test quotes for main were measured so).
 *
 * - `ciTables`: outcome tables whose rate column names its confidence interval and no unit (「IR (95% CI)」「Incidence
 *   rate (95% CI)」「発現率 (95%信頼区間)」), cells 「8.0 (5.7-10.9)」, beside 患者数, イベント数, a second count line
 *   and 人年 — attacked as rates3-families.ts's (`attack`: the interval arithmetic under the true unit).
 * - `binaryTables`: Table 1s of 1–3 groups (N 40–150) with a binary variable printed as one 「n/N」 row under its own N
 *   (「男性 50/110」: 女性 not printed), beside a block of 年齢 rows under another N, and sometimes a 0 row after a
 *   block that adds up (「不明 0/110」).
 */
import { int, lcg, pick } from './helpers.ts';
import type { RateTable } from './rates3-families.ts';

/** Labels of a rate naming its CI and no unit; the unit is the one the table is made with (per 1,000 or 100 人年). */
export const CI_LABELS = ['IR (95% CI)', 'Incidence rate (95% CI)', '発現率 (95%信頼区間)', '発現率（95%CI）', 'IR, 95% CI', 'IR [95% CI]'];

/** A rough 95% interval of a Poisson rate (printed beside it; the checker does not read it). */
const interval = (e: number, years: number, factor: number, decimals: number) => {
  const lo = e === 0 ? 0 : (Math.max(0, e - 1.96 * Math.sqrt(e)) * factor) / years;
  const hi = ((e + 1.96 * Math.sqrt(e + 1) + 1) * factor) / years;
  return `${lo.toFixed(decimals)}-${hi.toFixed(decimals)}`;
};

export function ciTables(count: number, seed: number): RateTable[] {
  const random = lcg(seed);
  const out: RateTable[] = [];
  for (let k = 0; k < count; k++) {
    const label = pick(random, CI_LABELS);
    const factor = pick(random, [1000, 1000, 100]);
    const decimals = pick(random, [1, 1, 2]);
    const ratio = pick(random, [10, 0.1, 100]);
    const rows = ['A群', 'B群', 'C群'].slice(0, int(random, 2, 3)).map((name) => {
      const n = int(random, 200, 3000);
      const e = random() < 0.4 ? int(random, 1, 9) : int(random, 10, 150);
      return { name, n, e, f: Math.max(0, Math.round(e * ratio) + int(random, -1, 1)), base: n * (0.5 + random() * 4) };
    });
    const sum = (key: 'n' | 'e' | 'f' | 'base') => rows.reduce((a, x) => a + x[key], 0);
    rows.push({ name: '合計', n: sum('n'), e: sum('e'), f: sum('f'), base: sum('base') });
    const bases = rows.map((x) => x.base.toFixed(1));
    const rates = rows.map((x, i) => ((x.e * factor) / Number(bases[i])).toFixed(decimals));
    const cells = rows.map((x, i) => `${rates[i]} (${interval(x.e, Number(bases[i]), factor, decimals)})`);
    const text =
      [
        ['', '患者数', 'イベント数', '死亡数', '人年', label].join('\t'),
        ...rows.map((x, i) => [x.name, x.n, x.e, x.f, bases[i], cells[i]].join('\t')),
      ].join('\n') + '\n';
    out.push({ text, events: rows.map((x) => x.e), rates, bases, factor, label });
  }
  return out;
}

export interface BinaryTable {
  text: string;
  /** Per group: the true counts of the printed row (男性), its complement (女性) and the block's N (N_row). */
  groups: { n: number; male: number; female: number; known: number }[];
  /** The label of the binary row. */
  row: string;
}

/** `count` Table 1s (seeded) with one binary variable printed as its one 「n/N」 row, small counts on either side often. */
export function binaryTables(count: number, seed: number): BinaryTable[] {
  const random = lcg(seed);
  const out: BinaryTable[] = [];
  for (let k = 0; k < count; k++) {
    const row = pick(random, ['男性', '喫煙あり', '糖尿病あり', 'Male']);
    const groups = ['A群', 'B群', 'C群'].slice(0, int(random, 1, 3)).map(() => {
      const n = int(random, 40, 150);
      const known = n - int(random, 1, 15);
      const u = random();
      const male = u < 0.25 ? int(random, 1, 9) : u < 0.5 ? known - int(random, 1, 9) : int(random, 10, known - 10);
      return { n, male, female: known - male, known };
    });
    // 年齢 under each group's N (every patient has an age): a block adding up to N.
    const ages = groups.map((g) => {
      const young = int(random, 10, g.n - 10);
      return [young, g.n - young];
    });
    const zeroRow = random() < 0.5;
    const lines = [
      ['', ...groups.map((g, j) => `${'ABC'[j]}群 (N=${g.n})`)],
      ...(random() < 0.5
        ? [[row, ...groups.map((g) => `${g.male}/${g.known}`)], ...ageRows(ages, groups, zeroRow)]
        : [...ageRows(ages, groups, zeroRow), [row, ...groups.map((g) => `${g.male}/${g.known}`)]]),
    ];
    out.push({ text: lines.map((l) => l.join('\t')).join('\n') + '\n', groups, row });
  }
  return out;
}

const ageRows = (ages: number[][], groups: { n: number }[], zero: boolean) => [
  ['65歳未満', ...ages.map((a, j) => `${a[0]}/${groups[j]!.n}`)],
  ['65歳以上', ...ages.map((a, j) => `${a[1]}/${groups[j]!.n}`)],
  ...(zero ? [['年齢不明', ...groups.map((g) => `0/${g.n}`)]] : []),
];

/**
 * Outcome tables for the units not tried (refuse4 measured whether to try them): `unit` — a rate per 2,000 or per
 * 10,000,000 person-years with no unit written (「発現率」 beside 人年), beside イベント数 and a second line of counts;
 * `orphan` — a 死亡率 with no unit whose deaths the table does not print (beside 患者数, イベント数 and 人年 only), under
 * a usual unit (per 1,000, 100 or 100,000): read at all, it is read by chance as the events' rate, its own count
 * unchecked (rates3's measure of chance readings).
 */
export function unitTables(kind: 'unit' | 'orphan', count: number, seed: number): RateTable[] {
  const random = lcg(seed);
  const out: RateTable[] = [];
  for (let k = 0; k < count; k++) {
    const factor = kind === 'unit' ? pick(random, [2000, 1e7]) : pick(random, [1000, 100, 100_000]);
    const decimals = kind === 'unit' && factor === 1e7 ? pick(random, [0, 0, 1]) : pick(random, [0, 1, 1, 2]);
    const rows = ['A群', 'B群', 'C群'].slice(0, int(random, 2, 3)).map((name) => {
      const n = int(random, 200, 3000);
      const e = random() < 0.4 ? int(random, 1, 9) : int(random, 10, 150);
      const d = random() < 0.4 ? int(random, 0, 9) : int(random, 10, 60);
      return {
        name,
        n,
        e,
        d,
        f: Math.max(0, Math.round(e * pick(random, [10, 0.1])) + int(random, -1, 1)),
        base: n * (0.5 + random() * 4),
      };
    });
    const sum = (key: 'n' | 'e' | 'd' | 'f' | 'base') => rows.reduce((a, x) => a + x[key], 0);
    rows.push({ name: '合計', n: sum('n'), e: sum('e'), d: sum('d'), f: sum('f'), base: sum('base') });
    const bases = rows.map((x) => x.base.toFixed(1));
    const of = (x: (typeof rows)[number]) => (kind === 'unit' ? x.e : x.d);
    const rates = rows.map((x, i) => ((of(x) * factor) / Number(bases[i])).toFixed(decimals));
    const label = kind === 'unit' ? '発現率' : '死亡率';
    const head = kind === 'unit' ? ['', '患者数', 'イベント数', '死亡数', '人年', label] : ['', '患者数', 'イベント数', '人年', label];
    const text =
      [
        head.join('\t'),
        ...rows.map((x, i) =>
          (kind === 'unit' ? [x.name, x.n, x.e, x.f, bases[i], rates[i]] : [x.name, x.n, x.e, bases[i], rates[i]]).join('\t'),
        ),
      ].join('\n') + '\n';
    out.push({ text, events: rows.map(of), rates, bases, factor, label });
  }
  return out;
}

export interface HeadingTable {
  text: string;
  /**
   * The same table written as main reads it: the heading rows without their N (「性別」, or 「性別」 with 「n (%)」 in
   * every cell), the N in the column's header (「全体 (N=57)」「合計 (N=110)」「A群 (N=57)」).
   */
  equivalent: string;
  mode: 'label' | 'total' | 'cells';
}

/**
 * Table 1s whose heading rows state an N (`label`: 「性別 (N=57)」 over one column of values; `total`: over groups and
 * a 合計 column, the N the 合計's; `cells`: 「性別」 with a count in one group's cell and 「n (%)」 in the others), each
 * variable's rows adding up to the groups' N (small counts often).
 */
/** A Table 1's variables and their levels (refuse5-families.ts too). */
export const VARIABLES: [string, string[]][] = [
  ['性別', ['男性', '女性']],
  ['年齢', ['65歳未満', '65-74歳', '75歳以上']],
  ['喫煙', ['あり', 'なし']],
  ['BMI', ['25未満', '25以上']],
];

/** Each variable's levels' counts per group (`counts[level][group]`), adding up to each group's N; small often. */
export function blocksOf(random: () => number, ns: readonly number[], vars: readonly [string, string[]][]) {
  const split = (n: number, parts: number) => {
    const cuts = Array.from({ length: parts - 1 }, () => (random() < 0.3 ? int(random, 1, 9) : int(random, 1, n - 1)));
    const xs: number[] = [];
    let left = n;
    for (const c of cuts) {
      const x = Math.min(left, c);
      xs.push(x);
      left -= x;
    }
    return [...xs, left];
  };
  const blocks = vars.map(([name, levels]) => ({ name, levels, counts: levels.map(() => ns.map(() => 0)) }));
  for (const b of blocks) ns.forEach((n, j) => split(n, b.levels.length).forEach((x, i) => (b.counts[i]![j] = x)));
  return blocks;
}

export function headingTables(count: number, seed: number): HeadingTable[] {
  const random = lcg(seed);
  const out: HeadingTable[] = [];
  for (let k = 0; k < count; k++) {
    const mode = pick(random, ['label', 'total', 'cells'] as const);
    const groups = mode === 'label' ? ['全体'] : ['A群', 'B群'];
    const ns = groups.map(() => int(random, 25, 90));
    const vars = VARIABLES.slice(0, int(random, 2, 4));
    const blocks = blocksOf(random, ns, vars);
    const withTotal = mode === 'total';
    const cols = [...groups, ...(withTotal ? ['合計'] : [])];
    const total = ns.reduce((a, b) => a + b, 0);
    const valuesOf = (row: number[]) => [...row, ...(withTotal ? [row.reduce((a, b) => a + b, 0)] : [])];
    // One group's count in the heading, 「n (%)」 in the other's.
    const one = int(random, 0, 1);
    const counted = ns.map((_, j) => j === one);
    const heading = (name: string) =>
      mode === 'label'
        ? [`${name} (N=${ns[0]})`, '']
        : mode === 'total'
          ? [`${name} (N=${total})`, ...cols.map(() => '')]
          : [name, ...ns.map((n, j) => (counted[j] ? String(n) : 'n (%)'))];
    const lines = [['', ...cols], ...blocks.flatMap((b) => [heading(b.name), ...b.levels.map((l, i) => [l, ...valuesOf(b.counts[i]!)])])];
    const text = lines.map((l) => l.join('\t')).join('\n') + '\n';
    const head = cols.map((c, j) =>
      mode === 'label'
        ? `${c} (N=${ns[0]})`
        : mode === 'total'
          ? j === cols.length - 1
            ? `${c} (N=${total})`
            : c
          : counted[j]
            ? `${c} (N=${ns[j]})`
            : c,
    );
    const plainHeading = (name: string) => (mode === 'cells' ? [name, ...cols.map(() => 'n (%)')] : [name, ...cols.map(() => '')]);
    const equivalent =
      [['', ...head], ...blocks.flatMap((b) => [plainHeading(b.name), ...b.levels.map((l, i) => [l, ...valuesOf(b.counts[i]!)])])]
        .map((l) => l.join('\t'))
        .join('\n') + '\n';
    out.push({ text, equivalent, mode });
  }
  return out;
}
