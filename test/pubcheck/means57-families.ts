/**
 * means57 (issue #11): families of means weighted across many tables (seeds 3700–3749).
 *
 * Class 1 `manyCases`: one line of means whose 合計 is weighted over lines of FOUR to six other tables — 表1…表K one age
 * band each by site (a 合計 row each), 表M 死亡 and 平均在院日数 by the same sites, the 合計's mean over every band
 * (`many/all`) or four or more of them (`many/some`). Bands small (1–9) at some sites. means55 tried three tables at
 * most: refused (no set fits) or, where a chance set of three fits, read with that one only.
 *
 * Class 2 `linesCases`: the mean over a set of FIVE to eight lines of ONE other table (表1 bands as columns, no 合計
 * column), with or without one line of a second table (`lines/one`, `lines/two`); or nine or ten lines (`lines/wide`:
 * past the cap, refused in words). means55 tried each line alone past 4.
 *
 * Class 3 `shortNest`: means53's nesting across tables under an English whole of under 4 letters — 表1 「ICU」 / 「ER」 /
 * 「All」 by site, 表2 a line inside it named so (「Died in ICU」「ER, of whom admitted」「All, of whom died」…:
 * `short/label`) or not (「Died」: `short/plain`, the attacker takes no nesting).
 *
 * As `MipCase`s judged by means48's `mipAttack` (HiGHS MIP written apart from the engine: every set of the count lines
 * that holds on the true counts as the 合計's weights; the nesting where the label says so).
 */
import type { MipCase } from './means48-families.ts';
import { meanTable, nestPair, siteTable, textOf, weightsTail } from './means53-families.ts';
import { lcg } from './helpers.ts';

const BANDS = [
  '18歳未満',
  '18〜39歳',
  '40〜64歳',
  '65〜74歳',
  '75〜84歳',
  '85歳以上',
  '年齢不明',
  '転院',
  '紹介',
  '救急',
  '施設入所',
  '在宅',
];
const sum = (xs: number[]) => String(xs.reduce((a, b) => a + b, 0));

/** The 合計's mean over the lines `w` (per site) of `stays`, to one decimal. */
const meanOver = (w: number[], stays: number[]) => {
  const W = w.reduce((a, b) => a + b, 0);
  return (w.reduce((a, x, i) => a + x * stays[i]!, 0) / W).toFixed(1);
};

export function manyCases(count: number, seed: number): MipCase[] {
  const next = lcg(seed);
  const int = (a: number, b: number) => a + Math.floor(next() * (b - a + 1));
  return Array.from({ length: count }, () => {
    const G = int(3, 5);
    const groups = ['A病院', 'B病院', 'C病院', 'D病院', 'E病院'].slice(0, G);
    const K = int(4, 6);
    const kind = next() < 0.6 ? 'all' : 'some';
    const counts = Array.from({ length: K }, () => groups.map(() => (next() < 0.3 ? int(1, 9) : int(10, 50))));
    const used =
      kind === 'all' ? [...Array(K).keys()] : [...Array(K).keys()].filter((k) => k !== int(0, K - 1)).slice(0, Math.max(4, K - 1));
    const dead = groups.map(() => int(0, 9));
    const stays = groups.map(() => 5 + next() * 25);
    const w = groups.map((_, i) => used.reduce((a, k) => a + counts[k]![i]!, 0));
    const M = meanOver(w, stays);
    const transposed = next() < 0.25;
    const bands = BANDS.slice(0, K);
    const others = bands.map((b, k) => [['', b], ...groups.map((g, i) => [g, String(counts[k]![i])]), ['合計', sum(counts[k]!)]]);
    const tm = meanTable(
      groups,
      '死亡',
      dead,
      '平均在院日数',
      stays.map((a) => a.toFixed(1)),
      M,
    );
    const at = int(0, K);
    const tables = [...others.slice(0, at), tm, ...others.slice(at)];
    const tableOf = (k: number) => (k < at ? k : k + 1);
    return {
      family: `many/${kind}/${K}`,
      text: textOf(tables, transposed),
      transposed,
      groups,
      ...weightsTail(
        [...bands.map((b, k) => ({ label: b, table: tableOf(k) })), { label: '死亡', table: at }],
        groups.map((_, i) => [...counts.map((c) => c[i]!), dead[i]!]),
        { label: '平均在院日数', table: at, values: stays.map((a) => a.toFixed(1)), total: M },
      ),
    };
  });
}

