/**
 * Counts written in words outside the cells (words8, issue #11): a note's or a title's 「死亡は三」「うち二」「ふたり」
 * 「壱名」, a share of a published N (「半数」 of 6 is 3, 「all but one」 leaves 1), digits spaced one by one (「1 0 例」). On
 * main (67c08a3) a kanji numeral with no unit of patients after it was read as a word, a share as words, 「1 0 例」 as
 * 「0 例」 and a stray 1; now each is read as the number a reader sees, or refused naming the line, and the words with a
 * numeral that are no count (ordinals, 一部, 一般, 統一, 二次, dates) are left as they were.
 * Measured on seeds 441–443 (test/pubcheck/words8-families.ts; main read with /work/main's read.ts at 67c08a3):
 * - kanji counts in notes: main 82, 73, 81 of 200 leaked (not refused); now 0;
 * - innocent notes: main 23, 14, 16 of 200 refused (「同一患者」「一人暮らし」 read as 1患者, 1人); now 0;
 * - shares of a published N leaving a count under 10: main 189/222, 186/212, 185/214 leaked; now 0; shares that leave
 *   none (「半数」 of 100, 「more than half」 of 60): none refused, main or now;
 * - titles with their N spaced one by one (「全3 1例」): main 0 of 100 read as the N; now 100.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../src/pubcheck/check.ts';
import { countText, kanjiNumbers, shareWords } from '../../src/pubcheck/header.ts';
import { readTables } from '../../src/pubcheck/read.ts';
import { fixtureBundle, solver } from './helpers.ts';
import { expectProtected, outcomeAttacked } from './protection.ts';
import { innocentNotes, judge, kanjiNotes, shareNotes, spacedTitles } from './words8-families.ts';

const bundle = fixtureBundle();
const highs = await solver();
const codes = (text: string) => readTables(text, { threshold: 10 }).errors.map((e) => e.code);
const table = (n: number, note: string) => {
  const a = Math.floor(n / 2);
  return `# 表1 有害事象 (N=${n})\n,A群,B群\n死亡,${Math.floor(a / 2)},${Math.floor((n - a) / 2)}\n生存,${a - Math.floor(a / 2)},${n - a - Math.floor((n - a) / 2)}\n${note}\n`;
};

describe('kanji numerals as counts with no unit after them (main: read as words, the count in plain view)', () => {
  it('a note’s 「死亡は三」「計三」「うち二」「ふたり」「三つ」「三件」「死亡弐」「壱名」 is refused as a note’s count (line/count)', () => {
    for (const note of [
      '注：A群の死亡は三、入院は二',
      '注：計三',
      '※ うち二は転院',
      '※ ふたりは追跡不能',
      '※ ひとりは転院',
      '※ 三つの施設',
      '※ 三件',
      '※ 死亡弐',
      '※ 壱名除外',
      '※ 計参',
      '※ 二人は追跡不能',
      '※ 一人は追跡不能',
      'Note: 脱落 四',
    ])
      expect(codes(table(60, note)), note).toContain('line/count');
    expect(kanjiNumbers('A群の死亡は三、入院は二')).toEqual(['三（3）', '二（2）']);
    expect(kanjiNumbers('ふたりは')).toEqual(['ふたり（2）']);
    // A table's or a figure's number in kanji is none (「表一」「図二」), as 「表1」 is.
    expect(kanjiNumbers('表一 有害事象、図二')).toEqual([]);
  });
  it('ordinals, dates and fixed words with a numeral are no count (no over-refusal; main refused 「同一患者」「一人暮らし」「一例として」)', () => {
    for (const note of [
      '注：第三回調査の結果',
      '注：三回目の訪問時点',
      '注：二次秘匿を行った',
      '注：一部の患者は重複',
      '注：一方、B群では',
      '注：一般病院を含む',
      '注：定義を統一した',
      '注：第1群は対照',
      '注：同一患者の再入院はまとめた',
      '注：一人暮らしの患者を含む',
      '注：三月に集計',
      '注：唯一の例外',
      '注：全参加者を対象',
      '注：持参薬を含む',
      '注：万一の場合',
      '注：一例として挙げる',
      '注：一次データ',
      '注：一定の基準',
    ])
      expect(codes(table(60, note)), note).toEqual([]);
  });
  it('a label’s 「（うち二）」 is refused as 「（うち3）」 is (header/count); 「うち一部」「うち二次感染」「うち一般病棟」 are no count', () => {
    const body = (label: string) => `,A群,B群\n${label},20,10\n入院,15,15\n`;
    expect(codes(body('死亡（うち二）'))).toEqual(['header/count']);
    for (const label of ['入院（うち一部）', '死亡（うち二次感染）', '死亡（うち一般病棟）']) expect(codes(body(label)), label).toEqual([]);
  });
  it('a label closing with a kanji number in brackets or after a space is judged as the digits are (「死亡（三）」「死亡 三」 as 「死亡（3）」「死亡 3」: header/count; main: passed)', () => {
    for (const label of ['死亡（三）', '死亡（十二）', '死亡 三']) {
      const r = check(highs, bundle, `\tA群\tB群\n${label}\t20\t10\n入院\t15\t15\n`, { details: true });
      expect(r.ok ? [] : r.errors.map((e) => e.code), label).toContain('header/count');
    }
    for (const label of ['ステージ 三', '第 三', '定義 統一'])
      expect(check(highs, bundle, `\tA群\tB群\n${label}\t20\t10\n入院\t15\t15\n`, { details: true }).ok, label).toBe(true);
    // A numbering in kanji stays one (「薬剤（一）」「薬剤（二）」), as 「（1）」「（2）」 does.
    expect(check(highs, bundle, '\tA群\tB群\n薬剤（一）\t20\t10\n薬剤（二）\t15\t15\n', { details: true }).ok).toBe(true);
  });
  it('random: 3 × 200 notes of a count 1–9 in kanji (seeds 441–443): none leaks (main: 82, 73, 81); 3 × 200 innocent notes: none refused (main: 23, 14, 16)', () => {
    for (const seed of [441, 442, 443]) {
      const leaked = kanjiNotes(seed, 200).filter((c) => !judge(readTables, c.text).refused);
      expect(leaked.map((c) => c.note)).toEqual([]);
      const refused = innocentNotes(seed + 3, 200).filter((c) => judge(readTables, c.text).refused);
      expect(refused.map((c) => c.note)).toEqual([]);
    }
  });
});

describe('shares in words of a published N (main: read as words; 「半数」 of N=6 said 3)', () => {
  it('each gives its count back from the N; refused (line/share) where it or the rest is 1–9, naming the line and the count', () => {
    const r = readTables(table(6, '注：死亡は半数'), { threshold: 10 });
    expect(r.errors.map((e) => e.code)).toEqual(['line/share']);
    expect(r.errors[0]!.message).toContain('5行目「注：死亡は半数」');
    expect(r.errors[0]!.message).toContain('N 6 のうち3人');
    const cases: [number, string, boolean][] = [
      [6, '注：死亡は半数', true],
      [100, '注：死亡は半数', false],
      [60, 'Note: all but one died', true],
      [60, 'Note: all but two survived', true],
      [60, 'Note: both patients died', true],
      [100, 'Note: more than half died', false],
      [7, 'Note: more than half died', true],
      [8, '注：全員が生存', true],
      [60, '注：全員が生存', false],
      [60, '注：全例を解析した', false],
      [60, '注：ほぼ全員が生存', true],
      [15, '注：死亡は二割', true],
      [150, '注：死亡は二割', false],
      [8, '注：死亡は四分の一', true],
      [100, '注：死亡は四分の一', false],
      [9, 'Note: a third of the patients died', true],
      [5, 'Note: none of the patients died', true],
      [60, 'Note: none of the patients died', false],
      [60, '注：過半数が生存', false],
      [60, '注：死亡は約半数', false],
      [10, '注：死亡は約半数', true],
      // Words of a count under ten, of any N: 「数例」 2–9, 「一桁」 1–9 (our reading); 「数十例」「複数例」 pin none.
      [60, '注：死亡は数例', true],
      [200, '注：死亡は一桁', true],
      [60, 'Note: a few patients died', true],
      [60, '注：若干名が脱落', true],
      [60, 'Note: a couple of patients withdrew', true],
      [60, '注：複数例で再発', false],
      [8, '注：死亡は半分', true],
      [15, '注：死亡は半数以上', true],
      [100, '注：死亡は半数以上', false],
      [7, 'Note: nobody died', true],
      [60, 'Note: nobody died', false],
    ];
    // Refused as a share (line/share), or as a note's count where it holds one already (「all but one」: line/count).
    for (const [n, note, refused] of cases)
      expect(
        codes(table(n, note)).some((c) => c === 'line/share' || c === 'line/count'),
        `N=${n} ${note}`,
      ).toBe(refused);
  });
  it('a title’s share is judged with the table’s N; the whole check stops (exit 2) on it', () => {
    const text = '# 表1 有害事象（死亡は半数） (N=6)\n\tA群\tB群\n死亡\t2\t1\n生存\t1\t2\n';
    expect(codes(text)).toEqual(['line/share']);
    const r = check(highs, bundle, text, { details: true });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.code)).toContain('line/share');
  });
  it('in an HTML page too: a paragraph’s 「死亡は三」 (line/count) and 「死亡は半数」, a caption’s 「死亡は半数」 (line/share), N=6', () => {
    const page = (before: string, after: string) =>
      `<html><body><table>${before}<tr><th></th><th>A群</th><th>B群</th></tr><tr><td>死亡</td><td>2</td><td>1</td></tr><tr><td>生存</td><td>1</td><td>2</td></tr><tr><td>合計</td><td>3</td><td>3</td></tr></table>${after}</body></html>`;
    const refusal = (html: string) => {
      const r = check(highs, bundle, html, { details: true });
      return r.ok ? [] : r.errors.map((e) => e.code);
    };
    expect(refusal(page('', '<p>注：A群の死亡は三</p>'))).toContain('line/count');
    expect(refusal(page('', '<p>注：死亡は半数</p>'))).toContain('line/share');
    expect(refusal(page('<caption>有害事象（死亡は半数）</caption>', ''))).toContain('line/share');
    expect(refusal(page('', '<p>注：第三回調査</p>'))).toEqual([]);
  });
  it('the corner cell’s share likewise (「死亡は半数」 over the labels, N=6)', () => {
    expect(codes('# 表1 (N=6)\n死亡は半数\tA群\tB群\n死亡\t2\t1\n生存\t1\t2\n')).toEqual(['line/share']);
    expect(codes('# 表1 (N=60)\n全例\tA群\tB群\n死亡\t20\t10\n生存\t15\t15\n')).toEqual([]);
  });
  it('a share of no N published is judged by its words alone: 「all but one」 leaves 1 whatever N is', () => {
    expect(codes('注：both patients died\n')).toEqual(['line/share']);
    // 「one」 is a note's count already (line/count, adversary21): one refusal for the line.
    expect(codes('注：all but one died\n')).toEqual(['line/count']);
    expect(shareWords('all but one').map((w) => w.range(40))).toEqual([[39, 39]]);
    expect(shareWords('三割').map((w) => w.range(40))).toEqual([[12, 12]]);
  });
  it('random: 3 × ~300 notes and titles of a share of N = 4–150 (seeds 447–449): every one the attacker pins is refused (main: 189, 186, 185 leaked), none other', () => {
    for (const seed of [447, 448, 449]) {
      const family = shareNotes(seed, 300);
      const judged = family.map((c) => ({ ...c, refused: judge(readTables, c.text).refused }));
      expect(judged.filter((c) => c.leaks && !c.refused).map((c) => `N=${c.n} ${c.note}`)).toEqual([]);
      expect(judged.filter((c) => !c.leaks && c.refused).map((c) => `N=${c.n} ${c.note}`)).toEqual([]);
    }
  });
  // words9: a share that narrows a count inside N (「三割」 of 40: 12) over a table with hidden counts is refused after the
  // suppression (check.ts `sharesOverHidden`, line/share naming the hidden cells: a reader who takes it for a hidden
  // complement works the small one back); this asserted every one passed before. The rest pass and are attacked.
  it('the tables under the shares passed are attacked by the oracle: no hidden count under 10 recovered (20 of seed 450); those whose share narrows a hidden count refused (words9)', () => {
    const passed = shareNotes(450, 200)
      .filter((c) => !c.leaks)
      .slice(0, 20);
    expect(passed.length).toBe(20);
    let attacked = 0;
    for (const c of passed) {
      const text = c.text.replace(/,/g, '\t');
      const r = check(highs, bundle, text, { details: true });
      if (!r.ok) {
        expect(
          r.errors.map((e) => e.code),
          c.note,
        ).toEqual(['line/share']);
        expect(r.errors[0]!.message, c.note).toContain('秘匿するセル');
        continue;
      }
      attacked++;
      expectProtected(highs, r, outcomeAttacked(r, text));
    }
    expect(attacked).toBeGreaterThan(0);
  });
});

describe('numbers split by spaces or written otherwise are read as the number a reader sees', () => {
  it('「1 0 例」「１ ０ 例」 are 10 (main: 「0 例」 and a stray 1); 「一〇例」「十例」 10 as before; 「表1 2例」 stays table 1’s 2例', () => {
    expect(countText('有害事象 1 0 例')).toBe('有害事象 10 例');
    expect(countText('有害事象 １ ０ 例')).toBe('有害事象 10 例');
    expect(countText('全3 1例')).toBe('全31例');
    expect(countText('表1 2例')).toBe('表1 2例');
    expect(countText('一〇例')).toBe('10例');
    expect(countText('十例')).toBe('10例');
    const r = readTables('# 表1 有害事象 1 0 例\n,A群,B群\n死亡,2,1\n入院,5,2\n');
    expect(r.errors).toEqual([]);
    expect(r.tables[0]!.denominator).toBe(10);
    expect(readTables('# 表1\n,A群,B群\n死亡,20,10\n\n注：1 0 例を除外\n').errors[0]!.message).toContain('「1 0 例（10 例）」');
  });
  it('random: 3 × 100 titles with their N spaced one by one, half-width or full-width (seeds 451–453): all read as the N (main: 0)', () => {
    for (const seed of [451, 452, 453]) {
      const wrong = spacedTitles(seed, 100).filter((c) => judge(readTables, c.text).denominator !== c.n);
      expect(wrong.map((c) => c.text.split('\n')[0])).toEqual([]);
    }
  });
});
