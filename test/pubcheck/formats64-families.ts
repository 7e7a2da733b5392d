/**
 * formats64 (issue #11): titles and headers in pasted formats, seeded (seeds 5140–5169).
 *
 * - `commaTitles` (5140–5141): a CSV table (counts, a small one among them, row and column totals or not) under a
 *   caption with a comma in it, unquoted — 「表2 性別, 年齢別の転帰（N=120）」 — as a reader types it, so the CSV reading
 *   cuts it into cells. Kinds: the header's corner named (「性別,生存,死亡」: the title one cell shorter) or empty
 *   (「,生存,死亡」: the title's pieces read as a spanner over the header on the base), the title directly over the
 *   header or over one empty line, with a space after each comma or none (then only over a wider header), with the
 *   true N (a token meaning N for formats33-attack.ts) or none. The base refuses the first (`row/long`, `cell/text`)
 *   and reads the second's title halves as a spanned header, the N lost as the table's.
 * - `commaInnocent` (5142–5143): the same tables with the title quoted 「"表2 性別, 年齢別…"」 or written with 「、」:
 *   one cell on the base already; must read as before.
 * - `stataTitled` (5144–5145): formats35's Stata `tabulate` text (one-way and two-way, with its lines of shares or not)
 *   under its command line 「. tabulate sex outcome, row」 and a title over it (a caption, with the true N or not),
 *   directly or over one empty line (a quarter of those directly over it with no command line). The base refuses (`table/no-rows`: the title left alone with the command taken out;
 *   `line/count`: its N).
 * - `stataInnocent` (5146–5147): the same outputs with the title parted by two empty lines, no number in it.
 *
 * Judged by formats33-attack.ts (every printed number the check leaves published, with its true meaning) and the
 * oracle over `joined` (the same tables as tab-separated text under their title as a # line):
 * `npx node test/pubcheck/formats64-measure.ts <comma|commaInnocent|stata|stataInnocent> <count> <seed> [last] --oracle`
 * (ROOT=<base checkout> for the base).
 */
import { int, lcg, pick } from './helpers.ts';
import type { Token } from './formats33-families.ts';
import { cross, counts, stata, type Joined } from './formats35-families.ts';

const ROWS = [
  ['女性', '男性'],
  ['65歳未満', '65-74歳', '75歳以上'],
  ['A病院', 'B病院', 'C病院'],
];
const COLS = [
  ['生存', '死亡'],
  ['軽症', '中等症', '重症'],
  ['あり', 'なし'],
];
/** Captions with a comma where a reader would write 「、」: the pieces before and after it. */
const CAPTIONS: [string, string][] = [
  ['表{k} 性別', '年齢別の転帰'],
  ['Table {k}: outcome by sex', 'age and site'],
  ['表{k} 施設別', '重症度別の患者数'],
  ['付表{k} 背景', '転帰'],
];

type Drawn = { title: string[]; cornerEmpty: boolean; gap: boolean; spaced: boolean; withN: boolean; totals: boolean };

function table(next: () => number, d: Omit<Drawn, 'title'>, titleOf: (N: number) => string[], quoted: boolean): Joined {
  const rows = pick(next, ROWS);
  const cols = pick(next, COLS);
  const c = counts(next, rows.length, cols.length);
  const { truth, sums } = cross(c);
  const N = truth.get('N')!;
  const title = titleOf(N);
  const titleLine = quoted ? `"${title.join(d.spaced ? ', ' : ',')}"` : title.join(d.spaced ? ', ' : ',');
  const lines: string[] = [titleLine, ...(d.gap ? [''] : [])];
  const tokens: Token[] = [];
  if (d.withN) tokens.push({ line: 1, text: String(N), meanings: [{ kind: 'count', v: 'N' }] });
  const corner = d.cornerEmpty ? '' : '区分';
  const head = [corner, ...cols, ...(d.totals ? ['合計'] : [])];
  lines.push(head.join(','));
  const tsv = [`# ${title.join(d.spaced ? ', ' : ',')}`, head.join('\t')];
  const row = (label: string, vals: [string, number][]) => {
    lines.push([label, ...vals.map(([, x]) => String(x))].join(','));
    tsv.push([label, ...vals.map(([, x]) => String(x))].join('\t'));
    for (const [v, x] of vals) tokens.push({ line: lines.length, text: String(x), meanings: [{ kind: 'count', v }] });
  };
  rows.forEach((r, i) =>
    row(r, [
      ...cols.map((_, j): [string, number] => [`c:${i}:${j}`, truth.get(`c:${i}:${j}`)!]),
      ...(d.totals ? [[`r:${i}`, truth.get(`r:${i}`)!] as [string, number]] : []),
    ]),
  );
  if (d.totals) row('合計', [...cols.map((_, j): [string, number] => [`k:${j}`, truth.get(`k:${j}`)!]), ['N', N]]);
  return {
    family: `${quoted ? 'quoted' : 'comma'}${d.cornerEmpty ? '-corner' : ''}${d.gap ? '-gap' : ''}${d.spaced ? '' : '-nospace'}${d.withN ? '-n' : ''}${d.totals ? '-totals' : ''}`,
    text: lines.join('\n') + '\n',
    truth,
    sums,
    tokens,
    joined: tsv.join('\n') + '\n',
  };
}

