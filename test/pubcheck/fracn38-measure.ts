/**
 * fracn38 (issue #11): 「n/N」 tables whose N is each ROW's (groups as rows, bands as columns: 「男性 | 3/75 | 40/75 |
 * 32/75」), from labeln38's family (the 「n/N」 kind with the groups as rows), 100 tables of seeds 1561–1580.
 * `ROOT=<a checkout> npx node test/pubcheck/fracn38-measure.ts`: per family refused / read; read tables attacked by
 * the oracle (oracle.ts) on the same table: a hidden count pinned, or one under the threshold shown under 10, a leak.
 */
import { checkerOfRoot, familyTally } from './helpers.ts';
import { rowBaseTables } from './fracn38-families.ts';
import { attack } from './oracle.ts';

const { check, highs, bundle } = await checkerOfRoot();
const tally = familyTally({ width: 24, leaks: true });
for (const t of rowBaseTables()) {
  const r = check(highs, bundle, t.text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });
  if (!r.ok) {
    tally.add(t.family, r);
    continue;
  }
  const tr = r.tables[0]!;
  const grid = t.standard
    .trimEnd()
    .split('\n')
    .map((l) => l.split('\t'));
  const textRows = grid.slice(1).map((l) => l[0]!);
  const textCols = grid[0]!.slice(1);
  const at = (labels: string[], label: string) => labels.findIndex((x) => x === label || (x !== '' && label.startsWith(`${x} (`)));
  const cols = tr.table.cols.length;
  const hidden = new Set<string>();
  const small = new Set<string>();
  tr.status.forEach((s, id) => {
    const i = at(textRows, tr.table.rows[Math.floor(id / cols)]!.label);
    const j = at(textCols, tr.table.cols[id % cols]!.label);
    if (i < 0 || j < 0) return;
    if (s !== 'published') hidden.add(`0:${i}:${j}`);
    if (s === 'primary') small.add(`0:${i}:${j}`);
  });
  const ranges = hidden.size > 0 ? attack(highs, t.standard, hidden, { zeroExempt: true }) : new Map();
  const leak = [...ranges].some(([k, g]) => g.hi !== null && (g.hi === g.lo || (small.has(k) && g.hi < 10)));
  tally.add(t.family, r, leak);
}
tally.print();
