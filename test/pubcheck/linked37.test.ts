/**
 * linked37 (issue #11), after linked35 and life37:
 * 1. Numbered series in shapes linked35's `seriesRange` did not read: 「Stage IIIA」「Stage IIIB」 beside 「Stage III」,
 *    「G3」 beside 「Grade 3」, 「2020年1月」「2020/1」「2020-01」 beside 「2020年」, quarters 「2020年Q1」「第1四半期」
 *    beside months, 「2020年度」 beside its months (April to March, our reading), and a band alone in its table. On int
 *    1785a29 a band's sum gave the small count back (Stage III − IIIB); now read with attack34's exact-cover rule where
 *    the counts agree (system.ts `seriesRange`, `rangeSums`). A series label's number is no N (read.ts `wordedSizes`).
 * 2. Life tables whose time points are written differently in the two tables (「6か月」「6ヶ月」, 「6 months」「6M」):
 *    tied by lifetable.ts `timePoint` (life37 compared the labels as written).
 * 3. `links/not-searched` once per input, and only where the bound skipped something (another table to compare with,
 *    a line the title names); the 5,000,000-comparison stop (`LINE_WORK`) reached and said.
 * Families: linked37-families.ts, measured by linked37-measure.ts (seeds 1421–1440); see the README (pubcheck).
 */
import { describe, expect, it } from 'vitest';
import { fixtureBundle, solver } from './helpers.ts';
import { adversary, hiddenLabels } from './protection.ts';
import { family, SERIES_KINDS } from './linked37-families.ts';
import { judged } from './linked37-measure.ts';
import { seriesRange } from '../../src/pubcheck/system.ts';
import { timePoint } from '../../src/pubcheck/lifetable.ts';

const highs = await solver();
const bundle = fixtureBundle();
const { holdsBoth, run } = adversary(highs, bundle);

describe('series in other shapes regrouped in another table', () => {
  it.each([
    [
      'sub-stages',
      '病期\t人数\nStage I\t25\nStage II\t30\nStage IIIA\t3\nStage IIIB\t27\nStage IV\t22\n\n病期\t人数\nStage I\t25\nStage II\t30\nStage III\t30\nStage IV\t22\n',
    ],
    ['III期', '病期\t人数\nI期\t25\nIIIA期\t3\nIIIB期\t27\n\n病期\t人数\nI期\t25\nIII期\t30\n'],
    ['G', '重症度\t人数\nG1\t25\nG2\t3\nG3\t30\nG4\t22\n\n重症度\t人数\nGrade 1-2\t28\nGrade 3-4\t52\n'],
    [
      'months',
      `時期\t人数\n${[31, 24, 3, 28, 40, 33, 25, 19, 36, 22, 30, 27].map((n, k) => `2020年${k + 1}月\t${n}`).join('\n')}\n\n時期\t人数\n2020年\t318\n`,
    ],
    [
      'quarters',
      `時期\t人数\n${[31, 24, 3, 28, 40, 33].map((n, k) => `2020年${k + 1}月\t${n}`).join('\n')}\n\n時期\t人数\n2020年Q1\t58\n2020年Q2\t101\n`,
    ],
    [
      '年度',
      `時期\t人数\n${[31, 24, 3, 28, 40, 33, 25, 19, 36, 22, 30, 27].map((n, k) => `${k < 9 ? 2020 : 2021}年${((k + 3) % 12) + 1}月\t${n}`).join('\n')}\n\n時期\t人数\n2020年度\t318\n`,
    ],
  ])(
    '%s: the small count hidden with a complement, protected (int 1785a29: leaked against the oracle, but for the sub-stage example held there by another reading; its family leaked 15 of 20)',
    (_, text) => {
      const r = holdsBoth(text);
      expect(r.tables[0]!.status.filter((s) => s !== 'published').length).toBeGreaterThanOrEqual(2);
    },
  );
  it('a band whose counts do not agree (Stage III 31, not 30) takes nothing', () => {
    const r = run('病期\t人数\nI期\t25\nIIIA期\t3\nIIIB期\t27\n\n病期\t人数\nI期\t25\nIII期\t31\n');
    expect(hiddenLabels(r, 0)).toEqual(['IIIA期/人数']);
  });
  it('series as the checker reads them (linked37)', () => {
    expect(seriesRange('Stage IIIA')).toEqual({ unit: 'stage', range: [31, 31] });
    expect(seriesRange('Stage III')).toEqual({ unit: 'stage', range: [30, 39] });
    expect(seriesRange('IIIB期')).toEqual({ unit: 'stage', range: [32, 32] });
    expect(seriesRange('G3')).toEqual({ unit: 'grade', range: [30, 39] });
    expect(seriesRange('GI')).toBeUndefined();
    expect(seriesRange('2020/1')).toEqual(seriesRange('2020年1月'));
    expect(seriesRange('2020-01')).toEqual(seriesRange('2020年1月'));
    expect(seriesRange('2020年Q2')).toEqual({ unit: '年', range: [2020 * 12 + 3, 2020 * 12 + 5] });
    expect(seriesRange('2020年第2四半期')).toEqual(seriesRange('2020年Q2'));
    expect(seriesRange('第2四半期')).toEqual({ unit: '月', range: [4, 6] });
    expect(seriesRange('2020年度')).toEqual({ unit: '年', range: [2020 * 12 + 3, 2021 * 12 + 2] });
    expect(seriesRange('2020-13')).toBeUndefined();
  });
  it('a month label is no N (「2022年6月」 beside a count of 2 was read as N = 6, layout/label-n)', () => {
    const r = run('時期\t人数\n2022年5月\t31\n2022年6月\t2\n2022年7月\t28\n');
    expect(r.warnings.some((w) => w.code === 'layout/label-n')).toBe(false);
  });
});

