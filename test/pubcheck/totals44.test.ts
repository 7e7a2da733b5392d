/**
 * totals44 (issue #11): totals found by arithmetic, the points totals42 left.
 *
 * 1. A row and a column at each other (overtotal.ts `crossedPair`) were read both ways whatever their labels: 17 of
 *    1,000 ordinary tables of 「r1」–「r3」 by 「c1」–「c3」 (chanceCounts seed 2042) hid more cells so. Now either
 *    line a member of a numbered series of its axis (`seriesMember`: 「r3」 after 「r1」「r2」) ends the pair; other
 *    labels are asked nothing (codes 「X」 over 「p」「q」, Japanese): totals42's families stay read both ways, none
 *    leaking (totals42.test.ts).
 * 2. A line of means beside a total found by arithmetic (read.ts `meanLines`): the total among the lines the mean was
 *    tried over, a mean under a word of none (「Purata」) was read as counts and the total then as no total over them
 *    (totals44-families.ts `meanTotals`).
 * 3. Japanese words for every unit of the lines the checker does not read as 合計 (「全国」「全年齢」「全施設」「合算」):
 *    over the items by a few in one position and by more in another, an item for its Japanese, its rests published
 *    (`wholeWords`). Now loose totals (header.ts `LOOSE_TOTAL`): read both ways in any size.
 */
import { describe, expect, it } from 'vitest';
import { checkerIn } from './helpers.ts';
import { toReport } from '../../src/pubcheck/report.ts';
import { asCodes, japaneseCrossed, judgeMeanTotal, judgeWhole, meanTotals, wholeWords, type MeanTotal } from './totals44-families.ts';
import { judgeCrossed } from './totals40-families.ts';
import type { Read } from './totals14-families.ts';
import { leaks, rangesAsTotal } from './totals15-families.ts';

const { check, highs, bundle } = await checkerIn();
const run = (text: string) => check(highs, bundle, text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });
const at = new Date('2026-12-05T00:00:00Z');
const both = (r: ReturnType<typeof run>) => (r.ok ? r.warnings.filter((w) => w.code === 'total/both-readings').length : -1);

describe('1. a crossed pair asks its labels (58c225e: read both ways whatever they were)', () => {
  it.each([
    // chanceCounts seed 2042: 「r3」 over r1 + r2 by 3 and 10 (under at c3), 「c3」 over c1 + c2 by 7 and 8 (0 at r3).
    [
      'r3 after r1, r2 (numbered): the column alone read both ways, as a line alone',
      '\tc1\tc2\tc3\nr1\t17\t2\t26\nr2\t1\t0\t9\nr3\t21\t12\t33\n',
      1,
    ],
    // 「r1」 over r2 + r3 by 4 and 10, 「c2」 over c1 + c3 by 5 and 13: both under where they cross.
    ['r1 and c2 (numbered), both under where they cross: neither', '\tc1\tc2\tc3\nr1\t38\t26\t18\nr2\t14\t20\t1\nr3\t20\t40\t7\n', 0],
    // Japanese labels are no evidence of an item for the pair (totals42's family so relabelled leaked 91 of 100 with it).
    [
      'Japanese labels: both read both ways, as on 58c225e',
      '\t発熱\t頭痛\t発疹\n東京\t38\t26\t18\n大阪\t14\t20\t1\n名古屋\t20\t40\t7\n',
      2,
    ],
    ['years after years (numbered): neither', '\t2021年\t2022年\t2023年\n1人\t38\t26\t18\n2人\t14\t20\t1\n3人\t20\t40\t7\n', 0],
  ])('%s', (_, text, n) => {
    const r = run(text);
    expect(r.ok).toBe(true);
    expect(both(r)).toBe(n);
  });
  it('totals42’s family in Japanese labels (seed 2243, 100 tables): read both ways, none leaked (asking `evidence` of the pair leaked 91)', () => {
    const whats = japaneseCrossed(100, 2243).map((text) => judgeCrossed(highs, asCodes(run(text) as never) as never, 'threshold'));
    expect(whats.filter((w) => w !== 'read, none leaked')).toEqual([]);
  }, 600_000);
  it('codes beside codes (denom34’s probe, totals42): still both read both ways', () => {
    const r = run('\tA\tB\tC\tY\np\t10\t20\t3\t36\nq\t15\t4\t30\t51\nr\t25\t12\t18\t59\nX\t55\t38\t55\t140\n');
    expect(both(r)).toBe(2);
  });
});

