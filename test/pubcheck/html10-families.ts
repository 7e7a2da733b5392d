/**
 * html10's families (html10.test.ts; `npx node test/pubcheck/html10-measure.ts [root]` measures any tree).
 *
 * `attackPage(seed)` writes a table of counts whose cell of one row shows a reader one number and holds another (its
 * text 「3」 then a 「0」 a reader does not see), by what html10 reads where html9 refused (and a font size in rem under
 * a root of 1px, read as 16px on main): light-dark() without a dark
 * scheme (the light colour hides) and with one (the dark colour hides, the scheme named in a rule, a style attribute
 * or the meta), declarative shadow roots (children in no slot, a slot
 * in a hidden box, a root with its own stylesheet, a root on a cell, which attaches to none), and math functions of
 * mixed units — a font size computed from the parent's and the root's to under
 * 4px, a margin or an indent whose least is far to the left (a percentage's base unknown, or a percentage that pulls
 * it further left as the width grows). `shown` is what a reader sees in the cell (undefined: no one number, refusal
 * required), as html9-families.ts.
 *
 * `realPage(seed)` writes a page that shows what the file holds, with what html10 reads where html9 refused: light-dark()
 * colours on a page that names no dark scheme (a browser shows the light ones alone), web components whose
 * declarative shadow roots show the counts through slots, font sizes, margins, indents
 * and spacing computed from em, rem and percentages to harmless values.
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

function write(cells: string[][], css: string, at: [number, number], cell: string, head = '', htmlAttr = ''): string {
  const rows = cells.map((r, i) =>
    i === 0
      ? `<tr>${r.map((c) => `<th>${c}</th>`).join('')}</tr>`
      : `<tr>${r.map((c, j) => (i === at[0] + 1 && j === at[1] + 1 ? `<td>${cell}</td>` : `<td>${c}</td>`)).join('')}</tr>`,
  );
  return `<!DOCTYPE html><html${htmlAttr}><head><meta charset="utf-8">${head}<style>${css}</style></head><body><h2>患者背景</h2><table>\n${rows.join('\n')}\n</table></body></html>`;
}

export const ATTACKS = [
  'light-dark(): the light colour hides, no scheme',
  'light-dark(): the dark colour hides, scheme in a rule',
  'light-dark(): the dark colour hides, scheme in the meta',
  'light-dark(): the dark colour hides, scheme in a style attribute',
  'font-size: mixed units to under 4px',
  'font-size: rem of a small root',
  'font-size: plain rem of a small root',
  'margin-left: least far left',
  'margin-left: a percentage pulling left',
  'text-indent: least far left',
  'letter-spacing: mixed units overlapping',
  'shadow root: light children in no slot',
  'shadow root: the slot in a hidden box',
  'shadow root: its own stylesheet',
  'shadow root on a cell (no host)',
] as const;
export type Attack = (typeof ATTACKS)[number];

export function attackPage(seed: number, only?: Attack): Page {
  const rng = lcg(seed);
  const cells = grid(rng);
  const at: [number, number] = [int(rng, 0, cells.length - 2), int(rng, 0, cells[0]!.length - 2)];
  const attack = only ?? pick(rng, ATTACKS);
  const white = pick(rng, ['#fff', '#ffffff', 'white', 'rgb(255 255 255)', 'hsl(0 0% 100%)']);
  const dark = pick(rng, ['#121212', '#000', '#1e1e1e', 'rgb(18 18 18)']);
  const cls = '3<span class="h">0</span>';
  const span = (style: string) => `3<span style="${style}">0</span>`;
  const page = (cell: string, css = '', head = '', htmlAttr = ''): Page => ({
    html: write(cells, css, at, cell, head, htmlAttr),
    attack,
    at,
  });
  const ld = `body{color:light-dark(#222, #eee);background:light-dark(#fff, ${dark})}.h{color:light-dark(#222, ${dark})}`;
  switch (attack) {
    case 'light-dark(): the light colour hides, no scheme':
      return page(cls, `.h{color:light-dark(${white}, #000)}`);
    case 'light-dark(): the dark colour hides, scheme in a rule':
      return page(cls, `${pick(rng, [':root', 'html', 'body'])}{color-scheme:${pick(rng, ['light dark', 'dark light', 'dark'])}}${ld}`);
    case 'light-dark(): the dark colour hides, scheme in the meta':
      return page(cls, ld, `<meta name="color-scheme" content="${pick(rng, ['light dark', 'dark light', 'dark'])}">`);
    case 'light-dark(): the dark colour hides, scheme in a style attribute':
      return page(cls, ld, '', ' style="color-scheme: light dark"');
    case 'font-size: mixed units to under 4px':
      return page(
        span(
          `font-size:${pick(rng, ['calc(1em - 16px)', 'calc(100% - 1rem)', 'max(0px, calc(1em - 20px))', 'calc(10% - 0.1rem)', 'calc(1rem - 15px)', 'clamp(0px, 1em - 15px, 2px)', 'calc(2px + 0%)'])}`,
        ),
      );
    case 'font-size: rem of a small root':
      return page(
        span(`font-size:calc(${pick(rng, ['1rem + 1px', '1.5rem - 0%', '1rem + 0em'])})`),
        `html{font-size:${pick(rng, ['1px', '0.1px', '2px'])}}body{font-size:16px}`,
      );
    case 'font-size: plain rem of a small root':
      return page(
        span(`font-size:${pick(rng, ['1rem', '2rem', '0.5rem'])}`),
        `html{font-size:${pick(rng, ['1px', '0.5px'])}}body{font-size:16px}`,
      );
    case 'margin-left: least far left':
      return page(span(`display:inline-block;margin-left:calc(${int(rng, 1, 90)}% - ${int(rng, 1000, 99999)}px)`));
    case 'margin-left: a percentage pulling left':
      return page(span(`display:inline-block;margin-left:calc(${pick(rng, ['1em', '10px', '0px'])} - ${int(rng, 10, 100)}%)`));
    case 'text-indent: least far left':
      return page(`<span style="display:inline-block;text-indent:calc(${int(rng, 1, 50)}% - ${int(rng, 100, 999)}em)">3</span>0`);
    case 'shadow root: light children in no slot': {
      const host = pick(rng, ['span', 'b-n', 'div']);
      const slot = pick(rng, ['', '<slot name="a"></slot>']);
      // A slot named 「a」 takes no child without 「slot="a"」; a root with no slot shows none of the host's children.
      const child = slot === '' ? pick(rng, ['', ' slot="b"']) : pick(rng, ['', ' slot="b"']);
      return page(`<${host}><template shadowrootmode="${pick(rng, ['open', 'closed'])}">3${slot}</template><b${child}>0</b></${host}>`);
    }
    case 'shadow root: the slot in a hidden box':
      return page(
        `<span><template shadowrootmode="open"><span ${pick(rng, ['hidden', 'style="display:none"', 'style="font-size:0"'])}><slot></slot></span>3</template>0</span>`,
      );
    case 'shadow root: its own stylesheet':
      return page(
        `<span><template shadowrootmode="open"><style>${pick(rng, ['slot{display:none}', ':host{font-size:0}', '::slotted(b){opacity:0}'])}</style>3<slot></slot></template><b>0</b></span>`,
      );
    case 'shadow root on a cell (no host)':
      return page(`<template shadowrootmode="open">${int(rng, 1, 9)}<slot></slot></template>30`, '', '', '');
    case 'letter-spacing: mixed units overlapping':
      return page(span(`letter-spacing:calc(${pick(rng, ['-1em + 1px', '-2rem - 0px', '1px - 1em'])})`));
  }
}

export const FEATURES = [
  'web components: declarative shadow roots with slots',
  'light-dark() colours, no dark scheme',
  'font sizes of em, rem and %',
  'margins and indents of mixed units',
  'spacing of mixed units',
] as const;
export type Feature = (typeof FEATURES)[number];

/** A page showing what its file holds, with a feature html9 refused; `tsv`, the same table as TSV. */
export function realPage(seed: number, only?: Feature, small = false): { html: string; tsv: string; feature: Feature } {
  const rng = lcg(seed);
  const cells = grid(rng);
  if (small) {
    // One count under the threshold, and the columns' totals: a table to protect.
    cells[int(rng, 1, cells.length - 1)]![int(rng, 1, cells[0]!.length - 1)] = String(int(rng, 1, 9));
    cells.push(['合計', ...cells[0]!.slice(1).map((_, j) => String(cells.slice(1).reduce((a, r) => a + Number(r[j + 1]), 0)))]);
  }
  const feature = only ?? pick(rng, FEATURES);
  const tsv = cells.map((r) => r.join('\t')).join('\n');
  const fg = pick(rng, ['#212529', '#222', 'rgb(33 37 41)', '#1a1a1a']);
  const bg = pick(rng, ['#fff', '#fafafa', 'white']);
  const dfg = pick(rng, ['#dee2e6', '#eee', 'rgb(230 230 230)']);
  const dbg = pick(rng, ['#212529', '#121212', '#000']);
  let css = '';
  switch (feature) {
    case 'light-dark() colours, no dark scheme':
      css = pick(rng, [
        `body{color:light-dark(${fg}, ${dfg});background-color:light-dark(${bg}, ${dbg})}th{background:light-dark(#f3f3f3, #333)}`,
        `:root{--fg:light-dark(${fg}, ${dfg})}td{color:var(--fg)}`,
        `td{color:light-dark(${fg}, ${dfg})}`,
      ]);
      break;
    case 'font sizes of em, rem and %':
      css = `${pick(rng, ['', 'html{font-size:62.5%}body{font-size:1.6rem}', 'html{font-size:100%}'])}td,th{font-size:${pick(rng, ['calc(1rem + 2px)', 'calc(0.875rem + 1px)', 'calc(1em - 2px)', 'calc(90% + 1px)', 'max(12px, 0.9em)', 'clamp(12px, 1em + 1px, 20px)'])}}`;
      break;
    case 'margins and indents of mixed units':
      css = `td{text-indent:${pick(rng, ['calc(1em - 4px)', 'calc(2% + 0.5em)', 'calc(50% - 10px)', 'calc(1rem - 1em)'])}}th{margin:${pick(rng, ['calc(0.5em + 2px) calc(1em - 4px)', 'calc(1% + 1px) 0', 'calc(1rem - 8px)'])}}`;
      break;
    case 'spacing of mixed units':
      css = `td{letter-spacing:${pick(rng, ['calc(0.05em + 0px)', 'calc(1px - 0.02em)', 'calc(0.1rem - 1px)'])};word-spacing:${pick(rng, ['calc(1em - 4px)', 'calc(0.25em + 1px)'])}}`;
      break;
  }
  // Web components (html10): each count in an element whose shadow root shows it through a slot.
  const shadow = feature === 'web components: declarative shadow roots with slots';
  const wrap = pick(rng, [
    (c: string) => `<count-cell><template shadowrootmode="open"><span class="v"><slot></slot></span></template>${c}</count-cell>`,
    (c: string) => `<span><template shadowrootmode="closed"><b><slot name="n">-</slot></b></template><span slot="n">${c}</span></span>`,
    (c: string) => `<div><template shadowrootmode="open"><slot></slot></template>${c}</div>`,
  ]);
  const rows = cells.map((r, i) =>
    i === 0
      ? `<tr>${r.map((c) => `<th>${c}</th>`).join('')}</tr>`
      : `<tr>${r.map((c, j) => `<td>${shadow && j > 0 ? wrap(c) : c}</td>`).join('')}</tr>`,
  );
  return {
    html: `<!DOCTYPE html><html><head><meta charset="utf-8"><style>${css}</style></head><body><table>\n${rows.join('\n')}\n</table></body></html>`,
    tsv,
    feature,
  };
}
