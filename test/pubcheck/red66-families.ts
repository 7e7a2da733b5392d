/**
 * red66 families (issue #11, seeds 5350–5409): a red team of what earlier rounds built and never attacked.
 * - `whole` (seeds 5350–5359): red61's `allOverlap` (「ICU」「Ward」 sharing patients under the whole group's line, the
 *   attacker taking each at most it: means48 `mipAttack`) under the whole group's word WITH what says it is a count
 *   (`COUNTED`: 「No. of patients」「Patients (n)」「Patients, n」「患者（例）」「対象患者数」…); `wholeApart`: the same
 *   lines not overlapping (the whole the sum); `wholeInnocent`: red61's `innocentPatients` under those words (the
 *   whole another count of its own, the attacker taking no nesting). `wholeWide`, `wholeWideInnocent`: the same under
 *   other words of the whole (`WIDER`: 「Enrolled」「Randomized」「Study population」「患者全体」, 「No. patients」「患者 数」).
 * - `cum` (seeds 5360–5369): rede62's cumulative columns (表2's 「6か月」「12か月」 the events and censored from 表1's
 *   first point) with ONE more column at no point of 表1 (「3か月」 before or between, 「15か月」 past its last: kinds
 *   `extraFirst`, `extra`, `extraLast`), the first step's events small; judged by life63's `leakOf` per column at a
 *   point of 表1 (the fall from 0 less the shown line, where 表1's two cells are shown). `cumInnocent`: 表1 falling by
 *   other amounts (no column the fall).
 * - `three` (seeds 5370–5379): a fall taken by THREE lines or four (「死亡」「打ち切り」「転院」「追跡不能」, 「その他」, or
 *   under no word 「区分A」…), one of them small: `single` (表2 one column at a point of 表1, life61), `across` (表2 at
 *   表1's points, one step off or not), `own` (the lines in the at-risk table itself). life38–62 tried one line or two
 *   (`pairOf`): 死亡 came back as the fall less the others. Judged per interval (`threeLeak`: the fall shown, one line
 *   hidden, or the fall less the shown under 10). `threeInnocent`: the lines add up to no fall (3–20 short).
 * - Held, probed apart and not kept here: one column written as an interval over two steps or more (「6-18か月」, from
 *   the start, to the end or between; 60 at 5360, 60 innocent at 5361) — base 0 leaked.
 * `npx node test/pubcheck/red66-families.ts <family> [n] [seeds]` (`ROOT=<tree>` for another tree).
 */
import { checkerOfRoot, lcg } from './helpers.ts';
import { leakOf } from './life63-families.ts';
import type { MipCase } from './means48-families.ts';
import { innocentPatients } from './red61-families.ts';
import { allOverlap } from './red60-families.ts';

/** The whole group's word with a count's mark (red61 `PATIENTS` read the bare word alone). */
export const COUNTED = [
  'No. of patients',
  'Number of patients',
  'n of patients',
  'Patients (n)',
  'Patients, n',
  'Patients, N',
  'Cases (n)',
  'Subjects, n',
  '患者（例）',
  '症例（例）',
  '対象患者数',
  '被験者数',
  '症例数（例）',
  '患者数（人）',
];

/** `wholeWide` (seeds 5355–5357): other words of the whole (「Enrolled」「Study population」「患者全体」) and marks. */
export const WIDER = [
  'Enrolled',
  'Randomized',
  'Study population',
  '患者全体',
  'No. patients',
  'Patients no.',
  'Patients, no.',
  '患者 数',
  'Patients (N)',
  '症例 (n)',
];

export const wholeCases = (n: number, seed: number): MipCase[] => allOverlap(n, seed, true, COUNTED);
export const wholeApartCases = (n: number, seed: number): MipCase[] => allOverlap(n, seed, false, COUNTED);
export const wholeInnocentCases = (n: number, seed: number): MipCase[] => innocentPatients(n, seed, COUNTED);
export const wholeWideCases = (n: number, seed: number): MipCase[] => allOverlap(n, seed, true, WIDER);
export const wholeWideInnocentCases = (n: number, seed: number): MipCase[] => innocentPatients(n, seed, WIDER);

export interface CumCase {
  kind: 'extra' | 'extraFirst' | 'extraLast';
  text: string;
  /** 表1's at-risk counts; 表2's columns (indices into 表1's points, or a half step) and its two lines' counts. */
  risk: number[];
  at: number[];
  died: number[];
  censored: number[];
}

