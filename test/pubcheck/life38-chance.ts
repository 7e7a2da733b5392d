/**
 * life38: how often ordinary count tables change under life38's readings (an at-risk line under no word for it tied
 * to another table's lines; a single step read where the lines taking it are said events or censored). Prints one
 * line per random table (its hidden cells, or its refusal's codes) through the checker of `ROOT` (this tree unless
 * said), to compare two trees line by line:
 * `npx node test/pubcheck/life38-chance.ts 1000 1761 > now; ROOT=/tmp/base npx node … > main; diff main now`.
 * Shapes, in turn: 3–8 lines of 区分/群/施設 over two time points as columns (「0か月」「6か月」, 「2023年」「2024年」,
 * 「0週」「12週」); the same transposed; 3–6 lines over two time points, two of them 「死亡」「転院」 beside 「人数」;
 * two tables over the same two time points (the first 「# 表1」 of 群); two tables over the same three. Counts 0–60.
 */
import { checkerOfRoot, codesOf, int, lcg, pick } from './helpers.ts';

const { check, highs, bundle } = await checkerOfRoot();
const count = Number(process.argv[2] ?? 100);
const next = lcg(Number(process.argv[3] ?? 1761));
const grid = (rows: string[], cols: string[]) =>
  [['', ...cols].join('\t'), ...rows.map((r) => [r, ...cols.map(() => int(next, 0, 60))].join('\t'))].join('\n');
const names = (n: number, w: string) => Array.from({ length: n }, (_, i) => `${w}${i + 1}`);
const TWO = [
  ['0か月', '6か月'],
  ['2023年', '2024年'],
  ['0週', '12週'],
];
const THREE = ['0か月', '6か月', '12か月'];
for (let n = 0; n < count; n++) {
  const shape = n % 5;
  const two = pick(next, TWO);
  const group = () => pick(next, ['区分', '群', '施設']);
  const text =
    shape === 0
      ? grid(names(int(next, 3, 8), group()), two)
      : shape === 1
        ? grid(two, names(int(next, 3, 8), group()))
        : shape === 2
          ? grid(['人数', '死亡', '転院', ...names(int(next, 0, 3), '区分')], two)
          : shape === 3
            ? `# 表1\n${grid(['A群', 'B群'], two)}\n\n# 表2\n${grid(names(int(next, 2, 4), '区分'), two)}`
            : `# 表1\n${grid(['A群', 'B群'], THREE)}\n\n# 表2\n${grid(names(int(next, 2, 4), '区分'), THREE)}`;
  const r = check(highs, bundle, text + '\n', { details: true }, { protection: 'threshold', mipSeconds: 0.3 });
  console.log(
    shape,
    // life52: counts before 「0か月」 said in the reading's warning (no refusal, no cell more).
    r.warnings.some((w) => w.message.includes('追跡開始より前')) ? 'early' : '-',
    r.ok ? r.tables.map((t) => t.status.map((s) => (s === 'published' ? '.' : s[0])).join('')).join('|') : `refused ${codesOf(r)}`,
  );
}
