/**
 * 選び方を知る攻撃者 — an attacker who knows the suppression (it is deterministic: 「負荷によらず同じ結果」) keeps only
 * the fills of the hidden counts under which the checker would hide the same cells (issue #11, attack34-aware). The
 * choice depends on the hidden values (which counts are small, and the least hidden value), so it can say what the
 * audit does not: [[22,19],[15,17],[39,3]] hides rows 2–3, and had the 3 been 10 or more, the one small count left
 * (17 − d) would have been hidden with row 1 (73 < 74): the 3 is under 10 by the choice alone.
 *
 * The check (aware37, our reading of the remedy): for each small count c hidden as primary, some whole-number fill of
 * the hidden counts, consistent with every row and every published count, in which c is at the threshold or more and
 * the suppression (run again on that fill, with the counts small in it as primary) hides exactly the same cells.
 * Candidate fills, closest to the true table first (least total change): c alone moved up; c moved up and each other
 * hidden count in turn made small; c moved up and as many others made small as the rows allow. Where none gives the
 * same cells, the cells the closest fill's choice hides are hidden too (the union), and the check runs again on the
 * larger choice, at most ROUNDS times. One level: the fill's own choice is the suppression's, not this check's.
 */
import type { Highs } from 'highs';
import { audit, type AuditRequirement } from './audit.ts';
import { activeRows, movableRows, type System } from './system.ts';
import { csr, runMip, workAfter } from './work.ts';

/** Largest system (counts) checked so: each small count costs a few suppression runs (Limits). */
export const AWARE_VARS = 100;
/**
 * Largest system checked under `aware: 'prefer'` (aware38): a 3 × 3 table with its margins, the size the attack (aware38-families.ts)
 * checks every fill of. Larger systems (a 9 × 9's 100 counts: 0.05–0.7 s → 7–9 s a table, and the warning on each of
 * 6 tables, unproved) only with the option on (Limits).
 */
export const PREFER_VARS = 16;
/** Rounds of hiding more (each a union with the closest fill's choice) before the check gives up and says so. */
const ROUNDS = 4;
/** Candidate fills tried per small count (each one suppression run). */
const TRIES = 6;
/** Work (seconds of it, work.ts) one candidate fill's MIP may take. */
const FILL_SECONDS = 0.2;
/**
 * Every fill is enumerated (aware40) where the hidden counts have at most PROOF_FILLS whole-number fills consistent with
 * the published table (found within PROOF_NODES steps): a count said open is then proved so (each fill's choice run),
 * not only not found among TRIES fills.
 */
const PROOF_FILLS = 300;
const PROOF_NODES = 100_000;

export interface ChoiceAware {
  /** The hidden counts after the check (the input's, or more). */
  hidden: Set<number>;
  /** Small counts for which no fill tried gave the same cells within ROUNDS (said as a warning). */
  open: number[];
  /** Suppression runs made (the cost). */
  runs: number;
  /** `open` is proved: every fill consistent with the published table was enumerated and its choice run (aware40). */
  proved: boolean;
}

/**
 * Whether the check applies: a system of plain counts (no stated rows, no line of ours), whose primary counts are
 * exactly its small counts (so that the primary counts of a fill follow from its values alone).
 */
export function awareApplies(sys: System, req: AuditRequirement, zeroExempt: boolean): boolean {
  if (req.protection !== 'threshold') return false;
  return sys.vars.every((x, v) => {
    if (x.stated.length > 0 || x.unprinted || x.cells.length !== 1) return false;
    const small = x.value < req.threshold && !(x.value === 0 && zeroExempt);
    return req.primary.has(v) === small && x.hideable === (x.value > 0 || !zeroExempt);
  });
}

/** `sys` with the hidden counts' values replaced by `fill` (the rest as published), and its primary counts. */
function filled(sys: System, fill: ReadonlyMap<number, number>, req: AuditRequirement, zeroExempt: boolean) {
  const vars = sys.vars.map((x, v) => {
    const value = fill.get(v);
    if (value === undefined) return x;
    return { ...x, value, hideable: value > 0 || !zeroExempt, lb: zeroExempt && value >= 1 ? 1 : 0 };
  });
  const primary = new Set<number>();
  vars.forEach((x, v) => {
    if (x.value < req.threshold && !(x.value === 0 && zeroExempt)) primary.add(v);
  });
  return { sys: { ...sys, vars }, req: { ...req, primary } };
}

/**
 * The whole-number fill of `hidden` closest to the true counts (least total change) with `up` at the threshold or
 * more and each of `small` under it (at least its lower bound); with `most`, the one making the most other hidden
 * counts small. Undefined where no fill has it (or the MIP found none within its work).
 */
