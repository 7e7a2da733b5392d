/**
 * html13 (issue #11): html12's policy for a table in a closed tab — its numbers are in the page and a reader can open
 * it, so it is read as published (our reading, `layout/closed-tab`) — applied to what else a reader opens: a closed
 * 「details」, Bootstrap's collapse and accordions, an ARIA disclosure (「aria-expanded」 with 「aria-controls」),
 * 「hidden="until-found"」, a dialog or popover a shown button opens (「commandfor」, 「popovertarget」); radio-button
 * tabs read by which radio is checked; and what else makes a reader see other than the source: right-to-left marks,
 * embeddings and isolates between digits (「3\u200f1」 is shown 「13」), a page embedded by 「iframe srcdoc」 or a
 * 「data:」 address (html13-families.ts; `npx node test/pubcheck/html13-measure.ts [root]` measures any tree).
 *
 * Measured on int (1785a29) and now. Attack pages of seeds 9380001–9380400 (19 attacks): int read 48 otherwise than a
 * reader is shown them (27 right-to-left marks between digits and 2 more under 「dir="rtl"」 on a span, 19 embedded
 * pages holding a table or a note's count, unsaid), now 0; every attack that must be refused is refused in words.
 * Realistic pages of seeds 9381001–9381200 (a table in a closed details, an accordion, a disclosure, until-found, a
 * dialog, a popover, radio-button tabs): int refused 169 of 200 (all but the radio tabs), now 0, each read as its TSV.
 */
import { describe, expect, it } from 'vitest';
import { readTables } from '../../src/pubcheck/read.ts';
import { ATTACKS, attackPage, FEATURES, realPage } from './html13-families.ts';
import { leaked } from './html9-judge.ts';
import { cells, expectEveryFeature, expectReadAsTsv, expectRealPagesProtected } from './html-realpages.ts';

const refused = (text: string) => readTables(text).errors.filter((e) => /^input\/(?:html-hidden|markup)$/.test(e.code));
const said = (text: string) => readTables(text).warnings.filter((w) => w.code === 'layout/closed-tab');
const T = '<table><tr><th>項目</th><th>A群</th></tr><tr><td>男性</td><td>30</td></tr><tr><td>女性</td><td>40</td></tr></table>';
const pg = (body: string, css = '') => `<!DOCTYPE html><html><head><style>${css}</style></head><body>${body}</body></html>`;

describe('attack pages (int: 48 of 400 read otherwise than shown)', () => {
  it('400 pages (seeds 9380001–9380400): none read otherwise than a reader is shown it', () => {
    const wrong: string[] = [];
    for (let seed = 9380001; seed <= 9380400; seed++) {
      const p = attackPage(seed);
      if (leaked(readTables(p.html), p)) wrong.push(`${seed} ${p.attack}`);
    }
    expect(wrong).toEqual([]);
  });
  it('every attack is drawn', () => {
    const seen = new Set<string>();
    for (let seed = 9380001; seed <= 9380400; seed++) seen.add(attackPage(seed).attack);
    expect([...seen].sort()).toEqual([...ATTACKS].sort());
  });
});

