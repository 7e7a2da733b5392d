/**
 * html12 (issue #11): a page's stylesheet styles its own tree (not a declarative shadow root's: only what is
 * inherited crosses, and 「::part()」 reaches the parts it names); rows or columns a wrapper leaves unshown are refused
 * naming them (the policy of a table no reader is shown: their numbers are in the file); a table in a closed tab a
 * reader can open is shown content, read as published (html12-families.ts; `npx node test/pubcheck/html12-measure.ts
 * [root]` measures any tree).
 *
 * Measured on main (b2edc55) and now. Attack pages of seeds 9370001–9370400 (9 attacks): main read 28 otherwise than a
 * reader is shown them (a page's 「.v{color:#000}」 taken as re-colouring a digit inside a shadow tree whose host's
 * colour hides it), now 0; every one refused in words (a closed tab showing some digits again, or hiding them beside its display:none, too), and the
 * 139 leaving rows or columns unshown refused naming them (main named the line alone). Realistic pages of seeds 9371001–9371200 (a component's shadow table beside page
 * rules that would hide its cells were they the page's; ARIA, Bootstrap, 「:target」 and 「:checked」 tabs): main refused
 * 200 of 200 (every page with a closed tab refused whole, its open tab's table too), now 0, each read as its TSV.
 */
import { describe, expect, it } from 'vitest';
import { readTables } from '../../src/pubcheck/read.ts';
import { quote } from '../../src/pubcheck/quote.ts';
import { ATTACKS, attackPage, FEATURES, realPage } from './html12-families.ts';
import { leaked } from './html9-judge.ts';
import { cells, expectEveryFeature, expectReadAsTsv, expectRealPagesProtected } from './html-realpages.ts';

const hidden = (text: string) => readTables(text).errors.filter((e) => e.code === 'input/html-hidden');
const table = (
  cell: string,
  css = '',
  open = '',
  close = '',
) => `<!DOCTYPE html><html><head><style>${css}</style></head><body>${open}<table>
<tr><th>項目</th><th>A群</th><th>B群</th></tr>
<tr><td>男性</td><td>${cell}</td><td>25</td></tr>
<tr><td>女性</td><td>40</td><td>31</td></tr>
</table>${close}</body></html>`;
const root = (inner: string, light = '', host = 'n-count') =>
  `<${host}><template shadowrootmode="open">${inner}</template>${light}</${host}>`;

describe('attack pages (main: 28 of 400 read otherwise than shown, none naming the rows or columns left unshown)', () => {
  it('400 pages (seeds 9370001–9370400): none read otherwise than a reader is shown it', () => {
    const wrong: string[] = [];
    for (let seed = 9370001; seed <= 9370400; seed++) {
      const p = attackPage(seed);
      if (leaked(readTables(p.html), p)) wrong.push(`${seed} ${p.attack}`);
    }
    expect(wrong).toEqual([]);
  });
  it('rows or columns a wrapper leaves unshown: refused naming each', () => {
    let named = 0;
    for (let seed = 9370001; seed <= 9370400; seed++) {
      const p = attackPage(seed);
      if (!p.names) continue;
      const found = hidden(p.html);
      expect(found, `${seed}`).toHaveLength(1);
      for (const n of p.names) expect(found[0]!.message, `${seed} ${p.attack}`).toContain(quote(n));
      expect(found[0]!.message).toContain('表示されない部分の数もファイルにあり');
      named++;
    }
    expect(named).toBe(139);
  });
  it('every attack is drawn', () => {
    const seen = new Set<string>();
    for (let seed = 9370001; seed <= 9370400; seed++) seen.add(attackPage(seed).attack);
    expect([...seen].sort()).toEqual([...ATTACKS].sort());
  });
});

