/**
 * red66 families (issue #11, seeds 5350–5409): a red team of what earlier rounds built and never attacked.
 * - `whole` (seeds 5350–5359): red61's `allOverlap` (「ICU」「Ward」 sharing patients under the whole group's line, the
 *   attacker taking each at most it: means48 `mipAttack`) under the whole group's word WITH what says it is a count
 *   (`COUNTED`: 「No. of patients」「Patients (n)」「Patients, n」「患者（例）」「対象患者数」…); `wholeApart`: the same
 *   lines not overlapping (the whole the sum); `wholeInnocent`: red61's `innocentPatients` under those words (the
 *   whole another count of its own, the attacker taking no nesting).
 * - `cum` (seeds 5360–5369): rede62's cumulative columns (表2's 「6か月」「12か月」 the events and censored from 表1's
 *   first point) with ONE more column at no point of 表1 (「3か月」 before or between, 「15か月」 past its last: kinds
 *   `extraFirst`, `extra`, `extraLast`), the first step's events small; judged by life63's `leakOf` per column at a
 *   point of 表1 (the fall from 0 less the shown line, where 表1's two cells are shown). `cumInnocent`: 表1 falling by
 *   other amounts (no column the fall).
 * - `span` (held): one column written as an interval over two steps or more (「6-18か月」, from the start, to the end
 *   or between) — base 0 leaked.
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

export const wholeCases = (n: number, seed: number): MipCase[] => allOverlap(n, seed, true, COUNTED);
export const wholeApartCases = (n: number, seed: number): MipCase[] => allOverlap(n, seed, false, COUNTED);
export const wholeInnocentCases = (n: number, seed: number): MipCase[] => innocentPatients(n, seed, COUNTED);

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

/** Tally by kind: runs, refused, leaked (not with `innocent`), hidden. */
export async function measureCum(count: number, seed: number, innocent = false): Promise<Map<string, number[]>> {
  const { check, highs, bundle } = await checkerOfRoot();
  const tally = new Map<string, number[]>();
  for (const c of cumCases(count, seed, innocent)) {
    const res = check(highs, bundle, c.text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });
    const x = tally.get(c.kind) ?? [0, 0, 0, 0];
    tally.set(c.kind, x);
    x[0]!++;
    if (!res.ok) {
      x[1]!++;
      continue;
    }
    x[3]! += res.tables.reduce((a, t) => a + t.status.filter((y) => y !== 'published').length, 0);
    if (!innocent && cumLeak(c, res.tables[0]!.status, res.tables[1]!.status)) x[2]!++;
  }
  return tally;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const which = process.argv[2] ?? 'whole';
  const n = Number(process.argv[3] ?? 100);
  const seeds = (process.argv[4] ?? '5350').split(',').map(Number);
  const make = { whole: wholeCases, wholeApart: wholeApartCases, wholeInnocent: wholeInnocentCases }[which];
  if (which === 'cum' || which === 'cumInnocent')
    for (const [kind, [runs, refused, leaked, hidden]] of [...(await measureCum(n, seeds[0]!, which === 'cumInnocent'))].sort())
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
