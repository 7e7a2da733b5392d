/**
 * html11's families (html11.test.ts; `npx node test/pubcheck/html11-measure.ts [root]` measures any tree).
 *
 * `attackPage(seed)` writes a table of counts that a reader is not shown as its file holds it, by what is set on an
 * element around the table (its ancestors up to the root: 「html」, 「:root」, 「body」, a wrapper): the whole table hidden
 * (display, content-visibility, opacity, a scale of 0, the 「hidden」 attribute, a closed 「details」, fallback content),
 * or its text hidden and shown again in part (visibility, a font size of 0, a transparent text fill, each reset on the
 * digits a reader is to see), or struck through. `shown` is undefined: a refusal in words is required (no one number
 * in the cell is what a reader sees — for a hidden table, none at all).
 *
 * `realPage(seed)` writes a page that shows what the file holds, with what int (6c7cd4b) misread as hiding: 「:root」
 * rules (matched every element there: 「:root{font-size:62.5%}」 compounded to a tiny font), 「:root{color-scheme:light
 * dark}」 with light-dark() colours shown in both schemes, a fading wrapper shown (「.fade:not(.show){opacity:0}」 on
 * 「.fade.show」), the inline-block grid's 「font-size:0」 reset around the table, an open 「details」.
 */
import { lcg, int, pick } from './helpers.ts';
import type { Page } from './html9-families.ts';

type Rng = () => number;

const GROUPS = ['A群', 'B群', 'C群'];
const LABELS = ['男性', '女性', '40歳未満', '40歳以上', '喫煙あり'];

function grid(rng: Rng): string[][] {
  const cols = int(rng, 2, 3);
  const rows = int(rng, 2, 4);
  return [
    ['項目', ...GROUPS.slice(0, cols)],
    ...LABELS.slice(0, rows).map((l) => [l, ...Array.from({ length: cols }, () => String(int(rng, 20, 99)))]),
  ];
}

/** The page: `cell` at `at`, every other cell through `each`; the table in `open`…`close`, the page's CSS `css`. */
function write(
  cells: string[][],
  at: [number, number],
  cell: string,
  o: { css?: string; open?: string; close?: string; each?: (c: string) => string; htmlAttr?: string; bodyAttr?: string },
): string {
  const each = o.each ?? ((c: string) => c);
  const rows = cells.map((r, i) =>
    i === 0
      ? `<tr>${r.map((c) => `<th>${each(c)}</th>`).join('')}</tr>`
      : `<tr>${r.map((c, j) => (i === at[0] + 1 && j === at[1] + 1 ? `<td>${cell}</td>` : `<td>${each(c)}</td>`)).join('')}</tr>`,
  );
  return `<!DOCTYPE html><html${o.htmlAttr ?? ''}><head><meta charset="utf-8"><style>${o.css ?? ''}</style></head><body${o.bodyAttr ?? ''}><h2>患者背景</h2>${o.open ?? ''}<table>\n${rows.join('\n')}\n</table>${o.close ?? ''}</body></html>`;
}

export const ATTACKS = [
  'the root or body hides the whole table (display, content-visibility)',
  'an ancestor transparent (opacity, filter)',
  'a wrapper hidden by its style attribute or the hidden attribute',
  'a wrapper scaled to 0',
  'a closed details or dialog, or fallback content around the table',
  'visibility hidden on an ancestor, visible again on the digits shown',
  'font-size 0 on an ancestor, a size again on the digits shown',
  'a transparent text fill on an ancestor, a colour again on the digits shown',
  'line-through on an ancestor',
  "a shadow root's own stylesheet hides a digit",
  "a shadow root's rule does not reach the page",
] as const;
export type Attack = (typeof ATTACKS)[number];

