/**
 * means55 (issue #11): families of weighted means across tables (seeds 3280–3309).
 *
 * Class 1 `threeCases`: one line of means weighted across THREE tables — 表1 男性, 表2 女性 and 表4 不明 by site (a 合計
 * row each), 表3 死亡 and 平均年齢 by the same sites with a 合計 row whose mean is over 男性 + 女性 + 不明 (`three/sum`); over
 * 男性 + 女性 (`three/two`: two tables' weights, read since means53); or ages so alike that several sets fit
 * (`three/alike`: refused before, every set now protected). 不明 small (1–9) at most sites, a small 男性 half the time.
 * As `MipCase`s with every line free (`mipAttack` — written apart from the engine — adds every set of the four lines
 * as the weights of the 合計's mean where it holds on the true counts: the attacker given the weights).
 *
 * Class 2 `nestEnglish`: means53's nesting across tables with English labels — 表1 Hospitalised / Outpatient by site,
 * 表2 a line inside Hospitalised whose label names it as its whole (「Died in hospital」「Hospitalised, of whom
 * died」「Died (hospitalised)」「Hospitalised including died」…: `nestEn/label`) or not (「Died」: `nestEn/plain`, the
 * attacker takes no nesting).
 */
import type { MipCase } from './means48-families.ts';
import { meanTable, nestPair, siteTable, textOf, weightsTail } from './means53-families.ts';
import { lcg } from './helpers.ts';

export { textOf };

/** The count lines of `threeCases` (表1 男性, 表2 女性, 表3 `third` beside the means, 表4 不明), red57's too. */
export const sexLines = (third: string) => [
  { label: '男性', table: 0 },
  { label: '女性', table: 1 },
  { label: third, table: 2 },
  { label: '不明', table: 3 },
];

export function threeCases(count: number, seed: number): MipCase[] {
  const next = lcg(seed);
  const int = (a: number, b: number) => a + Math.floor(next() * (b - a + 1));
  return Array.from({ length: count }, () => {
    const G = int(3, 5);
    const groups = ['A病院', 'B病院', 'C病院', 'D病院', 'E病院'].slice(0, G);
    const kind = next() < 0.6 ? 'sum' : next() < 0.5 ? 'two' : 'alike';
    const small = next() < 0.5 ? int(0, G - 1) : -1;
    const men = groups.map((_, i) => (i === small ? int(1, 9) : int(10, 60)));
    const women = groups.map(() => int(10, 60));
    const unknown = groups.map(() => (next() < 0.8 ? int(1, 9) : int(10, 20)));
    const dead = groups.map((_, i) => int(0, Math.min(9, men[i]! + women[i]!)));
    const ages = groups.map(() => (kind === 'alike' ? 60 + next() * 0.4 : 40 + next() * 40));
    const w = groups.map((_, i) => men[i]! + women[i]! + (kind === 'two' ? 0 : unknown[i]!));
    const W = w.reduce((a, b) => a + b, 0);
    const M = (w.reduce((a, x, i) => a + x * ages[i]!, 0) / W).toFixed(1);
    const transposed = next() < 0.25;
    const values = ages.map((a) => a.toFixed(1));
    const t3 = meanTable(groups, '死亡', dead, '平均年齢', values, M);
    return {
      family: `three/${kind}/${small >= 0 ? 'small' : 'large'}`,
      text: textOf([siteTable(groups, '男性', men), siteTable(groups, '女性', women), t3, siteTable(groups, '不明', unknown)], transposed),
      transposed,
      groups,
      ...weightsTail(
        sexLines('死亡'),
        groups.map((_, i) => [men[i]!, women[i]!, dead[i]!, unknown[i]!]),
        { label: '平均年齢', table: 2, values, total: M },
      ),
    };
  });
}

/**
 * Innocent (seeds 3290–): the same four tables, 表3 with a line of its own patients (患者数) and the 合計's mean over
 * them — not the class (weights in the mean's own table); sets of other tables fit only by chance.
 */
