/**
 * fracn38 (issue #11): 「n/N」 cells whose N is each ROW's (groups as rows, bands as columns: 「男性 | 3/75 | 40/75 |
 * 32/75」), found by labeln38 (README Limits): fractions.ts read each row alone as a binary variable's row under its
 * column's N (「男性以外」 75 − n per column), so the oracle, reading row cells + rest = N, pinned a hidden count in 2
 * of 98 such tables. Now where every row's cells share one N and stay within it, and no reading by columns fits
 * (runs of rows adding up to their Ns; one N in every cell is read by columns, as before), each row's N is read as the row's
 * (read.ts `fractionNs`); where one fits as well, refused in words naming the rows (`fraction/unknown-base`).
 *
 * Family: fracn38-families.ts `rowBaseTables` (100 tables, labeln38's 「n/N」 kind with the groups as rows, seeds
 * 1561–1580; `ROOT=<a checkout> npx node test/pubcheck/fracn38-measure.ts`): int be71fe8 1 read table leaked to the
 * oracle, 1 refused (header/n-below-sum); now 0 leaked, 0 refused. One N in every cell is read by columns as before
 * (refusing it stopped 377 of 1,000 ordinary column-wise 「n/N」 tables, half with equal Ns, by chance; int 1, now 1).
 */
import { describe, expect, it } from 'vitest';
import { fixtureBundle, solver } from './helpers.ts';
import { attack } from './oracle.ts';
import { adversary } from './protection.ts';
import { rowBaseTables } from './fracn38-families.ts';

const highs = await solver();
const bundle = fixtureBundle();
const { result } = adversary(highs, bundle);

describe("fracn38: 「n/N」 with each row's N", () => {
  it("reads each row's N as the row's (row cells + rest = N), no line of ours per row", () => {
    const s = result('\t<65\t65-74\t75+\n男性\t3/75\t40/75\t32/75\n女性\t10/60\t25/60\t25/60\n');
    expect(s.ok).toBe(true);
    if (!s.ok) return;
    const t = s.tables[0]!.table;
    expect(t.rows.map((h) => h.label)).toEqual(['男性', '女性']);
    const hidden = new Set<string>();
    s.tables[0]!.status.forEach((x, id) => x !== 'published' && hidden.add(`0:${Math.floor(id / 3)}:${id % 3}`));
    const ranges = attack(highs, '\t<65\t65-74\t75+\n男性\t3/75\t40/75\t32/75\n女性\t10/60\t25/60\t25/60\n', hidden, { zeroExempt: true });
    expect([...ranges.values()].some((g) => g.hi !== null && (g.hi === g.lo || g.hi < 10))).toBe(false);
  });
  it('refuses, naming the rows, where runs of rows add up to their Ns in every column as well', () => {
    const r = result('\tG1\tG2\na\t20/40\t20/40\nb\t20/40\t20/40\nc\t15/30\t15/30\nd\t15/30\t15/30\n');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const e = r.errors.find((x) => x.code === 'fraction/unknown-base')!;
    expect(e.message).toContain('「a」（20/40、20/40）「b」（20/40、20/40）「c」（15/30、15/30）など');
  });
  it('one N in every cell: each column N, as before (groups of one size are common)', () => {
    expect(result('\tscore 0-2\tscore 3+\nA群\t40/95\t37/95\nB群\t42/95\t53/95\n').ok).toBe(true);
  });
  it("family: 100 seeded tables (seeds 1561–1580) — int 1 leaked, now none; refusals at int's level", () => {
    const tally = { read: 0, refused: 0, leaked: 0 };
    for (const t of rowBaseTables()) {
      const r = result(t.text);
      if (!r.ok || r.tables[0]!.primary.headers.length > 0 || r.tables.length !== 1) {
        tally.refused++;
        continue;
      }
      tally.read++;
      const grid = t.standard
        .trimEnd()
        .split('\n')
        .map((l) => l.split('\t'));
      const at = (labels: string[], label: string) => labels.findIndex((x) => x === label || (x !== '' && label.startsWith(`${x} (`)));
      const tr = r.tables[0]!;
      const hidden = new Set<string>();
      const small = new Set<string>();
      tr.status.forEach((s, id) => {
        const i = at(
          grid.slice(1).map((l) => l[0]!),
          tr.table.rows[Math.floor(id / tr.table.cols.length)]!.label,
        );
        const j = at(grid[0]!.slice(1), tr.table.cols[id % tr.table.cols.length]!.label);
        if (i < 0 || j < 0) return;
        if (s !== 'published') hidden.add(`0:${i}:${j}`);
        if (s === 'primary') small.add(`0:${i}:${j}`);
      });
      const ranges = hidden.size > 0 ? attack(highs, t.standard, hidden, { zeroExempt: true }) : new Map();
      if ([...ranges].some(([k, g]) => g.hi !== null && (g.hi === g.lo || (small.has(k) && g.hi < 10)))) tally.leaked++;
    }
    expect(tally.leaked).toBe(0);
    expect(tally.refused).toBeLessThanOrEqual(1);
  }, 600_000);
});
