/**
 * formats33 (issue #11): two-way tables as statistical software exports them as text, the way applicants paste them —
 * SAS PROC FREQ, SPSS CROSSTABS, Stata `tabulate, row col`, R `table()`/`addmargins()`/`ftable`/`xtabs`, pandas
 * `crosstab(margins=True)` (counts and `normalize=`), Excel pivot tables, gtsummary/tableone text and Japanese Excel
 * with merged header cells. Seeded; every printed number carries its meaning (`Token`) so that an attacker written
 * apart from the engine (formats33-attack.ts) can take every number the check leaves published.
 */
import { lcg } from './helpers.ts';
import { cross } from './formats35-families.ts';

/** What a printed number is: a count (`v` a variable) or a share of `num` over `den` in percent (`scale` 1 for proportions). */
export type Meaning =
  | { kind: 'count'; v: string }
  | { kind: 'pct'; num: string; den: string; dec: number; scale: number }
  /**
   * formats42: SAS PROC FREQ's EXPECTED / DEVIATION / CELLCHI2 line at the cell `v` of the row total `a` and the
   * column total `b` of the whole `den`: E = a·b/den printed as `x` ± `h`, or v − E, or (v − E)²/E.
   */
  | { kind: 'expected'; stat: 'expected' | 'deviation' | 'chi2'; v: string; a: string; b: string; den: string; x: number; h: number };
/** A number printed on `line` (1-based) as `text` (the cell's whole text, trimmed). */
export interface Token {
  line: number;
  text: string;
  meanings: Meaning[];
}
export interface Case {
  family: string;
  text: string;
  /** The true value of every variable (c:i:j cells, r:i row totals, k:j column totals, N, m missing). */
  truth: Map<string, number>;
  /** Sums that always hold: [sum, parts]. */
  sums: [string, string[]][];
  tokens: Token[];
}

const ROWS = [
  ['男性', '女性'],
  ['65歳未満', '65-74歳', '75歳以上'],
  ['male', 'female'],
  ['Stage I', 'Stage II', 'Stage III', 'Stage IV'],
];
const COLS = [
  ['死亡', '生存'],
  ['A群', 'B群'],
  ['有害事象あり', '有害事象なし'],
  ['died', 'alive'],
  ['軽症', '中等症', '重症'],
];

/** A random two-way table with a small count somewhere (most of the time). */
function twoWay(next: () => number) {
  const rows = ROWS[Math.floor(next() * ROWS.length)]!;
  const cols = COLS[Math.floor(next() * COLS.length)]!;
  const c = rows.map(() => cols.map(() => 10 + Math.floor(next() * 60)));
  const k = 1 + Math.floor(next() * 2);
  for (let t = 0; t < k; t++) c[Math.floor(next() * rows.length)]![Math.floor(next() * cols.length)] = 1 + Math.floor(next() * 9);
  const { truth, sums } = cross(c);
  const m = next() < 0.5 ? 1 + Math.floor(next() * 9) : 10 + Math.floor(next() * 20);
  truth.set('m', m);
  return { rows, cols, c, truth, sums, m };
}

const fix = (x: number, d: number) => x.toFixed(d);
const pct = (n: number, d: number, dec: number) => fix((100 * n) / d, dec);

/** Builds a case line by line: each line a list of cells, numbers with their meanings. */
class Builder {
  lines: string[] = [];
  tokens: Token[] = [];
  sep: string;
  constructor(sep = '\t') {
    this.sep = sep;
  }
  line(cells: (string | [string, Meaning[]])[]) {
    const n = this.lines.length + 1;
    this.lines.push(
      cells
        .map((c) => {
          if (typeof c === 'string') return c;
          this.tokens.push({ line: n, text: c[0].trim(), meanings: c[1] });
          return c[0];
        })
        .join(this.sep),
    );
  }
}
const cnt = (v: string, x: number): [string, Meaning[]] => [String(x), [{ kind: 'count', v }]];
const pc = (num: string, den: string, t: Map<string, number>, dec: number, suffix = '', scale = 100): [string, Meaning[]] => [
  (scale === 100 ? pct(t.get(num)!, t.get(den)!, dec) : fix(t.get(num)! / t.get(den)!, dec)) + suffix,
  [{ kind: 'pct', num, den, dec, scale }],
];

