/**
 * html7's families (html7.test.ts; `npx node test/pubcheck/html7-measure.ts [read.ts]` measures any tree).
 *
 * `realPage` writes a table of counts as the pages of tools and site themes hold it (a Bootstrap page with its navbar,
 * DataTables' sort icons, pandas Styler's hover, a Quarto or pkgdown page with a dark scheme, an Arabic-localised
 * export) with one of the features html6 refused though harmless (README Limits): a background image behind the table
 * or off it, a reader's action's colours (:hover, :focus), 「direction: rtl」 on one number's cell, a fixed or sticky
 * bar, rules for a dark scheme. Each page says whether its feature is proved harmless (`proved`: it must be read) or
 * not (a background image with nothing opaque between it and the digits, a fixed bar, a sticky one moved from its
 * place: refused, the rule named).
 *
 * `attackPage` writes a cell 「3<span class="h">0</span>」 (its text 30) that some reader is shown otherwise by the same
 * features: its 0 alone hidden under the pointer or the focus, by the reader's selection, in one colour scheme, a
 * number reordered right to left, an HTML background image, a stylesheet outside the file. Each must be refused.
 */
import { lcg, pick } from './helpers.ts';

type Rng = () => number;

const GROUPS = ['A群', 'B群', 'C群', 'D群'];
const LABELS = ['男性', '女性', '40歳未満', '40歳以上', '喫煙あり'];

function table(rng: Rng, small: boolean): string[][] {
  const cols = 2 + Math.floor(rng() * 3);
  const rows = 2 + Math.floor(rng() * 4);
  const out = [
    ['項目', ...GROUPS.slice(0, cols)],
    ...LABELS.slice(0, rows).map((l) => [l, ...Array.from({ length: cols }, () => String(20 + Math.floor(rng() * 80)))]),
  ];
  if (small) {
    out[1 + Math.floor(rng() * rows)]![1 + Math.floor(rng() * cols)] = String(1 + Math.floor(rng() * 9));
    out.push(['合計', ...out[0]!.slice(1).map((_, j) => String(out.slice(1).reduce((a, r) => a + Number(r[j + 1]), 0)))]);
  }
  return out;
}

/** The features of `realPage`: what each page adds, and whether it is proved harmless (read) or not (refused). */
export const FEATURES = [
  // Background images.
  { name: 'url: header image (no digits)', proved: true },
  { name: 'url: body image, table opaque', proved: true },
  { name: 'url: sort icons on th (no digits)', proved: true },
  { name: 'url: body image behind the digits', proved: false },
  // A reader's action's colours.
  { name: 'hover: light row', proved: true },
  { name: 'hover: dark row, cells keep their colour', proved: true },
  { name: 'hover: dark row, text not set', proved: true },
  { name: 'focus-within: dark row', proved: true },
  { name: 'selection: Boilerplate', proved: true },
  // Right to left.
  { name: 'rtl: dir="rtl" on a number cell', proved: true },
  { name: 'rtl: direction:rtl rule on number cells', proved: true },
  // Bars.
  { name: 'bar: sticky navbar, top 0', proved: true },
  { name: 'bar: sticky th, top 0', proved: true },
  { name: 'bar: fixed navbar', proved: false },
  { name: 'bar: sticky th under a navbar (top 56px)', proved: false },
  // Colour schemes.
  { name: 'dark: body colours per scheme', proved: true },
  { name: 'dark: custom properties per scheme (Quarto)', proved: true },
  { name: 'dark: cells and stripes per scheme (pkgdown)', proved: true },
] as const;

export type Feature = (typeof FEATURES)[number]['name'];

