/**
 * html14's families (html14.test.ts; `npx node test/pubcheck/html14-measure.ts [root]` measures any tree).
 *
 * `framePage(seed)` writes a page of a table of counts (none small) beside a frame loading an address outside the file
 * (an 「iframe」, an 「object」, an 「embed」 or a 「portal」), with fallback text of a table or a note holding a small
 * count, or none: what the frame shows is not in the file, so the page must be refused naming the frame's address.
 *
 * `attackPage(seed)` writes a table of counts in a container a script opens (or a table that is itself the
 * container) made so that no reader is shown it, or hidden otherwise too: it must be refused in words (`shown`
 * undefined; html9-judge's `leaked`).
 *
 * `realPage(seed)` writes a page that shows what the file holds (a reader or the page's script opening each
 * container): a dialog a handler opens, a disclosure a handler shows (by id or 「this.nextElementSibling」), a
 * collapse a 「<script>」 opens (by id or class), Bootstrap's modal, and a table that is itself the container (its
 * 「hidden」, 「class="collapse"」, 「style="display:none"」) a control opens.
 */
import { lcg, int, pick } from './helpers.ts';
import type { Page } from './html9-families.ts';
import { attackStart, grid } from './html12-families.ts';

/** The html families' page scaffolding (html14, html15, html40, html41): a row, a header row, a table, a page. */
export const tr = (r: string[]) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`;
export const head = (r: string[]) => `<thead><tr>${r.map((c) => `<th>${c}</th>`).join('')}</tr></thead>`;
export const table = (g: string[][], attrs = '', cls = 'table') =>
  `<table class="${cls}"${attrs}>${head(g[0]!)}<tbody>${g
    .slice(1)
    .map((r) => tr(r))
    .join('')}</tbody></table>`;

export function page(css: string, body: string, script = ''): string {
  return `<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><style>${css}.table{border-collapse:collapse}.table td,.table th{padding:4px 8px;border:1px solid #ccc}</style></head><body><h2>患者背景</h2>${body}${script}</body></html>`;
}

/**
 * A real page's tables (html14, html15, html40, html41 `realPage`): one to three grids from `rng` (the last with a
 * small count where `small`), their names, the TSV of them all, each titled (`titled`) and the page part of each
 * (`each`).
 */
export function pageGrids(rng: () => number, small: boolean) {
  const n = int(rng, 1, 3);
  const grids = Array.from({ length: n }, (_, k) => grid(rng, small && k === n - 1));
  const names = ['全体', '施設A', '施設B'];
  const tsv = grids.map((g, k) => `# ${names[k]}の患者背景\n${g.map((r) => r.join('\t')).join('\n')}`).join('\n\n');
  const titled = (k: number) => `<h3>${names[k]}の患者背景</h3>${table(grids[k]!)}`;
  const each = (f: (k: number) => string) => grids.map((_, k) => f(k)).join('');
  return { n, grids, names, tsv, titled, each };
}

export const FRAMES = [
  'an iframe loading a page outside the file, a table with a small count as its fallback',
  'an iframe loading a page outside the file, no fallback',
  'an object loading a page outside the file, a table with a small count as its fallback',
  'an object or embed loading an SVG or a PDF outside the file',
  'an embed or portal loading a page outside the file',
  'an iframe loading a page outside the file, a note with a small count as its fallback',
] as const;
export type Frame = (typeof FRAMES)[number];

/** A page of a table of counts beside a frame loading `address`; `address` must be named in a refusal. */
export function framePage(seed: number, only?: Frame): { html: string; frame: Frame; address: string } {
  const rng = lcg(seed);
  const frame = only ?? pick(rng, FRAMES);
  const shown = grid(rng);
  const hidden = grid(rng, true);
  const address = pick(rng, ['table2.html', 'tables/t2.html', 'https://example.org/results/2', '../data/t2.htm', '/pub/t2.html?v=3']);
  const fallbackTable = table(hidden);
  const small = `女性 ${int(rng, 1, 9)}例`;
  const title = `<h3>表2 施設別の内訳</h3>`;
  const el = (() => {
    switch (frame) {
      case 'an iframe loading a page outside the file, a table with a small count as its fallback':
        return `<iframe src="${address}" width="600" height="300" title="表2">${fallbackTable}</iframe>`;
      case 'an iframe loading a page outside the file, no fallback':
        return `<iframe src="${address}" style="width:100%;height:320px;border:0" loading="lazy"></iframe>`;
      case 'an object loading a page outside the file, a table with a small count as its fallback':
        return `<object data="${address}" type="text/html" width="600" height="300">${fallbackTable}</object>`;
      case 'an object or embed loading an SVG or a PDF outside the file': {
        const file = address.replace(/\.html?/, pick(rng, ['.svg', '.pdf']));
        return pick(rng, [
          `<object data="${file}" type="${file.endsWith('.pdf') ? 'application/pdf' : 'image/svg+xml'}"><p>${small}</p></object>`,
          `<embed src="${file}" width="600" height="300">`,
        ]);
      }
      case 'an embed or portal loading a page outside the file':
        return pick(rng, [`<embed src="${address}" type="text/html" width="600" height="300">`, `<portal src="${address}"></portal>`]);
      case 'an iframe loading a page outside the file, a note with a small count as its fallback':
        return `<iframe src="${address}"><p>${small}</p></iframe>`;
    }
  })();
  const named = frame === 'an object or embed loading an SVG or a PDF outside the file' ? /(?:data|src)="([^"]*)"/.exec(el)![1]! : address;
  return { html: page('', `<h3>表1 全体</h3>${table(shown)}${title}${el}`), frame, address: named };
}

