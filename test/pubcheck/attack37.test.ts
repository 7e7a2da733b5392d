/**
 * attack37 (issue #11): a line of the largest or smallest of the other lines (「最多」「最少」「ピーク」「Peak」, or under
 * any word, found by arithmetic: read.ts `extremeLines`), read on int 1785a29 as a line of counts. Publishing it gives
 * back the hidden count it equals where the other counts of its position are shown, and the small count beside it by
 * the row's total: 「1月 45 3 50 | 98」 with 45 and 3 hidden, 2月 40, 3月 12 shown and 「最多 45」: 1月 = 45, then 3.
 * A maximum is no linear equation of the counts (which count reaches it is a choice), so it is refused in words
 * (`header/statistic`, naming the line, the lines it is the maximum of, and why), not read.
 *
 * The same in a table of its own (「施設 | 月最多」 under 「表2 月最多の入院患者数」 beside the months' table: read.ts
 * `extremesAcross`, under a word of an extreme in the line's label or the title).
 *
 * Measured with attack37-families.ts (25 tables per seed, seeds 1441–1444, 100 tables, 24 of them across two tables; an
 * attacker that knows the true structure, the maximum as x_i ≤ M, x_i ≥ M − U(1 − b_i), Σ b_i ≥ 1): on int 18 of 100
 * read and leaked (a hidden count pinned or shown under 10; 4 of the 24 across), 32 read and protected, 50 refused as
 * totals that do not add up (`total/mismatch`: the line summed into a 合計); now 100 refused in words
 * (`header/statistic`), none read. A range (「範囲」「Range」「レンジ」, largest − smallest) likewise: rangeCases, seeds 1448–1449,
 * 50 tables with a 合計 row: int 46 leaked, 4 read and protected; now 50 refused in words. Chance (attack37-chance.ts, 1,000 ordinary tables a seed, seeds 1445 and 1446):
 * refused 49 and 52 on int and now, none as a maximum or minimum.
 *
 * Since stats39 a line found so within one table is read, not refused: set aside as a mean is (read.ts `extremesAside`,
 * `layout/extreme`) and hidden wherever a count it is taken over is hidden (report.ts), so what is published of it
 * follows from published counts. The tests of sections 1, 1c, 1d and 2 that asserted the refusal now assert that reading
 * and attack it with stats39-families.ts `extremeAttack` (the extreme as a constraint, the report's hidden marks);
 * across tables (1b) refused until stats43, read since (tied to the other table in the system: system.ts `extremeOf`).
 */
import { describe, expect, it } from 'vitest';
import { fixtureBundle, heldOrLeaked, int, lcg, pick, solver } from './helpers.ts';
import { adversary, expectProtected } from './protection.ts';
import { extremeAttack, extremeCases, rangeCases } from './attack37-families.ts';
import { extremeAttack as readAttack, fromExtreme, fromRange, type Reported } from './stats39-families.ts';
import { toReport } from '../../src/pubcheck/report.ts';

const highs = await solver();
const bundle = fixtureBundle();
const { result, codes } = adversary(highs, bundle);
const reported = (r: ReturnType<typeof result>): Reported | undefined =>
  r.ok ? (toReport(r, bundle, new Date('2026-12-05T00:00:00Z')) as unknown as Reported) : undefined;

const MAX_ROW = '月,A病院,B病院,C病院,合計\n1月,45,3,50,98\n2月,40,44,38,122\n3月,12,20,15,47\n最多,45,44,50,139\n';
const MIN_ROW = '月,A病院,B病院,C病院,合計\n1月,45,3,50,98\n2月,40,44,38,122\n3月,12,20,15,47\n最少,12,3,15,30\n';
const MAX_COL = '施設,1月,2月,3月,最多\nA病院,45,40,12,45\nB病院,3,44,20,44\nC病院,50,38,15,50\n合計,98,122,47,139\n';

