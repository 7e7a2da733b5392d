/**
 * formats46 (issue #11): SPSS FREQUENCIES pasted in ways spss43/spss44 did not read (formats46-families.ts, seeds
 * 2501–2515; `npx node test/pubcheck/formats46-measure.ts nopct 10 --oracle`, `… cut 10`, `ROOT=<checkout>` for the base
 * 1f4a42b):
 * - the パーセント column taken out (度数 / 有効パーセント / 累積パーセント), with or without 欠損値 rows: 1f4a42b refused 100 of
 *   100 cell by cell; now read where 有効パーセント and 累積パーセント prove the valid 合計 their base, the whole's table of
 *   counts alone, else refused once in words naming the column and what to paste (`layout/spss-missing`);
 * - shares cut (truncated), not rounded: 1f4a42b refused 50 of 50 (23 in words not naming cutting, 27 cell by cell); now
 *   50 refused in words naming cutting (チェッカーの推定), saying to paste SPSS's own rounded values;
 * - SAS PROC FREQ's crosstab whose key names 「Tot Pct」 with nothing in the 「Total」 column and no Tot Pct line under the
 *   Total line (`sasTotBare`, seeds 2516–2520, `… tot 20 --oracle`): 1f4a42b refused 85 of 100 (`input/format`; the 15
 *   with both Totals cut read as formats44 reads them); now 100 read, none leaking to formats33-attack.ts or the oracle.
 */
import { describe, expect, it } from 'vitest';
import { checkerIn } from './helpers.ts';
import { expectProtected } from './protection.ts';
import { spssTable } from './spss43-families.ts';
import { sasTotBare, spssCut, spssNoPct, withoutPercent } from './formats46-families.ts';
import { sasCrossMoreTable } from './formats42-families.ts';
import { leaks } from './formats33-attack.ts';

const { check, highs, bundle } = await checkerIn();
const checked = (text: string) => check(highs, bundle, text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });
const AGES = ['<40', '40-49', '50-59', '60-69', '70-79', '>=80'];

describe('SPSS FREQUENCIES without its パーセント column (formats46)', () => {
  it('random family, with and without missing rows (1f4a42b: refused cell by cell): read, said, nothing given back', () => {
    const cs: ReturnType<typeof spssNoPct> = [];
    for (let seed = 2501; seed <= 2510; seed += 3) cs.push(...spssNoPct(5, seed));
    expect(cs.length).toBe(20);
    for (const c of cs) {
      const r = checked(c.text);
      expect(r.ok, c.text).toBe(true);
      if (!r.ok) continue;
      expect(r.warnings.map((w) => w.code)).toContain('layout/spss');
      expect(r.tables.length).toBe(c.family.includes('missing') ? 2 : 1);
      expect(leaks(r, c), c.text).toEqual([]);
      expectProtected(highs, r, c.joined, 'threshold', false, { disjointParts: true });
    }
  });

  it('missing rows, a small missing count: the whole table of counts alone, both tables one count (1f4a42b: `row/short`)', () => {
    const c = withoutPercent(spssTable(AGES, [[2], [3], [84], [50], [57], [90]], [32, 9], true, true, '年齢区分'));
    expect(c.text).toContain('\t\t度数\t有効パーセント\t累積パーセント\n');
    const r = checked(c.text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.warnings.find((w) => w.code === 'layout/spss')!.message).toContain('「パーセント」の列を除いた SPSS の度数分布表');
    const whole = r.tables[0]!;
    expect(whole.table.rows.map((h) => h.label.trim())).toContain('欠損値（無回答）');
    expect(whole.table.cells.flat().every((x) => /^\d+$/.test(x.text.trim()))).toBe(true);
    const i = whole.table.rows.findIndex((h) => h.label.trim() === '欠損値（システム欠損値）');
    expect(whole.status[i * whole.table.cols.length]).toBe('primary');
    expect(leaks(r, c)).toEqual([]);
    expectProtected(highs, r, c.joined, 'threshold', false, { disjointParts: true });
  });

  it('a 有効パーセント that fits no proved base: refused once in words, naming the column and what to paste', () => {
    const c = withoutPercent(spssTable(AGES, [[2], [3], [84], [50], [57], [90]], [32, 9], true, true, '年齢区分'));
    const wrong = c.text.replace('\t29.4\t31.1\n', '\t29.9\t31.1\n');
    expect(wrong).not.toBe(c.text);
    const r = checked(wrong);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.code)).toEqual(['layout/spss-missing']);
    expect(r.errors[0]!.message).toContain('「有効パーセント」の一部が有効な 286 人に対する割合');
    expect(r.errors[0]!.hint).toContain(
      '有効な患者だけの表として、「度数」と「有効パーセント」を「件数 (割合%)」、合計 286 で貼ってください',
    );
  });
});

