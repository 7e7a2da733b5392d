/**
 * red61 (issue #11): 「Patients」「患者」「Cases」「症例」 alone as a line head beside 「ICU」「Ward」 that share patients
 * (Patients = ICU + Ward − both, under their sum at some site, so read as an item: overtotal.ts). A reader of
 * 「Patients」 takes ICU ≤ Patients and Ward ≤ Patients at each site; e4c4eae7 tied none (red60 tied 「All」「Any」
 * only), so with the Total row a small site was bounded under 10 (red61-families.ts patients 4610: 6 of 100, 4611: 11
 * of 100 leaked to means48's `mipAttack`). Now the whole group alone (overtotal.ts `namesWholeGroup`, not beside
 * 「Controls」「対照」) is such a line too (read.ts `unionLine`): each line at most it at every position is tied at most it
 * (system.ts `nestedWithin`), said (`header/union-line`, チェッカーの判断).
 * `ROOT=/tmp/red61-base npx vitest run test/pubcheck/red61.test.ts` runs it against the base (fails).
 */
import { describe, expect, it } from 'vitest';
import { envForFile } from './helpers.ts';
import { allOverlap, mipChecker, wholeTable as table } from './red60-families.ts';
import { OVERLAP as overlap, PATIENTS, innocentPatients, otherPopulation } from './red61-families.ts';

const { result, attack, hiddenOf } = await mipChecker();
const codes = (r: ReturnType<typeof result>) => (r.warnings ?? []).map((w) => w.code);

envForFile('NOMEAN');

describe('「Patients」「患者」 alone beside 「ICU」「Ward」 sharing patients', () => {
  it('must fail on e4c4eae7: Patients 5 = ICU 3 + Ward 3 − 1 at Site D: tied, said, nothing bounded under 10 (e4c4eae7: ≤ 6)', () => {
    const { r, leaks } = attack(table(overlap, 'Patients'));
    expect(r.ok).toBe(true);
    const said = (r.warnings ?? []).filter((w) => w.code === 'header/union-line').map((w) => w.message);
    expect(said.join()).toContain('チェッカーの判断');
    expect(leaks).toEqual([]);
  });

  it('must fail on e4c4eae7: 「症例」 and 「患者」 heads, Site A 6 = 4 + 4 − 2 (e4c4eae7: ≤ 8)', () => {
    const rows: [number, number, number][] = [
      [6, 4, 4],
      [36, 9, 34],
      [42, 20, 32],
      [40, 30, 24],
    ];
    for (const whole of ['症例', '患者']) expect(attack(table(rows, whole)).leaks, whole).toEqual([]);
  });

  it('must fail on e4c4eae7: transposed (患者 a row), Site B 6 = 5 + 2 − 1', () => {
    const text = '# Table 1\n\tSite A\tSite B\tSite C\tTotal\n患者\t63\t6\t51\t120\nICU\t38\t5\t4\t47\nWard\t39\t2\t51\t92\n';
    const c = {
      ...table(
        [
          [63, 38, 39],
          [6, 5, 2],
          [51, 4, 51],
        ],
        '患者',
      ),
      text,
      transposed: true,
    };
    expect(attack(c).leaks).toEqual([]);
  });

  it('must pass: 「Patients」 another count (ICU over it at a site): no tie, no word of it, hidden as on e4c4eae7', () => {
    const c = table(
      [
        [25, 30, 8],
        [6, 3, 14],
        [31, 8, 52],
      ],
      'Patients',
      true,
    );
    const { r, leaks } = attack(c);
    expect(r.ok).toBe(true);
    expect(codes(r)).not.toContain('header/union-line');
    expect(leaks).toEqual([]);
    expect(hiddenOf(r)).toBe(6);
  });

  it('must pass: 「Cases」 beside 「Controls」 (a case-control table) is one group, no tie', () => {
    const r = result(table(overlap, 'Cases', true, ['Controls', 'Ward']).text);
    expect(codes(r)).not.toContain('header/union-line');
  });

  it('patients (seed 4615, 100, PATIENTS heads): none given back; innocent (4616, 100): none refused more than 1', () => {
    let leaked = 0;
    for (const c of allOverlap(100, 4615, true, PATIENTS)) if (attack(c).leaks.length > 0) leaked++;
    expect(leaked).toBe(0);
    let refused = 0;
    for (const c of innocentPatients(100, 4616)) {
      const { r, leaks } = attack(c);
      expect(leaks, c.text).toEqual([]);
      if (!r.ok) refused++;
    }
    expect(refused).toBeLessThanOrEqual(1);
  }, 600_000);
});

describe('task 2: weights over 4–6 band tables beside a table of another population under one of their labels', () => {
  it('otherPop (seed 4618, 40): none given back to means48 mipAttack with the means (every set fitting the truth)', () => {
    delete process.env.NOMEAN;
    try {
      for (const c of otherPopulation(40, 4618)) expect(attack(c).leaks, c.text).toEqual([]);
    } finally {
      process.env.NOMEAN = '1';
    }
  }, 600_000);
});

describe('「Patients」 the sum of 「ICU」「Ward」 everywhere (no overlap): a total, not a range line', () => {
  it('must fail on e4c4eae7 (header/statistic: 「Ward」 read as the range of 「Patients」「ICU」): read, nothing given back', () => {
    const c = table(
      [
        [34, 29, 5],
        [56, 13, 43],
        [31, 27, 4],
        [60, 22, 38],
      ],
      'Patients',
    );
    const { r, leaks } = attack(c);
    expect(r.errors ?? []).toEqual([]);
    expect(r.ok).toBe(true);
    expect(leaks).toEqual([]);
  });

  it('must pass: a line headed 「Range」 still refused as the range it is', () => {
    const r = result(
      table(
        [
          [34, 29, 5],
          [56, 13, 43],
          [31, 27, 4],
          [60, 22, 38],
        ],
        'Patients',
        true,
        ['ICU', 'Range'],
      ).text,
    );
    expect(r.ok).toBe(false);
    expect((r.errors ?? []).map((e) => e.code)).toContain('header/statistic');
  });

  it('apart (seed 4619, 100, PATIENTS heads; e4c4eae7 refused 72 of 100 in 4612): none refused, none given back', () => {
    for (const c of allOverlap(100, 4619, false, PATIENTS)) {
      const { r, leaks } = attack(c);
      expect(r.ok, c.text).toBe(true);
      expect(leaks, c.text).toEqual([]);
    }
  }, 600_000);
});