describe('life tables over time points written differently', () => {
  const text = (a: string, b: string) =>
    `# Number at risk\n\t0${a}\t6${a}\t12${a}\nA群\t120\t102\t60\n\n# イベントと打ち切り\n\t0${b}\t6${b}\t12${b}\nイベント\t3\t25\t21\n打ち切り\t15\t17\t14\n`;
  it.each([
    ['か月', 'ヶ月'],
    ['カ月', 'か月'],
    [' months', 'M'],
  ])('「%s」 against 「%s」: tied, the 3 hidden with a complement (int: alone)', (a, b) => {
    const r = run(text(a, b));
    expect(hiddenLabels(r, 1).length).toBeGreaterThanOrEqual(2);
    expect(r.warnings.some((w) => w.code === 'table/life-table')).toBe(true);
  });
  it('time points read alike', () => {
    expect(timePoint('6か月')).toBe(timePoint('6ヶ月'));
    expect(timePoint('6 months')).toBe(timePoint('6M'));
    expect(timePoint('1年')).toBe(timePoint('1 year'));
    expect(timePoint('6か月')).not.toBe(timePoint('6年'));
    expect(timePoint('A群')).toBe('A群');
  });
});

describe('links/not-searched: once per input, only where something was skipped', () => {
  it('a series of more than 250 lines beside no other table of that unit: nothing skipped, nothing said (int: said)', () => {
    const years = Array.from({ length: 251 }, (_, k) => `${1800 + k}年\t${20 + (k % 7)}`).join('\n');
    const r = run(`年\t人数\n${years}\n\n重症度\t人数\nGrade 1\t41\nGrade 2\t22\n`);
    expect(r.warnings.some((x) => x.code === 'links/not-searched')).toBe(false);
  });
  it('two searches cut short in one input: one warning naming both (int: two)', () => {
    const years = Array.from({ length: 251 }, (_, k) => `${1800 + k}年\t${20 + (k % 7)}`).join('\n');
    const drugs = Array.from({ length: 250 }, (_, k) => `薬剤${k}\t${20 + (k % 11)}`).join('\n');
    const r = run(`年\t人数\n${years}\n\n年\t人数\n1800-1801年\t41\n1802年\t22\n\n薬剤\t人数\n${drugs}\nその他\t31\n`);
    const w = r.warnings.filter((x) => x.code === 'links/not-searched');
    expect(w).toHaveLength(1);
    expect(w[0]!.message).toContain('番号の付いた区分');
    expect(w[0]!.message).toContain('「その他」');
  }, 300_000);
  it('the 5,000,000-comparison stop (LINE_WORK) is reached and said: ten tables of 250 years each', () => {
    const tables = Array.from({ length: 10 }, (_, t) =>
      ['年\t人数', ...Array.from({ length: 250 }, (_, k) => `${1700 + k}年\t${1000 + t * 250 + k}`)].join('\n'),
    );
    const r = run(`${tables.join('\n\n')}\n`);
    const w = r.warnings.filter((x) => x.code === 'links/not-searched');
    expect(w).toHaveLength(1);
    expect(w[0]!.message).toContain('5,000,000');
    expect(w[0]!.message).toContain('チェッカーの判断');
  }, 300_000);
});

describe('families (seeds 1421–1422, 1 each): none of the series leaks against the oracle', () => {
  it.each(SERIES_KINDS.filter((k) => k !== 'series/month' && k !== 'series/fiscal'))('%s', (kind) => {
    let leaked = 0;
    for (let seed = 1421; seed <= 1422; seed++)
      for (const c of family(kind, 1, seed)) for (const p of ['threshold', 'not-exact'] as const) if (judged(c, p) === 'leaked') leaked++;
    expect(leaked).toBe(0);
  });
});
