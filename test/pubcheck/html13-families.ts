/**
 * html13's families (html13.test.ts; `npx node test/pubcheck/html13-measure.ts [root]` measures any tree).
 *
 * `attackPage(seed)` writes a table of counts whose attacked cell a reader is shown otherwise than its file holds it,
 * or a table a reader cannot open: (a) containers a reader opens, made so that no reader can (a details whose summary
 * is hidden, a collapse, a dialog or a popover no shown control opens) or hiding a digit inside or hidden otherwise too
 * (opacity, a scale of 0, a font size of 0); (b) other ways a reader sees something other than the source: marks that
 * turn digits right to left without an override (U+200F, U+061C, an embedding or isolate: 「3\u200f1」 is shown 「13」),
 * a page embedded by 「iframe srcdoc」 or a 「data:」 address holding a table, text CSS adds (content, counters,
 * attr(), quotes, ::marker), bidi overrides and 「bdo」, a negative letter spacing, ruby text, raised digits, struck
 * digits, template, object and SVG text in a cell, digits reordered (flex order, row-reverse, floats), 「::first-letter」
 * hiding a digit, list numbers, and ways that show the digits as written (text-transform, font-variant-numeric,
 * writing-mode, direction without an override, soft hyphens and zero-width characters between digits: `shown` set,
 * read right or refused). `shown` undefined: a refusal in words is required.
 *
 * `realPage(seed)` writes a page that shows what the file holds (a reader opening each container): tables in a closed
 * details, a Bootstrap accordion (collapse), an ARIA disclosure (「aria-expanded」 and 「hidden」), 「hidden="until-found"」,
 * a dialog a button opens (「commandfor」), a popover (「popovertarget」), radio-button tabs (the checked one open).
 */
import { lcg, int, pick } from './helpers.ts';
import type { Page } from './html9-families.ts';
import { attackStart, grid } from './html12-families.ts';

const tr = (r: string[], cell?: (c: string, j: number) => string) =>
  `<tr>${r.map((c, j) => `<td>${cell ? cell(c, j) : c}</td>`).join('')}</tr>`;
const head = (r: string[]) => `<thead><tr>${r.map((c) => `<th>${c}</th>`).join('')}</tr></thead>`;

function page(css: string, body: string): string {
  return `<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><style>${css}</style></head><body><h2>患者背景</h2>${body}</body></html>`;
}

export const ATTACKS = [
  'a closed details whose summary is hidden',
  'a collapse or disclosure no shown control opens',
  'a dialog or popover no button opens',
  'a digit hidden inside a container a reader opens',
  'a container a reader opens, hidden otherwise too (opacity, scale, font size)',
  'right-to-left marks, embeddings or isolates between digits',
  'a page embedded by iframe srcdoc or a data: address holding a table',
  'text CSS adds (content, counter, attr(), quotes, ::marker)',
  'bidi override or bdo reversing digits',
  'a negative letter spacing overlapping digits',
  'ruby text, raised or lowered digits',
  'struck digits (del, s, strike, line-through)',
  'template, object, iframe or SVG text in a cell',
  'digits reordered (flex order, row-reverse, floats)',
  '::first-letter hiding a digit',
  'list numbers in a cell (ol start, li value)',
  'other hiding probed (zoom, the scale and translate properties, masks, system and modern colours, at-rules, nesting)',
  'shown as written: text-transform, font-variant-numeric, writing-mode, direction without override',
  'shown as written: soft hyphens and zero-width characters between digits',
] as const;
export type Attack = (typeof ATTACKS)[number];

