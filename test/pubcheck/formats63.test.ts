/**
 * formats63 (issue #11): a title written over an R print's command lines (「表2 性別と転帰（2020〜2022年）」 then
 * 「> tab」 and its print; or a caption over one empty line over them). The command lines taken out left it alone over
 * an empty line: a loose line, refused where it holds a number (`line/count`: a year, the N). Now put back over the
 * table as written (listing.ts readRTables `titleOver`), said, and read by read.ts as any line over a table (its N a
 * title's N; a count of a line refused, `title/group-n`). formats63-families.ts `titledPrints` (seeds 5020–5021, 100
 * each; `npx node test/pubcheck/formats63-measure.ts titled 100 5020 5021 --oracle`, ROOT=<base> for the base):
 * 51da46af 101 read, 99 refused (line/count), 0 leaked, 370 hidden -> 191 read, 9 refused (a caption with 「（N例）」
 * over an empty line: refused as over a pasted table, sizes55), 0 leaked (formats33-attack.ts; the oracle 0 of 190),
 * 639 hidden; the 101 read on both hide the same 370 cells. Innocent (`innocentTitles` 5022–5023: a title parted by
 * two empty lines, a note under the print): 200 read, 639 hidden on both. Run with ROOT=/tmp/<base> to see it fail.
 */
import { describe, expect, it } from 'vitest';
import { checkerOfRoot, codesOf } from './helpers.ts';
import { innocentTitles, titledPrints } from './formats63-families.ts';
import { leaks } from './formats33-attack.ts';

const { check, highs, bundle } = await checkerOfRoot();
const checked = (text: string) => check(highs, bundle, text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });

const COUNTS = ['> tab', '        ', '         alive died', '  female    45    7', '  male      38   52'];
const ADDM = [
  '> addmargins(prop.table(tab))',
  '        ',
  '              alive       died        Sum',
  '  female 0.31690141 0.04929577 0.36619718',
  '  male   0.26760563 0.36619718 0.63380282',
  '  Sum    0.58450704 0.41549296 1.00000000',
];
const must = {
  YEAR: ['表2 性別と転帰（2020〜2022年）', ...COUNTS],
  N_ADDM: ['Table 1: outcome by sex (n = 142)', ...COUNTS, ...ADDM],
  N_GAP: ['表1 性別と転帰 (n = 142)', '', ...COUNTS, ...ADDM],
  N_SHARES_ONLY: ['Table 1: outcome by sex (n = 142)', ...ADDM],
  YEAR_GAP: ['表3 性別と転帰（2021年）', '', '> tab <- table(df$sex, df$outcome)', ...COUNTS, ...ADDM],
};
/** Not this reading's: refused as before (two empty lines between; a count of a line, 「7例」, in the line). */
const refused = {
  TWO_GAPS: ['表1 性別と転帰 (n = 142)', '', '', ...COUNTS],
  LINE_COUNT: ['女性の死亡 7例', ...COUNTS],
  /** A title's N under the threshold (read.ts publishes a title's N as written): left a loose line. */
  N_SMALL: ['表5 転帰 (n = 9)', '> tab', '        ', '         alive died', '  female     5    3', '  male       1    0'],
  UNDER_TABLE: ['\talive\tdied', 'female\t45\t7', 'male\t38\t52', '', '性別と転帰 (n = 142)', '', ...COUNTS],
};

describe('formats63: a title over an R print’s command lines', () => {
  for (const [name, lines] of Object.entries(must))
    it(`reads ${name} with the line as the table's title, said, the small count hidden`, () => {
      const r = checked(lines.join('\n'));
      expect(codesOf(r), lines.join('\n')).toBe('');
      if (!r.ok) return;
      expect(r.tables).toHaveLength(1);
      expect(JSON.stringify(r.warnings)).toMatch(/1行目「[^」]*」は、すぐ下の R のコマンドの行と出力.*チェッカーの判断/);
      const t = r.tables[0]!;
      const at = t.table.cells.flat().findIndex((c) => /^7\b|^4\.929577%$/.test(c.text.trim()));
      expect(at).toBeGreaterThanOrEqual(0);
      expect(t.status[at]).not.toBe('published');
      // The title's N read as the table's: with 142 published, one more cell of the small count's row or column hidden.
      if (/142/.test(lines[0]!)) expect(t.status.filter((s) => s === 'secondary').length).toBeGreaterThan(0);
    });
  for (const [name, lines] of Object.entries(refused))
    it(`refuses ${name} as before`, () => {
      expect(checked(lines.join('\n')).ok).toBe(false);
    });
  it('titledPrints (5020, 100): 95 or more read, none leaking to formats33-attack.ts', () => {
    let read = 0;
    for (const c of titledPrints(100, 5020)) {
      const r = checked(c.text);
      if (!r.ok) continue;
      read++;
      expect(leaks(r, c), c.text).toEqual([]);
    }
    expect(read).toBeGreaterThanOrEqual(95);
  }, 240_000);
  it('innocentTitles (5022, 50): read as before, none leaking', () => {
    for (const c of innocentTitles(50, 5022)) {
      const r = checked(c.text);
      expect(r.ok, c.text).toBe(true);
      if (r.ok) expect(leaks(r, c), c.text).toEqual([]);
    }
  }, 240_000);
});
