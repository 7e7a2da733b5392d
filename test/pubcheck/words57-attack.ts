/**
 * words57's attacker of a numbered note's count (`numbered57`), apart from the engine: a HiGHS MIP over the table as
 * the generator made it — every cell a whole count ≥ 0, the published ones fixed, a 合計 row the sum of the lines above,
 * a title's N the sum of all — given what the note truly says: where its count is the small line's sum or one of its
 * cells (`truth`), that sum equals it (a reader who knows what the note counts). A leak: a hidden count under 10 (or
 * one value) that the note gives back and the table alone does not.
 */
import type { checkerIn } from './helpers.ts';
import { hiddenOf, shownRanges } from './words53-attack.ts';
import type { Case57 } from './words57-families.ts';

type Checker = Awaited<ReturnType<typeof checkerIn>>;

/** The MIP (words53-attack.ts `shownRanges`) given a title's N as the sum of every line, and (`withNote`) the note's truth. */
function ranges(c: Case57, hidden: ReadonlySet<number>, withNote: boolean): { lo: number; hi: number }[] {
  const K = c.cols.length;
  const all = c.shown.slice(0, c.lines).reduce((s, row) => s + c.cols.reduce((t, _, k) => t + (row[k + 1] as number), 0), 0);
  const note =
    withNote && c.truth.length > 0 ? [{ terms: c.truth.map(([r, k]): [number, number] => [r * K + k, 1]), lo: c.n, hi: c.n }] : [];
  return shownRanges(c, hidden, c.kind === 'n' ? all : undefined, note);
}

/** 'refused', 'failed' (protection), 'leaked' (the note gives back a hidden count under 10), or 'safe'. */
export function attack57(k: Checker, c: Case57): { outcome: 'refused' | 'failed' | 'leaked' | 'safe'; hidden: number; codes: string } {
  const h = hiddenOf(k, c);
  if ('refused' in h) return { outcome: 'refused', hidden: 0, codes: h.refused };
  if ('failed' in h) return { outcome: 'failed', hidden: h.failed.size, codes: '' };
  const { hidden } = h;
  const K = c.cols.length;
  if (hidden.size === 0 || c.truth.length === 0) return { outcome: 'safe', hidden: hidden.size, codes: '' };
  const truth = [...hidden].map((v) => c.shown[Math.floor(v / K)]![(v % K) + 1] as number);
  const found = (g: { lo: number; hi: number }, i: number) => (g.hi <= g.lo || g.hi < 10) && g.lo <= truth[i]! && truth[i]! <= g.hi;
  const alone = ranges(c, hidden, false);
  const noted = ranges(c, hidden, true);
  const leaked = noted.some((g, i) => found(g, i) && !found(alone[i]!, i));
  return { outcome: leaked ? 'leaked' : 'safe', hidden: hidden.size, codes: '' };
}
