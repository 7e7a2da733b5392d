/**
 * pointn69 (issue #11): time points' Ns printed in their headers (「0か月 (N=91)」「12か月 (N=85)」, life66's bare
 * 「0か月 (240)」, step68's one digit 「24か月 (8)」) read as a life table's at-risk line (lifetable.ts: the steps'
 * right-hand sides, `pointN`). A header is published whatever the suppression hides, so the fall between two points
 * (91 − 85 = 6) is a published count: the sum of the lines taking it (the events and censored of the interval). Where
 * that fall is under the threshold, no suppression of the body protects it — beside 死亡 6 and 打ち切り 0 (published) the
 * hidden 死亡 came back, and nothing said so (step68's probe; pointn69-families.ts). Such an input is refused in words
 * (`life/header-fall`, the reading said as the checker's: チェッカーの判断), the hint saying the header must be
 * rewritten (points merged so each fall reaches the threshold, or the N taken out of the headers). Falls at or over the
 * threshold are tied as before (the steps are equations of the system: the lines taking them hidden together).
 */
import { normalise } from './cell.ts';
import { lifePoint, pointN, timePoint } from './lifetable.ts';
import { quote } from './quote.ts';
import type { Header, InputError, Table } from './types.ts';

/** pointn69: the header pairs looked at per table when naming the two points of a small fall (past it, said unnamed). */
const POINTN_WORK = 20_000;

/**
 * Whether `n` is written in the header's own label (「6か月 (N=102)」), not a body line's number the reading gave the
 * header (a row 「人数」 102 under 「6か月」 read as the column's N: a cell, hidden like any other; life40.test.ts).
 */
export const writtenIn = (label: string, n: number): boolean =>
  (
    normalise(label)
      .replace(/(\d),(?=\d{3})/g, '$1')
      .match(/\d+/g) ?? []
  ).some((d) => Number(d) === n);

/**
 * rel74: the Ns written in the labels of `headers`' items (「A群 (N=40)」「B群 (N=38)」), one per item in order, where
 * every item (two at least) has one and none is a life table's time point (those are `headerFalls`'s); else undefined.
 * Published whatever the suppression hides: system.ts `lineRelations` compares them as a line of constants.
 */
export function headerNs(headers: readonly Header[]): number[] | undefined {
  const items = headers.filter((h) => h.kind === 'item');
  if (items.length < 2) return undefined;
  const ns = items.map(headerN);
  return ns.every((n) => n !== undefined) ? (ns as number[]) : undefined;
}

/** rel74: the N written in one header's label (「A群 (N=40)」), none for a life table's time point. */
export const headerN = (h: Header): number | undefined =>
  h.denominator !== undefined && writtenIn(h.label, h.denominator) && !lifePoint(timePoint(normalise(h.label))) ? h.denominator : undefined;

/** The item headers of one axis of `table` with a point's N written in them, in order. */
const pointNs = (table: Table): { label: string; n: number }[][] =>
  [table.cols, table.rows].map((hs) =>
    hs.flatMap((h) => {
      if (h.kind !== 'item') return [];
      const n = pointN(h);
      return n === undefined || !writtenIn(h.label, n) || !lifePoint(timePoint(normalise(h.label))) ? [] : [{ label: h.label, n }];
    }),
  );

/** The two points whose Ns differ by `fall`, neighbours first (within `POINTN_WORK` pairs), else undefined. */
function pointsOf(axes: readonly { label: string; n: number }[][], fall: number): [string, string] | undefined {
  for (const hs of axes)
    for (let p = 0; p + 1 < hs.length; p++) if (hs[p]!.n - hs[p + 1]!.n === fall) return [hs[p]!.label, hs[p + 1]!.label];
  let work = 0;
  for (const hs of axes)
    for (let p = 0; p < hs.length; p++)
      for (let q = p + 2; q < hs.length; q++) {
        if (++work > POINTN_WORK) return undefined;
        if (hs[p]!.n - hs[q]!.n === fall) return [hs[p]!.label, hs[q]!.label];
      }
  return undefined;
}

