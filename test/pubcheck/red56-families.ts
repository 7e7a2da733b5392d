/**
 * red56 (issue #11, red team of round 19's new readings): tables built so that a reading round 19 added is wrong or
 * only partly right, each with its truth as red53-families.ts keeps it (every published item a linear form over the
 * base counts), attacked by red53's `truthAttack` (a HiGHS MIP over the truth, written apart from the engine).
 *
 * - `pct/row`, `pct/col` (red55: a 「%」 column headed by its unit alone read as the left column's shares): the same
 *   text, its shares fitting both the left column's share (a / Σa) and the row's (a / (a + b)); the truth either.
 * - `title/plain`, `title/under` (sizes55 (c): a plain line over one blank line is the table's title, its N used):
 *   bare whole-table shares under 「表1 背景（N=S）」 alone, or under a table of counts as 「表2 …（N=S）」; the truth's
 *   N the title's (S) — or, `title/other`, a caption whose N is another table's whole (the shares of a part of it,
 *   its size printed in table 1).
 * - `section` (red55: 「計」 closing a run read as a 小計 before 「総計」): 「男|女|計|その他|総計」 and 「… 計 | … | 計 | 総計」
 *   with small counts in the runs.
 * - `exclude` (words55: 「※ 1 施設を除く」 read as a note): a count table with a note naming a small count of a
 *   line's unit, its truth a count of that line's own.
 *
 * `node test/pubcheck/red56-families.ts [count] [seed]` prints the tally per family (ROOT=<tree> for another tree).
 */
import { int, lcg, pick } from './helpers.ts';
import type { Item, Red53Case, Rendered } from './red53-families.ts';

const CATS = [
  ['軽症', '中等症', '重症', '死亡'],
  ['肺炎', '心不全', '脳梗塞', 'その他'],
  ['20歳未満', '20-39歳', '40-64歳', '65歳以上'],
];

interface Builder {
  values: number[];
  items: Item[];
  cells: Rendered[];
  where: Red53Case['where'];
}
const builder = (): Builder => ({ values: [], items: [], cells: [], where: [] });
const count = (b: Builder, form: Map<number, number>) => b.items.push({ kind: 'count', form }) - 1;
const share = (b: Builder, form: Map<number, number>, base: Map<number, number>, digits = 1) =>
  b.items.push({ kind: 'share', form, base, digits }) - 1;
const valueOf = (b: Builder, f: Map<number, number>) => [...f].reduce((s, [k, a]) => s + a * b.values[k]!, 0);
const fmt = (b: Builder, i: number) => {
  const it = b.items[i]!;
  const v = valueOf(b, it.form);
  return it.kind === 'count' ? String(v) : ((100 * v) / valueOf(b, it.base!)).toFixed(it.digits);
};
const sumOf = (ks: number[]) => new Map(ks.map((k) => [k, 1]));

/** red55's unit-alone 「%」: a | % | b per row, b_i ≈ Σa − a_i so the share fits both readings. */
function pctCase(next: () => number, truth: 'row' | 'col'): Red53Case {
  const b = builder();
  const cats = pick(next, CATS).slice(0, int(next, 2, 4));
  const big = int(next, 0, 1) === 1;
  // a: one large line and small ones (a small a beside a large b is the leak to look for).
  const a = cats.map((_, i) => (i === 0 ? int(next, big ? 400 : 60, big ? 2000 : 300) : int(next, 1, 30)));
  const S = a.reduce((s, x) => s + x, 0);
  const bs = a.map((x) => Math.max(0, S - x + int(next, -1, 1)));
  const rows: string[] = [];
  const lines: string[] = ['\tA群\t%\tB群'];
  cats.forEach((cat, i) => {
    b.values.push(a[i]!, bs[i]!);
    b.where.push({ table: 1, row: cat, col: 'A群' }, { table: 1, row: cat, col: 'B群' });
    rows.push(cat);
  });
  const aIdx = cats.map((_, i) => 2 * i);
  cats.forEach((cat, i) => {
    const ca = count(b, sumOf([2 * i]));
    const base = truth === 'col' ? sumOf(aIdx) : sumOf([2 * i, 2 * i + 1]);
    const sa = share(b, sumOf([2 * i]), base);
    const cb = count(b, sumOf([2 * i + 1]));
    b.cells.push({ table: 1, row: cat, col: 'A群', items: [ca, sa] }, { table: 1, row: cat, col: 'B群', items: [cb] });
    // Printed with the column reading's value where it differs (the shares fit both within their rounding, or not).
    lines.push(`${cat}\t${fmt(b, ca)}\t${fmt(b, sa)}\t${fmt(b, cb)}`);
  });
  return { family: `pct/${truth}`, text: lines.join('\n') + '\n', ...b };
}

