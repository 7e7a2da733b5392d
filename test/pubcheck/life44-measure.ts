/**
 * life44: measures life44-families.ts through the checker of `ROOT` (this tree unless said: `ROOT=/tmp/base npx node …`
 * for main). `KINDS` judged by the oracle (`steps`, `oneStep`) and by a reader who knows the arms (`armLeaks`: arm A's
 * small count, at the first point, given back where 「A群」 at both points and A's other line at that point are
 * published, wherever the tables print them); verdicts refused, leaked or held. `SAID` kinds by what is said:
 * `life/end-over` — `life` (said a life table), `arith` (said no possible life table), `silent`; `life/beside-rising` —
 * refused, warned (`line/maybe-at-risk`), said of the rising line (`line/maybe-cumulative`: its small step) or silent.
 * `npx node test/pubcheck/life44-measure.ts <count> <seed,seed…> [kind,kind…]`.
 */
import type { Protection } from '../../src/pubcheck/types.ts';
import { checkerOfRoot, codesOf, measureKinds } from './helpers.ts';
import { oracleVerdict } from './attack35-measure.ts';
import { family, KINDS, type Case } from './life44-families.ts';

const { check, highs, bundle } = await checkerOfRoot();

type Ok = Extract<ReturnType<typeof check>, { ok: true }>;

/** The cells of the line labelled `label` in any table of `r` over its two positions: value and published, in order. */
export function lineOf(r: Ok, label: string): { value: number; shown: boolean }[] | undefined {
  for (const { table, status } of r.tables)
    for (const axis of ['rows', 'cols'] as const) {
      const [own, across] = axis === 'rows' ? [table.rows, table.cols] : [table.cols, table.rows];
      const i = own.findIndex((h) => h.label === label);
      if (i < 0) continue;
      const width = table.cols.length;
      return across.flatMap((h, k) => {
        if (h.kind !== 'item') return [];
        const c = axis === 'rows' ? table.cells[i]![k]! : table.cells[k]![i]!;
        return [
          {
            value: c.value.kind === 'count' ? c.value.n : -1,
            shown: status[axis === 'rows' ? i * width + k : k * width + i] === 'published',
          },
        ];
      });
    }
  return undefined;
}

/** Arm A's small count (at the first point) hidden alone in the step 「A群」 takes, its lines wherever printed. */
export function armLeaks(r: Ok, text: string): boolean {
  const risk = lineOf(r, 'A群');
  const labels = [...new Set([...text.matchAll(/A群[^\t\n\d]+/g)].map((m) => m[0]))];
  const parts = labels.map((l) => lineOf(r, l)).filter((p) => p !== undefined);
  if (!risk || parts.length !== 2) return false;
  const small = parts.find((p) => p[0]!.value < 10);
  if (!small || small[0]!.shown) return false;
  const other = parts.find((p) => p !== small)!;
  return risk[0]!.shown && risk[1]!.shown && other[0]!.shown;
}

export function judge(c: Case, protection: Protection): { verdict: string; codes: string } {
  const r = check(highs, bundle, c.text, { details: true }, { protection, mipSeconds: 0.3 });
  if (!r.ok) return { verdict: 'refused', codes: codesOf(r) };
  if (c.kind === 'life/end-over') {
    const w = r.warnings.find((w) => w.code === 'table/life-table');
    return { verdict: !w ? 'silent' : w.message.includes('としてはあり得ない') ? 'arith' : 'life', codes: '' };
  }
  if (c.kind === 'life/beside-rising')
    return {
      verdict: r.warnings.some((w) => w.code === 'line/maybe-at-risk')
        ? 'warned'
        : r.warnings.some((w) => w.code === 'line/maybe-cumulative')
          ? 'cumulative'
          : 'silent',
      codes: '',
    };
  if (armLeaks(r, c.text)) return { verdict: 'leaked', codes: '' };
  return { verdict: oracleVerdict(highs, r, c.text, protection, { oneStep: true }), codes: '' };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  measureKinds(KINDS, family, judge, { seed: '2261' });
  measureKinds(['life/end-over'], family, judge, { seed: '2261', verdicts: ['refused', 'life', 'arith', 'silent'] });
  measureKinds(['life/beside-rising'], family, judge, { seed: '2261', verdicts: ['refused', 'warned', 'cumulative', 'silent'] });
}
