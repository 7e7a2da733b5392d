/**
 * totals41 (issue #11): totals16's corner family (a row and a column read both ways under the title's N), kind
 * `both-small` (N = their common cell + 1–9). On 115d91e 4 of 50 at seed 1905 were read with that N left out unflagged:
 * the title's 「N=172」 is also the printed sum of one line with the row read both ways among its items (column 「A群」
 * 27 + 38 + 20 + 87 = 172), so read.ts `statedCounts` put it on that column as its N and the table had no N for
 * primary.ts `leftOutOfBoth` — yet a reader who takes the row for a total has no such sum and takes 172 for the
 * table's N: 8 patients left out. Now the N written as the table's is kept (`Table.writtenN`) for that finding.
 */
import { describe, expect, it } from 'vitest';
import { checkerIn } from './helpers.ts';
import { cornerNTotals, judgeCornerN } from './totals16-families.ts';

const { check, highs, bundle } = await checkerIn();
const run = (text: string, protection: 'threshold' | 'not-exact' = 'threshold') =>
  check(highs, bundle, text, { details: true }, { protection, mipSeconds: 0.3 });

describe('the title’s N also a line’s printed sum, beside a row and a column read both ways (115d91e: unflagged)', () => {
  it('N=172 over 「Semua」/「Tutto」 164, column 「A群」 summing to 172 with 「Semua」 as an item: 8 left out, a finding on the N', () => {
    const r = run(
      '# 表1 副作用 (N=172)\n\tA群\tB群\tTutto\nFever\t27\t10\t41\nHeadache\t38\t26\t69\nNausea\t20\t13\t37\nSemua\t87\t63\t164\n',
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const headers = (r.tables[0] as unknown as { primary: { headers: { axis: string; rest?: number; both?: string }[] } }).primary.headers;
    expect(headers).toEqual([expect.objectContaining({ axis: 'table', rest: 8, both: 'Semua' })]);
  });
  it.each(['threshold', 'not-exact'] as const)(
    'seeds 1905 and 2001, the 25 `both-small` of 100 each: no N left out unflagged (115d91e: 4 and 0) (%s)',
    (p) => {
      const unflagged: string[] = [];
      for (const seed of [1905, 2001])
        for (const t of cornerNTotals(100, seed).filter((x) => x.kind === 'both-small')) {
          const what = judgeCornerN(highs, run(t.text, p) as never, t, p);
          if (what === 'leaked (an N left out unflagged)') unflagged.push(t.text);
        }
      expect(unflagged).toEqual([]);
    },
    600_000,
  );
});
