/**
 * html5: real exports' HTML read as their shown text (html5-fixtures.ts). On main, 7 of the 16 fixtures were refused
 * for what hides no number (`input/html-hidden`): Excel's phonetic guides and its hidden row of column widths, the
 * unrounded share behind a shown share (Excel's x:num, LibreOffice's sdval, Google Sheets' data-sheets-value), a
 * formula's ×100 and rounding digits, kableExtra's 「indentlevel="1"」, Stata's 「data-row="2"」, normalize.css's
 * 「[hidden]{display:none}」 taken to hide every element. Now none is; each is read as its TSV (a share to the digits
 * its file holds), and the same page holding a number it does not show is still refused.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../src/pubcheck/check.ts';
import { readTables } from '../../src/pubcheck/read.ts';
import { B_COUNTS, B_N, FIXTURES, TABLE_A } from './html5-fixtures.ts';
import { fixtureBundle, lcg, solver } from './helpers.ts';
import { expectProtected, hiddenLabels, type Ok } from './protection.ts';

const bundle = fixtureBundle();
const highs = await solver();

/** What a reading gives: its errors' codes, warnings' codes and each table's title, corner, labels and cells. */
const shape = (text: string) => {
  const r = readTables(text);
  return {
    errors: r.errors.map((e) => e.code),
    warnings: r.warnings.map((e) => e.code),
    tables: r.tables.map((t) => ({
      title: t.title,
      corner: t.corner,
      rows: t.rows.map((h) => h.label),
      cols: t.cols.map((h) => h.label),
      cells: t.cells.map((row) => row.map((c) => c.text)),
    })),
  };
};
const codes = (text: string) => readTables(text).errors.map((e) => e.code);

/** The fixtures main refused for their HTML (`input/html-hidden`), and what it named. */
const MAIN_REFUSED: Record<string, string> = {
  // Line 146, its row of widths; without it, line 111 (the phonetic guide of 「項目」); without both, line 120 (x:num).
  'excel-web-page': 'style="display:none" (the hidden row of widths)',
  'excel-clipboard': '属性 x:fmla="=ROUND(B2/B$6*100,1)"',
  libreoffice: '属性 sdval="0.49122807017543857"',
  'google-sheets': '属性 data-sheets-value (0.4912…)',
  kableExtra: '属性 indentlevel="1"',
  rmarkdown: 'ページのスタイルシートの「[hidden],template」',
  stata: '属性 data-row="2"',
};

describe('tables as real tools export them to HTML are read as their shown text (main refused 7 of 16)', () => {
  it.each(FIXTURES.map((f) => [f.name, f] as const))('%s: read as the same table in TSV', (name, f) => {
    const html = shape(f.html);
    expect(html.errors, `${name} (${f.tool})`).not.toContain('input/html-hidden');
    expect(html).toEqual(shape(f.held ?? f.tsv));
    // And checked alike: the same cells hidden as in the TSV's check.
    const a = check(highs, bundle, f.html, { details: true });
    const b = check(highs, bundle, f.held ?? f.tsv, { details: true });
    expect(a.ok).toBe(b.ok);
    if (a.ok && b.ok) expect(hiddenLabels(a)).toEqual(hiddenLabels(b));
    if (!(name in MAIN_REFUSED)) return;
    // Those main refused are read now with no error but the TSV's own.
    expect(html.errors).toEqual(shape(f.tsv).errors);
  });

  it('pandas’ and kableExtra’s two header rows with the stub’s name in the lower one are read as their TSV is (layout6; refused as `header/empty` before)', () => {
    for (const name of ['pandas', 'kableExtra']) {
      const f = FIXTURES.find((x) => x.name === name)!;
      // kableExtra's footnote() lines under the table (「Note:」 and its text): refused as rows with no values until
      // refuse6, read as notes now (footnotes.ts).
      expect(codes(f.html)).toEqual([]);
      expect(codes(f.tsv)).toEqual([]);
      const read = shape(f.tsv.replace(/Note:\n.*\n/, ''));
      expect(read.errors).toEqual([]);
      expect(read.tables[0]!.corner).toBe('項目');
    }
  });

  it.each(FIXTURES.map((f) => [f.name, f] as const))('%s holding a number it does not show: refused in words', (name, f) => {
    const r = readTables(f.hide);
    expect(
      r.errors.map((e) => e.code),
      name,
    ).toEqual(['input/html-hidden']);
    expect(r.errors[0]!.place?.line).toBeGreaterThan(0);
  });
});

