/**
 * step68 (issue #11, seeds 5470–5489): three life-table readings life66/red66 left open.
 *
 * - `digit`: life63's layout (表1 「奏効」 over points whose headers write their N bare in brackets, 「0か月 (240)」), the
 *   last point's N one digit (「24か月 (5)」: the few still at risk at the tail of follow-up), 表2 the events and
 *   censored of the interval ending there. Before, a one-digit 「(5)」 was a mark, no N: the last point no point, and
 *   the censored gave the events back (the N's fall to 5 their sum).
 * - `flat`: rede62's cumulative columns (表2 at 表1's points, each the events and censored from 表1's first point, a
 *   column at no point now and then) whose lines do not strictly rise (a flat stretch: 死亡 3, 3, 5).
 * - `neither`: 表2's parts of a step with neither end on 表1's points (「3-9か月」「7-9か月」), own N at the start or at
 *   the end (「人数」 / 「終了時人数」), or a chain of parts whose last ends at 表1's point.
 * - Innocent (`… innocent`): the same look, 表1's falls met by no sum of 表2's lines.
 *
 * `leakOf` is the attacker, written apart from the engine: it knows each fall the published cells give (表1's cells,
 * the points' N) and solves the equations one unknown at a time (a hidden count given back where every other term of
 * its equation is known), and a published count under the threshold is a leak too.
 * `npx node test/pubcheck/step68-families.ts <kind> <count> <seed> [innocent]` (`ROOT=<tree>` for another tree).
 */
import { checkerOfRoot, int, lcg, pick } from './helpers.ts';

export type Kind = 'digit' | 'flat' | 'neither';
export const KINDS: readonly Kind[] = ['digit', 'flat', 'neither'];
/** One equation: the sum of the cells (table, status index) with their coefficients equals `rhs`. */
export interface Eq {
  cells: { t: number; k: number; coef: number }[];
  rhs: number;
}
/** review69: two cells of 表2 (status indices k0, k1) summing to `rhs` (`digit`'s interval, step68.test.ts's fixtures). */
export const twoCells = (k0: number, k1: number, rhs: number): Eq => ({
  cells: [
    { t: 1, k: k0, coef: 1 },
    { t: 1, k: k1, coef: 1 },
  ],
  rhs,
});
export interface Case {
  kind: Kind;
  text: string;
  /** Every cell's true value per table, in the checker's status order (row by row). */
  values: number[][];
  /** What a reader knows (true of the counts), over cells; constants folded into rhs. */
  eqs: Eq[];
}
const FORMS = [(n: number) => ` (${n})`, (n: number) => `（${n}）`];

function digit(next: () => number, innocent: boolean): Case {
  const k = int(next, 3, 5);
  const step = pick(next, [3, 6, 12]);
  const form = pick(next, FORMS);
  const ns = [int(next, 60, 300) + 40 * k];
  for (let p = 1; p < k; p++) ns.push(ns[p - 1]! - int(next, 12, 40));
  // The last point's N one digit (and now and then the one before too, where the line allows).
  ns[k - 1] = int(next, 1, 9);
  const j = next() < 0.7 ? k - 1 : int(next, 1, k - 1);
  const fall = ns[j - 1]! - ns[j]!;
  const died = int(next, 1, 9);
  let other = fall - died;
  const response = ns.map((n) => int(next, 1, Math.max(1, Math.floor(n / 2))));
  if (innocent) {
    const falls = new Set([ns, response].flatMap((xs) => xs.flatMap((a, p) => xs.slice(p + 1).map((b) => Math.abs(a - b)))));
    while (falls.has(died + other) || other < 10) other = int(next, 10, 60);
  }
  const heads = ns.map((n, p) => `${p * step}か月${form(n)}`);
  const text =
    `表1 ${pick(next, ['奏効', '追跡', '生存'])}\n,${heads.join(',')}\n${pick(next, ['奏効', '継続'])},${response.join(',')}\n\n` +
    `表2 ${pick(next, ['', `${j * step}か月時点`, '内訳'])}\n,${j * step}か月\n${pick(next, ['死亡', 'イベント'])},${died}\n${pick(next, ['打ち切り', 'Censored'])},${other}\n`;
  return {
    kind: 'digit',
    text,
    values: [response, [died, other]],
    eqs: innocent ? [] : [twoCells(0, 1, fall)],
  };
}

