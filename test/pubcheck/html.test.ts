/**
 * Tables in HTML (html.ts): a web page saved, its source pasted, or the clipboard's HTML of a table copied from a page.
 * Merged cells (colspan, rowspan) are read as a spreadsheet copies them — the text in the first place, blanks in the
 * others — so a two-row header of groups is the same table as its TSV; before, such a table was refused (a web page's
 * plain text drops the blanks of merged cells, `row/long`; its source, `input/format`). Text outside tables is kept
 * and reported as notes (a count in one is refused), never dropped; places are the lines of the HTML source.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../src/pubcheck/check.ts';
import { hasHtmlTable, htmlRecords, htmlToText } from '../../src/pubcheck/html.ts';
import { readTables } from '../../src/pubcheck/read.ts';
import { fixtureBundle, lcg, solver } from './helpers.ts';
import { adversary } from './protection.ts';

const bundle = fixtureBundle();
const highs = await solver();
const { holds } = adversary(highs, bundle);

/** What the reader makes of a text, without line numbers. */
function reading(text: string) {
  const r = readTables(text);
  return {
    errors: r.errors.map((e) => e.code),
    tables: r.tables.map((t) => ({
      title: t.title,
      rows: t.rows.map((h) => [h.label, h.kind, h.parent]),
      cols: t.cols.map((h) => [h.label, h.kind, h.parent, h.denominator]),
      cells: t.cells.map((row) => row.map((c) => c.value)),
    })),
  };
}

/** Groups over sexes in two header rows, ages in rows: the TSV a spreadsheet copies (merged cells blank). */
const GROUPS_TSV =
  '# 表1 年齢別・群別（患者背景）\n年齢\tA群\t\tB群\t\n\t男性\t女性\t男性\t女性\n65歳未満\t3\t20\t25\t30\n65歳以上\t30\t40\t35\t28\n合計\t33\t60\t60\t58\n';
const GROUPS_HTML = `<!DOCTYPE html>
<html lang="ja">
<head><meta charset="utf-8"><title>結果</title><style>th { text-align: left }</style></head>
<body>
<table>
<caption>表1 年齢別・群別（患者背景）</caption>
<thead>
<tr><th rowspan="2">年齢</th><th colspan="2">A群</th><th colspan="2">B群</th></tr>
<tr><th>男性</th><th>女性</th><th>男性</th><th>女性</th></tr>
</thead>
<tbody>
<tr><th>65歳未満</th><td>3</td><td>20</td><td>25</td><td>30</td></tr>
<tr><th>65歳以上</th><td>30</td><td>40</td><td>35</td><td>28</td></tr>
<tr><th>合計</th><td>33</td><td>60</td><td>60</td><td>58</td></tr>
</tbody>
</table>
</body>
</html>
`;