/** One realistic page with one feature (by `seed`, or the feature asked). */
export function realPage(
  seed: number,
  small = false,
  only?: Feature,
): { html: string; tsv: string; feature: Feature; proved: boolean; selector?: string } {
  const rng = lcg(seed);
  const rows = table(rng, small);
  const f = only ? FEATURES.find((x) => x.name === only)! : pick(rng, FEATURES);
  // The theme's text colour once (a second body colour of the plain rules is another class: every colour given is tried).
  const css: string[] = [
    `body{font-family:"Helvetica Neue",Arial,"Hiragino Kaku Gothic ProN",sans-serif;font-size:14px;line-height:1.5;${f.name.includes('Quarto') ? '' : 'color:#212529;'}margin:0}`,
    '.container{max-width:960px;margin:0 auto;padding:0 15px}',
    '.table{width:100%;margin-bottom:1rem;border-collapse:collapse}',
    '.table th,.table td{padding:.5rem;border-top:1px solid #dee2e6;vertical-align:top}',
    '.table thead th{border-bottom:2px solid #dee2e6;text-align:left}',
    'a{color:#007bff;text-decoration:none}',
  ];
  let before = '<div class="container"><h2>患者背景</h2>';
  let head = '';
  let bodyAttr = '';
  let cellAttr = (_i: number, _j: number) => '';
  let selector: string | undefined;
  // A cell with one number, right to left (rtl features).
  const rtlAt: [number, number] = [
    1 + Math.floor(rng() * (rows.length - 1 - (small ? 1 : 0))),
    1 + Math.floor(rng() * (rows[0]!.length - 1)),
  ];
  switch (f.name) {
    case 'url: header image (no digits)':
      css.push('.site-header{background:#036 url(img/header.jpg) no-repeat center/cover;color:#fff;padding:2rem 0}');
      before = `<header class="site-header"><div class="container">研究報告</div></header>${before}`;
      break;
    case 'url: body image, table opaque':
      css.push('body{background:#eef url(img/paper.png) repeat}', '.table{background-color:#fff}');
      break;
    case 'url: sort icons on th (no digits)':
      css.push(
        'table.dataTable thead th{cursor:pointer;background-repeat:no-repeat;background-position:center right;padding-right:24px}',
        'table.dataTable thead .sorting{background-image:url("../images/sort_both.png")}',
        'table.dataTable thead .sorting_asc{background-image:url("../images/sort_asc.png")}',
      );
      cellAttr = (i, j) => (i === 0 ? ` class="${j === 1 ? 'sorting_asc' : 'sorting'}"` : '');
      break;
    case 'url: body image behind the digits':
      css.push('body{background:#fff url(img/watermark.png) repeat}');
      selector = 'body';
      break;
    case 'hover: light row':
      css.push('.table-hover tbody tr:hover{background-color:rgba(0,0,0,.075)}', 'a:hover{color:#0056b3;text-decoration:underline}');
      break;
    case 'hover: dark row, cells keep their colour':
      css.push('.table-hover tbody tr:hover{background-color:#343a40;color:#fff}', '.table td{color:#212529}');
      break;
    case 'hover: dark row, text not set':
      css.push('.table-hover tbody tr:hover td{background:#222}');
      break;
    case 'focus-within: dark row':
      css.push('tbody tr:focus-within{background:#000}', 'tbody tr:focus{outline:2px solid #09f}');
      break;
    case 'selection: Boilerplate':
      css.push('::-moz-selection{background:#b3d4fc;text-shadow:none}', '::selection{background:#b3d4fc;text-shadow:none}');
      break;
    case 'rtl: dir="rtl" on a number cell':
      cellAttr = (i, j) => (i === rtlAt[0] && j === rtlAt[1] ? ' dir="rtl"' : '');
      break;
    case 'rtl: direction:rtl rule on number cells':
      css.push('td.num{direction:rtl;text-align:left}');
      cellAttr = (i, j) => (i > 0 && j > 0 ? ' class="num"' : '');
      break;
    case 'bar: sticky navbar, top 0':
      css.push('.navbar{position:sticky;top:0;z-index:1020;background-color:#f8f9fa;padding:.5rem 1rem}');
      before = `<nav class="navbar"><a href="#">ホーム</a> <a href="#">結果</a></nav>${before}`;
      break;
    case 'bar: sticky th, top 0':
      css.push('.table thead th{position:sticky;top:0;background:#fff}');
      break;
    case 'bar: fixed navbar':
      css.push(
        '.fixed-top{position:fixed;top:0;right:0;left:0;z-index:1030;background:#343a40;color:#fff;height:56px}',
        'body{padding-top:56px}',
      );
      before = `<nav class="fixed-top"><a href="#">ホーム</a></nav>${before}`;
      selector = '.fixed-top';
      break;
    case 'bar: sticky th under a navbar (top 56px)':
      css.push('.table thead th{position:sticky;top:56px;background:#fff}');
      selector = '.table thead th';
      break;
    case 'dark: body colours per scheme':
      css.push(
        '@media (prefers-color-scheme: dark){body{background:#121212;color:#e0e0e0}.table th,.table td{border-color:#444}a{color:#8ab4f8}}',
      );
      break;
    case 'dark: custom properties per scheme (Quarto)':
      css.push(
        ':root{--bg:#fff;--fg:#212529;--stripe:rgba(0,0,0,.05)}',
        '@media (prefers-color-scheme: dark){:root{--bg:#222;--fg:#dee2e6;--stripe:rgba(255,255,255,.05)}}',
        'body{background-color:var(--bg);color:var(--fg)}',
        '.table-striped tbody tr:nth-of-type(odd){background-color:var(--stripe)}',
      );
      break;
    case 'dark: cells and stripes per scheme (pkgdown)':
      css.push(
        'body{background:#fff}',
        '.table td{color:#333}',
        '@media screen and (prefers-color-scheme: dark){body{background:#1e1e1e}.table td{color:#ddd}.table thead th{color:#eee}}',
      );
      break;
  }
  const hover = f.name.startsWith('hover') ? ' table-hover' : '';
  const striped = f.name.includes('Quarto') ? ' table-striped' : '';
  const dt = f.name.startsWith('url: sort') ? ' dataTable' : '';
  const html = `<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>患者背景</title>${head}
<style>
${css.join('\n')}
</style></head>
<body${bodyAttr}>
${before}
<table class="table${hover}${striped}${dt}">
<thead><tr>${rows[0]!.map((v, j) => `<th${cellAttr(0, j)}>${v}</th>`).join('')}</tr></thead>
<tbody>
${rows
  .slice(1)
  .map(
    (r, i) =>
      `<tr${f.name.startsWith('focus') ? ' tabindex="0"' : ''}>${r.map((v, j) => `<td${cellAttr(i + 1, j)}>${v}</td>`).join('')}</tr>`,
  )
  .join('\n')}
</tbody></table>
</div></body></html>`;
  head = '';
  return {
    html,
    tsv: `${rows.map((r) => r.join('\t')).join('\n')}\n`,
    feature: f.name,
    proved: f.proved,
    ...(selector ? { selector } : {}),
  };
}

