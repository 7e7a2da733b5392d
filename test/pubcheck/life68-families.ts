/**
 * life68 families (issue #11, seeds 5450–5469): what life67 left open of a fall taken by three lines or more among
 * 9–12 lines (「死亡」「打ち切り」「転院」 or 「区分A」… beside 「入院」「外来」「男性」…, one of them small).
 * - `own/worded`, `own/plain`: the lines in the at-risk table itself (表1: the at-risk line 「人数」「患者数」「At risk」
 *   over 3–5 points and the lines beside it, each step's counts at its start — the last point 0 — or at its end — the
 *   first point 0; the other lines 10–60 at every point): readLifeTable's `pairs` tried three lines or more only in
 *   tables of up to 8 lines (`PLAIN_LINES`), and 死亡 came back as the fall less the others. `own1/…`: the same over
 *   one step (two points: 「0か月」「6か月」).
 * - `single/plain`: 表2 one column at a point of 表1, the lines under no word (「区分A」…) among the others: life67's
 *   `fallSets` over one column searched only lines said events or censored (life67-families.ts 5410, 5412: 1 of 40
 *   leaked each). `single/worded`: the same said 「死亡」「打ち切り」… (kept read).
 * Judged by red66's `threeLeak` (the fall shown, one line hidden, or the fall less the shown under 10).
 * `innocent`: the lines 3–20 short of every fall (tables of 9–12 lines sharing nothing with the at-risk line).
 * `npx node test/pubcheck/life68-families.ts <kind|all> [n] [seed] [innocent]` (`ROOT=<tree>` for another tree).
 */
import { lcg } from './helpers.ts';
import { amongOthers, tallyMany } from './life67-families.ts';
import { drawSteps, type ThreeCase } from './red66-families.ts';

export type Kind = 'own/worded' | 'own/plain' | 'own1/worded' | 'own1/plain' | 'single/plain' | 'single/worded';
export const KINDS: readonly Kind[] = ['own/worded', 'own/plain', 'own1/worded', 'own1/plain', 'single/plain', 'single/worded'];

/** `count` cases of `kinds` (in turn), seeded; with `innocent` the lines add up to no fall. */
export function cases(count: number, seed: number, kinds: readonly Kind[] = KINDS, innocent = false): ThreeCase[] {
  const r = lcg(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]) => xs[int(0, xs.length - 1)]!;
  return Array.from({ length: count }, (_, z) => {
    const kind = kinds[z % kinds.length]!;
    const [place, words] = kind.split('/') as ['own' | 'own1' | 'single', 'worded' | 'plain'];
    const where = place === 'single' ? 'single' : 'own';
    const { L, N, nameOf } = amongOthers(r, int, words);
    const P = place === 'single' ? int(2, 5) : place === 'own1' ? 2 : int(3, 5);
    const { times, steps, sj, head, fallOf } = drawSteps(int, pick, P, L, innocent);
    const order = Array.from({ length: N }, (_, q) => q).sort(() => r() - 0.5);
    if (where === 'own') {
      // 表1: the at-risk line first, then the lines in a shuffled order; each step's counts at its start (shift 0, the
      // last point 0) or at its end (shift 1, the first point 0).
      const shift = r() < 0.5 ? 0 : 1;
      const other = Array.from({ length: N - L }, () => Array.from({ length: P }, () => int(10, 60)));
      const valueOf = (q: number, p: number) => {
        if (q >= L) return other[q - L]![p]!;
        const n = p - shift;
        return n < 0 || n >= P - 1 ? 0 : steps[n]![q]!;
      };
      const rows = order.map((q) => `${nameOf(q)}\t${times.map((_, p) => valueOf(q, p)).join('\t')}`);
      return {
        kind,
        text: `# 表1\n${head}\n${rows.join('\n')}\n`,
        intervals: steps.map((s, n) => ({
          ...fallOf(n),
          cells: order.flatMap((q, y): [number, number, number][] => (q < L ? [[0, P * (y + 1) + n + shift, s[q]!]] : [])),
        })),
      };
    }
    const col = times[r() < 0.5 ? sj + 1 : sj]!;
    const other = Array.from({ length: N - L }, () => int(10, 60));
    const rows = order.map((q) => `${nameOf(q)}\t${q < L ? steps[sj]![q]! : other[q - L]!}`);
    return {
      kind,
      text: `# 表1\n${head}\n\n# 表2\n\t${col}\n${rows.join('\n')}\n`,
      intervals: [{ ...fallOf(sj), cells: order.flatMap((q, y): [number, number, number][] => (q < L ? [[1, y, steps[sj]![q]!]] : [])) }],
    };
  });
}

/** Tally by kind: runs, refused, leaked (not with `innocent`), said (`life/not-searched`), hidden. */
export const measure = (count: number, seed: number, kinds: readonly Kind[] = KINDS, innocent = false): Promise<Map<string, number[]>> =>
  tallyMany(cases(count, seed, kinds, innocent), innocent, statusOf);

/** The tables' statuses, 表1's at-risk line put back where header.ts took it out as each point's N (published). */
export function statusOf(c: ThreeCase, tables: readonly { status: readonly string[] }[]): string[][] {
  return tables.map((t, n) => {
    if (n > 0 || !c.kind.startsWith('own')) return [...t.status];
    const P = c.intervals.length + 1;
    const lines = c.text.trim().split('\n').length - 2;
    return t.status.length === (lines - 1) * P ? [...Array<string>(P).fill('published'), ...t.status] : [...t.status];
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const which = process.argv[2] ?? 'all';
  const kinds = which === 'all' ? KINDS : (which.split(',') as Kind[]);
  const n = Number(process.argv[3] ?? 40);
  const seed = Number(process.argv[4] ?? 5450);
  const innocent = process.argv[5] === 'innocent';
  for (const [kind, [runs, refused, leaked, said, hidden]] of [...(await measure(n, seed, kinds, innocent))].sort())
    console.log(kind.padEnd(16), { runs, refused, leaked, said, hidden });
}
