/**
 * html46's families (html46-measure.ts): the cascade with the selectors and at-rules html44 left unused.
 * `realPage(seed)` (9440251–9440275): a class hides every section, a weightier rule shows it by an attribute
 * (「[data-x]」「[class~=x]」), a structural pseudo-class (「:first-child」「:nth-child(n)」), a sibling combinator, in
 * 「@media screen」, or over a hiding rule in a layer; a reader is shown every table. `attackPage(seed)` (9440276–9440300):
 * 「3<span …>0</span>」 where such a showing rule does not reach the span (another attribute value, not the first
 * child, no such sibling, print alone, an unlayered 「!important」 hider over a layered one): `shown` its first digit.
 */
import { pick } from './helpers.ts';
import { page, pageGrids } from './html14-families.ts';
import type { Page } from './html9-families.ts';
import { attackStart } from './html12-families.ts';

export const FEATURES = [
  'an attribute rule shows the section',
  'a [class~=] rule shows the section',
  'a :first-child / :nth-child(n) rule shows the section',
  'a sibling rule (h2 + div, h2 ~ div) shows the section',
  'a rule in @media screen shows the section',
  'a layered rule hides, an unlayered one shows',
] as const;
export type Feature = (typeof FEATURES)[number];

export function realPage(seed: number, only?: Feature): { html: string; tsv: string; feature: Feature } {
  const { rng } = attackStart(seed, [0]);
  const feature = only ?? pick(rng, FEATURES);
  const { tsv, titled, each } = pageGrids(rng, false);
  const shown = () => pick(rng, ['display:block', 'display: block', 'display:flow-root']);
  const cls = pick(rng, ['hide', 'd-none', 'is-hidden']);
  const sec = pick(rng, ['section', 'result', 'panel']);
  const html = (css: string, f: (k: number) => string) => ({ html: page(css, each(f)), tsv, feature });
  switch (feature) {
    case 'an attribute rule shows the section':
      return html(`.${cls}{display:none}div[data-open]{${shown()}}`, (k) => `<div class="${cls}" data-open="1">${titled(k)}</div>`);
    case 'a [class~=] rule shows the section':
      return html(`.${cls}{display:none}div[class~=${sec}].${cls}{${shown()}}`, (k) => `<div class="${sec} ${cls}">${titled(k)}</div>`);
    case 'a :first-child / :nth-child(n) rule shows the section':
      return html(
        `.${cls}{display:none}.${sec}>div:${pick(rng, ['first-child', 'nth-child(n)', 'nth-child(1)', 'only-child'])}{${shown()}}`,
        (k) => `<div class="${sec}"><div class="${cls}">${titled(k)}</div></div>`,
      );
    case 'a sibling rule (h2 + div, h2 ~ div) shows the section':
      return html(
        `.${cls}{display:none}h2${pick(rng, [' + ', '+', ' ~ '])}div.${cls}{${shown()}}`,
        (k) => `<h2>結果 ${'ABC'[k % 3]}</h2><div class="${cls}">${titled(k)}</div>`,
      );
    case 'a rule in @media screen shows the section':
      return html(
        `.${cls}{display:none}@media ${pick(rng, ['screen', 'all', 'only screen'])}{div.${cls}{${shown()}}}`,
        (k) => `<div class="${cls}">${titled(k)}</div>`,
      );
    case 'a layered rule hides, an unlayered one shows':
      return html(`@layer base{div.${cls}{display:none}}.${cls}{${shown()}}`, (k) => `<div class="${cls}">${titled(k)}</div>`);
  }
}

export const ATTACKS = [
  'the attribute rule asks another value',
  'the :first-child rule, the span not first',
  'the sibling rule, no such sibling before the span',
  'the showing rule in @media print',
  'an unlayered hider over a layered shower',
  'nothing outweighs the attribute rule: the digit is shown',
] as const;
export type Attack = (typeof ATTACKS)[number];

export function attackPage(seed: number, only?: Attack): Page & { attack: Attack } {
  const { rng, cells, at, attack } = attackStart(seed, ATTACKS, only);
  const text = cells[at[0] + 1]![at[1] + 1]!;
  const [a, b] = [text.slice(0, 1), text.slice(1)];
  const inl = pick(rng, ['display:inline', 'display:inline-block']);
  const hide = 'display:none';
  const th = `<thead><tr>${cells[0]!.map((c) => `<th>${c}</th>`).join('')}</tr></thead>`;
  const [css, span]: [string, string] =
    attack === 'the attribute rule asks another value'
      ? [`.z{${hide}}span[data-v="1"]{${inl}}`, `<span class="z" data-v="2">${b}</span>`]
      : attack === 'the :first-child rule, the span not first'
        ? [`.z{${hide}}td>span:first-child{${inl}}`, `<i></i><span class="z">${b}</span>`]
        : attack === 'the sibling rule, no such sibling before the span'
          ? [`.z{${hide}}b + .z{${inl}}`, `<span class="z">${b}</span><b></b>`]
          : attack === 'the showing rule in @media print'
            ? [`.z{${hide}}@media print{span.z{${inl}}}`, `<span class="z">${b}</span>`]
            : attack === 'an unlayered hider over a layered shower'
              ? [`.z{${hide}}@layer top{span.z{${inl}}}`, `<span class="z">${b}</span>`]
              : [`.z{${hide}}span[data-v="1"]{${inl}}`, `<span class="z" data-v="1">${b}</span>`];
  const body = cells
    .slice(1)
    .map((r, i) => `<tr>${r.map((c, j) => `<td>${i === at[0] && j === at[1] + 1 ? `${a}${span}` : c}</td>`).join('')}</tr>`)
    .join('');
  return {
    html: page(css, `<table>${th}<tbody>${body}</tbody></table>`),
    at,
    attack,
    shown: attack === 'nothing outweighs the attribute rule: the digit is shown' ? text : a,
  };
}