describe('what a reader opens: read as published, said as our reading (int refused each)', () => {
  it('read: a closed details, a collapse, a disclosure, until-found, a dialog or popover a button opens', () => {
    const pages: [string, string, string][] = [
      [pg(`<details><summary>表1</summary>${T}</details>`), '', '折りたたみ（details）'],
      [pg(`<details>${T}</details>`), '', '折りたたみ（details）'],
      [
        pg(
          `<button data-bs-toggle="collapse" data-bs-target="#c1">表</button><div class="collapse" id="c1">${T}</div>`,
          '.collapse:not(.show){display:none}',
        ),
        '',
        '折りたたみ（collapse・アコーディオン）',
      ],
      [
        pg(`<a data-toggle="collapse" href="#c1">表</a><div class="collapse" id="c1">${T}</div>`, '.collapse:not(.show){display:none}'),
        '',
        'collapse',
      ],
      [pg(`<button aria-expanded="false" aria-controls="d1">表</button><div id="d1" hidden>${T}</div>`), '', 'collapse'],
      [pg(`<div hidden="until-found">${T}</div>`), '', 'hidden="until-found"'],
      [pg(`<button commandfor="d" command="show-modal">表</button><dialog id="d">${T}</dialog>`), '', 'ダイアログ（dialog）'],
      [pg(`<button popovertarget="p">表</button><div popover id="p">${T}</div>`), '', 'ポップオーバー（popover）'],
      [pg(`<button commandfor="p" command="toggle-popover">表</button><div popover="auto" id="p">${T}</div>`), '', 'popover'],
    ];
    for (const [html, , words] of pages) {
      expect(cells(html)[0]![1]![1], html).toBe('30');
      const s = said(html);
      expect(s, html).toHaveLength(1);
      expect(s[0]!.message).toContain(words);
      expect(s[0]!.message).toContain('チェッカーの判断');
    }
    expect(said(pg(`<details open><summary>表1</summary>${T}</details>`))).toEqual([]);
    // Nested: a tab bar inside a closed tab's panel, a details inside a details (opened one after the other).
    for (const html of [
      pg(
        `<button role="tab" aria-controls="o2">o</button><div role="tabpanel" id="o2" hidden><button role="tab" aria-controls="i2">i</button><div role="tabpanel" id="i2" hidden>${T}</div></div>`,
      ),
      pg(`<details><summary>a</summary><details><summary>b</summary>${T}</details></details>`),
    ])
      expect(cells(html)[0]![1]![1], html).toBe('30');
  });
  it('refused: no reader opens it (no control, a hidden control, a hidden summary), or it hides otherwise too', () => {
    for (const html of [
      pg(`<div class="collapse" id="c1">${T}</div>`, '.collapse:not(.show){display:none}'),
      pg(
        `<button style="display:none" data-bs-toggle="collapse" data-bs-target="#c1">表</button><div class="collapse" id="c1">${T}</div>`,
        '.collapse:not(.show){display:none}',
      ),
      pg(`<details><summary hidden>表1</summary>${T}</details>`),
      pg(`<details><summary class="x">表1</summary>${T}</details>`, '.x{display:none}'),
      pg(`<dialog id="d">${T}</dialog>`),
      pg(`<button commandfor="d" command="close">表</button><dialog id="d">${T}</dialog>`),
      pg(`<div popover id="p">${T}</div>`),
      pg(`<button aria-expanded="false" aria-controls="d1">表</button><div id="d1" hidden style="opacity:0">${T}</div>`),
      pg(`<details><summary>表1</summary>${T.replace('<td>30</td>', '<td>3<span hidden>0</span></td>')}</details>`),
      pg(`<div hidden>${T}</div>`),
      // html12's tabs alike: a tab or link no reader is shown opens nothing (html12 read these); a control inside the
      // container it opens does not open it.
      pg(`<button role="tab" aria-controls="p2" hidden>t</button><div role="tabpanel" id="p2" hidden>${T}</div>`),
      pg(`<button class="x" role="tab" aria-controls="p2">t</button><div role="tabpanel" id="p2" hidden>${T}</div>`, '.x{display:none}'),
      pg(`<a href="#s2" hidden>t</a><section class="t" id="s2">${T}</section>`, '.t{display:none}.t:target{display:block}'),
      pg(
        `<div class="collapse" id="c1"><button data-bs-toggle="collapse" data-bs-target="#c1">x</button>${T}</div>`,
        '.collapse:not(.show){display:none}',
      ),
      // A display:none of its own stays when a details, a dialog, a popover or until-found content is opened.
      pg(`<details style="display:none"><summary>表1</summary>${T}</details>`),
      pg(`<div hidden="until-found" class="x">${T}</div>`, '.x{display:none}'),
      pg(`<button popovertarget="p">表</button><div popover id="p" style="display:none">${T}</div>`),
      pg(`<div style="display:none">${T}</div>`),
    ])
      expect(refused(html), html).toHaveLength(1);
  });
  it('in a cell, a closed details, until-found and a popover stay refused (the cell shows other than its text)', () => {
    for (const cell of ['<details><summary>3</summary>0</details>', '3<span hidden="until-found">0</span>', '3<span popover>0</span>'])
      expect(refused(pg(T.replace('<td>30</td>', `<td>${cell}</td>`))), cell).toHaveLength(1);
  });
});

