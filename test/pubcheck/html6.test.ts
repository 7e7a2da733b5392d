/**
 * html6 (issue #11): a table's HTML or CSS showing a number other than the file's text. The rule before listed ways
 * of hiding (display:none, a size of 0, a transparent colour, 「clip」 …), each in the notations it knew; a way not
 * listed was read as the file has it. On main, of 400 random pages (html6-families.ts: a cell 「3{d}」 whose {d} is
 * clipped by a box too narrow or too low, covered by a box placed over it, moved away, mirrored, drawn in the colour
 * of its background in any notation (「hsl(0 0% 100%)」「ivory」「color-mix(in srgb, white 100%, black)」「Canvas」), by
 * a filter or blend, reordered by bidi, flex, grid or float, drawn by a symbol font or as a superscript, or a digit
 * added by a list's marker; HTML's own colours (「<font color>」, 「bgcolor」); a box outside the table, or one the page
 * adds (「body::after」), placed over the cell; a wrapper that mirrors, filters or clips the table; the page's colours
 * (「body{color:#fff}」, a dark scheme); an inline background taller than its line; written in a style attribute or a
 * stylesheet's rule among harmless declarations), 338 were read as 3{d} where the page shows 3 (or nothing, or
 * another order) — a small count published as a large one, exit 0.
 *
 * Now a declaration on a table's element is read only where it is proved harmless (css.ts `HARMLESS` and
 * `shownOtherwiseBy`, html.ts `shownOtherwise`): any other property is refused (`input/html-hidden`, naming it), and
 * those read by their values are judged as a browser lays them out — a colour by its contrast with the background
 * behind it (its opacities laid over), a box that clips by its width against its text's, a move by its size. Measured
 * by `npx node test/pubcheck/html6-measure.ts [read.ts]`: main 338 of 400 read, now 0; harmless pages not read: 0 of
 * 200 on both; the 16 real exports of html5-fixtures.ts all read (html5.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../src/pubcheck/check.ts';
import { readTables } from '../../src/pubcheck/read.ts';
import { FIXTURES } from './html5-fixtures.ts';
import { harmlessPage, page } from './html6-families.ts';
import { fixtureBundle, solver } from './helpers.ts';
import { expectProtected, type Ok } from './protection.ts';

const bundle = fixtureBundle();
const highs = await solver();
const codes = (text: string) => readTables(text).errors.map((e) => e.code);
const cells = (text: string) =>
  readTables(text).tables.map((t) => [t.cols.map((c) => c.label), ...t.rows.map((r, i) => [r.label, ...t.cells[i]!.map((c) => c.text)])]);

/** A page of two groups whose cell shows `cell` (3 and a digit shown otherwise), with `css` in its stylesheet. */
const table = (cell: string, css = '') => `<html><head><style>${css}</style></head><body><table>
<tr><th>項目</th><th>A群</th><th>B群</th></tr>
<tr><td>男性</td><td class="w">${cell}</td><td>25</td></tr>
<tr><td>女性</td><td>40</td><td>31</td></tr>
</table></body></html>`;
const span = (style: string) => table(`3<span style="${style}">0</span>`);