/** sizes55 (c): a plain title line with N over bare shares of the whole (or of a part, `other`). */
function titleCase(next: () => number, kind: 'plain' | 'under' | 'other'): Red53Case {
  const b = builder();
  const cats = pick(next, CATS).slice(0, int(next, 2, 4));
  const groups = ['男性', '女性'];
  const grid = cats.map(() => groups.map(() => (next() < 0.3 ? int(next, 1, 9) : int(next, 10, 120))));
  let text = '';
  // Table 1 (under/other): counts of the groups, with their 合計.
  let tnum = 1;
  if (kind !== 'plain') {
    const g = groups.map(() => int(next, 100, 400));
    if (kind === 'other') g[0] = grid.flat().reduce((s, x) => s + x, 0);
    const first = b.values.length;
    g.forEach((x, j) => {
      b.values.push(x);
      b.where.push({ table: 1, row: groups[j]!, col: '人数' });
    });
    // Under `other`, 男性 of table 1 is the sum of table 2's counts (the same patients): one count, tied below.
    const lines = ['表1 対象者', '', '\t人数'];
    g.forEach((_, j) => {
      const i = count(b, sumOf([first + j]));
      b.cells.push({ table: 1, row: groups[j]!, col: '人数', items: [i] });
      lines.push(`${groups[j]}\t${fmt(b, i)}`);
    });
    const tot = count(b, sumOf(g.map((_, j) => first + j)));
    b.cells.push({ table: 1, row: '合計', col: '人数', items: [tot] });
    lines.push(`合計\t${fmt(b, tot)}`);
    text = lines.join('\n') + '\n\n';
    tnum = 2;
  }
  const base = b.values.length;
  cats.forEach((cat, i) =>
    groups.forEach((g, j) => {
      b.values.push(grid[i]![j]!);
      b.where.push({ table: tnum, row: cat, col: g });
    }),
  );
  const all = cats.flatMap((_, i) => groups.map((_, j) => base + i * groups.length + j));
  let whole = sumOf(all);
  if (kind === 'other') {
    // The caption's N is table 1's whole (男性 + 女性), the shares of 男性 only (its N = Σ grid): the truth ties
    // table 1's 男性 to the grid's sum.
    whole = sumOf([0, 1]);
    b.values[0] = all.reduce((s, k) => s + b.values[k]!, 0);
  }
  const N = valueOf(b, whole);
  const nItem = count(b, whole);
  b.cells.push({ table: tnum, row: '（題）', col: '（題）', items: [nItem] });
  const title = kind === 'plain' ? `表1 背景（N=${N}）` : `表2 背景（N=${N}）`;
  const lines = [title, '', `\t${groups.join('\t')}`];
  cats.forEach((cat, i) => {
    const out: string[] = [];
    groups.forEach((g, j) => {
      const k = base + i * groups.length + j;
      const s = share(b, sumOf([k]), kind === 'other' ? sumOf(all) : whole);
      b.cells.push({ table: tnum, row: cat, col: g, items: [s] });
      out.push(fmt(b, s));
    });
    lines.push(`${cat}\t${out.join('\t')}`);
  });
  return { family: `title/${kind}`, text: text + lines.join('\n') + '\n', ...b };
}

