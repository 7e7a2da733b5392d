/**
 * attack35: measures the breakdown families (attack35-families.ts) through the engine, judged by the oracle: per kind,
 * how many cases were refused, and how many leaked (a hidden small count pinned, or shown under the threshold under
 * `threshold`). `npx node test/pubcheck/attack35-measure.ts <count> <seed,seed…>`.
 */
import type { Highs } from 'highs';
import { check } from '../../src/pubcheck/check.ts';
import type { Protection } from '../../src/pubcheck/types.ts';
import { fixtureBundle, solver } from './helpers.ts';
import { attack, parse } from './oracle.ts';
import { asAttacked, THRESHOLD, type Ok } from './protection.ts';
import { family, KINDS, OPEN_KINDS, type Case } from './attack35-families.ts';

const highs = await solver();
const bundle = fixtureBundle();

/** 'refused', 'leaked' or 'held' for one case under one protection. */
export function judge(c: Case, protection: Protection): 'refused' | 'leaked' | 'held' {
  const r = check(highs, bundle, c.text, { details: true }, { protection, mipSeconds: 0.3 });
  return r.ok ? oracleVerdict(highs, r, c.text, protection) : 'refused';
}

/**
 * The oracle's verdict on a reading of `input` (steps, disjoint parts, zeros exempt): 'leaked' where a hidden count is
 * pinned, or a small one shown under the threshold under `threshold`; else 'held'.
 */
export function oracleVerdict(
  highs: Highs,
  r: Ok,
  input: string,
  protection: Protection,
  more: {
    oneStep?: boolean;
    threeWay?: boolean;
    fourWay?: boolean;
    manyWay?: readonly number[];
    spanSteps?: boolean;
    spanEnds?: boolean;
    spanFiner?: boolean;
  } = {},
): 'leaked' | 'held' {
  const text = asAttacked(r, input);
  const attacked = parse(text);
  const hidden = new Set<string>();
  const small = new Set<string>();
  r.tables.forEach((t, ti) =>
    t.status.forEach((s, id) => {
      // The oracle's cell of the same labels: where the checker took a column out (「患者数」 read as each row's N,
      // header.ts), its indices are not the text's.
      const o = attacked[ti]!;
      const row = o.rows.indexOf(t.table.rows[Math.floor(id / t.table.cols.length)]!.label);
      const col = o.cols.indexOf(t.table.cols[id % t.table.cols.length]!.label);
      if (row < 0 || col < 0) throw new Error(`no cell of the oracle's for ${id} in table ${ti}`);
      const key = `${ti}:${row}:${col}`;
      if (s !== 'published') hidden.add(key);
      if (s === 'primary') small.add(key);
    }),
  );
  const ranges = attack(highs, text, hidden, { zeroExempt: true, disjointParts: true, steps: true, ...more });
  for (const [key, range] of ranges) {
    if (range.hi !== null && range.hi <= range.lo) return 'leaked';
    if (protection === 'threshold' && small.has(key) && (range.hi ?? Infinity) < THRESHOLD) return 'leaked';
  }
  return 'held';
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const count = Number(process.argv[2] ?? 10);
  const seeds = (process.argv[3] ?? '1141').split(',').map(Number);
  const kinds = process.argv[4] === 'open' ? OPEN_KINDS : process.argv[4] === 'all' ? [...KINDS, ...OPEN_KINDS] : KINDS;
  for (const kind of kinds)
    for (const protection of ['threshold', 'not-exact'] as const) {
      const tally = { refused: 0, leaked: 0, held: 0 };
      for (const seed of seeds) for (const c of family(kind, count, seed)) tally[judge(c, protection)]++;
      console.log(`${kind}\t${protection}\trefused ${tally.refused}\tleaked ${tally.leaked}\theld ${tally.held}`);
    }
}
