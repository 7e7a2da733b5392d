/**
 * formats33's integer attacker, written apart from the engine: every number the check leaves published (every
 * printed number of the input but the cells it hides, matched by line and text) with its true meaning from the
 * generator (formats33-families.ts), propagated as intervals of whole numbers over the sums that always hold and each
 * percentage as an equation on its base. A count under the threshold is leaked where its interval shows it under the
 * threshold (published, or worked out); a hidden count pinned is leaked too.
 */
import type { CheckResult } from '../../src/pubcheck/check.ts';
import type { Case, Meaning } from './formats33-families.ts';

export const THRESHOLD = 10;
type Ok = Extract<CheckResult, { ok: true }>;
type Checked = { ok: true } | { ok: false; errors: readonly { code: string }[] };

/**
 * The published tokens: every token but the cells the check hides, matched by line, text and which of the line's
 * cells of that text it is (「59」 twice on a line, one hidden).
 */
export function published(r: Ok, c: Case) {
  const hidden = new Set<string>();
  // Counted over every table, in order (formats35: Stata's one line read as two tables, 「85 (91.40%)」 in each).
  const seenCells = new Map<string, number>();
  for (const t of r.tables) {
    const seen = seenCells;
    t.table.cells.forEach((row, i) =>
      row.forEach((cell, j) => {
        const key = `${cell.line}:${cell.text.trim()}`;
        const k = seen.get(key) ?? 0;
        seen.set(key, k + 1);
        if (t.status[i * t.table.cols.length + j] !== 'published') hidden.add(`${key}:${k}`);
      }),
    );
  }
  // rates66: a share line set aside as a rate (Table.rates, rates.ts `joinLineShares`) leaves its count alone in the
  // cell: a token printed 「114 (70%)」 is that count (matched to the cell) and the rate, published unless the rate is
  // hidden (where its count, a count of its position or its base is: report.ts).
  const rateAt = ratesShown(r);
  const tokens = c.tokens.flatMap((t) => {
    const m = /^(\S+) \((.+)%\)$/.exec(t.text);
    const shown = m && rateAt.get(`${t.line}:${m[1]}`)?.shift();
    if (!m || shown === undefined) return [t];
    const count = { ...t, text: m[1]!, meanings: t.meanings.filter((x) => x.kind !== 'pct') };
    return shown ? [count, { ...t, text: `(${m[2]}%)`, meanings: t.meanings.filter((x) => x.kind === 'pct') }] : [count];
  });
  const seen = new Map<string, number>();
  return tokens.filter((t) => {
    const key = `${t.line}:${t.text}`;
    const k = seen.get(key) ?? 0;
    seen.set(key, k + 1);
    return !hidden.has(`${key}:${k}`);
  });
}

/**
 * rates66: the rates set aside (Table.rates) by their count's cell, `${line}:${count text}`: whether each is published
 * (its count, every count of its position and its base published; report.ts hides it otherwise).
 */
export function ratesShown(r: Ok): Map<string, boolean[]> {
  const rateAt = new Map<string, boolean[]>();
  for (const t of r.tables) {
    const C = t.table.cols.length;
    const shown = ([i, j]: [number, number]) => t.status[i * C + j] === 'published';
    for (const rate of t.table.rates ?? [])
      for (const cell of rate.cells) {
        const [i, j] = cell.events[0] ?? [-1, -1];
        const own = t.table.cells[i]?.[j];
        if (!own) continue;
        const key = `${own.line}:${own.text.trim()}`;
        // rates70: a share line's cell published beside a hidden count (check.ts `meansShown`, `lineShareRows`: `shown`).
        rateAt.set(key, [
          ...(rateAt.get(key) ?? []),
          cell.shown === true || (cell.events.every(shown) && (!cell.base || shown(cell.base))),
        ]);
      }
  }
  return rateAt;
}

/** rates66: the joined text (「114 (70%)」 cells) with each rate the check hides (`ratesShown`) taken out, for the oracle. */
export function withoutHiddenRates(r: Ok, joined: string): string {
  const rateAt = ratesShown(r);
  return joined
    .split('\n')
    .map((line, y) =>
      line
        .split('\t')
        .map((f) => {
          const m = /^(\S+) \((.+)%\)$/.exec(f.trim());
          const shown = m && rateAt.get(`${y + 1}:${m[1]}`)?.shift();
          return m && shown === false ? m[1]! : f;
        })
        .join('\t'),
    )
    .join('\n');
}

