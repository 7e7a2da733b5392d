/** redb60's measure: per kind of redb60-families.ts, read / refused (codes) / leaked (formats33-attack.ts) / hidden. */
import { checkerOfRoot, codesOf } from './helpers.ts';
import { leaks } from './formats33-attack.ts';
import { rOtherShares } from './redb60-families.ts';

export async function measure(n: number, from: number, to: number) {
  const { check, highs, bundle } = await checkerOfRoot();
  const rows = new Map<string, { run: number; read: number; leaked: number; hidden: number; codes: Map<string, number> }>();
  for (let s = from; s <= to; s++)
    for (const c of rOtherShares(n, s)) {
      const kind = c.family.split('-')[0]!;
      const row = rows.get(kind) ?? { run: 0, read: 0, leaked: 0, hidden: 0, codes: new Map() };
      rows.set(kind, row);
      row.run++;
      const r = check(highs, bundle, c.text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });
      if (!r.ok) {
        row.codes.set(codesOf(r), (row.codes.get(codesOf(r)) ?? 0) + 1);
        continue;
      }
      row.read++;
      if (leaks(r, c).length > 0) row.leaked++;
      row.hidden += r.tables.reduce((a, t) => a + t.status.filter((x) => x !== 'published').length, 0);
    }
  for (const [k, r] of rows)
    console.log(`${k}: ${r.run} run, ${r.read} read, ${r.leaked} leaked, ${r.hidden} hidden, refused ${JSON.stringify([...r.codes])}`);
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`)
  await measure(Number(process.argv[2] ?? 100), Number(process.argv[3] ?? 4380), Number(process.argv[4] ?? 4381));
