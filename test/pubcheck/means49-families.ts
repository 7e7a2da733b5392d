/**
 * means49 (issue #11): a 合計's mean in one table weighted by another table's counts (表2 死亡・平均入院日数 with a 合計,
 * 表1 患者数 by the same sites). On 6dedcc1 `tableWeighted` tried only the mean's own table's lines as the weights, the
 * 合計's mean fitted none and the input was refused (`header/statistic`); now read.ts `weightsElsewhere` tries the
 * weights of another table of the same labels across and check.ts protects them (チェッカーの判断).
 *
 * `linkedCases` (seed 2681): 2–5 sites (one 患者数 1–9, the others 10–80), always a 合計 in both tables, a quarter
 * transposed; 表1 患者数 and 延べ入院日数 (`sum`), 患者数 alone beside 平均年齢 in 表2 (`nosum`, no sum: the weighted
 * 合計 the only equation), or 患者数 and its part 男性 (`parts`). `mipAttack` (means48-families.ts, HiGHS over the
 * published cells): every set of the count lines of both tables (and the sum) as the 合計's weights where it holds,
 * the sum ÷ the mean per site. PARTS=1 adds 表1 患者数 and its part 男性 (`parts`: 患者数 is then read as each row's N
 * and published, base and now alike, another class); NEST=0 drops 死亡 ≤ 患者数 across the tables from the attack.
 *
 * `node test/pubcheck/means49-families.ts [seeds] [count]` prints the tally (ROOT=<tree> for another tree's checker).
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

export function linkedCases(count: number, seed: number): MipCase[] {
  const next = lcg(seed);
  return Array.from({ length: count }, () => {
    const kind = (['sum', 'nosum', 'parts'] as const)[int(next, 0, process.env.PARTS ? 2 : 1)]!;
    const G = int(next, 2, 5);
    const groups = ['A病院', 'B病院', 'C病院', 'D病院', 'E病院'].slice(0, G);
    const small = int(next, 0, G - 1);
    const counts = groups.map((_, i) => {
      const n = i === small ? int(next, 1, 9) : int(next, 10, 80);
      const part = () => (next() < 0.4 ? int(next, 0, Math.min(n, 9)) : int(next, 0, n));
      return kind === 'parts' ? [n, part(), part()] : [n, part()];
    });
    const perPatient = kind !== 'nosum';
    const sums = counts.map(([n]) => (perPatient ? sumOf(next, n!, 1, 30) : sumOf(next, n!, 40, 90)));
    const means = counts.map(([n], i) => (sums[i]! / n!).toFixed(1));
    const N = counts.reduce((a, r) => a + r[0]!, 0);
    const S = sums.reduce((a, b) => a + b, 0);
    const transposed = next() < 0.25;
    const tot = (k: number) => String(counts.reduce((a, r) => a + r[k]!, 0));
    const t1 =
      kind === 'sum'
        ? [
            ['', '患者数', '延べ入院日数'],
            ...groups.map((g, i) => [g, String(counts[i]![0]), String(sums[i])]),
            ['合計', String(N), String(S)],
          ]
        : kind === 'nosum'
          ? [['', '患者数'], ...groups.map((g, i) => [g, String(counts[i]![0])]), ['合計', String(N)]]
          : [
              ['', '患者数', '男性'],
              ...groups.map((g, i) => [g, String(counts[i]![0]), String(counts[i]![1])]),
              ['合計', String(N), tot(1)],
            ];
    const death = kind === 'parts' ? 2 : 1;
    const meanLabel = perPatient ? '平均入院日数' : '平均年齢';
    const t2 = [
      ['', '死亡', meanLabel],
      ...groups.map((g, i) => [g, String(counts[i]![death]), means[i]!]),
      ['合計', tot(death), (S / N).toFixed(1)],
    ];
    return {
      family: `linked/${kind}/${transposed ? 'rows' : 'cols'}`,
      text: text([t1, t2], transposed),
      transposed,
      groups,
      totalLabel: '合計',
      total: true,
      countLines: [{ label: '患者数', table: 0 }, ...(kind === 'parts' ? [{ label: '男性', table: 0 }] : []), { label: '死亡', table: 1 }],
      counts,
      sum: { label: kind === 'sum' ? '延べ入院日数' : '', table: 0, values: sums, total: S },
      mean: { label: meanLabel, table: 1, values: means, total: (S / N).toFixed(1), perPatient },
      // NEST=0: no 死亡 ≤ 患者数 across the two tables (a nesting the engine does not read: the leaks apart).
      ...(process.env.NEST === '0' && { free: true }),
    };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.env.PAIRS = '1';
  await familyMain({ seeds: '2681', cases: (s) => linkedCases(Number(process.argv[3] ?? 100), s), attack: mipAttack });
}
