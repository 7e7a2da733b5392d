/**
 * denom33: chance refusals on ordinary tables, main vs now (`ROOT=/tmp/base-denom33 npx node
 * test/pubcheck/denom33-chance.ts 500 1272`). Three kinds, as the older chance families make them: `counts` (random
 * 2–5 × 2–5 counts 0–40, half with a 合計 row and column: adversary8, attack27), `shares` (the same as 「n (p%)」 of
 * each column's sum, one decimal, a 合計 row of 100%: sigma9), `both` (as `shares` with a 合計 column of 100% too,
 * denom33's reading). A table is `refused` where the check refuses it, `unprotected` where no suppression passes its
 * audit (exit 2 in words since denom33, exit 1 before).
 */
import { checkerOfRoot, familyTally, int, lcg, tsv } from './helpers.ts';

const { check, highs, bundle } = await checkerOfRoot();
const tally = familyTally({ width: 8 });
const count = Number(process.argv[2] ?? 500);
const unprotected = new Map<string, number>();
for (const seed of (process.argv[3] ?? '1272').split(',').map(Number)) {
  const next = lcg(seed);
  for (let n = 0; n < count; n++) {
    const R = int(next, 2, 5);
    const C = int(next, 2, 5);
    const cells = Array.from({ length: R }, () => Array.from({ length: C }, () => int(next, 0, 40)));
    const kind = (['counts', 'shares', 'both'] as const)[n % 3]!;
    let text: string;
    if (kind === 'counts') text = tsv(cells, { total: next() < 0.5 });
    else {
      const col = (j: number) => cells.reduce((a, r) => a + r[j]!, 0);
      const lines = [['', ...cells[0]!.map((_, j) => `c${j + 1}`), ...(kind === 'both' ? ['合計'] : [])].join('\t')];
      cells.forEach((r, i) =>
        lines.push(
          [
            `r${i + 1}`,
            ...r.map((x, j) => `${x} (${col(j) ? ((100 * x) / col(j)).toFixed(1) : '0.0'}%)`),
            ...(kind === 'both' ? ['100%'] : []),
          ].join('\t'),
        ),
      );
      lines.push(['合計', ...cells[0]!.map(() => '100%'), ...(kind === 'both' ? ['100%'] : [])].join('\t'));
      text = `${lines.join('\n')}\n`;
    }
    const r = check(highs, bundle, text, { details: true }, { mipSeconds: 0 });
    tally.add(kind, r);
    if (r.ok && (r as { tables: { suppression?: { passed: boolean } }[] }).tables.some((t) => t.suppression?.passed === false))
      unprotected.set(kind, (unprotected.get(kind) ?? 0) + 1);
  }
}
tally.print();
console.log('unprotected (exit 2 now, exit 1 before):', [...unprotected].map(([k, v]) => `${k}:${v}`).join(' ') || 'none');
process.exit(0);