export function ownCases(count: number, seed: number): MipCase[] {
  const next = lcg(seed);
  const int = (a: number, b: number) => a + Math.floor(next() * (b - a + 1));
  return Array.from({ length: count }, () => {
    const G = int(3, 5);
    const groups = ['A病院', 'B病院', 'C病院', 'D病院', 'E病院'].slice(0, G);
    const small = next() < 0.5 ? int(0, G - 1) : -1;
    const men = groups.map((_, i) => (i === small ? int(1, 9) : int(10, 60)));
    const women = groups.map(() => int(10, 60));
    const unknown = groups.map(() => (next() < 0.8 ? int(1, 9) : int(10, 20)));
    const n = groups.map(() => (next() < 0.2 ? int(1, 9) : int(10, 80)));
    const ages = groups.map(() => 40 + next() * 40);
    const W = n.reduce((a, b) => a + b, 0);
    const M = (n.reduce((a, x, i) => a + x * ages[i]!, 0) / W).toFixed(1);
    const transposed = next() < 0.25;
    const values = ages.map((a) => a.toFixed(1));
    const t3 = meanTable(groups, '患者数', n, '平均年齢', values, M);
    return {
      family: `own/${small >= 0 ? 'small' : 'large'}`,
      text: textOf([siteTable(groups, '男性', men), siteTable(groups, '女性', women), t3, siteTable(groups, '不明', unknown)], transposed),
      transposed,
      groups,
      ...weightsTail(
        sexLines('患者数'),
        groups.map((_, i) => [men[i]!, women[i]!, n[i]!, unknown[i]!]),
        { label: '平均年齢', table: 2, values, total: M },
      ),
    };
  });
}

/** English labels of a line inside 表1's 「Hospitalised」 that name it as their whole. */
export const NESTED_EN = [
  'Died in hospital',
  'Hospitalised, of whom died',
  'Hospitalised of which died',
  'Died (hospitalised)',
  'Died among hospitalised',
  'In-hospital deaths',
  'Hospitalised including ICU',
  'Died during hospitalisation',
];

export function nestEnglish(count: number, seed: number): MipCase[] {
  const next = lcg(seed);
  const int = (a: number, b: number) => a + Math.floor(next() * (b - a + 1));
  return Array.from({ length: count }, () => {
    const G = int(3, 5);
    const groups = ['Site A', 'Site B', 'Site C', 'Site D', 'Site E'].slice(0, G);
    const labelled = next() < 0.7;
    const part = labelled ? NESTED_EN[int(0, NESTED_EN.length - 1)]! : 'Died';
    return nestPair(next, {
      groups,
      whole: 'Hospitalised',
      part,
      other: ['Outpatient', 'Outpatient deaths'],
      totalLabel: 'Total',
      labelled,
      family: (total) => `nestEn/${labelled ? 'label' : 'plain'}/${total ? 'total' : 'none'}`,
      names: ['Table 1', 'Table 2'],
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const which = process.argv[2] ?? 'three';
  const seeds = (process.argv[3] ?? '3280').split(',').map(Number);
  const n = Number(process.argv[4] ?? 100);
  const { mipAttack } = await import('./means48-families.ts');
  const { measure, crossCases } = await import('./means53-families.ts');
  if (which === 'three')
    await measure(
      seeds.flatMap((s) => threeCases(n, s)),
      mipAttack,
    );
  if (which === 'cross')
    await measure(
      seeds.flatMap((s) => crossCases(n, s)),
      mipAttack,
    );
  if (which === 'own')
    await measure(
      seeds.flatMap((s) => ownCases(n, s)),
      mipAttack,
    );
  // Per case: refused or the hidden counts and hidden means (to compare two trees case by case).
  if (which === 'each') {
    const { checkerOfRoot } = await import('./helpers.ts');
    const { check, highs, bundle } = await checkerOfRoot();
    const { toReport } = await import(`${process.env.ROOT ?? new URL('../..', import.meta.url).pathname}/src/pubcheck/report.ts`);
    const family = process.argv[5] ?? 'three';
    const make = { three: threeCases, own: ownCases, nestEn: nestEnglish, cross: crossCases }[family]!;
    for (const c of seeds.flatMap((s) => make(n, s))) {
      const r = check(highs, bundle, c.text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });
      if (!r.ok) {
        console.log(c.family, 'refused');
        continue;
      }
      const rep = toReport(r, bundle, new Date('2026-12-05T00:00:00Z'));
      const hidden = r.tables!.reduce((a: number, t: { status: string[] }) => a + t.status.filter((x) => x !== 'published').length, 0);
      const means = rep.tables
        .flatMap((t: { rates: { cells: { hidden?: boolean }[] }[] }) => t.rates.flatMap((x) => x.cells))
        .filter((x: { hidden?: boolean }) => x.hidden).length;
      console.log(c.family, hidden, means);
    }
  }
  if (which === 'nestEn') {
    process.env.NOMEAN = '1';
    await measure(
      seeds.flatMap((s) => nestEnglish(n, s)),
      mipAttack,
    );
  }
}