/** The attacks of `attackPage`: a cell whose 0 some reader does not see (or sees moved), with the page's CSS or HTML. */
export const ATTACKS: readonly { name: string; css?: string; cell?: string; head?: string; bodyAttr?: string }[] = [
  { name: 'hover: the 0 alone transparent', css: '.h:hover{color:transparent}' },
  { name: 'hover: the 0 alone white, by the cell', css: 'td:hover .h{color:#fff}' },
  { name: 'hover: row dark, the 0 keeps its own colour', css: 'tr:hover{background:#222} .h{color:#222}' },
  { name: 'hover: row dark, the 0 on a light box', css: 'tr:hover td{background:#000} .h{background:#fff}' },
  { name: 'hover: row transparent, the 0 its own colour', css: 'tr:hover{color:transparent} .h{color:#333}' },
  { name: 'hover: nested levels', css: 'table:hover{color:#888;background:#888} tr:hover{color:#000} .h{color:#888}' },
  { name: 'focus: the 0 focused alone', css: '.h:focus{color:#fff} td:focus{color:#fff}', cell: '3<span class="h" tabindex="0">0</span>' },
  { name: 'active: the 0 alone', css: '.h:active{opacity:0}' },
  { name: 'target: the 0 alone', css: '.h:target{color:white}', cell: '3<span class="h" id="x">0</span>' },
  // A colour of the action taken as always on masked a digit hidden without it (read on main).
  { name: 'hover: the 0 hidden normally, its hover colour seen', css: '.h{background:#000} .h:hover{color:#fff}' },
  { name: 'hover: the cell pointed at, the 0 not', css: 'td:hover{background:#000;color:#fff} .h{background:#fff} .h:hover{color:#000}' },
  { name: 'hover: white text seen on its hover background alone', css: 'td.w{color:#fff} td.w:hover{background:#000}' },
  { name: 'hover: an image on the row', css: 'tr:hover{background:url(x.png)}' },
  { name: 'hover: a gradient on the row', css: 'tr:hover{background:linear-gradient(90deg,#fff 50%,#000 50%)}' },
  { name: 'hover: text added', css: 'td:hover .h::after{content:"0"}' },
  { name: 'hover: one digit by first-letter', css: 'td.w:hover::first-letter{color:transparent}' },
  {
    name: 'hover: a box added over the cell beside',
    css: 'td{position:relative} td.w:hover::after{content:"";position:absolute;left:-3em;top:0;width:3em;height:1.5em;background:#fff}',
  },
  { name: 'hover: the 0 removed', css: '.h:hover{display:none}' },
  { name: 'selection: transparent', css: '::selection{color:transparent;background:transparent}' },
  { name: 'selection: white', css: '::selection{color:#fff}' },
  { name: 'not hover: always', css: '.h:not(:hover){color:transparent}' },
  {
    name: 'dark: the 0 in the background',
    css: 'body{background:#fff;color:#222} @media (prefers-color-scheme: dark){body{background:#121212;color:#eee} .h{color:#121212}}',
  },
  {
    name: 'dark: by custom properties',
    css: ':root{--bg:#fff;--h:#222} @media (prefers-color-scheme: dark){:root{--bg:#111;--h:#111}} body{background:var(--bg);color:#888} .h{color:var(--h)}',
  },
  {
    name: 'dark: the page dark, text not set',
    css: '@media (prefers-color-scheme: dark){body{background:#111} td{color:#eee}} .h{color:#000}',
  },
  { name: 'light: the 0 in the background', css: 'body{background:#000;color:#eee} @media (prefers-color-scheme: light){.h{color:#000}}' },
  { name: 'light: as not dark', css: 'body{background:#000;color:#eee} @media not all and (prefers-color-scheme: dark){.h{color:#000}}' },
  {
    name: 'dark: plain rule important',
    css: '.h{color:#222 !important} @media (prefers-color-scheme: dark){body{background:#222;color:#eee} .h{color:#eee}}',
  },
  { name: 'dark: hidden', css: '@media (prefers-color-scheme: dark){.h{display:none}}' },
  { name: 'light: the 0 hidden, its dark colour seen', css: '.h{background:#000} @media (prefers-color-scheme: dark){.h{color:#eee}}' },
  { name: 'rtl: a sign', cell: '<span style="direction:rtl;display:block">-3</span>' },
  { name: 'rtl: a space', cell: '<span style="direction:rtl;display:block">3 0</span>' },
  { name: 'rtl: an isolated part', css: 'td.w{direction:rtl} .h{unicode-bidi:isolate}' },
  { name: 'rtl: an inline-block part', css: 'td.w{direction:rtl} .h{display:inline-block}' },
  { name: 'rtl: with a unit', cell: '<span dir="rtl" style="display:block">30人</span>' },
  { name: 'rtl: the row', css: 'tr{direction:rtl}' },
  { name: 'html: body background image', bodyAttr: ' background="img/black.png"' },
  { name: 'html: cell background image', cell: '<span class="h">30</span>', css: 'x{}' },
  { name: 'outside: link', head: '<link rel="stylesheet" href="css/style.css">' },
  { name: 'outside: link, alternate', head: '<link rel="alternate stylesheet" href="print.css" title="印刷">' },
  { name: 'outside: preload as style', head: '<link rel="preload" as="style" href="a.css" onload="this.rel=\'stylesheet\'">' },
  { name: 'outside: @import', css: '@import url("https://example.org/hide.css");' },
  {
    name: 'outside: @import in a data: sheet',
    head: `<link rel="stylesheet" href="data:text/css,${encodeURIComponent('@import "hide.css";')}">`,
  },
];

