/**
 * Combinations (issue #11, adversary sweep `combo`): random inputs that put 2–4 of the earlier sweeps' features in one
 * input — totals under unusual labels or none, first, in the middle or last; an N in a header, the title, the corner
 * or a row of Ns; 「n (p%)」 cells and bare percentages; うち / 再掲 lines and indented subtotals; Table 1 section
 * headings; a second table linked to the first (labels written otherwise, one-way margins); zeros beside small counts;
 * two header rows or two label columns; several answers per patient with their complements; cumulative lines — each
 * built from true counts, so that what the checker publishes can be attacked with the true structure.
 *
 * The attacker here (`trueRanges`) is not the oracle: it knows what every printed number is the sum of (the generator
 * built it so), takes every published number as a constraint on whole counts ≥ 0 (a percentage as its rounding
 * interval of its count over its base), and asks HiGHS for the least and largest value of each count that must be
 * protected: every printed count, each うち line's rest, each answer's complement (N less it), each step of a
 * cumulative line. It takes no chance sums (README Limits: the oracle's false positives), only the true ones.
 *
 * `node test/pubcheck/combo.ts [inputs] [seeds, 「1,2,3」]` runs the bigger sweep by hand (README Limits 「combo」);
 * combo.test.ts a small one. SHOW=k prints input k, SHOW_REFUSED=code the first refusals of a code, SHOW_PINNED=1 the
 * hidden counts pinned that are not small; NOHIDE=1 publishes every cell (the attacker's own test: it must then leak).
 */
import type { Highs } from 'highs';
import { check, type CheckResult } from '../../src/pubcheck/check.ts';
import type { RuleBundle } from '../../src/pubcheck/rules.ts';
import type { Protection } from '../../src/pubcheck/types.ts';
import { int, pick } from './helpers.ts';

/** A linear form over the true counts: [variable, coefficient]. */
export type Form = [number, number][];

export interface Field {
  /** The count the field prints (or the percentage stands for). */
  count: Form;
  /** Printed as a percentage of `base` (bare, or after the count: 「n (p%)」). */
  pct?: { base: Form; value: number; digits: number; bare: boolean };
  text: string;
}

/** One input line: its cells as printed, each a value field or words. */
interface Line {
  cells: (string | Field)[];
}

export interface Case {
  text: string;
  features: string[];
  truth: number[];
  /** Extra true constraints on the counts (several answers: each at most its N): Σ coef·x ≤ hi. */
  bounds: { form: Form; hi: number }[];
  /** Numbers printed outside the value cells (an N in a header, title or corner): always published. */
  stated: { form: Form; value: number }[];
  /** Value fields per 1-based line. */
  fields: Map<number, Field[]>;
  /** The counts to protect besides the printed ones. */
  sensitive: { name: string; form: Form }[];
}

const THRESHOLD = 10;
const plus = (...fs: Form[]): Form => {
  const m = new Map<number, number>();
  for (const f of fs) for (const [v, k] of f) m.set(v, (m.get(v) ?? 0) + k);
  return [...m].filter(([, k]) => k !== 0).sort((a, b) => a[0] - b[0]);
};
const minus = (a: Form, b: Form): Form =>
  plus(
    a,
    b.map(([v, k]) => [v, -k] as [number, number]),
  );
const valueOf = (truth: number[], f: Form) => f.reduce((s, [v, k]) => s + k * truth[v]!, 0);
const key = (f: Form) => f.map(([v, k]) => `${v}*${k}`).join('+');

/** A random true count: small (1–9) a fifth of the time, 0 where zeros are asked, else 10–60. */
function draw(random: () => number, zeros: boolean): number {
  const u = random();
  if (zeros && u < 0.12) return 0;
  if (u < 0.3) return int(random, 1, 9);
  return int(random, 10, 60);
}

export interface Spec {
  kind: 'table1' | 'ofwhich' | 'subtotal' | 'several' | 'cumulative';
  total?: { label: string; where: 'first' | 'middle' | 'last' };
  totalCol?: { label: string; where: 'first' | 'middle' | 'last' };
  n?: 'header' | 'title' | 'corner' | 'row-first' | 'row-last';
  format: 'count' | 'n (p%)' | 'percent';
  headings?: boolean;
  /**
   * Each heading states its block's N over every group (「性別 (N=110)」, attack25): an equation across the columns the
   * attacker knows (a stated form). Forced by a class only (randomSpec never sets it: seeds keep their inputs).
   */
  headingN?: boolean;
  twoHeaderRows?: boolean;
  twoLabelCols?: boolean;
  linked?: 'same' | 'margins' | 'groups' | 'transposed';
  /**
   * The total row of 「n (p%)」 printed by its share only (「100.0%」「100%」「(100.0%)」「100.0」, sigma9): a bare share of
   * the column's N, its count not printed. Forced by a class only (randomSpec never sets it).
   */
  shareTotal?: '100.0%' | '100%' | '(100.0%)' | '100.0';
  /** Two label columns with each group's 計 (a subtotal per age). */
  subtotals?: boolean;
  zeros?: boolean;
}

