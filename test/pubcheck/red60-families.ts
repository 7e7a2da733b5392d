/**
 * red60 families (issue #11, seeds 4330–4379): red team of means57/means59/red57's readings of wholes and nesting, as
 * means48's `MipCase`s for its `mipAttack` (HiGHS MIP written apart from the engine: the truth's relations only).
 * - `allOverlap`: 表1 「All」 | 「ICU」 | 「Ward」 by site where ICU and Ward overlap (a patient in both): All = ICU + Ward −
 *   both, so All under the others' sum at some site (means59 reads it as an item), yet each line beside it is inside it
 *   (ICU ≤ All, Ward ≤ All at every site: the attacker takes that, as anyone reading 「All」 does).
 *   With `UNION`'s heads (「[項目]All」「Any」「Either」: read as items on a9147354, no tie either): `union` families.
 * - `shortNot` / `nestNot`: a part named inside a short English whole (ICU, ER, OR, All) or by red57/means59's labels
 *   (「入院うち死亡」「Hospitalised: died」「入院死亡」) that is NOT inside it (another population), part ≤ whole at each
 *   site by chance: the attacker takes no nesting (`free`).
 */
import { checkerOfRoot, lcg } from './helpers.ts';
import { mipAttack, type MipCase } from './means48-families.ts';
import { textOf } from './means53-families.ts';
import { NO_MEAN, NO_SUM, SITES, nestNamedOf, sum } from './means59-families.ts';
import type { Checked, Reported } from './stats39-families.ts';

/** 表1 <whole> | <lines…> by site with its Total row (red60/red61's fixtures); `free`: the attacker takes no nesting. */
export function wholeTable(rows: [number, number, number][], whole = 'All', free = false, lines = ['ICU', 'Ward']): MipCase {
  const groups = SITES.slice(0, rows.length);
  const total = (k: number) => rows.reduce((a, r) => a + r[k]!, 0);
  const text = [
    '# Table 1',
    `\t${whole}\t${lines.join('\t')}`,
    ...groups.map((g, i) => `${g}\t${rows[i]!.join('\t')}`),
    `Total\t${total(0)}\t${total(1)}\t${total(2)}`,
    '',
  ].join('\n');
  return {
    family: 'fixture',
    text,
    transposed: false,
    groups,
    totalLabel: 'Total',
    total: true,
    countLines: [whole, ...lines].map((label) => ({ label, table: 0 })),
    counts: rows.map((r) => [...r]),
    sum: NO_SUM,
    mean: NO_MEAN,
    free,
  };
}

type Result = Checked & { errors?: { code: string; message: string }[]; warnings?: { code: string; message: string }[] };

/**
 * The checker of `ROOT` (this tree unless said) under the threshold protection with means48's `mipAttack` (red60/red61
 * tests): `result` a check, `attack` a check and what the attacker gives back, `hiddenOf` a result's hidden cells.
 */
export async function mipChecker() {
  const ROOT = process.env.ROOT ?? new URL('../..', import.meta.url).pathname;
  const { check, highs, bundle } = await checkerOfRoot();
  const { toReport } = (await import(`${ROOT}/src/pubcheck/report.ts`)) as { toReport: (r: unknown, b: unknown, d: Date) => Reported };
  const result = (text: string) => check(highs, bundle, text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 }) as Result;
  const attack = (c: MipCase) => {
    const r = result(c.text);
    return { r, leaks: mipAttack(c, r, r.ok ? toReport(r, bundle, new Date('2026-12-05T00:00:00Z')) : undefined, highs) };
  };
  const hiddenOf = (r: Result) => (r.tables ?? []).reduce((a, t) => a + t.status.filter((x) => x !== 'published').length, 0);
  return { result, attack, hiddenOf };
}

/**
 * 表1 of the count `lines` (per site) under `labels` by `groups`, a Total row where `total`, as a MipCase with no mean
 * and no sum (red60 `allOverlap`, red61 `innocentPatients`).
 */
export function siteCase(o: {
  family: string;
  groups: string[];
  labels: string[];
  lines: number[][];
  total: boolean;
  transposed: boolean;
  free: boolean;
}): MipCase {
  const t1 = [
    ['', ...o.labels],
    ...o.groups.map((g, i) => [g, ...o.lines.map((l) => String(l[i]))]),
    ...(o.total ? [['Total', ...o.lines.map(sum)]] : []),
  ];
  return {
    family: o.family,
    text: textOf([t1], o.transposed, ['Table 1']),
    transposed: o.transposed,
    groups: o.groups,
    totalLabel: 'Total',
    total: o.total,
    countLines: o.labels.map((label) => ({ label, table: 0 })),
    counts: o.groups.map((_, i) => o.lines.map((l) => l[i]!)),
    sum: NO_SUM,
    mean: NO_MEAN,
    free: o.free,
  };
}

