/**
 * redb60 (issue #11): R's prop.table() printed right under a print of counts its call does not name — 「> round(100 *
 * prop.table(t1, 1), 1)」 under 「> t2」 — was read as t2's shares wherever t1's shares fit t2's counts by rounding (t2
 * a multiple of t1), so t1's shares were published unchecked and t1's small counts given back by its published totals.
 * listing.ts `rObject` reads the object each call names; shares naming another object than the counts over them (or,
 * over counts of no name, the object of another print) are refused in words (layout/r-base), naming both.
 * redb60-families.ts `rOtherShares` (seeds 4380–4381, 200; redb60-measure.ts, ROOT=<tree> for the base a9147354).
 * Run with ROOT=/tmp/<base> to see the base fail.
 */
import { describe, expect, it } from 'vitest';
import { checkerOfRoot, codesOf } from './helpers.ts';
import { rOtherShares } from './redb60-families.ts';
import { leaks } from './formats33-attack.ts';

const { check, highs, bundle } = await checkerOfRoot();
const checked = (text: string) => check(highs, bundle, text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });

const T1 = [
  '> t1 <- table(df1$arm, df1$outcome)',
  '> addmargins(t1)',
  '     ',
  '      Alive Died Sum',
  '  A      42    7  49',
  '  B      35   51  86',
  '  Sum    77   58 135',
];
const T2 = ['   ', '    Alive Died', '  A    84   14', '  B    70  102'];
const SHARES = (call: string) => [`> ${call}`, '   ', '    Alive Died', '  A  85.7 14.3', '  B  40.7 59.3'];
const text = (...ls: string[][]) => ls.flat().join('\n') + '\n';

describe('prop.table() of another table printed under counts (redb60)', () => {
  it.each([
    ['t2 by name', ['> t2 <- table(df2$arm, df2$outcome)', '> t2'], 'round(100 * prop.table(t1, 1), 1)'],
    ['t2 by print()', ['> t2 <- table(df2$arm, df2$outcome)', '> print(t2)'], 'round(100 * prop.table(t1, 1), 1)'],
    ['t2 of no name', ['> table(df2$arm, df2$outcome)'], 'round(100 * prop.table(t1, 1), 1)'],
    ['t2 by name, shares of tab (no print)', ['> t2 <- table(df2$arm, df2$outcome)', '> t2'], 'prop.table(tab, 1) * 100'],
  ])('%s: t1 shares under t2 refused, naming the object (on the base t1 Died 7 given back: 14.3 of 49)', (_, head, call) => {
    const r = checked(text(T1, head, T2, SHARES(call)));
    expect(codesOf(r)).toBe('layout/r-base');
    if (!r.ok) expect(r.errors[0]!.message).toMatch(/「t1」|「tab」/);
  });
  it.each([
    ['t2 by name', ['> t2 <- table(df2$arm, df2$outcome)', '> t2'], 'round(100 * prop.table(t2, 1), 1)'],
    ['t2 of no name', ['> table(df2$arm, df2$outcome)'], 'round(100 * prop.table(table(df2$arm, df2$outcome), 1), 1)'],
    ['a name no print has, counts of no name', ['> table(df2$arm, df2$outcome)'], 'round(100 * prop.table(tab, 1), 1)'],
  ])('%s: the shares of the counts above read as before', (_, head, call) => {
    const r = checked(text(T1, head, T2, SHARES(call)));
    expect(codesOf(r)).toBe('');
  });
  it("3-way: prop.table(t1) slices under t2's slices refused (the base read them as t2's), prop.table(t2) read", () => {
    const slice = (site: string, rows: string[]) => [`, ,  = ${site}`, '', '        ', ...rows, ''];
    const t2 = [
      '> t2 <- table(df2$sex, df2$outcome, df2$site)',
      '> t2',
      ...slice('A', ['         yes  no', '  female 726 136', '  male     2  92']),
      ...slice('B', ['         yes  no', '  female 148  10', '  male   184 166']),
    ];
    const shares = (of: string) => [
      `> prop.table(${of})`,
      ...slice('A', ['                yes         no', '  female 0.49590164 0.09289617', '  male   0.00136612 0.06284153']),
      ...slice('B', ['               yes          no', '  female 0.1010929 0.006830601', '  male   0.1256831 0.113387978']),
    ];
    const r = checked(text(t2, shares('t1')));
    expect(codesOf(r)).toBe('layout/r-base');
    if (!r.ok) expect(r.errors.every((e) => e.message.includes('「t1」'))).toBe(true);
    expect(codesOf(checked(text(t2, shares('t2'))))).toBe('');
  });
  it('family rOtherShares (4380–4381): the class never read, never leaked; its innocent look read', () => {
    let other = 0;
    for (const seed of [4380, 4381])
      for (const c of rOtherShares(100, seed)) {
        const r = checked(c.text);
        if (c.family.startsWith('own')) expect(codesOf(r), c.text).toBe('');
        else other++;
        if (r.ok) expect(leaks(r, c), c.text).toEqual([]);
        else expect(codesOf(r), c.text).toBe('layout/r-base');
      }
    expect(other).toBeGreaterThan(100);
  }, 120_000);
});
