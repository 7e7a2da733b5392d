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

/** A words measure's row per kind: runs, read, refused by codes, protection failed, leaked, cells hidden. */
export interface OutcomeRow {
  runs: number;
  read: number;
  refused: Map<string, number>;
  failed: number;
  leaked: number;
  hidden: number;
}

/** The rows of words57/59/60's measures (`by`, per kind in the order met) and `add`, one attack's outcome counted. */
export function outcomeTally() {
  const by = new Map<string, OutcomeRow>();
  const add = (kind: string, a: { outcome: string; hidden: number; codes: string }) => {
    let t = by.get(kind);
    if (!t) by.set(kind, (t = { runs: 0, read: 0, refused: new Map(), failed: 0, leaked: 0, hidden: 0 }));
    t.runs++;
    t.hidden += a.hidden;
    if (a.outcome === 'refused') t.refused.set(a.codes, (t.refused.get(a.codes) ?? 0) + 1);
    else t.read++;
    if (a.outcome === 'failed') t.failed++;
    if (a.outcome === 'leaked') t.leaked++;
  };
  return { by, add };
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
