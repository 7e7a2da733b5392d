/**
 * attack33 (issue #11): seeded families of lines that are functions of other lines, which attack31's code did not find.
 *
 * - `farNested`: lines of open bounds on one measure (「1回以上」「2回以上」, 「Grade 3以上」「Grade 4以上」, 「≥65歳」
 *   「≥75歳」, 「65歳以上」 with 「75+」) printed apart, other rows between them or in another order, over 1–3 groups;
 *   each group's patients by level 10–40 but one level under 10, the other rows 10–60 (every printed count 10 or
 *   more: nothing small to hide). The attacker: any two published nested lines' difference is the count of the levels
 *   between them.
 *
 * Run as a script, it prints how the checker under `ROOT` (this tree unless said) reads `count` tables of seed `seed`:
 * `ROOT=/tmp/base33 npx node test/pubcheck/attack33-families.ts 100 981` — read and leaked, read and protected,
 * refused (by code).
 */
import { lcg, int, pick } from './helpers.ts';

export interface Case {
  text: string;
  family: string;
  /** The nested lines' labels, from the lowest bound up. */
  nested: string[];
  /** The true counts by 「row/col」. */
  truth: Map<string, number>;
}

/** Names of the bounds, from the lowest up (the last may be written without its unit). */
const NAMES: ((k: number, last: boolean) => string)[] = [
  (k) => `${k}回以上`,
  (k) => `Grade ${k + 1}以上`,
  (k) => `≥${55 + 10 * k}歳`,
  (k, last) => (last ? `${55 + 10 * k}+` : `${55 + 10 * k}歳以上`),
  (k) => `${k}剤以上`,
  (k) => `BMI ${20 + 5 * k}以上`,
];
const OTHERS = ['男性', '女性', '入院あり', '外来のみ', '糖尿病', '高血圧', '喫煙あり', '手術あり'];
const GROUPS = ['A群', 'B群', 'C群'];

export function farNested(count: number, seed: number): Case[] {
  const next = lcg(seed);
  return Array.from({ length: count }, () => {
    const levels = int(next, 2, 3);
    const groups = int(next, 1, 3);
    const name = pick(next, NAMES);
    const labels = Array.from({ length: levels }, (_, k) => name(k + 1, k === levels - 1));
    const exact = Array.from({ length: groups }, () => {
      const xs = Array.from({ length: levels }, () => int(next, 10, 40));
      xs[int(next, 0, levels - 2)] = int(next, 1, 9);
      return xs;
    });
    const atLeast = exact.map((xs) => xs.map((_, k) => xs.slice(k).reduce((a, b) => a + b, 0)));
    // Other rows, and the nested ones placed among them (not next to each other, in any order).
    const others = Array.from({ length: int(next, 2, 4) }, () => pick(next, OTHERS)).filter((x, i, a) => a.indexOf(x) === i);
    const rows: { label: string; values: number[] }[] = others.map((label) => ({
      label,
      values: Array.from({ length: groups }, () => int(next, 10, 60)),
    }));
    const order = labels.map((_, k) => k);
    if (next() < 0.3) order.reverse();
    let at = int(next, 0, 1);
    for (const k of order) {
      rows.splice(Math.min(at, rows.length), 0, { label: labels[k]!, values: atLeast.map((g) => g[k]!) });
      at += 2;
    }
    const gs = GROUPS.slice(0, groups);
    const asRows = next() < 0.6;
    const lines = asRows
      ? [['区分', ...gs].join(','), ...rows.map((r) => [r.label, ...r.values].join(','))]
      : [['区分', ...rows.map((r) => r.label)].join(','), ...gs.map((g, i) => [g, ...rows.map((r) => r.values[i]!)].join(','))];
    const truth = new Map<string, number>();
    rows.forEach((r) => gs.forEach((g, i) => truth.set(asRows ? `${r.label}/${g}` : `${g}/${r.label}`, r.values[i]!)));
    return { text: `${lines.join('\n')}\n`, family: asRows ? 'far-nested-rows' : 'far-nested-cols', nested: labels, truth };
  });
}

