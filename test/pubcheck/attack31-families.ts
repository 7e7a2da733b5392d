/**
 * attack31 (issue #11): seeded families of the classes attack31 found leaking on main (c9d7a3c), each with its own
 * attacker (what the published table and its words give back, written apart from the engine).
 *
 * - `meanLines`: counts of 1–4 hospitals over 3–6 years (10–60, one or two under 10) with a last line of each
 *   hospital's (or year's) mean over the years, rounded to 0 or 1 decimal, headed in words the checker did not read as
 *   a mean (「avg」「Ave.」「1年あたり」「per year」「代表値」…), as a column or (transposed) a row. The attacker: in each
 *   line, mean × k within its rounding is the lines' sum, so a hidden count is at most ⌊k·(m + ½·10^−d)⌋ less the
 *   published values of its line.
 * - `ordered`: a list of facilities said to be in order of their counts (「件数の多い順」「降順」「上位」「ranked」 in the
 *   title, the corner or the column), 4–8 rows, the last ones under 10, with or without a 合計 line. The attacker:
 *   the counts in the order stated, the published ones, and the total, the hidden ones' largest values by linear
 *   programming (HiGHS) under x₁ ≥ x₂ ≥ … (or ≤ where said 少ない順).
 *
 * Run as a script, it prints how the checker under `ROOT` (this tree unless said) reads `count` tables of seed `seed`
 * of each family: `ROOT=/tmp/base31 npx node test/pubcheck/attack31-families.ts 100 801` — read and leaked, read and
 * protected, refused (by code).
 */
import type { Highs } from 'highs';
import { checkerOfRoot, familyTally, int, lcg, pick } from './helpers.ts';

export interface Case {
  text: string;
  family: string;
  /** The true counts by row label and column label (the lines the attacker attacks). */
  truth: Map<string, number>;
}

/** Labels of a mean that say it (hint words) and that do not (read by arithmetic over two lines or more). */
const MEAN_SAID = ['avg', 'Avg.', 'Ave.', 'AVE', '1年あたり', '1年当たり', 'per year', '件/年', '年あたり件数', 'av.'];
const MEAN_UNSAID = ['代表値', 'x̄', '目安', '基準値', 'Typical', 'Ø'];
const HOSPITALS = ['A病院', 'B病院', 'C病院', 'D病院'];

export function meanLines(count: number, seed: number): Case[] {
  const next = lcg(seed);
  return Array.from({ length: count }, () => {
    const said = next() < 0.6;
    const label = pick(next, said ? MEAN_SAID : MEAN_UNSAID);
    const h = int(next, said ? 1 : 3, 4);
    const years = int(next, 3, 6);
    const ys = Array.from({ length: years }, (_, j) => `${2018 + j}年`);
    const xs = Array.from({ length: h }, () => Array.from({ length: years }, () => int(next, 10, 60)));
    const smalls = int(next, 1, 2);
    for (let s = 0; s < smalls; s++) xs[int(next, 0, h - 1)]![int(next, 0, years - 1)] = int(next, 1, 9);
    const d = next() < 0.5 ? 0 : 1;
    const means = xs.map((r) => (r.reduce((a, b) => a + b, 0) / years).toFixed(d));
    const truth = new Map<string, number>();
    xs.forEach((r, i) => r.forEach((v, j) => truth.set(`${HOSPITALS[i]}/${ys[j]}`, v)));
    const transposed = next() < 0.4;
    let lines: string[][];
    if (!transposed) {
      lines = [['施設', ...ys, label], ...xs.map((r, i) => [HOSPITALS[i]!, ...r.map(String), means[i]!])];
    } else {
      lines = [['年', ...HOSPITALS.slice(0, h)], ...ys.map((y, j) => [y, ...xs.map((r) => String(r[j]))]), [label, ...means]];
    }
    return { text: `${lines.map((l) => l.join(',')).join('\n')}\n`, family: transposed ? 'mean-row' : 'mean-column', truth };
  });
}

const ORDER_TITLES = [
  '# 施設別の件数（件数の多い順）',
  '# 施設別患者数（降順）',
  '# 患者数上位の施設',
  '# Facilities ranked by number of patients',
  '# 施設別の件数（少ない順）',
  '# 件数順',
];
const FACILITIES = ['A病院', 'B病院', 'C病院', 'D病院', 'E病院', 'F病院', 'G病院', 'H病院'];

