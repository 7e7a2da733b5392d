/**
 * totals16 (issue #11): a line read both as a total and as an item (overtotal.ts `readBoth`) beside the table's N in
 * the title or the corner — refused as undecidable on d8f82c6 (`total/rest`: the N summed every top-level line, the
 * rest of ours among them) — is read both ways: the N counts the printed lines (the item reading; the rest of ours is
 * `Header.bothRest`, left out of table.ts `bases`, sums.ts `grandSum`, rests.ts), and N less the line (what a reader
 * who takes the line for the total has as patients the table leaves out) is a finding on the N where it is under the
 * threshold (primary.ts `leftOutOfBoth`). Still refused: the line is the N (an item's reading contradicts it), a row
 * and a column both beside an N.
 *
 * Judged apart from the engine (totals16-families.ts `judgeTitleN`): as a total, the integer attacker over the truth
 * and N less the line; as an item, the independent oracle over the printed table with its title or corner, and N less
 * every line. Measured (d8f82c6 → now): README, totals16.
 */
import { describe, expect, it } from 'vitest';
import { fixtureBundle, solver } from './helpers.ts';
import { adversary } from './protection.ts';
import { cornerNTotals, judgeCornerN, judgeTitleN, titleNTotals } from './totals16-families.ts';
import { expectReadBothWays } from './totals15-expect.ts';
import type { Protection } from './totals15-families.ts';

const highs = await solver();
const bundle = fixtureBundle();
const { result, codes } = adversary(highs, bundle);

describe('a line read both ways beside the title’s or the corner’s N (main: refused as undecidable, total/rest)', () => {
  it.each(['threshold', 'not-exact'] as const)(
    'N the sum of every printed line (the item reading’s): read both ways, nothing recovered as a total or an item (%s)',
    (p) => {
      const text = '# 表1 (N=103)\n\tA群\nSemua\t53\nFever\t30\nHeadache\t20\n';
      const r = result(text, p);
      expectReadBothWays(highs, r, text, 'Semua', p);
      if (!r.ok) return;
      // The N is the sum of the printed lines, not of the rest of ours; no finding on it.
      expect(r.tables[0]!.primary.headers).toEqual([]);
      expect(r.warnings.map((w) => w.code)).toContain('sum/stated');
    },
    120_000,
  );
  it('N over the line by a few: read both ways, the N’s rest as a total a finding to fix (N=97 over 「Semua 53 | 42」: 2 left out)', () => {
    for (const text of [
      '# 表1 (N=97)\n\tA群\tB群\nFever\t30\t25\nHeadache\t20\t14\nSemua\t53\t42\n',
      'N=97\tA群\tB群\nFever\t30\t25\nHeadache\t20\t14\nSemua\t53\t42\n',
    ]) {
      const r = result(text);
      expect(r.ok, text).toBe(true);
      if (!r.ok) continue;
      expect(r.warnings.map((w) => w.code)).toContain('total/both-readings');
      expect(
        r.tables[0]!.primary.headers.map((h) => [h.both, h.rest]),
        text,
      ).toEqual([['Semua', 2]]);
      expect(r.verdict.afterChanges, text).toBeUndefined();
    }
  });
  it('N over every printed line by a few (the item reading’s rest): a finding as on main for an item', () => {
    const r = result('# 表1 (N=109)\n\tA群\tB群\nFever\t30\t25\nHeadache\t20\t14\nSemua\t53\t42\n'.replace('N=109', 'N=187'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.tables[0]!.primary.headers.map((h) => h.rest)).toEqual([3]);
  });
  it('still refused: the line is the N (an item’s reading contradicts it)', () => {
    expect(codes('# 表1 (N=95)\n\tA群\tB群\nFever\t30\t25\nHeadache\t20\t14\nSemua\t53\t42\n')).toEqual(['total/rest']);
  });
  it('a row and a column both beside an N: read both ways, N less their common cell (both totals) a finding where small', () => {
    const grid = '\tA\tB\tC\tAlls\nx\t30\t20\t5\t57\ny\t30\t18\t4\t55\nSemua\t63\t40\t10\t120\n';
    const wide = result(`# 表1 (N=300)\n${grid}`);
    expect(wide.ok).toBe(true);
    if (!wide.ok) return;
    expect(wide.warnings.filter((w) => w.code === 'total/both-readings')).toHaveLength(2);
    expect(wide.tables[0]!.primary.headers).toEqual([]);
    const near = result(`# 表1 (N=124)\n${grid}`);
    expect(near.ok).toBe(true);
    if (!near.ok) return;
    expect(near.tables[0]!.primary.headers.map((h) => [h.both, h.bothCol, h.rest])).toEqual([['Semua', 'Alls', 4]]);
  });
});

describe('a row and a column both under the N (seed 1624): d8f82c6 refused the second line (total/rest)', () => {
  it.each(['threshold', 'not-exact'] as const)(
    '20 tables read both ways, none leaked under the four readings (%s)',
    (p: Protection) => {
      const tally: Record<string, number> = {};
      for (const t of cornerNTotals(20, 1624)) {
        const what = judgeCornerN(highs, result(t.text, p), t, p);
        tally[what] = (tally[what] ?? 0) + 1;
      }
      console.log(`totals16 cornerN seed 1624 ${p}: ${JSON.stringify(tally)}`);
      expect(Object.keys(tally).filter((k) => !k.startsWith('read both ways (2 lines)'))).toEqual([]);
    },
    900_000,
  );
});

describe('random family (seed 1621), judged under both readings and both protections', () => {
  it.each(['threshold', 'not-exact'] as const)(
    '40 tables: d8f82c6 refused 40 (total/rest); now read both ways, none leaked, 1 refused since words48 (%s)',
    (p: Protection) => {
      const tally: Record<string, number> = {};
      for (const t of titleNTotals(40, 1621)) {
        const { what, both } = judgeTitleN(highs, result(t.text, p), t, p);
        const key = what === 'refused' ? 'refused' : both ? `both: ${what}` : what;
        tally[key] = (tally[key] ?? 0) + 1;
      }
      console.log(`totals16 seed 1621 ${p}: ${JSON.stringify(tally)}`);
      // The one refused under not-exact: header/n-below-sum (the item reading: lines past the N, several answers).
      // words48: one more refused under each (total/rest): 「N=201」 in the corner over 「Hepsi 78 | 93」 and four items
      // is the sum of two lines' sums (Hepsi 171 + Fever 30), read as a count naming no line (ours), so Hepsi is no
      // longer read both ways and, over its items by 5, is refused as undecidable — a refusal, no leak.
      expect(tally).toEqual(
        p === 'threshold'
          ? { 'both: blocked (a finding on the N)': 16, 'both: read, none leaked': 23, refused: 1 }
          : { 'both: blocked (a finding on the N)': 16, 'both: read, none leaked': 22, refused: 2 },
      );
    },
    900_000,
  );
});
