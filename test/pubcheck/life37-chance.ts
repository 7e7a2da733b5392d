/**
 * life37: how often ordinary count tables change under the life-table readings (a line not named at risk over three
 * positions where a cell of its steps is small; at-risk and events across tables; a title naming the risk set).
 * Prints one line per random table (its hidden cells, or its refusal's codes) through the checker of `ROOT` (this
 * tree unless said), to compare two trees line by line:
 * `npx node test/pubcheck/life37-chance.ts 1000 1221 > now; ROOT=/tmp/base npx node … > main; diff main now`.
 * Shapes, in turn: attack35-chance's 4–6 × 3–5 tables of 項目; 3–8 rows × 3 columns of time points (0か月, 6か月,
 * 12か月); the same transposed (3 rows of time points); two tables over the same three time points, the first titled
 * 「Number at risk」. Counts 0–60.
 */
import { checkerOfRoot, codesOf, int, lcg, pick } from './helpers.ts';

const { check, highs, bundle } = await checkerOfRoot();
const count = Number(process.argv[2] ?? 100);
const next = lcg(Number(process.argv[3] ?? 1221));
const grid = (rows: string[], cols: string[]) =>
  [['', ...cols].join('\t'), ...rows.map((r) => [r, ...cols.map(() => int(next, 0, 60))].join('\t'))].join('\n');
const names = (n: number, w: string) => Array.from({ length: n }, (_, i) => `${w}${i + 1}`);
const TIMES = ['0か月', '6か月', '12か月'];
for (let n = 0; n < count; n++) {
  const shape = n % 4;
  const text =
    shape === 0
      ? grid(names(int(next, 4, 6), '区分'), names(int(next, 3, 5), '項目'))
      : shape === 1
        ? grid(names(int(next, 3, 8), pick(next, ['区分', '群', '施設'])), TIMES)
        : shape === 2
          ? grid(TIMES, names(int(next, 3, 8), pick(next, ['区分', '群', '施設'])))
          : `# Number at risk\n${grid(['A群', 'B群'], TIMES)}\n\n# 表2\n${grid(names(int(next, 2, 4), '区分'), TIMES)}`;
  const r = check(highs, bundle, text + '\n', { details: true }, { protection: 'threshold', mipSeconds: 0.3 });
  console.log(
    shape,
    // life52: counts before 「0か月」 said in the reading's warning (no refusal, no cell more).
    r.warnings.some((w) => w.message.includes('追跡開始より前')) ? 'early' : '-',
    r.ok ? r.tables.map((t) => t.status.map((s) => (s === 'published' ? '.' : s[0])).join('')).join('|') : `refused ${codesOf(r)}`,
  );
}
