/**
 * life44: how often ordinary count tables change under life44's readings (calendar years read as follow-up points, an
 * arm set aside across tables, a lone line beside a rising one). Prints one line per random table (its hidden cells
 * or its refusal's codes, then the life warnings said) through the checker of `ROOT` (this tree unless said), to
 * compare two trees line by line: `npx node test/pubcheck/life44-chance.ts 1000 2261 > now; ROOT=/tmp/base npx node …
 * > main; diff main now`. Shapes, in turn: 3–8 lines of 区分/群/施設 over two consecutive years (「2023年」「2024年」,
 * 「2023」「2024」); the same transposed; two tables over the same two years (2 lines, then 2–5); 2–3 lines over 3–5
 * points from 「0か月」; two tables over 「0か月」「6か月」 (2 lines, then 2–5). Counts 0–60.
 */
import { checkerOfRoot, codesOf, int, lcg, pick } from './helpers.ts';
import { YEARS } from './life44-families.ts';

const { check, highs, bundle } = await checkerOfRoot();
const count = Number(process.argv[2] ?? 100);
const next = lcg(Number(process.argv[3] ?? 2261));
const grid = (rows: readonly string[], cols: readonly string[]) =>
  [['', ...cols].join('\t'), ...rows.map((r) => [r, ...cols.map(() => int(next, 0, 60))].join('\t'))].join('\n');
const names = (n: number, w: string) => Array.from({ length: n }, (_, i) => `${w}${i + 1}`);
const LIFE = new Set(['line/maybe-at-risk', 'table/life-table']);
for (let n = 0; n < count; n++) {
  const shape = n % 5;
  const group = () => pick(next, ['区分', '群', '施設']);
  const two = (points: readonly string[]) =>
    `# 表1\n${grid(names(2, group()), points)}\n\n# 表2\n${grid(names(int(next, 2, 5), group()), points)}`;
  const text =
    shape === 0
      ? grid(names(int(next, 3, 8), group()), pick(next, YEARS))
      : shape === 1
        ? grid(pick(next, YEARS), names(int(next, 3, 8), group()))
        : shape === 2
          ? two(pick(next, YEARS))
          : shape === 3
            ? grid(
                names(int(next, 2, 3), group()),
                Array.from({ length: int(next, 3, 5) }, (_, k) => `${k * 6}か月`),
              )
            : two(['0か月', '6か月']);
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
