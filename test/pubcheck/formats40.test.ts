/**
 * formats40 (issue #11): statistics software's text formats38 left refused or unread (formats40-families.ts, seeds
 * 1941–1950, 10 tables a family a seed; `npx node test/pubcheck/formats40-measure.ts [--chance]` prints the tally,
 * `ROOT=<checkout>` for the base c3b2cb1):
 *
 * - SAS PROC FREQ's one-way table with its columns in another order than SAS's five, or some of them (NOPERCENT's
 *   「Frequency」「Cumulative Frequency」): read with each column named by its header (pasted cells) or by the
 *   「Cumulative」 over its word (listing), nothing given back.
 * - SAS's page title with its date's commas in a file with no tab (a CSV reading cut it into cells, and the listing
 *   under it was refused): taken out as the title, said, the listing under it read.
 * - A two-way table with counts of 1,000 or more and thousands commas (SAS's crosstab aligned by spaces, Stata's
 *   two-way text): read on c3b2cb1 already; measured here, none given back.
 * - formats37's no-Total oracle pin: the oracle (oracle.ts) read two runs of rows of a tree by indentation with no
 *   total row as two breakdowns of the same patients where the hidden truth happened to add up alike; the page is the
 *   same under a truth where they do not. The oracle now reads such a tree as it reads one under its total row.
 */
import { describe, expect, it } from 'vitest';
import { fixtureBundle, solver } from './helpers.ts';
import { adversary, expectProtected } from './protection.ts';
import { attack } from './oracle.ts';
import { crossThousands, sasCumOrders, sasDated, stataCumNoTotal } from './formats40-families.ts';
import { stataOneWayNoTotal } from './formats37-families.ts';
import type { Joined } from './formats35-families.ts';
import { leaks } from './formats33-attack.ts';

const highs = await solver();
const bundle = fixtureBundle();
const { result } = adversary(highs, bundle);

const seeds = (f: (n: number, seed: number) => Joined[]) => {
  const out: Joined[] = [];
  for (let seed = 1941; seed <= 1950; seed++) out.push(...f(10, seed));
  return out;
};
/** Read, said, no count given back to the attacker over every printed number, nor to the oracle. */
const readProtected = (c: Joined, code: string) => {
  const r = result(c.text);
  expect(r.ok, c.text).toBe(true);
  if (!r.ok) return;
  expect(r.warnings.map((w) => w.code)).toContain(code);
  expect(r.verdict.reasons.filter((x) => x.severity === 'blocking' && x.kind !== 'primary' && x.kind !== 'secondary')).toEqual([]);
  expect(r.tables.some((t) => t.suppression?.passed === false || t.primary.headers.length > 0)).toBe(false);
  expect(leaks(r, c), c.text).toEqual([]);
  expectProtected(highs, r, c.joined, 'threshold', false, { disjointParts: true });
};

describe("SAS PROC FREQ's one-way table with its columns in another order, or some of them", () => {
  it('random family (c3b2cb1: 81 of 100 refused, 19 NOPERCENT read as two columns of counts): read by the headers, nothing given back', () => {
    const cs = seeds(sasCumOrders);
    for (const c of cs) readProtected(c, 'layout/cumulative');
    expect(cs.length).toBe(100);
  });
  it('a 「Cumulative」 over no word of the header is no SAS header (left as it was)', () => {
    const text = [
      '                                                      Cumulative',
      'grade         Frequency      Percent    Frequency    Percent',
      '------------------------------------------------------------',
      'g1                  23        22.55           23      22.55',
      'g2                  30        29.41           53      51.96',
      'g3                  49        48.04          102     100.00',
      '',
    ].join('\n');
    const r = result(text);
    expect(r.ok && r.warnings.some((w) => w.code === 'layout/cumulative')).toBe(false);
  });
  it('a running sum that is not the counts’ is not read (the columns named wrongly)', () => {
    const text = 'grade\tCumulative Frequency\tFrequency\ng1\t23\t23\ng2\t30\t53\ng3\t49\t102\n';
    const r = result(text);
    expect(r.ok && r.warnings.some((w) => w.code === 'layout/cumulative')).toBe(false);
  });
});

describe("SAS's page title with its date's commas in a file with no tab", () => {
  it('random family (c3b2cb1: 100 of 100 refused, table/no-rows): the title taken out and said, the listing read, nothing given back', () => {
    const cs = seeds(sasDated);
    for (const c of cs) readProtected(c, 'layout/listing-page');
    expect(new Set(cs.map((c) => c.family)).size).toBe(3);
  });
  it('the note names the title whole, with its commas', () => {
    const r = result(
      'The SAS System   10:14 Thursday, December 3, 2026   1\n\ngrade   Frequency\ng1          30\ng2          40\ng3          25\n',
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.warnings.find((w) => w.code === 'layout/listing-page')?.message).toContain(
      '「The SAS System 10:14 Thursday, December 3, 2026 1」',
    );
  });
});

