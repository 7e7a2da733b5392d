/**
 * Counts written in words the checker did not read before words11 (issue #11), in notes, labels and titles: native
 * numerals before の (「みっつの施設」), rough counts in kanji (「十数例」「二十数名」「数十例」「十余例」), a numeral before
 * 倍 (「B群の三倍」), English words of quantity (「a couple of」「a pair」「a dozen」「half a dozen」「a handful of」
 * 「a few deaths」「twice as many」), a share of a named cell (「A群の死亡の半数」) or of a line with no N (「死亡の半数」);
 * and over-refusals: given names (「健一」「浩二」) and ordinals (「一人目」「二例目」「3例目」).
 * Measured on seeds 761–762 (test/pubcheck/words11-measure.ts, main = c9d7a3c), 200 cases per family:
 * - notes with a count in such words: main 196, 195 of 200 passed (exit 0); now 0;
 * - a note's share of one cell pinning a count under 10: main 102/102, 104/104 passed; now 0; loose ones refused 0 → 0;
 * - labels and titles with such words where the same text in digits is refused: main 113/113, 114/114 passed; now 0;
 * - innocent notes (names, ordinals, 「double-blind」「twice daily」「a few days」「ひとつの目安」): main 93, 79 of 200
 *   refused; now 0; innocent labels (「健一」「担当 健一」「浩二」, ordinals): main 63, 62 of 200 refused; now 0;
 * - a small count closing a label after a space or a colon in English words or kanji (「Deaths three」「死亡：三」,
 *   seeds 777–778): main 154, 145 of 200 passed (and in digits after a colon, 「死亡：3」, 98 and 84); now 0 and 0.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../src/pubcheck/check.ts';
import { englishQuantities, isGivenName, kanjiNumbers, wordCounts } from '../../src/pubcheck/header.ts';
import { readTables } from '../../src/pubcheck/read.ts';
import { fixtureBundle, solver } from './helpers.ts';
import { expectProtected } from './protection.ts';
import { cellShares, closingLabels, innocentLabels, innocentNotes, table, wordNotes, wordPlaces } from './words11-families.ts';

const bundle = fixtureBundle();
const highs = await solver();
const codes = (text: string) => {
  const r = check(highs, bundle, text, { details: true });
  return r.ok ? [] : r.errors.map((e) => e.code);
};
const passes = (text: string) => check(highs, bundle, text, { details: true }).ok;
const SEEDS = [761, 762];

describe('counts in words read as their digits are (main: read as words)', () => {
  it('native numerals before の, rough kanji counts, a numeral before 倍 are counts', () => {
    expect(kanjiNumbers('注：みっつの施設で死亡')).toEqual(['みっつ（3）']);
    expect(kanjiNumbers('死亡はななつの病院に限られた')).toEqual(['ななつ（7）']);
    // 「ひとつの」 is 「a」 as often (our reading).
    expect(kanjiNumbers('ひとつの目安として')).toEqual([]);
    expect(kanjiNumbers('十数例が脱落')).toEqual(['十数（11〜19）']);
    expect(kanjiNumbers('死亡は二十数名')).toEqual(['二十数（21〜29）']);
    expect(kanjiNumbers('数十例')).toEqual(['数十（20〜90）']);
    expect(kanjiNumbers('十余例')).toEqual(['十余（11〜19）']);
    expect(kanjiNumbers('A群の死亡はB群の三倍')).toEqual(['三（3）']);
  });
  it('English words of quantity are counts; durations, dosing and 「double-blind」 are none', () => {
    expect(englishQuantities('a couple of deaths, half a dozen withdrawals and a dozen events')).toEqual([
      'a couple（2）',
      'half a dozen（6）',
      'a dozen（12）',
    ]);
    expect(englishQuantities('twice as many deaths; thrice the number of events; a few relapses')).toEqual([
      'twice as many（×2）',
      'thrice the number（×3）',
      'a few（2〜9）',
    ]);
    for (const s of [
      'within a couple of days',
      'dosed twice daily',
      'double-blind',
      'for several reasons',
      'a few days later',
      'a dozen times',
    ])
      expect(englishQuantities(s), s).toEqual([]);
    expect(wordCounts('a dozen patients excluded')).toEqual([{ index: 0, written: 'a dozen', unit: true }]);
  });
  it('given names and ordinals are no count', () => {
    for (const [run, before, after] of [
      ['一', '集計は健', 'が'],
      ['二', '監修 浩', ''],
      ['一', '鈴木健', '氏'],
    ] as const)
      expect(isGivenName(run, before, after), `${before}${run}${after}`).toBe(true);
    // After a word for an event a numeral closing it is a count (「死亡三」); a name after a surname with no space is a
    // name where the surname's last character ends surnames (「山田健一が」, words12: refused here before).
    expect(isGivenName('三', '死亡', '')).toBe(false);
    expect(isGivenName('一', '山田健', 'が')).toBe(true);
    expect(isGivenName('二', '予後不良', '')).toBe(false);
    for (const note of ['注：一人目の患者', '注：二例目以降を集計', '注：3例目から登録', '注：集計は健一が担当', '注：担当 山田 健一'])
      expect(codes(`${table(60, 80, '死亡', 20, 30)}${note}\n`), note).toEqual([]);
    // A count is still one: 「一人」「3例」 beside the ordinals.
    expect(codes(`${table(60, 80, '死亡', 20, 30)}注：一人が転院、3例目から登録\n`)).toEqual(['line/count']);
  });
  it('a note’s count in words is refused naming the words (line/count)', () => {
    const r = readTables(`${table(60, 80, '死亡', 20, 30)}注：十数例が脱落\n`, { threshold: 10 });
    expect(r.errors.map((e) => e.code)).toEqual(['line/count']);
    expect(r.errors[0]!.message).toContain('「十数（11〜19）」');
  });
  it('a label or a title with such words is refused as its digits are (header/count, title/count)', () => {
    expect(codes(table(60, 80, '死亡（うち十数例）', 20, 30))).toEqual(['header/count']);
    expect(codes(table(60, 80, 'Deaths (a dozen excluded)', 20, 30))).toEqual(['header/count']);
    expect(codes(table(60, 80, '死亡（うちみっつの施設）', 20, 30))).toEqual(['header/count']);
    expect(codes(table(60, 80, '死亡', 20, 30, '有害事象（十数例除外）'))).toEqual(['title/count']);
    // A name closing a label is none (main: 「健一」 read as 1, header/count).
    expect(codes(table(60, 80, '担当 健一', 20, 30))).toEqual([]);
  });
  it('random: 2 × 200 notes, labels and titles in words (seeds 761–762): none passes (main: 196, 195 notes; 113/113, 114/114 labels and titles)', () => {
    for (const seed of SEEDS) {
      expect(
        wordNotes(seed, 200)
          .filter((c) => passes(c.text))
          .map((c) => `${c.note} (${c.reads})`),
      ).toEqual([]);
      const places = wordPlaces(seed + 6, 200).filter((c) => !passes(c.digits));
      expect(places.length).toBeGreaterThan(100);
      expect(places.filter((c) => passes(c.text)).map((c) => c.said)).toEqual([]);
    }
  });
  it('random: 2 × 200 innocent notes and labels (seeds 765–770): none refused (main: notes 93, 79; labels 63, 62)', () => {
    for (const seed of SEEDS) {
      expect(
        innocentNotes(seed + 4, 200)
          .filter((c) => !passes(c.text))
          .map((c) => c.note),
      ).toEqual([]);
      expect(
        innocentLabels(seed + 8, 200)
          .filter((c) => !passes(c.text))
          .map((c) => c.label),
      ).toEqual([]);
    }
  });
});

describe('a share of a cell (main: judged with the Ns only)', () => {
  it('「A群の死亡の半数は転院」 over A群’s 死亡 12 says 6: refused (line/share), naming the count; over 40 (20) it passes', () => {
    const t = (c: number, note: string) => `${table(100, 120, '死亡', c, 30)}${note}\n`;
    const r = readTables(t(12, '注：A群の死亡の半数は転院'), { threshold: 10 });
    expect(r.errors.map((e) => e.code)).toEqual(['line/share']);
    expect(r.errors[0]!.message).toContain('N 12 のうち6人');
    expect(codes(t(40, '注：A群の死亡の半数は転院'))).toEqual([]);
    // Over a cell to be hidden (6 of A群): its half is 3 all the same.
    expect(codes(t(6, '注：A群の死亡の半数は転院'))).toContain('line/share');
    // 「死亡の半数」 naming no group: of one of the line's counts or their sum (12 → 6).
    expect(codes(t(12, '注：死亡の半数はA群の男性'))).toEqual(['line/share']);
    // 「死亡は半数」 says half of the patients died: a share of N (100: 50), as before.
    expect(codes(t(40, '注：A群では死亡は半数'))).toEqual([]);
  });
  it('random: 2 × 200 shares of a cell (seeds 763–764): every one pinning a count under 10 refused (main: 102/102, 104/104 passed), none other', () => {
    for (const seed of SEEDS) {
      const judged = cellShares(seed + 2, 200).map((c) => ({ ...c, passes: passes(c.text) }));
      expect(judged.filter((c) => c.leaks).length).toBeGreaterThan(80);
      expect(judged.filter((c) => c.leaks && c.passes).map((c) => `${c.note} (${c.reads})`)).toEqual([]);
      expect(judged.filter((c) => !c.leaks && !c.passes).map((c) => `${c.note} (${c.reads})`)).toEqual([]);
    }
  });
  it('the shares passed are attacked by the oracle: no hidden count under 10 recovered', () => {
    const passed = cellShares(763, 200)
      .filter((c) => !c.leaks)
      .slice(0, 15);
    for (const c of passed) {
      const r = check(highs, bundle, c.text, { details: true });
      expect(r.ok, c.note).toBe(true);
      if (r.ok) expectProtected(highs, r, c.text.split('\n').slice(1, -2).join('\n'));
    }
  });
});

describe('shares and bounds in more words (main: read as words)', () => {
  it('「one in five」「1 in 5」「two out of three」 in a label are shares of N (line/share where they pin a count); 「1 in 2 weeks」 is none', () => {
    const t = (label: string) => `\tA群 (N=8)\tB群 (N=80)\n${label}\t2\t16\nその他\t6\t64\n`;
    for (const label of ['死亡 (one in five)', '死亡 (1 in 5)', '死亡（two out of three）'])
      expect(codes(t(label)), label).toEqual(['line/share']);
    expect(codes(t('Stage 1 in 2 weeks'))).toEqual([]);
    // Loose over large Ns: one in five of 60 and 80 is 12 and 16.
    expect(codes(table(60, 80, '死亡 (one in five)', 12, 16))).toEqual([]);
  });
  it('「二桁」「一ダース」 in a note and 「10例前後」 in a title are counts, as 「2桁」「12」「10例」 are', () => {
    for (const note of ['注：死亡は二桁', '注：一ダースの施設', '注：半ダースが脱落'])
      expect(codes(`${table(60, 80, '死亡', 20, 30)}${note}\n`), note).toEqual(['line/count']);
    expect(codes(table(60, 80, '死亡', 20, 30, '有害事象（10例前後を除外）'))).toEqual(['title/count']);
  });
});

describe('a count closing a label after a space or a colon (main: English words and a colon left unread)', () => {
  const t = (label: string) => `\tA群\tB群\n${label}\t20\t10\n入院\t15\t15\n`;
  it('「Deaths three」「Deaths: three」「死亡：三」「死亡：3」 are refused as 「Deaths 3」 is; steps, bounds and times are none', () => {
    for (const label of ['Deaths three', 'Deaths: three', 'Deaths:seven', '死亡：三', '死亡：みっつ', '死亡：3'])
      expect(codes(t(label)), label).toEqual(['header/count']);
    for (const label of [
      'At least one',
      'No one',
      'More than three',
      'Grade three',
      'Cohort one',
      'Stage: 3',
      'Grade: 2',
      'Time 10:30',
      'ステージ：三',
    ])
      expect(codes(t(label)), label).toEqual([]);
  });
  it('random: 2 × 200 such labels (seeds 777–778): none passes (main: 154, 145)', () => {
    for (const seed of [777, 778]) {
      const judged = closingLabels(seed, 200);
      expect(judged.filter((c) => passes(c.text)).map((c) => c.label)).toEqual([]);
      expect(judged.filter((c) => passes(c.digits)).map((c) => c.label)).toEqual([]);
    }
  });
});

describe('a bound under the threshold in a label (main: read as a category)', () => {
  const t = (label: string) => `\tA群\tB群\n${label}\t20\t10\n入院\t15\t15\n`;
  it('「死亡（3例未満）」「その他（10例未満）」「脱落（十例未満）」「死亡（１０名未満）」 are refused (header/count); a bound alone, over the threshold or of a household stays a word', () => {
    for (const label of ['死亡（3例未満）', 'その他（10例未満）', '脱落（十例未満）', '死亡（3例以下）', '死亡（１０名未満）'])
      expect(codes(t(label)), label).toEqual(['header/count']);
    for (const label of ['10例未満', '施設（50例未満）', '死亡（10例以下）', '世帯（2人以上）']) expect(codes(t(label)), label).toEqual([]);
    const r = readTables(t('死亡（3例未満）'), { threshold: 10 });
    expect(r.errors[0]!.message).toContain('「3例未満」');
  });
});
