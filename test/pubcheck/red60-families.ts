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
import { lcg } from './helpers.ts';
import type { MipCase } from './means48-families.ts';
import { nestPair, textOf } from './means53-families.ts';

const sum = (xs: number[]) => String(xs.reduce((a, b) => a + b, 0));
const SITES = ['Site A', 'Site B', 'Site C', 'Site D', 'Site E'];
const NO_MEAN = { label: '', table: 0, values: [], total: '', perPatient: false };
const NO_SUM = { label: '', table: 0, values: [], total: 0 };

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
    const t1 = [
      ['', whole, 'ICU', 'Ward'],
      ...groups.map((g, i) => [g, String(all[i]), String(icu[i]), String(ward[i])]),
      ...(total ? [['Total', sum(all), sum(icu), sum(ward)]] : []),
    ];
    return {
      family: `${labels.length > 1 ? whole : 'all'}/${overlap ? 'overlap' : 'apart'}`,
      text: textOf([t1], transposed, ['Table 1']),
      transposed,
      groups,
      totalLabel: 'Total',
      total,
      countLines: [
        { label: whole, table: 0 },
        { label: 'ICU', table: 0 },
        { label: 'Ward', table: 0 },
      ],
      counts: groups.map((_, i) => [all[i]!, icu[i]!, ward[i]!]),
      sum: NO_SUM,
      mean: NO_MEAN,
      free: false,
    };
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
export function nestNamed(count: number, seed: number, inside: boolean): MipCase[] {
  const next = lcg(seed);
  const int = (a: number, b: number) => a + Math.floor(next() * (b - a + 1));
  return Array.from({ length: count }, () => {
    const G = int(3, 5);
    const [whole, other, part] = NAMED_INSIDE[int(0, NAMED_INSIDE.length - 1)]!;
    const ja = /[^\x00-\x7f]/.test(whole + other + part);
    const groups = (ja ? ['A病院', 'B病院', 'C病院', 'D病院', 'E病院'] : SITES).slice(0, G);
    const c = nestPair(next, {
      groups,
      whole,
      part,
      other: [other, ja ? '外来死亡' : 'Other deaths'],
      totalLabel: ja ? '合計' : 'Total',
      labelled: inside,
      family: (total) => `${inside ? 'true' : 'not'}/${ja ? 'ja' : 'en'}/${total ? 'total' : 'none'}`,
      ...(ja ? {} : { names: ['Table 1', 'Table 2'] }),
    });
    return c;
  });
}

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
