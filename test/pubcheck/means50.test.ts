/**
 * means50 (issue #11): means and counts in different tables of one input.
 *
 * 1. A line of counts read as each row's N (sizes.ts `countSizeLine`: 「患者数」 beside its part 「男性」, not their sum)
 * with an N under the threshold: on d581442 the N was taken out of the table as the rows' N, the cell never hidden,
 * and the table to publish printed it (the blocking note said 「見出しから N を外してください」, of a header that has
 * none). A patient count read as a denominator is a count of patients all the same: now refused (`count/sizes-small`),
 * naming the cell and what to write (the line's whole breakdown, so it is a 合計 the checker can hide, or the rows
 * merged). means49's linkedCases PARTS=1 (seeds 2711–2712, 100 each): parts cases d581442 61 read and leaked, now
 * 61 refused, 0 leaked; the other kinds unchanged.
 *
 * 2. A line of one table inside another's line of patients (表2 死亡 ≤ 表1 患者数 of the same site): on d581442 no
 * equation of the checker, and 死亡 26 ≤ D病院's hidden 患者数 left E病院's hidden 1 at most 4 (合計 less the rest).
 * Now system.ts `nestedAcross` adds x ≤ N per shared group where it holds on the counts (チェッカーの判断).
 * linkedCases (with the nesting in the attack) seeds 2681, 2713–2715 (100 each): d581442 8 of 400 given back, now 0.
 */
import { describe, expect, it } from 'vitest';
import { toReport } from '../../src/pubcheck/report.ts';
import { fixtureBundle, solver } from './helpers.ts';
import { adversary } from './protection.ts';
import { mipAttack } from './means48-families.ts';
import { linkedCases } from './means49-families.ts';
import type { Checked, Reported } from './stats39-families.ts';

const highs = await solver();
const bundle = fixtureBundle();
const { result } = adversary(highs, bundle);
const reported = (r: ReturnType<typeof result>): Reported | undefined =>
  r.ok ? (toReport(r, bundle, new Date('2026-12-05T00:00:00Z')) as unknown as Reported) : undefined;

const table2 = '# 表2\n\t死亡\t平均年齢\nA病院\t2\t61.2\nB病院\t12\t70.1\nC病院\t9\t65.3\n合計\t23\t67.4\n';

describe('a line of counts read as the rows’ N, under the threshold', () => {
  // means52: no longer refused — the line with an N under the threshold is kept as a line of counts and hidden
  // (means52.test.ts); the cell is not published either way.
  it('患者数 5 beside its part 男性 is not published (d581442: published as the N; means50 refused, means52 hides it)', () => {
    const r = result(`# 表1\n\t患者数\t男性\nA病院\t5\t3\nB病院\t40\t22\nC病院\t33\t10\n合計\t78\t35\n\n${table2}`);
    expect(r.ok).toBe(true);
    const t = r.ok ? r.tables![0]! : undefined;
    const C = t!.table.cols.length;
    expect(
      t!.status[t!.table.rows.findIndex((h) => h.label === 'A病院') * C + t!.table.cols.findIndex((h) => h.label === '患者数')],
    ).not.toBe('published');
  });

  it('a plain table (患者数, a sum and its mean) alike: read, no count/sizes-small', () => {
    const r = result('# 表1\n\t患者数\t死亡\t平均年齢\nA群\t5\t2\t61.2\nB群\t40\t12\t70.1\n合計\t45\t14\t69.1\n');
    expect(r.ok).toBe(true);
  });

  it('written as the hint says (患者数 = 男性 + 女性), read and the 5 hidden', () => {
    const r = result(`# 表1\n\t患者数\t男性\t女性\nA病院\t5\t3\t2\nB病院\t40\t22\t18\nC病院\t33\t10\t23\n合計\t78\t35\t43\n\n${table2}`);
    expect(r.ok).toBe(true);
    const t = r.ok ? r.tables![0]! : undefined;
    const C = t!.table.cols.length;
    const i = t!.table.rows.findIndex((h) => h.label === 'A病院');
    const j = t!.table.cols.findIndex((h) => h.label === '患者数');
    expect(t!.status[i * C + j]).not.toBe('published');
  });

  it('Ns of 10 and over are read as before', () => {
    const r = result(`# 表1\n\t患者数\t男性\nA病院\t15\t3\nB病院\t40\t22\nC病院\t33\t10\n合計\t88\t35\n\n${table2}`);
    expect(r.ok ? [] : r.errors.map((x) => x.code)).not.toContain('count/sizes-small');
  });

  it('linkedCases PARTS=1 (seed 2711, first 40): none given back (d581442: every parts case leaked its N; means52 reads them)', () => {
    process.env.PARTS = '1';
    let cases;
    try {
      cases = linkedCases(40, 2711);
    } finally {
      delete process.env.PARTS;
    }
    let [parts, refused, leaked] = [0, 0, 0];
    for (const c of cases) {
      if (c.family.startsWith('linked/parts')) parts++;
      const r = result(c.text);
      if (!r.ok) refused++;
      else if (mipAttack({ ...c, free: true }, r as unknown as Checked, reported(r), highs).length > 0) leaked++;
    }
    // means50 refused every parts case; means52 reads them, the N kept as a count and hidden.
    expect([parts, refused, leaked]).toEqual([parts, 0, 0]);
    expect(parts).toBeGreaterThan(5);
  }, 300_000);
});