describe('a number shown otherwise than the file has it is refused, whatever the notation (main: 338 of 400 read)', () => {
  it('400 random pages (html6-families.ts, seeds 4210001–4210400): each refused as input/html-hidden', () => {
    const read: string[] = [];
    for (let seed = 4210001; seed <= 4210400; seed++) {
      const p = page(seed);
      if (!codes(p.html).includes('input/html-hidden')) read.push(`${seed} ${p.attack} (${p.delivery})`);
    }
    expect(read).toEqual([]);
  });
  it.each([
    ['a box too narrow', 'display:inline-block;width:1ch;overflow:hidden'],
    ['max-width', 'display:inline-block;max-width:.3em;overflow:clip'],
    ['line-height 0', 'display:inline-block;line-height:0;overflow:hidden'],
    ['white as color-mix()', 'color:color-mix(in srgb, white 100%, black)'],
    ['white in hsl()', 'color:hsl(0 0% 100%)'],
    ['a named near-white', 'color:ivory'],
    ['a background of the text’s colour', 'color:#123;background:#123'],
    ['a background of currentColor', 'background:currentColor'],
    ['filter brightness', 'filter:brightness(100)'],
    ['a blend mode', 'mix-blend-mode:screen'],
    ['moved', 'position:relative;left:-1em'],
    ['a negative margin', 'margin-left:-1em'],
    ['mirrored', 'display:inline-block;transform:scaleX(-1)'],
    ['turned', 'display:inline-block;transform:rotate(180deg)'],
    ['a mask', 'mask-image:linear-gradient(transparent,transparent)'],
    ['a shadow over the 3', 'box-shadow:-0.6em 0 0 .1em white'],
    ['an outline over the 3', 'outline:.7em solid white'],
    ['a symbol font', "font-family:'Wingdings'"],
    ['a superscript glyph', "font-feature-settings:'sups'"],
    ['a property not known', '-webkit-text-security:disc'],
  ])('%s: refused (read 30 on main)', (_, style) => {
    expect(codes(span(style)), style).toEqual(['input/html-hidden']);
  });
  it('a cell clipped by its fixed column, a covering box, a reordering, a marker: refused', () => {
    expect(codes(table('30', 'table{table-layout:fixed;width:0} td{overflow:hidden;white-space:nowrap}'))).toEqual(['input/html-hidden']);
    expect(codes(table('30', 'td.w{width:1ch;overflow:hidden;white-space:nowrap}'))).toEqual(['input/html-hidden']);
    expect(
      codes(
        table(
          '3<span style="position:relative">0<span style="position:absolute;left:0;top:0;z-index:2;background:white;width:1em;height:1em"></span></span>',
        ),
      ),
    ).toEqual(['input/html-hidden']);
    expect(codes(table('<span style="display:inline-flex;flex-direction:row-reverse"><span>0</span><span>3</span></span>'))).toEqual([
      'input/html-hidden',
    ]);
    expect(codes(table('<span style="float:right">0</span>3'))).toEqual(['input/html-hidden']);
    expect(codes(table('<span style="display:list-item;list-style:decimal inside">3</span>'))).toEqual(['input/html-hidden']);
    expect(codes(table('<span dir="rtl">0 3</span>'))).toEqual(['input/html-hidden']);
    expect(codes(table('<span style="direction:rtl">0 3</span>'))).toEqual(['input/html-hidden']);
    expect(codes(table('<span style="color:white">30</span>'))).toEqual(['input/html-hidden']);
    expect(codes(table('30', 'td.w{color:#fefefe}'))).toEqual(['input/html-hidden']);
    expect(codes(table('30', 'tr{opacity:.3} td.w{opacity:.2}'))).toEqual(['input/html-hidden']);
  });
});

