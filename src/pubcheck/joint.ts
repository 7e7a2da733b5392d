/**
 * both3: the least-loss suppression of tables read more than one way (check.ts `underBothReadings`: percentages that
 * fit both their row's and their column's N, up to 3 such tables, every combination of their readings) searched under
 * every reading at once. Each reading is a system of its own counts (the same cell is 6 of 45 under one, 18 of 142
 * under the other), so no single system holds them all: the choice is of cells, and a choice is protected when the
 * audit of every reading's system passes with its hidden counts (audit.ts `failing`, each hidden count taken as primary,
 * as check.ts hides the cells forced from the other readings). The union of each reading's own suppression, gathered
 * in rounds, protects under all of them but may hide more than needed: here the choices of cells are tried from the
 * fewest cells up (then the least value), so the first weight at which one passes is the fewest any choice needs.
 * Within a budget of counted work (audits, hidden counts × counts of the system, as check.ts `underOtherReadings`),
 * not time; past it, or where nothing fewer than the union passes, the union stands. check.ts checks the choice again
 * under every combination (the whole check, its audits included) before taking it.
 */
import type { Highs } from 'highs';
import { failing, type AuditRequirement } from './audit.ts';
import type { System } from './system.ts';

/** One combination of readings as check.ts built it: its system, each table's cell → count (−1: none), the requirement. */
export interface ReadingSystem {
  sys: System;
  cellVar: readonly (readonly number[])[];
  req: Omit<AuditRequirement, 'primary'>;
}

/**
 * Work the joint search may take per input (hidden counts × counts of the system, summed over the audits it runs):
 * every choice of a 2 × 3 table's cells under both readings is a few thousand; three linked 2 × 3 tables under their
 * 8 combinations take more than this past a few cells more than the primary, and keep the union.
 */
export const JOINT_WORK = 400_000;

export interface JointResult {
  /** The cells to hide (`${table index}:${cell id}`), fewer than the union's. */
  hidden: Set<string>;
}

/**
 * The fewest cells, containing `required` and hiding fewer cells than `union`, whose counts pass the audit under every
 * reading; undefined where none does (the union is the fewest) or the work ran out first (not known).
 * `work.used` says how much was spent.
 */
export function jointSuppression(
  highs: Highs,
  readings: readonly ReadingSystem[],
  required: ReadonlySet<string>,
  union: ReadonlySet<string>,
  work: { used: number; limit: number },
): JointResult | undefined {
  if (readings.length === 0) return undefined;
  const first = readings[0]!;
  // Units: cells showing the same count under every reading are hidden together (a count hidden in one cell and
  // published in another is no secret); each weighs its cells.
  const units = new Map<string, { keys: string[]; vars: number[] }>();
  const requiredVars = readings.map((r) => {
    const vars = new Set<number>();
    for (const key of required) {
      const [t, id] = key.split(':').map(Number) as [number, number];
      const v = r.cellVar[t]?.[id] ?? -1;
      if (v >= 0) vars.add(v);
    }
    return vars;
  });
  first.cellVar.forEach((vars, t) =>
    vars.forEach((_, id) => {
      const key = `${t}:${id}`;
      if (required.has(key)) return;
      const vars = readings.map((r) => r.cellVar[t]?.[id] ?? -1);
      if (vars.some((v, i) => v < 0 || !readings[i]!.sys.vars[v]!.hideable)) return;
      const name = vars.join(',');
      const unit = units.get(name) ?? { keys: [], vars };
      unit.keys.push(key);
      units.set(name, unit);
    }),
  );
  // Cells showing a count some reading hides with a required cell are hidden with it (check.ts hides every cell of a
  // hidden count): forced, and so on until none is left.
  const forced = new Set(required);
  let list = [...units.values()];
  for (let more = true; more;) {
    const [shares, rest] = [
      list.filter((u) => u.vars.some((v, i) => requiredVars[i]!.has(v))),
      list.filter((u) => u.vars.every((v, i) => !requiredVars[i]!.has(v))),
    ];
    more = shares.length > 0;
    for (const u of shares) {
      u.keys.forEach((k) => forced.add(k));
      u.vars.forEach((v, i) => requiredVars[i]!.add(v));
    }
    list = rest;
  }
  const value = (u: { vars: number[] }) => u.vars.reduce((s, v, i) => s + readings[i]!.sys.vars[v]!.value, 0);
  // Cheaper units first within each weight (ties: the cell order).
  list.sort((a, b) => value(a) - value(b));
  const order = readings.map((_, i) => i);
  const passes = (chosen: readonly number[]): boolean => {
    for (let k = 0; k < order.length; k++) {
      const i = order[k]!;
      const r = readings[i]!;
      const hidden = new Set(requiredVars[i]);
      for (const u of chosen) hidden.add(list[u]!.vars[i]!);
      work.used += hidden.size * r.sys.vars.length;
      if (failing(highs, r.sys, hidden, { ...r.req, primary: hidden }).length > 0) {
        // The reading that failed is asked first next time (most choices fail under the same one).
        order.splice(k, 1);
        order.unshift(i);
        return false;
      }
    }
    return true;
  };
  const limit = union.size - forced.size;
  for (let weight = 0; weight < limit; weight++) {
    let best: { chosen: number[]; value: number } | undefined;
    const chosen: number[] = [];
    // Every choice of units weighing `weight` cells, from unit `from` on; false once out of work.
    const visit = (from: number, left: number): boolean => {
      if (left === 0) {
        if (work.used > work.limit) return false;
        const v = chosen.reduce((s, u) => s + value(list[u]!), 0);
        if ((!best || v < best.value) && passes(chosen)) best = { chosen: [...chosen], value: v };
        return true;
      }
      for (let u = from; u < list.length; u++) {
        const w = list[u]!.keys.length;
        if (w > left) continue;
        chosen.push(u);
        const going = visit(u + 1, left - w);
        chosen.pop();
        if (!going) return false;
      }
      return true;
    };
    const finished = visit(0, weight);
    if (best) return { hidden: new Set([...forced, ...best.chosen.flatMap((u) => list[u]!.keys)]) };
    if (!finished) return undefined;
  }
  return undefined;
}
