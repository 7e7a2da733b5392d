/**
 * sigma9: the combo class 「a total row of 「n (p%)」 printed by its share only」 (「100.0%」「100%」「(100.0%)」「100.0」
 * under any of combo's total labels, first, in the middle or last), forced in the combo generator (`Spec.shareTotal`)
 * and attacked by combo's own attacker, which has the row's shares of each column's N and not its count. Refused on
 * main; read now where the shares prove the sums (sharetotal.ts). `node test/pubcheck/sigma9-classes.ts [per class]
 * [seed]` prints outcomes.
 */
import { runClasses, type OverRefused } from './refuse2-classes.ts';
import { pick } from './helpers.ts';

export const CLASSES: OverRefused[] = [
  {
    name: 'a total row of 「n (p%)」 printed by its share only',
    code: 'layout/share-total',
    spec: (r) => ({
      kind: pick(r, ['table1', 'table1', 'ofwhich', 'subtotal'] as const),
      format: 'n (p%)',
      total: { label: pick(r, ['合計', '計', 'Σ', 'Total', 'All', '']), where: pick(r, ['first', 'last'] as const) },
      shareTotal: pick(r, ['100.0%', '100%', '(100.0%)', '100.0'] as const),
      zeros: r() < 0.4,
      ...(r() < 0.3 && { n: 'header' as const }),
    }),
    keep: (c) => /\t(?:100(?:\.0)?%|\(100\.0%\)|100\.0)(?:\t|\n|$)/.test(c.text),
  },
];

if (import.meta.url === `file://${process.argv[1]}`) await runClasses(CLASSES);