const NOTES = [
  'Rows are sorted by frequency.',
  'Facilities listed in descending order of cases',
  'Note: ranked by number of patients.',
  'Ordered by decreasing frequency',
  'Sorted from highest to lowest count',
  'Facilities in order of the number of cases (most first)',
];
const FACILITIES = ['A病院', 'B病院', 'C病院', 'D病院', 'E病院', 'F病院', 'G病院', 'H病院'];

/**
 * `statedOrder`: a list of facilities in order of their counts (4–8, the last 1–3 under 10, with a 合計 line 70% of the
 * time), the order stated other than by words in the title: a rank before each label (「1位 A病院」「第1位 A病院」),
 * a note in English outside the table (after an empty line, or a # line under it), or a column of ranks (「順位」
 * 「Rank」 1, 2, 3 …, first or after the labels). The attacker is attack31's
 * `orderLeaks` (HiGHS, the order as constraints).
 */
export function statedOrder(count: number, seed: number): Case[] {
  const next = lcg(seed);
  return Array.from({ length: count }, () => {
    const n = int(next, 4, 8);
    const smalls = int(next, 1, Math.min(3, n - 2));
    const xs = [
      ...Array.from({ length: n - smalls }, () => int(next, 10, 80)),
      ...Array.from({ length: smalls }, () => int(next, 1, 9)),
    ].sort((a, b) => b - a);
    const how = int(next, 0, 3);
    const rank = pick(next, [(i: number) => `${i}位 `, (i: number) => `第${i}位 `]);
    const names = xs.map((_, i) => (how === 0 ? `${rank(i + 1)}${FACILITIES[i]!}` : FACILITIES[i]!));
    const total = next() < 0.7;
    const sum = xs.reduce((a, b) => a + b, 0);
    const first = next() < 0.5;
    const rankLabel = pick(next, ['順位', 'Rank', 'ランク']);
    // A column of ranks, first or after the labels (the total's rank blank).
    const lines =
      how === 3
        ? first
          ? [`${rankLabel},施設,件数`, ...names.map((l, i) => `${i + 1},${l},${xs[i]}`), ...(total ? [`,合計,${sum}`] : [])]
          : [`施設,${rankLabel},件数`, ...names.map((l, i) => `${l},${i + 1},${xs[i]}`), ...(total ? [`合計,,${sum}`] : [])]
        : ['施設,件数', ...names.map((l, i) => `${l},${xs[i]}`), ...(total ? [`合計,${sum}`] : [])];
    const note = pick(next, NOTES);
    if (how === 1) lines.push('', note);
    if (how === 2) lines.push(`# ${note}`);
    return {
      text: `${lines.join('\n')}\n`,
      family: `stated-order-${how === 0 ? 'rank' : how === 1 ? 'note' : how === 2 ? 'comment' : 'column'}`,
      nested: [],
      // The rows as the checker labels them (a column of ranks written before the labels: 「1位 A病院」).
      truth: new Map(xs.map((v, i) => [how === 3 ? `${i + 1}位 ${names[i]!}` : names[i]!, v])),
    };
  });
}

const CHANCE_ROWS = [
  '男性',
  '女性',
  '65歳未満',
  '65歳以上',
  '75歳以上',
  'BMI 25以上',
  '1回以上',
  '2剤以上',
  '≥75',
  '3+',
  '入院あり',
  '糖尿病',
  'その他',
  '不明',
];
const CHANCE_NOTES = [
  'Note: data from the MID-NET database.',
  'P for increasing trend',
  '※ 重複あり',
  'Source: MID-NET',
  'Percentages may not add up.',
];

/**
 * `chanceTables`: ordinary count tables (2–6 rows drawn from labels some of which hold bounds — 「65歳以上」「75歳以上」
 * 「1回以上」「≥75」「3+」 —, 1–3 groups, counts 0–60, a 合計 line half of the time) with a note under them (after an empty
 * line or as a # line) a third of the time: what chance refusals the readings of attack33 add (nested bounds apart,
 * notes outside the table, ranks).
 */
