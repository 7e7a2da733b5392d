/**
 * sizes55's bench: `ROOT=<tree> npx node test/pubcheck/sizes55-bench.ts`: the time of checking tables of shares under
 * one N whose every line adds up to 100% (sizes.ts `pinnedSmall`): 100 rows by 4 columns and its transpose (100 lines),
 * and 8 columns of 6 rows, table Ns 2,900 and 9,000.
 */
import { checkerOfRoot, codesOf, lcg } from './helpers.ts';

const { check, highs, bundle } = await checkerOfRoot();
const next = lcg(3479);
function table(R: number, C: number, n: number, transpose: boolean): string {
  const cols = Array.from({ length: C }, (_, j) => `G${j + 1}`);
  const Ns = cols.map(() => Math.floor(n / C));
  Ns[0]! += n - Ns.reduce((a, b) => a + b, 0);
  const shares = Ns.map((m) => {
    const w = Array.from({ length: R }, () => 1 + next());
    const t = w.reduce((a, b) => a + b, 0);
    const k = w.map((x) => Math.floor((x / t) * m));
    k[0]! += m - k.reduce((a, b) => a + b, 0);
    return k.map((x) => `${((100 * x) / m).toFixed(1)}%`);
  });
  const grid = [[`対象患者 (N=${n})`, ...cols], ...Array.from({ length: R }, (_, r) => [`項目${r + 1}`, ...shares.map((s) => s[r]!)])];
  const out = transpose ? grid[0]!.map((_, k) => grid.map((row) => row[k]!)) : grid;
  return out.map((l) => l.join('\t')).join('\n');
}
for (const [R, C, n, tr] of [
  [100, 4, 2_900, false],
  [100, 4, 2_900, true],
  [100, 4, 9_000, false],
  [100, 4, 9_000, true],
  [6, 8, 2_900, false],
  [6, 8, 9_000, false],
] as const) {
  const text = table(R, C, n, tr);
  check(highs, bundle, text, { details: true });
  const t0 = performance.now();
  const r = check(highs, bundle, text, { details: true });
  const ms = performance.now() - t0;
  console.log(`${tr ? `${C}x${R} (100 lines)` : `${R}x${C}`} N=${n}: ${ms.toFixed(0)} ms ${r.ok ? 'read' : codesOf(r)}`);
}
