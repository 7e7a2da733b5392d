/**
 * life66 (issue #11): two life-table readings the README's Limits left open.
 *
 * - `part/cols`, `part/rows`, `part/two`: a part of a step alone. 表1 prints at risk at 0/u/2u(/3u)か月; 表2 prints one
 *   interval inside one of 表1's steps and ending at its point (「3-6か月」「3〜6か月」 beside 0/6/12か月; `part/two`: two
 *   such intervals in two steps), with its own number at risk at the interval's start (「人数」, header.ts reads it as
 *   the column's N) over 「死亡」 (one count 1–9), 「打ち切り」 and 「その他」 (no part of the fall). That N less the
 *   interval's deaths and censored is 表1's count at the interval's end: a reader of the censored takes the deaths back.
 *   By columns (`part/cols`, `part/two`; a third of them the N in the header, 「3-6か月 (N=170)」) or by rows
 *   (`part/rows`: 「区間」「人数」「死亡」…); from 表1's second step on, now and then over the point before (「3-12か月」).
 *   `part/after`: the interval starting at 表1's point (「6-9か月」), its N the number still at risk at its end.
 * - `bare`: life63's `headerN` (表1 「奏効」 over points whose headers write their N, 表2 one interval's 死亡 and
 *   打ち切り at one point) with the N written bare in brackets (「0か月 (240)」「6か月（201）」): before, no time point.
 * - Innocent (`… innocent`): the same look, the N falling by no sum of 表2's lines (`part/*`) or 表2's lines adding up to
 *   no fall (`bare`, life63's innocent).
 *
 * `leakOf` is the attacker, written apart from the engine (as life63's): it knows each interval's fall, and a hidden
 * count of the fall's lines is given back where the other is published (its value the fall less it) or the fall less
 * the shown is under the threshold, or a published count is under it.
 * `npx node test/pubcheck/life66-families.ts <count> <seed> [kind,…] [innocent]` (seeds 5230–5259; `ROOT=<tree>`).
 */
import { checkerOfRoot, int, lcg, pick } from './helpers.ts';
import { lifeTable as table } from './life48-families.ts';
import { OTHER, RISK } from './life61-families.ts';
import { headerN, leakOf as leak63 } from './life63-families.ts';

export type Kind = 'part/cols' | 'part/rows' | 'part/two' | 'part/after' | 'bare';
export const KINDS: readonly Kind[] = ['part/cols', 'part/rows', 'part/two', 'part/after', 'bare'];
export interface Case {
  kind: Kind;
  text: string;
  /** Per interval of 表2: its fall (N less 表1's count at its end), its fall's lines' values and their status places
   * with 「人数」 taken out of 表2 (`at`) or kept as a line (`kept`). */
  parts: { fall: number; lines: number[]; at: number[]; kept: number[]; n?: number; end?: number }[];
  /** The number of 表2's cells (its status' length where 「人数」 is taken out; kept: `kept`). */
  cells: number;
  kept: number;
}
const DIED = ['死亡', 'イベント', 'Deaths'];
const CENS = ['打ち切り', 'Censored', '追跡不能'];
const NB = ['人数', '患者数', 'At risk'];

function part(kind: Exclude<Kind, 'bare'>, next: () => number, innocent: boolean): Case {
  const style = pick(next, ['か月', 'ヶ月', ' months']);
  const unit = pick(next, [6, 12]);
  const steps = pick(next, [2, 3]);
  const times = Array.from({ length: steps + 1 }, (_, j) => j * unit);
  const ends = Array.from({ length: steps + 1 }, () => 0);
  const after = kind === 'part/after';
  ends[steps] = int(next, 30, 90) + (after ? 60 : 0);
  for (let i = steps - 1; i >= 0; i--) ends[i] = ends[i + 1]! + int(next, 25, 70);
  // The intervals: one (two for `part/two`, in two steps) inside a step, ending at its point.
  const count = kind === 'part/two' ? 2 : 1;
  const which = Array.from({ length: steps }, (_, i) => i + 1);
  while (which.length > count) which.splice(int(next, 0, which.length - 1), 1);
  const sep = pick(next, ['-', '〜', '–']);
  const cols = which.map((w) => {
    // `part/after`: from 表1's point before, the N at the interval's end (「6-9か月」 beside 0/6/12か月).
    if (after) {
      const to = times[w - 1]! + pick(next, [unit / 2, unit / 3, (2 * unit) / 3]);
      return { j: w - 1, from: times[w - 1]!, label: `${times[w - 1]}${sep}${to}${style}` };
    }
    // Inside the step, or (from 表1's second step on, now and then) over the point before it (「3-12か月」).
    const from = times[w]! - pick(next, [unit / 2, unit / 3, (2 * unit) / 3, ...(w >= 2 ? [unit + unit / 2] : [])]);
    return { j: w, from, label: `${from}${sep}${times[w]}${style}` };
  });
  const died = cols.map(() => int(next, 10, 30));
  const cens = cols.map(() => int(next, 10, 30));
  const other = cols.map(() => int(next, 10, 30));
  died[int(next, 0, count - 1)] = int(next, 1, 9);
  const n = cols.map(({ j }, c) => {
    const sign = after ? -1 : 1;
    if (!innocent) return ends[j]! + sign * (died[c]! + cens[c]!);
    // The N less 表1's count taken by no one line or two of 表2's lines.
    const [d, e, o] = [died[c]!, cens[c]!, other[c]!];
    const sums = new Set([d, e, o, d + e, d + o, e + o, d + e + o]);
    let x = ends[j]! + sign * int(next, 15, 50);
    while (sums.has(sign * (x - ends[j]!))) x += sign;
    return x;
  });
  const label = (x: number) => `${x}${style}`;
  const first = table(pick(next, ['# 表1', '# 表1 追跡の状況', '# 図1の下']), [pick(next, RISK)], [ends], times.map(label), next() < 0.5);
  const names = [pick(next, NB), pick(next, DIED), pick(next, CENS), pick(next, OTHER)];
  const series = [n, died, cens, other];
  const byCols = kind !== 'part/rows';
  // By columns, now and then the N in each column's header (「3-6か月 (N=170)」) instead of a line.
  const inHeader = byCols && next() < 0.3;
  const second = byCols
    ? table(
        pick(next, ['# 表2', '# 表2 期間の内訳']),
        inHeader ? names.slice(1) : names,
        inHeader ? series.slice(1) : series,
        cols.map((c, k) => (inHeader ? `${c.label} (N=${n[k]})` : c.label)),
        true,
      )
    : [
        pick(next, ['# 表2', '# 表2 期間の内訳']),
        ['区間', ...names].join('\t'),
        ...cols.map((c, k) => [c.label, ...series.map((s) => s[k])].join('\t')),
      ].join('\n');
  // 表2's status places (人数 taken out): by columns line-major over the intervals, by rows interval-major.
  const place = (line: number, c: number, w: number) => (byCols ? line * count + c : c * w + line);
  const parts = cols.map(({ j }, c) => ({
    fall: (after ? -1 : 1) * (n[c]! - ends[j]!),
    lines: [died[c]!, cens[c]!],
    at: [place(0, c, 3), place(1, c, 3)],
    kept: [place(1, c, 4), place(2, c, 4)],
    n: place(0, c, 4),
    end: j,
  }));
  return { kind, text: `${first}\n\n${second}\n`, parts, cells: 3 * count, kept: 4 * count };
}

