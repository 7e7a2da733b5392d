/**
 * words46's attacker of a title stating the sum of several lines (`sum46`): taking the sum of the title's two lines as
 * known (a row of their cells, hidden, whose total is published), whether the oracle recovers a count of a passed case
 * that it does not recover from the table alone (the same cells hidden, no title) — pinned, or bounded under 10
 * (`strict`: pinned only). A hidden cell bounded under 10 by the table's own totals (a 合計 row over published lines)
 * is the table's, not the title's.
 */
import { attack } from './oracle.ts';
import { run } from './words44-attack.ts';
import { solver } from './helpers.ts';
import type { Case46 } from './words46-families.ts';

const highs = await solver();

export function recoversSum(c: Case46, strict = false): boolean {
  const r = run(c.text, 0.2);
  if (!r.ok) return false;
  const tr = r.tables[0]!;
  if (tr.suppression?.passed === false) return false;
  const K = c.cols.length;
  const sumOf = (l: (string | number)[]) => (l.slice(1) as number[]).reduce((a, b) => a + b, 0);
  const extra = ['題名の和', ...c.cols.map((_, k) => (c.lines[c.subset[0]]![k + 1] as number) + (c.lines[c.subset[1]]![k + 1] as number))];
  const truthOf = (rows: (string | number)[][]) =>
    `${['', ...c.cols, '合計'].join('\t')}\n${rows.map((l) => [...l, sumOf(l)].join('\t')).join('\n')}\n`;
  const C = tr.table.cols.length;
  const hidden = new Set(tr.status.flatMap((s, id) => (s === 'published' ? [] : [`0:${Math.floor(id / C)}:${id % C}`])));
  for (let i = 0; i < c.lines.length; i++) hidden.add(`0:${i}:${K}`);
  for (let k = 0; k < K; k++) hidden.add(`0:${c.lines.length}:${k}`);
  const found = (g: { lo: number; hi: number | null } | undefined) =>
    g !== undefined && g.hi !== null && (g.hi <= g.lo || (!strict && g.hi < 10));
  const alone = attack(highs, truthOf(c.lines), new Set([...hidden].filter((id) => !id.startsWith(`0:${c.lines.length}:`))), {
    zeroExempt: true,
  });
  const ranges = attack(highs, truthOf([...c.lines, extra]), hidden, { zeroExempt: true });
  return [...ranges].some(([id, g]) => {
    const [, row, col] = id.split(':').map(Number);
    return row! < c.lines.length && col! < K && found(g) && !found(alone.get(id));
  });
}
