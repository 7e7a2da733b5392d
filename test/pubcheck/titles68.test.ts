/**
 * titles68 (issue #11): a title's or the corner's N in a verb of taking patients in — 「(146 randomised)」「146 patients
 * were enrolled」「(146 eligible patients)」「(randomised: 146)」「(ITT 146)」「146名を解析」「（登録例146）」 — a little above
 * the table's total (142): the base read the bracketed English ones and 「（登録例146）」 silently (the 4 left out
 * published) and refused the others as a count fitting no total (`title/count`, innocents 10–40 above the total too).
 * Now each is the table's N (header.ts `TAKEN_IN_FORMS`), refused in words as 「N=146」 is, the reading said as
 * チェッカーの判断 (verdict.ts `takenIn`). Not a study's number, a year, a dose, a ratio, or who were left out.
 * Families: titles68-families.ts taken (seeds 5510–5511).
 * - SAS's program as pasted — 「title "…";」 statements (the title SAS prints), 「options …;」, 「data …; run;」 steps, comments
 *   with no digit, a step no 「run;」 closes before an empty line — was no code taken: the base refused the title line or
 *   the statements (`line/count`, `row/short`). Now taken, the title statement's text the output's title, its N
 *   checked (listing.ts `sasAt`). A comment with a digit is never taken.
 * - The title's N above the crosstab's total and its 「Frequency Missing = m」 (titles66's form, read on the base): the N
 *   was checked against the crosstab's total alone (164 − 142 = 22), N − total − m = 4 published. Now the difference a
 *   line of ours with m and N (listing.ts `linkMissingCross` `REST_LABEL`), hidden with another.
 *   Family titles68-families.ts sasCode (5512–5513).
 * Run with ROOT=/tmp/<base> to see it fail.
 */
import { describe, expect, it } from 'vitest';
import { BODY, familyStopped, stopped, titleChecker } from './titlen65-families.ts';
import { SAS } from './titles66-families.ts';
import { sasCode, TAKEN } from './titles68-families.ts';
import { codesOf } from './helpers.ts';

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
  familyStopped(run, 5510, TAKEN);
});

describe("titles68: SAS's program as pasted", () => {
  const programs: Record<string, (n: number) => string[]> = {
    title: (n) => [`title "表2 性別と転帰（N=${n}）";`, 'proc freq data=a;', '  tables sex*outcome;', 'run;'],
    title1: (n) => [`title1 'Table 2 (N=${n})';`, 'proc freq data=a; tables sex*outcome; run;'],
    options: (n) => ['options nodate;', `title "表2（N=${n}）";`, 'proc freq data=a;', '  tables sex*outcome;', 'run;'],
    data: (n) => [
      `表2 性別と転帰（N=${n}）`,
      'data a; set adsl; where saffl="Y"; run;',
      'proc freq data=a;',
      '  tables sex*outcome;',
      'run;',
    ],
    comment: (n) => [`表2 性別と転帰（N=${n}）`, '/* 性別と転帰 */', 'proc freq data=a;', '  tables sex*outcome;', 'run;'],
    star: (n) => [`表2 性別と転帰（N=${n}）`, 'proc freq data=a;', '  * crosstab;', '  tables sex*outcome;', 'run;'],
    noRun: (n) => [`表2 性別と転帰（N=${n}）`, 'proc freq data=a;', '  tables sex*outcome;'],
  };
  for (const [name, code] of Object.entries(programs))
    it(`${name}: taken, the title over the table read, its N checked`, () => {
      const r = run([...code(142), '', SAS].join('\n'));
      expect(r.ok).toBe(true);
      if (r.ok) expect(r.tables[0]!.table.title).toMatch(/N=142/);
      expect(stopped(r)).toBe(false);
      expect(blocking([...code(146), '', SAS].join('\n')).join(' ')).toContain('4 多く');
    });
  it("the title statement's reading is said", () => {
    expect(JSON.stringify(run([...programs.title!(142), '', SAS].join('\n')))).toContain('title 文の文字列');
  });
  it('a comment with a digit is never taken (it may say a count)', () => {
    expect(codesOf(run(['表2 性別と転帰', '/* 3 excluded */', 'proc freq data=a;', 'run;', '', SAS].join('\n')))).not.toBe('');
  });
});

describe("titles68: the title's N above the crosstab's total and its Frequency Missing", () => {
  const code = ['proc freq data=a;', '  tables sex*outcome;', 'run;', ''];
  it('N = 142 + 18 + 4: the 4 a line of ours, hidden with another (the base checked 164 against 142 alone)', () => {
    const r = run(['表2 性別と転帰（N=164）', ...code, SAS, '', 'Frequency Missing = 18'].join('\n'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const t = r.tables.find((x) => x.table.rows.some((row) => row.label.startsWith('表に載らない患者')));
    expect(t).toBeDefined();
    const at = t!.table.rows.findIndex((row) => row.label.startsWith('表に載らない患者'));
    expect(t!.status[at]).not.toBe('published');
    expect(t!.status.filter((s) => s !== 'published').length).toBeGreaterThanOrEqual(2);
    expect(JSON.stringify(r)).toContain('その差を表に載らない患者の数（チェッカーの推定');
  });
  it('N = 142 + 18 and N = 142: read as before (no line of ours)', () => {
    for (const n of [160, 142]) {
      const r = run([`表2 性別と転帰（N=${n}）`, ...code, SAS, '', 'Frequency Missing = 18'].join('\n'));
      expect(r.ok).toBe(true);
      if (r.ok) expect(JSON.stringify(r.tables.map((t) => t.table.rows.map((x) => x.label)))).not.toContain('表に載らない患者');
    }
  });
  it('family (40 programs, seed 5512): no N over the whole read leaking; innocents all read', () => {
    for (const c of sasCode(40, 5512)) {
      const r = run(c.text);
      if (c.kind === 'innocent') {
        expect(r.ok).toBe(true);
        continue;
      }
      if (stopped(r)) continue;
      expect(r.ok).toBe(true);
      if (!r.ok) continue;
      const t = r.tables.find((x) => x.table.rows.some((row) => row.label.startsWith('表に載らない患者')));
      expect(t).toBeDefined();
      const at = t!.table.rows.findIndex((row) => row.label.startsWith('表に載らない患者'));
      expect(t!.status[at]).not.toBe('published');
    }
  });
});
