/**
 * html12's families (html12.test.ts; `npx node test/pubcheck/html12-measure.ts [root]` measures any tree).
 *
 * `attackPage(seed)` writes a table of counts a reader is not shown as its file holds it: a page's rule re-colouring a
 * digit inside a component's shadow tree that the host's colour hides (the page's rules do not reach a shadow tree:
 * the digit stays the host's colour), 「::part()」 hiding a digit of a component, rows or columns a wrapper leaves
 * unshown (a 「tbody」 of two, a 「tr」 among shown rows, a collapsed 「col」 or 「colgroup」), a digit hidden inside a tab
 * a reader can open, and a tab's panel hidden otherwise than closed (opacity, a font size of 0). `shown` is undefined:
 * a refusal in words is required; `names`, where the refusal must name the rows or columns left unshown.
 *
 * `realPage(seed)` writes a page that shows what the file holds (a reader opening each tab): a component whose shadow
 * tree holds the table, with page rules that would hide its cells were they the page's (a browser scopes them out), and
 * tables in tabs — ARIA tabs (「role="tabpanel" hidden」), Bootstrap's (「.tab-pane」, 「data-bs-toggle="tab"」), tabs
 * opened by a link (「:target」) and by a radio button (「:checked」).
 */
import { lcg, int, pick } from './helpers.ts';
import type { Page } from './html9-families.ts';

type Rng = () => number;

const GROUPS = ['A群', 'B群', 'C群'];
const LABELS = ['男性', '女性', '40歳未満', '40歳以上', '喫煙あり'];

/** A table of 2–4 rows of LABELS by 2–3 GROUPS of counts 20–99; `small`: one count 1–9 and a row of totals. */
export function grid(rng: Rng, small = false): string[][] {
  const cols = int(rng, 2, 3);
  const rows = int(rng, 2, 4);
  const cells = [
    ['項目', ...GROUPS.slice(0, cols)],
    ...LABELS.slice(0, rows).map((l) => [l, ...Array.from({ length: cols }, () => String(int(rng, 20, 99)))]),
  ];
  if (small) {
    cells[int(rng, 1, cells.length - 1)]![int(rng, 1, cols)] = String(int(rng, 1, 9));
    cells.push(['合計', ...cells[0]!.slice(1).map((_, j) => String(cells.slice(1).reduce((a, r) => a + Number(r[j + 1]), 0)))]);
  }
  return cells;
}

const tr = (r: string[], attr = '', cell?: (c: string, j: number) => string) =>
  `<tr${attr}>${r.map((c, j) => `<td>${cell ? cell(c, j) : c}</td>`).join('')}</tr>`;
const head = (r: string[]) => `<thead><tr>${r.map((c) => `<th>${c}</th>`).join('')}</tr></thead>`;

function page(css: string, body: string): string {
  return `<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><style>${css}</style></head><body><h2>患者背景</h2>${body}</body></html>`;
}

export const ATTACKS = [
  "a page rule re-colours a shadow's digit the host's colour hides",
  '::part() hides a digit of a component',
  'a hidden row group (tbody) of two',
  'a hidden row among shown rows',
  'a collapsed column (col, colgroup)',
  'a digit hidden inside a tab a reader can open',
  "a tab's panel hidden otherwise than closed (opacity, font size 0)",
  'a closed tab showing some digits again (visibility, font size)',
  "a closed tab's display:none beside another hiding that stays when opened",
] as const;
export type Attack = (typeof ATTACKS)[number];

/**
 * An attack page's start (html12–html14): the seed's random numbers, a grid of counts, the attacked cell (a count, as
 * [row, column] of the body) and the attack (`only`, else one of `attacks` drawn).
 */
export function attackStart<A>(seed: number, attacks: readonly A[], only?: A) {
  const rng = lcg(seed);
  const cells = grid(rng);
  const at: [number, number] = [int(rng, 0, cells.length - 2), int(rng, 0, cells[0]!.length - 2)];
  return { rng, cells, at, attack: only ?? pick(rng, attacks) };
}