/** red55's section 計: runs closed by 計, then 総計. */
function sectionCase(next: () => number): Red53Case {
  const b = builder();
  const cats = pick(next, CATS).slice(0, int(next, 2, 4));
  const two = next() < 0.5;
  const runs = two
    ? [
        ['男', '女'],
        ['入院', '外来'],
      ]
    : [['男', '女']];
  const rest = two ? [] : ['その他'];
  const cols: string[] = [];
  for (const r of runs) cols.push(...r, '計');
  cols.push(...rest, '総計');
  const lines = ['\t' + cols.join('\t')];
  cats.forEach((cat) => {
    const ks: number[][] = runs.map((r) =>
      r.map((g) => {
        b.values.push(next() < 0.3 ? int(next, 1, 9) : int(next, 10, 90));
        b.where.push({ table: 1, row: cat, col: g });
        return b.values.length - 1;
      }),
    );
    const restK = rest.map((g) => {
      b.values.push(int(next, 1, 12));
      b.where.push({ table: 1, row: cat, col: g });
      return b.values.length - 1;
    });
    const out: string[] = [];
    runs.forEach((r, ri) => {
      r.forEach((g, gi) => {
        const i = count(b, sumOf([ks[ri]![gi]!]));
        b.cells.push({ table: 1, row: cat, col: g, items: [i] });
        out.push(fmt(b, i));
      });
      const i = count(b, sumOf(ks[ri]!));
      b.cells.push({ table: 1, row: cat, col: '計', items: [i] });
      out.push(fmt(b, i));
    });
    restK.forEach((k, gi) => {
      const i = count(b, sumOf([k]));
      b.cells.push({ table: 1, row: cat, col: rest[gi]!, items: [i] });
      out.push(fmt(b, i));
    });
    // Two runs: 総計 is the sum of the first run only when both runs count the same patients (入院/外来 of 男/女).
    const totalKs = two ? ks[0]! : [...ks[0]!, ...restK];
    if (two) {
      // The second run splits the same patients: its last count is what makes the sums agree.
      const s0 = ks[0]!.reduce((s, k) => s + b.values[k]!, 0);
      const [k0, k1] = [ks[1]![0]!, ks[1]![1]!];
      b.values[k0] = next() < 0.3 ? Math.min(s0, int(next, 1, 9)) : int(next, 0, s0);
      b.values[k1] = s0 - b.values[k0]!;
      // re-render the second run with the fixed value
      const w = runs[0]!.length + 1;
      ks[1]!.forEach((k, gi) => (out[w + gi] = String(b.values[k])));
      out[w + ks[1]!.length] = String(ks[1]!.reduce((s, k) => s + b.values[k]!, 0));
    }
    const i = count(b, sumOf(totalKs));
    b.cells.push({ table: 1, row: cat, col: '総計', items: [i] });
    out.push(fmt(b, i));
    lines.push(`${cat}\t${out.join('\t')}`);
  });
  return { family: two ? 'section/two' : 'section/rest', text: lines.join('\n') + '\n', ...b };
}

/** words55's 「※ n 施設を除く」: a note naming a small count, its truth a count of a line (a unit the table names). */
function excludeCase(next: () => number): Red53Case {
  const b = builder();
  const rows = ['病院', '診療所', '薬局', 'その他'].slice(0, int(next, 2, 4));
  const head = pick(next, ['施設数', '医療機関数', '件数', '数', 'Facilities']);
  const lines = [`\t${head}`];
  const ks = rows.map((r) => {
    b.values.push(int(next, 10, 80));
    b.where.push({ table: 1, row: r, col: '施設数' });
    return b.values.length - 1;
  });
  // The excluded ones are a count of their own (施設 of the last kind), small.
  b.values.push(int(next, 1, 9));
  b.where.push({ table: 1, row: '除外', col: '施設数' });
  const ex = b.values.length - 1;
  rows.forEach((r, i) => {
    const it = count(b, sumOf([ks[i]!]));
    b.cells.push({ table: 1, row: r, col: '施設数', items: [it] });
    lines.push(`${r}\t${fmt(b, it)}`);
  });
  const tot = count(b, sumOf(ks));
  b.cells.push({ table: 1, row: '合計', col: '施設数', items: [tot] });
  lines.push(`合計\t${fmt(b, tot)}`);
  const note = count(b, sumOf([ex]));
  b.cells.push({ table: 1, row: '（注）', col: '（注）', items: [note] });
  const word = pick(next, ['施設', '医療機関', 'か所', '機関', '病院']);
  lines.push('', next() < 0.8 ? `※ ${b.values[ex]} ${word}を除く` : `* ${b.values[ex]} facilities were excluded`);
  return { family: 'exclude', text: lines.join('\n') + '\n', ...b };
}

