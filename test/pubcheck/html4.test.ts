/**
 * HTML a page shows otherwise than its file holds (html.ts `HtmlHidden`, read.ts `input/html-hidden`), and the page's
 * title. Before, a cell shown as 「3」 with a hidden 「0」 in it was read as 30 (the shown 3 published, exit 0), a hidden
 * cell moved the cells after it to another group's column, a 「select」 was read as all its options run together, an
 * 「input」's shown value not at all; the 「title」 was not read. Now a table holding anything not shown as text is
 * refused in words, naming its line and what hides it; text outside tables is read shown or not (it is in the file);
 * the title is a note of its own.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../src/pubcheck/check.ts';
import { htmlToText } from '../../src/pubcheck/html.ts';
import { readTables } from '../../src/pubcheck/read.ts';
import { fixtureBundle, solver } from './helpers.ts';

const bundle = fixtureBundle();
const highs = await solver();

/** A page of one table of two groups; `cell` is the text of A群・男性's cell, `row` the attributes of 女性's row. */
function page(options: { cell?: string; row?: string; table?: string; css?: string; head?: string; before?: string } = {}) {
  return [
    '<!DOCTYPE html>',
    `<html lang="ja"><head><meta charset="utf-8">${options.head ?? '<title>集計結果</title>'}${options.css ? `<style>${options.css}</style>` : ''}</head>`,
    `<body>${options.before ?? ''}`,
    `<table${options.table ?? ''}>`,
    '<tr><th>性別</th><th>A群</th><th>B群</th></tr>',
    `<tr><td>男性</td><td>${options.cell ?? '30'}</td><td>45</td></tr>`,
    `<tr${options.row ?? ''}><td>女性</td><td>42</td><td>38</td></tr>`,
    '</table>',
    '</body></html>',
    '',
  ].join('\n');
}

const codes = (text: string) => readTables(text).errors.map((e) => [e.code, e.place?.line]);

