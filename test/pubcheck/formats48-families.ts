/**
 * formats48 (issue #11): statistical software's output pasted with what formats35–46 left open, seeded (seeds
 * 2641–2650). Every printed number carries its true meaning (formats33-attack.ts); `joined` is the tables as the
 * checker reads them (for the oracle, which reads no listing).
 *
 * - `withCommand` (seeds 2641–2644): Stata's `tabulate` text (formats35's `stata`) under its command line
 *   「. tabulate sex outcome, row col」 (the comma cuts a CSV reading), in a log's `by` groups (「. by site, sort:
 *   tabulate …」 and Stata's 「-> site = A」 over each group's table), and R's print() of `table()` / `addmargins()`
 *   (formats34's `listing`) under its prompt line 「> table(df$sex, df$outcome)」, a continuation 「+ …」 at times.
 * - `sasWrapPast` (seeds 2645–2647): SAS PROC FREQ's crosstab whose row labels wrap over more lines than the stack
 *   (SAS prints the label's further lines with empty cells).
 * - `sasStrataTot` (seeds 2648–2650): an n-way table's strata with 「Tot Pct」 (TOTPCT), a share of the whole n-way
 *   table (every stratum's cells), 「Percent」 a share of the stratum.
 */
import { int, lcg, pick } from './helpers.ts';
import type { Token } from './formats33-families.ts';
import { COLS, counts, cross, stata, stataTwoWay, type Joined } from './formats35-families.ts';

type StataKind = 'row' | 'col' | 'cell';
const BY_ROWS = [
  ['male', 'female'],
  ['<65', '65-74', '>=75'],
];
import { listing } from './formats34-families.ts';
import { sasCrossMoreTable, type SasStat } from './formats42-families.ts';

/** A case with `pre` lines put over it: its tokens shifted. */
function under(c: Joined, pre: string[], family: string): Joined {
  return {
    ...c,
    family,
    text: pre.join('\n') + '\n' + c.text,
    tokens: c.tokens.map((t) => ({ ...t, line: t.line + pre.length })),
  };
}

/** Cases (each its own truth) one after another: truth keys prefixed, tokens shifted, `between` lines over each. */
export function joinCases(parts: Joined[], between: (s: number) => string[], family: string, title: (s: number) => string): Joined {
  const truth = new Map<string, number>();
  const sums: [string, string[]][] = [];
  const tokens: Token[] = [];
  const re = (k: string, s: number) => `s${s}:${k}`;
  let text = '';
  let shift = 0;
  const joined: string[] = [];
  parts.forEach((p, s) => {
    const pre = between(s);
    text += pre.join('\n') + (pre.length ? '\n' : '') + p.text;
    shift += pre.length;
    for (const [k, v] of p.truth) truth.set(re(k, s), v);
    for (const [a, bs] of p.sums) sums.push([re(a, s), bs.map((b) => re(b, s))]);
    const rekey = (m: Record<string, unknown>) =>
      Object.fromEntries(Object.entries(m).map(([k, v]) => [k, typeof v === 'string' && k !== 'kind' && k !== 'stat' ? re(v, s) : v]));
    for (const t of p.tokens) tokens.push({ ...t, line: t.line + shift, meanings: t.meanings.map((m) => rekey(m as never) as never) });
    shift += p.text.split('\n').length - 1;
    joined.push(
      p.joined
        .split('\n')
        .map((l) => (l.startsWith('# ') ? `# ${l.slice(2)}（${title(s)}）` : l))
        .join('\n'),
    );
    if (!p.joined.startsWith('# ')) joined[joined.length - 1] = `# （${title(s)}）\n` + joined.at(-1)!;
  });
  return { family, text, truth, sums, tokens, joined: joined.join('\n') };
}

const STATA_OPTS: Record<string, string> = {
  counts: '',
  row: ', row',
  col: ', column',
  'row+col': ', row col',
  cell: ', cell',
};

/** The Stata command that prints a case of formats35's `stata`. */
function stataCommand(c: Joined): string {
  if (c.family.startsWith('stata-oneway')) return '. tabulate sex';
  const kinds = c.family.replace(/^stata-/, '').replace(/-key$/, '');
  return `. tabulate sex outcome${STATA_OPTS[kinds] ?? ''}`;
}

