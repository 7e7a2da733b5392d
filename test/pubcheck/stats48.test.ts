/**
 * stats48 (issue #11): the largest (smallest) of lines' sums (「最多施設 D病院 144」 beside hospitals by years with no
 * column of their sums), stats48-families.ts. 382295c tied the named line's sum (a margin of the other table) but not
 * that every other line's sum is at most (least) it: an attacker bounding the runner-up's sum saw a hidden count under
 * 10. Now tied (`Table.sumExtremeOf`, read.ts `sumExtremes`) under a word of an extreme or 「最も多い」「Top」.
 */
import { describe, expect, it } from 'vitest';
import { toReport } from '../../src/pubcheck/report.ts';
import { fixtureBundle, solver } from './helpers.ts';
import { adversary } from './protection.ts';
import type { Reported } from './stats39-families.ts';
import { tallyAcross } from './stats42-families.ts';
import { type SumCase, sumAttack, sumCases, tieCases } from './stats48-families.ts';
import { oneAttack } from './stats46-families.ts';

const highs = await solver();
const bundle = fixtureBundle();
const { result } = adversary(highs, bundle);
const reported = (r: ReturnType<typeof result>): Reported | undefined =>
  r.ok ? (toReport(r, bundle, new Date('2026-12-05T00:00:00Z')) as unknown as Reported) : undefined;

const D: SumCase = {
  family: 'sum-max',
  text:
    '# 表1 年別入院患者数\n施設,2020年,2021年,2022年,2023年\nA病院,72,39,5,25\nB病院,10,24,20,53\nC病院,23,21,35,20\nD病院,41,59,26,18\n合計,146,143,86,116\n\n' +
    '# 表2 最多施設\n施設,3年間の患者数\nD病院,144\n',
  counts: [
    [72, 39, 5, 25],
    [10, 24, 20, 53],
    [23, 21, 35, 20],
    [41, 59, 26, 18],
  ],
  hospitals: ['A病院', 'B病院', 'C病院', 'D病院'],
  years: ['2020年', '2021年', '2022年', '2023年'],
  how: 'max',
  listed: 3,
  sum: 144,
  label: '3年間の患者数',
};

describe('the largest (smallest) of lines sums (stats48)', () => {
  it('「最多施設 D病院 144」: tied as the largest sum, nothing shown (382295c: A病院・2022年 5 shown under 10, ≤ 8)', () => {
    const r = result(D.text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.warnings.find((w) => w.code === 'header/extreme-sum')?.message).toMatch(
      /表2の「D病院」の値 144 は、表1の行「D病院」の数の和で、表1の行ごとの和の最大の値に一致します（チェッカーの判断）/,
    );
    expect(sumAttack(D, r, reported(r))).toEqual([]);
  });
  it('under no word of an extreme (「患者数」): a margin only, as before', () => {
    const r = result(D.text.replace('最多施設', 'D病院の患者数'));
    expect(r.ok ? r.warnings.map((w) => w.code) : []).not.toContain('header/extreme-sum');
  });
  it('random (sumCases seed 2611, 40): 0 leaked (382295c: 5 of 40 on this seed)', () => {
    const tally = tallyAcross(
      sumCases(40, 2611),
      (c) => c.family,
      result,
      (c, r) => {
        const leaks = sumAttack(c, r, reported(r));
        return leaks.length > 0 && leaks[0] !== 'unknown';
      },
    );
    const all = [...tally.values()].reduce(
      (s, t) => ({ read: s.read + t.read, refused: s.refused + t.refused, leaked: s.leaked + t.leaked }),
      {
        read: 0,
        refused: 0,
        leaked: 0,
      },
    );
    expect(all).toEqual({ read: 40, refused: 0, leaked: 0 });
  }, 600_000);
});

describe("one hospital's extreme under no word reached by two counts or 0 (stats48, measured)", () => {
  it('random (tieCases seed 2613, 12): not tied (no evidence), 0 given back, none refused (250 on seeds 2613–2618: 0)', () => {
    const tally = tallyAcross(
      tieCases(12, 2613),
      () => 'tie',
      result,
      (c, r) => {
        const leaks = oneAttack(c, r, reported(r));
        return leaks.length > 0 && leaks[0] !== 'unknown';
      },
    );
    expect(tally.get('tie')).toEqual({ read: 12, refused: 0, leaked: 0 });
  }, 600_000);
});