describe('2. a line of means beside a total found by arithmetic (58c225e: the mean read as counts, the total as none)', () => {
  const probe: MeanTotal = {
    text: '\tA群\tB群\tC群\nX\t12\t15\t20\nY\t30\t4\t25\nZ\t14\t18\t11\nSemua\t59\t39\t60\nPurata\t19\t12\t19\n',
    total: 'Semua',
    mean: 'Purata',
    transposed: false,
  };
  it('「Purata」 the mean of X–Z beside 「Semua」 over them by 3, 2, 4: read as a mean, Semua both ways, nothing given back', () => {
    const r = run(probe.text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['layout/mean', 'total/both-readings']));
    expect(judgeMeanTotal(highs, r as never, probe, toReport(r, bundle, at) as never, 'threshold')).toBe('read, none leaked');
  });
  it('family (meanTotals, seed 2241, 100 tables): 58c225e leaked 26 (the integer attacker, total and mean), refused 24 (cell/decimal); now 100 read, none leaked', () => {
    const whats = meanTotals(100, 2241).map((c) => {
      const r = run(c.text);
      return judgeMeanTotal(highs, r as never, c, r.ok ? (toReport(r, bundle, at) as never) : { tables: [] }, 'threshold');
    });
    expect(whats.filter((w) => w !== 'read, none leaked')).toEqual([]);
  }, 600_000);
});

describe('3. Japanese words for every unit the checker does not read as 合計 (58c225e: an item, its rests published)', () => {
  it.each(['全国', '全年齢', '全施設', '合算', '総和', '両性', '全体の数'])(
    '「%s 59 | 57 | 80」 over items adding up to 56 | 55 | 56: read both ways',
    (w) => {
      const text = `地域\tA群\tB群\tC群\n東京\t12\t15\t20\n大阪\t30\t22\t25\n名古屋\t14\t18\t11\n${w}\t59\t57\t80\n`;
      const r = run(text);
      expect(both(r)).toBe(1);
      const found = rangesAsTotal(highs, (r as { tables: unknown[] }).tables[0] as Read, 'rows', w) ?? [];
      expect(found.filter((f) => leaks(f, 'threshold'))).toEqual([]);
    },
  );
  // totals47: changed (was: an item, no reading both ways). Its numbers are 「全国」's above, and a Japanese word in no
  // list over its items by a few (「患者全体」, totals46-families.ts `unlistedOver`: 52 of 100 leaked) cannot be told
  // from it but by a word list: read both ways, its rests hidden whichever it is (a cost of hidden cells, no refusal).
  it("「東北」 so over the same items: read both ways since totals47 (its numbers are a whole's), none given back", () => {
    const text = '地域\tA群\tB群\tC群\n東京\t12\t15\t20\n大阪\t30\t22\t25\n名古屋\t14\t18\t11\n東北\t59\t57\t80\n';
    const r = run(text);
    expect(r.ok).toBe(true);
    expect(both(r)).toBe(1);
    const found = rangesAsTotal(highs, (r as { tables: unknown[] }).tables[0] as Read, 'rows', '東北') ?? [];
    expect(found.filter((f) => leaks(f, 'threshold'))).toEqual([]);
  });
  it('family (wholeWords, seed 2241, 100 tables): 58c225e leaked 65 to the integer attacker as a total (61 of 76 mixed); now none, 3 refused as on 58c225e (「全期間」 first over years, header/statistic)', () => {
    const whats = wholeWords(100, 2241).map((c) => judgeWhole(highs, run(c.text) as never, c, 'threshold'));
    expect(whats.filter((w) => w !== 'read, none leaked' && w !== 'refused')).toEqual([]);
    expect(whats.filter((w) => w === 'refused')).toHaveLength(3);
  }, 600_000);
});
