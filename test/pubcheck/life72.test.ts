/**
 * life72 (issue #11): life71's chance ties where they stopped — over one step (lines of two other tables, the line named
 * or the largest) and through a table past 8 lines (two other tables), and every other table's fit, not the first
 * alone (lifetable.ts `lifeAcross`: threeWay's `oneStep`, the two-table `looseOn` / `loose` by `byLargest`, `search`
 * past `PLAIN_LINES` at k 2). Fails on 7b46c002 (`ROOT=/tmp/base-life72`): `step` and `wide` leak.
 */
import { describe, expect, it } from 'vitest';
import { cases } from './life72-families.ts';
import { measure } from './redg63-families.ts';

describe('life72: chance fits over one step and through wide tables beside complements hidden for another reading', () => {
  it('a 「参考」 line falling over one step by lines of two of 表3–表5: none leaks', async () => {
    const m = await measure(cases('step', 3, 5715));
    expect(m).toMatchObject({ read: 3, leaked: 0 });
  }, 240_000);

  it("「参考」 lines falling by each line of a 10-line table plus another table's line: none leaks", async () => {
    const all = cases('wide', 4, 5715);
    const m = await measure([all[0]!, all[2]!, all[3]!]);
    expect(m).toMatchObject({ read: 3, leaked: 0 });
  }, 240_000);

  it('innocents: a 10-line table, 表2 falling by no lines: read, hidden as on the base (10)', async () => {
    const m = await measure(cases('wideInnocent', 5, 5716));
    expect(m).toMatchObject({ read: 5, refused: 0, leaked: 0, hidden: 10 });
  }, 240_000);
});
