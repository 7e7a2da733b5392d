/**
 * stats42 (issue #11): an extreme across two tables (stats42-families.ts). A count table of hospitals by years and a
 * second table 「施設 | 最大」 of each hospital's largest (smallest) count over the years.
 *
 * - Under a word of an extreme (「最大」「Max」「最多」「最少」 or the title's 「年最大」): refused in words as on 9cae2f7
 *   (read.ts `extremesAcross`, `header/statistic`). Not read: the reading would tie the hiding of two tables. What the
 *   refusal costs: the same numbers with the extreme as a column of the count table (stats39's reading) are all read and
 *   none given back by fills.ts's brute force (acrossCases seeds 2111–2112: 100 of 100).
 * - Under no word (「参考値」 in a table 「施設別の参考値」): not searched across tables on 9cae2f7, read as counts, and a
 *   hidden count given back to the brute force taking it for the extreme (25 of 100 by familyMain's threshold check).
 *   Now refused in words where the evidence stands at four positions (each hospital's extreme not 0, reached by one
 *   year only), as `extremeLines` asks within one table, and not where it is a copy of one year's line (a second table
 *   of the last year's counts, each the largest: 294 of 359 growing chance tables would be refused without that).
 *   Over three hospitals still read (left open: as within one table, three positions are not evidence enough).
 * - stats44: under no word now read both ways over two positions or more (counts, and tied as the extreme in the
 *   system, stats44.test.ts): 100 read, 0 given back.
 */
import { describe, expect, it } from 'vitest';
import { toReport } from '../../src/pubcheck/report.ts';
import { fixtureBundle, solver } from './helpers.ts';
import { adversary } from './protection.ts';
import type { Reported } from './stats39-families.ts';
import { acrossAttack, acrossCases, acrossChance, tallyAcross } from './stats42-families.ts';

const highs = await solver();
const bundle = fixtureBundle();
const { result } = adversary(highs, bundle);
const reported = (r: ReturnType<typeof result>): Reported | undefined =>
  r.ok ? (toReport(r, bundle, new Date('2026-12-05T00:00:00Z')) as unknown as Reported) : undefined;

describe('an extreme across two tables', () => {
  it('「参考値」 beside four hospitals, each its largest year: read as counts and the maximum (stats44; stats42: refused; 9cae2f7: counts)', () => {
    const text =
      '# 表1 年別入院患者数\n施設,2020年,2021年,2022年\nA病院,22,36,18\nB病院,53,38,49\nC病院,11,8,22\nD病院,30,41,12\n合計,116,123,101\n\n' +
      '# 表2 施設別の参考値\n施設,参考値\nA病院,36\nB病院,53\nC病院,22\nD病院,41\n';
    const r = result(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.warnings.find((e) => e.code === 'header/extreme-across')!.message).toMatch(/表2の列「参考値」.*表1.*最大.*チェッカーの判断/);
    // A copy of one year's line (each hospital's largest) under another label: read, and tied as the maximum too (stats44).
    expect(result(text.replace('A病院,36\nB病院,53\nC病院,22\nD病院,41', 'A病院,36\nB病院,38\nC病院,8\nD病院,41')).ok).toBe(true);
  });
  it('random (acrossCases seeds 2111–2112): with a word read (stats43; stats42: refused), within one table read and held, under no word read and held (stats44)', () => {
    const tally = tallyAcross(
      [2111, 2112].flatMap((seed) => acrossCases(50, seed)),
      (c) => (c.form === 'noword' ? `noword-${c.hospitals.length >= 4 ? '4+' : '3'}` : c.form),
      result,
      (c, r) => acrossAttack(c, r, reported(r)).length > 0,
      (c, r) =>
        expect(
          r.errors.map((e) => e.code),
          c.text,
        ).toContain('header/statistic'),
    );
    // stats43: read since (tied to the count table in the system), none given back — 109f504 refused all 100.
    expect(tally.get('across')).toEqual({ read: 100, refused: 0, leaked: 0 });
    expect(tally.get('within')).toEqual({ read: 100, refused: 0, leaked: 0 });
    // stats44: read as counts and as the extreme (stats42: 72 refused; 13 of 28 over three given back on 9cae2f7).
    expect(tally.get('noword-4+')).toEqual({ read: 72, refused: 0, leaked: 0 });
    expect(tally.get('noword-3')).toEqual({ read: 28, refused: 0, leaked: 0 });
  }, 400_000);
  it('chance (acrossChance seed 2113, 300 two-table inputs): no extreme found by chance', () => {
    for (const c of acrossChance(300, 2113)) {
      const r = result(c.text);
      if (!r.ok)
        expect(
          r.errors.filter((e) => e.code === 'header/statistic' && /表2/.test(e.message)),
          c.text,
        ).toEqual([]);
    }
  }, 180_000);
});
