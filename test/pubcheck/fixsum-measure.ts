/**
 * The family of fixsum.test.ts, measured: single columns of counts with a row 「重度・中等度」 that is the sum of some
 * rows (or all of them), at a random place, from a seeded generator. Per case: refused (the check did not read it),
 * leaked (some hidden count pinned, or a small one shown under the threshold, by the oracle), or read and holding.
 */
import type { Highs } from 'highs';
import { check } from '../../src/pubcheck/check.ts';
import type { RuleBundle } from '../../src/pubcheck/rules.ts';
import { lcg } from './helpers.ts';
import { attack } from './oracle.ts';
import { THRESHOLD } from './protection.ts';

export interface Case {
  xs: number[];
  parts: number[];
  at: number;
  text: string;
}

/** `n` lists of 3–6 counts (1–60, small ones often), a sum row over a random set of two or more at a random place. */
export function family(seed: number, n: number): Case[] {
  const next = lcg(seed);
  const out: Case[] = [];
  while (out.length < n) {
    const len = 3 + Math.floor(next() * 4);
    const xs = Array.from({ length: len }, () => (next() < 0.4 ? 1 + Math.floor(next() * 9) : 1 + Math.floor(next() * 60)));
    const parts = xs.flatMap((_, i) => (next() < 0.6 ? [i] : []));
    if (parts.length < 2) continue;
    const at = Math.floor(next() * (len + 1));
    const rows = xs.map((x, i) => `r${i + 1}\t${x}`);
    rows.splice(at, 0, `重度・中等度\t${parts.reduce((s, i) => s + xs[i]!, 0)}`);
    out.push({ xs, parts, at, text: `\tn\n${rows.join('\n')}\n` });
  }
  return out;
}

export type Outcome = 'refused' | 'leaked' | 'read';

/** The outcome of one case against the oracle (`disjointParts`: the oracle's reading of the parts of a total). */
export function measure(highs: Highs, bundle: RuleBundle, c: Case, disjointParts = false): { outcome: Outcome; why?: string } {
  const r = check(highs, bundle, c.text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });
  if (!r.ok) return { outcome: 'refused', why: r.errors.map((e) => e.code).join(',') };
  const t = r.tables[0]!;
  if (t.suppression?.passed === false || t.primary.headers.length > 0) return { outcome: 'refused', why: 'no suppression' };
  const hidden = new Set<string>();
  const small = new Set<string>();
  t.status.forEach((s, id) => {
    const key = `0:${Math.floor(id / t.table.cols.length)}:${id % t.table.cols.length}`;
    if (s !== 'published') hidden.add(key);
    if (s === 'primary') small.add(key);
  });
  const ranges = attack(highs, c.text, hidden, { zeroExempt: true, disjointParts });
  for (const [key, range] of ranges) {
    if (range.hi !== null && range.hi <= range.lo) return { outcome: 'leaked', why: `${key} pinned to ${range.lo}` };
    if (small.has(key) && (range.hi ?? Infinity) < THRESHOLD) return { outcome: 'leaked', why: `${key} under ${THRESHOLD}` };
  }
  return { outcome: 'read' };
}

/**
 * `n` lists where the labels and the arithmetic disagree: items r1…rk (3–5, counts 1–40, small ones often), a row
 * 「重度・中等度」 the sum of some two or more of them, and one more item 「r0」 equal — by chance, as far as a reader can
 * tell — to the sum of every other row, the combined row included; each row at a random place.
 */
export function combinedFamily(seed: number, n: number): Case[] {
  const next = lcg(seed);
  const out: Case[] = [];
  while (out.length < n) {
    const len = 3 + Math.floor(next() * 3);
    const xs = Array.from({ length: len }, () => (next() < 0.5 ? 1 + Math.floor(next() * 9) : 1 + Math.floor(next() * 40)));
    const parts = xs.flatMap((_, i) => (next() < 0.6 ? [i] : []));
    if (parts.length < 2) continue;
    const combined = parts.reduce((s, i) => s + xs[i]!, 0);
    const rows = xs.map((x, i) => `r${i + 1}\t${x}`);
    const at = Math.floor(next() * (len + 1));
    rows.splice(at, 0, `重度・中等度\t${combined}`);
    rows.splice(Math.floor(next() * (rows.length + 1)), 0, `r0\t${combined + xs.reduce((s, x) => s + x, 0)}`);
    out.push({ xs, parts, at, text: `\tn\n${rows.join('\n')}\n` });
  }
  return out;
}
