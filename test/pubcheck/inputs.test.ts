/**
 * Every way a table reaches the checker — Markdown tables, CSV (quoted, multi-line cells, semicolons, 「sep=」), copies
 * from web pages and word processors (no-break and zero-width spaces, U+3000, trailing tabs, CRLF, a lone CR), numbers
 * with thousands separators, full-width digits and units — is read exactly as the same table in plain TSV (the same
 * tables, labels, cells and sums, the same verdict and the same cells to hide), or refused in words naming the line
 * and how to fix it. Formulas, spreadsheet error values and HTML in labels or cells are refused, never read.
 */
import { describe, expect, it } from 'vitest';
import { normalise, readCell } from '../../src/pubcheck/cell.ts';
import { check } from '../../src/pubcheck/check.ts';
import { decodeBytes, MARKDOWN_CELL, markdownCell, parseRecords, readRecords } from '../../src/pubcheck/csv.ts';
import { readTables } from '../../src/pubcheck/read.ts';
import type { Header } from '../../src/pubcheck/types.ts';
import { fixtureBundle, lcg, solver } from './helpers.ts';

const bundle = fixtureBundle();
const highs = await solver();

/** What the reader makes of a text, without line numbers (a Markdown table has a delimiter line TSV has not). */
function reading(text: string) {
  const r = readTables(text);
  const header = (h: Header) => ({
    label: normalise(h.label),
    kind: h.kind,
    depth: h.depth,
    parent: h.parent,
    children: h.children,
    denominator: h.denominator,
  });
  return {
    errors: r.errors.map((e) => e.code),
    warnings: r.warnings.map((w) => w.code).filter((c) => c !== 'input/separator'),
    tables: r.tables.map((t) => ({
      title: t.title === undefined ? undefined : normalise(t.title),
      corner: normalise(t.corner),
      kind: t.kind,
      denominator: t.denominator,
      rows: t.rows.map(header),
      cols: t.cols.map(header),
      cells: t.cells.map((row) => row.map((c) => c.value)),
      sums: t.sums,
    })),
  };
}

/** The verdict and the cells to hide. */
function judged(text: string, mipSeconds?: number) {
  const r = check(highs, bundle, text, { details: true }, mipSeconds === undefined ? {} : { mipSeconds });
  if (!r.ok) return { errors: r.errors.map((e) => e.code) };
  return {
    route: r.verdict.route,
    label: r.verdict.label,
    publishable: r.verdict.publishableAsIs,
    after: r.verdict.afterChanges?.route,
    status: r.tables.map((t) => t.status),
  };
}

// ---- the forms a TSV table is pasted in -------------------------------------------------------------------------

type Line = { text: string; cells?: string[]; first?: boolean };
/** The lines of a TSV text; a table's lines carry their cells, the first of each table marked. */
function lines(tsv: string): Line[] {
  const out: Line[] = [];
  let inTable = false;
  for (const text of tsv.replace(/\n$/, '').split('\n')) {
    if (!text.includes('\t')) {
      out.push({ text });
      inTable = false;
      continue;
    }
    out.push({ text, cells: text.split('\t'), first: !inTable });
    inTable = true;
  }
  return out;
}
const indentOf = (cell: string) => /^ */.exec(cell)![0].length;

const ALIGN = ['---', ':--', '--:', ':-:'];
/** GitHub Markdown: pipes escaped in cells, indentation as 「&nbsp;」, alignment colons; with or without outer pipes. */
function markdown(tsv: string, outer = true): string {
  return lines(tsv)
    .flatMap((l) => {
      if (!l.cells) return [l.text];
      const cells = l.cells.map((c, k) => {
        const body = c.trim().replace(/\|/g, '\\|');
        return k === 0 ? '&nbsp;'.repeat(indentOf(c)) + body : body;
      });
      const row = (cs: string[]) => (outer || cs[0] === '' ? `| ${cs.join(' | ')} |` : cs.join(' | '));
      const out = [row(cells)];
      if (l.first) out.push(row(cells.map((_, k) => ALIGN[k % ALIGN.length]!)));
      return out;
    })
    .join('\n')
    .concat('\n');
}

