/**
 * labeln38 (formats35's open point): a list of one column written as a tree by indentation under its total — the
 * checker takes no sum by arithmetic among its rows (sums.ts `treeWhole`: rows are nested or disjoint, so an equality
 * other than the tree's own is a chance one), where the oracle with its default options takes every equality of the
 * true counts. `indentedTrees`: seeded lists (seeds 1521–1540), 2–4 subtotals each over 2–4 items indented under it,
 * 0–3 items at the top level, items 0–40 (one in four 1–9), the total last or first, spaces, full-width spaces or
 * non-breaking ones. Run as a script: per tree, the hidden counts the checker under ROOT chooses attacked by the oracle
 * with `disjointParts` (equalities among parts taken only where every count of them is printed: what a reader sees)
 * and without it (every equality of the true counts, seen or not): a leak is a hidden count pinned or a small one
 * shown under 10.
 */
import { checkerOfRoot, int, lcg, pick } from './helpers.ts';
import { attack } from './oracle.ts';

export interface Tree {
  text: string;
  rows: number;
}

export function indentedTrees(count: number, seed: number, small = false): Tree[] {
  const next = lcg(seed);
  return Array.from({ length: count }, () => {
    const pad = pick(next, ['  ', '\u3000', '\u00a0\u00a0']);
    const item = () => (small ? int(next, 1, 14) : next() < 0.25 ? int(next, 1, 9) : int(next, 0, 40));
    const lines: [string, number][] = [];
    let total = 0;
    const groups = int(next, 2, 4);
    for (let g = 0; g < groups; g++) {
      const kids = Array.from({ length: int(next, 2, 4) }, item);
      // One group in three has its first item broken down a level deeper (「群1-1」 over 「群1-1-a」「群1-1-b」).
      const deeper = next() < 0.33 ? [item(), item()] : undefined;
      if (deeper) kids[0] = deeper[0]! + deeper[1]!;
      const sum = kids.reduce((a, b) => a + b, 0);
      lines.push([`群${g + 1}`, sum]);
      kids.forEach((x, k) => {
        lines.push([`${pad}群${g + 1}-${k + 1}`, x]);
        if (k === 0 && deeper) lines.push(...deeper.map((y, q) => [`${pad}${pad}群${g + 1}-1-${'ab'[q]}`, y] as [string, number]));
      });
      total += sum;
    }
    for (let k = int(next, 0, 3); k > 0; k--) {
      const x = item();
      lines.push([`その他${'ABC'[k - 1]}`, x]);
      total += x;
    }
    const body = lines.map(([l, x]) => `${l}\t${x}`);
    const all = next() < 0.5 ? [...body, `合計\t${total}`] : [`合計\t${total}`, ...body];
    return { text: `\t人数\n${all.join('\n')}\n`, rows: all.length };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { check, highs, bundle } = await checkerOfRoot();
  const [n, from, to] = [Number(process.argv[2] ?? 10), Number(process.argv[3] ?? 1521), Number(process.argv[4] ?? 1540)];
  const codes = new Map<string, number>();
  const tally = { trees: 0, refused: 0, read: 0, treeRead: 0, leakSeen: 0, leakAll: 0 };
  for (let seed = from; seed <= to; seed++)
    for (const t of indentedTrees(n, seed, process.argv.includes('--small'))) {
      tally.trees++;
      const r = check(highs, bundle, t.text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });
      if (!r.ok) {
        tally.refused++;
        codes.set(r.errors[0]!.code, (codes.get(r.errors[0]!.code) ?? 0) + 1);
        continue;
      }
      tally.read++;
      const tr = r.tables[0]!;
      if (r.warnings.some((w) => w.code === 'sum/disjoint')) tally.treeRead++;
      if (tr.table.rows.length !== t.rows || tr.table.cols.length !== 1) continue;
      const hidden = new Set<string>();
      const small = new Set<string>();
      tr.status.forEach((s, id) => {
        if (s !== 'published') hidden.add(`0:${id}:0`);
        if (s === 'primary') small.add(`0:${id}:0`);
      });
      if (hidden.size === 0) continue;
      const leaks = (disjointParts: boolean) =>
        [...attack(highs, t.text, hidden, { zeroExempt: true, disjointParts })].filter(
          ([k, g]) => g.hi !== null && (g.hi === g.lo || (small.has(k) && g.hi < 10)),
        );
      if (leaks(true).length > 0) {
        tally.leakSeen++;
        console.log('LEAK (seen)', JSON.stringify(t.text), [...hidden]);
      }
      if (leaks(false).length > 0) tally.leakAll++;
    }
  console.log(JSON.stringify(tally), [...codes]);
}
