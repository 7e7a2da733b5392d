/**
 * means53 (issue #11): proofs and families of weighted means (seeds 3140–3159).
 *
 * `asMip` (class 1): a means48 `nCases` table (a line N, 死亡, 延べ入院日数, 平均入院日数) as a means48 `MipCase`, so
 * `mipAttack` (HiGHS MIP, written apart from the engine: 死亡 ≤ N, the sum ÷ the mean per group where both are
 * published, the 合計's mean over every set of lines) attacks it whole where `weightAttack`'s brute force gives up.
 * `oracleOf` (class 1): the same table attacked by the independent oracle (oracle.ts `attack` with `ratios`: the mean
 * line read by arithmetic as 延べ入院日数 ÷ N within its rounding where it is printed), the report's hidden means
 * blanked in the text the oracle reads.
 */
import type { Highs } from 'highs';
import type { WeightCase } from './means46-families.ts';
import type { MipCase } from './means48-families.ts';
import { attack, parse, type Ranges } from './oracle.ts';
import type { Checked, Reported } from './stats39-families.ts';

/** A `nCases` table with a line N (family n/line/…) as a `MipCase`: N the patients, 死亡 its part. */
export function asMip(c: WeightCase): MipCase {
  return {
    family: c.family,
    text: c.text,
    transposed: c.transposed,
    groups: c.groups,
    totalLabel: c.totalLabel,
    total: c.total,
    countLines: c.countLabels.map((label) => ({ label, table: 0 })),
    counts: c.counts,
    sum: { label: c.sumLabel, table: 0, values: c.sums, total: c.sums.reduce((a, b) => a + b, 0) },
    mean: { label: c.meanLabel, table: 0, values: c.means, total: c.totalMean, perPatient: true },
  };
}

/**
 * The oracle's ranges of every hidden count of a one-table case: the text with the report's hidden means blanked
 * (the oracle finds the mean line by arithmetic, `ratios`; a 合計's mean as a weighted mean, `weighted`), the hidden
 * set the checker's statuses by label.
 */
export function oracleOf(highs: Highs, text: string, r: Checked, report: Reported | undefined): Ranges {
  const lines = text.trim().split('\n');
  const grid = lines.slice(1).map((l) => l.split('\t'));
  for (const h of report?.tables[0]?.rates.flatMap((x) => x.cells).filter((x) => x.hidden) ?? []) {
    const i = grid.findIndex((row) => row[0] === h.row);
    const j = grid[0]!.indexOf(h.col);
    if (i > 0 && j > 0) grid[i]![j] = '';
  }
  const attacked = `${lines[0]}\n${grid.map((l) => l.join('\t')).join('\n')}\n`;
  const o = parse(attacked, true, true, true)[0]!;
  const t = r.tables![0]!;
  const C = t.table.cols.length;
  const hidden = new Set<string>();
  t.status.forEach((s, id) => {
    if (s === 'published') return;
    const [row, col] = [t.table.rows[Math.floor(id / C)]!.label, t.table.cols[id % C]!.label];
    if (o.rows.indexOf(row) < 0 || o.cols.indexOf(col) < 0) throw new Error(`oracle lost ${row}×${col} on\n${attacked}`);
    hidden.add(`0:${o.rows.indexOf(row)}:${o.cols.indexOf(col)}`);
  });
  return attack(highs, attacked, hidden, { zeroExempt: true, ratios: true, weighted: true, means: true });
}
