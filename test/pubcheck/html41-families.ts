/**
 * html41's families (html41.test.ts; `npx node test/pubcheck/html41-measure.ts [root]` measures any tree).
 *
 * `realPage(seed)` writes a page whose containers a `<script>` opens, read by the strict reader (scriptwalk.ts): tabs
 * whose script closes every pane and opens the one a button names, a list spread into an array (「[...…]」
 * 「Array.from(…)」), 「.nextSibling.nextSibling」 over the space between tags, selectors with 「+」「~」 and
 * 「:nth-child(n)」. Each opens every container, so the page shows what the file holds once a reader clicks; `tsv`, its
 * tables as TSV.
 *
 * `attackPage(seed)` writes a table in a container a script names by its id or class but only closes or reads (on base
 * html14's loose rule read it as opened), or one a new step reaches elsewhere (「.nextSibling」 a text node, a 「+」 or
 * 「:nth-child」 selector finding another element). `shown` is undefined: a refusal in words is required.
 */
import { pick } from './helpers.ts';
import { head, page, pageGrids, tr } from './html14-families.ts';
import type { Page } from './html9-families.ts';
import { attackStart } from './html12-families.ts';

export const FEATURES = [
  'tabs: every pane closed, the one a button names opened',
  'a list spread into an array ([...list], Array.from)',
  'nextSibling over the space between tags',
  'selectors with + and ~',
  'selectors with :nth-child / :first-of-type',
] as const;
export type Feature = (typeof FEATURES)[number];

/** A page whose script opens each container (a reader clicking); `tsv`, its tables as TSV. */
export function realPage(seed: number, only?: Feature, small = false): { html: string; tsv: string; feature: Feature } {
  const { rng } = attackStart(seed, [0]);
  const feature = only ?? pick(rng, FEATURES);
  const { names, tsv, titled, each } = pageGrids(rng, small);
  const hidden = rng() < 0.5;
  const closed = hidden ? ' hidden' : ' style="display:none"';
  const opening = (x: string) =>
    hidden
      ? pick(rng, [`${x}.hidden = !${x}.hidden`, `${x}.hidden = false`, `${x}.removeAttribute('hidden')`])
      : pick(rng, [`${x}.style.display = ${x}.style.display === 'none' ? 'block' : 'none'`, `${x}.style.display = 'block'`]);
  const closing = (x: string) => (hidden ? `${x}.hidden = true` : `${x}.style.display = 'none'`);
  const q = pick(rng, ['q', 'faq-q', 'question']);
  const script = (s: string) => `<script>${pick(rng, ['', "'use strict';\n", '// 開閉\n'])}${s}</script>`;
  const arrow = pick(rng, ['(b) =>', 'b =>', 'function (b)']);
  switch (feature) {
    case 'tabs: every pane closed, the one a button names opened': {
      const pane = pick(rng, ['pane', 'tab-pane', 'panel']);
      const by = pick(rng, ['b.dataset.target', "b.getAttribute('data-target')"]);
      return {
        html: page(
          '',
          `<div class="tabs">${each((k) => `<button class="tab" data-target="${pane}-${k}">${names[k]}</button>`)}</div>` +
            each((k) => `<div class="${pane}" id="${pane}-${k}"${closed}>${titled(k)}</div>`),
          script(
            `document.querySelectorAll('.tab').forEach(${arrow} { b.addEventListener('click', () => { document.querySelectorAll('.${pane}').forEach((p) => { ${closing('p')}; }); const t = document.getElementById(${by}); ${opening('t')}; }); });`,
          ),
        ),
        tsv,
        feature,
      };
    }
    case 'a list spread into an array ([...list], Array.from)': {
      const list = pick(rng, [`[...document.querySelectorAll('.${q}')]`, `Array.from(document.querySelectorAll('.${q}'))`]);
      return {
        html: page(
          '',
          each((k) => `<div class="faq"><button type="button" class="${q}">${names[k]}</button><div${closed}>${titled(k)}</div></div>`),
          script(`${list}.forEach(${arrow} { b.addEventListener('click', () => { ${opening('b.nextElementSibling')}; }); });`),
        ),
        tsv,
        feature,
      };
    }
    case 'nextSibling over the space between tags':
      return {
        html: page(
          '',
          each(
            (k) =>
              `<div class="faq">\n  <button type="button" class="${q}">${names[k]}</button>\n  <div${closed}>${titled(k)}</div>\n</div>`,
          ),
          script(
            `document.querySelectorAll('.${q}').forEach(${arrow} { b.addEventListener('click', () => { const p = b.nextSibling.nextSibling; ${opening('p')}; }); });`,
          ),
        ),
        tsv,
        feature,
      };
    case 'selectors with + and ~': {
      const sel = pick(rng, [`.${q} + div`, `.${q} ~ div`, `button.${q} + .body`, `.faq > .${q} ~ .body`]);
      return {
        html: page(
          '',
          each(
            (k) =>
              `<div class="faq"><button type="button" class="${q}">${names[k]}</button><div class="body"${closed}>${titled(k)}</div></div>`,
          ),
          script(
            `document.getElementById('all').addEventListener('click', () => { document.querySelectorAll('${sel}').forEach((d) => { ${opening('d')}; }); });`,
          ).replace('<script>', '<button id="all">すべて開く</button><script>'),
        ),
        tsv,
        feature,
      };
    }
    case 'selectors with :nth-child / :first-of-type': {
      return {
        html: page(
          '',
          each((k) => `<section class="sec"><h3>${names[k]}</h3><div${closed}>${titled(k)}</div></section>`),
          script(
            `document.querySelectorAll('.sec').forEach((s) => { s.firstElementChild.addEventListener('click', () => { const d = s.querySelector('${pick(rng, ['div:nth-child(2)', 'div:first-of-type', 'div:last-child', ':nth-child(2)'])}'); ${opening('d')}; }); });`,
          ),
        ),
        tsv,
        feature,
      };
    }
  }
}

