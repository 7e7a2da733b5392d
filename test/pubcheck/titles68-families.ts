/**
 * titles68 (issue #11): a title's or the corner's N in a verb of taking patients in, seeded (seeds 5510–5529).
 *
 * - `taken` (titlen65-families.ts' generator with these words): 「(146 randomised)」「146 patients were enrolled」
 *   「(146 eligible patients)」「(randomised: 146)」「(ITT 146)」「146名を解析」「（登録例146）」「登録146例」… a little above the
 *   table's total (a remainder of 1–9: `over`, must not be read silently) or at it / 10–40 above it (`innocent`, read —
 *   a count refused as a title's count that fits no total, `title/count`, is an innocent refused), with look-alikes
 *   that are no N (a study's number, a year, a dose, a ratio, who were left out: 「(Study 146 randomised)」
 *   「(randomised 2014)」「(146 mg)」「(randomised 2:1)」「(treated 3 times)」「（146例を除外）」「（評価不能146例）」).
 *
 *   npx node test/pubcheck/titles68-families.ts taken <count> <seed>        (ROOT=<base> for the base)
 */
import type { Words } from './titlen65-families.ts';

export const TAKEN: Words = {
  forms: [
    (n) => `(${n} randomised)`,
    (n) => `(${n} randomized)`,
    (n) => `${n} randomised`,
    (n) => `(${n} patients were enrolled)`,
    (n) => `(${n} randomized patients)`,
    (n) => `(${n} eligible patients)`,
    (n) => `(${n} recruited)`,
    (n) => `(${n} included)`,
    (n) => `(${n} evaluable)`,
    (n) => `(randomised: ${n})`,
    (n) => `(ITT ${n})`,
    (n) => `(FAS: ${n})`,
    (n) => `（${n}名を解析）`,
    (n) => `（${n}例を登録）`,
    (n) => `（${n}人を解析対象）`,
    (n) => `（登録例${n}）`,
    (n) => `（登録${n}例）`,
    (n) => `（無作為化${n}例）`,
    (n) => `（${n}例が組み入れ）`,
  ],
  lookalikes: [
    () => '(Study 146 randomised)',
    () => '(randomised 2014)',
    () => '(146 mg)',
    () => '(randomised 2:1)',
    () => '(treated 3 times)',
    () => '(eligible 18 years)',
    () => '（2014年登録）',
    () => '(Protocol 146, randomised)',
    (t) => `（${t}例を解析）`,
    (t) => `(${t} randomised)`,
  ],
};

if (import.meta.url === `file://${process.argv[1]}`) {
  const { checkerOfRoot } = await import('./helpers.ts');
  const { measure } = await import('./titlen65-families.ts');
  const { check, highs, bundle } = await checkerOfRoot();
  const run = (text: string) => check(highs, bundle, text, { details: true }, { protection: 'threshold', mipSeconds: 0.05 });
  const t = await measure(Number(process.argv[3] ?? 200), Number(process.argv[4] ?? 5510), run, TAKEN);
  for (const [k, v] of Object.entries(t))
    console.log(`${k.padEnd(9)} runs ${v.runs} read ${v.read} refused ${v.refused} leaked ${v.leaked}`);
}
