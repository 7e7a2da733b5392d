/**
 * formats50 (issue #11): R's print() of `table()` and `prop.table()` pasted (formats50-families.ts, seeds 2861–2870;
 * `npx node test/pubcheck/formats50-measure.ts one|prop [n] [from] [to] --oracle`, `ROOT=<checkout>` for the base
 * d581442): d581442 refused 100 of 100 of each (`line/count`, `input/spaces`, `table/no-columns`); now all read, none
 * leaking to formats33-attack.ts or the oracle.
 */
import { describe, expect, it } from 'vitest';
import { checkerIn } from './helpers.ts';
import { expectProtected } from './protection.ts';
import { rOneWay, rProp } from './formats50-families.ts';
import { leaks } from './formats33-attack.ts';

const { check, highs, bundle } = await checkerIn();
const checked = (text: string) => check(highs, bundle, text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });

describe("R's table() and prop.table() prints (formats50)", () => {
  it('random families (d581442: all refused): read, nothing given back', () => {
    const cs = [...rOneWay(6, 2861), ...rProp(6, 2866)];
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

  it('a one-way table() wrapped over two pairs of lines (d581442: `line/count`): a count table, 4 hidden', () => {
    const text = [
      '> table(df$region)',
      '',
      'Hokkaido   Tohoku    Kanto    Chubu    Kinki  Chugoku  Shikoku   Kyushu ',
      '      86       60      115       21       44       98      101       98 ',
      ' Okinawa Overseas  Unknown ',
      '      69       42        4 ',
    ].join('\n');
    const r = checked(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.tables).toHaveLength(1);
    expect(r.tables[0]!.table.rows).toHaveLength(11);
    expect(r.tables[0]!.status[10]).toBe('primary');
  });

  it('prop.table(t, 1) under its command line: 行% of the counts above, one table of n (p%)', () => {
    const text = [
      '> tab <- table(df$sex, df$outcome)',
      '> tab',
      '        ',
      '         alive died',
      '  female    40    5',
      '  male      30    3',
      '> prop.table(tab, 1)',
      '        ',
      '              alive       died',
      '  female 0.88888889 0.11111111',
      '  male   0.90909091 0.09090909',
    ].join('\n');
    const r = checked(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.tables).toHaveLength(1);
    expect(r.tables[0]!.table.title).toContain('行%');
    expect(r.tables[0]!.status.filter((s) => s === 'published')).toHaveLength(0);
  });

  it('a call whose margin the shares do not fit, or no call and two bases fitting: refused naming it (`layout/r-base`)', () => {
    const counts = ['         yes no', '  female  20 20', '  male    20 20'];
    const props = ['          yes   no', '  female 0.25 0.25', '  male   0.25 0.25'];
    // prop.table(tab, 1) would print 0.5: the call says the row's, the shares are the whole's.
    const r1 = checked(['> tab <- table(a, b)', '> tab', ...counts, '> prop.table(tab, 1)', ...props].join('\n'));
    expect(r1.ok).toBe(false);
    if (!r1.ok) expect(r1.errors.map((e) => e.code)).toContain('layout/r-base');
    // 2 × 2 of 20s, shares 0.5: the row's and the column's both fit, no call.
    const half = ['         yes  no', '  female 0.5 0.5', '  male   0.5 0.5'];
    const r2 = checked([...counts, '', ...half].join('\n'));
    expect(r2.ok).toBe(false);
    if (!r2.ok) expect(r2.errors.map((e) => e.code)).toContain('layout/r-base');
  });
});