export function chanceTables(count: number, seed: number): Case[] {
  const next = lcg(seed);
  return Array.from({ length: count }, () => {
    const rows = Array.from({ length: int(next, 2, 6) }, () => pick(next, CHANCE_ROWS)).filter((x, i, a) => a.indexOf(x) === i);
    const gs = GROUPS.slice(0, int(next, 1, 3));
    const xs = rows.map(() => gs.map(() => (next() < 0.2 ? int(next, 0, 9) : int(next, 10, 60))));
    const lines = [['区分', ...gs].join(','), ...rows.map((r, i) => [r, ...xs[i]!].join(','))];
    if (next() < 0.5) lines.push(['合計', ...gs.map((_, j) => xs.reduce((a, r) => a + r[j]!, 0))].join(','));
    const note = next() < 0.33 ? pick(next, CHANCE_NOTES) : undefined;
    if (note) lines.push(...(next() < 0.5 ? ['', note] : [`# ${note}`]));
    return { text: `${lines.join('\n')}\n`, family: 'chance', nested: [], truth: new Map() };
  });
}

/**
 * `nestedTables`: two tables over the same 1–3 groups, one with the lower bound (「≥65歳」「1回以上」…) and one with the
 * higher, each among other rows (counts 10 or more; the levels between the two bounds 1–9 in one group). The attacker:
 * the two published lines' difference in a group. `chanceTwo`: two `chanceTables` in one input.
 */
export function nestedTables(count: number, seed: number): Case[] {
  const next = lcg(seed);
  return Array.from({ length: count }, () => {
    const name = pick(next, NAMES);
    const [a, b] = [name(1, false), name(2, false)];
    const gs = GROUPS.slice(0, int(next, 1, 3));
    const high = gs.map(() => int(next, 10, 40));
    const between = gs.map(() => int(next, 10, 40));
    between[int(next, 0, gs.length - 1)] = int(next, 1, 9);
    const low = high.map((h, i) => h + between[i]!);
    const table = (title: string, label: string, xs: number[]) => {
      const others = [pick(next, OTHERS.slice(0, 4)), pick(next, OTHERS.slice(4))];
      const rows = [{ label, xs }, ...others.map((o) => ({ label: o, xs: gs.map(() => int(next, 10, 60)) }))];
      if (next() < 0.5) rows.reverse();
      return [`# ${title}`, ['区分', ...gs].join(','), ...rows.map((r) => [r.label, ...r.xs].join(','))];
    };
    const lines = [...table('表A', a, low), '', ...table('表B', b, high)];
    const truth = new Map<string, number>();
    gs.forEach((g, i) => {
      truth.set(`${a}/${g}`, low[i]!);
      truth.set(`${b}/${g}`, high[i]!);
    });
    return { text: `${lines.join('\n')}\n`, family: 'nested-tables', nested: [a, b], truth };
  });
}

/** Two published nested lines of two tables whose difference in a group is under 10. */
export function nestedTablesLeaks(c: Case, r: { tables: Read['tables'] }): string[] {
  const status = new Map<string, string>();
  for (const t of r.tables)
    t.table.rows.forEach((row, i) =>
      t.table.cols.forEach((col, j) => status.set(`${row.label}/${col.label}`, t.status[i * t.table.cols.length + j]!)),
    );
  const [a, b] = c.nested as [string, string];
  const groups = [...c.truth.keys()].filter((k) => k.startsWith(`${a}/`)).map((k) => k.slice(a.length + 1));
  return groups.flatMap((g) => {
    const d = c.truth.get(`${a}/${g}`)! - c.truth.get(`${b}/${g}`)!;
    return d < 10 && status.get(`${a}/${g}`) === 'published' && status.get(`${b}/${g}`) === 'published' ? [`${g}: ${a} − ${b} = ${d}`] : [];
  });
}