describe('merged cells are read as a spreadsheet copies them', () => {
  it('a group over two columns (colspan) and a corner over two header rows (rowspan): the same table as its TSV', () => {
    expect(hasHtmlTable(GROUPS_HTML)).toBe(true);
    const plain = reading(GROUPS_TSV);
    expect(plain.errors).toEqual([]);
    expect(plain.tables[0]!.cols.map((c) => c[0])).toEqual(['A群・男性', 'A群・女性', 'B群・男性', 'B群・女性']);
    expect(reading(GROUPS_HTML)).toEqual(plain);
    // The page's paste: the same cells as TSV.
    expect(htmlToText(GROUPS_HTML)).toBe(GROUPS_TSV.replace(/\t+$/gm, ''));
    expect(reading(htmlToText(GROUPS_HTML)!)).toEqual(plain);
  });

  it('the plain text of such a web table (no blanks for merged cells) was refused; its HTML is read and protected', () => {
    // What a browser may put on the clipboard as plain text: the group row without the blanks.
    const plainCopy = '年齢\tA群\tB群\n\t男性\t女性\t男性\t女性\n65歳未満\t3\t20\t25\t30\n65歳以上\t30\t40\t35\t28\n合計\t33\t60\t60\t58\n';
    // Read before as 「A群・男性」「B群・女性」「B群・男性」「B群・女性」 (the last group over the rest), silently: now refused.
    const refused = readTables(plainCopy).errors;
    expect(refused.map((e) => [e.code, e.place?.line])).toEqual([['layout/merged-header', 1]]);
    expect(refused[0]!.message).toContain('「A群」「B群」は、下の行の 4 列のどこにかかるかが分かりません');
    // Written with the blanks, or with the trailing blank left out, or a 合計 merged down: read.
    expect(readTables(plainCopy.replace('A群\tB群', 'A群\t\tB群')).errors).toEqual([]);
    expect(readTables('年齢\t合計\tA群\n\t\t男性\t女性\nx\t30\t12\t18\ny\t40\t25\t15\n').errors).toEqual([]);
    const r = holds(GROUPS_HTML);
    expect(r.tables[0]!.status[0]).toBe('primary');
  });

  it('a label merged over rows (rowspan) is the group of each row it spans', () => {
    const html =
      '<table><tr><th></th><th></th><th>実薬</th><th>対照</th></tr>' +
      '<tr><td rowspan="2">男性</td><td>65歳未満</td><td>12</td><td>15</td></tr><tr><td>65歳以上</td><td>20</td><td>18</td></tr>' +
      '<tr><td rowspan="2">女性</td><td>65歳未満</td><td>14</td><td>11</td></tr><tr><td>65歳以上</td><td>25</td><td>30</td></tr></table>';
    const tsv = '\t\t実薬\t対照\n男性\t65歳未満\t12\t15\n\t65歳以上\t20\t18\n女性\t65歳未満\t14\t11\n\t65歳以上\t25\t30\n';
    expect(reading(html)).toEqual(reading(tsv));
    expect(reading(html).tables[0]!.rows.map((r) => r[0])).toEqual([
      '男性・65歳未満',
      '男性・65歳以上',
      '女性・65歳未満',
      '女性・65歳以上',
    ]);
  });

  it('cells after a cell merged from the row above go to the next free place (the HTML table model)', () => {
    const records = htmlRecords('<table><tr><td rowspan="2">a</td><td colspan="2">b</td></tr><tr><td>c</td><td>d</td></tr></table>');
    expect(records.slice(0, 2).map((r) => r.fields)).toEqual([
      ['a', 'b', ''],
      ['', 'c', 'd'],
    ]);
    // Spans that browsers read as 1 (0 columns, junk) or cap.
    expect(htmlRecords('<table><tr><td colspan="0">a</td><td colspan="x">b</td></tr></table>')[0]!.fields).toEqual(['a', 'b']);
    expect(htmlRecords('<table><tr><td colspan="99999">a</td></tr></table>')[0]!.fields).toHaveLength(1_000);
  });
});

describe('merged headers in plain text, by chance', () => {
  it('200 random group headers with their blanks are read as their HTML; without them (a web copy), refused', () => {
    const rand = lcg(41);
    const pick = (n: number) => Math.floor(rand() * n);
    let refusedPlain = 0;
    for (let t = 0; t < 200; t++) {
      const groups = 2 + pick(3);
      const subs = ['男性', '女性', '不明'].slice(0, 2 + pick(2));
      const total = rand() < 0.5;
      const rows = 2 + pick(3);
      const top = [
        '年齢',
        ...(total ? ['合計'] : []),
        ...Array.from({ length: groups }, (_, g) => [`${'ABCD'[g]}群`, ...subs.slice(1).map(() => '')]).flat(),
      ];
      const second = ['', ...(total ? [''] : []), ...Array.from({ length: groups }, () => subs).flat()];
      const body = Array.from({ length: rows }, (_, r) => {
        const counts = Array.from({ length: groups * subs.length }, () => 10 + pick(40));
        return [`区分${r + 1}`, ...(total ? [counts.reduce((a, b) => a + b, 0)] : []), ...counts].join('\t');
      });
      const trim = rand() < 0.5;
      const tsv = [top.join('\t').replace(trim ? /\t+$/ : /$^/, ''), second.join('\t'), ...body].join('\n') + '\n';
      const cells = (fields: string[], tag: string) =>
        fields
          .map((f, k) =>
            f === '' && k > 0 ? '' : `<${tag}${k > 0 && fields[k + 1] === '' ? ` colspan="${subs.length}"` : ''}>${f}</${tag}>`,
          )
          .join('');
      const html = `<table><tr>${cells(top, 'th').replace('<th>合計</th>', '<th rowspan="2">合計</th>')}</tr><tr>${second
        .filter((f, k) => k === 0 || f !== '')
        .map((f) => `<th>${f}</th>`)
        .join('')}</tr>${body
        .map(
          (b) =>
            `<tr>${b
              .split('\t')
              .map((c) => `<td>${c}</td>`)
              .join('')}</tr>`,
        )
        .join('')}</table>`;
      const plain = reading(tsv);
      expect(plain.errors, tsv).toEqual([]);
      expect(reading(html), html).toEqual(plain);
      // The web copy's plain text: the blanks after each group dropped.
      const copy = tsv.replace(/^.*\n/, top.filter((f, k) => k === 0 || f !== '' || (total && k === 1)).join('\t') + '\n');
      const codes = readTables(copy).errors.map((e) => e.code);
      if (codes.includes('layout/merged-header')) refusedPlain++;
      else expect(reading(copy), copy).toEqual(plain);
    }
    // Every copy without the blanks is refused, none misread (those with a 合計 merged down too).
    expect(refusedPlain).toBe(200);
  });
});