describe('1. a line of maxima or minima of the other lines: read as such since stats39 (attack37: refused; int: read as counts, the hidden 3 given back)', () => {
  it('「最多」 row, 「最少」 row, 「最多」 column beside the months', () => {
    for (const [text, word] of [
      [MAX_ROW, '最大'],
      [MIN_ROW, '最小'],
      [MAX_COL, '最大'],
    ] as const) {
      const r = result(text);
      expect(r.ok, text).toBe(true);
      if (!r.ok) continue;
      const w = r.warnings.find((x) => x.code === 'layout/extreme')!;
      expect(w, text).toBeDefined();
      expect(w.message).toContain(`の${word}の値に一致するため`);
      expect(w.message).toContain('チェッカーの判断');
      expect(w.message).toMatch(/「1月」「2月」「3月」/);
    }
  });
  it('found by arithmetic under a word of no maximum (「参考値」) over four positions; over three read as counts', () => {
    const four = '月,A病院,B病院,C病院,D病院,合計\n1月,45,3,50,20,118\n2月,40,44,38,21,143\n3月,12,20,15,33,80\n参考値,45,44,50,33,172\n';
    const r = result(four);
    expect(r.ok && r.warnings.some((w) => w.code === 'layout/extreme')).toBe(true);
    const three = result(MAX_ROW.replace('最多', '参考値'));
    expect(three.ok && three.warnings.some((w) => w.code === 'layout/extreme')).toBe(false);
  });
  it('not refused: a copy of a line, a line of zeros beside zeros, nested lines (1回以上 ≥ 2回以上), two positions with no word', () => {
    // A copy of 2月 (it reaches the maximum everywhere): the same counts printed twice, nothing more.
    expect(codes('月,A病院,B病院,C病院\n1月,25,30,31\n2月,40,44,38\n3月,12,20,15\n再掲,40,44,38\n')).not.toContain('header/statistic');
    // 「1回以上」 is the largest of the lines at every position, and the same line each time.
    expect(codes('回数,A群,B群,C群\n1回以上,40,44,38\n2回以上,25,30,31\n3回以上,12,20,15\n')).not.toContain('header/statistic');
    // Two positions of chance with no word of a maximum: read as counts as before.
    expect(codes('月,A病院,B病院\n1月,45,30\n2月,40,44\n3月,12,20\n4月,45,44\n')).not.toContain('header/statistic');
  });
});

describe('1c. a range (largest − smallest) of the other lines', () => {
  it('「範囲」 beside the years with a 合計 row: read as a range since stats39, hidden with the 3 (int: read as counts; 3 is 3 or 52 by the range 27, and under 23 by the column)', () => {
    const text = '施設,2020年,2021年,2022年,範囲\nA病院,25,3,30,27\nB病院,40,44,38,6\nC病院,12,20,15,8\n合計,77,67,83,41\n';
    for (const w of ['範囲', 'Range', 'レンジ']) {
      const r = result(text.replace('範囲', w));
      expect(r.ok).toBe(true);
      if (!r.ok) continue;
      expect(r.warnings.find((e) => e.code === 'layout/extreme')!.message).toContain('範囲（最大−最小）の値に一致するため');
      const cells = toReport(r, bundle, new Date()).tables[0]!.rates.flatMap((x) => x.cells);
      expect(cells.find((c) => c.row === 'A病院')!.hidden).toBe(true);
      expect(cells.find((c) => c.row === 'B病院')!.hidden).toBe(false);
    }
    // Not a range at one position (B病院 16): read as counts on int 600a00a; since stats38 refused by its word alone
    // (read.ts `statisticWord`: a range with a tie at its largest, 25, 3, 25 under 22, gives the 3 back as well and
    // is no evidence by arithmetic), said as a statistic word, not as a range found.
    const off = result(text.replace('B病院,40,44,38,6', 'B病院,40,44,38,16').replace('41\n', '51\n'));
    expect(off.ok).toBe(false);
    if (!off.ok) expect(off.errors.find((e) => e.code === 'header/statistic')!.message).toContain('幅（最大−最小）などの統計量');
  });
});

describe('1d. random ranges (attack37-families.ts rangeCases, seeds 1448–1449, 50 tables with a 合計 row)', () => {
  it('all read as ranges since stats39 (attack37: refused in words; int: 46 of 50 read as counts and leaked), none given back', () => {
    let read = 0;
    for (const seed of [1448, 1449])
      for (const c of rangeCases(25, seed)) {
        const r = result(c.text);
        if (r.ok) read++;
        expect(readAttack(highs, fromRange(c), r, reported(r)), c.text).toEqual([]);
      }
    expect(read).toBe(50);
  });
});

describe('1b. across tables', () => {
  it('「施設 | 月最多」 beside the months: read since stats43, tied to the months (attack37: refused; int: read as counts, 1月・A病院 45 hidden and given back, then the 3)', () => {
    const text =
      '# 表1 月別入院患者数\n月,A病院,B病院,C病院,合計\n1月,45,3,50,98\n2月,40,44,38,122\n3月,12,20,15,47\n\n# 表2 月最多の入院患者数\n施設,月最多\nA病院,45\nB病院,44\nC病院,50\n';
    // Read since stats43 (refused in words before): tied to table 1 in the system, said as our reading.
    const r = result(text);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.warnings.find((e) => e.code === 'header/extreme-across')!.message).toMatch(
        /表2の列「月最多」の値は.*表1の同じ見出しの数の最大の値.*チェッカーの判断/,
      );
      expect(heldOrLeaked(highs, r, () => text, 'threshold', 10)).toBe('held');
    }
    // Under no word of an extreme the second table is read as before (a count per hospital).
    expect(codes(text.replace(/月最多/g, '件数'))).not.toContain('header/statistic');
  });
});

