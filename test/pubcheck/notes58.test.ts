/**
 * notes58 (issue #11; red58's open leak): a note of left-out patients read under one table whose count is the sum of a
 * line's cells (or some of them) in ANOTHER table is refused as a count (`line/count`, チェッカーの判断): 「注1: 8 例を
 * 除く（同意撤回）」 under 表1 with 表2 「同意撤回」 3 and 5 published the note on the base, and 3 + 5 = 8 told a reader
 * both hidden cells are under 10. A note whose count is no other table's either is read as before.
 * Family numbers (base 70103a03 → now) in the README; the tests assert now.
 */
import { describe, expect, it } from 'vitest';
import { checkerOfRoot } from './helpers.ts';
import { family58 } from './notes58-families.ts';

const k = await checkerOfRoot();
const run = (text: string) => k.check(k.highs, k.bundle, text, { details: true }, { protection: 'threshold', mipSeconds: 0.2 });

const T1 = '# 表1 背景\n\tA群\tB群\n男性\t40\t38\n女性\t35\t37\n';
const T2 = '# 表2 中止理由\n\tA群\tB群\n有害事象\t21\t18\n同意撤回\t3\t5\nその他\t16\t14\n';

describe('a note of left-out patients whose count is another table’s', () => {
  it('refused where it is another table’s line sum or cells, under either table (base: published)', () => {
    for (const [note, under] of [
      ['注1: 8 例を除く（同意撤回）', 1],
      ['※ 8 例を除く', 1],
      ['注1: 5 例を除く', 1],
      ['Note 1: 8 patients excluded', 1],
      ['※ 78 例を除く', 2],
    ] as const) {
      const text = under === 1 ? `${T1}${note}\n\n${T2}` : `${T1}\n${T2}${note}\n`;
      const r = run(text);
      expect(r.ok, note).toBe(false);
      const e = !r.ok && r.errors.find((x) => x.code === 'line/count');
      expect(e && e.message, note).toMatch(/表[12]の(?:行|列)「[^」]+」の(?:合計|セル).*チェッカーの判断/);
      expect(e && e.hint, note).toMatch(/別の表/);
    }
  });
  it('read as before where no other table has that count', () => {
    for (const note of ['注1: 200 例を除く（同意撤回）', '※ 200 例を除く']) {
      const r = run(`${T1}${note}\n\n${T2}`);
      expect(r.ok, note).toBe(true);
      expect(r.ok && r.warnings.some((w) => w.code === 'line/not-read' && w.message.includes('除いた患者の数'))).toBe(true);
    }
    // A single table: unchanged.
    expect(run(`${T2}※ 200 例を除く\n`).ok).toBe(true);
  });
  it('family (seeds 3950–3952): no note whose count is another table’s small cells published; true notes read', () => {
    let leaked = 0;
    for (const c of family58('leak', 3950)) if (run(c.text).ok) leaked++;
    expect(leaked).toBe(0);
    let refused = 0;
    for (const c of family58('apart', 3951)) if (!run(c.text).ok) refused++;
    expect(refused).toBe(0);
  });
});