describe('text around the tables', () => {
  it('a heading or paragraph just before a table is its title; a caption too', () => {
    const html =
      '<h2>表2 性別</h2>\n<table><tr><th></th><th>A</th><th>B</th></tr><tr><td>男性</td><td>20</td><td>30</td></tr><tr><td>女性</td><td>25</td><td>40</td></tr></table>';
    expect(reading(html).tables[0]!.title).toBe('表2 性別');
    expect(
      reading(html.replace('<h2>表2 性別</h2>', '<table><caption>表2 性別</caption>').replace('<table><tr>', '<tr>')).tables[0]!.title,
    ).toBe('表2 性別');
  });

  it('a note holding a count is refused at its line in the source; one without a count is reported, not dropped', () => {
    const html = `<html><body>\n<table>\n<tr><th></th><th>A</th><th>B</th></tr>\n<tr><td>男性</td><td>20</td><td>30</td></tr>\n<tr><td>女性</td><td>25</td><td>40</td></tr>\n</table>\n<p>※ 3例は除外した。</p>\n<p>出典：架空の数値</p>\n</body></html>\n`;
    const r = readTables(html);
    expect(r.errors.map((e) => [e.code, e.place?.line])).toEqual([['line/count', 7]]);
    expect(r.errors[0]!.message).toContain('3例');
    expect(r.warnings.map((w) => [w.code, w.place?.line])).toContainEqual(['line/not-read', 8]);
  });

  it('an error in a cell names the line of its row in the source', () => {
    const html = '<table>\n<tr><th></th><th>A</th></tr>\n<tr><td>x</td><td>20</td></tr>\n<tr><td>y</td><td>多数</td></tr>\n</table>\n';
    expect(readTables(html).errors.map((e) => [e.code, e.place?.line])).toEqual([['cell/text', 4]]);
  });

  it('two tables are two tables; scripts and styles are no text; entities and 「&nbsp;」 indentation are read', () => {
    const html =
      '<script>var x = "3例";</script><table><tr><th></th><th>A</th></tr><tr><td>男性</td><td>30</td></tr>' +
      '<tr><td>&nbsp;&nbsp;20代</td><td>10</td></tr><tr><td>&nbsp;&nbsp;30代</td><td>20</td></tr></table>' +
      '<table><tr><th></th><th>A&amp;B</th></tr><tr><td>x</td><td>12</td></tr><tr><td>y</td><td>30</td></tr></table>';
    const r = reading(html);
    expect(r.errors).toEqual([]);
    expect(r.tables).toHaveLength(2);
    expect(r.tables[0]!.rows).toEqual([
      ['男性', 'subtotal', null],
      ['20代', 'item', 0],
      ['30代', 'item', 0],
    ]);
    expect(r.tables[1]!.cols[0]![0]).toBe('A&B');
  });

  it("the clipboard's HTML of a table copied from a page (fragment marks, a meta element) is read", () => {
    const clip =
      '<html><body>\n<!--StartFragment--><meta charset="utf-8"><table style="border: 1px"><tbody><tr><td>性別</td><td>投与群</td><td>対照群</td><td>合計</td></tr>' +
      '<tr><td>男性</td><td>25</td><td>3</td><td>28</td></tr><tr><td>女性</td><td>30</td><td>40</td><td>70</td></tr>' +
      '<tr><td>合計</td><td>55</td><td>43</td><td>98</td></tr></tbody></table><!--EndFragment-->\n</body></html>';
    const tsv = '性別\t投与群\t対照群\t合計\n男性\t25\t3\t28\n女性\t30\t40\t70\n合計\t55\t43\t98\n';
    expect(htmlToText(clip)).toBe(tsv);
    const judged = (text: string) => {
      const r = check(highs, bundle, text, { details: true });
      return r.ok ? r.tables.map((t) => t.status) : r.errors;
    };
    expect(judged(clip)).toEqual(judged(tsv));
  });

  it('HTML rows without a <table> are refused as before, naming the line', () => {
    const r = readTables('\tA\n<tr><td>x</td><td>3</td></tr>\n');
    expect(r.errors.map((e) => [e.code, e.place?.line])).toEqual([['input/format', 2]]);
    expect(hasHtmlTable('<tr><td>3</td></tr>')).toBe(false);
  });
});