describe('radio-button tabs: the checked one open, the others closed but openable', () => {
  const radios = (checked: number, css = '.panel{display:none}input:checked+label+.panel{display:block}') =>
    pg(
      `<div class="tabs">${[0, 1, 2]
        .map(
          (k) =>
            `<input type="radio" name="t" id="r${k}"${k === checked ? ' checked' : ''}><label for="r${k}">施設${'ABC'[k]}</label><div class="panel" id="p${k}"><h3>施設${'ABC'[k]}</h3>${T}</div>`,
        )
        .join('')}</div>`,
      css,
    );
  it('said for the closed panels alone (html12 said all three)', () => {
    for (const k of [0, 1, 2]) {
      const s = said(radios(k));
      expect(cells(radios(k))).toHaveLength(3);
      expect(s).toHaveLength(2);
      expect(s.some((w) => w.message.includes(`id=「p${k}」`))).toBe(false);
    }
    // None checked: all three closed; 「~」 from the first radio checked: all shown (as a browser shows them).
    expect(said(radios(-1))).toHaveLength(3);
    expect(said(radios(0, '.panel{display:none}input:checked ~ .panel{display:block}'))).toHaveLength(0);
    expect(said(radios(2, '.panel{display:none}input:checked ~ .panel{display:block}'))).toHaveLength(2);
  });
});

describe('what a reader sees other than the source', () => {
  it('right-to-left marks, embeddings and isolates between digits: refused naming the character (int read 31 where 13 is shown)', () => {
    for (const [cell, code] of [
      ['3\u200f1', '200F'],
      ['3&rlm;1', '200F'],
      ['3\u061c1', '061C'],
      ['\u202b3\u200f1\u202c', '202B'],
      ['\u20673\u200f1\u2069', '2067'],
    ]) {
      const r = refused(pg(T.replace('<td>30</td>', `<td>${cell}</td>`)));
      expect(r, cell).toHaveLength(1);
      expect(r[0]!.message).toContain(`U+${code}`);
    }
    // A left-to-right mark turns nothing in a left-to-right cell: removed as invisible, read as before.
    expect(cells(pg(T.replace('<td>30</td>', '<td>3\u200e0</td>')))[0]![1]![1]).toBe('30');
    // In TSV too.
    expect(readTables('項目\tA群\n男性\t3\u200f1\n女性\t40\n').errors.map((e) => e.code)).toContain('input/markup');
  });
  it('a page embedded by iframe srcdoc or a data: address: refused naming it where it holds a digit (int passed it unsaid)', () => {
    for (const frame of [
      '<iframe srcdoc="<table><tr><td>男性</td><td>3</td></tr></table>"></iframe>',
      '<iframe srcdoc="<p>女性 3例</p>"></iframe>',
      `<iframe src="data:text/html,${encodeURIComponent('<p>女性 3例</p>')}"></iframe>`,
      `<object data="data:text/html;base64,${Buffer.from('<p>女性 3例</p>').toString('base64')}"></object>`,
    ]) {
      const r = refused(pg(`${T}${frame}`));
      expect(r, frame).toHaveLength(1);
      expect(r[0]!.message).toContain('チェッカーは埋め込みの中を読みません');
    }
    // Without a digit: read as before. Loading an address outside the file: refused since html14 (what it shows is not
    // in the file; html13 read the page as if the frame showed nothing).
    expect(cells(pg(`${T}<iframe srcdoc="<p>動画</p>"></iframe>`))).toHaveLength(1);
    expect(refused(pg(`${T}<iframe src="https://www.example.com/v/123"></iframe>`))[0]!.message).toContain('ファイルの外の');
  });
});

describe('realistic pages: read as their TSV (int refused 169 of 200)', () => {
  it('200 pages (seeds 9381001–9381200): each read as its TSV, each closed table said', () => {
    expectReadAsTsv(realPage, 9381001, 9381200, (p, r, seed) =>
      expect(r.warnings.filter((w) => w.code === 'layout/closed-tab').length, `${seed} ${p.feature}`).toBe(p.closed),
    );
  });
  it('every feature is drawn', () => {
    expectEveryFeature(realPage, FEATURES, 9381001, 9381200);
  });
  it('14 pages (2 of each feature) with a small count and totals in the last table: checked, and attacked on what they publish, every hidden count holds', async () => {
    await expectRealPagesProtected(realPage, FEATURES, 9381101, 9381102, { allTables: true, primary: true });
  });
});
