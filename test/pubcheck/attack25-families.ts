/**
 * attack25: hand-made attack families for classes combo may not generate (issue #11), plain data from a seeded
 * generator (`lcg`):
 *
 * - `oddTotals`: a total row (and sometimes a total column) found only by arithmetic under labels no list knows or a
 *   blank (「Σ」「全患者」「All patients (n)」「計（％）」「合計値」「Sum:」, ''), first or last, counts or 「n (p%)」, small
 *   counts and zeros among the items;
 * - `linkedTables`: two tables in one input sharing margins, labels written differently (「男」/「男性」/「Male」,
 *   「A群」/「Group A」): the same counts, the second transposed, or only its margins (each row's total over the groups);
 * - `percentTwins`: a count table with zeros beside small counts, and the same counts again as row percentages and as
 *   column percentages (bare, each line's N in its header or, half the time, none: the count table's).
 *
 * Each case has `text` and the row labels of its tables' totals (`totals`: what must not be read as an item).
 */
import { int, lcg, pick } from './helpers.ts';

const count = (random: () => number, zeros: boolean) => {
  const u = random();
  if (zeros && u < 0.12) return 0;
  if (u < 0.35) return int(random, 1, 9);
  return int(random, 10, 60);
};
const pct = (n: number, d: number) => (d === 0 ? '0.0' : ((100 * n) / d).toFixed(1));
const tsv = (lines: string[][]) => lines.map((l) => l.join('\t')).join('\n');

export interface AttackCase {
  family: 'oddTotals' | 'linkedTables' | 'percentTwins';
  text: string;
  /** Labels of total rows the input prints (must be read as totals, never as items). */
  totals: string[];
}

export const ODD_TOTALS = ['Σ', '全患者', 'All patients (n)', '計（％）', '合計値', 'Sum:', ''];
const ITEMS = [
  ['入院', '外来', '在宅'],
  ['心筋梗塞', '脳卒中', '心不全', 'その他'],
  ['65歳未満', '65-74歳', '75歳以上'],
];
const GROUPS = ['A群', 'B群', 'C群'];
const SEX = [
  ['男', '女'],
  ['男性', '女性'],
  ['Male', 'Female'],
];
const OTHER: Record<string, string> = { A群: 'Group A', B群: 'Group B', C群: 'Group C' };

export function oddTotals(random: () => number): AttackCase {
  const items = pick(random, ITEMS);
  const groups = GROUPS.slice(0, int(random, 2, 3));
  const zeros = random() < 0.4;
  const cells = items.map(() => groups.map(() => count(random, zeros)));
  const colSum = groups.map((_, j) => cells.reduce((a, r) => a + r[j]!, 0));
  const label = pick(random, ODD_TOTALS);
  const first = random() < 0.4;
  const totalCol =
    random() < 0.4
      ? pick(
          random,
          ODD_TOTALS.filter((l) => l !== ''),
        )
      : undefined;
  const shares = random() < 0.3;
  const row = (xs: number[], all = false) => [
    ...xs.map((n, j) => (shares ? `${n} (${all ? '100.0' : pct(n, colSum[j]!)}%)` : String(n))),
    ...(totalCol !== undefined ? [String(xs.reduce((a, b) => a + b, 0))] : []),
  ];
  const body = items.map((it, i) => [it, ...row(cells[i]!)]);
  const total = [label, ...row(colSum, true)];
  const head = ['', ...groups, ...(totalCol !== undefined ? [totalCol] : [])];
  return { family: 'oddTotals', text: `${tsv([head, ...(first ? [total, ...body] : [...body, total])])}\n`, totals: [label] };
}

export function linkedTables(random: () => number): AttackCase {
  const groups = GROUPS.slice(0, int(random, 2, 3));
  const [s1, s2] = [pick(random, SEX), pick(random, SEX)];
  const zeros = random() < 0.4;
  const cells = s1.map(() => groups.map(() => count(random, zeros)));
  // Half the time the first table prints no 合計: the margins are the second table's alone.
  const own = random() < 0.5;
  const first = tsv([
    ['', ...groups, ...(own ? ['合計'] : [])],
    ...s1.map((s, i) => [s, ...cells[i]!.map(String), ...(own ? [String(cells[i]!.reduce((a, b) => a + b, 0))] : [])]),
  ]);
  const names = groups.map((g) => (random() < 0.5 ? OTHER[g]! : g));
  const how = pick(random, ['same', 'transposed', 'margins'] as const);
  const second =
    how === 'same'
      ? tsv([['', ...names], ...s2.map((s, i) => [s, ...cells[i]!.map(String)])])
      : how === 'transposed'
        ? tsv([['', ...s2], ...names.map((g, j) => [g, ...cells.map((r) => String(r[j]!))])])
        : tsv([['', 'Total'], ...s2.map((s, i) => [s, String(cells[i]!.reduce((a, b) => a + b, 0))])]);
  return { family: 'linkedTables', text: `# 表1\n${first}\n\n# 表2\n${second}\n`, totals: ['合計'] };
}

export function percentTwins(random: () => number): AttackCase {
  const items = pick(random, ITEMS);
  const groups = GROUPS.slice(0, int(random, 2, 3));
  const cells = items.map(() => groups.map(() => count(random, true)));
  const colN = groups.map((_, j) => cells.reduce((a, r) => a + r[j]!, 0));
  const rowN = cells.map((r) => r.reduce((a, b) => a + b, 0));
  const counts = tsv([['', ...groups], ...items.map((it, i) => [it, ...cells[i]!.map(String)])]);
  // Half the time the percentages write no N: their N is the count table's (read.ts percentN), labels the same.
  const bare = random() < 0.5;
  const n = (label: string, x: number) => (bare ? label : `${label} (N=${x})`);
  const byCol = tsv([
    ['', ...groups.map((g, j) => n(g, colN[j]!))],
    ...items.map((it, i) => [it, ...cells[i]!.map((n, j) => `${pct(n, colN[j]!)}%`)]),
  ]);
  const byRow = tsv([['', ...groups], ...items.map((it, i) => [n(it, rowN[i]!), ...cells[i]!.map((n) => `${pct(n, rowN[i]!)}%`)])]);
  const parts = [counts, ...(random() < 0.7 ? [byCol] : []), ...(random() < 0.7 ? [byRow] : [])];
  return {
    family: 'percentTwins',
    text: `${parts.map((p, k) => `# 表${k + 1}${k === 2 || (k === 1 && parts[1] === byRow) ? '（行%）' : k === 1 ? '（列%）' : ''}\n${p}`).join('\n\n')}\n`,
    totals: [],
  };
}

export function attackCases(count: number, seed: number): AttackCase[] {
  const random = lcg(seed);
  return Array.from({ length: count }, (_, k) => [oddTotals, linkedTables, percentTwins][k % 3]!(random));
}