describe("a page's rules style its own tree: a shadow tree is styled by its own stylesheet and what it inherits", () => {
  it("read: the page's rules that would hide a shadow tree's elements (main refused each)", () => {
    const shadowTable = (css: string, sheet = '') =>
      `<!DOCTYPE html><html><head><style>${css}</style></head><body>${root(
        `<style>${sheet}td{padding:4px}</style><table><tr><th>項目</th><th>A群</th></tr><tr><td>男性</td><td><b class="v">30</b></td></tr><tr><td>女性</td><td>40</td></tr></table>`,
        '',
        'div',
      )}</body></html>`;
    for (const css of ['td{font-size:0}', '.v{display:none}', 'table{opacity:0}', 'b{color:#fff}', 'div td{visibility:hidden}'])
      expect(cells(shadowTable(css))[0]![1]![1], css).toBe('30');
    expect(
      cells(
        table(root('<style>b{font-weight:bold}</style><b class="v">0</b>', '', 'n-x').replace(/^/, '3'), '.v{display:none}'),
      )[0]![1]![1],
    ).toBe('30');
  });
  it("refused: a page's colour does not re-colour what the host's colour hides (main read 30)", () => {
    for (const css of ['.v{color:#000}', 'span{color:#222}', 'n-count .v{color:black !important}'])
      expect(hidden(table(`3${root('<style>:host{color:#fff}</style><span class="v">0</span>')}`, css)), css).toHaveLength(1);
  });
  it('refused: what is inherited crosses (the host, a cell around it)', () => {
    expect(hidden(table(`3${root('<b>0</b>')}`, 'n-count{font-size:0}'))).toHaveLength(1);
    expect(hidden(table(`3${root('<b>0</b>')}`, 'n-count{color:#fff}'))).toHaveLength(1);
    expect(hidden(table(`3${root('<b>0</b>')}`, 'n-count{visibility:hidden}'))).toHaveLength(1);
  });
  it('::part() styles the parts it names, not the host (main: the host, every part refused)', () => {
    expect(hidden(table(`3${root('<b part="d">0</b>')}`, 'n-count::part(d){display:none}'))).toHaveLength(1);
    expect(hidden(table(`3${root('<b part="x d">0</b>')}`, 'td n-count::part(d){opacity:0}'))).toHaveLength(1);
    expect(cells(table(`3${root('<b part="d">0</b><i part="note"></i>')}`, 'n-count::part(note){display:none}'))[0]![1]![1]).toBe('30');
    expect(cells(table(`3${root('<b part="d">0</b>')}`, 'n-other::part(d){display:none}'))[0]![1]![1]).toBe('30');
  });
  it("a shadow root's own rules as html11 reads them (:host, ::slotted)", () => {
    expect(hidden(table(root('<style>:host .v{font-size:0}</style>3<span class="v">0</span>')))).toHaveLength(1);
    expect(hidden(table(root('<style>::slotted(b){opacity:0}</style>3<slot></slot>', '<b>0</b>')))).toHaveLength(1);
    expect(cells(table(root('<style>:host > .v{font-weight:bold}</style><span class="v">30</span>')))[0]![1]![1]).toBe('30');
  });
});

describe('rows and columns left unshown: refused naming them, as a table no reader is shown', () => {
  const rows = (tbody2: string, css = '') =>
    `<!DOCTYPE html><html><head><style>${css}</style></head><body><table><thead><tr><th>項目</th><th>A群</th><th>B群</th></tr></thead><tbody><tr><td>男性</td><td>30</td><td>25</td></tr></tbody>${tbody2}</table></body></html>`;
  it('a hidden tbody, a hidden tr, a collapsed col: each row or column named', () => {
    const m1 = hidden(
      rows(
        '<tbody class="x"><tr><td>女性</td><td>3</td><td>31</td></tr><tr><td>不明</td><td>12</td><td>0</td></tr></tbody>',
        '.x{display:none}',
      ),
    );
    expect(m1[0]!.message).toContain('表の行 「女性」「不明」');
    const m2 = hidden(rows('<tbody><tr hidden><td>女性</td><td>3</td><td>31</td></tr></tbody>'));
    expect(m2[0]!.message).toContain('表の行 「女性」');
    const m3 = hidden(table('30').replace('<table>', '<table><colgroup><col><col span="1" style="visibility:collapse"></colgroup>'));
    expect(m3[0]!.message).toContain('表の列 「A群」（2列目）');
  });
  it('a hidden row holding nothing is read as absent, as before', () => {
    expect(cells(rows('<tbody><tr style="display:none"><td></td><td></td><td></td></tr></tbody>'))[0]).toHaveLength(2);
  });
});