/** `cum`: cumulative columns at 表1's points and one more at none of them; with `innocent`, 表1 falls by other amounts. */
export function cumCases(count: number, seed: number, innocent = false): CumCase[] {
  const r = lcg(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]) => xs[int(0, xs.length - 1)]!;
  return Array.from({ length: count }, () => {
    const P = int(3, 5);
    const unit = pick([6, 12]);
    const style = pick(['か月', 'ヶ月']);
    const ev = Array.from({ length: P - 1 }, () => int(10, 30));
    const cs = Array.from({ length: P - 1 }, () => int(10, 30));
    ev[0] = int(1, 9);
    const risk = Array.from({ length: P }, () => 0);
    risk[P - 1] = int(20, 80);
    for (let n = P - 2; n >= 0; n--) risk[n] = risk[n + 1]! + (innocent ? int(15, 70) : ev[n]! + cs[n]!);
    const kind = pick(['extra', 'extraLast', 'extraFirst'] as const);
    const half = kind === 'extraFirst' ? 0.5 : kind === 'extraLast' ? P - 0.5 : int(1, P - 2) + 0.5;
    const at = [...Array.from({ length: P - 1 }, (_, n) => n + 1), half].sort((a, b) => a - b);
    // Up to a point: whole steps, and half the next step's count at a half step.
    const upTo = (xs: number[], p: number) =>
      xs.slice(0, Math.floor(p)).reduce((a, x) => a + x, 0) + (p % 1 ? Math.floor((xs[Math.floor(p)] ?? 8) / 2) : 0);
    const died = at.map((p) => upTo(ev, p));
    const censored = at.map((p) => upTo(cs, p));
    const label = (p: number) => `${p * unit}${style}`;
    const sum = r() < 0.4;
    const rows = [
      [pick(['死亡', 'イベント', 'Deaths']), ...died],
      [pick(['打ち切り', 'Censored', '追跡不能']), ...censored],
      ...(sum ? [['計', ...died.map((d, q) => d + censored[q]!)]] : []),
    ];
    const text =
      `# 表1\n\t${risk.map((_, p) => label(p)).join('\t')}\n${pick(['人数', '患者数', 'At risk'])}\t${risk.join('\t')}\n\n` +
      `${pick(['# 表2', '# 表2 内訳', '# 表2 累積の内訳'])}\n\t${at.map(label).join('\t')}\n${rows.map((x) => x.join('\t')).join('\n')}\n`;
    return { kind, text, risk, at, died, censored };
  });
}

/** Whether the statuses of 表1 (`s1`) and 表2 (`s2`, row by row) give a count under 10 of 表2 back. */
export function cumLeak(c: CumCase, s1: readonly string[], s2: readonly string[]): boolean {
  const W = c.at.length;
  return c.at.some((p, q) => {
    const lines = [c.died[q]!, c.censored[q]!];
    const st = [s2[q]!, s2[W + q]!];
    if (lines.some((v, z) => st[z] === 'published' && v > 0 && v < 10)) return true;
    if (p % 1 !== 0 || s1[0] !== 'published' || s1[p] !== 'published') return false;
    return leakOf({ text: c.text, fall: c.risk[0]! - c.risk[p]!, lines }, st);
  });
}

/**
 * Tally by kind: runs, refused, leaked (`leaked` of the tables' statuses, not asked with `innocent`), hidden; the
 * checker of `ROOT` (threshold, a MIP of 0.3 s).
 */
async function tallyKinds<C extends { kind: string; text: string }>(
  cases: readonly C[],
  innocent: boolean,
  leaked: (c: C, status: string[][]) => boolean,
): Promise<Map<string, number[]>> {
  const { check, highs, bundle } = await checkerOfRoot();
  const tally = new Map<string, number[]>();
  for (const c of cases) {
    const res = check(highs, bundle, c.text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });
    const x = tally.get(c.kind) ?? [0, 0, 0, 0];
    tally.set(c.kind, x);
    x[0]!++;
    if (!res.ok) {
      x[1]!++;
      continue;
    }
    x[3]! += res.tables.reduce((a, t) => a + t.status.filter((y) => y !== 'published').length, 0);
    const status = res.tables.map((t) => t.status);
    if (!innocent && leaked(c, status)) x[2]!++;
  }
  return tally;
}

