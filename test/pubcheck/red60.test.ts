/**
 * red60 (issue #11): 「All」 read as an item line (means59 `allNotWhole`: under the sum of the lines beside it at some
 * site) while the lines beside it are inside it and share patients (ICU and Ward both: All = ICU + Ward − both). A
 * reader of 「All」 takes ICU ≤ All and Ward ≤ All at each site; a9147354 tied none, so with the Total row a small All
 * and its lines were bounded under 10 (red60-families.ts allOverlap 4330: 14 of 100 leaked to means48's `mipAttack`).
 * Now each line beside 「All」 is tied at most it where that holds at every position (system.ts `nestedWithin`, as a
 * line of patients). `ROOT=/tmp/red60-base npx vitest run test/pubcheck/red60.test.ts` runs it against the base (fails).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UNION, allOverlap, mipChecker, nestNamed, wholeTable } from './red60-families.ts';

const { result, attack, hiddenOf } = await mipChecker();

beforeAll(() => {
  process.env.NOMEAN = '1';
});
afterAll(() => {
  delete process.env.NOMEAN;
});

/** 表1 All | ICU | Ward by site with its Total row; the attacker takes ICU ≤ All and Ward ≤ All at each site. */
const allTable = (rows: [number, number, number][], free = false, whole = 'All') => wholeTable(rows, whole, free);

describe('「All」 read as an item, its lines inside it (sharing patients)', () => {
  it('must fail on a9147354: All 4 = ICU 4 + Ward 2 − 2 at Site A, nothing bounded under 10 (a9147354: all three ≤ 8)', () => {
    const c = allTable([
      [4, 4, 2],
      [27, 13, 23],
      [42, 30, 19],
      [57, 8, 51],
      [37, 14, 33],
    ]);
    const { r, leaks } = attack(c);
    expect(r.ok).toBe(true);
    expect((r.warnings ?? []).map((w) => w.code)).toContain('header/all-item');
    expect(leaks).toEqual([]);
  });

  it('must fail on a9147354: transposed (All a row), Site B 6 = 5 + 2 − 1', () => {
    const text = '# Table 1\n\tSite A\tSite B\tSite C\tTotal\nAll\t63\t6\t51\t120\nICU\t38\t5\t4\t47\nWard\t39\t2\t51\t92\n';
    const c = {
      ...allTable([
        [63, 38, 39],
        [6, 5, 2],
        [51, 4, 51],
      ]),
      text,
      transposed: true,
    };
    expect(attack(c).leaks).toEqual([]);
  });

  it('must pass: 「All」 a population of its own (ICU over it at a site): read, no tie, as on a9147354', () => {
    const c = allTable(
      [
        [25, 30, 8],
        [6, 3, 14],
        [31, 8, 52],
      ],
      true,
    );
    const { r, leaks } = attack(c);
    expect(r.ok).toBe(true);
    expect(leaks).toEqual([]);
    expect(hiddenOf(r)).toBe(6);
  });

  it('allOverlap (seed 4335, 100): none given back; apart (4336, 60, All the total): none refused', () => {
    let leaked = 0;
    for (const c of allOverlap(100, 4335)) if (attack(c).leaks.length > 0) leaked++;
    expect(leaked).toBe(0);
    for (const c of allOverlap(60, 4336, false)) expect(result(c.text).ok).toBe(true);
  }, 600_000);
});

describe('「[項目]All」「Any」「Either」: an item line counting everyone of the lines beside it', () => {
  const rows: [number, number, number][] = [
    [4, 4, 2],
    [27, 13, 23],
    [42, 30, 19],
    [57, 8, 51],
  ];
  it('must fail on a9147354: 「Any」 4 over ICU 4 and Ward 2: tied, said as チェッカーの判断, nothing bounded under 10', () => {
    const { r, leaks } = attack(allTable(rows, false, 'Any'));
    expect(r.ok).toBe(true);
    const said = (r.warnings ?? []).filter((w) => w.code === 'header/union-line').map((w) => w.message);
    expect(said.join()).toContain('チェッカーの判断');
    expect(leaks).toEqual([]);
  });

  it('must pass: 「Any」 under ICU at one site and Ward at another (another population): no tie, no word of it', () => {
    const r = result(allTable([[4, 6, 2], [27, 13, 30], ...rows.slice(2)], true, 'Any').text);
    expect((r.warnings ?? []).map((w) => w.code)).not.toContain('header/union-line');
  });

  it('union (seed 4343, 100; UNION heads): none given back', () => {
    let leaked = 0;
    for (const c of allOverlap(100, 4343, true, UNION)) if (attack(c).leaks.length > 0) leaked++;
    expect(leaked).toBe(0);
  }, 600_000);
});

describe('a part named inside a whole (short English, red57, means59 compounds), inside or not', () => {
  it('nestNamed (4337 inside, 4338 not inside but under it by chance; 60 each): none given back', () => {
    for (const c of [...nestNamed(60, 4337, true), ...nestNamed(60, 4338, false)]) expect(attack(c).leaks, c.text).toEqual([]);
  }, 600_000);
});
