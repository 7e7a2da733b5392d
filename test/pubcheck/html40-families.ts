/**
 * html40's families (html40.test.ts; `npx node test/pubcheck/html40-measure.ts [root]` measures any tree).
 *
 * `realPage(seed)` writes a page whose containers a `<script>` opens by walking from elements it finds — the FAQ's
 * 「querySelectorAll('.q').forEach(b => …b.nextElementSibling…)」, a heading's 「t.parentElement.nextElementSibling」,
 * 「a.children[1]」, 「e.target.closest('.card').lastElementChild」, a show-all button's 「querySelectorAll('[data-detail]')
 * .forEach(el => el.hidden = false)」 — or by an id held in a name (「const ID = 'result'; getElementById(ID + '-wrap')」,
 * a template of bound names) or read from the buttons' 「data-target」 in a loop. Each opens every container it names,
 * so the page shows what the file holds once a reader clicks; `tsv`, its tables as TSV.
 *
 * `attackPage(seed)` writes a table in a container no script of the page opens: the walk reaches another element (a
 * paragraph between), goes a step too far, closes (「hidden = true」「style.display = 'none'」「classList.add('d-none')」),
 * a data-target naming another id, a string name assigned again, and scripts that do not run (a comment, a data block,
 * a script or a handler in a template). `shown` is undefined: a refusal in words is required (html9-judge's `leaked`).
 */
import { int, pick } from './helpers.ts';
import { head, page, pageGrids, tr } from './html14-families.ts';
import type { Page } from './html9-families.ts';
import { attackStart } from './html12-families.ts';

export const FEATURES = [
  "a FAQ: querySelectorAll('.q').forEach(b => b.nextElementSibling)",
  'a heading: t.parentElement.nextElementSibling in for…of',
  'an accordion: a.children[1] of each found element',
  "a card: e.target.closest('.card').lastElementChild",
  "a show-all button: querySelectorAll('[data-detail]').forEach(el => el.hidden = false)",
  "an id held in a name (const ID = 'result'; ID + '-wrap', a template)",
  'data-target read in a loop (dataset, getAttribute)',
] as const;
export type Feature = (typeof FEATURES)[number];

