/**
 * whole67 families (issue #11, seeds 5430–5449): red66's `whole` (「ICU」「Ward」 sharing patients under the whole
 * group's line, the attacker taking each at most it: means48 `mipAttack`) under words of the whole group that red66's
 * list did not hold (`GENERAL`: a word for the patients with a word for all of them, either order, with or without a
 * count's mark: 「患者全体数」「全患者数」「患者総数」「All patients」「Total patients (n)」「Overall population」…).
 * `generalApart`: the same lines not overlapping; `generalInnocent`: red61's `innocentPatients` under those words;
 * `notWhole`: `innocentPatients` under words that are NOT the whole group (「全身症状」「総コレステロール」「Total score」
 * 「患者背景」): must be read as before (no union).
 * `npx node test/pubcheck/whole67-families.ts <family> [n] [seeds]` (`ROOT=<tree>` for another tree).
 */
import type { MipCase } from './means48-families.ts';
import { innocentPatients } from './red61-families.ts';
import { allOverlap } from './red60-families.ts';

/** Words of the whole group outside red66's list (a patients' word and an all/whole/total word, either order). */
export const GENERAL = [
  '患者全体数',
  '全患者数',
  '患者総数',
  '総患者数',
  '全例',
  '全対象者',
  'All patients',
  'Total patients (n)',
  'All subjects',
  'Overall population',
  '全被験者数',
  '症例全体（例）',
  '対象者全体',
  '総症例数',
  'All participants, n',
  'Patients overall',
  'Total cases',
  'Whole population (N)',
  'Subjects, total',
  'Entire cohort',
];

/** Words that are not the whole group (a symptom, a measure, a score, a background). */
export const NOT_WHOLE = ['全身症状', '総コレステロール', 'Total score', '患者背景', 'Total cholesterol', '全身倦怠感'];

export const generalCases = (n: number, seed: number): MipCase[] => allOverlap(n, seed, true, GENERAL);
export const generalApartCases = (n: number, seed: number): MipCase[] => allOverlap(n, seed, false, GENERAL);
export const generalInnocentCases = (n: number, seed: number): MipCase[] => innocentPatients(n, seed, GENERAL);
export const notWholeCases = (n: number, seed: number): MipCase[] => innocentPatients(n, seed, NOT_WHOLE);
export const notWholeOverlapCases = (n: number, seed: number): MipCase[] => allOverlap(n, seed, true, NOT_WHOLE);

if (import.meta.url === `file://${process.argv[1]}`) {
  const which = process.argv[2] ?? 'general';
  const n = Number(process.argv[3] ?? 40);
  const seeds = (process.argv[4] ?? '5430').split(',').map(Number);
  const make = {
    general: generalCases,
    generalApart: generalApartCases,
    generalInnocent: generalInnocentCases,
    notWhole: notWholeCases,
    notWholeOverlap: notWholeOverlapCases,
  }[which]!;
  const { mipAttack } = await import('./means48-families.ts');
  const { measure } = await import('./means53-families.ts');
  process.env.NOMEAN = '1';
  const cases = seeds.flatMap((s) => make(n, s));
  await measure(
    cases.map((c) => ({ ...c, family: `${which}/${c.family.split('/').at(-1)}` })),
    mipAttack,
  );
}
