/**
 * The combo generator's over-refused classes (branch refuse2, README Limits 「combo」), each as combo.ts specs forced to
 * the class, so that the checker's reading of them can be attacked by combo's own attacker (`judge`: it knows the true
 * structure). `node test/pubcheck/refuse2-classes.ts [per class] [seed]` prints each class's outcomes by verdict and
 * refusal code; refuse2.test.ts asserts a smaller run.
 */
import type { Highs } from 'highs';
import type { RuleBundle } from '../../src/pubcheck/rules.ts';
import { build, judge, type Case, type Outcome, type Spec } from './combo.ts';
import { lcg, pick } from './helpers.ts';

const LABELS = ['合計', 'Total', '計（人）', '全体', 'All patients', '全症例', '患者全体', '総数'];

/** One class: a name, the main's refusal code, and a spec for each input (a case kept only where `keep` says). */
export interface OverRefused {
  name: string;
  code: string;
  spec: (random: () => number) => Spec;
  keep: (c: Case) => boolean;
}

const twoBlocks = (c: Case) => c.text.includes('65歳未満');

export const CLASSES: OverRefused[] = [
  {
    name: 'two blocks under a total row, no heading rows',
    code: 'total/mismatch',
    spec: (r) => ({
      kind: 'table1',
      format: pick(r, ['count', 'count', 'n (p%)'] as const),
      total: { label: pick(r, LABELS), where: 'last' },
      zeros: r() < 0.3,
    }),
    keep: twoBlocks,
  },
  {
    name: 'an unlabelled total column, or an unlabelled total row first or in the middle',
    code: 'header/empty',
    spec: (r) => {
      const kind = pick(r, ['table1', 'ofwhich', 'subtotal'] as const);
      const column = r() < 0.5;
      return {
        kind,
        format: 'count',
        ...(column
          ? { totalCol: { label: '', where: pick(r, ['first', 'middle', 'last'] as const) } }
          : { total: { label: '', where: pick(r, ['first', 'middle'] as const) } }),
        zeros: r() < 0.3,
      };
    },
    keep: (c) => !c.text.includes('65歳未満') || !c.features.some((f) => f.startsWith('total-row')),
  },
  {
    name: 'a Table 1 of two blocks in 「n (p%)」 with no N written',
    code: 'percent/unknown-base',
    spec: (r) => ({
      kind: 'table1',
      format: 'n (p%)',
      ...(r() < 0.5 ? { totalCol: { label: pick(r, LABELS), where: pick(r, ['first', 'middle', 'last'] as const) } } : {}),
      zeros: r() < 0.3,
    }),
    keep: twoBlocks,
  },
  {
    name: 'a total column of bare percentages, every column’s N stated',
    code: 'percent/sizes',
    spec: (r) => ({
      kind: 'several',
      format: 'percent',
      n: 'header',
      totalCol: { label: pick(r, LABELS), where: pick(r, ['first', 'middle', 'last'] as const) },
      zeros: r() < 0.3,
    }),
    keep: () => true,
  },
  {
    name: 'うち lines in bare percentages, the Ns in a row of their own',
    code: 'table/of-which',
    spec: (r) => ({
      kind: 'ofwhich',
      format: 'percent',
      n: pick(r, ['row-first', 'row-last'] as const),
      ...(r() < 0.3 ? { totalCol: { label: pick(r, LABELS), where: pick(r, ['first', 'middle', 'last'] as const) } } : {}),
      zeros: r() < 0.3,
    }),
    keep: () => true,
  },
];

/** `count` cases of a class (each kept by its `keep`), from one lcg sequence. */
export function casesOf(k: OverRefused, random: () => number, count: number): Case[] {
  const out: Case[] = [];
  for (let tries = 0; out.length < count && tries < 20 * count; tries++) {
    const c = build(random, k.spec(random));
    if (k.keep(c)) out.push(c);
  }
  return out;
}

/**
 * `count` cases of a class from `seed`, each judged under both protections by combo's attacker: the tally, and the
 * outcomes (for the tests' own assertions on them).
 */
export function judgeClass(highs: Highs, bundle: RuleBundle, k: OverRefused, seed: number, count: number) {
  const tally = { runs: 0, ok: 0, refused: 0, leaks: 0, pinned: 0, dropped: 0 };
  const outcomes: Outcome[] = [];
  for (const c of casesOf(k, lcg(seed), count))
    for (const protection of ['threshold', 'not-exact'] as const) {
      const o = judge(highs, bundle, c, protection);
      outcomes.push(o);
      tally.runs++;
      if (o.verdict === 'ok') tally.ok++;
      if (o.verdict === 'refused') tally.refused++;
      if (o.leaks.length) tally.leaks++;
      if (o.pinned.length) tally.pinned++;
      if (o.dropped.length) tally.dropped++;
    }
  return { tally, outcomes };
}

/** The run by hand: each class's outcomes by verdict and refusal code (`[per class] [seed]` from the command line). */
export async function runClasses(classes: readonly OverRefused[]): Promise<void> {
  const { fixtureBundle, solver } = await import('./helpers.ts');
  const n = Number(process.argv[2] ?? 100);
  const seed = Number(process.argv[3] ?? 7);
  const highs = await solver();
  const bundle = fixtureBundle();
  for (const k of classes) {
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
      }
    console.log(`${k.code} (${k.name}): ${JSON.stringify(tally)} refused by code ${JSON.stringify([...codes])}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await runClasses(CLASSES);
