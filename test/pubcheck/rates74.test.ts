/**
 * rates74 (issue #11): rates over a count line (患者数 kept as a line of counts beside a subgroup under 10 patients)
 * were hidden with their count though a reader gets nothing from them: a rate with its interval or SE in its cell over
 * 患者数 (check.ts `rateRows` read no interval over a count line: on 2b87fdfb rates74-families coarse 5883 (30) 96 of 140
 * rates hidden, 0 published beside a hidden count), and a rate whose unit was read from the numbers (「発現頻度」, per 100)
 * over 患者数, whose tried powers of ten include 0.1 (no row of whole coefficients: never published; unwritten 5882 (30)
 * 82 hidden). Now an interval over a PUBLISHED 患者数 is read with that base exact, every Poisson and binomial method
 * (rateci.ts `binomialInterval`), and a unit not whole is made whole by a power of ten (check.ts `wholeBy`); published
 * beside a hidden count where every reading keeps the audit, said. Run with ROOT=/tmp/<base> to see the base fail.
 */
import { describe, expect, it } from 'vitest';
import { checkerOfRoot } from './helpers.ts';
import { ratesShown } from './formats33-attack.ts';
import { attack, countRateTables, interval, type CountRateTable, type Kind, type Method } from './rates74-families.ts';
import { rateCounts, type Ok } from './rates72-families.ts';
import type { Row, System } from '../../src/pubcheck/system.ts';

const { check, highs, bundle } = await checkerOfRoot();
const checkTs = (await import(process.env.ROOT ? `${process.env.ROOT}/src/pubcheck/check.ts` : '../../src/pubcheck/check.ts')) as Partial<
  typeof import('../../src/pubcheck/check.ts')
>;
const rateci = (await import(process.env.ROOT ? `${process.env.ROOT}/src/pubcheck/rateci.ts` : '../../src/pubcheck/rateci.ts')) as Partial<
  typeof import('../../src/pubcheck/rateci.ts')
>;
const checked = (text: string) => check(highs, bundle, text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });

/** An outcome table over 患者数 (groups then 合計), the rate per `unit` patients to `dec`, its interval or SE by `method`. */
function table(groups: [string, number, number][], unit: number, dec: number, method: Method, label: string): CountRateTable {
  const rows = [
    ...groups,
    ['合計', groups.reduce((a, g) => a + g[1], 0), groups.reduce((a, g) => a + g[2], 0)] as [string, number, number],
  ];
  const rates = rows.map(([, n, e]) => ((e * unit) / n).toFixed(dec));
  const los: (string | undefined)[] = [];
  const his: (string | undefined)[] = [];
  for (const [, n, e] of rows) {
    if (method === 'plain') (los.push(undefined), his.push(undefined));
    else if (method === 'se' || method === 'bse') (los.push(((interval(e, n, method)[0] * unit) / n).toFixed(dec)), his.push(undefined));
    else {
      const [l, h] = interval(e, n, method);
      los.push(((l * unit) / n).toFixed(dec));
      his.push(((h * unit) / n).toFixed(dec));
    }
  }
  const cell = (i: number) =>
    los[i] === undefined ? rates[i]! : his[i] === undefined ? `${rates[i]} (${los[i]})` : `${rates[i]} (${los[i]}-${his[i]})`;
  const text =
    [['', '患者数', 'イベント数', label].join('\t'), ...rows.map(([g, n, e], i) => [g, n, e, cell(i)].join('\t'))].join('\n') + '\n';
  return { text, events: rows.map((r) => r[2]), sizes: rows.map((r) => r[1]), rates, los, his, factor: unit, method };
}

