/**
 * red53 (issue #11, red team): tables an applicant might paste, in the issue's classes at once — totals under odd
 * labels or none (found by arithmetic), N in a header, title or corner, 「n (p%)」 by column or by row, 「n/N」,
 * two tables sharing lines, notes naming a count — as TSV, CSV, Markdown, HTML or an Excel paste (trailing tabs,
 * blank lines). Every case keeps its truth: the counts (a grid of categories × groups) and each published item as a
 * linear form over them (a cell, a line's sum, the whole; a share of a base within its rounding), so the attacker
 * below (`truthAttack`, a HiGHS MIP over the truth's equations, written apart from the engine and from oracle.ts)
 * ranges each hidden count from all that the report leaves published.
 *
 * `node test/pubcheck/red53-families.ts [count] [seeds]` prints the tally (ROOT=<tree> for another tree's checker).
 */
import type { Highs } from 'highs';
import { int, lcg, pick } from './helpers.ts';

/** A linear form over the base counts: coefficient per count index. */
type Form = Map<number, number>;

export interface Item {
  /** What the cell states: a count (the form's value) or a share of `base` to `digits` decimals. */
  kind: 'count' | 'share';
  form: Form;
  base?: Form;
  digits?: number;
}

export interface Rendered {
  table: number;
  row: string;
  col: string;
  items: number[];
}

export interface Red53Case {
  family: string;
  text: string;
  /** Base counts, flat: category i, group j of table t's grid. */
  values: number[];
  items: Item[];
  cells: Rendered[];
  /** Labels of each base count (table, row, column) as first printed. */
  where: { table: number; row: string; col: string }[];
}

const GROUPS = [
  ['A群', 'B群', 'C群', 'D群'],
  ['Drug', 'Placebo', 'Control', 'Other'],
  ['実薬群', '対照群', '併用群', '未治療群'],
  ['2021年', '2022年', '2023年', '2024年'],
];
const CATS = [
  ['軽症', '中等症', '重症', '死亡', '不明'],
  ['肺炎', '心不全', '脳梗塞', '腎不全', 'その他'],
  ['Mild', 'Moderate', 'Severe', 'Fatal', 'Unknown'],
  ['20歳未満', '20-39歳', '40-64歳', '65-74歳', '75歳以上'],
  ['男性', '女性', '不明', '', ''],
];
/** Totals under labels of the issue and under none the lists know (arithmetic only). */
const TOTAL_WORDS = [
  '合計（人）',
  'Total (n)',
  '全症例',
  'Overall',
  '総数（例）',
  '合計 n',
  '合計値',
  'Sum:',
  '全体',
  'All',
  '計',
  '対象者',
  'すべて',
  '総計',
  'Σ',
];

const sumForm = (ks: number[]): Form => new Map(ks.map((k) => [k, 1]));

function fmtShare(v: number, b: number, digits: number): string {
  return b === 0 ? '-' : ((100 * v) / b).toFixed(digits);
}

type Grid = { head: string[]; rows: { label: string; cells: { text: string; items: number[] }[] }[]; title?: string; corner: string };

/** Two tables side by side on the same lines (an Excel paste of a sheet with two blocks), an empty column between. */
function sideBySide(grids: Grid[], sep: string, next: () => number): string {
  const blocks = grids.map((g) => [[g.corner, ...g.head], ...g.rows.map((r) => [r.label, ...r.cells.map((c) => c.text)])]);
  const titles = grids.map((g) => g.title ?? '');
  const gap = next() < 0.5 ? 1 : 2;
  const w0 = blocks[0]![0]!.length;
  const h = Math.max(...blocks.map((b) => b.length));
  const out: string[] = [];
  if (titles.some(Boolean)) out.push([titles[0], ...Array(w0 - 1 + gap).fill(''), titles[1]].join(sep));
  for (let i = 0; i < h; i++) {
    const a = blocks[0]![i] ?? Array(w0).fill('');
    const b = blocks[1]![i] ?? [];
    out.push([...a, ...Array(gap).fill(''), ...b].join(sep).replace(new RegExp(`${sep}+$`), ''));
  }
  return out.join('\n') + '\n';
}

