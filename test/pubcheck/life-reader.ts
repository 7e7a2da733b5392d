/**
 * The reader of life40-guess.ts, life42-guess.ts and life44-guess.ts (one function since life44, the two scripts had
 * each written it): a table's sides over two positions, and the answers of a reader who sees only the published cells
 * and takes a falling line as at risk. For each small count the checker hides (primary) over two positions, a line
 * published at both positions and falling, less another published line's count at the hidden count's position, gives
 * a candidate under the threshold (and the positions' N, 「人数」 read as each position's N, alike). `largest`: only
 * lines the largest at both positions over `over`'s published lines; `any`: every falling line. Answers: none, one
 * right, one wrong, or several.
 */
import type { check } from '../../src/pubcheck/check.ts';

type Ok = Extract<ReturnType<typeof check>, { ok: true }>;

export type Answer = 'none' | 'right' | 'wrong' | 'several';
export type Rule = 'largest' | 'any';
export const THRESHOLD = 10;

/** One axis of one table whose other axis has exactly two item positions. */
export interface Side {
  /** The points' N (「人数」 read as each point's N, header.ts): a fall as published as a line's. */
  ns: (number | undefined)[];
  lines: number[];
  at: number[];
  labels: string[];
  value: (i: number, k: number) => number | undefined;
  shown: (i: number, k: number) => boolean;
  primary: (i: number, k: number) => boolean;
}

/** The sides of `r`'s tables over two positions, either axis. */
export function sidesOf(r: Ok): Side[] {
  const sides: Side[] = [];
  for (const { table, status } of r.tables) {
    const width = table.cols.length;
    for (const axis of ['rows', 'cols'] as const) {
      const [own, across] = axis === 'rows' ? [table.rows, table.cols] : [table.cols, table.rows];
      const at = across.flatMap((h, k) => (h.kind === 'item' ? [k] : []));
      if (at.length !== 2) continue;
      const id = (i: number, k: number) => (axis === 'rows' ? i * width + k : k * width + i);
      const value = (i: number, k: number) => {
        const c = axis === 'rows' ? table.cells[i]![k]! : table.cells[k]![i]!;
        return c.value.kind === 'count' ? c.value.n : undefined;
      };
      sides.push({
        ns: at.map((q) => across[q]!.denominator),
        lines: own.flatMap((h, i) => (h.kind === 'item' ? [i] : [])),
        at,
        labels: at.map((k) => across[k]!.label),
        value,
        shown: (i, k) => status[id(i, k)] === 'published' && value(i, k) !== undefined,
        primary: (i, k) => status[id(i, k)] === 'primary',
      });
    }
  }
  return sides;
}

/**
 * The reader's answers for each small count hidden in `sides`, under `rule`; the lines a fall is read from are those
 * of `over(s)` (life40: the side itself; life42: every side over the same labels).
 */
export function answersOf(sides: readonly Side[], rule: Rule, over: (s: Side) => readonly Side[]): Answer[] {
  const out: Answer[] = [];
  for (const s of sides)
    for (const i of s.lines)
      for (const k of s.at) {
        if (!s.primary(i, k)) continue;
        const from = over(s);
        const candidates = new Set<number>();
        for (const o of from)
          for (const risk of o.lines) {
            if ((o === s && risk === i) || !o.at.every((q) => o.shown(risk, q))) continue;
            const largest = from.every((x) =>
              x.lines.every((j) => x.at.every((q, m) => !x.shown(j, q) || x.value(j, q)! <= o.value(risk, o.at[m]!)!)),
            );
            const fall = o.value(risk, o.at[0]!)! - o.value(risk, o.at[1]!)!;
            if ((rule === 'largest' && !largest) || fall <= 0) continue;
            for (const j of s.lines)
              if (j !== i && !(o === s && j === risk) && s.shown(j, k)) {
                const c = fall - s.value(j, k)!;
                if (c >= 0 && c < THRESHOLD) candidates.add(c);
              }
          }
        if (s.ns.every((n) => n !== undefined) && s.ns[0]! - s.ns[1]! > 0)
          for (const j of s.lines)
            if (j !== i && s.shown(j, k)) {
              const c = s.ns[0]! - s.ns[1]! - s.value(j, k)!;
              if (c >= 0 && c < THRESHOLD) candidates.add(c);
            }
        const truth = s.value(i, k)!;
        out.push(candidates.size === 0 ? 'none' : candidates.size > 1 ? 'several' : candidates.has(truth) ? 'right' : 'wrong');
      }
  return out;
}

/** life42's reader: a fall read from every side over the same labels (other tables' too). */
export const sameLabels =
  (sides: readonly Side[]) =>
  (s: Side): Side[] =>
    sides.filter((o) => o === s || o.labels.join('\t') === s.labels.join('\t'));
