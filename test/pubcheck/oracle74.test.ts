/**
 * oracle74 (issue #11): the oracle read no rates — a rate beside counts and person-time (「発現率（/1,000人年）」
 * 「IR per 1,000 PY」) threw (「oracle cannot read cell」) and a 「死亡率（%）」 beside counts was a share of no count, free
 * (review68). Now, with its option `rates`, it reads them apart from the engine (oracle.ts `ratesOf`). Run over
 * rates72's and rates70's families (oracle74-families.ts, seeds 5840–5849) it found one class on the checker: a rate
 * joined to its count over the 合計 (rates.ts `joinLineShares`) whose other base (the 合計 less a small line) fits at
 * the positions where the rate is published but not at one where it is hidden — the checker searched that base at
 * every position, so published the rate beside the small count the reading gives back. Now a base that fits at one
 * position alone sets the rate aside too (`leftOut` at one position), said. Run with ROOT=/tmp/<base> to see the base fail.
 */
import { describe, expect, it } from 'vitest';
import { checkerOfRoot } from './helpers.ts';
import { attack, attackEveryReading, parse } from './oracle.ts';
import { runCase } from './oracle74-families.ts';
import type { Joined } from './formats35-families.ts';

const { check, highs, bundle } = await checkerOfRoot();
const checked = (text: string) => check(highs, bundle, text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });
const tsv = (rows: (string | number)[][]) => rows.map((r) => r.join('\t')).join('\n') + '\n';
const ranges = (text: string, hidden: string[], rates: boolean | 'rounded' = true) =>
  Object.fromEntries([...attack(highs, text, new Set(hidden), { zeroExempt: true, rates })].map(([k, x]) => [k, [x.lo, x.hi]]));

/** rates72-families fine 5840 case 0: every rate published, both groups' events hidden. */
const FINE = tsv([
  ['', '患者数', 'イベント数', '人年', '発現率（/1,000人年）'],
  ['A群', 205, 8, 108, '74.27'],
  ['B群', 300, 14, 113, '123.47'],
  ['合計', 505, 22, 221, '99.50'],
]);

describe('oracle74: the oracle reads rates', () => {
  it('a rate per person-time pins its count (it threw before)', () => {
    expect(() => attack(highs, FINE, new Set(['0:0:1']), { zeroExempt: true })).toThrow(/cannot read cell/);
    expect(ranges(FINE, ['0:0:1', '0:1:1'])).toEqual({ '0:0:1': [8, 8], '0:1:1': [14, 14] });
  });
  it('a hidden rate bounds nothing: the person-time and the rate line out, the column sum left', () => {
    const text = FINE.replace('74.27', '').replace('123.47', '');
    expect(ranges(text, ['0:0:1', '0:1:1'])).toEqual({ '0:0:1': [1, 21], '0:1:1': [1, 21] });
  });
  it('「IR per 1,000 PY」 as a row, person-days under a rate per person-years, a unit not written', () => {
    const ir = tsv([
      ['', 'A群', 'B群', 'Total'],
      ['Patients', 3188, 1733, 4921],
      ['Events', 6, 14, 20],
      ['PY', '2811.4', '1912.0', '4723.4'],
      ['IR per 1,000 PY', '2.13', '7.32', '4.23'],
    ]);
    expect(ranges(ir, ['0:1:0', '0:1:1'])).toEqual({ '0:1:0': [6, 6], '0:1:1': [14, 14] });
    // A群 3 and B群 25 events (合計 28) over person-days under a rate per 100 person-years, and under 「発現率」 alone.
    const events = (time: string, rate: string, times: number[], rates: string[]) =>
      tsv([
        ['', 'イベント数', time, rate],
        ...[['A群', 3] as const, ['B群', 25] as const, ['合計', 28] as const].map(([g, e], i) => [g, e, times[i]!, rates[i]!]),
      ]);
    for (const text of [
      events('観察人日', '発現率（/100人年）', [40000, 120000, 160000], ['2.7', '7.6', '6.4']),
      events('人年', '発現率', [1500, 2100, 3600], ['2.0', '11.9', '7.8']),
    ])
      expect(ranges(text, ['0:0:0', '0:1:0'])).toEqual({ '0:0:0': [3, 3], '0:1:0': [25, 25] });
  });
  it('「死亡率（%）」: a reading per base that fits (the whole first), of the line its label names', () => {
    const share = tsv([
      ['', '死亡', '生存', '追跡不能', '合計', '死亡率（%）'],
      ['A群', 89, 43, 1, 133, 67],
      ['B群', 32, 75, 4, 111, ''],
    ]);
    const rates = parse(share, false, false, false, true)[0]!.rates![0]!;
    expect(rates.map((x) => [x.num, x.base])).toEqual([
      [0, [0, 1, 2]],
      [0, [3]],
      [0, [0, 1]],
    ]);
    const every = attackEveryReading(highs, share, new Set(['0:0:1', '0:0:2']), { zeroExempt: true, rates: true });
    // Over 死亡 + 生存 (追跡不能 left out) 67% of 132–133: 追跡不能 1; over the 合計 nothing.
    expect(every.map((r) => [r.get('0:0:2')!.lo, r.get('0:0:2')!.hi])).toEqual([
      [1, 43],
      [1, 43],
      [1, 2],
    ]);
    expect(ranges(share, ['0:0:1', '0:0:2'], 'rounded')['0:0:2']).toEqual([1, 43]);
  });
  it('a text with no rate is parsed as before', () => {
    for (const text of [
      tsv([
        ['', 'A群', 'B群', '合計'],
        ['男性', 12, 30, 42],
        ['女性', 3, 25, 28],
        ['合計', 15, 55, 70],
      ]),
      '表1 転帰\n\t死亡\t生存\n男性\t3\t40\n女性\t5\t38\n',
    ])
      expect(parse(text, false, false, false, true)).toEqual(parse(text));
  });
});

/** redd62-families innocentSubgroup (rates70-families `innocent62`) 5840 case 3: the rate over the 合計. */
const INNOCENT: Joined = {
  text: tsv([
    ['表1 転帰（A群・B群）'],
    ['', '死亡', '生存', '追跡不能', '合計', '死亡率（%）'],
    ['A群', 89, 43, 1, 133, 67],
    ['B群', 32, 75, 4, 111, 29],
  ]),
  joined: tsv([
    ['表1 転帰（A群・B群）'],
    ['', '死亡', '生存', '追跡不能', '合計'],
    ['A群', '89 (67%)', 43, 1, 133],
    ['B群', '32 (29%)', 75, 4, 111],
  ]),
} as Joined;

describe('oracle74: a rate whose other base fits where it is published', () => {
  it('67% of 133 is 67% of 133 − 1: the rate hidden beside 追跡不能 1, said', () => {
    const o = runCase(highs, checked, { share: INNOCENT });
    expect(o.read).toBe(true);
    // base: A群's 67% published beside a hidden 追跡不能 1 (B群's 29% hidden: 32 ÷ 107 is 30%, no reader sees it).
    expect(o.any).toEqual([]);
    const r = checked(INNOCENT.text);
    expect(r.ok && r.warnings.some((w) => w.code === 'layout/share' && w.message.includes('「A群」ではそこから'))).toBe(true);
  });
});
