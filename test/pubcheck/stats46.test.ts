/**
 * stats46 (issue #11): an extreme across two tables at one position (a single hospital's 「最大」) or over one count (a
 * one-year table), stats46-families.ts.
 *
 * - 6879fff searched an extreme across tables only over two positions and two counts: a second table of one hospital's
 *   largest year was read as a count of its own, and an attacker taking it for the extreme got the hidden year it
 *   equals back (the small count beside it by the year's total). Now tied as at two positions (`Table.extremeOf`):
 *   under a word of an extreme always; under no word (「参考値」) where the one position is evidence (not 0, reached by
 *   one count only) — our reading (チェッカーの判断): a count equal to a line's largest by chance is tied only then, and
 *   the ties hold of the counts whichever reading is right.
 */
import { describe, expect, it } from 'vitest';
import { toReport } from '../../src/pubcheck/report.ts';
import { fixtureBundle, solver } from './helpers.ts';
import { adversary } from './protection.ts';
import type { Reported } from './stats39-families.ts';
import { chanceCost, tallyAcross } from './stats42-families.ts';
import { chanceTables } from './attack37-chance.ts';
import { oneAttack, oneCases, oneChance, type OneCase, withinAttack, withinCases } from './stats46-families.ts';

const highs = await solver();
const bundle = fixtureBundle();
const { result } = adversary(highs, bundle);
const reported = (r: ReturnType<typeof result>): Reported | undefined =>
  r.ok ? (toReport(r, bundle, new Date('2026-12-05T00:00:00Z')) as unknown as Reported) : undefined;

const COUNTS = '# 表1 年別入院患者数\n施設,2020年,2021年,2022年\nA病院,22,36,3\nB病院,53,38,49\nC病院,11,8,22\n合計,86,82,74\n\n';
const A: OneCase = {
  family: 'word-max',
  form: 'word',
  text: '',
  counts: [
    [22, 36, 3],
    [53, 38, 49],
    [11, 8, 22],
  ],
  hospitals: ['A病院', 'B病院', 'C病院'],
  years: ['2020年', '2021年', '2022年'],
  how: 'max',
  label: '最大',
  listed: [0],
};

describe('an extreme across tables at one position (stats46)', () => {
  it('「最大」 of one hospital: tied, nothing given back (6879fff: read as a count, 36 pinned the hidden 2021年 and C病院 8)', () => {
    for (const [label, title] of [
      ['最大', 'A病院の年最大'],
      ['参考値', 'A病院の参考値'],
    ] as const) {
      const text = `${COUNTS}# 表2 ${title}\n施設,${label}\nA病院,36\n`;
      const r = result(text);
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      expect(r.warnings.map((w) => w.code)).toContain('header/extreme-across');
      expect(oneAttack({ ...A, label, text }, r, reported(r))).toEqual([]);
    }
  });
  it('under no word, one position reached by two counts (no evidence) is not tied', () => {
    const text =
      '# 表1 年別入院患者数\n施設,2020年,2021年,2022年\nA病院,36,36,3\nB病院,53,38,49\n\n# 表2 A病院の患者数\n施設,外来\nA病院,36\n';
    const r = result(text);
    expect(r.ok ? r.warnings.map((w) => w.code) : []).not.toContain('header/extreme-across');
  });
  it('random (seeds 2421–2422, 100 sets × word/noword/oneyear): 0 given back (6879fff: 4)', () => {
    const tally = tallyAcross(
      [2421, 2422].flatMap((seed) => oneCases(50, seed)),
      (c) => c.form,
      result,
      (c, r) => {
        const leaks = oneAttack(c, r, reported(r));
        return leaks.length > 0 && leaks[0] !== 'unknown';
      },
    );
    // 6879fff: word 2 leaked, noword 2 leaked, oneyear 0 (every case read).
    expect(tally.get('word')).toEqual({ read: 100, refused: 0, leaked: 0 });
    expect(tally.get('noword')).toEqual({ read: 100, refused: 0, leaked: 0 });
    expect(tally.get('oneyear')).toEqual({ read: 100, refused: 0, leaked: 0 });
  }, 600_000);
  it('chance (oneChance seed 2425, 500): refusals as 6879fff (21), hidden cells 2,594 → 2,600 on the merge with totals46 (2,602 with life48); 17 read as an extreme', () => {
    const { refused, hidden, extreme } = chanceCost(oneChance(500, 2425), result, 'header/extreme-across');
    // 2,594 on stats46's branch; 6 more on the merge: totals46 reads a line a few under the others' sum in every year
    // (two years or more, 10 or more everywhere) as a whole of several answers by the numbers alone (overtotal.ts).
    // totals47: 2 more, no refusal (a Japanese line over the others by a few read both ways: overtotal.ts); totals48:
    // 2,600 again — that line (「A病院 2 | 3 | 1」) is taken by the table's life-table reading, which the both reading yields to.
    // life48 on the merge: 2,602 — that table is no life table any more (its at-risk line must fall), so the line is
    // read both ways again as on totals47 (more hidden, no refusal).
    expect({ refused, hidden, extreme }).toEqual({ refused: 21, hidden: 2602, extreme: 17 });
  }, 600_000);
});

describe('an extreme within one table under no word over three positions (stats46)', () => {
  it("「参考値」 each year's largest hospital count: read as counts and tied as the maximum (6879fff: counts only)", () => {
    const text = '施設,2020年,2021年,2022年\nA病院,22,36,3\nB病院,53,30,49\nC病院,11,8,22\n参考値,53,36,49\n合計,139,110,123\n';
    const r = result(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.warnings.find((w) => w.code === 'header/extreme-within')?.message).toMatch(
      /表1の行「参考値」の値は、どの列でもほかの行の数の最大の値に一致します。.*患者数としても、最大の値としても確かめました（チェッカーの判断）/,
    );
  });
  it('random (withinCases seeds 2431–2432, 100): 0 given back (6879fff: 30)', () => {
    const tally = tallyAcross(
      [2431, 2432].flatMap((seed) => withinCases(50, seed)),
      () => 'within',
      result,
      (c, r) => {
        const leaks = withinAttack(c, r, reported(r));
        return leaks.length > 0 && leaks[0] !== 'unknown';
      },
    );
    expect(tally.get('within')).toEqual({ read: 100, refused: 0, leaked: 0 });
  }, 600_000);
  it('chance (attack37-chance tables seed 2433, 1,000): 56 refused as 6879fff, 8,312 cells hidden (8,317 on 382295c, 8,318 with totals48), 3 tied', () => {
    const { refused, hidden, extreme } = chanceCost(chanceTables(1000, 2433), result, 'header/extreme-within');
    // On stats46's branch 14 tied (0–3 tables) and 2 more cells hidden; since the merge the reading asks evidence at three
    // positions (not 0, reached by one other line) and plain counts (denom33's 「n/N」 blocks found no protection).
    // totals47/48: 1 more, no refusal (a Japanese line over the others by a few read both ways, overtotal.ts `protect`;
    // 3 on totals47's branch, 2 of them in tables whose life-table reading takes the line: yielded since totals48).
    // life48 on the merge: 8,312 — 6 tables of 区分/symptom counts by group no longer read as life tables (life48 asks
    // what a life table must have: `table/life-table` on totals48, not now), one or two cells fewer each; the oracle given each one's
    // hidden cells finds each held (checked on the merge).
    expect({ refused, hidden, extreme }).toEqual({ refused: 56, hidden: 8312, extreme: 3 });
  }, 600_000);
});