/** A page whose script opens each container (a reader clicking); `tsv`, its tables as TSV. */
export function realPage(seed: number, only?: Feature, small = false): { html: string; tsv: string; feature: Feature } {
  const { rng } = attackStart(seed, [0]);
  const feature = only ?? pick(rng, FEATURES);
  const { grids, names, tsv, titled, each } = pageGrids(rng, small);
  const open = pick(rng, ['hidden', 'display']);
  const closed = open === 'hidden' ? ' hidden' : ' style="display:none"';
  const opening = (x: string) =>
    open === 'hidden'
      ? pick(rng, [`${x}.hidden = !${x}.hidden`, `${x}.hidden = false`, `${x}.removeAttribute('hidden')`, `${x}.toggleAttribute('hidden')`])
      : pick(rng, [
          `${x}.style.display = ${x}.style.display === 'none' ? 'block' : 'none'`,
          `${x}.style.display = 'block'`,
          `${x}.style.display = ''`,
        ]);
  const q = pick(rng, ['q', 'faq-q', 'question']);
  const script = (s: string) => `<script>${pick(rng, ['', "'use strict';\n", '// 開閉\n'])}${s}</script>`;
  switch (feature) {
    case "a FAQ: querySelectorAll('.q').forEach(b => b.nextElementSibling)":
      return {
        html: page(
          '',
          each((k) => `<div class="faq"><button type="button" class="${q}">${names[k]}</button><div${closed}>${titled(k)}</div></div>`),
          script(
            `document.querySelectorAll('.${q}').forEach(${pick(rng, ['(b) =>', 'b =>', 'function (b)'])} { b.addEventListener('click', () => { ${opening('b.nextElementSibling')}; }); });`,
          ),
        ),
        tsv,
        feature,
      };
    case 'a heading: t.parentElement.nextElementSibling in for…of':
      return {
        html: page(
          '.t{cursor:pointer;text-decoration:underline}',
          each((k) => `<h3><span class="t">${names[k]}の表を開く</span></h3><div${closed}>${titled(k)}</div>`),
          script(
            `for (const t of document.${pick(rng, ["querySelectorAll('.t')", "getElementsByClassName('t')"])}) {\n  t.onclick = () => { const p = t.parentElement.nextElementSibling; ${opening('p')}; };\n}`,
          ),
        ),
        tsv,
        feature,
      };
    case 'an accordion: a.children[1] of each found element':
      return {
        html: page(
          '.acc > .panel{display:none}.acc > .panel.open{display:block}',
          each((k) => `<div class="acc"><button>${names[k]}</button><div class="panel">${titled(k)}</div></div>`),
          script(
            `document.querySelectorAll('${pick(rng, ['.acc', 'div.acc', 'body > .acc'])}').forEach((a) => {\n  a.children[0].addEventListener('click', () => a.children[1].classList.toggle('open'));\n});`,
          ),
        ),
        tsv,
        feature,
      };
    case "a card: e.target.closest('.card').lastElementChild": {
      const ev = pick(rng, ['e', 'ev', 'event']);
      return {
        html: page(
          '',
          each(
            (k) =>
              `<div class="card"><div class="card-header"><button class="btn">${names[k]}</button></div><div class="card-body"${closed}>${titled(k)}</div></div>`,
          ),
          script(
            `document.querySelectorAll('.card-header .btn').forEach((btn) => btn.addEventListener('click', (${ev}) => {\n  const body = ${ev}.${pick(rng, ['target', 'currentTarget'])}.closest('.card').${pick(rng, ["querySelector('.card-body')", 'lastElementChild', 'children[1]'])};\n  ${opening('body')};\n}));`,
          ),
        ),
        tsv,
        feature,
      };
    }
    case "a show-all button: querySelectorAll('[data-detail]').forEach(el => el.hidden = false)":
      return {
        html: page(
          '',
          `<button id="show-all">すべて表示</button>${each((k) => `<section data-detail="${k + 1}"${closed}>${titled(k)}</section>`)}`,
          script(
            `document.getElementById('show-all').addEventListener('click', () => {\n  document.querySelectorAll('${pick(rng, ['[data-detail]', 'section[data-detail]'])}').forEach((el) => { ${opening('el')}; });\n});`,
          ),
        ),
        tsv,
        feature,
      };
    case "an id held in a name (const ID = 'result'; ID + '-wrap', a template)": {
      const stem = pick(rng, ['result', 'tbl', 'summary']);
      const ids = grids.map((_, k) => ['main', 'site-a', 'site-b'][k]!);
      const templ = rng() < 0.5;
      return {
        html: page(
          '',
          each((k) => `<div id="${stem}-${ids[k]}-wrap"${closed}>${titled(k)}</div>`),
          script(
            `const STEM = '${stem}';\n${ids
              .map((x, k) => `const key${k} = '${x}';\n`)
              .join(
                '',
              )}document.getElementById('open').onclick = () => {\n${ids.map((_, k) => `  { const w = document.getElementById(${templ ? `\`\${STEM}-\${key${k}}-wrap\`` : `STEM + '-' + key${k} + '-wrap'`}); ${opening('w')}; }\n`).join('')}};`,
          ).replace('<script>', '<button id="open">表を開く</button><script>'),
        ),
        tsv,
        feature,
      };
    }
    case 'data-target read in a loop (dataset, getAttribute)': {
      const attr = pick(rng, ['data-target', 'data-panel', 'data-show']);
      const hash = rng() < 0.5;
      const camel = attr.slice(5).replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
      const read = hash
        ? `document.querySelector(b.getAttribute('${attr}'))`
        : pick(rng, [`document.getElementById(b.dataset.${camel})`, `document.getElementById(b.getAttribute('${attr}'))`]);
      return {
        html: page(
          '',
          `<nav>${each((k) => `<button class="tg" ${attr}="${hash ? '#' : ''}pane${k}">${names[k]}</button>`)}</nav>${each((k) => `<div id="pane${k}"${closed}>${titled(k)}</div>`)}`,
          script(
            `document.querySelectorAll('${pick(rng, ['.tg', `[${attr}]`, `button[${attr}]`])}').forEach((b) => {\n  b.addEventListener('click', () => { const p = ${read}; ${opening('p')}; });\n});`,
          ),
        ),
        tsv,
        feature,
      };
    }
  }
}

