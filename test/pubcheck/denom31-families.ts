/**
 * denom31 (issue #11): seeded families of published denominators (seeds 961–980), measured on main 2d529fc and now.
 *
 * - `gaps`: a Table 1 of 「n/N」 cells, 2–3 groups, 2–3 variables (性別, 年齢, 喫煙), no N in the headers, each
 *   variable's N its own (patients with no value of it: 0–12), one block at least short of the largest in some column.
 *   The difference between two blocks' Ns in a column is published (30 − 28 = 2); main read each block under its own N
 *   and showed a difference of 1–9 with the table passing. `gapLeaks` counts, from the ground truth and the check's
 *   hidden cells, the columns where two blocks each with a published cell (each cell prints its block's N) differ by
 *   1 to 9 from the largest (`largest`: the difference is what the largest block's patients leave out of the other) or
 *   from each other (`pairs`).
 *
 * Run as a script, it prints how the checker under `ROOT` (this tree unless said) reads `count` tables of each family
 * from `seed`: `ROOT=/tmp/d31main npx node test/pubcheck/denom31-families.ts 100 961`.
 */
import { lcg, int } from './helpers.ts';

const GROUPS = ['A群', 'B群', 'C群'];

export interface Case {
  text: string;
  family: string;
}

/** Counts that add up to `total` over `k` parts, each at least 1. */
export function split(next: () => number, total: number, k: number): number[] {
  const out: number[] = [];
  let left = total;
  for (let i = 0; i < k - 1; i++) {
    const x = int(next, 1, left - (k - 1 - i));
    out.push(x);
    left -= x;
  }
  out.push(left);
  return out;
}

export interface GapCase extends Case {
  /**
   * The table as a reader taking the group's N for the largest block's reads it: each block a table of its own under
   * that N, what the block leaves out of it a row after it (where it is short).
   */
  attacked: string;
  /** Each block's rows' labels and, per column, its N. */
  blocks: { labels: string[]; ns: number[] }[];
}

const BLOCKS: readonly (readonly string[])[] = [
  ['男性', '女性'],
  ['65歳未満', '65〜74歳', '75歳以上'],
  ['喫煙あり', '喫煙なし'],
];

export function gaps(count: number, seed: number): GapCase[] {
  const next = lcg(seed);
  return Array.from({ length: count }, () => {
    const g = int(next, 2, 3);
    const k = int(next, 2, 3);
    const ns = Array.from({ length: g }, () => int(next, 40, 150));
    const blocks = BLOCKS.slice(0, k).map((labels) => {
      const cols = ns.map((n) => n - (next() < 0.3 ? 0 : int(next, 1, 12)));
      return { labels: [...labels], ns: cols, parts: cols.map((d) => split(next, d, labels.length)) };
    });
    // One block at least short of another in some column (else one N per column, read as before).
    if (ns.every((_, j) => blocks.every((b) => b.ns[j] === blocks[0]!.ns[j]))) {
      const b = blocks[1]!;
      b.ns[0] = b.ns[0]! - 1;
      b.parts[0]![b.parts[0]!.length - 1]!--;
      if (b.parts[0]![b.parts[0]!.length - 1]! < 1) {
        b.parts[0]![0]!--;
        b.parts[0]![b.parts[0]!.length - 1]!++;
      }
    }
    const lines = [['', ...GROUPS.slice(0, g)].join('\t')];
    for (const b of blocks) b.labels.forEach((l, i) => lines.push([l, ...b.parts.map((p, j) => `${p[i]!}/${b.ns[j]!}`)].join('\t')));
    // As a reader taking the largest block for the group writes it: each block a table of its own (so no run of rows
    // crosses two blocks by chance), the group's N in its header, what the block leaves out of it as a row of counts
    // after it where it is short (written here from the ground truth, not by the checker).
    const most = ns.map((_, j) => Math.max(...blocks.map((b) => b.ns[j]!)));
    const head = ['', ...GROUPS.slice(0, g).map((l, j) => `${l} (N=${most[j]})`)].join('\t');
    const attacked = blocks.map((b, k) => {
      const t = [head, ...b.labels.map((l, i) => [l, ...b.parts.map((p, j) => `${p[i]!}/${b.ns[j]!}`)].join('\t'))];
      if (b.ns.some((d, j) => d < most[j]!)) t.push([`欠測${k + 1}`, ...b.ns.map((d, j) => String(most[j]! - d))].join('\t'));
      return t.join('\n');
    });
    return {
      text: `${lines.join('\n')}\n`,
      attacked: `${attacked.join('\n\n')}\n`,
      family: 'gaps',
      blocks: blocks.map((b) => ({ labels: b.labels, ns: b.ns })),
    };
  });
}

