/**
 * sigma10 (issue #11): 「n (p%)」 tables whose shares are of an N written over them — a total line 「N (100%)」 (a row
 * of column shares, or a column of row shares), each group's 「(N=…)」 in its header, or the table's N in its title —
 * with one share replaced by the share of the same count over ANOTHER base the table shows (its row's sum under
 * column shares, its column's sum under row shares, a line's sum under the table's N): a share that is no whole count
 * of its written N, which fits a base the checker also accepts. On main such a share passed (any base it fit was
 * enough) and the table was read: `broken` tables must be refused, naming the cell; the same tables unbroken read.
 *
 * Run as a script, it prints how the checker under `ROOT` (this tree unless said) reads them:
 * `ROOT=/path/to/tree node test/pubcheck/sigma10-families.ts 200 581`.
 */
import { lcg } from './helpers.ts';

export const WHERE = ['total-row', 'total-col', 'header', 'title'] as const;
const GROUPS = ['A群', 'B群', 'C群'];
const ITEMS = ['軽度', '中等度', '重度', '不明'];

export interface WrittenTable {
  text: string;
  where: (typeof WHERE)[number];
  broken: boolean;
}

const share = (n: number, base: number) => ((100 * n) / base).toFixed(1);
/** Whether p (one decimal) is a share of n over `base` within rounding. */
const fitsOf = (n: number, p: number, base: number) => Math.abs((100 * n) / base - p) <= 0.05 + 1e-9;

export function writtenTable(next: () => number, broken: boolean): WrittenTable {
  const where = WHERE[Math.floor(next() * WHERE.length)]!;
  const g = 2 + Math.floor(next() * 2);
  const m = 2 + Math.floor(next() * 3);
  const groups = GROUPS.slice(0, g);
  const items = ITEMS.slice(0, m);
  const counts = items.map(() => groups.map(() => (next() < 0.3 ? 1 + Math.floor(next() * 9) : 10 + Math.floor(next() * 40))));
  const colN = groups.map((_, j) => counts.reduce((s, r) => s + r[j]!, 0));
  const rowN = counts.map((r) => r.reduce((s, x) => s + x, 0));
  const all = rowN.reduce((s, x) => s + x, 0);
  // The written base of cell (i, j), and the other base the broken share is taken over.
  const base = (i: number, j: number) => (where === 'total-col' ? rowN[i]! : where === 'title' ? all : colN[j]!);
  const other = (i: number, j: number) => (where === 'total-col' ? colN[j]! : where === 'title' ? rowN[i]! : rowN[i]!);
  // The broken cell: the first (in a seeded order) whose share over the other base is no share of its written base.
  const order = counts.flatMap((r, i) => r.map((_, j) => [i, j] as const)).sort(() => next() - 0.5);
  const bad = broken ? order.find(([i, j]) => !fitsOf(counts[i]![j]!, Number(share(counts[i]![j]!, other(i, j))), base(i, j))) : undefined;
  const cell = (i: number, j: number) =>
    `${counts[i]![j]} (${share(counts[i]![j]!, bad && bad[0] === i && bad[1] === j ? other(i, j) : base(i, j))}%)`;
  const header = ['', ...groups.map((h, j) => (where === 'header' ? `${h} (N=${colN[j]})` : h))];
  let rows = items.map((it, i) => [it, ...groups.map((_, j) => cell(i, j))]);
  if (where === 'total-row') rows = [...rows, ['合計', ...colN.map((n) => `${n} (100.0%)`)]];
  if (where === 'total-col') {
    header.push('合計');
    rows = rows.map((r, i) => [...r, `${rowN[i]} (100.0%)`]);
  }
  const title = where === 'title' ? `# 対象患者 (N=${all})\n` : '';
  const text = title + [header, ...rows].map((l) => l.join('\t')).join('\n') + '\n';
  return { text, where, broken: bad !== undefined };
}

