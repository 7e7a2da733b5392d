/**
 * stats43 (issue #11): an extreme across two tables read, not refused. A count table of hospitals by years and a second
 * table 「施設 | 最大」 (「最小」「Max」「Min」「最多」「最少」) whose line is, at every position, the largest (smallest)
 * of the first table's printed counts of that hospital: read.ts `extremesAcross` (under a word of an extreme, every cell
 * a printed count) now ties it to the first table in the system (system.ts, `Table.extremeOf`) — at each position the
 * count it is (an equation) and at least (at most) every other count of the line (inequalities) — so the suppression
 * and the audit see what the attacker sees: an extreme equal to a hidden count is hidden with it, and the second table
 * reports its own hidden cells. Said as our reading (`header/extreme-across`, チェッカーの判断).
 *
 * Measured (stats42-families.ts `acrossCases`, seeds 2141–2142, 100 sets of numbers): 109f504 refused 100 of 100
 * (`header/statistic`); now 100 read, 0 given back to fills.ts's brute force, 0 to the oracle (sums, heldOrLeaked).
 * The same numbers within one table (stats39) and under no word (「参考値」, refused over four hospitals or more, read
 * over three) are unchanged.
 */
import { describe, expect, it } from 'vitest';
import { toReport } from '../../src/pubcheck/report.ts';
import { fixtureBundle, heldOrLeaked, solver } from './helpers.ts';
import { adversary } from './protection.ts';
import type { Reported } from './stats39-families.ts';
import { acrossAttack, acrossCases, acrossChance, tallyAcross } from './stats42-families.ts';

const highs = await solver();
const bundle = fixtureBundle();
const { result } = adversary(highs, bundle);
const reported = (r: ReturnType<typeof result>): Reported | undefined =>
  r.ok ? (toReport(r, bundle, new Date('2026-12-05T00:00:00Z')) as unknown as Reported) : undefined;

const TEXT =
  '# 表1 年別入院患者数\n施設,2020年,2021年,2022年\nA病院,22,36,18\nB病院,53,38,49\nC病院,11,8,22\nD病院,30,41,12\n合計,116,123,101\n\n' +
  '# 表2 施設別の年最小\n施設,最小\nA病院,18\nB病院,38\nC病院,8\nD病院,12\n';

describe('an extreme across two tables, read (stats43)', () => {
  it('「最小」 of each hospital: read (109f504: refused); the 8 it equals hidden in both tables, said as ours', () => {
    const r = result(TEXT);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const w = r.warnings.find((x) => x.code === 'header/extreme-across');
    expect(w?.message).toMatch(/表2の列「最小」の値は.*表1の同じ見出しの数の最小の値.*チェッカーの判断/);
    const t2 = r.tables[1]!;
    const status = (row: string) => t2.status[t2.table.rows.findIndex((h) => h.label === row)]!;
    expect(status('C病院')).not.toBe('published');
    expect(heldOrLeaked(highs, r, () => TEXT, 'threshold', 10)).toBe('held');
    // Not an extreme at every position: read as counts, as before (the line ties nothing).
    const off = result(TEXT.replace('D病院,12\n', 'D病院,13\n'));
    expect(off.ok ? off.warnings.map((x) => x.code) : []).not.toContain('header/extreme-across');
  });
  it('random (acrossCases seeds 2141–2142): across read 100 of 100, none given back; within unchanged; under no word read (stats44), none given back', () => {
    const tally = tallyAcross(
      [2141, 2142].flatMap((seed) => acrossCases(50, seed)),
      (c) => (c.form === 'noword' ? `noword-${c.hospitals.length >= 4 ? '4+' : '3'}` : c.form),
      result,
      (c, r) =>
        acrossAttack(c, r, reported(r)).length > 0 ||
        (c.form === 'across' ? heldOrLeaked(highs, r, () => c.text, 'threshold', 10) : 'held') !== 'held',
      (c, r) =>
        expect(
          r.errors.map((e) => e.code),
          c.text,
        ).toContain('header/statistic'),
    );
    expect(tally.get('across')).toEqual({ read: 100, refused: 0, leaked: 0 });
    expect(tally.get('within')).toEqual({ read: 100, refused: 0, leaked: 0 });
    // stats44: under no word read too, as counts and tied as the extreme (stats43: refused over four, counts over three).
    expect(tally.get('noword-4+')).toEqual({ read: 67, refused: 0, leaked: 0 });
    expect(tally.get('noword-3')).toEqual({ read: 33, refused: 0, leaked: 0 });
  }, 500_000);
  it('chance (acrossChance seed 2143, 200 two-table inputs under no word of an extreme): none read as an extreme', () => {
    for (const c of acrossChance(200, 2143)) {
      const r = result(c.text);
      expect(r.ok ? r.warnings.map((w) => w.code) : [], c.text).not.toContain('header/extreme-across');
    }
  }, 180_000);
});
