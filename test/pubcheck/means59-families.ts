/**
 * means59 families (issue #11, seeds 4070–4119), as means48's `MipCase`s for its `mipAttack` (HiGHS MIP, written apart
 * from the engine):
 * - `allCases`: 表1 「All」 beside 「Ward」 (and 「ICU」) by site, 表2 a line inside 「All」 (「All, of whom died」) beside
 *   「Ward deaths」. `apart`: 「All」 a population of its own, under 「Ward」 at one site at least (no total of it);
 *   `whole`: 「All」 the sum of 「ICU」 + 「Ward」 (the total); `over`: 「All」 at least the sum everywhere, over it somewhere
 *   (a whole with a line left out: refused as before).
 * - `wide` (means57's `linesCases` with 9–12 lines in its wide kind): past 8 lines of a table each alone, measured.
 * - `bareNest`: 表1 a whole (「入院」「手術」「ICU」「Surgery」「ER」) beside another line, 表2 a line inside it named by a
 *   bare compound (「入院死亡」「手術死亡」「ICU死亡」「Surgical deaths」「ER deaths」); the attacker takes the nesting
 *   (part ≤ whole at each site). `innocentNest` (chance): the same look, the part NOT inside the whole (some site over
 *   it), so no nesting can be taken.
 */
import { lcg } from './helpers.ts';
import type { MipCase } from './means48-families.ts';
import { nestPair } from './means53-families.ts';
import { textOf } from './means55-families.ts';

/** A line's total as printed, the sites, and a case's empty mean and sum (means59, red60, red61). */
export const sum = (xs: number[]) => String(xs.reduce((a, b) => a + b, 0));
export const SITES = ['Site A', 'Site B', 'Site C', 'Site D', 'Site E'];
export const NO_MEAN = { label: '', table: 0, values: [], total: '', perPatient: false };
export const NO_SUM = { label: '', table: 0, values: [], total: 0 };

export function allCases(count: number, seed: number): MipCase[] {
  const next = lcg(seed);
  const int = (a: number, b: number) => a + Math.floor(next() * (b - a + 1));
  return Array.from({ length: count }, () => {
    const G = int(3, 5);
    const groups = SITES.slice(0, G);
    const kind = (['apart', 'whole', 'over'] as const)[int(0, 2)]!;
    const part = ['All, of whom died', 'Died among all', 'All including died'][int(0, 2)]!;
    const small = int(0, G - 1);
    const ward = groups.map((_, i) => (i === small && next() < 0.5 ? int(1, 9) : int(10, 60)));
    const icu = groups.map((_, i) => (i === small ? int(1, 9) : int(5, 40)));
    let all: number[];
    if (kind === 'whole') all = groups.map((_, i) => ward[i]! + icu[i]!);
    else if (kind === 'over') all = groups.map((_, i) => ward[i]! + icu[i]! + (i === small ? int(1, 5) : int(0, 5)));
    else {
      all = groups.map((_, i) => (i === small ? int(1, 9) : int(5, 80)));
      const under = int(0, G - 1);
      if (all[under]! >= ward[under]! + icu[under]!) all[under] = int(1, Math.max(1, ward[under]! + icu[under]! - 1));
    }
    const d = all.map((x) => (next() < 0.5 ? Math.max(0, x - int(0, 2)) : int(0, x)));
    const wd = ward.map((x) => int(0, Math.min(x, 30)));
    const total = next() < 0.5;
    const transposed = next() < 0.25;
    const t1 = [
      ['', 'All', 'ICU', 'Ward'],
      ...groups.map((g, i) => [g, String(all[i]), String(icu[i]), String(ward[i])]),
      ...(total ? [['Total', sum(all), sum(icu), sum(ward)]] : []),
    ];
    const t2 = [
      ['', part, 'Ward deaths'],
      ...groups.map((g, i) => [g, String(d[i]), String(wd[i])]),
      ...(total ? [['Total', sum(d), sum(wd)]] : []),
    ];
    return {
      family: `all/${kind}`,
      text: textOf([t1, t2], transposed, ['Table 1', 'Table 2']),
      transposed,
      groups,
      totalLabel: 'Total',
      total,
      countLines: [
        { label: 'All', table: 0 },
        { label: part, table: 1 },
      ],
      counts: groups.map((_, i) => [all[i]!, d[i]!]),
      sum: NO_SUM,
      mean: NO_MEAN,
      free: false,
    };
  });
}

