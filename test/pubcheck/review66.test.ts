/**
 * review66 (issue #11's code audit: no repeated code): the families' shared pieces, each proved to give what the
 * repeated code gave on 121a65ac — the generators' cases byte for byte (hashes pinned from 121a65ac), the measure
 * loops' tallies (extremes60-families.ts `measureWith`), and the opening of the range attacks (stats61-families.ts
 * `rangeRead`). read.ts `linesNamed` changes no reading: the extremes60–63, redc61 and redi64 tests hold it.
 * `ROOT=<tree>` runs the checker of another tree (the helpers are this tree's: 121a65ac has none of them).
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { measure as measure60, measureWith, shareAttack, shareCases, unlessInnocent } from './extremes60-families.ts';
import { MULTI, measure as measure63, multiCases } from './extremes63-families.ts';
import { formats } from './formats33-families.ts';
import { listing, proportions, tabulate, unknownColumn } from './formats34-families.ts';
import { cross } from './formats35-families.ts';
import { innocentRates, rateBeside } from './formats62-families.ts';
import { lcg } from './helpers.ts';
import { family } from './life65-families.ts';
import { misplacedShares, rateTable, subgroupRates } from './redd62-families.ts';
import { crossBase, manyLines, twoLeftOut } from './redh64-families.ts';
import { starved, starvedText } from './redg63-families.ts';
import { rangeRead } from './stats61-families.ts';

const json = (x: unknown) => JSON.stringify(x, (_k, v) => (v instanceof Map ? [...v.entries()] : v instanceof Set ? [...v] : v));
const hash = (x: unknown) => createHash('sha256').update(json(x)).digest('hex').slice(0, 16);

describe('the shared generators give the cases of 121a65ac byte for byte (review66)', () => {
  it('redd62 `rateTable` (subgroupRates, redh64 manyLines) and `printed` (misplacedShares)', () => {
    expect(hash(subgroupRates(30, 1))).toBe('05dc260db5b7acf7');
    expect(hash(subgroupRates(30, 4830))).toBe('1f28df79922cca91');
    expect(hash([misplacedShares(20, 1), misplacedShares(20, 1, true)])).toBe('abf90c815c61652d');
    expect(hash([manyLines(20, 1), manyLines(20, 1, true), twoLeftOut(20, 1), manyLines(20, 1, true, true)])).toBe('194ef11e5ef788d3');
    expect(hash([crossBase(20, 5050), crossBase(20, 5050, true)])).toBe('06bf38eec4e8f3b2');
  });
  it('a rate over 合計 less the line left out fitting the 合計 too; none where it does not fit', () => {
    const o = {
      groups: ['A群', 'B群'],
      outcomes: ['死亡', '生存', '追跡不能'],
      rateLabel: '死亡率（%）',
      byRows: false,
      totalAcross: false,
    };
    const t = rateTable({
      ...o,
      c: [
        [40, 160, 2],
        [50, 148, 3],
      ],
      dec: 0,
      mark: false,
      innocent: false,
      left: (j) => j === 2,
    })!;
    expect(t.text).toBe(
      '表1 転帰（A群・B群）\n\t死亡\t生存\t追跡不能\t合計\t死亡率（%）\nA群\t40\t160\t2\t202\t20\nB群\t50\t148\t3\t201\t25\n',
    );
    expect(t.truth.get('b:0')).toBe(200);
    expect(
      rateTable({
        ...o,
        c: [
          [40, 60, 9],
          [50, 148, 3],
        ],
        dec: 1,
        mark: false,
        innocent: false,
        left: (j) => j === 2,
      }),
    ).toBe(undefined);
  });
  it('formats35 `cross` (formats33, formats34, formats62, redd62): N over the columns too unless told', () => {
    expect(hash(formats(40, 1))).toBe('055fe66ecbf8d169');
    expect(hash([tabulate(20, 1), listing(20, 1), proportions(20, 1), unknownColumn(10, 1)])).toBe('c1807438f6f7dec6');
    expect(hash([rateBeside(30, 1), innocentRates(30, 1)])).toBe('b000b70f398a045a');
    expect(
      cross([
        [1, 2],
        [3, 4],
      ]).sums.filter(([s]) => s === 'N'),
    ).toHaveLength(2);
    expect(
      cross(
        [
          [1, 2],
          [3, 4],
        ],
        false,
      ).sums.filter(([s]) => s === 'N'),
    ).toEqual([['N', ['r:0', 'r:1']]]);
  });
  it('redg63 `starvedText` (redg63 and life65 inputs)', () => {
    expect(hash([starved(10, 1), starved(10, 1, true)])).toBe('2a58af8cb462d149');
    expect(hash([family(10, 1), family(10, 1, ['innocent']), family(9, 1, ['four', 'five', 'innocent'])])).toBe('b9054eb0fb6c1fb8');
    expect(starved(1, 4930)[0]!.text).toBe(starvedText(lcg(4930), 3));
  });
});

describe('one measure loop (extremes60-families `measureWith`) gives the tallies of 121a65ac (review66)', () => {
  it('extremes60 (share) and extremes63 (with `unknown`)', async () => {
    const cases = shareCases(3, 4530, 'share');
    const base = {
      'share-max': { runs: 1, read: 1, refused: 0, leaked: 0, hidden: 4, codes: {} },
      'share-min': { runs: 2, read: 2, refused: 0, leaked: 0, hidden: 11, codes: {} },
    };
    expect(await measure60(cases)).toStrictEqual(base);
    // innocent: no attack, the same tally here (the share cases are no innocents).
    expect(await measureWith(cases, unlessInnocent(shareAttack))).toStrictEqual(base);
    expect(JSON.stringify(await measure63(multiCases(2, 5110, false, MULTI)))).toBe(
      '{"note-min":{"runs":1,"read":1,"refused":0,"leaked":0,"unknown":0,"hidden":10,"codes":{}},"table-min":{"runs":1,"read":1,"refused":0,"leaked":0,"unknown":0,"hidden":12,"codes":{}}}',
    );
  }, 120_000);
  it('stats61 `rangeRead`: nothing to attack where nothing is read', () => {
    expect(rangeRead({ rangeAt: 1 } as never, { ok: false } as never)).toBe(undefined);
  });
});