export function ordered(count: number, seed: number): Case[] {
  const next = lcg(seed);
  return Array.from({ length: count }, () => {
    const n = int(next, 4, 8);
    const smalls = int(next, 1, Math.min(3, n - 2));
    const xs = [
      ...Array.from({ length: n - smalls }, () => int(next, 10, 80)),
      ...Array.from({ length: smalls }, () => int(next, 1, 9)),
    ].sort((a, b) => b - a);
    const where = int(next, 0, 2);
    const title = where === 0 ? pick(next, ORDER_TITLES) : '';
    const vs = title.includes('少ない') ? [...xs].reverse() : xs;
    // 「その他」 after the list (larger than its last), a quarter of the time; the list across as a row, a quarter.
    const other = next() < 0.25 ? int(next, 20, 60) : undefined;
    const across = next() < 0.25;
    const total = next() < 0.7;
    const labels = [...vs.map((_, i) => FACILITIES[i]!), ...(other !== undefined ? ['その他'] : []), ...(total ? ['合計'] : [])];
    const values = [...vs, ...(other !== undefined ? [other] : [])];
    if (total) values.push(values.reduce((a, b) => a + b, 0));
    const corner = where === 1 ? '施設（件数の多い順）' : '施設';
    const name = where === 2 ? '件数（降順）' : '件数';
    const lines = [
      ...(where === 0 ? [title] : []),
      ...(across
        ? [`${corner},${labels.join(',')}`, `${name},${values.join(',')}`]
        : [`${corner},${name}`, ...labels.map((l, i) => `${l},${values[i]}`)]),
    ];
    return {
      text: `${lines.join('\n')}\n`,
      family: `ordered-${where === 0 ? 'title' : where === 1 ? 'corner' : 'column'}${across ? '-across' : ''}`,
      truth: new Map(vs.map((v, i) => [FACILITIES[i]!, v])),
    };
  });
}

const RATIO_LABELS = ['男女比', '性比', '比', 'M/F', '男/女', '倍', '女性に対する比', 'ratio'];

/**
 * `ratios`: 2–4 groups, their men and women (10–60, one woman under 10), and a column of the men-to-women ratio headed
 * 「男女比」「M/F」…, rounded to 0 or 1 decimal. The attacker: a hidden count under 10 lies in a ÷ [r ± ½·10^−d].
 */
export function ratios(count: number, seed: number): Case[] {
  const next = lcg(seed);
  return Array.from({ length: count }, () => {
    const g = int(next, 2, 4);
    const label = pick(next, RATIO_LABELS);
    const men = Array.from({ length: g }, () => int(next, 10, 60));
    const women = Array.from({ length: g }, () => int(next, 10, 60));
    women[int(next, 0, g - 1)] = int(next, 1, 9);
    const d = next() < 0.5 ? 0 : 1;
    const truth = new Map<string, number>();
    const lines = [['群', '男性', '女性', label].join(',')];
    for (let i = 0; i < g; i++) {
      truth.set(`${HOSPITALS[i]}/男性`, men[i]!);
      truth.set(`${HOSPITALS[i]}/女性`, women[i]!);
      lines.push([HOSPITALS[i]!, men[i], women[i], (men[i]! / women[i]!).toFixed(d)].join(','));
    }
    return { text: `${lines.join('\n')}\n`, family: 'ratio', truth };
  });
}

export function ratioLeaks(c: Case, r: Parameters<typeof seen>[0]): string[] {
  const { status } = seen(r);
  const [header, ...rows] = c.text.trim().split('\n');
  const ratioLabel = header!.split(',')[3]!;
  const leaks: string[] = [];
  for (const line of rows) {
    const [h, a, b, ratio] = line.split(',');
    const d = ratio!.split('.')[1]?.length ?? 0;
    const lo = Number(ratio) - 0.5 * 10 ** -d;
    const shown = (col: string) => status.get(`${h}/${col}`) === 'published';
    if (Number(b) < 10 && shown(ratioLabel) && !shown('女性') && shown('男性') && lo > 0 && Math.floor(Number(a) / lo + 1e-9) < 10)
      leaks.push(`${h}/女性`);
  }
  return leaks;
}

const CUMULATIVE_LABELS = ['Cumul.', 'Cum. n', 'running total', '通算', '累加', 'YTD'];