/** A whole and a line inside it named by a bare compound (the whole's word, then deaths). */
export const BARE: [string, string, string][] = [
  ['入院', '外来', '入院死亡'],
  ['手術', '外来', '手術死亡'],
  ['ICU', '一般病棟', 'ICU死亡'],
  ['入院', '外来', '入院死亡数'],
  ['Surgery', 'Clinic', 'Surgical deaths'],
  ['ER', 'Ward', 'ER deaths'],
  ['Surgery', 'Clinic', 'Surgical death'],
  ['ICU', 'Ward', 'ICU deaths'],
];

/**
 * nestPair's two tables under one of `list`'s [whole, other, part] labels (means59 `BARE`, red60 `NAMED_INSIDE`), by
 * 3–5 sites (Japanese labels: A病院…, else Site A…), `labelled` the part inside the whole; `over`: one site's part over
 * the whole (no nesting holds: the label only looks like one). `family` names a case by its language and total row.
 */
export function nestNamedOf(
  count: number,
  seed: number,
  list: readonly [string, string, string][],
  labelled: boolean,
  family: (ja: boolean, total: boolean) => string,
  over = false,
): MipCase[] {
  const next = lcg(seed);
  const int = (a: number, b: number) => a + Math.floor(next() * (b - a + 1));
  return Array.from({ length: count }, () => {
    const G = int(3, 5);
    const [whole, other, part] = list[int(0, list.length - 1)]!;
    const ja = /[^\x00-\x7f]/.test(whole + other + part);
    const groups = (ja ? ['A病院', 'B病院', 'C病院', 'D病院', 'E病院'] : SITES).slice(0, G);
    return nestPair(next, {
      groups,
      whole,
      part,
      other: [other, ja ? '外来死亡' : 'Other deaths'],
      totalLabel: ja ? '合計' : 'Total',
      labelled,
      family: (total: boolean) => family(ja, total),
      ...(ja ? {} : { names: ['Table 1', 'Table 2'] }),
      ...(over
        ? {
            tweak: (n: number[], d: number[]) => {
              const at = int(0, G - 1);
              d[at] = n[at]! + int(1, 12);
            },
          }
        : {}),
    });
  });
}

const nestOf = (count: number, seed: number, inside: boolean): MipCase[] =>
  nestNamedOf(count, seed, BARE, inside, (ja) => `${inside ? 'bare' : 'chance'}/${ja ? 'ja' : 'en'}`, !inside);

export const bareNest = (count: number, seed: number): MipCase[] => nestOf(count, seed, true);
export const innocentNest = (count: number, seed: number): MipCase[] => nestOf(count, seed, false);

if (import.meta.url === `file://${process.argv[1]}`) {
  const which = process.argv[2] ?? 'all';
  const seeds = (process.argv[3] ?? '4070').split(',').map(Number);
  const n = Number(process.argv[4] ?? 100);
  const { mipAttack } = await import('./means48-families.ts');
  const { measure } = await import('./means53-families.ts');
  const { linesCases } = await import('./means57-families.ts');
  const wide = (count: number, seed: number) =>
    linesCases(6 * count, seed, [9, 12])
      .filter((c) => c.family.startsWith('lines/wide'))
      .slice(0, count);
  const make = { all: allCases, bare: bareNest, chance: innocentNest, wide }[which]!;
  if (which !== 'wide') process.env.NOMEAN = '1';
  await measure(
    seeds.flatMap((s) => make(n, s)),
    mipAttack,
  );
}
