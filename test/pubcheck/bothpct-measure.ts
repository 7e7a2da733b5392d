/**
 * bothpct: random tables of percentages with an N on both axes where every percentage is a whole count of both its
 * row's N and its column's N (either reading fits), printed as row or as column percentages (integer and one
 * decimal, small counts, lines leaving 0–3 patients out), checked and then attacked by the oracle under BOTH
 * readings (oracle.ts `percentOf`): refused (input error), finding (no suppression passes / a header finding), leaked
 * (under either reading a hidden count pinned, or a count of 1–9 published or hidden with less than 10 possible), held.
 * `node test/pubcheck/bothpct-measure.ts` (GAP=1 or CHANCE=1, SRC=<dir with src/pubcheck> to run another version's engine, TABLES per kind).
 */
import loadHighs from 'highs';
import { attack } from './oracle.ts';
import { chanceTable } from './adversary20-families.ts';
import { fixtureBundle, int, lcg } from './helpers.ts';

const SRC = process.env.SRC ?? new URL('../..', import.meta.url).pathname;
const { check } = (await import(`${SRC}/src/pubcheck/check.ts`)) as typeof import('../../src/pubcheck/check.ts');
const TABLES = Number(process.env.TABLES ?? 125);
/** GAP=1: the true axis's lines leave 1–15 patients out (integer percentages), as a table of some categories only. */
const GAP = process.env.GAP === '1';
/**
 * CHANCE=1: 2 × 3 column percentages (integer) whose columns leave 1–60 patients out and whose rows each add up to
 * 100% by chance (as row percentages would), counts 1–9 or 20–90; for `row`, the same transposed.
 */
const CHANCE = process.env.CHANCE === '1';
const THRESHOLD = 10;
const highs = await loadHighs();
const bundle = fixtureBundle();
const pct = (x: number, n: number, d: number) => `${((100 * x) / n).toFixed(d)}%`;
/** The counts of N a printed percentage stands for. */
const counts = (p: number, d: number, n: number) => {
  const h = 0.5 * 10 ** -d;
  return { lo: Math.max(0, Math.ceil((n * (p - h)) / 100 - 1e-9)), hi: Math.min(n, Math.floor((n * (p + h)) / 100 + 1e-9)) };
};

interface Gen {
  text: string;
  cells: number[][];
  rowN: number[];
  colN: number[];
  digits: number;
}
/** A random table printed as `kind` percentages; undefined unless every cell fits both Ns. */
function generate(random: () => number, kind: 'row' | 'col', digits: number): Gen | undefined {
  if (CHANCE) return chance(random, kind);
  const R = int(random, 2, 3);
  const C = int(random, 2, 3);
  const cell = () => (random() < 0.4 ? int(random, 1, 9) : int(random, 10, 30));
  const m = Array.from({ length: R }, () => Array.from({ length: C }, cell));
  // One decimal: each line of the other axis adds up to 20 or 40 (its N), so that more cells fit both Ns.
  if (digits === 1) {
    const split = (k: number) => {
      const t = random() < 0.5 ? 20 : 40;
      const cuts = Array.from({ length: k - 1 }, () => int(random, 1, t - 1)).sort((a, b) => a - b);
      return [...cuts, t].map((x, j) => x - (j === 0 ? 0 : cuts[j - 1]!));
    };
    if (kind === 'col') for (let i = 0; i < R; i++) m[i] = split(C);
    else for (let c = 0, parts = m[0]!.map(() => split(R)); c < C; c++) for (let i = 0; i < R; i++) m[i]![c] = parts[c]![i]!;
  }
  // The true axis's N leaves 0 or 10–29 patients out (one decimal: padded to a multiple of 20, so that more cells fit
  // both Ns); the other axis's N is its line's sum.
  const pad = (sum: number) => {
    if (digits === 0) return sum + (GAP ? int(random, 1, 15) : random() < 0.5 ? 0 : int(random, 10, 20));
    const up = Math.ceil(sum / 20) * 20 - sum;
    return sum + (up > 0 && up < 10 ? up + 20 : up);
  };
  const rowSums = m.map((r) => r.reduce((a, b) => a + b, 0));
  const colSums = m[0]!.map((_, c) => m.reduce((a, r) => a + r[c]!, 0));
  const rowN = kind === 'row' ? rowSums.map(pad) : rowSums;
  const colN = kind === 'col' ? colSums.map(pad) : colSums;
  const text = m.map((r, i) => r.map((x, c) => pct(x, kind === 'row' ? rowN[i]! : colN[c]!, digits)));
  const cells = text.map((r) => r.map((t) => Number(t.slice(0, -1))));
  const fit = (p: number, n: number) => counts(p, digits, n).lo <= counts(p, digits, n).hi;
  if (!cells.every((r, i) => r.every((p, c) => fit(p, rowN[i]!) && fit(p, colN[c]!)))) return undefined;
  if (rowN.every((n) => colN.every((k) => k === n))) return undefined;
  const rows = ['男性', '女性', '不明'];
  const cols = ['A群', 'B群', 'C群'];
  const lines = [['', ...colN.map((n, c) => `${cols[c]} (N=${n})`)], ...text.map((r, i) => [`${rows[i]} (n=${rowN[i]})`, ...r])];
  return { text: lines.map((l) => l.join('\t')).join('\n') + '\n', cells, rowN, colN, digits };
}

