/**
 * attack34 (issue #11): a second table that breaks down one line or one cell of another, named only by its title or
 * its corner (「男性の内訳」 over a column 「A群」 of ages, 「男性・A群の内訳」 over a column 「人数」, a row 「A群」 of ages
 * titled 「男性の年齢別」, or the corner 「男性」 over 「B群」). It shares no two positions with the table it breaks down,
 * so no relation between lines tied them, and no margin of it had the cell's labels: on main 2d529fc the list was
 * checked alone, its small count hidden by itself or beside one other, and 43 − 40 gave the 3 back (exit 1 with the
 * audit saying 「0〜上限なし」). Now a sum of it under the labels the title or the corner names is the named cell where
 * the numbers agree (system.ts `namedBreakdowns`), and the tables are protected together.
 *
 * Measured with attack34-measure.ts (`npx node test/pubcheck/attack34-measure.ts 5 1021,…,1060`: 200 cases per kind,
 * judged by the oracle reading the title's words as an attacker does): main leaked 145 (column), 144 (measure), 145
 * (row), 139 (corner) of 200 under each protection, none refused; now 0 leaked, none refused.
 */
import { describe, expect, it } from 'vitest';
import { fixtureBundle, solver } from './helpers.ts';
import { adversary, hiddenLabels } from './protection.ts';
import { family, KINDS, REGROUP_KINDS } from './attack34-families.ts';
import { ageRange } from '../../src/pubcheck/system.ts';
import { judge } from './attack34-measure.ts';

const highs = await solver();
const bundle = fixtureBundle();
const { holdsBoth, run } = adversary(highs, bundle);

const first = '\tA群\tB群\n男性\t43\t52\n女性\t30\t37\n';

describe('a table whose title or corner names a line of another table', () => {
  it.each([
    ['a column 「A群」 under 「男性の内訳」', `${first}\n# 男性の内訳\n\tA群\n65歳未満\t3\n65歳以上\t40\n`],
    ['a column 「人数」 under 「男性・A群の内訳」', `${first}\n# 男性・A群の内訳\n年齢\t人数\n65歳未満\t3\n65歳以上\t40\n`],
    ['a row 「A群」 under 「男性の年齢別」', `${first}\n# 男性の年齢別\n\t65歳未満\t65歳以上\nA群\t3\t40\n`],
    ['「男の内訳」 naming 「男性」 by our reading of the word', `${first}\n# 男の内訳\n\tA群\n65歳未満\t3\n65歳以上\t40\n`],
    [
      '「Breakdown of males by age」 naming 「Male」',
      '\tGroup A\tGroup B\nMale\t43\t52\nFemale\t30\t37\n\n# Breakdown of males by age\n\tGroup A\n<65\t3\n>=65\t40\n',
    ],
    ['the corner 「男性」 over 「A群」', `${first}\n男性\tA群\n65歳未満\t3\n65歳以上\t40\n`],
  ])('%s: the small count hidden with a complement, protected (main: hidden alone, 43 − 40 gave it back)', (_, text) => {
    const r = holdsBoth(text);
    expect(r.tables[1]!.status.filter((s) => s !== 'published').length).toBeGreaterThanOrEqual(2);
  });
  it('with its own 合計 (protected on main too: the 合計 cell is the named cell)', () => {
    holdsBoth(`${first}\n# 男性の内訳\n\tA群\n65歳未満\t3\n65歳以上\t40\n合計\t43\n`);
  });
  it('a title naming a line whose cell the sums do not match adds nothing (another count: events, several answers)', () => {
    const r = run(`${first}\n# 男性の内訳\n\tA群\n65歳未満\t3\n65歳以上\t45\n`);
    expect(hiddenLabels(r, 1)).toEqual(['65歳未満/A群']);
  });
  it('a title naming two lines of one axis (「男性と女性」) names no one line', () => {
    const r = run(`${first}\n# 男性と女性\n\tA群\n65歳未満\t3\n65歳以上\t40\n`);
    expect(hiddenLabels(r, 1)).toEqual(['65歳未満/A群']);
  });
  it('a found sum by chance in the list (32 = 31 + 1) does not hide the list’s whole from the named cell', () => {
    holdsBoth(
      '\tA群\tB群\t合計\n男性\t19\t57\t76\n女性\t37\t95\t132\n合計\t56\t152\t208\n\n# 女性・B群の内訳\n年齢\t例数\n65歳未満\t32\n65-74歳\t31\n75-84歳\t31\n85歳以上\t1\n',
    );
  });
  it.each(KINDS)('family %s (seeds 1021–1030, 3 each): none leaks against the oracle under either protection', (kind) => {
    let leaked = 0;
    for (let seed = 1021; seed <= 1030; seed++)
      for (const c of family(kind, 3, seed)) for (const p of ['threshold', 'not-exact'] as const) if (judge(c, p) === 'leaked') leaked++;
    expect(leaked).toBe(0);
  });
});