export const ATTACKS = [
  'the walk reaches another element (a paragraph between)',
  'the walk goes a step too far (parentElement)',
  'the script closes (hidden = true, display none, d-none)',
  'a data-target naming another id',
  'a string name assigned again',
  'the opening code in a comment',
  'a data block or a template holds the script',
] as const;
export type Attack = (typeof ATTACKS)[number];

/** A table of counts in a container no script of the page opens (`shown` undefined: a refusal in words required). */
export function attackPage(seed: number, only?: Attack): Page & { attack: Attack } {
  const { rng, cells, at, attack } = attackStart(seed, ATTACKS, only);
  const tbl = `<table>${head(cells[0]!)}<tbody>${cells
    .slice(1)
    .map((r) => tr(r))
    .join('')}</tbody></table>`;
  const closed = pick(rng, [' hidden', ' style="display:none"']);
  const opening = (x: string) => (closed === ' hidden' ? `${x}.hidden = false` : `${x}.style.display = 'block'`);
  const faq = (s: string) => `document.querySelectorAll('.q').forEach((b) => b.addEventListener('click', () => { ${s}; }));`;
  const html = (body: string, script: string) => page('', body, script);
  switch (attack) {
    case 'the walk reaches another element (a paragraph between)':
      return {
        html: html(
          `<div><button class="q">表</button><p>注記</p><div${closed}>${tbl}</div></div>`,
          `<script>${faq(opening(pick(rng, ['b.nextElementSibling', 'b.parentElement.firstElementChild', 'b.parentElement.children[1]'])))}</script>`,
        ),
        attack,
        at,
      };
    case 'the walk goes a step too far (parentElement)':
      return {
        html: html(
          `<section><div><button class="q">表</button></div><div${closed}>${tbl}</div></section>`,
          `<script>${faq(opening(pick(rng, ['b.parentElement.parentElement.nextElementSibling', 'b.nextElementSibling', "b.closest('section').nextElementSibling"])))}</script>`,
        ),
        attack,
        at,
      };
    case 'the script closes (hidden = true, display none, d-none)':
      return {
        html: html(
          `<div><button class="q">表</button><div${closed}>${tbl}</div></div>`,
          `<script>${faq(pick(rng, ['b.nextElementSibling.hidden = true', "b.nextElementSibling.style.display = 'none'", "b.nextElementSibling.classList.add('d-none')", "b.nextElementSibling.setAttribute('hidden', '')"]))}</script>`,
        ),
        attack,
        at,
      };
    case 'a data-target naming another id':
      return {
        html: html(
          `<button class="tg" data-target="pane${int(rng, 2, 9)}">表</button><div id="pane1"${closed}>${tbl}</div>`,
          `<script>document.querySelectorAll('.tg').forEach((b) => b.addEventListener('click', () => { const p = document.getElementById(b.dataset.target); ${opening('p')}; }));</script>`,
        ),
        attack,
        at,
      };
    case 'a string name assigned again':
      return {
        html: html(
          `<div id="tbl-a-wrap"${closed}>${tbl}</div>`,
          `<script>let stem = 'tbl-a'; stem ${pick(rng, ["= 'tbl-b'", "+= '-x'"])}; const w = document.getElementById(stem + '-wrap'); ${opening('w')};</script>`,
        ),
        attack,
        at,
      };
    case 'the opening code in a comment': {
      // A walk, or (read as opened on main) the container's id.
      const code = rng() < 0.5 ? faq(opening('b.nextElementSibling')) : `const w = document.getElementById('tbl'); ${opening('w')};`;
      return {
        html: html(
          `<div><button class="q">表</button><div id="tbl"${closed}>${tbl}</div></div>`,
          `<script>${pick(rng, [`// ${code}\n`, `/* ${code} */`, `console.log(1); // ${code}\n`])}</script>`,
        ),
        attack,
        at,
      };
    }
    case 'a data block or a template holds the script': {
      const code = rng() < 0.5 ? faq(opening('b.nextElementSibling')) : `const w = document.getElementById('tbl'); ${opening('w')};`;
      return {
        html: html(
          `<div><button class="q">表</button><div id="tbl"${closed}>${tbl}</div></div>`,
          pick(rng, [
            `<script type="text/x-template">${code}</script>`,
            `<script type="application/json">${JSON.stringify({ code })}</script>`,
            `<template><script>${code}</script></template>`,
            `<template><button onclick="document.getElementById('tbl').hidden = false">表</button></template>`,
          ]),
        ),
        attack,
        at,
      };
    }
  }
}

