/**
 * attack35 (issue #11): life tables — per time point the patients at risk, the events and the censored of the
 * interval (the table under a Kaplan–Meier curve). A reader computes at-risk(t) − at-risk(t+1) = events + censored,
 * so 120 − 102 − 15 gives a hidden 3 events back, though no line is a sum of others (the relation is a step along the
 * at-risk line). Read here, with the table, as one equation per interval (`Table.steps`, system.ts), where the
 * at-risk line is named so (`AT_RISK`; one step is enough) or falls at three steps or more (four positions), and one
 * other line or two lines' sum equals every step — the interval's events printed at its start or at its end,
 * whichever the numbers prove. An at-risk column read as each row's N (「患者数」, header.ts) likewise, over three
 * steps or more. The equations hold for the true counts, so they can only make the protection safer; said as ours.
 */
import { quote, some } from './quote.ts';
import { countOf } from './table.ts';
import type { Table, Warning } from './types.ts';

/** Words for the patients at risk at a time point. */
export const AT_RISK =
  /at[\s-]*risk|リスク(?:集合|人数|例数|患者数?|下)|危険集合|観察継続|追跡継続|(?:観察|追跡)(?:対象)?(?:人数|例数|患者数)|生存(?:例|者|患者)数/i;
/** Positions from which a falling line not named as at risk is read (three steps: chance matches of two are common). */
const UNNAMED_POINTS = 4;
/** Lines of a table past which no pairs are looked at. */
const LIFE_LINES = 60;

type Steps = NonNullable<Table['steps']>;

/** Reads `table`'s life-table steps into `table.steps`; the warning saying so, or undefined where there are none. */
export function readLifeTable(table: Table): Warning | undefined {
  if (table.kind !== 'count') return undefined;
  const steps: Steps = [];
  const said: string[] = [];
  for (const axis of ['rows', 'cols'] as const) {
    const lines = axis === 'rows' ? table.rows : table.cols;
    const across = axis === 'rows' ? table.cols : table.rows;
    const at = across.flatMap((h, k) => (h.kind === 'item' ? [k] : []));
    if (at.length < 2) continue;
    const place = (i: number, k: number) => (axis === 'rows' ? { row: i, col: k } : { row: k, col: i });
    const value = (i: number, k: number) => {
      const p = place(i, k);
      return countOf(table.cells[p.row]![p.col]!);
    };
    const items = lines.flatMap((h, i) => (h.kind !== 'total' ? [i] : []));
    if (items.length > LIFE_LINES) continue;
    const pairs = (from: readonly number[]) => [...from.map((i) => [i]), ...from.flatMap((i, a) => from.slice(a + 1).map((j) => [i, j]))];
    /** The lines taking each fall, printed at the step's start (0) or end (1), else undefined. */
    const taking = (falls: readonly number[], from: readonly number[]) => {
      for (const shift of [0, 1] as const) {
        const set = pairs(from).find((set) =>
          at.slice(1).every((k, n) => falls[n] === set.reduce((s, i) => s + value(i, shift ? k : at[n]!), 0)),
        );
        if (set) return { set, shift };
      }
      return undefined;
    };
    const push = (risk: number | undefined, found: { set: number[]; shift: 0 | 1 }, falls: readonly number[]) =>
      at.slice(1).forEach((k, n) => {
        const step = found.shift ? k : at[n]!;
        const terms = [
          ...(risk === undefined
            ? []
            : [
                { ...place(risk, at[n]!), coef: 1 },
                { ...place(risk, k), coef: -1 },
              ]),
          ...found.set.map((i) => ({ ...place(i, step), coef: risk === undefined ? 1 : -1 })),
        ];
        steps.push({ terms, rhs: risk === undefined ? falls[n]! : 0 });
      });
    for (const risk of items) {
      const named = AT_RISK.test(lines[risk]!.label);
      if (!named && at.length < UNNAMED_POINTS) continue;
      const falls = at.slice(1).map((k, n) => value(risk, at[n]!) - value(risk, k));
      if (falls.some((f) => f < 0)) continue;
      const found = taking(
        falls,
        items.filter((i) => i !== risk),
      );
      if (!found) continue;
      push(risk, found, falls);
      said.push(
        `${quote(lines[risk]!.label)}が${some(
          found.set.map((i) => quote(lines[i]!.label)),
          2,
          'と',
        )}`,
      );
    }
    // The at-risk counts as each position's N (taken out of the table by header.ts): published constants.
    const ns = at.map((k) => across[k]!.denominator);
    if (at.length >= UNNAMED_POINTS && ns.every((n) => n !== undefined)) {
      const falls = at.slice(1).map((_, n) => ns[n]! - ns[n + 1]!);
      const found = falls.every((f) => f >= 0) ? taking(falls, items) : undefined;
      if (found) {
        push(undefined, found, falls);
        said.push(
          `各${axis === 'rows' ? '列' : '行'}の N が${some(
            found.set.map((i) => quote(lines[i]!.label)),
            2,
            'と',
          )}`,
        );
      }
    }
  }
  if (steps.length === 0) return undefined;
  table.steps = steps;
  return {
    code: 'table/life-table',
    message:
      `表${table.number}: ${some(said, 3, '、')}の分だけ時点ごとに減っているため、生存時間の表（リスク集合・イベント・打ち切り）と読みました（チェッカーの判断）。` +
      '隣り合う時点の差から秘匿したセルが分かるため、その関係も使う読み手に対して秘匿を決め、監査しました',
    place: { table: table.number, line: table.line },
  };
}