const TOTALS = ['合計', 'Total', '計（人）', '全体', 'All patients', '全症例', 'Σ', '', '患者全体', '総数'];
const GROUPS = [
  ['A群', 'B群', 'C群'],
  ['実薬群', '対照群', '併用群'],
];
const OTHER_GROUPS: Record<string, string[]> = {
  A群: ['Group A', 'A'],
  B群: ['Group B', 'B'],
  C群: ['Group C', 'C'],
  実薬群: ['実薬'],
  対照群: ['対照'],
  併用群: ['併用'],
};
const SEXES = [
  ['男性', '女性'],
  ['男', '女'],
  ['Male', 'Female'],
];
const AGES = ['65歳未満', '65-74歳', '75歳以上'];

/** A random combination of 2–4 features. */
export function randomSpec(random: () => number): Spec {
  const kind = pick(random, ['table1', 'table1', 'ofwhich', 'subtotal', 'several', 'cumulative'] as const);
  const spec: Spec = { kind, format: 'count' };
  const options: (() => void)[] = [
    () => (spec.format = pick(random, ['n (p%)', 'percent'] as const)),
    () => (spec.n = pick(random, ['header', 'title', 'corner', 'row-first', 'row-last'] as const)),
    () => (spec.zeros = true),
  ];
  if (kind !== 'several' && kind !== 'cumulative') {
    options.push(() => (spec.total = { label: pick(random, TOTALS), where: pick(random, ['first', 'middle', 'last'] as const) }));
    options.push(() => (spec.linked = pick(random, ['same', 'margins', 'groups', 'transposed'] as const)));
  }
  if (kind !== 'cumulative')
    options.push(() => (spec.totalCol = { label: pick(random, TOTALS), where: pick(random, ['first', 'middle', 'last'] as const) }));
  if (kind === 'table1') {
    options.push(() => (spec.headings = true));
    options.push(() => (random() < 0.5 ? (spec.twoHeaderRows = true) : (spec.twoLabelCols = true)));
  }
  const k = int(random, 1, Math.min(3, options.length));
  const chosen = new Set<number>();
  while (chosen.size < k) chosen.add(Math.floor(random() * options.length));
  for (const i of chosen) options[i]!();
  // Bare percentages need an N stated somewhere.
  if (spec.format === 'percent' && !spec.n) spec.n = pick(random, ['header', 'row-first', 'row-last'] as const);
  return spec;
}

export const featuresOf = (s: Spec): string[] =>
  [
    s.kind === 'table1' ? '' : s.kind,
    s.total ? `total-row(${s.total.where}${s.total.label === '' ? ',unlabelled' : ''})` : '',
    s.totalCol ? `total-col(${s.totalCol.where})` : '',
    s.n ? `N-${s.n}` : '',
    s.format === 'count' ? '' : s.format,
    s.headings ? (s.headingN ? 'headings(N over groups)' : 'headings') : '',
    s.twoHeaderRows ? 'two-header-rows' : '',
    s.twoLabelCols ? `two-label-cols${s.subtotals ? '+計' : ''}` : '',
    s.linked ? `linked-${s.linked}` : '',
    s.zeros ? 'zeros' : '',
  ].filter(Boolean);

/** A column of the table: its label(s) and, per row, the form of its count; its N's form. */
interface Col {
  labels: string[];
  n: Form;
}
interface Row {
  labels: string[];
  depth: number;
  /** Per column: the count. */
  counts: Form[];
  /** A heading row (no values). */
  heading?: true;
  /** The N a heading states (`Spec.headingN`): its block's sum over every column. */
  headingN?: Form;
  /** A total (printed 100% of N in a percentage table). */
  total?: true;
}