type TwoWay = ReturnType<typeof twoWay>;
/** Row `i`'s counts as printed, its total last (unless `total` is false). */
const rowCounts = (t: TwoWay, i: number, total = true): [string, Meaning[]][] => [
  ...t.cols.map((_, j) => cnt(`c:${i}:${j}`, t.truth.get(`c:${i}:${j}`)!)),
  ...(total ? [cnt(`r:${i}`, t.truth.get(`r:${i}`)!)] : []),
];
/** The column totals' counts as printed, N last. */
const totalCounts = (t: TwoWay): [string, Meaning[]][] => [
  ...t.cols.map((_, j) => cnt(`k:${j}`, t.truth.get(`k:${j}`)!)),
  cnt('N', t.truth.get('N')!),
];

/** The counts with their margins as a package prints them: `head` and the columns, `total` last; a line a row; the totals' line, `total` first. */
function margins(b: Builder, t: TwoWay, head: string[], total: string): void {
  b.line([...head, ...t.cols, total]);
  t.rows.forEach((r, i) => b.line([r, ...rowCounts(t, i)]));
  b.line([total, ...totalCounts(t)]);
}

type Gen = (next: () => number) => { family: string; b: Builder; t: TwoWay };

/** All the families, by name. */
export const FAMILIES: Record<string, Gen> = {
  /** SAS PROC FREQ as copied from the Results Viewer: each cell four stacked lines, the statistic names in the corner. */
  'sas-stacked': (next) => {
    const t = twoWay(next);
    const b = new Builder();
    const { rows, cols, truth: v } = t;
    b.line([`Table of 性別 by 転帰`]);
    b.line(['Frequency\nPercent\nRow Pct\nCol Pct'.replace(/\n/g, ' / '), ...cols, 'Total']);
    rows.forEach((r, i) => {
      b.line([r, ...rowCounts(t, i)]);
      b.line(['', ...cols.map((_, j) => pc(`c:${i}:${j}`, 'N', v, 2)), pc(`r:${i}`, 'N', v, 2)]);
      b.line(['', ...cols.map((_, j) => pc(`c:${i}:${j}`, `r:${i}`, v, 2)), '']);
      b.line(['', ...cols.map((_, j) => pc(`c:${i}:${j}`, `k:${j}`, v, 2)), '']);
    });
    b.line(['Total', ...totalCounts(t)]);
    b.line(['', ...cols.map((_, j) => pc(`k:${j}`, 'N', v, 2)), ['100.00', []]]);
    if (next() < 0.7) b.line([`Frequency Missing = ${t.m}`]);
    return { family: 'sas-stacked', b, t };
  },
  /** SAS with the statistic's name repeated in a label column (a user's clean-up). */
  'sas-named': (next) => {
    const t = twoWay(next);
    const b = new Builder();
    const { rows, cols, truth: v } = t;
    b.line(['性別', '', ...cols, 'Total']);
    rows.forEach((r, i) => {
      b.line([r, 'Frequency', ...rowCounts(t, i)]);
      b.line(['', 'Percent', ...cols.map((_, j) => pc(`c:${i}:${j}`, 'N', v, 2)), pc(`r:${i}`, 'N', v, 2)]);
      b.line(['', 'Row Pct', ...cols.map((_, j) => pc(`c:${i}:${j}`, `r:${i}`, v, 2)), '']);
      b.line(['', 'Col Pct', ...cols.map((_, j) => pc(`c:${i}:${j}`, `k:${j}`, v, 2)), '']);
    });
    b.line(['Total', '', ...totalCounts(t)]);
    b.line(['', '', ...cols.map((_, j) => pc(`k:${j}`, 'N', v, 2)), ['100.00', []]]);
    b.line(['']);
    b.line([`Frequency Missing = ${t.m}`]);
    return { family: 'sas-named', b, t };
  },
  /** SAS counts only (NOPERCENT NOROW NOCOL), the missing footer after the table (blank line or none). */
  'sas-footer': (next) => {
    const t = twoWay(next);
    const b = new Builder();
    margins(b, t, ['性別'], 'Total');
    const f = Math.floor(next() * 4);
    if (f !== 1) b.line(['']);
    const m: [string, Meaning[]] = [String(t.m), [{ kind: 'count', v: 'm' }]];
    if (f === 3) b.line(['Frequency Missing', m]);
    else b.lines.push(`Frequency Missing = ${t.m}`);
    return { family: 'sas-footer', b, t };
  },
  /** SPSS CROSSTABS (Japanese): three label columns, 度数 / 性別 の % / 総和の %, 合計. */
  'spss-ja': (next) => {
    const t = twoWay(next);
    const b = new Builder();
    const { rows, cols, truth: v } = t;
    b.line(['', '', '', '転帰', ...cols.slice(1).map(() => ''), '']);
    b.line(['', '', '', ...cols, '合計']);
    rows.forEach((r, i) => {
      b.line([i === 0 ? '性別' : '', r, '度数', ...rowCounts(t, i, false), cnt(`r:${i}`, v.get(`r:${i}`)!)]);
      b.line(['', '', '性別 の %', ...cols.map((_, j) => pc(`c:${i}:${j}`, `r:${i}`, v, 1, '%')), ['100.0%', []]]);
      b.line(['', '', '総和の %', ...cols.map((_, j) => pc(`c:${i}:${j}`, 'N', v, 1, '%')), pc(`r:${i}`, 'N', v, 1, '%')]);
    });
    b.line(['合計', '', '度数', ...totalCounts(t)]);
    b.line(['', '', '性別 の %', ...cols.map((_, j) => pc(`k:${j}`, 'N', v, 1, '%')), ['100.0%', []]]);
    b.line(['', '', '総和の %', ...cols.map((_, j) => pc(`k:${j}`, 'N', v, 1, '%')), ['100.0%', []]]);
    return { family: 'spss-ja', b, t };
  },
  /** SPSS CROSSTABS (English): Count / % within sex / % of Total, the row and category in two label columns. */
  'spss-en': (next) => {
    const t = twoWay(next);
    const b = new Builder();
    const { rows, cols, truth: v } = t;
    b.line(['', '', ...cols, 'Total']);
    rows.forEach((r, i) => {
      b.line([r, 'Count', ...rowCounts(t, i)]);
      b.line(['', '% within sex', ...cols.map((_, j) => pc(`c:${i}:${j}`, `r:${i}`, v, 1, '%')), ['100.0%', []]]);
      b.line(['', '% of Total', ...cols.map((_, j) => pc(`c:${i}:${j}`, 'N', v, 1, '%')), pc(`r:${i}`, 'N', v, 1, '%')]);
    });
    b.line(['Total', 'Count', ...totalCounts(t)]);
    b.line(['', '% within sex', ...cols.map((_, j) => pc(`k:${j}`, 'N', v, 1, '%')), ['100.0%', []]]);
    b.line(['', '% of Total', ...cols.map((_, j) => pc(`k:${j}`, 'N', v, 1, '%')), ['100.0%', []]]);
    return { family: 'spss-en', b, t };
  },
  /** SPSS counts only, one label column per row with 度数 (the user deleted the % lines). */
  'spss-count': (next) => {
    const t = twoWay(next);
    const b = new Builder();
    const { rows, cols } = t;
    b.line(['', '', ...cols, '合計']);
    rows.forEach((r, i) => b.line([r, '度数', ...rowCounts(t, i)]));
    b.line(['合計', '度数', ...totalCounts(t)]);
    return { family: 'spss-count', b, t };
  },
  /** Stata `tabulate a b, row col` pasted as text (spaces and 「|」). */
  'stata-text': (next) => {
    const t = twoWay(next);
    const b = new Builder('');
    const { rows, cols, truth: v } = t;
    const w = (s: string, n = 11) => s.padStart(n);
    b.line([w(''), ' |', w('outcome', 22)]);
    b.line([w('sex'), ' |', ...cols.map((c) => w(c, 10)), ' |', w('Total')]);
    b.line(['-----------+' + '-'.repeat(11 * cols.length) + '+----------']);
    const row = (lab: string, ms: [string, Meaning[]][], tot: [string, Meaning[]]) =>
      b.line([w(lab), ' |', ...ms.map((m) => [w(m[0], 10), m[1]] as [string, Meaning[]]), ' |', [w(tot[0]), tot[1]]]);
    rows.forEach((r, i) => {
      row(
        r,
        cols.map((_, j) => cnt(`c:${i}:${j}`, v.get(`c:${i}:${j}`)!)),
        cnt(`r:${i}`, v.get(`r:${i}`)!),
      );
      row(
        '',
        cols.map((_, j) => pc(`c:${i}:${j}`, `r:${i}`, v, 2)),
        ['100.00', []],
      );
      row(
        '',
        cols.map((_, j) => pc(`c:${i}:${j}`, `k:${j}`, v, 2)),
        pc(`r:${i}`, 'N', v, 2),
      );
      b.line(['-----------+' + '-'.repeat(11 * cols.length) + '+----------']);
    });
    row(
      'Total',
      cols.map((_, j) => cnt(`k:${j}`, v.get(`k:${j}`)!)),
      cnt('N', v.get('N')!),
    );
    // The tokens as the check reads the text since formats35 (listing.ts readStata: one table of 「n (p%)」 per line of
    // percentages): each count with each of its percentages, one token a table, on the count's line.
    const byLine = new Map<number, Token[]>();
    for (const k of b.tokens) byLine.set(k.line, [...(byLine.get(k.line) ?? []), k]);
    const read: Token[] = [];
    for (const [line, ks] of byLine) {
      if (!ks.every((k) => k.meanings.every((m) => m.kind === 'count'))) continue;
      const under = [byLine.get(line + 1), byLine.get(line + 2)].filter(
        (x) => x !== undefined && x.length === ks.length && !x.some((k) => k.meanings.some((m) => m.kind === 'count')),
      );
      if (under.length === 0) read.push(...ks);
      for (const u of under)
        ks.forEach((k, j) => read.push({ line, text: `${k.text} (${u![j]!.text}%)`, meanings: [...k.meanings, ...u![j]!.meanings] }));
    }
    b.tokens = read;
    return { family: 'stata-text', b, t };
  },
  /** Stata's table copied as a table (Edit > Copy table): the count line then the row % and col % lines, blank labels. */
  'stata-tsv': (next) => {
    const t = twoWay(next);
    const b = new Builder();
    const { rows, cols, truth: v } = t;
    b.line(['sex', ...cols, 'Total']);
    rows.forEach((r, i) => {
      b.line([r, ...rowCounts(t, i)]);
      b.line(['', ...cols.map((_, j) => pc(`c:${i}:${j}`, `r:${i}`, v, 2)), ['100.00', []]]);
      b.line(['', ...cols.map((_, j) => pc(`c:${i}:${j}`, `k:${j}`, v, 2)), pc(`r:${i}`, 'N', v, 2)]);
    });
    b.line(['Total', ...totalCounts(t)]);
    b.line(['', ...cols.map((_, j) => pc(`k:${j}`, 'N', v, 2)), ['100.00', []]]);
    b.line(['', ...cols.map(() => ['100.00', []] as [string, Meaning[]]), ['100.00', []]]);
    return { family: 'stata-tsv', b, t };
  },
  /** R addmargins(table(sex, outcome)) written with write.table / copied: 「Sum」 margins. */
  'r-addmargins': (next) => {
    const t = twoWay(next);
    const b = new Builder();
    margins(b, t, [''], 'Sum');
    return { family: 'r-addmargins', b, t };
  },
  /** R prop.table(addmargins(...), 1) * 100, rounded to one decimal, beside the counts table (two tables). */
  'r-prop': (next) => {
    const t = twoWay(next);
    const b = new Builder();
    const { rows, cols, truth: v } = t;
    margins(b, t, [''], 'Sum');
    b.line(['']);
    b.line(['', ...cols, 'Sum']);
    rows.forEach((r, i) => b.line([r, ...cols.map((_, j) => pc(`c:${i}:${j}`, `r:${i}`, v, 1, '%')), ['100.0%', []]]));
    return { family: 'r-prop', b, t };
  },
  /** R ftable(): the column variable's name over its levels, the row variable's name in the corner. */
  'r-ftable': (next) => {
    const t = twoWay(next);
    const b = new Builder();
    const { rows, cols } = t;
    b.line(['', 'outcome', ...cols.slice(1).map(() => '')]);
    b.line(['sex', ...cols]);
    rows.forEach((r, i) => b.line([r, ...rowCounts(t, i, false)]));
    return { family: 'r-ftable', b, t };
  },
  /** R xtabs(~ sex + outcome) printed (spaces). */
  'r-xtabs-text': (next) => {
    const t = twoWay(next);
    const b = new Builder(' ');
    const { rows, cols } = t;
    b.line(['       outcome']);
    b.line(['sex    ', ...cols.map((c) => c.padStart(8))]);
    rows.forEach((r, i) => b.line([`  ${r.padEnd(6)}`, ...rowCounts(t, i, false)]));
    return { family: 'r-xtabs-text', b, t };
  },
  /** pandas crosstab(margins=True).to_clipboard(): the columns' name in the corner, the index's name on a line of its own, 「All」. */
  'pandas-all': (next) => {
    const t = twoWay(next);
    const b = new Builder();
    const { rows, cols } = t;
    b.line(['outcome', ...cols, 'All']);
    b.line(['sex', ...cols.map(() => ''), '']);
    rows.forEach((r, i) => b.line([r, ...rowCounts(t, i)]));
    b.line(['All', ...totalCounts(t)]);
    return { family: 'pandas-all', b, t };
  },
  /** pandas crosstab(normalize='index', margins=True) * 100, rounded. */
  'pandas-norm-index': (next) => {
    const t = twoWay(next);
    const b = new Builder();
    const { rows, cols, truth: v } = t;
    const dec = next() < 0.5 ? 1 : 2;
    b.line(['outcome', ...cols]);
    b.line(['sex', ...cols.map(() => '')]);
    rows.forEach((r, i) => b.line([r, ...cols.map((_, j) => pc(`c:${i}:${j}`, `r:${i}`, v, dec))]));
    b.line(['All', ...cols.map((_, j) => pc(`k:${j}`, 'N', v, dec))]);
    return { family: 'pandas-norm-index', b, t };
  },
  /** pandas crosstab(normalize='all', margins=True) as proportions (0.0625). */
  'pandas-norm-all': (next) => {
    const t = twoWay(next);
    const b = new Builder();
    const { rows, cols, truth: v } = t;
    b.line(['outcome', ...cols, 'All']);
    rows.forEach((r, i) => b.line([r, ...cols.map((_, j) => pc(`c:${i}:${j}`, 'N', v, 6, '', 1)), pc(`r:${i}`, 'N', v, 6, '', 1)]));
    b.line(['All', ...cols.map((_, j) => pc(`k:${j}`, 'N', v, 6, '', 1)), ['1.0', []]]);
    return { family: 'pandas-norm-all', b, t };
  },
  /** Excel pivot table copied whole: 「データの個数 / 患者ID」「列ラベル」 above, 「行ラベル」, 「総計」. */
  'excel-pivot': (next) => {
    const t = twoWay(next);
    const b = new Builder();
    const { cols } = t;
    b.line(['データの個数 / 患者ID', '列ラベル', ...cols.map(() => '')]);
    margins(b, t, ['行ラベル'], '総計');
    return { family: 'excel-pivot', b, t };
  },
  /** Excel pivot with the 「(空白)」 row of patients with no value (missing), its empty cells blank. */
  'excel-pivot-blank': (next) => {
    const t = twoWay(next);
    const b = new Builder();
    const { rows, cols, truth: v } = t;
    b.line(['行ラベル', ...cols, '総計']);
    rows.forEach((r, i) => b.line([r, ...rowCounts(t, i)]));
    // The missing patients all in the first column; the others' cells blank as Excel leaves them.
    b.line(['(空白)', cnt('m', t.m), ...cols.slice(1).map(() => ''), cnt('m', t.m)]);
    b.line([
      '総計',
      cnt('k:0+m', v.get('k:0')! + t.m),
      ...cols.slice(1).map((_, j) => cnt(`k:${j + 1}`, v.get(`k:${j + 1}`)!)),
      cnt('N+m', v.get('N')! + t.m),
    ]);
    t.truth.set('k:0+m', v.get('k:0')! + t.m);
    t.truth.set('N+m', v.get('N')! + t.m);
    t.sums.push(['k:0+m', ['k:0', 'm']], ['N+m', ['N', 'm']]);
    return { family: 'excel-pivot-blank', b, t };
  },
  /** gtsummary tbl_summary(by = group) as text: 「N = 120¹」, 「n (%)」 cells, an 「Unknown」 row, the footnote. */
  gtsummary: (next) => {
    const t = twoWay(next);
    const b = new Builder();
    const { rows, cols, truth: v } = t;
    // The shares of the patients with a value (gtsummary's default) or, a third of the time, of the group's N.
    const valid = next() < 2 / 3;
    const dec = next() < 0.75 ? 0 : 1;
    t.truth.set('k:0+m', v.get('k:0')! + t.m);
    t.sums.push(['k:0+m', ['k:0', 'm']]);
    cols.forEach((_, j) => j > 0 && (t.truth.set(`k:${j}+m`, v.get(`k:${j}`)!), t.sums.push([`k:${j}+m`, [`k:${j}`]])));
    b.line(['Characteristic', ...cols.map((c, j) => `${c}, N = ${v.get(`k:${j}+m`)}¹`)]);
    b.line(['sex', ...cols.map(() => '')]);
    rows.forEach((r, i) =>
      b.line([
        `    ${r}`,
        ...cols.map((_, j): [string, Meaning[]] => {
          const den = valid ? `k:${j}` : `k:${j}+m`;
          return [
            `${v.get(`c:${i}:${j}`)} (${pct(v.get(`c:${i}:${j}`)!, v.get(den)!, dec)}%)`,
            [
              { kind: 'count', v: `c:${i}:${j}` },
              { kind: 'pct', num: `c:${i}:${j}`, den, dec, scale: 100 },
            ],
          ];
        }),
      ]),
    );
    b.line(['    Unknown', cnt('m', t.m), ...cols.slice(1).map(() => '0')]);
    b.line(['¹ n (%)']);
    // The header's N of each group.
    cols.forEach((_, j) => b.tokens.push({ line: 1, text: String(v.get(`k:${j}+m`)), meanings: [{ kind: 'count', v: `k:${j}+m` }] }));
    return { family: valid ? 'gtsummary' : 'gtsummary-of-n', b, t };
  },
  /** Japanese Excel, the column variable a merged cell over its levels, copied as TSV (the merge a blank after it). */
  'excel-merged': (next) => {
    const t = twoWay(next);
    const b = new Builder();
    const { cols } = t;
    b.line(['', '転帰', ...cols.slice(1).map(() => ''), '']);
    margins(b, t, ['性別'], '合計');
    if (next() < 0.5) b.line(['欠測', cnt('m', t.m), ...cols.slice(1).map(() => ''), '']);
    return { family: 'excel-merged', b, t };
  },
  /** SAS's four statistics pasted as four tables (the user split the stacked cells): counts, Percent, Row Pct, Col Pct. */
  'sas-split': (next) => {
    const t = twoWay(next);
    const b = new Builder();
    const { rows, cols, truth: v } = t;
    const dec = next() < 0.5 ? 2 : 1;
    const kinds: [string, (i: number, j: number) => string, (i: number) => string, (j: number) => string][] = [
      ['Percent', () => 'N', () => 'N', () => 'N'],
      ['Row Pct', (i) => `r:${i}`, (i) => `r:${i}`, () => 'N'],
      ['Col Pct', (_, j) => `k:${j}`, () => 'N', (j) => `k:${j}`],
    ];
    const order = kinds.filter(() => next() < 0.8);
    b.line(['# Frequency']);
    margins(b, t, ['性別'], 'Total');
    for (const [name, den, rden, cden] of order) {
      b.line(['']);
      b.line([`# ${name}`]);
      b.line(['性別', ...cols, 'Total']);
      rows.forEach((r, i) =>
        b.line([r, ...cols.map((_, j) => pc(`c:${i}:${j}`, den(i, j), v, dec, '%')), pc(`r:${i}`, rden(i), v, dec, '%')]),
      );
      b.line([
        'Total',
        ...cols.map((_, j) => pc(`k:${j}`, cden(j), v, dec, '%')),
        ['100.00%'.replace('00%', dec === 2 ? '00%' : '0%'), []],
      ]);
    }
    return { family: 'sas-split', b, t };
  },
  /** Bare percentages only (Row Pct or Col Pct) with the base as the header's or label's N, as SPSS prints 「% within」 alone. */
  'pct-only-n': (next) => {
    const t = twoWay(next);
    const b = new Builder();
    const { rows, cols, truth: v } = t;
    const dec = next() < 0.5 ? 1 : 2;
    if (next() < 0.5) {
      b.line(['% within 性別', ...cols, '合計']);
      rows.forEach((r, i) =>
        b.line([
          [`${r} (N=${v.get(`r:${i}`)})`, [{ kind: 'count', v: `r:${i}` }]],
          ...cols.map((_, j) => pc(`c:${i}:${j}`, `r:${i}`, v, dec, '%')),
          ['100.0%', []],
        ]),
      );
      b.tokens.forEach((k) => k.meanings[0]?.kind === 'count' && (k.text = String(t.truth.get((k.meanings[0] as { v: string }).v))));
    } else {
      b.line([
        '% within 転帰',
        ...cols.map((c, j): [string, Meaning[]] => [`${c} (N=${v.get(`k:${j}`)})`, [{ kind: 'count', v: `k:${j}` }]]),
      ]);
      rows.forEach((r, i) => b.line([r, ...cols.map((_, j) => pc(`c:${i}:${j}`, `k:${j}`, v, dec, '%'))]));
      b.line(['合計', ...cols.map(() => ['100.0%', []] as [string, Meaning[]])]);
    }
    return { family: 'pct-only-n', b, t };
  },
};

