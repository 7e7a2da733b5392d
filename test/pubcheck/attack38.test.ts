/**
 * attack38 (issue #11): the adversary's new kinds of pasted tables (attack38-families.ts, seeds 1801–1830), each run
 * through the checker and the independent oracle (oracle.ts): applicant-suppressed markers beside totals that give
 * them back, 令和 years linked to the same counts written 2022年度 / FY2022 / R4年度 / 令和４年度, a table and its
 * transpose with the labels' width and words varied, an Excel copy (padded title and note rows, a group over n / %),
 * CSV with quoted commas and thousands separators, Markdown with escaped pipes. Measured
 * (`attack38-measure.ts 4 1801,1802,1803,1804,1805`): the base (int 986767e) and this tree alike refused every marker
 * case and held every other case under both protections (0 leaked); nothing was fixed, these tests keep it so.
 * Inputs at and past the size limits are refused in words (their codes), never thrown.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../src/pubcheck/check.ts';
import { LIMITS } from '../../src/pubcheck/read.ts';
import { codesOf, fixtureBundle, solver } from './helpers.ts';
import { family } from './attack38-families.ts';
import { judged } from './attack38-measure.ts';

const highs = await solver();
const bundle = fixtureBundle();

describe('applicant-suppressed markers beside totals that give them back: refused, never read', () => {
  it.each([1801, 1802, 1803])('seed %i: 8 cases', (seed) => {
    for (const c of family('marker/given-back', 8, seed)) {
      const r = check(highs, bundle, c.text, { details: true }, { protection: 'threshold' });
      expect(r.ok, c.text).toBe(false);
      if (!r.ok) expect(r.errors.map((e) => e.code).join('+'), c.text).toMatch(/cell\/|total\/mismatch/);
    }
  });
});

describe.each(['era/linked', 'transpose/split', 'excel/merged', 'text/quoted'] as const)('%s: held against the oracle', (kind) => {
  it.each([1806, 1807])(
    'seed %i: 3 cases, both protections',
    (seed) => {
      for (const c of family(kind, 3, seed)) {
        expect(judged(c, 'threshold'), c.text).toBe('held');
        expect(judged(c, 'not-exact'), c.text).toBe('held');
      }
    },
    120_000,
  );
});

describe('inputs at the size limits: refused in words', () => {
  const table = (rows: number, cols: number, title = '') =>
    [
      ...(title ? [`# ${title}`] : []),
      ['区分', ...Array.from({ length: cols }, (_, j) => `列${j + 1}`)].join('\t'),
      ...Array.from({ length: rows }, (_, i) => [`行${i + 1}`, ...Array<string>(cols).fill('25')].join('\t')),
    ].join('\n');
  const codes = (text: string) => {
    const r = check(highs, bundle, text, { details: true }, { protection: 'threshold', mipSeconds: 0 });
    return codesOf(r);
  };
  it('one row, one column, one table, one cell, one character and one line past each limit', () => {
    expect(codes(table(LIMITS.rows + 1, 2))).toBe('table/too-large');
    expect(codes(table(2, LIMITS.cols + 1))).toBe('table/too-large');
    expect(codes(Array.from({ length: LIMITS.tables + 1 }, (_, k) => table(2, 2, `表${k + 1}`)).join('\n\n'))).toMatch(
      /too-many|too-large/,
    );
    expect(codes(`区分\t人数\n${'A'.repeat(LIMITS.cellChars + 1)}\t30\n`)).not.toBe('');
    expect(codes(`区分\t人数\nA\t30\n${'\n'.repeat(LIMITS.lines + 1)}`)).not.toBe('');
    expect(codes('x,'.repeat(LIMITS.text / 2 + 1))).not.toBe('');
  });
});
