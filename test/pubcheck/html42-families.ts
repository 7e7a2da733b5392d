/**
 * html42's families (html42.test.ts; `npx node test/pubcheck/html42-measure.ts [root]` measures any tree).
 *
 * `realPage(seed)` writes a page whose containers a stylesheet's 「display:none」 or the 「hidden」 attribute would
 * close, each shown by its own style attribute's 「display」 (a page saved after its script showed the sections, a CMS
 * writing 「style="display:block"」 on the open pane): an element's style attribute wins over a stylesheet's plain
 * declarations and over the browser's own 「display:none」 of 「hidden」, so the reader is shown every table (base
 * refused them as hidden). `tsv`, its tables as TSV.
 *
 * `attackPage(seed)` writes a table whose attacked cell holds 「3<span …>0</span>」, the span's style attribute giving
 * a 「display」 that shows where something else still hides it (a rule's 「!important」, another hiding declaration
 * beside the rule's or its own, 「hidden="until-found"」, a later 「display:none」 in the same attribute, a 「display」
 * of 「var()」 or 「revert」: `shown` its first digit, read 30 it leaks), or where nothing does (`shown` both digits);
 * and an element so shown that base left out as hidden: a white box over a digit, a frame loading a page outside the
 * file (`shown` undefined: a refusal in words required).
 */
import { pick } from './helpers.ts';
import { page, pageGrids, table } from './html14-families.ts';
import type { Page } from './html9-families.ts';
import { attackStart } from './html12-families.ts';

export const FEATURES = [
  'a class rule hides the section, its style attribute shows it',
  'the hidden attribute, a style attribute showing it',
  'a tab pane rule hides, the open pane shown by its style, the others by a script',
  'the table itself hidden by a rule, shown by its style',
] as const;
export type Feature = (typeof FEATURES)[number];

/** A page whose every table a reader is shown (by a style attribute's 「display」, or a script); `tsv`, its tables. */
export function realPage(seed: number, only?: Feature, small = false): { html: string; tsv: string; feature: Feature } {
  const { rng } = attackStart(seed, [0]);
  const feature = only ?? pick(rng, FEATURES);
  const { names, tsv, titled, each, grids } = pageGrids(rng, small);
  const shows = () => pick(rng, ['display:block', 'display: block;', 'display:flex', 'display: grid', 'DISPLAY:block']);
  const cls = pick(rng, ['section', 'result-panel', 'js-hide', 'toggle-body']);
  switch (feature) {
    case 'a class rule hides the section, its style attribute shows it':
      return {
        html: page(
          `.${cls}{display:none${pick(rng, ['', ';padding:8px', ';margin-top:1em'])}}`,
          each((k) => `<div class="${cls}" style="${shows()}">${titled(k)}</div>`),
        ),
        tsv,
        feature,
      };
    case 'the hidden attribute, a style attribute showing it':
      return {
        html: page(
          '',
          each((k) => `<div id="sec${k}" hidden style="${shows()}">${titled(k)}</div>`),
        ),
        tsv,
        feature,
      };
    case 'a tab pane rule hides, the open pane shown by its style, the others by a script': {
      const pane = pick(rng, ['tab-pane', 'pane', 'panel']);
      return {
        html: page(
          `.${pane}{display:none}`,
          `<div class="tabs">${each((k) => `<button class="tab" data-target="${pane}-${k}">${names[k]}</button>`)}</div>` +
            each((k) => `<div class="${pane}" id="${pane}-${k}"${k === 0 ? ` style="${shows()}"` : ''}>${titled(k)}</div>`),
          `<script>document.querySelectorAll('.tab').forEach((b) => { b.addEventListener('click', () => { document.querySelectorAll('.${pane}').forEach((p) => { p.style.display = 'none'; }); const t = document.getElementById(b.dataset.target); t.style.display = 'block'; }); });</script>`,
        ),
        tsv,
        feature,
      };
    }
    case 'the table itself hidden by a rule, shown by its style':
      return {
        html: page(
          `table.${cls}{display:none}`,
          each((k) => `<h3>${names[k]}の患者背景</h3>${table(grids[k]!, ' style="display:table"', `table ${cls}`)}`),
        ),
        tsv,
        feature,
      };
  }
}

