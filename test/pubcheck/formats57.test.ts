/**
 * formats57 (issue #11): R's `addmargins(prop.table(tab, 1 | 2))` under the counts printed with their own margins
 * (`addmargins(tab)`: a 「Sum」 row and column of counts) — formats55 read it under counts printed without margins only
 * (formats57-families.ts; `npx node test/pubcheck/formats57-addm.ts over`, `formats57-measure.ts over|innocent
 * --oracle`, `ROOT=<checkout>` for the base 70103a03). Base: `rAddmOver` 100 of 100 refused (`layout/r-base`); now 100
 * read, none leaking to formats55-attack.ts (given the counts' published totals and every published sum of shares),
 * formats33-attack.ts or the oracle. Also the shares' digits set by a call around prop.table() (`rDigitsCalls`:
 * `round(…, k)`, `signif(…, n)`, `print(…, digits = n)`): base 77 of 100 refused (`layout/r-base`, the wrapping call's
 * last argument taken for the margin), now 100 read, each share held to what the call says, none leaking to
 * formats33-attack.ts or the oracle. Run with ROOT=/tmp/<base> to see the base fail.
 */
import { describe, expect, it } from 'vitest';
import { checkerOfRoot, codesOf } from './helpers.ts';
import { rAddmOver, rAddmOverInnocent, rDigitsCalls } from './formats57-families.ts';
import { checkAddmOver } from './formats57-addm.ts';
import { leaks } from './formats33-attack.ts';
import { expectProtected } from './protection.ts';

const checker = await checkerOfRoot();
const { check, highs, bundle } = checker;
const checked = (text: string) => check(highs, bundle, text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });

const ROWS = [
  '> tab <- table(df$group, df$outcome)',
  '> addmargins(tab)',
  '        ',
  '         alive died Sum',
  '  female    45    7  52',
  '  male      38   52  90',
  '  Sum       83   59 142',
  '> addmargins(prop.table(tab, 1))',
  '        ',
  '             alive      died Sum',
  '  female 0.8653846 0.1346154   1',
  '  male   0.4222222 0.5777778   1',
  '  Sum    1.2876068 0.7123932   2',
].join('\n');

const COLS = [
  '> addmargins(tab)',
  '        ',
  '         alive died Sum',
  '  female    45    7  52',
  '  male      38   52  90',
  '  Sum       83   59 142',
  '> addmargins(prop.table(tab, 2))',
  '        ',
  '             alive      died       Sum',
  '  female 0.5421687 0.1186441 0.6608127',
  '  male   0.4578313 0.8813559 1.3391873',
  '  Sum    1.0000000 1.0000000 2.0000000',
].join('\n');

describe('addmargins(prop.table(t, 1 | 2)) under the counts printed with their margins (formats57)', () => {
  it('random family rAddmOver (base: 100 of 100 refused, `layout/r-base`): read, nothing given back', async () => {
    for (const c of rAddmOver(6, 3851)) {
      const x = await checkAddmOver(checker, c);
      expect(x.ok, c.text).toBe(true);
      if (!x.ok) continue;
      expect(x.sumLine, c.text).toBe(true);
      expect(x.leaks, c.text).toEqual([]);
      expect(x.countLeaks, c.text).toEqual([]);
    }
  });

  it('row shares: one table with the counts’ 「Sum」 as totals, the line of sums of shares set aside, said', () => {
    const r = checked(ROWS);
    expect(r.ok, JSON.stringify(r)).toBe(true);
    if (!r.ok) return;
    expect(r.tables).toHaveLength(1);
    const t = r.tables[0]!;
    expect(t.table.rows.map((h) => h.label)).toEqual(['female', 'male', 'Sum']);
    expect(t.table.cols.map((h) => h.label)).toEqual(['alive', 'died', 'Sum']);
    expect(t.table.cells[0]![1]!.text).toBe('7 (13.4615%)');
    expect(t.table.cells[2]!.map((c) => c.text)).toEqual(['83', '59', '142']);
    expect(t.status[1]).toBe('primary');
    const s = JSON.stringify(r);
    expect(s).toContain('それぞれ合計と確かめた');
    expect(s).toContain('Sum（行%の和）');
    expect(s).toContain('チェッカーの判断');
  });

  it('column shares likewise: the counts’ 「Sum」 column its totals, the column of sums of shares set aside', () => {
    const r = checked(COLS);
    expect(r.ok, JSON.stringify(r)).toBe(true);
    if (!r.ok) return;
    const t = r.tables[0]!;
    expect(t.table.cols.map((h) => h.label)).toEqual(['alive', 'died', 'Sum']);
    expect(t.table.cells.map((row) => row[2]!.text)).toEqual(['52', '90', '142']);
    expect(t.status[1]).toBe('primary');
    expect(JSON.stringify(r)).toContain('Sum（列%の和）');
  });

  it('must fail: the counts’ 「Sum」 not the sum of its line, or a sum of shares off, refused (`layout/r-base`)', () => {
    for (const bad of [ROWS.replace('  female    45    7  52', '  female    45    7  53'), ROWS.replace('1.2876068', '1.3876068')]) {
      const r = checked(bad);
      expect(r.ok, bad).toBe(false);
    }
    const r = checked(ROWS.replace('  female    45    7  52', '  female    45    7  53'));
    expect(codesOf(r)).toContain('layout/r-base');
  });

  it('innocent: addmargins(prop.table(tab)) (shares of the whole) under the same counts read as before, nothing given back', async () => {
    for (const c of rAddmOverInnocent(4, 3855)) {
      const x = await checkAddmOver(checker, c, true);
      expect(x.ok, c.text).toBe(true);
      if (!x.ok) continue;
      expect(x.sumLine).toBe(false);
      expect(x.countLeaks, c.text).toEqual([]);
    }
  });
});