describe('HTML’s own colours, list numbers, boxes outside or around the table (read on main)', () => {
  const around = (cell: string, o: { head?: string; wrap?: string; after?: string } = {}) =>
    `<html><head>${o.head ?? ''}</head><body>${o.wrap ?? ''}<table><tr><th>項目</th><th>A群</th><th>B群</th></tr><tr><td>男性</td><td>${cell}</td><td>25</td></tr><tr><td>女性</td><td>40</td><td>31</td></tr></table>${o.wrap ? '</div>' : ''}${o.after ?? ''}</body></html>`;
  it.each([
    ['<font color> white', around('3<font color="#ffffff">0</font>')],
    ['<font color> in hex digits alone', around('3<font color="ffffff">0</font>')],
    ['bgcolor as the text', around('<font color="white">30</font>').replace('<td><font', '<td bgcolor="white"><font')],
    ['<ol start="3">', around('<ol start="3" style="margin:0;padding:0;list-style-position:inside"><li>0</li></ol>')],
    ['a marker of 「3」', around(`<ul style="margin:0;padding:0"><li style="list-style-type:'3';list-style-position:inside">0</li></ul>`)],
    [
      'a box placed over the cell',
      around('30', { after: '<div style="position:absolute;left:60px;top:30px;width:12px;height:20px;background:white"></div>' }),
    ],
    [
      'a box the page adds (body::after)',
      around('30', {
        head: '<style>body::after{content:"";position:fixed;left:60px;top:30px;width:12px;height:20px;background:#fff}</style>',
      }),
    ],
    ['a mirrored wrapper', around('30', { wrap: '<div style="transform:scaleX(-1)">' })],
    ['a wrapper clipping the table', around('30', { wrap: '<div style="width:80px;overflow:hidden">' })],
    ['a symbol font on the body', around('30', { head: '<style>body{font-family:Wingdings}</style>' })],
    ['a filter on the body', around('30', { head: '<style>body{filter:brightness(50)}</style>' })],
    ['white text on the body', around('30', { head: '<style>body{color:#fff}</style>' })],
    ['a dark scheme under white cells', around('30', { head: '<style>:root{color-scheme:dark} td{background:white}</style>' })],
    ['an inline background over the line above', around('3<br><span style="background:white;padding-top:1.2em">&nbsp;&nbsp;&nbsp;</span>')],
    [
      'a font installed under another name',
      around('3<span style="font-family:X">0</span>', { head: '<style>@font-face{font-family:X;src:local("Wingdings")}</style>' }),
    ],
    ['a symbol font in the shorthand', around('3<span style="font:16px Wingdings">0</span>')],
    ['letters spaced apart', around('3<span style="letter-spacing:3em">0</span>')],
    ['a marquee', around('<marquee>30</marquee>')],
    ['<font face="Wingdings">', around('3<font face="Wingdings">0</font>')],
    ['an outline of a large font’s box over its neighbours', around('3<span style="font-size:100px;outline:0.19em solid white"></span>0')],
    ['a wide text stroke', around('3<span style="-webkit-text-stroke:6px white">0</span>')],
    ['emphasis marks written as 「3」', around(`<span style="text-emphasis:'3'">0</span>`)],
    ['quotes written as 「3」', around(`<q style="quotes:'3' ''">0</q>`)],
    ['<font face> around the table', around('30', { wrap: '<div><font face="Webdings">' }).replace('</div>', '</font></div>')],
    ['nested 「small」 to under 4px', around(`3${'<small>'.repeat(16)}0${'</small>'.repeat(16)}`)],
    [
      'scales allowed alone, nested',
      around(`3${'<span style="display:inline-block;transform:scale(.5)">'.repeat(4)}0${'</span>'.repeat(4)}`),
    ],
    [
      'drawn under the cell’s background (z-index)',
      around('3<span style="position:relative;z-index:-1">0</span>').replace('<td>3', '<td style="background:white">3'),
    ],
    ['clipped by 「contain: paint」', around('3<span style="display:inline-block;width:1px;contain:paint">0</span>')],
    ['a box of no size (「contain: strict」)', around('3<span style="display:inline-block;contain:strict">0</span>')],
  ])('%s: refused', (_, html) => {
    expect(codes(html)).toEqual(['input/html-hidden']);
  });
  it('what moves nothing over the table, or draws nothing, is read', () => {
    // Bootstrap's sr-only text (clipped to nothing), a hidden tooltip, a positioned wrapper holding the table.
    expect(
      codes(around('30', { after: '<span style="position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0,0,0,0)">menu</span>' })),
    ).toEqual([]);
    expect(codes(around('30', { after: '<div style="position:absolute;opacity:0">note</div>' }))).toEqual([]);
    expect(codes(around('30', { after: '<div style="position:absolute;top:0"></div>' }))).toEqual([]);
    expect(codes(around('30', { wrap: '<div style="position:relative;overflow-x:auto;width:auto">' }))).toEqual([]);
    expect(codes(around('<ul style="margin:0"><li>30</li></ul>'))).toEqual([]);
    expect(codes(around('<font color="#333">30</font>'))).toEqual([]);
    expect(codes(around('3<small>0</small>'))).toEqual([]);
    expect(codes(around('3<font size="1">0</font>'))).toEqual([]);
  });
});