describe('spreadsheets’ unrounded shares are read to the digits the file holds', () => {
  const spreadsheets = FIXTURES.filter((f) => f.held);

  it('each share held gives its count back exactly (n = share × N): read so, the check is the held table’s', () => {
    for (const [i, row] of B_COUNTS.entries())
      for (const c of [0, 1] as const) {
        const held = readTables(spreadsheets[0]!.html).tables[0]!.cells[i]![c]!.text;
        const pct = Number(/\(([\d.]+)%\)/.exec(held)![1]);
        expect(Math.abs((pct / 100) * B_N[c] - row[c]), held).toBeLessThan(1e-6);
      }
    for (const f of spreadsheets) {
      const html = check(highs, bundle, f.html, { details: true }) as Ok;
      const held = check(highs, bundle, f.held!, { details: true }) as Ok;
      const shown = check(highs, bundle, f.tsv, { details: true }) as Ok;
      expect(html.ok && held.ok && shown.ok, f.name).toBe(true);
      expect(hiddenLabels(html), f.name).toEqual(hiddenLabels(held));
      // At least what the shown table hides (the small counts and their shares).
      for (const l of hiddenLabels(shown)) expect(hiddenLabels(html), `${f.name}: ${l}`).toContain(l);
      expect(hiddenLabels(html)).toContain('不明/A群');
      // Attacked on what the file publishes (the counts with their shares to the held digits, as read): every hidden
      // count holds.
      const joined = html.tables[0]!.table;
      const text = `${['', ...joined.cols.map((c) => c.label)].join('\t')}\n${joined.rows.map((r, i) => [r.label, ...joined.cells[i]!.map((c) => c.text)].join('\t')).join('\n')}\n`;
      expectProtected(highs, html, text);
    }
  });

  const cell = (attrs: string, text: string) =>
    `<table><tr><td>項目</td><td>A群 n</td><td>A群 %</td></tr><tr><td>男性</td><td>28</td><td ${attrs}>${text}</td></tr><tr><td>女性</td><td>29</td><td>50.9%</td></tr><tr><td>合計</td><td>57</td><td>100.0%</td></tr></table>`;
  it('a value that is not the shown one rounded, or beside text, is refused (another number in the file)', () => {
    expect(readTables(cell('x:num="0.491228"', '49.1%')).tables[0]!.cells[0]![0]!.text).toBe('28 (49.1228%)');
    expect(codes(cell('x:num="0.4951"', '49.1%'))).toEqual(['input/html-hidden']);
    expect(codes(cell('x:num="0.491228"', 'X'))).toEqual(['input/html-hidden']);
    expect(codes(cell('sdval="0.4951"', '49.1%'))).toEqual(['input/html-hidden']);
    expect(codes(cell(`data-sheets-value='{"1":3,"3":0.4951}'`, '49.1%'))).toEqual(['input/html-hidden']);
    expect(codes(cell(`data-sheets-value='{"1":3,"3":"0.49"}'`, '49.1%'))).toEqual(['input/html-hidden']);
    expect(codes(cell(`data-sheets-value='{"1":2,"2":"3"}'`, 'X'))).toEqual(['input/html-hidden']);
    expect(codes(cell(`data-sheets-value='{"1":2,"2":"49.1%"}'`, '49.1%'))).toEqual([]);
    // A cell a rule hides, its value held: refused (the rule is looked at whatever its value).
    expect(codes(`<style>.h{display:none}</style>${cell('class="h" x:num="0.491228"', '49.1%')}`)).toEqual(['input/html-hidden']);
    // A hidden part inside the cell is refused as any (its digits are not read past it).
    expect(codes(cell('x:num="0.491228"', '49.1%<span style="display:none">3</span>'))).toEqual(['input/html-hidden']);
  });
});

