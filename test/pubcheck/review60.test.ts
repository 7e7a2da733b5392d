/**
 * review60 (structure, no behaviour change): round 23's generators and measures joined with the shared ones beside
 * them — formats59's R prints through formats50-families.ts, words57/59's attackers through words53-attack.ts
 * `hiddenOf`/`shownRanges`, life tables' `lifeTable` (life48) / `drawn` (life55) / `lifeMeasure` (life57-measure),
 * means59's nesting through means53's `nestPair`, stats59's measure through stats57's `tallies`. Every case these
 * generators draw is the one a9147354 drew (hashes below, taken there); the shared helpers do what each copy did.
 * On a9147354 this file fails: the shared helpers are not there to import.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { lcg } from './helpers.ts';
import { rLabels, rPercent } from './formats59-families.ts';
import { lifeTable, family as life48, KINDS as KINDS48 } from './life48-families.ts';
import { drawn } from './life55-families.ts';
import { family as life57, innocent as life57i, KINDS as KINDS57 } from './life57-families.ts';
import { family as life59, innocent as life59i, KINDS as KINDS59, make as make59 } from './life59-families.ts';
import { bareNest, innocentNest } from './means59-families.ts';
import { afterCases } from './stats59-families.ts';
import { tallies } from './stats57-families.ts';
import { shownRanges } from './words53-attack.ts';

const rep = (_k: string, v: unknown) => (v instanceof Map ? { map: [...v] } : v instanceof Set ? { set: [...v] } : v);
const hash = (xs: unknown) => createHash('sha256').update(JSON.stringify(xs, rep)).digest('hex').slice(0, 16);

describe('review60: the joined generators draw what a9147354 drew', () => {
  it('formats59 rLabels / rPercent (seed 4270, 40 each)', () => {
    expect(hash(rLabels(40, 4270))).toBe('be63856ca1788596');
    expect(hash(rPercent(40, 4270))).toBe('8290e4d5de230488');
  });

  it('life48, life57 and life59 families and look-alikes (seed 4271, 20 a kind)', () => {
    expect(hash(KINDS48.map((k) => life48(k, 20, 4271)))).toBe('a8659b9a50564626');
    expect(hash(KINDS57.map((k) => [life57(k, 20, 4271), life57i(k, 20, 4271)]))).toBe('c29249af38148435');
    expect(hash(KINDS59.map((k) => [life59(k, 20, 4271), life59i(k, 20, 4271)]))).toBe('c467705fbf28c245');
  });

  it('means59 bareNest / innocentNest (seed 4272, 40 each) and stats59 afterCases (4273, 20)', () => {
    expect(hash([bareNest(40, 4272), innocentNest(40, 4272)])).toBe('5bb41f553490ebcd');
    expect(hash(afterCases(20, 4273))).toBe('98c7da1fb65d47ec');
  });
});

describe('review60: the shared helpers', () => {
  it('lifeTable: the points across (a line a row) or down (「時点」 over the labels)', () => {
    expect(
      lifeTable(
        '# 表1',
        ['人数', '死亡'],
        [
          [50, 40],
          [3, 4],
        ],
        ['0か月', '6か月'],
        true,
      ),
    ).toBe('# 表1\n\t0か月\t6か月\n人数\t50\t40\n死亡\t3\t4');
    expect(lifeTable('# 表1', ['人数'], [[50, 40]], ['0か月', '6か月'], false)).toBe('# 表1\n時点\t人数\n0か月\t50\n6か月\t40');
  });

  it('drawn: a kind drawn in turn from one seed, the look-alikes with make’s third argument', () => {
    const { family, innocent } = drawn(make59);
    const next = lcg(4274);
    expect(family('life/four-way', 3, 4274)).toEqual([1, 2, 3].map(() => make59('life/four-way', next)));
    const nextI = lcg(4274);
    expect(innocent('life/four-way', 3, 4274)).toEqual([1, 2, 3].map(() => make59('life/four-way', nextI, true)));
  });

  it('shownRanges: a hidden pair under its 合計 row, with the title’s N and without', () => {
    // A 2 × 2 table (two lines, a 合計 row): line 1's cells hidden with line 2's first; column sums fix them.
    const c = {
      text: '',
      cols: ['A群', 'B群'],
      lines: 2,
      shown: [
        ['入院', 4, 20],
        ['その他', 15, 11],
        ['合計', 19, 31],
      ],
    };
    const got = shownRanges(c, new Set([0, 1, 2]), undefined);
    expect(got).toEqual([
      { lo: 0, hi: 19 },
      { lo: 20, hi: 20 },
      { lo: 0, hi: 19 },
    ]);
    // The title's N and a note that line 1 is 24 in all (`more`): both hidden cells pinned.
    expect(
      shownRanges(c, new Set([0, 2]), 50, [
        {
          terms: [
            [0, 1],
            [1, 1],
          ],
          lo: 24,
          hi: 24,
        },
      ]),
    ).toEqual([
      { lo: 4, hi: 4 },
      { lo: 15, hi: 15 },
    ]);
  });

  it('tallies: refused by code, read with its hidden cells, leaks and the attacker’s giving up', () => {
    const t = tallies(8, false);
    expect(t.checked('a', { ok: false, errors: [{ code: 'x/y' }] } as never)).toBeUndefined();
    const read = t.checked('a', { ok: true, tables: [{ status: ['published', 'primary', 'secondary'] }] } as never)!;
    expect(read).toMatchObject({ runs: 2, refused: 1, read: 1, hidden: 2 });
    t.attacked(read, ['pinned'], '');
    t.attacked(read, ['unknown'], '');
    expect(read.leaked).toBe(1);
  });
});