const GROUPS: [string, number, number][] = [
  ['A群', 60000, 3],
  ['B群', 40000, 45],
  ['C群', 50000, 60],
  ['D群', 1500, 20],
  ['不明', 6, 0],
];
/** Clopper–Pearson, whole rates per 1,000: A群 3 of 60,000 「0 (0-0)」 bounds nothing (0–29). */
const CLOPPER = table(GROUPS, 1000, 0, 'clopper', '発現率（/1,000人）(95% CI)');
/** Wilson, two decimals per 1,000 over 60,000: 「0.05 (0.02-0.15)」 (the interval pins 3: stays hidden). */
const WILSON_FINE = table(GROUPS, 1000, 2, 'wilson', '発現率（/1,000人）(95% CI)');
/** A binomial share's SE, whole rates per 1,000. */
const BINOMIAL_SE = table(GROUPS, 1000, 0, 'bse', '発現率（/1,000人）(SE)');
/** 「発現頻度」 with no unit (per 100 read from the numbers; 0.1 among its powers of ten), one decimal. */
const UNWRITTEN = table(GROUPS, 100, 1, 'plain', '発現頻度');

const shownAt = (r: Ok, t: CountRateTable) => {
  const tr = r.tables[0]!;
  const ev = tr.table.cols.findIndex((h) => h.label === 'イベント数');
  const s = ratesShown(r);
  return t.events.map((_, i) => {
    const cell = tr.table.cells[i]![ev]!;
    return s.get(`${cell.line}:${cell.text.trim()}`)?.[0];
  });
};
const statusOf = (r: Ok, row: number, col: string) => {
  const tr = r.tables[0]!;
  return tr.status[row * tr.table.cols.length + tr.table.cols.findIndex((h) => h.label === col)];
};

