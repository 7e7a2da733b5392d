/**
 * Readings of labels and of percentage tables that an attacker makes and the checker refused or missed before (issue
 * #11): a bare N in brackets over percentages (「A群（28）」 over 10.7%), labels of two classifications in another
 * word order without a separator (「男性A群」 and 「A群男性」), and integer-percentage tables whose sums can be read
 * in more than one way. Each table the checker passes is attacked by the oracle (oracle.ts, written apart from the
 * engine), which must find every hidden count protected; each table the checker cannot read is refused in words.
 */
import { describe, expect, it } from 'vitest';
import { headerKey } from '../../src/pubcheck/labels.ts';
import { readTables } from '../../src/pubcheck/read.ts';
import { fixtureBundle, solver } from './helpers.ts';
import { adversary } from './protection.ts';

const bundle = fixtureBundle();
const highs = await solver();

const { holds, errors, codes } = adversary(highs, bundle);

describe('a bare N in brackets over percentages', () => {
  // 10.7% of 28 is 3 patients: refused before (percent/no-denominator); now read as 「A群 (N=28)」 where every
  // percentage under the number is a whole count of it, and the 3 is hidden and protected.
  const shares = '\tA群（28）\tB群（60）\n男性\t10.7%\t33.3%\n女性\t89.3%\t66.7%\n';
  it('is read as the group N where every percentage under it is a whole count of it (our reading, reported)', () => {
    const read = readTables(shares);
    expect(read.errors).toEqual([]);
    const t = read.tables[0]!;
    expect(t.cols.map((h) => h.denominator)).toEqual([28, 60]);
    expect(t.cols.map((h) => h.sizeInLabel)).toEqual([true, true]);
    expect(headerKey(t.cols[0]!)).toBe(headerKey({ label: 'A群' }));
    const note = read.warnings.find((w) => w.code === 'percent/sizes')!;
    expect(note.message).toContain('「A群（28）」の 28、「B群（60）」の 60');
    expect(note.message).toContain('推定');
  });
  it('the small count it shows is hidden and protected (oracle)', () => {
    const r = holds(shares);
    expect(r.tables[0]!.status[0]).toBe('primary');
  });
  it('beside a row label, for row shares', () => {
    const r = holds('\tあり\tなし\n男性（28）\t10.7%\t89.3%\n女性（60）\t33.3%\t66.7%\n');
    expect(r.tables[0]!.table.rows.map((h) => h.denominator)).toEqual([28, 60]);
    expect(r.tables[0]!.status[0]).toBe('primary');
  });
  it('with integer percentages (ranges of counts), and with a total row', () => {
    holds('\tA群（250）\tB群（300）\n軽度\t40%\t50%\n中等度\t2%\t10%\nなし\t58%\t40%\n');
    const r = holds('\tA群（28）\tB群（60）\n男性\t10.7%\t33.3%\n女性\t89.3%\t66.7%\n合計\t100.0%\t100.0%\n');
    expect(r.tables[0]!.table.cols.map((h) => h.denominator)).toEqual([28, 60]);
  });
  it('a number no percentage under it fits is no N: refused, saying how to write the N', () => {
    // 10.0% is no whole count of 28 (2.8): 「（28）」 is a numbering or a slip, and the percentages have no N.
    const found = errors('\tA群（28）\tB群（60）\n男性\t10.0%\t33.3%\n女性\t90.0%\t66.7%\n');
    expect(found.map((e) => e.code)).toEqual(['percent/no-denominator']);
    expect(found[0]!.message).toContain('見出し「A群（28）」の括弧内の 28 は');
    expect(found[0]!.hint).toContain('「A群 (N=28)」');
    expect(found[0]!.place!.col).toBe('A群（28）');
  });
  it('row shares under column numbers are not read as column N (the rows add up to 100%, the columns do not)', () => {
    // 28 and 60 fit every share by chance with integer percentages; the shares are of the rows.
    expect(codes('\tA群（100）\tB群（50）\n男性\t30%\t70%\n女性\t40%\t60%\n')).toEqual(['percent/no-denominator']);
  });
  it('numbers on both axes that both fit: the axis whose shares add up to 100%', () => {
    const read = readTables('\tA群（20）\tB群（50）\n男性（10）\t20%\t40%\n女性（60）\t80%\t60%\n');
    expect(read.tables[0]!.cols.map((h) => h.denominator)).toEqual([20, 50]);
    expect(read.tables[0]!.rows.map((h) => h.denominator)).toEqual([undefined, undefined]);
    expect(read.tables[0]!.rows.map((h) => headerKey(h))).toEqual(['男性(10)', '女性(60)']);
  });
  it('a stated N of the table leaves the bracket a label (the percentages have their N)', () => {
    const read = readTables('# N=88\n\tA群（28）\tB群（60）\n男性\t10.2%\t33.0%\n女性\t21.6%\t35.2%\n');
    expect(read.tables[0]!.cols.map((h) => h.denominator)).toEqual([undefined, undefined]);
  });
  it('links to a count table under 「A群」, whose column sum becomes the stated N; protected together', () => {
    // 表2 prints A群's counts; alone, 男性 3 is hidden and 女性 25 published with no sum: 28 from 表1 gives it back.
    const text = '# 表1\n\tA群（28）\tB群（60）\n男性\t10.7%\t33.3%\n女性\t89.3%\t66.7%\n\n# 表2\n\tA群\tB群\nあり\t3\t20\nなし\t25\t40\n';
    const r = holds(text);
    expect(
      r.warnings
        .filter((w) => w.code === 'sum/stated')
        .map((w) => w.message)
        .join(''),
    ).toContain('表2の「A群」の和 28');
  });
});
