/** The input convention: records, headers with totals and subtotals, cell forms, and every input error's wording. */
import { describe, expect, it } from 'vitest';
import { baseRange, countsForPercent, readCell } from '../../src/pubcheck/cell.ts';
import { decodeBytes, NotText, parseRecords } from '../../src/pubcheck/csv.ts';
import { buildHeaders } from '../../src/pubcheck/header.ts';
import { readTables } from '../../src/pubcheck/read.ts';
import { equations } from '../../src/pubcheck/table.ts';

describe('records', () => {
  it('reads quoted fields with separators, doubled quotes and line breaks inside', () => {
    const r = parseRecords('a,"b,c","say ""hi""","two\r\nlines"\r\nnext,row\n');
    expect(r.map((x) => x.fields)).toEqual([
      ['a', 'b,c', 'say "hi"', 'two\nlines'],
      ['next', 'row'],
    ]);
    expect(r.map((x) => x.line)).toEqual([1, 3]);
  });

  it('takes a tab as the separator when the text has one, and drops the BOM', () => {
    expect(parseRecords('\ufeffx\t1,234\n').map((x) => x.fields)).toEqual([['x', '1,234']]);
  });

  it('says that a thousands comma split a value when a CSV row is too long, and how to write it', () => {
    const r = readTables(',A,B\nx,1,234,20\ny,25,40\n');
    expect(r.errors.map((e) => e.code)).toEqual(['row/long']);
    expect(r.errors[0]!.hint).toContain('CSV では 「"1,234"」 のように引用符で囲むか');
    expect(readTables(',A,B\nx,"1,234",20\ny,25,40\n').errors).toEqual([]);
  });

  it('accepts CR-only line ends and no final line end', () => {
    expect(parseRecords('a,b\rc,d').map((x) => x.fields)).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('decodes UTF-8, and Shift_JIS when the bytes are not UTF-8', () => {
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0xe5, 0x90, 0x88]))).toBe('合');
    // 「合計」 in Shift_JIS.
    expect(decodeBytes(new Uint8Array([0x8d, 0x87, 0x8c, 0x76]))).toBe('合計');
  });
  it("decodes UTF-16 (Excel's 「Unicode テキスト」, tab-separated) with its BOM in either order, and without one", () => {
    const text = '\t合計\r\n男性\t3\r\n';
    const le = [...text].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]);
    const be = [...text].flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff]);
    expect(decodeBytes(new Uint8Array([0xff, 0xfe, ...le]))).toBe(text);
    expect(decodeBytes(new Uint8Array([0xfe, 0xff, ...be]))).toBe(text);
    expect(decodeBytes(new Uint8Array(le))).toBe(text);
    expect(decodeBytes(new Uint8Array(be))).toBe(text);
  });
  it('refuses a spreadsheet file, a PDF or bytes that are no text, naming what to save instead', () => {
    for (const bytes of [
      [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00],
      [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1],
      [0x25, 0x50, 0x44, 0x46, 0x2d, 0x31],
      [0x41, 0x00, 0x42, 0xff, 0x00, 0x00, 0x81],
    ]) {
      expect(() => decodeBytes(new Uint8Array(bytes))).toThrow(NotText);
      try {
        decodeBytes(new Uint8Array(bytes));
      } catch (e) {
        expect((e as NotText).hint).toMatch(/CSV/);
      }
    }
  });
});

describe('cells', () => {
  const value = (t: string) => {
    const r = readCell(t);
    return r.ok ? r.value : r.code;
  };
  it('reads counts, with thousands separators and full-width digits', () => {
    expect(value('25')).toEqual({ kind: 'count', n: 25 });
    expect(value('1,234')).toEqual({ kind: 'count', n: 1234 });
    expect(value('１２')).toEqual({ kind: 'count', n: 12 });
    expect(value('－')).toEqual({ kind: 'count', n: 0 });
  });
  it('reads a count with its percentage, a fraction and a rate', () => {
    expect(value('8 (3.2%)')).toEqual({ kind: 'count', n: 8, percent: 3.2, decimals: 1 });
    expect(value('8（3.2％）')).toEqual({ kind: 'count', n: 8, percent: 3.2, decimals: 1 });
    expect(value('8/250')).toEqual({ kind: 'count', n: 8, denominator: 250 });
    expect(value('3.2 (8/250)')).toEqual({ kind: 'count', n: 8, denominator: 250, rate: 3.2 });
    expect(value('125‰ (8/64)')).toEqual({ kind: 'count', n: 8, denominator: 64, rate: 125 });
    // A rate that is not n/N (8/64 is 125‰, 12.5%) is refused: it would be a rate of some other base.
    expect(value('12.5‰ (8/64)')).toBe('cell/rate-mismatch');
    expect(value('8/250 (3.2%)')).toEqual({ kind: 'count', n: 8, denominator: 250, rate: 3.2 });
    expect(value('８／２５０（３.２％）')).toEqual({ kind: 'count', n: 8, denominator: 250, rate: 3.2 });
  });
  it('reads 「8 (3.2)」 as a count and its percentage only where a header says n (%)', () => {
    expect(value('8 (3.2)')).toBe('cell/text');
    const r = readCell('8 (3.2)', true);
    expect(r.ok && r.value).toEqual({ kind: 'count', n: 8, percent: 3.2, decimals: 1 });
  });
  it('reads a bare percentage with its precision', () => {
    expect(value('3.2%')).toEqual({ kind: 'percent', percent: 3.2, decimals: 1 });
  });
  it('refuses what is not a value, each with its own code', () => {
    expect(['', '-5', 'x', '<10', '3.5', '多数'].map(value)).toEqual([
      'cell/empty',
      'cell/negative',
      'cell/hidden',
      'cell/hidden',
      'cell/decimal',
      'cell/text',
    ]);
  });
  it('works out the counts a rounded percentage stands for', () => {
    expect(countsForPercent(3.2, 1, 250)).toEqual({ lo: 8, hi: 8 });
    expect(countsForPercent(4, 0, 250)).toEqual({ lo: 9, hi: 11 });
  });
});

