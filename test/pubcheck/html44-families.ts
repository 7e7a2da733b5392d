/**
 * html44's families (html44.test.ts; `npx node test/pubcheck/html44-measure.ts [root]` measures any tree): the cascade
 * of 「display」「visibility」「opacity」 as a browser weighs it — importance, a style attribute over the stylesheets,
 * specificity, the order of the rules.
 *
 * `realPage(seed)` (9440101–9440150) writes an ordinary styled page whose sections a rule hides and another rule shows,
 * the one that shows winning: an id over a class, a later rule of the same specificity (a theme after its base), a
 * tag and class over a class, 「!important」, a rule showing what the 「hidden」 attribute hides, a 「:not()」 rule that
 * leaves the open section out. A reader is shown every table (base refused them as hidden). `tsv`, its tables.
 *
 * `attackPage(seed)` (9440151–9440199) writes a table whose attacked cell holds 「3<span …>0</span>」 where a rule
 * shows the span but the cascade hides it after all (a later rule of the same weight, 「!important」, the style
 * attribute's 「!important」, a showing rule in a print or titled stylesheet, a 「:not()」 or an ancestor the span
 * lacks, a layer): `shown` its first digit; or where nothing outweighs the showing rule (`shown` both digits); or an
 * element a rule shows that base left out as hidden — a white box over a digit, a frame loading a page outside the
 * file (`shown` undefined: a refusal in words required).
 */
import { pick } from './helpers.ts';
import { page, pageGrids } from './html14-families.ts';
import type { Page } from './html9-families.ts';
import { attackStart } from './html12-families.ts';

export const FEATURES = [
  'a utility class hides, an id rule shows the section',
  'a base rule hides, a later theme rule of the same selector shows',
  'a class hides, a tag and class rule shows',
  'a plain rule hides, an !important rule shows',
  'the hidden attribute, a rule showing the section',
  'a :not() rule hides every section but the open one, all open',
  'visibility hidden by a class, visible by an id',
] as const;
export type Feature = (typeof FEATURES)[number];

/** A page whose every table a reader is shown, a stylesheet's rule hiding and a weightier one showing; `tsv`, its tables. */
export function realPage(seed: number, only?: Feature, small = false): { html: string; tsv: string; feature: Feature } {
  const { rng } = attackStart(seed, [0]);
  const feature = only ?? pick(rng, FEATURES);
  const { tsv, titled, each } = pageGrids(rng, small);
  const shown = () => pick(rng, ['display:block', 'display: block', 'display:flow-root', 'display:grid']);
  const cls = pick(rng, ['hide', 'd-none', 'js-hidden', 'is-hidden', 'collapsed']);
  const sec = pick(rng, ['section', 'result', 'panel', 'card-body']);
  const pad = pick(rng, ['', ';padding:8px', ';margin:1em 0']);
  const html = (css: string, f: (k: number) => string) => ({ html: page(css, each(f)), tsv, feature });
  switch (feature) {
    case 'a utility class hides, an id rule shows the section':
      return html(
        `.${cls}{display:none}${each((k) => `#${sec}-${k}`).replace(/(?<=\d)#/g, ',#')}{${shown()}${pad}}`,
        (k) => `<div class="${sec} ${cls}" id="${sec}-${k}">${titled(k)}</div>`,
      );
    case 'a base rule hides, a later theme rule of the same selector shows':
      return html(`.${sec}{display:none${pad}}\n/* theme */\n.${sec}{${shown()}}`, (k) => `<div class="${sec}">${titled(k)}</div>`);
    case 'a class hides, a tag and class rule shows': {
      const tag = pick(rng, ['div', 'section']);
      return html(`.${sec}{display:none}${tag}.${sec}{${shown()}}`, (k) => `<${tag} class="${sec}">${titled(k)}</${tag}>`);
    }
    case 'a plain rule hides, an !important rule shows':
      return html(
        `#main .${sec}{display:none}.${sec}{${shown()} !important}`,
        (k) => `<div id="main"><div class="${sec}">${titled(k)}</div></div>`,
      );
    case 'the hidden attribute, a rule showing the section':
      return html(`.${sec}{${shown()}${pad}}`, (k) => `<div class="${sec}" hidden>${titled(k)}</div>`);
    case 'a :not() rule hides every section but the open one, all open': {
      const state = pick(rng, ['open', 'active', 'show']);
      return html(`.${sec}:not(.${state}){display:none}`, (k) => `<div class="${sec} ${state}">${titled(k)}</div>`);
    }
    case 'visibility hidden by a class, visible by an id':
      return html(
        `.${cls}{visibility:hidden}${each((k) => `#${sec}-${k}`).replace(/(?<=\d)#/g, ',#')}{visibility:visible}`,
        (k) => `<div class="${cls}" id="${sec}-${k}">${titled(k)}</div>`,
      );
  }
}

