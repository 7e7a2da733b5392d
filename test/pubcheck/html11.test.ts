/**
 * html11 (issue #11): what is set on an element around a table (its ancestors, to the root) is judged as on a cell, and
 * 「:root」 / 「:not()」 are matched as a browser matches them (html11-families.ts; `npx node
 * test/pubcheck/html11-measure.ts [root]` measures any tree).
 *
 * Measured on int (6c7cd4b) and now. Attack pages of seeds 9350001–9350400 (9 attacks: the whole table hidden by the
 * root, the body or a wrapper — display, content-visibility, opacity, a scale of 0, the hidden attribute, a closed
 * details, noscript or fallback content — or its text hidden on an ancestor and shown again on some digits:
 * visibility, a font size of 0, a transparent text fill; line-through): int read 328 of 400 otherwise than a reader is
 * shown them, now 0 (all refused in words). Realistic pages of seeds 9360001–9360200 (「:root」 rules,
 * 「:root{color-scheme:light dark}」 with light-dark() shown in both schemes, a fading wrapper shown through
 * 「:not(.show)」, the inline-block grid's 「font-size:0」 reset around the table, an open details): int refused 43 of
 * 200, now 0.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../src/pubcheck/check.ts';
import { readTables } from '../../src/pubcheck/read.ts';
import { ATTACKS, attackPage, FEATURES, realPage } from './html11-families.ts';
import { leaked } from './html9-judge.ts';
import { fixtureBundle, solver } from './helpers.ts';
import { expectProtected, type Ok } from './protection.ts';

const bundle = fixtureBundle();
const highs = await solver();
const cells = (text: string) =>
  readTables(text).tables.map((t) => [t.cols.map((c) => c.label), ...t.rows.map((r, i) => [r.label, ...t.cells[i]!.map((c) => c.text)])]);
const hidden = (text: string) => readTables(text).errors.filter((e) => e.code === 'input/html-hidden');
const table = (cell: string, css = '', open = '', close = '') => `<html><head><style>${css}</style></head><body>${open}<table>
<tr><th>項目</th><th>A群</th><th>B群</th></tr>
<tr><td>男性</td><td>${cell}</td><td>25</td></tr>
<tr><td>女性</td><td>40</td><td>31</td></tr>
</table>${close}</body></html>`;

describe('around the table: judged as a cell is (int: 328 of 400 attack pages read otherwise than shown)', () => {
  it('400 pages (seeds 9350001–9350400): none read otherwise than a reader is shown it', () => {
    const wrong: string[] = [];
    for (let seed = 9350001; seed <= 9350400; seed++) {
      const p = attackPage(seed);
      if (leaked(readTables(p.html), p)) wrong.push(`${seed} ${p.attack}`);
    }
    expect(wrong).toEqual([]);
  });
  it('every attack is drawn', () => {
    const seen = new Set<string>();
    for (let seed = 9350001; seed <= 9350400; seed++) seen.add(attackPage(seed).attack);
    expect([...seen].sort()).toEqual([...ATTACKS].sort());
  });
  it('a table no reader is shown is not read, said so naming the element', () => {
    for (const [css, open, close, tag] of [
      ['html{display:none}', '', '', 'html'],
      ['body{opacity:0}', '', '', 'body'],
      [':root{content-visibility:hidden}', '', '', 'html'],
      ['.w{transform:scale(0)}', '<div class="w">', '</div>', 'div'],
      ['', '<div style="display:none">', '</div>', 'div'],
      ['', '<section hidden>', '</section>', 'section'],
      ['', '<details><summary>表1</summary>', '</details>', 'details'],
      ['', '<noscript>', '</noscript>', 'noscript'],
    ]) {
      const found = hidden(table('30', css, open, close));
      expect(found, css + open).toHaveLength(1);
      expect(found[0]!.message).toContain(`表を囲む要素（<${tag}>`);
      expect(found[0]!.message).toContain('表全体が画面に表示されません');
    }
  });
  it('hidden on an ancestor and shown again on some digits: refused (which cells a reader sees is not read)', () => {
    expect(hidden(table('<span class="s">3</span>0', 'body{visibility:hidden}.s{visibility:visible}'))).toHaveLength(1);
    expect(hidden(table('<span class="s">3</span>0', 'body{font-size:0}.s{font-size:16px}'))).toHaveLength(1);
    expect(hidden(table('<span class="s">3</span>0', ':root{font-size:0}.s{font-size:16px}'))).toHaveLength(1);
    expect(hidden(table('30', 'body{-webkit-text-fill-color:transparent}td{-webkit-text-fill-color:#000}'))).toHaveLength(1);
    expect(hidden(table('30', 'body{text-decoration:line-through}'))).toHaveLength(1);
    // 1em of a size 0 is 0: the table is not shown.
    expect(hidden(table('30', '.row{font-size:0}.col{font-size:1em}', '<div class="row"><div class="col">', '</div></div>'))).toHaveLength(
      1,
    );
    // Nested percentages to under 4px.
    expect(hidden(table('30', '.a{font-size:30%}', '<div class="a"><div class="a">', '</div></div>'))).toHaveLength(1);
  });
  it('read: what reaches the table is readable (a size given again, an open details, a box added outside it)', () => {
    const grid = ['<div class="row"><div class="col">', '</div></div>'] as const;
    expect(cells(table('30', '.row{font-size:0}.col{display:inline-block;font-size:14px}', ...grid))[0]![1]![1]).toBe('30');
    expect(cells(table('30', '.row{font-size:0}.col{vertical-align:top;font-size:medium}', ...grid))[0]![1]![1]).toBe('30');
    expect(cells(table('30', '', '<details open><summary>表1</summary>', '</details>'))[0]![1]![1]).toBe('30');
    expect(
      cells(table('30', '.clearfix::after{content:" ";display:table;clear:both}', '<div class="clearfix">', '</div>'))[0]![1]![1],
    ).toBe('30');
  });
});

describe('selectors: 「:root」 the root alone, 「:not()」 of plain compounds read exactly, others matched more', () => {
  it(':root styles the root element only (int: 「:root{font-size:62.5%}」 compounded on every element, refused)', () => {
    expect(hidden(table('30', ':root{font-size:62.5%}body{font-size:1.6rem}'))).toEqual([]);
    expect(hidden(table('3<span class="z">0</span>', ':root > span{display:none}'))).toEqual([]);
    expect(hidden(table('3<span class="z">0</span>', ':root span{display:none}'))).toHaveLength(1);
    expect(hidden(table('30', ':root{color:#fff}'))).toHaveLength(1);
  });
  it(':not(.show) does not match the shown element; other pseudo-classes and attribute operators hiding are refused', () => {
    expect(hidden(table('30', '.fade:not(.show){opacity:0}', '<div class="fade show">', '</div>'))).toEqual([]);
    expect(hidden(table('30', '.fade:not(.show){opacity:0}', '<div class="fade">', '</div>'))).toHaveLength(1);
    expect(hidden(table('3<span class="x">0</span>', '.x{color:#fff} span:not(.x){color:#000}'))).toHaveLength(1);
    for (const css of [
      ':is(.z){display:none}',
      'span:nth-child(1){display:none}',
      ':where(td) span{display:none}',
      'span:has(b){font-size:0}',
      'span:not(:first-child){display:none}',
      '[class^="z"]{display:none}',
    ])
      expect(hidden(table('3<span class="z">0</span><b>1</b>', css)), css).not.toEqual([]);
  });
  it(':root{color-scheme:light dark} with light-dark(): read where both colours show, refused where one hides', () => {
    expect(hidden(table('3<span class="h">0</span>', ':root{color-scheme:light dark}.h{color:light-dark(#000,#fff)}'))).toEqual([]);
    expect(hidden(table('3<span class="h">0</span>', ':root{color-scheme:light dark}.h{color:light-dark(#000,#121212)}'))).toHaveLength(1);
    expect(hidden(table('3<span class="h">0</span>', ':root{color-scheme:light dark}.h{color:light-dark(#fff,#eee)}'))).toHaveLength(1);
  });
});

describe('realistic pages: read as their TSV (int refused 43 of 200)', () => {
  it('200 pages (seeds 9360001–9360200): each read as its TSV', () => {
    const wrong: string[] = [];
    for (let seed = 9360001; seed <= 9360200; seed++) {
      const p = realPage(seed);
      const errors = readTables(p.html).errors;
      if (errors.length > 0) wrong.push(`${seed} ${p.feature}: ${errors[0]!.message}`);
      else expect(cells(p.html), `${seed} ${p.feature}`).toEqual(cells(p.tsv));
    }
    expect(wrong).toEqual([]);
  });
  it('every feature is drawn', () => {
    const seen = new Set<string>();
    for (let seed = 9360001; seed <= 9360200; seed++) seen.add(realPage(seed).feature);
    expect([...seen].sort()).toEqual([...FEATURES].sort());
  });
  it('10 pages (2 of each feature) with a small count and totals: checked, and attacked on what they publish, every hidden count holds', () => {
    for (const f of FEATURES)
      for (let seed = 9360101; seed <= 9360102; seed++) {
        const p = realPage(seed, f, true);
        const r = check(highs, bundle, p.html, { details: true }) as Ok;
        expect(r.ok, `${seed} ${f}`).toBe(true);
        const t = r.tables[0]!.table;
        const text = `${['', ...t.cols.map((c) => c.label)].join('\t')}\n${t.rows.map((row, i) => [row.label, ...t.cells[i]!.map((c) => c.text)].join('\t')).join('\n')}\n`;
        expectProtected(highs, r, text);
      }
  });
});