describe('headers', () => {
  const shape = (labels: string[]) => buildHeaders(labels).headers.map((h) => [h.label, h.kind, h.parent, h.children]);
  it('finds the total under any of its names, first or last', () => {
    for (const name of [
      '合計',
      '計',
      '総数',
      'Total',
      'TOTAL',
      'all',
      '合計 (N=66)',
      '合計（人）',
      'Total (n)',
      '全症例',
      'Overall',
      '総数（例）',
      '合計 n',
      '計（％）',
      '合計値',
      'Sum:',
      '合計【人】',
      '合計〔例〕',
      '総数《n》',
      '合計〈％〉',
    ]) {
      expect(shape(['a', 'b', name])[2]).toEqual([name, 'total', null, [0, 1]]);
    }
    expect(shape(['総数', 'a', 'b'])[0]).toEqual(['総数', 'total', null, [1, 2]]);
  });
  it('reads indentation as subtotals', () => {
    expect(shape(['男性', ' 20代', ' 30代', '女性', '　20代', '合計'])).toEqual([
      ['男性', 'subtotal', null, [1, 2]],
      ['20代', 'item', 0, []],
      ['30代', 'item', 0, []],
      ['女性', 'subtotal', null, [4]],
      ['20代', 'item', 3, []],
      ['合計', 'total', null, [0, 3]],
    ]);
  });
  it('reads 小計 as closing the group before it', () => {
    expect(shape(['a', 'b', '小計', 'c', 'd', '小計2', '合計']).map((h) => h[3])).toEqual([[], [], [0, 1], [], [], [3, 4], [2, 5]]);
  });
  it('takes (N=…) as the denominator', () => {
    expect(buildHeaders(['投与群 (N=250)', '対照群（ｎ＝1,000）']).headers.map((h) => h.denominator)).toEqual([250, 1000]);
  });
});

describe('sums found by arithmetic', () => {
  const found = (text: string) => readTables(text).tables[0]!.sums.map((x) => [x.axis, x.header, x.parts, x.how]);
  it('a row that is the sum of every other row is the total, whatever it is called', () => {
    expect(found('\tA\tB\nx\t3\t20\ny\t25\t40\n患者数\t28\t60\n')).toEqual([['rows', 2, [0, 1], 'total']]);
  });
  it('a row that is the sum of the rows just under it, or just above it, is their subtotal', () => {
    expect(found('\tA\tB\n男性\t23\t45\n20代\t3\t20\n30代\t20\t25\n女性\t30\t40\n')).toEqual([['rows', 0, [1, 2], 'run']]);
    expect(found('\tA\tB\n20代\t3\t20\n30代\t20\t25\n男性計\t23\t45\n女性\t30\t40\n')).toEqual([['rows', 2, [0, 1], 'run']]);
  });
  it('any set of rows, in a short table with two or more columns (a cross-classified layout)', () => {
    expect(found('\tA\tB\n男20代\t3\t20\n女20代\t5\t7\n男30代\t20\t25\n女30代\t11\t13\n男性計\t23\t45\n')).toEqual([
      ['rows', 4, [0, 2], 'set'],
    ]);
  });
  it('a stated N that is the sum of the rows of its column', () => {
    expect(found('\tA (N=28)\tB (N=60)\nx\t3\t20\ny\t25\t40\n')).toEqual([['rows', null, [0, 1], 'total']]);
  });
  it('any set of rows in a short single column of counts (a sum by chance is still true of the counts); in a long one, totals and runs only', () => {
    expect(found('\tn\na\t5\nb\t3\nc\t9\nd\t2\ne\t12\n')).toEqual([
      ['rows', 0, [1, 3], 'set'],
      ['rows', 4, [1, 2], 'set'],
    ]);
    const long = Array.from({ length: 17 }, (_, i) => `r${i}\t${[5, 3, 9, 2, 12][i % 5]! + 100 * i}`).join('\n');
    expect(found(`\tn\n${long}\n`)).toEqual([]);
  });
});