/**
 * The look-alike (innocent): patients by hospital (「A病院」「B病院」 under 「患者数」), a note of hospitals left out — the
 * note's number is no count of the table (no base count of the truth: nothing to hide), read as a note on both.
 */
function excludeInnocent(next: () => number): Red53Case {
  const b = builder();
  const groups = pick(next, [
    ['A病院', 'B病院'],
    ['Hospital A', 'Hospital B', 'Hospital C'],
    ['センターA', 'センターB'],
  ]);
  const rows = pick(next, CATS).slice(0, int(next, 2, 4));
  const en = groups[0]!.startsWith('Hospital');
  const lines = [en ? '# Patients by hospital' : pick(next, ['# 病院別の患者数', '# 施設別の症例数']), `\t${groups.join('\t')}`];
  rows.forEach((r) => {
    const out: string[] = [];
    groups.forEach((g) => {
      b.values.push(next() < 0.2 ? int(next, 1, 9) : int(next, 10, 90));
      b.where.push({ table: 1, row: r, col: g });
      const it = count(b, sumOf([b.values.length - 1]));
      b.cells.push({ table: 1, row: r, col: g, items: [it] });
      out.push(fmt(b, it));
    });
    lines.push(`${r}\t${out.join('\t')}`);
  });
  const n = int(next, 1, 3);
  lines.push('', en ? `* ${n} hospitals were excluded` : pick(next, [`※ ${n} 施設を除く`, `※ ${n} 医療機関を除く`]));
  return { family: 'exclude/innocent', text: lines.join('\n') + '\n', ...b };
}

/**
 * stats55's 「範囲（%）」 under a title naming a rate (`range/rate`): each end the rate of one hospital (its deaths over
 * its patients, table 1), the N beside the year's whole; `range/count` the look-alike, each end a hospital's patients
 * over the year's N under 「施設別患者数の範囲」 (stats55's reading, true).
 */
function rangeCase(next: () => number, kind: 'rate' | 'count'): Red53Case {
  const b = builder();
  const hs = ['A病院', 'B病院', 'C病院', 'D病院'].slice(0, int(next, 3, 4));
  const ys = ['2021年', '2022年'];
  const n = hs.map(() => ys.map(() => (next() < 0.4 ? int(next, 10, 30) : int(next, 60, 600))));
  const lines1 = ['# 表1 年別入院患者数', `施設,${ys.join(',')}`];
  hs.forEach((h, i) => {
    const out: string[] = [];
    ys.forEach((y, j) => {
      b.values.push(n[i]![j]!);
      b.where.push({ table: 1, row: h, col: y });
      const it = count(b, sumOf([b.values.length - 1]));
      b.cells.push({ table: 1, row: h, col: y, items: [it] });
      out.push(fmt(b, it));
    });
    lines1.push(`${h},${out.join(',')}`);
  });
  const nk = (i: number, j: number) => i * ys.length + j;
  const totals = ys.map((y, j) => {
    const it = count(b, sumOf(hs.map((_, i) => nk(i, j))));
    b.cells.push({ table: 1, row: '合計', col: y, items: [it] });
    return it;
  });
  lines1.push(`合計,${totals.map((t) => fmt(b, t)).join(',')}`);
  // Deaths per hospital and year (no table prints them), each ≤ its patients.
  const dk = hs.map((_, i) =>
    ys.map((_, j) => {
      b.values.push(Math.min(n[i]![j]!, next() < 0.5 ? int(next, 1, 9) : int(next, 1, Math.max(1, Math.floor(n[i]![j]! / 3)))));
      b.where.push({ table: 0, row: `${hs[i]}死亡`, col: ys[j]! });
      return b.values.length - 1;
    }),
  );
  const lines2 = [
    kind === 'rate' ? pick(next, ['# 表2 施設別死亡割合の範囲', '# 表2 施設別の死亡率（範囲）']) : '# 表2 施設別患者数の範囲',
    '年,N,範囲（%）',
  ];
  ys.forEach((y, j) => {
    const N = valueOf(b, b.items[totals[j]!]!.form);
    const ratio = (i: number) => (kind === 'rate' ? b.values[dk[i]![j]!]! / n[i]![j]! : n[i]![j]! / N);
    const order = hs.map((_, i) => i).sort((x, z) => ratio(x) - ratio(z));
    const [lo, hi] = [order[0]!, order.at(-1)!];
    const item = (i: number) =>
      kind === 'rate' ? share(b, sumOf([dk[i]![j]!]), sumOf([nk(i, j)])) : share(b, sumOf([nk(i, j)]), b.items[totals[j]!]!.form);
    const [a, z] = [item(lo), item(hi)];
    b.cells.push({ table: 2, row: y, col: '最小', items: [a] }, { table: 2, row: y, col: '最大', items: [z] });
    b.cells.push({ table: 2, row: y, col: 'N', items: [count(b, b.items[totals[j]!]!.form)] });
    lines2.push(`${y},${N},${fmt(b, a)}–${fmt(b, z)}`);
  });
  return { family: `range/${kind}`, text: `${lines1.join('\n')}\n\n${lines2.join('\n')}\n`, ...b };
}

