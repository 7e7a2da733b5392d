/**
 * attack25: the combo class 「a heading stating its block's N over several groups, no 合計 column」 (「性別 (N=110)」
 * over A群 and B群), forced in the combo generator (`Spec.headingN`) and attacked by combo's own attacker, which takes
 * each heading's N as the sum of its block over every group (a stated form). Refused on main (`layout/heading-n`), read
 * now as an equation across the columns. `node test/pubcheck/attack25-classes.ts [per class] [seed]` prints outcomes.
 */
import { runClasses, type OverRefused } from './refuse2-classes.ts';
import { pick } from './helpers.ts';

export const CLASSES: OverRefused[] = [
  {
    name: 'a heading stating its block’s N over several groups, no 合計 column',
    code: 'layout/heading-n',
    spec: (r) => ({
      kind: 'table1',
      headings: true,
      headingN: true,
      format: pick(r, ['count', 'count', 'n (p%)'] as const),
      zeros: r() < 0.4,
      ...(r() < 0.3 && { linked: pick(r, ['same', 'margins', 'groups'] as const) }),
    }),
    keep: (c) => /\(N=\d+\)\t/.test(c.text),
  },
];

if (import.meta.url === `file://${process.argv[1]}`) await runClasses(CLASSES);
