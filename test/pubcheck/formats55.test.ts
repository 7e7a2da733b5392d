/**
 * formats55 (issue #11): R's prints under `options(digits = n)` and two-way `table()` prints whose row labels hold a
 * space and a number (formats55-families.ts; `npx node test/pubcheck/formats55-measure.ts <family> --oracle`,
 * `ROOT=<checkout>` for the base 4ebba5ca). Base: `rDigits` 1 of 100 read (99 `layout/r-base`), `rStage` 22 of 100 read
 * (78 `input/spaces`); now all read, none leaking to formats33-attack.ts or the oracle. Run with ROOT=/tmp/<base> to see
 * the base fail.
 */
import { describe, expect, it } from 'vitest';
import { checkerOfRoot, codesOf } from './helpers.ts';
import { expectProtected } from './protection.ts';
import { decimalsAt, rAddmUnder, rDigits, rDigitsInnocent, rStage } from './formats55-families.ts';
import { checkAddm } from './formats55-addm.ts';
import { matrixPrint } from './formats50-families.ts';
import { leaks } from './formats33-attack.ts';

const checker = await checkerOfRoot();
const { check, highs, bundle } = checker;
const checked = (text: string) => check(highs, bundle, text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });

/** A two-way table() and prop.table(tab, margin) printed under `options(digits = d)`. */
function printed(c: number[][], margin: 1 | 2, d: number, options: boolean, rows = ['female', 'male'], cols = ['alive', 'died']) {
  const rowT = c.map((r) => r.reduce((a, b) => a + b, 0));
  const colT = cols.map((_, j) => c.reduce((a, r) => a + r[j]!, 0));
  const ps = c.map((r, i) => r.map((x, j) => x / (margin === 1 ? rowT[i]! : colT[j]!)));
  const ds = cols.map((_, j) =>
    decimalsAt(
      ps.map((r) => r[j]!),
      d,
    ),
  );
  return [
    ...(options ? [`> options(digits = ${d})`] : []),
    '> tab <- table(df$group, df$outcome)',
    '> tab',
    ...matrixPrint(
      '',
      '',
      rows,
      cols,
      c.map((r) => r.map(String)),
    ).lines,
    `> prop.table(tab, ${margin})`,
    ...matrixPrint(
      '',
      '',
      rows,
      cols,
      ps.map((r) => r.map((x, j) => x.toFixed(ds[j]!))),
    ).lines,
  ].join('\n');
}

describe("R's prints under options(digits = n) (formats55)", () => {
  it('random family rDigits (base: 99 of 100 refused, `layout/r-base`): read, nothing given back', () => {
    for (const c of rDigits(8, 3371)) {
      const r = checked(c.text);
      expect(r.ok, c.text).toBe(true);
      if (!r.ok) continue;
      expect(leaks(r, c), c.text).toEqual([]);
      expectProtected(highs, r, c.joined, 'threshold', false, { disjointParts: true });
    }
  });

  it('options(digits = 3) pasted: the shares held to 3 significant digits, said; the small count hidden with its share', () => {
    const text = printed(
      [
        [45, 7],
        [38, 52],
      ],
      1,
      3,
      true,
    );
    expect(text).toContain('0.865');
    const r = checked(text);
    expect(r.ok, JSON.stringify(r)).toBe(true);
    if (!r.ok) return;
    expect(JSON.stringify(r)).toContain('options(digits = 3)');
    const t = r.tables[0]!;
    expect(t.table.cells[0]![1]!.text).toMatch(/^7 \(13\.\d%\)$/);
    expect(t.status[1]).toBe('primary');
  });

  it('no options line, shares of 4 digits: read as R printed them under 4 (チェッカーの推定), said', () => {
    const text = printed(
      [
        [45, 7],
        [38, 52],
        [20, 33],
      ],
      2,
      4,
      false,
      ['<65', '65-74', '>=75'],
    );
    const r = checked(text);
    expect(r.ok, JSON.stringify(r)).toBe(true);
    if (!r.ok) return;
    expect(JSON.stringify(r)).toContain('有効数字 4 桁');
    expect(JSON.stringify(r)).toContain('チェッカーの推定');
    expect(r.tables[0]!.status.filter((s) => s !== 'published').length).toBeGreaterThanOrEqual(2);
  });

  it('shares that fit no base under any digits stay refused (`layout/r-base`)', () => {
    const text = printed(
      [
        [45, 7],
        [38, 52],
      ],
      1,
      3,
      true,
    ).replace('0.865', '0.700');
    const r = checked(text);
    expect(r.ok).toBe(false);
    expect(codesOf(r)).toContain('layout/r-base');
  });

  it('a 3-way prop.table() under options(digits = 3) read per stratum', () => {
    const strata = [
      [
        [45, 7],
        [38, 52],
      ],
      [
        [30, 21],
        [4, 60],
      ],
    ];
    const lines = ['> options(digits = 3)', '> tab <- table(df$sex, df$outcome, df$site)', '> tab'];
    strata.forEach((c, s) =>
      lines.push(
        `, ,  = ${'AB'[s]}`,
        '',
        ...matrixPrint(
          '',
          '',
          ['female', 'male'],
          ['alive', 'died'],
          c.map((r) => r.map(String)),
        ).lines,
        '',
      ),
    );
    lines.push('> prop.table(tab, 3)');
    strata.forEach((c, s) => {
      const N = c.flat().reduce((a, b) => a + b, 0);
      const ps = c.map((r) => r.map((x) => x / N));
      const ds = [0, 1].map((j) =>
        decimalsAt(
          ps.map((r) => r[j]!),
          3,
        ),
      );
      lines.push(
        `, ,  = ${'AB'[s]}`,
        '',
        ...matrixPrint(
          '',
          '',
          ['female', 'male'],
          ['alive', 'died'],
          ps.map((r) => r.map((x, j) => x.toFixed(ds[j]!))),
        ).lines,
        '',
      );
    });
    const r = checked(lines.join('\n'));
    expect(r.ok, JSON.stringify(r)).toBe(true);
    if (!r.ok) return;
    expect(r.tables).toHaveLength(2);
    expect(JSON.stringify(r)).toContain('options(digits = 3)');
    expect(r.tables.every((t) => t.status.some((s) => s === 'primary'))).toBe(true);
  });

  it('innocent: the same prints under R’s 7 digits read as before (rDigitsInnocent: base and now 100 read, 256 of 672 cells hidden)', () => {
    for (const c of rDigitsInnocent(5, 3380)) {
      const r = checked(c.text);
      expect(r.ok, c.text).toBe(true);
      if (!r.ok) continue;
      expect(JSON.stringify(r)).not.toContain('有効数字');
      expect(leaks(r, c), c.text).toEqual([]);
    }
  });
});

