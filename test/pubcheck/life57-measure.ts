/**
 * life57: measures life57-families.ts through the checker of `ROOT` (this tree unless said: `ROOT=<base tree>` for
 * the base). Verdicts refused, leaked (the oracle — attack35-measure.ts `oracleVerdict` with oracle.ts `threeWay`: a
 * line of one table falling by a line of each of two others, the positions matched by their time labels, no label of
 * the lines looked at — pins a hidden count, or under the threshold protection bounds a small one under 10), held;
 * codes 'life' where a life table is said, else 'unread'; the hidden cells counted (`hiddenCells`).
 * `npx node test/pubcheck/life57-measure.ts <count> <seed,seed…> [kind,kind…] [innocent]`.
 */
import type { Protection } from '../../src/pubcheck/types.ts';
import { checkerOfRoot, measureKinds } from './helpers.ts';
import { oracleVerdict } from './attack35-measure.ts';
import { family, innocent, KINDS, type Case } from './life57-families.ts';

const { check, highs, bundle } = await checkerOfRoot();

/**
 * A life family's measures through the checker of `ROOT` under the oracle's `ways` (attack35-measure.ts
 * `oracleVerdict`: life57 `threeWay`, life59 also `fourWay`): `judge` (refused, else the oracle's verdict; 'life'
 * where a life table is said, with `cut` 'cut' where none is and `life/not-searched` is), `cost` (the look-alikes: read or
 * refused), `codes` (a check's warning codes, or its errors' where refused), and the hidden cells of every judged case
 * per protection (`hiddenCells`).
 */
export function lifeMeasure<C extends { text: string }>(ways: Parameters<typeof oracleVerdict>[4], cut = false) {
  const hiddenCells = { threshold: 0, 'not-exact': 0 };
  const run = (text: string, protection: Protection) => check(highs, bundle, text, { details: true }, { protection, mipSeconds: 0.3 });
  const read = (r: Extract<ReturnType<typeof run>, { ok: true }>, protection: Protection) => {
    hiddenCells[protection] += r.tables.reduce((s, t) => s + t.status.filter((x) => x !== 'published').length, 0);
    const has = (code: string) => r.warnings.some((w) => w.code === code);
    return has('table/life-table') ? 'life' : cut && has('life/not-searched') ? 'cut' : 'unread';
  };
  return {
    hiddenCells,
    judge(c: { text: string }, protection: Protection): { verdict: string; codes: string } {
      const r = run(c.text, protection);
      if (!r.ok) return { verdict: 'refused', codes: r.errors.map((e) => e.code).join('+') };
      const said = read(r, protection);
      return { verdict: oracleVerdict(highs, r, c.text, protection, ways), codes: said };
    },
    cost(c: C, protection: Protection): { verdict: string; codes: string } {
      const r = run(c.text, protection);
      if (!r.ok) return { verdict: 'refused', codes: r.errors.map((e) => e.code).join('+') };
      return { verdict: 'read', codes: read(r, protection) };
    },
    codes(text: string): string[] {
      const r = run(text, 'threshold');
      return r.ok ? r.warnings.map((w) => w.code) : r.errors.map((e) => e.code);
    },
  };
}

export const { hiddenCells, judge, cost } = lifeMeasure<Case>({ oneStep: true, threeWay: true });

if (import.meta.url === `file://${process.argv[1]}`) {
  if (process.argv[5] === 'innocent') measureKinds(KINDS, innocent, cost, { seed: '3660', verdicts: ['read', 'refused'] });
  else measureKinds(KINDS, family, judge, { seed: '3650' });
  console.log(`hidden cells: threshold ${hiddenCells.threshold}, not-exact ${hiddenCells['not-exact']}`);
}
