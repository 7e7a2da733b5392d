/**
 * titles70 (issue #11): a title's N in forms titles68 left a plain number, and SAS/SPSS programs left loose.
 * - A title's or the corner's count of patients or a verb's N at least the table's sum — 「(146 screened)」「(146 followed
 *   up)」「(146 participants)」「（146例を追跡）」「（解析対象集団146例）」「（投与146例）」 and a year-like N 「(2014 randomised)」
 *   「（2014例を登録）」 over a total of 2010 — is the table's N to a reader: the base read the verbs' silently (the 4 left
 *   out published) and refused the counts with a unit as fitting no total (innocents 10–40 above the total too). Now
 *   read as the N (read.ts `statedCounts`, header.ts `looseTakenIn`), said as チェッカーの判断 (`title/taken-n`, verdict.ts
 *   `takenIn`) with the hint 「N=146」. Not 「Study 146」「randomised 2014」「2014年登録」「in 2014 screened」「146 mg」.
 *   Families titles70-families.ts taken (5630–5631), year (5632–5633).
 * - SAS's and SPSS's programs titles68 left loose lines: SPSS's 「TITLE '…'.」, SAS macros, comments whose digits count
 *   nothing, 「datalines;」 data with no digit, a title statement with a number under the threshold — now code, taken and
 *   said (listing.ts `codeAt`, `sasAt`, `titleOverCode`); data lines with counts refused in words (`layout/sas-data`).
 *   Family titles70-families.ts code (5634–5635).
 * Run with ROOT=/tmp/<base> to see it fail.
 */
import { describe, expect, it } from 'vitest';
import { BODY, cases, stopped, titleChecker } from './titlen65-families.ts';
import { SAS } from './titles66-families.ts';
import { codeCases, DATA_STEP, TAKEN70, yearCases } from './titles70-families.ts';
import { codesOf } from './helpers.ts';

const { run, blocking } = await titleChecker();
/** A 2×2 with its 合計 lines, total 2010. */
const YEAR_BODY = '\t男\t女\t合計\n A群\t500\t505\t1005\n B群\t502\t503\t1005\n合計\t1002\t1008\t2010\n';

describe("titles70: a title's count of patients or a verb's N at least the table's sum", () => {
  const over = [
    '(146 screened)',
    '(146 followed up)',
    '(146 patients were followed up)',
    '(146 completed)',
    '(146 participants)',
    '(146 patients)',
    '（146例を追跡）',
    '（解析対象集団146例）',
    '（投与146例）',
    '（146名が参加）',
  ];
  it('over a total of 142, in a title, a caption or the corner: the 4 refused in words, the reading said', () => {
    for (const words of over) {
      expect(blocking(`# 表1 背景 ${words}\n${BODY}`).join(' ')).toContain('内訳の和より 4 多く');
      expect(blocking(`表1 背景 ${words}\n${BODY}`).join(' ')).toContain('4 多く');
      expect(blocking(`表1 ${words}${BODY}`).join(' ')).toContain('4 多く');
    }
    expect(blocking(`# 表1 背景 (146 screened)\n${BODY}`).join(' ')).toContain(
      '（チェッカーの判断: 「146 screened」の数を、表の内訳の和以上なので表の N と読みました。',
    );
    expect(blocking(`# 表1 背景 (146 screened)\n${BODY}`).join(' ')).toContain('「N=146」と書けば');
  });
  it('10 or more above the total: read as the N, said (the base refused the counts with a unit, title/count)', () => {
    for (const words of ['(170 screened)', '(170 participants)', '（170例を追跡）', '（解析対象集団170例）', '（投与170例）']) {
      const r = run(`# 表1 背景 ${words}\n${BODY}`);
      expect(stopped(r)).toBe(false);
      if (r.ok) expect(r.warnings.map((w) => w.code)).toContain('title/taken-n');
    }
  });
  it('a year-like N over a total of 2010: 「(2014 randomised)」「（2014例を登録）」 refused in words; true years read', () => {
    for (const words of ['(2014 randomised)', '（2014例を登録）', '(2014 patients screened)', '(2014 enrolled)'])
      expect(blocking(`# 表1 背景 ${words}\n${YEAR_BODY}`).join(' ')).toContain('4 多く');
    for (const words of ['(randomised 2014)', '（2014年登録）', '(in 2014 screened)', '(FY2014 enrolled)', '(since 2014 treated)'])
      expect(stopped(run(`# 表1 背景 ${words}\n${YEAR_BODY}`))).toBe(false);
  });
  it('a second such N near the first (「(160 screened, 155 randomised)」: 5 not randomised): a count fitting no total', () => {
    expect(codesOf(run(`# 表1 背景 (160 screened, 155 randomised)\n${BODY}`))).toContain('title/count');
    expect(codesOf(run(`# 表1 背景 (150 screened, 146 patients)\n${BODY}`))).toContain('title/count');
    expect(stopped(run(`# 表1 背景 (200 screened, 155 randomised)\n${BODY}`))).toBe(false);
  });
  it('no N: a study, a dose, a ratio, times; under the sum a number as before; who were left out not the N', () => {
    for (const words of ['(Study 146 screened)', '(Protocol 146 completed)', '(146 mg)', '(randomised 2:1)', '(screened 3 times)'])
      expect(stopped(run(`# 表1 背景 ${words}\n${BODY}`))).toBe(false);
    expect(stopped(run(`# 表1 背景 (146 screened)\n${YEAR_BODY}`))).toBe(false);
    for (const words of ['（146例を除外）', '（評価不能146例）'])
      expect(blocking(`# 表1 背景 ${words}\n${BODY}`).join(' ')).not.toContain('N=146');
  });
  it('families (60 tables each, seeds 5631 and 5633): none read over a remainder under the threshold, innocents all read', () => {
    for (const list of [cases(60, 5631, TAKEN70), yearCases(60, 5633)]) {
      let overs = 0;
      for (const c of list) {
        const s = stopped(run(c.text));
        if (c.kind === 'over') (overs++, expect(s).toBe(true));
        else expect(s).toBe(false);
      }
      expect(overs).toBeGreaterThan(20);
    }
  });
});

