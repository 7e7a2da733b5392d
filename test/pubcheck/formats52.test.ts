/**
 * formats52 (issue #11): R's 3-way `table()` print (its strata 「, , site = A」), `ftable()` and
 * `addmargins(prop.table(…))` (formats52-families.ts, seeds 2971–2985; `npx node test/pubcheck/formats52-measure.ts
 * three|ftable|addm [n] [from] [to] --oracle`, `ROOT=<checkout>` for the base 850d8f8): 850d8f8 refused all of each;
 * now read, none leaking to formats33-attack.ts or the oracle.
 */
import { describe, expect, it } from 'vitest';
import { checkerIn } from './helpers.ts';
import { expectProtected } from './protection.ts';
import { rAddm, rFtable, rThree } from './formats52-families.ts';
import { leaks } from './formats33-attack.ts';
import { attack } from './oracle.ts';

const { check, highs, bundle } = await checkerIn();
const checked = (text: string) => check(highs, bundle, text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });

describe("R's 3-way table(), ftable() and addmargins(prop.table()) prints (formats52)", () => {
  it('random families (850d8f8: all refused): read, nothing given back', () => {
    const cs = [...rThree(4, 2971), ...rFtable(4, 2977), ...rAddm(4, 2981)];
    for (const c of cs) {
      const r = checked(c.text);
      expect(r.ok, c.text).toBe(true);
      if (!r.ok) continue;
      expect(
        r.warnings.some((w) => w.code === 'layout/r-table'),
        c.text,
      ).toBe(true);
      expect(leaks(r, c), c.text).toEqual([]);
      expectProtected(highs, r, c.joined, 'threshold', false, { disjointParts: true });
    }
  });

  it('a 3-way table() (850d8f8: `table/no-rows`, `input/spaces`): each stratum a table titled by it', () => {
    const text = [
      '> table(sex = df$sex, outcome = df$outcome, site = df$site)',
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
    ].join('\n');
    const r = checked(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.tables.map((t) => t.table.title)).toEqual(['sex × outcome（site=A）', 'sex × outcome（site=B）']);
    expect(r.tables[0]!.status[1]).toBe('primary');
    expect(r.tables[1]!.status[3]).toBe('primary');
  });

  it("a stratum line whose print is not R's (columns off): refused naming it (`layout/r-table`)", () => {
    const text = [', , site = A', '', '      outcome', 'sex    alive died', '  female    40    5', '  male      30    3'].join('\n');
    const r = checked(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.find((e) => e.code === 'layout/r-table')?.message).toContain('1行目「, , site = A」');
  });

  it("an ftable() of a 3-way table (850d8f8: `input/spaces`): one table, rows by the row variables' levels", () => {
    const text = [
      '               site  A  B',
      'sex    outcome           ',
      'female alive        40 22',
      '       died          5 14',
      'male   alive        30 35',
      '       died          3  8',
    ].join('\n');
    const r = checked(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.tables).toHaveLength(1);
    expect(r.tables[0]!.table.rows.map((x) => x.label)).toEqual(['female / alive', 'female / died', 'male / alive', 'male / died']);
    expect(r.tables[0]!.status.filter((s) => s === 'primary')).toHaveLength(3);
  });

  it('an ftable() with a combination missing is no ftable: left as it was', () => {
    const text = [
      '               site  A  B',
      'sex    outcome           ',
      'female alive        40 22',
      '       died          5 14',
      'male   alive        30 35',
    ].join('\n');
    const r = checked(text);
    expect(r.ok).toBe(false);
  });

  it('addmargins(prop.table(tab)) under the counts (850d8f8: `input/spaces`): 全体% with its Sum row and column', () => {
    const text = [
      '> tab <- table(df$sex, df$outcome)',
      '> tab',
      '        ',
      '         alive died',
      '  female    40    5',
      '  male      30    3',
      '> addmargins(prop.table(tab))',
      '        ',
      '              alive       died        Sum',
      '  female 0.51282051 0.06410256 0.57692308',
      '  male   0.38461538 0.03846154 0.42307692',
      '  Sum    0.89743590 0.10256410 1.00000000',
    ].join('\n');
    const r = checked(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.tables).toHaveLength(1);
    expect(r.tables[0]!.table.cols.map((x) => x.label)).toEqual(['alive', 'died', 'Sum']);
    expect(r.tables[0]!.table.rows.map((x) => x.label)).toEqual(['female', 'male', 'Sum']);
  });

  it('addmargins(prop.table(tab, 1)): its Sum row is a sum of row shares, read since formats55 and hidden with its counts', () => {
    const text = [
      '> tab <- table(df$sex, df$outcome)',
      '> tab',
      '        ',
      '         alive died',
      '  female    40    5',
      '  male      30    3',
      '> addmargins(prop.table(tab, 1))',
      '        ',
      '              alive       died        Sum',
      '  female 0.88888889 0.11111111 1.00000000',
      '  male   0.90909091 0.09090909 1.00000000',
      '  Sum    1.79797980 0.20202020 2.00000000',
    ].join('\n');
    const r = checked(text);
    // formats55: read (was refused, `layout/r-base`): 5 and 3 hidden with their rows' 40 and 30 (each row's N is given
    // back by a published count and its share), and both sums of shares hidden with the counts they sum.
    expect(r.ok, JSON.stringify(r)).toBe(true);
    if (!r.ok) return;
    expect(r.tables[0]!.status.every((s) => s !== 'published')).toBe(true);
    const rate = r.tables[0]!.table.rates?.[0];
    expect(rate?.extreme).toBe('sharesum');
    expect(JSON.stringify(r.warnings)).toContain('割合の和');
  });

  it("the oracle's one pin in rThree (seed 2973, case 16) is its chance relation 71 = 67 + 4: a truth of 5 hides the same cells, 1–∞", () => {
    const c = rThree(20, 2973)[16]!;
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
    const h4 = hiddenOf(c.text);
    const h5 = hiddenOf(c.text.replace('  >=75    4  6', '  >=75    5  6'));
    expect([...h5]).toEqual([...h4]);
    expect(attack(highs, c.joined, h4, { zeroExempt: true, disjointParts: true }).get('0:2:0')).toMatchObject({ lo: 4, hi: 4 });
    const other = attack(highs, c.joined.replace('>=75\t4\t6', '>=75\t5\t6'), h5, { zeroExempt: true, disjointParts: true });
    expect(other.get('0:2:0')).toMatchObject({ lo: 1, hi: null });
  });
});