describe('rates74: rates over a count line published beside a hidden count where every reading keeps the audit', () => {
  for (const [name, t, words] of [
    ['Clopper–Pearson interval over a published 患者数', CLOPPER, /二項分布の区間/],
    ['a binomial SE over a published 患者数', BINOMIAL_SE, /二項分布の区間/],
  ] as const)
    it(`${name}: A群's rate published beside its hidden 3, said; nothing leaks`, () => {
      const r = checked(t.text);
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      expect(statusOf(r, 0, 'イベント数')).not.toBe('published');
      expect(statusOf(r, 0, '患者数')).toBe('published');
      expect(shownAt(r, t)[0]).toBe(true);
      expect(r.warnings.some((w) => w.code === 'layout/rate' && words.test(w.message) && /チェッカーの(推定|判断)/.test(w.message))).toBe(
        true,
      );
      expect(attack(t, r)).toEqual([]);
    });

  it("no unit written (per 100; 0.1 among its readings): 不明's 「0.0」 published beside its hidden 患者数 6, said; nothing leaks", () => {
    const t = UNWRITTEN;
    const r = checked(t.text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(statusOf(r, 4, '患者数')).not.toBe('published');
    expect(shownAt(r, t)[4]).toBe(true);
    // A群's 「0.0」 over 60,000: per 1,000 (a power of ten a reader may try) it leaves 0–3: hidden with its count.
    expect(shownAt(r, t)[0]).toBe(false);
    const words = /イベント数（または分母）を秘匿しますが公表します/;
    expect(r.warnings.some((w) => w.code === 'layout/rate' && words.test(w.message) && /チェッカーの(推定|判断)/.test(w.message))).toBe(
      true,
    );
    expect(attack(t, r)).toEqual([]);
  });

  it('an interval pinning the count (two decimals, Wilson): A群 stays hidden; nothing leaks', () => {
    const r = checked(WILSON_FINE.text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(shownAt(r, WILSON_FINE)[0]).toBe(false);
    expect(attack(WILSON_FINE, r)).toEqual([]);
  });

  it('the attacker has teeth: every rate of WILSON_FINE published gives A群 back', () => {
    const r = checked(WILSON_FINE.text);
    expect(r.ok).toBe(true);
    if (r.ok) expect(attack(WILSON_FINE, r, 10, true).length).toBeGreaterThan(0);
  });

  it('a rate fitting two lines (死亡数 over 観察人年 too, `also`): published beside its own hidden count where every other count of its row is published; hidden where the other line is hidden', () => {
    const text =
      [
        ['', '患者数', 'イベント数', '死亡数', '人年', '観察人年', '発現率（/1,000人年）'],
        ['A群', 50000, 5, 0, 500000, 50000, 0],
        ['B群', 500, 100, 10, 5000, 500, 20],
        ['C群', 600, 60, 6, 6000, 600, 10],
        ['合計', 51100, 165, 16, 511000, 51100, 0],
      ]
        .map((r) => r.join('\t'))
        .join('\n') + '\n';
    const r = checked(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const rate = r.tables[0]!.table.rates![0]!;
    expect(rate.also).toEqual(['死亡数']);
    expect(statusOf(r, 0, 'イベント数')).not.toBe('published');
    expect(statusOf(r, 0, '死亡数')).toBe('published');
    // A群: 「0」 per 1,000 over 500,000 person-years leaves 0–500 (its own reading); 死亡数 0 and the rest published.
    expect(rate.cells[0]!.shown).toBe(true);
    // C群: its 死亡数 hidden too — a reader taking the rate for 死亡数 over 観察人年 reads it: hidden.
    expect(statusOf(r, 2, '死亡数')).not.toBe('published');
    expect(rate.cells[2]!.shown).toBeUndefined();
    expect(
      r.warnings.some(
        (w) => w.code === 'layout/rate' && /ほかの行・列の件数の率とも読めます/.test(w.message) && /チェッカーの判断/.test(w.message),
      ),
    ).toBe(true);
  });

  it('binomialInterval agrees with the families’ own intervals (Clopper–Pearson, Wilson, Wald, Agresti–Coull)', () => {
    const f = rateci.binomialInterval;
    expect(f).toBeDefined();
    if (!f) return;
    const z = 1.959963984540054;
    for (const [c, n] of [
      [0, 50],
      [3, 30000],
      [7, 120],
      [45, 400],
    ] as const)
      for (const [m, ours] of [
        ['clopper', 'clopper'],
        ['wilson', 'wilson'],
        ['bwald', 'bwald'],
        ['agresti', 'agresti'],
      ] as const) {
        const [a, b] = f(c, n, m, z);
        const [x, y] = interval(c, n, ours);
        expect(Math.abs(a - x)).toBeLessThan(1e-6 * Math.max(1, x));
        expect(Math.abs(b - y)).toBeLessThan(1e-6 * Math.max(1, y));
      }
  });

  it('rateRows over a count line: a unit of 0.1 gives whole coefficients; an interval over a hidden 患者数 left hidden', () => {
    const rateRows = checkTs.rateRows;
    expect(rateRows).toBeDefined();
    if (!rateRows) return;
    const sys = { vars: [{ value: 3 }, { value: 3000 }], rows: [] } as unknown as System;
    // 「0.1」 per 100 over 3,000 (3 events), powers of ten read: 0.1 among them.
    const rows = rateRows(sys, [0], 1, '0.1', '3000', { scale: 100, scaleHi: 100, scaleRead: true }) as Row[] | undefined;
    expect(Array.isArray(rows)).toBe(true);
    for (const row of rows ?? []) {
      expect(row.coefs.every(Number.isInteger)).toBe(true);
      const v = row.coefs[0]! * 3 + row.coefs[1]! * 3000;
      expect(v >= row.lo && v <= row.hi).toBe(true);
    }
    // The interval over a count line not published: no reading proved, hidden as before.
    expect(rateRows(sys, [0], 1, '1 (0-3)', '3000', { scale: 1000, scaleHi: 1000 })).toBeUndefined();
  });

  // The families (seeds 5885–5888, 10 each): nothing leaks to the attacker taking the true method and unit; on the
  // coarse, SE and unwritten kinds rates are published beside hidden counts (on the base none for coarse and se).
  for (const [kind, seed, besideAtLeast] of [
    ['coarse', 5885, 1],
    ['se', 5886, 0],
    ['unwritten', 5887, 1],
    ['countci', 5888, 0],
  ] as [Kind, number, number][])
    it(`${kind} ${seed}: no leak${besideAtLeast > 0 ? ', rates published beside hidden counts' : ''}`, () => {
      let beside = 0;
      for (const t of countRateTables(kind, 10, seed)) {
        const r = checked(t.text);
        expect(r.ok).toBe(true);
        if (!r.ok) continue;
        expect(attack(t, r)).toEqual([]);
        beside += rateCounts(r).beside;
      }
      expect(beside).toBeGreaterThanOrEqual(besideAtLeast);
    });
});