export function withCommand(n: number, seed: number): Joined[] {
  const next = lcg(seed ^ 0x48c0);
  const out: Joined[] = [];
  for (let q = 0; q < n; q++) {
    const kind = pick(next, ['stata', 'stata', 'stata-by', 'r', 'r'] as const);
    if (kind === 'stata') {
      const c = stata(1, int(next, 1, 1e6))[0]!;
      const cmd = stataCommand(c);
      const pre = next() < 0.5 ? [cmd, ''] : [cmd];
      // A log's end: the next prompt alone, at times.
      const tail = next() < 0.3;
      const j = under(c, pre, `stata-cmd`);
      out.push(tail ? { ...j, text: j.text + '\n. \n' } : j);
    } else if (kind === 'stata-by') {
      const S = int(next, 2, 3);
      const rows = pick(next, BY_ROWS);
      const cols = pick(next, COLS);
      const kinds = pick(next, [[], ['row'], ['col'], ['row', 'col'], ['cell']] as StataKind[][]);
      const key = kinds.length > 0 && next() < 0.5;
      const same: Joined[] = Array.from({ length: S }, () => {
        const { truth, sums } = cross(counts(next, rows.length, cols.length));
        const two = stataTwoWay(rows, cols, truth, kinds, key, true, true);
        return { family: '', text: two.lines.join('\n') + '\n', truth, sums, tokens: two.tokens, joined: two.joined + '\n' };
      });
      const cmd = `. by site, sort: tabulate sex outcome${STATA_OPTS[kinds.join('+') || 'counts']}`;
      const rule = '-'.repeat(78);
      const j = joinCases(
        same,
        (s) => [...(s === 0 ? [cmd, ''] : ['']), rule, `-> site = ${'ABC'[s]}`, ''],
        `stata-by`,
        (s) => `site = ${'ABC'[s]}`,
      );
      out.push(j);
    } else {
      let c: Joined;
      do c = listing(1, int(next, 1, 1e6))[0]! as Joined;
      while (c.family !== 'r-print');
      const margins = /\bSum\b/.test(c.text);
      const call = pick(next, [
        'table(group = df$group, outcome = df$outcome)',
        'with(df, table(group, outcome))',
        'xtabs(~ group + outcome, data = df)',
      ]);
      const pre = margins ? [`> addmargins(${call})`] : [`> ${call}`];
      if (next() < 0.3) pre.unshift('> tab <- table(df$group,', '+              df$outcome)');
      const j = under(c, pre, margins ? 'r-addmargins' : 'r-table');
      out.push(next() < 0.3 ? { ...j, text: j.text + '> \n' } : j);
    }
  }
  return out;
}

const LONGER = [
  ['Stage I or Stage II disease', 'Stage III or higher disease'],
  ['aged under 65 years at entry', 'aged 65 to 74 years at entry', 'aged 75 years or older at entry'],
  ['never smoked in their life', 'former smoker quit over 1 year', 'current smoker of any kind'],
];

export function sasWrapPast(n: number, seed: number): Joined[] {
  const next = lcg(seed ^ 0x48a1);
  const out: Joined[] = [];
  const kinds: SasStat[][] = [['count'], ['count', 'col'], ['count', 'row'], ['count', 'cell'], ['count', 'cell', 'row']];
  for (let q = 0; q < n; q++) {
    const rows = pick(next, LONGER);
    const cols = pick(next, COLS);
    const c = counts(next, rows.length, cols.length);
    const stats = pick(next, kinds);
    const j = sasCrossMoreTable(rows, cols, c, stats, {
      wrap: true,
      wrapPast: true,
      names: pick(next, ['both', 'table', 'none'] as const),
      frame: next() < 0.5,
    });
    out.push({ ...j, family: `wrappast-${stats.slice(1).join('-') || 'counts'}` });
  }
  return out;
}

export const XROWS = [
  ['male', 'female'],
  ['<65', '65-74', '>=75'],
];

/** One stratum of an n-way PROC FREQ table (Table s+1 of sex by outcome, Controlling for site=…), its Tot Pct of the whole. */
export function sasStratum(rows: string[], cols: string[], c: number[][], stats: SasStat[], whole: number, s: number) {
  const j = sasCrossMoreTable(rows, cols, c, stats, { names: 'both', totOf: whole, totKey: 'W' });
  const site = `site=${'ABCD'[s]}`;
  const title = `Table ${s + 1} of sex by outcome`;
  return {
    ...j,
    text: j.text.replace('Table of sex by outcome', `${title}\nControlling for ${site}`),
    joined: j.joined.replaceAll('# Table of sex by outcome', `# ${title}（${site}）`),
    tokens: j.tokens.map((t) => (t.line > 1 ? { ...t, line: t.line + 1 } : t)),
  };
}

export function sasStrataTot(n: number, seed: number): Joined[] {
  const next = lcg(seed ^ 0x48f7);
  const out: Joined[] = [];
  const kinds: SasStat[][] = [
    ['count', 'tot', 'cell', 'row', 'col'],
    ['count', 'tot', 'cell'],
    ['count', 'tot'],
  ];
  for (let q = 0; q < n; q++) {
    const S = int(next, 2, 3);
    const rows = pick(next, XROWS);
    const cols = pick(next, COLS);
    const stats = pick(next, kinds);
    const cs = Array.from({ length: S }, () => counts(next, rows.length, cols.length));
    const whole = cs.flat(2).reduce((a, b) => a + b, 0);
    const parts = cs.map((c, s) => sasStratum(rows, cols, c, stats, whole, s));
    const j = joinCases(
      parts,
      () => [],
      `strata-tot-${stats.slice(1).join('-')}`,
      () => '',
    );
    // The whole n-way table's N: the sum of every stratum's N (one variable `W`, not per stratum).
    j.truth.set('W', whole);
    j.sums.push(['W', parts.map((_, s) => `s${s}:N`)]);
    for (const t of j.tokens) t.meanings = t.meanings.map((m) => (m.kind === 'pct' && /^s\d+:W$/.test(m.den) ? { ...m, den: 'W' } : m));
    j.joined = j.joined.replaceAll('（）', '');
    out.push(j);
  }
  return out;
}