export function build(random: () => number, spec: Spec): Case {
  const truth: number[] = [];
  const variable = (value: number): Form => [[truth.push(value) - 1, 1]];
  const zeros = !!spec.zeros;
  const groups = pick(random, GROUPS).slice(0, int(random, 2, 3));
  const sexes = pick(random, SEXES);
  const sensitive: Case['sensitive'] = [];
  const bounds: Case['bounds'] = [];
  let cols: Col[] = [];
  let rows: Row[] = [];
  let corner = '';
  let title: string | undefined;
  const twoRows = spec.kind === 'table1' && spec.twoHeaderRows;
  // The true counts: per group × sex × age (Table 1), or per group × category.
  if (spec.kind === 'table1') {
    const cube = groups.map(() => sexes.map(() => AGES.map(() => variable(draw(random, zeros)))));
    const sumOf = (g: number | null, s: number | null, a: number | null) =>
      plus(
        ...cube.flatMap((gs, gi) =>
          gi === g || g === null
            ? gs.flatMap((as, si) => (si === s || s === null ? as.filter((_, ai) => ai === a || a === null) : []))
            : [],
        ),
      );
    if (twoRows) {
      cols = groups.flatMap((g, gi) => sexes.map((s, si) => ({ labels: [si === 0 ? g : '', s], n: sumOf(gi, si, null) })));
      rows = AGES.map((a, ai) => ({ labels: [a], depth: 0, counts: groups.flatMap((_, gi) => sexes.map((_, si) => sumOf(gi, si, ai))) }));
    } else if (spec.twoLabelCols) {
      cols = groups.map((g, gi) => ({ labels: [g], n: sumOf(gi, null, null) }));
      spec.subtotals = random() < 0.4;
      rows = AGES.flatMap((a, ai) => [
        ...sexes.map((s, si) => ({ labels: [si === 0 ? a : '', s], depth: 0, counts: groups.map((_, gi) => sumOf(gi, si, ai)) })),
        ...(spec.subtotals ? [{ labels: ['', '計'], depth: 0, counts: groups.map((_, gi) => sumOf(gi, null, ai)) }] : []),
      ]);
    } else {
      cols = groups.map((g, gi) => ({ labels: [g], n: sumOf(gi, null, null) }));
      const blocks = random() < 0.5 ? ['sex'] : ['sex', 'age'];
      for (const b of blocks) {
        const names = b === 'sex' ? sexes : AGES;
        if (spec.headings)
          rows.push({
            labels: [pick(random, b === 'sex' ? ['性別', '【性別】', '性別, n (%)'] : ['年齢', '■年齢', '年齢区分'])],
            depth: 0,
            counts: [],
            heading: true,
            ...(spec.headingN && {
              headingN: plus(...groups.flatMap((_, gi) => names.map((_, i) => (b === 'sex' ? sumOf(gi, i, null) : sumOf(gi, null, i))))),
            }),
          });
        const depth = spec.headings && random() < 0.3 ? 1 : 0;
        names.forEach((name, i) =>
          rows.push({ labels: [name], depth, counts: groups.map((_, gi) => (b === 'sex' ? sumOf(gi, i, null) : sumOf(gi, null, i))) }),
        );
      }
      // Two blocks: a total only at the end (as Table 1s print it).
      if (blocks.length > 1 && spec.total) spec.total.where = 'last';
    }
  } else if (spec.kind === 'ofwhich' || spec.kind === 'subtotal') {
    // 入院 = 重症 + 軽症, 外来, なし per group.
    const v = groups.map(() => ({
      severe: variable(draw(random, zeros)),
      mild: variable(draw(random, zeros)),
      out: variable(draw(random, zeros)),
      none: variable(draw(random, zeros)),
    }));
    cols = groups.map((g, gi) => ({ labels: [g], n: plus(v[gi]!.severe, v[gi]!.mild, v[gi]!.out, v[gi]!.none) }));
    const all = (f: (x: (typeof v)[number]) => Form) => v.map(f);
    if (spec.kind === 'ofwhich') {
      const style = pick(random, ['うち重症', '（うち重症）', '重症（再掲）', '　うち重症', 'うち、重症']);
      rows = [
        { labels: ['入院'], depth: 0, counts: all((x) => plus(x.severe, x.mild)) },
        { labels: [style], depth: 0, counts: all((x) => x.severe) },
        { labels: ['外来'], depth: 0, counts: all((x) => x.out) },
        { labels: ['なし'], depth: 0, counts: all((x) => x.none) },
      ];
      v.forEach((x, gi) => sensitive.push({ name: `入院のうち重症以外/${groups[gi]}`, form: x.mild }));
    } else {
      rows = [
        { labels: ['入院'], depth: 0, counts: all((x) => plus(x.severe, x.mild)) },
        { labels: ['重症'], depth: 1, counts: all((x) => x.severe) },
        { labels: ['軽症'], depth: 1, counts: all((x) => x.mild) },
        { labels: ['外来'], depth: 0, counts: all((x) => x.out) },
        { labels: ['なし'], depth: 0, counts: all((x) => x.none) },
      ];
    }
  } else if (spec.kind === 'several') {
    title = pick(random, ['併存疾患（複数回答）', '合併症 複数回答', '既往歴（重複あり）']);
    const ns = groups.map(() => int(random, 20, 80));
    const nForms = ns.map((n) => variable(n));
    cols = groups.map((g, gi) => ({ labels: [g], n: nForms[gi]! }));
    // The N is stated (a several-answers table needs it): in the header unless asked elsewhere.
    spec.n ??= 'header';
    if (spec.n === 'title' || spec.n === 'corner') spec.n = 'header';
    rows = ['高血圧', '糖尿病', '脂質異常症', '腎疾患'].map((d) => {
      const counts = ns.map((n, gi) => {
        const u = random();
        const x = u < 0.2 ? n - int(random, 1, 9) : u < 0.4 ? int(random, zeros ? 0 : 1, 9) : int(random, 10, n);
        const f = variable(Math.max(0, x));
        bounds.push({ form: minus(f, nForms[gi]!), hi: 0 });
        sensitive.push({ name: `${d}以外/${groups[gi]}`, form: minus(nForms[gi]!, f) });
        return f;
      });
      return { labels: [d], depth: 0, counts };
    });
  } else {
    // Cumulative events at 1–4 years and the N.
    const steps = groups.map(() => [0, 1, 2, 3].map(() => variable(draw(random, zeros))));
    const rest = groups.map(() => variable(int(random, 10, 60)));
    cols = groups.map((g, gi) => ({ labels: [g], n: plus(...steps[gi]!, rest[gi]!) }));
    rows = [1, 2, 3, 4].map((y) => ({
      labels: [`${y}年 累積イベント数`],
      depth: 0,
      counts: groups.map((_, gi) => plus(...steps[gi]!.slice(0, y))),
    }));
    steps.forEach((s, gi) => s.slice(1).forEach((f, k) => sensitive.push({ name: `${k + 1}〜${k + 2}年/${groups[gi]}`, form: f })));
    spec.n ??= 'header';
  }
  // Total row: the sum of the top-level rows (the first block's, in a Table 1 of blocks).
  if (spec.total) {
    const labels = spec.twoLabelCols ? [spec.total.label, ''] : [spec.total.label];
    const total: Row = { labels, depth: 0, counts: cols.map((c) => c.n), total: true };
    if (spec.total.where === 'first') rows.unshift(total);
    else if (spec.total.where === 'last') rows.push(total);
    else {
      // In the middle: between two top-level rows (after a whole group of the two label columns).
      const step = spec.twoLabelCols ? sexes.length + (spec.subtotals ? 1 : 0) : 1;
      let at = step * int(random, 1, Math.max(1, Math.floor(rows.length / step) - 1));
      // Not between a line and its うち line or its indented parts (a reader would take them for the total's).
      while (at < rows.length && (rows[at]!.depth > 0 || (spec.kind === 'ofwhich' && at === 1))) at++;
      rows.splice(at, 0, total);
    }
  }
  if (spec.totalCol) {
    const all = plus(...cols.map((c) => c.n));
    const col: Col = {
      labels: twoRows ? [spec.totalCol.label, ''] : [spec.totalCol.label],
      n: all,
    };
    const counts = (r: Row) => plus(...r.counts);
    const at = spec.totalCol.where === 'first' ? 0 : spec.totalCol.where === 'last' ? cols.length : twoRows ? sexes.length : 1;
    cols.splice(at, 0, col);
    for (const r of rows) if (!r.heading) r.counts.splice(at, 0, counts(r));
  }
  // The N: written where asked (the table's whole N in the title or corner only where one column holds it all).
  const stated: Case['stated'] = [];
  const nText = (c: Col) => String(valueOf(truth, c.n));
  let nRow: { where: 'first' | 'last'; label: string } | undefined;
  const header = cols.map((c) => [...c.labels]);
  if (spec.n === 'header') {
    const style = pick(random, ['(N=#)', '（#例）', 'n=#', '(n = #)']);
    cols.forEach((c, k) => {
      const last = header[k]!.length - 1;
      if (header[k]![last] === '' && last > 0) return;
      header[k]![last] = `${header[k]![last]} ${style.replace('#', nText(c))}`.trim();
      stated.push({ form: c.n, value: valueOf(truth, c.n) });
    });
  } else if (spec.n === 'title' || spec.n === 'corner') {
    const all = plus(...cols.filter((c) => !spec.totalCol || c.labels[0] !== spec.totalCol.label).map((c) => c.n));
    // One N for the whole table: only where the rows are one breakdown (no blocks, no two label columns).
    const blocks = spec.kind === 'table1' && rows.filter((r) => !r.total && !r.heading).length > sexes.length;
    if (!blocks && spec.kind !== 'several' && spec.kind !== 'cumulative' && !(spec.kind === 'ofwhich' || spec.kind === 'subtotal')) {
      const w = `N=${valueOf(truth, all)}`;
      if (spec.n === 'title') title = `${title ? `${title} ` : '表1 '}${w}`;
      else corner = w;
      stated.push({ form: all, value: valueOf(truth, all) });
    } else if (spec.kind === 'ofwhich' || spec.kind === 'subtotal' || (!blocks && spec.kind === 'table1')) {
      const w = `N=${valueOf(truth, all)}`;
      if (spec.n === 'title') title = `${title ? `${title} ` : '表1 '}${w}`;
      else corner = w;
      stated.push({ form: all, value: valueOf(truth, all) });
    } else delete spec.n;
  } else if (spec.n === 'row-first' || spec.n === 'row-last') {
    nRow = { where: spec.n === 'row-first' ? 'first' : 'last', label: pick(random, ['N', 'n', '症例数', '解析対象']) };
  }
  if (spec.format === 'percent' && spec.n !== 'header' && !nRow) {
    // Bare percentages need their N: put it in the headers.
    spec.n = 'header';
    return build(random, spec);
  }
  // The cells.
  const digits = 1;
  const cell = (count: Form, base: Form, total = false): Field => {
    const n = valueOf(truth, count);
    const d = valueOf(truth, base);
    const p = d === 0 ? 0 : (100 * n) / d;
    const ptext = total ? '100.0' : p.toFixed(digits);
    if (spec.format === 'count') return { count, text: String(n) };
    if (total && spec.shareTotal && spec.format === 'n (p%)')
      // Printed by its share only: an attacker has the share of the column's N, not the count.
      return { count, pct: { base, value: 100, digits: spec.shareTotal.includes('.') ? 1 : 0, bare: true }, text: spec.shareTotal };
    const pct = { base, value: Number(ptext), digits, bare: spec.format === 'percent' };
    return { count, pct, text: spec.format === 'percent' ? `${ptext}%` : `${n} (${ptext}%)` };
  };
  const lines: Line[] = [];
  const labelWidth = spec.twoLabelCols ? 2 : 1;
  const headerRows = twoRows ? 2 : 1;
  for (let h = 0; h < headerRows; h++)
    lines.push({
      cells: [...Array.from({ length: labelWidth }, (_, k) => (h === 0 && k === 0 ? corner : '')), ...header.map((l) => l[h] ?? '')],
    });
  const nLine = (): Line => ({
    cells: [
      nRow!.label,
      ...Array.from({ length: labelWidth - 1 }, () => ''),
      ...cols.map((c) => ({ count: c.n, text: nText(c) }) as Field),
    ],
  });
  if (nRow?.where === 'first') lines.push(nLine());
  for (const r of rows) {
    const label = (s: string, k: number) => (k === 0 && r.depth > 0 ? '　'.repeat(r.depth) + s : s);
    if (r.heading) {
      const cells = cols.map(() => (r.labels[0]!.includes('n (%)') ? '' : random() < 0.3 ? '-' : ''));
      if (r.headingN) {
        // 「性別 (N=110)」: the block's N over every group, a stated form.
        const n = valueOf(truth, r.headingN);
        stated.push({ form: r.headingN, value: n });
        lines.push({ cells: [`${r.labels[0]!.replace(/,\s*n \(%\)$/, '')} (N=${n})`, ...cells.map(() => '')] });
        continue;
      }
      lines.push({ cells: [...r.labels, ...cells] });
      continue;
    }
    lines.push({ cells: [...r.labels.map(label), ...r.counts.map((f, k) => cell(f, cols[k]!.n, r.total))] });
  }
  if (nRow?.where === 'last') lines.push(nLine());
  // The second table, linked to the first.
  const second: Line[] = [];
  let secondTitle = '';
  if (spec.linked && !twoRows && !spec.twoLabelCols) {
    const otherGroup = (g: string, k: number) => (OTHER_GROUPS[g] ? OTHER_GROUPS[g]![k % OTHER_GROUPS[g]!.length]! : g);
    const pickOther = int(random, 0, 1);
    const gcols = cols.filter((c) => groups.includes(c.labels[0]!.replace(/ .*/, '')));
    const groupIndex = (c: Col) => groups.indexOf(c.labels[0]!.replace(/ .*/, ''));
    const datarows = rows.filter((r) => !r.heading && !r.total);
    secondTitle = '表2';
    if (spec.linked === 'same') {
      // The same counts (first block), group and row labels written otherwise.
      const otherSex = SEXES.find((s) => s !== sexes) ?? sexes;
      second.push({ cells: ['', ...gcols.map((c) => otherGroup(groups[groupIndex(c)]!, pickOther))] });
      for (const r of datarows.slice(0, spec.kind === 'table1' ? sexes.length : datarows.length)) {
        const si = sexes.indexOf(r.labels[0]!);
        const label = si >= 0 ? otherSex[si]! : r.labels[0]!.trim();
        second.push({
          cells: [
            label,
            ...gcols.map((c) => ({ count: r.counts[cols.indexOf(c)]!, text: String(valueOf(truth, r.counts[cols.indexOf(c)]!)) }) as Field),
          ],
        });
      }
    } else if (spec.linked === 'transposed') {
      // The first block transposed: groups as rows (written otherwise), its rows as columns, with a total column.
      const block = datarows.slice(0, spec.kind === 'table1' ? sexes.length : datarows.length);
      const otherSex = SEXES.find((x) => x !== sexes) ?? sexes;
      const name = (r: Row) => (sexes.indexOf(r.labels[0]!) >= 0 ? otherSex[sexes.indexOf(r.labels[0]!)]! : r.labels[0]!.trim());
      second.push({ cells: ['', ...block.map(name), ...(spec.kind === 'table1' ? ['合計'] : [])] });
      for (const c of gcols) {
        const counts = block.map((r) => r.counts[cols.indexOf(c)]!);
        const fs = [...counts, ...(spec.kind === 'table1' ? [plus(...counts)] : [])].map(
          (f) => ({ count: f, text: String(valueOf(truth, f)) }) as Field,
        );
        second.push({ cells: [otherGroup(groups[groupIndex(c)]!, pickOther), ...fs] });
      }
    } else if (spec.linked === 'margins') {
      // One-way margins: each row's total over the groups.
      second.push({ cells: ['', pick(random, ['患者数', '合計', '全体'])] });
      for (const r of datarows) {
        const f = plus(...gcols.map((c) => r.counts[cols.indexOf(c)]!));
        second.push({ cells: [r.labels[0]!.trim(), { count: f, text: String(valueOf(truth, f)) }] });
      }
    } else {
      // The groups' sizes, a row of counts under the groups written otherwise.
      second.push({ cells: ['', ...gcols.map((c) => otherGroup(groups[groupIndex(c)]!, pickOther))] });
      second.push({ cells: ['患者数', ...gcols.map((c) => ({ count: c.n, text: nText(c) }) as Field)] });
    }
  } else if (spec.linked) delete spec.linked;
  // The text, and the fields by line.
  const out: string[] = [];
  const fields = new Map<number, Field[]>();
  const write = (ls: Line[]) => {
    for (const l of ls) {
      out.push(l.cells.map((c) => (typeof c === 'string' ? c : c.text)).join('\t'));
      const fs = l.cells.filter((c): c is Field => typeof c !== 'string');
      if (fs.length) fields.set(out.length, fs);
    }
  };
  if (title !== undefined) out.push(`# ${title}`);
  write(lines);
  if (second.length) {
    out.push('');
    out.push(`# ${secondTitle}`);
    write(second);
  }
  // Every printed count is to be protected.
  return { text: `${out.join('\n')}\n`, features: featuresOf(spec), truth, bounds, stated, fields, sensitive };
}