export function writtenTables(count: number, seed: number, broken: boolean): WrittenTable[] {
  const next = lcg(seed);
  return Array.from({ length: count }, () => writtenTable(next, broken));
}

/**
 * sigma10: share-only total lines sigma9 left unread, in Table 1s of two breakdowns (性別, 年齢) of each group's N:
 * - `headings`: one total row of 「100%」「100.0」「(100%)」, first or last, beside heading rows 「性別」「年齢」 of blank
 *   cells over indented items;
 * - `blocks`: no total row, each heading row a line of 100% (the block's base, every block of the same N);
 * - `mixed`: one total row mixing 「N (100%)」 and 「100%」 (with or without heading rows);
 * - `rowcol` (to refuse): one breakdown under column shares with a row of 100% and a column of 100%;
 * - `missing` (to refuse): `blocks` where one block leaves a patient out (its shares of N − 1, not of N).
 * `broken`: one share moved by 5 points (must be refused).
 */
export const KINDS = ['headings', 'blocks', 'mixed', 'rowcol', 'missing'] as const;
export interface LineTable {
  text: string;
  kind: (typeof KINDS)[number];
  counts: number[][];
}

export function lineTable(next: () => number, broken = false, only?: (typeof KINDS)[number]): LineTable {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!;
  const kind = only ?? pick(KINDS);
  const form = pick(['100%', '100.0', '(100%)'] as const);
  const mark = form === '100.0' ? '' : '%';
  const first = next() < 0.5;
  const g = 2 + Math.floor(next() * 2);
  const groups = GROUPS.slice(0, g);
  const ns = groups.map(() => 15 + Math.floor(next() * 60));
  const split = (n: number, parts: number) => {
    const out: number[] = [];
    let left = n;
    for (let k = 0; k < parts - 1; k++) {
      const x = next() < 0.3 ? 1 + Math.floor(next() * Math.min(9, left - parts + k + 1)) : Math.floor((left * (0.3 + 0.4 * next())) / 1);
      const y = Math.max(1, Math.min(left - (parts - k - 1), x));
      out.push(y);
      left -= y;
    }
    return [...out, left];
  };
  const blockDefs = [
    { head: '性別', items: ['男性', '女性'] },
    { head: '年齢', items: ['65歳未満', '65-74歳', '75歳以上'] },
  ];
  // The blocks' counts per group; `missing`: the second block of the first group leaves one patient out.
  const blocks = blockDefs.map((b, bk) =>
    groups.map((_, j) => split(kind === 'missing' && bk === 1 && j === 0 ? ns[j]! - 1 : ns[j]!, b.items.length)),
  );
  const bi = Math.floor(next() * 2);
  const bj = Math.floor(next() * g);
  const bk = Math.floor(next() * blockDefs[bi]!.items.length);
  const cell = (b: number, i: number, j: number) => {
    const n = blocks[b]![j]![i]!;
    const base = blocks[b]![j]!.reduce((a, x) => a + x, 0);
    let p = (100 * n) / base;
    if (broken && b === bi && i === bk && j === bj) p += 5;
    return `${n} (${p.toFixed(1)}${mark})`;
  };
  const counts = blockDefs.flatMap((b, bx) => b.items.map((_, i) => groups.map((_, j) => blocks[bx]![j]![i]!)));
  const header = ['', ...groups];
  if (kind === 'rowcol') {
    // One breakdown (the first block), column shares, a column 「合計」 of 100% and a row of 100%.
    const items = blockDefs[0]!.items;
    const rows = items.map((it, i) => [it, ...groups.map((_, j) => cell(0, i, j)), form]);
    const total = ['合計', ...groups.map(() => form), form];
    const all = [[...header, '合計'], ...(first ? [total, ...rows] : [...rows, total])];
    return { text: all.map((l) => l.join('\t')).join('\n') + '\n', kind, counts };
  }
  const withHeadings = kind !== 'mixed' || next() < 0.5;
  const lines: string[][] = [];
  blockDefs.forEach((b, bx) => {
    if (kind === 'blocks' || kind === 'missing') lines.push([b.head, ...groups.map(() => form)]);
    else if (withHeadings) lines.push([b.head, ...groups.map(() => '')]);
    b.items.forEach((it, i) => lines.push([`${withHeadings ? '　' : ''}${it}`, ...groups.map((_, j) => cell(bx, i, j))]));
  });
  if (kind === 'headings' || kind === 'mixed') {
    const written = groups.map(() => next() < 0.5);
    if (kind === 'mixed' && written.every(Boolean)) written[0] = false;
    if (kind === 'mixed' && !written.some(Boolean)) written[g - 1] = true;
    const total = [
      pick(['合計', '計', 'Σ', '']),
      ...groups.map((_, j) => (kind === 'mixed' && written[j] ? `${ns[j]} (100.0${mark})` : form)),
    ];
    if (first) lines.unshift(total);
    else lines.push(total);
  }
  return { text: [header, ...lines].map((l) => l.join('\t')).join('\n') + '\n', kind, counts };
}