/** `wide`: the range of lines of the wide kind (means59 measures 9–12: past 8 each alone). */
export function linesCases(count: number, seed: number, wide: [number, number] = [9, 10]): MipCase[] {
  const next = lcg(seed);
  const int = (a: number, b: number) => a + Math.floor(next() * (b - a + 1));
  return Array.from({ length: count }, () => {
    const G = int(3, 4);
    const groups = ['A病院', 'B病院', 'C病院', 'D病院'].slice(0, G);
    const kind = next() < 0.4 ? 'one' : next() < 0.6 ? 'two' : 'wide';
    const L = kind === 'wide' ? int(wide[0], wide[1]) : int(5, 8);
    const bands = BANDS.slice(0, L);
    const counts = bands.map(() => groups.map(() => (next() < 0.3 ? int(1, 9) : int(10, 50))));
    const extra = groups.map(() => (next() < 0.3 ? int(1, 9) : int(10, 50)));
    const drop = next() < 0.5 ? int(0, L - 1) : -1;
    const used = [...Array(L).keys()].filter((k) => k !== drop);
    const dead = groups.map(() => int(0, 9));
    const stays = groups.map(() => 5 + next() * 25);
    const w = groups.map((_, i) => used.reduce((a, k) => a + counts[k]![i]!, 0) + (kind === 'two' ? extra[i]! : 0));
    const M = meanOver(w, stays);
    const transposed = next() < 0.25;
    const t1 = [['', ...bands], ...groups.map((g, i) => [g, ...counts.map((c) => String(c[i]))]), ['合計', ...counts.map(sum)]];
    const t2 = siteTable(groups, '再入院', extra);
    const tm = meanTable(
      groups,
      '死亡',
      dead,
      '平均在院日数',
      stays.map((a) => a.toFixed(1)),
      M,
    );
    return {
      family: `lines/${kind}/${L}`,
      text: textOf([t1, t2, tm], transposed),
      transposed,
      groups,
      ...weightsTail(
        [...bands.map((b) => ({ label: b, table: 0 })), { label: '再入院', table: 1 }, { label: '死亡', table: 2 }],
        groups.map((_, i) => [...counts.map((c) => c[i]!), extra[i]!, dead[i]!]),
        { label: '平均在院日数', table: 2, values: stays.map((a) => a.toFixed(1)), total: M },
      ),
    };
  });
}

/** English labels of a line inside a short whole, per whole. */
export const NESTED_SHORT: Record<string, string[]> = {
  ICU: ['Died in ICU', 'ICU, of whom died', 'Died (ICU)', 'In-ICU deaths', 'Died during ICU'],
  ER: ['ER, of whom admitted', 'Admitted (ER)', 'Admitted among ER', 'ER including admitted'],
  All: ['All, of whom died', 'Died among all', 'All including died'],
};

export function shortNest(count: number, seed: number): MipCase[] {
  const next = lcg(seed);
  const int = (a: number, b: number) => a + Math.floor(next() * (b - a + 1));
  return Array.from({ length: count }, () => {
    const G = int(3, 5);
    const groups = ['Site A', 'Site B', 'Site C', 'Site D', 'Site E'].slice(0, G);
    const whole = ['ICU', 'ER', 'All'][int(0, 2)]!;
    const labelled = next() < 0.7;
    const names = NESTED_SHORT[whole]!;
    const part = labelled ? names[int(0, names.length - 1)]! : 'Died';
    return nestPair(next, {
      groups,
      whole,
      part,
      other: ['Ward', 'Ward deaths'],
      totalLabel: 'Total',
      labelled,
      family: () => `short/${labelled ? 'label' : 'plain'}/${whole}`,
      names: ['Table 1', 'Table 2'],
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const which = process.argv[2] ?? 'many';
  const seeds = (process.argv[3] ?? '3700').split(',').map(Number);
  const n = Number(process.argv[4] ?? 100);
  const { mipAttack } = await import('./means48-families.ts');
  const { measure, crossCases } = await import('./means53-families.ts');
  const { ownCases, threeCases } = await import('./means55-families.ts');
  const make = { many: manyCases, lines: linesCases, short: shortNest, own: ownCases, cross: crossCases, three: threeCases }[which]!;
  if (which === 'short') process.env.NOMEAN = '1';
  await measure(
    seeds.flatMap((s) => make(n, s)),
    mipAttack,
  );
}
