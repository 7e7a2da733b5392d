/**
 * life55: measures life55-families.ts through the checker of `ROOT` (this tree unless said: `ROOT=<base tree>` for
 * the base). Verdicts refused, leaked (the oracle — attack35-measure.ts `oracleVerdict`: steps across tables of the
 * same time labels, one step too — pins a hidden count, or under the threshold protection bounds a small one under
 * 10), held; codes 'life' where a life table is said, else 'unread'; the hidden cells counted (`hidden`).
 * `npx node test/pubcheck/life55-measure.ts <count> <seed,seed…> [kind,kind…]`.
 */
import type { Protection } from '../../src/pubcheck/types.ts';
import { checkerOfRoot, measureKinds } from './helpers.ts';
import { oracleVerdict } from './attack35-measure.ts';
import { lineOf } from './life44-measure.ts';
import { attack, parse } from './oracle.ts';
import { asAttacked } from './protection.ts';
import { family, innocent, KINDS, type Case } from './life55-families.ts';

const { check, highs, bundle } = await checkerOfRoot();
type Ok = Extract<ReturnType<typeof check>, { ok: true }>;

/**
 * The class's reader, apart from the engine: per column of 表2 (an interval of 表1's at-risk points, both shown) the
 * fall S = at risk(t) − at risk(t′) is the events and censored of it; one of the two hidden is pinned (S less the
 * other), and 「その他」 hidden beside a shown 「計」 is 計 − S. Leaked where a hidden count other than 0 is so pinned.
 */
export function classLeaks(r: Ok, c: Case): boolean {
  const { risk: label, intervals, events, censored, other } = c.reader;
  const risk = lineOf(r, label);
  const [ev, cs, oth, total] = [lineOf(r, events), lineOf(r, censored), lineOf(r, other), lineOf(r, '計')];
  if (!risk || !ev || !cs || !oth || !total) return false;
  return intervals.some((iv, j) => {
    if (!iv || !risk[iv[0]]?.shown || !risk[iv[1]]?.shown) return false;
    const parts = [ev[j]!, cs[j]!];
    const hidden = parts.filter((x) => !x.shown);
    if (hidden.length === 1 && hidden[0]!.value > 0) return true;
    return !oth[j]!.shown && total[j]!.shown && oth[j]!.value > 0;
  });
}

/** Hidden cells of every judged case, per protection (printed after the tallies). */
export const hiddenCells = { threshold: 0, 'not-exact': 0 };

export function judge(c: Case, protection: Protection): { verdict: string; codes: string } {
  const r = check(highs, bundle, c.text, { details: true }, { protection, mipSeconds: 0.3 });
  if (!r.ok) return { verdict: 'refused', codes: r.errors.map((e) => e.code).join('+') };
  hiddenCells[protection] += r.tables.reduce((s, t) => s + t.status.filter((x) => x !== 'published').length, 0);
  const said = r.warnings.some((w) => w.code === 'table/life-table') ? 'life' : 'unread';
  if (classLeaks(r, c)) return { verdict: 'leaked', codes: `${said}+reader` };
  return { verdict: oracleVerdict(highs, r, c.text, protection, { oneStep: true }), codes: said };
}

/**
 * life55 (b): the oracle's ranges of the hidden counts of `text`'s reading, attacking the published input as written
 * (`over` 'input': what a reader reads) or the text with the checker's own lines written in (`over` 'attacked':
 * protection.ts `asAttacked`, a rest line of a total reading 「1か月を合計と読んだときの残り」 with its cells as the checker
 * holds them, a 0 published). Each hidden count as `lo..hi` (hi null: no bound), by row and column label.
 */
export function oracleRanges(
  text: string,
  protection: Protection,
  over: 'input' | 'attacked',
): Map<string, { lo: number; hi: number | null }> {
  const r = check(highs, bundle, text, { details: true }, { protection, mipSeconds: 0.3 });
  if (!r.ok) throw new Error(r.errors.map((e) => e.code).join());
  const attacked = over === 'input' ? text : asAttacked(r, text);
  const o = parse(attacked);
  const hidden = new Map<string, string>();
  r.tables.forEach((t, ti) =>
    t.status.forEach((st, id) => {
      if (st === 'published') return;
      const [row, col] = [t.table.rows[Math.floor(id / t.table.cols.length)]!.label, t.table.cols[id % t.table.cols.length]!.label];
      const [i, k] = [o[ti]!.rows.indexOf(row), o[ti]!.cols.indexOf(col)];
      // A line of the checker's own (the rest) is no cell of the input.
      if (i >= 0 && k >= 0) hidden.set(`${ti}:${i}:${k}`, `${row}/${col}`);
    }),
  );
  const ranges = attack(highs, attacked, new Set(hidden.keys()), { zeroExempt: true, disjointParts: true, steps: true, oneStep: true });
  return new Map([...ranges].map(([key, v]) => [hidden.get(key)!, { lo: v.lo, hi: v.hi }]));
}

/**
 * The look-alikes (`innocent`): no relation holds, so no reader of the class and no oracle of steps judges them (a
 * chance fit would be taken as true): read or refused, 'life' where read as a life table, the hidden cells counted.
 */
export function cost(c: Case, protection: Protection): { verdict: string; codes: string } {
  const r = check(highs, bundle, c.text, { details: true }, { protection, mipSeconds: 0.3 });
  if (!r.ok) return { verdict: 'refused', codes: r.errors.map((e) => e.code).join('+') };
  hiddenCells[protection] += r.tables.reduce((s, t) => s + t.status.filter((x) => x !== 'published').length, 0);
  return { verdict: 'read', codes: r.warnings.some((w) => w.code === 'table/life-table') ? 'life' : 'unread' };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // `innocent` as the 5th argument: the look-alikes (表1's line falling by random amounts).
  if (process.argv[5] === 'innocent') measureKinds(KINDS, innocent, cost, { seed: '3260', verdicts: ['read', 'refused'] });
  else measureKinds(KINDS, family, judge, { seed: '3250' });
  console.log(`hidden cells: threshold ${hiddenCells.threshold}, not-exact ${hiddenCells['not-exact']}`);
}
