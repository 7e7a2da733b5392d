/**
 * The combo generator's over-refused classes left after refuse3 and refuse4 (branch refuse5, README Limits 「combo」),
 * each as combo.ts specs forced to the class and attacked by combo's own attacker (`judge`: it knows the true
 * structure). `node test/pubcheck/refuse5-classes.ts [per class] [seed]` prints each class's outcomes by verdict and
 * refusal code; refuse5.test.ts asserts a smaller run.
 */
import { runClasses, type OverRefused } from './refuse2-classes.ts';
import { pick } from './helpers.ts';

const LABELS = ['合計', 'Total', '計（人）', '全体', 'All patients', '全症例', '患者全体', '総数'];

export const CLASSES: OverRefused[] = [
  {
    name: 'an unlabelled total column last under two header rows (group over sex)',
    code: 'row/long',
    spec: (r) => ({
      kind: 'table1',
      twoHeaderRows: true,
      format: pick(r, ['count', 'count', 'n (p%)', 'percent'] as const),
      totalCol: { label: '', where: 'last' },
      ...(r() < 0.3 && { total: { label: pick(r, LABELS), where: pick(r, ['first', 'middle', 'last'] as const) } }),
      ...(r() < 0.4 && { n: pick(r, ['header', 'row-first', 'row-last'] as const) }),
      zeros: r() < 0.3,
    }),
    keep: () => true,
  },
  {
    name: 'an unlabelled total column in the middle under two header rows',
    code: 'header/empty',
    spec: (r) => ({
      kind: 'table1',
      twoHeaderRows: true,
      format: pick(r, ['count', 'count', 'n (p%)'] as const),
      totalCol: { label: '', where: 'middle' },
      ...(r() < 0.3 && { total: { label: pick(r, LABELS), where: pick(r, ['first', 'middle', 'last'] as const) } }),
      ...(r() < 0.4 && { n: pick(r, ['header', 'row-first', 'row-last'] as const) }),
      zeros: r() < 0.3,
    }),
    keep: () => true,
  },
  {
    name: 'two blanks at once: an unlabelled total column and an unlabelled total row',
    code: 'header/empty',
    spec: (r) => {
      const kind = pick(r, ['table1', 'ofwhich', 'subtotal'] as const);
      return {
        kind,
        format: pick(r, ['count', 'count', 'n (p%)'] as const),
        totalCol: { label: '', where: pick(r, ['first', 'middle', 'last'] as const) },
        total: { label: '', where: pick(r, ['first', 'middle', 'last'] as const) },
        ...(r() < 0.3 && { n: pick(r, ['header', 'row-first', 'row-last'] as const) }),
        zeros: r() < 0.3,
      };
    },
    keep: () => true,
  },
  {
    name: '「Σ」 for the total beside a row of Ns',
    code: 'percent/unknown-base',
    spec: (r) => {
      const kind = pick(r, ['table1', 'table1', 'ofwhich', 'subtotal'] as const);
      return {
        kind,
        format: pick(r, ['count', 'n (p%)', 'n (p%)', 'percent'] as const),
        total: { label: 'Σ', where: pick(r, ['first', 'middle', 'last'] as const) },
        n: pick(r, ['row-first', 'row-last'] as const),
        ...(kind === 'table1' && r() < 0.4 && { twoLabelCols: true }),
        ...(r() < 0.3 && { totalCol: { label: pick(r, [...LABELS, 'Σ']), where: pick(r, ['first', 'middle', 'last'] as const) } }),
        zeros: r() < 0.3,
      };
    },
    keep: () => true,
  },
  {
    name: 'a total under a word no total’s (患者全体) over indented subtotals, each column’s N in its header',
    code: 'table/several-answers',
    spec: (r) => ({
      kind: 'subtotal',
      format: pick(r, ['count', 'n (p%)'] as const),
      total: { label: '患者全体', where: pick(r, ['first', 'middle', 'last'] as const) },
      n: 'header',
      ...(r() < 0.3 && { totalCol: { label: pick(r, LABELS), where: pick(r, ['first', 'middle', 'last'] as const) } }),
      zeros: r() < 0.3,
    }),
    keep: () => true,
  },
];

if (import.meta.url === `file://${process.argv[1]}`) await runClasses(CLASSES);
