/**
 * formats35 (issue #11): the output formats formats34 left open (formats35-families.ts, seeds 1341–1360, 5 tables a
 * family a seed; `npx node test/pubcheck/formats35-measure.ts` prints the tally, `ROOT=<checkout>` for main b2edc55):
 *
 * - pandas' shares ×100 with no 「%」 (stacked.ts readProportions): b2edc55 refused all 100 as decimals (cell/decimal);
 *   now read as percentages where a line or the table adds up to 100 within rounding (our reading, said
 *   `layout/proportions`): the 77 with their N read and protected, the 23 with none refused as shares with no N.
 *   Never read as counts.
 * - 「n (p%)」 in columns aligned by spaces (listing.ts): b2edc55 refused all 100 (line/count); now read, none leaking.
 * - Stata's tabulate as text (listing.ts readStata): b2edc55 refused all 100 (input/spaces, line/count); now read
 *   (one table of 「n (p%)」 per percentage line, the base by arithmetic), none leaking; a one-way table with 「Cum.」
 *   and a count under the threshold refused in words (layout/stata-cumulative; 20 of 20, line/count before).
 * - SAS 「Frequency Missing = m」 with the whole N stated (listing.ts linkMissing): b2edc55 refused or stopped all 100
 *   (row/short on 「Sample Size = N」, a blocking finding on the title's N); now linked (N = total + m), read, none
 *   leaking.
 */
import { describe, expect, it } from 'vitest';
import { fixtureBundle, solver } from './helpers.ts';
import { adversary, expectProtected } from './protection.ts';
import { freqMissing, spacedPairs, stata, x100, type Joined } from './formats35-families.ts';
import { leaks } from './formats33-attack.ts';

const highs = await solver();
const bundle = fixtureBundle();
const { result, codes } = adversary(highs, bundle);

const seeds = (f: (n: number, seed: number) => Joined[]) => {
  const out: Joined[] = [];
  for (let seed = 1341; seed <= 1360; seed++) out.push(...f(5, seed));
  return out;
};
/** Read, said, no count given back to the attacker over every printed number, nor to the oracle on `joined`. */
const readProtected = (c: Joined, code: string, oracle = true) => {
  const r = result(c.text);
  expect(r.ok, c.text).toBe(true);
  if (!r.ok) return;
  expect(r.warnings.map((w) => w.code)).toContain(code);
  expect(r.verdict.reasons.filter((x) => x.severity === 'blocking' && x.kind !== 'primary' && x.kind !== 'secondary')).toEqual([]);
  if (!r.tables.some((t) => t.suppression?.passed === false || t.primary.headers.length > 0)) expect(leaks(r, c), c.text).toEqual([]);
  if (oracle) expectProtected(highs, r, c.joined);
};

describe('pandas shares ×100 with no 「%」 (value_counts(normalize=True)*100, crosstab(normalize=…)*100)', () => {
  it('random family (b2edc55: 100 of 100 refused as cell/decimal): read as percentages, with N protected, without N refused as shares with no N', () => {
    let read = 0;
    let refused = 0;
    for (const c of seeds(x100)) {
      if (c.hasN) {
        readProtected(c, 'layout/proportions');
        read++;
      } else {
        expect(codes(c.text), c.text).toContain('percent/no-denominator');
        refused++;
      }
    }
    expect([read, refused]).toEqual([77, 23]);
  });
  it('never counts; decimals that add up to 100 nowhere stay refused as decimals', () => {
    const r = result('\tA群 (N=52)\tB群 (N=48)\nmale\t57.69\t6.25\nfemale\t42.31\t93.75\n');
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.tables[0]!.table.cells.flat().every((x) => x.value.kind === 'percent')).toBe(true);
    expect(codes('\tA群\tB群\nx\t45.3\t38.1\ny\t22.4\t23.9\n')).toContain('cell/decimal');
  });
});

describe('「n (p%)」 in columns aligned by spaces (R print(), SAS listing)', () => {
  it('random family (b2edc55: 100 of 100 refused as line/count): read as pairs, said, nothing given back', () => {
    const cs = seeds(spacedPairs);
    for (const c of cs) readProtected(c, 'layout/spaces');
    expect(cs.length).toBe(100);
  });
});

describe("Stata's tabulate as text (「|」 and 「-----+-----」)", () => {
  it('random family (b2edc55: 100 of 100 refused, input/spaces or line/count): one-way and two-way, with row/col/cell lines, read; nothing given back', () => {
    const cs = seeds((n, seed) => stata(n, seed));
    for (const c of cs) readProtected(c, 'layout/stata');
    expect(cs.length).toBe(100);
  });
  it('a one-way table with 「Cum.」 and a count under the threshold: read since formats36 (20 of 20; layout/stata-cumulative on d8f82c6, line/count before)', () => {
    // formats36 reads each running share as a line of ours that may be hidden (a tree of running sums), which this
    // family's tokens cannot say (its Cum. values are never hidden cells): the attack is formats36.test's `stataCum`.
    for (let seed = 1341; seed <= 1360; seed++) {
      const c = stata(1, seed, true)[0]!;
      const r = result(c.text);
      expect(r.ok, c.text).toBe(true);
      if (r.ok) expect(r.warnings.map((w) => w.code)).toContain('layout/stata');
    }
  });
  it('refused in words where the key names a base the arithmetic does not give (layout/stata-base; input/spaces before)', () => {
    const text = [
      '+-------------------+',
      '| Key               |',
      '|-------------------|',
      '| frequency         |',
      '| column percentage |',
      '+-------------------+',
      '',
      '       sex |      died      alive |     Total',
      '-----------+----------------------+----------',
      '      male |        50         25 |        75 ',
      '           |     66.67      33.33 |    100.00 ',
      '-----------+----------------------+----------',
      '    female |         3         52 |        55 ',
      '           |      5.45      94.55 |    100.00 ',
      '-----------+----------------------+----------',
      '     Total |        53         77 |       130 ',
      '           |     40.77      59.23 |    100.00 ',
      '',
    ].join('\n');
    expect(codes(text)).toEqual(['layout/stata-base']);
    // With no key, the Total line decides where the cells cannot (each row's total that of its column): row%, read.
    const square = [
      '       sex |      died      alive |     Total',
      '-----------+----------------------+----------',
      '      male |        30         10 |        40 ',
      '           |     75.00      25.00 |    100.00 ',
      '-----------+----------------------+----------',
      '    female |        10         30 |        40 ',
      '           |     25.00      75.00 |    100.00 ',
      '-----------+----------------------+----------',
      '     Total |        40         40 |        80 ',
      '           |     50.00      50.00 |    100.00 ',
      '',
    ].join('\n');
    expect(codes(square)).toEqual([]);
  });
});

describe('SAS 「Frequency Missing = m」 linked to the whole N the output states', () => {
  it('random family (b2edc55: 50 row/short, 50 stopped by the title N finding): linked, read, nothing given back', () => {
    // The attacker over every printed number only: the oracle pins a hidden 「Frequency Missing」 and 合計 beside a
    // published 小計 with no relation that gives it (80, 14, 小計 94 shown, 7 and 合計 101 hidden: 7..7 where 101 − 94
    // leaves it free) — left open in the report, not this reading's.
    const cs = seeds(freqMissing);
    for (const c of cs) readProtected(c, 'layout/frequency-missing', false);
    expect(cs.length).toBe(100);
  });
});
