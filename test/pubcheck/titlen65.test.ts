/**
 * titlen65 (issue #11): a title's or the corner's N written as a total or a size in words (「(total 146)」「(146 in
 * total)」「(sample size 146)」「（計146）」 …) a little above the table's total was a number reported and the table read,
 * the remainder under the threshold published silently. Read as the table's N now, refused in words as 「N=146」 is.
 * Families: titlen65-families.ts (seed 5201).
 */
import { describe, expect, it } from 'vitest';
import { BODY, measure, stopped, titleChecker } from './titlen65-families.ts';

const { run, blocking } = await titleChecker();

describe('a title N in words a little above the total', () => {
  it('「(total 146)」「(Total: 146)」「(146 in total)」「(sample size 146)」 over a total of 142: the 4 are refused in words', () => {
    for (const words of [
      '(total 146)',
      '(Total: 146)',
      '(146 in total)',
      '(sample size = 146)',
      '(sum 146)',
      '(146 analysed)',
      '（対象患者146）',
    ])
      expect(blocking(`# 表1 背景 ${words}\n${BODY}`).join(' ')).toContain('N=146 は表の内訳の和より 4 多く');
  });
  it('「（計146）」「(denominator 146)」 in the corner or a caption line: refused the same', () => {
    expect(blocking(`表1（計146）${BODY}`).join(' ')).toContain('4 多く');
    expect(blocking(`表1 背景 (denominator 146)\n${BODY}`).join(' ')).toContain('4 多く');
  });
  it('the same words at the total, far above it, or with no N: read', () => {
    for (const words of [
      '(total 142)',
      '(142 in total)',
      '（計142）',
      '(sample size 170)',
      '（計3群）',
      '(all 3 arms)',
      '(total score 2)',
      '(overall 2019–2021)',
      '(all 2020)',
    ])
      expect(stopped(run(`# 表1 背景 ${words}\n${BODY}`))).toBe(false);
  });
  it('family (40 tables, seed 5201): none read over a remainder under the threshold, innocents all read', async () => {
    const t = await measure(40, 5201, run);
    expect(t.over.runs).toBeGreaterThan(10);
    expect(t.over.leaked).toBe(0);
    expect(t.innocent.refused).toBe(0);
  });
});