export function chanceTwo(count: number, seed: number): Case[] {
  const xs = chanceTables(2 * count, seed);
  return Array.from({ length: count }, (_, i) => ({
    ...xs[2 * i]!,
    text: `${xs[2 * i]!.text.replace(/\n#[^\n]*\n?$/, '\n')}\n${xs[2 * i + 1]!.text}`,
    family: 'chance-two',
  }));
}

interface Read {
  tables: { table: { rows: { label: string }[]; cols: { label: string }[] }; status: string[] }[];
}

/** Two published nested lines whose difference (the patients of the levels between them) is under 10. */
export function farNestedLeaks(c: Case, r: Read): string[] {
  const t = r.tables[0]!;
  const status = new Map<string, string>();
  t.table.rows.forEach((row, i) =>
    t.table.cols.forEach((col, j) => status.set(`${row.label}/${col.label}`, t.status[i * t.table.cols.length + j]!)),
  );
  const rows = c.family.endsWith('rows');
  const groups = [...new Set([...c.truth.keys()].map((k) => k.split('/')[rows ? 1 : 0]!))];
  const key = (l: string, g: string) => (rows ? `${l}/${g}` : `${g}/${l}`);
  const leaks: string[] = [];
  for (const g of groups)
    c.nested.forEach((a, x) =>
      c.nested.slice(x + 1).forEach((b) => {
        const d = c.truth.get(key(a, g))! - c.truth.get(key(b, g))!;
        if (d < 10 && status.get(key(a, g)) === 'published' && status.get(key(b, g)) === 'published')
          leaks.push(`${g}: ${a} − ${b} = ${d}`);
      }),
    );
  return leaks;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = process.env.ROOT ?? new URL('../..', import.meta.url).pathname;
  const { check } = await import(`${root}/src/pubcheck/check.ts`);
  const { fixtureBundle, solver } = await import('./helpers.ts');
  const highs = await solver();
  const bundle = fixtureBundle();
  const n = Number(process.argv[2] ?? 100);
  const seed = Number(process.argv[3] ?? 981);
  const tally = new Map<string, { runs: number; leaked: number; safe: number; codes: Map<string, number> }>();
  const { orderLeaks } = await import('./attack31-families.ts');
  const cases = [
    ...farNested(n, seed).map((c) => ({ c, leaks: (r: Read) => farNestedLeaks(c, r) })),
    ...statedOrder(n, seed + 1).map((c) => ({ c, leaks: (r: Read) => orderLeaks(highs, c, r as never) })),
    // Read or refused only: chance refusals (the oracle attacks what is read: attack33.test).
    ...chanceTables(10 * n, seed + 2).map((c) => ({ c, leaks: (): string[] => [] })),
    ...nestedTables(n, seed + 3).map((c) => ({ c, leaks: (r: Read) => nestedTablesLeaks(c, r) })),
    ...chanceTwo(5 * n, seed + 4).map((c) => ({ c, leaks: (): string[] => [] })),
  ];
  for (const { c, leaks } of cases) {
    const r = check(highs, bundle, c.text, { details: true }, { mipSeconds: 0 });
    const key = c.family.replace(/-(rows|cols|rank|note|comment|column)$/, '');
    const t = tally.get(key) ?? { runs: 0, leaked: 0, safe: 0, codes: new Map() };
    tally.set(key, t);
    t.runs++;
    if (r.ok) {
      const l = leaks(r as Read);
      if (l.length > 0) {
        t.leaked++;
        if (process.env.SHOW) console.log(c.text, l);
      } else t.safe++;
    } else
      for (const code of new Set<string>(r.errors.map((e: { code: string }) => e.code))) t.codes.set(code, (t.codes.get(code) ?? 0) + 1);
  }
  for (const [f, t] of tally)
    console.log(
      f.padEnd(12),
      'runs',
      t.runs,
      'read+leaked',
      t.leaked,
      'read+protected',
      t.safe,
      'refused',
      t.runs - t.leaked - t.safe,
      [...t.codes].map(([k, v]) => `${k}:${v}`).join(' '),
    );
  process.exit(0);
}
