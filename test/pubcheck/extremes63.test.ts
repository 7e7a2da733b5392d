/**
 * extremes63 (issue #11), extremes63-families.ts: extremes and ranks of shares not yet tied.
 *
 * - A line of shares under a word of an extreme (a note 「※…の最小割合は」 under 表2, 表3 「年別の最小割合」, a top 3)
 *   that fits the extremes of SEVERAL count tables (a 「診療科別」 decoy of the same years and totals first): db0a70d1
 *   tied it to the first table only (read.ts `extremeLineOf`, `shareTopK` returned at the first fit), and 表2's hidden
 *   count came back to fills.ts's brute force. Now tied to every table, axis and end it fits (`extremeLinesOf`; a share
 *   printed whole 「4%」 whose other fit reaches another count of its range tied from that count, system.ts), said.
 * - Ranks printed bottom-up (「3位」「2位」「1位」) and bare 「1」「2」「3」 under no word: db0a70d1 read them untied; now tied
 *   rank by rank where the counts fit at every position, said (チェッカーの判断).
 * - Extremes and top k of rates per person-time (「発生率（/1000人年）」): refused in words on db0a70d1 already
 *   (`header/rate`: a rate away from its count and person-time), kept so.
 *
 * `ROOT=<tree>` runs it against another tree (fails on db0a70d1).
 */
import { describe, expect, it } from 'vitest';
import { MULTI, measure, multiAttack, multiCases, RANKS } from './extremes63-families.ts';
import { checkerOfRoot } from './helpers.ts';
import type { Checked } from './stats39-families.ts';

const { check, highs, bundle } = await checkerOfRoot();
const run = (text: string) =>
  check(highs, bundle, text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 }) as Checked & {
    warnings?: { code: string; message: string }[];
    errors?: { code: string; message: string; hint?: string }[];
  };

const multi = multiCases(12, 5110, false, MULTI);
const ranks = multiCases(12, 5115, false, RANKS);

describe('an extreme of shares fitting several count tables (extremes63)', () => {
  it('表3 「年別の下位3」 fitting 表1 (診療科別) and 表2 (施設別): tied to both, said (db0a70d1: 表2 untied, G病院 2 given back)', () => {
    const c = multi[3]!;
    expect(c.family).toBe('top-min');
    const r = run(c.text);
    expect(r.ok).toBe(true);
    expect(multiAttack(c, r)).toEqual([]);
    expect(r.warnings?.some((w) => w.code === 'header/extreme-share' && /表1の最小・表2の最小のどれにも当てはまり/.test(w.message))).toBe(
      true,
    );
  });
  it("a note of whole shares 「8%」「1%」「5%」 under 表2, 表1's smallest another count of the range: 表2 tied too", () => {
    const c = multi[9]!;
    expect(c.family).toBe('whole-min');
    const r = run(c.text);
    expect(r.ok).toBe(true);
    // db0a70d1: C病院・2021年 (1) shown under 10; now more hidden than the brute force searches (a row over two).
    expect(multiAttack(c, r).filter((x) => x !== 'unknown')).toEqual([]);
  });
  it('ranks printed 「3位」「2位」「1位」: tied rank by rank, said', () => {
    const c = ranks[2]!;
    expect(c.family).toBe('desc-min');
    const r = run(c.text);
    expect(r.ok).toBe(true);
    expect(multiAttack(c, r)).toEqual([]);
    expect(
      r.warnings?.some((w) =>
        /見出しは順位の順に並んでいませんが、それぞれの見出しの順位として読みました（チェッカーの判断）/.test(w.message),
      ),
    ).toBe(true);
  });
  it('bare 「1」「2」「3」 rows under no word fitting the smallest counts: tied, said', () => {
    const c = ranks[3]!;
    expect(c.family).toBe('bare-min');
    const r = run(c.text);
    expect(r.ok).toBe(true);
    expect(multiAttack(c, r)).toEqual([]);
    expect(r.warnings?.some((w) => /見出しは数だけで「位」も順を示す言葉もありませんが/.test(w.message))).toBe(true);
  });
  it('the smallest (top 3) of rates per person-time in a table of its own: refused in words (header/rate), as before', () => {
    const t1 = `# 表1 施設別の発生率
施設,患者数,イベント数,人年,発生率（/1000人年）
A病院,500,40,5000,8.0
B病院,300,3,2500,1.2
C病院,400,25,4000,6.3
D病院,350,22,3000,7.3
合計,1550,90,14500,6.2
`;
    for (const t2 of [
      '# 表2 発生率（/1000人年）の下位3\n順位,発生率（/1000人年）\n1位,1.2\n2位,6.3\n3位,7.3\n',
      '# 表2 施設別発生率の最小\n,発生率（/1000人年）\n最小,1.2\n',
    ]) {
      const r = run(`${t1}\n${t2}`);
      expect(r.ok).toBe(false);
      expect(r.errors?.some((e) => e.code === 'header/rate')).toBe(true);
    }
  });
  it('family tally (8 a kind set, seeds 5113 and 5118): none leaked; innocents (5114, 5119) refused no more than before', async () => {
    const out = {
      ...(await measure(multiCases(8, 5113, false, MULTI))),
      ...(await measure(multiCases(8, 5118, false, RANKS))),
    };
    for (const f of Object.values(out)) expect(f.leaked).toBe(0);
    const innocent = {
      ...(await measure(multiCases(4, 5114, true, MULTI))),
      ...(await measure(multiCases(4, 5119, true, RANKS))),
    };
    // The innocent notes refused as a note with numbers as before (`line/count`, extremes61); nothing else refused.
    for (const f of Object.values(innocent)) expect(Object.keys(f.codes).filter((k) => k !== 'line/count')).toEqual([]);
  }, 240_000);
});
