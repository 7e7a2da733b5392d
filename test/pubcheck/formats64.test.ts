/**
 * formats64 (issue #11): titles in pasted formats.
 * - A caption with a comma pasted as CSV (「表2 性別, 年齢別の転帰（N=120）」), cut into cells by the CSV reading: refused
 *   (`row/long`, `cell/text`) over a header naming its corner, over a header with an empty corner its halves read as a
 *   spanner (「年齢別の転帰・生存」) and its N lost as the table's. Now the title whole (read.ts `cutTitle`,
 *   `layout/title-comma`, チェッカーの判断), its N a title's N.
 * - A title over Stata's command line (「表2 性別と転帰（N=306）」 then 「. tabulate sex outcome, row」 and its output)
 *   or directly over the output: the command under a line was not taken (`table/no-rows`), the title alone over the
 *   output refused where it held its N (`line/count`). Now put back as the title of each table read (listing.ts
 *   `readStata` `titleAbove`), said.
 * - A header of numbers read as years (each 1900–2100) where a row of counts stood under an empty line that cut it from
 *   its table (「合計 1950 2010」, empty line, 「女性 1947 2003」, 「男性 3 7」): its counts unchecked, 1950 − 1947 gave the
 *   hidden 3 back. Now years only in order and not right under a table as wide with no title between (read.ts
 *   `readTable`, `cutBelow`), else refused (`header/values`); read as years said (`header/years`, チェッカーの判断).
 * formats64-families.ts (`npx node test/pubcheck/formats64-measure.ts comma|commaInnocent|stata|stataInnocent 100 <seed>
 * --oracle`, ROOT=<base> for the base): commaTitles 5140 db0a70d1 34 read, 66 refused -> 95 read, 5 refused (a caption
 * with its N over an empty line: sizes55's rule, as over any table), 0 leaked, oracle 0; stataTitled 5144 38 read,
 * 62 refused -> 100 read, 0 leaked, oracle 0. Innocents (quoted or 「、」 titles 5142; Stata titles parted by two empty
 * lines 5146) the same on both. yearsCut 5148: 53 read, 52 leaking to formats33-attack.ts, 47 refused -> 100 refused
 * (`header/values`); yearsInnocent 5150 100 read, 227 of 980 cells hidden on both. Run with ROOT=/tmp/<base> to see it fail.
 */
import { describe, expect, it } from 'vitest';
import { checkerOfRoot, codesOf } from './helpers.ts';
import { commaInnocent, commaTitles, stataInnocent, stataTitled, yearsCut, yearsInnocent } from './formats64-families.ts';
import { leaks } from './formats33-attack.ts';

const { check, highs, bundle } = await checkerOfRoot();
const checked = (text: string) => check(highs, bundle, text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });
type Ok = Extract<ReturnType<typeof checked>, { ok: true }>;

/** The status of the first cell whose text starts with `n` (a count), in any table. */
const statusOf = (r: Ok, n: string) => {
  for (const t of r.tables) {
    const at = t.table.cells.flat().findIndex((c) => c.text.trim() === n || c.text.trim().startsWith(`${n} (`));
    if (at >= 0) return t.status[at];
  }
  return undefined;
};

const STATA = [
  '           |        outcome',
  '       sex |     alive       died |     Total',
  '-----------+----------------------+----------',
  '    female |        45          7 |        52 ',
  '           |     86.54      13.46 |    100.00 ',
  '-----------+----------------------+----------',
  '      male |        38         52 |        90 ',
  '           |     42.22      57.78 |    100.00 ',
  '-----------+----------------------+----------',
  '     Total |        83         59 |       142 ',
  '           |     58.45      41.55 |    100.00 ',
];

describe('formats64: a caption cut at its comma by the CSV reading', () => {
  const cases = {
    CORNER: ['表2 性別, 転帰（N=142）', '性別,生存,死亡', '女性,45,7', '男性,38,52'],
    EMPTY_CORNER: ['表2 性別, 転帰（N=142）', ',生存,死亡', '女性,45,7', '男性,38,52'],
    NO_SPACE: ['Table 2: outcome by sex,age (n = 142)', 'sex,alive,died', 'female,45,7', 'male,38,52'],
  };
  for (const [name, lines] of Object.entries(cases))
    it(`reads ${name} with the line whole as the title, its N the table's, said`, () => {
      const r = checked(lines.join('\n'));
      expect(codesOf(r), lines.join('\n')).toBe('');
      if (!r.ok) return;
      expect(r.tables).toHaveLength(1);
      expect(r.tables[0]!.table.title).toBe(lines[0]);
      expect(r.tables[0]!.table.cols.map((c) => c.label)).toEqual(lines[1]!.split(',').slice(1));
      expect(JSON.stringify(r.warnings)).toMatch(/layout\/title-comma.*チェッカーの判断/);
      expect(statusOf(r, '7')).not.toBe('published');
      // The title's N read as the table's: 142 less the published counts would give 7 back unless another is hidden.
      expect(r.tables[0]!.status.filter((s) => s === 'secondary').length).toBeGreaterThan(0);
    });
  it('leaves a header whose first cell is a caption as a header where nothing proves a title (as wide as the rows)', () => {
    for (const lines of [
      ['表2 性別,生存,死亡', '女性,45,17', '男性,38,52'],
      ['Table 1, Male, Female', 'fever, 13, 20', 'cough, 25, 40'],
    ]) {
      const r = checked(lines.join('\n'));
      expect(JSON.stringify(r)).not.toMatch(/layout\/title-comma/);
      expect(r.ok).toBe(true);
    }
  });
  it('commaTitles (5140, 40): 36 or more read, none leaking to formats33-attack.ts', () => {
    let read = 0;
    for (const c of commaTitles(40, 5140)) {
      const r = checked(c.text);
      if (!r.ok) continue;
      read++;
      expect(leaks(r, c), c.text).toEqual([]);
    }
    expect(read).toBeGreaterThanOrEqual(36);
  }, 240_000);
  it('commaInnocent (5142, 20): read as before, none said cut', () => {
    for (const c of commaInnocent(20, 5142)) {
      const r = checked(c.text);
      expect(JSON.stringify(r)).not.toMatch(/layout\/title-comma/);
      if (r.ok) expect(leaks(r, c), c.text).toEqual([]);
    }
  }, 240_000);
});