/**
 * `cumulativeWords`: a column of cumulative counts over 3–6 months headed in words cumulative.ts did not read
 * (「Cumul.」「running total」「通算」), one month adding under 10. The attacker: two neighbouring published cells'
 * difference is that month's count.
 */
export function cumulativeWords(count: number, seed: number): Case[] {
  const next = lcg(seed);
  return Array.from({ length: count }, () => {
    const m = int(next, 3, 6);
    const steps = Array.from({ length: m }, () => int(next, 10, 40));
    steps[int(next, 1, m - 1)] = int(next, 1, 9);
    let run = 0;
    const cum = steps.map((x) => (run += x));
    const label = pick(next, CUMULATIVE_LABELS);
    const lines = [`月,${label}`, ...cum.map((v, i) => `${i + 1}月,${v}`)];
    return { text: `${lines.join('\n')}\n`, family: 'cumulative', truth: new Map(steps.map((v, i) => [`${i + 1}月`, v])) };
  });
}

export function cumulativeLeaks(_c: Case, r: Parameters<typeof seen>[0]): string[] {
  const t = r.tables[0]!;
  const cells = (t.table as unknown as { cells: { value: { n?: number } }[][] }).cells.map((row) => row[0]!.value.n ?? 0);
  const leaks: string[] = [];
  cells.forEach((v, i) => {
    if (i > 0 && t.status[i] === 'published' && t.status[i - 1] === 'published' && v - cells[i - 1]! < 10) leaks.push(`${i + 1}月`);
  });
  return leaks;
}

const NESTED = [
  (k: number) => `${k}回以上`,
  (k: number) => `≥${k}`,
  (k: number) => `Grade ${k}以上`,
  (k: number) => `grade ≥${k}`,
  (k: number) => `${k}剤以上`,
  (k: number) => `${k}+`,
];

/**
 * `nested`: lines of open bounds in rising order (「1回以上」「2回以上」「3回以上」, 「≥1」…, 「Grade 2以上」…), 3–4 of
 * them as columns or rows over 1–3 groups, each group's patients by level (10–40 each, one level under 10), every
 * printed count 10 or more (so nothing is small to hide on main). The attacker: two neighbouring published lines'
 * difference is the count of one level.
 */
export function nested(count: number, seed: number): Case[] {
  const next = lcg(seed);
  return Array.from({ length: count }, () => {
    const levels = int(next, 3, 4);
    const groups = int(next, 1, 3);
    const name = pick(next, NESTED);
    const start = int(next, 1, 2);
    const labels = Array.from({ length: levels }, (_, k) => name(start + k));
    // Patients by exact level; the last level's patients are the last line (all of them at least 10).
    const exact = Array.from({ length: groups }, () => {
      const xs = Array.from({ length: levels }, () => int(next, 10, 40));
      xs[int(next, 0, levels - 2)] = int(next, 1, 9);
      return xs;
    });
    const atLeast = exact.map((xs) => xs.map((_, k) => xs.slice(k).reduce((a, b) => a + b, 0)));
    const gs = HOSPITALS.slice(0, groups);
    const asRows = next() < 0.5;
    const lines = asRows
      ? [['区分', ...gs].join(','), ...labels.map((l, k) => [l, ...atLeast.map((g) => g[k])].join(','))]
      : [['区分', ...labels].join(','), ...gs.map((g, i) => [g, ...atLeast[i]!].join(','))];
    const truth = new Map<string, number>();
    gs.forEach((g, i) => labels.forEach((l, k) => truth.set(`${g}/${l}`, atLeast[i]![k]!)));
    return { text: `${lines.join('\n')}\n`, family: asRows ? 'nested-rows' : 'nested-cols', truth };
  });
}

export function nestedLeaks(c: Case, r: Parameters<typeof seen>[0]): string[] {
  const { status } = seen(r);
  const leaks: string[] = [];
  const keys = [...c.truth.keys()];
  const shown = (k: string) => {
    const [g, l] = k.split('/');
    return status.get(c.family === 'nested-rows' ? `${l}/${g}` : `${g}/${l}`) === 'published';
  };
  keys.forEach((k, i) => {
    const j = keys[i + 1];
    if (j === undefined || k.split('/')[0] !== j.split('/')[0]) return;
    const d = c.truth.get(k)! - c.truth.get(j)!;
    if (d < 10 && shown(k) && shown(j)) leaks.push(`${k} − ${j.split('/')[1]} = ${d}`);
  });
  return leaks;
}

