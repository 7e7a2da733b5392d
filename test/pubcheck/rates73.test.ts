/**
 * rates73 (issue #11): a rate per person-time with its confidence interval (「0 (0-0)」 under 「発現率（/1,000人年）(95%
 * CI)」) or its SE in its cell was hidden wherever its event count was (on 6626e5c2: rates73-families coarse 5811 (50)
 * 101 of 207 rates hidden, 0 published beside a hidden count), also where neither the rate nor its interval bounds the
 * count narrower than the suppression allows. Now (check.ts `rateRows`, rateci.ts `intervalCounts`) it is published
 * there where every reading of the rate and of its interval (each method, level and way of printing the ends that
 * fits the true count) leaves every hidden count protected, said (`layout/rate`, チェッカーの推定); an interval pinning
 * the count, or one no method gives, keeps it hidden. Run with ROOT=/tmp/<base> to see the base fail.
 */
import { describe, expect, it } from 'vitest';
import { checkerOfRoot } from './helpers.ts';
import { ratesShown } from './formats33-attack.ts';
import { attack, ciTables, rateCells, type CiTable, type Kind, type Method } from './rates73-families.ts';
import { expectReadUnleaked, type Ok } from './rates72-families.ts';
import { mixAttack, mixTables } from './rates73-mix.ts';

const { check, highs, bundle } = await checkerOfRoot();
const checked = (text: string) => check(highs, bundle, text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });

/** An outcome table (groups and 合計) with each rate's interval by `method` (or its SE) printed to `dec` in its cell. */
function table(
  groups: [string, number, number, number][],
  unit: number,
  dec: number,
  method: Method | 'se',
  label = `発現率（/${unit.toLocaleString('en-US')}人年）(95% CI)`,
  ends?: (i: number) => string,
): CiTable {
  const rows = [
    ...groups,
    ['合計', ...([1, 2, 3] as const).map((k) => groups.reduce((a, g) => a + g[k], 0))] as [string, number, number, number],
  ];
  const {
    rates,
    los,
    his,
    cell: printed,
  } = rateCells(
    rows.map(([, , e, base]) => ({ e, base })),
    unit,
    dec,
    method,
  );
  const cell = (i: number) => ends?.(i) ?? printed(i);
  const text =
    [['', '患者数', 'イベント数', '人年', label].join('\t'), ...rows.map(([g, n, e, b], i) => [g, n, e, b, cell(i)].join('\t'))].join(
      '\n',
    ) + '\n';
  return {
    text,
    events: rows.map((r) => r[2]),
    sizes: rows.map((r) => r[1]),
    rates,
    los,
    his,
    bases: rows.map((r) => String(r[3])),
    factor: unit,
    method,
  };
}

/**
 * review75: the hand tables' groups — A群 3 events, B群 40, C群 55 over 50,000, 60,000 and 70,000 patients and 100,000,
 * 150,000 and 160,000 person-years, patients and person-time × `mul` ÷ `div`; A群 `a` where given.
 */
const groups = (mul = 1, div = 1, a?: [string, number, number, number]): [string, number, number, number][] => {
  const x = (v: number) => (v * mul) / div;
  return [a ?? ['A群', x(50000), 3, x(100000)], ['B群', x(60000), 40, x(150000)], ['C群', x(70000), 55, x(160000)]];
};
/** Whole rates per 1,000 over 100,000 person-years: A群 3 events 「0 (0-0)」 — its interval bounds nothing (0–50). */
const COARSE = table(groups(), 1000, 0, 'exact');
/**
 * To one decimal over ten times the person-time, Wald intervals: 「0.0 (0.0-0.0)」 (the upper end under 50 events: 0–35).
 * (Over 100,000, 「0.0 (0.0-0.1)」 leaves 1–5 by the exact method: hidden.)
 */
const COARSE_WALD = table(groups(10), 1000, 1, 'wald', '発現率（/1,000人年）（95%信頼区間）');
/** Its SE: 「0 (0)」. */
const COARSE_SE = table(groups(), 1000, 0, 'se', '発現率（/1,000人年）(SE)');
/** To two decimals over 10,000: 0.30 (0.06-0.88) pins A群's 3 — hidden. */
const FINE = table(groups(1, 10), 1000, 2, 'exact');
/** One decimal per 100 person-years over 1,000: the rate 0.3 (0.25–0.35 → 3) alone pins it; with any interval too. */
const PINNED = table(groups(1, 100), 100, 1, 'log');
/** Coarse as COARSE, but the interval no method gives (「0 (0-9)」): nothing proved, hidden. */
const NO_METHOD = table(groups(), 1000, 0, 'exact', undefined, (i) => ['0 (0-9)', '0 (0-9)', '0 (0-9)', '0 (0-9)'][i]!);

/** A群 3 events over 2,000,000 person-years 「0 (0-0)」: the rate leaves 0–1,000 counts, past `RATE_CI_COUNTS` — cut. */
const CUT = table(groups(1, 1, ['A群', 500000, 3, 2000000]), 1000, 0, 'exact');

const shownAt = (r: Ok, t: CiTable) => {
  const tr = r.tables[0]!;
  const ev = tr.table.cols.findIndex((h) => h.label === 'イベント数');
  const s = ratesShown(r);
  return t.events.map((_, i) => {
    const cell = tr.table.cells[i]![ev]!;
    return s.get(`${cell.line}:${cell.text.trim()}`)?.[0];
  });
};