function flat(next: () => number, innocent: boolean): Case {
  const P = int(next, 3, 5);
  const unit = pick(next, [6, 12]);
  const style = pick(next, ['か月', 'ヶ月']);
  // How 表2 counts: from 表1's first point (`first`), from a point 表1 does not print (`unprinted`: 表1 from its second
  // point), or from each point to the last (`last`); the at-risk line a line, or each point's N in its header.
  const from = pick(next, ['first', 'first', 'unprinted', 'last'] as const);
  const header = from !== 'unprinted' && next() < 0.3;
  // Per step: events small, a flat stretch (0) in one or two steps; censored 10–30 (now and then 0 too).
  const ev = Array.from({ length: P - 1 }, () => int(next, 1, 9));
  const cs = Array.from({ length: P - 1 }, () => int(next, 10, 30));
  const flats = int(next, 1, Math.max(1, P - 2));
  for (let f = 0; f < flats; f++) ev[int(next, 0, P - 2)] = 0;
  const zeroCs = next() < 0.3 ? int(next, 0, P - 2) : -1;
  // A step with no censored (under a line only: each point's N in its header is a published constant, so a fall
  // under the threshold is published by the headers themselves, whatever 表2 prints — another class, life63's).
  if (zeroCs >= 0 && !header) cs[zeroCs] = 0;
  const risk = Array.from({ length: P }, () => 0);
  risk[P - 1] = int(next, 20, 80);
  for (let n = P - 2; n >= 0; n--) risk[n] = risk[n + 1]! + (innocent ? int(next, 15, 70) : ev[n]! + cs[n]!);
  const zero = from !== 'unprinted' && next() < 0.3;
  const half = from === 'first' && next() < 0.3 ? int(next, 0, P - 2) + 0.5 : undefined;
  const at = (
    from === 'last'
      ? [...Array.from({ length: P - 1 }, (_, n) => n), ...(zero ? [P - 1] : [])]
      : [...(zero ? [0] : []), ...Array.from({ length: P - 1 }, (_, n) => n + 1), ...(half === undefined ? [] : [half])]
  ).sort((a, b) => a - b);
  const upTo = (xs: number[], p: number) =>
    xs.slice(0, Math.floor(p)).reduce((a, x) => a + x, 0) + (p % 1 ? Math.floor((xs[Math.floor(p)] ?? 8) / 2) : 0);
  const count = (xs: number[], p: number) => (from === 'last' ? upTo(xs, P - 1) - upTo(xs, p) : upTo(xs, p));
  const died = at.map((p) => count(ev, p));
  const censored = at.map((p) => count(cs, p));
  const label = (p: number) => `${p * unit}${style}`;
  const byCols = next() < 0.7;
  const names = [pick(next, ['死亡', 'イベント', 'Deaths']), pick(next, ['打ち切り', 'Censored', '追跡不能'])];
  const series = [died, censored];
  const title = pick(next, ['# 表2', '# 表2 内訳', '# 表2 累積', '# 表2 累積の内訳']);
  const second = byCols
    ? [title, ['', ...at.map(label)].join('\t'), ...names.map((n, i) => [n, ...series[i]!].join('\t'))].join('\n')
    : [title, ['時点', ...names].join('\t'), ...at.map((p, q) => [label(p), died[q], censored[q]].join('\t'))].join('\n');
  const shown = Array.from({ length: P }, (_, p) => p).filter((p) => from !== 'unprinted' || p > 0);
  const other = shown.map((p) => int(next, 5, Math.floor(risk[p]! / 2)));
  const first = header
    ? `# 表1\n\t${shown.map((p) => `${label(p)} (N=${risk[p]})`).join('\t')}\n奏効\t${other.join('\t')}`
    : `# 表1\n\t${shown.map(label).join('\t')}\n${pick(next, ['人数', '患者数', 'At risk'])}\t${shown.map((p) => risk[p]).join('\t')}`;
  const text = `${first}\n\n${second}\n`;
  const W = at.length;
  // Status index of 表2's cell (line i, column q).
  const idx = (i: number, q: number) => (byCols ? i * W + q : q * 2 + i);
  const values2 = byCols ? [...died, ...censored] : at.flatMap((_, q) => [died[q]!, censored[q]!]);
  // 表1's cell of point p (its N a constant where written in the header).
  const r1 = (p: number, coef: number) => (header ? [] : [{ t: 0, k: shown.indexOf(p), coef }]);
  const c1 = (p: number) => (header ? risk[p]! : 0);
  const eqs: Eq[] = [];
  if (!innocent)
    at.forEach((p, q) => {
      if (p % 1 !== 0) return;
      const cells = [
        { t: 1, k: idx(0, q), coef: 1 },
        { t: 1, k: idx(1, q), coef: 1 },
      ];
      if (from === 'first') eqs.push({ cells: [...cells, ...r1(0, -1), ...r1(p, 1)], rhs: c1(0) - c1(p) });
      else if (from === 'last') eqs.push({ cells: [...cells, ...r1(p, -1), ...r1(P - 1, 1)], rhs: c1(p) - c1(P - 1) });
      else if (q > 0)
        eqs.push({
          cells: [...cells, { t: 1, k: idx(0, q - 1), coef: -1 }, { t: 1, k: idx(1, q - 1), coef: -1 }, ...r1(at[q - 1]!, -1), ...r1(p, 1)],
          rhs: 0,
        });
    });
  return { kind: 'flat', text, values: [header ? other : shown.map((p) => risk[p]!), values2], eqs };
}

