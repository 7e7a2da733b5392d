/**
 * formats55's attacker of `addmargins(prop.table(t, 1 | 2))` under its counts (formats55-families.ts `rAddmUnder`),
 * written apart from the engine: it reads what the check leaves published — counts, their shares (to R's 7 significant
 * digits), and each value of the other 「Sum」 (a sum of shares, Σ n_ℓq ÷ N_ℓ over the lines ℓ) — and works the hidden
 * counts back. Each line's N from its published shares (every N the shares fit; the line's sum where nothing of it is
 * hidden), then for every combination of those Ns a MIP over the hidden counts (each line's sum N less its published
 * counts; each published 「Sum」 value within half its last known digit, linear once the Ns are fixed), each hidden count
 * minimised and maximised. A hidden count pinned, or one under the threshold shown under it, is a leak. A line with
 * nothing published bounds its N only by 1–`N_CAP`; where the combinations pass `COMBOS` the 「Sum」 rows of those lines
 * are left out (a weaker attacker, counted in `weak`).
 */
import type { Highs } from 'highs';
import type { AddmCase } from './formats55-families.ts';

const THRESHOLD = 10;
const N_CAP = 400;
const COMBOS = 60;

/** The decimals (as a fraction) a printed value is known to under R's 7 significant digits (`SIG`, formats57). */
let SIG = 7;
const known = (p: string) => {
  const printed = p.includes('.') ? p.length - p.indexOf('.') - 1 : 0;
  return Number(p) > 0 ? Math.max(printed, SIG - 1 - Math.floor(Math.log10(Number(p)))) : printed;
};

/**
 * formats57: the counts printed with their own 「Sum」 row and column (`addmargins(tab)` over the shares): which of the
 * lines' Ns (`lineN(ℓ)`), the other axis's totals (`cross(q)`) and the whole N the check leaves published. A published
 * line N fixes that line's N; a published cross total is an equation over its position's counts (where every line
 * there has its N fixed); the whole N bounds every line's N and sums every count.
 */
export interface AddmTotals {
  lineN: (l: number) => boolean;
  cross: (q: number) => boolean;
  N: boolean;
}

/**
 * `cellShown(i, j)`: the count (and its share) of row i, column j published; `sumShown(k)`: the other 「Sum」's k-th value
 * published (a column under row shares, a row under column shares).
 */
