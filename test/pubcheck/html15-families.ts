/**
 * html15's families (html15.test.ts).
 *
 * `realPage(seed)` writes a page that shows what the file holds (a reader or the page's script opening each
 * container): Bootstrap's modal with its full stylesheet (the dialog slid in by 「transform: translate(0,-50px)」), a
 * dialog a handler opens sliding in by a few tens of pixels, and a collapse a script opens by an id built from a
 * constant (「'sec-' + k」「`panel-${k}`」) or a handler reaches by walking (「this.closest('.card').querySelector(…)」).
 *
 * `attackPage(seed)` writes a table of counts in such a container made so that a reader is not shown it as the file
 * holds it (a transform moving it far, mirroring it or moving one cell; a slide in a container nothing opens; a
 * handler on a hidden control): it must be refused in words (html9-judge's `leaked`).
 */
import { lcg, int, pick } from './helpers.ts';
import { head, page, pageGrids } from './html14-families.ts';
import type { Page } from './html9-families.ts';
import { grid } from './html12-families.ts';

/** Bootstrap 5.3's modal rules (dist/css/bootstrap.css, the parts a modal's look and state use). */
const BOOTSTRAP_MODAL =
  '.fade{transition:opacity .15s linear}.fade:not(.show){opacity:0}.modal{position:fixed;top:0;left:0;z-index:1055;display:none;width:100%;height:100%;overflow-x:hidden;overflow-y:auto;outline:0}.modal-dialog{position:relative;width:auto;margin:.5rem;pointer-events:none}.modal.fade .modal-dialog{transition:transform .3s ease-out;transform:translate(0,-50px)}.modal.show .modal-dialog{transform:none}.modal.modal-static .modal-dialog{transform:scale(1.02)}.modal-content{position:relative;display:flex;flex-direction:column;width:100%;pointer-events:auto;background-color:#fff;background-clip:padding-box;border:1px solid rgba(0,0,0,.175);border-radius:.5rem;outline:0}.modal-body{position:relative;flex:1 1 auto;padding:1rem}@media (min-width:576px){.modal-dialog{max-width:500px;margin-right:auto;margin-left:auto}}';

export const FEATURES = [
  "Bootstrap's modal with its full stylesheet (translate(0,-50px))",
  'a dialog a handler opens, sliding in (translateY)',
  "a collapse a script opens by an id built from a constant ('sec-' + k)",
  'a panel a script opens by a template id (`panel-${k}`)',
  "a card body a handler reaches by walking (this.closest('.card'))",
] as const;
export type Feature = (typeof FEATURES)[number];

/** A page showing what its file holds (a reader opening each container); `tsv`, its tables as TSV. */
export function realPage(seed: number, only?: Feature, small = false): { html: string; tsv: string; feature: Feature } {
  const rng = lcg(seed);
  const feature = only ?? pick(rng, FEATURES);
  const { names, tsv, titled, each } = pageGrids(rng, small);
  const px = int(rng, 10, 60);
  switch (feature) {
    case "Bootstrap's modal with its full stylesheet (translate(0,-50px))":
      return {
        html: page(
          BOOTSTRAP_MODAL,
          each(
            (k) =>
              `<button type="button" class="btn" data-bs-toggle="modal" data-bs-target="#m${k}">${names[k]}</button><div class="modal fade" id="m${k}" tabindex="-1" aria-hidden="true"><div class="modal-dialog${pick(rng, ['', ' modal-lg', ' modal-dialog-scrollable'])}"><div class="modal-content"><div class="modal-body">${titled(k)}</div></div></div></div>`,
          ),
        ),
        tsv,
        feature,
      };
    case 'a dialog a handler opens, sliding in (translateY)':
      return {
        html: page(
          pick(rng, [
            `dialog{transform:translateY(-${px}px);transition:transform .2s}dialog[open]{transform:none}`,
            `dialog.slide{translate:0 ${px}px}dialog.slide[open]{translate:none}`,
          ]),
          each(
            (k) =>
              `<button type="button" onclick="document.getElementById('dlg${k}').showModal()">${names[k]}</button><dialog class="slide" id="dlg${k}">${titled(k)}<button onclick="this.closest('dialog').close()">閉じる</button></dialog>`,
          ),
        ),
        tsv,
        feature,
      };
    case "a collapse a script opens by an id built from a constant ('sec-' + k)": {
      const start = pick(rng, ['sec-', 'box', 'tbl_', 'detail-']);
      const find = pick(rng, [`document.getElementById('${start}' + b.dataset.k)`, `document.querySelector('#${start}' + b.dataset.k)`]);
      return {
        html: page(
          '',
          each((k) => `<button class="open-btn" data-k="${k}">${names[k]}</button><div id="${start}${k}" hidden>${titled(k)}</div>`),
          `<script>document.querySelectorAll('.open-btn').forEach((b) => b.addEventListener('click', () => { const e = ${find}; e.hidden = !e.hidden; }));</script>`,
        ),
        tsv,
        feature,
      };
    }
    case 'a panel a script opens by a template id (`panel-${k}`)':
      return {
        html: page(
          '',
          each(
            (k) =>
              `<a href="javascript:void(0)" class="lnk" data-k="${k + 1}">${names[k]}</a><div id="panel-${k + 1}" style="display:none">${titled(k)}</div>`,
          ),
          '<script>for (const a of document.querySelectorAll(".lnk")) a.onclick = () => { const p = document.getElementById(`panel-${a.dataset.k}`); p.style.display = p.style.display === "none" ? "block" : "none"; };</script>',
        ),
        tsv,
        feature,
      };
    case "a card body a handler reaches by walking (this.closest('.card'))":
      return {
        html: page(
          '.card-body{display:none}.card.open .card-body{display:block}',
          each(
            (k) =>
              `<div class="card"><div class="card-header"><button onclick="${pick(rng, [
                "this.closest('.card').querySelector('.card-body').style.display='block'",
                "this.closest('.card').classList.toggle('open')",
              ])}">${names[k]}</button></div><div class="card-body">${titled(k)}</div></div>`,
          ),
        ),
        tsv,
        feature,
      };
  }
}

