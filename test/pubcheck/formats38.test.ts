/**
 * formats38 (issue #11): SAS PROC FREQ's counts of 1,000 or more with their thousands commas (formats38-families.ts,
 * seeds 1881–1890, 10 tables a seed). Base a438d44 refused every listing (a CSV reading cut its lines at the commas, so
 * the SAS reader stopped at them) and every pasted table (「1,234」 no count of the reader); now read, the commas only
 * inside grouped digits (\d{1,3}(,\d{3})+ whole), the counts without them, nothing given back to formats33-attack.ts or
 * the oracle (`disjointParts`, formats36's tree).
 */
import { describe, expect, it } from 'vitest';
import { fixtureBundle, solver } from './helpers.ts';
import { adversary, expectProtected } from './protection.ts';
import { sasCumThousands } from './formats38-families.ts';
import type { Joined } from './formats35-families.ts';
import { readProtected } from './formats42-read.ts';

const highs = await solver();
const bundle = fixtureBundle();
const { result } = adversary(highs, bundle);
const check = readProtected(highs, result, 'layout/cumulative');

const cs: Joined[] = [];
for (let seed = 1881; seed <= 1890; seed++) cs.push(...sasCumThousands(10, seed));

describe("SAS PROC FREQ's one-way table with counts of 1,000 or more (「1,234」)", () => {
  it('random family: read, the counts without their commas; nothing given back', () => {
    for (const c of cs) {
      check(c);
    }
    expect(cs.length).toBe(100);
    expect(new Set(cs.map((c) => c.family)).size).toBe(2);
  });
  it('a comma outside grouped digits is no count: the line is left as it was (not read as SAS)', () => {
    const text = [
      '                                     Cumulative   Cumulative',
      'grade       Frequency     Percent     Frequency      Percent',
      '------------------------------------------------------------',
      'g1              1,23       44.71         1,234        44.71',
      'g2                  5        0.18         1,239        44.89',
      'g3              1,521       55.11         2,760       100.00',
      '',
    ].join('\n');
    const r = result(text);
    expect(r.ok && r.warnings.some((w) => w.code === 'layout/cumulative')).toBe(false);
  });
  it('「Frequency Missing = 1,234」 under a CSV table is read as the count 1234 (a438d44: 「Frequency Missing = 1」 and 「234」, no count)', () => {
    const r = result('grade,Frequency\ng1,"1,234"\ng2,"2,345"\n\nFrequency Missing = 1,234\n');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.warnings.find((w) => w.code === 'layout/frequency-missing')?.message).toContain('「Frequency Missing」 1234 人');
  });
  it("SAS's crosstab listing with 「1,234」 in a CSV reading: joined back at its commas, read as columns of spaces, protected", () => {
    const text = [
      'Table of sex by outcome',
      '',
      'sex        yes       no    Total',
      'male     1,234        5    1,239',
      'female   2,345    1,000    3,345',
      'Total    3,579    1,005    4,584',
      '',
    ].join('\n');
    const r = result(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.warnings.map((w) => w.code)).toContain('layout/spaces');
    expect(r.tables.some((t) => t.suppression?.passed === false || t.primary.headers.length > 0)).toBe(false);
    const t = r.tables[0]!;
    // 5 hidden, and each of its row's and column's other cells hidden with it.
    expect(t.status.flat().filter((s) => s !== 'published').length).toBeGreaterThanOrEqual(4);
    const joined = ['sex\tyes\tno\tTotal', 'male\t1234\t5\t1239', 'female\t2345\t1000\t3345', 'Total\t3579\t1005\t4584', ''].join('\n');
    expectProtected(highs, r, joined, 'threshold', false);
  });
  it('a CSV table whose cells hold commas outside grouped digits is no listing (left as cells)', () => {
    const r = result('sex,yes,no\nmale,"1,234",5\nfemale,"2,345","1,000"\n');
    expect(r.ok && r.warnings.some((w) => w.code === 'layout/spaces')).toBe(false);
  });
});