export function lineTables(count: number, seed: number, broken = false, only?: (typeof KINDS)[number]): LineTable[] {
  const next = lcg(seed);
  return Array.from({ length: count }, () => lineTable(next, broken, only));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = process.env.ROOT ?? new URL('../..', import.meta.url).pathname;
  const { check } = (await import(`${root}/src/pubcheck/check.ts`)) as typeof import('../../src/pubcheck/check.ts');
  const { solver, fixtureBundle } = await import('./helpers.ts');
  const highs = await solver();
  const bundle = fixtureBundle();
  const count = Number(process.argv[2] ?? 200);
  const seed = Number(process.argv[3] ?? 581);
  if (process.env.LINES) {
    for (const broken of [false, true]) {
      const tally = new Map<string, [number, number]>();
      const codes = new Map<string, number>();
      for (const t of lineTables(count, seed, broken)) {
        const r = check(highs, bundle, t.text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });
        const e = tally.get(t.kind) ?? [0, 0];
        e[1]++;
        if (r.ok) e[0]++;
        else for (const x of r.errors) codes.set(`${t.kind}:${x.code}`, (codes.get(`${t.kind}:${x.code}`) ?? 0) + 1);
        if (process.env.SHOW === t.kind) console.log(t.text, r.ok ? 'READ' : r.errors.map((x) => `${x.code}: ${x.message}`).join('\n'));
        tally.set(t.kind, e);
      }
      console.log(`${broken ? 'broken' : 'sound'}: ${[...tally].map(([k, [a, b]]) => `${k} read ${a}/${b}`).join(', ')}`);
      console.log('  refused as', [...codes].map(([c, n]) => `${c} ${n}`).join(', '));
    }
    process.exit(0);
  }
  for (const broken of [true, false]) {
    const tally = new Map<string, [number, number]>();
    const codes = new Map<string, number>();
    for (const t of writtenTables(count, seed, broken)) {
      if (broken && !t.broken) continue;
      const r = check(highs, bundle, t.text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });
      const e = tally.get(t.where) ?? [0, 0];
      e[1]++;
      if (r.ok) e[0]++;
      else for (const x of r.errors) codes.set(x.code, (codes.get(x.code) ?? 0) + 1);
      if (process.env.SHOW && r.ok === broken) console.log(t.text, r.ok ? '' : r.errors.map((x) => `${x.code}: ${x.message}`).join('\n'));
      tally.set(t.where, e);
    }
    const read = [...tally.values()].reduce((a, [x]) => a + x, 0);
    const all = [...tally.values()].reduce((a, [, y]) => a + y, 0);
    console.log(`${broken ? 'broken' : 'sound'}: read ${read} of ${all}; ${[...tally].map(([k, [a, b]]) => `${k} ${a}/${b}`).join(', ')}`);
    console.log('  refused as', [...codes].map(([c, n]) => `${c} ${n}`).join(', '));
  }
}