describe('SPSS shares cut, not rounded (formats46)', () => {
  it('random family (1f4a42b: refused, never naming cutting): refused in words naming cutting', () => {
    const cs = spssCut(10, 2511);
    for (const c of cs) {
      const r = checked(c.text);
      expect(r.ok, c.text).toBe(false);
      if (r.ok) continue;
      expect(r.errors.map((e) => e.code)).toEqual(['layout/spss-missing']);
      expect(r.errors[0]!.message).toContain('四捨五入ではなく切り捨てた値としてなら合います（チェッカーの推定）');
    }
  });

  it('a complete table cut (1f4a42b: refused cell by cell): one refusal naming cutting', () => {
    const c = spssTable(AGES, [[86], [94], [15], [55], [9], [31]], [], true, true, '年齢区分', true);
    expect(c.text).toContain('\t50-59\t15\t5.1\t5.1\t67.2\n');
    const r = checked(c.text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.code)).toEqual(['layout/spss-missing']);
    expect(r.errors[0]!.message).toContain('切り捨てた値');
  });
});

describe("SAS PROC FREQ's 「Tot Pct」 with nothing in the Total column or under the Total line (formats46)", () => {
  it('hand example (1f4a42b: `input/format`): read, each Tot Pct checked as a share of N, the Total column counts alone', () => {
    const c = sasCrossMoreTable(
      ['male', 'female'],
      ['yes', 'no'],
      [
        [30, 4],
        [50, 60],
      ],
      ['count', 'tot', 'row', 'col'],
      {
        totBare: true,
      },
    );
    expect(c.text).toContain('         |  20.83 |   2.78 |\n');
    expect(c.text).toMatch(/\nTotal +80 +64 +144\n$/);
    const r = checked(c.text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.warnings.find((w) => w.code === 'layout/sas-cross')!.message).toContain('「Tot Pct」は「Total」の列・行に値がない');
    expect(r.tables[0]!.table.cells[0]!.map((x) => x.text)).toEqual(['30 (20.83%)', '4 (2.78%)', '34']);
    expect(leaks(r, c)).toEqual([]);
    expectProtected(highs, r, c.joined, 'threshold', false, { disjointParts: true });
  });

  it('a Tot Pct that is no share of N still refused naming its line (`layout/sas-base`)', () => {
    const c = sasCrossMoreTable(
      ['male', 'female'],
      ['yes', 'no'],
      [
        [30, 4],
        [50, 60],
      ],
      ['count', 'tot', 'row', 'col'],
      {
        totBare: true,
      },
    );
    const r = checked(c.text.replace('|  20.83 |', '|  21.83 |'));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.code)).toEqual(['layout/sas-base']);
  });

  it('random family, Totals printed or cut: read, nothing given back', () => {
    for (const c of sasTotBare(10, 2517)) {
      const r = checked(c.text);
      expect(r.ok, c.text).toBe(true);
      if (!r.ok) continue;
      expect(leaks(r, c), c.text).toEqual([]);
      expectProtected(highs, r, c.joined, 'threshold', false, { disjointParts: true });
    }
  });
});
