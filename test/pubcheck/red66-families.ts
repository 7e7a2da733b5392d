/**
 * red66 families (issue #11, seeds 5350–5409): a red team of what earlier rounds built and never attacked.
 * - `whole` (seeds 5350–5359): red61's `allOverlap` (「ICU」「Ward」 sharing patients under the whole group's line, the
 *   attacker taking each at most it: means48 `mipAttack`) under the whole group's word WITH what says it is a count
 *   (`COUNTED`: 「No. of patients」「Patients (n)」「Patients, n」「患者（例）」「対象患者数」…); `wholeApart`: the same
 *   lines not overlapping (the whole the sum); `wholeInnocent`: red61's `innocentPatients` under those words (the
 *   whole another count of its own, the attacker taking no nesting).
 * `npx node test/pubcheck/red66-families.ts <family> [n] [seeds]` (`ROOT=<tree>` for another tree).
 */
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

if (import.meta.url === `file://${process.argv[1]}`) {
  const which = process.argv[2] ?? 'whole';
  const n = Number(process.argv[3] ?? 100);
  const seeds = (process.argv[4] ?? '5350').split(',').map(Number);
  const make = { whole: wholeCases, wholeApart: wholeApartCases, wholeInnocent: wholeInnocentCases }[which];
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
