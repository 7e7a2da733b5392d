/**
 * whole68 families (issue #11, seeds 5530–5549): words the checker reads as a TOTAL that name the whole group of
 * patients (「全対象者」「全例」「All patients」「患者総数」「総患者数」「All subjects」…: `NAMED`) over lines that share
 * patients (a patient in several: ICU 30, 人工呼吸 12, 全例 35 — their sum 42 over 35), as means48's `MipCase`s for
 * its `mipAttack` (HiGHS MIP apart from the engine) with `union`: the attacker takes each line at most the whole AND
 * the whole at most their sum at every site (as anyone reading the whole group's word over shared lines does).
 * - `named`: the class — 2 to 3 lines (「ICU」「人工呼吸」「透析」…) by 3–5 sites, one site small (1–9 patients), some
 *   patients in two lines or more (the whole under the lines' sum at one site at least), a Total row 70% of the time,
 *   transposed 25%. Refused on eb81e31d (`total/mismatch`, `total/not-sum`); read now as the union, tied, said.
 * - `apart` (innocent): the same, no patient in two lines (the whole their sum: the total as before).
 * - `innocent`: red61's `innocentPatients` under `NAMED` (a line of its own beside 「Admissions」「Visits」 or
 *   「ICU」「Ward」, not inside it: the attacker takes no nesting); refusals → read where the numbers allow a union,
 *   and the cells hidden measured.
 * - `bare` (kept refused): `named` under a sum's bare words (「合計」「Total」「全体」「Overall」「計」): no patients'
 *   word, a slip as likely as a union — refused as before (`total/mismatch`, its hint naming the way out).
 * - `over` (kept refused): `named` with the whole under one line at one site (no union of them: impossible).
 * `npx node test/pubcheck/whole68-families.ts <family> [n] [seeds]` (`ROOT=<tree>` for another tree).
 */
import { int, lcg, pick } from './helpers.ts';
import type { MipCase } from './means48-families.ts';
import { SITES } from './means59-families.ts';
import { allOverlap, siteCase, UNION } from './red60-families.ts';
import { innocentPatients, PATIENTS } from './red61-families.ts';
import { GENERAL } from './whole67-families.ts';

/** Words the checker reads as a total (header.ts `TOTAL`, `SUM_LABEL`) that name the whole group of patients. */
export const NAMED = [
  '全対象者',
  '全例',
  'All patients',
  '患者総数',
  '総患者数',
  '全患者',
  '全症例',
  'All subjects',
  'Total patients (n)',
  '全例数',
  'All cases',
  'All participants',
  'Total population',
  '全対象',
  '総例数',
];

/** A sum's bare words (no patients' word): kept refused. */
export const BARE = ['合計', 'Total', '全体', 'Overall', '計'];

const LINES = [
  ['ICU', '人工呼吸'],
  ['ICU', '人工呼吸', '透析'],
  ['ICU', 'Ward'],
  ['Ventilation', 'Dialysis', 'ECMO'],
  ['入院', '外来'],
];

/**
 * Sites of patients each in one line or more (`overlap`: some in two or more); `over`: the whole then lowered under
 * one line at one site (no union).
 */
export function sharedLines(count: number, seed: number, words: readonly string[], overlap = true, over = false): MipCase[] {
  const next = lcg(seed);
  return Array.from({ length: count }, () => {
    const whole = pick(next, words);
    const lines = pick(next, LINES);
    const K = lines.length;
    const G = int(next, 3, 5);
    const groups = SITES.slice(0, G);
    const small = int(next, 0, G - 1);
    const share = overlap ? 0.1 + 0.3 * next() : 0;
    const counts = groups.map((_, i) => {
      const n = i === small ? int(next, 1, 9) : next() < 0.2 ? int(next, 2, 9) : int(next, 10, 60);
      const per = lines.map(() => 0);
      for (let p = 0; p < n; p++) {
        const first = int(next, 0, K - 1);
        per[first]!++;
        // In a second (third) line too: a patient the lines share.
        for (let k = 0; k < K; k++) if (k !== first && next() < share) per[k]!++;
      }
      return [n, ...per];
    });
    if (overlap && !counts.some(([n, ...per]) => per.reduce((a, b) => a + b, 0) > n!)) {
      const i = int(next, 0, G - 1);
      const row = counts[i]!;
      const k = 1 + row.slice(1).findIndex((v) => v < row[0]!);
      if (k > 0) row[k]!++;
      else (row[0]!++, row[1]!++, row[2]!++);
    }
    if (over) {
      const i = int(next, 0, G - 1);
      const row = counts[i]!;
      const top = Math.max(...row.slice(1));
      row[0] = Math.max(1, top - int(next, 1, 3));
      if (row[0] >= top) row[1 + row.slice(1).indexOf(top)]! += 1;
    }
    const total = next() < 0.7;
    const transposed = next() < 0.25;
    const family = `${over ? 'over' : overlap ? 'shared' : 'apart'}/${K}`;
    return {
      ...siteCase({
        family,
        groups,
        labels: [whole, ...lines],
        lines: [0, ...lines.keys()].map((_, k) => counts.map((r) => r[k]!)),
        total,
        transposed,
        free: over,
      }),
      union: !over,
    };
  });
}

/**
 * `read`: red60's `allOverlap` (「ICU」「Ward」 sharing patients) under the wholes read as a union on eb81e31d already
 * (whole67's `GENERAL`, red61's `PATIENTS`, red60's `UNION`), attacked with `union` too: the whole at most the lines'
 * sum was not tied (system.ts `nestedWithin`), a hidden line bounded under 10 through it.
 */
export const readCases = (n: number, seed: number): MipCase[] =>
  allOverlap(n, seed, true, [...GENERAL, ...PATIENTS, ...UNION]).map((c) => ({
    ...c,
    family: `read/${c.family.split('/')[1]}`,
    union: true,
  }));

export const namedCases = (n: number, seed: number): MipCase[] => sharedLines(n, seed, NAMED);
export const apartCases = (n: number, seed: number): MipCase[] => sharedLines(n, seed, NAMED, false);
export const innocentCases = (n: number, seed: number): MipCase[] => innocentPatients(n, seed, NAMED);
export const bareCases = (n: number, seed: number): MipCase[] => sharedLines(n, seed, BARE);
export const overCases = (n: number, seed: number): MipCase[] => sharedLines(n, seed, NAMED, true, true);

if (import.meta.url === `file://${process.argv[1]}`) {
  const which = process.argv[2] ?? 'named';
  const n = Number(process.argv[3] ?? 40);
  const seeds = (process.argv[4] ?? '5530').split(',').map(Number);
  const make = { read: readCases, named: namedCases, apart: apartCases, innocent: innocentCases, bare: bareCases, over: overCases }[which]!;
  const { mipAttack } = await import('./means48-families.ts');
  const { measure } = await import('./means53-families.ts');
  process.env.NOMEAN = '1';
  const cases = seeds.flatMap((s) => make(n, s));
  await measure(
    cases.map((c) => ({ ...c, family: which === 'read' ? c.family : `${which}/${c.family.split('/').slice(-2).join('/')}` })),
    mipAttack,
  );
}