/** A check's published table as the attacker sees it: each cell's status and value by 「row/col」. */
interface Seen {
  status: Map<string, 'published' | 'hidden' | 'primary'>;
}

function seen(r: { tables: { table: { rows: { label: string }[]; cols: { label: string }[] }; status: string[] }[] }): Seen {
  const status = new Map<string, 'published' | 'hidden' | 'primary'>();
  const t = r.tables[0]!;
  t.table.rows.forEach((row, i) =>
    t.table.cols.forEach((col, j) => {
      const s = t.status[i * t.table.cols.length + j]!;
      status.set(`${row.label}/${col.label}`, s === 'published' ? 'published' : s === 'primary' ? 'primary' : 'hidden');
    }),
  );
  return { status };
}

/**
 * The mean attacker: in each hospital's line, the hidden counts sum to mean × k (within rounding) less the published
 * ones; a hidden count under 10 leaks where that sum's upper end is under 10.
 */
export function meanLeaks(c: Case, r: Parameters<typeof seen>[0]): string[] {
  const { status } = seen(r);
  const lines = new Map<string, { cell: string; v: number }[]>();
  for (const [cell, v] of c.truth) {
    const h = cell.split('/')[0]!;
    lines.set(h, [...(lines.get(h) ?? []), { cell, v }]);
  }
  const leaks: string[] = [];
  const rows = c.text.trim().split('\n');
  const lastLine = rows.at(-1)!.split(',');
  const header = rows[0]!.split(',');
  for (const [h, cells] of lines) {
    // The printed mean of this hospital's line and its decimals.
    const printed =
      c.family === 'mean-column'
        ? rows
            .find((l) => l.startsWith(`${h},`))!
            .split(',')
            .at(-1)!
        : lastLine[header.indexOf(h)]!;
    const d = printed.split('.')[1]?.length ?? 0;
    const k = cells.length;
    const hi = Math.floor(k * (Number(printed) + 0.5 * 10 ** -d) + 1e-9);
    const cellStatus = (cell: string) => {
      const [hh, y] = cell.split('/');
      return status.get(c.family === 'mean-column' ? `${hh}/${y}` : `${y}/${hh}`) ?? 'hidden';
    };
    const published = cells.filter((x) => cellStatus(x.cell) === 'published').reduce((s, x) => s + x.v, 0);
    for (const x of cells) if (x.v < 10 && cellStatus(x.cell) !== 'published' && hi - published < 10) leaks.push(x.cell);
  }
  return leaks;
}

/**
 * The order attacker: HiGHS's largest value of each hidden count under the stated order (down the list's rows, in its
 * one column), the published counts and the total, where published.
 */
export function orderLeaks(
  highs: Highs,
  c: Case,
  r: {
    tables: {
      table: {
        rows: { label: string; kind: string }[];
        cols: { label: string; kind: string }[];
        cells: { value: { kind: string; n?: number } }[][];
      };
      status: string[];
    }[];
  },
): string[] {
  const t = r.tables[0]!;
  const ascending = /少ない順|ascending/.test(c.text) && !/多い順|降順/.test(c.text);
  const across = c.family.endsWith('-across');
  const headers = across ? t.table.cols : t.table.rows;
  const cols = t.table.cols.length;
  const id = (i: number) => (across ? i : i * cols);
  const items = headers.flatMap((h, i) => (h.kind === 'total' ? [] : [i]));
  // The order holds over the list's facilities (「その他」 after them, in the total only).
  const listed = items.filter((i) => c.truth.has(headers[i]!.label));
  const total = headers.findIndex((h) => h.kind === 'total');
  const value = (i: number) => (across ? t.table.cells[0]![i]! : t.table.cells[i]![0]!).value.n ?? 0;
  const hidden = (i: number) => t.status[id(i)] !== 'published';
  const leaks: string[] = [];
  for (const i of listed) {
    if (!hidden(i) || value(i) >= 10) continue;
    const cons: string[] = [];
    items.forEach((j) => {
      if (!hidden(j)) cons.push(` f${j}: x${j} = ${value(j)}`);
    });
    listed.forEach((j, k) => {
      if (k > 0) cons.push(` o${j}: ${ascending ? `x${j} - x${listed[k - 1]}` : `x${listed[k - 1]} - x${j}`} >= 0`);
    });
    if (total >= 0 && !hidden(total)) cons.push(` t: ${items.map((j) => `x${j}`).join(' + ')} = ${value(total)}`);
    const lp = `Maximize\n obj: x${i}\nSubject To\n${cons.join('\n')}\nBounds\n${items.map((j) => ` 0 <= x${j} <= 100000`).join('\n')}\nGeneral\n ${items.map((j) => `x${j}`).join(' ')}\nEnd\n`;
    const sol = highs.solve(lp);
    if (sol.Status === 'Optimal' && sol.ObjectiveValue < 10) leaks.push(`${headers[i]!.label} ≤ ${sol.ObjectiveValue}`);
  }
  return leaks;
}

