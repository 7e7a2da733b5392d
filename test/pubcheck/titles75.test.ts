/**
 * titles75 (issue #11): Japanese verbs before a bare number, and a counter's character written onto a mark's number
 * before an ordinary word — both refused as counts (over-refusal); the base read 「（治癒例185）」 over 177 and
 * 「†1名称は略称」 beside a hidden 1 silently.
 *
 * - 「（生存146）」「（退院146）」「（追跡完了146）」「（死亡146）」 over a table of 142: the base refused them as a count
 *   fitting no total (`title/count`), at 10–40 over the sum too. Now the table's N where at least the sum (header.ts
 *   `JA_TAKEN_IN_OFF`, `JA_VERB_END`), as titles72 reads 「（追跡146）」: 4 left out refused in words, 160 read, said as
 *   the checker's (`title/taken-n`); under the sum as before; 「（追跡不能146）」「（5年生存146）」 as before.
 * - 「※7名古屋市のデータ」「注1人口は2020年国勢調査」 under a table: the base refused them as a count 「7名」. Now the note's
 *   number where the count reading fits no cell, no sum and no N nor its rest (read.ts `UNIT_WORD`, `unitWordNote`),
 *   said; refused (`line/count`, both readings) where it does.
 * - 「※12人とも転院」: a glued count (notes74's both-ways rule: read at 10+ fitting nothing; 「※3人とも」 refused).
 * Family titles75-families.ts (5890–5895). Run with ROOT=/tmp/<base> to see it fail.
 */
import { describe, expect, it } from 'vitest';
import { BODY, cases, stopped, titleChecker } from './titlen65-families.ts';
import { noteCases75, VERBS75 } from './titles75-families.ts';

const { run } = await titleChecker();
const PLAIN = '# 表1 背景\n\t男\t女\n 心疾患\t40\t30\n がん\t35\t37\n';
const HIDDEN = '# 表1 背景\n\t男\t女\n 心疾患\t40\t30\n がん\t35\t7\n';
const WITH_N = '# 表1 背景 (N=149)\n\t男\t女\n 心疾患\t40\t30\n がん\t35\t37\n';
const LOOKALIKE = /5年生存|生存率|2020年|日）/;

describe('titles75: Japanese verbs before a bare number', () => {
  const verbs = ['（生存146）', '（退院146）', '（追跡完了146）', '（死亡146）', '（転院：146）', '（治癒例146）'];
  it('at the sum + 4: the 4 left out refused in words (never read silently)', () => {
    for (const w of verbs) {
      const r = run(`# 表1 背景 ${w}\n${BODY}`);
      expect(stopped(r), w).toBe(true);
      expect(r.ok, w).toBe(true);
      if (r.ok)
        expect(
          r.verdict.reasons.some((x) => x.severity === 'blocking' && x.kind === 'header'),
          w,
        ).toBe(true);
    }
  });
  it('at the sum + 18 or at it: read as the table’s N, said as the checker’s', () => {
    for (const w of verbs)
      for (const n of [160, 142]) {
        const text = `# 表1 背景 ${w.replace('146', String(n))}\n${BODY}`;
        const r = run(text);
        expect(stopped(r), text).toBe(false);
        if (r.ok && n === 160)
          expect(
            r.warnings.some((x) => x.code === 'title/taken-n' && x.message.includes('チェッカーの判断')),
            text,
          ).toBe(true);
      }
  });
  it('look-alikes as before: 「（追跡不能146）」「（5年生存146）」 refused, 「（生存50）」 a number', () => {
    expect(stopped(run(`# 表1 背景 （追跡不能146）\n${BODY}`))).toBe(true);
    expect(stopped(run(`# 表1 背景 （5年生存146）\n${BODY}`))).toBe(true);
    expect(stopped(run(`# 表1 背景 （生存50）\n${BODY}`))).toBe(false);
  });
  for (const seed of [5890, 5891])
    it(`family verbs (60 tables, seed ${seed}): every over stopped, every innocent of the forms read`, () => {
      let [over, read] = [0, 0];
      for (const c of cases(60, seed, VERBS75)) {
        const s = stopped(run(c.text));
        if (c.kind === 'over') (over++, expect(s, c.text).toBe(true));
        else if (!LOOKALIKE.test(c.text)) (read++, expect(s, c.text).toBe(false));
      }
      expect(over).toBeGreaterThan(20);
      expect(read).toBeGreaterThan(10);
    });
});

describe('titles75: a counter written onto a note’s number before an ordinary word', () => {
  const notes = ['※7名古屋市のデータ', '注7人口は2020年国勢調査による', '※7人工呼吸器装着例を含む'];
  it('no cell, no sum, no N: the note’s number, said as the checker’s', () => {
    for (const note of notes) {
      const r = run(`${PLAIN}${note}\n`);
      expect(stopped(r), note).toBe(false);
      if (r.ok)
        expect(
          r.warnings.some((w) => w.code === 'line/not-read' && w.message.includes('チェッカーの推定')),
          note,
        ).toBe(true);
    }
  });
  it('a hidden cell of 7, or the N’s rest 7: refused, both readings said', () => {
    for (const body of [HIDDEN, WITH_N])
      for (const note of notes) {
        const r = run(`${body}${note}\n`);
        expect(r.ok, note).toBe(false);
        if (!r.ok) {
          const e = r.errors.find((x) => x.code === 'line/count')!;
          expect(e.message, note).toContain('注の番号と読めますが');
          expect(e.hint).toContain('※7）');
        }
      }
  });
  it('another number than a year in its words: a note with counts, refused as before', () => {
    expect(run(`${PLAIN}※1人口は3000\n`).ok).toBe(false);
  });
  it('「※12人とも転院」 read both ways (fits nothing: read); 「※3人とも」 refused', () => {
    expect(stopped(run(`${PLAIN}※12人とも転院\n`))).toBe(false);
    expect(run(`${PLAIN}※3人とも\n`).ok).toBe(false);
  });
  for (const [seed, tomo] of [
    [5892, false],
    [5893, false],
    [5894, true],
  ] as const)
    it(`family ${tomo ? 'tomo' : 'words'} (60 tables, seed ${seed}): every over stopped, every innocent with no N read`, () => {
      let over = 0;
      for (const c of noteCases75(60, seed, tomo)) {
        const s = stopped(run(c.text));
        if (c.kind === 'over') (over++, expect(s, c.text).toBe(true));
        else if (!tomo || !c.text.includes('N=')) expect(s, c.text).toBe(false);
      }
      expect(over).toBeGreaterThan(20);
    });
});
