/**
 * life42: measures the one-step families (life42-families.ts) through the checker of `ROOT` (this tree unless said:
 * `ROOT=/tmp/base npx node …` for main). Judged by the oracle (`steps`, `oneStep`: a line the largest at both points
 * over time points taken by two lines) and, for `life/two-arms` (the oracle's `oneStep` reads the largest line only), by
 * a reader who knows the table: arm A's small count is given back where 「A群」 at both points and A's other line at
 * the small count's point are published. Verdicts: refused, leaked or held; `life/alone-beside` by what is said
 * (life40-measure's `said`: refused, warned or silent).
 * `npx node test/pubcheck/life42-measure.ts <count> <seed,seed…> [kind,kind…]`.
 */
import type { Protection } from '../../src/pubcheck/types.ts';
import { checkerOfRoot, codesOf, measureKinds } from './helpers.ts';
import { oracleVerdict } from './attack35-measure.ts';
import { said } from './life40-measure.ts';
import { ALONE, family, KINDS, type Case } from './life42-families.ts';

const { check, highs, bundle } = await checkerOfRoot();

type Ok = Extract<ReturnType<typeof check>, { ok: true }>;

/** `life/two-arms`: arm A's small count (at the first point) hidden alone in the step 「A群」 takes. */
function armLeaks(r: Ok): boolean {
  const { table, status } = r.tables[0]!;
  const width = table.cols.length;
  const rowsArms = table.rows.some((h) => h.label === 'A群');
  const [own, across] = rowsArms ? [table.rows, table.cols] : [table.cols, table.rows];
  const at = across.flatMap((h, k) => (h.kind === 'item' ? [k] : []));
  const id = (i: number, k: number) => (rowsArms ? i * width + k : k * width + i);
  const value = (i: number, k: number) => {
    const c = rowsArms ? table.cells[i]![k]! : table.cells[k]![i]!;
    return c.value.kind === 'count' ? c.value.n : -1;
  };
  const risk = own.findIndex((h) => h.label === 'A群');
  const parts = own.flatMap((h, i) => (h.label.startsWith('A群') && i !== risk ? [i] : []));
  const shown = (i: number, k: number) => status[id(i, k)] === 'published';
  const small = parts.find((i) => value(i, at[0]!) < 10);
  if (small === undefined || shown(small, at[0]!)) return false;
  const other = parts.find((i) => i !== small)!;
  return shown(risk, at[0]!) && shown(risk, at[1]!) && shown(other, at[0]!);
}

export function judge(c: Case, protection: Protection): { verdict: string; codes: string } {
  if (ALONE.includes(c.kind)) return said({ kind: 'life/alone', text: c.text }, protection);
  const r = check(highs, bundle, c.text, { details: true }, { protection, mipSeconds: 0.3 });
  if (!r.ok) return { verdict: 'refused', codes: codesOf(r) };
  if (c.kind === 'life/two-arms' && armLeaks(r)) return { verdict: 'leaked', codes: '' };
  return { verdict: oracleVerdict(highs, r, c.text, protection, { oneStep: true }), codes: '' };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  measureKinds(KINDS, family, judge, { seed: '2071' });
  measureKinds(ALONE, family, judge, { seed: '2071', verdicts: ['refused', 'warned', 'silent'] });
}
