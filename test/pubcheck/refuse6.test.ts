/**
 * refuse6: ordinary tables applicants paste that main refused (exit 2) where a safe reading exists.
 * 1. Footnote lines under a table as kableExtra, gt, gtsummary and flextable print them (「Note:」 and its text on the
 *    next line, 「¹ n (%)」「² Fisher's exact test」, 「a Fisher's exact test」, 「Abbreviations: …」): main refused each as a
 *    row with no values (`row/short`), or as a statistic's row (「CI」), or the cells' unit unread (`cell/text`). Now read
 *    as notes (footnotes.ts); a note with a count stays refused (`line/count`), a unit note among them is read as the
 *    cells' unit. Measured (refuse6-families.ts, seed 61: 200 tables, TSV and HTML): main refused 396 of 400, now the
 *    328 with no count in a note read, the 72 with one refused.
 * 2. 「頻度 (95% CI)」 beside person-time: refused as a statistic (`header/statistic`: its cells hold the interval, no
 *    plain numbers, so rates.ts did not take the line). Now a rate (an interval is an estimate's, never a count's),
 *    read as 「IR (95% CI)」 is. Person-time headed 「観察期間（年）」「追跡期間（年）」「Follow-up (years)」: refused (a sum
 *    or a mean, the label does not tell). Now read as person-time where every value passes 120 years (no one
 *    patient's time can), said; a mean (or a sum of 120 years or less) stays refused in words. Measured
 *    (refuse6-families.ts `personTimeTables`, seed 61: refuse4's ciTables relabelled, a quarter with mean years):
 *    main refused 200 of 200; now the 156 sums read, attacked under the true unit: 0 leaked; the 44 means refused.
 */
import { describe, expect, it } from 'vitest';
import { lcg, fixtureBundle, solver } from './helpers.ts';
import { attack } from './rates3-families.ts';
import { footnoteTable, personTimeTables } from './refuse6-families.ts';
import { adversary, expectProtected, hiddenLabels } from './protection.ts';

const highs = await solver();
const bundle = fixtureBundle();
const { result, run, codes, errors, holdsEach, rates } = adversary(highs, bundle);

const SHARES = '男性\t28 (49.1%)\t31 (58.5%)\n女性\t26 (45.6%)\t20 (37.7%)\n不明\t3 (5.3%)\t2 (3.8%)\n';
const BARE = '男性\t28 (49.1)\t31 (58.5)\n女性\t26 (45.6)\t20 (37.7)\n不明\t3 (5.3)\t2 (3.8)\n';
const HEAD = '\tA群 (N=57)\tB群 (N=53)\n';

describe('footnote lines under a table (main: refused as rows, row/short)', () => {
  const read: [string, string, string][] = [
    [
      'kableExtra: 「Note:」 and its text on the next line',
      `${HEAD}${SHARES}Note:\nPercentages may not total due to rounding.\n`,
      HEAD + SHARES,
    ],
    ['kableExtra: 「Note:」 over the unit', `${HEAD}${BARE}Note:\nData are n (%).\n`, `n (%)${HEAD}${BARE}`],
    ['gt: 「a Fisher’s exact test」', `${HEAD}${SHARES}a Fisher's exact test\nb Wilcoxon rank sum test\n`, HEAD + SHARES],
    ['gtsummary: 「¹ n (%)」 over 「² Fisher’s exact test」', `${HEAD}${BARE}¹ n (%)\n² Fisher's exact test\n`, `n (%)${HEAD}${BARE}`],
    ['gtsummary: 「¹ n (%); ² Fisher’s exact test」 on one line', `${HEAD}${BARE}¹ n (%); ² Fisher's exact test\n`, `n (%)${HEAD}${BARE}`],
    ['flextable: 「Abbreviations: CI, …」', `${HEAD}${SHARES}Abbreviations: CI, confidence interval\n`, HEAD + SHARES],
    ['注：and ※', `${HEAD}${SHARES}注：\n※ 割合は四捨五入のため合計が一致しないことがある。\n`, HEAD + SHARES],
    [
      'gt as HTML (tfoot, marks in sup)',
      `<table><thead><tr><th></th><th>A群 (N=57)</th><th>B群 (N=53)</th></tr></thead><tbody>${BARE.trim()
        .split('\n')
        .map(
          (l) =>
            `<tr>${l
              .split('\t')
              .map((v) => `<td>${v}</td>`)
              .join('')}</tr>`,
        )
        .join(
          '',
        )}</tbody><tfoot><tr><td colspan="3"><sup>1</sup> n (%)</td></tr><tr><td colspan="3"><sup>2</sup> Fisher's exact test</td></tr></tfoot></table>\n`,
      `n (%)${HEAD}${BARE}`,
    ],
  ];
  it.each(read)('%s: read as notes, judged as the table without them, attacked there', (_, text, plain) => {
    expect(codes(text)).toEqual([]);
    const r = run(text);
    expect(r.warnings.some((w) => w.code === 'line/not-read' || w.code === 'layout/unit-note')).toBe(true);
    for (const protection of ['threshold', 'not-exact'] as const) {
      const a = run(text, protection);
      expect(hiddenLabels(a)).toEqual(hiddenLabels(run(plain, protection)));
      expectProtected(highs, a, plain, protection);
    }
  });

  it('a note holding a count stays refused (line/count), naming the line', () => {
    for (const note of ['3 patients were excluded.', '除外 2例', 'Two patients withdrew.'])
      for (const text of [`${HEAD}${SHARES}Note:\n${note}\n`, `${HEAD}${SHARES}a Fisher's exact test\n※ ${note}\n`]) {
        const e = errors(text);
        expect(e.map((x) => x.code)).toEqual(['line/count']);
        expect(e[0]!.message).toContain('表1の下の注');
      }
    // A superscript mark is no count; a superscript after a word is read as a digit (refused as a count).
    expect(codes(`${HEAD}${SHARES}¹ Fisher's exact test; ² 3 patients excluded\n`)).toEqual(['line/count']);
  });

  it('lines of one cell that open as no note stay rows (row/short), as on main', () => {
    expect(codes(`${HEAD}${SHARES}B 型肝炎\n`)).toEqual(['row/short']);
    expect(codes(`${HEAD}${SHARES}Percentages may not total due to rounding.\n`)).toEqual(['row/short']);
    // A mark and a number alone (a count, or a note's number?): the lines stay rows.
    expect(codes(`${HEAD}${SHARES}* 12\n`)).toEqual(['row/short']);
    expect(codes(`${HEAD}${SHARES}Note:\n※3\n`)).toEqual(['row/short', 'row/short']);
  });

  it('family: 200 tables with footnotes as R tools print them, TSV and HTML; read as without them, 20 attacked hold', () => {
    const next = lcg(61);
    const tally = { read: 0, refused: 0, counted: 0, countedRefused: 0, attacked: 0 };
    for (let k = 0; k < 200; k++) {
      const t = footnoteTable(next);
      for (const text of [t.text, t.html]) {
        const c = codes(text);
        if (t.counted) {
          tally.counted++;
          if (c.length > 0) tally.countedRefused++;
          continue;
        }
        if (c.length === 0) tally.read++;
        else tally.refused++;
      }
      if (t.counted || tally.attacked >= 20 || codes(t.plain).length > 0) continue;
      const r = run(t.text);
      expect(hiddenLabels(r)).toEqual(hiddenLabels(run(t.plain)));
      holdsEach(t.plain);
      expectProtected(highs, r, t.plain);
      tally.attacked++;
    }
    expect(tally).toEqual({ read: 328, refused: 0, counted: 72, countedRefused: 72, attacked: 20 });
  }, 300_000);
});