const counts = (a: [number, number], b: [number, number]) => [
  '> tab <- table(df$group, df$outcome)',
  '> tab',
  '        ',
  '         alive died',
  `  female ${String(a[0]).padStart(5)} ${String(a[1]).padStart(4)}`,
  `  male   ${String(b[0]).padStart(5)} ${String(b[1]).padStart(4)}`,
];

describe('shares whose digits a call around prop.table() sets: round(), signif(), print(digits =) (formats57)', () => {
  it('random family rDigitsCalls (base: 77 of 100 refused, `layout/r-base`): read, nothing given back', () => {
    for (const c of rDigitsCalls(8, 3861)) {
      const r = checked(c.text);
      expect(r.ok, c.text).toBe(true);
      if (!r.ok) continue;
      expect(leaks(r, c), c.text).toEqual([]);
      expectProtected(highs, r, c.joined, 'threshold', false, { disjointParts: true });
    }
  });

  it('print(prop.table(tab, 1), digits = 3): row shares (not the whole, as the base read the call), 3 digits said', () => {
    const text = [
      ...counts([45, 7], [38, 52]),
      '> print(prop.table(tab, 1), digits = 3)',
      '        ',
      '         alive  died',
      '  female 0.865 0.135',
      '  male   0.422 0.578',
    ].join('\n');
    const r = checked(text);
    expect(r.ok, JSON.stringify(r)).toBe(true);
    if (!r.ok) return;
    expect(r.tables[0]!.table.cells[0]![1]!.text).toBe('7 (13.5%)');
    expect(r.tables[0]!.status[1]).toBe('primary');
    const s = JSON.stringify(r);
    expect(s).toContain('（行%）');
    expect(s).toContain('有効数字 3 桁');
  });

  it('round(prop.table(tab, 1), 3) printed 「0.90」: held to 3 decimals (90.0%), said; a share off its 3 decimals refused', () => {
    const text = [
      ...counts([180, 20], [75, 25]),
      '> round(prop.table(tab, 1), 3)',
      '        ',
      '         alive died',
      '  female  0.90 0.10',
      '  male    0.75 0.25',
    ].join('\n');
    const r = checked(text);
    expect(r.ok, JSON.stringify(r)).toBe(true);
    if (!r.ok) return;
    expect(r.tables[0]!.table.cells[0]![0]!.text).toBe('180 (90.0%)');
    expect(JSON.stringify(r)).toContain('小数 3 桁に丸めた値');
    // 74 of 99 is 0.747 to 3 decimals: 「0.75」 is no round(…, 3) of it (it was read as 0.75 ± 0.005 before).
    const bad = checked(text.replace('  male      75   25', '  male      74   25'));
    expect(bad.ok).toBe(false);
    expect(codesOf(bad)).toContain('layout/r-base');
  });

  it('signif(prop.table(tab, 2), 2): each share to 2 significant digits (「0.05」 is 5.0%), the small count hidden', () => {
    const text = [
      '> tab <- table(group = df$group, outcome = df$outcome)',
      '> tab',
      '         outcome',
      'group    yes no',
      '  none    27 62',
      '  mild    69 50',
      '  severe   5 41',
      '> signif(prop.table(tab, 2), 2)',
      '         outcome',
      'group     yes   no',
      '  none   0.27 0.41',
      '  mild   0.68 0.33',
      '  severe 0.05 0.27',
    ].join('\n');
    const r = checked(text);
    expect(r.ok, JSON.stringify(r)).toBe(true);
    if (!r.ok) return;
    const t = r.tables[0]!;
    expect(t.table.cells[2]![0]!.text).toBe('5 (5.0%)');
    expect(t.status[4]).toBe('primary');
    expect(JSON.stringify(r)).toContain('（列%）');
  });
});