describe('formats64: a title over Stata’s command line or output', () => {
  const cases = {
    OVER_COMMAND: ['表2 性別と転帰（N=142）', '. tabulate sex outcome, row', '', ...STATA],
    OVER_GAP: ['Table 2: outcome by sex (n = 142)', '', '. tabulate sex outcome, row', '', ...STATA],
    OVER_OUTPUT: ['表2 性別と転帰（N=142）', ...STATA],
  };
  for (const [name, lines] of Object.entries(cases))
    it(`reads ${name} with the line as the table's title, said, the small count hidden`, () => {
      const r = checked(lines.join('\n'));
      expect(codesOf(r), lines.join('\n')).toBe('');
      if (!r.ok) return;
      expect(r.tables[0]!.table.title).toContain(lines[0]);
      expect(JSON.stringify(r.warnings)).toMatch(/1行目「[^」]*」は、すぐ下の Stata の.*この表の題名として読みました.*チェッカーの判断/);
      expect(statusOf(r, '7')).not.toBe('published');
    });
  it('leaves a title with a number under the threshold, or two empty lines above, as before', () => {
    const small = checked(['表2 転帰（9施設）', '. tabulate sex outcome, row', '', ...STATA].join('\n'));
    expect(JSON.stringify(small)).not.toMatch(/この表の題名として読みました/);
    const parted = checked(['表2 性別と転帰', '', '', '. tabulate sex outcome, row', '', ...STATA].join('\n'));
    expect(JSON.stringify(parted)).not.toMatch(/この表の題名として読みました/);
  });
  it('stataTitled (5144, 30): every one read, none leaking to formats33-attack.ts', () => {
    for (const c of stataTitled(30, 5144)) {
      const r = checked(c.text);
      expect(codesOf(r), c.text).toBe('');
      if (r.ok) expect(leaks(r, c), c.text).toEqual([]);
    }
  }, 240_000);
  it('stataInnocent (5146, 15): read, none leaking', () => {
    for (const c of stataInnocent(15, 5146)) {
      const r = checked(c.text);
      expect(r.ok, c.text).toBe(true);
      if (r.ok) expect(leaks(r, c), c.text).toEqual([]);
    }
  }, 240_000);
});

describe('formats64: a header of numbers read as years', () => {
  it('refuses a row of counts cut from its table by an empty line, read as years on the base (a leak)', () => {
    const r = checked(['\tA\tB', '合計\t1950\t2010', '', '女性\t1947\t2003', '男性\t3\t7'].join('\n'));
    expect(codesOf(r)).toContain('header/values');
  });
  it('refuses numbers in 1900–2100 out of order as a header of years', () => {
    expect(codesOf(checked(['\t2003\t1947\t1990', '女性\t45\t3\t30', '男性\t38\t52\t41'].join('\n')))).toContain('header/values');
  });
  it('reads years in order as the header, said, and under another table with a title between', () => {
    for (const text of [
      ['\t2021\t2022\t2023', '女性\t45\t3\t30', '男性\t38\t52\t41'].join('\n'),
      ['# 表1', '\tA\tB\tC', '全体\t83\t55\t71', '', '# 表2', '\t2021\t2022\t2023', '女性\t45\t3\t30', '男性\t38\t52\t41'].join('\n'),
    ]) {
      const r = checked(text);
      expect(codesOf(r), text).toBe('');
      if (!r.ok) continue;
      expect(JSON.stringify(r.warnings)).toMatch(/header\/years.*チェッカーの判断/);
      expect(statusOf(r, '3')).not.toBe('published');
    }
  });
  it('yearsCut (5148, 30): none read as years, none leaking', () => {
    for (const c of yearsCut(30, 5148)) {
      const r = checked(c.text);
      if (r.ok) expect(leaks(r, c), c.text).toEqual([]);
      expect(r.ok).toBe(false);
    }
  }, 240_000);
  it('yearsInnocent (5150, 20): read, none leaking', () => {
    for (const c of yearsInnocent(20, 5150)) {
      const r = checked(c.text);
      expect(codesOf(r), c.text).toBe('');
      if (r.ok) expect(leaks(r, c), c.text).toEqual([]);
    }
  }, 240_000);
});