/** The heads of a line counting everyone of the lines beside it, read as an item (`unionOverlap`). */
export const UNION = ['[項目]All', 'Any', 'Either', '[item] All'];

/** `overlap`: ICU and Ward share patients somewhere (All under their sum there); `apart` (innocent): no overlap (All the total). */
export function allOverlap(count: number, seed: number, overlap = true, labels = ['All']): MipCase[] {
  const next = lcg(seed);
  const int = (a: number, b: number) => a + Math.floor(next() * (b - a + 1));
  return Array.from({ length: count }, () => {
    const whole = labels.length > 1 ? labels[int(0, labels.length - 1)]! : labels[0]!;
    const G = int(3, 5);
    const groups = SITES.slice(0, G);
    const small = int(0, G - 1);
    const icu = groups.map((_, i) => (i === small ? int(1, 6) : next() < 0.3 ? int(1, 9) : int(10, 40)));
    const ward = groups.map((_, i) => (i === small ? int(1, 6) : int(5, 60)));
    const both = groups.map((_, i): number => (overlap ? int(0, Math.min(icu[i]!, ward[i]!)) : 0));
    if (overlap && !both.some((b) => b > 0)) both[small] = 1;
    const all = groups.map((_, i) => icu[i]! + ward[i]! - both[i]!);
    const total = next() < 0.7;
    const transposed = next() < 0.25;
    const family = `${labels.length > 1 ? whole : 'all'}/${overlap ? 'overlap' : 'apart'}`;
    return siteCase({ family, groups, labels: [whole, 'ICU', 'Ward'], lines: [all, icu, ward], total, transposed, free: false });
  });
}

/** Parts named inside a whole by their label (means57 short English, red57, means59 bare compounds). */
export const NAMED_INSIDE: [string, string, string][] = [
  ['ICU', 'Ward', 'Died in ICU'],
  ['ICU', 'Ward', 'ICU, of whom died'],
  ['ER', 'Clinic', 'ER, of whom admitted'],
  ['ER', 'Clinic', 'Admitted (ER)'],
  ['OR', 'Clinic', 'Died in OR'],
  ['OR', 'Clinic', 'OR deaths'],
  ['All', 'Ward', 'All, of whom died'],
  ['All', 'Ward', 'Died among all'],
  ['入院', '外来', '入院うち死亡'],
  ['入院', '外来', '入院死亡'],
  ['Hospitalised', 'Clinic', 'Hospitalised: died'],
  ['ICU', '一般病棟', 'ICU死亡'],
];

/**
 * `nestNot`: nestPair's two tables under the labels above, the part NOT inside the whole (another population; `free`),
 * each site's part at most the whole by chance (redrawn under it), so a reader of the label alone takes a nesting that
 * does not hold; `nestTrue`: the same, the part inside (the attacker takes it).
 */
export const nestNamed = (count: number, seed: number, inside: boolean): MipCase[] =>
  nestNamedOf(
    count,
    seed,
    NAMED_INSIDE,
    inside,
    (ja, total) => `${inside ? 'true' : 'not'}/${ja ? 'ja' : 'en'}/${total ? 'total' : 'none'}`,
  );

if (import.meta.url === `file://${process.argv[1]}`) {
  const which = process.argv[2] ?? 'overlap';
  const seeds = (process.argv[3] ?? '4330').split(',').map(Number);
  const n = Number(process.argv[4] ?? 100);
  const { mipAttack } = await import('./means48-families.ts');
  const { measure } = await import('./means53-families.ts');
  const make = {
    overlap: (k: number, s: number) => allOverlap(k, s, true),
    apart: (k: number, s: number) => allOverlap(k, s, false),
    union: (k: number, s: number) => allOverlap(k, s, true, UNION),
    unionApart: (k: number, s: number) => allOverlap(k, s, false, UNION),
    not: (k: number, s: number) => nestNamed(k, s, false),
    true: (k: number, s: number) => nestNamed(k, s, true),
  }[which]!;
  process.env.NOMEAN = '1';
  await measure(
    seeds.flatMap((s) => make(n, s)),
    mipAttack,
  );
}