describe('formulas kept beside cells (Excel’s x:fmla, Google Sheets’ data-sheets-formula)', () => {
  /** Table A with A群・合計 (B5) computed by `formula`, its value `value` (Excel, the table's first cell as A1). */
  const excel = (formula: string, value = '57') =>
    `<table>${TABLE_A.map((r, i) => `<tr>${r.map((v, j) => `<td${i === 4 && j === 1 ? ` x:num x:fmla="${formula}"` : ''}>${i === 4 && j === 1 ? value : v}</td>`).join('')}</tr>`).join('')}</table>`;
  it('scales and roundings, and one number added that the cells shown give back, are read; any other number refused', () => {
    expect(codes(excel('=SUM(B2:B4)'))).toEqual([]);
    expect(codes(excel('=B2+B3+B4'))).toEqual([]);
    // 「=B2+B3+3」: the 3 is 57 − 28 − 26, given back by the cells shown.
    expect(codes(excel('=B2+B3+3'))).toEqual([]);
    expect(codes(excel('=B2+29'))).toEqual([]);
    expect(codes(excel('=ROUND(SUM(B2:B4)*100/100,0)'))).toEqual([]);
    // Not given back: the formula is not the value shown, two numbers, a number multiplied or rounded, another sheet.
    expect(codes(excel("='集計'!B5"))).toEqual([]);
    for (const f of [
      '=B2+B3+4',
      '=B2+Z99+29',
      '=28+29',
      '=B2+26+3',
      '=B2*2+1',
      '=ROUND(B2+29.4,0)',
      '=Sheet2!B5+0',
      "='集計'!B5+0",
      '=TEXT(57,"0")',
    ])
      expect(codes(excel(f)), f).toEqual(['input/html-hidden']);
  });
  it('Google Sheets’ relative references (R1C1) are placed from the cell', () => {
    const sheets = (formula: string) =>
      `<google-sheets-html-origin><table>${TABLE_A.map((r, i) => `<tr>${r.map((v, j) => `<td${i === 4 && j === 1 ? ` data-sheets-value='{"1":3,"3":57}' data-sheets-formula="${formula}"` : ''}>${v}</td>`).join('')}</tr>`).join('')}</table></google-sheets-html-origin>`;
    expect(codes(sheets('=SUM(R[-3]C[0]:R[-1]C[0])'))).toEqual([]);
    expect(codes(sheets('=R[-3]C[0]+R[-2]C[0]+3'))).toEqual([]);
    expect(codes(sheets('=R[-3]C[0]+R[-2]C[0]+4'))).toEqual(['input/html-hidden']);
    expect(codes(sheets('=R[-3]C[0]+29'))).toEqual([]);
    expect(codes(sheets('=R[-3]C[1]+29'))).toEqual(['input/html-hidden']);
  });
});

