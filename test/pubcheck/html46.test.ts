/**
 * html46 (issue #11): the cascade proves a showing rule with attribute selectors, structural pseudo-classes, sibling
 * combinators, in 「@media screen」「@media all」, or over a hider in a named layer (html46-measure.ts: realistic pages
 * 9440251–9440275 base 25 of 25 refused as hidden, now 0; attack pages 9440276–9440300 0 leaked base and now).
 */
import { describe, expect, it } from 'vitest';
import { readTables } from '../../src/pubcheck/read.ts';
import { attackPage, realPage } from './html46-families.ts';
import { leaked } from './html9-judge.ts';

/** [css, the attacked cell, what a reader is shown there] (a white page; the cell of A群 男性, 42 beside it). */
export const DIGITS: [string, string, string][] = [
  ['', '3<span style="font-size:0">0</span>', '3'],
  ['.z{font-size:0}#q{font-size:14px}', '3<span class="z" id="q">0</span>', '30'],
  ['.z{font-size:0}#q{font-size:10pt}', '3<span class="z" id="q">0</span>', '30'],
  ['.z{font-size:1px}#q{font-size:14px}', '3<span class="z" id="q">0</span>', '30'],
  ['@layer a{.z{font-size:0}}.z{font-size:14px}', '3<span class="z">0</span>', '30'],
  ['[data-h]{font-size:0}td>span:nth-child(1){font-size:12px}', '3<span data-h>0</span>', '30'],
  ['.z{font-size:0}#q{font-size:1em}', '3<span class="z" id="q">0</span>', '30'],
  ['#q{font-size:14px}span#q{font-size:0}', '3<span class="z" id="q">0</span>', '3'],
  ['.z{font-size:0}#q{font-size:14px}span#q.z{font:0/0 a}', '3<span class="z" id="q">0</span>', '3'],
  ['.z{font-size:0!important}#q{font-size:14px}', '3<span class="z" id="q">0</span>', '3'],
  ['#q{font-size:14px}', '3<span id="q" style="font-size:0">0</span>', '3'],
  ['.z{font-size:0;color:#fff}#q{font-size:14px}', '3<span class="z" id="q">0</span>', '3'],
  ['.z{font-size:0}@media print{#q{font-size:14px}}', '3<span class="z" id="q">0</span>', '3'],
  ['@media screen{.z{font-size:0}}', '3<span class="z">0</span>', '3'],
  ['@media print{.z{font-size:0}}', '3<span class="z">0</span>', '30'],
  ['td::first-letter{font-size:0}', '30', '0'],
  ['td:nth-child(2)::first-letter{font-size:0}', '30', '0'],
  ['b + span{font-size:0}', '3<b></b><span>0</span>', '3'],
  ['.z{color:#fff}', '3<span class="z">0</span>', '3'],
  ['td{background:#000;color:#fff}.z{color:#000}', '3<span class="z">0</span>', '3'],
  ['.z{color:red;background:red}', '3<span class="z">0</span>', '3'],
  ['body{background:#000;color:#ccc}.z{color:#fff}', '3<span class="z">0</span>', '30'],
  ['.z{-webkit-text-fill-color:transparent}', '3<span class="z">0</span>', '3'],
  ['.z{color:#fff;text-shadow:0 0 0 #000}', '3<span class="z">0</span>', '30'],
  ['.z{color:transparent;-webkit-text-stroke:1px #000}', '3<span class="z">0</span>', '30'],
  ['.z{color:#fff}#q{color:#000}', '3<span class="z" id="q">0</span>', '30'],
  ['.z{color:#fff!important}#q{color:#000}', '3<span class="z" id="q">0</span>', '3'],
  ['b ~ span{color:#fff}', '3<b></b><span>0</span>', '3'],
  ['[data-h]{color:#fff}', '3<span data-h>0</span>', '3'],
  ['@layer x{span{color:#fff}}', '3<span>0</span>', '3'],
  ['td{background:Canvas}.z{color:Canvas}', '3<span class="z">0</span>', '3'],
  ['.z{background:#fff;-webkit-background-clip:text;color:transparent}', '3<span class="z">0</span>', '3'],
  ['.z::after{content:"0"}', '3<span class="z"></span>', '30'],
  ['.z::before{content:attr(data-n)}', '<span class="z" data-n="3"></span>0', '30'],
  ['.z::after{content:""}', '3<span class="z">0</span>', '30'],
  ['tbody{counter-reset:c 7}.z::after{content:counter(c)}', '3<span class="z"></span>', '37'],
  ['.z::after{content:"0"}.z::after{content:none}', '3<span class="z"></span>', '3'],
  ['td + td::after{content:"0"}', '3', '30'],
  ['tbody tr:first-child td:nth-child(2)::after{content:"0"}', '3', '30'],
  ['[data-a]::after{content:"0"}', '3<span data-a></span>', '30'],
  ['@media screen{.z::after{content:"0"}}', '3<span class="z"></span>', '30'],
  ['.z{font-size:0}.z::after{content:"7";font-size:14px}', '3<span class="z">0</span>', '37'],
  ['q{quotes:"1" "2"}', '3<q></q>', '312'],
];