export const ATTACKS = [
  'a handler naming another id',
  'a handler on a hidden control',
  'a container a script opens, hidden otherwise too (opacity, scale, font size)',
  'a table that is itself a container nothing opens',
  'a digit hidden inside a container a script opens',
] as const;
export type Attack = (typeof ATTACKS)[number];

export function attackPage(seed: number, only?: Attack): Page & { attack: Attack } {
  const { rng, cells, at, attack } = attackStart(seed, ATTACKS, only);
  const body = cells.slice(1);
  const tbl = (cell: string, attrs = '') =>
    `<table${attrs}>${head(cells[0]!)}<tbody>${body
      .map((r, i) => `<tr>${r.map((c, j) => `<td>${i === at[0] && j === at[1] + 1 ? cell : c}</td>`).join('')}</tr>`)
      .join('')}</tbody></table>`;
  switch (attack) {
    case 'a handler naming another id':
      return {
        html: page(
          '',
          pick(rng, [
            `<button onclick="document.getElementById('d2').showModal()">表</button><dialog id="d1">${tbl('30')}</dialog>`,
            `<button onclick="document.getElementById('x').hidden=false">表</button><div id="d1" hidden>${tbl('30')}</div>`,
            `<button onclick="this.previousElementSibling.hidden=false">表</button><div id="d1" hidden>${tbl('30')}</div>`,
          ]),
        ),
        attack,
        at,
      };
    case 'a handler on a hidden control':
      return {
        html: page(
          '.x{display:none}',
          pick(rng, [
            `<button hidden onclick="document.getElementById('d1').showModal()">表</button><dialog id="d1">${tbl('30')}</dialog>`,
            `<button class="x" onclick="document.getElementById('d1').hidden=false">表</button><div id="d1" hidden>${tbl('30')}</div>`,
            `<div style="display:none"><a onclick="this.parentElement.nextElementSibling.hidden=false">表</a></div><div hidden>${tbl('30')}</div>`,
          ]),
        ),
        attack,
        at,
      };
    case 'a container a script opens, hidden otherwise too (opacity, scale, font size)': {
      const [style, css] = pick(rng, [
        ['opacity:0', ''],
        ['transform:scale(0)', ''],
        ['font-size:0', ''],
        ['color:transparent', ''],
      ] as const);
      return {
        html: page(
          css,
          `<button onclick="document.getElementById('d1').hidden=false">表</button><div id="d1" hidden style="${style}">${tbl('30')}</div>`,
        ),
        attack,
        at,
      };
    }
    case 'a table that is itself a container nothing opens':
      return {
        html: page(
          '.collapse:not(.show){display:none}',
          pick(rng, [tbl('30', ' hidden'), tbl('30', ' class="collapse"'), tbl('30', ' style="display:none"'), tbl('30', ' popover')]),
        ),
        attack,
        at,
      };
    case 'a digit hidden inside a container a script opens': {
      const digit = pick(rng, ['<span style="display:none">0</span>', '<span hidden>0</span>', '<s>0</s>']);
      return {
        html: page(
          '',
          `<button id="b">表</button><div id="d1" style="display:none">${tbl(`3${digit}`)}</div><script>document.getElementById('b').addEventListener('click',()=>{document.getElementById('d1').style.display='block'})</script>`,
        ),
        attack,
        at,
      };
    }
  }
}

export const FEATURES = [
  'a dialog a handler opens (onclick showModal)',
  'a disclosure a handler shows by its id (onclick hidden)',
  'an accordion a handler shows by this.nextElementSibling',
  'a collapse a script opens by its id (addEventListener)',
  'a FAQ a script opens by its class (querySelectorAll)',
  'a Bootstrap modal (data-bs-toggle="modal")',
  'a table that is itself the container a control opens',
] as const;
export type Feature = (typeof FEATURES)[number];