describe('two-way table() prints whose row labels hold a space and a number (formats55)', () => {
  it('random family rStage (base: 78 of 100 refused, `input/spaces`): read, nothing given back', () => {
    for (const c of rStage(8, 3376)) {
      const r = checked(c.text);
      expect(r.ok, c.text).toBe(true);
      if (!r.ok) continue;
      expect(leaks(r, c), c.text).toEqual([]);
      expectProtected(highs, r, c.joined, 'threshold', false, { disjointParts: true });
    }
  });

  it('「Stage 1」「Stage 2」「Stage 3」 as row labels (base: `input/spaces`): one table of counts, said', () => {
    const text = ['> tab', '', '          alive died', '  Stage 1    45    3', '  Stage 2    38   52', '  Stage 3    21   30'].join('\n');
    const r = checked(text);
    expect(r.ok, JSON.stringify(r)).toBe(true);
    if (!r.ok) return;
    const t = r.tables[0]!;
    expect(t.table.rows.map((h) => h.label)).toEqual(['Stage 1', 'Stage 2', 'Stage 3']);
    expect(t.table.cols.map((h) => h.label)).toEqual(['alive', 'died']);
    expect(t.status[1]).toBe('primary');
    expect(JSON.stringify(r)).toContain('二元表');
  });

  it('addmargins(tab) with 「Grade 1」「Grade 2」: its Sum row and column read as totals, the small count protected', () => {
    const text = [
      '> addmargins(tab)',
      '         outcome',
      'grade     alive died Sum',
      '  Grade 1    45    3  48',
      '  Grade 2    38   52  90',
      '  Sum        83   55 138',
    ].join('\n');
    const r = checked(text);
    expect(r.ok, JSON.stringify(r)).toBe(true);
    if (!r.ok) return;
    const t = r.tables[0]!;
    expect(t.table.rows.map((h) => h.label)).toEqual(['Grade 1', 'Grade 2', 'Sum']);
    expect(t.status.filter((s) => s !== 'published').length).toBeGreaterThanOrEqual(4);
  });
});

describe('addmargins(prop.table(t, 1 | 2)) under its counts (formats55)', () => {
  it('random family rAddmUnder (base: 100 of 100 refused, `layout/r-base`): read, nothing given back with its sums of shares', async () => {
    let naive = 0;
    for (const c of rAddmUnder(5, 3386)) {
      const x = await checkAddm(checker, c);
      expect(x.ok, c.text).toBe(true);
      if (!x.ok) continue;
      expect(x.sumLine, c.text).toBe(true);
      expect(x.leaks, c.text).toEqual([]);
      expect(x.countLeaks, c.text).toEqual([]);
      if (x.naive.length > 0) naive++;
    }
    // The attacker reads the sums: publishing every 「Sum」 value beside the same hidden cells gives counts back.
    expect(naive).toBeGreaterThan(0);
  });

  it('a 「Sum」 of row shares that is not the sum of the shares: refused', () => {
    const text = [
      '> tab <- table(df$sex, df$outcome)',
      '> tab',
      '        ',
      '         alive died',
      '  female    40   15',
      '  male      30   33',
      '> addmargins(prop.table(tab, 1))',
      '        ',
      '             alive      died Sum',
      '  female 0.7272727 0.2727273   1',
      '  male   0.4761905 0.5238095   1',
      '  Sum    1.2034632 0.7965368   2',
    ].join('\n');
    expect(checked(text).ok).toBe(true);
    const r = checked(text.replace('1.2034632', '1.3034632'));
    expect(r.ok).toBe(false);
  });

  it('addmargins(prop.table(tab, 2)) alone (no counts over it) still refused in words', () => {
    const text = [
      '> addmargins(prop.table(tab, 2))',
      '        ',
      '             alive      died       Sum',
      '  female 0.5714286 0.3125000 0.8839286',
      '  male   0.4285714 0.6875000 1.1160714',
      '  Sum    1.0000000 1.0000000 2.0000000',
    ].join('\n');
    const r = checked(text);
    expect(r.ok).toBe(false);
    expect(codesOf(r)).toContain('layout/r-base');
  });
});