/** [css, the attacked cell, what a reader is shown] for the weighing itself: hiders the exact reading must not miss. */
const WEIGHED: [string, string, string][] = [
  ['.z{display:none}#q{display:inline}b + span#q.z{display:none}', '3<b></b><span class="z" id="q">0</span>', '3'],
  ['.z{display:none}#q{display:inline}b ~ span#q.z{display:none}', '3<b></b><i></i><span class="z" id="q">0</span>', '3'],
  ['.z{display:none}#q{display:inline}span[data-x]#q{display:none}', '3<span class="z" id="q" data-x>0</span>', '3'],
  ['.z{display:none}#q{display:inline}td>span:first-child#q{display:none}', '3<span class="z" id="q">0</span>', '3'],
  ['.z{display:none}#q{display:inline}span:nth-child(1 of .z)#q{display:none}', '3<span class="z" id="q">0</span>', '3'],
  ['.z{display:none}#q{display:inline}:is(td) #q{display:none}', '3<span class="z" id="q">0</span>', '3'],
  ['.z{display:none}#q{display:inline}:where(td) #q.z.z{display:none}', '3<span class="z" id="q">0</span>', '3'],
  ['.z{display:none}#q{display:inline}#q:has(b){display:none}', '3<span class="z" id="q">0<b></b></span>', '3'],
  ['.z{display:none}#q{display:inline}#q:nth-of-type(1){display:none}', '3<span class="z" id="q">0</span>', '3'],
  ['.z{display:none}#q{display:inline}#q[data-x="A" i]{display:none}', '3<span class="z" id="q" data-x="a">0</span>', '3'],
  ['.z{display:none}span[data-x="A"]{display:inline}', '3<span class="z" data-x="a">0</span>', '3'],
  ['.z{display:none}#q:nth-child(2n){display:inline}', '3<span class="z" id="q">0</span>', '3'],
  ['.z{display:none}#q:nth-child(-n+1){display:inline}', '3<span class="z" id="q">0</span>', '30'],
  ['.z{display:none}#q:nth-last-child(2){display:inline}', '3<span class="z" id="q">0</span><i></i>', '30'],
  ['.z{display:none}#q:not([data-x]){display:inline}', '3<span class="z" id="q" data-x>0</span>', '3'],
  ['.z{display:none}#q:not([data-x=a]){display:inline}', '3<span class="z" id="q" data-x="A">0</span>', '3'],
  ['@layer a,b; @layer b{.z{display:none}} @layer a{.z{display:inline}}', '3<span class="z">0</span>', '3'],
  ['@layer b{.z{display:none}} @layer a{span.z{display:inline}}', '3<span class="z">0</span>', '30'],
  ['@layer a{span.z{display:inline}} @layer b{.z{display:none}}', '3<span class="z">0</span>', '3'],
  ['@layer a{span.z{display:inline!important}} @layer b{.z{display:none!important}}', '3<span class="z">0</span>', '30'],
  ['@layer b{.z{display:none!important}} @layer a{span.z{display:inline!important}}', '3<span class="z">0</span>', '3'],
  ['.z{display:none} @layer a{span.z{display:inline}}', '3<span class="z">0</span>', '3'],
  ['@media screen and (min-width:1px){.z{display:none}} span.z{display:inline}', '3<span class="z">0</span>', '30'],
  ['span.z{display:inline} @media (min-width:1px){span.z.z{display:none}}', '3<span class="z">0</span>', '3'],
  ['.z{display:none} @media only screen{span.z{display:inline}}', '3<span class="z">0</span>', '30'],
  ['.z{display:none} @media print{span.z{display:inline}}', '3<span class="z">0</span>', '3'],
];

describe('html46: the weighing of the new selectors, layers and media', () => {
  it('each read as a browser shows it or refused in words (hiders with siblings, attributes, :is(), :has(), case flags, layers)', () => {
    let read = 0;
    for (const [css, cell, seen] of WEIGHED) {
      const html = `<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><style>${css}</style></head><body><table><thead><tr><th></th><th>A群</th><th>B群</th></tr></thead><tbody><tr><td>男性</td><td>${cell}</td><td>42</td></tr><tr><td>女性</td><td>25</td><td>28</td></tr></tbody></table></body></html>`;
      const r = readTables(html);
      if (r.errors.length > 0) continue;
      read++;
      expect(r.tables[0]!.cells[0]![0]!.text, css).toBe(seen);
    }
    expect(read).toBe(6);
  });
});

describe('html46: digits hidden or shown by font-size:0, a colour of the background, content', () => {
  // html48: 10 — 「#q{font-size:1em}」 over 「.z{font-size:0}」 is now read as shown (a relative size of a proved 16 px).
  it('none read otherwise than a reader is shown (read as shown, or refused in words); 10 read now, 4 on base (none leaking on either)', () => {
    let read = 0;
    for (const [css, cell, seen] of DIGITS) {
      const html = `<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><style>${css}</style></head><body><table><thead><tr><th></th><th>A群</th><th>B群</th></tr></thead><tbody><tr><td>男性</td><td>${cell}</td><td>42</td></tr><tr><td>女性</td><td>25</td><td>28</td></tr></tbody></table></body></html>`;
      const r = readTables(html);
      if (r.errors.length > 0) {
        expect(
          r.errors.map((e) => e.code),
          css,
        ).toContain('input/html-hidden');
        continue;
      }
      read++;
      expect(r.tables[0]!.cells[0]![0]!.text, css).toBe(seen);
    }
    expect(read).toBe(10);
  });
});

describe('html46: showing rules the cascade now proves', () => {
  it('realistic pages 9440251–9440275: none refused as hidden (base: all)', () => {
    for (let seed = 9440251; seed <= 9440275; seed++) {
      const p = realPage(seed);
      expect(
        readTables(p.html).errors.map((e) => e.code),
        `${seed} ${p.feature}`,
      ).toEqual([]);
    }
  });
  it('attack pages 9440276–9440300: none leaks, the digit still hidden refused', () => {
    for (let seed = 9440276; seed <= 9440300; seed++) {
      const p = attackPage(seed);
      const r = readTables(p.html);
      expect(leaked(r, p), `${seed} ${p.attack}`).toBe(false);
      expect(r.errors.length, `${seed} ${p.attack}`).toBeGreaterThan(0);
    }
  });
});
