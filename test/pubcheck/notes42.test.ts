/**
 * notes42 (issue #11). Measured with `notes42-measure.ts 20 2101,2102` (valid percent) and `20 2105,2106 <note kinds>`
 * on the base (main 9cae2f7, ROOT=its tree) and now, each under both protections:
 * - valid percent (notes42-families.ts `family`: 「n (p%)」 of the patients with a value beside a 「不明」/「Unknown」 count,
 *   the N counting it in the header, gtsummary's 「A群, N = 103」 with or without 「Overall」, a Table 1 heading, or a
 *   合計 line): the base refused 200 of 200 (`percent/valid-base`); now 200 of 200 read over the base N − 不明 (our
 *   reading, said `percent/valid-base` as a warning), 0 leaking to the oracle on the checker's reading nor to
 *   `baseAttack`, which knows the base equation (N = base + 不明, each published share bounding the base).
 * - a note's N over bare percentages (「※全体 N=98」, 「※A群 N=28、B群 N=70」): the base refused 80 of 80 (`line/count`);
 *   now 80 of 80 read as the title's / headers' N, 0 leaking to the oracle given the N in the corner / headers.
 * - an unmarked last line stating the table's sum (「全体 N=98」「(全体 n = 98)」「対象患者 98 名」): the base refused 40
 *   of 40 (`row/short`); now 40 of 40 read as the title's N, 0 leaking.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../src/pubcheck/check.ts';
import { codesOf, fixtureBundle, solver } from './helpers.ts';
import { baseAttack, family, FORMS, noteFamily, NOTE_KINDS } from './notes42-families.ts';
import { expectProtected, written, type Ok } from './protection.ts';

const highs = await solver();
const bundle = fixtureBundle();
const run = (text: string, protection: 'threshold' | 'not-exact' = 'threshold') =>
  check(highs, bundle, text, { details: true }, { protection, mipSeconds: 0.3 });

describe('valid percent: shares of N less 「不明」 read over that base, the 「不明」 count tied to it', () => {
  it.each(FORMS)('%s (seed 2103, 5 tables, both protections; base: all refused percent/valid-base)', (form) => {
    for (const c of family(form, 5, 2103))
      for (const protection of ['threshold', 'not-exact'] as const) {
        const r = run(c.text, protection);
        expect(codesOf(r), c.text).toBe('');
        const ok = r as Ok;
        expect(
          ok.warnings.some((w) => w.code === 'percent/valid-base'),
          c.text,
        ).toBe(true);
        expectProtected(highs, ok, written(ok), protection);
        expect(baseAttack(highs, ok, c, protection), c.text).toEqual([]);
      }
  });

  it('the attacker has teeth: 「不明」 hidden with one line beside it comes back as N − base, or from a share', () => {
    const c = family('header', 1, 2104)[0]!;
    const r = run(c.text) as Ok;
    const t = r.tables[0]!;
    const C = t.table.cols.length;
    const nr = c.counts.length;
    const j = c.unknown.findIndex((u) => u > 0);
    // Hidden: 「不明」 and the first line in its column only; every share of the column published.
    const naive = { ...r, tables: [{ ...t, status: t.status.map((_, id) => (id === nr * C + j || id === j ? 'primary' : 'published')) }] };
    expect(baseAttack(highs, naive as Ok, c, 'threshold').length).toBeGreaterThan(0);
  });

  it('lines that do not add up to N − 「不明」 leave the base unproved: refused in words as before', () => {
    const r = run('\tA群 (N=103)\tB群 (N=60)\n男性\t52 (52.5%)\t30 (50.0%)\n女性\t40 (40.4%)\t30 (50.0%)\n不明\t4\t0\n');
    expect(codesOf(r)).toBe('percent/valid-base');
  });

  it('the reading is said once per line with the base and the equation', () => {
    const r = run('\tA群 (N=103)\tB群 (N=60)\n男性\t52 (52.5%)\t30 (50.0%)\n女性\t47 (47.5%)\t30 (50.0%)\n不明\t4\t0\n') as Ok;
    const said = r.warnings.filter((w) => w.code === 'percent/valid-base');
    expect(said).toHaveLength(1);
    expect(said[0]!.message).toContain('「不明」の 4 人を除いた 99 人');
    expect(said[0]!.message).toContain('99 = 103 − 「不明」の数');
    // The 「不明」 4 is hidden, and with it what pins the base (every share of that column).
    const t = r.tables[0]!;
    expect(t.status[2 * 2]).not.toBe('published');
    expect(t.status[0]).not.toBe('published');
  });
});

describe('a note N read where the attack40/41 notes left it refused', () => {
  it.each(NOTE_KINDS)('%s (seed 2107, 8 tables, both protections; base: all refused)', (kind) => {
    for (const c of noteFamily(kind, 8, 2107))
      for (const protection of ['threshold', 'not-exact'] as const) {
        const r = run(c.text, protection);
        expect(codesOf(r), c.text).toBe('');
        expect(
          (r as Ok).warnings.some((w) => w.code === 'layout/note-n'),
          c.text,
        ).toBe(true);
        expectProtected(highs, r as Ok, c.attacked, protection);
      }
  });

  it('checked as the title or header N would be; what is not proved stays refused in words', () => {
    // Shares of no whole count of the note's N.
    expect(codesOf(run('\t割合\n男性\t60.0%\n女性\t40.0%\n※全体 N=98\n'))).toBe('percent/not-whole');
    // A group's N alone over shares: the other group's shares have no N.
    expect(codesOf(run('\tA群\tB群\n男性\t60.7%\t60.0%\n女性\t39.3%\t40.0%\n※A群 N=28\n'))).toBe('percent/no-denominator');
    // A group's N over counts it is no sum of: read as its header's N, the 2 it leaves out found under the threshold.
    const rest = run('\tA群\tB群\n男性\t17\t42\n女性\t11\t28\n※A群 N=30\n') as Ok;
    expect(rest.warnings.some((w) => w.code === 'layout/note-n')).toBe(true);
    expect(rest.tables[0]!.table.cols[0]!.denominator).toBe(30);
    // An unmarked line whose N is no sum of the table: a row with no values, as before.
    expect(codesOf(run('\tA群\tB群\n男性\t17\t42\n女性\t11\t28\n全体 N=100\n'))).toBe('row/short');
    // A label the table does not print, or other words: a note with a count, as before.
    expect(codesOf(run('\tA群\tB群\n男性\t60.7%\t60.0%\n女性\t39.3%\t40.0%\n※C群 N=28\n'))).toBe('line/count');
    expect(codesOf(run('\t割合\n男性\t60.2%\n女性\t39.8%\n※除外 N=3\n'))).toBe('line/count');
    // Means under a note: refused as a table of statistics, as before.
    expect(codesOf(run('\t平均年齢\nA群\t65.2\nB群\t70.1\n※全体 N=98\n'))).toContain('header/statistic');
  });
});
