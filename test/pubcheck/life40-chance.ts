/**
 * life40: how often ordinary count tables change under life40's readings (a lone line over time points that never
 * rises and falls by a small step, said as `line/maybe-at-risk`; a title naming a survival analysis; words of leaving
 * the risk set). Prints one line per random table (its hidden cells or its refusal's codes, then the life warnings
 * said) through the checker of `ROOT` (this tree unless said), to compare two trees line by line:
 * `npx node test/pubcheck/life40-chance.ts 1000 1911 > now; ROOT=/tmp/base npx node … > main; diff main now`.
 * Shapes, in turn: 4 groups × 4 years (adversary12's yearly tables); 3–8 lines of 区分/群/施設 over 3–5 time points
 * (「0か月」「6か月」…); the same transposed; 3–6 lines under a title naming a survival analysis over two or three
 * points; 「人数」「転院」「中止」 and 区分 lines over two points. Counts 0–60.
 */
import { checkerOfRoot, codesOf, int, lcg, pick } from './helpers.ts';

const { check, highs, bundle } = await checkerOfRoot();
const count = Number(process.argv[2] ?? 100);
const next = lcg(Number(process.argv[3] ?? 1911));
const grid = (rows: string[], cols: string[]) =>
  [['', ...cols].join('\t'), ...rows.map((r) => [r, ...cols.map(() => int(next, 0, 60))].join('\t'))].join('\n');
const names = (n: number, w: string) => Array.from({ length: n }, (_, i) => `${w}${i + 1}`);
const points = (n: number) => Array.from({ length: n }, (_, k) => `${k * 6}か月`);
const LIFE = new Set(['line/maybe-at-risk', 'table/life-table']);
for (let n = 0; n < count; n++) {
  const shape = n % 5;
  const group = () => pick(next, ['区分', '群', '施設']);
  const text =
    shape === 0
      ? grid(names(4, '群'), ['2020年', '2021年', '2022年', '2023年'])
      : shape === 1
        ? grid(names(int(next, 3, 8), group()), points(int(next, 3, 5)))
        : shape === 2
          ? grid(points(int(next, 3, 5)), names(int(next, 3, 8), group()))
          : shape === 3
            ? `${pick(next, ['# 全生存期間', '# Kaplan-Meier曲線', '# 無増悪生存期間'])}\n${grid(names(int(next, 3, 6), group()), points(int(next, 2, 3)))}`
            : grid(['人数', '転院', '中止', ...names(int(next, 0, 3), '区分')], points(2));
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
