/**
 * life71 (issue #11): a fit under no word with no small cell (a 「参考」 line falling by chance by lines of 表3–表5)
 * beside 表2's reading, whose complements it pinned — tied where the input holds a small count (lifetable.ts
 * `lifeAcross`: `chance`, threeWay's `loose`, the two-table `loose`, a line tied by one table searched over more).
 * Fails on 7c1c4e43 (`ROOT=/tmp/base-life71`): redg63 5687's cases 1 and 6, life71-families `two`/`one` leak.
 */
import { describe, expect, it } from 'vitest';
import { cases } from './life71-families.ts';
import { measure, starved } from './redg63-families.ts';

describe('life71: chance fits beside complements hidden for another reading', () => {
  it('redg63 5687 (review70): the 「参考」 line falling by 表4 and 表5 lines no longer pins 表3–表5 small counts', async () => {
    const all = starved(10, 5687);
    const m = await measure([all[1]!, all[6]!]);
    expect(m).toMatchObject({ read: 2, leaked: 0 });
  }, 120_000);

  it('a 「参考」 line falling by two tables (two), one table (one) or three (three): none leaks', async () => {
    const m = await measure([...cases('two', 10, 5690), cases('one', 10, 5690)[5]!, ...cases('three', 3, 5690)]);
    expect(m).toMatchObject({ read: 14, leaked: 0 });
  }, 240_000);

  it('innocents: 表2 falling by no lines, the planted fit tied but nothing more hidden; redg63 innocents as before', async () => {
    const m = await measure(cases('innocent', 10, 5690));
    expect(m).toMatchObject({ read: 10, refused: 0, leaked: 0, hidden: 24 });
    const p = await measure(cases('plain', 10, 5690));
    expect(p).toMatchObject({ read: 9, refused: 1, leaked: 0, hidden: 18 });
  }, 240_000);
});
