/**
 * html6's families (html6.test.ts), plain data and a seeded generator, so that the same pages can be read by an older
 * tree by hand (the numbers the test quotes for main were measured so: `npx node test/pubcheck/html6-measure.ts`).
 *
 * Each attack shows a table's cell otherwise than its text: a digit of 「30」 clipped, covered, drawn in the
 * background's colour, moved, mirrored or reordered (shown 3 or nothing, read 30), or a digit the text lacks added or
 * shown as another. `page` puts one in a random cell of a random table of counts, written in the element's style
 * attribute or in a rule of the page's stylesheet (by class, by a descendant selector, by an attribute), among
 * declarations that are harmless; `harmlessPage` writes the same tables with declarations real exports write (Excel,
 * Google Sheets, Word, gt, flextable, Bootstrap …) and ones proved harmless, all of which must be read.
 */
import { lcg, pick } from './helpers.ts';

type Rng = () => number;

/** Near-white text colours in the notations CSS has (on the page's white). */
const WHITES = [
  'white',
  '#fff',
  '#ffffff',
  '#FEFEFE',
  '#fffe',
  'rgb(255 255 255)',
  'rgb(100%,100%,100%)',
  'rgba(255,255,255,1)',
  'hsl(0 0% 100%)',
  'hsl(120, 50%, 99%)',
  'hsla(0,0%,100%,.9)',
  'ivory',
  'snow',
  'ghostwhite',
  'whitesmoke',
  'mintcream',
  'azure',
  'seashell',
  'floralwhite',
  'color-mix(in srgb, white 100%, black)',
  'color-mix(in oklab, white, white)',
  'light-dark(white, white)',
  'rgb(from white r g b)',
  'oklch(1 0 0)',
  'lab(100 0 0)',
  'Window',
  'Canvas',
];

/** An attack: the declarations put on the element (`style`), or a cell built around it (`cell`, with the digit as {d}). */
export interface Attack {
  name: string;
  /** Declarations for an element holding the hidden or added digit. */
  style?: string;
  /** Markup of a cell's content: {s} is where the style goes (in quotes), {d} the cell's digits. */
  cell?: string;
  /** A stylesheet the page adds (the rule of `style`, when given by a class, is added besides). */
  css?: string;
  /** An element wrapped around the table (its start tag; closed after it), or markup after the table. */
  wrap?: string;
  after?: string;
}