function fillOf(
  highs: Highs,
  sys: System,
  hidden: readonly number[],
  req: AuditRequirement,
  up: number,
  small: readonly number[],
  most: boolean,
): Map<number, number> | undefined {
  const n = hidden.length;
  const index = new Map(hidden.map((v, k) => [v, k]));
  const rows = movableRows(sys, new Set(hidden), activeRows(sys, new Set(hidden))).filter((r) => r.ids.length > 0);
  // Columns: f (n, integer), d⁺ (n), d⁻ (n), and with `most` a binary b (n) per count: b = 1 → f ≤ threshold − 1.
  const cols = most ? 4 * n : 3 * n;
  const big = 1 + sys.vars.reduce((s, x) => s + x.value, 0);
  const lower: number[] = [];
  const upper: number[] = [];
  const cost: number[] = [];
  hidden.forEach((v) => {
    const x = sys.vars[v]!;
    lower.push(v === up ? Math.max(x.lb, req.threshold) : x.lb);
    upper.push(small.includes(v) ? req.threshold - 1 : highs.infinity);
    cost.push(0);
  });
  for (let k = 0; k < 2 * n; k++) (lower.push(0), upper.push(highs.infinity), cost.push(most ? 1 / (2 * big) : 1));
  if (most) for (let k = 0; k < n; k++) (lower.push(0), upper.push(hidden[k] === up ? 0 : 1), cost.push(-1));
  if (lower.some((l, k) => l > upper[k]!)) return undefined;
  const modelRows = [
    ...rows.map((r) => ({ cols: r.ids.map((id) => index.get(id)!), coefs: r.coefs, lo: r.lo, hi: r.hi })),
    // f − d⁺ + d⁻ = the true count.
    ...hidden.map((v, k) => ({ cols: [k, n + k, 2 * n + k], coefs: [1, -1, 1], lo: sys.vars[v]!.value, hi: sys.vars[v]!.value })),
    // f + big·b ≤ threshold − 1 + big.
    ...(most ? hidden.map((_, k) => ({ cols: [k, 3 * n + k], coefs: [1, big], lo: -Infinity, hi: req.threshold - 1 + big })) : []),
  ];
  const { starts, indices, values } = csr(modelRows, { keepZeros: true });
  const integer = highs.constants.variableType.integer;
  const model = highs.createModel({
    numCols: cols,
    numRows: modelRows.length,
    colCost: cost,
    colLower: lower,
    colUpper: upper,
    rowLower: modelRows.map((r) => (r.lo === -Infinity ? -highs.infinity : r.lo)),
    rowUpper: modelRows.map((r) => (r.hi === Infinity ? highs.infinity : r.hi)),
    matrix: { format: 'csr', numRows: modelRows.length, numCols: cols, starts, indices, values },
    integrality: Array.from({ length: cols }, (_, k) => (k < n || k >= 3 * n ? integer : highs.constants.variableType.continuous)),
  });
  try {
    model.options.set({ output_flag: false, mip_rel_gap: 0 });
    runMip(highs, model, workAfter(FILL_SECONDS), req.giveUpAt, {}, 'aware-fill');
    const s = highs.constants.modelStatus;
    if (model.getModelStatus() !== s.optimal) return undefined;
    const point = model.getSolution().colValue;
    return new Map(hidden.map((v, k) => [v, Math.round(point[k]!)]));
  } finally {
    model.dispose();
  }
}

/**
 * Every whole-number fill of `hidden` consistent with every row and published count (each count within its audited
 * range, at least its lower bound), or undefined where there are more than PROOF_FILLS (or the search takes more than
 * PROOF_NODES steps, or a range is unbounded). A depth-first search over the counts in order, each row's remaining
 * counts' ranges bounding what its assigned counts may sum to.
 */