/** A page showing what its file holds (a reader opening each container); `tsv`, its tables as TSV. */
export function realPage(seed: number, only?: Feature, small = false): { html: string; tsv: string; feature: Feature } {
  const rng = lcg(seed);
  const feature = only ?? pick(rng, FEATURES);
  const { n, grids, names, tsv, titled, each } = pageGrids(rng, small);
  switch (feature) {
    case 'a dialog a handler opens (onclick showModal)':
      return {
        html: page(
          '',
          each(
            (k) =>
              `<button type="button" onclick="document.getElementById('dlg${k}').showModal()">${names[k]}</button><dialog id="dlg${k}">${titled(k)}<button onclick="this.closest('dialog').close()">閉じる</button></dialog>`,
          ),
        ),
        tsv,
        feature,
      };
    case 'a disclosure a handler shows by its id (onclick hidden)':
      return {
        html: page(
          '',
          each(
            (k) =>
              `<button type="button" onclick="var e=document.getElementById('sec${k}');e.hidden=!e.hidden">${names[k]}を表示</button><div id="sec${k}" hidden>${titled(k)}</div>`,
          ),
        ),
        tsv,
        feature,
      };
    case 'an accordion a handler shows by this.nextElementSibling':
      return {
        html: page(
          '.acc-body{display:none}.acc-body.open{display:block}',
          each(
            (k) =>
              `<div class="acc"><button class="acc-head" onclick="this.nextElementSibling.classList.toggle('open')">${names[k]}</button><div class="acc-body">${titled(k)}</div></div>`,
          ),
        ),
        tsv,
        feature,
      };
    case 'a collapse a script opens by its id (addEventListener)':
      return {
        html: page(
          '',
          each((k) => `<a href="javascript:void(0)" id="lnk${k}">${names[k]}</a><div id="box${k}" style="display:none">${titled(k)}</div>`),
          `<script>for (let k = 0; k < ${n}; k++) document.getElementById('lnk' + k).addEventListener('click', () => { const b = document.getElementById('box' + k); b.style.display = b.style.display === 'none' ? 'block' : 'none'; });</script>${Array.from(
            { length: n },
            (_, k) => `<script>/* ${names[k]} */ window.boxes = (window.boxes || []).concat(['box${k}']);</script>`,
          ).join('')}`,
        ),
        tsv,
        feature,
      };
    case 'a FAQ a script opens by its class (querySelectorAll)':
      return {
        html: page(
          '.faq-body{display:none}.faq-item.open .faq-body{display:block}',
          each((k) => `<div class="faq-item"><p class="faq-q">${names[k]}の内訳は？</p><div class="faq-body">${titled(k)}</div></div>`),
          `<script>document.querySelectorAll('.faq-q').forEach(q => q.addEventListener('click', () => q.parentElement.classList.toggle('open')));document.querySelectorAll('.faq-body').forEach(b => b.setAttribute('role', 'region'));</script>`,
        ),
        tsv,
        feature,
      };
    case 'a Bootstrap modal (data-bs-toggle="modal")':
      return {
        html: page(
          '.modal{display:none}.fade{transition:opacity .15s linear}',
          each(
            (k) =>
              `<button type="button" class="btn" data-bs-toggle="modal" data-bs-target="#m${k}">${names[k]}</button><div class="modal fade" id="m${k}" tabindex="-1" aria-hidden="true"><div class="modal-dialog"><div class="modal-content"><div class="modal-body">${titled(k)}</div></div></div></div>`,
          ),
        ),
        tsv,
        feature,
      };
    case 'a table that is itself the container a control opens': {
      const way = pick(rng, ['hidden', 'collapse', 'display', 'script'] as const);
      return {
        html: page(
          '.collapse:not(.show){display:none}',
          each((k) => {
            const g = grids[k]!;
            const id = `t${k}`;
            const [control, attrs] =
              way === 'hidden'
                ? [`<button aria-expanded="false" aria-controls="${id}">表示</button>`, ' hidden']
                : way === 'collapse'
                  ? [`<button data-bs-toggle="collapse" data-bs-target="#${id}">表示</button>`, '']
                  : way === 'display'
                    ? [`<button onclick="document.getElementById('${id}').style.display='table'">表示</button>`, ' style="display:none"']
                    : [`<button onclick="document.getElementById('${id}').hidden=false">表示</button>`, ' hidden'];
            return `${control}<h3>${names[k]}の患者背景</h3>${table(g, ` id="${id}"${attrs}`, way === 'collapse' ? 'table collapse' : 'table')}`;
          }),
        ),
        tsv,
        feature,
      };
    }
  }
}
