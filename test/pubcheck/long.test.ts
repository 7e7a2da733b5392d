/**
 * Sums of non-adjacent rows in long multi-column tables (issue #11): a row equal in every column to the sum of a set
 * of other rows is found in a table of any length (before: only up to 60 rows), or reported in words where the
 * search cannot tell (several sets by chance, or its work limit). Attacked by the oracle (oracle.ts), which searches
 * every set.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check, type CheckResult } from '../../src/pubcheck/check.ts';
import { readTables } from '../../src/pubcheck/read.ts';
import { fixtureBundle, lcg, solver } from './helpers.ts';
import { expectProtected } from './protection.ts';

const bundle = fixtureBundle();
const highs = await solver();
type Ok = Extract<CheckResult, { ok: true }>;
function holds(text: string): Ok {
  const r = check(highs, bundle, text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });
  if (!r.ok) throw new Error(r.errors.map((e) => `${e.code}: ${e.message}`).join('\n'));
  expectProtected(highs, r, text);
  return r;
}

/** `rows` rows of three counts from 20 to 99 (fixed generator), row 31 column A a small 3, and a group row X群 first. */
function long(rows: number, seed: number, parts: number[] | undefined): string {
  const rnd = lcg(seed);
  const v = Array.from({ length: rows }, () => Array.from({ length: 3 }, () => 20 + Math.floor(rnd() * 80)));
  v[30]![0] = 3;
  const group = parts ? [0, 1, 2].map((c) => parts.reduce((x, p) => x + v[p]![c]!, 0)) : [150, 160, 170];
  return `\tA\tB\tC\nX群\t${group.join('\t')}\n${v.map((r, i) => `r${i + 1}\t${r.join('\t')}`).join('\n')}\n`;
}

describe('sums of non-adjacent rows in tables over 60 rows', () => {
  it('a group row that is the sum of rows far apart is that sum, in a table of 71 rows (it was an item before)', () => {
    // Before: X群 (the sum of r11, r31 and r51) was read as an item; r31's 3 was hidden with one other cell and
    // X群 less r11 and r51 gave it back.
    const r = holds(long(70, 5, [10, 30, 50]));
    expect(r.tables[0]!.table.sums).toContainEqual({ axis: 'rows', header: 0, parts: [11, 31, 51], how: 'set' });
    expect(r.warnings.find((w) => w.code === 'sum/found')?.message).toContain('行「X群」は行「r11」「r31」「r51」の和と一致するため');
  });
  it('the same table without the group row summing anything passes as before', () => {
    const r = holds(long(70, 5, undefined));
    expect(r.tables[0]!.table.sums).toEqual([]);
    // A flat table without margins: the small count hidden alone, as before.
    expect(r.tables[0]!.status.filter((s) => s !== 'published')).toEqual(['primary']);
  });
  it('rows that are sums of several sets by chance (two columns of small counts) are reported in words, not taken', () => {
    const rnd = lcg(9);
    const text = `\tA\tB\n${Array.from({ length: 300 }, (_, i) => `r${i + 1}\t${1 + Math.floor(rnd() * 20)}\t${1 + Math.floor(rnd() * 20)}`).join('\n')}\n`;
    const read = readTables(text);
    const warning = read.warnings.find((w) => w.code === 'sum/not-searched');
    expect(warning?.message).toContain('離れた行の組の和かどうかを確かめきれていません');
    expect(warning?.message).toContain('チェッカーの判断');
  });
  it('property: a group of two or three rows anywhere in a table of 61 to 80 rows is found and protected', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 60, max: 79 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.uniqueArray(fc.integer({ min: 0, max: 59 }), { minLength: 2, maxLength: 3 }),
        (rows, seed, parts) => {
          const withSmall = parts.includes(30) ? parts : [...parts.slice(0, -1), 30];
          const text = long(rows, seed, withSmall);
          // A group of four rows of up to 99 is also the sum of many other sets by chance: reported, not taken (the
          // limit the README states); the property is about the groups the search takes.
          const missed = readTables(text).warnings.some((w) => w.code === 'sum/not-searched' && w.message.includes('「X群」'));
          fc.pre(!missed);
          const r = holds(text);
          expect(r.tables[0]!.table.sums.some((x) => x.header === 0)).toBe(true);
        },
      ),
      { numRuns: Number(process.env.PUBCHECK_RUNS ?? 8) },
    );
  }, 120_000);
});