export function red56Cases(n: number, seed: number): Red53Case[] {
  const next = lcg(seed);
  const out: Red53Case[] = [];
  for (let k = 0; k < n; k++) {
    const f = k % 10;
    if (f >= 8) {
      out.push(rangeCase(next, f === 8 ? 'rate' : 'count'));
      continue;
    }
    out.push(
      f === 0
        ? pctCase(next, 'row')
        : f === 1
          ? pctCase(next, 'col')
          : f === 2
            ? titleCase(next, 'plain')
            : f === 3
              ? titleCase(next, 'under')
              : f === 4
                ? titleCase(next, 'other')
                : f === 5
                  ? sectionCase(next)
                  : f === 6
                    ? excludeInnocent(next)
                    : excludeCase(next),
    );
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { checkerOfRoot, codesOf } = await import('./helpers.ts');
  const { truthAttack, publishedOf } = await import('./red53-families.ts');
  const { check, highs, bundle } = await checkerOfRoot();
  const n = Number(process.argv[2] ?? 80);
  const seed = Number(process.argv[3] ?? 3500);
  const tally = new Map<string, { n: number; read: number; refused: number; leaked: number; hidden: number; codes: Map<string, number> }>();
  red56Cases(n, seed).forEach((c, k) => {
    const t = tally.get(c.family) ?? { n: 0, read: 0, refused: 0, leaked: 0, hidden: 0, codes: new Map() };
    tally.set(c.family, t);
    t.n++;
    const r = check(highs, bundle, c.text, { details: true });
    if (!r.ok) {
      t.refused++;
      const code = codesOf(r);
      t.codes.set(code, (t.codes.get(code) ?? 0) + 1);
      if (process.env.SHOW === 'all') console.log(`REFUSED #${k} ${c.family} ${code}\n${c.text}`);
      return;
    }
    t.read++;
    for (const x of r.tables) t.hidden += x.status.filter((s) => s !== 'published').length;
    const { published, unmapped } = publishedOf(c, r as never);
    const leaks = truthAttack(highs, c, published);
    if (leaks.length) {
      t.leaked++;
      if (process.env.SHOW) console.log(`LEAK #${k} ${c.family} ${leaks.join('; ')} unmapped ${unmapped.join(',')}\n${c.text}`);
    }
  });
  for (const [f, t] of [...tally].sort())
    console.log(
      `${f.padEnd(13)} n ${t.n} read ${t.read} refused ${t.refused} leaked ${t.leaked} hidden ${t.hidden}  ${[...t.codes].map(([k, v]) => `${k}:${v}`).join(' ')}`,
    );
}
