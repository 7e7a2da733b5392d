/**
 * red57 (issue #11, red team): means55's readings attacked with the truth (seeds 3600–3649).
 *
 * - A line inside another table's line, named by its label as applicants write it (「入院うち死亡」「入院患者のうち死亡」
 *   「入院（うち死亡）」「死亡（入院患者）」「Hospitalised: died」「Hospitalised and died」「Hospital deaths」): 70103a03's
 *   `partOfLabel` read none of them, and an attacker taking the nesting (part ≤ whole at each site) worked counts back
 *   (red57-families.ts `nestMore`, seed 3610: 3 of 67 labelled tables). Now read (system.ts `partOfLabel`,
 *   `englishPartOf`); a label of not or before the whole (「Deaths not in hospital」) no longer read as inside.
 * - means55's weights across three tables under shapes it never drew (`meanAttackCases`: sites in another order, a table
 *   with no 合計, means to whole years, weights over two of the three, over 表3's own 死亡, 6–8 sites, the 合計 row
 *   first): nothing given back on 70103a03 already — the family kept as a guard.
 * - formats55's R reading of labels ending in numbers attacked with coded variables (`rCoded`: numeric levels, 0/1
 *   columns, 「Week 12」, a label's number equal to its row's count, spaced column labels): nothing given back to
 *   formats33-attack.ts (0/1 columns without margins and spaced column labels are refused, not read).
 * The attackers are means48's `mipAttack` (HiGHS MIP) and formats33-attack.ts, both written apart from the engine.
 * `ROOT=/tmp/red57-base npx vitest run test/pubcheck/red57.test.ts` runs it against the base (fails).
 */
import { describe, expect, it } from 'vitest';
import { checkerOfRoot } from './helpers.ts';
import { leaks } from './formats33-attack.ts';
import { meanAttack, meanAttackCases, NESTED_MORE, nestMore, NOT_NESTED, rCoded, type MeanCase } from './red57-families.ts';
import type { Checked, Reported } from './stats39-families.ts';

const root = process.env.ROOT ?? new URL('../..', import.meta.url).pathname;
const { check, highs, bundle } = await checkerOfRoot();
const { toReport } = (await import(`${root}/src/pubcheck/report.ts`)) as { toReport: (r: unknown, b: unknown, d: Date) => Reported };
const { partOfLabel } = (await import(`${root}/src/pubcheck/system.ts`)) as { partOfLabel: (part: string, whole: string) => boolean };
type Result = Checked & { errors?: { code: string; message: string }[]; warnings?: { code: string; message: string }[] };
const result = (text: string) => check(highs, bundle, text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 }) as Result;
const attacked = (c: MeanCase) => {
  const r = result(c.text);
  return { r, leaks: meanAttack(c, r, r.ok ? toReport(r, bundle, new Date('2026-12-05T00:00:00Z')) : undefined, highs) };
};

describe('a line inside another table’s line, named by its label', () => {
  it('must read: a person word, 「うち」 alone or in brackets, a colon or dash, 「and …ed」, 「… deaths」', () => {
    for (const [whole, part] of NESTED_MORE) expect(partOfLabel(part, whole), part).toBe(true);
    expect(partOfLabel('Hospital deaths', 'Hospitalised')).toBe(true);
    expect(partOfLabel('死亡（入院者）', '入院')).toBe(true);
  });

  it('must not read: the whole beginning something else, before / not / out of it, 「or」, a hyphened word', () => {
    for (const [whole, part] of NOT_NESTED) expect(partOfLabel(part, whole), part).toBe(false);
    for (const [part, whole] of [
      ['入院内科', '入院'],
      ['入院者数', '入院'],
      ['入院患者数', '入院'],
      ['Deaths not in hospital', 'Hospitalised'],
      ['Hospitalised and outpatient', 'Hospitalised'],
      ['Hospitalised-days', 'Hospitalised'],
      ['Hospitalisation', 'Hospitalised'],
    ] as [string, string][])
      expect(partOfLabel(part, whole), part).toBe(false);
  });

  it('表2 「入院うち死亡」 inside 表1 「入院」, 「Hospitalised – died」 inside 「Hospitalised」: tied (said as ours), nothing given back (70103a03: B病院 9 shown ≤ 9, Site C 2 ≤ 6)', () => {
    const cases = nestMore(100, 3610);
    for (const [q, part] of [
      [33, '入院うち死亡'],
      [76, 'Hospitalised – died'],
    ] as const) {
      const c = cases[q]!;
      expect(c.countLines[1]!.label).toBe(part);
      const { r, leaks } = attacked(c);
      expect(r.ok).toBe(true);
      expect(
        (r.warnings ?? []).some((w) => w.code === 'tables/linked' && w.message.includes('内数') && w.message.includes('チェッカーの判断')),
      ).toBe(true);
      expect(leaks).toEqual([]);
    }
  });

  it('nestMore (seed 3610, 100 tables): none given back to mipAttack (70103a03: 3), none of the labelled refused', () => {
    let [leaked, refused] = [0, 0];
    for (const c of nestMore(100, 3610)) {
      const { r, leaks } = attacked(c);
      if (!r.ok && c.family.includes('/label/')) refused++;
      if (leaks.length > 0) leaked++;
    }
    expect(leaked).toBe(0);
    expect(refused).toBe(0);
  }, 300_000);
});

describe('means55’s weights across three tables, under shapes means55 never drew', () => {
  it('meanAttackCases (seed 3600, 60 tables): none refused, none given back to mipAttack', () => {
    let [leaked, refused] = [0, 0];
    for (const c of meanAttackCases(60, 3600)) {
      const { r, leaks } = attacked(c);
      if (!r.ok) refused++;
      if (leaks.length > 0) leaked++;
    }
    expect(leaked).toBe(0);
    expect(refused).toBe(0);
  }, 300_000);
});

describe('R prints of coded variables (formats55’s 「Stage 1」 reading attacked)', () => {
  it('rCoded (seed 3630, 60 prints: numeric levels, 0/1 columns, 「Week 12」「Grade 3」 over 3, spaced column labels): none given back', () => {
    let leaked = 0;
    for (const c of rCoded(60, 3630)) {
      const r = check(highs, bundle, c.text, { details: true }, { mipSeconds: 0.3 });
      if (r.ok && leaks(r as never, c).length > 0) leaked++;
    }
    expect(leaked).toBe(0);
  }, 300_000);
});