/** Tally by kind: runs, refused, leaked (not with `innocent`), hidden. */
export const measureCum = (count: number, seed: number, innocent = false): Promise<Map<string, number[]>> =>
  tallyKinds(cumCases(count, seed, innocent), innocent, (c, status) => cumLeak(c, status[0]!, status[1]!));

/** One interval of a `three` case: the cells giving its fall (table, index) and its lines' cells (table, index, count). */
export interface Interval {
  fall: number;
  fallCells: [number, number][];
  cells: [number, number, number][];
}
export interface ThreeCase {
  kind: string;
  text: string;
  intervals: Interval[];
}

/** Lines said events or censored, and lines under no word (red66, life67, life68). */
export const LEAVE = ['死亡', '打ち切り', '転院', '追跡不能'];
export const PLAIN = ['区分A', '区分B', '区分C', '区分D'];

/** What `drawFalls` draws: the points' labels, each step's L lines (one small at step `sj`), the at-risk line, 表1's head. */
export interface Falls {
  P: number;
  times: string[];
  steps: number[][];
  sj: number;
  risk: number[];
  head: string;
  /** Step n's fall (the at-risk line's n-th less its next) and its cells in 表1 (table 0, points n and n + 1). */
  fallOf: (n: number) => Pick<Interval, 'fall' | 'fallCells'>;
}

/**
 * review68: the draws red66's `three` and life67's `manyCases` share, in their order — the points (2–5 with `single`,
 * else 3–5; 3, 6 or 12 a step; 「か月」「ヶ月」「 months」), each step's L lines (10–25, one of step `sj` 1–9), the
 * at-risk line falling by each step's sum (with `innocent`, 3–20 more) and its name: 表1's two lines (`head`).
 */
export const drawFalls = (
  int: (lo: number, hi: number) => number,
  pick: <T>(xs: readonly T[]) => T,
  single: boolean,
  L: number,
  innocent: boolean,
): Falls => drawSteps(int, pick, single ? int(2, 5) : int(3, 5), L, innocent);

/** review69: `drawFalls` past its points' count, drawn by the caller (life68's `own1`: 2, no draw). */
export function drawSteps(
  int: (lo: number, hi: number) => number,
  pick: <T>(xs: readonly T[]) => T,
  P: number,
  L: number,
  innocent: boolean,
): Falls {
  const unit = pick([3, 6, 12]);
  const style = pick(['か月', 'ヶ月', ' months']);
  const times = Array.from({ length: P }, (_, p) => `${p * unit}${style}`);
  const steps = Array.from({ length: P - 1 }, () => Array.from({ length: L }, () => int(10, 25)));
  const sj = int(0, P - 2);
  steps[sj]![int(0, L - 1)] = int(1, 9);
  const risk = [int(300, 500)];
  for (let p = 1; p < P; p++) risk.push(risk[p - 1]! - steps[p - 1]!.reduce((a, b) => a + b, 0) - (innocent ? int(3, 20) : 0));
  const riskName = pick(['人数', '患者数', 'At risk']);
  const fallOf = (n: number): Pick<Interval, 'fall' | 'fallCells'> => ({
    fall: risk[n]! - risk[n + 1]!,
    fallCells: [
      [0, n],
      [0, n + 1],
    ],
  });
  return { P, times, steps, sj, risk, head: `\t${times.join('\t')}\n${riskName}\t${risk.join('\t')}`, fallOf };
}

