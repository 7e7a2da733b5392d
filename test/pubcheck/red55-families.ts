/**
 * red55 (issue #11, red team): shapes an applicant pastes that red53's family does not print — n and % in columns of
 * their own under a merged group header (an Excel copy: 「実薬群」 over 「n」「%」, the cell right of it empty) or under
 * 「実薬群 n」「実薬群 %」; full-width digits with 「，」; 小計 lines between sections and the 合計; two variables stacked
 * in one table (a merged label column: 「性別」 on its first line only), each summing to the group; two tables over the
 * same patients (the same group totals); an 「その他」 line that is N less the rest. Each case keeps its truth (red53's
 * `Item`s over base counts), attacked by red53's `truthAttack` (a HiGHS MIP over every published item).
 *
 * `node test/pubcheck/red55-families.ts [count] [seeds]` prints the tally (ROOT=<tree> for another tree's checker).
 * Seeds 3400–3404 × 100, 4ebba5ca → red55: nsep-bare 59 refused → 0 (133 cells hidden), pctcol 41 → 0 (137), subtotal
 * 20 → 5 (96 → 128 hidden); nsep-merged, nsep-flat, fullwidth, sonota, stacked, samemargins the same on both (0
 * refused); 0 leaked and 0 crashes on both. Innocent cost: red53's families (int53-measure.ts 3200–3202) the same.
 */
import { int, lcg, pick } from './helpers.ts';
import type { Item, Red53Case, Rendered } from './red53-families.ts';

type Form = Map<number, number>;
const sumForm = (ks: number[]): Form => new Map(ks.map((k) => [k, 1]));
const GROUPS = [
  ['実薬群', '対照群', '併用群'],
  ['Drug', 'Placebo', 'Control'],
  ['A群', 'B群', 'C群'],
  ['2022年度', '2023年度', '2024年度'],
];
const VARS: [string, string[]][] = [
  ['性別', ['男性', '女性']],
  ['重症度', ['軽症', '中等症', '重症']],
  ['年齢', ['65歳未満', '65-74歳', '75歳以上']],
  ['転帰', ['治癒', '軽快', '死亡', 'その他']],
  ['併存疾患', ['糖尿病', '高血圧', 'なし', 'その他']],
];
const FW = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));
const comma = (v: number, sep: string) => String(v).replace(/\B(?=(\d{3})+(?!\d))/g, sep);

