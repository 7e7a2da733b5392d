/**
 * perf40 (issue #11, speed): lists of 120 facilities × 2 columns of counts 5–90 and no totals (attack38's list, seed
 * 1808's shape: every tenth line's first count 1–9), where lines equal to sums of others by chance are many.
 */
import { int, lcg } from './helpers.ts';

/** `count` facility lists of `lines` lines as TSV, drawn from `seed`. */
export function facilityLists(count: number, seed: number, lines = 120): string[] {
  const next = lcg(seed);
  return Array.from({ length: count }, () => {
    const count = (i: number) => (i % 10 === 3 ? int(next, 1, 9) : int(next, 5, 90));
    const body = Array.from({ length: lines }, (_, i) => `施設${i + 1}\t${count(i)}\t${int(next, 5, 90)}`);
    return `施設\tA群\tB群\n${body.join('\n')}\n`;
  });
}