export const ATTACKS = [
  'the script closes the container it names (hidden = true, display none, add hidden, remove show)',
  'the script only reads or logs the name',
  'a name bound to the container closes it',
  'a handler closes the container it names',
  'nextSibling reaches the space between tags',
  'a + or :nth-child selector finds another element',
] as const;
export type Attack = (typeof ATTACKS)[number];

/** A table of counts in a container no script of the page opens (`shown` undefined: a refusal in words required). */
export function attackPage(seed: number, only?: Attack): Page & { attack: Attack } {
  const { rng, cells, at, attack } = attackStart(seed, ATTACKS, only);
  const tbl = `<table>${head(cells[0]!)}<tbody>${cells
    .slice(1)
    .map((r) => tr(r))
    .join('')}</tbody></table>`;
  const hidden = rng() < 0.5;
  const closed = hidden ? ' hidden' : ' style="display:none"';
  const id = pick(rng, ['tbl', 'tbl-a', 'result-main', 'detail1']);
  const cls = pick(rng, ['faq-body', 'detail', 'result-panel']);
  const container = `<div id="${id}" class="${cls}"${closed}>${tbl}</div>`;
  const find = () =>
    pick(rng, [`document.getElementById('${id}')`, `document.querySelector('#${id}')`, `document.querySelector('.${cls}')`]);
  const closes = (x: string) =>
    pick(rng, [
      `${x}.hidden = true`,
      `${x}.style.display = 'none'`,
      `${x}.classList.add('hidden')`,
      `${x}.classList.remove('show')`,
      `${x}.setAttribute('hidden', '')`,
    ]);
  const html = (body: string, script: string) => page('.hidden{display:none}', body, script);
  const onClick = (s: string) => `document.getElementById('btn').addEventListener('click', () => { ${s}; });`;
  switch (attack) {
    case 'the script closes the container it names (hidden = true, display none, add hidden, remove show)':
      return { html: html(`<button id="btn">閉じる</button>${container}`, `<script>${onClick(closes(find()))}</script>`), attack, at };
    case 'the script only reads or logs the name':
      return {
        html: html(
          container,
          `<script>${pick(rng, [
            `console.log('${id}');`,
            `console.log(${find()}.textContent);`,
            `if (${find()}.classList.contains('${cls}')) console.info('${cls}');`,
            `const rows = ${find()}.offsetHeight; console.log(rows);`,
          ])}</script>`,
        ),
        attack,
        at,
      };
    case 'a name bound to the container closes it':
      return {
        html: html(`<button id="btn">閉じる</button>${container}`, `<script>const el = ${find()}; ${onClick(closes('el'))}</script>`),
        attack,
        at,
      };
    case 'a handler closes the container it names':
      return {
        html: html(`<button onclick="${closes(find()).replace(/"/g, "'")}">閉じる</button>${container}`, ''),
        attack,
        at,
      };
    case 'nextSibling reaches the space between tags':
      return {
        html: html(
          `<div class="faq">\n  <button type="button" class="q">表</button>\n  <div${closed}>${tbl}</div>\n</div>`,
          `<script>document.querySelectorAll('.q').forEach((b) => b.addEventListener('click', () => { b.${pick(rng, ['nextSibling', 'nextSibling.nextSibling.nextSibling', 'previousSibling'])}.${hidden ? 'hidden = false' : "style.display = 'block'"}; }));</script>`,
        ),
        attack,
        at,
      };
    case 'a + or :nth-child selector finds another element':
      return {
        html: html(
          `<button id="btn">開く</button><section><button class="q">表</button><p>注記</p><div class="body"${closed}>${tbl}</div></section>`,
          `<script>${onClick(`document.querySelectorAll('${pick(rng, ['.q + div', '.q + .body', 'section > div:nth-child(2)', 'section > :nth-child(2)'])}').forEach((d) => { d.${hidden ? 'hidden = false' : "style.display = 'block'"}; })`)}</script>`,
        ),
        attack,
        at,
      };
  }
}