export function generate(random: () => number): Case {
  return build(random, randomSpec(random));
}

/** Constraints on the true counts: lo ≤ Σ coef·x ≤ hi. */
interface Con {
  form: Form;
  lo: number;
  hi: number;
}

/** The least and largest whole value of `target` given the constraints (null: unbounded above). */
function range(highs: Highs, n: number, cons: Con[], target: Form): { lo: number; hi: number | null } {
  const solve = (sense: 'min' | 'max'): number | null => {
    const starts = [0];
    const indices: number[] = [];
    const values: number[] = [];
    for (const c of cons) {
      for (const [v, k] of c.form) {
        indices.push(v);
        values.push(k);
      }
      starts.push(indices.length);
    }
    const cost = Array.from({ length: n }, () => 0);
    for (const [v, k] of target) cost[v] = k;
    const inf = (x: number) => (x === Infinity ? highs.infinity : x === -Infinity ? -highs.infinity : x);
    const model = highs.createModel({
      numCols: n,
      numRows: cons.length,
      colCost: cost,
      colLower: cost.map(() => 0),
      colUpper: cost.map(() => highs.infinity),
      rowLower: cons.map((c) => inf(c.lo)),
      rowUpper: cons.map((c) => inf(c.hi)),
      matrix: { format: 'csr', numRows: cons.length, numCols: n, starts, indices, values },
      sense: sense === 'min' ? highs.constants.objectiveSense.minimize : highs.constants.objectiveSense.maximize,
      integrality: cost.map(() => highs.constants.variableType.integer),
    });
    try {
      model.options.set({ output_flag: false, mip_rel_gap: 0 });
      model.run();
      const status = model.getModelStatus();
      const s = highs.constants.modelStatus;
      if (status === s.unbounded || status === s.unboundedOrInfeasible) return null;
      if (status !== s.optimal) throw new Error(`combo: HiGHS status ${status}`);
      return Math.round(model.getObjectiveValue());
    } finally {
      model.dispose();
    }
  };
  return { lo: solve('min')!, hi: solve('max') };
}

