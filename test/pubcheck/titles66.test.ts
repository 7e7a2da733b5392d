/**
 * titles66 (issue #11): titles and pasted formats.
 * - A title's, a caption's or the corner's N glued to its letter or opening its bracket with 「of」 — 「N146」「(N146)」
 *   「（n146）」「(of 146)」「(out of 146)」 — a little above the table's total: the base read the table silently (no
 *   number said), the 4 left out published. Now the table's N, refused in words as 「N=146」 is (header.ts
 *   `TOTAL_N_FORMS`). Not a code (「N146A」「N146-2」「AN146」「N146.5」), a year (「N2020」) or 「12 of 146」.
 *   titles66-families.ts glued 200 5320: over 104 read silently on 121a65ac → 0 (all refused); innocents 96 read → 96
 *   (5321: 92 → 0; 108 → 108).
 * - formats64's cut table (a row of counts in 1900–2100 under an empty line, read as a header of years) with a title
 *   between: formats64 proved years only where no title stood between. Now, under a title too, where the header read
 *   as a row makes a line the sum of the others (read.ts `cutBelow` `headerSums`), refused (`header/values`, said).
 *   titles66-families.ts years 100 5322: 42 read and leaking to formats33-attack.ts → 0 (100 refused);
 *   yearsInnocent 100 5324: 100 read, 344 of 1,473 cells hidden on both, oracle 0.
 * - A title over SAS's program (「proc freq …;」「tables …;」「run;」) or SPSS's syntax (「CROSSTABS /TABLES=…」) over their
 *   output: the code was no command line taken (its lines loose, a one-line program cut at 「;」 into a header with no
 *   rows: `table/no-rows`), the title a loose line refused where it held its N (`line/count`). Now the code taken,
 *   said, and the title put back over each table read from the output (listing.ts `commandLines` `codeAt`,
 *   `titleOverCode`), its N checked as a title's. titles66-families.ts code 100 5326: 47 read, 53 refused on the base
 *   → 100 read (14 of them with no suppression found where the title's N pins the grand total, 4 bare), 0 leaked,
 *   oracle 0; codeInnocent 5328 (title parted by two empty lines): 90 read, 10 refused → 100 read.
 * Run with ROOT=/tmp/<base> to see it fail.
 */
import { describe, expect, it } from 'vitest';
import { codesOf } from './helpers.ts';
import { BODY, familyStopped, stopped, titleChecker } from './titlen65-families.ts';
import { codeInnocent, codeTitled, GLUED, SAS, yearsTitled, yearsTitledInnocent } from './titles66-families.ts';
import { leaks } from './formats33-attack.ts';
import { spssFreq } from './spss43-families.ts';

const { check, highs, bundle, run, blocking } = await titleChecker();

describe('titles66: a title N glued to its letter or after 「of」', () => {
  it('「N146」「(N146)」「（n146）」「(of 146)」「(out of 146)」 over a total of 142: the 4 refused in words', () => {
    for (const words of ['N146', '(N146)', '（n146）', '(of 146)', '(out of 146)', '[N146]'])
      expect(blocking(`# 表1 背景 ${words}\n${BODY}`).join(' ')).toContain('表の内訳の和より 4 多く');
    expect(blocking(`表1 N146${BODY}`).join(' ')).toContain('4 多く');
    expect(blocking(`表1 背景 (of 146)\n${BODY}`).join(' ')).toContain('4 多く');
  });
  it('codes, years, 「12 of 146」, the N at the total or far above it: read', () => {
    for (const words of [
      'N142',
      '(of 142)',
      '(N146A)',
      'N146-2',
      '(AN146)',
      '(12 of 146)',
      '(N2020)',
      'N95マスク',
      '(N146.5)',
      '(of 2019)',
      '(N170)',
    ])
      expect(stopped(run(`# 表1 背景 ${words}\n${BODY}`))).toBe(false);
  });
  familyStopped(run, 5320, GLUED);
});