const quote = (f: string) => `"${f.replace(/"/g, '""')}"`;
/** CSV: every field quoted (as some tools save it) or only those that need it; CRLF or LF. */
function csv(tsv: string, all: boolean): string {
  return (
    lines(tsv)
      // Excel pads every line, titles and empty lines too, to the widest with empty fields.
      .map((l) => (l.cells ? l.cells.map((f) => (all || /[",\n]/.test(f) ? quote(f) : f)).join(',') : all ? `${l.text},,` : l.text))
      .join(all ? '\r\n' : '\n')
      .concat(all ? '\r\n' : '\n')
  );
}

/** Semicolons (a spreadsheet that writes decimals with a comma): counts without their thousands separators. */
function semicolons(tsv: string, sepLine = false): string {
  const body = lines(tsv)
    .map((l) =>
      l.cells ? l.cells.map((f, k) => (k > 0 ? f.replace(/(\d),(\d{3})/g, '$1$2') : /[;"]/.test(f) ? quote(f) : f)).join(';') : l.text,
    )
    .join('\n');
  return `${sepLine ? 'sep=;\n' : ''}${body}\n`;
}

/**
 * A table copied from a web page: no-break spaces around cells and as indentation, zero-width spaces in labels and
 * values, trailing tabs, CRLF.
 */
function web(tsv: string): string {
  return lines(tsv)
    .map((l) =>
      l.cells
        ? `${l.cells
            .map((c, k) => {
              if (c === '') return c;
              const body = c.trim();
              const zw = body.length > 1 ? `${body[0]}\u200b${body.slice(1)}` : `\u200b${body}`;
              return k === 0 ? `${'\u00a0'.repeat(indentOf(c))}${zw}\u00a0` : `\u00a0${zw}\u200b\u00a0`;
            })
            .join('\t')}\t\t`
        : l.text,
    )
    .join('\r\n')
    .concat('\r\n');
}

/** A table copied from a word processor: ideographic spaces (U+3000) around values and as indentation, lone CR. */
function word(tsv: string): string {
  return lines(tsv)
    .map((l) =>
      l.cells
        ? l.cells.map((c, k) => (k === 0 ? '\u3000'.repeat(indentOf(c) / 2) + c.trim() : c === '' ? c : `\u3000${c}\u3000`)).join('\t')
        : l.text,
    )
    .join('\r')
    .concat('\r');
}

const FULL = (s: string) => s.replace(/[0-9,.%()/=]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
/** Full-width digits, 「，」「．」「％」「（）」「／」「＝」 in every value, label and title (「Ａ群（Ｎ＝４０）」). */
function fullWidth(tsv: string): string {
  return lines(tsv)
    .map((l) => (l.cells ? l.cells.map(FULL).join('\t') : FULL(l.text)))
    .join('\n')
    .concat('\n');
}

const UNITS = ['人', '例', '名', '件', ' 人'];
/** A unit of patients after each count (「12人」「3例 (7.5%)」). */
function units(tsv: string): string {
  let i = 0;
  return lines(tsv)
    .map((l) =>
      l.cells && !l.first
        ? l.cells.map((c, k) => (k > 0 ? c.replace(/^([\d,]+)(?=$| \()/, (n) => n + UNITS[i++ % UNITS.length]!) : c)).join('\t')
        : l.text,
    )
    .join('\n')
    .concat('\n');
}

/** Excel's copy of cells holding a line break: the cell quoted, the break inside (「A群」⏎「(N=40)」). */
function multiline(tsv: string): string {
  return lines(tsv)
    .map((l) => (l.cells ? l.cells.map((c) => (/\S \(/.test(c) ? quote(c.replace(/ \(/, '\r\n(')) : c)).join('\t') : l.text))
    .join('\r\n')
    .concat('\r\n');
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const escapeHtml = (text: string) => text.replace(/[&<>]/g, (ch) => HTML_ESCAPES[ch]!);
/**
 * A web page saved as HTML (html.ts): each table a <table> with its header row in <thead> as <th>, a 「#」 title as its
 * <caption>, other text lines as paragraphs (one just before a table is its title), indentation as 「&nbsp;」.
 */
function html(tsv: string): string {
  const out = ['<!DOCTYPE html>', '<html lang="ja"><head><meta charset="utf-8"><title>結果</title></head>', '<body>'];
  let open = false;
  let caption: string | undefined;
  const cell = (tag: string, c: string) => `<${tag}>${'&nbsp;'.repeat(indentOf(c))}${escapeHtml(c.trimStart())}</${tag}>`;
  for (const l of lines(tsv)) {
    if (!l.cells) {
      if (open) out.push('</tbody></table>');
      open = false;
      if (l.text.startsWith('# ')) caption = l.text.slice(2);
      else if (l.text !== '') out.push(`<p>${escapeHtml(l.text)}</p>`);
      continue;
    }
    if (l.first) {
      out.push(`<table>${caption === undefined ? '' : `<caption>${escapeHtml(caption)}</caption>`}`);
      out.push(`<thead><tr>${l.cells.map((c) => cell('th', c)).join('')}</tr></thead><tbody>`);
      caption = undefined;
      open = true;
      continue;
    }
    out.push(`<tr>${l.cells.map((c, k) => cell(k === 0 ? 'th' : 'td', c)).join('')}</tr>`);
  }
  if (open) out.push('</tbody></table>');
  return `${out.join('\n')}\n</body></html>\n`;
}

const FORMS: [string, (tsv: string) => string][] = [
  ['Markdown', (t) => markdown(t)],
  ['Markdown without outer pipes', (t) => markdown(t, false)],
  ['CSV, every field quoted, lines padded, CRLF', (t) => csv(t, true)],
  ['CSV, quoted where needed', (t) => csv(t, false)],
  ['CSV separated by semicolons', (t) => semicolons(t)],
  ['CSV with 「sep=;」', (t) => semicolons(t, true)],
  ['a web page', web],
  ['a word processor', word],
  ['full-width digits and marks, in values and labels', fullWidth],
  ['units after counts', units],
  ["Excel's multi-line cells", multiline],
  ['an HTML page', html],
];

/** Tables written by hand: totals, subtotals by indentation, n (%) with N, thousands, titles, two tables, a うち line. */
const TABLES: string[] = [
  '性別\t投与群\t対照群\t合計\n男性\t25\t3\t28\n女性\t30\t40\t70\n合計\t55\t43\t98\n',
  '\tA\tB\n男性\t30\t12\n  20代\t10\t5\n  30代\t20\t7\n女性\t25\t30\n  20代\t12\t10\n  30代\t13\t20\n',
  '\tA群 (N=40)\tB群 (N=50)\nあり\t3 (7.5%)\t20 (40.0%)\nなし\t37 (92.5%)\t30 (60.0%)\n',
  '# 表2 年代別\n年代\tA群\tB群\t合計\n20代\t1,234\t2\t1,236\n30代\t2,345\t3,456\t5,801\n合計\t3,579\t3,458\t7,037\n',
  '# 表1\n\tA\tB\nx\t10\t20\ny\t30\t4\n\n表B\n\tA|B\ny\t30\nz\t12\n',
  '\t実薬\t対照\nGrade 1\t12\t15\nGrade 2\t8/40\t11/45\nGrade 3\t20/40\t19/45\n',
  '\t男性\t女性\n入院\t20\t30\nうち重症\t18\t5\n外来\t40\t50\n',
];

/** Random tables with totals, counts 0–40 (some under the threshold). */
function randomTables(n: number, seed: number): string[] {
  const rand = lcg(seed);
  return Array.from({ length: n }, () => {
    const rows = 2 + Math.floor(rand() * 4);
    const cols = 2 + Math.floor(rand() * 3);
    const cells = Array.from({ length: rows }, () => Array.from({ length: cols }, () => Math.floor(rand() * 41)));
    const head = ['', ...Array.from({ length: cols }, (_, j) => `群${j + 1}`), '合計'];
    const body = cells.map((row, i) => [`区分${i + 1}`, ...row, row.reduce((a, b) => a + b, 0)]);
    const sums = Array.from({ length: cols + 1 }, (_, j) => body.reduce((s, r) => s + (r[j + 1] as number), 0));
    return [head, ...body, ['合計', ...sums]].map((r) => r.join('\t')).join('\n') + '\n';
  });
}

describe('each form of a table is read as the same table in TSV', () => {
  const all = [...TABLES, ...randomTables(24, 11)];
  it.each(FORMS)('%s', (_name, form) => {
    for (const tsv of all) {
      const plain = reading(tsv);
      expect(plain.errors, tsv).toEqual([]);
      expect(reading(form(tsv)), `${tsv}\n→\n${form(tsv)}`).toEqual(plain);
    }
  });
});

describe('each form gets the same verdict and the same cells to hide as TSV', () => {
  it.each(FORMS)('%s: tables written by hand', (_name, form) => {
    for (const tsv of TABLES) {
      const plain = judged(tsv);
      expect(plain, tsv).not.toHaveProperty('errors');
      expect(judged(form(tsv)), form(tsv)).toEqual(plain);
    }
  });
  it.each(FORMS)('%s: random tables with totals (quick proposal)', (_name, form) => {
    for (const tsv of randomTables(8, 29)) expect(judged(form(tsv), 0), form(tsv)).toEqual(judged(tsv, 0));
  });
});

describe('Markdown tables', () => {
  it('reads escaped pipes, alignment colons, no outer pipes, emphasis, code spans, <br> and references', () => {
    const r = readTables('年齢 | A\\|B | C\n:--|:-:|--:\n**20代** | `3` | *20*\n30代 | 25 | 40\n**合計** | 28 | 60\n');
    expect(r.errors).toEqual([]);
    const t = r.tables[0]!;
    expect(t.cols.map((h) => h.label)).toEqual(['A|B', 'C']);
    expect(t.rows.map((h) => [h.label, h.kind])).toEqual([
      ['20代', 'item'],
      ['30代', 'item'],
      ['合計', 'total'],
    ]);
    expect(t.cells.map((row) => row.map((c) => c.value.kind === 'count' && c.value.n))).toEqual([
      [3, 20],
      [25, 40],
      [28, 60],
    ]);
    const br = readTables(
      '| | A群<br>(N=40) | B群<br/>(N=50) |\n|---|---|---|\n| あり | 3 (7.5%) | 20 (40.0%) |\n| なし | 37 (92.5%) | 30 (60.0%) |\n',
    );
    expect(br.tables[0]!.cols.map((h) => h.denominator)).toEqual([40, 50]);
    const nbsp = readTables('| | A |\n|---|---|\n| 男性 | 30 |\n| &nbsp;&nbsp;20代 | 10 |\n| &#12288;30代 | 20 |\n');
    expect(nbsp.tables[0]!.rows.map((h) => [h.label, h.depth, h.parent])).toEqual([
      ['男性', 0, null],
      ['20代', 1, 0],
      ['30代', 1, 0],
    ]);
  });
  it('reads emphasis as GitHub shows it: 「**3**0」 is 30, 「__3__0」 (no emphasis inside a word) is refused as written', () => {
    const value = (cell: string) => readTables(`| | A |\n|---|---|\n| x | ${cell} |\n| y | 20 |\n`).tables[0]?.cells[0]![0]!.value;
    expect(value('**3**0')).toEqual({ kind: 'count', n: 30 });
    expect(value('__30__')).toEqual({ kind: 'count', n: 30 });
    expect(readTables('| | A |\n|---|---|\n| x | __3__0 |\n| y | 20 |\n').errors.map((e) => e.code)).toEqual(['cell/text']);
  });
  it('reads the marks of cells up to MARKDOWN_CELL characters; a longer cell is taken as written (and refused as a value)', () => {
    expect(markdownCell(`**${'a'.repeat(100)}**`)).toBe('a'.repeat(100));
    const long = `**${'a'.repeat(MARKDOWN_CELL)}**`;
    expect(markdownCell(long)).toBe(long);
    expect(markdownCell('**a** **b**')).toBe('a b');
    expect(markdownCell('** a **')).toBe('** a **');
  });
  it('keeps the line numbers of the input (the delimiter row is no row)', () => {
    const r = readTables('# 表1\n| | A | B |\n|---|---|---|\n| x | 3 | 20 |\n| y | 25 | 多数 |\n');
    expect(r.errors.map((e) => [e.code, e.place?.line])).toEqual([['cell/text', 5]]);
    expect(parseRecords('| | A |\n|---|---|\n| x | 3 |\n').map((x) => [x.line, x.fields])).toEqual([
      [1, ['', 'A']],
      [3, ['x', '3']],
    ]);
  });
  it('reads tables in Markdown and in TSV in one input, and notes between them, as TSV', () => {
    const mixed = '# 表1\n| | A | B |\n|---|---|---|\n| x | 10 | 20 |\n| y | 30 | 4 |\n\n# 表2\n\tA\nx\t30\ny\t12\n';
    expect(reading(mixed)).toEqual(reading('# 表1\n\tA\tB\nx\t10\t20\ny\t30\t4\n\n# 表2\n\tA\nx\t30\ny\t12\n'));
    expect(readRecords(mixed).markdown).toEqual([2]);
  });
  it('refuses a row with more cells than the header (GitHub drops them unseen) and says which cells are missing', () => {
    const long = readTables('| | A | B |\n|---|---|---|\n| x | 3 | 20 | 5 |\n| y | 25 | 40 |\n');
    expect(long.errors.map((e) => [e.code, e.place?.line, e.message])).toEqual([
      ['row/long', 3, '行「x」に列見出しのない値「5」があります（4列目）'],
    ]);
    const short = readTables('| | A | B |\n|---|---|---|\n| x | 3 |\n| y | 25 | 40 |\n');
    expect(short.errors.map((e) => [e.code, e.place?.line])).toEqual([['row/short', 3]]);
  });
  it('refuses lines between pipes that are no Markdown table, naming the line and the delimiter row to add', () => {
    for (const [text, line, words] of [
      ['| | A | B |\n| x | 3 | 20 |\n', 1, '区切り行（|---|---|）がなく'],
      ['# 表\n| | A | B |\n|---|---|\n| x | 3 | 20 |\n', 2, '2 列で、見出しの 3 列と合わず'],
      ['\tA\nx\t3\n\n| a | b |\n', 4, '区切り行'],
    ] as const) {
      const r = readTables(text);
      expect(r.errors.map((e) => [e.code, e.place?.line])).toEqual([['input/format', line]]);
      expect(r.errors[0]!.message).toContain(`${line}行目`);
      expect(r.errors[0]!.message).toContain(words);
      expect(r.errors[0]!.hint).toContain('| --- | --- |');
    }
  });
  it('refuses HTML left in a cell (a tag or an unknown reference), naming it', () => {
    const r = readTables('| | <b>A</b> | B |\n|---|---|---|\n| x | 3<sup>a</sup> | 20 |\n| y | 25 | 40 |\n');
    expect(r.errors.map((e) => [e.code, e.place?.line, e.message])).toEqual([
      ['input/markup', 1, '2列目: 「<b>A</b>」に HTML のタグ「<b>」があり、表示される文字と違います'],
      ['input/markup', 3, '2列目: 「3<sup>a</sup>」に HTML のタグ「<sup>」があり、表示される文字と違います'],
    ]);
  });
});

describe('CSV', () => {
  it('reads quoted commas, quotes inside, and a cell holding line breaks as one cell', () => {
    const r = readTables(',"A群, 男性","B ""群"""\r\n"x\r\n（注あり）","1,234","3 (7.5%)"\r\ny,25,"37 (92.5%)"\r\n');
    expect(r.errors).toEqual([]);
    const t = r.tables[0]!;
    expect(t.cols.map((h) => h.label)).toEqual(['A群, 男性', 'B "群"']);
    expect(t.rows.map((h) => normalise(h.label))).toEqual(['x (注あり)', 'y']);
    expect(t.cells[0]!.map((c) => c.value)).toEqual([
      { kind: 'count', n: 1234 },
      { kind: 'count', n: 3, percent: 7.5, decimals: 1 },
    ]);
  });
  it('takes semicolons where every line with a comma has one, and says so as its reading; 「sep=」 names the separator', () => {
    const r = readTables('年齢;A;B\n20代;3;20\n30代;25;40\n');
    expect(r.errors).toEqual([]);
    expect(r.warnings.map((w) => w.code)).toContain('input/separator');
    expect(r.warnings.find((w) => w.code === 'input/separator')!.message).toContain('チェッカーの判断');
    const named = readTables('sep=;\r\n年齢;A;B\r\n20代;3;20\r\n30代;25;40\r\n');
    expect(named.warnings.map((w) => w.code)).not.toContain('input/separator');
    expect(named.tables[0]!.line).toBe(2);
    expect(reading('sep=,\n,A,B\nx,3,20\n')).toEqual(reading('\tA\tB\nx\t3\t20\n'));
    // A comma CSV with a semicolon in one label stays a comma CSV.
    expect(reading(',A;B,C\nx,3,20\n')).toEqual(reading('\tA;B\tC\nx\t3\t20\n'));
  });
  it('refuses a comma between digits in a CSV separated by semicolons (a decimal comma or a thousands separator)', () => {
    for (const cell of ['12,5%', '3 (12,5%)', '1,234', '"1,234"']) {
      const r = readTables(`;A;B\nx;${cell};20\ny;25;40\n`);
      expect(r.errors.map((e) => [e.code, e.place?.line])).toEqual([['cell/decimal-comma', 2]]);
      expect(r.errors[0]!.message).toMatch(/^2列目「.+」: 「;」で区切った CSV では/);
      expect(r.errors[0]!.hint).toContain('12.5%');
    }
  });
  it('refuses a header cut in two inside its brackets (「A (N=1,234)」 without quotes), even where the rows are cut alike', () => {
    for (const text of [
      ',A (N=1,234)\nx,1,234\n',
      ',A (N=1,234),B (N=50)\nx,1,234,20\ny,0,30\n',
      ',"A (男, 女)",B\nx,3,20\n'.replace(/"/g, ''),
    ]) {
      const r = readTables(text);
      expect(r.errors.map((e) => [e.code, e.place?.line])).toEqual([['header/split', 1]]);
      expect(r.errors[0]!.hint).toMatch(/^CSV では 「"A \(.+\)"」 のように見出しを「"」で囲むか/);
    }
    expect(readTables(',"A (N=1,234)"\nx,"1,234"\n').errors).toEqual([]);
    expect(readTables('\t<65\t>65\nx\t3\t20\n').errors).toEqual([]);
  });
  it('says that a thousands comma split a value in a CSV without quotes (never 1 and 234)', () => {
    for (const text of [',A\nx,3\ny,1,234\n', ',A,B\nx,1,234,20\ny,25,40\n']) {
      const r = readTables(text);
      expect(r.errors.map((e) => e.code)).toEqual(['row/long']);
      expect(r.errors[0]!.hint).toContain('"1,234"');
    }
  });
});

describe('numbers: a separator, a unit or a width never changes the count read', () => {
  const count = (text: string) => {
    const r = readCell(text);
    return r.ok && r.value.kind === 'count' ? r.value.n : r.ok ? r.value : r.code;
  };
  it('1,234 in every form is 1234', () => {
    for (const t of ['1,234', '１，２３４', '1，234', '1234', '１２３４', '1,234人', '1,234 例', '\u00a01,234\u00a0', '\u30001,234'])
      expect(count(t), t).toBe(1234);
    expect(reading('\tA\nx\t"1,234"\ny\t20\n')).toEqual(reading('\tA\nx\t1,234\ny\t20\n'));
    expect(reading(',A\nx,"1,234"\ny,20\n')).toEqual(reading('\tA\nx\t1234\ny\t20\n'));
    expect(reading('| | A |\n|---|---|\n| x | 1,234 |\n| y | 20 |\n')).toEqual(reading('\tA\nx\t1234\ny\t20\n'));
  });
  it('a separator that is no thousands separator of this convention is refused, never read as another number', () => {
    for (const [t, code] of [
      ['1.234', 'cell/decimal'],
      ['1 234', 'cell/text'],
      ["1'234", 'cell/text'],
      ['1,23', 'cell/text'],
      ['1,2345', 'cell/text'],
      ['1、234', 'cell/text'],
      ['12,5%', 'cell/text'],
    ] as const)
      expect(count(t), t).toBe(code);
  });
  it('full-width 「．」「％」 and brackets read as ASCII; minus signs of every width are negative, a lone dash is 0', () => {
    const p = readCell('１２．５％');
    expect(p.ok && p.value).toEqual({ kind: 'percent', percent: 12.5, decimals: 1 });
    expect(count('３（７．５％）')).toBe(3);
    for (const t of ['−3', '－3', '‐3', '‒3', '–3', '-3']) expect(count(t), t).toBe('cell/negative');
    for (const t of ['−', '－', '-', '—']) expect(count(t), t).toBe(0);
  });
  it('12人, 12例, 12名, 12件 are 12, with or without a space and before a percentage; as labels they stay labels', () => {
    for (const t of ['12人', '12例', '12名', '12件', '12 人', '１２人']) expect(count(t), t).toBe(12);
    const r = readCell('12人 (3.4%)');
    expect(r.ok && r.value).toEqual({ kind: 'count', n: 12, percent: 3.4, decimals: 1 });
    // Without `units` (a header): no count.
    expect(readCell('12人', false, false).ok).toBe(false);
    for (const t of ['12人中3人', '12人以上', '約12人']) expect(typeof count(t), t).toBe('string');
    const t = readTables('\t1人\t2人\nあり\t3\t20\nなし\t25\t40\n');
    expect(t.errors).toEqual([]);
    expect(t.tables[0]!.cols.map((h) => h.label)).toEqual(['1人', '2人']);
  });
  it('a zero-width space inside a number is dropped (12 as seen), never a refusal or another number', () => {
    expect(reading('\tA\nx\t1\u200b2\ny\t20\n')).toEqual(reading('\tA\nx\t12\ny\t20\n'));
    expect(reading('\tA\nx\t1\u00ad2\ny\t20\n')).toEqual(reading('\tA\nx\t12\ny\t20\n'));
  });
});

describe('formulas, error values and HTML are refused in words, in labels and in cells', () => {
  const refused = (text: string) => readTables(text).errors.map((e) => [e.code, e.place?.line, e.message]);
  it('a formula in a cell or a label', () => {
    expect(refused('\tA\tB\nx\t=SUM(B2:B5)\t20\ny\t25\t40\n')).toEqual([
      ['input/formula', 2, '2列目: 「=SUM(B2:B5)」は表計算ソフトの数式で、値ではありません（数式の計算結果は入力にありません）'],
    ]);
    expect(refused('\tA\tB\n=A1&"群"\t3\t20\ny\t25\t40\n')[0]!.slice(0, 2)).toEqual(['input/formula', 2]);
    expect(refused('\t=B1\tB\nx\t3\t20\ny\t25\t40\n')[0]!.slice(0, 2)).toEqual(['input/formula', 1]);
    expect(refused('\tA\tB\nx\t+SUM(A1:A3)\t20\ny\t25\t40\n')[0]!.slice(0, 2)).toEqual(['input/formula', 2]);
    expect(readTables('\tA\nx\t=A2\ny\t3\n').errors[0]!.hint).toContain('値');
  });
  it('an error value in a cell, or as a row label (not a comment line)', () => {
    for (const value of ['#DIV/0!', '#N/A', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#NULL!', '#SPILL!', 'Err:502', '＃ＤＩＶ／０！']) {
      expect(
        refused(`\tA\tB\nx\t${value}\t20\ny\t25\t40\n`).map((e) => e.slice(0, 2)),
        value,
      ).toEqual([['input/error-value', 2]]);
    }
    expect(refused('\tA\tB\nx\t3\t20\n#N/A\t25\t40\n').map((e) => e.slice(0, 2))).toEqual([['input/error-value', 3]]);
    expect(readTables('\tA\nx\t#DIV/0!\ny\t3\n').errors[0]!.hint).toContain('エラーを直して');
  });
  it('HTML tags and character references in TSV or CSV (a web page copied as its source)', () => {
    expect(refused('\t<b>A</b>\tB\nx\t3\t20\ny\t25\t40\n')[0]!.slice(0, 2)).toEqual(['input/markup', 1]);
    expect(refused('\tA&amp;B\tC\nx\t3\t20\ny\t25\t40\n')[0]![2]).toContain('文字参照「&amp;」');
    expect(refused('\tA\tB\nx\t3<br>\t20\ny\t25\t40\n')[0]!.slice(0, 2)).toEqual(['input/markup', 2]);
    expect(refused('# <span>表1</span>\n\tA\tB\nx\t3\t20\ny\t25\t40\n')[0]!.slice(0, 2)).toEqual(['input/markup', 1]);
    expect(readTables('\t<b>A</b>\nx\t3\n').errors[0]!.hint).toContain('ブラウザーに表示された表');
  });
  it('bounds and groups in angle brackets stay labels', () => {
    for (const labels of [
      ['<65', '≥65'],
      ['<A>', '<B>'],
      ['A&B', 'C'],
      ['=', 'A=B'],
    ]) {
      const r = readTables(`\t${labels.join('\t')}\nx\t3\t20\ny\t25\t40\n`);
      expect(r.errors, labels.join(' ')).toEqual([]);
    }
  });
});

describe('invisible characters and line ends', () => {
  it('a label with a zero-width space links with the same label in another table (they are checked together)', () => {
    const clean = '# 表1\n\t男性\t女性\nA\t3\t20\nB\t25\t40\n\n# 表2\n\t男性\t女性\nA\t3\t20\n';
    const zw = clean.replace('# 表2\n\t男性', '# 表2\n\t男\u200b性\u2060');
    expect(reading(zw)).toEqual(reading(clean));
    expect(judged(zw)).toEqual(judged(clean));
  });
  it('「\\r\\r\\n」 and the Unicode line separators end a line, not a table', () => {
    const plain = reading('\tA\tB\nx\t3\t20\ny\t25\t40\n');
    expect(reading('\tA\tB\r\r\nx\t3\t20\r\r\ny\t25\t40\r\r\n')).toEqual(plain);
    expect(reading('\tA\tB\u2028x\t3\t20\u2029y\t25\t40')).toEqual(plain);
    // A file so written reaches the page's text area (which makes a lone CR a line end) with one line end per line.
    expect(decodeBytes(new TextEncoder().encode('\tA\r\r\nx\t3\r\r\n'))).toBe('\tA\r\nx\t3\r\n');
  });
});

describe('a table whose columns are spaces (copied from a PDF or a terminal)', () => {
  it('is refused once, naming its first line and how to separate the columns, not as a note per line', () => {
    const r = readTables('性別 投与群 対照群 合計\n男性 25 3 28\n女性 30 40 70\n合計 55 43 98\n');
    expect(r.errors.map((e) => [e.code, e.place?.line])).toEqual([['input/spaces', 2]]);
    expect(r.errors[0]!.message).toContain('2行目からの 3 行');
    expect(r.errors[0]!.hint).toContain('タブ');
    // A note with a count after the table stays a note (its own error).
    expect(readTables('\tA\nx\t30\ny\t20\n\n※ 3例は除外\n').errors.map((e) => e.code)).toEqual(['line/count']);
  });
});

describe('inputs with nothing or too much to read end in words', () => {
  const first = (text: string) => {
    const r = readTables(text);
    return [r.errors[0]?.code, r.errors[0]?.place?.line];
  };
  it('empty, blank, only headers, a single cell', () => {
    expect(first('')).toEqual(['input/empty', 1]);
    expect(first(' \u00a0\u200b\n\t\u3000\n\r\n')).toEqual(['input/empty', 1]);
    expect(first('\tA\tB\n')).toEqual(['table/no-rows', 1]);
    expect(first('| | A | B |\n|---|---|---|\n')).toEqual(['table/no-rows', 1]);
    expect(first('3')).toEqual(['table/stray-value', 1]);
    expect(first('sep=;\n')).toEqual(['input/empty', 1]);
  });
  it('10,000 columns, a value of a million digits, a line of a million pipes: refused, quoting at most 60 characters', () => {
    const wide = `\t${Array.from({ length: 10_000 }, (_, j) => `c${j}`).join('\t')}\nx\t${Array.from({ length: 10_000 }, () => '30').join('\t')}\n`;
    expect(first(wide)).toEqual(['table/too-large', 1]);
    // regex10: a value of a million digits is refused by its length before it is read (LIMITS.cellChars); one of 2,000,
    // the longest allowed, is refused as a number too large, quoted short, as the million digits were.
    const long = readTables(`\tA\nx\t${'1'.repeat(1_000_000)}\n`);
    expect(long.errors.map((e) => e.code)).toEqual(['input/too-large']);
    expect(long.errors[0]!.message.length).toBeLessThan(200);
    const atLimit = readTables(`\tA\nx\t${'1'.repeat(2_000)}\n`);
    expect(atLimit.errors.map((e) => e.code)).toEqual(['cell/too-large']);
    expect(atLimit.errors[0]!.message.length).toBeLessThan(200);
    // A line of a million pipes is one value past the limit (regex10); one of 2,000 is refused for its format as before.
    expect(first('|'.repeat(1_000_000))).toEqual(['input/too-large', 1]);
    expect(first('|'.repeat(2_000))).toEqual(['input/format', 1]);
    const md = `| |${' a |'.repeat(300)}\n|${'---|'.repeat(301)}\n| x |${' 30 |'.repeat(300)}\n`;
    expect(first(md)).toEqual(['table/too-large', 1]);
  });
});