function drawn(next: () => number) {
  const cornerEmpty = next() < 0.5;
  const gap = next() < 0.3;
  // No space after the comma only where the title is shorter than the header under it (directly over it).
  const spaced = gap || next() < 0.7;
  const withN = next() < 0.6;
  const totals = next() < 0.5;
  return { cornerEmpty, gap, spaced, withN, totals };
}

function captionOf(next: () => number): (N: number, withN: boolean) => string[] {
  const [a, b] = pick(next, CAPTIONS);
  const k = int(next, 1, 9);
  const nText = pick(next, ['（N={N}）', ' (n = {N})', '（全{N}例）']);
  return (N, withN) => [a.replace('{k}', String(k)), `${b}${withN ? nText.replace('{N}', String(N)) : ''}`];
}

/** The class: a caption with a comma, unquoted, cut by the CSV reading. */
export function commaTitles(n: number, seed: number): Joined[] {
  const next = lcg(seed ^ 0x6464);
  return Array.from({ length: n }, () => {
    const d = drawn(next);
    const cap = captionOf(next);
    return table(next, d, (N) => cap(N, d.withN), false);
  });
}

/** Innocent: the same captions quoted as CSV quotes a cell with a comma, or written with 「、」 (one cell on the base). */
export function commaInnocent(n: number, seed: number): Joined[] {
  const next = lcg(seed ^ 0x6465);
  return Array.from({ length: n }, () => {
    const d = drawn(next);
    const cap = captionOf(next);
    const quoted = next() < 0.5;
    const c = table(
      next,
      { ...d, spaced: quoted ? d.spaced : false },
      (N) => (quoted ? cap(N, d.withN) : [cap(N, d.withN).join('、')]),
      quoted,
    );
    return { ...c, family: quoted ? c.family : c.family.replace(/^comma/, 'touten') };
  });
}

const STATA_CAPTIONS = ['表{k} 性別と転帰', 'Table {k}: outcome by sex', '表{k}　群別の転帰'];

function stataCases(
  n: number,
  seed: number,
  over: (next: () => number, N: number, kinds: string) => { lines: string[]; n: boolean },
  tag: string,
): Joined[] {
  const next = lcg(seed ^ 0x6466);
  return stata(n, seed).map((c) => {
    const N = c.truth.get('N')!;
    const oneWay = c.family.startsWith('stata-oneway');
    const opts = c.family
      .replace(/^stata-/, '')
      .replace(/-key$/, '')
      .split('+')
      .filter((x) => ['row', 'col', 'cell'].includes(x));
    const cmd = `. tabulate sex${oneWay ? '' : ' outcome'}${opts.length > 0 ? `, ${opts.join(' ')}` : ''}`;
    const o = over(next, N, opts.join(' '));
    // A fifth of the titled outputs pasted without their command line (the title directly over the output).
    const bare = tag === 'title' && o.lines.length === 1 && next() < 0.25;
    const lines = bare ? o.lines : [...o.lines, cmd, ''];
    const by = lines.length;
    return {
      ...c,
      family: `${c.family}-${tag}${o.n ? '-n' : ''}${o.lines.length > 1 && o.lines[1] === '' ? '-gap' : ''}${bare ? '-nocmd' : ''}`,
      text: [...lines, c.text].join('\n'),
      tokens: [
        ...(o.n ? [{ line: 1, text: String(N), meanings: [{ kind: 'count' as const, v: 'N' }] }] : []),
        ...c.tokens.map((t) => ({ ...t, line: t.line + by })),
      ],
      joined: `# ${o.lines[0]}\n${c.joined}`,
    };
  });
}

/** The class: a title over Stata's command line over its output (directly, or over one empty line). */
export function stataTitled(n: number, seed: number): Joined[] {
  return stataCases(
    n,
    seed,
    (next, N) => {
      const base = pick(next, STATA_CAPTIONS).replace('{k}', String(int(next, 1, 9)));
      const withN = next() < 0.5;
      const title = withN ? `${base}${pick(next, [`（N=${N}）`, ` (n = ${N})`])}` : base;
      return { lines: next() < 0.3 ? [title, ''] : [title], n: withN };
    },
    'title',
  );
}

/** Innocent: the title parted from the command by two empty lines (no title of this reading), no number in it. */
export function stataInnocent(n: number, seed: number): Joined[] {
  return stataCases(
    n,
    seed,
    (next) => ({ lines: [pick(next, STATA_CAPTIONS).replace('{k}', String(int(next, 1, 9))), '', ''], n: false }),
    'parted',
  );
}