export function addmAttack(
  highs: Highs,
  c: AddmCase,
  cellShown: (i: number, j: number) => boolean,
  sumShown: (k: number) => boolean,
  totals?: AddmTotals,
): { leaks: string[]; weak: boolean } {
  // formats57: the significant digits R printed under (`options(digits = d)`; 7 by default).
  SIG = (c as AddmCase & { digits?: number }).digits ?? 7;
  // Lines ℓ (rows under row shares, columns under column shares), positions q across.
  const rowWise = c.margin === 1;
  const L = rowWise ? c.c.length : c.c[0]!.length;
  const P = rowWise ? c.c[0]!.length : c.c.length;
  const x = (l: number, q: number) => (rowWise ? c.c[l]![q]! : c.c[q]![l]!);
  const shown = (l: number, q: number) => (rowWise ? cellShown(l, q) : cellShown(q, l));
  const share = (l: number, q: number) => (rowWise ? c.shares[l]![q]! : c.shares[q]![l]!);
  const Ns: number[][] = [];
  for (let l = 0; l < L; l++) {
    const pub = [...Array(P).keys()].filter((q) => shown(l, q));
    const sumPub = pub.reduce((a, q) => a + x(l, q), 0);
    if (pub.length === P) {
      Ns.push([sumPub]);
      continue;
    }
    if (totals?.lineN(l)) {
      Ns.push([[...Array(P).keys()].reduce((a, q) => a + x(l, q), 0)]);
      continue;
    }
    let lo = Math.max(1, sumPub + (P - pub.length) * 0);
    let hi = N_CAP * 10;
    for (const q of pub) {
      const p = Number(share(l, q));
      const h = 0.5 * 10 ** -known(share(l, q));
      if (p - h > 0) hi = Math.min(hi, Math.floor(x(l, q) / (p - h) + 1e-9));
      if (x(l, q) > 0) lo = Math.max(lo, Math.ceil(x(l, q) / (p + h) - 1e-9));
    }
    const cands: number[] = [];
    const whole = c.c.flat().reduce((a, b) => a + b, 0);
    if (totals?.N) hi = Math.min(hi, whole);
    for (let N = lo; N <= Math.min(hi, pub.length > 0 ? hi : totals?.N ? whole : N_CAP); N++)
      if (N >= sumPub && pub.every((q) => Math.abs(x(l, q) / N - Number(share(l, q))) <= 0.5 * 10 ** -known(share(l, q)) + 1e-12))
        cands.push(N);
    Ns.push(cands);
  }
  // Lines fixed by their Ns (fewest candidates first, while the combinations stay under `COMBOS`); the others free: each
  // hidden share of theirs a variable s in [0, 1], their sum 1 less the line's published shares (a relaxation: sound,
  // weaker than the truth's integers).
  const order = [...Array(L).keys()].sort((a, b) => Ns[a]!.length - Ns[b]!.length);
  const fixedLines = Ns.map(() => false);
  let combos = 1;
  for (const l of order)
    if (Ns[l]!.length > 0 && combos * Ns[l]!.length <= COMBOS) {
      fixedLines[l] = true;
      combos *= Ns[l]!.length;
    }
  const weak = fixedLines.some((f) => !f);
  const hidden: [number, number][] = [];
  for (let l = 0; l < L; l++) for (let q = 0; q < P; q++) if (!shown(l, q)) hidden.push([l, q]);
  const v = (l: number, q: number) => `x${l}_${q}`;
  const sv = (l: number, q: number) => `s${l}_${q}`;
  const range = new Map<string, [number, number]>();
  const pickN = (k: number): number[] => {
    const out: number[] = [];
    let r = k;
    for (let l = 0; l < L; l++) {
      const opts = fixedLines[l] ? Ns[l]! : [0];
      out.push(opts[r % opts.length]!);
      r = Math.floor(r / opts.length);
    }
    return out;
  };
  const hOf = (p: string) => 0.5 * 10 ** -known(p);
  for (let k = 0; k < combos; k++) {
    const N = pickN(k);
    const cons: string[] = [];
    for (let l = 0; l < L; l++) {
      const hs = hidden.filter(([a]) => a === l);
      if (hs.length === 0) continue;
      const pubQ = [...Array(P).keys()].filter((q) => shown(l, q));
      const pub = pubQ.reduce((a, q) => a + x(l, q), 0);
      if (fixedLines[l]) cons.push(` r${l}: ${hs.map(([a, q]) => v(a, q)).join(' + ')} = ${N[l]! - pub}`);
      else {
        const p = pubQ.reduce((a, q) => a + Number(share(l, q)), 0);
        const h = pubQ.reduce((a, q) => a + hOf(share(l, q)), 0);
        const terms = hs.map(([a, q]) => sv(a, q)).join(' + ');
        cons.push(` f${l}a: ${terms} >= ${(1 - p - h - 1e-9).toFixed(12)}`, ` f${l}b: ${terms} <= ${(1 - p + h + 1e-9).toFixed(12)}`);
      }
    }
    for (let q = 0; q < P; q++) {
      if (!sumShown(q)) continue;
      const hs = hidden.filter(([, b]) => b === q);
      if (hs.length === 0) continue;
      const S = Number(c.sumLine[q]);
      let h = hOf(c.sumLine[q]!);
      let pubPart = 0;
      for (let l = 0; l < L; l++)
        if (shown(l, q)) {
          if (fixedLines[l]) pubPart += x(l, q) / N[l]!;
          else ((pubPart += Number(share(l, q))), (h += hOf(share(l, q))));
        }
      const terms = hs.map(([l]) => (fixedLines[l] ? `${(1e6 / N[l]!).toFixed(9)} ${v(l, q)}` : `1000000 ${sv(l, q)}`)).join(' + ');
      cons.push(` s${q}a: ${terms} >= ${((S - h - pubPart) * 1e6 - 1e-6).toFixed(9)}`);
      cons.push(` s${q}b: ${terms} <= ${((S + h - pubPart) * 1e6 + 1e-6).toFixed(9)}`);
    }
    // formats57: the published totals of the counts' own 「Sum」 (over fixed lines only: a free line's counts unknown).
    if (totals) {
      for (let q = 0; q < P; q++) {
        const hs = hidden.filter(([, b]) => b === q);
        if (!totals.cross(q) || hs.length === 0 || !hs.every(([l]) => fixedLines[l])) continue;
        const pub = [...Array(L).keys()].filter((l) => shown(l, q)).reduce((a, l) => a + x(l, q), 0);
        const T = [...Array(L).keys()].reduce((a, l) => a + x(l, q), 0);
        cons.push(` t${q}: ${hs.map(([l, b]) => v(l, b)).join(' + ')} = ${T - pub}`);
      }
      if (totals.N && hidden.length > 0 && hidden.every(([l]) => fixedLines[l])) {
        const pub = [...Array(L).keys()].reduce(
          (a, l) => a + [...Array(P).keys()].filter((q) => shown(l, q)).reduce((b, q) => b + x(l, q), 0),
          0,
        );
        const T = c.c.flat().reduce((a, b) => a + b, 0);
        cons.push(` tN: ${hidden.map(([l, q]) => v(l, q)).join(' + ')} = ${T - pub}`);
      }
    }
    const vars = hidden.filter(([l]) => fixedLines[l]).map(([l, q]) => v(l, q));
    const free = hidden.filter(([l]) => !fixedLines[l]).map(([l, q]) => sv(l, q));
    const solve = (sense: 'Maximize' | 'Minimize', w: string): number | undefined => {
      const lp = `${sense}\n obj: ${w}\nSubject To\n${cons.length > 0 ? cons.join('\n') : ` c0: ${w} >= 0`}\nBounds\n${[...vars.map((y) => ` 0 <= ${y} <= ${N_CAP * 10}`), ...free.map((y) => ` 0 <= ${y} <= 1`)].join('\n')}\n${vars.length > 0 ? `General\n ${vars.join(' ')}\n` : ''}End\n`;
      const s = highs.solve(lp, {});
      return s.Status === 'Optimal' ? Math.round(s.ObjectiveValue) : undefined;
    };
    let feasible = true;
    for (const [l, q] of hidden) {
      if (!fixedLines[l] || !feasible) continue;
      const lo = solve('Minimize', v(l, q));
      if (lo === undefined) {
        feasible = false;
        continue;
      }
      const hi = solve('Maximize', v(l, q));
      const key = v(l, q);
      const was = range.get(key);
      range.set(key, was ? [Math.min(was[0], lo), Math.max(was[1], hi ?? N_CAP * 10)] : [lo, hi ?? N_CAP * 10]);
    }
  }
  const leaks: string[] = [];
  if (hidden.some(([l]) => fixedLines[l]) && range.size === 0)
    throw new Error(`attacker found no combination of Ns holding the truth:\n${c.text}`);
  for (const [l, q] of hidden) {
    if (!fixedLines[l]) continue;
    const r = range.get(v(l, q));
    const t = x(l, q);
    if (!r) continue;
    if (t < r[0] || t > r[1]) throw new Error(`attacker's range ${r[0]}–${r[1]} misses the truth ${t}:\n${c.text}`);
    if (t === 0) continue;
    if (r[0] === r[1]) leaks.push(`${v(l, q)} pinned to ${t}`);
    else if (t < THRESHOLD && r[1] < THRESHOLD) leaks.push(`${v(l, q)} (${t}) shown under ${THRESHOLD} (≤ ${r[1]})`);
  }
  return { leaks, weak };
}
