/**
 * base74 (issue #11): a stated N over bare shares that is not their least base.
 *
 * 「(ITT 640)」「(N=640)」「(randomised: 640)」「（640例）」 over bare shares of 160 (3.8% = 6 of 160): the base read 640 as
 * the shares' base (24 of 640, published) — a reader who takes the least base the shares fit (80 here: 3 of 80) gets
 * the true counts or smaller ones. Now read.ts `statedShareBase` (`leastRoundedBase`, bounded by `SHARE_BASE_WORK`)
 * refuses the single reading as `percent/two-ns` and check.ts `underBothReadings` checks the text under the stated N
 * and under the least base, hiding what either needs, said as the checker's (チェッカーの推定) with a hint.
 * Family base74-families.ts (5855–5859). Run with ROOT=/tmp/<base> to see it fail.
 */
import { describe, expect, it } from 'vitest';
import { stopped, titleChecker } from './titlen65-families.ts';
import { baseCases74, tallyBase } from './base74-families.ts';
import { tallyShares, wrongCases74 } from './notes74-families.ts';

const { run } = await titleChecker();
const P = '\t男\t女\n A群\t3.8%\t31.3%\n B群\t33.8%\t31.3%\n';

describe('base74: a stated N over bare shares that fit a smaller base', () => {
  it('「(N=640)」「(ITT 640)」「(randomised: 640)」「（640例）」「(n=640)」: 3.8% hidden, both bases said as the checker’s', () => {
    for (const w of ['(N=640)', '(ITT 640)', '(randomised: 640)', '（640例）', '(n=640)']) {
      const r = run(`# 表1 背景 ${w}\n${P}`);
      expect(r.ok, w).toBe(true);
      if (!r.ok) continue;
      expect(r.tables[0]!.status[0], w).not.toBe('published');
      const note = r.warnings.find((x) => x.code === 'percent/both-readings')!;
      expect(note.message, w).toContain('より小さい 80 人');
      expect(note.message).toContain('640 人');
      expect(note.message).toContain('チェッカーの推定');
      expect(note.message).toContain('「12 (8.0%)」');
    }
  });
  it('a stated N that is the least base, no common factor: read as before, nothing hidden, no note', () => {
    const r = run('# 表1 背景 (N=146)\n\t男\t女\n A群\t21.2%\t27.4%\n B群\t24.0%\t27.4%\n');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.tables[0]!.status.every((s) => s === 'published')).toBe(true);
    expect(r.warnings.some((x) => x.code === 'percent/both-readings')).toBe(false);
  });
  it('a verb’s N over the same shares: refused as notes74 does (no base read)', () => {
    expect(stopped(run(`# 表1 背景 (640 screened)\n${P}`))).toBe(true);
  });
  for (const seed of [5855, 5856])
    it(`family wrong (60 tables, seed ${seed}): no small count published, as many read`, () => {
      const t = tallyBase(baseCases74('wrong', 60, seed), run);
      expect(t.over.leaked).toBe(0);
      expect(t.over.read).toBeGreaterThan(8);
    });
  it('notes74’s family wrong (100 tables, seed 5855): stated forms too, none published', () => {
    expect(tallyShares(wrongCases74(100, 5855), run).over.leaked).toBe(0);
  });
  it('family exact (60 tables, seed 5857): none refused, innocents nothing hidden, small counts hidden', () => {
    const t = tallyBase(baseCases74('exact', 60, 5857), run);
    expect(t.over.refused + t.innocent.refused).toBe(0);
    expect(t.innocent.anyHidden).toBe(0);
    expect(t.over.leaked).toBe(0);
  });
  it('family factor (40 tables, seed 5858): none refused (the cost: cells small under N / k hidden)', () => {
    const t = tallyBase(baseCases74('factor', 40, 5858), run);
    expect(t.innocent.refused).toBe(0);
    expect(t.innocent.read).toBe(40);
  });
});