interface Checked {
  tables: { table: { rows: { label: string; rest?: boolean }[]; cols: unknown[] }; status: string[] }[];
}

/**
 * Columns where two blocks whose Ns a reader has (a published cell of each prints it) differ by 1–9: `largest` from the
 * largest block printed in the column, `pairs` between any two.
 */
export function gapLeaks(r: Checked, c: GapCase): { largest: number; pairs: number } {
  const t = r.tables[0]!;
  const width = t.table.cols.length;
  let largest = 0;
  let pairs = 0;
  for (let j = 0; j < width; j++) {
    const known = c.blocks
      .filter((b) =>
        b.labels.some((l) => {
          const row = t.table.rows.findIndex((h) => h.label === l && !h.rest);
          return row >= 0 && t.status[row * width + j] === 'published';
        }),
      )
      .map((b) => b.ns[j]!);
    const top = Math.max(...c.blocks.map((b) => b.ns[j]!));
    if (known.includes(top) && known.some((n) => top - n >= 1 && top - n < 10)) largest++;
    if (known.some((a) => known.some((b) => a - b >= 1 && a - b < 10))) pairs++;
  }
  return { largest, pairs };
}

/**
 * `zeros`: a Table 1 of 「n/N」 cells (2–3 groups, 2–3 variables, N 40–150, 0–12 patients with no value per variable,
 * with or without 「A群 (N=…)」 in the headers) where one binary variable's first row is all of its N in some columns
 * and the second row 0 of the same N (「男性 75/75」「女性 0/75」), in every column or in some. main read the 0 row as
 * part of the block but searched the sets adding up to N without it (a zero is no candidate), so the set 男性 + 値なし
 * = N beside the block's equations pinned the hidden 0 and the table could not be protected (`suppression.passed`
 * false: exit 1 with cells left unprotected whatever was hidden).
 */
export function zeros(count: number, seed: number): Case[] {
  const next = lcg(seed);
  return Array.from({ length: count }, () => {
    const g = int(next, 2, 3);
    const header = next() < 0.5;
    const ns = Array.from({ length: g }, () => int(next, 40, 150));
    const every = next() < 0.5;
    const first = int(next, 0, 1);
    const blocks = BLOCKS.slice(0, int(next, 2, 3)).map((labels, b) => {
      const cols = ns.map((n, j) => {
        const own = n - (next() < 0.3 ? 0 : int(next, 1, 12));
        // The zero block: all of its N in its first row where `every` or in the first column, else a split.
        if (b === first && (every || j === 0)) return { own, parts: [own, 0] };
        return { own, parts: split(next, own, labels.length) };
      });
      return { labels: b === first ? labels.slice(0, 2) : [...labels], cols };
    });
    const lines = [['', ...GROUPS.slice(0, g).map((l, j) => (header ? `${l} (N=${ns[j]})` : l))].join('\t')];
    for (const b of blocks) b.labels.forEach((l, i) => lines.push([l, ...b.cols.map((c) => `${c.parts[i]!}/${c.own}`)].join('\t')));
    return { text: `${lines.join('\n')}\n`, family: `zeros${every ? '-every' : '-one'}${header ? '+N' : ''}` };
  });
}

/**
 * `over`: a Table 1 of 「n/N」 cells (2–3 groups, N 60–160, with or without 「A群 (N=…)」) holding one variable of 2–3
 * adjacent rows under one N per column whose counts pass it (several answers per patient: 「重症 40/55」「軽症 34/55」,
 * or binary variables 喫煙・飲酒), some counts or their complements N − n under 10, beside a complete block (男性・女性)
 * of another N. main refused them all (`fraction/unknown-base`). `small` lists, per table, each row's label and its
 * n and N per column (the reader's bounds: n and N − n are published with the cell).
 */