export const ATTACKS = [
  "the rule's display:none is !important",
  'the hidden attribute and a rule [hidden]{display:none !important}',
  "a hiding declaration beside the rule's display:none",
  'a hiding declaration beside its own display',
  'a later display:none in the same style attribute',
  'hidden="until-found" and a style display',
  'a display of var() or revert',
  'a keyframes animation hiding it',
  'nothing else hides it: the digit is shown',
  'a box over the digit, hidden, its style attribute showing it',
  'a frame loading a page outside the file, hidden, its style attribute showing it',
] as const;
export type Attack = (typeof ATTACKS)[number];

/**
 * A table whose attacked cell is 「3<span …>0</span>」 with the span's style attribute giving a shown 「display」:
 * where the span stays hidden the cell must not be read 30 (refused in words, or read 3); the last is read 30 as shown.
 */
export function attackPage(seed: number, only?: Attack): Page & { attack: Attack } {
  const { rng, cells, at, attack } = attackStart(seed, ATTACKS, only);
  const text = cells[at[0] + 1]![at[1] + 1]!;
  const [a, b] = [text.slice(0, 1), text.slice(1)];
  const shows = pick(rng, ['display:inline', 'display:inline-block', 'display: inline !important']);
  const [css, span]: [string, string] =
    attack === "the rule's display:none is !important"
      ? ['.z{display:none !important}', `<span class="z" style="${shows}">${b}</span>`]
      : attack === 'the hidden attribute and a rule [hidden]{display:none !important}'
        ? ['[hidden]{display:none!important}', `<span hidden style="${shows}">${b}</span>`]
        : attack === "a hiding declaration beside the rule's display:none"
          ? [
              `.z{display:none;${pick(rng, ['visibility:hidden', 'font-size:0', 'opacity:0'])}}`,
              `<span class="z" style="${shows}">${b}</span>`,
            ]
          : attack === 'a hiding declaration beside its own display'
            ? [
                pick(rng, ['.z{display:none}', '']),
                `<span class="z"${rng() < 0.5 ? ' hidden' : ''} style="${shows};${pick(rng, ['visibility:hidden', 'font-size:0', 'color:transparent'])}">${b}</span>`,
              ]
            : attack === 'a later display:none in the same style attribute'
              ? ['.z{display:none}', `<span class="z" style="${shows};display:none">${b}</span>`]
              : attack === 'hidden="until-found" and a style display'
                ? ['', `<span hidden="until-found" style="${shows}">${b}</span>`]
                : attack === 'a display of var() or revert'
                  ? [
                      ':root{--d:none}',
                      `<span ${pick(rng, ['hidden', 'class="z"'])} style="display:${pick(rng, ['var(--d)', 'revert', 'revert-layer'])}">${b}</span>`,
                    ]
                  : attack === 'a keyframes animation hiding it'
                    ? ['.z{animation:h 1s forwards}@keyframes h{to{display:none}}', `<span class="z" style="${shows}">${b}</span>`]
                    : [pick(rng, ['.z{display:none}', '']), `<span class="z"${rng() < 0.5 ? ' hidden' : ''} style="${shows}">${b}</span>`];
  if (attack === 'a box over the digit, hidden, its style attribute showing it' || attack.startsWith('a frame loading')) {
    const shown = pick(rng, ['display:block', 'display: inline-block']);
    const extra = attack.startsWith('a frame loading')
      ? `<iframe hidden style="${shown}" src="${pick(rng, ['https://example.org/counts.html', 'detail.html', '/reports/t2.html'])}"></iframe>`
      : `<div hidden style="${shown};position:absolute;top:${20 + 24 * at[0]}px;left:${60 + 40 * at[1]}px;width:10px;height:20px;background:#fff"></div>`;
    const rows = cells
      .slice(1)
      .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
      .join('');
    const th = `<thead><tr>${cells[0]!.map((c) => `<th>${c}</th>`).join('')}</tr></thead>`;
    return { html: page('', `<div style="position:relative"><table>${th}<tbody>${rows}</tbody></table>${extra}</div>`), at, attack };
  }
  const css2 = attack === 'a display of var() or revert' && span.includes('class="z"') ? `${css}.z{display:none}` : css;
  const body = cells
    .slice(1)
    .map((r, i) => `<tr>${r.map((c, j) => `<td>${i === at[0] && j === at[1] + 1 ? `${a}${span}` : c}</td>`).join('')}</tr>`)
    .join('');
  const head = `<thead><tr>${cells[0]!.map((c) => `<th>${c}</th>`).join('')}</tr></thead>`;
  return {
    html: page(css2, `<table>${head}<tbody>${body}</tbody></table>`),
    at,
    attack,
    // What a reader is shown: the first digit where the span stays hidden, both where nothing hides it; where
    // find-in-page may show it (until-found) no one number (a refusal in words required).
    // html44: a style attribute's 「!important」 outweighs a rule's 「!important」 and a later plain declaration of its
    // own (CSS Cascade: the style attribute wins among important declarations; an important one over a plain one):
    // the digit is shown there (html42 had taken it as still hidden).
    ...(attack === 'nothing else hides it: the digit is shown' ||
    (shows.includes('!important') &&
      (attack === "the rule's display:none is !important" ||
        attack === 'the hidden attribute and a rule [hidden]{display:none !important}' ||
        attack === 'a later display:none in the same style attribute'))
      ? { shown: text }
      : attack === 'hidden="until-found" and a style display'
        ? {}
        : { shown: a }),
  };
}