/** One attack page: a random table (`realPage`'s themes), one cell attacked. */
export function attackPage(seed: number): { html: string; attack: string } {
  const rng = lcg(seed);
  const rows = table(rng, false);
  const a = pick(rng, ATTACKS);
  const i = 1 + Math.floor(rng() * (rows.length - 1));
  const j = 1 + Math.floor(rng() * (rows[0]!.length - 1));
  const cell = a.cell ?? '3<span class="h">0</span>';
  const theme = pick(rng, [
    '',
    'body{font-family:Arial,sans-serif;font-size:14px} .table td,.table th{padding:.5rem;border-top:1px solid #dee2e6}',
    '.table-hover tbody tr:hover{background-color:rgba(0,0,0,.075)}',
  ]);
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8">${a.head ?? ''}<style>${theme}\n${a.css ?? ''}</style></head><body${a.bodyAttr ?? ''}>
<table class="table table-hover">
${rows
  .map(
    (r, y) =>
      `<tr>${r
        .map((v, x) => {
          const tag = y === 0 ? 'th' : 'td';
          if (y !== i || x !== j) return `<${tag}>${v}</${tag}>`;
          const bg = a.name === 'html: cell background image' ? ' background="img/black.png"' : '';
          return `<td class="w"${bg}>${cell}</td>`;
        })
        .join('')}</tr>`,
  )
  .join('\n')}
</table></body></html>`;
  return { html, attack: a.name };
}