describe('what hides nothing is read; what hides a number stays refused', () => {
  const page = (o: { css?: string; rows?: string; cell?: string; wrap?: [string, string] } = {}) =>
    `<html><head>${o.css ? `<style>${o.css}</style>` : ''}</head><body>${o.wrap?.[0] ?? ''}<table><tr><td>項目</td><td>A群</td><td>B群</td></tr><tr><td>男性</td><td>${o.cell ?? '28'}</td><td>31</td></tr><tr><td>女性</td><td>26</td><td>20</td></tr>${o.rows ?? ''}</table>${o.wrap?.[1] ?? ''}</body></html>`;
  const cells = (text: string) => readTables(text).tables[0]?.cells.map((r) => r.map((c) => c.text));
  const plain = cells(page());

  it('a hidden row holding nothing (Excel’s row of widths) is read as absent; one holding text, or spanning, refused', () => {
    const widths = "<tr height=0 style='display:none'><td width=72 style='width:54pt'></td><td width=72></td><td width=72></td></tr>";
    expect(codes(page({ rows: widths }))).toEqual([]);
    expect(cells(page({ rows: widths }))).toEqual(plain);
    expect(codes(page({ rows: '<tr hidden><td></td><td>&nbsp;</td><td></td></tr><tr><td>不明</td><td>3</td><td>2</td></tr>' }))).toEqual(
      [],
    );
    expect(cells(page({ rows: '<tr hidden><td></td><td></td><td></td></tr><tr><td>不明</td><td>3</td><td>2</td></tr>' }))).toEqual([
      ...plain!,
      ['3', '2'],
    ]);
    expect(codes(page({ rows: "<tr style='display:none'><td>不明</td><td>3</td><td>2</td></tr>" }))).toEqual(['input/html-hidden']);
    expect(codes(page({ rows: "<tr style='display:none'><td></td><td title='3'></td><td></td></tr>" }))).toEqual(['input/html-hidden']);
    expect(codes(page({ rows: "<tr style='display:none'><td></td><td><!-- 3 --></td><td></td></tr>" }))).toEqual(['input/html-hidden']);
    expect(
      codes(page({ rows: "<tr style='display:none'><td rowspan=2></td><td></td><td></td></tr><tr><td>3</td><td>2</td></tr>" })),
    ).toEqual(['input/html-hidden']);
    // A hidden empty cell in a row shown moves the cells after it: refused.
    expect(codes(page({ rows: "<tr><td>不明</td><td style='display:none'></td><td>3</td><td>2</td></tr>" }))).toEqual([
      'input/html-hidden',
    ]);
    // A hidden empty element in a cell: nothing to read.
    expect(cells(page({ cell: "<span style='display:none'></span>28" }))).toEqual(plain);
    expect(cells(page({ cell: "<span style='display:none'>&nbsp;</span>28" }))).toEqual(plain);
  });

  it('Excel’s phonetic guide (kana in a hidden rt of a ruby) is read as absent; one holding a digit or kanji, refused', () => {
    const label = (guide: string) =>
      page({
        rows: `<tr><td><ruby>不明<span style='display:none'><rt class=font6>${guide}</rt></span></ruby></td><td>3</td><td>2</td></tr>`,
      });
    expect(codes(label('フメイ'))).toEqual([]);
    expect(readTables(label('フメイ')).tables[0]!.rows.map((h) => h.label)).toEqual(['男性', '女性', '不明']);
    expect(codes(label('ふめい'))).toEqual([]);
    expect(
      codes(page({ css: 'rt{display:none}', rows: '<tr><td><ruby>不明<rt>フメイ</rt></ruby></td><td>3</td><td>2</td></tr>' })),
    ).toEqual([]);
    for (const g of ['3', '三', 'three', 'フメイ3']) expect(codes(label(g)), g).toEqual(['input/html-hidden']);
    expect(
      codes(page({ rows: "<tr><td><ruby>不明<span style='display:none'>フメイ</span></ruby></td><td>3</td><td>2</td></tr>" })),
    ).toEqual(['input/html-hidden']);
    expect(codes(page({ cell: "<ruby>28<span style='display:none'><rt>3</rt></span></ruby>" }))).toEqual(['input/html-hidden']);
  });

  it('attributes saying where a cell is (its row or column, its indentation) are read; other numbers refused', () => {
    const at = (attrs: string) =>
      `<table><tr><td>項目</td><td>A群</td></tr><tr><td>男性</td><td ${attrs}>28</td></tr><tr><td>女性</td><td>26</td></tr></table>`;
    for (const a of [
      'data-row="2"',
      'data-row="1"',
      'data-col="2"',
      'data-col="1"',
      'aria-rowindex="2"',
      'aria-colindex="2"',
      'data-row-index="1"',
    ])
      expect(codes(at(a)), a).toEqual([]);
    for (const a of ['data-row="3"', 'data-col="3"', 'data-sort="3"', 'data-value="3"', 'data-n="3"', 'indentlevel="3"'])
      expect(codes(at(a)), a).toEqual(['input/html-hidden']);
    expect(codes(at('style="padding-left: 2em;" indentlevel="1"'))).toEqual([]);
    expect(codes(at('style="padding-left: 2em;" indentlevel="3"'))).toEqual(['input/html-hidden']);
  });

  it('a stylesheet’s rule hides only the elements its selector matches whole; hiding for print alone leaves the screen', () => {
    // normalize.css and Bootstrap: 「[hidden]」 matches elements with the attribute (refused for it), not all.
    expect(codes(page({ css: '[hidden],template{display:none}' }))).toEqual([]);
    expect(codes(page({ css: '[hidden],template{display:none}', cell: '<span hidden>3</span>28' }))).toEqual(['input/html-hidden']);
    expect(codes(page({ css: 'td.off{display:none}' }))).toEqual([]);
    expect(codes(page({ css: 'td.off{display:none}', cell: '28</td><td class="off">3' }))).toEqual(['input/html-hidden']);
    expect(codes(page({ css: 'span[data-k="a"]{display:none}', cell: '<span data-k="b">3</span>28' }))).toEqual([]);
    expect(codes(page({ css: 'span[data-k="a"]{display:none}', cell: '<span data-k="a">3</span>28' }))).toEqual(['input/html-hidden']);
    // A class inside :not() is not required (「td:not(.x)」 may match any td).
    expect(codes(page({ css: 'td:not(.x){display:none}' }))).toEqual(['input/html-hidden']);
    // An ancestor the selector names: the table inside it is hidden, one outside is not.
    expect(codes(page({ css: '.no-print *{display:none}' }))).toEqual([]);
    expect(codes(page({ css: '.no-print *{display:none}', wrap: ['<div class="no-print">', '</div>'] }))).toEqual(['input/html-hidden']);
    expect(codes(page({ css: '.wrap > table{visibility:hidden}', wrap: ['<div class="wrap"><div>', '</div></div>'] }))).toEqual([]);
    expect(codes(page({ css: '.wrap > table{visibility:hidden}', wrap: ['<div class="wrap">', '</div>'] }))).toEqual(['input/html-hidden']);
    // Escapes in a selector are read (Tailwind's 「md:hidden」 is one class), comments and spaces in brackets too.
    expect(
      codes(page({ css: '@media (min-width: 768px) { .md\\:hidden { display: none } }', cell: '<span class="md:hidden">3</span>28' })),
    ).toEqual(['input/html-hidden']);
    expect(codes(page({ css: '.a\\.b{display:none}', cell: '<span class="a.b">3</span>28' }))).toEqual(['input/html-hidden']);
    expect(codes(page({ css: '.\\31 0{display:none}', cell: '<span class="10">3</span>28' }))).toEqual(['input/html-hidden']);
    expect(codes(page({ css: 'td [ data-k = "a" ] /* x */ {display:none}', cell: '<span data-k="a">3</span>28' }))).toEqual([
      'input/html-hidden',
    ]);
    // A hidden empty element whose rule adds text that may be shown: refused.
    expect(
      codes(
        page({ css: '.y::before{content:"3";visibility:visible}', cell: '<span style="visibility:hidden"><i class="y"></i></span>28' }),
      ),
    ).toEqual(['input/html-hidden']);
    // For print alone: hiding leaves the screen's text as it is (a print shows no more); adding text stays refused.
    expect(codes(page({ css: '@media print { td, th, .no-print * { display: none } }' }))).toEqual([]);
    expect(codes(page({ css: '@media only print { td { visibility: hidden } }' }))).toEqual([]);
    expect(codes(page({ css: '@media screen, print { td { display: none } }' }))).toEqual(['input/html-hidden']);
    expect(codes(page({ css: '@media print { td::after { content: "3" } }' }))).toEqual(['input/html-hidden']);
    expect(codes(page({ css: '@media print { td { text-decoration: line-through } }' }))).toEqual(['input/html-hidden']);
  });
});

