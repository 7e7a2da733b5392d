/**
 * Flows for systems of sums that form a network — a flat two-way table with its margins, or a list with its total:
 * every unknown count appears in at most two equations, with coefficients ±1 that can be signed consistently. Such
 * a system is a graph (equations are nodes, counts are arcs) and its linear programs have whole-number optima, so
 * a cell's range is a maximum flow and the cheapest way to widen it is a shortest path (Fischetti and Salazar,
 * "Models and algorithms for the 2-dimensional cell suppression problem in statistical disclosure control", 1999).
 * This module answers those in plain TypeScript; systems of another shape go to HiGHS (audit.ts, secondary.ts).
 */
import type { Row } from './system.ts';
import { cpuNow, sample, spend, trace, WEIGHTS } from './work.ts';

/** Arcs of a network: for each variable given, the node it leaves (tail) and the node it enters (head). */
export interface Orientation {
  /** Number of nodes: one per equation, then the ground node (a count in one equation only ends there). */
  nodes: number;
  tail: Map<number, number>;
  head: Map<number, number>;
}

/**
 * Orient `vars` as arcs between `rows`, or undefined when the rows are not a network: a row that is not an equation
 * with coefficients ±1, a variable in three rows or more, or signs that cannot be made consistent (an odd cycle).
 */
export function orient(rows: readonly Row[], vars: Iterable<number>): Orientation | undefined {
  const where = new Map<number, { row: number; coef: number }[]>();
  for (const v of vars) where.set(v, []);
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    if (row.lo !== row.hi) return undefined;
    for (let k = 0; k < row.ids.length; k++) {
      const c = row.coefs[k]!;
      if (c !== 1 && c !== -1) return undefined;
      const list = where.get(row.ids[k]!);
      if (!list) continue;
      list.push({ row: r, coef: c });
      if (list.length > 2) return undefined;
    }
  }
  // Sign each row so that a variable in two rows has +1 in one and −1 in the other (2-colouring, breadth first).
  const sign = new Int8Array(rows.length);
  const byRow: number[][] = rows.map(() => []);
  for (const [v, list] of where) for (const { row } of list) byRow[row]!.push(v);
  for (let start = 0; start < rows.length; start++) {
    if (sign[start] !== 0) continue;
    sign[start] = 1;
    const queue = [start];
    for (let qi = 0; qi < queue.length; qi++) {
      const r = queue[qi]!;
      for (const v of byRow[r]!) {
        const list = where.get(v)!;
        if (list.length < 2) continue;
        const [a, b] = list[0]!.row === r ? [list[0]!, list[1]!] : [list[1]!, list[0]!];
        const want = -(sign[r]! * a.coef) * b.coef;
        if (sign[b.row] === 0) {
          sign[b.row] = want;
          queue.push(b.row);
        } else if (sign[b.row] !== want) return undefined;
      }
    }
  }
  const ground = rows.length;
  const tail = new Map<number, number>();
  const head = new Map<number, number>();
  for (const [v, list] of where) {
    let from = ground;
    let to = ground;
    for (const { row, coef } of list) {
      if (sign[row]! * coef > 0) from = row;
      else to = row;
    }
    tail.set(v, from);
    head.set(v, to);
  }
  return { nodes: rows.length + 1, tail, head };
}

/** A residual graph for maximum flows: arcs in pairs (an arc and its reverse), capacities may be Infinity. */
export class FlowGraph {
  readonly first: Int32Array;
  readonly to: number[] = [];
  readonly cap: number[] = [];
  readonly next: number[] = [];
  /** The arc pairs added for each variable, to switch a variable off while its own range is asked. */
  readonly arcsOf = new Map<number, number[]>();
  /** The variable of each arc (both of a pair). */
  readonly owner: number[] = [];
  /** Capacities of the arcs of variables switched off for good (`disable`), to switch them on again. */
  private readonly off = new Map<number, number[]>();

  readonly nodes: number;

