/**
 * Lines that count patients cumulatively over ordered time points (累積患者数, 累計, cumulative, number at risk,
 * リスク集合の人数): each step between two neighbouring cells is itself a count of patients — those who came in, or
 * who left the risk set, in that period — though no cell prints it. 「累積患者数 100, 103」 shows that 3 patients came
 * in the second year, and a reader needs no other cell to see it. The checker cannot hide a step that is no cell, so
 * a count table with such a line whose step is a small count is refused, naming the line, the two points and how to
 * print the steps as a line of their own, which the checker then protects together with the cumulative one (the
 * running sum between two lines is an equation of the system, system.ts). Found only where the label says so and the
 * positions across are time points (each header holds a number: 1年目, 6か月, 2020年, Week 4): a label such as
 * 「累積投与量 100mg未満」 over groups A and B is a category, not a sequence (our reading, said in the message).
 */
import { normalise } from './cell.ts';
import type { Header, InputError, Table } from './types.ts';

/** A label saying its line counts cumulatively, or counts those still at risk (a cumulative count from the top). */
const CUMULATIVE = /累積|累計|cumulative|at\s*risk|リスク集合|リスク人数|追跡中|観察中|残存/i;

/** A header naming a point or period in time: a number in it (1年目, 6か月, 2020年, Day 7, Week 4, 0-6M). */
const TIME_POINT = /\d/;

interface Line {
  axis: 'rows' | 'cols';
  index: number;
  label: string;
  /** Item positions across, in printed order. */
  positions: number[];
  values: number[];
}

const countOf = (table: Table, row: number, col: number): number | undefined => {
  const v = table.cells[row]![col]!.value;
  return v.kind === 'count' ? v.n : undefined;
};

/** Every line of the table with its item positions across and their counts (undefined where a cell is no count). */
function linesOf(table: Table): (Line & { across: Header[] })[] {
  const out: (Line & { across: Header[] })[] = [];
  for (const axis of ['rows', 'cols'] as const) {
    const [own, across] = axis === 'rows' ? [table.rows, table.cols] : [table.cols, table.rows];
    const positions = across.flatMap((h, k) => (h.kind === 'item' ? [k] : []));
    own.forEach((h, index) => {
      const values = positions.map((k) => (axis === 'rows' ? countOf(table, index, k) : countOf(table, k, index)));
      if (values.some((v) => v === undefined)) return;
      out.push({ axis, index, label: h.label, positions, values: values as number[], across });
    });
  }
  return out;
}

/**
 * Count tables' cumulative lines whose step between two neighbouring time points is under the threshold (0 too,
 * unless zeros are exempt), where no line of the input prints those steps: one error per line, at its first small step.
 */
export function cumulativeSteps(tables: readonly Table[], threshold: number, zeroExempt: boolean): InputError[] {
  const errors: InputError[] = [];
  const all = tables.flatMap((t) => (t.kind === 'count' ? linesOf(t).map((l) => ({ ...l, table: t })) : []));
  for (const line of all) {
    const { table, across, positions, values } = line;
    if (!CUMULATIVE.test(normalise(line.label)) || positions.length < 2) continue;
    if (!positions.every((k) => TIME_POINT.test(normalise(across[k]!.label)))) continue;
    const steps = values.slice(1).map((v, k) => v - values[k]!);
    // The steps printed as a line of their own, the line being their running sum from the first point or from the last
    // (…以上): an equation the checker protects both lines with (system.ts).
    const last = values.length - 1;
    const runs = (o: number[]) =>
      (o[0] === values[0] && steps.every((s, k) => s === o[k + 1])) || (o[last] === values[last] && steps.every((s, k) => -s === o[k]));
    const printed = all.some(
      (other) =>
        other !== line &&
        other.positions.length === positions.length &&
        other.positions.every((k, j) => normalise(other.across[k]!.label) === normalise(across[positions[j]!]!.label)) &&
        runs(other.values),
    );
    if (printed) continue;
    const small = steps.findIndex((s) => Math.abs(s) < threshold && (s !== 0 || !zeroExempt));
    if (small < 0) continue;
    const from = across[positions[small]!]!.label;
    const to = across[positions[small + 1]!]!.label;
    const step = Math.abs(steps[small]!);
    const what = line.axis === 'rows' ? '行' : '列';
    const cellLine = line.axis === 'rows' ? (table.cells[line.index]?.[0]?.line ?? table.line) : table.line;
    errors.push({
      code: 'line/cumulative',
      message:
        `表${table.number}の${what}「${line.label}」は見出しから累積（またはリスク集合）の人数と読めます（チェッカーの判断）。` +
        `隣り合う「${from}」と「${to}」の差 ${values[small + 1]} − ${values[small]} から、その間に${steps[small]! >= 0 ? '加わった' : '減った'}患者が ${step} 人と分かり、` +
        `閾値 ${threshold} 未満の数をセルにせずに示していることになります`,
      hint:
        steps[small]! >= 0
          ? `各時点の間の人数（差）を${what}として表に加えてください（チェッカーが累積の${what}と合わせて秘匿を確かめます）。` +
            `または時点をまとめて差が閾値以上になるようにしてください。累積の人数でなければ、見出しから「累積」などの語を外してください`
          : '時点をまとめて、隣り合う時点の差が閾値以上になるようにしてください（減った人数はどのセルにもないため、秘匿では守れません）。' +
            'リスク集合などの人数でなければ、見出しからその語を外してください',
      place: { line: cellLine, table: table.number, ...(line.axis === 'rows' ? { row: line.label } : { col: line.label }) },
    });
  }
  return errors;
}
