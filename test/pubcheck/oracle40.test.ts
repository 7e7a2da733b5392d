/**
 * oracle40 (issue #11): the independent oracle (oracle.ts) reads tables under more than one header row from the
 * pasted text itself, apart from the engine (`headerOf`, `blocksOf`): 「A群」 over 「n」「%」 (one column of 「n (p%)」),
 * 「男性」「女性」 spanning 「A群」「B群」 (「男性・A群」 …, subtotals across the spans found by arithmetic as any), an N in
 * an upper row (a group's over its pair; a span's over its columns: their sum), CSV and Excel copies with a header
 * cell quoted over two lines (「"A群\n(N=30)"」), an Excel title row and note row. On the base (cb7ca8e) it threw on
 * every such text (「oracle cannot read cell "n"」 / 「"A群"」 …): attack38 judged its excel/merged copies through the
 * checker's own reading written out, which a CSV two-line header breaks.
 * On the base the oracle threw on or misread 569 of the family's 600 tables (seeds 1961–1965), now 600 read.
 * Attacked with it (oracle40-families.ts, seeds 1961–1970; `oracle40-measure.ts 20 1961,1962,1963,1964,1965`): the
 * checker (unchanged here, base and this tree alike) held every case it read under both protections, 0 leaked; three
 * header rows (span/pairs) and a span's N with no column of its own are refused in words.
 */
import { describe, expect, it } from 'vitest';
import { solver } from './helpers.ts';
import { attack, parse } from './oracle.ts';
import { bites, judged } from './oracle40-measure.ts';
import { family, KINDS } from './oracle40-families.ts';

const highs = await solver();

describe('the oracle reads header rows over the columns as a reader does', () => {
  it('a group over 「n」「%」: one column of 「n (p%)」, the group N in the upper row', () => {
    const t = parse('区分\tA群 (N=35)\t\tB群 (N=40)\t\n\tn\t%\tn\t%\nあり\t5\t14.3\t20\t50.0\nなし\t30\t85.7\t20\t50.0\n')[0]!;
    expect(t.cols).toEqual(['A群 (N=35)', 'B群 (N=40)']);
    expect(t.cells[0]![0]).toEqual({ n: 5, percent: 14.3, decimals: 1 });
    // The label repeated over both columns, and one column 「n (%)」 under its group, alike.
    expect(parse('区分\tA群\tA群\n\tn\t%\nあり\t5\t14.3%\nなし\t30\t85.7%\n')[0]!.cells[1]![0]).toEqual({
      n: 30,
      percent: 85.7,
      decimals: 1,
    });
    expect(parse('区分\tA群 (N=35)\n\tn (%)\nあり\t5 (14.3)\nなし\t30 (85.7)\n')[0]!.cols).toEqual(['A群 (N=35)']);
    // 「例数」「割合(%)」 under each group, the corner's label in the lower row.
    const low = parse('\tA群\t\t合計\t\n区分\t例数\t割合(%)\t例数\t割合(%)\nあり\t5\t20.0\t25\t100.0\n')[0]!;
    expect([low.corner, ...low.cols]).toEqual(['区分', 'A群', '合計']);
    expect(low.cells[0]).toEqual([
      { n: 5, percent: 20, decimals: 1 },
      { n: 25, percent: 100, decimals: 1 },
    ]);
  });
  it('「男性」「女性」 spanning 「A群」「B群」, 「合計」 merged downward, three rows deep', () => {
    const t = parse('区分\t男性\t\t女性\t\t合計\n\tA群\tB群\tA群\tB群\t\nあり\t5\t20\t14\t22\t61\n')[0]!;
    expect(t.cols).toEqual(['男性・A群', '男性・B群', '女性・A群', '女性・B群', '合計']);
    const deep = parse(
      '区分\t男性\t\t\t\t女性\t\t\t\n\tA群\t\tB群\t\tA群\t\tB群\t\n\tn\t%\tn\t%\tn\t%\tn\t%\nあり\t5\t10.0\t20\t40.0\t14\t28.0\t22\t44.0\n',
    )[0]!;
    expect(deep.cols).toEqual(['男性・A群', '男性・B群', '女性・A群', '女性・B群']);
    expect(deep.cells[0]![3]).toEqual({ n: 22, percent: 44, decimals: 1 });
  });
  it('a span’s N is the sum over its columns, not each column’s N', () => {
    const text = '区分\t男性 (N=99)\t\t女性 (N=121)\t\n\tA群\tB群\tA群\tB群\nあり\t24\t44\t24\t4\nなし\t19\t12\t38\t55\n';
    const t = parse(text)[0]!;
    expect(t.cols).toEqual(['男性・A群', '男性・B群', '女性・A群', '女性・B群']);
    expect(t.spans).toEqual([
      { cols: [0, 1], n: 99 },
      { cols: [2, 3], n: 121 },
    ]);
    // 4 alone hidden: 121 − 24 − 38 − 55 gives it back; with 55 hidden too it holds.
    expect(attack(highs, text, new Set(['0:0:3']), { zeroExempt: true }).get('0:0:3')).toMatchObject({ lo: 4, hi: 4 });
    expect(attack(highs, text, new Set(['0:0:3', '0:1:3']), { zeroExempt: true }).get('0:0:3')!.hi).toBeGreaterThan(4);
  });
  it('CSV and Excel copies with a header cell quoted over two lines; an Excel title row and note row', () => {
    const csv = '区分,"A群\n(N=35)","B群\n(N=40)"\nあり,5,20\nなし,30,20\n';
    expect(parse(csv)[0]!.cols).toEqual(['A群 (N=35)', 'B群 (N=40)']);
    // 5 alone hidden: the N on the cell's second line gives it back.
    expect(attack(highs, csv, new Set(['0:0:0']), { zeroExempt: true }).get('0:0:0')).toMatchObject({ lo: 5, hi: 5 });
    const excel = '区分\t"A群\n(N=35)"\t"B群\nn=40"\nあり\t5 (14.3)\t20 (50.0)\n';
    expect(parse(excel)[0]!.cols).toEqual(['A群 (N=35)', 'B群 n=40']);
    const padded =
      '表1 患者背景\t\t\t\t\n\t\t\t\t\n区分\tA群\t\tB群\t\n\tn\t%\tn\t%\nあり\t5\t14.3\t20\t50.0\n※ 割合は各群の合計に対する割合\t\t\t\t\n';
    const t = parse(padded);
    expect(t).toHaveLength(1);
    expect(t[0]!.title).toBe('表1 患者背景');
    expect(t[0]!.rows).toEqual(['あり']);
  });
});

describe.each(KINDS)('%s: the checker against the oracle reading the text itself', (kind) => {
  it.each([1961, 1962, 1963])(
    'seed %i: 6 cases, both protections, none leaked; the oracle has teeth',
    (seed) => {
      for (const c of family(kind, 6, seed)) {
        for (const protection of ['threshold', 'not-exact'] as const) {
          const j = judged(c, protection);
          expect(['held', 'refused'], `${protection}\n${c.text}`).toContain(j);
        }
        // Hidden alone, the small count is given back wherever the table prints an equation (a 合計, an N).
        if (/合計|[nN]\s*[=＝]|例\)/.test(c.text)) expect(bites(c), c.text).toBe(true);
      }
    },
    120_000,
  );
});