export const BLOCK_SPLITS = [
  'display:revert on a div',
  'display:revert-layer on a p',
  'display:inherit from a div',
  'display:inherit from the cell',
  'display:-webkit-box',
  'display:-webkit-flex',
] as const;

/**
 * A table whose attacked cell holds its number split by a block a reader sees on a line of its own, the block made so
 * by a 「display」 html40 read inline (`BLOCK_SPLITS`): shown 「3」 over 「0」, never 30. `shown` undefined: a refusal in
 * words (the cell as text) is required.
 */
export function blockPage(seed: number): Page & { split: string } {
  const { rng, cells, at } = attackStart(seed, [0]);
  const split = pick(rng, BLOCK_SPLITS);
  const text = cells[at[0] + 1]![at[1] + 1]!;
  const [a, b] = [text.slice(0, 1), text.slice(1)];
  const how = pick(rng, ['style', 'rule']);
  const el = (tag: string, display: string) =>
    how === 'style' ? `<${tag} style="display:${display}">${b}</${tag}>` : `<${tag} class="x">${b}</${tag}>`;
  const css = (display: string) => (how === 'rule' ? `.x{display:${display}}` : '');
  const [cell, style] =
    split === 'display:revert on a div'
      ? [`${a}${el('div', 'revert')}`, css('revert')]
      : split === 'display:revert-layer on a p'
        ? [`${a}${el('p', 'revert-layer')}`, css('revert-layer')]
        : split === 'display:inherit from a div'
          ? [`<div>${a}${el('span', 'inherit')}</div>`, css('inherit')]
          : split === 'display:inherit from the cell'
            ? [`${a}${el('span', 'inherit')}`, css('inherit')]
            : split === 'display:-webkit-box'
              ? [`${a}${el('span', '-webkit-box')}`, css('-webkit-box')]
              : [`${a}${el('span', '-webkit-flex')}`, css('-webkit-flex')];
  const body = cells
    .slice(1)
    .map((r, i) => `<tr>${r.map((c, j) => `<td>${i === at[0] && j === at[1] + 1 ? cell : c}</td>`).join('')}</tr>`)
    .join('');
  return { html: page(style, `<table>${head(cells[0]!)}<tbody>${body}</tbody></table>`), at, split, attack: split };
}
