/**
 * 一次秘匿 — which cells may not be published as they are: counts under a small-cell rule's threshold (with the
 * rule's treatment of 0), denominators under it, and percentages whose denominator reveals such a count.
 */
import { countsForPercent } from './cell.ts';
import { blockRests } from './rests.ts';
import type { SmallCellValues } from './rules.ts';
import { bases, cellId, denominatorOf } from './table.ts';
import type { PrimaryFinding, PrimaryResult, Table } from './types.ts';

/** A small-cell rule with the values it has for the version used (rules.ts: smallCellCheckFor). */
export interface SmallCellCheck extends SmallCellValues {
  /** Whether the rule applies to this publication (its `appliesWhen`). */
  applies: boolean;
}

/** Is `n` a small count under this rule? */
function small(check: SmallCellCheck, n: number): boolean {
  const threshold = check.threshold.value as number;
  if (n >= threshold) return false;
  return !(n === 0 && check.zeroExempt?.value === true);
}

/**
 * In a count table, what a stated N counts beyond the cells it is the N of (its column's, its row's or the whole
 * table's items): N=31 over items adding up to 28 publishes 3 patients the table leaves out (unknown, excluded).
 * Undefined when there is no N, the table holds percentages, or N is not above the sum (N=0 difference is a sum).
 */
function leftOut(table: Table, axis: 'row' | 'col' | 'table', index: number, n: number | undefined): number | undefined {
  if (n === undefined || table.kind !== 'count') return undefined;
  const of = axis === 'row' ? 'row' : axis === 'col' ? 'col' : 'table';
  const base = bases(table, axis === 'row' ? index : 0, axis === 'col' ? index : 0).find((b) => b.of === of)!;
  return n > base.value ? n - base.value : undefined;
}

export function primary(table: Table, checks: readonly SmallCellCheck[]): PrimaryResult {
  const result: PrimaryResult = { findings: new Map(), notApplied: new Map(), headers: [], exemptZeros: 0 };
  const zeros = new Set<number>();
  for (const check of checks) {
    const t = check.threshold.value as number;
    const into = check.applies ? result.findings : result.notApplied;
    const add = (id: number, f: PrimaryFinding) => into.set(id, [...(into.get(id) ?? []), f]);
    for (const cell of table.cells.flat()) {
      const id = cellId(table, cell.row, cell.col);
      const v = cell.value;
      if (v.kind === 'count') {
        if (small(check, v.n)) add(id, { rule: check.rule.id, via: 'count', message: `患者数 ${v.n} は閾値 ${t} 未満です` });
        else if (v.n === 0 && check.applies) zeros.add(id);
        if (v.denominator !== undefined && small(check, v.denominator)) {
          add(id, { rule: check.rule.id, via: 'denominator', message: `分母 ${v.denominator} は閾値 ${t} 未満です` });
        }
        continue;
      }
      const denominator = denominatorOf(table, cell.row, cell.col);
      if (denominator === undefined) continue;
      const { lo, hi } = countsForPercent(v.percent, v.decimals, denominator);
      if (lo > hi) continue;
      if (lo === 0 && hi === 0 && check.zeroExempt?.value === true) {
        if (check.applies) zeros.add(id);
        continue;
      }
      if (lo < t) {
        const counts = lo === hi ? `${lo}` : `${lo}〜${hi}`;
        add(id, {
          rule: check.rule.id,
          via: 'percent',
          message: `割合 ${v.percent}% と分母 ${denominator} から患者数が ${counts} と分かり、閾値 ${t} 未満を含みます`,
        });
      }
    }
    if (!check.applies) continue;
    for (const [axis, headers] of [
      ['row', table.rows],
      ['col', table.cols],
    ] as const) {
      headers.forEach((h, index) => {
        if (h.denominator !== undefined && small(check, h.denominator)) {
          result.headers.push({ rule: check.rule.id, axis, index, label: h.label, denominator: h.denominator });
          return;
        }
        const rest = leftOut(table, axis, index, h.denominator);
        if (rest !== undefined && small(check, rest))
          result.headers.push({ rule: check.rule.id, axis, index, label: h.label, denominator: h.denominator!, rest });
      });
    }
    // What an N leaves out of one block of its line (Table 1: 男性 and 女性 under N=57, besides other blocks).
    for (const b of blockRests(table, t))
      result.headers.push({
        rule: check.rule.id,
        axis: b.axis,
        index: b.index,
        label: b.label,
        denominator: b.denominator,
        rest: b.rest.lo,
        block: { labels: b.block, how: b.how, lo: b.rest.lo, hi: b.rest.hi },
      });
    const label = table.title ?? table.corner;
    if (table.denominator !== undefined && small(check, table.denominator)) {
      // The table's N (全3例, N=3) is itself a count under the threshold, published in the title.
      result.headers.push({ rule: check.rule.id, axis: 'table', index: -1, label, denominator: table.denominator });
      continue;
    }
    const rest = leftOut(table, 'table', -1, table.denominator);
    if (rest !== undefined && small(check, rest)) {
      result.headers.push({ rule: check.rule.id, axis: 'table', index: -1, label, denominator: table.denominator!, rest });
    }
  }
  for (const id of result.findings.keys()) zeros.delete(id);
  result.exemptZeros = zeros.size;
  return result;
}
