/**
 * means37: the independent oracle (oracle.ts, `ratios: true`) attacking what the checker publishes of a table with a
 * line of ratios (read.ts `setAsideMeans`, `Table.rates` with `ratio`): the table as read with its ratio line written
 * last, each ratio hidden where the report hides it; a printed ratio r of a over b is then (r − h)·b ≤ a ≤ (r + h)·b.
 * No hidden count may be pinned, nor a count under the threshold shown to be under it. As attack36's `meanAttack`.
 */
import type { Highs } from 'highs';
import { lineAttack, type ReadTable } from './attack36-families.ts';

export const ratioAttack = (highs: Highs, t: ReadTable, hiddenRatio: (k: number, j: number) => boolean, threshold = 10): string[] =>
  lineAttack(highs, t, 'ratios', hiddenRatio, threshold);