/** `n` cases of each family (or of `only`), seeded. */
export function formats(n: number, seed: number, only?: string[]): Case[] {
  const out: Case[] = [];
  for (const [name, gen] of Object.entries(FAMILIES)) {
    if (only && !only.includes(name)) continue;
    const next = lcg(seed * 1000 + name.length * 7 + name.charCodeAt(0));
    for (let k = 0; k < n; k++) {
      const { family, b, t } = gen(next);
      out.push({ family, text: b.lines.join('\n') + '\n', truth: t.truth, sums: t.sums, tokens: b.tokens });
    }
  }
  return out;
}

/**
 * gtsummary / tableone Table 1s with an 「Unknown」 row of a few patients (1–9) under one variable, the other rows'
 * shares of the patients with a value (the tools' default), integer percentages (gtsummary's default) or one decimal:
 * the class percent/missing-base (missingshares.ts). `leaks`: whether the tool's reading bounds the Unknown count
 * under the threshold from the shares (every share of its column fits the base N − m and N − (least base) < 10).
 */
export function unknownShares(n: number, seed: number): { text: string; m: number; leaks: boolean }[] {
  const next = lcg(seed);
  const out: { text: string; m: number; leaks: boolean }[] = [];
  const tool = ['gtsummary', 'tableone'];
  // Only tables whose every share fits the group's N too (a share that fits no whole count of N is refused as such).
  for (let tries = 0; out.length < n && tries < 3000 * n; tries++) {
    const g = 2 + Math.floor(next() * 2);
    const levels = ROWS[Math.floor(next() * ROWS.length)]!;
    const counts = levels.map(() => Array.from({ length: g }, () => 40 + Math.floor(next() * 200)));
    const col = Math.floor(next() * g);
    const ms = Array.from({ length: g }, (_, j) => (j === col ? 1 + Math.floor(next() * 9) : 10 + Math.floor(next() * 10)));
    const dec = next() < 0.8 ? 0 : 1;
    const valid = counts.reduce((a, r) => a.map((x, j) => x + r[j]!), Array(g).fill(0) as number[]);
    const ns = valid.map((x, j) => x + ms[j]!);
    const names = ['A群', 'B群', 'C群'].slice(0, g);
    const which = tool[Math.floor(next() * tool.length)]!;
    const lines =
      which === 'gtsummary'
        ? [
            ['Characteristic', ...names.map((c, j) => `${c}, N = ${ns[j]}¹`)],
            ['性別', ...names.map(() => '')],
            ...levels.map((l, i) => [`    ${l}`, ...names.map((_, j) => `${counts[i]![j]} (${pct(counts[i]![j]!, valid[j]!, dec)}%)`)]),
            ['    Unknown', ...ms.map(String)],
            ['¹ n (%)'],
          ]
        : [
            ['', ...names],
            ['n', ...ns.map(String)],
            ['性別 (%)', ...names.map(() => '')],
            ...levels.map((l, i) => [`   ${l}`, ...names.map((_, j) => `${counts[i]![j]} (${pct(counts[i]![j]!, valid[j]!, dec)})`)]),
            ['   不明', ...ms.map(String)],
          ];
    const fits = (c: number, base: number, p: string) => Math.abs((100 * c) / base - Number(p)) <= 0.5 * 10 ** -dec + 1e-9;
    if (!counts.every((r) => r.every((c, j) => fits(c, ns[j]!, pct(c, valid[j]!, dec))))) continue;
    const m = ms[col]!;
    const N = ns[col]!;
    let lo = 1;
    let hi = N;
    for (const r of counts) {
      const p = Number(pct(r[col]!, valid[col]!, dec));
      const h = 0.5 * 10 ** -dec;
      lo = Math.max(lo, Math.ceil((100 * r[col]!) / (p + h) - 1e-9));
      if (p - h > 0) hi = Math.min(hi, Math.floor((100 * r[col]!) / (p - h) + 1e-9));
    }
    out.push({ text: lines.map((l) => l.join('\t')).join('\n') + '\n', m, leaks: N - lo < THRESHOLD_10 });
  }
  return out;
}
const THRESHOLD_10 = 10;
