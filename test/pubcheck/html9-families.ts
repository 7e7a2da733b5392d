/**
 * html9's families (html9.test.ts; `npx node test/pubcheck/html9-measure.ts [read.ts]` measures any tree).
 *
 * `attackPage(seed)` writes a table of counts whose cell A群 of one row shows a reader one number and holds another
 * (its text 「3」 then a 「0」 some way unseen, or digits the checker may not read), by one of the attacks of issue #11's
 * HTML class: the brief's list (counters and attr() in 「content」, template, noscript, hidden, inert, aria-hidden, a
 * closed details, declarative shadow DOM, font-size 0, clip-path, scale(0), opacity on ancestors, transparent text,
 * the background's colour through currentColor, custom properties, light-dark() and color-mix(), a far text-indent,
 * bidi overrides and bdo, zero-width characters, entities, wbr, soft hyphens, sup/sub) and what html9 found read on
 * main: math functions (「opacity: calc(0)」「min(0, 1)」, 「margin-left: calc(-9999px)」, 「font: calc(0px) serif」,
 * opacity calc(.5) nested), decoration lines drawn over the digits (a thick underline raised by a negative offset,
 * a thick overline), and other scripts' digits in a note. Each page says what a reader sees (`shown`, the cell's
 * number, or undefined where a reader sees no number there) and, for digits in a note, the count a reader reads there.
 *
 * `realPage(seed)` writes a page that shows what the file holds, with what html9 reads where main refused: light-dark()
 * colours under 「color-scheme: light dark」, two plain colours of which the later rule wins, math functions a browser
 * computes to harmless values, and Arabic-Indic digits in a cell.
 */
import { lcg, int, pick } from './helpers.ts';

type Rng = () => number;

const GROUPS = ['A群', 'B群', 'C群'];
const LABELS = ['男性', '女性', '40歳未満', '40歳以上', '喫煙あり'];

export interface Page {
  html: string;
  attack: string;
  /** What a reader sees in the attacked cell: its number, or undefined where not one number (refusal required). */
  shown?: string;
  /** Where the attack is a note: the count a reader reads in it (it must be refused as a note's count). */
  noteCount?: boolean;
  /** The row and column (0-based among values) of the attacked cell. */
  at: [number, number];
}

function grid(rng: Rng): string[][] {
  const cols = int(rng, 2, 3);
  const rows = int(rng, 2, 4);
  return [
    ['項目', ...GROUPS.slice(0, cols)],
    ...LABELS.slice(0, rows).map((l) => [l, ...Array.from({ length: cols }, () => String(int(rng, 20, 99)))]),
  ];
}