describe("titles70: SAS's and SPSS's programs titles68 left loose", () => {
  const programs: Record<string, (n: number) => string[]> = {
    spssTitle: (n) => [`TITLE '表2 性別と転帰（N=${n}）'.`, 'CROSSTABS /TABLES=sex BY outcome.'],
    macro: (n) => [
      `表2 性別と転帰（N=${n}）`,
      '%macro xt(ds);',
      '  proc freq data=&ds;',
      '    tables sex*outcome;',
      '  run;',
      '%mend xt;',
      '%xt(a);',
    ],
    comment: (n) => [
      `title "表2（N=${n}）";`,
      '/* 2024-03-01 抽出 */',
      'proc freq data=a;',
      '  * version 2;',
      '  tables sex*outcome;',
      'run;',
    ],
    datalines: (n) => [`title "表2（N=${n}）";`, ...DATA_STEP],
    small: (n) => [`title "表2 性別と転帰（N=${n}） (3 sites)";`, 'proc freq data=a;', '  tables sex*outcome;', 'run;'],
  };
  for (const [name, code] of Object.entries(programs))
    it(`${name}: taken, the output read under its title, its N checked`, () => {
      const r = run([...code(142), '', SAS].join('\n'));
      expect(r.ok).toBe(true);
      if (r.ok) expect(r.tables[0]!.table.title).toMatch(/N=142/);
      if (r.ok) expect(r.tables[0]!.table.title).not.toMatch(/%macro|%mend|TITLE '/);
      expect(stopped(r)).toBe(false);
      expect(blocking([...code(146), '', SAS].join('\n')).join(' ')).toContain('4 多く');
    });
  it("SPSS's TITLE command's reading is said", () => {
    expect(JSON.stringify(run([...programs.spssTitle!(142), '', SAS].join('\n')))).toContain('TITLE コマンドの文字列');
  });
  it('data lines with counts: refused in words (layout/sas-data), never read', () => {
    const code = ['data a;', '  input sex $ outcome $ n;', 'cards;', 'female died 45', 'female alive 7', ';', 'run;'];
    expect(codesOf(run([...code, 'proc freq data=a; tables sex*outcome; weight n; run;', '', SAS].join('\n')))).toContain(
      'layout/sas-data',
    );
  });
  it('a comment whose digit may be a count is never taken', () => {
    expect(codesOf(run(['表2 性別と転帰', '/* 3 excluded */', 'proc freq data=a;', 'run;', '', SAS].join('\n')))).not.toBe('');
    expect(codesOf(run(['proc freq data=a; /* 3 excluded */', '  tables sex*outcome;', 'run;', '', SAS].join('\n')))).not.toBe('');
  });
  it('family (40 outputs, seed 5635): innocents all read; an N over the whole or counted data never read silently', () => {
    for (const c of codeCases(40, 5635)) {
      const r = run(c.text);
      if (c.kind === 'innocent') {
        expect(r.ok).toBe(true);
        continue;
      }
      if (stopped(r)) continue;
      expect(c.kind).toBe('over');
      if (!r.ok) continue;
      const t = r.tables.find((x) => x.table.rows.some((row) => row.label.startsWith('表に載らない患者')));
      expect(t).toBeDefined();
      const at = t!.table.rows.findIndex((row) => row.label.startsWith('表に載らない患者'));
      expect(t!.status[at]).not.toBe('published');
    }
  });
});