function neither(next: () => number, innocent: boolean): Case {
  const style = pick(next, ['か月', 'ヶ月']);
  const unit = 6;
  const steps = pick(next, [2, 3]);
  const times = Array.from({ length: steps + 1 }, (_, j) => j * unit);
  const ends = Array.from({ length: steps + 1 }, () => 0);
  ends[steps] = int(next, 40, 90);
  for (let i = steps - 1; i >= 0; i--) ends[i] = ends[i + 1]! + int(next, 40, 70);
  // The parts' bounds b0 < b1 < …: `inside` one part inside a step (「7-9か月」), `straddle` one over a point
  // (「3-9か月」), `chainEnd` two or three ending at a point (「2-4か月」「4-6か月」), `chainStart` starting at one.
  const shape = pick(next, ['inside', 'straddle', 'chainEnd', 'chainStart'] as const);
  const w = int(next, 1, steps);
  const [t0, t1] = [times[w - 1]!, times[w]!];
  const bounds =
    shape === 'inside'
      ? [t0 + 1, t0 + pick(next, [3, 4, 5])]
      : shape === 'straddle'
        ? [t1 - pick(next, [2, 3]), t1 + (w < steps ? pick(next, [2, 3]) : 0)].filter((x, n) => n === 0 || x > t1)
        : shape === 'chainEnd'
          ? [...(next() < 0.5 ? [t0 + 1] : []), t0 + 3, t1]
          : [t0, t0 + 3, ...(next() < 0.5 ? [t0 + 5] : [])];
  if (bounds.length < 2) bounds.push(t1 + 3);
  // Who leaves in each part, and the true number at risk at each bound (consistent with 表1's points: the parts'
  // leavers within a step at most that step's fall).
  const m = bounds.length - 1;
  const fallOf = (x: number) => {
    const k = Math.min(steps - 1, Math.floor(x / unit));
    return [ends[k]!, ends[k + 1]!, times[k]!] as const;
  };
  // The true N at a month (linear between 表1's points, rounded): any month the parts use.
  const nAt = (x: number) => {
    const [a, b, t] = fallOf(x);
    return x >= times[steps]! ? ends[steps]! : Math.round(a - ((a - b) * (x - t)) / unit);
  };
  const n = bounds.map(nAt);
  const died = Array.from({ length: m }, (_, c) => Math.min(int(next, 1, 9), n[c]! - n[c + 1]!));
  const cens = died.map((d, c) => n[c]! - n[c + 1]! - d);
  const atEnd = next() < 0.5;
  const ns = Array.from({ length: m }, (_, c) => (atEnd ? n[c + 1]! : n[c]!) + (innocent ? pick(next, [-1, 1]) * int(next, 3, 9) : 0));
  const other = died.map(() => int(next, 10, 30));
  const sep = pick(next, ['-', '〜']);
  const nName = atEnd ? pick(next, ['終了時人数', '期間終了時の人数']) : pick(next, ['人数', '開始時人数']);
  const text =
    `# 表1\n\t${times.map((x) => `${x}${style}`).join('\t')}\n${pick(next, ['人数', 'At risk'])}\t${ends.join('\t')}\n\n` +
    `# 表2\n\t${died.map((_, c) => `${bounds[c]}${sep}${bounds[c + 1]}${style}`).join('\t')}\n${nName}\t${ns.join('\t')}\n` +
    `死亡\t${died.join('\t')}\n打ち切り\t${cens.join('\t')}\nその他\t${other.join('\t')}\n`;
  // What a reader knows: part c's N at its start less its died and censored is the N at its end, where both are
  // printed (a part's own N, a published constant, or 表1's cell at a point).
  const eqs: Eq[] = [];
  if (!innocent)
    for (let c = 0; c < m; c++) {
      type End = { n: number } | { cell: number } | undefined;
      const printed = (x: number, b: number): End =>
        times.includes(x)
          ? { cell: times.indexOf(x) }
          : atEnd
            ? b > 0
              ? { n: ns[b - 1]! }
              : undefined
            : b < m
              ? { n: ns[b]! }
              : undefined;
      const [s0, s1] = [printed(bounds[c]!, c), printed(bounds[c + 1]!, c + 1)];
      if (!s0 || !s1) continue;
      // died + cens + (end) − (start) = 0, a constant end folded into rhs.
      const cells = [
        { t: 1, k: -1 - c, coef: 1 },
        { t: 1, k: -1 - m - c, coef: 1 },
        ...('cell' in s0 ? [{ t: 0, k: s0.cell, coef: -1 }] : []),
        ...('cell' in s1 ? [{ t: 0, k: s1.cell, coef: 1 }] : []),
      ];
      eqs.push({ cells, rhs: ('n' in s0 ? s0.n : 0) - ('n' in s1 ? s1.n : 0) });
    }
  return { kind: 'neither', text, values: [ends, [...ns, ...died, ...cens, ...other]], eqs };
}

