/**
 * notes50: the reader across tables of `shared-sum` (notes50-families.ts), through the checker of `ROOT` (this tree
 * unless said): per read page, A群's hidden counts worked back as 表2's line (死亡 + 生存) less B群's count, B群's N being
 * 表2's sum less A群's (the note), its counts the whole numbers each share rounds from at that N. Leaked where a hidden
 * count under the threshold (not 0) comes back as one value or a range under the threshold.
 * `npx node test/pubcheck/notes50-across.ts <count> <seed,…>`.
 */
import { checkerOfRoot } from './helpers.ts';
import { family } from './notes50-families.ts';
import { THRESHOLD, type Ok } from './protection.ts';

const { check, highs, bundle } = await checkerOfRoot();
const count = Number(process.argv[2] ?? 10);
const seeds = (process.argv[3] ?? '2896').split(',').map(Number);
for (const protection of ['threshold', 'not-exact'] as const) {
  const tally = { refused: 0, held: 0, leaked: 0 };
  for (const seed of seeds)
    for (const c of family('shared-sum', count, seed)) {
      const r = check(highs, bundle, c.text, { details: true }, { protection, mipSeconds: 0.3 });
      if (!r.ok) {
        tally.refused++;
        continue;
      }
      const t = (r as Ok).tables[0]!;
      const C = t.table.cols.length;
      const k = c.counts;
      const nB = k.reduce((a, l) => a + l[1]!, 0);
      const shares = [...c.text.matchAll(/\t(\d+(?:\.\d)?)%\t(\d+(?:\.\d)?)%/g)].map((m) => m[2]!);
      const leak = k.some((l, i) => {
        if (t.status[i * C] === 'published' || l[0]! === 0 || l[0]! >= THRESHOLD) return false;
        const p = Number(shares[i]);
        const h = 0.5 * 10 ** -(shares[i]!.split('.')[1]?.length ?? 0);
        const lo = Math.ceil(((p - h) * nB) / 100 - 1e-9);
        const hi = Math.floor(((p + h) * nB) / 100 + 1e-9);
        const line = l[0]! + l[1]!;
        return line - lo < THRESHOLD || lo === hi;
      });
      if (leak) tally.leaked++;
      else tally.held++;
    }
  console.log(`shared-sum\t${protection}\trefused ${tally.refused}\theld ${tally.held}\tleaked ${tally.leaked}`);
}
process.exit(0);
