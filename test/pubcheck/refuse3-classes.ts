/**
 * The combo generator's over-refused classes left after refuse2 (branch refuse3, README Limits 「combo」), each as
 * combo.ts specs forced to the class, attacked by combo's own attacker (`judge`: it knows the true structure).
 * `node test/pubcheck/refuse3-classes.ts [per class] [seed]` prints each class's outcomes by verdict and refusal code;
 * refuse3.test.ts asserts a smaller run.
 */
import { build, type Case, type Spec } from './combo.ts';
import type { OverRefused } from './refuse2-classes.ts';

const pick = <T>(random: () => number, xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
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

/** `count` cases of a class (each kept by its `keep`), from one lcg sequence. */
export function casesOf(k: OverRefused, random: () => number, count: number): Case[] {
  const out: Case[] = [];
  for (let tries = 0; out.length < count && tries < 20 * count; tries++) {
    const c = build(random, k.spec(random) as Spec);
    if (k.keep(c)) out.push(c);
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { fixtureBundle, lcg, solver } = await import('./helpers.ts');
  const { judge } = await import('./combo.ts');
  const n = Number(process.argv[2] ?? 100);
  const seed = Number(process.argv[3] ?? 7);
  const highs = await solver();
  const bundle = fixtureBundle();
  for (const k of CLASSES) {
    const tally = { runs: 0, ok: 0, refused: 0, blocked: 0, crash: 0, leaks: 0, pinned: 0, dropped: 0 };
    const codes = new Map<string, number>();
    for (const c of casesOf(k, lcg(seed), n))
      for (const protection of ['threshold', 'not-exact'] as const) {
        const o = judge(highs, bundle, c, protection);
        tally.runs++;
        tally[o.verdict]++;
        if (o.leaks.length) tally.leaks++;
        if (o.leaks.length || o.pinned.length || o.dropped.length)
          console.log(`LEAK/PIN/DROP ${protection} ${[...o.leaks, ...o.pinned, ...o.dropped].join('; ')}\n${c.text}`);
        if (o.pinned.length) tally.pinned++;
        if (o.dropped.length) tally.dropped++;
        if (o.verdict === 'refused') for (const code of o.codes) codes.set(code, (codes.get(code) ?? 0) + 1);
        if (process.env.SHOW_REFUSED && o.verdict === 'refused' && o.codes.includes(process.env.SHOW_REFUSED) && protection === 'threshold')
          console.log(`refused ${o.codes.join(' ')} [${c.features.join(', ')}]\n${c.text}`);
      }
    console.log(`${k.code} (${k.name}): ${JSON.stringify(tally)} refused by code ${JSON.stringify([...codes])}`);
  }
}
