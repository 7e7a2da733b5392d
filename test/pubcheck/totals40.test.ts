/**
 * totals40 (issue #11): totals found by arithmetic, the points totals14–18 left (families in totals40-families.ts,
 * measured c3b2cb1 → now in the README, totals40).
 *
 * - An N per column already a finding (N less a line read both ways, small) was read through by a disjoint reader
 *   (`header/n-below-sum`) and the table refused: now the finding stands for it (check.ts `nBelowSums`).
 * - 「累計」 (a total's word) as a running sum's label was refused as a total that is no sum (`total/not-sum`), and
 *   「累積」「Cumulative」 over every item's sum was read as an item with no equation (its first cell less the other items
 *   gave a hidden count back): now each is read as the running sum the arithmetic shows (system.ts), else refused in
 *   words naming the line.
 */
import { describe, expect, it } from 'vitest';
import { checkerIn } from './helpers.ts';
import type { Read } from './totals14-families.ts';
import { groupNTotals, judgeGroupN } from './totals18-families.ts';
import { judgeRunning, rangesAsRunning, runningTables } from './totals40-families.ts';

const { check, highs, bundle } = await checkerIn();
const run = (text: string, protection: 'threshold' | 'not-exact' = 'threshold') =>
  check(highs, bundle, text, { details: true }, { protection, mipSeconds: 0.3 });

describe('an N per column whose N less a line read both ways is a finding (c3b2cb1: refused header/n-below-sum)', () => {
  it('group Ns: the table read, the finding on the N, no refusal', () => {
    const r = run('\tA群 (N=30)\tB群 (N=75)\tC群 (N=49)\n頭痛\t4\t28\t14\n発熱\t9\t36\t24\nKaikki\t25\t74\t42\n');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const headers = (r.tables[0] as unknown as { primary: { headers: { axis: string; index: number; rest?: number }[] } }).primary.headers;
    expect(headers).toEqual(expect.arrayContaining([expect.objectContaining({ axis: 'col', index: 0, rest: 5 })]));
  });
  it.each(['threshold', 'not-exact'] as const)(
    'seed 1901, the 50 of 100 with N = line + 1–9: none refused, none leaked (c3b2cb1: 7 refused) (%s)',
    (p) => {
      const small = groupNTotals(100, 1901).filter((t) => t.small);
      const whats = small.map((t) => judgeGroupN(highs, run(t.text, p) as never, t, p).what);
      expect(whats.filter((w) => w !== 'read, none leaked')).toEqual([]);
    },
    120_000,
  );
});

describe('a running sum under 「累計」「累積」「Cumulative」「Running total」', () => {
  it('「累計」 over every item’s sum: read as the running sum, its first cell no way back to a hidden count', () => {
    const r = run('\t1月\t2月\t3月\n発熱\t5\t3\t8\n頭痛\t10\t12\t4\n累計\t15\t30\t42\n');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.warnings.some((w) => w.code === 'lines/related' && w.message.includes('の和の累積'))).toBe(true);
    expect(rangesAsRunning(highs, r.tables[0] as unknown as Read, '累計').filter((f) => f.hi < 10)).toEqual([]);
  });
  it('a 「累計」 that is no running sum: refused naming the line', () => {
    const r = run('\t1月\t2月\t3月\n発熱\t5\t3\t8\n頭痛\t10\t12\t4\n累計\t15\t31\t42\n');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.code)).toEqual(['total/not-sum']);
    expect(r.errors[0]!.message).toContain('行「累計」は見出しが累計（累積）のようですが');
  });
  it.each(['threshold', 'not-exact'] as const)(
    'seed 1902, 60 tables: the running sums read, none leaked; those 1 off refused (c3b2cb1: 7 leaked, 53 refused) (%s)',
    (p) => {
      const tally = new Map<string, number>();
      for (const t of runningTables(60, 1902)) {
        const r = run(t.text, p);
        const what = judgeRunning(highs, r as never, t, p);
        const key = `${t.kind}: ${what === 'refused' && !r.ok ? r.errors[0]!.code : what}`;
        tally.set(key, (tally.get(key) ?? 0) + 1);
        expect(what.startsWith('leaked'), `${what}: ${t.text}`).toBe(false);
        if (t.kind === 'line') expect(what).toBe('read, none leaked');
        if (t.kind === 'off') expect(r.ok).toBe(false);
      }
      // The few refused over every item's sum: a step (the points' sum) under the threshold, as any cumulative line's.
      expect(tally.get('whole: read, none leaked')).toBeGreaterThanOrEqual(17);
    },
    120_000,
  );
});
