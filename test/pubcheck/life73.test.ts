/**
 * life73 (issue #11): life72's leaks left, diagnosed. (1) A 「参考」 line equal at both points to a sum of lines of other
 * tables (表3 + 表4 + 表6): system.ts `lineRelations`' exact sums of three lines or more ran out of their tries
 * (`SET_NODES_GROUP`) before the line, unsaid — now pruned by the sums the candidates left can make (`reachOf`), a cut
 * said (`lines/not-searched`, 'sums'); a later table's two-table fit of a named line never tied once an earlier table
 * was (lifetable.ts `lifeAcross`, `here`). (2) Past `PLAIN_LINES` lines, three other tables walked (`WIDE_K`). (3) One
 * step over three other tables where the line is named at risk (`oneStep`). Fails on 6626e5c2 (`ROOT=/tmp/base-life73`).
 */
import { describe, expect, it } from 'vitest';
import { cases as cases72 } from './life72-families.ts';
import { cases as cases71 } from './life71-families.ts';
import { cases } from './life73-families.ts';
import { measure } from './redg63-families.ts';

describe('life73: chance sums across tables, wide tables over three, one step over three tables', () => {
  it('a 「参考」 line the sum of lines of three tables at both points (stepInnocent 5 and 9): none leaks', async () => {
    const all = cases72('stepInnocent', 10, 5790);
    const m = await measure([all[5]!, all[9]!]);
    expect(m).toMatchObject({ read: 2, leaked: 0 });
  }, 240_000);

  it('a fall over three other tables through a table of 10 lines (wide 1, 3, 7): none leaks', async () => {
    const all = cases72('wide', 10, 5790);
    const m = await measure([all[1]!, all[3]!, all[7]!]);
    expect(m).toMatchObject({ read: 3, leaked: 0 });
  }, 240_000);

  it('a line titled at risk falling over one step by lines of three other tables (step3 3, 6, 7, 8): none leaks', async () => {
    const all = cases('step3', 10, 5791);
    const m = await measure([all[3]!, all[6]!, all[7]!, all[8]!]);
    expect(m).toMatchObject({ read: 4, leaked: 0 });
  }, 240_000);

  it('innocents: the titled line falling by nothing planted (step3Innocent 3, 4, 5): read, none leaks', async () => {
    const all = cases('step3Innocent', 10, 5791);
    const m = await measure([all[3]!, all[4]!, all[5]!]);
    expect(m).toMatchObject({ read: 3, refused: 0, leaked: 0 });
  }, 240_000);

  it('innocents: wideInnocent and life71 innocent read, hidden no more than measured (22, 23)', async () => {
    expect(await measure(cases72('wideInnocent', 10, 5790))).toMatchObject({ read: 10, refused: 0, leaked: 0, hidden: 22 });
    expect(await measure(cases71('innocent', 10, 5691))).toMatchObject({ read: 10, refused: 0, leaked: 0, hidden: 23 });
  }, 240_000);
});