/** The attack forms, each drawing its numbers from the generator (the width of a box, the angle, the colour …). */
export const ATTACKS: ((rng: Rng) => Attack)[] = [
  // A box too narrow or too low for its digit, clipping what overflows it.
  (r) => ({
    name: 'width+overflow',
    style: `display:inline-block;${pick(r, ['width', 'max-width', 'inline-size', 'max-inline-size'])}:${pick(r, ['1px', '0.1em', '.3ch', '2pt', '0.5mm', '3px', '0.2rem', '10%'])};overflow:${pick(r, ['hidden', 'clip', 'hidden hidden', 'auto'])}${pick(r, ['', ';white-space:nowrap', ';text-overflow:clip', ';text-overflow:ellipsis'])}`,
  }),
  (r) => ({
    name: 'height+overflow',
    style: `display:${pick(r, ['inline-block', 'block', 'flow-root'])};${pick(r, ['height:0', 'max-height:1px', 'height:.2em', 'line-height:0;height:auto', 'line-height:1px'])};overflow:${pick(r, ['hidden', 'clip', 'scroll'])}`,
  }),
  (r) => ({
    name: 'cell too narrow',
    cell: `<span style="display:block;width:${pick(r, ['1ch', '4px', '0.4em'])};overflow:hidden;white-space:nowrap">3{d}</span>`,
  }),
  (r) => ({
    name: 'fixed layout, narrow column',
    css: `table{table-layout:fixed;width:${pick(r, ['0', '1px', '10px'])}} td{overflow:hidden;white-space:nowrap}`,
    cell: '3{d}',
  }),
  (r) => ({
    name: 'clip-path',
    style: `clip-path:${pick(r, ['inset(0 0 0 100%)', 'inset(50%)', 'circle(0)', 'polygon(0 0,0 0,0 0)', 'xywh(0 0 0 0)'])}`,
  }),
  (r) => ({
    name: 'clip',
    style: `position:${pick(r, ['absolute', 'fixed'])};clip:${pick(r, ['rect(0 0 0 0)', 'rect(0,0,0,0)', 'rect(1px,1px,1px,1px)'])}`,
  }),
  (r) => ({
    name: 'mask',
    style: `${pick(r, ['mask', '-webkit-mask', 'mask-image', '-webkit-mask-image'])}:${pick(r, ['linear-gradient(transparent,transparent)', 'url(#m)', 'radial-gradient(transparent 0 0)'])}`,
  }),
  // Covered by another box, or moved away.
  (r) => ({
    name: 'covered (absolute)',
    cell: `3<span style="position:relative">{d}<span style="position:absolute;${pick(r, ['left:0;top:0', 'inset:0', 'right:0'])};z-index:${pick(r, ['1', '2', '99'])};background:${pick(r, ['white', '#fff', 'Canvas'])};width:1em;height:1.2em"></span></span>`,
  }),
  (r) => ({
    name: 'negative margin',
    style: `margin-left:${pick(r, ['-1em', '-0.6em', '-12px', '-9pt', '-1ch'])};${pick(r, ['', 'background:white;', 'color:white;'])}`,
  }),
  (r) => ({
    name: 'position',
    style: `position:${pick(r, ['relative', 'absolute', 'fixed'])};${pick(r, ['left', 'right', 'top', 'bottom', 'inset-inline-start'])}:${pick(r, ['-20px', '-1em', '2em', '-9999px', '30px'])}`,
  }),
  (r) => ({
    name: 'transform',
    style: `display:inline-block;transform:${pick(r, ['translateX(-100px)', 'translate(-1em, 0)', 'rotate(180deg)', 'scaleX(-1)', 'scale(-1,1)', 'matrix(1,0,0,1,-30,0)', 'skewX(80deg)', 'rotate(.5turn)', 'scale(0.2)', 'translate3d(0,-40px,0)', 'perspective(1px) translateZ(-9px)'])}`,
  }),
  (r) => ({
    name: 'translate/rotate/scale',
    style: `display:inline-block;${pick(r, ['translate:-1em', 'rotate:180deg', 'scale:-1 1', 'scale:0.3', 'rotate:x 180deg'])}`,
  }),
  (r) => ({
    name: 'shadow or outline over the 3',
    style: pick(r, [
      'box-shadow:-0.6em 0 0 .1em white',
      'box-shadow:-12px 0 0 4px #fff',
      'outline:.7em solid white',
      'outline:12px solid #fff',
      'text-shadow:-0.6em 0 0 white, -0.6em 0 4px white',
      'outline:2px solid white;outline-offset:-1em',
    ]),
  }),
  // Drawn in the colour of what is behind it.
  (r) => ({ name: 'white text', style: `color:${pick(r, WHITES)}` }),
  (r) => ({ name: 'text fill', style: `-webkit-text-fill-color:${pick(r, WHITES)}` }),
  (r) => {
    const c = pick(r, ['#123456', 'navy', 'rgb(10 20 30)', 'black', 'hsl(200 50% 20%)', '#000']);
    return { name: 'background as the text', style: `color:${c};background${pick(r, ['', '-color'])}:${c}` };
  },
  (r) => ({
    name: 'background currentColor',
    style: `background:${pick(r, ['currentColor', 'currentcolor', 'linear-gradient(currentColor,currentColor)'])}`,
  }),
  (r) => ({ name: 'white cell', cell: `<span style="color:${pick(r, WHITES)}">3{d}</span>` }),
  (r) => ({ name: 'opacity', style: `opacity:${pick(r, ['0.05', '.09', '5%', '0.04'])}` }),
  (r) => ({
    name: 'filter',
    style: `filter:${pick(r, ['opacity(0)', 'opacity(5%)', 'brightness(100)', 'brightness(0) invert(1)', 'contrast(0) brightness(2)', 'invert(1)', 'url(#f)', 'hue-rotate(90deg) brightness(9)', 'blur(5px)'])}`,
  }),
  (r) => ({ name: 'blend', style: `mix-blend-mode:${pick(r, ['screen', 'lighten', 'difference', 'color-dodge', 'plus-lighter'])}` }),
  (r) => ({ name: 'animation', css: `@keyframes k{to{opacity:0}}`, style: `animation:${pick(r, ['k 0s forwards', 'k 1ms both'])}` }),
  // Moved in a line, or shown in another order.
  (r) => ({ name: 'text-indent', cell: `<div style="text-indent:${pick(r, ['-9999px', '-3em', '-100px', '-20em'])}">3{d}</div>` }),
  (r) => ({
    name: 'bidi',
    cell: pick(r, [
      '<span style="direction:rtl;unicode-bidi:bidi-override">{d}3</span>',
      '<span style="unicode-bidi:isolate-override;direction:rtl">{d}3</span>',
      '<span dir="rtl">{d} 3</span>',
      '<span style="direction:rtl">{d} 3</span>',
    ]),
  }),
  (r) => ({
    name: 'flex order',
    cell: pick(r, [
      '<span style="display:inline-flex;flex-direction:row-reverse"><span>{d}</span><span>3</span></span>',
      '<span style="display:flex"><span style="order:2">{d}</span><span>3</span></span>',
      '<span style="display:inline-flex;flex-flow:row-reverse wrap"><b>{d}</b><b>3</b></span>',
    ]),
  }),
  (r) => ({
    name: 'grid order',
    cell: '<span style="display:inline-grid;grid-auto-flow:column;direction:rtl"><span>{d}</span><span>3</span></span>'.replace(
      'direction:rtl',
      pick(r, ['direction:rtl', 'grid-template-areas:"b a"']),
    ),
  }),
  (r) => ({ name: 'float', cell: `<span style="float:${pick(r, ['left', 'right', 'inline-start'])}">{d}</span>3` }),
  (r) => ({
    name: 'list marker',
    cell: `<span style="display:${pick(r, ['list-item', 'inline list-item'])};list-style:decimal inside">3</span>`,
  }),
  (r) => ({
    name: 'symbol font',
    style: `font-family:${pick(r, ['Wingdings', "'Webdings'", 'Marlett, serif', "'Zapf Dingbats'", "'Segoe MDL2 Assets'"])}`,
  }),
  (r) => ({
    name: 'raised glyphs',
    style: pick(r, [
      "font-feature-settings:'sups'",
      'font-feature-settings:"frac" 1',
      'font-variant-position:super',
      'font-variant-numeric:diagonal-fractions',
      'font-variant:ordinal',
    ]),
  }),
  // HTML's own colours, a list's number, a box outside the table or around it (html6, second round).
  (r) => ({ name: 'font color', cell: `3<font color="${pick(r, ['#ffffff', 'ffffff', 'white', '#FEFEFE', 'fff'])}">{d}</font>` }),
  (r) => ({
    name: 'background as the text (HTML)',
    cell: pick(r, [
      '<font color="navy">3<span style="background:navy">{d}</span></font>',
      '<font color="#000080">3<b style="background-color:#000080">{d}</b></font>',
      '<span style="color:#123">3<font style="background:#123">{d}</font></span>',
    ]),
  }),
  (r) => ({
    name: 'list number',
    cell: pick(r, [
      '<ol start="3" style="margin:0;padding:0;list-style-position:inside"><li>{d}</li></ol>',
      `<ul style="margin:0;padding:0"><li style="list-style:'3' inside">{d}</li></ul>`,
    ]),
  }),
  (r) => ({
    name: 'box outside the table',
    cell: '3{d}',
    after: `<div style="position:${pick(r, ['absolute', 'fixed'])};left:${40 + Math.floor(r() * 80)}px;top:${20 + Math.floor(r() * 60)}px;width:12px;height:20px;background:${pick(r, ['white', '#fff', 'Canvas'])}"></div>`,
  }),
  (r) => ({
    name: 'box the page adds',
    cell: '3{d}',
    css: `${pick(r, ['body', 'html', 'table', 'tr'])}::after{content:"";position:${pick(r, ['absolute', 'fixed'])};left:60px;top:30px;width:12px;height:20px;background:#fff}`,
  }),
  (r) => ({
    name: 'around the table',
    cell: '3{d}',
    wrap: `<div style="${pick(r, ['transform:scaleX(-1)', 'transform:rotate(180deg)', 'filter:brightness(40)', 'width:80px;overflow:hidden', 'height:40px;overflow:clip', 'font-family:Wingdings', "font-feature-settings:'sups'", 'letter-spacing:2em', 'mix-blend-mode:difference', 'direction:rtl'])}">`,
  }),
  (r) => ({
    name: 'page colours',
    cell: '3{d}',
    css: pick(r, ['body{color:#fff}', ':root{color-scheme:dark} td{background:#fff}', 'html{color:ivory}', 'table{color:#fefefe}']),
  }),
  (r) => ({
    name: 'inline box over the line above',
    cell: `{d}<br><span style="background:white;${pick(r, ['padding-top:1.5em', 'border-top:1.5em solid white', 'font-size:5em;line-height:0'])}">&nbsp;&nbsp;</span>`,
  }),
  (r) => ({
    name: 'font installed under another name',
    css: `@font-face{font-family:X;src:local("${pick(r, ['Wingdings', 'Webdings', 'Marlett'])}");unicode-range:U+30-39}`,
    style: 'font-family:X',
  }),
  (r) => ({ name: 'spaced apart', style: pick(r, ['letter-spacing:3em', 'display:inline-block;text-indent:30em', 'letter-spacing:40px']) }),
  (r) => ({
    name: 'unknown property',
    style: pick(r, [
      '-webkit-text-security:disc',
      'text-security:circle',
      'shape-outside:circle(0)',
      'offset-path:path("M0 0 L-99 0")',
      'anchor-name:--a',
      'field-sizing:content;-webkit-box-reflect:left',
    ]),
  }),
];

