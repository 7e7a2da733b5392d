/**
 * totals17 (issue #11): a line over its others by a few under a word the checker does not read, in a table whose
 * other lines are not all its parts — blocks under heading rows, a line beside its running sum (「累積」) — was
 * published unread on 8664605 (every line stood among the others, their sum always past the line: no refusal, no
 * both-ways reading). Now the line is read against its block's lines (a running sum left out) under both readings
 * (overtotal.ts `readBoth`); beside a heading's stated N summing the line, refused (`total/rest`).
 *
 * Judged apart from the engine (totals17-families.ts): as a total, the integer attacker per block over the truth; as
 * an item, the independent oracle over the printed table. Measured (8664605 → now): README, totals17.
 */
import { describe, expect, it } from 'vitest';
import { checkerIn } from './helpers.ts';
import { hiddenLabels, type Read } from './totals14-families.ts';
import { blockTotals, judgeBlocks, judgeSteps, stepTotals } from './totals17-families.ts';

const { check, highs, bundle } = await checkerIn();
const run = (text: string, protection: 'threshold' | 'not-exact' = 'threshold') =>
  check(highs, bundle, text, { details: true }, { protection, mipSeconds: 0.3 });
const hiddenOf = (text: string) => {
  const r = run(text);
  expect(r.ok).toBe(true);
  if (!r.ok) return [];
  return hiddenLabels(r.tables[0] as unknown as Read);
};

describe('a line over its block’s others by a few (8664605: published, its rest 3 unread)', () => {
  it('each block’s line read both ways, its rest hidden', () => {
    const text = '\tA群\tB群\n性別\t\t\n男性\t30\t25\n女性\t20\t14\nSemua\t53\t42\n年代\t\t\n若年\t31\t21\n高齢\t22\t17\nKaikki\t55\t40\n';
    const r = run(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.warnings.filter((w) => w.code === 'total/both-readings')).toHaveLength(2);
    expect(hiddenOf(text)).toEqual(
      expect.arrayContaining(['性別・Semuaを合計と読んだときの残り/A群=3', '年代・Kaikkiを合計と読んだときの残り/B群=2']),
    );
  });
  it('a sum found across blocks by chance does not stop the block’s reading (「年代・Kaikki 44」 = 23 + 21)', () => {
    const text = '\tA群\n性別\t\n頭痛\t27\n下痢\t23\n咳\t9\nKaikki\t63\n年代\t\n発熱\t21\n頭痛\t22\nKaikki\t44\n';
    expect(hiddenOf(text)).toEqual(expect.arrayContaining(['年代・Kaikkiを合計と読んだときの残り/A群=1']));
  });
  it('beside a heading’s N that sums the line (the block’s N less the line unchecked): refused in words', () => {
    const r = run('\tA群\n性別 (N=223)\t\n男性\t60\n女性\t50\nSemua\t113\n年代\t\n若年\t30\n高齢\t20\nKaikki\t52\n');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.code)).toEqual(['total/rest']);
  });
  it.each(['threshold', 'not-exact'] as const)(
    'seed 1832: 30 tables read both ways, none leaked under either reading (%s)',
    (p) => {
      for (const t of blockTotals(30, 1832)) {
        const { what, both } = judgeBlocks(highs, run(t.text, p) as never, t, p);
        expect([what, both], t.text).toEqual(['read, none leaked', t.blocks.length]);
      }
    },
    120_000,
  );
});

describe('a line beside its running sum (8664605: published, 3 | 3 | 3 unread)', () => {
  it('read both ways, the running sum left out of its parts', () => {
    const text = '\t1月\t2月\t3月\n発熱\t30\t25\t20\n頭痛\t20\t14\t12\nSemua\t53\t42\t35\n累積\t53\t95\t130\n';
    expect(hiddenOf(text)).toEqual(expect.arrayContaining(['Semuaを合計と読んだときの残り/1月=3']));
  });
  it('two positions and no word for it: no running sum by chance (「発熱 36 | 39」 beside 「咳 36 | 3」)', () => {
    const text = '\tA群\tB群\nWszyscy\t76\t50\n発熱\t36\t39\n咳\t36\t3\n';
    const r = run(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.warnings.map((w) => w.code)).toContain('total/both-readings');
  });
  it.each(['threshold', 'not-exact'] as const)(
    'seed 1833: 30 tables read both ways, none leaked (%s)',
    (p) => {
      for (const t of stepTotals(30, 1833)) {
        const { what, both } = judgeSteps(highs, run(t.text, p) as never, t, p);
        expect([what, both], t.text).toEqual(['read, none leaked', 1]);
      }
    },
    120_000,
  );
});