describe('what is proved harmless is read (no over-refusal)', () => {
  it('the 16 real exports of html5-fixtures.ts read with no error', () => {
    for (const f of FIXTURES) expect(codes(f.html), f.name).toEqual([]);
  });
  it.each([
    'color:#333',
    'color:windowtext',
    'color:rgba(0,0,0,.6)',
    'color:white;background:navy',
    'background:#D9E1F2',
    'transform:scale(1.2)',
    'filter:grayscale(1)',
    'position:relative;top:-0.4em',
    'box-shadow:inset 0 1px 1px rgba(0,0,0,.075)',
    'text-shadow:0 1px 0 #fff',
    'writing-mode:vertical-rl',
    'font-variant-numeric:tabular-nums',
    'display:inline-block;width:100px;overflow:hidden',
    'margin-left:-1px',
    'text-indent:-1em',
    'unicode-bidi:isolate',
  ])('%s on the digit: read as 30', (style) => {
    expect(codes(span(style)), style).toEqual([]);
  });
  it('a browser’s copy of a page’s table (every computed style written on each cell, as Chrome and Safari write them) is read', () => {
    const st =
      'color: rgb(33, 37, 41); font-family: -apple-system, &quot;Segoe UI&quot;, Roboto, sans-serif; font-size: 16px; font-style: normal; font-variant-ligatures: normal; font-variant-caps: normal; font-weight: 400; letter-spacing: normal; orphans: 2; text-align: start; text-indent: 0px; text-transform: none; widows: 2; word-spacing: 0px; -webkit-text-stroke-width: 0px; white-space: normal; background-color: rgb(255, 255, 255); text-decoration-thickness: initial; text-decoration-style: initial; text-decoration-color: initial; box-sizing: border-box; border: 1px solid rgb(222, 226, 230); padding: 0.75rem; vertical-align: top; -webkit-tap-highlight-color: rgba(0, 0, 0, 0); text-wrap-mode: wrap; white-space-collapse: collapse; -webkit-border-horizontal-spacing: 0px; -webkit-text-decorations-in-effect: none; caret-color: rgb(33, 37, 41); font-size-adjust: none; font-kerning: auto; font-feature-settings: normal; font-variant-numeric: normal; unicode-bidi: isolate; line-height: 24px; display: table-cell';
    const td = (v: string) => `<td style="${st}">${v}</td>`;
    const html = `<meta charset="utf-8"><table style="border-collapse: collapse; width: 100%"><tbody><tr>${['項目', 'A群', 'B群'].map(td).join('')}</tr><tr>${['男性', '30', '25'].map(td).join('')}</tr><tr>${['女性', '40', '31'].map(td).join('')}</tr></tbody></table>`;
    expect(codes(html)).toEqual([]);
    expect(codes(html.replace('>30<', '>3<span style="color: rgb(255, 255, 255)">0</span><'))).toEqual(['input/html-hidden']);
  });
  it('pandas Styler’s bars (a gradient behind the number) and sticky headers are read; a gradient to the text’s colour refused', () => {
    const styler = (cell: string) =>
      `<table><tr><th style="position:sticky;top:0px;z-index:1;background-color:white">項目</th><th>A群</th><th>B群</th></tr><tr><td>男性</td><td${cell}>30</td><td>25</td></tr><tr><td>女性</td><td>40</td><td>31</td></tr></table>`;
    expect(codes(styler(' style="width: 10em; background: linear-gradient(90deg, #d65f5f 50.0%, transparent 50.0%);"'))).toEqual([]);
    expect(codes(styler(' style="background-color: #08306b; color: #f1f1f1;"'))).toEqual([]);
    expect(codes(styler(' style="color:white;background: linear-gradient(90deg, #d65f5f 50%, white 50%)"'))).toEqual(['input/html-hidden']);
  });
  it('Google Sheets’ fixed layout: a column wide enough for its text is read, one too narrow refused', () => {
    const sheets = (w: number) =>
      `<table style="table-layout:fixed;width:0px"><colgroup><col width="100"/><col width="${w}"/><col width="100"/></colgroup><tr><td style="overflow:hidden">項目</td><td style="overflow:hidden">A群</td><td style="overflow:hidden">B群</td></tr><tr><td style="overflow:hidden">男性</td><td style="overflow:hidden">30</td><td style="overflow:hidden">25</td></tr><tr><td style="overflow:hidden">女性</td><td style="overflow:hidden">40</td><td style="overflow:hidden">31</td></tr></table>`;
    expect(codes(sheets(100))).toEqual([]);
    expect(codes(sheets(8))).toEqual(['input/html-hidden']);
    // Wide enough but for its padding.
    expect(codes(sheets(40).replace('<td style="overflow:hidden">30', '<td style="overflow:hidden;padding-left:30px">30'))).toEqual([
      'input/html-hidden',
    ]);
  });
  it('200 random pages with the declarations real exports write (seeds 4310001–4310200): each read as its TSV', () => {
    for (let seed = 4310001; seed <= 4310200; seed++) {
      const p = harmlessPage(seed);
      expect(codes(p.html), String(seed)).toEqual([]);
      expect(cells(p.html), String(seed)).toEqual(cells(p.tsv));
    }
  });
  it('20 such pages with a small count and totals: checked, and attacked on what they publish, every hidden count holds', () => {
    for (let seed = 4320001; seed <= 4320020; seed++) {
      const p = harmlessPage(seed, true);
      const r = check(highs, bundle, p.html, { details: true }) as Ok;
      expect(r.ok, String(seed)).toBe(true);
      const t = r.tables[0]!.table;
      const text = `${['', ...t.cols.map((c) => c.label)].join('\t')}\n${t.rows.map((row, i) => [row.label, ...t.cells[i]!.map((c) => c.text)].join('\t')).join('\n')}\n`;
      expectProtected(highs, r, text);
    }
  });
});