export function attackPage(seed: number, only?: Attack): Page & { attack: Attack } {
  const { rng, cells, at, attack } = attackStart(seed, ATTACKS, only);
  const body = cells.slice(1);
  /** The table with the attacked cell written `cell`. */
  const table = (cell: string) =>
    `<table>${head(cells[0]!)}<tbody>${body.map((r, i) => tr(r, (c, j) => (i === at[0] && j === at[1] + 1 ? cell : c))).join('')}</tbody></table>`;
  const plain = (cell: string, css = '', shown?: string) => ({
    html: page(css, table(cell)),
    attack,
    at,
    ...(shown !== undefined ? { shown } : {}),
  });
  const d = () => String(int(rng, 1, 9));
  switch (attack) {
    case 'a closed details whose summary is hidden': {
      const [summary, css] = pick(rng, [
        ['<summary hidden>表1</summary>', ''],
        ['<summary style="display:none">表1</summary>', ''],
        ['<summary class="s">表1</summary>', '.s{display:none}'],
        ['<summary class="s">表1</summary>', 'details .s{visibility:hidden}'],
        ['<summary style="font-size:0">表1</summary>', ''],
      ] as const);
      return { html: page(css, `<details>${summary}${table('30')}</details>`), attack, at };
    }
    case 'a collapse or disclosure no shown control opens': {
      const [control, css] = pick(rng, [
        ['', '.collapse:not(.show){display:none}'],
        ['<button data-bs-toggle="collapse" data-bs-target="#other">表</button>', '.collapse:not(.show){display:none}'],
        ['<button style="display:none" data-bs-toggle="collapse" data-bs-target="#c1">表</button>', '.collapse:not(.show){display:none}'],
        ['<button hidden aria-expanded="false" aria-controls="c1">表</button>', '.collapse:not(.show){display:none}'],
        ['<button class="x" aria-expanded="false" aria-controls="c1">表</button>', '.x{display:none}.collapse:not(.show){display:none}'],
        ['<a href="#c1">表</a>', '.collapse:not(.show){display:none}'],
      ] as const);
      return { html: page(css, `${control}<div class="collapse" id="c1">${table('30')}</div>`), attack, at };
    }
    case 'a dialog or popover no button opens': {
      const html = pick(rng, [
        `<dialog id="d1">${table('30')}</dialog>`,
        `<button commandfor="d1" command="close">閉じる</button><dialog id="d1">${table('30')}</dialog>`,
        `<button commandfor="d2" command="show-modal">表</button><dialog id="d1">${table('30')}</dialog>`,
        `<div popover id="p1">${table('30')}</div>`,
        `<button popovertarget="p2">表</button><div popover id="p1">${table('30')}</div>`,
        `<button popovertarget="p1" hidden>表</button><div popover id="p1">${table('30')}</div>`,
        `<button commandfor="p1" command="hide-popover">表</button><div popover id="p1">${table('30')}</div>`,
      ]);
      return { html: page('', html), attack, at };
    }
    case 'a digit hidden inside a container a reader opens': {
      const digit = pick(rng, ['<span style="display:none">0</span>', '<span class="z">0</span>', '<span hidden>0</span>', '<s>0</s>']);
      const wrap = pick(rng, WRAPS);
      return { html: page(`.z{font-size:0}${wrap.css}`, wrap.around(table(`3${digit}`), 1)), attack, at };
    }
    case 'a container a reader opens, hidden otherwise too (opacity, scale, font size)': {
      const wrap = pick(rng, WRAPS);
      // A display:none of its own is not lifted by opening a details, a dialog, a popover or until-found content.
      const how = pick(rng, [
        'opacity:0',
        'transform:scale(0)',
        'font-size:0',
        'color:transparent',
        'visibility:hidden',
        ...(/accordion|disclosure/.test(wrap.name) ? [] : ['display:none']),
      ]);
      return { html: page(`${wrap.css}#w1{${how}}`, wrap.around(table('30'), 1)), attack, at };
    }
    case 'right-to-left marks, embeddings or isolates between digits': {
      const [a, b] = [d(), d()];
      const cell = pick(rng, [
        `${a}\u200f${b}`,
        `${a}&rlm;${b}`,
        `${a}&#x200F;${b}`,
        `${a}\u061c${b}`,
        `\u202b${a}\u200f${b}\u202c`,
        `\u2067${a}\u200f${b}\u2069`,
        `\u2068\u200f${a}\u200f${b}\u2069`,
        `\u202e${a}${b}\u202c`,
      ]);
      return plain(cell);
    }
    case 'a page embedded by iframe srcdoc or a data: address holding a table': {
      const inner = `<table><tr><th>項目</th><th>A群</th></tr><tr><td>男性</td><td>${d()}</td></tr><tr><td>女性</td><td>4${d()}</td></tr></table>`;
      const esc = inner.replace(/"/g, '&quot;');
      const frame = pick(rng, [
        `<iframe srcdoc="${esc}"></iframe>`,
        `<iframe srcdoc="<p>女性 ${d()}例</p>"></iframe>`,
        `<iframe src="data:text/html,${encodeURIComponent(inner)}"></iframe>`,
        `<iframe src="data:text/html;base64,${Buffer.from(inner).toString('base64')}"></iframe>`,
        `<object type="text/html" data="data:text/html,${encodeURIComponent(inner)}"></object>`,
        `<embed type="image/svg+xml" src="data:image/svg+xml,${encodeURIComponent(`<svg xmlns="http://www.w3.org/2000/svg"><text x="0" y="12">女性 ${d()}例</text></svg>`)}">`,
      ]);
      return { html: page('', `${table('30')}${frame}`), attack, at };
    }
    case 'text CSS adds (content, counter, attr(), quotes, ::marker)': {
      const [cell, css] = pick(rng, [
        ['<span class="c">30</span>', `.c::before{content:"${d()}"}`],
        ['<span class="c">30</span>', `.c::after{content:"${d()}"}`],
        ['<span class="c">30</span>', `.c::after{content:"\\3${d()}"}`],
        ['<span class="c" data-n="1">30</span>', '.c::before{content:attr(data-n)}'],
        ['<span class="c"></span>30', `td{counter-reset:n ${d()}}.c::before{content:counter(n)}`],
        ['<q>30</q>', `q{quotes:"${d()}" ""}`],
        ['<ol><li>30</li></ol>', `li::marker{content:"${d()}"}`],
        ['30', `td:nth-child(2)::before{content:"${d()}"}`],
      ] as const);
      return plain(cell, css);
    }
    case 'bidi override or bdo reversing digits': {
      const [cell, css] = pick(rng, [
        ['<bdo dir="rtl">31</bdo>', ''],
        ['<span style="direction:rtl;unicode-bidi:bidi-override">31</span>', ''],
        ['<span class="r">31</span>', '.r{unicode-bidi:bidi-override;direction:rtl}'],
        ['<span class="r">31</span>', '.r{unicode-bidi:isolate-override;direction:rtl}'],
        ['<span dir="rtl" style="unicode-bidi:plaintext">3\u200f1</span>', ''],
      ] as const);
      return plain(cell, css);
    }
    case 'a negative letter spacing overlapping digits':
      return plain(
        `<span class="l">3${pick(rng, ['1', '0'])}</span>`,
        `.l{letter-spacing:${pick(rng, ['-0.6em', '-10px', 'calc(-1em)', '-1ch', '-0.5rem'])}}`,
      );
    case 'ruby text, raised or lowered digits':
      return plain(
        pick(rng, [
          '<ruby>3<rt>0</rt></ruby>',
          '<ruby>3<rp>(</rp><rt>0</rt><rp>)</rp></ruby>',
          '3<sup>1</sup>',
          '3<sub>0</sub>',
          '<span style="vertical-align:super">3</span>0',
        ]),
      );
    case 'struck digits (del, s, strike, line-through)':
      return plain(
        pick(rng, [
          '<del>3</del>30',
          '<s>1</s>30',
          '<strike>2</strike>30',
          '<span style="text-decoration:line-through">1</span>30',
          '<span class="x">1</span>30',
        ]),
        '.x{text-decoration-line:line-through}',
      );
    case 'template, object, iframe or SVG text in a cell':
      return plain(
        pick(rng, [
          '3<template>0</template>',
          '<object data="n.svg">30</object>',
          '3<iframe srcdoc="0"></iframe>',
          '<svg width="20" height="14"><text x="0" y="12">30</text></svg>',
          '3<svg width="8" height="14"><text x="0" y="12">0</text></svg>',
          '3<svg><title>0</title></svg>',
        ]),
      );
    case 'digits reordered (flex order, row-reverse, floats)':
      return plain(
        pick(rng, [
          '<span style="display:flex"><span style="order:2">3</span><span style="order:1">1</span></span>',
          '<span style="display:inline-flex;flex-direction:row-reverse"><span>3</span><span>1</span></span>',
          '<span style="float:right">3</span><span style="float:right">1</span>',
          '<span class="g"><span>3</span><span>1</span></span>',
        ]),
        '.g{display:grid;grid-auto-flow:column;direction:rtl}',
      );
    case '::first-letter hiding a digit':
      return plain(
        '<span class="f">130</span>',
        `.f{display:inline-block}.f::first-letter{${pick(rng, ['font-size:0', 'color:#fff', 'color:transparent', 'visibility:hidden'])}}`,
      );
    case 'list numbers in a cell (ol start, li value)':
      return plain(pick(rng, ['<ol><li></li></ol>', '<ol start="3"><li>0</li></ol>', '<ol><li value="3"></li></ol>']));
    case 'other hiding probed (zoom, the scale and translate properties, masks, system and modern colours, at-rules, nesting)': {
      const [cell, css] = pick(rng, [
        ['3<span style="zoom:0.01">0</span>', ''],
        ['3<span style="scale:0">0</span>', ''],
        ['3<span style="position:relative;translate:-9999px">0</span>', ''],
        ['3<span style="mask-image:linear-gradient(transparent,transparent)">0</span>', ''],
        ['3<span style="color:Canvas">0</span>', ''],
        ['3<span style="color:oklch(1 0 0)">0</span>', ''],
        ['3<span style="color:rgb(from white r g b)">0</span>', ''],
        ['3<span style="font-size-adjust:0">0</span>', ''],
        ['3<span style="display:ruby-text">0</span>', ''],
        ['3<span style="display:inline-block;height:0;overflow:hidden">0</span>', ''],
        ['3<span class="a">0</span>', '@layer x{.a{display:none}}'],
        ['3<span class="a">0</span>', '@supports (display:grid){.a{display:none}}'],
        ['3<span class="a">0</span>', '@container (min-width:0){.a{display:none}}'],
        ['3<span class="a">0</span>', 'td{& .a{display:none}}'],
        ['3<span class="a">0</span>', '@font-face{font-family:Z;src:local(Arial);size-adjust:0%}.a{font-family:Z}'],
      ] as const);
      return plain(cell, css);
    }
    case 'shown as written: text-transform, font-variant-numeric, writing-mode, direction without override': {
      const [cell, css] = pick(rng, [
        ['<span class="t">31</span>', '.t{text-transform:uppercase}'],
        ['<span class="t">31</span>', '.t{text-transform:full-width}'],
        ['<span class="t">31</span>', '.t{font-variant-numeric:tabular-nums}'],
        ['<span class="t">31</span>', '.t{font-variant-numeric:lining-nums proportional-nums}'],
        ['<span class="t">31</span>', '.t{writing-mode:vertical-rl}'],
        ['<span class="t">31</span>', '.t{text-combine-upright:all}'],
        ['<span class="t">31</span>', '.t{direction:rtl}'],
        ['<bdi>31</bdi>', ''],
        ['3\u200e1', ''],
      ] as const);
      return plain(cell, css, '31');
    }
    case 'shown as written: soft hyphens and zero-width characters between digits':
      return plain(pick(rng, ['3&shy;1', '3\u200b1', '3&zwj;1', '3&zwnj;1', '3\u20601', '3<wbr>1', '\ufeff31']), '', '31');
  }
}

/** Containers a reader opens, each around `inner` (`k`: its number, for ids); `css` their page's rules. */
const WRAPS: readonly { name: string; css: string; around: (inner: string, k: number) => string }[] = [
  { name: 'details', css: '', around: (inner, k) => `<details id="w${k}"><summary>表${k}</summary>${inner}</details>` },
  {
    name: 'accordion',
    css: '.collapse:not(.show){display:none}',
    around: (inner, k) =>
      `<div class="accordion-item"><h3 class="accordion-header"><button class="accordion-button collapsed" type="button" data-bs-toggle="collapse" data-bs-target="#w${k}" aria-expanded="false" aria-controls="w${k}">表${k}</button></h3><div id="w${k}" class="accordion-collapse collapse" data-bs-parent="#acc">${inner}</div></div>`,
  },
  {
    name: 'disclosure',
    css: '',
    around: (inner, k) =>
      `<button type="button" aria-expanded="false" aria-controls="w${k}">表${k}</button><div id="w${k}" hidden>${inner}</div>`,
  },
  { name: 'until-found', css: '', around: (inner, k) => `<h3>表${k}</h3><div id="w${k}" hidden="until-found">${inner}</div>` },
  {
    name: 'dialog',
    css: '',
    around: (inner, k) => `<button commandfor="w${k}" command="show-modal">表${k}</button><dialog id="w${k}">${inner}</dialog>`,
  },
  {
    name: 'popover',
    css: '',
    around: (inner, k) => `<button popovertarget="w${k}">表${k}</button><div id="w${k}" popover>${inner}</div>`,
  },
];

export const FEATURES = [
  'a closed details',
  'a Bootstrap accordion (collapse)',
  'an ARIA disclosure (aria-expanded, hidden)',
  'hidden="until-found"',
  'a dialog a button opens (commandfor)',
  'a popover (popovertarget)',
  'radio-button tabs, the checked one open',
] as const;
export type Feature = (typeof FEATURES)[number];

/** A page showing what its file holds (a reader opening each container); `tsv`, its tables as TSV; `closed`, how many are closed. */
export function realPage(seed: number, only?: Feature, small = false): { html: string; tsv: string; feature: Feature; closed: number } {
  const rng = lcg(seed);
  const feature = only ?? pick(rng, FEATURES);
  const n = int(rng, 1, 3);
  const grids = Array.from({ length: n }, (_, k) => grid(rng, small && k === n - 1));
  const names = ['全体', '施設A', '施設B'];
  const tsv = grids.map((g, k) => `# ${names[k]}の患者背景\n${g.map((r) => r.join('\t')).join('\n')}`).join('\n\n');
  const table = (g: string[][]) =>
    `<table class="table">${head(g[0]!)}<tbody>${g
      .slice(1)
      .map((r) => tr(r))
      .join('')}</tbody></table>`;
  const titled = (k: number) => `<h3>${names[k]}の患者背景</h3>${table(grids[k]!)}`;
  if (feature === 'radio-button tabs, the checked one open') {
    const checked = int(rng, 0, n - 1);
    const parts = grids.map(
      (_, k) =>
        `<input type="radio" name="tabs" id="r${k}"${k === checked ? ' checked' : ''}><label for="r${k}">${names[k]}</label><div class="panel">${titled(k)}</div>`,
    );
    return {
      html: page('.panel{display:none}input:checked+label+.panel{display:block}', `<div class="tabs">${parts.join('')}</div>`),
      tsv,
      feature,
      closed: n - 1,
    };
  }
  const wrap = WRAPS[FEATURES.indexOf(feature)]!;
  // A table shown open first (an open details, an accordion's first item shown) where the page has more than one.
  const openFirst = n > 1 && rng() < 0.5 && (wrap.name === 'details' || wrap.name === 'accordion');
  const parts = grids.map((_, k) => {
    const html = wrap.around(titled(k), k);
    if (k > 0 || !openFirst) return html;
    return wrap.name === 'details'
      ? html.replace('<details ', '<details open ')
      : html.replace('accordion-collapse collapse"', 'accordion-collapse collapse show"');
  });
  return {
    html: page(
      `${wrap.css}.table{border-collapse:collapse}.table td,.table th{padding:4px 8px;border:1px solid #ccc}`,
      `<div id="acc">${parts.join('')}</div>`,
    ),
    tsv,
    feature,
    closed: openFirst ? n - 1 : n,
  };
}