export function make(kind: Kind, next: () => number, innocent = false): Case {
  return kind === 'digit' ? digit(next, innocent) : kind === 'flat' ? flat(next, innocent) : neither(next, innocent);
}
export const family = (kind: Kind, count: number, seed: number, innocent = false): Case[] => {
  const next = lcg(seed);
  return Array.from({ length: count }, () => make(kind, next, innocent));
};

/**
 * Whether the statuses give a count under the threshold back: equations solved one unknown at a time. `neither`'s
 * cells are placed by a negative `k` (−1 − c: part c's 死亡, −1 − W − c: its 打ち切り) against 表2's lines after the N
 * (「人数」 kept as a line or taken out). Undefined where a table was read in another shape.
 */
export function leakOf(c: Case, status: readonly (readonly string[])[], threshold = 10): boolean | undefined {
  const resolve = (t: number, k: number): [number, number] | undefined => {
    if (k >= 0) return [t, k];
    // neither: 表2 [N…, died…, cens…, other…] (4W) or without the N (3W).
    const W = c.values[1]!.length / 4;
    const off = status[1]!.length === 4 * W ? W : status[1]!.length === 3 * W ? 0 : -1;
    if (off < 0) return undefined;
    const m = -1 - k; // c for died, W + c for cens
    return [t, off + m];
  };
  if (status.length !== c.values.length) return undefined;
  const known = new Map<string, number>();
  const hiddenVals: { key: string; v: number }[] = [];
  for (let t = 0; t < c.values.length; t++) {
    const vs = c.kind === 'neither' && t === 1 ? undefined : c.values[t]!;
    if (vs && status[t]!.length !== vs.length) return undefined;
  }
  const valueAt = (t: number, k: number): number => {
    if (c.kind === 'neither' && t === 1) {
      const W = c.values[1]!.length / 4;
      const off = status[1]!.length === 4 * W ? 0 : W;
      return c.values[1]![k + off]!;
    }
    return c.values[t]![k]!;
  };
  for (let t = 0; t < status.length; t++)
    status[t]!.forEach((s, k) => {
      const v = valueAt(t, k);
      if (s === 'published') known.set(`${t}:${k}`, v);
      else hiddenVals.push({ key: `${t}:${k}`, v });
    });
  for (const [key, v] of known) if (v > 0 && v < threshold && !key.startsWith('0:')) return true;
  const eqs = c.eqs.map((e) => ({ rhs: e.rhs, cells: e.cells.map((x) => ({ ...x, at: resolve(x.t, x.k) })) }));
  if (eqs.some((e) => e.cells.some((x) => !x.at))) return undefined;
  let changed = true;
  while (changed) {
    changed = false;
    for (const e of eqs) {
      const open = e.cells.filter((x) => !known.has(`${x.at![0]}:${x.at![1]}`));
      if (open.length !== 1) continue;
      const rest = e.cells.reduce((s, x) => s + (open.includes(x) ? 0 : x.coef * known.get(`${x.at![0]}:${x.at![1]}`)!), 0);
      known.set(`${open[0]!.at![0]}:${open[0]!.at![1]}`, (e.rhs - rest) / open[0]!.coef);
      changed = true;
    }
  }
  return hiddenVals.some(({ key, v }) => v < threshold && known.has(key));
}