  /** Work arrays of one run (levels, the next arc to try per node) and the breadth-first queue, kept between runs. */
  private readonly level: Int32Array;
  private readonly it: Int32Array;
  private readonly queue: Int32Array;
  /** Arcs looked at by the current run: its counted work (work.ts). */
  private arcs = 0;

  constructor(nodes: number) {
    this.nodes = nodes;
    this.first = new Int32Array(nodes).fill(-1);
    this.level = new Int32Array(nodes);
    this.it = new Int32Array(nodes);
    this.queue = new Int32Array(nodes);
  }

  /** An arc u → v of capacity c for variable `owner` (and its reverse of capacity 0). */
  add(u: number, v: number, c: number, owner: number): void {
    const e = this.to.length;
    this.to.push(v, u);
    this.cap.push(c, 0);
    this.next.push(this.first[u]!, this.first[v]!);
    this.owner.push(owner, owner);
    this.first[u] = e;
    this.first[v] = e + 1;
    let list = this.arcsOf.get(owner);
    if (!list) this.arcsOf.set(owner, (list = []));
    list.push(e);
  }

  /**
   * Maximum flow from s to t, stopping once `limit` is reached (Dinic). Capacities are restored afterwards;
   * arcs of `skip` take no part. Infinity when a path of unlimited arcs joins s to t.
   */
  maxFlow(s: number, t: number, limit = Infinity, skip?: number): number {
    return this.run(s, t, limit, skip, false).flow;
  }

  /** As `maxFlow`, adding to `used` the variables whose arcs the flow found goes through (a flow of that value without the others). */
  maxFlowUsing(s: number, t: number, limit: number, skip: number | undefined, used: Set<number>): number {
    return this.run(s, t, limit, skip, false, used).flow;
  }

  /** Switches the arcs of `owner` off until `enable` (capacity 0). */
  disable(owner: number): void {
    const arcs = this.arcsOf.get(owner) ?? [];
    this.off.set(
      owner,
      arcs.map((e) => this.cap[e]!),
    );
    for (const e of arcs) this.cap[e] = 0;
  }

  enable(owner: number): void {
    const caps = this.off.get(owner);
    if (!caps) return;
    (this.arcsOf.get(owner) ?? []).forEach((e, k) => (this.cap[e] = caps[k]!));
    this.off.delete(owner);
  }

  /**
   * As `maxFlow`, and when the flow stays under `limit`, the nodes still reachable from s once it is pushed: the arcs
   * leaving that set form a minimum cut (what must change for more to flow). No sides where the limit is reached
   * (nothing to cut: most asks of the separation, which are then spared two searches of the graph).
   */
  minCut(s: number, t: number, limit: number, skip?: number): { flow: number; side?: Uint8Array; sinkSide?: Uint8Array } {
    return this.run(s, t, limit, skip, true);
  }

  /** Capacities changed by the current run, as (arc, old capacity) pairs, to restore only those. */
  private journal: number[] = [];

  private setCap(e: number, c: number): void {
    this.journal.push(e, this.cap[e]!);
    this.cap[e] = c;
  }

  private run(
    s: number,
    t: number,
    limit: number,
    skip: number | undefined,
    cut: boolean,
    used?: Set<number>,
  ): { flow: number; side?: Uint8Array; sinkSide?: Uint8Array } {
    if (s === t) return { flow: Infinity };
    const t0 = trace.on ? cpuNow() : 0;
    this.journal = [];
    this.arcs = this.nodes / 8;
    if (skip !== undefined) for (const e of this.arcsOf.get(skip) ?? []) this.setCap(e, 0);
    try {
      // An augmenting path of unlimited arcs carries Infinity, which ends the loop: no separate test is needed.
      let flow = 0;
      const level = this.level;
      const it = this.it;
      while (flow < limit && this.levels(s, t, level, true)) {
        it.set(this.first);
        for (;;) {
          const pushed = this.push(s, t, limit - flow, level, it);
          if (pushed <= 0) break;
          flow += pushed;
          if (flow >= limit) break;
        }
      }
      if (!cut || flow >= limit) return { flow };
      this.levels(s, t, level, false);
      return { flow, side: Uint8Array.from(level, (l) => (l >= 0 ? 1 : 0)), sinkSide: this.reachingSink(t) };
    } finally {
      const j = this.journal;
      if (used) for (let k = 0; k < j.length; k += 2) if (this.owner[j[k]!] !== skip) used.add(this.owner[j[k]!]!);
      for (let k = j.length - 2; k >= 0; k -= 2) this.cap[j[k]!] = j[k + 1]!;
      this.arcs += j.length / 2;
      spend(WEIGHTS.arc * this.arcs);
      if (trace.on) sample('flow', cpuNow() - t0, this.arcs);
    }
  }