describe('percentages against their bases', () => {
  it('the range of bases a rounded or cut-off percentage allows, narrowed to the conventions that fit', () => {
    // 3 of 58 is 5.17%. "5%" fits both: rounded, D in 55…66; cut off, D in 51…60; both kept: 55…60.
    expect(baseRange(3, 5, 0, 58)).toEqual({ lo: 55, hi: 60 });
    // "5.2%" fits rounding only, "5.1%" cutting off only; both pin D to 58 here. "5.0%" fits neither.
    expect(baseRange(3, 5.2, 1, 58)).toEqual({ lo: 58, hi: 58 });
    expect(baseRange(3, 5.1, 1, 58)).toEqual({ lo: 58, hi: 58 });
    expect(baseRange(3, 5.0, 1, 58)).toBeUndefined();
  });
});

describe('tables', () => {
  it('separates tables by empty lines and takes # lines or a lone first cell as titles', () => {
    const r = readTables('# 表A\n\ta\tb\nx\t10\t20\n\n表B\n\ta\ny\t30\n');
    expect(r.errors).toEqual([]);
    expect(r.tables.map((t) => [t.number, t.title, t.rows.length, t.cols.length])).toEqual([
      [1, '表A', 1, 2],
      [2, '表B', 1, 1],
    ]);
  });
  it('builds one equation per total or subtotal in every row and column', () => {
    const t = readTables('\ta\tb\t合計\nx\t1\t2\t3\ny\t3\t4\t7\n合計\t4\t6\t10\n').tables[0]!;
    expect(equations(t)).toHaveLength(3 + 3);
  });
  it('ignores padding cells that spreadsheets add at the end of rows', () => {
    expect(readTables('\ta\tb\t\t\nx\t10\t20\t\t\n').errors).toEqual([]);
  });
});

describe('input errors name the table, line, row and column', () => {
  const errors = (text: string) => readTables(text).errors.map((e) => [e.code, e.message, e.place]);
  it('text where a count belongs', () => {
    expect(errors('年齢\tA群\tB群\n20代\t15\t多数\n')).toEqual([
      ['cell/text', '行「20代」・列「B群」: 患者数のはずのセルに文字「多数」があります', { table: 1, line: 2, row: '20代', col: 'B群' }],
    ]);
  });
  it('a negative count', () => {
    expect(errors('\tA\nx\t-3\n')[0]![1]).toBe('行「x」・列「A」: 負の値「-3」です');
  });
  it('ragged rows, short and long', () => {
    expect(errors('\tA\tB\nx\t1\ny\t1\t2\t3\n').map((e) => e[1])).toEqual([
      '行「x」のセルが足りません（列見出しは2列、この行の値は1列）',
      '行「y」に列見出しのない値「3」があります（4列目）',
    ]);
  });
  it('totals that do not add up', () => {
    expect(errors('年齢\tA群\tB群\t合計\n20代\t15\t25\t41\n30代\t12\t14\t26\n合計\t27\t39\t67\n')).toEqual([
      [
        'total/mismatch',
        '列「合計」が内訳の和と合いません: 行「20代」・列「合計」の値は 41、内訳「A群」「B群」の和は 40',
        { table: 1, line: 2, row: '20代', col: '合計' },
      ],
      [
        'total/mismatch',
        '列「合計」が内訳の和と合いません: 行「合計」・列「合計」の値は 67、内訳「A群」「B群」の和は 66',
        { table: 1, line: 4, row: '合計', col: '合計' },
      ],
    ]);
  });
  it('a subtotal that does not add up names the subtotal row', () => {
    expect(errors('\tA\n男性\t5\n 20代\t2\n 30代\t2\n')[0]![1]).toBe(
      '行「男性」が内訳の和と合いません: 行「男性」・列「A」の値は 5、内訳「20代」「30代」の和は 4',
    );
  });
  it('counts and bare percentages in separate cells', () => {
    expect(errors('\tA\tB\nx\t8\t3.2%\n')[0]![0]).toBe('table/mixed');
    // Under 「n」「%」 side by side they are one column of 「8 (3.2%)」 (layout.ts), whose base is then checked.
    expect(errors('\tn\t%\nx\t8\t3.2%\n')[0]![0]).toBe('percent/unknown-base');
  });
  it('two totals, empty headers, cells already hidden, no table at all', () => {
    expect(errors('\t合計\t計\nx\t1\t1\n')[0]![0]).toBe('header/two-totals');
    expect(errors('\tA\t\tB\nx\t1\t2\t3\n')[0]![1]).toBe('3列目の列見出しが空です');
    expect(errors('\tA\nx\t*\n')[0]![1]).toBe('行「x」・列「A」: 秘匿済みの記号「*」です');
    expect(errors('\n\n')[0]![0]).toBe('input/empty');
  });
});
