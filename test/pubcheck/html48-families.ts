/**
 * html48's families (html48-measure.ts): the cascade with what html46 left unweighed — 「@layer」 statements, anonymous
 * and nested layers, 「@media」 queries true on any screen, 「:is()」「:where()」「:nth-of-type()」, relative font sizes
 * and a style attribute's font-size under a rule's 「!important」. `realPage(seed)` (9440301–9440350): a class hides
 * (or sizes to 0) every section, a rule the browser weighs heavier shows it (Tailwind's 「@layer theme, base,
 * components, utilities;」 …); a reader is shown every table. `attackPage(seed)` (9440351–9440400):
 * 「3<span …>0</span>」 where such a rule does not outweigh the hider (statement order, an empty block declaring a
 * layer first, a parent layer over its nested one, a device-dependent 「@media」, a less specific 「:is()」, an
 * 「:where()」 of no weight, another 「:nth-of-type」, a relative size of a tiny parent, an inline 「!important」):
 * `shown` its first digit — each checked in Chromium (html48-browser.ts; `html48-measure.ts --browser`).
 */
import { pick } from './helpers.ts';
import { page, pageGrids } from './html14-families.ts';
import type { Page } from './html9-families.ts';
import { attackStart } from './html12-families.ts';

export const FEATURES = [
  'an @layer statement orders the layers, a later one shows',
  'an anonymous layer hides, an unlayered rule shows',
  'a nested layer hides, its parent layer shows',
  'a rule in @media not print / (min-width:0) shows',
  'an :is() / :where() rule shows',
  'an :nth-of-type() rule shows',
  'a relative font size (em, %, rem) shows',
  "a style attribute's font-size:0 under a rule's !important",
] as const;
export type Feature = (typeof FEATURES)[number];

export function realPage(seed: number, only?: Feature): { html: string; tsv: string; feature: Feature } {
  const { rng } = attackStart(seed, [0]);
  const feature = only ?? pick(rng, FEATURES);
  const { tsv, titled, each } = pageGrids(rng, false);
  const shown = () => pick(rng, ['display:block', 'display: block', 'display:flow-root']);
  const cls = pick(rng, ['hide', 'd-none', 'hidden']);
  const html = (css: string, f: (k: number) => string) => ({ html: page(css, each(f)), tsv, feature });
  const div = (k: number) => `<div class="${cls}">${titled(k)}</div>`;
  switch (feature) {
    case 'an @layer statement orders the layers, a later one shows':
      return html(
        `${pick(rng, ['@layer theme, base, components, utilities;', '@layer base,components,utilities;'])}@layer utilities{div.${cls}{${shown()}}}@layer base{.${cls}{display:none}}`,
        div,
      );
    case 'an anonymous layer hides, an unlayered rule shows':
      return html(`@layer{.${cls}{display:none}}.${cls}{${shown()}}`, div);
    case 'a nested layer hides, its parent layer shows':
      return html(
        pick(rng, [
          `@layer lib{@layer reset{.${cls}{display:none}}.${cls}{${shown()}}}`,
          `@layer lib.reset{.${cls}{display:none}}@layer lib{.${cls}{${shown()}}}`,
        ]),
        div,
      );
    case 'a rule in @media not print / (min-width:0) shows':
      return html(
        `.${cls}{display:none}@media ${pick(rng, ['not print', '(min-width:0)', 'screen and (min-width:0px)'])}{div.${cls}{${shown()}}}`,
        div,
      );
    case 'an :is() / :where() rule shows':
      return html(
        `.${cls}{display:none}${pick(rng, [':is(body, main) > div.' + cls, 'body > :where(div).' + cls, 'div:is(.' + cls + ')'])}{${shown()}}`,
        div,
      );
    case 'an :nth-of-type() rule shows':
      return html(
        `.${cls}{display:none}body > div:${pick(rng, ['nth-of-type(n)', 'nth-of-type(n+1)', 'nth-last-of-type(n)'])}{${shown()}}`,
        div,
      );
    case 'a relative font size (em, %, rem) shows':
      return html(`.${cls}{font-size:0}div.${cls}{font-size:${pick(rng, ['1em', '100%', '1rem', '0.875rem', '90%'])}}`, div);
    case "a style attribute's font-size:0 under a rule's !important":
      return html(
        `div.sec{font-size:${pick(rng, ['14px', '1rem', '100%'])} !important}`,
        (k) => `<div class="sec" style="font-size:0">${titled(k)}</div>`,
      );
  }
}