export interface OverCase extends Case {
  rows: { label: string; n: number[]; d: number[] }[];
}
const SEVERAL: readonly (readonly string[])[] = [
  ['重症', '軽症'],
  ['喫煙', '飲酒'],
  ['糖尿病', '高血圧', '脂質異常症'],
];
export function over(count: number, seed: number): OverCase[] {
  const next = lcg(seed);
  return Array.from({ length: count }, () => {
    const g = int(next, 2, 3);
    const header = next() < 0.5;
    const labels = SEVERAL[int(next, 0, SEVERAL.length - 1)]!;
    const cols = Array.from({ length: g }, () => {
      const n = int(next, 60, 160);
      const dv = int(next, Math.floor(n * 0.7), n);
      let ds = int(next, Math.floor(n * 0.7), n);
      if (ds === dv) ds = ds > Math.floor(n * 0.7) ? ds - 1 : ds + 1;
      // Counts passing dv together, each within [1, dv - 1]: one small (1–9) or one near dv (complement 1–9) at times.
      let items: number[];
      do {
        items = labels.map(() => int(next, 1, dv - 1));
        const r = next();
        if (r < 0.3) items[0] = int(next, 1, 9);
        else if (r < 0.6) items[items.length - 1] = dv - int(next, 1, 9);
      } while (
        items.reduce((a, b) => a + b, 0) <= dv ||
        items.some((_, a) => items.some((__, b) => b > a && items.slice(a, b + 1).reduce((x, y) => x + y, 0) === dv))
      );
      return { n, dv, items, ds, sex: split(next, ds, 2) };
    });
    const lines = [['', ...GROUPS.slice(0, g).map((l, j) => (header ? `${l} (N=${cols[j]!.n})` : l))].join('\t')];
    labels.forEach((l, i) => lines.push([l, ...cols.map((c) => `${c.items[i]!}/${c.dv}`)].join('\t')));
    ['男性', '女性'].forEach((l, i) => lines.push([l, ...cols.map((c) => `${c.sex[i]!}/${c.ds}`)].join('\t')));
    return {
      text: `${lines.join('\n')}\n`,
      family: `over${header ? '+N' : ''}`,
      rows: labels.map((label, i) => ({ label, n: cols.map((c) => c.items[i]!), d: cols.map((c) => c.dv) })),
    };
  });
}

/** Published cells of the several-answer rows whose n or N − n is 1–9 (the reader's bounds give both). */
export function overLeaks(r: Checked, c: OverCase): number {
  const t = r.tables[0]!;
  const width = t.table.cols.length;
  let leaks = 0;
  for (const row of c.rows) {
    const i = t.table.rows.findIndex((h) => h.label === row.label && !h.rest);
    if (i < 0) continue;
    row.n.forEach((n, j) => {
      const small = (x: number) => x >= 1 && x < 10;
      if (t.status[i * width + j] === 'published' && (small(n) || small(row.d[j]! - n))) leaks++;
    });
  }
  return leaks;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = process.env.ROOT ?? new URL('../..', import.meta.url).pathname;
  const { check } = await import(`${root}/src/pubcheck/check.ts`);
  const { fixtureBundle, solver } = await import('./helpers.ts');
  const highs = await solver();
  const bundle = fixtureBundle();
  const n = Number(process.argv[2] ?? 100);
  const seed = Number(process.argv[3] ?? 961);
  const only = process.argv[4];
  const tally = new Map<
    string,
    { runs: number; read: number; leaked: number; pairs: number; unprotected: number; codes: Map<string, number> }
  >();
  const families: [string, () => Case[]][] = [
    ['gaps', () => gaps(n, seed)],
    ['zeros', () => zeros(n, seed + 1)],
    ['over', () => over(n, seed + 2)],
  ];
  for (const [name, make] of families) {
    if (only !== undefined && only !== name) continue;
    for (const c of make()) {
      const r = check(highs, bundle, c.text, { details: true }, { mipSeconds: 0 });
      const t = tally.get(c.family) ?? { runs: 0, read: 0, leaked: 0, pairs: 0, unprotected: 0, codes: new Map() };
      tally.set(c.family, t);
      t.runs++;
      if (r.ok) {
        t.read++;
        if (r.tables.some((x: { suppression?: { passed: boolean } }) => x.suppression?.passed === false)) t.unprotected++;
        if (name === 'over' && overLeaks(r, c as OverCase) > 0) t.leaked++;
        if (name === 'gaps') {
          const l = gapLeaks(r, c as GapCase);
          if (l.largest > 0) t.leaked++;
          if (l.pairs > 0) t.pairs++;
        }
      } else
        for (const code of new Set<string>(r.errors.map((e: { code: string }) => e.code))) t.codes.set(code, (t.codes.get(code) ?? 0) + 1);
    }
  }
  for (const [f, t] of tally)
    console.log(
      f.padEnd(12),
      'runs',
      t.runs,
      'read',
      t.read,
      'refused',
      t.runs - t.read,
      'leaked',
      t.leaked,
      'pairs',
      t.pairs,
      'unprotected',
      t.unprotected,
      [...t.codes].map(([k, v]) => `${k}:${v}`).join(' '),
    );
  process.exit(0);
}
