/**
 * formats42 and formats44's reading of SAS's crosstab listing (their tests share it): read as SAS's crosstab and said,
 * nothing blocking but the small counts, no count given back to formats33-attack.ts over every printed number, nor to
 * the oracle; and the 3×2 counts their hand-made cases print.
 */
import { expect } from 'vitest';
import type { solver } from './helpers.ts';
import { adversary, expectProtected } from './protection.ts';
import type { Joined } from './formats35-families.ts';
import { leaks } from './formats33-attack.ts';

export const ROWS = ['male', 'female', 'unknown'];
export const COLS = ['died', 'alive'];
export const C3: number[][] = [
  [12, 41],
  [28, 52],
  [3, 17],
];

/**
 * The check of one statistical package's listing under `result` (protection.ts `adversary`): read and said with
 * `code`, attacked as above. Shared by formats38 (`layout/cumulative`), spss43 (`layout/spss`) and formats42/44.
 */
export const readProtected =
  (highs: Awaited<ReturnType<typeof solver>>, result: ReturnType<typeof adversary>['result'], code: string) =>
  (c: Joined): void => {
    const r = result(c.text);
    expect(r.ok, c.text).toBe(true);
    if (!r.ok) return;
    expect(r.warnings.map((w) => w.code)).toContain(code);
    expect(r.verdict.reasons.filter((x) => x.severity === 'blocking' && x.kind !== 'primary' && x.kind !== 'secondary')).toEqual([]);
    expect(r.tables.some((t) => t.suppression?.passed === false || t.primary.headers.length > 0)).toBe(false);
    expect(leaks(r, c), c.text).toEqual([]);
    expectProtected(highs, r, c.joined, 'threshold', false, { disjointParts: true });
  };

/** SAS's crosstab listing read as such (formats42/44). */
export const sasReadProtected = (highs: Awaited<ReturnType<typeof solver>>, result: ReturnType<typeof adversary>['result']) =>
  readProtected(highs, result, 'layout/sas-cross');