export const ATTACKS = [
  'a later rule of the same weight hides it again',
  "the hiding rule's !important over a more specific showing rule",
  "the style attribute's !important over a rule's !important",
  'the showing rule in a print stylesheet',
  'the showing rule in a titled (alternate) stylesheet',
  'the showing rule leaves the span out by :not()',
  'the showing rule needs an ancestor the span lacks',
  'the showing rule in a layer under an !important hiding one',
  'visibility shown by a rule, hidden again by a weightier one',
  'nothing outweighs the showing rule: the digit is shown',
  'a box over the digit, hidden, a rule showing it',
  "a box over the digit, its style hiding it, a rule's !important showing it",
  "a frame loading a page outside the file, its style hiding it, a rule's !important showing it",
] as const;
export type Attack = (typeof ATTACKS)[number];

/** A table whose attacked cell is 「3<span …>0</span>」, a rule showing the span and the cascade deciding; or a box or frame. */
export function attackPage(seed: number, only?: Attack): Page & { attack: Attack } {
  const { rng, cells, at, attack } = attackStart(seed, ATTACKS, only);
  const text = cells[at[0] + 1]![at[1] + 1]!;
  const [a, b] = [text.slice(0, 1), text.slice(1)];
  const inl = pick(rng, ['display:inline', 'display:inline-block', 'display: inline']);
  const hide = pick(rng, ['display:none', 'display: none']);
  const th = `<thead><tr>${cells[0]!.map((c) => `<th>${c}</th>`).join('')}</tr></thead>`;
  if (attack.startsWith('a box') || attack.startsWith('a frame')) {
    const place = `position:absolute;top:${20 + 24 * at[0]}px;left:${60 + 40 * at[1]}px;width:10px;height:20px;background:#fff`;
    const [css, extra] =
      attack === 'a box over the digit, hidden, a rule showing it'
        ? [`#cover{display:block;${place}}`, '<div id="cover" hidden></div>']
        : attack.startsWith('a box')
          ? ['#cover{display:block !important}', `<div id="cover" style="display:none;${place}"></div>`]
          : [
              '#ext{display:block !important}',
              `<iframe id="ext" style="display:none" src="${pick(rng, ['https://example.org/counts.html', 'detail.html'])}"></iframe>`,
            ];
    const rows = cells
      .slice(1)
      .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
      .join('');
    return { html: page(css!, `<div style="position:relative"><table>${th}<tbody>${rows}</tbody></table>${extra}</div>`), at, attack };
  }
  let head = '';
  const [css, span]: [string, string] =
    attack === 'a later rule of the same weight hides it again'
      ? [`.z{${hide}}#q{${inl}}span#q{${hide}}`, `<span class="z" id="q">${b}</span>`]
      : attack === "the hiding rule's !important over a more specific showing rule"
        ? [`.z{${hide} !important}#q.z{${inl}}`, `<span class="z" id="q">${b}</span>`]
        : attack === "the style attribute's !important over a rule's !important"
          ? [`#q{${inl} !important}`, `<span id="q" style="${hide} !important">${b}</span>`]
          : attack === 'the showing rule in a print stylesheet'
            ? ((head = `<style media="print">#q{${inl}}</style>`), [`.z{${hide}}`, `<span class="z" id="q">${b}</span>`])
            : attack === 'the showing rule in a titled (alternate) stylesheet'
              ? ((head = `<style title="${pick(rng, ['large', 'print'])}">#q{${inl}}</style>`),
                [`.z{${hide}}`, `<span class="z" id="q">${b}</span>`])
              : attack === 'the showing rule leaves the span out by :not()'
                ? [`.z{${hide}}td .z:not(.k){${inl}}`, `<span class="z k">${b}</span>`]
                : attack === 'the showing rule needs an ancestor the span lacks'
                  ? [`.z{${hide}}.open .z{${inl}}`, `<span class="z">${b}</span>`]
                  : attack === 'the showing rule in a layer under an !important hiding one'
                    ? [`@layer base{.z{${hide} !important}}#q{${inl} !important}`, `<span class="z" id="q">${b}</span>`]
                    : attack === 'visibility shown by a rule, hidden again by a weightier one'
                      ? [`.z{visibility:hidden}#q{visibility:visible}td #q.z{visibility:hidden}`, `<span class="z" id="q">${b}</span>`]
                      : [`.z{${hide}}${pick(rng, ['#q', 'td .z', 'span.z', '.z'])}{${inl}}`, `<span class="z" id="q">${b}</span>`];
  const body = cells
    .slice(1)
    .map((r, i) => `<tr>${r.map((c, j) => `<td>${i === at[0] && j === at[1] + 1 ? `${a}${span}` : c}</td>`).join('')}</tr>`)
    .join('');
  const html = page(css, `<table>${th}<tbody>${body}</tbody></table>`).replace('</head>', `${head}</head>`);
  return { html, at, attack, shown: attack === 'nothing outweighs the showing rule: the digit is shown' ? text : a };
}