export function attackPage(seed: number, only?: Attack): Page & { attack: Attack; names?: string[] } {
  const { rng, cells, at, attack } = attackStart(seed, ATTACKS, only);
  const body = cells.slice(1);
  /** The table with the attacked cell written `cell`. */
  const table = (cell: string, o: { attr?: string; before?: string } = {}) =>
    `<table${o.attr ?? ''}>${o.before ?? ''}${head(cells[0]!)}<tbody>${body
      .map((r, i) => tr(r, '', (c, j) => (i === at[0] && j === at[1] + 1 ? cell : c)))
      .join('')}</tbody></table>`;
  switch (attack) {
    case "a page rule re-colours a shadow's digit the host's colour hides": {
      const hide = pick(rng, [
        'color:#fff',
        'color:white',
        'color:transparent',
        '-webkit-text-fill-color:transparent',
        'color:rgb(255 255 255)',
      ]);
      const reset = hide.startsWith('-webkit')
        ? '-webkit-text-fill-color:#222'
        : pick(rng, ['color:#000', 'color:#222', 'color:black !important']);
      const sel = pick(rng, ['.v', 'n-count span', 'span.v', 'td .v', 'b']);
      const cell = `3<n-count><template shadowrootmode="${pick(rng, ['open', 'closed'])}"><style>:host{${hide}}</style><span class="v"><b>0</b></span></template></n-count>`;
      return { html: page(`${sel}{${reset}}`, table(cell)), attack, at };
    }
    case '::part() hides a digit of a component': {
      const how = pick(rng, ['display:none', 'font-size:0', 'color:#fff', 'opacity:0', 'visibility:hidden']);
      const part = pick(rng, ['d', 'digit', 'tail']);
      const cell = `3<n-count><template shadowrootmode="open"><style>b{font-weight:bold}</style><b part="${part} x">0</b></template></n-count>`;
      return { html: page(`${pick(rng, ['n-count', 'td n-count', '*'])}::part(${part}){${how}}`, table(cell)), attack, at };
    }
    case 'a hidden row group (tbody) of two': {
      const [attr, css] = pick(rng, [
        [' style="display:none"', ''],
        [' hidden', ''],
        [' class="more"', '.more{display:none}'],
        [' class="more"', 'tbody.more{visibility:collapse}'],
        [' id="rest"', '#rest{display:none !important}'],
      ] as const);
      const shownRows = body.slice(0, at[0]);
      const hiddenRows = body.slice(at[0]);
      const html = page(
        css,
        `<table>${head(cells[0]!)}${shownRows.length > 0 ? `<tbody>${shownRows.map((r) => tr(r)).join('')}</tbody>` : ''}<tbody${attr}>${hiddenRows.map((r) => tr(r)).join('')}</tbody></table>`,
      );
      return { html, attack, at, names: hiddenRows.map((r) => r[0]!) };
    }
    case 'a hidden row among shown rows': {
      const [attr, css] = pick(rng, [
        [' style="display:none"', ''],
        [' hidden', ''],
        [' style="visibility:collapse"', ''],
        [' class="extra"', '.extra{display:none}'],
        [' class="extra"', 'tr.extra{visibility:collapse}'],
      ] as const);
      const html = page(
        css,
        `<table>${head(cells[0]!)}<tbody>${body.map((r, i) => tr(r, i === at[0] ? attr : '')).join('')}</tbody></table>`,
      );
      return { html, attack, at, names: [body[at[0]]![0]!] };
    }
    case 'a collapsed column (col, colgroup)': {
      const n = cells[0]!.length;
      const cols = Array.from({ length: n }, (_, j) => (j === at[1] + 1 ? '<col class="h">' : '<col>')).join('');
      const [before, css] = pick(rng, [
        [`<colgroup>${cols}</colgroup>`, '.h{visibility:collapse}'],
        [`<colgroup>${cols.replace('<col class="h">', '<col style="visibility:collapse">')}</colgroup>`, ''],
        [`<colgroup span="${at[1] + 1}"></colgroup><colgroup class="h"></colgroup>`, 'colgroup.h{visibility:collapse}'],
      ] as const);
      const html = page(css, `<table>${before}${head(cells[0]!)}<tbody>${body.map((r) => tr(r)).join('')}</tbody></table>`);
      return { html, attack, at, names: [cells[0]![at[1] + 1]!] };
    }
    case 'a digit hidden inside a tab a reader can open': {
      const digit = pick(rng, ['<span style="display:none">0</span>', '<span class="z">0</span>', '<span hidden>0</span>']);
      const html = page(
        '.z{font-size:0}',
        `<div role="tablist"><button role="tab" aria-controls="p1" aria-selected="true">全体</button><button role="tab" aria-controls="p2">施設別</button></div><div role="tabpanel" id="p1"><p>全体</p></div><div role="tabpanel" id="p2" hidden>${table(`3${digit}`)}</div>`,
      );
      return { html, attack, at };
    }
    case "a tab's panel hidden otherwise than closed (opacity, font size 0)": {
      const how = pick(rng, ['opacity:0', 'font-size:0', 'color:#fff', 'transform:scale(0)']);
      const html = page(
        `.panel{${how}}`,
        `<div role="tablist"><button role="tab" aria-controls="p2">表</button></div><div role="tabpanel" class="panel" id="p2">${table('30')}</div>`,
      );
      return { html, attack, at };
    }
    case 'a closed tab showing some digits again (visibility, font size)': {
      // Closed by a state rule Bootstrap-like (the open panel left out), its digits partly shown while closed.
      const [hide, again] = pick(rng, [
        ['visibility:hidden', 'visibility:visible'],
        ['font-size:0', 'font-size:16px'],
        ['color:transparent', 'color:#000'],
      ] as const);
      const s = (c: string) => `<span class="s">${c}</span>`;
      const digits = table(`${s('3')}0`).replace(/<td>(\d+)<\/td>/g, (_, d: string) => `<td>${s(d)}</td>`);
      const html = page(
        `.tab-pane:not(.active){${hide}}.s{${again}}`,
        `<button role="tab" data-bs-toggle="tab" data-bs-target="#t1">全体</button><button role="tab" data-bs-toggle="tab" data-bs-target="#t2">施設</button><div class="tab-content"><div class="tab-pane active" id="t1"><p>全体</p></div><div class="tab-pane" id="t2">${digits}</div></div>`,
      );
      return { html, attack, at };
    }
    case "a closed tab's display:none beside another hiding that stays when opened": {
      const [hide, again] = pick(rng, [
        ['visibility:hidden', 'visibility:visible'],
        ['font-size:0', 'font-size:16px'],
        ['color:#fff', 'color:#000'],
        ['-webkit-text-fill-color:transparent', '-webkit-text-fill-color:#222'],
      ] as const);
      const s = (c: string) => `<span class="s">${c}</span>`;
      const digits = table(`${s('3')}0`).replace(/<td>(\d+)<\/td>/g, (_, d: string) => `<td>${s(d)}</td>`);
      const inline = rng() < 0.5;
      const html = page(
        `${inline ? '' : `.panel{display:none;${hide}}`}.s{${again}}`,
        `<div role="tablist"><button role="tab" aria-controls="p1">全体</button><button role="tab" aria-controls="p2">施設</button></div><div role="tabpanel" id="p1"><p>全体</p></div><div role="tabpanel" id="p2" ${inline ? `style="display:none;${hide}"` : 'class="panel"'}>${digits}</div>`,
      );
      return { html, attack, at };
    }
  }
}

