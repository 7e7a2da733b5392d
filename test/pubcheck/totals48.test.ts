/**
 * totals48 (issue #11): a line read both ways (a line a few over the others' sum: overtotal.ts, totals47's Japanese
 * `protect` or a word of letters) yields to the readings that take the table's lines:
 * - a life table taking the line (its steps within the table or across tables): the both reading dropped
 *   (overtotal.ts `dropBoth`); lines of ours are no life-table lines (lifetable.ts `ownLine`);
 * - cumulative tables at two time points: lines of ours of one table's reading neither keep them apart nor are compared
 *   (cumulative.ts `cumulativeAcross`);
 * - lines summing to the N each position states (a header's N, or a fraction's 「n/N」 in every cell): its breakdown,
 *   no line a total;
 * - a Japanese line read for its numbers alone yields beside any line of ours (a うち line's rest: ofwhich.ts).
 * Families (totals48-families.ts, seeds 2591–2593): see the README's totals48 entry.
 */
import { describe, expect, it } from 'vitest';
import { fixtureBundle, solver } from './helpers.ts';
import { adversary, asAttacked, expectProtected } from './protection.ts';
import { oracleVerdict } from './attack35-measure.ts';
import { cumulativeOver, lifeCrossed } from './totals48-families.ts';

const highs = await solver();
const bundle = fixtureBundle();
const { result, codes } = adversary(highs, bundle);
const said = (text: string, code: string) => {
  const r = result(text);
  return r.ok ? r.warnings.filter((w) => w.code === code).length : -1;
};

describe('a line read both ways yields to the readings of the table', () => {
  it('an arm’s at-risk line a few over the other arm’s lines, its fall taken by another table: read as a life table only', () => {
    // Latin arms (read both ways on 382295c too) and Japanese (totals47).
    for (const [a, b] of [
      ['Aktif', 'Plasebo'],
      ['A群', 'B群'],
    ]) {
      const text =
        `# 表1\n時点\t${a}\t${b}甲\t${b}乙\n0か月\t66\t40\t24\n6か月\t52\t32\t16\n\n` +
        `# 表2\n時点\t${b}\t${a}甲\t${a}乙\n0か月\t149\t4\t10\n6か月\t85\t13\t11\n`;
      const r = result(text);
      expect(r.ok).toBe(true);
      if (!r.ok) continue;
      expect(r.warnings.map((w) => w.code)).not.toContain('total/both-readings');
      expect(r.warnings.map((w) => w.code)).toContain('table/life-table');
      expect(oracleVerdict(highs, r, text, 'threshold', { oneStep: true })).toBe('held');
    }
  });
  it('cumulative tables at two time points, a column of one a few over the others: the small step refused (382295c: read)', () => {
    const text =
      '# 2020年末までの累計\n\tAktif\tPlasebo\tKaikki\n男性\t20\t22\t67\n女性\t7\t16\t26\n\n' +
      '# 2021年末までの累計\n\tAktif\tPlasebo\tKaikki\n男性\t37\t52\t90\n女性\t10\t48\t86\n';
    expect(codes(text)).toContain('line/cumulative');
  });
  it('「n/N」 lines summing to each N: no line read as a total, nothing pinned (382295c: 「Semua」 read both ways, 12 pinned)', () => {
    for (const w of ['Semua', '回復']) {
      const text = `\tA群\tB群\tC群\n死亡\t4/51 (8)\t16/84 (19)\t0/38 (0)\n重症\t4/51 (8)\t21/84 (25)\t12/38 (32)\n軽症\t5/51 (10)\t4/84 (5)\t1/38 (3)\n${w}\t38/51 (75)\t43/84 (51)\t25/38 (66)\n`;
      expect(said(text, 'total/both-readings')).toBe(0);
      const r = result(text);
      if (r.ok) expectProtected(highs, r, asAttacked(r, text));
    }
  });
  it('a Japanese line beside a うち line’s rest: an item (totals47 read it both ways)', () => {
    expect(said('\tA群\tB群\n重度\t12\t12\n中等度\t20\t25\nうち入院\t15\t20\n軽度\t50\t40\n', 'total/both-readings')).toBe(0);
    // A word of letters (read for its label) as before: totals15's 「Semua」 beside a うち line.
    expect(said('\tA群\tB群\n入院\t30\t25\nうち重症\t4\t6\n外来\t20\t22\nSemua\t53\t49\n', 'total/both-readings')).toBe(1);
  });
  it('families (seeds 2591, 2592; 40 each): none leaked, every small cumulative step refused', () => {
    const life = lifeCrossed(40, 2591).map((c) => {
      const r = result(c.text);
      return r.ok ? oracleVerdict(highs, r, c.text, 'threshold', { oneStep: true }) : 'refused';
    });
    expect(life.filter((v) => v !== 'held')).toEqual([]);
    const cumulative = cumulativeOver(40, 2592).filter((c) => !codes(c.text).includes('line/cumulative'));
    expect(cumulative.map((c) => c.text)).toEqual([]);
  }, 600_000);
});