export const BLOCK_SPLITS = [
  'a paragraph after the count (3<p>0</p>)',
  'two divs (<div>3</div><div>0</div>)',
  'a span laid out as a block by its style (display:block, flex, list-item)',
  'a span laid out as a block by a rule (.x{display:block})',
] as const;

/**
 * A table whose attacked cell shows its count on one line and a digit on the next (a block in the cell): a reader is
 * shown 「3」 over 「0」, not 30 (`shown` undefined: a refusal in words, `cell/text` or `input/html-hidden`, required).
 */
export function blockPage(seed: number): Page & { attack: (typeof BLOCK_SPLITS)[number] } {
  const { rng, cells, at, attack } = attackStart(seed, BLOCK_SPLITS);
  const k = String(int(rng, 1, 9));
  const d = String(int(rng, 0, 9));
  const split =
    attack === 'a paragraph after the count (3<p>0</p>)'
      ? `${k}<p${pick(rng, ['', ' class="MsoNormal"', ' style="margin:0"'])}>${d}</p>`
      : attack === 'two divs (<div>3</div><div>0</div>)'
        ? `<div>${k}</div><div>${d}</div>`
        : attack === 'a span laid out as a block by its style (display:block, flex, list-item)'
          ? `${k}<span style="display:${pick(rng, ['block', 'flex', 'list-item', 'flow-root', 'table'])}">${d}</span>`
          : `${k}<span class="x">${d}</span>`;
  const css = attack === 'a span laid out as a block by a rule (.x{display:block})' ? `.x{display:${pick(rng, ['block', 'grid'])}}` : '';
  const tbl = `<table>${head(cells[0]!)}<tbody>${cells
    .slice(1)
    .map((r, i) => `<tr>${r.map((c, j) => `<td>${i === at[0] && j === at[1] + 1 ? split : c}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;
  return { html: page(css, tbl), attack, at };
}

/**
 * A page of a tool's export whose cells hold each their text in one block (Word's 「<p class=MsoNormal>」, a 「div」 per
 * cell, a label of two lines 「<p>男性</p><p>(国内)</p>」): read as its TSV (a block around a cell's whole text adds no
 * space inside it; a label's two lines are read with a space between them).
 */
export function wrappedPage(seed: number): { html: string; tsv: string; feature: string } {
  const { rng, cells } = attackStart(seed, [0]);
  const how = pick(rng, ['p', 'div', 'p-span']);
  const wrap = (c: string) =>
    how === 'p'
      ? `<p class="MsoNormal">${c}</p>`
      : how === 'div'
        ? `<div>${c}</div>`
        : `<p style="margin:0"><span lang="JA">${c}</span></p>`;
  const twoLines = rng() < 0.5;
  const rows = cells.slice(1).map((r, i) => (i === 0 && twoLines ? [`${r[0]} (国内)`, ...r.slice(1)] : r));
  const label = (c: string, i: number) => (i === 0 && twoLines ? `<p>${c.replace(' (国内)', '')}</p><p>(国内)</p>` : wrap(c));
  const tbl = `<table>${head(cells[0]!)}<tbody>${rows
    .map((r, i) => `<tr>${r.map((c, j) => `<td>${j === 0 ? label(c, i) : wrap(c)}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;
  return { html: page('', tbl), tsv: [cells[0]!, ...rows].map((r) => r.join('\t')).join('\n'), feature: how };
}