/**
 * attack34: ages grouped otherwise in a second list (「20代」「30代」「40代」 beside 「20-39歳」「40代」, or 「40歳未満」
 * 「40歳以上」): one count per line, so no relation between lines of two positions ties them, and 28 − 25 gave the
 * 30代's 3 back (main: hidden alone, 「0〜上限なし」). Now a line whose ages are those of lines of the other table, no
 * other line overlapping them, is their sum where the counts agree (system.ts `rangeSums`, our reading of the ages).
 * Families (attack34-measure.ts … regroup, 200 each, seeds 1021–1060): main leaked 166 (lists by bands) and 170
 * (cut at one age) of 200 under each protection, 0 of 200 beside groups (two positions: found by arithmetic); now 0.
 */
describe('ages grouped otherwise in another table', () => {
  it.each([
    ['a band of two decades', '年齢\t人数\n20代\t25\n30代\t3\n40代\t30\n\n年齢\t人数\n20-39歳\t28\n40代\t30\n'],
    ['a cut at one age', '年齢\t人数\n20代\t25\n30代\t3\n40代\t30\n50代\t22\n\n年齢\t人数\n40歳未満\t28\n40歳以上\t52\n'],
    ['signs for the bounds', '年齢\t人数\n20-29歳\t25\n30-39歳\t3\n40-49歳\t30\n\n年齢\t人数\n<40\t28\n≥40\t30\n'],
  ])('%s: the small count hidden with a complement, protected (main: hidden alone)', (_, text) => {
    const r = holdsBoth(text);
    expect(r.tables[0]!.status.filter((s) => s !== 'published').length).toBeGreaterThanOrEqual(2);
  });
  it('bands that cut a line of the other table (「25-34歳」 over 「20代」「30代」) are no sum: nothing taken', () => {
    const r = run('年齢\t人数\n20代\t25\n30代\t3\n40代\t30\n\n年齢\t人数\n25-44歳\t28\n45歳以上\t30\n');
    expect(hiddenLabels(r, 0)).toEqual(['30代/人数']);
  });
  it('ages as the checker reads them', () => {
    expect(ageRange('20代')).toEqual([20, 29]);
    expect(ageRange('20-39歳')).toEqual([20, 39]);
    expect(ageRange('４０歳 未満')).toEqual([-Infinity, 39]);
    expect(ageRange('≥65')).toEqual([65, Infinity]);
    expect(ageRange('65+')).toEqual([65, Infinity]);
    expect(ageRange('Grade 3')).toBeUndefined();
    expect(ageRange('20-39')).toBeUndefined();
    expect(ageRange('25代')).toBeUndefined();
  });
  it.each(REGROUP_KINDS)('family %s (seeds 1021–1030, 3 each): none leaks against the oracle under either protection', (kind) => {
    let leaked = 0;
    for (let seed = 1021; seed <= 1030; seed++)
      for (const c of family(kind, 3, seed)) for (const p of ['threshold', 'not-exact'] as const) if (judge(c, p) === 'leaked') leaked++;
    expect(leaked).toBe(0);
  });
});
