/**
 * formats55: `addmargins(prop.table(t, 1 | 2))` under its counts (formats55-families.ts `rAddmUnder`, seeds 3385–3389)
 * checked and attacked: `ROOT=<a checkout> npx node test/pubcheck/formats55-addm.ts [n a seed] [first] [last]`. Prints
 * read / refused (codes) / leaked to formats55-attack.ts (the cells and 「Sum」 values the check publishes) and to
 * formats33-attack.ts (counts and shares only), hidden cells and hidden 「Sum」 values, and `naive`: the leaks where the
 * same cells are hidden but every 「Sum」 value published (what reading the print without its 「Sum」 would give).
 */
import { checkerOfRoot, codesOf } from './helpers.ts';
import { rAddmUnder, type AddmCase } from './formats55-families.ts';
import { addmAttack } from './formats55-attack.ts';
import { leaks as countLeaks } from './formats33-attack.ts';

type Checker = Awaited<ReturnType<typeof checkerOfRoot>>;

/** The check of one case: refused (codes), or the cells and 「Sum」 values published, and the attacks' leaks. */
export async function checkAddm(k: Checker, c: AddmCase) {
  const root = process.env.ROOT ? `${process.env.ROOT}/src/pubcheck` : '../../src/pubcheck';
  const { toReport } = (await import(`${root}/report.ts`)) as typeof import('../../src/pubcheck/report.ts');
  const r = k.check(k.highs, k.bundle, c.text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });
  if (!r.ok) return { ok: false as const, codes: codesOf(r) };
  const t = r.tables[0]!;
  const J = t.table.cols.length;
  const cellShown = (i: number, j: number) => t.status[i * J + j] === 'published';
  const rep = toReport(r, k.bundle, new Date('2026-01-01T00:00:00Z'));
  const rate = rep.tables[0]!.rates[0];
  const sumHidden = new Set(rate ? rate.cells.filter((x) => x.hidden).map((x) => x.at) : []);
  const sumShown = (q: number) => !sumHidden.has(q);
  const attack = addmAttack(k.highs, c, cellShown, sumShown);
  const naive = addmAttack(k.highs, c, cellShown, () => true);
  return {
    ok: true as const,
    tables: r.tables.length,
    sumLine: rate !== undefined,
    leaks: attack.leaks,
    weak: attack.weak,
    countLeaks: countLeaks(r, c),
    naive: naive.leaks,
    cells: t.status.length,
    hiddenCells: t.status.filter((s) => s !== 'published').length,
    sums: c.sumLine.length,
    hiddenSums: sumHidden.size,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const k = await checkerOfRoot();
  const [n, from, to] = [Number(process.argv[2] ?? 20), Number(process.argv[3] ?? 3385), Number(process.argv[4] ?? 3389)];
  const tally = { read: 0, refused: 0, leaked: 0, countLeaked: 0, naive: 0, weak: 0, cells: 0, hidden: 0, sums: 0, hiddenSums: 0 };
  const codes = new Map<string, number>();
  for (let seed = from; seed <= to; seed++)
    for (const [q, c] of rAddmUnder(n, seed).entries()) {
      const x = await checkAddm(k, c);
      if (!x.ok) {
        tally.refused++;
        codes.set(x.codes, (codes.get(x.codes) ?? 0) + 1);
        continue;
      }
      tally.read++;
      if (x.leaks.length > 0) (tally.leaked++, console.log('leak', seed, q, x.leaks.join('; ')));
      if (x.countLeaks.length > 0) (tally.countLeaked++, console.log('count leak', seed, q, JSON.stringify(x.countLeaks)));
      if (x.naive.length > 0) tally.naive++;
      if (x.weak) tally.weak++;
      tally.cells += x.cells;
      tally.hidden += x.hiddenCells;
      tally.sums += x.sums;
      tally.hiddenSums += x.hiddenSums;
    }
  console.log(JSON.stringify(tally), JSON.stringify([...codes]));
}
