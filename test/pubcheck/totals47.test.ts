/**
 * totals47 (issue #11): a line over its items by 1–9 somewhere under a Japanese word in no list (「患者全体」「対象者全体」),
 * first or last beside two other lines at least, read both ways (overtotal.ts `evidence` `protect`): on fe3ccd2 an item
 * for its script, its rests published (totals46-families.ts `unlistedOver`, seed 2384: 52 of 100 leaked as a total).
 * The numbers cannot tell it from a dominating category (totals44's 「東北」 over 東京・大阪・名古屋 by 3, 2 and 24): both
 * are read both ways now, hidden whichever reading is true (our reading, チェッカーの判断). Never refused for it: where
 * another line takes the reading (a loose 「全医療機関」 column), the Japanese line stays an item.
 */
import { describe, expect, it } from 'vitest';
import { checkerIn } from './helpers.ts';
import { judgeWhole, wholeWords } from './totals44-families.ts';
import { attackOverlap, unlistedOver } from './totals46-families.ts';
import { oneColumnUnder } from './totals47-families.ts';
import { hiddenLabels, type Read } from './totals14-families.ts';
import { leaks, rangesAsTotal } from './totals15-families.ts';

const { check, highs, bundle } = await checkerIn();
const run = (text: string) => check(highs, bundle, text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });
const both = (r: ReturnType<typeof run>) => (r.ok ? r.warnings.filter((w) => w.code === 'total/both-readings').length : -1);

describe('a Japanese word in no list over its items by a few (fe3ccd2: an item, its rests published)', () => {
  it.each(['患者全体', '対象者全体', '調査対象'])('「%s 59 | 70 | 58」 last over 56 | 55 | 56: read both ways, no rest given back', (w) => {
    const text = `\tA群\tB群\tC群\n発熱\t12\t15\t20\n頭痛\t30\t22\t25\n発疹\t14\t18\t11\n${w}\t59\t70\t58\n`;
    const r = run(text);
    expect(both(r)).toBe(1);
    const found = rangesAsTotal(highs, (r as { tables: unknown[] }).tables[0] as Read, 'rows', w) ?? [];
    expect(found.filter((f) => leaks(f, 'threshold'))).toEqual([]);
  });
  it('between other lines, a numbered label (「2020年」) or beside one line: an item, as before', () => {
    expect(both(run('\tA群\tB群\n発熱\t12\t15\n患者全体\t45\t40\n頭痛\t30\t22\n'))).toBe(0);
    expect(both(run('\tA群\tB群\n2018年\t12\t15\n2019年\t30\t22\n2020年\t45\t40\n'))).toBe(0);
    expect(both(run('\tA群\tB群\n発熱\t30\t22\n患者全体\t33\t60\n'))).toBe(0);
  });
  it('beside a loose total on the other axis (「全医療機関」): the loose line read both ways, the 「A群」 row an item, nothing refused', () => {
    const r = run('\t病院\t診療所\t薬局\t全医療機関\nA群\t35\t57\t39\t135\nB群\t7\t7\t2\t46\nC群\t2\t3\t9\t20\nD群\t25\t13\t1\t41\n');
    expect(r.ok).toBe(true);
    expect(both(r)).toBe(1);
  });
  it('family (unlistedOver, seed 2384, 100 tables): fe3ccd2 leaked 52 as a total (44 of 64 mixed); now none but one the oracle pins by a coincidence of the truth (発疹 = 嘔吐 + the rest in both rows), as on fe3ccd2', () => {
    const whats = unlistedOver(100, 2384).map((c) => judgeWhole(highs, run(c.text) as never, c, 'threshold'));
    expect(whats.filter((w) => w !== 'read, none leaked')).toEqual(['leaked as a total (oracle)']);
  }, 600_000);
  it('totals44 wholeWords (seed 2241): still none leaked, 3 refused (header/statistic) as before', () => {
    const whats = wholeWords(100, 2241).map((c) => judgeWhole(highs, run(c.text) as never, c, 'threshold'));
    expect(whats.filter((w) => w !== 'read, none leaked' && w !== 'refused')).toEqual([]);
    expect(whats.filter((w) => w === 'refused')).toHaveLength(3);
  }, 600_000);
});

describe('a one-column word in no list a few under its items (fe3ccd2: an item, the overlap published)', () => {
  it('「Semua 44」 last under 発熱 20, 頭痛 15, 発疹 12 (47): read as a whole of several answers, the overlap 3 hidden', () => {
    const r = run('\tA群\n発熱\t20\n頭痛\t15\n発疹\t12\nSemua\t44\n');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.warnings.map((w) => w.code)).toContain('total/overlap');
    expect(hiddenLabels(r.tables[0] as unknown as Read)).toContain('Semuaの重複/A群=3');
  });
  it("in the others' script (「全部」 among Japanese words) or between them: an item, as before (stats44's 「参考値」)", () => {
    for (const text of ['\tA群\n発熱\t20\n頭痛\t15\n発疹\t12\n全部\t44\n', '\tA群\n発熱\t20\nSemua\t44\n頭痛\t15\n発疹\t12\n']) {
      const r = run(text);
      expect(r.ok && r.warnings.map((w) => w.code)).not.toContain('total/overlap');
    }
  });
  it("family (oneColumnUnder, seed 2561, 200 tables): fe3ccd2 leaked 150 to totals46's attackOverlap; now none", () => {
    const whats = oneColumnUnder(200, 2561).map((c) => attackOverlap(highs, run(c.text) as never, c).what);
    expect(whats.filter((w) => w !== 'read, none leaked')).toEqual([]);
  }, 600_000);
});