describe('random: tables of counts and shares as spreadsheets export them (unrounded shares, formulas, phonetic guides)', () => {
  /** A random table of two groups' counts and shares of N, as Excel's web page or Google Sheets' copy writes it. */
  function randomPage(rand: () => number, google: boolean) {
    const labels = ['男性', '女性', '不明', 'その他', '未回答'].slice(0, 2 + Math.floor(rand() * 3));
    const counts = labels.map(() => [Math.floor(rand() * 40), Math.floor(rand() * 40)] as [number, number]);
    const N = [0, 1].map((c) => counts.reduce((s, r) => s + r[c]!, 0) || 1) as [number, number];
    const decimals = rand() < 0.5 ? 1 : 0;
    const shownPct = (n: number, c: 0 | 1) => `${((n / N[c]) * 100).toFixed(decimals)}%`;
    const q = (v: unknown) => JSON.stringify(v).replace(/"/g, '&quot;');
    const td = (text: string, value?: number, formula?: string) =>
      google
        ? `<td${value !== undefined ? ` data-sheets-value="${q({ 1: 3, 3: value })}"` : ''}${formula ? ` data-sheets-formula="${formula}"` : ''}>${text}</td>`
        : `<td${value !== undefined ? ` x:num="${value}"` : ''}${formula ? ` x:fmla="${formula}"` : ''}>${text}</td>`;
    const rows = [...counts, N].map((r, i) => {
      const label = i === counts.length ? '合計' : labels[i]!;
      const cell = google
        ? `<td>${label}</td>`
        : `<td><ruby>${label}<span style='display:none'><rt class=font6>カナ</rt></span></ruby></td>`;
      const sum = (col: string) => (google ? `=SUM(R[-${counts.length}]C[0]:R[-1]C[0])` : `=SUM(${col}2:${col}${counts.length + 1})`);
      const share = (col: string) => (google ? `=R[0]C[-1]/R[${counts.length - i}]C[-1]` : `=${col}${i + 2}/${col}$${counts.length + 2}`);
      return `<tr>${cell}${[0, 1]
        .map((c) =>
          i === counts.length
            ? `${td(String(N[c as 0 | 1]), N[c as 0 | 1], sum(c === 0 ? 'B' : 'D'))}${td(`${(100).toFixed(decimals)}%`, 1)}`
            : `${td(String(r[c]), r[c])}${td(shownPct(r[c]!, c as 0 | 1), r[c]! / N[c as 0 | 1], share(c === 0 ? 'B' : 'D'))}`,
        )
        .join('')}</tr>`;
    });
    const html = `${google ? '<google-sheets-html-origin>' : '<html><head><style>rt{display:none}</style></head><body>'}<table><tr><td>項目</td><td>A群 n</td><td>A群 %</td><td>B群 n</td><td>B群 %</td></tr>${rows.join('')}${google ? '' : "<tr height=0 style='display:none'><td width=72></td><td width=72></td><td width=72></td><td width=72></td><td width=72></td></tr>"}</table>${google ? '</google-sheets-html-origin>' : '</body></html>'}`;
    const line = (r: string[]) => r.join('\t');
    const pct = (n: number, c: 0 | 1) => {
      const v = (n / N[c]) * 100;
      const shown = v.toFixed(decimals);
      return Number(shown) === v ? `${shown}%` : `${Number(v.toPrecision(12))}%`;
    };
    const held = [
      line(['項目', 'A群 n', 'A群 %', 'B群 n', 'B群 %']),
      ...counts.map((r, i) => line([labels[i]!, String(r[0]), pct(r[0], 0), String(r[1]), pct(r[1], 1)])),
      line(['合計', String(N[0]), `${(100).toFixed(decimals)}%`, String(N[1]), `${(100).toFixed(decimals)}%`]),
    ].join('\n');
    return { html, held: `${held}\n` };
  }

  it('100 pages: each read as its table with the shares the file holds (main: all 100 refused, `HTML5_MAIN=1` counts them), refused with a count written over as X; 20 checked and attacked on those shares hold', () => {
    const rand = lcg(2605);
    let attacked = 0;
    const refusedOnMain: number[] = [];
    for (let k = 0; k < 100; k++) {
      const { html, held } = randomPage(rand, k % 2 === 1);
      if (process.env.HTML5_MAIN && readTables(html).errors.some((e) => e.code === 'input/html-hidden')) refusedOnMain.push(k);
      if (process.env.HTML5_MAIN) continue;
      const a = shape(html);
      expect(a.errors, `page ${k}`).not.toContain('input/html-hidden');
      expect(a, `page ${k}`).toEqual(shape(held));
      // The same page with a count written over as 「X」, its value left in the file: refused.
      const over = html.replace(/(<td (?:x:num|data-sheets-value)="[^"]*">)\d+(<\/td>)/, '$1X$2');
      expect(codes(over), `page ${k}`).toEqual(['input/html-hidden']);
      if (k % 5 !== 0 || a.errors.length > 0) continue;
      const r = check(highs, bundle, html, { details: true });
      if (!r.ok) continue;
      const joined = r.tables[0]!.table;
      // The shares to 4 decimals (the oracle’s LP fails on 6 and more: HiGHS status 8): with N under 200 they give each
      // count back exactly, as the file's digits do.
      const four = (t: string) => t.replace(/(\d+\.\d{5,})%/g, (_, x: string) => `${Number(x).toFixed(4)}%`);
      const text = `${['', ...joined.cols.map((c) => c.label)].join('\t')}\n${joined.rows.map((row, i) => [row.label, ...joined.cells[i]!.map((c) => four(c.text))].join('\t')).join('\n')}\n`;
      try {
        expectProtected(highs, r, text);
      } catch (e) {
        throw new Error(`page ${k}: ${String(e)}\n${text}\n${hiddenLabels(r).join(',')}`);
      }
      attacked++;
    }
    if (process.env.HTML5_MAIN) console.log(`refused on main: ${refusedOnMain.length} of 100`);
    else expect(attacked).toBeGreaterThanOrEqual(15);
  });
});