export function everyFill(highs: Highs, sys: System, hidden: readonly number[], req: AuditRequirement): Map<number, number>[] | undefined {
  const set = new Set(hidden);
  const rows = movableRows(sys, set, activeRows(sys, set)).filter((r) => r.ids.length > 0);
  const range = new Map(audit(highs, sys, set, req).map((a) => [a.var, a.interval]));
  const lo: number[] = [];
  const hi: number[] = [];
  for (const v of hidden) {
    const r = range.get(v);
    if (!r || r.hi === null) return undefined;
    lo.push(Math.max(r.lo, sys.vars[v]!.lb));
    hi.push(r.hi);
  }
  const index = new Map(hidden.map((v, k) => [v, k]));
  const terms = rows.map((r) => r.ids.map((id, k) => ({ k: index.get(id)!, a: r.coefs[k]! })));
  const byVar = hidden.map((_, k) => terms.flatMap((t, i) => (t.some((x) => x.k === k) ? [i] : [])));
  const at: number[] = [...lo];
  const out: Map<number, number>[] = [];
  let nodes = 0;
  // Whether row i can still hold with counts 0..k assigned (the rest anywhere in their ranges).
  const holds = (i: number, k: number) => {
    let min = 0,
      max = 0;
    for (const { k: j, a } of terms[i]!) {
      if (j <= k) ((min += a * at[j]!), (max += a * at[j]!));
      else if (a > 0) ((min += a * lo[j]!), (max += a * hi[j]!));
      else ((min += a * hi[j]!), (max += a * lo[j]!));
    }
    return max >= rows[i]!.lo - 1e-9 && min <= rows[i]!.hi + 1e-9;
  };
  const go = (k: number): boolean => {
    if (k === hidden.length) {
      out.push(new Map(hidden.map((v, j) => [v, at[j]!])));
      return out.length <= PROOF_FILLS;
    }
    for (let x = lo[k]!; x <= hi[k]!; x++) {
      if (++nodes > PROOF_NODES) return false;
      at[k] = x;
      if (byVar[k]!.every((i) => holds(i, k)) && !go(k + 1)) return false;
    }
    return true;
  };
  return go(0) ? out : undefined;
}

const same = (a: ReadonlySet<number>, b: ReadonlySet<number>) => a.size === b.size && [...a].every((v) => b.has(v));

/**
 * The check above, over the choice `start` of `choose` (the suppression, run as the checker runs it). `choose` is
 * given a system and its primary counts and returns the counts it hides.
 */
export function choiceAware(
  highs: Highs,
  sys: System,
  req: AuditRequirement,
  zeroExempt: boolean,
  start: ReadonlySet<number>,
  choose: (sys: System, req: AuditRequirement) => Set<number>,
  rounds = ROUNDS,
  tried = new Map<string, Set<number>>(),
): ChoiceAware {
  let hidden = new Set(start);
  let runs = 0;
  const choiceOf = (fill: Map<number, number>) => {
    const key = [...fill].map(([v, x]) => `${v}:${x}`).join(',');
    const known = tried.get(key);
    if (known) return known;
    const f = filled(sys, fill, req, zeroExempt);
    runs++;
    const out = choose(f.sys, f.req);
    tried.set(key, out);
    return out;
  };
  let open: number[] = [];
  let proved = false;
  for (let round = 0; round <= rounds; round++) {
    const list = [...hidden].sort((a, b) => a - b);
    // A small count alone among the hidden counts of every row it is in (no margin ties it to another) is shown small by
    // the rule itself (only small counts and their complements are hidden): no fill of others can say otherwise.
    const rows = activeRows(sys, hidden);
    const tied = (v: number) => rows.some((r) => r.ids.includes(v) && r.ids.some((u) => u !== v && hidden.has(u)));
    const smalls = list.filter((v) => req.primary.has(v) && sys.vars[v]!.value < req.threshold && tied(v));
    open = [];
    proved = true;
    let closest: Map<number, number> | undefined;
    // Every fill, where few (aware40): enumerated once a round, only where some small count's few tries find none.
    let all: Map<number, number>[] | undefined | null = null;
    const distance = (f: ReadonlyMap<number, number>) => [...f].reduce((s, [v, x]) => s + Math.abs(x - sys.vars[v]!.value), 0);
    for (const c of smalls) {
      const others = list.filter((v) => v !== c);
      const candidates: { small: number[]; most: boolean }[] = [
        { small: [], most: false },
        ...others.filter((v) => !req.primary.has(v)).map((v) => ({ small: [v], most: false })),
        { small: [], most: true },
      ];
      let found = false;
      let first: Map<number, number> | undefined;
      let tries = 0;
      for (const cand of candidates) {
        if (tries >= TRIES) break;
        const fill = fillOf(highs, sys, list, req, c, cand.small, cand.most);
        if (!fill) continue;
        const f = filled(sys, fill, req, zeroExempt);
        // No hidden count small in the fill: nothing would be hidden at all.
        if (!list.some((v) => f.req.primary.has(v))) continue;
        tries++;
        first ??= fill;
        if (same(choiceOf(fill), hidden)) {
          found = true;
          break;
        }
      }
      if (!found) {
        if (all === null) all = everyFill(highs, sys, list, req);
        if (all) {
          // Fills with more small counts first (a choice as wide as this one has several), then the nearest.
          const smallIn = (f: Map<number, number>) => list.filter((v) => f.get(v)! < req.threshold).length;
          const up = all
            .filter((f) => {
              if (f.get(c)! < req.threshold) return false;
              const { primary } = filled(sys, f, req, zeroExempt).req;
              return list.some((v) => primary.has(v));
            })
            .sort((a, b) => smallIn(b) - smallIn(a) || distance(a) - distance(b));
          for (const fill of up) {
            first ??= fill;
            if (same(choiceOf(fill), hidden)) {
              found = true;
              break;
            }
          }
        }
      }
      if (!found) {
        open.push(c);
        if (!all) proved = false;
        closest ??= first;
      }
    }
    if (open.length === 0 || round === rounds) break;
    if (!closest) break;
    const more = choiceOf(closest);
    const before = hidden.size;
    for (const v of more) if (!fill0(closest, v, sys)) hidden.add(v);
    if (hidden.size === before) break;
  }
  return { hidden, open, runs, proved: open.length > 0 && proved };
}