describe('titles66: a row of counts cut from the table above under a title, read as years', () => {
  it('「合計 1950 2010」, empty line, 「# 表2 内訳」, 「女性 1947 2003」「男性 3 7」: refused, said', () => {
    for (const title of ['# 表2 内訳', '表2 内訳']) {
      const r = run(`\tA群\tB群\n合計\t1950\t2010\n\n${title}\n女性\t1947\t2003\n男性\t3\t7\n`);
      expect(codesOf(r)).toContain('header/values');
      expect(JSON.stringify(r)).toContain('題名の上の表から空行で切れた行と読みました（チェッカーの判断）');
    }
  });
  it('a header of years proper under a title, under a table as wide: read', () => {
    const r = run('# 表1\n\tA群\tB群\n合計\t30\t40\n\n# 表2 年別\n\t2019\t2020\n男性\t3\t17\n女性\t27\t23\n合計\t30\t40\n');
    expect(r.ok).toBe(true);
  });
  it('family (30 cut tables, seed 5322): none read leaking; 30 innocents (5324) all read', () => {
    for (const c of yearsTitled(30, 5322)) {
      const r = check(highs, bundle, c.text, { details: true }, { mipSeconds: 0.3 });
      if (r.ok) expect(leaks(r, c)).toEqual([]);
      expect(r.ok).toBe(false);
    }
    for (const c of yearsTitledInnocent(30, 5324))
      expect(check(highs, bundle, c.text, { details: true }, { mipSeconds: 0.3 }).ok).toBe(true);
  });
});

describe("titles66: a title over SAS's program or SPSS's syntax over their output", () => {
  const programs = {
    sas: ['proc freq data=a;', '  tables sex*outcome;', 'run;'],
    sasOneLine: ['proc freq data=a; tables sex*outcome; run;'],
  };
  for (const [name, code] of Object.entries(programs)) {
    it(`${name}: the title put back over the table read, its N checked, the code said`, () => {
      const r = run(['表2 性別と転帰（N=142）', ...code, '', SAS].join('\n'));
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      expect(r.tables[0]!.table.title).toContain('表2 性別と転帰（N=142）');
      expect(JSON.stringify(r)).toContain('SAS のプログラムの行と読み');
      expect(JSON.stringify(r)).toContain('出力から読んだ表（');
      expect(blocking(['表2 性別と転帰（N=146）', ...code, '', SAS].join('\n')).join(' ')).toContain('4 多く');
    });
  }
  it('SPSS: the same over its syntax (spss43 outputs, seed 5326)', () => {
    const codes = [['CROSSTABS /TABLES=stage BY grp /CELLS=COUNT.'], ['FREQUENCIES VARIABLES=stage', '  /ORDER=ANALYSIS.']];
    for (const [i, c] of spssFreq(4, 5326).entries()) {
      const N = c.truth.get('N')!;
      const code = codes[i % 2]!;
      const r = run([`表3 病期（N=${N}）`, ...code, '', c.text].join('\n'));
      expect(r.ok).toBe(true);
      if (r.ok) expect(r.tables[0]!.table.title).toContain(`表3 病期（N=${N}）`);
      expect(blocking([`表3 病期（N=${N + 4}）`, ...code, '', c.text].join('\n')).join(' ')).toContain('4 多く');
    }
  });
  it('a caption opening with an SPSS word, or 「proc …」 with no 「run;」, is no code: its N still read', () => {
    expect(blocking(`Frequencies of patients by group (total 146).\n${BODY}`).join(' ')).toContain('4 多く');
    expect(blocking(`Means (total 146).\n\n${BODY}`).join(' ')).toContain('4 多く');
  });
  it('a comment or a count in the code is not taken as code', () => {
    expect(codesOf(run(['表2 性別と転帰', 'proc freq data=a; /* 3 excluded */', 'run;', '', SAS].join('\n')))).not.toBe('');
  });
  it('family (20 titled outputs, seed 5326; 20 parted, 5328): all read, none leaking where a suppression is found', () => {
    for (const c of [...codeTitled(20, 5326), ...codeInnocent(20, 5328)]) {
      const r = check(highs, bundle, c.text, { details: true }, { mipSeconds: 0.3 });
      expect(r.ok).toBe(true);
      // Leaks judged as formats-measure.ts does: where a suppression was found (else the table is not publishable).
      const open = r.ok && r.tables.some((t) => t.suppression?.passed === false || t.primary.headers.length > 0);
      if (r.ok && !open) expect(leaks(r, c)).toEqual([]);
    }
  });
});