/** Declarations real exports write, and others proved harmless: mixed into attacks as decoys, and read alone. */
export const HARMLESS: string[] = [
  'font-weight:bold',
  'font-style:italic',
  'font-family:游ゴシック, monospace',
  'font-size:11.0pt',
  'color:black',
  'color:windowtext',
  'color:#333333',
  'color:rgba(0, 0, 0, 1.00)',
  'color:#112277',
  'color:hsl(0 0% 20%)',
  'color:#c00',
  'background:#D9E1F2',
  'background-color:#fde0dd',
  'background-color:transparent',
  'background:yellow;color:black',
  'background-color:navy;color:white',
  'background:#000;color:#ff0',
  'border:.5pt solid windowtext',
  'border-bottom:1px solid #ddd',
  'padding:2px 3px 2px 3px',
  'padding-left:2em',
  'text-align:right',
  'vertical-align:bottom',
  'white-space:nowrap',
  'mso-number-format:General',
  'mso-number-format:"0\\.0%"',
  'text-decoration:underline',
  'text-transform:uppercase',
  'letter-spacing:0.05em',
  'line-height:1.42857143',
  'text-indent:10px',
  'margin:0',
  'margin-left:-1px',
  'box-shadow:none',
  'box-shadow:inset 0 1px 1px rgba(0,0,0,.075)',
  'text-shadow:0 1px 0 #fff',
  'outline:thin dotted',
  'transform:scale(1.1)',
  'transform:translateY(-1px)',
  'filter:grayscale(1)',
  'opacity:0.8',
  'position:relative;top:-0.4em',
  'position:sticky;top:0;z-index:1',
  'writing-mode:vertical-rl',
  'font-variant-numeric:tabular-nums',
  'font-feature-settings:"tnum"',
  'display:inline-block',
  'overflow:hidden;display:inline-block',
  'overflow-x:hidden',
  'overflow:hidden;width:100px;display:inline-block',
  'cursor:pointer',
  'transition:opacity .15s linear',
  'direction:ltr',
  'unicode-bidi:isolate',
  '--x:0',
];

