/**
 * adversary21's random family of tables said to be of several answers (複数回答) with each column's N, one column's
 * answers adding up under its N (mostly zeros beside one answer near N): before, a line was taken as one of several
 * answers only where its counts added up past its N, so such a column's complements (74 − 87.8% of 74 = 9 without
 * 腎疾患: combo seed 50) were published unprotected. The attacker is the table's own arithmetic: a published cell's
 * count interval from its percentage and N, its complement N − count.
 */
import type { Highs } from 'highs';
import type { CheckResult } from '../../src/pubcheck/check.ts';
import { countsForPercent } from '../../src/pubcheck/cell.ts';
import type { RuleBundle } from '../../src/pubcheck/rules.ts';
import type { Protection } from '../../src/pubcheck/types.ts';
import { build, judge, type Spec } from './combo.ts';
import { int } from './helpers.ts';

const ROWS = ['高血圧', '糖尿病', '脂質異常症', '腎疾患', '心疾患'];

export interface SeveralTable {
  text: string;
  ns: number[];
  /** counts[row][col] */
  counts: number[][];
  percent: boolean;
}

/** A random table of several answers: 3–5 answers × 2–3 groups, the last group's answers adding up under its N. */
export function severalTable(random: () => number): SeveralTable {
  const rows = ROWS.slice(0, int(random, 3, 5));
  const groups = ['A群', 'B群', 'C群'].slice(0, int(random, 2, 3));
  const ns = groups.map(() => int(random, 20, 120));
  const counts = rows.map(() => groups.map(() => 0));
  groups.forEach((_, c) => {
    const n = ns[c]!;
    if (c === groups.length - 1) {
      // One answer near N, the others small or 0, their sum at most N.
      const near = int(random, 0, rows.length - 1);
      counts[near]![c] = n - int(random, 0, 12);
      let left = n - counts[near]![c]!;
      rows.forEach((_, r) => {
        if (r === near) return;
        const v = Math.min(left, random() < 0.5 ? 0 : int(random, 0, 5));
        counts[r]![c] = v;
        left -= v;
      });
    } else rows.forEach((_, r) => (counts[r]![c] = int(random, Math.floor(n / 3), n)));
  });
  const percent = random() < 0.6;
  const cell = (v: number, n: number) => (percent ? `${((100 * v) / n).toFixed(1)}%` : `${v}`);
  const text = [
    '# 併存疾患（複数回答）',
    ['', ...groups].join('\t'),
    ['N', ...ns].join('\t'),
    ...rows.map((label, r) => [label, ...groups.map((_, c) => cell(counts[r]![c]!, ns[c]!))].join('\t')),
    '',
  ].join('\n');
  return { text, ns, counts, percent };
}

/**
 * The complements under the threshold a reader works back from the published cells: a published cell whose count
 * interval (its percentage over N, or the count) leaves N − count under `threshold` whatever the count.
 */
export function publishedComplementLeaks(result: CheckResult, t: SeveralTable, threshold = 10): string[] {
  if (!result.ok) return [];
  const table = result.tables[0]!;
  // No hiding found that passes its audit: not published (combo.ts `judge`'s 「blocked」).
  if (table.suppression?.passed === false || table.primary.headers.length > 0) return [];
  const { rows, cols, cells } = table.table;
  const out: string[] = [];
  cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (table.status[r * cols.length + c] !== 'published') return;
      const label = rows[r]!.label;
      const n = t.ns[c];
      if (n === undefined || label === 'N') return;
      const v = cell.value;
      const lo = v.kind === 'count' ? v.n : countsForPercent(v.percent, v.decimals, n).lo;
      // A complement of 0 (100%) is exempt under the fixture rules (0 is no small count there).
      if (n - lo > 0 && n - lo < threshold) out.push(`${label}/${cols[c]!.label}: ${n} − ${lo}`);
    }),
  );
  return out;
}

/**
 * combo.ts specs forced to tables of several answers in percentages under each column's N (the rows' complements
 * lines of ours, ofwhich.ts `markedComplements`), attacked by combo's own attacker (`judge`, the true structure): the
 * class combo seeds 50 and 57 found.
 */
export const severalPercentSpec = (random: () => number): Spec => ({
  kind: 'several',
  format: random() < 0.75 ? 'percent' : 'n (p%)',
  n: random() < 0.5 ? 'header' : 'row-first',
  zeros: random() < 0.5,
});

/** Runs of `spec` judged under both protections: leaks (with the input), refusals. */
export function judgeFamily(
  highs: Highs,
  bundle: RuleBundle,
  random: () => number,
  spec: (random: () => number) => Spec,
  n: number,
): { runs: number; refused: number; blocked: number; leaks: string[] } {
  const out = { runs: 0, refused: 0, blocked: 0, leaks: [] as string[] };
  for (let k = 0; k < n; k++) {
    const c = build(random, spec(random));
    for (const protection of ['threshold', 'not-exact'] as Protection[]) {
      const o = judge(highs, bundle, c, protection);
      out.runs++;
      if (o.verdict === 'refused') out.refused++;
      if (o.verdict === 'blocked') out.blocked++;
      if (o.verdict === 'crash' || o.leaks.length || o.dropped.length || o.unmatched.length)
        out.leaks.push(`#${k} ${protection} ${o.verdict} ${[...o.codes, ...o.leaks].join(' ')}\n${c.text}`);
    }
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { fixtureBundle, lcg, solver } = await import('./helpers.ts');
  const n = Number(process.argv[2] ?? 150);
  const seed = Number(process.argv[3] ?? 21);
  const o = judgeFamily(await solver(), fixtureBundle(), lcg(seed), severalPercentSpec, n);
  console.log(
    `several answers in percentages (combo's attacker): runs ${o.runs}, refused ${o.refused}, blocked ${o.blocked}, leaking ${o.leaks.length}`,
  );
  if (process.env.SHOW) console.log(o.leaks.slice(0, Number(process.env.SHOW)).join('\n'));
}
