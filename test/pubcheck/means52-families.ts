/**
 * means52 (issue #11): several lines of means in one table weighted by another table's counts (表2 死亡・平均入院日数・
 * 平均年齢 (・平均BMI) with a 合計, 表1 患者数 (・延べ入院日数) by the same sites). On 850d8f8 read.ts tried another table's
 * weights for one line of means only (`weightsElsewhere`): a 合計 fitting none of its own table's weights among several
 * lines of means was refused (`header/statistic`). Now each line is tried alone, each read with the weights it fits.
 *
 * `severalCases` (seeds 2997–3000): 2–5 sites (one 患者数 1–9, the others 10–80), always a 合計 in both tables, a
 * quarter transposed; 表1 患者数 and 延べ入院日数 (`sum`) or 患者数 alone (`nosum`: 平均年齢 lines only); 表2 死亡 and 2–3
 * lines of means of the same patients (each patient's days 1–30, age 40–90, BMI 16–35). `mipAttack` (means48-families.ts,
 * HiGHS over the published cells, `moreMeans`): every set of the count lines of both tables (and the sum) as each line's
 * 合計 weights where it holds, the sum ÷ the mean per site, 死亡 ≤ 患者数 across the tables.
 *
 * `node test/pubcheck/means52-families.ts [seeds] [count]` prints the tally (ROOT=<tree> for another tree's checker).
 */
import { familyMain } from './fills.ts';
import { int, lcg } from './helpers.ts';
import { mipAttack, type MipCase } from './means48-families.ts';

const text = (tables: string[][][], transposed: boolean) =>
  tables
    .map(
      (grid, k) =>
        `# 表${k + 1}\n${(transposed ? grid[0]!.map((_, c) => grid.map((r) => r[c]!)) : grid).map((l) => l.join('\t')).join('\n')}\n`,
    )
    .join('\n');
const sumOf = (next: () => number, n: number, lo: number, hi: number) =>
  Array.from({ length: n }, () => int(next, lo, hi)).reduce((a, b) => a + b, 0);

export function severalCases(count: number, seed: number): MipCase[] {
  const next = lcg(seed);
  return Array.from({ length: count }, () => {
    const kind = (['sum', 'nosum'] as const)[int(next, 0, 1)]!;
    const G = int(next, 2, 5);
    const groups = ['A病院', 'B病院', 'C病院', 'D病院', 'E病院'].slice(0, G);
    const small = int(next, 0, G - 1);
    const counts = groups.map((_, i) => {
      const n = i === small ? int(next, 1, 9) : int(next, 10, 80);
      return [n, next() < 0.4 ? int(next, 0, Math.min(n, 9)) : int(next, 0, n)];
    });
    const N = counts.reduce((a, r) => a + r[0]!, 0);
    const lines = [
      ...(kind === 'sum' ? [{ label: '平均入院日数', lo: 1, hi: 30 }] : []),
      { label: '平均年齢', lo: 40, hi: 90 },
      ...(kind === 'nosum' || next() < 0.5 ? [{ label: '平均BMI', lo: 16, hi: 35 }] : []),
    ];
    const sums = lines.map((l) => counts.map(([n]) => sumOf(next, n!, l.lo, l.hi)));
    const means = sums.map((s) => ({
      values: s.map((x, i) => (x / counts[i]![0]!).toFixed(1)),
      total: (s.reduce((a, b) => a + b, 0) / N).toFixed(1),
    }));
    const transposed = next() < 0.25;
    const days = sums[0]!;
    const S = days.reduce((a, b) => a + b, 0);
    const t1 =
      kind === 'sum'
        ? [
            ['', '患者数', '延べ入院日数'],
            ...groups.map((g, i) => [g, String(counts[i]![0]), String(days[i])]),
            ['合計', String(N), String(S)],
          ]
        : [['', '患者数'], ...groups.map((g, i) => [g, String(counts[i]![0])]), ['合計', String(N)]];
    const t2 = [
      ['', '死亡', ...lines.map((l) => l.label)],
      ...groups.map((g, i) => [g, String(counts[i]![1]), ...means.map((m) => m.values[i]!)]),
      ['合計', String(counts.reduce((a, r) => a + r[1]!, 0)), ...means.map((m) => m.total)],
    ];
    const mean = (k: number) => ({ label: lines[k]!.label, table: 1, values: means[k]!.values, total: means[k]!.total });
    return {
      family: `several/${kind}/${lines.length}/${transposed ? 'rows' : 'cols'}`,
      text: text([t1, t2], transposed),
      transposed,
      groups,
      totalLabel: '合計',
      total: true,
      countLines: [
        { label: '患者数', table: 0 },
        { label: '死亡', table: 1 },
      ],
      counts,
      sum: { label: kind === 'sum' ? '延べ入院日数' : '', table: 0, values: days, total: S },
      mean: { ...mean(0), perPatient: kind === 'sum' },
      moreMeans: lines.slice(1).map((_, k) => mean(k + 1)),
    };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.env.PAIRS = '1';
  await familyMain({ seeds: '2997,2998', cases: (s) => severalCases(Number(process.argv[3] ?? 100), s), attack: mipAttack });
}
