/**
 * step68 (issue #11), step68-families.ts: parts of a step and points' Ns life66/red66 left unread.
 * (a) `digit`: a one-digit N in brackets closing a point (「24か月 (8)」, the few still at risk at the tail): no time
 * point before, so the events and censored of the interval ending there were no life table and the censored gave the
 * events back (lifetable.ts `ONE_DIGIT`, said as ours with the hint to write 「(N=…)」).
 * (b) `neither`: a part of a step whose own N is written under words of its start or end (「開始時人数」「期間終了時の
 * 人数」): a line of no word before, so 「9-12か月」's N less its censored gave 死亡 back against 表1's 12か月, and a chain
 * 「0-3か月」「3-5か月」 (the second with neither end on 表1's points, its N at its end) likewise (`AT_RISK`; `partOfStep`
 * reads such an N at the end its word names only).
 * (c) `flat`: cumulative columns whose lines do not strictly rise (死亡 3, 3, 5): held on the base too (a guard).
 * Judged by the family's own attacker (`leakOf`). `ROOT=<tree>` runs it against another tree: on the base (a) and (b) leak.
 */
import { describe, expect, it } from 'vitest';
import { checkerOfRoot, readAsLifeTable } from './helpers.ts';
import { family, leakOf, measure, twoCells, type Case } from './step68-families.ts';

const { check, highs, bundle } = await checkerOfRoot();
const run = (text: string) => check(highs, bundle, text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });

// 209 at 12か月 less 3 events and 198 censored of 12–24か月 is 8, 24か月's N written bare, one digit.
const DIGIT: Case = {
  kind: 'digit',
  text: '表1 奏効\n,0か月 (247),12か月 (209),24か月 (8)\n奏効,79,46,2\n\n表2 24か月時点\n,24か月\nイベント,3\n打ち切り,198\n',
  values: [
    [79, 46, 2],
    [3, 198],
  ],
  eqs: [twoCells(0, 1, 201)],
};
// 「9-12か月」 from its 開始時人数 79: 79 − 9 − 25 = 45, 表1's 12か月.
const START: Case = {
  kind: 'neither',
  text: '# 表1\n\t0か月\t6か月\t12か月\n人数\t181\t113\t45\n\n# 表2\n\t9-12か月\n開始時人数\t79\n死亡\t9\n打ち切り\t25\nその他\t13\n',
  values: [
    [181, 113, 45],
    [79, 9, 25, 13],
  ],
  eqs: [twoCells(-1, -2, 34)],
};
// A chain, each N at its part's end: 172 − 9 − 14 = 149 at 3か月, 149 − 7 − 9 = 133 at 5か月 (neither end a point).
const CHAIN: Case = {
  kind: 'neither',
  text: '# 表1\n\t0ヶ月\t6ヶ月\t12ヶ月\nAt risk\t172\t125\t62\n\n# 表2\n\t0-3ヶ月\t3-5ヶ月\n期間終了時の人数\t149\t133\n死亡\t9\t7\n打ち切り\t14\t9\nその他\t23\t28\n',
  values: [
    [172, 125, 62],
    [149, 133, 9, 7, 14, 9, 23, 28],
  ],
  eqs: [twoCells(-1, -3, 23), twoCells(-2, -4, 16)],
};

describe('step68: a one-digit point N, a part of a step under words of its ends', () => {
  readAsLifeTable(
    run,
    [
      ['「24か月 (8)」 beside one interval at that point', DIGIT],
      ['「9-12か月」 with 「開始時人数」', START],
      ['「0-3ヶ月」「3-5ヶ月」 with 「期間終了時の人数」 (the second no end on 表1)', CHAIN],
    ],
    leakOf,
  );
  it('the one-digit N is said as ours with a hint to write it as an N', () => {
    const r = run(DIGIT.text);
    expect(r.ok && r.warnings.find((w) => w.code === 'table/life-table')?.message).toMatch(
      /括弧内の数（各時点の患者数と推定）.*括弧内の数を各時点の患者数と読んだのはチェッカーの推定です。患者数なら「0か月 \(N=247\)」/,
    );
  });
  // Must pass on both: no reading the numbers do not give.
  it('look-alikes: a one-digit mark over lines falling by no sum, a part with no end on 表1 alone (base and now)', () => {
    const mark = run(DIGIT.text.replace('198', '150'));
    expect(mark.ok && mark.warnings.some((w) => w.code === 'table/life-table')).toBe(false);
    const alone = run(
      '# 表1\n\t0か月\t6か月\t12か月\n人数\t200\t150\t120\n\n# 表2\n\t7-9か月\n開始時人数\t140\n死亡\t4\n打ち切り\t16\nその他\t11\n',
    );
    expect(alone.ok && alone.warnings.some((w) => w.code === 'table/life-table')).toBe(false);
  });
  it('an N said to be at the end of a part ending at 表1 point is not read as its start', () => {
    const r = run(
      '# 表1\n\t0か月\t6か月\t12か月\n人数\t200\t150\t120\n\n# 表2\n\t3-6か月\n終了時人数\t169\n死亡\t4\n打ち切り\t15\nその他\t11\n',
    );
    expect(r.ok && r.warnings.some((w) => w.code === 'table/life-table')).toBe(false);
  });
  it('a flat stretch in cumulative columns (死亡 3, 3, 5): tied (held on the base too)', () => {
    const r = run(
      '# 表1\n\t0か月\t6か月\t12か月\t18か月\n人数\t200\t180\t163\t150\n\n# 表2\n\t6か月\t12か月\t18か月\n死亡\t3\t3\t5\n打ち切り\t17\t34\t45\n',
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.tables[1]!.status.slice(3).every((s) => s !== 'published')).toBe(true);
  });
  it('the families (seed 5476, 8 a kind): none leaks, none refused', async () => {
    for (const kind of ['digit', 'neither'] as const) {
      const m = await measure(family(kind, 8, 5476));
      expect(m.leaked, kind).toBe(0);
      expect(m.refused, kind).toBe(0);
    }
  }, 300_000);
  it('the innocent look-alikes (seed 5477, 8 a kind): read, none refused', async () => {
    for (const kind of ['digit', 'neither'] as const) expect((await measure(family(kind, 8, 5477, true), true)).refused, kind).toBe(0);
  }, 300_000);
});