describe('a table holding what the page does not show as text is refused, naming the line', () => {
  it('a shown 3 beside a hidden 0 was read as 30 and published with exit 0; now refused', () => {
    const text = page({ cell: '3<span style="display:none">0</span>' });
    expect(codes(text)).toEqual([['input/html-hidden', 6]]);
    const r = readTables(text);
    expect(r.errors[0]!.message).toContain('style="display:none"');
    expect(r.errors[0]!.hint).toContain('削除');
    const result = check(highs, bundle, text, { details: true });
    expect(result.ok).toBe(false);
    // The same table as shown: its 3 is a small count, hidden.
    const shown = check(highs, bundle, page({ cell: '3' }), { details: true });
    expect(shown.ok && shown.tables[0]!.status).not.toBe('publishable');
  });

  it('every way of hiding, on every part of a table, is refused; ways that show the text are read', () => {
    const hiding = [
      ' hidden',
      ' hidden="until-found"',
      ' style="display: none"',
      ' style="color:red; DISPLAY:NONE !important"',
      ' style="visibility:hidden"',
      ' style="visibility: collapse"',
      ' style="font-size:0"',
      ' style="font-size: 0px;"',
      ' style="opacity:0"',
      ' style="opacity: 0.0"',
      ' style="content-visibility:hidden"',
    ];
    const showing = [
      ' style="display:block"',
      ' style="visibility:visible"',
      ' style="font-size:0.9em"',
      ' style="font-size:10px"',
      ' style="opacity:0.5"',
      ' style="opacity:1"',
      ' aria-hidden="true"',
      ' class="x"',
    ];
    for (const a of hiding) {
      expect(codes(page({ cell: `3<span${a}>0</span>` })), a).toEqual([['input/html-hidden', 6]]);
      expect(codes(page({ row: a })), a).toEqual([['input/html-hidden', 7]]);
      // A table that is itself 「hidden="until-found"」 is opened by the browser's find in page: read as published and
      // said since html14 (as html13 read until-found content around a table), no longer refused.
      if (a === ' hidden="until-found"') expect(codes(page({ table: a })), a).toEqual([]);
      else expect(codes(page({ table: a })), a).toEqual([['input/html-hidden', 4]]);
    }
    for (const a of showing) {
      // html40: a span laid out as a block is shown on a line of its own, 「3」 over 「0」: read 「3 0」 as 「3<br>0」 is, a
      // cell of text refused (read 30 before); on a row it shows the row.
      if (a === ' style="display:block"') expect(codes(page({ cell: `3<span${a}>0</span>` })), a).toEqual([['cell/text', 6]]);
      else expect(codes(page({ cell: `3<span${a}>0</span>` })), a).toEqual([]);
      expect(codes(page({ row: a })), a).toEqual([]);
    }
  });

  it("a rule of the page's stylesheet hiding an element of the table, by class, id or a table's part, is refused", () => {
    const hidden = [
      { css: '.off { display: none }', cell: '3<span class="note off">0</span>' },
      { css: '/* 注 */ #x9{visibility:hidden}', cell: '3<span id="x9">0</span>' },
      { css: '@media screen { .sr { display:none } }', cell: '3<b class="sr">0</b>' },
      { css: 'tr:nth-child(3) { display: none }', cell: '30' },
      { css: 'table td.c2{display:none}', cell: '30', row: '><td class="c2">3</td></tr><tr' },
      { css: '[data-x] { display: none }', cell: '<span data-x>30</span>' },
    ];
    for (const h of hidden)
      expect(
        codes(page(h)).map(([c]) => c),
        h.css,
      ).toEqual(['input/html-hidden']);
    // Rules hiding what is not in the table (a menu), or showing: read.
    const read = [
      { css: '.menu { display: none } .offcanvas{display:none}', cell: '30', before: '<nav class="menu">メニュー</nav>' },
      { css: 'th { text-align: left } td { font-size: 0.9em }', cell: '30' },
      { css: '.off { display: none }', cell: '3<span class="offline">0</span>' },
      // html5: a selector is matched whole — its tag with its classes and attributes — and no element of the table
      // has class c2 or data-x (refused on main: any td, any element).
      { css: 'table td.c2{display:none}', cell: '30' },
      { css: '[data-x] { display: none }', cell: '30' },
    ];
    for (const h of read) expect(codes(page(h)), h.css).toEqual([]);
  });

  it('a select (all its options in the file, one shown) and an input (its value shown, no text) are refused', () => {
    expect(codes(page({ cell: '<select><option>3</option><option selected>30</option></select>' }))).toEqual([['input/html-hidden', 6]]);
    expect(codes(page({ cell: '<input value="3" readonly>' }))).toEqual([['input/html-hidden', 6]]);
    expect(readTables(page({ cell: '<input value="3">' })).errors[0]!.message).toContain('入力欄');
  });

  it('the page gives its text back as it is, for the check to refuse (htmlToText)', () => {
    expect(htmlToText(page({ cell: '3<span hidden>0</span>' }))).toBeUndefined();
    expect(htmlToText(page())).toContain('男性\t30\t45');
  });

  it('text outside tables is read whether shown or not (it is in the published file)', () => {
    // Just before the table, it is its title (as shown text there would be).
    expect(codes(page({ before: '<div style="display:none">※ 3例は除外した。</div>' }))).toEqual([['title/count', 3]]);
    expect(codes(page({ before: '<div style="display:none">※ 3例は除外した。</div><p>表1</p>' }))).toEqual([['line/count', 3]]);
    expect(codes(page({ before: '<div hidden>お知らせ</div>' }))).toEqual([]);
  });
});

describe("the page's title (not read before)", () => {
  it('is a note of its own: a count in it is refused at its line, as any note holding one', () => {
    expect(codes(page({ head: '<title>頭痛 3例の報告</title>' }))).toEqual([['line/count', 2]]);
  });

  it('a title with a number but no count is reported, one without a number is not; neither is the table title', () => {
    const numbered = readTables(page({ head: '<title>2024年度 集計結果</title>' }));
    expect(numbered.errors).toEqual([]);
    expect(numbered.tables[0]!.title).toBeUndefined();
    expect(numbered.warnings.map((w) => [w.code, w.place?.line])).toContainEqual(['line/not-read', 2]);
    const plain = readTables(page({ head: '<title>集計結果</title>' }));
    expect(plain.errors).toEqual([]);
    expect(plain.tables[0]!.title).toBeUndefined();
    expect(plain.warnings.map((w) => w.code)).not.toContain('line/not-read');
  });
});
