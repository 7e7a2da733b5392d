/**
 * notes44 (issue #11): notes giving N that notes42 left refused. Measured with `notes44-measure.ts 20 2281,2282` on the
 * base (main 58c225e, ROOT=its tree) and now, each under both protections (numbers in the README, attack40 entry):
 * - `partial` (「※A群 N=30」 over bare shares of A群 and B群, the small count in a named group): the base refused all
 *   (`percent/no-denominator`); now the named groups' shares are read under their N (each column's breakdown of N an
 *   equation), a column left without N read where the least N its shares fit already makes every share a count at the
 *   threshold or over (a larger N, larger counts), else refused naming the note's form; 0 leaking to the oracle given
 *   every group's true N nor to the denominators attacker (`smallShown`). `partial-small` (the small count in a group
 *   the note does not name): refused, base and now.
 * - `column-sum` (an unmarked last line stating one group's sum, 「全体 N=100」): the base refused all (`row/short`); now
 *   read as that line's N, 0 leaking to the oracle given it in the group's header.
 * - `means` (a table of means under 「※N=98」): refused base and now (`header/statistic`); now the refusal says the
 *   note's N is not checked and how to publish an N (a count table), where before it did not (or refused the note
 *   apart as a count, `line/count`).
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../src/pubcheck/check.ts';
import { codesOf, fixtureBundle, heldOrLeaked, solver } from './helpers.ts';
import { family, smallShown } from './notes44-families.ts';
import { THRESHOLD, type Ok } from './protection.ts';

const highs = await solver();
const bundle = fixtureBundle();
const run = (text: string, protection: 'threshold' | 'not-exact' = 'threshold') =>
  check(highs, bundle, text, { details: true }, { protection, mipSeconds: 0.3 });

describe("notes44: a note naming some groups' N over shares", () => {
  it('partial (seed 2283, 10 tables, both protections): read where proved, 0 leaking; base: all refused', () => {
    let read = 0;
    for (const c of family('partial', 10, 2283))
      for (const protection of ['threshold', 'not-exact'] as const) {
        const r = run(c.text, protection);
        if (!r.ok) {
          expect(codesOf(r), c.text).toBe('percent/no-denominator');
          continue;
        }
        read++;
        const ok = r as Ok;
        expect(
          heldOrLeaked(highs, ok, () => c.attacked, protection, THRESHOLD),
          c.text,
        ).toBe('held');
        expect(smallShown(ok, c, THRESHOLD), c.text).toEqual([]);
      }
    expect(read).toBeGreaterThanOrEqual(10);
  });

  it('partial-small (seed 2284, 8 tables): the small count in a group with no N stays refused', () => {
    for (const c of family('partial-small', 8, 2284)) expect(codesOf(run(c.text)), c.text).toBe('percent/no-denominator');
  });

  it('the column without N read as ours, said with its least N; the named column hidden with its N', () => {
    const r = run('\tA群\tB群\tC群\n男性\t15.0%\t68.8%\t47.8%\n女性\t85.0%\t31.3%\t52.2%\n注：A群 N=40、B群 N=48\n') as Ok;
    expect(codesOf(r)).toBe('');
    const said = r.warnings.filter((w) => w.code === 'percent/no-denominator');
    expect(said).toHaveLength(1);
    expect(said[0]!.message).toContain('列「C群」');
    expect(said[0]!.message).toContain('最小の N（23）');
    expect(said[0]!.message).toContain('チェッカーの判断');
    // 15.0% of 40 is 6: hidden, and 85.0% with it (40 less 34 gives 6 back).
    expect(r.tables[0]!.status[0]).toBe('primary');
    expect(r.tables[0]!.status[3]).not.toBe('published');
  });

  it('a column whose shares may be a small count of some N stays refused, saying how to write its N', () => {
    // B群 60.0% / 40.0%: 3 of 5 (2 of 5 under the threshold).
    const r = run('\tA群\tB群\n男性\t60.7%\t60.0%\n女性\t39.3%\t40.0%\n※A群 N=28\n');
    expect(codesOf(r)).toBe('percent/no-denominator');
    expect((r as { errors: { hint?: string }[] }).errors[0]!.hint).toContain('「B群 N=…」');
  });
});

describe("notes44: an unmarked last line stating one line's sum", () => {
  it('column-sum (seed 2285, 8 tables, both protections): read, 0 leaking; base: all refused row/short', () => {
    for (const c of family('column-sum', 8, 2285))
      for (const protection of ['threshold', 'not-exact'] as const) {
        const r = run(c.text, protection);
        expect(codesOf(r), c.text).toBe('');
        expect(
          heldOrLeaked(highs, r as Ok, () => c.attacked, protection, THRESHOLD),
          c.text,
        ).toBe('held');
      }
  });

  it('its small count hidden with the line it is a sum of', () => {
    const r = run('\tA群\tB群\n男性\t95\t42\n女性\t5\t28\n全体 N=100\n') as Ok;
    expect(codesOf(r)).toBe('');
    expect(r.tables[0]!.status[2]).toBe('primary');
    expect(r.tables[0]!.status[0]).not.toBe('published');
    // No sum of the table: a row with no values, as before.
    expect(codesOf(run('\tA群\tB群\n男性\t17\t42\n女性\t11\t28\n全体 N=100\n'))).toBe('row/short');
  });
});

describe('notes44: a note of N over means alone', () => {
  it('means (seed 2286, 8 tables): refused as statistics, the refusal naming the note and what to write', () => {
    for (const c of family('means', 8, 2286)) {
      const r = run(c.text);
      expect(codesOf(r), c.text).toBe('header/statistic');
      const e = (r as { errors: { message: string; hint?: string }[] }).errors.find((x) => x.message.includes('の注「'));
      expect(e, c.text).toBeDefined();
      expect(e!.hint).toContain('人数の表');
    }
  });
});