function write(cells: string[][], css: string, at: [number, number], cell: string, extra = '', tdAttr = ''): string {
  const rows = cells.map((r, i) =>
    i === 0
      ? `<tr>${r.map((c) => `<th>${c}</th>`).join('')}</tr>`
      : `<tr>${r.map((c, j) => (i === at[0] + 1 && j === at[1] + 1 ? `<td${tdAttr}>${cell}</td>` : `<td>${c}</td>`)).join('')}</tr>`,
  );
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><style>${css}</style></head><body><h2>患者背景</h2><table>\n${rows.join('\n')}\n</table>${extra}</body></html>`;
}

/** Ways of writing a number under 0.1 with math functions, as a browser computes them. */
const TINY = (rng: Rng) =>
  pick(rng, [
    'calc(0)',
    `calc(1 * 0)`,
    `calc(1 - 1)`,
    `min(0, 1)`,
    `max(0, 0.01)`,
    `clamp(0, 0.05, 1)`,
    `round(0.04, 0.01)`,
    `sin(0)`,
    `abs(-0.01)`,
    `calc(0.5 / 10)`,
    `calc((1 - 0.99) * 2)`,
    `calc(${int(rng, 1, 9)} / 1000)`,
  ]);
/** A far negative length with math functions. */
const FAR = (rng: Rng) =>
  pick(rng, [`calc(-${int(rng, 1000, 99999)}px)`, `min(-9999px, 1px)`, `calc(-100 * 100px)`, `max(-99in, -200in)`, `calc(0px - 50em)`]);

const BRIEF = [
  'content counter()',
  'content attr()',
  'template',
  'noscript',
  'hidden',
  'hidden until-found',
  'inert (shown)',
  'aria-hidden (shown)',
  'details closed',
  'declarative shadow root',
  'font-size 0',
  'clip-path',
  'transform scale(0)',
  'opacity on ancestors',
  'color transparent',
  'currentColor background',
  'custom property = background',
  'light-dark() same colour',
  'color-mix() to the background',
  'text-indent -9999px',
  'U+202E override',
  'bdo',
  'zero-width characters (shown)',
  'entities (shown)',
  'wbr (shown)',
  'soft hyphen (shown)',
  'sup digit',
  'sub digit',
  'caption total (shown)',
] as const;
const FOUND = [
  'math: opacity',
  'math: opacity nested',
  'math: margin',
  'math: text-indent',
  'math: font shorthand',
  'math: font-size',
  'decoration: raised underline',
  'decoration: thick overline',
  'decoration: thick underline',
  'digits of another script in a note',
  'column background',
] as const;
export const ATTACKS = [...BRIEF, ...FOUND] as const;
export type Attack = (typeof ATTACKS)[number];
/** The attacks html9 found read on main (the others were refused or read as shown on main too). */
export const FOUND_ON_MAIN: readonly string[] = FOUND;

export function attackPage(seed: number, only?: Attack): Page {
  const rng = lcg(seed);
  const cells = grid(rng);
  const at: [number, number] = [int(rng, 0, cells.length - 2), int(rng, 0, cells[0]!.length - 2)];
  const attack = only ?? pick(rng, ATTACKS);
  const white = pick(rng, ['#fff', '#ffffff', 'white', 'rgb(255 255 255)', 'hsl(0 0% 100%)']);
  const span = (style: string) => `3<span style="${style}">0</span>`;
  const cls = '3<span class="h">0</span>';
  const page = (cell: string, css = '', shown?: string, extra = '', tdAttr = ''): Page => ({
    html: write(cells, css, at, cell, extra, tdAttr),
    attack,
    ...(shown !== undefined ? { shown } : {}),
    at,
  });
  switch (attack) {
    case 'content counter()':
      return page('3', `td.c{counter-reset:n ${int(rng, 1, 9)}}td.c::after{content:counter(n)}`, undefined, '', ' class="c"');
    case 'content attr()':
      return page('3', `[data-n]::${pick(rng, ['before', 'after'])}{content:attr(data-n)}`, undefined, '', ` data-n="${int(rng, 0, 9)}"`);
    case 'template':
      return page('3<template>0</template>', '', undefined);
    case 'noscript':
      return page('3<noscript>0</noscript>', '', undefined);
    case 'hidden':
      return page('3<span hidden>0</span>');
    case 'hidden until-found':
      return page('3<span hidden="until-found">0</span>');
    case 'inert (shown)':
      return page('3<span inert>0</span>', '', '30');
    case 'aria-hidden (shown)':
      return page('3<span aria-hidden="true">0</span>', '', '30');
    case 'details closed':
      return page('<details><summary>3</summary>0</details>');
    case 'declarative shadow root': {
      const cell = pick(rng, [
        '<div><template shadowrootmode="open">3</template>0</div>',
        '<div><template shadowrootmode="closed"><slot></slot>0</template>3</div>',
        '<div><template shadowrootmode="open"><slot name="a"></slot></template>3<span slot="a">5</span></div>',
      ]);
      // A browser shows the second 「30」 (the host's 3 in the slot, then the shadow's 0): html10 reads it so; the
      // others show 3 and 5 with a digit of the file unshown (refused).
      return page(cell, '', cell.includes('<slot></slot>0') ? '30' : undefined);
    }
    case 'font-size 0':
      return page(span(pick(rng, ['font-size:0', 'font-size:0px', 'font-size:0.0em', 'font-size:0%'])));
    case 'clip-path':
      return page(span(pick(rng, ['clip-path:inset(50%)', 'clip-path:circle(0)', 'clip-path:polygon(0 0,0 0,0 0)'])));
    case 'transform scale(0)':
      return page(
        span(
          pick(rng, [
            'display:inline-block;transform:scale(0)',
            'display:inline-block;scale:0',
            'display:inline-block;transform:scaleX(0)',
          ]),
        ),
      );
    case 'opacity on ancestors': {
      const k = int(rng, 3, 5);
      return page(`3${'<span style="opacity:.4">'.repeat(k)}0${'</span>'.repeat(k)}`);
    }
    case 'color transparent':
      return page(span(pick(rng, ['color:transparent', 'color:#0000', 'color:rgba(0,0,0,0)', '-webkit-text-fill-color:transparent'])));
    case 'currentColor background':
      return page(span(`color:${white};background:currentColor`));
    case 'custom property = background':
      return page(cls, `:root{--paper:${white}}.h{color:var(--paper)}`);
    case 'light-dark() same colour':
      return page(cls, `.h{color:light-dark(${white}, #000)}`);
    case 'color-mix() to the background':
      return page(cls, `.h{color:color-mix(in srgb, ${white} ${int(rng, 95, 100)}%, #000)}`);
    case 'text-indent -9999px':
      return page(`3<div style="display:inline-block;text-indent:-${int(rng, 999, 99999)}px;overflow:hidden;width:1em">0</div>`);
    case 'U+202E override':
      return page(pick(rng, ['\u202e30\u202c', '&#x202E;30&#x202C;', '&#8238;30']), '', undefined);
    case 'bdo':
      return page('<bdo dir="rtl">30</bdo>');
    case 'zero-width characters (shown)':
      return page(`3${pick(rng, ['\u200b', '&#x200B;', '&zwj;', '&#x2060;', '&#xFEFF;', '\u200e'])}0`, '', '30');
    case 'entities (shown)':
      return page(pick(rng, ['&#x33;&#x30;', '&#51;&#48;', '&#x0033;0']), '', '30');
    case 'wbr (shown)':
      return page('3<wbr>0', '', '30');
    case 'soft hyphen (shown)':
      return page(pick(rng, ['3&shy;0', '3\u00ad0', '3&#173;0']), '', '30');
    case 'sup digit':
      return page(`3<sup>${int(rng, 0, 9)}</sup>`);
    case 'sub digit':
      return page(`3<sub>${int(rng, 0, 9)}</sub>`);
    case 'caption total (shown)': {
      const p = page('30', '', '30');
      return { ...p, html: p.html.replace('<table>', '<table><caption style="caption-side:bottom">表1 患者背景</caption>') };
    }
    case 'math: opacity':
      return page(rng() < 0.5 ? span(`opacity:${TINY(rng)}`) : cls, rng() < 0.5 ? `.h{opacity:${TINY(rng)}}` : `.h{opacity:${TINY(rng)}}`);
    case 'math: opacity nested': {
      const k = int(rng, 5, 8);
      return page(
        `3${'<span class="h">'.repeat(k)}0${'</span>'.repeat(k)}`,
        `.h{opacity:${pick(rng, ['calc(.5)', 'min(.5, 1)', 'calc(1 / 2)'])}}`,
      );
    }
    case 'math: margin':
      return page(span(`display:inline-block;margin-left:${FAR(rng)}`));
    case 'math: text-indent':
      return page(`3<div class="h">0</div>`, `.h{text-indent:${FAR(rng)}}`);
    case 'math: font shorthand':
      return page(
        span(
          `font:${pick(rng, ['calc(0px)', 'min(0px, 1em)', 'calc(1px - 1px)', 'max(0px, 0pt)'])} ${pick(rng, ['serif', 'a', '"Noto Sans"'])}`,
        ),
      );
    case 'math: font-size':
      return page(span(`font-size:${pick(rng, ['calc(0px)', 'min(0px, 1em)', 'calc(2px * 1)', 'clamp(0px, 1px, 2px)'])}`));
    case 'decoration: raised underline':
      return page(
        span(
          `text-decoration:underline ${white} ${pick(rng, ['2em', '20px', '1.5em'])};text-underline-offset:${pick(rng, ['-1em', '-14px', 'calc(-1em)'])}`,
        ),
      );
    case 'decoration: thick overline':
      return page(span(`text-decoration:overline ${white};text-decoration-thickness:${pick(rng, ['1em', '16px', '100%'])}`));
    case 'decoration: thick underline':
      return page(
        span(`text-decoration-line:underline;text-decoration-color:${white};text-decoration-thickness:${pick(rng, ['3em', '40px'])}`),
      );
    case 'column background': {
      // The attacked cell's column painted in the digits' colour by its 「col」 (or its 「colgroup」): the whole column unseen.
      const dark = pick(rng, ['#000', 'black', '#000000', 'rgb(0 0 0)']);
      const p = page(cells[at[0] + 1]![at[1] + 1]!);
      const cols = cells[0]!.map((_, j) =>
        j === at[1] + 1 ? pick(rng, [`<col style="background:${dark}">`, `<col bgcolor="#000000">`, `<col class="k">`]) : '<col>',
      );
      const group =
        rng() < 0.3
          ? `<colgroup span="${cells[0]!.length}" style="background-color:${dark}"></colgroup>`
          : `<colgroup>${cols.join('')}</colgroup>`;
      return { ...p, html: p.html.replace('<table>', `<table>${group}`).replace('<style>', `<style>col.k{background:${dark}}`) };
    }
    case 'digits of another script in a note': {
      const digit = int(rng, 1, 9);
      const zero = pick(rng, [0x660, 0x6f0, 0x966, 0xe50, 0x9e6]);
      const p = page(cells[at[0] + 1]![at[1] + 1]!, '', cells[at[0] + 1]![at[1] + 1]!);
      return {
        ...p,
        noteCount: true,
        html: p.html.replace('</table>', `</table><p>注: ${cells[1]![0]} ${String.fromCodePoint(zero + digit)}例は除外</p>`),
      };
    }
  }
}

export const FEATURES = [
  'light-dark() colours, light dark scheme',
  'light-dark() through custom properties',
  'two plain colours, the later wins',
  'two plain backgrounds, the later wins',
  'math computed to harmless values',
  'Arabic-Indic digits in a cell',
] as const;
export type Feature = (typeof FEATURES)[number];

/** A page showing what its file holds, with a feature main refused; `tsv`, the same table as TSV. */
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
  let show = (c: string, _i: number, _j: number) => c;
  switch (feature) {
    case 'light-dark() colours, light dark scheme':
      css = `:root{color-scheme:light dark}body{color:light-dark(${fg}, ${dfg});background-color:light-dark(${bg}, ${dbg})}th{background:light-dark(#f3f3f3, #333)}`;
      break;
    case 'light-dark() through custom properties':
      css = `:root{color-scheme:light dark;--fg:light-dark(${fg}, ${dfg});--bg:light-dark(${bg}, ${dbg})}body{color:var(--fg);background:var(--bg)}`;
      break;
    case 'two plain colours, the later wins':
      css = `:root{--fg:${fg}}body{color:${pick(rng, ['#fff', bg])}}body{color:var(--fg)}`;
      break;
    case 'two plain backgrounds, the later wins':
      css = `td{background:${pick(rng, ['#000', fg])}}td{background:${bg}}`;
      break;
    case 'math computed to harmless values':
      css = `td{opacity:${pick(rng, ['calc(1 - .05)', 'max(.9, .5)', 'clamp(.8, 1, 1)'])};margin-left:${pick(rng, ['calc(1px + 1px)', 'max(0px, -9999px)', 'calc(0px)'])}}td{font-size:${pick(rng, ['calc(14px + 2px)', 'max(12px, 10px)', 'clamp(12px, 14px, 20px)'])}}`;
      break;
    case 'Arabic-Indic digits in a cell':
      show = (c, i, j) => (i > 0 && j > 0 && (i + j) % 2 === 0 ? [...c].map((d) => String.fromCodePoint(0x660 + Number(d))).join('') : c);
      break;
  }
  const rows = cells.map((r, i) =>
    i === 0 ? `<tr>${r.map((c) => `<th>${c}</th>`).join('')}</tr>` : `<tr>${r.map((c, j) => `<td>${show(c, i, j)}</td>`).join('')}</tr>`,
  );
  return {
    html: `<!DOCTYPE html><html><head><meta charset="utf-8"><style>${css}</style></head><body><table>\n${rows.join('\n')}\n</table></body></html>`,
    tsv,
    feature,
  };
}