describe('a table in a closed tab a reader can open: shown content, read as published (main refused the page)', () => {
  const tabs = (panel: string, css = '', bar = '<button role="tab" aria-controls="p2">表</button>') =>
    `<!DOCTYPE html><html><head><style>${css}</style></head><body><div role="tablist">${bar}</div>${panel.replace(
      '$T',
      '<table><tr><th>項目</th><th>A群</th></tr><tr><td>男性</td><td>30</td></tr><tr><td>女性</td><td>40</td></tr></table>',
    )}</body></html>`;
  it('read: a panel a tab names, closed by hidden or display:none, said as our reading', () => {
    expect(cells(tabs('<div role="tabpanel" id="p2" hidden>$T</div>'))[0]![1]![1]).toBe('30');
    const said = readTables(tabs('<div role="tabpanel" id="p2" hidden>$T</div>')).warnings.filter((w) => w.code === 'layout/closed-tab');
    expect(said).toHaveLength(1);
    expect(said[0]!.message).toContain('閉じたタブ（<div id=「p2」>');
    expect(said[0]!.message).toContain('チェッカーの判断');
    expect(readTables(table('30')).warnings.filter((w) => w.code === 'layout/closed-tab')).toEqual([]);
    expect(cells(tabs('<div id="p2" class="c">$T</div>', '.c{display:none}'))[0]![1]![1]).toBe('30');
  });
  it('refused: no tab opens it, or it is hidden otherwise, or a digit in it is hidden', () => {
    expect(hidden(tabs('<div role="tabpanel" id="p9" hidden>$T</div>'))).toHaveLength(1);
    expect(hidden(tabs('<div role="tabpanel" id="p2" hidden>$T</div>', '', ''))).toHaveLength(1);
    expect(hidden(tabs('<div role="tabpanel" id="p2" style="opacity:0">$T</div>'))).toHaveLength(1);
    expect(hidden(tabs('<div role="tabpanel" id="p2" class="c">$T</div>', '.c{opacity:0}'))).toHaveLength(1);
    expect(
      hidden(tabs('<div role="tabpanel" id="p2" hidden>$T</div>').replace('<td>30</td>', '<td>3<span hidden>0</span></td>')),
    ).toHaveLength(1);
    // Closed by a state rule, some digits shown again while closed (visibility, a font size): a reader sees those alone.
    const state = (css: string) =>
      tabs(
        '<div class="pane on" id="p1"></div><div class="pane" id="p2">$T</div>',
        `.pane:not(.on){${css}}.s{visibility:visible;font-size:16px}`,
      )
        .replace('<td>30</td>', '<td><span class="s">3</span>0</td>')
        .replace('aria-controls="p2"', 'aria-controls="p1 p2"');
    expect(hidden(state('visibility:hidden'))).toHaveLength(1);
    expect(hidden(state('font-size:0'))).toHaveLength(1);
    expect(cells(state('display:none'))[0]![1]![1]).toBe('30');
    // What else hides beside the closed tab's display:none stays when it is opened (a class's rule, a style).
    for (const [css, attr] of [
      ['.c{display:none;visibility:hidden}.s{visibility:visible}', 'class="c"'],
      ['.c{display:none;color:#fff}.s{color:#000}', 'class="c"'],
      ['.s{font-size:16px}', 'style="display:none;font-size:0"'],
    ])
      expect(
        hidden(
          tabs(`<div role="tabpanel" id="p1"></div><div role="tabpanel" id="p2" ${attr}>$T</div>`, css).replace(
            '<td>30</td>',
            '<td><span class="s">3</span>0</td>',
          ),
        ),
        css,
      ).toHaveLength(1);
    // 「:target」 needs a link to the panel.
    expect(hidden(tabs('<section class="t" id="s2">$T</section>', '.t{display:none}.t:target{display:block}', ''))).toHaveLength(1);
    expect(
      cells(tabs('<section class="t" id="s2">$T</section>', '.t{display:none}.t:target{display:block}', '<a href="#s2">表</a>')),
    ).toHaveLength(1);
  });
});

describe('realistic pages: read as their TSV (main refused 200 of 200)', () => {
  it('200 pages (seeds 9371001–9371200): each read as its TSV', () => {
    expectReadAsTsv(realPage, 9371001, 9371200, (p, r, seed) => {
      // Each table in a tab the page closes said as our reading: ARIA's and Bootstrap's first tab is open; every
      // 「:target」 panel is closed until a link opens it. html13: which radio button is checked is read (html12 said
      // every 「:checked」 panel closed): 「input:checked+label+.panel」 opens the first panel alone, and 「input:checked
      // ~ .panel」 every panel after the first radio button (a browser shows them all).
      const closed = r.warnings.filter((w) => w.code === 'layout/closed-tab').length;
      const n = cells(p.tsv).length;
      const radio = p.feature === FEATURES[4] ? (p.html.includes(':checked ~') ? 0 : n - 1) : n;
      expect(closed, `${seed} ${p.feature}`).toBe(p.feature === FEATURES[0] ? 0 : /ARIA|Bootstrap/.test(p.feature) ? n - 1 : radio);
    });
  });
  it('every feature is drawn', () => {
    expectEveryFeature(realPage, FEATURES, 9371001, 9371200);
  });
  it('10 pages (2 of each feature) with a small count and totals in the last tab: checked, and attacked on what they publish, every hidden count holds', async () => {
    await expectRealPagesProtected(realPage, FEATURES, 9371101, 9371102, { allTables: true, primary: true });
  });
});
