/**
 * titles68 (issue #11): a title's or the corner's N in a verb of taking patients in — 「(146 randomised)」「146 patients
 * were enrolled」「(146 eligible patients)」「(randomised: 146)」「(ITT 146)」「146名を解析」「（登録例146）」 — a little above
 * the table's total (142): the base read the bracketed English ones and 「（登録例146）」 silently (the 4 left out
 * published) and refused the others as a count fitting no total (`title/count`, innocents 10–40 above the total too).
 * Now each is the table's N (header.ts `TAKEN_IN_FORMS`), refused in words as 「N=146」 is, the reading said as
 * チェッカーの判断 (verdict.ts `takenIn`). Not a study's number, a year, a dose, a ratio, or who were left out.
 * Families: titles68-families.ts taken (seeds 5510–5511). Run with ROOT=/tmp/<base> to see it fail.
 */
import { describe, expect, it } from 'vitest';
import { BODY, cases, stopped, titleChecker } from './titlen65-families.ts';
import { TAKEN } from './titles68-families.ts';

const { run, blocking } = await titleChecker();

describe('titles68: a title N in a verb of taking patients in', () => {
  it('over a total of 142, in a title, a caption or the corner: the 4 refused in words, the reading said', () => {
    for (const words of [
      '(146 randomised)',
      '(146 randomized)',
      '(146 recruited)',
      '(146 included)',
      '(146 eligible patients)',
      '(randomised: 146)',
      '(ITT 146)',
      '（登録例146）',
      '146 patients were enrolled',
      '146名を解析',
      '解析対象：146人',
      '対象146例',
    ]) {
      expect(blocking(`# 表1 背景 ${words}\n${BODY}`).join(' ')).toContain('内訳の和より 4 多く');
      expect(blocking(`表1 背景 ${words}\n${BODY}`).join(' ')).toContain('4 多く');
      expect(blocking(`表1 ${words}${BODY}`).join(' ')).toContain('4 多く');
    }
    expect(blocking(`# 表1 背景 (146 randomised)\n${BODY}`).join(' ')).toContain(
      '（チェッカーの判断: 「146 randomised」の数を表の N と読みました。',
    );
    expect(blocking(`表1 146 randomised${BODY}`).join(' ')).toContain('4 多く');
  });
  it('at the total or 10 or more above it: read (no title/count refusal)', () => {
    for (const words of ['(142 randomised)', '(170 randomised)', '170 patients were enrolled', '170名を解析', '（登録170例）', '(ITT 170)'])
      expect(stopped(run(`# 表1 背景 ${words}\n${BODY}`))).toBe(false);
  });
  it('a study number, a year, a dose, a ratio, a count of times or ages: not an N, read', () => {
    for (const words of [
      '146 mg',
      '2014年',
      'Study 146',
      '(Study 146 randomised)',
      '(randomised 2014)',
      '(randomised 2:1)',
      '(treated 3 times)',
      '(eligible 18 years)',
      '（2014年登録）',
    ])
      expect(stopped(run(`# 表1 背景 ${words}\n${BODY}`))).toBe(false);
  });
  it('who were left out (「146例を除外」「評価不能146例」): no N (a count, refused as before where it fits no total)', () => {
    for (const words of ['（146例を除外）', '（評価不能146例）'])
      expect(blocking(`# 表1 背景 ${words}\n${BODY}`).join(' ')).not.toContain('N=146');
  });
  it('family (60 tables, seed 5510): none read over a remainder under the threshold, innocents all read', () => {
    let over = 0;
    for (const c of cases(60, 5510, TAKEN)) {
      const s = stopped(run(c.text));
      if (c.kind === 'over') (over++, expect(s).toBe(true));
      else expect(s).toBe(false);
    }
    expect(over).toBeGreaterThan(20);
  });
});