/** The leaked variables: [name, true value, lo, hi]. */
export function leaks(r: Ok, c: Case): [string, number, number, number][] {
  const lo = new Map<string, number>();
  const hi = new Map<string, number>();
  for (const v of c.truth.keys()) (lo.set(v, 0), hi.set(v, 1e9));
  const cut = (v: string, a: number, b: number) => {
    lo.set(v, Math.max(lo.get(v)!, a));
    hi.set(v, Math.min(hi.get(v)!, b));
  };
  const pcts: { num: string; den: string; p: number; h: number; scale: number }[] = [];
  const expected: Extract<Meaning, { kind: 'expected' }>[] = [];
  for (const t of published(r, c)) {
    for (const m of t.meanings) {
      if (m.kind === 'count') {
        const x = Number(t.text.replace(/,/g, '').match(/\d+/)![0]);
        cut(m.v, x, x);
      } else if (m.kind === 'expected') expected.push(m);
      else {
        const s = t.text.match(/\((\d+(?:\.\d+)?)%?\)/)?.[1] ?? t.text.replace(/[^\d.]/g, '');
        pcts.push({ num: m.num, den: m.den, p: Number(s), h: 0.5 * 10 ** -m.dec + 1e-9, scale: m.scale });
      }
    }
  }
  for (let it = 0; it < 60; it++) {
    for (const [s, parts] of c.sums) {
      const sl = parts.reduce((a, p) => a + lo.get(p)!, 0);
      const sh = parts.reduce((a, p) => a + hi.get(p)!, 0);
      cut(s, sl, sh);
      for (const p of parts) cut(p, lo.get(s)! - (sh - hi.get(p)!), hi.get(s)! - (sl - lo.get(p)!));
    }
    for (const q of pcts) {
      const a = (q.p - q.h) / q.scale;
      const b = (q.p + q.h) / q.scale;
      cut(q.num, Math.ceil(lo.get(q.den)! * a - 1e-9), Math.floor(hi.get(q.den)! * b + 1e-9));
      if (a > 0) cut(q.den, Math.ceil(lo.get(q.num)! / b - 1e-9), Math.floor(hi.get(q.num)! / a + 1e-9));
    }
    for (const q of expected) propagateExpected(q, lo, hi, cut);
  }
  const out: [string, number, number, number][] = [];
  for (const [v, x] of c.truth) {
    if (x === 0) continue;
    if ((x < THRESHOLD && hi.get(v)! < THRESHOLD) || lo.get(v) === hi.get(v)) {
      // A count published as printed is no leak where it is ≥ the threshold.
      if (x >= THRESHOLD) continue;
      out.push([v, x, lo.get(v)!, hi.get(v)!]);
    }
  }
  return out;
}

/**
 * formats42: an expected count E = a·b/den (SAS's EXPECTED, DEVIATION, CELLCHI2 lines) as intervals: E from the
 * printed value (Expected), from the cell less the printed deviation (Deviation), or around the cell by the square root
 * of chi²·E (Cell Chi-Square, both signs); then each margin from E and the other two, and the cell from E.
 */
function propagateExpected(
  q: Extract<Meaning, { kind: 'expected' }>,
  lo: Map<string, number>,
  hi: Map<string, number>,
  cut: (v: string, a: number, b: number) => void,
): void {
  const [la, ha, lb, hb, ld, hd] = [lo.get(q.a)!, hi.get(q.a)!, lo.get(q.b)!, hi.get(q.b)!, lo.get(q.den)!, hi.get(q.den)!];
  // E's interval from the margins, then narrowed by what the line prints.
  let el = ld > 0 ? (la * lb) / hd : 0;
  let eh = ld > 0 ? (ha * hb) / ld : Infinity;
  const [vl, vh] = [lo.get(q.v)!, hi.get(q.v)!];
  if (q.stat === 'expected') ((el = Math.max(el, q.x - q.h)), (eh = Math.min(eh, q.x + q.h)));
  else if (q.stat === 'deviation') {
    ((el = Math.max(el, vl - q.x - q.h)), (eh = Math.min(eh, vh - q.x + q.h)));
    cut(q.v, Math.ceil(el + q.x - q.h - 1e-9), Math.floor(eh + q.x + q.h + 1e-9));
  } else {
    const d = Math.sqrt((q.x + q.h) * eh);
    if (Number.isFinite(d)) cut(q.v, Math.ceil(el - d - 1e-9), Math.floor(eh + d + 1e-9));
  }
  if (!(el > 0) || !Number.isFinite(eh)) return;
  if (lb > 0) cut(q.a, Math.ceil((el * ld) / hb - 1e-9), Math.floor((eh * hd) / lb + 1e-9));
  if (la > 0) cut(q.b, Math.ceil((el * ld) / ha - 1e-9), Math.floor((eh * hd) / la + 1e-9));
  cut(q.den, Math.ceil((la * lb) / eh - 1e-9), Math.floor((ha * hb) / el + 1e-9));
}

/**
 * The formats measures' tally of one case (formats35, formats36): a blocking finding other than the small counts'
 * stops the table as a refusal does (`finding/<kind>`); else read, and leaked where nothing is left open (no failed
 * suppression, no primary failure in a header) and `leaks` finds a count given back.
 */
export function tallyFormat(
  tally: { add(family: string, r: Checked, leaked?: boolean): void },
  r: CheckResult,
  c: Case & { family: string },
): void {
  const open = r.ok && r.tables.some((t) => t.suppression?.passed === false || t.primary.headers.length > 0);
  const finding = r.ok
    ? r.verdict.reasons.find((x) => x.severity === 'blocking' && x.kind !== 'primary' && x.kind !== 'secondary')
    : undefined;
  if (finding) tally.add(c.family, { ok: false, errors: [{ code: `finding/${finding.kind}` }] });
  else tally.add(c.family, r, r.ok && !open && leaks(r, c).length > 0);
}
