/**
 * Cumulative lines over time points (累積患者数, number at risk): a step between two neighbouring cells is a count no
 * cell prints. A small step is refused (`line/cumulative`, naming the line, the points and what to do); steps at the
 * threshold or over, lines whose label says nothing of it, and category labels over groups pass as before; the steps
 * printed as a line of their own are protected with the cumulative line.
 */
import { describe, expect, it } from 'vitest';
import { fixtureBundle, lcg, solver } from './helpers.ts';
import { adversary } from './protection.ts';

const highs = await solver();
const { result, holds } = adversary(highs, fixtureBundle());
const codes = (text: string) => {
  const r = result(text);
  return r.ok ? [] : r.errors.map((e) => e.code);
};

describe('a cumulative line whose step is a small count', () => {
  it.each([
    ['a row of cumulative counts', '\t1年目\t2年目\t3年目\n累積患者数\t100\t103\t130\n', '加わった患者が 3 人'],
    ['a column of them, by year', '\t累計（人）\n2020年\t40\n2021年\t52\n2022年\t57\n', '加わった患者が 5 人'],
    [
      "cumulative percentages of the title's N (2.7% of 110)",
      '# 来院回数 (N=110)\n\t累積割合\n0回\t36.4%\n1回\t39.1%\n2回\t61.8%\n3回\t72.7%\n4回以上\t100.0%\n',
      '加わった患者が 3 人',
    ],
    [
      'cumulative integer percentages of a column N, a step shown to be under 10 (42% less 40% of 200: 2 to 6)',
      '\t累積 (N=200)\n1年目\t40%\n2年目\t42%\n3年目\t100%\n',
      '加わった患者が 2〜6 人',
    ],
    ['the number at risk', '\t0か月\t6か月\t12か月\nリスク集合の人数\t100\t97\t60\n', '減った患者が 3 人'],
    [
      'a cumulative line beside others',
      '\tWeek 0\tWeek 4\tWeek 8\nA群\t20\t30\t45\nCumulative enrolled\t50\t58\t80\n',
      '加わった患者が 8 人',
    ],
  ])('is refused, naming the line, the two points and what to do: %s', (_, text, says) => {
    const r = result(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.code)).toEqual(['line/cumulative']);
    expect(r.errors[0]!.message).toContain(says);
    expect(r.errors[0]!.message).toContain('チェッカーの判断');
    expect(r.errors[0]!.hint).toMatch(/時点をまとめて/);
    expect(r.errors[0]!.place?.line).toBeGreaterThan(0);
  });
});

describe('lines that pass as before', () => {
  it.each([
    ['steps at the threshold or over', '\t1年目\t2年目\t3年目\n累積患者数\t100\t110\t130\n'],
    ['a category, not a sequence (no time points across)', '\tA群\tB群\n累積投与量 100mg未満\t30\t33\n累積投与量 100mg以上\t25\t40\n'],
    ['no word of accumulation in the label', '\t1年目\t2年目\n患者数\t100\t103\n'],
  ])('%s', (_, text) => {
    expect(codes(text)).not.toContain('line/cumulative');
  });

  it('the steps printed as a line of their own: the small step is hidden, and the cumulative line with it', () => {
    const r = holds('\t1年目\t2年目\t3年目\n新規患者数\t100\t3\t27\n累積患者数\t100\t103\t130\n');
    expect(r.tables[0]!.status.filter((s) => s !== 'published').length).toBeGreaterThanOrEqual(3);
  });

  it('random per-year counts printed beside their cumulative line are never refused so, and are protected together', () => {
    const next = lcg(11);
    for (let n = 0; n < 30; n++) {
      const counts = [0, 1, 2, 3].map(() => Math.floor(next() * 40));
      const sums = counts.map((_, k) => counts.slice(0, k + 1).reduce((a, b) => a + b, 0));
      const text = `\t1年目\t2年目\t3年目\t4年目\n新規\t${counts.join('\t')}\n累積\t${sums.join('\t')}\n`;
      expect(codes(text)).not.toContain('line/cumulative');
      holds(text);
    }
  });
});