describe('rates73: a rate with its interval or SE in its cell, published beside a hidden count where every method keeps the audit', () => {
  for (const [name, t] of [
    ['exact, whole rates', COARSE],
    ['Wald, 1 decimal, 信頼区間 in words', COARSE_WALD],
    ['SE', COARSE_SE],
  ] as const)
    it(`${name}: A群's rate published beside its hidden 3, said as our estimate; nothing leaks`, () => {
      const r = checked(t.text);
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      const C = r.tables[0]!.table.cols.length;
      expect(r.tables[0]!.status[0 * C + 1]).not.toBe('published');
      expect(shownAt(r, t)[0]).toBe(true);
      expect(
        r.warnings.some(
          (w) => w.code === 'layout/rate' && /信頼区間（または標準誤差）ごと公表/.test(w.message) && /チェッカーの推定/.test(w.message),
        ),
      ).toBe(true);
      expect(attack(t, r)).toEqual([]);
    });

  for (const [name, t] of [
    ['two decimals (the interval pins 3)', FINE],
    ['the rate alone pins it', PINNED],
    ['an interval no method gives', NO_METHOD],
  ] as const)
    it(`${name}: A群's rate stays hidden with its count; nothing leaks`, () => {
      const r = checked(t.text);
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      expect(shownAt(r, t)[0]).toBe(false);
      expect(attack(t, r)).toEqual([]);
    });

  it('past RATE_CI_COUNTS: A群 hidden, the cut said (…調べたところで打ち切りました), nothing leaks', () => {
    const r = checked(CUT.text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(shownAt(r, CUT)[0]).toBe(false);
    expect(r.warnings.some((w) => w.code === 'layout/rate' && /調べたところで打ち切りました/.test(w.message))).toBe(true);
    expect(attack(CUT, r)).toEqual([]);
  });

  it('the attacker has teeth: every rate of FINE published gives A群 back', () => {
    const r = checked(FINE.text);
    expect(r.ok).toBe(true);
    if (r.ok) expect(attack(FINE, r, 10, true).length).toBeGreaterThan(0);
  });

  // The families (seeds 5814–5817, 12 each): nothing leaks to the attacker taking the true method; on the coarse and
  // SE kinds rates are published beside hidden counts (on the base none).
  for (const [kind, seed, besideAtLeast] of [
    ['coarse', 5814, 1],
    ['se', 5815, 1],
    ['ci', 5816, 0],
    ['unknown', 5817, 0],
  ] as [Kind, number, number][])
    it(`${kind} ${seed}: no leak${besideAtLeast > 0 ? ', rates with intervals published beside hidden counts' : ''}`, () => {
      expect(expectReadUnleaked(checked, ciTables(kind, 12, seed), attack)).toBeGreaterThanOrEqual(besideAtLeast);
    });
});

describe('rates73: rateci.ts', async () => {
  const ci = (await import(process.env.ROOT ? `${process.env.ROOT}/src/pubcheck/rateci.ts` : '../../src/pubcheck/rateci.ts').catch(
    () => ({}),
  )) as Partial<typeof import('../../src/pubcheck/rateci.ts')>;
  it('reads a rate cell with an interval or SE; the exact interval of 3 is 0.619–8.767', () => {
    expect(ci.rateCellParts).toBeDefined();
    if (!ci.rateCellParts || !ci.countInterval) return;
    expect(ci.rateCellParts('12.3 (8.1–17.9)')?.rate).toBe('12.3');
    expect(ci.rateCellParts('12.3 [8.1, 17.9]')?.ends?.map((e) => e.value)).toEqual([8.1, 17.9]);
    expect(ci.rateCellParts('1,234.5 (1,100.0-1,400.2)')?.ends?.[1]?.value).toBe(1400.2);
    expect(ci.rateCellParts('0.3 (0.1)')?.se?.value).toBe(0.1);
    expect(ci.rateCellParts('0.3')).toBeUndefined();
    expect(ci.rateCellParts('0.3 (0.9-0.1)')).toBeUndefined();
    const [l, u] = ci.countInterval(3, 'exact', 1.959963984540054);
    expect(l).toBeCloseTo(0.6187, 3);
    expect(u).toBeCloseTo(8.7673, 3);
    const [ml, mu] = ci.countInterval(3, 'midp', 1.959963984540054);
    expect(ml).toBeGreaterThan(l);
    expect(mu).toBeLessThan(u);
  });
});

describe("rates73 probe: a share base taking in another table's line under another label", () => {
  // rates73-mix.ts label 5819 #0: 表1 A群 死亡 71, 生存 343, 追跡不能 4, 死亡率 「17」 over 表1's sum (418: 16.99) and
  // the true base with 表2 「A」 転院 10 (428: 16.59); published beside the hidden 4 on the base, the true base gave 0–6.
  it('label 5819 #0: nothing given back (on the base 追跡不能 of A群 leaked)', () => {
    const m = mixTables('label', 1, 5819)[0]!;
    const r = checked(m.text);
    expect(r.ok).toBe(true);
    if (r.ok) expect(mixAttack(m, r)).toEqual([]);
  });
  it('labelInnocent 5818 (20): nothing leaks, shares still published beside hidden counts', () => {
    expect(expectReadUnleaked(checked, mixTables('labelInnocent', 20, 5818), mixAttack)).toBeGreaterThan(0);
  });
});
