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
 * Run with ROOT=/tmp/<base> to see it fail.
 */
import { describe, expect, it } from 'vitest';
import { checkerOfRoot, codesOf } from './helpers.ts';
import { cases, stopped } from './titlen65-families.ts';
import { GLUED, yearsTitled, yearsTitledInnocent } from './titles66-families.ts';
import { leaks } from './formats33-attack.ts';

const { check, highs, bundle } = await checkerOfRoot();
const run = (text: string) => check(highs, bundle, text, { details: true }, { protection: 'threshold', mipSeconds: 0.05 });
const BODY = '\t男\t女\t合計\n A群\t40\t30\t70\n B群\t35\t37\t72\n合計\t75\t67\t142\n';
const blocking = (text: string) => {
  const r = run(text);
  return r.ok ? r.verdict.reasons.filter((x) => x.severity === 'blocking').map((x) => x.text) : r.errors.map((e) => e.message);
};

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
  it('family (60 tables, seed 5320): none read over a remainder under the threshold, innocents all read', () => {
    let over = 0;
    for (const c of cases(60, 5320, GLUED)) {
      const s = stopped(run(c.text));
      if (c.kind === 'over') (over++, expect(s).toBe(true));
      else expect(s).toBe(false);
    }
    expect(over).toBeGreaterThan(20);
  });
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
