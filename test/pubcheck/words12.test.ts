/**
 * Counts in words left open by words11 (issue #11): given names after a surname with no space and words holding a
 * numeral read as counts (「山田健一が」「一人当たり」「一施設あたり」), rough counts in kanji with 百 and 千 misread
 * (「百数十例」 as 「10例」, 「数百例」 as 「100例」), rough counts in a row's or a column's label (「死亡（3例前後）」
 * 「死亡 約3例」「死亡（少数例）」), 「a few」「several」 before nouns of events other than words11's list (「a few
 * strokes」), and shares of a cell named without の (「A群死亡の半数」「half of group A's deaths」).
 * Measured on seeds 941–942 (test/pubcheck/words12-measure.ts, main = 2d529fc), 200 cases per family:
 * - innocent notes of names and words holding a numeral: main 84/130, 91/141 refused; now 0; real counts in kanji
 *   (「一例」「一施設」「三名」) refused on both (0/70, 0/59 passed);
 * - rough counts after a name in a label: main 154, 155 of 200 passed; now 0;
 * - 「a few」「several」「a handful of」 before a noun of events in a note, a label or a title: main 89/129, 106/135
 *   passed; now 0; innocent English (「a few days」「several analyses」「few events」) refused 0 → 0;
 * - shares of a cell named without の pinning a count under 10: main 91/91, 92/92 passed; now 0; loose ones refused
 *   0 → 0;
 * - rough counts in kanji with 百 or 千 refused naming the range a reader takes: main 35 of 200 (165 misread), now 200.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../src/pubcheck/check.ts';
import { kanjiNumbers } from '../../src/pubcheck/header.ts';
import { fixtureBundle, solver } from './helpers.ts';
import { expectProtected } from './protection.ts';
import { table } from './words11-families.ts';
import { englishFew, nameNotes, roughKanji, roughLabels, sharesNoNo } from './words12-families.ts';

const bundle = fixtureBundle();
const highs = await solver();
const codes = (text: string) => {
  const r = check(highs, bundle, text, { details: true });
  return r.ok ? [] : r.errors.map((e) => e.code);
};
const SEEDS = [941, 942];
const judge = (cases: { text: string; said: string; leaks: boolean }[]) => {
  const judged = cases.map((c) => ({ ...c, ok: check(highs, bundle, c.text, { details: true }).ok }));
  return {
    leaked: judged.filter((c) => c.leaks && c.ok).map((c) => c.said),
    over: judged.filter((c) => !c.leaks && !c.ok).map((c) => c.said),
    leaks: judged.filter((c) => c.leaks).length,
  };
};

describe('names and words holding a numeral (main: read as counts)', () => {
  it('「山田健一が」「一人当たり」「一施設あたり」「もう一つ」「一例一例」 are no count; 「一例」「一施設で」「予後不良二」 are', () => {
    for (const note of [
      '注：集計は山田健一が担当',
      '注：長谷川健一、鈴木浩二が確認',
      '注：一人当たりの費用',
      '注：1施設あたりの平均',
      '注：一症例あたりの観察期間',
      '注：もう一つの理由',
      '注：一例一例確認した',
    ])
      expect(codes(`${table(60, 80, '死亡', 20, 30)}${note}\n`), note).toEqual([]);
    for (const note of ['注：一例が脱落', '注：一施設で死亡', '注：予後不良二', '注：もう一人が脱落'])
      expect(codes(`${table(60, 80, '死亡', 20, 30)}${note}\n`), note).toEqual(['line/count']);
  });
  it('random: 2 × 200 (seeds 941–942): no innocent note refused (main: 84/130, 91/141), no count passed', () => {
    for (const seed of SEEDS) {
      const r = judge(nameNotes(seed, 200));
      expect(r.over).toEqual([]);
      expect(r.leaked).toEqual([]);
      expect(r.leaks).toBeGreaterThan(40);
    }
  });
});

describe('rough counts in kanji with 百 and 千 (main: 「10例」「100例」)', () => {
  it('are read as the range a reader takes (our reading)', () => {
    expect(kanjiNumbers('百数十例が脱落')).toEqual(['百数十（110〜190）']);
    expect(kanjiNumbers('数百例')).toEqual(['数百（200〜900）']);
    expect(kanjiNumbers('千数百名')).toEqual(['千数百（1,100〜1,900）']);
    expect(kanjiNumbers('百余例')).toEqual(['百余（101〜199）']);
    expect(kanjiNumbers('十数例')).toEqual(['十数（11〜19）']);
    // After 全 too (main: 「全百数十例」 read as 「全100」 and 「10例」, the title passed).
    const r = check(highs, bundle, table(60, 80, '死亡', 20, 30, '有害事象（全百数十例）'), { details: true });
    expect(r.ok ? [] : r.errors.map((e) => e.message)).toEqual([expect.stringContaining('「百数十」')]);
  });
  it('random: 2 × 200 notes (seeds 949–950): each refused naming its range (main: 165 of 200 misread)', () => {
    for (const seed of SEEDS) {
      const misread = roughKanji(seed + 8, 200).filter((c) => {
        const r = check(highs, bundle, c.text, { details: true });
        return r.ok || !r.errors.some((e) => e.message.includes(c.reads));
      });
      expect(misread.map((c) => c.said)).toEqual([]);
    }
  });
});

describe('rough counts in a label (main: 「3例前後」「少数例」 read as words)', () => {
  it('「死亡（3例前後）」「死亡 約3例」「死亡（少数例）」 refused; 「10例前後」 alone and 「少数民族」 are words', () => {
    // 「Deaths (few)」 is a word of few since words14 (1–9, as 「(very few)」; it was a word here).
    for (const label of [
      '死亡（3例前後）',
      '死亡 3例前後',
      '死亡 約3例',
      '死亡（少数例）',
      '死亡（少数）',
      'Deaths (several)',
      'Deaths (few)',
    ])
      expect(codes(table(60, 80, label, 20, 30)).length, label).toBe(1);
    for (const label of ['10例前後', '約3例', '少数民族']) expect(codes(table(60, 80, label, 20, 30)), label).toEqual([]);
  });
  it('random: 2 × 200 rows and columns (seeds 943–944): none passes (main: 154, 155)', () => {
    for (const seed of SEEDS) expect(judge(roughLabels(seed + 2, 200)).leaked).toEqual([]);
  });
});

describe('「a few」「several」 before any noun of events (main: only nouns listed)', () => {
  it('random: 2 × 200 notes, labels and titles (seeds 945–946): none passes (main: 89/129, 106/135), no innocent one refused', () => {
    for (const seed of SEEDS) {
      const r = judge(englishFew(seed + 4, 200));
      expect(r.leaked).toEqual([]);
      expect(r.over).toEqual([]);
    }
  });
});

describe('a share of a cell named without の (main: judged with the Ns only)', () => {
  it("「A群死亡の半数」「A群で死亡の半数」「死亡例（A群）の半数」「half of group A's deaths」 over 12 say 6: refused (line/share)", () => {
    for (const note of ['注：A群死亡の半数は転院', '注：A群で死亡の半数は転院', '注：死亡例（A群）の半数は転院'])
      expect(codes(`${table(100, 120, '死亡', 12, 30)}${note}\n`), note).toEqual(['line/share']);
    const en = (c: number, note: string) =>
      `# Table 1\n\tGroup A (N=100)\tGroup B (N=120)\nDeaths\t${c}\t30\nOther\t${100 - c}\t90\n${note}\n`;
    expect(codes(en(12, "Note: half of group A's deaths were transfers"))).toEqual(['line/share']);
    expect(codes(en(12, 'Note: half of the deaths in group A were transfers'))).toEqual(['line/share']);
    expect(codes(en(40, 'Note: half of the deaths in group A were transfers'))).toEqual([]);
    // 「half of」 naming no cell nor line is no share of N.
    expect(codes(en(40, 'Note: half of the sites were in Tokyo'))).toEqual([]);
  });
  it('random: 2 × 200 (seeds 947–948): every one pinning a count under 10 refused (main: 91/91, 92/92 passed), none other', () => {
    for (const seed of SEEDS) {
      const r = judge(sharesNoNo(seed + 6, 200));
      expect(r.leaks).toBeGreaterThan(60);
      expect(r.leaked).toEqual([]);
      expect(r.over).toEqual([]);
    }
  });
  it('the shares passed are attacked by the oracle: no hidden count under 10 recovered', () => {
    const passed = sharesNoNo(947, 200)
      .filter((c) => !c.leaks)
      .slice(0, 12);
    for (const c of passed) {
      const r = check(highs, bundle, c.text, { details: true });
      expect(r.ok, c.said).toBe(true);
      if (r.ok) expectProtected(highs, r, c.text.split('\n').slice(1, -2).join('\n'));
    }
  });
});