const GROUPS = ['A群', 'B群', 'C群', '対照群'];
const LABELS = ['男性', '女性', '65歳以上', '喫煙あり', '糖尿病', '高血圧'];

/** A random table of counts (2 to 4 groups, 2 to 5 rows, each count 20 to 99): its rows, header first. */
function table(rng: Rng): string[][] {
  const cols = 2 + Math.floor(rng() * 3);
  const rows = 2 + Math.floor(rng() * 4);
  return [
    ['項目', ...GROUPS.slice(0, cols)],
    ...LABELS.slice(0, rows).map((l) => [l, ...Array.from({ length: cols }, () => String(20 + Math.floor(rng() * 80)))]),
  ];
}

/** How a declaration block reaches the element: its style attribute, or a rule of the page's stylesheet. */
const DELIVERY = ['inline', '.h', 'td .h', 'span.h', '[data-k]', 'td > span[data-k="k"]', '.h:not(.x)'] as const;

/** One attack page: a random table, one cell attacked (shown 3 or otherwise, its text 3{digit}). */
export function page(seed: number): { html: string; attack: string; delivery: string } {
  const rng = lcg(seed);
  const rows = table(rng);
  const attack = pick(rng, ATTACKS)(rng);
  const decoys = Array.from({ length: Math.floor(rng() * 3) }, () =>
    pick(
      rng,
      HARMLESS.filter((h) => !/color|background/.test(h)),
    ),
  );
  const style = attack.style === undefined ? undefined : [...decoys, attack.style].join(';');
  const delivery = style === undefined ? 'cell' : pick(rng, DELIVERY);
  const r = 1 + Math.floor(rng() * (rows.length - 1));
  const c = 1 + Math.floor(rng() * (rows[0]!.length - 1));
  const digit = String(Math.floor(rng() * 10));
  const attrs = delivery === 'inline' ? ` style="${style!.replace(/"/g, "'")}"` : ' class="h" data-k="k"';
  const cellText = attack.cell !== undefined ? attack.cell.replace('{d}', digit) : `3<span${attrs}>${digit}</span>`;
  const css = [attack.css ?? '', delivery !== 'inline' && delivery !== 'cell' ? `${delivery}{${style}}` : ''].join('\n');
  const body = rows
    .map(
      (row, i) => `<tr>${row.map((v, j) => (i === 0 ? `<th>${v}</th>` : `<td>${i === r && j === c ? cellText : v}</td>`)).join('')}</tr>`,
    )
    .join('\n');
  const open = attack.wrap ?? '';
  const close = attack.wrap ? `</${/^<(\w+)/.exec(attack.wrap)![1]}>` : '';
  return {
    html: `<html><head><meta charset="utf-8"><style>${css}</style></head><body>${open}<table>\n${body}\n</table>${close}${attack.after ?? ''}</body></html>`,
    attack: attack.name,
    delivery,
  };
}