/**
 * A cross table's count lines written onto `lines` with their tokens (each numbered as pushed): `body` the rows c:i:j
 * under their labels, `total` the 合計 line k:j.
 */
export function writeCounts(lines: string[], tokens: Token[], truth: Map<string, number>) {
  const put = (label: string, vs: string[]) => {
    lines.push([label, ...vs.map((v) => String(truth.get(v)))].join('\t'));
    vs.forEach((v) => tokens.push({ line: lines.length, text: String(truth.get(v)), meanings: [{ kind: 'count', v }] }));
  };
  return {
    body: (rows: readonly string[], cols: readonly unknown[]) =>
      rows.forEach((r, i) =>
        put(
          r,
          cols.map((_, j) => `c:${i}:${j}`),
        ),
      ),
    total: (cols: readonly unknown[]) =>
      put(
        '合計',
        cols.map((_, j) => `k:${j}`),
      ),
  };
}

/**
 * `yearsCut` (5148–5149): a table of counts (a row in 1900–2100 each, the others some under the threshold) with its
 * 合計 line, cut by an empty line under its first lines, so that a row of counts 「女性 1947 2003」 stands as the next
 * block's header, a header of years on the base: its counts unchecked, 合計 less them giving a hidden count back.
 * Kinds: the 合計 over the cut or under it, the row's counts rising or not. `yearsInnocent` (5150–5151): a header of
 * years proper (「\t2019\t2020\t2021」, its corner empty or 「年」「性別」), counts with one or two under the threshold,
 * a 合計 line or none, alone or under another table with a title between.
 */
export function yearsCut(n: number, seed: number): Joined[] {
  const next = lcg(seed ^ 0x6467);
  return Array.from({ length: n }, () => {
    const cols = pick(next, [
      ['A群', 'B群'],
      ['軽症', '中等症', '重症'],
      ['外来', '入院'],
    ]);
    const rows = pick(next, [
      ['女性', '男性'],
      ['65歳未満', '65-74歳', '75歳以上'],
      ['A病院', 'B病院', 'C病院'],
    ]);
    const rising = next() < 0.5;
    const big = cols.map(() => int(next, 1900, 2100)).sort((a, b) => (rising ? a - b : 0));
    const c = [big, ...rows.slice(1).map(() => cols.map(() => int(next, 10, 99)))];
    for (let t = int(next, 1, 2); t > 0; t--) c[int(next, 1, rows.length - 1)]![int(next, 0, cols.length - 1)] = int(next, 1, 9);
    const { truth, sums } = cross(c);
    const totalFirst = next() < 0.5;
    const lines: string[] = [['', ...cols].join('\t')];
    const tokens: Token[] = [];
    const w = writeCounts(lines, tokens, truth);
    if (totalFirst) w.total(cols);
    lines.push('');
    w.body(rows, cols);
    if (!totalFirst) w.total(cols);
    const text = lines.join('\n') + '\n';
    const joined = [lines[0], ...lines.slice(1).filter((l) => l !== '')].join('\n') + '\n';
    return {
      family: `years-cut${totalFirst ? '-total-over' : '-total-under'}${rising ? '-rising' : ''}`,
      text,
      truth,
      sums,
      tokens,
      joined,
    };
  });
}

/**
 * A table of counts under a header of years (`yearsInnocent`, titles66's `yearsTitledInnocent`): its columns (2–4
 * years from 2005–2020; with `widthFirst` the width drawn before the first year), its rows, their truth and sums
 * (formats35 `cross`), and whether a 合計 line is printed (half).
 */
export function yearsBody(next: () => number, widthFirst = false) {
  const k0 = widthFirst ? int(next, 2, 4) : 0;
  const from = int(next, 2005, 2020);
  const k = widthFirst ? k0 : int(next, 2, 4);
  const cols = Array.from({ length: k }, (_, j) => String(from + j));
  const rows = pick(next, ROWS);
  const { truth, sums } = cross(counts(next, rows.length, k));
  return { k, cols, rows, truth, sums, withTotal: next() < 0.5 };
}

export function yearsInnocent(n: number, seed: number): Joined[] {
  const next = lcg(seed ^ 0x6468);
  return Array.from({ length: n }, () => {
    const { cols, rows, truth, sums, withTotal } = yearsBody(next);
    const above = next() < 0.3;
    const corner = pick(next, ['', '年', '性別']);
    const lines: string[] = above ? ['# 表1 対象', '\t人数', '全体\t' + String(truth.get('N')), '', '# 表2 年別'] : [];
    const tokens: Token[] = above ? [{ line: 3, text: String(truth.get('N')), meanings: [{ kind: 'count', v: 'N' }] }] : [];
    lines.push([corner, ...cols].join('\t'));
    const w = writeCounts(lines, tokens, truth);
    w.body(rows, cols);
    if (withTotal) w.total(cols);
    const text = lines.join('\n') + '\n';
    return { family: `years${withTotal ? '-total' : ''}${above ? '-under-table' : ''}`, text, truth, sums, tokens, joined: text };
  });
}
