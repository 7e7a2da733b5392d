/**
 * red61 families (issue #11, seeds 4610–4639): red60's `allOverlap` under the bare heads of the whole group
 * (「Patients」「患者」「Cases」「症例」…) beside 「ICU」「Ward」 that share patients (Patients = ICU + Ward − both, under
 * their sum at some site), as means48's `MipCase`s for its `mipAttack` (HiGHS MIP apart from the engine: ICU ≤ Patients
 * and Ward ≤ Patients at every site, as anyone reading 「Patients」 takes them).
 * - `patients` (`overlap`): the class; `apart`: no overlap (Patients the sum, the total as before).
 * - `otherPop` (task 2): means57's `manyCases` (4–6 tables of one age band each by site, a table of 死亡 and 平均在院日数
 *   whose 合計 is weighted over all or four-plus bands) with one more table by the same sites under a band label of
 *   the others (labels match) that counts another population (外来), weighted in no mean: the attacker (means48
 *   `mipAttack`, every set of count lines that holds on the truth) takes any set it fits.
 * - `innocent`: 「Patients」 beside two other counts of a population of its own (「Admissions」「Visits」, each ICU-like line
 *   free of it, some over it somewhere): the attacker takes no nesting (`free`); refusals and hidden must not grow.
 */
import { lcg } from './helpers.ts';
import type { MipCase } from './means48-families.ts';
import { meanTable, siteTable, textOf, weightsTail } from './means53-families.ts';
import { SITES } from './means59-families.ts';
import { allOverlap, siteCase } from './red60-families.ts';

/** The bare heads of the whole group read as the population of the lines beside them. */
export const PATIENTS = ['Patients', '患者', 'Cases', '症例', 'Subjects', '患者数'];

/** Patients, ICU, Ward by site, ICU and Ward sharing patients (Patients under their sum): red61's and red66's table. */
export const OVERLAP: [number, number, number][] = [
  [29, 6, 28],
  [62, 22, 48],
  [53, 37, 21],
  [5, 3, 3],
];

/**
 * `innocent`: 「Patients」 a count of its own beside 「Admissions」「Visits」 or 「ICU」「Ward」 (not inside it: free), drawn
 * at random, half of them under it at every site by chance (`below`).
 */
export function innocentPatients(count: number, seed: number, heads = PATIENTS): MipCase[] {
  const next = lcg(seed);
  const int = (a: number, b: number) => a + Math.floor(next() * (b - a + 1));
  return Array.from({ length: count }, () => {
    const whole = heads[int(0, heads.length - 1)]!;
    const G = int(3, 5);
    const groups = SITES.slice(0, G);
    const lines = next() < 0.5 ? ['Admissions', 'Visits'] : ['ICU', 'Ward'];
    const draw = () => groups.map(() => (next() < 0.2 ? int(1, 9) : int(10, 80)));
    const p = draw();
    // Half the tables: each other line under 「Patients」 at every site by chance (the tie is taken; it holds).
    const below = next() < 0.5;
    const [a, b] = below ? [p.map((v) => int(0, v)), p.map((v) => int(0, v))] : [draw(), draw()];
    const total = next() < 0.7;
    const transposed = next() < 0.25;
    const inside = groups.every((_, i) => a[i]! <= p[i]! && b[i]! <= p[i]!);
    const family = `innocent/${inside ? 'below' : 'over'}`;
    return siteCase({ family, groups, labels: [whole, ...lines], lines: [p, a, b], total, transposed, free: true });
  });
}

const BANDS = ['18〜39歳', '40〜64歳', '65〜74歳', '75〜84歳', '85歳以上', '年齢不明'];

/** `otherPop`: a band table of another population beside the weighted bands, its label one of theirs. */
export function otherPopulation(count: number, seed: number): MipCase[] {
  const next = lcg(seed);
  const int = (a: number, b: number) => a + Math.floor(next() * (b - a + 1));
  return Array.from({ length: count }, () => {
    const G = int(3, 5);
    const groups = ['A病院', 'B病院', 'C病院', 'D病院', 'E病院'].slice(0, G);
    const K = int(4, 6);
    const kind = next() < 0.6 ? 'all' : 'some';
    const counts = Array.from({ length: K }, () => groups.map(() => (next() < 0.3 ? int(1, 9) : int(10, 50))));
    const drop = int(0, K - 1);
    const used = kind === 'all' ? [...Array(K).keys()] : [...Array(K).keys()].filter((k) => k !== drop);
    const dead = groups.map(() => int(0, 9));
    const stays = groups.map(() => 5 + next() * 25);
    const w = groups.map((_, i) => used.reduce((a, k) => a + counts[k]![i]!, 0));
    const W = (i: number) => w[i]!;
    const M = (groups.reduce((a, _, i) => a + W(i) * stays[i]!, 0) / w.reduce((a, b) => a + b, 0)).toFixed(1);
    const bands = BANDS.slice(0, K);
    const same = int(0, K - 1);
    const other = groups.map(() => (next() < 0.4 ? int(1, 9) : int(10, 50)));
    const tm = meanTable(
      groups,
      '死亡',
      dead,
      '平均在院日数',
      stays.map((a) => a.toFixed(1)),
      M,
    );
    const tables = [...bands.map((b, k) => siteTable(groups, b, counts[k]!)), tm];
    const at = int(0, K + 1);
    tables.splice(at, 0, siteTable(groups, bands[same]!, other));
    const names = tables.map((_, k) => (k === at ? `表${k + 1} 外来患者（入院とは別の集団）` : `表${k + 1} 入院患者`));
    const tableOf = (k: number) => (k < at ? k : k + 1);
    const meanAt = tableOf(K);
    const transposed = next() < 0.25;
    return {
      family: `otherPop/${kind}`,
      text: textOf(tables, transposed, names),
      transposed,
      groups,
      ...weightsTail(
        [...bands.map((b, k) => ({ label: b, table: tableOf(k) })), { label: bands[same]!, table: at }, { label: '死亡', table: meanAt }],
        groups.map((_, i) => [...counts.map((c) => c[i]!), other[i]!, dead[i]!]),
        { label: '平均在院日数', table: meanAt, values: stays.map((a) => a.toFixed(1)), total: M },
      ),
    };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const which = process.argv[2] ?? 'patients';
  const seeds = (process.argv[3] ?? '4610').split(',').map(Number);
  const n = Number(process.argv[4] ?? 100);
  const { mipAttack } = await import('./means48-families.ts');
  const { measure } = await import('./means53-families.ts');
  const make = {
    patients: (k: number, s: number) => allOverlap(k, s, true, PATIENTS),
    apart: (k: number, s: number) => allOverlap(k, s, false, PATIENTS),
    innocent: (k: number, s: number) => innocentPatients(k, s),
    otherPop: (k: number, s: number) => otherPopulation(k, s),
  }[which]!;
  if (which !== 'otherPop') process.env.NOMEAN = '1';
  await measure(
    seeds.flatMap((s) => make(n, s)),
    mipAttack,
  );
}