export interface Outcome {
  /** `refused`: input errors; `blocked`: read, but no suppression can pass (the check says so); `ok`: a proposal. */
  verdict: 'refused' | 'blocked' | 'ok' | 'crash';
  codes: string[];
  /** Counts to protect that the published output shows too narrowly: name, true value, range. */
  leaks: string[];
  /** Hidden non-small printed counts pinned (the checker promises none under either protection). */
  pinned: string[];
  /** Lines with values that are neither read as cells nor reported. */
  dropped: number[];
  /** The input errors' messages, where refused. */
  messages: string[];
  /** Lines whose cells could not be matched to the printed fields (the attack then publishes them all). */
  unmatched: number[];
}

/** Checks a case under a protection and attacks the output with the true structure. */
export function judge(highs: Highs, bundle: RuleBundle, c: Case, protection: Protection): Outcome {
  const out: Outcome = { verdict: 'ok', codes: [], messages: [], leaks: [], pinned: [], dropped: [], unmatched: [] };
  let r: CheckResult;
  try {
    r = check(highs, bundle, c.text, { details: true }, { protection, mipSeconds: 0.3 });
  } catch (e) {
    out.verdict = 'crash';
    out.codes = [String(e instanceof Error ? e.message : e).slice(0, 200)];
    return out;
  }
  if (!r.ok) {
    out.verdict = 'refused';
    out.codes = [...new Set(r.errors.map((e) => e.code))];
    out.messages = r.errors.map((e) => e.message);
    return out;
  }
  out.codes = [...new Set(r.warnings.map((w) => w.code))];
  if (r.tables.some((t) => t.suppression?.passed === false || t.primary.headers.length > 0)) {
    out.verdict = 'blocked';
    if (r.verdict.afterChanges) out.leaks.push('blocked but a route after changes is offered');
    return out;
  }
  // The hidden printed fields: the checker's cells on each line, in order, matched to the line's fields.
  const hidden = new Set<Field>();
  const cellsByLine = new Map<number, { status: string }[]>();
  for (const t of r.tables) {
    const { table } = t;
    table.rows.forEach((h, i) => {
      if (h.rest || h.ns) return;
      table.cols.forEach((g, j) => {
        if (g.rest || g.ns) return;
        const cell = table.cells[i]![j]!;
        const list = cellsByLine.get(cell.line) ?? [];
        list.push({ status: t.status[i * table.cols.length + j]! });
        cellsByLine.set(cell.line, list);
      });
    });
  }
  const reported = new Set<number>();
  for (const w of r.warnings) if (w.place) reported.add(w.place.line);
  for (const [line, fs] of c.fields) {
    const cells = cellsByLine.get(line);
    if (!cells) {
      // No cells on the line: a line of Ns read as the headers' (published as written), or reported.
      const sized = r.tables.some((t) => t.table.sizeLine);
      if (!sized && !reported.has(line)) out.dropped.push(line);
      continue;
    }
    if (cells.length !== fs.length) {
      out.unmatched.push(line);
      continue;
    }
    cells.forEach((s, k) => s.status !== 'published' && !process.env.NOHIDE && hidden.add(fs[k]!));
  }
  // What an attacker knows: every published field and stated N, the true structure.
  const cons: Con[] = [];
  for (const s of c.stated) cons.push({ form: s.form, lo: s.value, hi: s.value });
  for (const b of c.bounds) cons.push({ form: b.form, lo: -Infinity, hi: b.hi });
  const protect = new Map<string, { name: string; form: Form; printed?: Field }>();
  for (const [line, fs] of c.fields)
    for (const f of fs) {
      protect.set(key(f.count), { name: `${line}行目「${f.text}」`, form: f.count, printed: f });
      if (hidden.has(f)) continue;
      const v = valueOf(c.truth, f.count);
      if (!f.pct?.bare) cons.push({ form: f.count, lo: v, hi: v });
      if (f.pct) {
        // 100·count within half a unit of the last digit of p·base: (p − h)·base ≤ 100·count ≤ (p + h)·base.
        const h = 0.5 * 10 ** -f.pct.digits;
        const scaled = (k: number) => f.pct!.base.map(([x, c0]) => [x, -c0 * k] as [number, number]);
        cons.push({
          form: plus(
            f.count.map(([x, k]) => [x, 100 * k]),
            scaled(f.pct.value - h),
          ),
          lo: -1e-6,
          hi: Infinity,
        });
        cons.push({
          form: plus(
            f.count.map(([x, k]) => [x, 100 * k]),
            scaled(f.pct.value + h),
          ),
          lo: -Infinity,
          hi: 1e-6,
        });
      }
    }
  for (const s of c.sensitive) if (!protect.has(key(s.form))) protect.set(key(s.form), s);
  for (const { name, form, printed } of protect.values()) {
    const v = valueOf(c.truth, form);
    const small = v >= 1 && v < THRESHOLD;
    if (!small && !(printed && hidden.has(printed))) continue;
    const { lo, hi } = range(highs, c.truth.length, cons, form);
    const where = `${name} = ${v}: ${lo}〜${hi ?? '∞'}`;
    if (lo > v || (hi !== null && hi < v)) throw new Error(`combo: the truth is outside its range (${where})`);
    if (small && (hi === lo || (protection === 'threshold' && hi !== null && hi < THRESHOLD))) out.leaks.push(where);
    else if (!small && hi === lo) out.pinned.push(where);
  }
  return out;
}