/** A count the fill's choice hides that the true table shows as 0 under exempt zeros is left published. */
const fill0 = (_fill: ReadonlyMap<number, number>, v: number, sys: System) => !sys.vars[v]!.hideable;

/** Other choices tried in place of a least choice whose choice tells a small count (one per secondary count kept shown). */
const ALTERNATIVES = 8;

export interface ChoicePreferred extends ChoiceAware {
  /** The choice taken is another least choice than the search's (one that tells no small count by itself). */
  moved: boolean;
  /** Where the choice still tells: the counts the check would hide (hiding more, `choiceAware`'s rounds) and whether that closes it. */
  more?: { hidden: number; closed: boolean };
}

/**
 * `aware: 'prefer'` (aware38, our reading; off by default): the least choice `start` is kept where no small count is told by it. Where one
 * is, other choices near the least — `alternative(v)`: the suppression run again with the secondary count v kept
 * shown, taken only where `within` (as little lost as the least-loss goal allows) — are tried in turn, and the first
 * that tells no small count by the check above is taken. Where none does, `start` is kept and the counts it tells are
 * `open` (said as a warning), with what hiding more would cost (`more`): the least-loss goal is not left silently.
 */
export function preferUntold(
  highs: Highs,
  sys: System,
  req: AuditRequirement,
  zeroExempt: boolean,
  start: ReadonlySet<number>,
  choose: (sys: System, req: AuditRequirement) => Set<number>,
  alternative: (v: number) => Set<number> | undefined,
  within: (hidden: ReadonlySet<number>) => boolean,
): ChoicePreferred {
  const tried = new Map<string, Set<number>>();
  const first = choiceAware(highs, sys, req, zeroExempt, start, choose, 0, tried);
  let runs = first.runs;
  if (first.open.length === 0) return { hidden: new Set(start), open: [], runs, moved: false, proved: false };
  const seen = new Set([[...start].sort((a, b) => a - b).join(',')]);
  const secondaries = [...start].filter((v) => !req.primary.has(v)).sort((a, b) => a - b);
  const untold: Set<number>[] = [];
  for (const v of secondaries.slice(0, ALTERNATIVES)) {
    const alt = alternative(v);
    runs++;
    if (!alt) continue;
    const key = [...alt].sort((a, b) => a - b).join(',');
    if (seen.has(key)) continue;
    seen.add(key);
    if (!within(alt)) continue;
    const res = choiceAware(highs, sys, req, zeroExempt, alt, choose, 0, tried);
    runs += res.runs;
    if (res.open.length === 0) untold.push(alt);
  }
  // Of those that tell nothing, the one first by where its hidden cells are (aware40): a key of published information
  // only (the counts' positions), not the order the search met them in, which follows the hidden values.
  const key = (h: ReadonlySet<number>) => [...h].sort((a, b) => a - b);
  const before = (a: number[], b: number[]) => {
    for (let k = 0; k < Math.min(a.length, b.length); k++) if (a[k] !== b[k]) return a[k]! < b[k]!;
    return a.length < b.length;
  };
  const pick = untold.reduce<Set<number> | undefined>((best, h) => (!best || before(key(h), key(best)) ? h : best), undefined);
  if (pick) return { hidden: pick, open: [], runs, moved: true, proved: false };
  const more = choiceAware(highs, sys, req, zeroExempt, start, choose, ROUNDS, tried);
  runs += more.runs;
  return {
    hidden: new Set(start),
    open: first.open,
    runs,
    moved: false,
    proved: first.proved,
    more: { hidden: more.hidden.size, closed: more.open.length === 0 },
  };
}
