/**
 * red58: measure `signifLie` / `signifTrue` (red58-families.ts) — read / refused / leaked (formats33-attack.ts `leaks`
 * over the tokens as printed, each matched to the checker's cell by its line and place, not by text: the base wrote
 * the shares with fewer decimals than printed) / hidden cells. `npx node test/pubcheck/red58-measure.ts lie|true`,
 * `ROOT=<checkout>` for the base.
 */
import { checkerOfRoot } from './helpers.ts';
import { leaks } from './formats33-attack.ts';
import type { Joined } from './formats35-families.ts';
import { signifLie, signifTrue } from './red58-families.ts';

type Checker = Awaited<ReturnType<typeof checkerOfRoot>>;

export function attack58(k: Checker, c: Joined) {
  const r = k.check(k.highs, k.bundle, c.text, { details: true }, { protection: 'threshold', mipSeconds: 0.2 });
  if (!r.ok) return { outcome: 'refused' as const, hidden: 0, r };
  const byLine = new Map<number, { count: string; hidden: boolean }[]>();
  let hidden = 0;
  for (const t of r.tables)
    t.table.cells.forEach((row, i) =>
      row.forEach((cell, j) => {
        const h = t.status[i * t.table.cols.length + j] !== 'published';
        if (h) hidden++;
        byLine.set(cell.line, [...(byLine.get(cell.line) ?? []), { count: cell.text.match(/\d+/)?.[0] ?? '', hidden: h }]);
      }),
    );
  const used = new Map<number, number>();
  let unmatched = 0;
  const tokens = c.tokens.filter((t) => {
    const q = used.get(t.line) ?? 0;
    used.set(t.line, q + 1);
    const cell = byLine.get(t.line)?.[q];
    if (!cell || cell.count !== t.text.match(/\d+/)?.[0]) unmatched++;
    return !cell?.hidden;
  });
  if (unmatched) throw new Error(`red58: ${unmatched} tokens not matched to the checker's cells\n${c.text}`);
  const l = leaks({ ...r, tables: [] }, { ...c, tokens });
  return { outcome: l.length ? ('leaked' as const) : ('read' as const), hidden, leaks: l, r };
}

export function measure58(k: Checker, cases: Joined[]) {
  const out = { n: cases.length, read: 0, refused: 0, leaked: 0, hidden: 0 };
  for (const c of cases) {
    const a = attack58(k, c);
    out[a.outcome === 'refused' ? 'refused' : 'read']++;
    if (a.outcome === 'leaked') out.leaked++;
    out.hidden += a.hidden;
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const k = await checkerOfRoot();
  const which = process.argv[2] ?? 'lie';
  const seeds = which === 'lie' ? [3900, 3901, 3902, 3903, 3904] : [3920, 3921, 3922, 3923, 3924];
  const cases = seeds.flatMap((s) => (which === 'lie' ? signifLie(20, s) : signifTrue(20, s)));
  console.log(which, JSON.stringify(measure58(k, cases)));
}
