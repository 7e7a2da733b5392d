/**
 * formats41 (issue #11): SAS PROC FREQ's two-way listing (formats41-families.ts, seeds 1971–1980, 10 tables a seed;
 * `npx node test/pubcheck/formats41-measure.ts [--chance]` prints the tally, `ROOT=<checkout>` for the base 8ac0f87):
 * the key in the corner (「Frequency|」「Percent  |」「Row Pct  |」「Col Pct  |」 or fewer), each row a stack of lines
 * between 「|」, the Total line with no 「|」. 8ac0f87 refused all of them (its 「|」 lines read as Markdown rows,
 * `input/format`; or `row/short`, `cell/text`). Now the 「Frequency」 lines are the count table (every Total its sum),
 * each other line the statistic the key names, checked against its base at every cell, one table of 「n (p%)」 per
 * line: the percentages beside a hidden count are hidden with it.
 */
import { describe, expect, it } from 'vitest';
import { fixtureBundle, solver } from './helpers.ts';
import { adversary, expectProtected } from './protection.ts';
import { sasCross, sasCrossTable } from './formats41-families.ts';
import type { Joined } from './formats35-families.ts';
import { leaks } from './formats33-attack.ts';

const highs = await solver();
const bundle = fixtureBundle();
const { result } = adversary(highs, bundle);

/**
 * Read, said, no count given back to the attacker over every printed number, nor to the oracle. Returns whether no
 * suppression was found (said, blocking: `expectProtected` checks nothing is offered as published then) — only where
 * the title states the whole N over a 「Frequency Missing」 under the threshold and percentages are printed: the
 * Percent line's 「100.00」 gives N back from any published count with its share, and N less it the missing count.
 */
const readProtected = (c: Joined): boolean => {
  const r = result(c.text);
  expect(r.ok, c.text).toBe(true);
  if (!r.ok) return false;
  expect(r.warnings.map((w) => w.code)).toContain('layout/sas-cross');
  expect(r.verdict.reasons.filter((x) => x.severity === 'blocking' && x.kind !== 'primary' && x.kind !== 'secondary')).toEqual([]);
  const open = r.tables.some((t) => t.suppression?.passed === false || t.primary.headers.length > 0);
  if (open) expect(c.truth.has('all') && c.truth.get('m')! < 10 && !c.family.startsWith('sas-cross-counts'), c.text).toBe(true);
  else expect(leaks(r, c), c.text).toEqual([]);
  expectProtected(highs, r, c.joined, 'threshold', false, { disjointParts: true });
  return open;
};

const ROWS = ['male', 'female'];
const COLS = ['died', 'alive'];

describe("SAS PROC FREQ's two-way listing", () => {
  it('random family (8ac0f87: 100 of 100 refused, input/format, row/short, cell/text): read, nothing given back', () => {
    const cs: Joined[] = [];
    for (let seed = 1971; seed <= 1980; seed++) cs.push(...sasCross(10, seed));
    // 13 with the whole N in the title over a 「Frequency Missing」 (linked as formats36 links it); 3 of them, with
    // percentages and a missing count under the threshold, have no suppression found (said, blocking).
    expect(cs.filter((c) => readProtected(c)).length).toBe(3);
    expect(cs.filter((c) => c.truth.has('all')).length).toBe(13);
    expect(cs.length).toBe(100);
    // Every set of statistics of the options, with and without thousands commas.
    expect(new Set(cs.map((c) => c.family)).size).toBeGreaterThanOrEqual(10);
  });

  it('the percentages printed beside a hidden count are hidden with it in every statistic', () => {
    const c = sasCrossTable(
      ROWS,
      COLS,
      [
        [12, 8],
        [28, 52],
      ],
      ['count', 'cell', 'row', 'col'],
      { frame: true },
    );
    const r = result(c.text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    // One table a percentage line (Percent, Row Pct, Col Pct), the same counts in each.
    const cross = r.tables.filter((t) => t.table.cols.length === 3);
    expect(cross.length).toBe(3);
    for (const t of cross) {
      const at = t.table.cells[0]![1]!;
      expect(at.text).toMatch(/^8 \(\d+\.\d+%\)$/);
      expect(t.status[1]).not.toBe('published');
    }
    // The hidden cells are the same in each table.
    const hidden = (t: (typeof cross)[number]) => t.status.map((s) => s !== 'published');
    expect(hidden(cross[1]!)).toEqual(hidden(cross[0]!));
    expect(hidden(cross[2]!)).toEqual(hidden(cross[0]!));
    expect(leaks(r, c)).toEqual([]);
  });

  it('NOPERCENT NOROW NOCOL: the counts alone, its Frequency Missing a count of its own', () => {
    const c = sasCrossTable(
      ROWS,
      COLS,
      [
        [1234, 7],
        [2345, 3456],
      ],
      ['count'],
      { count: (x) => x.toLocaleString('en-US'), m: 4 },
    );
    expect(c.text).toContain('1,234');
    readProtected(c);
    const r = result(c.text);
    expect(r.ok && r.tables.find((t) => t.table.rows.some((h) => h.label === 'Frequency Missing'))?.status[0]).toBe('primary');
  });

  it('「Frequency Missing = m」 under it with the whole N in the title: linked as formats36 links a crosstab of counts', () => {
    for (const stats of [['count'], ['count', 'row', 'col']] as const) {
      const c = sasCrossTable(
        ROWS,
        COLS,
        [
          [12, 18],
          [28, 52],
        ],
        [...stats],
        { m: 3, stated: true },
      );
      expect(readProtected(c)).toBe(false);
      const r = result(c.text);
      expect(r.ok && r.warnings.find((w) => w.code === 'layout/frequency-missing')?.message).toContain('「合計」113');
    }
  });

  it('a percentage line that does not fit the base its key names is refused, naming its line', () => {
    // The key says Row Pct, Col Pct; the lines printed are the other way round.
    const c = sasCrossTable(
      ROWS,
      COLS,
      [
        [12, 8],
        [28, 52],
      ],
      ['count', 'row', 'col'],
      { names: 'none' },
    );
    const lines = c.text.split('\n');
    const keyAt = lines.findIndex((l) => l.startsWith('Row Pct'));
    lines[keyAt] = lines[keyAt]!.replace('Row Pct', 'Col Pct');
    lines[keyAt + 1] = lines[keyAt + 1]!.replace('Col Pct', 'Row Pct');
    const r = result(lines.join('\n'));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const e = r.errors.find((x) => x.code === 'layout/sas-base');
    expect(e?.message).toContain('「Col Pct」');
    // The first stack's second line (its first percentage line), as printed.
    expect(e?.place?.line).toBe(lines.findIndex((l) => l.startsWith('male')) + 2);
  });

  it('a Total that is not the sum of its counts is not read as SAS’s crosstab', () => {
    const c = sasCrossTable(
      ROWS,
      COLS,
      [
        [12, 8],
        [28, 52],
      ],
      ['count'],
      { names: 'none' },
    );
    const text = c.text.replace(/^(Total +)40/m, '$141');
    const r = result(text);
    expect(r.ok && r.warnings.some((w) => w.code === 'layout/sas-cross')).toBe(false);
  });
});
