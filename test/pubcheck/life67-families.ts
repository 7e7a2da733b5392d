/**
 * life67 families (issue #11, seeds 5410–5429): red66's `three` (a fall taken by three lines 「死亡」「打ち切り」「転院」 or
 * 「区分A」…, one small) with the lines AMONG other lines (「入院」「外来」…: 9–12 lines in all), where red66's
 * `largerSets` was not tried (`PLAIN_LINES`, 8). `single`: 表2 one column at a point of 表1; `across`: 表2 at 表1's
 * points. Judged by red66's `threeLeak`. `innocent`: the lines 3–20 short of every fall.
 * `npx node test/pubcheck/life67-families.ts [n] [seed] [innocent]` (`ROOT=<tree>` for another tree).
 */
import { checkerOfRoot, lcg } from './helpers.ts';
import { drawFalls, LEAVE, PLAIN, threeLeak, type ThreeCase } from './red66-families.ts';

const OTHER = ['入院', '外来', '男性', '女性', '65歳以上', '65歳未満', '喫煙', '非喫煙', '糖尿病', '高血圧', '腎障害', '肝障害'];

/**
 * review69: the lines life67's `manyCases` and life68's `cases` draw — L (3–4) said events or censored (`worded`) or
 * under no word (`plain`) among others (9–12 lines in all, the others drawn from `OTHER`): line q < L the L's, the others
 * after.
 */
export function amongOthers(
  r: () => number,
  int: (lo: number, hi: number) => number,
  words: 'worded' | 'plain',
): { L: number; N: number; nameOf: (q: number) => string } {
  const L = int(3, 4);
  const names = (words === 'plain' ? PLAIN : LEAVE).slice(0, L);
  const N = int(9, 12);
  const extra = [...OTHER].sort(() => r() - 0.5).slice(0, N - L);
  return { L, N, nameOf: (q) => (q < L ? names[q]! : extra[q - L]!) };
}

export function manyCases(count: number, seed: number, innocent = false): ThreeCase[] {
  const r = lcg(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]) => xs[int(0, xs.length - 1)]!;
  return Array.from({ length: count }, () => {
    const where = pick(['single', 'across'] as const);
    const words = pick(['worded', 'plain'] as const);
    const { L, N, nameOf } = amongOthers(r, int, words);
    const { P, times, steps, sj, head, fallOf } = drawFalls(int, pick, where === 'single', L, innocent);
    // Rows: the L lines (q < L) and the others (q ≥ L, counts 10–60), in a shuffled order.
    const order = Array.from({ length: N }, (_, q) => q).sort(() => r() - 0.5);
    const W = where === 'single' ? 1 : P - 1;
    const other = Array.from({ length: N - L }, () => Array.from({ length: W }, () => int(10, 60)));
    const valueOf = (q: number, n: number) => (q < L ? steps[where === 'single' ? sj : n]![q]! : other[q - L]![n]!);
    if (where === 'across') {
      const off = r() < 0.5;
      const cols = off ? times.slice(0, -1) : times.slice(1);
      const rows = order.map((q) => `${nameOf(q)}\t${cols.map((_, n) => valueOf(q, n)).join('\t')}`);
      return {
        kind: `across/${words}`,
        text: `# 表1\n${head}\n\n# 表2\n\t${cols.join('\t')}\n${rows.join('\n')}\n`,
        intervals: steps.map((s, n) => ({
          ...fallOf(n),
          cells: order.flatMap((q, z): [number, number, number][] => (q < L ? [[1, z * W + n, s[q]!]] : [])),
        })),
      };
    }
    const col = times[r() < 0.5 ? sj + 1 : sj]!;
    const rows = order.map((q) => `${nameOf(q)}\t${valueOf(q, 0)}`);
    return {
      kind: `single/${words}`,
      text: `# 表1\n${head}\n\n# 表2\n\t${col}\n${rows.join('\n')}\n`,
      intervals: [{ ...fallOf(sj), cells: order.flatMap((q, z): [number, number, number][] => (q < L ? [[1, z, steps[sj]![q]!]] : [])) }],
    };
  });
}

/**
 * review69: life67's and life68's tally by kind — runs, refused, leaked (not with `innocent`; `threeLeak` over
 * `statusOf`'s statuses), said (`life/not-searched`), hidden. `SHOW=1` prints the refused and leaked, `SHOW=all` all read.
 */
export async function tallyMany(
  cases: readonly ThreeCase[],
  innocent: boolean,
  statusOf: (c: ThreeCase, tables: readonly { status: readonly string[] }[]) => string[][] = (_c, tables) =>
    tables.map((t) => [...t.status]),
): Promise<Map<string, number[]>> {
  const { check, highs, bundle } = await checkerOfRoot();
  const tally = new Map<string, number[]>();
  for (const c of cases) {
    const res = check(highs, bundle, c.text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });
    const x = tally.get(c.kind) ?? [0, 0, 0, 0, 0];
    tally.set(c.kind, x);
    x[0]!++;
    if (!res.ok) {
      x[1]!++;
      if (process.env.SHOW)
        console.log(
          c.text,
          res.errors.map((e) => e.code),
        );
      continue;
    }
    if ((res.warnings ?? []).some((w) => w.code === 'life/not-searched')) x[3]!++;
    x[4]! += res.tables.reduce((a, t) => a + t.status.filter((y) => y !== 'published').length, 0);
    const leak = !innocent && threeLeak(c, statusOf(c, res.tables));
    if (leak) x[2]!++;
    if ((leak || process.env.SHOW === 'all') && process.env.SHOW)
      console.log(
        c.text,
        res.tables.map((t) => t.status.join(' ')),
      );
  }
  return tally;
}

/** Tally by kind: runs, refused, leaked (not with `innocent`), said (`life/not-searched`), hidden. */
export const measure = (count: number, seed: number, innocent = false): Promise<Map<string, number[]>> =>
  tallyMany(manyCases(count, seed, innocent), innocent);

if (import.meta.url === `file://${process.argv[1]}`) {
  const n = Number(process.argv[2] ?? 40);
  const seed = Number(process.argv[3] ?? 5410);
  const innocent = process.argv[4] === 'innocent';
  for (const [kind, [runs, refused, leaked, said, hidden]] of [...(await measure(n, seed, innocent))].sort())
    console.log(kind.padEnd(16), { runs, refused, leaked, said, hidden });
}