/** `three`: a fall over three or four lines of one table; with `innocent`, the lines 3–20 short of it. */
export function threeCases(count: number, seed: number, innocent = false): ThreeCase[] {
  const r = lcg(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]) => xs[int(0, xs.length - 1)]!;
  return Array.from({ length: count }, () => {
    const where = pick(['single', 'across', 'own'] as const);
    const words = pick(['worded', 'plain', 'other'] as const);
    const L = words === 'other' ? 3 : int(3, 4);
    const names = words === 'plain' ? PLAIN.slice(0, L) : words === 'other' ? ['死亡', '打ち切り', 'その他'] : LEAVE.slice(0, L);
    const { P, times, steps, sj, head, fallOf } = drawFalls(int, pick, where === 'single', L, innocent);
    if (where === 'own') {
      // 表1: the at-risk line, then the lines, each step's counts at its start (the last point's 0).
      const rows = names.map((nm, q) => `${nm}\t${[...steps.map((s) => s[q]), 0].join('\t')}`);
      return {
        kind: `own/${words}`,
        text: `# 表1\n${head}\n${rows.join('\n')}\n`,
        intervals: steps.map((s, n) => ({
          ...fallOf(n),
          cells: s.map((v, q): [number, number, number] => [0, P * (q + 1) + n, v]),
        })),
      };
    }
    if (where === 'across') {
      const off = r() < 0.5;
      const cols = off ? times.slice(0, -1) : times.slice(1);
      const rows = names.map((nm, q) => `${nm}\t${steps.map((s) => s[q]).join('\t')}`);
      return {
        kind: `across/${words}`,
        text: `# 表1\n${head}\n\n# 表2\n\t${cols.join('\t')}\n${rows.join('\n')}\n`,
        intervals: steps.map((s, n) => ({
          ...fallOf(n),
          cells: s.map((v, q): [number, number, number] => [1, q * (P - 1) + n, v]),
        })),
      };
    }
    // single: 表2 one column, the step sj's lines, at its start or end.
    const col = times[r() < 0.5 ? sj + 1 : sj]!;
    const order = names.map((_, q) => q).sort(() => r() - 0.5);
    const rows = order.map((q) => `${names[q]}\t${steps[sj]![q]}`);
    return {
      kind: `single/${words}`,
      text: `# 表1\n${head}\n\n# 表2\n\t${col}\n${rows.join('\n')}\n`,
      intervals: [{ ...fallOf(sj), cells: order.map((q, z): [number, number, number] => [1, z, steps[sj]![q]!]) }],
    };
  });
}

/** Whether the tables' statuses give a count under 10 of an interval's lines back. */
export function threeLeak(c: ThreeCase, status: readonly (readonly string[])[], threshold = 10): boolean {
  const shown = (t: number, k: number) => status[t]?.[k] === 'published';
  return c.intervals.some(({ fall, fallCells, cells }) => {
    if (cells.some(([t, k, v]) => shown(t, k) && v > 0 && v < threshold)) return true;
    if (!fallCells.every(([t, k]) => shown(t, k))) return false;
    const hidden = cells.filter(([t, k]) => !shown(t, k));
    const rest = fall - cells.reduce((a, [t, k, v]) => a + (shown(t, k) ? v : 0), 0);
    return hidden.some(([, , v]) => v < threshold && (hidden.length === 1 || rest < threshold));
  });
}

/** Tally by kind: runs, refused, leaked (not with `innocent`), hidden. */
export const measureThree = (count: number, seed: number, innocent = false): Promise<Map<string, number[]>> =>
  tallyKinds(threeCases(count, seed, innocent), innocent, (c, status) => {
    // `own`: the at-risk line read as each point's N (header.ts) is out of the cells (published constants).
    const [L, P] = [c.intervals[0]!.cells.length, c.intervals.length + 1];
    const leak = threeLeak(
      c,
      status.map((s) => (c.kind.startsWith('own/') && s.length === L * P ? [...Array<string>(P).fill('published'), ...s] : s)),
    );
    if (leak && process.env.SHOW)
      console.log(
        c.text,
        status.map((s) => s.join(' ')),
      );
    return leak;
  });

if (import.meta.url === `file://${process.argv[1]}`) {
  const which = process.argv[2] ?? 'whole';
  const n = Number(process.argv[3] ?? 100);
  const seeds = (process.argv[4] ?? '5350').split(',').map(Number);
  const make = {
    whole: wholeCases,
    wholeApart: wholeApartCases,
    wholeInnocent: wholeInnocentCases,
    wholeWide: wholeWideCases,
    wholeWideInnocent: wholeWideInnocentCases,
  }[which];
  const tallied =
    which === 'cum' || which === 'cumInnocent'
      ? await measureCum(n, seeds[0]!, which === 'cumInnocent')
      : which === 'three' || which === 'threeInnocent'
        ? await measureThree(n, seeds[0]!, which === 'threeInnocent')
        : undefined;
  for (const [kind, [runs, refused, leaked, hidden]] of [...(tallied ?? [])].sort())
    console.log(`${which}/${kind}`.padEnd(24), { runs, refused, leaked, hidden });
  if (make) {
    const { mipAttack } = await import('./means48-families.ts');
    const { measure } = await import('./means53-families.ts');
    process.env.NOMEAN = '1';
    const cases = seeds.flatMap((s) => make(n, s));
    // One row per family kind (the label is in the case's family name).
    await measure(
      cases.map((c) => ({ ...c, family: `${which}/${c.family.split('/').at(-1)}` })),
      mipAttack,
    );
  }
}
