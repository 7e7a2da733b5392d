/**
 * denom30 (issue #11): seeded families of published denominators the checker refused on main c9d7a3c.
 *
 * - `unprinted`: a Table 1 of 「n/N」 cells whose Ns are each variable's own (missing data), 2–3 groups, with or
 *   without 「A群 (N=60)」 in the headers. One variable's 2–3 adjacent rows share one N per column and stay under it
 *   (「重症 20/55」「軽症 34/55」: a category not printed, or binary variables 喫煙・飲酒), its rest 1–20; beside it a
 *   complete block (男性・女性) and, at times, a binary variable's row alone. main refused them
 *   (`fraction/unknown-base`); the rest N − Σn is published either way.
 * - `bracketed`: outcome tables (2–3 groups, 2–4 outcomes, each group's N its column's sum, one count under 10) whose
 *   cells are 「3 (5.3%, 3/57)」「3 (3/57, 5.3%)」「3/57例」 or 「3例/57例」: main refused them as text (`cell/text`).
 *
 * Run as a script, it prints how the checker under `ROOT` (this tree unless said) reads `count` tables of each family
 * from `seed`: `ROOT=/tmp/base npx node test/pubcheck/denom30-families.ts 100 781`.
 */
import { checkerOfRoot, familyTally, int, lcg } from './helpers.ts';

const GROUPS = ['A群', 'B群', 'C群'];

export interface Case {
  text: string;
  family: string;
}

