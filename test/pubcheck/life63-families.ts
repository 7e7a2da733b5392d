/**
 * life63 (issue #11): life tables whose at-risk counts are written only as each time point's N in its header
 * (「0か月 (N=240)」「6か月 (N=201)」 …) over a line of another count (「奏効」), beside a table of one column at one
 * point: the events (one under 10) and censored of the interval ending there. The fall of the N over that interval is
 * their sum, so a reader of the censored takes the events back. `headerN` draws them; `leakOf` is the attacker, written
 * apart from the engine: it knows the interval and the fall, and a hidden count is given back where every other line
 * of the column is published (its value the fall less theirs) or the fall itself is under the threshold.
 * `npx node test/pubcheck/life63-families.ts [count] [seed]` prints the tally (`ROOT=<tree>` for another checker).
 */
import { checkerOfRoot, lcg } from './helpers.ts';

export interface HeaderNCase {
  text: string;
  /** The fall over the column's interval and 表2's lines' true values, in order. */
  fall: number;
  lines: number[];
}

const FORMS = [(n: number) => ` (N=${n})`, (n: number) => ` n=${n}`, (n: number) => `（N＝${n}）`, (n: number) => ` (n=${n})`];

/** With `innocent`, 表2's lines add up to no fall of the N nor of 表1's line (another count at that point). */
export function headerN(count: number, seed: number, innocent = false): HeaderNCase[] {
  const r = lcg(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const out: HeaderNCase[] = [];
  for (let i = 0; i < count; i++) {
    const k = int(3, 5);
    const step = [3, 6, 12][int(0, 2)]!;
    const form = FORMS[int(0, FORMS.length - 1)]!;
    const ns = [int(150, 400)];
    for (let p = 1; p < k; p++) ns.push(ns[p - 1]! - int(12, 40));
    const j = int(1, k - 1);
    const fall = ns[j - 1]! - ns[j]!;
    const died = int(1, 9);
    const heads = ns.map((n, p) => `${p * step}か月${form(n)}`);
    const response = ns.map((n) => int(10, Math.floor(n / 2)));
    const falls = new Set([ns, response].flatMap((xs) => xs.flatMap((a, p) => xs.slice(p + 1).map((b) => Math.abs(a - b)))));
    let other = fall - died;
    if (innocent) while (falls.has(died + other) || other < 10) other = int(10, 60);
    const lines = [died, other];
    const text =
      `表1 奏効\n,${heads.join(',')}\n奏効,${response.join(',')}\n\n` +
      `表2 ${j * step}か月時点\n,${j * step}か月\n死亡,${lines[0]}\n打ち切り,${lines[1]}\n`;
    out.push({ text, fall, lines });
  }
  return out;
}

/** Whether a read check of `c` gives a hidden count of 表2 back (its status per line, in order). */
export function leakOf(c: HeaderNCase, status: readonly string[], threshold = 10): boolean {
  const hidden = c.lines.map((_, i) => status[i] !== 'published');
  if (c.lines.some((v, i) => !hidden[i] && v < threshold)) return true;
  const shown = c.lines.reduce((s, v, i) => s + (hidden[i] ? 0 : v), 0);
  const open = hidden.filter(Boolean).length;
  // One hidden: its value is the fall less the shown. More: each at most the fall less the shown.
  return c.lines.some((v, i) => hidden[i] && v < threshold && (open === 1 || c.fall - shown < threshold));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { check, highs, bundle } = await checkerOfRoot();
  const count = Number(process.argv[2] ?? 100);
  const seed = Number(process.argv[3] ?? 4890);
  const innocent = process.argv[4] === 'innocent';
  for (const protection of ['threshold', 'not-exact'] as const) {
    let read = 0;
    let leaked = 0;
    let hidden = 0;
    for (const c of headerN(count, seed, innocent)) {
      const res = check(highs, bundle, c.text, { details: true }, { protection, mipSeconds: 0.3 });
      if (!res.ok) continue;
      read++;
      const t = res.tables[1]!;
      hidden += res.tables.reduce((s, x) => s + x.status.filter((y) => y !== 'published').length, 0);
      if (!innocent && leakOf(c, t.status)) leaked++;
    }
    console.log(`${protection}: ${count} tables, read ${read}, refused ${count - read}, leaked ${leaked}, hidden ${hidden}`);
  }
}