/** The sweep by hand: `node test/pubcheck/combo.ts [inputs] [seed]`. */
if (import.meta.url === `file://${process.argv[1]}`) {
  const { fixtureBundle, lcg, solver } = await import('./helpers.ts');
  // Several seeds (「1,2,3」), each for `n` inputs: one lcg sequence of this generator repeats after about 300 inputs.
  const n = Number(process.argv[2] ?? 200);
  const seeds = (process.argv[3] ?? '2026').split(',').map(Number);
  let random = lcg(seeds[0]!);
  const highs = await solver();
  const bundle = fixtureBundle();
  const byFeature = new Map<string, { runs: number; refused: number; blocked: number; leaks: number }>();
  const totals = { runs: 0, ok: 0, refused: 0, blocked: 0, crash: 0, leaks: 0, pinned: 0, dropped: 0, unmatched: 0 };
  const refusals = new Map<string, number>();
  const shown = new Map<string, number>();
  const started = performance.now();
  for (let k = 0; k < n * seeds.length; k++) {
    if (k % n === 0) random = lcg(seeds[k / n]!);
    const c = generate(random);
    for (const protection of ['threshold', 'not-exact'] as Protection[]) {
      const o = judge(highs, bundle, c, protection);
      totals.runs++;
      totals[o.verdict]++;
      if (o.leaks.length) totals.leaks++;
      if (o.pinned.length) totals.pinned++;
      if (o.dropped.length) totals.dropped++;
      if (o.unmatched.length) totals.unmatched++;
      for (const f of c.features.length ? c.features : ['table1']) {
        const s = byFeature.get(f) ?? { runs: 0, refused: 0, blocked: 0, leaks: 0 };
        s.runs++;
        if (o.verdict === 'refused') s.refused++;
        if (o.verdict === 'blocked') s.blocked++;
        if (o.leaks.length) s.leaks++;
        byFeature.set(f, s);
      }
      if (o.verdict === 'refused') for (const code of o.codes) refusals.set(code, (refusals.get(code) ?? 0) + 1);
      const refusedAs = process.env.SHOW_REFUSED;
      if (
        refusedAs &&
        o.verdict === 'refused' &&
        o.codes.includes(refusedAs) &&
        shown.set(refusedAs, (shown.get(refusedAs) ?? 0) + 1).get(refusedAs)! <= 4
      )
        console.log(`#${k} ${protection} [${c.features.join(', ')}] refused ${o.codes.join(' ')}: ${o.messages.join(' / ')}\n${c.text}`);
      const show =
        o.leaks.length || o.dropped.length || o.unmatched.length || o.verdict === 'crash' || (process.env.SHOW_PINNED && o.pinned.length);
      if (show || process.env.SHOW === String(k))
        console.log(
          `#${k} ${protection} [${c.features.join(', ')}] ${o.verdict} ${o.codes.join(' ')}\n${o.leaks.map((l) => `  LEAK ${l}\n`).join('')}${o.pinned.map((l) => `  pinned ${l}\n`).join('')}${o.dropped.length ? `  dropped lines ${o.dropped}\n` : ''}${o.unmatched.length ? `  unmatched lines ${o.unmatched}\n` : ''}${c.text}`,
        );
    }
  }
  console.log(JSON.stringify(totals), `${((performance.now() - started) / 1000).toFixed(1)} s`);
  console.log('refusal codes', JSON.stringify([...refusals].sort((a, b) => b[1] - a[1])));
  for (const [f, s] of [...byFeature].sort())
    console.log(`${f.padEnd(28)} runs ${s.runs} refused ${s.refused} blocked ${s.blocked} leaks ${s.leaks}`);
}
