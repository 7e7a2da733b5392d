/**
 * notes73 (issue #11): a note's count glued to its mark (「※3 patients excluded」「注3 例除外」「*3 patients lost」) is a
 * count of patients to a reader as much as the note's number. The base read it as note 3, silently, beside a hidden
 * cell of 3 or a title's N 3 over the table's sum. Now read both ways (read.ts `gluedCount`, `GLUED_COUNT`, チェッカーの
 * 推定): read as patients left out where no cell, line's sum or N fits; refused (`line/count`) where the count reading
 * works a hidden count back or publishes one under the threshold. Notes with no noun of patients stay read.
 * Family notes73-families.ts glued (5770–5771). Run with ROOT=/tmp/<base> to see it fail.
 */
import { describe, expect, it } from 'vitest';
import { stopped, titleChecker } from './titlen65-families.ts';
import { gluedCases73 } from './notes73-families.ts';
import { expectStoppedWhereOver } from './helpers.ts';

const { run } = await titleChecker();
const HIDDEN = '# 表1 背景\n\t男\t女\n 心疾患\t40\t30\n がん\t35\t3\n';
const WITH_N = '# 表1 背景 (N=145)\n\t男\t女\n 心疾患\t40\t30\n がん\t35\t37\n';
const PLAIN = '# 表1 背景\n\t男\t女\n 心疾患\t40\t30\n がん\t35\t37\n';
const GLUED = [
  '※3 patients excluded',
  '※3 症例を除外',
  '注3 例除外',
  '*3 patients lost',
  '†3 patients withdrew',
  '※3 cases',
  '*3 lost to follow-up',
];

describe('notes73: a glued note’s number before a noun of patients or a verb of leaving out', () => {
  it('beside a hidden cell of 3: refused, both readings said as the checker’s, the hint to space the number', () => {
    for (const note of GLUED) {
      const r = run(`${HIDDEN}${note}\n`);
      expect(r.ok, note).toBe(false);
      if (r.ok) continue;
      const e = r.errors.find((x) => x.code === 'line/count')!;
      expect(e.message).toContain('注の番号とも');
      expect(e.message).toContain('チェッカーの推定');
      expect(e.hint).toContain('「※ 3 例を除く」');
    }
  });
  it('after an empty line under the table too (read against the table above)', () => {
    for (const note of ['※3 patients excluded', '注3 例除外']) expect(stopped(run(`${HIDDEN}\n${note}\n`)), note).toBe(true);
  });
  it('under a title’s N 3 over the sum: refused as a count (the N less the sum)', () => {
    for (const note of GLUED) {
      const r = run(`${WITH_N}${note}\n`);
      expect(r.ok, note).toBe(false);
      if (!r.ok) expect(r.errors.some((x) => x.code === 'line/count' && x.message.includes('N'))).toBe(true);
    }
  });
  it('a count left out that is no cell, no sum and no N: read, both readings said', () => {
    for (const note of ['※3 patients excluded', '注3 例除外', '※2 名を除外']) {
      const r = run(`${PLAIN}${note}\n`);
      expect(r.ok, note).toBe(true);
      if (r.ok) expect(r.warnings.some((w) => w.message.includes('注の番号とも'))).toBe(true);
    }
  });
  it('innocents with no noun of patients stay read as the note’s number', () => {
    for (const note of [
      '※1 2020年のデータ',
      '注3 参考値',
      '※1 院外発症を含む',
      '※1 名古屋市のデータ',
      '※1 人口は国勢調査による',
      '*2 例えば転院',
    ]) {
      const r = run(`${PLAIN}${note}\n`);
      expect(r.ok, note).toBe(true);
      expect(stopped(r), note).toBe(false);
    }
  });
  for (const seed of [5770, 5771])
    it(`family glued (60 tables, seed ${seed}): every over stopped, every innocent read`, () => {
      expect(expectStoppedWhereOver(gluedCases73(60, seed), (text) => stopped(run(text)))).toBeGreaterThan(20);
    });
});
