/**
 * totals18 (issue #11): a line over its items by a few under a word the checker does not read (「Semua」) beside an N
 * stated per column — group Ns in the header (「A群 (N=118)」) or a line of sizes (「N | 92 | 107」) — was read as one of
 * several answers (an item) on a438d44, never both ways: the line less the items (7 | 9) was published. Now it is
 * read both ways (overtotal.ts `readBoth`, our reading, `total/both-readings`), and each column's N less the line is a
 * finding where small (primary.ts `leftOutOfBothPositions`).
 *
 * Judged apart from the engine (totals18-families.ts): as a total, the integer attacker over the truth and each group's
 * N less the line; as an item, the independent oracle over the printed table. Measured (a438d44 → now): README, totals18.
 */
import { describe, expect, it } from 'vitest';
import { checkerIn } from './helpers.ts';
import { hiddenLabels, type Read } from './totals14-families.ts';
import { groupNTotals, judgeGroupN } from './totals18-families.ts';

const { check, highs, bundle } = await checkerIn();
const run = (text: string, protection: 'threshold' | 'not-exact' = 'threshold') =>
  check(highs, bundle, text, { details: true }, { protection, mipSeconds: 0.3 });
const hiddenOf = (text: string) => {
  const r = run(text);
  expect(r.ok).toBe(true);
  if (!r.ok) return [];
  return hiddenLabels(r.tables[0] as unknown as Read);
};

describe('a line over its items by a few beside an N per column (a438d44: read as an item, its rest published)', () => {
  it('group Ns in the header: the line read both ways, its rest hidden', () => {
    const text = '\tA群 (N=118)\tB群 (N=116)\n発熱\t40\t25\n頭痛\t34\t33\n下痢\t7\t20\nTutto\t88\t87\n';
    const r = run(text);
    expect(r.ok && r.warnings.some((w) => w.code === 'total/both-readings')).toBe(true);
    expect(hiddenOf(text)).toEqual(
      expect.arrayContaining(['Tuttoを合計と読んだときの残り/A群 (N=118)=7', 'Tuttoを合計と読んだときの残り/B群 (N=116)=9']),
    );
  });
  it('a line of sizes: each group’s N less the line (2, 1) a finding on that N', () => {
    const r = run('\tA群\tB群\nN\t66\t92\n発熱\t38\t13\n頭痛\t4\t20\n悪心\t17\t40\nWszyscy\t64\t91\n');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const headers = (r.tables[0] as unknown as { primary: { headers: { axis: string; index: number; rest?: number }[] } }).primary.headers;
    expect(headers).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ axis: 'col', index: 0, rest: 2 }),
        expect.objectContaining({ axis: 'col', index: 1, rest: 1 }),
      ]),
    );
  });
  it.each(['threshold', 'not-exact'] as const)(
    'seed 1874: 24 tables, none leaked under either reading (%s)',
    (p) => {
      for (const t of groupNTotals(24, 1874)) {
        const { what } = judgeGroupN(highs, run(t.text, p) as never, t, p);
        // One table was given back as an item on a438d44 and c3b2cb1 (B群's four lines sum to its N exactly, a disjoint
        // reading the checker did not take where A群's pass theirs): since totals40 that column's equation is in the system.
        expect(what.startsWith('leaked'), `${what}: ${t.text}`).toBe(false);
      }
    },
    120_000,
  );
});