/**
 * `chanceMeans` (fixa): counts of two groups in three or four columns, the last of which happens to lie, in both rows,
 * within a half of the mean of the others, with a total row (「合計」, 「計」, or a row under no word of a total that is
 * the sum of the two), as a column or (transposed) a row. Two positions of evidence, the total adding none (a mean that
 * holds on its parts holds on their sum): no line of means, the counts to be read and protected.
 */
export function chanceMeans(count: number, seed: number): Case[] {
  const next = lcg(seed);
  return Array.from({ length: count }, () => {
    const cols = int(next, 3, 4);
    const k = cols - 1;
    const xs = Array.from({ length: 2 }, () => {
      const r = Array.from({ length: k }, () => (next() < 0.3 ? int(next, 1, 9) : int(next, 10, 60)));
      return [...r, Math.round(r.reduce((a, b) => a + b, 0) / k)];
    });
    const cs = Array.from({ length: cols }, (_, j) => `c${j + 1}`);
    const rs = ['r1', 'r2'];
    const total = pick(next, ['合計', '計', '全施設']);
    const sums = cs.map((_, j) => xs[0]![j]! + xs[1]![j]!);
    const truth = new Map<string, number>();
    xs.forEach((r, i) => r.forEach((v, j) => truth.set(`${rs[i]}/${cs[j]}`, v)));
    const transposed = next() < 0.4;
    const lines = transposed
      ? [['', ...rs, total], ...cs.map((c, j) => [c, String(xs[0]![j]), String(xs[1]![j]), String(sums[j])])]
      : [['', ...cs], ...xs.map((r, i) => [rs[i]!, ...r.map(String)]), [total, ...sums.map(String)]];
    return { text: `${lines.map((l) => l.join(',')).join('\n')}\n`, family: transposed ? 'chance-mean-row' : 'chance-mean-column', truth };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { check, highs, bundle } = await checkerOfRoot();
  const n = Number(process.argv[2] ?? 100);
  const seed = Number(process.argv[3] ?? 801);
  const only = process.env.FAMILY;
  const tally = familyTally({ width: 10, leaks: true });
  const cases = [
    ...meanLines(n, seed).map((c) => ({ c, leaks: (r: never) => meanLeaks(c, r) })),
    ...ordered(n, seed + 1).map((c) => ({ c, leaks: (r: never) => orderLeaks(highs, c, r) })),
    ...ratios(n, seed + 2).map((c) => ({ c, leaks: (r: never) => ratioLeaks(c, r) })),
    ...cumulativeWords(n, seed + 3).map((c) => ({ c, leaks: (r: never) => cumulativeLeaks(c, r) })),
    ...nested(n, seed + 4).map((c) => ({ c, leaks: (r: never) => nestedLeaks(c, r) })),
    // Read or refused only (the oracle attacks what is read: attack31.test).
    ...chanceMeans(n, seed + 10).map((c) => ({ c, leaks: (): string[] => [] })),
  ].filter(({ c }) => only === undefined || c.family.startsWith(only));
  for (const { c, leaks } of cases) {
    const r = check(highs, bundle, c.text, { details: true }, { mipSeconds: 0 });
    const l = r.ok ? leaks(r as never) : [];
    if (l.length > 0 && process.env.SHOW) console.log(c.text, l);
    tally.add(c.family.replace(/-.*/, ''), r, l.length > 0);
  }
  tally.print();
  process.exit(0);
}