function bare(next: () => number, innocent: boolean): Case {
  const [c] = headerN(1, Math.floor(next() * 2 ** 31), innocent);
  const full = next() < 0.5;
  const text = c!.text.replace(/ \(N=(\d+)\)| n=(\d+)|（N＝(\d+)）| \(n=(\d+)\)/g, (_, ...ns: (string | undefined)[]) => {
    const v = ns.slice(0, 4).find((x) => x !== undefined)!;
    return full ? `（${v}）` : ` (${v})`;
  });
  return { kind: 'bare', text, parts: [{ fall: c!.fall, lines: c!.lines, at: [0, 1], kept: [0, 1] }], cells: 2, kept: 2 };
}

export function make(kind: Kind, next: () => number, innocent = false): Case {
  return kind === 'bare' ? bare(next, innocent) : part(kind, next, innocent);
}
export const family = (kind: Kind, count: number, seed: number, innocent = false): Case[] => {
  const next = lcg(seed);
  return Array.from({ length: count }, () => make(kind, next, innocent));
};

/** Whether a read check gives a hidden count of 表2 back (`status`: 表2's, 「人数」 taken out or kept as a line; the
 * attacker knows the N either way: a published N); undefined where 表2 was read in another shape. */
export function leakOf(c: Case, status: readonly string[], first: readonly string[], threshold = 10): boolean | undefined {
  const kept = status.length === c.kept;
  if (status.length !== c.cells && !kept) return undefined;
  // The fall is known where the N (taken out, or its cell published) and 表1's count at the interval's end are.
  const known = (p: Case['parts'][number]) =>
    (!kept || p.n === undefined || status[p.n] === 'published') && (p.end === undefined || first[p.end] === 'published');
  return c.parts.some(
    (p) =>
      (known(p) || p.lines.some((v, i) => v < threshold && status[(kept ? p.kept : p.at)[i]!] === 'published')) &&
      leak63(
        { text: c.text, fall: p.fall, lines: p.lines },
        (kept ? p.kept : p.at).map((k) => status[k]!),
        threshold,
      ),
  );
}

/** Tallies per protection: read, refused, life (a life table said), leaked, odd (表2 read in another shape), hidden. */
export async function measure(cases: readonly Case[], innocent = false) {
  const { check, highs, bundle } = await checkerOfRoot();
  const out: Record<string, { read: number; refused: number; life: number; leaked: number; odd: number; hidden: number }> = {};
  for (const protection of ['threshold', 'not-exact'] as const) {
    const m = { read: 0, refused: 0, life: 0, leaked: 0, odd: 0, hidden: 0 };
    for (const c of cases) {
      const r = check(highs, bundle, c.text, { details: true }, { protection, mipSeconds: 0.3 });
      if (!r.ok) {
        m.refused++;
        continue;
      }
      m.read++;
      if (r.warnings.some((w) => w.code === 'table/life-table')) m.life++;
      m.hidden += r.tables.reduce((s, t) => s + t.status.filter((x) => x !== 'published').length, 0);
      if (innocent) continue;
      const l = leakOf(c, r.tables[1]!.status, r.tables[0]!.status);
      if (l === undefined) m.odd++;
      else if (l) m.leaked++;
    }
    out[protection] = m;
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const count = Number(process.argv[2] ?? 30);
  const seed = Number(process.argv[3] ?? 5230);
  const kinds = process.argv[4] ? (process.argv[4].split(',') as Kind[]) : KINDS;
  const innocent = process.argv[5] === 'innocent';
  for (const kind of kinds) {
    const m = await measure(family(kind, count, seed, innocent), innocent);
    for (const [p, x] of Object.entries(m))
      console.log(
        `${innocent ? 'innocent ' : ''}${kind} ${p}: ${count} tables, read ${x.read}, refused ${x.refused}, life ${x.life}, leaked ${x.leaked}, odd ${x.odd}, hidden ${x.hidden}`,
      );
  }
}