export function attackPage(seed: number, only?: Attack): Page {
  const rng = lcg(seed);
  const cells = grid(rng);
  const at: [number, number] = [int(rng, 0, cells.length - 2), int(rng, 0, cells[0]!.length - 2)];
  const attack = only ?? pick(rng, ATTACKS);
  const anc = pick(rng, ['html', ':root', 'body', '.w', 'main']);
  const wrap = { open: '<main><div class="w">', close: '</div></main>' };
  const page = (cell: string, o: Parameters<typeof write>[3]): Page => ({ html: write(cells, at, cell, { ...wrap, ...o }), attack, at });
  const s = (c: string) => `<span class="s">${c}</span>`;
  switch (attack) {
    case 'the root or body hides the whole table (display, content-visibility)':
      return page('30', { css: `${anc}{${pick(rng, ['display:none', 'display: none !important', 'content-visibility:hidden'])}}` });
    case 'an ancestor transparent (opacity, filter)':
      return page('30', { css: `${anc}{${pick(rng, ['opacity:0', 'opacity:0.01', 'opacity:0%', 'filter:opacity(0)'])}}` });
    case 'a wrapper hidden by its style attribute or the hidden attribute': {
      const how = pick(rng, [
        ' style="display:none"',
        ' hidden',
        ' style="visibility:hidden"',
        ' style="opacity:0"',
        ' style="font-size:0"',
      ]);
      return page('30', { open: `<div${how}>`, close: '</div>' });
    }
    case 'a wrapper scaled to 0':
      return page('30', { css: `.w{transform:${pick(rng, ['scale(0)', 'scaleY(0)', 'scale(0, 0)'])}}` });
    case 'a closed details or dialog, or fallback content around the table': {
      const [open, close] = pick(rng, [
        ['<details><summary>表1</summary>', '</details>'],
        ['<dialog>', '</dialog>'],
        ['<object data="chart.svg" type="image/svg+xml">', '</object>'],
        ['<video src="a.mp4">', '</video>'],
      ]);
      // html13: a closed details is opened by a reader (its summary), read as a closed tab is: a reader who opens it
      // is shown the 30 (html11 required a refusal).
      return open.startsWith('<details') ? { ...page('30', { open, close }), shown: '30' } : page('30', { open, close });
    }
    case 'visibility hidden on an ancestor, visible again on the digits shown':
      return page(`${s('3')}0`, { css: `${anc}{visibility:${pick(rng, ['hidden', 'collapse'])}}.s{visibility:visible}`, each: s });
    case 'font-size 0 on an ancestor, a size again on the digits shown':
      return page(`${s('3')}0`, {
        css: `${anc}{font-size:${pick(rng, ['0', '0px', '1px', '0.1em'])}}.s{font-size:${pick(rng, ['16px', '1rem', '12pt'])}}`,
        each: s,
      });
    case 'a transparent text fill on an ancestor, a colour again on the digits shown':
      return page(`${s('3')}0`, {
        css: `${anc}{-webkit-text-fill-color:${pick(rng, ['transparent', 'rgba(0,0,0,0)', '#0000'])}}.s{-webkit-text-fill-color:#222}`,
        each: s,
      });
    case "a shadow root's own stylesheet hides a digit": {
      const [sheet, inner, light] = pick(rng, [
        ['b{display:none}', '3<b>0</b>', ''],
        ['.v{color:#fff}', '3<span class="v">0</span>', ''],
        [':host .v{font-size:0}', '3<span class="v">0</span>', ''],
        [':host{visibility:hidden}', '<slot></slot>', '30'],
        ['::slotted(b){opacity:0}', '3<slot></slot>', '<b>0</b>'],
        ['slot{display:none}', '3<slot></slot>', '0'],
        ['::slotted(i){font-size:1px}', '3<slot></slot>', '<i>0</i>'],
      ]);
      const host = pick(rng, ['span', 'n-cell']);
      return page(
        `<${host}><template shadowrootmode="${pick(rng, ['open', 'closed'])}"><style>${sheet}</style>${inner}</template>${light}</${host}>`,
        {},
      );
    }
    case "a shadow root's rule does not reach the page":
      // The page hides the digit; a rule of a shadow root elsewhere on the page would show it, were it the page's.
      return page(
        `3<span class="v">0</span><span><template shadowrootmode="open"><style>.v{${pick(rng, ['display:inline', 'color:#000', 'font-size:16px', 'opacity:1'])}}</style><slot></slot></template></span>`,
        {
          css: `.v{${pick(rng, ['display:none', 'color:#fff', 'font-size:0', 'opacity:0'])}}`,
        },
      );
    case 'line-through on an ancestor':
      return page(
        '30',
        pick(rng, [{ css: `${anc}{text-decoration:line-through}` }, { open: '<del>', close: '</del>' }, { open: '<s>', close: '</s>' }]),
      );
  }
}