function chance(random: () => number, kind: 'row' | 'col'): Gen | undefined {
  const drawn = chanceTable(random, kind);
  if (!drawn) return undefined;
  const { cells, rowN: rN, colN: cN, rowLabels: rl, colLabels: cl } = drawn;
  const lines = [
    ['', ...cN.map((n, c) => `${cl[c]} (N=${n})`)],
    ...cells.map((r, i) => [`${rl[i]} (n=${rN[i]})`, ...r.map((q) => `${q}%`)]),
  ];
  return { text: lines.map((l) => l.join('\t')).join('\n') + '\n', cells, rowN: rN, colN: cN, digits: 0 };
}

type Outcome = 'refused' | 'finding' | 'leaked' | 'held';
function judge(g: Gen): { outcome: Outcome; code?: string; why?: string } {
  const r = check(highs, bundle, g.text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });
  if (!r.ok) return { outcome: 'refused', code: r.errors.map((e) => e.code).join(',') };
  const t = r.tables[0]!;
  if (t.suppression?.passed === false || t.primary.headers.length > 0) return { outcome: 'finding' };
  const C = t.table.cols.length;
  const hidden = new Set<string>();
  t.status.forEach((s, id) => {
    if (s !== 'published') hidden.add(`0:${Math.floor(id / C)}:${id % C}`);
  });
  for (const reading of ['rows', 'cols'] as const) {
    const ranges = attack(highs, g.text, hidden, { zeroExempt: true, percentOf: reading });
    for (const [key, range] of ranges)
      if (range.hi !== null && range.hi <= range.lo) return { outcome: 'leaked', why: `${key} pinned (${reading})` };
    for (const [i, row] of g.cells.entries())
      for (const [c, p] of row.entries()) {
        const { lo, hi } = counts(p, g.digits, reading === 'rows' ? g.rowN[i]! : g.colN[c]!);
        if (lo < 1 || hi >= THRESHOLD) continue;
        const key = `0:${i}:${c}`;
        if (!hidden.has(key)) return { outcome: 'leaked', why: `${key} ${p}% published, ${lo}–${hi} (${reading})` };
        const got = ranges.get(key);
        if (got && got.hi !== null && got.hi < THRESHOLD) return { outcome: 'leaked', why: `${key} ≤ ${got.hi} (${reading})` };
      }
  }
  return { outcome: 'held' };
}

const tally: Record<string, number> = {};
const codes: Record<string, number> = {};
const examples: string[] = [];
for (const kind of ['row', 'col'] as const)
  for (const digits of GAP || CHANCE ? [0] : [0, 1]) {
    const random = lcg(9000 + (kind === 'row' ? 0 : 100) + digits + (GAP ? 500 : 0) + (CHANCE ? 700 : 0));
    let got = 0;
    for (let tries = 0; got < (GAP || CHANCE ? TABLES : TABLES / 2) && tries < 5000000; tries++) {
      const g = generate(random, kind, digits);
      if (!g) continue;
      got++;
      const { outcome, code, why } = judge(g);
      const k = `${kind}/${digits}:${outcome}`;
      tally[k] = (tally[k] ?? 0) + 1;
      if (code) codes[code] = (codes[code] ?? 0) + 1;
      if (outcome === 'leaked' && examples.length < 3) examples.push(`${why}\n${g.text}`);
    }
  }
console.log(JSON.stringify({ tally, codes }, null, 1));
for (const e of examples) console.log(e);
