/**
 * formats57: `addmargins(prop.table(t, 1 | 2))` under the counts printed with their margins (formats57-families.ts
 * `rAddmOver`, seeds 3850–3854; `rAddmOverInnocent` 3855–3859 with `innocent`) checked and attacked:
 * `ROOT=<a checkout> npx node test/pubcheck/formats57-addm.ts [over|innocent] [n a seed] [first] [last]`. Prints read /
 * refused (codes) / leaked to formats55-attack.ts (given the published cells, 「Sum」 values and the counts' own totals)
 * and to formats33-attack.ts (counts, shares and totals), hidden cells (totals among them) and hidden 「Sum」 values.
 */
import { checkerOfRoot, codesOf } from './helpers.ts';
import { rAddmOver, rAddmOverInnocent, type AddmOverCase } from './formats57-families.ts';
import { addmAttack } from './formats55-attack.ts';
import { leaks as countLeaks } from './formats33-attack.ts';

type Checker = Awaited<ReturnType<typeof checkerOfRoot>>;

export async function checkAddmOver(k: Checker, c: AddmOverCase, innocent = false) {
  const root = process.env.ROOT ? `${process.env.ROOT}/src/pubcheck` : '../../src/pubcheck';
  const { toReport } = (await import(`${root}/report.ts`)) as typeof import('../../src/pubcheck/report.ts');
  const r = k.check(k.highs, k.bundle, c.text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });
  if (!r.ok) return { ok: false as const, codes: codesOf(r) };
  const t = r.tables[0]!;
  const J = t.table.cols.length;
  const Ic = c.c.length;
  const Jc = c.c[0]!.length;
  const shownAt = (i: number, j: number) => t.status[i * J + j] === 'published';
  const rep = toReport(r, k.bundle, new Date('2026-01-01T00:00:00Z'));
  const rate = rep.tables[0]!.rates[0];
  const sumHidden = new Set(rate ? rate.cells.filter((x) => x.hidden).map((x) => x.at) : []);
  const rowWise = c.margin === 1;
  const totals = {
    lineN: (l: number) => (rowWise ? shownAt(l, Jc) : shownAt(Ic, l)),
    cross: (q: number) => (rowWise ? shownAt(Ic, q) : shownAt(q, Jc)),
    N: shownAt(Ic, Jc),
  };
  const attack = innocent ? { leaks: [], weak: false } : addmAttack(k.highs, c, shownAt, (q) => !sumHidden.has(q), totals);
  return {
    ok: true as const,
    tables: r.tables.length,
    shape: `${t.table.rows.length}x${J}`,
    sumLine: rate !== undefined,
    leaks: attack.leaks,
    weak: attack.weak,
    countLeaks: countLeaks(r, c),
    cells: t.status.length,
    hiddenCells: t.status.filter((s) => s !== 'published').length,
    sums: c.sumLine.length,
    hiddenSums: sumHidden.size,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const k = await checkerOfRoot();
  const innocent = process.argv[2] === 'innocent';
  const [n, from, to] = [
    Number(process.argv[3] ?? 20),
    Number(process.argv[4] ?? (innocent ? 3855 : 3850)),
    Number(process.argv[5] ?? (innocent ? 3859 : 3854)),
  ];
  const tally = { read: 0, refused: 0, leaked: 0, countLeaked: 0, weak: 0, cells: 0, hidden: 0, sums: 0, hiddenSums: 0 };
  const codes = new Map<string, number>();
  for (let seed = from; seed <= to; seed++)
    for (const [q, c] of (innocent ? rAddmOverInnocent : rAddmOver)(n, seed).entries()) {
      const x = await checkAddmOver(k, c, innocent);
      if (!x.ok) {
        tally.refused++;
        codes.set(x.codes, (codes.get(x.codes) ?? 0) + 1);
        continue;
      }
      tally.read++;
      if (x.leaks.length > 0) (tally.leaked++, console.log('leak', seed, q, x.leaks.join('; ')));
      if (x.countLeaks.length > 0) (tally.countLeaked++, console.log('count leak', seed, q, JSON.stringify(x.countLeaks)));
      if (x.weak) tally.weak++;
      tally.cells += x.cells;
      tally.hidden += x.hiddenCells;
      tally.sums += x.sums;
      tally.hiddenSums += x.hiddenSums;
    }
  console.log(JSON.stringify(tally), JSON.stringify([...codes]));
}