describe('2. random family (attack37-families.ts, seeds 1441–1444, 100 tables)', () => {
  it('within one table read (stats39; attack37: refused), across tables read (stats43; refused before); the attacker bites where the maximum is shown beside its hidden count', () => {
    let refused = 0;
    let read = 0;
    let bites = 0;
    let tried = 0;
    for (let seed = 1441; seed <= 1444; seed++)
      for (const c of extremeCases(25, seed)) {
        const r = result(c.text);
        if (!r.ok && r.errors.some((e) => e.code === 'header/statistic')) refused++;
        if (r.ok) read++;
        // Across two tables read since stats43 (attack37–stats42: refused in words), none given back.
        expect(r.ok, c.text).toBe(true);
        expect(readAttack(highs, fromExtreme(c), r, reported(r)), c.text).toEqual([]);
        // No straw man: the reading int gave (the line as counts), with the small count and the count of its month that
        // reaches the extreme of its group hidden, every other cell shown; the month's total then leaves both free.
        if (!c.monthTotals || c.across) continue;
        const i = c.counts.findIndex((row) => row.some((v) => v < 10));
        const j = c.counts[i]!.findIndex((v) => v < 10);
        const ext = c.groups.map((_, g) => (c.how === 'max' ? Math.max : Math.min)(...c.counts.map((row) => row[g]!)));
        const g = c.groups.findIndex(
          (_, q) => q !== j && c.counts[i]![q] === ext[q] && c.counts.filter((row) => row[q] === ext[q]).length === 1,
        );
        if (g < 0) continue;
        tried++;
        const lines = [...c.months, ...(c.groupTotals ? ['合計'] : []), c.label];
        const positions = [...c.groups, '合計'];
        const [rows, cols] = c.transposed ? [positions, lines] : [lines, positions];
        const hide = new Set([`${c.months[i]}|${c.groups[j]}`, `${c.months[i]}|${c.groups[g]}`]);
        const status = rows.flatMap((row) =>
          cols.map((col) => (hide.has(c.transposed ? `${col}|${row}` : `${row}|${col}`) ? 'primary' : 'published')),
        );
        const asRead = {
          ok: true,
          tables: [{ table: { rows: rows.map((label) => ({ label })), cols: cols.map((label) => ({ label })) }, status }],
        };
        if (extremeAttack(highs, c, asRead).length > 0) bites++;
      }
    expect(refused).toBe(0);
    expect(read).toBe(100);
    expect(tried).toBeGreaterThan(10);
    expect(bites).toBe(tried);
  });
});

describe('3. 「件数」 beside 「構成比（%）」 (shares without their mark): read as n (%), as 「割合（%）」 was (int: cell/percent-unmarked)', () => {
  it('random (seed 1447, 60 tables of 3–6 lines, one or two groups, with or without 合計): int refused 60 of 60, now all read and held by the oracle', () => {
    const next = lcg(1447);
    let read = 0;
    for (let k = 0; k < 60; k++) {
      const word = pick(next, ['構成比（%）', '構成割合（%）', '比率（%）', '百分率', '構成比(%)', '構成比 (%)']);
      const lines = Array.from({ length: int(next, 3, 6) }, (_, i) => `区分${i + 1}`);
      const groups = next() < 0.5 ? [''] : ['A群 ', 'B群 '];
      const counts = groups.map(() => lines.map(() => int(next, 1, 60)));
      const sums = counts.map((c) => c.reduce((s, v) => s + v, 0));
      const total = next() < 0.5;
      const share = (n: number, g: number) => ((100 * n) / sums[g]!).toFixed(1);
      const head = ['施設', ...groups.flatMap((g) => [`${g}件数`, `${g}${word}`])].join(',');
      const rows = lines.map((l, i) => [l, ...groups.flatMap((_, g) => [counts[g]![i]!, share(counts[g]![i]!, g)])].join(','));
      const text =
        [head, ...rows, ...(total ? [['合計', ...groups.flatMap((_, g) => [sums[g]!, '100.0'])].join(',')] : [])].join('\n') + '\n';
      // As the oracle reads it: one column of 「n (p%)」 per group.
      const joined =
        [
          ['施設', ...groups.map((g) => g.trim() || 'n (%)')].join('\t'),
          ...lines.map((l, i) => [l, ...groups.map((_, g) => `${counts[g]![i]} (${share(counts[g]![i]!, g)}%)`)].join('\t')),
          ...(total ? [['合計', ...groups.map((_, g) => `${sums[g]} (100.0%)`)].join('\t')] : []),
        ].join('\n') + '\n';
      const r = result(text);
      expect(r.ok, text + (r.ok ? '' : r.errors.map((e) => e.message).join('\n'))).toBe(true);
      if (!r.ok) continue;
      read++;
      expect(r.warnings.map((w) => w.code)).toContain('layout/joined');
      expectProtected(highs, r, joined);
    }
    expect(read).toBe(60);
  });
});