export const SCRIPT_WAYS = [
  'a name reassigned from another (const b = a)',
  'a name assigned after its declaration (let el; el = …)',
  'destructured from an array',
  'kept in an object, opened through it',
  'an id passed to a function from a listener',
  'an id passed to a function from an onclick attribute',
  'an id built by + from a string and a number',
  'an id built by a template of a bound number',
] as const;
export type ScriptWay = (typeof SCRIPT_WAYS)[number];

/**
 * html41's left open (a) and (b): a table of counts, one small, in a closed container a button's script opens by a
 * way the strict reader does not follow (`SCRIPT_WAYS`). A reader can open it: read as closed it must be refused in
 * words, never left out unchecked (`leftOut` in html42.test.ts).
 */
export function scriptPage(seed: number, only?: ScriptWay): { html: string; way: ScriptWay } {
  const { rng } = attackStart(seed, [0]);
  const way = only ?? pick(rng, SCRIPT_WAYS);
  const { titled } = pageGrids(rng, true);
  const hidden = rng() < 0.5;
  const id = pick(rng, ['sec2', 'detail2', 'tbl2']);
  const [stem, n] = [id.slice(0, -1), id.slice(-1)];
  const open = (x: string) => (hidden ? `${x}.hidden = false` : `${x}.style.display = 'block'`);
  const find = pick(rng, [`document.getElementById('${id}')`, `document.querySelector('#${id}')`]);
  const click = (s: string) => `document.getElementById('btn').addEventListener('click', () => { ${s}; });`;
  const script =
    way === 'a name reassigned from another (const b = a)'
      ? `const a = ${find}; const b = a; ${click(open('b'))}`
      : way === 'a name assigned after its declaration (let el; el = …)'
        ? `let el; el = ${find}; ${click(open('el'))}`
        : way === 'destructured from an array'
          ? `const [t] = [${find}]; ${click(open('t'))}`
          : way === 'kept in an object, opened through it'
            ? `const els = { t: ${find} }; ${click(open('els.t'))}`
            : way === 'an id passed to a function from a listener'
              ? `function show(x) { ${open('document.getElementById(x)')}; } ${click(`show('${id}')`)}`
              : way === 'an id passed to a function from an onclick attribute'
                ? `function show(x) { ${open('document.getElementById(x)')}; }`
                : way === 'an id built by + from a string and a number'
                  ? `const n = ${n}; ${click(open(`document.getElementById('${stem}' + n)`))}`
                  : `const n = ${n}; ${click(open(`document.getElementById(\`${stem}\${n}\`)`))}`;
  const button =
    way === 'an id passed to a function from an onclick attribute'
      ? `<button id="btn" onclick="show('${id}')">開く</button>`
      : '<button id="btn">開く</button>';
  return {
    html: page(
      '',
      `${button}<div id="${id}"${hidden ? ' hidden' : ' style="display:none"'}>${titled(0)}</div>`,
      `<script>${script}</script>`,
    ),
    way,
  };
}