export const ATTACKS = [
  'a dialog moved far off the page',
  'a dialog mirrored or turned',
  'one cell moved inside an opened dialog',
  'a slide in a container nothing opens',
  'a built id or walk from a hidden control',
] as const;
export type Attack = (typeof ATTACKS)[number];

/** A table of counts in a container a reader is not shown as the file holds it; `at` its changed cell. */
export function attackPage(seed: number, only?: Attack): Page & { attack: Attack } {
  const rng = lcg(seed);
  const cells = grid(rng);
  const at: [number, number] = [int(rng, 0, cells.length - 2), int(rng, 0, cells[0]!.length - 2)];
  const attack = only ?? pick(rng, ATTACKS);
  const body = cells.slice(1);
  const tbl = (cell: string) =>
    `<table>${head(cells[0]!)}<tbody>${body
      .map((r, i) => `<tr>${r.map((c, j) => `<td>${i === at[0] && j === at[1] + 1 ? cell : c}</td>`).join('')}</tr>`)
      .join('')}</tbody></table>`;
  const modal = (inner: string, css: string) =>
    page(
      css,
      `<button data-bs-toggle="modal" data-bs-target="#m">表</button><div class="modal fade" id="m"><div class="modal-dialog"><div class="modal-content">${inner}</div></div></div>`,
    );
  switch (attack) {
    case 'a dialog moved far off the page':
      return {
        html: modal(
          tbl('30'),
          `.modal{display:none}.modal.fade .modal-dialog{transform:${pick(rng, ['translate(0,-9999px)', 'translateX(-200px)', 'translate(-101px)', 'translateY(-60px) translateY(-60px)', 'translate(-100%)'])}}`,
        ),
        attack,
        at,
      };
    case 'a dialog mirrored or turned':
      return {
        html: modal(
          tbl('30'),
          `.modal{display:none}.modal.fade .modal-dialog{transform:${pick(rng, ['scaleX(-1)', 'translate(0,-50px) rotate(180deg)', 'matrix(-1,0,0,1,0,0)', 'translate(0,-50px) scale(0)'])}}`,
        ),
        attack,
        at,
      };
    case 'one cell moved inside an opened dialog':
      return {
        html: modal(
          tbl(`<span style="display:inline-block;transform:translateX(${pick(rng, ['-40px', '60px', '-3em'])})">30</span>`),
          '.modal{display:none}',
        ),
        attack,
        at,
      };
    case 'a slide in a container nothing opens':
      return {
        html: page(
          '.modal{display:none}.modal .modal-dialog{transform:translate(0,-50px)}',
          `<div class="modal" id="m"><div class="modal-dialog">${tbl('30')}</div></div>`,
        ),
        attack,
        at,
      };
    case 'a built id or walk from a hidden control':
      return {
        html: page(
          '.x{display:none}.card-body{display:none}.card.open .card-body{display:block}',
          pick(rng, [
            `<button class="x" onclick="document.getElementById('sec-' + 1).hidden=false">表</button><div id="sec-1" hidden>${tbl('30')}</div>`,
            `<div class="card"><button hidden onclick="this.closest('.card').classList.toggle('open')">表</button><div class="card-body">${tbl('30')}</div></div>`,
          ]),
        ),
        attack,
        at,
      };
  }
}