/** A cell's line label: the header of the cell's position that is no time point (else its row's). */
function lineOf(tables: readonly Table[], number: number, row: number, col: number): string | undefined {
  const t = tables.find((x) => x.number === number);
  const [r, c] = [t?.rows[row]?.label, t?.cols[col]?.label];
  if (r === undefined || c === undefined) return undefined;
  return lifePoint(timePoint(normalise(c))) || !lifePoint(timePoint(normalise(r))) ? r : c;
}

/**
 * Life tables whose at-risk line is the points' Ns in the headers (a step Σ lines = the fall of two published Ns, every
 * coefficient +1) where a fall is under the threshold (0 too, unless zeros are exempt): one error per table.
 */
export function headerFalls(tables: readonly Table[], threshold: number, zeroExempt: boolean): InputError[] {
  const errors: InputError[] = [];
  for (const a of tables) {
    const steps = [
      ...(a.steps ?? []).map((s) => ({ ...s, terms: s.terms.map((t) => ({ ...t, table: a.number })) })),
      ...(a.stepsAcross ?? []),
    ];
    const axes = pointNs(a);
    if (axes.every((hs) => hs.length < 2)) continue;
    const small = (f: number) => f >= 0 && f < threshold && !(zeroExempt && f === 0);
    // The header Ns read as the at-risk line (a step's constant their difference): every fall between neighbouring
    // points of theirs is a published count, as a named at-risk line's is (cumulative.ts `cumulativeSteps`) — a fall no
    // lines take (「6か月 (N=88)」 between 0 and 12か月 beside a column 「0-12か月」) too.
    const constant = steps.filter((s) => s.terms.length > 0 && s.terms.every((t) => t.coef === 1) && s.rhs >= 0);
    const risk = axes.find((hs) => constant.some((s) => pointsOf([hs], s.rhs) !== undefined));
    const fall = risk?.findIndex((h, p) => p + 1 < risk.length && small(h.n - risk[p + 1]!.n));
    const lineFall =
      risk !== undefined && fall !== undefined && fall >= 0
        ? { rhs: risk[fall]!.n - risk[fall + 1]!.n, terms: [] as (typeof steps)[number]['terms'] }
        : undefined;
    for (const s of [...(lineFall ? [lineFall] : []), ...steps]) {
      if (s !== lineFall && (s.terms.length === 0 || s.terms.some((t) => t.coef !== 1))) continue;
      if (!small(s.rhs)) continue;
      const points = s === lineFall ? ([risk![fall!]!.label, risk![fall! + 1]!.label] as [string, string]) : pointsOf(axes, s.rhs);
      // A fall of 0 only where two headers' Ns give it (no other constant).
      if (points === undefined && s.rhs === 0) continue;
      const byTable = new Map<number, string[]>();
      for (const t of s.terms) {
        const l = lineOf(tables, t.table, t.row, t.col);
        if (l === undefined) continue;
        const ls = byTable.get(t.table) ?? [];
        if (!ls.includes(l)) ls.push(l);
        byTable.set(t.table, ls);
      }
      const lines =
        [...byTable]
          .map(([n, ls]) => `${n === a.number ? '' : `表${n}の`}${ls.slice(0, 4).map(quote).join('と')}${ls.length > 4 ? 'など' : ''}`)
          .join('、') || 'イベントと打ち切りなど';
      const where = points ? `${quote(points[0])}と${quote(points[1])}の患者数（N）の差` : '時点の見出しの患者数（N）の差';
      errors.push({
        code: 'life/header-fall',
        message:
          `表${a.number}の時点の見出しに書かれた患者数（N）を、生存時間の表のリスク集合（各時点の患者数）と読みました（チェッカーの判断）。` +
          `見出しの N は秘匿できない公表の数のため、${where} ${s.rhs} 人（その間に減った患者：${lines}の和）が閾値 ${threshold} 未満の数をセルにせずに示していることになり、セルを秘匿しても守れません`,
        hint:
          '見出しの N は秘匿できないため、見出しを書き直してください：時点をまとめて隣り合う時点の N の差が閾値以上になるようにするか、見出しから N を外してください（外した N は本文にも書かないでください）。' +
          '見出しの数が各時点の患者数でなければ、「(N=…)」を外して何の数かを題名か行として書いてください',
        place: { line: a.line, table: a.number },
      });
      break;
    }
  }
  return errors;
}