export const ATTACKS = [
  "an @layer statement puts the hider's layer last",
  "an empty block declares the shower's layer first",
  'a nested layer shows, its parent layer hides',
  'an anonymous layer shows, an unlayered rule hides',
  'the shower in @media (min-width:…): the reader’s device decides',
  'an :is() shower less specific than the hider',
  'a :where() shower of no weight',
  'the :nth-of-type() shower asks another place',
  'a relative size of a tiny parent',
  "the style attribute's font-size:0 is !important",
  "a layer's !important hider over an unlayered !important shower",
] as const;
export type Attack = (typeof ATTACKS)[number];

export function attackPage(seed: number, only?: Attack): Page & { attack: Attack } {
  const { rng, cells, at, attack } = attackStart(seed, ATTACKS, only);
  const text = cells[at[0] + 1]![at[1] + 1]!;
  const [a, b] = [text.slice(0, 1), text.slice(1)];
  const inl = pick(rng, ['display:inline', 'display:inline-block']);
  const z = `<span class="z">${b}</span>`;
  const q = (style = '') => `<span class="z" id="q"${style}>${b}</span>`;
  const [css, span]: [string, string] =
    attack === "an @layer statement puts the hider's layer last"
      ? [`@layer a, b;@layer b{.z{display:none}}@layer a{span.z{${inl}}}`, z]
      : attack === "an empty block declares the shower's layer first"
        ? [`@layer a{}@layer b{.z{display:none}}@layer a{span.z{${inl}}}`, z]
        : attack === 'a nested layer shows, its parent layer hides'
          ? [`@layer a.b{span.z{${inl}}}@layer a{.z{display:none}}`, z]
          : attack === 'an anonymous layer shows, an unlayered rule hides'
            ? [`@layer{span.z{${inl}}}.z{display:none}`, z]
            : attack === 'the shower in @media (min-width:…): the reader’s device decides'
              ? [`.z{display:none}@media (min-width:${pick(rng, ['768px', '48rem', '1024px'])}){span.z{${inl}}}`, z]
              : attack === 'an :is() shower less specific than the hider'
                ? [`span.z.z{display:none}:is(td, th) > .z{${inl}}`, z]
                : attack === 'a :where() shower of no weight'
                  ? [`td .z{display:none}td :where(.z){${inl}}`, z]
                  : attack === 'the :nth-of-type() shower asks another place'
                    ? [`.z{display:none}span.z:nth-of-type(2){${inl}}`, z]
                    : attack === 'a relative size of a tiny parent'
                      ? [`.z{font-size:0}#q{font-size:${pick(rng, ['1em', '100%'])}}`, `<b style="font-size:1px">${q()}</b>`]
                      : attack === "the style attribute's font-size:0 is !important"
                        ? [`#q{font-size:14px}`, q(' style="font-size:0 !important"')]
                        : [`#q{font-size:14px!important}@layer x{#q{font-size:0!important}}`, q(' style="font-size:0"')];
  const th = `<thead><tr>${cells[0]!.map((c) => `<th>${c}</th>`).join('')}</tr></thead>`;
  const body = cells
    .slice(1)
    .map((r, i) => `<tr>${r.map((c, j) => `<td>${i === at[0] && j === at[1] + 1 ? `${a}${span}` : c}</td>`).join('')}</tr>`)
    .join('');
  return { html: page(css, `<table>${th}<tbody>${body}</tbody></table>`), at, attack, shown: a };
}