export const FEATURES = [
  "a component's shadow table the page's rules do not reach",
  'ARIA tabs (role="tabpanel" hidden)',
  'Bootstrap tabs (tab-pane, data-bs-toggle)',
  'tabs opened by a link (:target)',
  'tabs opened by a radio button (:checked)',
] as const;
export type Feature = (typeof FEATURES)[number];

/** A page showing what its file holds (a reader opening its tabs); `tsv`, its tables as TSV. */
export function realPage(seed: number, only?: Feature, small = false): { html: string; tsv: string; feature: Feature } {
  const rng = lcg(seed);
  const feature = only ?? pick(rng, FEATURES);
  const tabs = feature === FEATURES[0] ? 1 : int(rng, 2, 3);
  const grids = Array.from({ length: tabs }, (_, k) => grid(rng, small && k === tabs - 1));
  const names = ['全体', '施設A', '施設B'];
  const tsv = grids.map((g, k) => `# ${names[k]}の患者背景\n${g.map((r) => r.join('\t')).join('\n')}`).join('\n\n');
  const table = (g: string[][], cls = '') =>
    `<table${cls}>${head(g[0]!)}<tbody>${g
      .slice(1)
      .map((r) => tr(r, '', (c, j) => (j > 0 ? `<span class="num">${c}</span>` : c)))
      .join('')}</tbody></table>`;
  const titled = (k: number) => `<h3>${names[k]}の患者背景</h3>${table(grids[k]!)}`;
  switch (feature) {
    case "a component's shadow table the page's rules do not reach": {
      // The page's own rules (a mobile layout, a legacy table hidden) that a browser keeps out of the shadow tree.
      const css = pick(rng, [
        'td{font-size:0}td.lbl{font-size:14px}',
        '.num{display:none}@media (min-width:0){.num-wide{display:inline}}',
        'table{opacity:0}',
        'td span{visibility:hidden}',
        '.num{color:#fff}',
        'th,td{display:none}',
      ]);
      const sheet = pick(rng, [
        'table{border-collapse:collapse}td,th{padding:4px 8px;border:1px solid #ccc}',
        ':host{display:block}.num{font-variant-numeric:tabular-nums}',
        'td{text-align:right}td:first-child{text-align:left}',
      ]);
      const part = pick(rng, ['', 'stat-table::part(caption){font-weight:bold}']);
      return {
        html: page(
          css + part,
          `<stat-table><template shadowrootmode="open"><style>${sheet}</style><p part="caption">${names[0]}の患者背景</p>${table(grids[0]!)}</template></stat-table>`,
        ),
        tsv,
        feature,
      };
    }
    case 'ARIA tabs (role="tabpanel" hidden)': {
      const bar = grids.map(
        (_, k) => `<button role="tab" id="t${k}" aria-controls="p${k}" aria-selected="${k === 0}">${names[k]}</button>`,
      );
      const panels = grids.map(
        (_, k) =>
          `<div role="tabpanel" id="p${k}" aria-labelledby="t${k}"${k === 0 ? '' : pick(rng, [' hidden', ' hidden=""', ' class="is-hidden"', ' style="display:none"'])}>${titled(k)}</div>`,
      );
      return { html: page('.is-hidden{display:none}', `<div role="tablist">${bar.join('')}</div>${panels.join('')}`), tsv, feature };
    }
    case 'Bootstrap tabs (tab-pane, data-bs-toggle)': {
      const v5 = rng() < 0.5;
      const bar = grids.map(
        (_, k) =>
          `<li class="nav-item"><${v5 ? `button class="nav-link${k === 0 ? ' active' : ''}" data-bs-toggle="tab" data-bs-target="#tab${k}" type="button" role="tab" aria-controls="tab${k}"` : `a class="nav-link${k === 0 ? ' active' : ''}" data-toggle="tab" href="#tab${k}"`}>${names[k]}</${v5 ? 'button' : 'a'}></li>`,
      );
      const panels = grids.map(
        (_, k) => `<div class="tab-pane fade${k === 0 ? ' show active' : ''}" id="tab${k}" role="tabpanel">${titled(k)}</div>`,
      );
      return {
        html: page(
          '.tab-content>.tab-pane{display:none}.tab-content>.active{display:block}.fade{transition:opacity .15s linear}.fade:not(.show){opacity:0}',
          `<ul class="nav nav-tabs" role="tablist">${bar.join('')}</ul><div class="tab-content">${panels.join('')}</div>`,
        ),
        tsv,
        feature,
      };
    }
    case 'tabs opened by a link (:target)': {
      const bar = grids.map((_, k) => `<a href="#s${k}">${names[k]}</a>`);
      const panels = grids.map((_, k) => `<section class="tab" id="s${k}">${titled(k)}</section>`);
      return {
        html: page(
          pick(rng, ['.tab{display:none}.tab:target{display:block}', 'section.tab{display:none}section.tab:target{display:block}']),
          `<nav>${bar.join(' ')}</nav>${panels.join('')}`,
        ),
        tsv,
        feature,
      };
    }
    case 'tabs opened by a radio button (:checked)': {
      const parts = grids.map(
        (_, k) =>
          `<input type="radio" name="tabs" id="r${k}"${k === 0 ? ' checked' : ''}><label for="r${k}">${names[k]}</label><div class="panel">${titled(k)}</div>`,
      );
      return {
        html: page(
          pick(rng, [
            '.panel{display:none}input:checked+label+.panel{display:block}',
            '.tabs .panel{display:none}.tabs input[type=radio]:checked ~ .panel{display:block}',
          ]),
          `<div class="tabs">${parts.join('')}</div>`,
        ),
        tsv,
        feature,
      };
    }
  }
}