  /** Nodes not able to reach t through arcs with room: the complement is the smallest sink side of a minimum cut. */
  private reachingSink(t: number): Uint8Array {
    const reach = new Uint8Array(this.nodes);
    reach[t] = 1;
    const queue = [t];
    let arcs = 0;
    for (let qi = 0; qi < queue.length; qi++) {
      const v = queue[qi]!;
      for (let e = this.first[v]!; e >= 0; e = this.next[e]!) {
        arcs++;
        // e leaves v; its pair e ^ 1 enters v from to[e].
        const u = this.to[e]!;
        if (!reach[u] && this.cap[e ^ 1]! > 1e-9) {
          reach[u] = 1;
          queue.push(u);
        }
      }
    }
    this.arcs += arcs;
    return Uint8Array.from(reach, (r) => (r ? 0 : 1));
  }

  /**
   * Breadth-first levels from s through arcs with room. With `early`, stop once t is reached: every node of the
   * level before t's is known by then, which is all a blocking flow uses.
   */
  private levels(s: number, t: number, level: Int32Array, early: boolean): boolean {
    level.fill(-1);
    level[s] = 0;
    const queue = this.queue;
    queue[0] = s;
    let arcs = 0;
    for (let qi = 0, end = 1; qi < end; qi++) {
      const u = queue[qi]!;
      for (let e = this.first[u]!; e >= 0; e = this.next[e]!) {
        arcs++;
        const v = this.to[e]!;
        if (this.cap[e]! > 1e-9 && level[v]! < 0) {
          level[v] = level[u]! + 1;
          if (early && v === t) {
            this.arcs += arcs;
            return true;
          }
          queue[end++] = v;
        }
      }
    }
    this.arcs += arcs;
    return level[t]! >= 0;
  }

  /** One blocking-flow augmentation, iteratively (an explicit stack instead of recursion). */
  private push(s: number, t: number, want: number, level: Int32Array, it: Int32Array): number {
    const path: number[] = [];
    let u = s;
    let arcs = 0;
    for (;;) {
      if (u === t) {
        this.arcs += arcs;
        let f = want;
        for (const e of path) f = Math.min(f, this.cap[e]!);
        for (const e of path) {
          if (this.cap[e] !== Infinity) this.setCap(e, this.cap[e]! - f);
          if (this.cap[e ^ 1] !== Infinity) this.setCap(e ^ 1, this.cap[e ^ 1]! + f);
        }
        return f;
      }
      let e = it[u]!;
      arcs++;
      while (e >= 0 && !(this.cap[e]! > 1e-9 && level[this.to[e]!] === level[u]! + 1)) {
        e = this.next[e]!;
        arcs++;
      }
      it[u] = e;
      if (e >= 0) {
        path.push(e);
        u = this.to[e]!;
        continue;
      }
      // Dead end: retreat one arc and skip it from now on.
      if (path.length === 0) {
        this.arcs += arcs;
        return 0;
      }
      level[u] = -1;
      const back = path.pop()!;
      u = this.to[back ^ 1]!;
      it[u] = this.next[it[u]!]!;
    }
  }
}
