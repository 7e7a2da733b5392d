/**
 * notes74 (issue #11): notes and title verbs read too little or refused.
 *
 * - 「※3例を除外」「注3名は除外」 (a Japanese unit written onto a note's glued number): the base refused them all (a note
 *   with a count; 「注3名は除外」 as a table's row, `row/short`). Now read both ways as notes73 reads 「※3 patients
 *   excluded」 (footnotes.ts `GLUED_JA_COUNT`, read.ts `markNumber`, `gluedCount`): left out where no cell, sum or N fits;
 *   refused where 3 is a hidden cell, under an N or a count under the threshold.
 * - 「※3がん」「注3がん」 (a glued number written onto a line's label): the base read 「※3がん」 as note 3 silently beside
 *   がん's hidden 3. Now read against the line (read.ts `tightMark`): refused where it is the line's cells' sum.
 * - 「(146 recovered)」「(146 women died)」「(146 children were followed)」 over a table of 142: the base read the first
 *   as a number (4 left out published silently) and refused the others. Now the table's N (header.ts
 *   `TAKEN_IN_OFF_MORE`, `VERB_NOUN`, `VERB_ADVERB`).
 * - A verb's N over bare percentages (「(146 screened)」): the base refused it (`percent/no-denominator`). Now the shares'
 *   base (read.ts `statedCounts`, `shareVerbs`), said as the checker's, small counts hidden.
 * Family notes74-families.ts (5820–5827). Run with ROOT=/tmp/<base> to see it fail.
 */
import { describe, expect, it } from 'vitest';
import { BODY, stopped, titleChecker, cases } from './titlen65-families.ts';
import { gluedCases74, shareCases74, tallyShares, tightCases74, VERBS74, wrongCases74 } from './notes74-families.ts';
import { expectStoppedWhereOver } from './helpers.ts';

const { run } = await titleChecker();
const HIDDEN = '# 表1 背景\n\t男\t女\n 心疾患\t40\t30\n がん\t35\t3\n';
const WITH_N = '# 表1 背景 (N=145)\n\t男\t女\n 心疾患\t40\t30\n がん\t35\t37\n';
const PLAIN = '# 表1 背景\n\t男\t女\n 心疾患\t40\t30\n がん\t35\t37\n';
const JA = ['※3例を除外', '注3名は除外', '注3例は同意撤回のため除外', '†3例脱落'];

describe('notes74: a Japanese unit glued to a note’s number', () => {
  it('beside a hidden cell of 3 or under an N 3 over the sum: refused, both readings said as the checker’s', () => {
    for (const body of [HIDDEN, WITH_N])
      for (const note of JA) {
        const r = run(`${body}${note}\n`);
        expect(r.ok, note).toBe(false);
        if (r.ok) continue;
        const e = r.errors.find((x) => x.code === 'line/count')!;
        expect(e.message, note).toContain('注の番号とも');
        expect(e.message).toContain('チェッカーの推定');
        expect(e.hint).toContain('「※ 3 例を除く」');
      }
  });
  it('no cell, no sum, no N: read as left out, both readings said', () => {
    for (const note of ['※3例を除外', '注3名は除外', '注2例は同意撤回のため除外']) {
      const r = run(`${PLAIN}${note}\n`);
      expect(r.ok, note).toBe(true);
      if (r.ok) expect(r.warnings.some((w) => w.message.includes('注の番号とも'))).toBe(true);
    }
  });
  it('注 with its number glued before words is a note (「注2院外発症を含む」), not a row', () => {
    const r = run(`${PLAIN}注2院外発症を含む\n`);
    expect(r.ok).toBe(true);
    expect(stopped(r)).toBe(false);
  });
  it('a glued number onto a line’s label: refused where it is that line’s hidden cell, read elsewhere', () => {
    for (const note of ['※3がん', '注3がん']) {
      const r = run(`${HIDDEN}${note}\n`);
      expect(r.ok, note).toBe(false);
      expect(stopped(run(`${PLAIN}${note}\n`)), note).toBe(false);
    }
    expect(stopped(run(`${HIDDEN}\n※3がん\n`))).toBe(true);
  });
  for (const seed of [5820, 5821])
    it(`family glued (60 tables, seed ${seed}): every over stopped, every innocent read`, () => {
      expect(expectStoppedWhereOver(gluedCases74(60, seed), (text) => stopped(run(text)))).toBeGreaterThan(20);
    });
  it('family tight (60 tables, seed 5826): every over stopped, every innocent read', () => {
    for (const c of tightCases74(60, 5826)) expect(stopped(run(c.text)), c.text).toBe(c.kind === 'over');
  });
});

describe('notes74: title verbs off the lists and after nouns of people', () => {
  it('「(146 recovered)」「(146 women died)」「(146 children were followed)」 over 142: the 4 left out refused in words', () => {
    for (const w of [
      '(146 recovered)',
      '(146 survived)',
      '(146 women died)',
      '(146 children were followed)',
      '(patients recovered: 146)',
    ]) {
      const r = run(`# 表1 背景 ${w}\n${BODY}`);
      expect(stopped(r), w).toBe(true);
    }
  });
  it('at the total or 10–40 above, and look-alikes: read', () => {
    for (const w of ['(142 recovered)', '(170 women died)', '(146 mg)', '(Study 146 survived)', '(survived 3 years)'])
      expect(stopped(run(`# 表1 背景 ${w}\n${BODY}`)), w).toBe(false);
  });
  it('family verbs (60 tables, seed 5822): every over stopped, every innocent read', () => {
    for (const c of cases(60, 5822, VERBS74)) expect(stopped(run(c.text)), c.text).toBe(c.kind === 'over');
  });
});

describe('notes74: a verb’s N over bare percentages', () => {
  const PCT = '\t男\t女\n A群\t21.2%\t27.4%\n B群\t24.0%\t27.4%\n';
  it('「(146 screened)」 read as the shares’ base, said as the checker’s', () => {
    for (const w of ['(146 screened)', '(patients followed: 146)', '(146 women died)']) {
      const r = run(`# 表1 背景 ${w}\n${PCT}`);
      expect(r.ok, w).toBe(true);
      if (r.ok) expect(r.warnings.some((x) => x.code === 'title/taken-n' && x.message.includes('チェッカーの推定'))).toBe(true);
    }
  });
  it('no verb, or two verbs’ Ns apart: as before (no base read)', () => {
    for (const w of ['(146 mg)', '(Study 146 survived)', '(200 screened; 146 recovered)'])
      expect(run(`# 表1 背景 ${w}\n${PCT}`).ok, w).toBe(false);
  });
  it('family shares (100 tables, seed 5824): few refused (the base 69), no small count published', () => {
    const t = tallyShares(shareCases74(100, 5824), run);
    expect(t.over.leaked).toBe(0);
    expect(t.over.refused + t.innocent.refused).toBeLessThanOrEqual(15);
    expect(t.over.hidden).toBeGreaterThan(40);
  });
  it('a verb’s N that is not the shares’ base (the shares fit a smaller one): not read, said (family wrong, 5828)', () => {
    const r = run('# 表1 背景 (600 screened)\n\t男\t女\n A群\t21.2%\t27.4%\n B群\t24.0%\t27.4%\n');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.warnings?.some((w) => w.message.includes('割合の分母とは読みませんでした')) ?? true).toBe(true);
    // Verbs only (a stated form, 「(ITT 600)」, is read as the base as before): none published.
    const verbs = wrongCases74(100, 5828).filter((c) => !/ITT|randomised:/.test(c.text));
    expect(tallyShares(verbs, run).over.leaked).toBe(0);
  });
});
