/**
 * The whole-number tables of an audit's equations as a lattice (perf40). The rows an attacker has that are equations
 * (lo = hi: a line is the sum of others, a margin) leave the hidden counts few degrees of freedom: every whole-number
 * table satisfying them is the true one plus an integer combination of a basis of the integer kernel, x = x₀ + N·z
 * with z whole (N found by unimodular column operations, so the combinations are exactly the kernel's whole-number
 * points, none missed and none added). A question of the audit (how far can a count move, over whole numbers) is then
 * a MIP in the few z instead of the many x: the same feasible tables, and where chance sums tie a long list together
 * (120 lines, 72 equations over 78 hidden counts: 2–6 z) HiGHS settles it in a fraction of the time. The same answers
 * only where HiGHS solves that MIP to its optimum: perf41 found it may stop short (a range narrower than the truth,
 * never wider: audit.ts checks every table it returns).
 */

/** A row over the model's columns: column indices and their whole-number coefficients. */
export interface IntRow {
  cols: readonly number[];
  coefs: readonly number[];
}

/** Past this size an entry of the basis is not trusted to doubles' exact whole numbers (2^53): no lattice then. */
const ENTRY_MAX = 2 ** 40;

/**
 * An integer basis of { x ∈ Zⁿ : row · x = 0 for every row } (its vectors, each of length n), LLL-reduced so that its
 * entries stay small; undefined where an entry would pass ENTRY_MAX (the caller then keeps to the columns x). Column
 * operations only (swaps, and a column less a whole multiple of another), applied to the identity alongside: the
 * columns of the identity so transformed that the rows send to 0 are a basis of the kernel's whole-number points.
 * `steps`: the entries the operations went through (the work done, deterministic). Undefined too, with little work,
 * where the kernel has more than `most` dimensions (the rows leave more than `most` columns free), or where the
 * operations pass STEPS_MAX entries.
 */
export function integerKernel(rows: readonly IntRow[], n: number, most: number): { basis: number[][] | undefined; steps: number } {
  const work = { steps: 0 };
  if (n - rows.length > most) return { basis: undefined, steps: 0 };
  return { basis: kernelOf(rows, n, most, work), steps: work.steps };
}

/** Entries the kernel's operations may go through (a few milliseconds). */
const STEPS_MAX = 4_000_000;

function kernelOf(rows: readonly IntRow[], n: number, most: number, work: { steps: number }): number[][] | undefined {
  const m = rows.length;
  // a[i][j]: the rows as a dense matrix; u[j]: column j of the unimodular transform, as a vector of length n.
  const a = rows.map((r) => {
    const line = new Array<number>(n).fill(0);
    r.cols.forEach((c, k) => (line[c] = line[c]! + r.coefs[k]!));
    return line;
  });
  const u = Array.from({ length: n }, (_, j) => {
    const e = new Array<number>(n).fill(0);
    e[j] = 1;
    return e;
  });
  const swap = (j: number, k: number) => {
    work.steps += m;
    for (const line of a) [line[j], line[k]] = [line[k]!, line[j]!];
    [u[j], u[k]] = [u[k]!, u[j]!];
  };
  /** Column j less q times column k; false where an entry grows past ENTRY_MAX. */
  const less = (j: number, k: number, q: number): boolean => {
    work.steps += m + n;
    for (const line of a) {
      line[j] = line[j]! - q * line[k]!;
      if (Math.abs(line[j]!) > ENTRY_MAX) return false;
    }
    const uj = u[j]!;
    const uk = u[k]!;
    for (let r = 0; r < n; r++) {
      uj[r] = uj[r]! - q * uk[r]!;
      if (Math.abs(uj[r]!) > ENTRY_MAX) return false;
    }
    return true;
  };
  let pivot = 0;
  for (let i = 0; i < m && pivot < n; i++) {
    const line = a[i]!;
    // Euclid across the columns from `pivot` on: the least nonzero entry first, every other reduced by it.
    for (;;) {
      work.steps += n - pivot;
      if (work.steps > STEPS_MAX) return undefined;
      let p = -1;
      for (let j = pivot; j < n; j++) if (line[j] !== 0 && (p < 0 || Math.abs(line[j]!) < Math.abs(line[p]!))) p = j;
      if (p < 0) break;
      if (p !== pivot) swap(pivot, p);
      let clean = true;
      for (let j = pivot + 1; j < n; j++) {
        if (line[j] === 0) continue;
        if (!less(j, pivot, Math.trunc(line[j]! / line[pivot]!))) return undefined;
        if (line[j] !== 0) clean = false;
      }
      if (clean) {
        pivot++;
        break;
      }
    }
  }
  if (n - pivot > most) return undefined;
  return lll(u.slice(pivot), work);
}

/**
 * LLL reduction (δ = 3/4) of a lattice basis: whole-number steps only (a vector less a whole multiple of another, two
 * swapped), so the lattice is the same whatever the floating point of the Gram–Schmidt coefficients; they only guide
 * which steps make the vectors short. Undefined where an entry passes ENTRY_MAX.
 */
function lll(basis: number[][], work: { steps: number }): number[][] | undefined {
  const b = basis.map((v) => [...v]);
  const k = b.length;
  if (k <= 1) return b;
  const dot = (x: readonly number[], y: readonly number[]) => x.reduce((s, xi, i) => s + xi * y[i]!, 0);
  const gramSchmidt = () => {
    work.steps += k * k * (basis[0]?.length ?? 0);
    const star: number[][] = [];
    const mu = b.map(() => new Array<number>(k).fill(0));
    const norms: number[] = [];
    for (let i = 0; i < k; i++) {
      const v = [...b[i]!];
      for (let j = 0; j < i; j++) {
        mu[i]![j] = norms[j]! > 0 ? dot(b[i]!, star[j]!) / norms[j]! : 0;
        for (let r = 0; r < v.length; r++) v[r] = v[r]! - mu[i]![j]! * star[j]![r]!;
      }
      star.push(v);
      norms.push(dot(v, v));
    }
    return { mu, norms };
  };
  let gs = gramSchmidt();
  let i = 1;
  // A bound on the steps, so that floating point cannot make it loop (the basis is a basis at every step).
  for (let steps = 0; i < k && steps < 10_000; steps++) {
    for (let j = i - 1; j >= 0; j--) {
      const q = Math.round(gs.mu[i]![j]!);
      if (q === 0) continue;
      const bi = b[i]!;
      const bj = b[j]!;
      work.steps += bi.length;
      for (let r = 0; r < bi.length; r++) {
        bi[r] = bi[r]! - q * bj[r]!;
        if (Math.abs(bi[r]!) > ENTRY_MAX) return undefined;
      }
      // b_i less q·b_j: its coefficients on the earlier vectors move by q times b_j's (b_i* is unchanged).
      for (let l = 0; l < j; l++) gs.mu[i]![l] = gs.mu[i]![l]! - q * gs.mu[j]![l]!;
      gs.mu[i]![j] = gs.mu[i]![j]! - q;
    }
    const m = gs.mu[i]![i - 1]!;
    if (gs.norms[i]! >= (0.75 - m * m) * gs.norms[i - 1]!) i++;
    else {
      [b[i], b[i - 1]] = [b[i - 1]!, b[i]!];
      gs = gramSchmidt();
      i = Math.max(1, i - 1);
    }
  }
  return b;
}