describe('a line inside another table’s line of patients', () => {
  const text =
    '# 表1\n\t患者数\nA病院\t57\nB病院\t66\nC病院\t51\nD病院\t29\nE病院\t1\n合計\t204\n\n' +
    '# 表2\n\t死亡\t平均年齢\nA病院\t10\t61.8\nB病院\t60\t63.2\nC病院\t6\t64.7\nD病院\t26\t62.8\nE病院\t1\t72.0\n合計\t103\t63.2\n';
  const shown = (r: ReturnType<typeof result>, t: number, row: string, col: string) => {
    const x = r.ok ? r.tables![t]! : undefined;
    const C = x!.table.cols.length;
    return x!.status[x!.table.rows.findIndex((h) => h.label === row) * C + x!.table.cols.findIndex((h) => h.label === col)] === 'published';
  };

  it('死亡 ≤ 患者数 across the tables keeps E病院’s 1 (d581442: D病院 29 hidden alone, 死亡 26 ≤ it gave E ≤ 4)', () => {
    const r = result(text);
    expect(r.ok).toBe(true);
    expect(r.ok && r.warnings.some((w) => w.code === 'tables/linked' && w.message.includes('患者数の内数'))).toBe(true);
    // D病院's 患者数 hidden with E病院's: its 死亡 26 is hidden too (published, it bounded 患者数 from below).
    expect(shown(r, 0, 'E病院', '患者数')).toBe(false);
    expect(!shown(r, 0, 'D病院', '患者数') && shown(r, 1, 'D病院', '死亡')).toBe(false);
  });

  it('not read where a count passes the patients of its site (events, other patients)', () => {
    const r = result(text.replace('C病院\t6\t64.7', 'C病院\t60\t64.7').replace('合計\t103', '合計\t157'));
    expect(r.ok && r.warnings.some((w) => w.code === 'tables/linked' && w.message.includes('患者数の内数'))).toBe(false);
  });

  it('linkedCases (seeds 2681, 2713, first 50 each; the nesting in the attack): none given back (d581442: 0 and 1)', () => {
    let [refused, leaked] = [0, 0];
    for (const seed of [2681, 2713])
      for (const c of linkedCases(50, seed)) {
        const r = result(c.text);
        if (!r.ok) refused++;
        else if (mipAttack(c, r as unknown as Checked, reported(r), highs).length > 0) leaked++;
      }
    expect([refused, leaked]).toEqual([0, 0]);
  }, 300_000);
});
