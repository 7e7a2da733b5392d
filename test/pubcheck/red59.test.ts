/**
 * red59 (issue #11): red team on round 22's readings. Found: notes58 checked a note of left-out PATIENTS against every
 * other table (read.ts `leftOutElsewhere`), not one of left-out PLACES (「※ 3 施設を除く（データ不備）」): under a table
 * of patients it was read as places outside the table whatever the other tables count, so where another table counts
 * places (「表2 施設数（地域別）」) and one of its lines adds up to the note's count (「データ不備」 1 and 2, hidden), a
 * reader who takes the note for those places works the hidden cells back: a3601f36 leaked 88 of 100 `leak` (seeds 3970,
 * red59-families.ts) to the reader's equation (red59-measure.ts). Now such a note is refused as a count (`line/count`,
 * チェッカーの判断) where another table counts places (read.ts `countsPlaces`, the test words55/red56 apply to the
 * note's own table) and holds the count in one of its lines.
 * Found too: life57's three tables (at risk in 表1, events in 表2, censored in 表3) matched their time points by label
 * as `timePoint` wrote them (a number, then its unit): 「Day 30」 beside 「30日」, 「Week 4」 beside 「4週」, 「Month 12」
 * beside 「12か月」, 「1年」 beside 「12か月」, 「1年目」 beside 「1年」 were other points, so nothing was tied and a reader
 * taking the fall got the small count back: a3601f36 leaked 287 of 300 `lifeWritten` (seeds 3980–3984, oracle
 * `threeWay`). Now `timePoint` reads the unit's word before the number, an ordinal 「目」, years as months and weeks as
 * days (lifetable.ts). Run with ROOT=/tmp/red59-base to see the base fail.
 */
import { describe, expect, it } from 'vitest';
import { checkerOfRoot } from './helpers.ts';
import { family59, lifeWritten, WRITTEN } from './red59-families.ts';
import { measure59, measureLife } from './red59-measure.ts';

const k = await checkerOfRoot();
// The tree ROOT names (this one unless said), as the checker.
const { timePoint } = (await import(
  `${process.env.ROOT ? `${process.env.ROOT}/src/pubcheck` : new URL('../../src/pubcheck', import.meta.url).pathname}/lifetable.ts`
)) as typeof import('../../src/pubcheck/lifetable.ts');
const run = (text: string) => k.check(k.highs, k.bundle, text, { details: true }, { protection: 'threshold', mipSeconds: 0.2 });

const PATIENTS = ['# 表1 背景', '\tA群\tB群', '男性\t30\t41', '女性\t25\t33'];
const places = (title: string, out: string) => [
  `# ${title}`,
  '\t大学病院\t一般病院',
  '北部\t12\t25',
  `${out}\t1\t2`,
  '南部\t30\t22',
  '合計\t43\t49',
];

describe('a note of left-out places whose count is a line of another table of places (notes58 red team)', () => {
  it('refused: 「※ 3 施設を除く（データ不備）」 beside 表2 施設数 「データ不備」 1 + 2 hidden (base: read, 3 = 1 + 2)', () => {
    for (const note of ['※ 3 施設を除く（データ不備）', '注1: 3 施設を除外', 'Note 1: 3 sites excluded', '※ 2 医療機関を除く']) {
      const r = run([...PATIENTS, note, '', ...places('表2 施設数（地域別）', 'データ不備')].join('\n'));
      expect(r.ok, note).toBe(false);
      if (r.ok) continue;
      expect(r.errors.map((e) => e.code)).toEqual(['line/count']);
      expect(r.errors[0]!.message).toContain('施設を数える表');
      expect(r.errors[0]!.message).toContain('チェッカーの判断');
    }
  });
  it('read: the count no line of the places table holds (200 施設), or the other table counts patients', () => {
    const apart = run([...PATIENTS, '※ 200 施設を除く', '', ...places('表2 施設数（地域別）', 'データ不備')].join('\n'));
    expect(apart.ok).toBe(true);
    const patients = run([...PATIENTS, '※ 3 施設を除く', '', ...places('表2 中止理由（患者数）', '同意撤回')].join('\n'));
    expect(patients.ok).toBe(true);
    if (patients.ok) expect(JSON.stringify(patients.warnings)).toContain('除いた施設の数');
  });
  it('families 3970–3973 (a3601f36: leak 88 of 100 leaked; apart, chance, patients all read)', () => {
    expect(measure59(k, family59('leak', 3970))).toEqual({ n: 100, read: 0, refused: 100, leaked: 0, hidden: 0 });
    expect(measure59(k, family59('apart', 3971))).toEqual({ n: 100, read: 100, refused: 0, leaked: 0, hidden: 348 });
    // chance: 14 notes whose count one line of a random places table holds refused (the cost, as notes58's).
    expect(measure59(k, family59('chance', 3972))).toEqual({ n: 100, read: 86, refused: 14, leaked: 0, hidden: 157 });
    expect(measure59(k, family59('patients', 3973))).toEqual({ n: 100, read: 100, refused: 0, leaked: 0, hidden: 270 });
  }, 600_000);
});

describe("time points written otherwise across life57's three tables (life57 red team)", () => {
  it('one point however written: 「Day 30」「30日」「30日目」, 「Week 4」「4週」「28日」, 「Month 12」「12か月」「1年」「1年目」', () => {
    for (const group of [
      ['Day 30', '30日', '30日目', 'day30'],
      ['Week 4', '4週', '28日', '4 weeks'],
      ['Month 12', '12か月', '1年', '1年目', '1 year', '12M'],
    ])
      expect(new Set(group.map(timePoint)).size, group.join(' ')).toBe(1);
    // A calendar year stays a year (no follow-up point); a label of no unit stays as written.
    expect(timePoint('2023年')).toBe('2023 year');
    expect(timePoint('D30')).toBe('D30');
  });
  it('lifeWritten 3980–3984 (20 each; a3601f36: nearly all leaked to the oracle): none leaked', () => {
    for (const [n, form] of WRITTEN.entries()) {
      const m = measureLife(k, lifeWritten(form, 20, 3980 + n));
      expect(m.leaked, form).toBe(0);
      expect(m.read, form).toBeGreaterThanOrEqual(18);
    }
  }, 600_000);
});