function render(grids: Grid[], format: string, next: () => number): string {
  const out: string[] = [];
  for (const g of grids) {
    const lines = [[g.corner, ...g.head], ...g.rows.map((r) => [r.label, ...r.cells.map((c) => c.text)])];
    if (format === 'html') {
      out.push(`<table>${g.title ? `<caption>${g.title}</caption>` : ''}`);
      out.push(`<tr>${lines[0]!.map((c) => `<th>${c}</th>`).join('')}</tr>`);
      for (const l of lines.slice(1))
        out.push(
          `<tr><th>${l[0]}</th>${l
            .slice(1)
            .map((c) => `<td>${c}</td>`)
            .join('')}</tr>`,
        );
      out.push('</table>', '');
      continue;
    }
    if (g.title)
      out.push(format === 'md' ? `**${g.title}**` : format === 'excel' ? g.title : `# ${g.title}`, ...(format === 'md' ? [''] : []));
    if (format === 'md') {
      out.push(`| ${lines[0]!.join(' | ')} |`, `|${lines[0]!.map(() => '---').join('|')}|`);
      for (const l of lines.slice(1)) out.push(`| ${l.join(' | ')} |`);
    } else if (format === 'csv') {
      for (const l of lines) out.push(l.map((c) => (/[,"]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(','));
    } else {
      const trail = format === 'excel' && next() < 0.5 ? '\t' : '';
      for (const l of lines) out.push(l.join('\t') + trail);
    }
    out.push('');
  }
  return out.join('\n') + '\n';
}

/** One case: a grid of counts printed in one of the shapes, its truth kept. */
export function red53Case(next: () => number): Red53Case {
  const G = int(next, 2, 4);
  const R = int(next, 2, 5);
  const gi = int(next, 0, GROUPS.length - 1);
  const ci = int(next, 0, CATS.length - 1);
  const groups = GROUPS[gi]!.slice(0, G);
  const cats = CATS[ci]!.slice(0, ci === 4 ? Math.min(R, 3) : R);
  const Rn = cats.length;
  const values: number[] = [];
  const where: Red53Case['where'] = [];
  const smallAt = new Set([int(next, 0, Rn * G - 1), ...(next() < 0.3 ? [int(next, 0, Rn * G - 1)] : [])]);
  for (let i = 0; i < Rn; i++)
    for (let j = 0; j < G; j++) {
      values.push(smallAt.has(i * G + j) ? int(next, next() < 0.15 ? 0 : 1, 9) : int(next, 10, 90));
      where.push({ table: 1, row: cats[i]!, col: groups[j]! });
    }
  const at = (i: number, j: number) => i * G + j;
  const items: Item[] = [];
  const item = (it: Item) => (items.push(it), items.length - 1);
  const val = (f: Form) => [...f].reduce((s, [v, c]) => s + c * values[v]!, 0);
  const colForm = (j: number) => sumForm(cats.map((_, i) => at(i, j)));
  const rowForm = (i: number) => sumForm(groups.map((_, j) => at(i, j)));
  const all = sumForm(values.map((_, v) => v));
  const shape = pick(next, [
    'plain',
    'plain',
    'npct-col',
    'npct-row',
    'frac',
    'linked',
    'note',
    'pct-only',
    'side',
    'midtotal',
    'linkT',
    'linkpct',
    'linkrow',
  ] as const);
  const format = pick(next, ['tsv', 'csv', 'md', 'html', 'excel'] as const);
  const totalWord = pick(next, TOTAL_WORDS);
  const rowTotal = next() < 0.6;
  const colTotal = next() < 0.6;
  const totalFirst = next() < 0.3;
  const nWhere = pick(next, ['header', 'title', 'corner', 'none'] as const);
  const digits = pick(next, [0, 1, 1]);
  const pctSign = next() < 0.7 ? '%' : '';
  let title = pick(next, ['表1 背景', 'Table 1', '表2 転帰', '副作用の内訳', '']);
  let corner = pick(next, ['', '区分', '項目', 'n']);
  const grids: Grid[] = [];
  const cell = (i: number, j: number) => {
    const n = shape === 'pct-only' ? -1 : item({ kind: 'count', form: new Map([[at(i, j), 1]]) });
    if (shape === 'npct-col' || shape === 'npct-row' || shape === 'pct-only') {
      const base = shape === 'npct-row' ? rowForm(i) : colForm(j);
      const p = item({ kind: 'share', form: new Map([[at(i, j), 1]]), base, digits });
      const ptext = fmtShare(values[at(i, j)]!, val(base), digits);
      if (shape === 'pct-only') return { text: `${ptext}%`, items: [p] };
      return { text: `${values[at(i, j)]} (${ptext}${pctSign})`, items: [n, p] };
    }
    if (shape === 'frac') {
      const N = item({ kind: 'count', form: colForm(j) });
      return { text: `${values[at(i, j)]}/${val(colForm(j))}`, items: [n, N] };
    }
    return { text: String(values[at(i, j)]), items: [n] };
  };
  let head = groups.map((g, j) => {
    if (nWhere === 'header' && shape !== 'npct-row') {
      item({ kind: 'count', form: colForm(j) });
      return `${g} (N=${val(colForm(j))})`;
    }
    return g;
  });
  const headItems = nWhere === 'header' && shape !== 'npct-row' ? groups.map((_, j) => items.length - G + j) : [];
  if (nWhere === 'title') {
    item({ kind: 'count', form: all });
    title = `${title || '表'}（N=${val(all)}）`;
  }
  if (nWhere === 'corner') {
    item({ kind: 'count', form: all });
    corner = `対象患者 (N=${val(all)})`;
  }
  const rows: Grid['rows'] = cats.map((c, i) => ({ label: c, cells: groups.map((_, j) => cell(i, j)) }));
  const withTotalCol = rowTotal && shape !== 'pct-only';
  if (withTotalCol) {
    head = totalFirst ? [totalWord, ...head] : [...head, totalWord];
    rows.forEach((r, i) => {
      const t = { text: String(val(rowForm(i))), items: [item({ kind: 'count', form: rowForm(i) })] };
      if (shape === 'npct-row') t.text += digits ? ' (100.0%)' : ' (100%)';
      r.cells = totalFirst ? [t, ...r.cells] : [...r.cells, t];
    });
  }
  if (colTotal && shape !== 'pct-only') {
    const cellsT = groups.map((_, j) => {
      const t = { text: String(val(colForm(j))), items: [item({ kind: 'count', form: colForm(j) })] };
      if (shape === 'npct-col') t.text += digits ? ' (100.0%)' : ' (100%)';
      if (shape === 'frac') t.text = `${val(colForm(j))}/${val(colForm(j))}`;
      return t;
    });
    if (withTotalCol) {
      const g = { text: String(val(all)), items: [item({ kind: 'count', form: all })] };
      if (totalFirst) cellsT.unshift(g);
      else cellsT.push(g);
    }
    const tw = withTotalCol ? pick(next, TOTAL_WORDS) : totalWord;
    const tr = { label: tw === totalWord && withTotalCol ? `${tw} ` : tw, cells: cellsT };
    if (shape === 'midtotal') rows.splice(int(next, 1, rows.length - 1), 0, tr);
    else if (totalFirst) rows.unshift(tr);
    else rows.push(tr);
  }
  grids.push({ head, rows, ...(title ? { title } : {}), corner });
  void headItems;
  if (shape === 'linked' || shape === 'side') {
    // A second table: the categories by all groups together (or one group alone), the same patients.
    const one = next() < 0.5;
    const j0 = int(next, 0, G - 1);
    const rows2 = cats.map((c, i) => {
      const f = one ? new Map([[at(i, j0), 1]]) : rowForm(i);
      return { label: c, cells: [{ text: String(val(f)), items: [item({ kind: 'count', form: f })] }] };
    });
    if (next() < 0.5) {
      const f = one ? colForm(j0) : all;
      rows2.push({
        label: pick(next, ['合計', 'Total', '計']),
        cells: [{ text: String(val(f)), items: [item({ kind: 'count', form: f })] }],
      });
    }
    grids.push({
      head: [one ? groups[j0]! : pick(next, ['全体', '人数', '患者数', 'n'])],
      rows: rows2,
      title: pick(next, ['表2', '表2 全体', 'Table 2']),
      corner: '',
    });
  }
  if (shape === 'linkT') {
    // The same counts transposed in a second table (groups as rows), with or without the whole.
    const rows2 = groups.map((g, j) => ({
      label: g,
      cells: cats.map((_, i) => ({ text: String(values[at(i, j)]), items: [item({ kind: 'count', form: new Map([[at(i, j), 1]]) })] })),
    }));
    grids.push({ head: [...cats], rows: rows2, title: pick(next, ['表2 群別', 'Table 2', '表2']), corner: pick(next, ['', '群']) });
  }
  let linkNote = '';
  if (shape === 'linkpct' || shape === 'linkrow') {
    // The same counts as shares in a second table: of each group's (column) or each category's (row) patients, the
    // base in the header or nowhere.
    const byRow = shape === 'linkrow';
    const withN = next() < 0.5;
    const d2 = pick(next, [0, 1]);
    linkNote = `${d2}d${withN ? 'N' : ''}`;
    const head2 = groups.map((g, j) => (withN && !byRow ? `${g} (N=${val(colForm(j))})` : g));
    if (withN && !byRow) groups.forEach((_, j) => item({ kind: 'count', form: colForm(j) }));
    const rows2 = cats.map((c, i) => ({
      label: withN && byRow ? `${c} (N=${val(rowForm(i))})` : c,
      cells: groups.map((_, j) => {
        const base = byRow ? rowForm(i) : colForm(j);
        return {
          text: `${fmtShare(values[at(i, j)]!, val(base), d2)}%`,
          items: [item({ kind: 'share', form: new Map([[at(i, j), 1]]), base, digits: d2 })],
        };
      }),
    }));
    if (withN && byRow) cats.forEach((_, i) => item({ kind: 'count', form: rowForm(i) }));
    grids.push({ head: head2, rows: rows2, title: pick(next, ['表2 割合', 'Table 2 (%)', '表2 構成比（%）']), corner: '' });
  }
  let text = shape === 'side' && grids.length === 2 ? sideBySide(grids, format === 'csv' ? ',' : '\t', next) : render(grids, format, next);
  let noteCell: Rendered | undefined;
  if (shape === 'note') {
    // A note naming a count the table does not print: one group's 不明, or a line's total.
    const j0 = int(next, 0, G - 1);
    const extra = int(next, 1, 9);
    values.push(extra);
    where.push({ table: 0, row: '不明', col: groups[j0]! });
    const note = pick(next, [
      `注: ${groups[j0]}の不明 ${extra}例を除く`,
      `※ ${groups[j0]}では不明が${extra}人`,
      `Note: ${extra} patients in ${groups[j0]} missing`,
    ]);
    const ni = item({ kind: 'count', form: new Map([[values.length - 1, 1]]) });
    noteCell = { table: 0, row: 'note', col: 'note', items: [ni] };
    text = format === 'html' ? text.replace(/<\/table>/, `</table>\n<p>${note}</p>`) : `${text}${note}\n`;
  }
  if (format === 'excel' && next() < 0.4) text = text.replace(/\n\n/g, '\n\n\n');
  // Rendered cells for the mapping onto the checker's tables.
  const cellsOut: Rendered[] = [];
  grids.forEach((g, t) =>
    g.rows.forEach((r) => r.cells.forEach((c, j) => cellsOut.push({ table: t + 1, row: r.label.trim(), col: g.head[j]!, items: c.items }))),
  );
  // Header Ns are items of their own, published unless the checker hides a header (it does not).
  if (noteCell) cellsOut.push(noteCell);
  return {
    family: `${shape}/${format}/${nWhere}/${withTotalCol ? 'rt' : '-'}${colTotal ? 'ct' : '-'}${linkNote && `/${linkNote}`}`,
    text,
    values,
    items,
    cells: cellsOut,
    where,
  };
}

export function red53Cases(count: number, seed: number): Red53Case[] {
  const next = lcg(seed);
  return Array.from({ length: count }, () => red53Case(next));
}

/**
 * The truth's attacker: every base count a whole number ≥ 0; each published item holds (a count exactly, a share
 * within half its last digit of its base); each hidden small count ranged by MIP. A leak: a hidden count pinned, or
 * a small one (under `threshold`) whose maximum is under it; a small count published is a leak too.
 */
export function truthAttack(highs: Highs, c: Red53Case, publishedItems: ReadonlySet<number>, threshold = 10, zeroExempt = true): string[] {
  const n = c.values.length;
  const rows: { terms: Map<number, number>; lo: number; hi: number }[] = [];
  for (const i of publishedItems) {
    const it = c.items[i]!;
    const v = [...it.form].reduce((s, [k, a]) => s + a * c.values[k]!, 0);
    if (it.kind === 'count') rows.push({ terms: it.form, lo: v, hi: v });
    else {
      // 100·x − p·B within ±h·B, h half the last digit.
      const B = [...it.base!].reduce((s, [k, a]) => s + a * c.values[k]!, 0);
      if (B === 0) continue;
      const p = Number(((100 * v) / B).toFixed(it.digits));
      const h = 0.5 * 10 ** -it.digits! + 1e-9;
      const terms = new Map<number, number>();
      for (const [k, a] of it.form) terms.set(k, (terms.get(k) ?? 0) + 100 * a);
      for (const [k, a] of it.base!) terms.set(k, (terms.get(k) ?? 0) - (p + h) * a);
      rows.push({ terms: new Map(terms), lo: -Infinity, hi: 0 });
      const terms2 = new Map<number, number>();
      for (const [k, a] of it.form) terms2.set(k, (terms2.get(k) ?? 0) + 100 * a);
      for (const [k, a] of it.base!) terms2.set(k, (terms2.get(k) ?? 0) - (p - h) * a);
      rows.push({ terms: terms2, lo: 0, hi: Infinity });
    }
  }
  const leaks: string[] = [];
  const solve = (target: number, sense: 'min' | 'max'): number => {
    const starts = [0];
    const indices: number[] = [];
    const vals: number[] = [];
    for (const r of rows) {
      for (const [k, a] of [...r.terms].sort((x, y) => x[0] - y[0]))
        if (a !== 0) {
          indices.push(k);
          vals.push(a);
        }
      starts.push(indices.length);
    }
    const inf = (x: number) => (x === Infinity ? highs.infinity : x === -Infinity ? -highs.infinity : x);
    const model = highs.createModel({
      numCols: n,
      numRows: rows.length,
      colCost: Array.from({ length: n }, (_, v) => (v === target ? 1 : 0)),
      colLower: c.values.map((x) => (zeroExempt && x >= 1 ? 1 : 0)),
      colUpper: Array.from({ length: n }, () => highs.infinity),
      rowLower: rows.map((r) => inf(r.lo)),
      rowUpper: rows.map((r) => inf(r.hi)),
      matrix: { format: 'csr', numRows: rows.length, numCols: n, starts, indices, values: vals },
      sense: sense === 'min' ? highs.constants.objectiveSense.minimize : highs.constants.objectiveSense.maximize,
      integrality: Array.from({ length: n }, () => highs.constants.variableType.integer),
    });
    try {
      model.options.set({ output_flag: false, mip_rel_gap: 0, time_limit: 5 });
      model.run();
      const s = model.getModelStatus();
      const S = highs.constants.modelStatus;
      if (s === S.unbounded || s === S.unboundedOrInfeasible) return sense === 'max' ? Infinity : -Infinity;
      if (s !== S.optimal) return sense === 'max' ? Infinity : -Infinity;
      return model.getObjectiveValue();
    } finally {
      model.dispose();
    }
  };
  c.values.forEach((v, k) => {
    if (v >= threshold || (zeroExempt && v === 0)) return;
    const shown = [...publishedItems].some((i) => {
      const f = c.items[i]!.form;
      return c.items[i]!.kind === 'count' && f.size === 1 && f.has(k);
    });
    const w = c.where[k]!;
    if (shown) return void leaks.push(`shown ${w.table}:${w.row}/${w.col}=${v}`);
    const hi = solve(k, 'max');
    const lo = solve(k, 'min');
    if (Math.round(hi) === Math.round(lo)) leaks.push(`pinned ${w.table}:${w.row}/${w.col}=${v}`);
    else if (hi < threshold) leaks.push(`under ${w.table}:${w.row}/${w.col}=${v} (${Math.round(lo)}..${Math.round(hi)})`);
  });
  return leaks;
}

const norm = (s: string) =>
  s
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/\(N=\d+\)/i, '')
    .toLowerCase();
const near = (a: string, b: string) => {
  const x = norm(a);
  const y = norm(b);
  return x === y || (y.length > 0 && x.length > 0 && (x.includes(y) || y.includes(x)));
};

interface CheckedLike {
  ok: boolean;
  errors?: { code: string; message: string }[];
  tables?: {
    table: { number: number; rows: { label: string }[]; cols: { label: string }[] };
    status: string[];
    suppression?: { passed: boolean };
  }[];
}

/** The items the checker leaves published: every item of a rendered cell no hidden cell of the checker maps onto. */
export function publishedOf(c: Red53Case, r: CheckedLike): { published: Set<number>; unmapped: string[] } {
  const hiddenCells = new Set<number>();
  const unmapped: string[] = [];
  for (const t of r.tables ?? []) {
    const C = t.table.cols.length;
    t.status.forEach((s, id) => {
      if (s === 'published') return;
      const row = t.table.rows[Math.floor(id / C)]!.label;
      const col = t.table.cols[id % C]!.label;
      const hits = c.cells
        .map((x, k) => [x, k] as const)
        .filter(([x]) => x.table === t.table.number && near(x.row, row) && near(x.col, col));
      const exact = hits.filter(([x]) => norm(x.row) === norm(row) && norm(x.col) === norm(col));
      const use = exact.length ? exact : hits;
      if (use.length === 0) unmapped.push(`${t.table.number}:${row}/${col}`);
      for (const [, k] of use) hiddenCells.add(k);
    });
  }
  const published = new Set<number>();
  c.items.forEach((_, i) => published.add(i));
  c.cells.forEach((x, k) => {
    if (hiddenCells.has(k)) for (const i of x.items) published.delete(i);
  });
  return { published, unmapped };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { checkerOfRoot } = await import('./helpers.ts');
  const { check, highs, bundle } = await checkerOfRoot();
  const count = Number(process.argv[2] ?? 40);
  const seeds = (process.argv[3] ?? '3200').split(',').map(Number);
  const tally = new Map<
    string,
    { n: number; refused: number; leaked: number; crash: number; hidden: number; codes: Map<string, number> }
  >();
  for (const seed of seeds)
    red53Cases(count, seed).forEach((c, k) => {
      const fam = c.family.split('/')[0]!;
      const t = tally.get(fam) ?? { n: 0, refused: 0, leaked: 0, crash: 0, hidden: 0, codes: new Map() };
      tally.set(fam, t);
      t.n++;
      let r: CheckedLike;
      try {
        r = check(highs, bundle, c.text, { details: true }) as unknown as CheckedLike;
      } catch (e) {
        t.crash++;
        console.log(`CRASH seed ${seed} #${k} ${c.family}\n${c.text}\n${String((e as Error).stack).slice(0, 400)}`);
        return;
      }
      if (!r.ok) {
        t.refused++;
        const code = [...new Set(r.errors!.map((e) => e.code))].sort().join('+');
        t.codes.set(code, (t.codes.get(code) ?? 0) + 1);
        if (process.env.SHOW === 'all')
          console.log(`REFUSED seed ${seed} #${k} ${c.family} ${code}\n${c.text}${r.errors!.map((e) => e.message).join('\n')}`);
        return;
      }
      // A table the checker says it cannot protect (exit 2 in words, `suppression.passed` false): refused, not a leak.
      if ((r.tables ?? []).some((x) => x.suppression?.passed === false)) {
        t.refused++;
        t.codes.set('suppress/failed', (t.codes.get('suppress/failed') ?? 0) + 1);
        return;
      }
      for (const x of r.tables ?? []) t.hidden += x.status.filter((s) => s !== 'published').length;
      const { published, unmapped } = publishedOf(c, r);
      const leaks = truthAttack(highs, c, published);
      if (leaks.length) {
        t.leaked++;
        if (process.env.SHOW)
          console.log(`LEAK seed ${seed} #${k} ${c.family} ${leaks.join('; ')} unmapped ${unmapped.join(',')}\n${c.text}`);
      }
    });
  for (const [f, t] of tally)
    console.log(
      `${f.padEnd(10)} n ${t.n} refused ${t.refused} leaked ${t.leaked} crash ${t.crash} hidden ${t.hidden}  ${[...t.codes].map(([k, v]) => `${k}:${v}`).join(' ')}`,
    );
}
