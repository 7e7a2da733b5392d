/**
 * The combo generator's over-refused classes left after refuse2 (branch refuse3, README Limits 「combo」), each as
 * combo.ts specs forced to the class, attacked by combo's own attacker (`judge`: it knows the true structure).
 * `node test/pubcheck/refuse3-classes.ts [per class] [seed]` prints each class's outcomes by verdict and refusal code;
 * refuse3.test.ts asserts a smaller run.
 */
import { runClasses, type OverRefused } from './refuse2-classes.ts';
import { pick } from './helpers.ts';

const LABELS = ['合計', 'Total', '計（人）', '全体', 'All patients', '全症例', 'Σ', '患者全体', '総数'];
const WHERE = ['first', 'middle', 'last'] as const;

export const CLASSES: OverRefused[] = [
  {
    name: '「n (p%)」 with no N anywhere: cumulative lines, several answers per patient',
    code: 'percent/unknown-base',
    spec: (r) => ({ kind: pick(r, ['cumulative', 'several'] as const), format: 'n (p%)', zeros: r() < 0.3 }),
    keep: () => true,
  },
  {
    name: 'an unlabelled total column last (the header row’s trailing blank)',
    code: 'row/long',
    spec: (r) => {
      const kind = pick(r, ['table1', 'ofwhich', 'subtotal', 'several'] as const);
      const format = pick(r, ['count', 'count', 'percent'] as const);
      return {
        kind,
        format,
        totalCol: { label: '', where: 'last' },
        ...(format === 'percent' && { n: pick(r, ['row-first', 'row-last'] as const) }),
        ...(kind !== 'several' && r() < 0.3 && { total: { label: pick(r, LABELS), where: pick(r, WHERE) } }),
        ...(kind === 'table1' && r() < 0.3 && { headings: true }),
        zeros: r() < 0.3,
      };
    },
    keep: () => true,
  },
  {
    name: 'a total row beside a row of Ns',
    code: 'total/mismatch',
    spec: (r) => {
      const kind = pick(r, ['table1', 'table1', 'ofwhich', 'subtotal'] as const);
      return {
        kind,
        format: pick(r, ['count', 'n (p%)'] as const),
        total: { label: pick(r, LABELS), where: pick(r, ['first', 'last'] as const) },
        n: pick(r, ['row-first', 'row-last'] as const),
        // Two label columns in Table 1s only (the generator gives other kinds none).
        ...(kind === 'table1' && r() < 0.4 && { twoLabelCols: true }),
        zeros: r() < 0.3,
      };
    },
    keep: () => true,
  },
  {
    name: 'an unlabelled total row or column beside a row of Ns (two label columns, bare percentages)',
    code: 'header/empty',
    spec: (r) => {
      const column = r() < 0.5;
      const kind = pick(r, ['table1', 'ofwhich', 'subtotal', 'several'] as const);
      return {
        kind,
        format: column ? 'percent' : pick(r, ['count', 'percent'] as const),
        n: pick(r, ['row-first', 'row-last'] as const),
        ...(column
          ? { totalCol: { label: '', where: pick(r, WHERE) } }
          : kind === 'several'
            ? {}
            : { total: { label: '', where: pick(r, WHERE) } }),
        ...(kind === 'table1' && !column && r() < 0.5 && { twoLabelCols: true }),
        zeros: r() < 0.3,
      };
    },
    keep: () => true,
  },
];

if (import.meta.url === `file://${process.argv[1]}`) await runClasses(CLASSES);
