/**
 * titles72 (issue #11): a title's N read in one place only, verbs still read as plain numbers.
 * - One reading of a title's N (header.ts `titleNs`, `titleN`: the stated forms, titles70's verbs and counts of patients
 *   at least the sum) now serves read.ts, footnotes.ts and overtotal.ts: 「(73 participants)」 over a line 「Alle」 that
 *   is the other lines' sum + 3 is evidence of a total as 「N=73」 is (the base read it as the line's own N, the line an
 *   item, its 3 published); a note 「※146 participants」「※146 died」 over a total of 142 is the table's N as much as a
 *   note's number (the base read it as note 146, the 4 published); 「Note: 142 participants」 is read as the table's N
 *   as 「Note: N=142」 is (the base refused it as a count, `line/count`).
 * - Verbs off both lists 「(146 died)」「(146 seen)」「（追跡146）」 and a year after a colon or a set's name
 *   「(randomised: 2014)」「(ITT 2014)」 read as the table's N where at least the sum (the base: numbers, the 4 left out
 *   published, or 「146 died」 refused as a count fitting no total). Not 「Study 146」「FY 2014」「146 mg」「randomised 2014」.
 * Families titles72-families.ts verbs (5700), years (5702), overtotal (5704), notes (5706).
 * Run with ROOT=/tmp/<base> to see it fail.
 */
import { describe, expect, it } from 'vitest';
import { BODY, cases, stopped, titleChecker } from './titlen65-families.ts';
import { tally } from './titles70-families.ts';
import { noteCases, overtotalCases, tallyOvertotal, VERBS72, yearCases72 } from './titles72-families.ts';
import { codesOf } from './helpers.ts';

const { run, blocking } = await titleChecker();
const YEAR_BODY = '\t男\t女\t合計\n A群\t500\t505\t1005\n B群\t502\t503\t1005\n合計\t1002\t1008\t2010\n';
const DEATHS = '\t男\t女\n 心疾患\t40\t30\n がん\t35\t37\n';

describe('titles72: verbs off both lists, a year after a colon or a set name', () => {
  it('over a total of 142 (2010): the 4 left out refused in words, the reading said as the checker’s', () => {
    for (const words of ['(146 died)', '(146 seen)', '(146 patients died)', '（追跡146）', '(146 deceased)', '(146 identified)'])
      expect(blocking(`# 表1 死因 ${words}\n${DEATHS}`).join(' ')).toContain('4 多く');
    for (const words of ['(randomised: 2014)', '(ITT 2014)', '(FAS = 2014)', '(safety population 2014)'])
      expect(blocking(`# 表1 背景 ${words}\n${YEAR_BODY}`).join(' ')).toContain('4 多く');
    expect(blocking(`# 表1 死因 (146 died)\n${DEATHS}`).join(' ')).toContain('チェッカーの判断');
  });
  it('at the total or 10 or more above it: read (「170 died」 was refused on the base as a count fitting no total)', () => {
    for (const words of ['(142 died)', '(170 died)', '(142 seen)', '（追跡170）'])
      expect(stopped(run(`# 表1 死因 ${words}\n${DEATHS}`))).toBe(false);
    for (const words of ['(ITT 2010)', '(randomised: 2030)', '(FY 2014)', '(randomised 2014)', '(in 2014)'])
      expect(stopped(run(`# 表1 背景 ${words}\n${YEAR_BODY}`))).toBe(false);
  });
  it('look-alikes whose number is no N stay numbers', () => {
    for (const words of ['(Study 146 seen)', '(146 mg)', '(seen 3 times)', '(Protocol 146 seen)'])
      expect(stopped(run(`# 表1 背景 ${words}\n${BODY}`))).toBe(false);
  });
});

describe("titles72: one title's N for the footnotes and the over-totals", () => {
  it('a line that is the title’s N in words and the others’ sum + 3: refused as 「N=73」 is (total/rest)', () => {
    for (const words of ['(73 participants)', '（73例）', '(73 patients)'])
      expect(codesOf(run(`# 表1 症状 ${words}\n\t人数\n Fever\t30\n Cough\t40\n Alle\t73\n`))).toContain('total/rest');
    expect(codesOf(run(`# 表1 (146 participants)\n\tA群\tB群\n Fever\t30\t30\n Cough\t30\t40\n Alle\t63\t83\n`))).toContain('total/rest');
  });
  it('a glued note 「※146 participants」 over a total of 142: the note’s number or the N, refused saying both', () => {
    for (const note of ['※146 participants', '※146 died', '※146 patients']) {
      const r = run(`# 表1\n${DEATHS}${note}\n`);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.errors.map((e) => e.message).join(' ')).toContain('表の患者数（N）とも読め');
    }
  });
  it('a note stating the N in words at the total is the table’s N (the base refused 「Note: 142 participants」)', () => {
    for (const note of ['Note: 142 participants', '※142 participants', '注：142名が参加', '※ 142 patients']) {
      const r = run(`# 表1\n${DEATHS}${note}\n`);
      expect(stopped(r)).toBe(false);
      if (r.ok) expect(r.warnings.map((w) => w.code)).toContain('layout/note-n');
    }
  });
});

describe('titles72: families', () => {
  it('verbs (60, seed 5700) and years (60, seed 5702): no over read, every innocent read', () => {
    for (const t of [tally(cases(60, 5700, VERBS72), run), tally(yearCases72(60, 5702), run)]) {
      expect(t.over.leaked).toBe(0);
      expect(t.over.runs).toBeGreaterThan(20);
      expect(t.innocent.refused).toBe(0);
    }
  });
  it('overtotal (60, seed 5704): no over read with its rests published', () => {
    const t = tallyOvertotal(overtotalCases(60, 5704), run);
    expect(t.over.leaked).toBe(0);
    expect(t.over.runs).toBeGreaterThan(20);
  });
  it('notes (60, seed 5706): no over read, every innocent read', () => {
    const t = tally(noteCases(60, 5706), run);
    expect(t.over.leaked).toBe(0);
    expect(t.innocent.refused).toBe(0);
  });
});
