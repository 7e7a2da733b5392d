/**
 * life42: how often ordinary count tables change under life42's readings (one step under no word read from any
 * follow-up time point, arm by arm). Prints one line per random table (its hidden cells or its refusal's codes, then
 * the life warnings said) through the checker of `ROOT` (this tree unless said), to compare two trees line by line:
 * `npx node test/pubcheck/life42-chance.ts 1000 2071 > now; ROOT=/tmp/base npx node … > main; diff main now`.
 * Shapes, in turn: 3–8 lines of 区分/群/施設 over two points after follow-up's start (life42-families' `LATER`:
 * 「3か月」「6か月」 …); the same transposed; 6 lines over 「0か月」「6か月」 (two arms' size); two tables over the same
 * two later points (the first 「# 表1」 of one line); 3–8 lines over two calendar years (「2023年」「2024年」). Counts 0–60.
 */
import { checkerOfRoot, codesOf, int, lcg, pick } from './helpers.ts';
import { LATER } from './life42-families.ts';

const { check, highs, bundle } = await checkerOfRoot();
const count = Number(process.argv[2] ?? 100);
const next = lcg(Number(process.argv[3] ?? 2071));
const grid = (rows: readonly string[], cols: readonly string[]) =>
  [['', ...cols].join('\t'), ...rows.map((r) => [r, ...cols.map(() => int(next, 0, 60))].join('\t'))].join('\n');
const names = (n: number, w: string) => Array.from({ length: n }, (_, i) => `${w}${i + 1}`);
const LIFE = new Set(['line/maybe-at-risk', 'table/life-table']);
for (let n = 0; n < count; n++) {
  const shape = n % 5;
  const group = () => pick(next, ['区分', '群', '施設']);
  const text =
    shape === 0
      ? grid(names(int(next, 3, 8), group()), pick(next, LATER))
      : shape === 1
        ? grid(pick(next, LATER), names(int(next, 3, 8), group()))
        : shape === 2
          ? grid(names(6, group()), ['0か月', '6か月'])
          : shape === 3
            ? (() => {
                const two = pick(next, LATER);
                return `# 表1\n${grid(['人数'], two)}\n\n# 表2\n${grid(names(int(next, 2, 5), group()), two)}`;
              })()
            : grid(names(int(next, 3, 8), group()), ['2023年', '2024年']);
  const r = check(highs, bundle, text + '\n', { details: true }, { protection: 'threshold', mipSeconds: 0.3 });
  console.log(
    shape,
    // life52: counts before 「0か月」 said in the reading's warning (no refusal, no cell more).
    r.warnings.some((w) => w.message.includes('追跡開始より前')) ? 'early' : '-',
    r.ok ? r.tables.map((t) => t.status.map((s) => (s === 'published' ? '.' : s[0])).join('')).join('|') : `refused ${codesOf(r)}`,
    r.warnings
      .filter((w) => LIFE.has(w.code))
      .map((w) => w.code)
      .join(','),
  );
}
