/**
 * attack28 (issue #11): seeded families of the published-denominator forms the checker refused as text on int 870c315.
 *
 * - `fractionShares`: count tables of 2–3 groups × 2–4 outcomes (each group's outcomes its N, one count under 10 at
 *   least), every cell 「n/N (p)」 — the share n ÷ N in percent, 0 or 1 decimal, with no 「%」 in the brackets — the
 *   corner saying 「n/N (%)」 or nothing, 「3/57 (5.3)」 or 「3 / 57 (5.3)」. `wrong` puts in one cell a bracket that is
 *   the share of another base (n ÷ (N − k), no power of ten of n ÷ N): an unstated base, to be refused.
 * - `perMille`: the same tables with 「A群 (N=570)」 in the header and N of 200–2,000, the cells 「n (p‰)」 or bare
 *   「p‰」 (0 or 1 decimal): a share per mille with its N gives its count back as a percentage does.
 *
 * Run as a script, it prints how the checker under `ROOT` (this tree unless said) reads `count` tables of seed `seed`
 * of each family: `ROOT=/tmp/base28 npx node test/pubcheck/attack28-families.ts 200 681`.
 */
import { checkerOfRoot, familyTally, int, lcg } from './helpers.ts';

const GROUPS = ['A群', 'B群', 'C群'];
const OUTCOMES = ['死亡', '重症', '軽症', '回復'];

export interface Case {
  text: string;
  family: string;
}

/** Each group's outcomes: counts adding up to N, one of them in the table under 10. */
function counts(next: () => number, groups: number, outcomes: number, lo: number, hi: number): number[][] {
  const cols = Array.from({ length: groups }, () => {
    const n = int(next, lo, hi);
    const cs = Array.from({ length: outcomes }, () => 0);
    let left = n;
    for (let i = 0; i < outcomes - 1; i++) {
      cs[i] = int(next, 0, Math.floor(left / 2));
      left -= cs[i]!;
    }
    cs[outcomes - 1] = left;
    return cs;
  });
  cols[int(next, 0, groups - 1)]![int(next, 0, outcomes - 1)] = int(next, 1, 9);
  // The last outcome keeps each group's N whole.
  return Array.from({ length: outcomes }, (_, r) => cols.map((c) => c[r]!));
}
const round = (x: number, d: number) => (Math.round(x * 10 ** d) / 10 ** d).toFixed(d);

export function fractionShares(count: number, seed: number, wrong = false): Case[] {
  const next = lcg(seed);
  return Array.from({ length: count }, () => {
    const g = int(next, 2, 3);
    const o = int(next, 2, 4);
    const cs = counts(next, g, o, 30, 120);
    const ns = cs[0]!.map((_, j) => cs.reduce((s, row) => s + row[j]!, 0));
    const d = int(next, 0, 1);
    const spaced = next() < 0.5;
    const corner = next() < 0.5 ? 'n/N (%)' : '';
    const bad = wrong ? [int(next, 0, o - 1), int(next, 0, g - 1)] : undefined;
    let changed = false;
    const lines = [[corner, ...GROUPS.slice(0, g)].join('\t')];
    cs.forEach((row, r) =>
      lines.push(
        [
          OUTCOMES[r]!,
          ...row.map((n, j) => {
            let base = ns[j]!;
            // Another base: the share of N − k, no power of ten of n ÷ N within its rounding.
            if (bad && bad[0] === r && bad[1] === j)
              for (let k = 3; k < base; k++) {
                const p = (100 * n) / (base - k);
                if (n > 0 && [0, 1, 2, 3, 4, 5, 6].every((e) => Math.abs((n / ns[j]!) * 10 ** e - Number(round(p, d))) > 1)) {
                  base -= k;
                  changed = true;
                  break;
                }
              }
            return `${n}${spaced ? ' / ' : '/'}${ns[j]} (${round((100 * n) / base, d)})`;
          }),
        ].join('\t'),
      ),
    );
    return { text: `${lines.join('\n')}\n`, family: changed ? 'fraction-wrong' : `fraction${corner ? '+corner' : ''}` };
  });
}

export function perMille(count: number, seed: number): Case[] {
  const next = lcg(seed);
  return Array.from({ length: count }, () => {
    const g = int(next, 2, 3);
    const o = int(next, 2, 3);
    const cs = counts(next, g, o, 200, 2000);
    const ns = cs[0]!.map((_, j) => cs.reduce((s, row) => s + row[j]!, 0));
    const d = int(next, 0, 1);
    const bare = next() < 0.5;
    const lines = [['', ...GROUPS.slice(0, g).map((l, j) => `${l} (N=${ns[j]})`)].join('\t')];
    cs.forEach((row, r) =>
      lines.push(
        [
          OUTCOMES[r]!,
          ...row.map((n, j) => (bare ? `${round((1000 * n) / ns[j]!, d)}‰` : `${n} (${round((1000 * n) / ns[j]!, d)}‰)`)),
        ].join('\t'),
      ),
    );
    return { text: `${lines.join('\n')}\n`, family: bare ? 'permille-bare' : 'permille' };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { check, highs, bundle } = await checkerOfRoot();
  const n = Number(process.argv[2] ?? 100);
  const seed = Number(process.argv[3] ?? 681);
  const tally = familyTally({ width: 16 });
  for (const c of [...fractionShares(n, seed), ...fractionShares(n, seed + 1, true), ...perMille(n, seed + 2)]) {
    tally.add(c.family, check(highs, bundle, c.text, { details: true }, { mipSeconds: 0 }));
  }
  tally.print();
  process.exit(0);
}
