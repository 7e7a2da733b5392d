/**
 * html44 (issue #11, html42's left open: a later or more specific rule showing what a rule hides was not weighed). The
 * cascade of 「display」「visibility」「opacity」「content-visibility」 is weighed as a browser weighs it — importance, an
 * element's style attribute over the stylesheets, specificity, the rules' order — where the winning declaration is
 * proved to apply (its style attribute's, or a rule in a plain 「style」 element, in no at-rule, whose selectors
 * css.ts `exactSelectors` reads: tags, classes, ids, 「:not()」 of such compounds, 「 」 and 「>」) and outweighs every
 * rule that may apply (matched more, weighed by its most specific selector at most; one in a layer, a scope or nested
 * outweighs all). Anything else stays refused.
 *
 * Measured (`npx node test/pubcheck/html44-measure.ts [root]`; base 58c225e). Realistic pages 9440101–9440150: base
 * refused 44 of 50 as hidden, now 0. Attack pages 9440151–9440199: base leaked 14 of 49 (a white box over a digit
 * hidden by 「hidden」 or its style, shown by a rule: 11; a frame loading a page outside the file so shown: 3), now 0.
 */
import { describe, expect, it } from 'vitest';
import { readTables } from '../../src/pubcheck/read.ts';
import { ATTACKS, attackPage, FEATURES, realPage } from './html44-families.ts';
import { leaked } from './html9-judge.ts';
import { expectAttacksReadAsShown, expectEveryFeature, expectReadAsTsv, expectRealPagesProtected } from './html-realpages.ts';

const hiding = (text: string) => readTables(text).errors.filter((e) => e.code === 'input/html-hidden');

describe('realistic pages (seeds 9440101–9440150; base refused 44 of 50 as hidden)', () => {
  it('none refused; each read as its TSV', () => {
    expectReadAsTsv(realPage, 9440101, 9440150);
  });
  it('every feature drawn', () => {
    expectEveryFeature(realPage, FEATURES, 9440101, 9440150);
  });
  it('with a small count and totals: checked and attacked on what they publish, every hidden count holds', async () => {
    await expectRealPagesProtected(realPage, FEATURES, 9440101, 9440102, { allTables: true, primary: true });
  }, 300_000);
});

describe('attacks (seeds 9440151–9440199; base leaked 14 of 49): the cascade hides after all, or shows what base left out', () => {
  it('none read otherwise than shown; each still hidden refused in words', () => {
    expectAttacksReadAsShown(attackPage, ATTACKS, 9440151, 9440199);
  });
  it('each attack on its own, 4 seeds each', () => {
    for (const a of ATTACKS)
      for (let seed = 9440151; seed <= 9440154; seed++) {
        const p = attackPage(seed, a);
        expect(leaked(readTables(p.html), p), `${seed} ${a}`).toBe(false);
      }
  });
});

describe('the cascade as a browser weighs it', () => {
  const T = (cell = '30') =>
    `<table><tr><th>項目</th><th>A群</th></tr><tr><td>男性</td><td>${cell}</td></tr><tr><td>女性</td><td>40</td></tr></table>`;
  const pg = (css: string, body: string, head = '') =>
    `<!DOCTYPE html><html><head><style>${css}</style>${head}</head><body>${body}</body></html>`;
  it('read where the showing declaration wins (each refused on base)', () => {
    for (const [css, body] of [
      ['.a{display:none}#x{display:block}', `<div class="a" id="x">${T()}</div>`],
      // html46: a structural pseudo-class and 「@media screen」 are read (the div is body's first child; the page is read
      // on screen): a browser shows both, html44 refused them as not proved.
      ['.a{display:none}.a:first-child{display:block}', `<div class="a">${T()}</div>`],
      ['@media screen{#x{display:block}} .a{display:none}', `<div class="a" id="x">${T()}</div>`],
      ['#x{display:block}.a{display:none}', `<div class="a" id="x">${T()}</div>`],
      ['.a{display:none}div.a{display:block}', `<div class="a">${T()}</div>`],
      ['.a{display:none}.a{display:block}', `<div class="a">${T()}</div>`],
      ['.a{display:none}.a{display:block!important}', `<div class="a" style="display:none">${T()}</div>`],
      ['.a{visibility:hidden}#x{visibility:visible}', `<div class="a" id="x">${T()}</div>`],
      ['#x{display:block}', `<div hidden id="x">${T()}</div>`],
      ['.a:not(.b){display:none}.a.c{display:block}', `<div class="a c">${T()}</div>`],
      ['.a{display:none}.x:not(.y){display:block}', `<div class="a x">${T()}</div>`],
      ['@media (max-width:600px){.a{display:none}} #x{display:block}', `<div class="a" id="x">${T()}</div>`],
    ])
      expect(readTables(pg(css!, body!)).errors, css).toEqual([]);
    expect(readTables(pg('.z{display:none}td .z{display:inline}', T('3<span class="z">0</span>'))).tables[0]?.cells[0]?.[0]?.text).toBe(
      '30',
    );
  });
  it('refused where the hiding wins or the showing rule is not proved to apply', () => {
    for (const [css, body, head] of [
      ['.a{display:block}.a{display:none}', `<div class="a">${T()}</div>`],
      ['.a{display:none!important}#x{display:block}', `<div class="a" id="x">${T()}</div>`],
      ['#x{display:block!important}', `<div id="x" style="display:none!important">${T()}</div>`],
      ['.b .a{display:none}.a{display:block}', `<div class="b"><div class="a">${T()}</div></div>`],
      ['.a{display:none}.a:not(.B){display:block}', `<div class="a b">${T()}</div>`],
      ['.a{display:none}.A{display:block}', `<div class="a">${T()}</div>`],
      ['.a{display:none}', `<div class="a" id="x">${T()}</div>`, '<style media="print">#x{display:block}</style>'],
      ['.a{display:none}', `<div class="a" id="x">${T()}</div>`, '<style title="alt">#x{display:block}</style>'],
      ['.p{#x{display:block}} .a{display:none}', `<div class="a" id="x">${T()}</div>`],
      ['@layer l{.a{display:none!important}} #x{display:block!important}', `<div class="a" id="x">${T()}</div>`],
      ['#x{display:block} div#x.q{all:revert}', `<div hidden id="x" class="q">${T()}</div>`],
      ['.a{display:none}#x{display:table-column}', `<div class="a" id="x">${T()}</div>`],
      ['.a{display:none}#x{display:var(--d)}', `<div class="a" id="x">${T()}</div>`],
      ['.a{visibility:hidden;color:#fff}#x{visibility:visible}', `<div class="a" id="x">${T()}</div>`],
      ['.a{opacity:0}div.a{opacity:1}.a.a{opacity:0}', `<div class="a">${T()}</div>`],
      ['', `<div hidden style="display:block;all:revert">${T()}</div>`],
    ])
      expect(hiding(pg(css!, body!, head)), `${css} ${head ?? ''}`).not.toEqual([]);
  });
});