export const FEATURES = [
  ':root rules (the root alone)',
  ':root color-scheme with light-dark() shown in both',
  'a fading wrapper shown (:not())',
  'the inline-block grid around the table',
  'an open details',
  'web components with their own stylesheets',
] as const;
export type Feature = (typeof FEATURES)[number];

/** A page showing what its file holds; `tsv`, the same table as TSV. */
export function realPage(seed: number, only?: Feature, small = false): { html: string; tsv: string; feature: Feature } {
  const rng = lcg(seed);
  const cells = grid(rng);
  if (small) {
    cells[int(rng, 1, cells.length - 1)]![int(rng, 1, cells[0]!.length - 1)] = String(int(rng, 1, 9));
    cells.push(['合計', ...cells[0]!.slice(1).map((_, j) => String(cells.slice(1).reduce((a, r) => a + Number(r[j + 1]), 0)))]);
  }
  const feature = only ?? pick(rng, FEATURES);
  const tsv = cells.map((r) => r.join('\t')).join('\n');
  const fg = pick(rng, ['#212529', '#222', 'rgb(33 37 41)']);
  const dfg = pick(rng, ['#dee2e6', '#eee', 'rgb(230 230 230)']);
  const dbg = pick(rng, ['#212529', '#121212', '#000']);
  let css = '';
  let open = '';
  let close = '';
  switch (feature) {
    case ':root rules (the root alone)':
      css = pick(rng, [
        ':root{font-size:62.5%}body{font-size:1.6rem}',
        `:root{font-size:${pick(rng, ['62.5%', '75%', '87.5%'])};--fg:${fg};color:var(--fg)}td,th{font-size:1.4rem}`,
        ':root{font-size:10px}body{font-size:1.4rem;line-height:1.5}',
      ]);
      break;
    case ':root color-scheme with light-dark() shown in both':
      // On the browser's own canvas (white in the light scheme, dark in the dark one) or on the page's.
      css = `:root{color-scheme:${pick(rng, ['light dark', 'dark light'])}}${pick(rng, [
        `body{color:light-dark(${fg}, ${dfg});background:light-dark(#fff, ${dbg})}td{color:light-dark(#000, #fff)}`,
        'td,th{color:light-dark(#000, #fff)}',
        `td{color:light-dark(${fg}, ${dfg})}`,
      ])}`;
      break;
    case 'a fading wrapper shown (:not())':
      css = `.fade{transition:opacity .15s linear}.fade:not(${pick(rng, ['.show', '.in', '.is-visible'])}){opacity:0}`;
      open = `<div class="fade ${css.includes('.show') ? 'show' : css.includes('.in)') ? 'in' : 'is-visible'}">`;
      close = '</div>';
      break;
    case 'the inline-block grid around the table':
      css = `.row{font-size:0}.col{display:inline-block;vertical-align:top;width:50%;font-size:${pick(rng, ['14px', '1rem', '16px', 'medium'])}}`;
      open = '<div class="row"><div class="col">';
      close = '</div><div class="col"><p>注</p></div></div>';
      break;
    case 'web components with their own stylesheets':
      break;
    case 'an open details':
      open = `<details open><summary>${pick(rng, ['表1', '詳細'])}</summary>`;
      close = '</details>';
      break;
  }
  // Each count in a component whose shadow root styles it with its own stylesheet (int refused every one).
  const sheet = pick(rng, [
    ':host{display:inline-block}.v{font-variant-numeric:tabular-nums;color:#222}',
    `:host{text-align:right}::slotted(*){font-weight:bold}b{color:${fg}}`,
    `.v{padding:0 4px;font-size:0.9em}:host([hidden]){display:none}`,
  ]);
  const each =
    feature === 'web components with their own stylesheets'
      ? (c: string) =>
          /^\d+$/.test(c)
            ? `<n-count><template shadowrootmode="open"><style>${sheet}</style><span class="v"><b><slot></slot></b></span></template>${c}</n-count>`
            : c
      : undefined;
  return { html: write(cells, [-2, -2], '', { css, open, close, ...(each ? { each } : {}) }), tsv, feature };
}