/** Counts that add up to `total` over `k` parts, each at least 1 (zeros beside a complete block are another class). */
function split(next: () => number, total: number, k: number): number[] {
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

const VARIABLES: readonly (readonly string[])[] = [
  ['重症', '軽症'],
  ['重症', '中等症', '軽症'],
  ['喫煙', '飲酒'],
  ['糖尿病', '高血圧', '脂質異常症'],
];

export function unprinted(count: number, seed: number): Case[] {
  const next = lcg(seed);
  return Array.from({ length: count }, () => {
    const g = int(next, 2, 3);
    const header = next() < 0.5;
    const labels = VARIABLES[int(next, 0, VARIABLES.length - 1)]!;
    const lone = next() < 0.5;
    // Each group's N, and each block's N_row under it: distinct per column from its neighbours' (no N shared).
    const cols = Array.from({ length: g }, () => {
      const n = int(next, 60, 160);
      const used = new Set<number>();
      const nrow = (lo: number) => {
        let x = int(next, lo, n);
        while (used.has(x)) x = x > lo ? x - 1 : x + 1;
        used.add(x);
        return x;
      };
      const dv = nrow(Math.floor(n * 0.7));
      const rest = next() < 0.5 ? int(next, 1, 9) : int(next, 10, 20);
      const items = split(next, Math.max(0, dv - rest), labels.length);
      const ds = nrow(Math.floor(n * 0.7));
      const sex = split(next, ds, 2);
      const dl = nrow(Math.floor(n * 0.6));
      const one = int(next, 1, dl - 1);
      return { n, dv, items, ds, sex, dl, one };
    });
    const frac = (a: number, b: number) => `${a}/${b}`;
    const lines = [['', ...GROUPS.slice(0, g).map((l, j) => (header ? `${l} (N=${cols[j]!.n})` : l))].join('\t')];
    if (lone) lines.push(['入院', ...cols.map((c) => frac(c.one, c.dl))].join('\t'));
    labels.forEach((l, i) => lines.push([l, ...cols.map((c) => frac(c.items[i]!, c.dv))].join('\t')));
    ['男性', '女性'].forEach((l, i) => lines.push([l, ...cols.map((c) => frac(c.sex[i]!, c.ds))].join('\t')));
    return { text: `${lines.join('\n')}\n`, family: `unprinted${header ? '+N' : ''}` };
  });
}

const OUTCOMES = ['死亡', '重症', '軽症', '回復'];
const round = (x: number, d: number) => (Math.round(x * 10 ** d) / 10 ** d).toFixed(d);

export function bracketed(count: number, seed: number): Case[] {
  const next = lcg(seed);
  const forms = ['share-fraction', 'fraction-share', 'fraction-unit', 'unit-unit'] as const;
  return Array.from({ length: count }, () => {
    const g = int(next, 2, 3);
    const o = int(next, 2, 4);
    const cols = Array.from({ length: g }, () => split(next, int(next, 30, 120), o));
    cols[int(next, 0, g - 1)]![int(next, 0, o - 1)] = int(next, 1, 9);
    const ns = cols.map((c) => c.reduce((a, b) => a + b, 0));
    const form = forms[int(next, 0, forms.length - 1)]!;
    const d = int(next, 0, 1);
    const unit = ['例', '人', '名'][int(next, 0, 2)]!;
    const cell = (n: number, N: number) => {
      const p = `${round((100 * n) / N, d)}%`;
      if (form === 'share-fraction') return `${n} (${p}, ${n}/${N})`;
      if (form === 'fraction-share') return `${n} (${n}/${N}, ${p})`;
      if (form === 'fraction-unit') return `${n}/${N}${unit}`;
      return `${n}${unit}/${N}${unit}`;
    };
    const lines = [['', ...GROUPS.slice(0, g)].join('\t')];
    for (let r = 0; r < o; r++) lines.push([OUTCOMES[r]!, ...cols.map((c, j) => cell(c[r]!, ns[j]!))].join('\t'));
    return { text: `${lines.join('\n')}\n`, family: form };
  });
}

/**
 * `permille`: count tables (2–3 groups, 2–3 outcomes, N 200–2,000, one count under 10) whose counts and shares per
 * mille are two columns, 「A群 n」「A群 ‰」 in one header row or 「A群」 over 「n」「(‰)」: main refused them (a rate's
 * column with no 患者数 line, `header/rate`, or decimals).
 */
export function permille(count: number, seed: number): Case[] {
  const next = lcg(seed);
  return Array.from({ length: count }, () => {
    const g = int(next, 2, 3);
    const o = int(next, 2, 3);
    const cols = Array.from({ length: g }, () => split(next, int(next, 200, 2000), o));
    cols[int(next, 0, g - 1)]![int(next, 0, o - 1)] = int(next, 1, 9);
    const ns = cols.map((c) => c.reduce((a, b) => a + b, 0));
    const d = int(next, 0, 1);
    const word = ['‰', '(‰)', '割合（‰）'][int(next, 0, 2)]!;
    const two = next() < 0.5;
    const names = GROUPS.slice(0, g);
    const head = two
      ? [['', ...names.flatMap((l) => [l, ''])].join('\t'), ['', ...names.flatMap(() => ['n', word])].join('\t')]
      : [['', ...names.flatMap((l) => [`${l} n`, `${l} ${word}`])].join('\t')];
    const lines = [...head];
    for (let r = 0; r < o; r++)
      lines.push([OUTCOMES[r]!, ...cols.flatMap((c, j) => [String(c[r]!), round((1000 * c[r]!) / ns[j]!, d)])].join('\t'));
    return { text: `${lines.join('\n')}\n`, family: `permille${two ? '-two-rows' : '-one-row'}` };
  });
}

/**
 * `blocks100`: a Table 1 of 「n (p%)」 cells (one decimal) whose blocks (性別, 年齢, 喫煙) are each headed by a row of
 * 「100%」「(100%)」「100.0」, each block's N its own (0–12 patients with no value of it, one block short at least in
 * some column): main refused them (`table/share-total`: blocks of other Ns). `attacked` is the same table as a reader
 * of the shares writes it: 「30/57 (52.6%)」, each block's N proven by its shares, the group's N taken as the largest.
 */
export function blocks100(count: number, seed: number): (Case & { attacked: string })[] {
  const next = lcg(seed);
  const BLOCKS: readonly [string, readonly string[]][] = [
    ['性別', ['男性', '女性']],
    ['年齢', ['65歳未満', '65〜74歳', '75歳以上']],
    ['喫煙', ['あり', 'なし']],
  ];
  return Array.from({ length: count }, () => {
    const g = int(next, 2, 3);
    const mark = ['100%', '(100%)', '100.0'][int(next, 0, 2)]!;
    const ns = Array.from({ length: g }, () => int(next, 40, 150));
    const blocks = BLOCKS.slice(0, int(next, 2, 3)).map(([name, levels]) => {
      const cols = ns.map((n) => {
        const own = n - (next() < 0.4 ? 0 : int(next, 1, 12));
        return { own, parts: split(next, own, levels.length) };
      });
      return { name, levels, cols };
    });
    const most = ns.map((_, j) => Math.max(...blocks.map((b) => b.cols[j]!.own)));
    const share = (x: number, n: number) => ((100 * x) / n).toFixed(1);
    const printed = [['', ...GROUPS.slice(0, g)].join('\t')];
    const attacked = [['', ...GROUPS.slice(0, g).map((l, j) => `${l} (N=${most[j]})`)].join('\t')];
    for (const b of blocks) {
      printed.push([b.name, ...ns.map(() => mark)].join('\t'));
      b.levels.forEach((l, i) => {
        printed.push([l, ...b.cols.map((c) => `${c.parts[i]!} (${share(c.parts[i]!, c.own)}%)`)].join('\t'));
        attacked.push([`${b.name}・${l}`, ...b.cols.map((c) => `${c.parts[i]!}/${c.own} (${share(c.parts[i]!, c.own)}%)`)].join('\t'));
      });
    }
    const differ = ns.some((_, j) => blocks.some((b) => b.cols[j]!.own !== blocks[0]!.cols[j]!.own));
    return { text: `${printed.join('\n')}\n`, attacked: `${attacked.join('\n')}\n`, family: differ ? 'blocks100' : 'blocks100-same' };
  });
}

/**
 * `blank100`: a table of 「n (p%)」 cells (2–4 groups × 2–4 items, one decimal, one count under 10) with a total line of
 * 「100%」 — a row (column shares) or a column (row shares), first or last — one of whose cells is blank: main refused
 * them (`cell/empty`). `attacked` is the table with the blank written 「100%」 (the oracle reads such lines itself).
 */
export function blank100(count: number, seed: number): (Case & { attacked: string })[] {
  const next = lcg(seed);
  return Array.from({ length: count }, () => {
    const g = int(next, 2, 4);
    const o = int(next, 2, 4);
    const cols = Array.from({ length: g }, () => split(next, int(next, 20, 120), o));
    cols[int(next, 0, g - 1)]![int(next, 0, o - 1)] = int(next, 1, 9);
    const ns = cols.map((c) => c.reduce((a, b) => a + b, 0));
    const first = next() < 0.5;
    const blank = int(next, 0, g - 1);
    const cell = (x: number, n: number) => `${x} (${((100 * x) / n).toFixed(1)}%)`;
    // Rows of items, columns of groups (column shares); transposed for a total column (row shares).
    const grid = Array.from({ length: o }, (_, r) => cols.map((c, j) => cell(c[r]!, ns[j]!)));
    const total = ns.map((_, j) => (j === blank ? '' : '100%'));
    const rows = first ? [total, ...grid] : [...grid, total];
    const labels = first ? ['合計', ...OUTCOMES.slice(0, o)] : [...OUTCOMES.slice(0, o), '合計'];
    const transposed = next() < 0.5;
    const write = (t: string[][]) => {
      const lines = transposed
        ? [
            ['', ...labels],
            ...GROUPS.concat(['D群'])
              .slice(0, g)
              .map((l, j) => [l, ...t.map((r) => r[j]!)]),
          ]
        : [['', ...GROUPS.concat(['D群']).slice(0, g)], ...t.map((r, i) => [labels[i]!, ...r])];
      return `${lines.map((l) => l.join('\t')).join('\n')}\n`;
    };
    const full = rows.map((r) => r.map((x) => (x === '' ? '100%' : x)));
    return { text: write(rows), attacked: write(full), family: transposed ? 'blank100-column' : 'blank100-row' };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { check, highs, bundle } = await checkerOfRoot();
  const n = Number(process.argv[2] ?? 100);
  const seed = Number(process.argv[3] ?? 781);
  const tally = familyTally({ width: 16 });
  for (const c of [
    ...unprinted(n, seed),
    ...bracketed(n, seed + 1),
    ...permille(n, seed + 2),
    ...blocks100(n, seed + 3),
    ...blank100(n, seed + 4),
  ]) {
    tally.add(c.family, check(highs, bundle, c.text, { details: true }, { mipSeconds: 0 }));
  }
  tally.print();
  process.exit(0);
}