/** Tallies (threshold protection): read, refused, life (a life table said), leaked, odd, hidden. */
export async function measure(cases: readonly Case[], innocent = false) {
  const { check, highs, bundle } = await checkerOfRoot();
  const m = { read: 0, refused: 0, life: 0, leaked: 0, odd: 0, hidden: 0, said: 0 };
  const leaks: string[] = [];
  for (const c of cases) {
    const r = check(highs, bundle, c.text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });
    if (!r.ok) {
      m.refused++;
      continue;
    }
    m.read++;
    if (r.warnings.some((w) => w.code === 'table/life-table')) m.life++;
    if (r.warnings.some((w) => w.code === 'life/not-searched')) m.said++;
    m.hidden += r.tables.reduce((s, t) => s + t.status.filter((x) => x !== 'published').length, 0);
    if (innocent) continue;
    const l = leakOf(
      c,
      r.tables.map((t) => t.status),
    );
    if (l === undefined) m.odd++;
    else if (l) {
      m.leaked++;
      leaks.push(c.text);
    }
  }
  return { ...m, leaks };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const kinds = (process.argv[2] ?? KINDS.join(',')).split(',') as Kind[];
  const count = Number(process.argv[3] ?? 40);
  const seed = Number(process.argv[4] ?? 5470);
  const innocent = process.argv[5] === 'innocent';
  for (const kind of kinds) {
    const { leaks, ...x } = await measure(family(kind, count, seed, innocent), innocent);
    console.log(`${innocent ? 'innocent ' : ''}${kind} ${seed}: ${count} tables, ${JSON.stringify(x)}`);
    if (process.env.SHOW) for (const t of leaks.slice(0, Number(process.env.SHOW))) console.log(`---\n${t}`);
  }
}
