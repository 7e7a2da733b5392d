/**
 * notes46 (issue #11): a column of shares with no N beside others with one, refused on the base (1f4a42b) where the
 * table had a total line, a total column or other tables. Measured with `notes46-measure.ts 20 2521,2522` (base: ROOT=its
 * tree), each protection: `total-row` base 40 of 40 refused, now 19 read; `total-row-small` 40 refused both; `total-col`
 * base 40 refused (`line/count`), now 40 read; `other-table` base 40 refused, now 24 read; 0 leaking to the oracle given
 * every true N nor to notes44's denominators attacker.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../src/pubcheck/check.ts';
import { codesOf, fixtureBundle, heldOrLeaked, solver } from './helpers.ts';
import { smallShown } from './notes44-families.ts';
import { family, type Kind } from './notes46-families.ts';
import { THRESHOLD, type Ok } from './protection.ts';

const highs = await solver();
const bundle = fixtureBundle();
const run = (text: string, protection: 'threshold' | 'not-exact' = 'threshold') =>
  check(highs, bundle, text, { details: true }, { protection, mipSeconds: 0.3 });

const measure = (kind: Kind, seed: number, least: number) => {
  let read = 0;
  for (const c of family(kind, 8, seed))
    for (const protection of ['threshold', 'not-exact'] as const) {
      const r = run(c.text, protection);
      if (!r.ok) {
        expect(codesOf(r), c.text).toBe('percent/no-denominator');
        continue;
      }
      read++;
      const ok = r as Ok;
      expect(
        heldOrLeaked(highs, ok, () => c.attacked, protection, THRESHOLD),
        c.text,
      ).toBe('held');
      expect(smallShown(ok, c, THRESHOLD), c.text).toEqual([]);
    }
  expect(read).toBeGreaterThanOrEqual(least);
};

describe('notes46: a column with no N beside a total line, a total column or other tables', () => {
  it('total-row (seed 2523): read where the least N proves it, 0 leaking; base refused all', () => measure('total-row', 2523, 4));
  it('total-col (seed 2524): the column left gets its N from the total column, 0 leaking; base refused all', () =>
    measure('total-col', 2524, 16));
  it('other-table (seed 2525): read beside a table sharing no label, 0 leaking; base refused all', () => measure('other-table', 2525, 4));
  it('total-row-small (seed 2526): the small count in the column with no N stays refused', () => {
    for (const c of family('total-row-small', 6, 2526)) expect(codesOf(run(c.text)), c.text).toBe('percent/no-denominator');
  });

  it('a total line of 100%: the column read, said as ours; base: refused', () => {
    const r = run('\tA群\tB群\n男性\t60.7%\t45.7%\n女性\t39.3%\t54.3%\n合計\t100.0%\t100.0%\n※A群 N=28\n') as Ok;
    expect(codesOf(r)).toBe('');
    expect(r.warnings.find((w) => w.code === 'percent/no-denominator')?.message).toContain('最小の N（35）');
  });

  it('a total column: the N left is an equation (全体 less A群), the small count hidden with its complements', () => {
    const r = run('\tA群\tB群\t全体\n男性\t10.7%\t45.7%\t35.7%\n女性\t89.3%\t54.3%\t64.3%\n※A群 N=28、全体 N=98\n') as Ok;
    expect(codesOf(r)).toBe('');
    expect(r.tables[0]!.table.cols[1]!.label).toContain('N=70');
    expect(r.tables[0]!.status[0]).toBe('primary');
    expect(r.tables[0]!.status[1]).not.toBe('published');
    expect(r.warnings.some((w) => w.code === 'layout/note-n' && w.message.includes('N 70'))).toBe(true);
    // Two columns left without N: the note stays a count (as before).
    expect(
      run('\tA群\tB群\tC群\t全体\n男性\t60.7%\t45.7%\t50.0%\t50.0%\n女性\t39.3%\t54.3%\t50.0%\t50.0%\n※A群 N=28、全体 N=98\n').ok,
    ).toBe(false);
  });

  it('beside a table sharing a label (a line read across tables) the column stays refused', () => {
    const t = '表1\n\tA群\tB群\n男性\t60.7%\t45.7%\n女性\t39.3%\t54.3%\n※A群 N=28\n\n表2\n\t死亡\t生存\n男性\t30\t40\n女性\t25\t50\n';
    expect(codesOf(run(t))).toBe('percent/no-denominator');
  });
});
