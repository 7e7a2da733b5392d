/**
 * life46: how often ordinary count tables change under life46's readings (calendar points in increasing order with gaps,
 * half-years, fiscal years; two tables one step off; crossed arms; a line of events beside a line of another table).
 * One line per random table (its hidden cells or its refusal's codes, then the life warnings said) through the
 * checker of `ROOT` (this tree unless said): `npx node test/pubcheck/life46-chance.ts 1000 2451 > now; ROOT=<base>
 * npx node … > main; diff main now`. Shapes, in turn: 3–8 lines of 区分/群/施設 over calendar points (life46-families'
 * GAPS, HALVES, FISCAL); the same transposed; two tables over the same points (2 lines, then 2–5); two tables of 3
 * lines each over 「0か月」「6か月」; 「3か月」「6か月」「9か月」 beside 「0か月」「3か月」「6か月」 (2 lines, then 2–4, one
 * table's lines 「死亡」「打ち切り」 half the time). Counts 0–60: the first three shapes are 600 year tables of 1,000.
 */
import { checkerOfRoot, codesOf, int, lcg, pick } from './helpers.ts';
import { FISCAL, GAPS, HALVES } from './life46-families.ts';

const { check, highs, bundle } = await checkerOfRoot();
const count = Number(process.argv[2] ?? 100);
const next = lcg(Number(process.argv[3] ?? 2451));
const grid = (rows: readonly string[], cols: readonly string[]) =>
  [['', ...cols].join('\t'), ...rows.map((r) => [r, ...cols.map(() => int(next, 0, 60))].join('\t'))].join('\n');
const names = (n: number, w: string) => Array.from({ length: n }, (_, i) => `${w}${i + 1}`);
const LIFE = new Set(['line/maybe-at-risk', 'table/life-table']);
const POINTS = [...GAPS, ...HALVES, ...FISCAL];
for (let n = 0; n < count; n++) {
  const shape = n % 5;
  const group = () => pick(next, ['区分', '群', '施設']);
  const two = (points: readonly string[]) =>
    `# 表1\n${grid(names(2, group()), points)}\n\n# 表2\n${grid(names(int(next, 2, 5), group()), points)}`;
  const text =
    shape === 0
      ? grid(names(int(next, 3, 8), group()), pick(next, POINTS))
      : shape === 1
        ? grid(pick(next, POINTS), names(int(next, 3, 8), group()))
        : shape === 2
          ? two(pick(next, POINTS))
          : shape === 3
            ? `# 表1\n${grid(names(3, '区分'), ['0か月', '6か月'])}\n\n# 表2\n${grid(names(3, '群'), ['0か月', '6か月'])}`
            : `# 表1\n${grid(next() < 0.5 ? ['死亡', '群1'] : names(2, group()), ['3か月', '6か月', '9か月'])}\n\n# 表2\n${grid(
                next() < 0.5 ? ['死亡', '打ち切り'] : names(int(next, 2, 4), group()),
                ['0か月', '3か月', '6か月'],
              )}`;
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