export function red55Case(next: () => number): Red53Case {
  const shape = pick(next, [
    'nsep-merged',
    'nsep-flat',
    'nsep-bare',
    'pctcol',
    'fullwidth',
    'subtotal',
    'stacked',
    'samemargins',
    'sonota',
  ] as const);
  const format = pick(next, ['tsv', 'csv', 'md', 'excel'] as const);
  const G = int(next, 2, 3);
  const groups = pick(next, GROUPS).slice(0, G);
  const values: number[] = [];
  const where: Red53Case['where'] = [];
  const items: Item[] = [];
  const item = (it: Item) => (items.push(it), items.length - 1);
  const val = (f: Form) => [...f].reduce((s, [v, c]) => s + c * values[v]!, 0);
  const big = shape === 'fullwidth' && next() < 0.6;
  /** A block of base counts: rows × groups, one small count (or two). */
  const block = (table: number, rows: string[], colSums?: number[], bump?: (j: number, d: number) => void) => {
    const at0 = values.length;
    const R = rows.length;
    const small = new Set([int(next, 0, R * G - 1), ...(next() < 0.3 ? [int(next, 0, R * G - 1)] : [])]);
    for (let i = 0; i < R; i++)
      for (let j = 0; j < G; j++) {
        values.push(small.has(i * G + j) ? int(next, next() < 0.15 ? 0 : 1, 9) : big ? int(next, 10, 2500) : int(next, 10, 90));
        where.push({ table, row: rows[i]!, col: groups[j]! });
      }
    if (colSums)
      // The same patients: the last line takes what the group's total leaves (at least 10), fixed up in the others.
      for (let j = 0; j < G; j++) {
        const last = at0 + (R - 1) * G + j;
        let rest = colSums[j]! - rows.slice(0, -1).reduce((s, _, i) => s + values[at0 + i * G + j]!, 0);
        for (let i = 0; rest < 10 && i < R - 1; i++) {
          const k = at0 + i * G + j;
          const take = Math.min(values[k]! - 10, 10 - rest);
          if (values[k]! >= 20 && take > 0) {
            values[k]! -= take;
            rest += take;
          }
        }
        if (rest < 10 && bump) {
          // Still short: the first block's group takes more patients (its largest count), the sums kept equal.
          bump(j, 10 - rest);
          colSums[j]! += 10 - rest;
          rest = 10;
        }
        values[last] = rest;
      }
    return (i: number, j: number) => at0 + i * G + j;
  };
  const fmt = (v: number) => {
    if (shape !== 'fullwidth') return String(v);
    const s = comma(v, pick(next, ['，', ',']));
    return FW(s).replace(/，|,/g, (m) => (s.includes('，') ? '，' : m));
  };
  const digits = pick(next, [0, 1]);
  const share = (v: number, b: number) => (b === 0 ? '-' : ((100 * v) / b).toFixed(digits));
  const totalWord = pick(next, ['合計', '計', 'Total', '全体', '総数']);
  const pctWord = pick(next, ['%', '割合（%）', '(%)', '構成比', '％']);
  const title = pick(next, ['表1 患者背景', '表1', 'Table 1', '']);
  type Row = { label: string; cells: { text: string; items: number[]; col: string }[] };
  const tables: { title: string; head: string[][]; rows: Row[] }[] = [];
  const cellsOut: Rendered[] = [];
  const extra: Item[] = [];
  if (shape === 'nsep-merged' || shape === 'nsep-flat' || shape === 'nsep-bare') {
    const [, cats] = pick(next, VARS);
    const at = block(1, cats);
    const colForm = (j: number) => sumForm(cats.map((_, i) => at(i, j)));
    const withTotal = next() < 0.7;
    const rows: Row[] = cats.map((c, i) => ({
      label: c,
      cells: groups.flatMap((g, j) => [
        { text: String(values[at(i, j)]), items: [item({ kind: 'count', form: new Map([[at(i, j), 1]]) })], col: g },
        {
          text: share(values[at(i, j)]!, val(colForm(j))),
          items: [item({ kind: 'share', form: new Map([[at(i, j), 1]]), base: colForm(j), digits })],
          col: g,
        },
      ]),
    }));
    if (withTotal || next() < 0.5)
      rows[withTotal ? 'push' : 'unshift']({
        label: totalWord,
        cells: groups.flatMap((g, j) => [
          { text: String(val(colForm(j))), items: [item({ kind: 'count', form: colForm(j) })], col: g },
          { text: digits ? '100.0' : '100', items: [], col: g },
        ]),
      });
    const head =
      shape === 'nsep-merged'
        ? [
            ['', ...groups.flatMap((g) => [g, ''])],
            ['', ...groups.flatMap(() => ['n', '%'])],
          ]
        : shape === 'nsep-bare'
          ? [['', ...groups.flatMap((g) => [g, pctWord])]]
          : [['', ...groups.flatMap((g) => [`${g} n`, `${g} %`])]];
    tables.push({ title, head, rows });
  } else if (shape === 'fullwidth' || shape === 'sonota') {
    const [, cats0] = pick(next, VARS);
    const cats = shape === 'sonota' ? [...cats0.filter((c) => c !== 'その他'), 'その他'] : cats0;
    const at = block(1, cats);
    const colForm = (j: number) => sumForm(cats.map((_, i) => at(i, j)));
    const rowForm = (i: number) => sumForm(groups.map((_, j) => at(i, j)));
    const all = sumForm(cats.flatMap((_, i) => groups.map((_, j) => at(i, j))));
    const rt = next() < 0.6;
    const rows: Row[] = cats.map((c, i) => ({
      label: c,
      cells: [
        ...groups.map((g, j) => ({
          text: fmt(values[at(i, j)]!),
          items: [item({ kind: 'count', form: new Map([[at(i, j), 1]]) })],
          col: g,
        })),
        ...(rt ? [{ text: fmt(val(rowForm(i))), items: [item({ kind: 'count', form: rowForm(i) })], col: totalWord }] : []),
      ],
    }));
    const N = groups.map((g, j) => `${g}（N=${fmt(val(colForm(j)))}）`);
    const inHead = shape === 'sonota' || next() < 0.4;
    if (inHead) groups.forEach((_, j) => item({ kind: 'count', form: colForm(j) }));
    if (!inHead || next() < 0.5)
      rows.push({
        label: totalWord,
        cells: [
          ...groups.map((g, j) => ({ text: fmt(val(colForm(j))), items: [item({ kind: 'count', form: colForm(j) })], col: g })),
          ...(rt ? [{ text: fmt(val(all)), items: [item({ kind: 'count', form: all })], col: totalWord }] : []),
        ],
      });
    tables.push({ title, head: [['', ...(inHead ? N : groups), ...(rt ? [totalWord] : [])]], rows });
  } else if (shape === 'pctcol') {
    // Counts by group, the line's total, and the total's share of all in a column of its own (「合計 | %」).
    const [, cats] = pick(next, VARS);
    const at = block(1, cats);
    const colForm = (j: number) => sumForm(cats.map((_, i) => at(i, j)));
    const rowForm = (i: number) => sumForm(groups.map((_, j) => at(i, j)));
    const all = sumForm(cats.flatMap((_, i) => groups.map((_, j) => at(i, j))));
    const rows: Row[] = cats.map((c, i) => ({
      label: c,
      cells: [
        ...groups.map((g, j) => ({
          text: String(values[at(i, j)]),
          items: [item({ kind: 'count', form: new Map([[at(i, j), 1]]) })],
          col: g,
        })),
        { text: String(val(rowForm(i))), items: [item({ kind: 'count', form: rowForm(i) })], col: totalWord },
        {
          text: share(val(rowForm(i)), val(all)),
          items: [item({ kind: 'share', form: rowForm(i), base: all, digits })],
          col: totalWord,
        },
      ],
    }));
    if (next() < 0.6)
      rows.push({
        label: totalWord === '合計' ? '総計' : '合計',
        cells: [
          ...groups.map((g, j) => ({ text: String(val(colForm(j))), items: [item({ kind: 'count', form: colForm(j) })], col: g })),
          { text: String(val(all)), items: [item({ kind: 'count', form: all })], col: totalWord },
          { text: digits ? '100.0' : '100', items: [], col: totalWord },
        ],
      });
    tables.push({ title, head: [['', ...groups, totalWord, pctWord]], rows });
  } else if (shape === 'subtotal') {
    // Two sections of lines, a 小計 after each, the 合計 last (or first).
    const a = pick(next, [
      ['軽症', '中等症'],
      ['肺炎', '気管支炎', '上気道炎'],
      ['男性 65歳未満', '男性 65歳以上'],
    ]);
    const b = pick(next, [
      ['重症', '死亡'],
      ['心不全', '不整脈'],
      ['女性 65歳未満', '女性 65歳以上'],
    ]);
    const cats = [...a, ...b];
    const at = block(1, cats);
    const secForm = (ks: number[], j: number) => sumForm(ks.map((i) => at(i, j)));
    const A = a.map((_, i) => i);
    const B = b.map((_, i) => a.length + i);
    const line = (label: string, f: (j: number) => Form): Row => ({
      label,
      cells: groups.map((g, j) => ({ text: String(val(f(j))), items: [item({ kind: 'count', form: f(j) })], col: g })),
    });
    const rows: Row[] = [];
    const subWord = pick(next, ['小計', '計', 'Subtotal']);
    A.forEach((i) => rows.push(line(cats[i]!, (j) => new Map([[at(i, j), 1]]))));
    rows.push(line(`${subWord}${subWord === '計' ? '' : ''}`, (j) => secForm(A, j)));
    B.forEach((i) => rows.push(line(cats[i]!, (j) => new Map([[at(i, j), 1]]))));
    rows.push(line(subWord === 'Subtotal' ? 'Subtotal ' : `${subWord} `, (j) => secForm(B, j)));
    if (next() < 0.7) rows.push(line(pick(next, ['合計', '総計', 'Total']), (j) => secForm([...A, ...B], j)));
    tables.push({ title, head: [['', ...groups]], rows });
  } else {
    // Two variables over the same patients: stacked in one table (a merged label column) or in two tables.
    const [v1, c1] = pick(next, VARS);
    const [v2, c2] = pick(
      next,
      VARS.filter(([v]) => v !== v1),
    );
    const at1 = block(1, c1);
    const cs = groups.map((_, j) => c1.reduce((s, _c, i) => s + values[at1(i, j)]!, 0));
    const at2 = block(shape === 'stacked' ? 1 : 2, c2, cs, (j, d) => {
      const i = c1.reduce((b, _c, i) => (values[at1(i, j)]! > values[at1(b, j)]! ? i : b), 0);
      values[at1(i, j)]! += d;
    });
    const col1 = (j: number) => sumForm(c1.map((_, i) => at1(i, j)));
    const col2 = (j: number) => sumForm(c2.map((_, i) => at2(i, j)));
    // A reader knows both variables count the same patients: each group's sums are equal.
    groups.forEach((_, j) => {
      const f = new Map(col1(j));
      for (const [k] of col2(j)) f.set(k, -1);
      extra.push({ kind: 'count', form: f });
    });
    const withN = next() < 0.6;
    const nHead = groups.map((g, j) => (withN ? `${g}（n=${cs[j]}）` : g));
    if (withN) groups.forEach((_, j) => item({ kind: 'count', form: col1(j) }));
    const lines = (cats: string[], at: (i: number, j: number) => number, name: string, merged: boolean): Row[] =>
      cats.map((c, i) => ({
        label: merged ? `${i === 0 ? name : ''}\t${c}` : c,
        cells: groups.map((g, j) => ({
          text: String(values[at(i, j)]),
          items: [item({ kind: 'count', form: new Map([[at(i, j), 1]]) })],
          col: g,
        })),
      }));
    const tot = (f: (j: number) => Form): Row => ({
      label: totalWord,
      cells: groups.map((g, j) => ({ text: String(val(f(j))), items: [item({ kind: 'count', form: f(j) })], col: g })),
    });
    if (shape === 'stacked') {
      const merged = format !== 'md' && next() < 0.6;
      const rows = [...lines(c1, at1, v1, merged), ...lines(c2, at2, v2, merged)];
      if (!withN) rows.unshift(merged ? { ...tot(col1), label: `${totalWord}\t` } : tot(col1));
      if (!merged) {
        // Section lines 「性別」「重症度」 with empty cells.
        rows.splice(c1.length + (withN ? 0 : 1), 0, { label: v2, cells: [] });
        rows.splice(withN ? 0 : 1, 0, { label: v1, cells: [] });
      }
      tables.push({ title, head: [[...(merged ? ['', ''] : ['']), ...nHead]], rows });
    } else {
      const t1 = [...lines(c1, at1, v1, false), ...(withN ? [] : [tot(col1)])];
      const t2 = [...lines(c2, at2, v2, false), ...(next() < 0.5 ? [tot(col2)] : [])];
      tables.push({ title: `表1 ${v1}`, head: [['', ...nHead]], rows: t1 });
      tables.push({ title: `表2 ${v2}`, head: [['', ...(next() < 0.5 ? nHead : groups)]], rows: t2 });
    }
  }
  for (const e of extra) items.push(e);
  // Render.
  const out: string[] = [];
  const sep = format === 'csv' ? ',' : '\t';
  tables.forEach((t, ti) => {
    const W = t.head[0]!.length;
    const lineOf = (r: Row) => [...r.label.split('\t'), ...r.cells.map((c) => c.text)];
    const body = t.rows.map((r) => {
      const l = lineOf(r);
      while (l.length < W) l.push('');
      return l;
    });
    if (t.title) out.push(format === 'md' ? `**${t.title}**\n` : format === 'excel' ? t.title : `# ${t.title}`);
    if (format === 'md') {
      out.push(`| ${t.head[0]!.join(' | ')} |`, `|${t.head[0]!.map(() => '---').join('|')}|`);
      for (const h of t.head.slice(1)) out.push(`| ${h.join(' | ')} |`);
      for (const l of body) out.push(`| ${l.join(' | ')} |`);
    } else {
      const q = (c: string) => (format === 'csv' && /[,"]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
      const trail = format === 'excel' && next() < 0.5 ? '\t' : '';
      for (const l of [...t.head, ...body]) out.push(l.map(q).join(sep) + trail);
    }
    out.push('');
    for (const r of t.rows) {
      const label = r.label.split('\t').filter(Boolean).pop() ?? '';
      const seen = new Map<string, number>();
      for (const c of r.cells) {
        // n and % under one group are one cell of the checker (it joins them) or two: map both onto the group.
        const k = seen.get(c.col);
        if (k !== undefined) cellsOut[k]!.items.push(...c.items);
        else {
          seen.set(c.col, cellsOut.length);
          cellsOut.push({ table: ti + 1, row: label.trim() || totalWord, col: c.col, items: [...c.items] });
        }
      }
    }
  });
  return { family: `${shape}/${format}`, text: out.join('\n') + '\n', values, items, cells: cellsOut, where };
}

export function red55Cases(count: number, seed: number): Red53Case[] {
  const next = lcg(seed);
  return Array.from({ length: count }, () => red55Case(next));
}

const norm = (s: string) =>
  s
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[(（]n=[\d,]+[)）]/i, '')
    .toLowerCase();

interface CheckedLike {
  tables?: { table: { number: number; rows: { label: string }[]; cols: { label: string }[] }; status: string[] }[];
}

/**
 * The items the checker leaves published (red53's `publishedOf`, lines of the same label told apart): a hidden cell
 * maps onto the rendered cell of its table whose line is the same occurrence of its label (the second 「計」 onto the
 * second) and whose column's label is its column's or holds it (「実薬群（n=40）」, 「2023年・男性」).
 */
export function publishedOf55(c: Red53Case, r: CheckedLike): { published: Set<number>; unmapped: string[] } {
  const unmapped: string[] = [];
  const hidden = new Set<number>();
  for (const t of r.tables ?? []) {
    const C = t.table.cols.length;
    const rowNorms = t.table.rows.map((h) => norm(h.label));
    t.status.forEach((s, id) => {
      if (s === 'published') return;
      const ri = Math.floor(id / C);
      const col = norm(t.table.cols[id % C]!.label);
      const mine = c.cells.map((x, k) => [x, k] as const).filter(([x]) => x.table === t.table.number);
      // The rendered lines, in order (a run of cells of one row label), and which of them the checker's line names:
      // the same label, or it joined under a section (「年齢・65-74歳」).
      const runs: { row: string; ks: number[] }[] = [];
      for (const [x, k] of mine) {
        if (runs.length === 0 || runs[runs.length - 1]!.row !== x.row) runs.push({ row: x.row, ks: [] });
        runs[runs.length - 1]!.ks.push(k);
      }
      const names = (checker: string, m: string) => checker === norm(m) || checker.endsWith(`・${norm(m)}`);
      const label = rowNorms[ri]!;
      const lines = runs.filter((x) => names(label, x.row));
      const nth = rowNorms.slice(0, ri).filter((x) => x === label).length;
      const line = lines[nth] ?? lines[0];
      const hits = (line?.ks ?? []).filter((k) => {
        const y = norm(c.cells[k]!.col);
        return y === col || col.includes(y) || y.includes(col);
      });
      if (hits.length === 0) unmapped.push(`${t.table.number}:${t.table.rows[ri]!.label}/${t.table.cols[id % C]!.label}`);
      for (const k of hits) hidden.add(k);
    });
  }
  const published = new Set(c.items.map((_, i) => i));
  c.cells.forEach((x, k) => {
    if (hidden.has(k)) for (const i of x.items) published.delete(i);
  });
  return { published, unmapped };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { checkerOfRoot } = await import('./helpers.ts');
  const { truthAttack } = await import('./red53-families.ts');
  const { check, highs, bundle } = await checkerOfRoot();
  const count = Number(process.argv[2] ?? 40);
  const seeds = (process.argv[3] ?? '3400').split(',').map(Number);
  const tally = new Map<
    string,
    { n: number; refused: number; leaked: number; crash: number; hidden: number; codes: Map<string, number> }
  >();
  for (const seed of seeds)
    red55Cases(count, seed).forEach((c, k) => {
      const fam = c.family.split('/')[0]!;
      const t = tally.get(fam) ?? { n: 0, refused: 0, leaked: 0, crash: 0, hidden: 0, codes: new Map() };
      tally.set(fam, t);
      t.n++;
      let r: ReturnType<typeof check>;
      try {
        r = check(highs, bundle, c.text, { details: true });
      } catch (e) {
        t.crash++;
        console.log(`CRASH seed ${seed} #${k} ${c.family}\n${c.text}\n${String((e as Error).stack).slice(0, 400)}`);
        return;
      }
      if (!r.ok) {
        t.refused++;
        const code = [...new Set(r.errors.map((e) => e.code))].sort().join('+');
        t.codes.set(code, (t.codes.get(code) ?? 0) + 1);
        if (process.env.SHOW === 'all' || process.env.SHOW === 'refused')
          console.log(`REFUSED seed ${seed} #${k} ${c.family} ${code}\n${c.text}${r.errors.map((e) => e.message).join('\n')}\n`);
        return;
      }
      if (r.tables.some((x) => x.suppression?.passed === false)) {
        t.refused++;
        t.codes.set('suppress/failed', (t.codes.get('suppress/failed') ?? 0) + 1);
        return;
      }
      for (const x of r.tables) t.hidden += x.status.filter((s) => s !== 'published').length;
      const { published, unmapped } = publishedOf55(c, r as never);
      const leaks = truthAttack(highs, c, published);
      if (leaks.length || unmapped.length) {
        if (leaks.length) t.leaked++;
        if (process.env.SHOW)
          console.log(`LEAK seed ${seed} #${k} ${c.family} ${leaks.join('; ')} unmapped ${unmapped.join(',')}\n${c.text}`);
      }
    });
  for (const [f, t] of tally)
    console.log(
      `${f.padEnd(12)} n ${t.n} refused ${t.refused} leaked ${t.leaked} crash ${t.crash} hidden ${t.hidden}  ${[...t.codes].map(([k, v]) => `${k}:${v}`).join(' ')}`,
    );
}
