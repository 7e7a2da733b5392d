/**
 * life66 (issue #11), life66-families.ts: (a) a part of a step alone — 「3-6か月」 (「3〜6か月」, 「3-12か月」) beside at
 * risk at 0/6/12か月, with its own number at risk (「人数」 read as the column's N, 「At risk」 kept as a line, or
 * 「(N=170)」 in its header): that N less the interval's deaths and censored is 表1's count at 6か月, so a reader of the
 * censored takes the deaths back (lifetable.ts `partOfStep`; 「6-9か月」 from 表1's point with the N at its end likewise); (b) a bare 「0か月 (240)」 (the point's N in brackets) over
 * a table beside one interval's deaths and censored at one point (life63's layout): no time point before (`BARE_N`,
 * `timePoint`, `pointN`). Judged by the family's own attacker (`leakOf`, as life63's). `ROOT=<tree>` runs it against
 * another tree: on the base the fixtures leak.
 */
import { describe, expect, it } from 'vitest';
import { checkerOfRoot, readAsLifeTable } from './helpers.ts';
import { family, KINDS, leakOf, measure, type Case } from './life66-families.ts';

const { check, highs, bundle } = await checkerOfRoot();
const run = (text: string) => check(highs, bundle, text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });

const RISK = '# 表1\n\t0か月\t6か月\t12か月\n人数\t200\t150\t120\n\n';
// 170 at 3か月 less 4 deaths and 16 censored of 3–6か月 is 150, 表1's 6か月: 死亡's 4 back from 打ち切り's 16.
const PART: Case = {
  kind: 'part/cols',
  text: `${RISK}# 表2\n\t3-6か月\n人数\t170\n死亡\t4\n打ち切り\t16\nその他\t11\n`,
  parts: [{ fall: 20, lines: [4, 16], at: [0, 1], kept: [1, 2], n: 0, end: 1 }],
  cells: 3,
  kept: 4,
};
const ROWS: Case = {
  ...PART,
  kind: 'part/rows',
  text: `${RISK}# 表2\n区間\t人数\t死亡\t打ち切り\tその他\n3〜6か月\t170\t4\t16\t11\n`,
  parts: [{ ...PART.parts[0]!, kept: [1, 2] }],
};
const HEADER: Case = { ...PART, text: `${RISK}# 表2\n\t3-6か月 (N=170)\n死亡\t4\n打ち切り\t16\nその他\t11\n` };
const KEPT: Case = { ...PART, text: `${RISK}# 表2\n\t3-6か月\nAt risk\t170\nDeaths\t4\nCensored\t16\nOther\t11\n` };
// The interval from 表1's point, its N at its end: 150 at 6か月 less 4 + 16 of 6–9か月 is 130.
const AFTER: Case = { ...PART, kind: 'part/after', text: `${RISK}# 表2\n\t6-9か月\n人数\t130\n死亡\t4\n打ち切り\t16\nその他\t11\n` };
// life63's layout, the N bare in brackets: 240 − 201 = 39 = 4 + 35.
const BARE: Case = {
  kind: 'bare',
  text: '表1 奏効\n,0か月 (240),6か月 (201),12か月 (180)\n奏効,100,90,80\n\n表2 6か月時点\n,6か月\n死亡,4\n打ち切り,35\n',
  parts: [{ fall: 39, lines: [4, 35], at: [0, 1], kept: [0, 1] }],
  cells: 2,
  kept: 2,
};

describe('life66: a part of a step alone with its N, and a bare N in brackets', () => {
  readAsLifeTable(
    run,
    [
      ['「3-6か月」 with 「人数」 as its N, by columns', PART],
      ['「3〜6か月」 by rows (「区間」「人数」…)', ROWS],
      ['the N in the header 「3-6か月 (N=170)」', HEADER],
      ['「At risk」 kept as a line', KEPT],
      ['「6-9か月」 from 表1 point, its N at its end', AFTER],
      ['a bare 「0か月 (240)」 beside one interval at one point', BARE],
    ],
    (c, st) => leakOf(c, st[1]!, st[0]!),
  );
  it('the part is said as ours with a hint to print the point in 表1', () => {
    const r = run(PART.text);
    expect(r.ok && r.warnings.find((w) => w.code === 'table/life-table')?.message).toMatch(
      /表1の「人数」の「6か月」の数が、表2の「3-6か月」の患者数（170）から「死亡」と「打ち切り」を引いた数に等しいため.*チェッカーの推定.*表1にもその時点「3か月」の列として書くと/,
    );
  });
  // Must pass on both: an N falling by no sum of 表2's lines is not read.
  it('look-alikes: an N no lines take is not read (base and now)', () => {
    const r = run(PART.text.replace('170', '190'));
    expect(r.ok && r.warnings.some((w) => w.code === 'table/life-table')).toBe(false);
  });
  it('the families (seed 5234, 4 a kind): none leaks, none refused', async () => {
    for (const kind of KINDS) {
      const m = await measure(family(kind, 4, 5234));
      for (const p of ['threshold', 'not-exact'] as const) {
        expect(m[p]!.leaked, `${kind} ${p}`).toBe(0);
        expect(m[p]!.refused, `${kind} ${p}`).toBe(0);
      }
    }
  }, 300_000);
  it('the innocent look-alikes (seed 5235, 4 a kind): read, none refused', async () => {
    for (const kind of KINDS) expect((await measure(family(kind, 4, 5235, true), true)).threshold!.refused, kind).toBe(0);
  }, 300_000);
});