describe('「頻度 (95% CI)」 and person-time in years of follow-up (main: header/statistic)', () => {
  const table = (duration: string, rate: string, years = ['5000.0', '2500.0']) =>
    `\t患者数\tイベント数\t${duration}\t${rate}\nA群\t500\t40\t${years[0]}\t8.0 (5.7-10.9)\nB群\t300\t3\t${years[1]}\t1.2 (0.2-3.5)\n`;
  it.each([
    ['人年', '頻度 (95% CI)'],
    ['人年', '頻度（95%CI）'],
    ['観察期間（年）', 'IR (95% CI)'],
    ['追跡期間（年）', '頻度 (95% CI)'],
    ['Follow-up (years)', 'IR (95% CI)'],
  ])('「%s」 and 「%s」: read, the small count’s rate hidden with it', (duration, rate) => {
    const text = table(duration, rate);
    expect(rates(text)).toEqual(['layout/rate']);
    const r = run(text);
    expect(hiddenLabels(r)).toContain('B群/イベント数');
    if (duration !== '人年') {
      const said = r.warnings.find((w) => w.code === 'layout/person-time')!.message;
      expect(said).toContain('120年');
      expect(said).toContain('チェッカーの判断');
    }
  });
  it('a mean follow-up, or a sum that one patient could have, stays refused in words', () => {
    for (const years of [
      ['10.0', '8.3'],
      ['5000.0', '80.0'],
    ]) {
      const e = errors(table('観察期間（年）', 'IR (95% CI)', years));
      expect(e[0]!.code).toBe('header/statistic');
      expect(e[0]!.hint).toContain('観察期間（人年）');
    }
  });
  it('family: 200 outcome tables (sums and means of years, 「頻度 (95% CI)」), attacked under the true unit', () => {
    const total = { sumRead: 0, sumRefused: 0, meanRefused: 0, leaked: 0, held: 0 };
    for (const t of personTimeTables(200, 61)) {
      const r = result(t.text);
      if (t.mode === 'mean') {
        expect(r.ok).toBe(false);
        total.meanRefused++;
        continue;
      }
      const o = attack(t, r);
      total[o.refused ? 'sumRefused' : 'sumRead']++;
      total.leaked += o.leaked;
      total.held += o.held;
    }
    expect(total).toMatchObject({ sumRead: 156, sumRefused: 0, meanRefused: 44, leaked: 0 });
    expect(total.held).toBeGreaterThan(0);
  }, 300_000);
});

describe('a heading’s N over several groups and no 合計 (refused on main, layout/heading-n; read since attack25)', () => {
  it('where the block’s sums over the groups add up to the N: read as an equation across the columns (attack25.test.ts)', () => {
    for (const cells of [
      ['28 (49.1)\t31 (58.5)', '26 (45.6)\t20 (37.7)', '3 (5.3)\t2 (3.8)'],
      ['28\t31', '26\t20', '3\t2'],
    ]) {
      const text = `\tA群\tB群\n性別 (N=110)\t\t\n男性\t${cells[0]}\n女性\t${cells[1]}\n不明\t${cells[2]}\n`;
      expect(errors(text)).toEqual([]);
    }
    // Sums that do not add up to the N: the words as before.
    const e = errors('\tA群\tB群\n性別 (N=120)\t\t\n男性\t28\t31\n女性\t26\t20\n不明\t3\t2\n');
    expect(e.map((x) => x.code)).toEqual(['layout/heading-n']);
    expect(e[0]!.hint).toContain('「A群 (N=57)」のように書いてください');
  });
});