/** A page of the same tables with harmless declarations on random cells and spans (inline or by class): read as its TSV. */
export function harmlessPage(seed: number, small = false): { html: string; tsv: string } {
  const rng = lcg(seed);
  const rows = table(rng);
  if (small) {
    // A small count (1 to 9) in one cell, and a row of totals: the check hides the count and what gives it back.
    rows[1 + Math.floor(rng() * (rows.length - 1))]![1 + Math.floor(rng() * (rows[0]!.length - 1))] = String(1 + Math.floor(rng() * 9));
    rows.push(['合計', ...rows[0]!.slice(1).map((_, j) => String(rows.slice(1).reduce((a, r) => a + Number(r[j + 1]), 0)))]);
  }
  const rules: string[] = [];
  const body = rows
    .map((row, i) => {
      const cells = row.map((v, j) => {
        const tag = i === 0 ? 'th' : 'td';
        if (rng() < 0.5) return `<${tag}>${v}</${tag}>`;
        // One colour at most (two would be drawn as the cascade takes the last: 「navy」 under 「black」 is unseen).
        const picked = Array.from({ length: 1 + Math.floor(rng() * 3) }, () => pick(rng, HARMLESS));
        const cellStyle = picked
          .filter((d, k) => !/color|background/.test(d) || picked.findIndex((x) => /color|background/.test(x)) === k)
          .join(';');
        const k = `c${i}_${j}`;
        const how = pick(rng, ['td', 'span', 'rule-td', 'rule-span'] as const);
        // vertical-align places a cell's content; on a span it raises its digits (refused since adversary22, as sup's are).
        const style = how.endsWith('span') ? cellStyle.replace(/(?:^|;)vertical-align:[^;]*/g, '') || 'font-weight:bold' : cellStyle;
        if (how.startsWith('rule')) rules.push(`.${k}{${style}}`);
        const attr = how.startsWith('rule') ? ` class="${k}"` : ` style="${style.replace(/"/g, "'")}"`;
        return how.endsWith('td') ? `<${tag}${attr}>${v}</${tag}>` : `<${tag}><span${attr}>${v}</span></${tag}>`;
      });
      return `<tr>${cells.join('')}</tr>`;
    })
    .join('\n');
  return {
    html: `<html><head><meta charset="utf-8"><style>${rules.join('\n')}</style></head><body><table>\n${body}\n</table></body></html>`,
    tsv: `${rows.map((r) => r.join('\t')).join('\n')}\n`,
  };
}
