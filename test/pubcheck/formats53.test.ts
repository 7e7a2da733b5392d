/**
 * formats53 (issue #11): R's `ftable()` with two column variables (formats53-families.ts `rFtable2`, seeds 3180–3184;
 * `npx node test/pubcheck/formats53-measure.ts [n] [from] [to] --oracle`, `ROOT=<checkout>` for the base cac6902):
 * cac6902 refused all (`input/spaces`); now read as one table, none leaking to formats33-attack.ts or the oracle.
 */
import { describe, expect, it } from 'vitest';
import { checkerIn } from './helpers.ts';
import { expectProtected } from './protection.ts';
import { rAddmShares, rFtable2, rThreeProp } from './formats53-families.ts';
import { attack } from './oracle.ts';
import { leaks } from './formats33-attack.ts';

const { check, highs, bundle } = await checkerIn();
const checked = (text: string) => check(highs, bundle, text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });

describe("R's ftable() with two column variables (formats53)", () => {
  it('random family (cac6902: all refused, `input/spaces`): read, nothing given back', () => {
    for (const c of rFtable2(6, 3181)) {
      const r = checked(c.text);
      expect(r.ok, c.text).toBe(true);
      if (!r.ok) continue;
      expect(r.tables).toHaveLength(1);
      expect(leaks(r, c), c.text).toEqual([]);
      expectProtected(highs, r, c.joined, 'threshold', false, { disjointParts: true });
    }
  });

  it('ftable(Titanic, row.vars = 1:2) as R prints it (cac6902: `input/spaces`): one table, columns 「Child / No」…', () => {
    const text = [
      '             Age      Child     Adult    ',
      '             Survived    No Yes    No Yes',
      'Class Sex                                ',
      '1st   Male                0   5   118  57',
      '      Female              0   1     4 140',
      '2nd   Male                0  11   154  14',
      '      Female              0  13    13  80',
      '3rd   Male               35  13   387  75',
      '      Female             17  14    89  76',
      'Crew  Male                0   0   670 192',
      '      Female              0   0     3  20',
    ].join('\n');
    const r = checked(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.tables).toHaveLength(1);
    const t = r.tables[0]!;
    expect(t.table.title).toBe('Class × Sex × Age × Survived');
    expect(t.table.cols.map((x) => x.label)).toEqual(['Child / No', 'Child / Yes', 'Adult / No', 'Adult / Yes']);
    expect(t.table.rows.map((x) => x.label)[1]).toBe('1st / Female');
    // The counts 5, 1, 4, 3 (zeros are no patients here).
    expect(t.status.filter((s) => s !== 'published')).toHaveLength(4);
  });

  it('an upper level written where it does not change (not R’s layout): not read as an ftable', () => {
    const text = [
      '             Age      Child Child Adult    ',
      '             Survived    No   Yes    No Yes',
      'Class Sex                                  ',
      '1st   Male                0     5   118  57',
      '      Female              0     1     4 140',
    ].join('\n');
    const r = checked(text);
    expect(r.ok).toBe(false);
  });

  it('addmargins(prop.table(tab, 1)) alone (cac6902: `cell/decimal` cell by cell): refused once in words, no N, the Sum a sum of shares', () => {
    const text = [
      '> addmargins(prop.table(tab, 1))',
      '        ',
      '              alive       died Sum',
      '  female 0.88888889 0.11111111   1',
      '  male   0.90909091 0.09090909   1',
      '  Sum    1.79797980 0.20202020   2',
    ].join('\n');
    const r = checked(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.code)).toEqual(['layout/r-base']);
    expect(r.errors[0]!.message).toContain('分母（N）がありません');
    expect(r.errors[0]!.message).toContain('割合の和');
  });

  it('row and column shares with a Sum margin (rAddmShares 3186): alone refused saying the Sum is a sum of shares; under the counts read since formats55', () => {
    for (const c of rAddmShares(10, 3186)) {
      const r = checked(c.text);
      // formats55: under the counts printed without margins, read — the other 「Sum」 a line of sums of shares set aside,
      // hidden with the counts it sums (formats55.test.ts attacks it).
      const under = c.family.includes('under-counts');
      expect(r.ok, c.text).toBe(under);
      expect(JSON.stringify(r.ok ? r.warnings : r.errors), c.text).toContain('割合の和');
    }
  });

  it('prop.table() of a 3-way table under its counts (rThreeProp, cac6902: `layout/r-base`): read, nothing given back', () => {
    for (const c of rThreeProp(8, 3190)) {
      const r = checked(c.text);
      expect(r.ok, c.text).toBe(true);
      if (!r.ok) continue;
      expect(leaks(r, c), c.text).toEqual([]);
      expect(JSON.stringify(r.warnings), c.text).toContain('prop.table() の出力の層');
    }
  });

  it('prop.table(tab) of a 3-way table (cac6902: `layout/r-base`): one table of every stratum under N = W', () => {
    const text = [
      '> tab <- table(sex = df$sex, outcome = df$outcome, site = df$site)',
      '> tab',
      ', , site = A',
      '',
      '        outcome',
      'sex      alive died',
      '  female    40    5',
      '  male      30    3',
      '',
      ', , site = B',
      '',
      '        outcome',
      'sex      alive died',
      '  female    22   14',
      '  male      35    8',
      '',
      '> prop.table(tab)',
      ', , site = A',
      '',
      '        outcome',
      'sex           alive       died',
      '  female 0.25477707 0.03184713',
      '  male   0.19108280 0.01910828',
      '',
      ', , site = B',
      '',
      '        outcome',
      'sex           alive       died',
      '  female 0.14012739 0.08917197',
      '  male   0.22292994 0.05095541',
    ].join('\n');
    const r = checked(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.tables).toHaveLength(1);
    expect(r.tables[0]!.table.title).toBe('sex × outcome × site（全体%：3元表全体 N=157 に対する割合）');
    expect(r.tables[0]!.table.rows.map((x) => x.label)).toEqual(['site=A・female', 'site=A・male', 'site=B・female', 'site=B・male']);
    expect(r.tables[0]!.table.cells[0]![0]!.text).toBe('40 (25.4777%)');
  });

  it('prop.table(tab, 1) of a 3-way table (a margin across strata): refused naming it', () => {
    const c = rThreeProp(20, 3190).find((x) => x.family === 'r-three-prop3')!;
    const r = checked(c.text.replace('> prop.table(tab, 3)', '> prop.table(tab, 1)'));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]!.message).toContain('層をまたぐ');
  });

  it("the oracle's pins in rThreeProp (7 of 100) follow the hidden truth: seed 3194 case 19, a second truth with the same publication, 1–∞", () => {
    const hiddenOf = (text: string) => {
      const r = checked(text);
      expect(r.ok).toBe(true);
      const hidden = new Set<string>();
      if (r.ok)
        r.tables.forEach((t, ti) =>
          t.status.forEach((s, id) => {
            if (s !== 'published') hidden.add(`${ti}:${Math.floor(id / t.table.cols.length)}:${id % t.table.cols.length}`);
          }),
        );
      return hidden;
    };
    const c = rThreeProp(20, 3194)[19]!;
    const c2 = rThreeProp(20, 3194, (q, cs) => {
      if (q !== 19) return;
      cs[0]![1]![0]! += 1;
      cs[0]![2]![1]! -= 1;
    })[19]!;
    const h = hiddenOf(c.text);
    expect([...hiddenOf(c2.text)]).toEqual([...h]);
    expect(attack(highs, c.joined, h, { zeroExempt: true, disjointParts: true }).get('0:1:0')).toMatchObject({ lo: 8, hi: 8 });
    expect(attack(highs, c2.joined, h, { zeroExempt: true, disjointParts: true }).get('0:1:0')).toMatchObject({ lo: 1, hi: null });
  });
});