describe('a two-way table with thousands commas', () => {
  it('random family (SAS crosstab aligned by spaces, Stata two-way; c3b2cb1 read them too): nothing given back', () => {
    const cs = seeds(crossThousands);
    for (const c of cs) readProtected(c, c.family.startsWith('sas') ? 'layout/spaces' : 'layout/stata');
    expect(cs.length).toBe(100);
  });
});

describe("a comma in Stata's text outside grouped digits", () => {
  it('is no count: 「1,23」 is not read as 123 (c3b2cb1 took every comma out and read the table)', () => {
    const text = [
      '           |       outcome',
      '       sex |       yes         no |     Total',
      '-----------+----------------------+----------',
      '      male |      1,23          5 |       128',
      '    female |        40         50 |        90',
      '-----------+----------------------+----------',
      '     Total |       163         55 |       218',
      '',
    ].join('\n');
    const r = result(text);
    expect(r.ok && r.warnings.some((w) => w.code === 'layout/stata')).toBe(false);
  });
});

describe("formats37's no-Total pin: the oracle's over-reading", () => {
  const rows = ['none', 'mild', 'moderate', 'severe', 'fatal'];
  /** The page: every table as the checker reads it, each hidden cell blanked. */
  const page = (text: string) => {
    const r = result(text);
    if (!r.ok) throw new Error('refused');
    const lines = r.tables.flatMap((t) =>
      t.table.rows.map((h, i) =>
        [h.label, ...t.table.cells[i]!.map((c, j) => (t.status[i * t.table.cols.length + j] === 'published' ? c.text : '■'))].join('\t'),
      ),
    );
    return { r, lines: lines.join('\n') };
  };
  it('two truths (none 52, mild 3, moderate 4; or 53, 3, 3) give one page, so nothing of 55 = none + mild is shown', () => {
    const a = page(stataCumNoTotal(rows, [52, 3, 4, 23, 91]));
    const b = page(stataCumNoTotal(rows, [53, 3, 3, 23, 91]));
    expect(a.lines).toBe(b.lines);
    expect(a.lines).toContain('■');
    // The oracle without the N line (c3b2cb1's oracle pinned 累積（none〜mild） to 55 and moderate to 4 under the first
    // truth, through 累積（none〜mild） + none + mild + moderate = severe + fatal, 114 by chance; 115 under the other).
    const hidden = new Set<string>();
    a.r.ok &&
      a.r.tables.forEach((t, ti) =>
        t.status.forEach(
          (s, id) => s !== 'published' && hidden.add(`${ti}:${Math.floor(id / t.table.cols.length)}:${id % t.table.cols.length}`),
        ),
      );
    const tree = (c: number[]) => {
      const run = (k: number) => c.slice(0, k + 1).reduce((x, y) => x + y, 0);
      const N = run(4);
      const p = (x: number) => ((100 * x) / N).toFixed(2);
      return [
        'grade\tFreq.',
        `累積（none〜severe）\t${run(3)} (${p(run(3))}%)`,
        `  累積（none〜moderate）\t${run(2)} (${p(run(2))}%)`,
        `    累積（none〜mild）\t${run(1)} (${p(run(1))}%)`,
        `      none\t${c[0]} (${p(c[0]!)}%)`,
        `      mild\t${c[1]}`,
        `    moderate\t${c[2]}`,
        `  severe\t${c[3]}`,
        `fatal\t${c[4]}`,
        '',
      ].join('\n');
    };
    const opts = { zeroExempt: true, disjointParts: true };
    const ra = attack(highs, tree([52, 3, 4, 23, 91]), hidden, opts);
    const rb = attack(highs, tree([53, 3, 3, 23, 91]), hidden, opts);
    expect([...ra].map(([k, x]) => [k, x.lo, x.hi])).toEqual([...rb].map(([k, x]) => [k, x.lo, x.hi]));
    for (const x of ra.values()) expect(x.hi).not.toBe(x.lo);
  });
  it("formats37's family without the N line given to the oracle (c3b2cb1's oracle: 6 of 100 pinned): none pinned", () => {
    const cs: Joined[] = [];
    for (let seed = 1851; seed <= 1870; seed++) cs.push(...stataOneWayNoTotal(5, seed));
    for (const c of cs) {
      const r = result(c.text);
      expect(r.ok).toBe(true);
      if (!r.ok) continue;
      expectProtected(highs, r, c.joined.replace(/\nTotal\t\d+\n$/, '\n'), 'threshold', false, { disjointParts: true });
    }
  });
});
