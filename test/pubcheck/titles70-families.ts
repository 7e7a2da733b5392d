/**
 * titles70 (issue #11): a title's N in forms titles68 left a plain number, and SAS/SPSS programs left loose, seeded
 * (seeds 5630–5644).
 *
 * - `taken` (titlen65-families.ts' generator with these words, 5630–5631): 「(146 screened)」「(146 followed up)」
 *   「(146 completed)」「(146 participants)」「（146例を追跡）」「（解析対象集団146例）」「（投与146例）」… a little above the
 *   table's total (a remainder of 1–9: `over`, never read silently — the base read the verb's ones with no unit silently,
 *   the 4 left out published) or at it / 10–40 above it (`innocent`, read — the base refused the counts with a unit as a
 *   count fitting no total, `title/count`), with look-alikes that are no N (「(Study 146 screened)」「(146 mg)」「(randomised
 *   2:1)」「(screened 3 times)」, a count at the total).
 * - `year` (5632–5633): the same over a table whose total is year-like (1950–2040): 「(2014 randomised)」「（2014例を登録）」
 *   「(2014 patients screened)」 at the total + 1–9 (`over`: the base read 「(2014 randomised)」 silently, titles68's forms
 *   leave (19|20)dd out) or at it / 10–40 above; look-alikes a true year (「(randomised 2014)」「（2014年登録）」「(in 2014
 *   screened)」「(FY2014 enrolled)」) at the total + 1–9 too: innocent, read.
 *
 * - `code` (5634–5635): formats41's SAS crosstab under SAS's program and spss43's frequency table under SPSS's syntax, in the
 *   forms titles68 left loose — SPSS's 「TITLE '…'.」 over its syntax, a macro (「%macro xt(ds);」 … 「%mend xt;」「%xt(a);」),
 *   a comment whose digits count nothing (「/* 2024-03-01 抽出 *\/」「* version 2;」), data lines with no digit after
 *   「datalines;」/「cards;」, a title statement with a number under the threshold (「title "表2 (3 sites)";」) — the title's N
 *   at the output's N or none (`innocent`, to be read: the base refused them, `line/count`, `input/spaces`) or at N + 1–9
 *   (`over`, never read silently); and data lines with counts (`data`: refused in words, `layout/sas-data`; the base
 *   refused them as `input/spaces`).
 *
 *   npx node test/pubcheck/titles70-families.ts <taken|year|code> <count> <seed>        (ROOT=<base> for the base)
 */
import { int, lcg, pick } from './helpers.ts';
import type { CheckResult } from '../../src/pubcheck/check.ts';
import { stopped, type Case, type Words } from './titlen65-families.ts';
import type { Joined } from './formats35-families.ts';
import { sasCross } from './formats41-families.ts';
import { spssFreq } from './spss43-families.ts';

export const TAKEN70: Words = {
  forms: [
    (n) => `(${n} screened)`,
    (n) => `(${n} followed up)`,
    (n) => `(${n} patients were followed up)`,
    (n) => `(${n} completed)`,
    (n) => `(${n} responded)`,
    (n) => `(${n} participants)`,
    (n) => `(${n} patients)`,
    (n) => `${n} analysed patients`,
    (n) => `（${n}例を追跡）`,
    (n) => `（解析対象集団${n}例）`,
    (n) => `（投与${n}例）`,
    (n) => `（${n}名が参加）`,
    (n) => `（対象${n}例）`,
  ],
  lookalikes: [
    () => '(Study 146 screened)',
    () => '(146 mg)',
    () => '(randomised 2:1)',
    () => '(screened 3 times)',
    () => '(Protocol 146 completed)',
    (t) => `(${t} screened)`,
  ],
};

const YEAR_FORMS: ((n: number) => string)[] = [
  (n) => `(${n} randomised)`,
  (n) => `(${n} randomized)`,
  (n) => `(${n} patients screened)`,
  (n) => `(${n} enrolled)`,
  (n) => `（${n}例を登録）`,
  (n) => `（${n}名を解析）`,
  (n) => `(${n} participants)`,
];
const YEAR_LOOKALIKES: ((year: number) => string)[] = [
  (y) => `(randomised ${y})`,
  (y) => `（${y}年登録）`,
  (y) => `(in ${y} screened)`,
  (y) => `(FY${y} enrolled)`,
  (y) => `(since ${y} treated)`,
  (y) => `(${y}年度)`,
];

/** A 2×2 with a year-like total (1950–2040), with or without its 合計 lines. */
function yearBody(next: () => number): { text: (corner: string) => string; total: number } {
  const total = int(next, 1950, 2040);
  const a = int(next, 300, 700);
  const b = int(next, 300, 700);
  const c = int(next, 300, 600);
  const d = total - a - b - c;
  const withTotals = next() < 0.5;
  return {
    total,
    text: (corner) =>
      withTotals
        ? `${corner}\t男\t女\t合計\n A群\t${a}\t${b}\t${a + b}\n B群\t${c}\t${d}\t${c + d}\n合計\t${a + c}\t${b + d}\t${total}\n`
        : `${corner}\t男\t女\n A群\t${a}\t${b}\n B群\t${c}\t${d}\n`,
  };
}

/** `year`: the cases over a year-like total (kinds as titlen65's: `over` a remainder of 1–9, `innocent` else). */
export function yearCases(count: number, seed: number): Case[] {
  const next = lcg(seed ^ 0x7970);
  return Array.from({ length: count }, () => {
    const where = pick(next, ['title', 'caption', 'corner'] as const);
    const body = yearBody(next);
    const kind = next() < 0.5 ? ('over' as const) : ('innocent' as const);
    const rest = kind === 'over' ? int(next, 1, 9) : 0;
    const r = next();
    const words =
      kind === 'over'
        ? pick(next, YEAR_FORMS)(body.total + rest)
        : r < 0.3
          ? pick(next, YEAR_FORMS)(body.total)
          : r < 0.55
            ? pick(next, YEAR_FORMS)(body.total + int(next, 10, 40))
            : pick(next, YEAR_LOOKALIKES)(body.total + int(next, 1, 9));
    const text =
      where === 'corner'
        ? body.text(`表1 ${words}`)
        : where === 'title'
          ? `# 表1 背景 ${words}\n${body.text('')}`
          : `表1 背景 ${words}\n${body.text('')}`;
    return { kind, where, text, rest };
  });
}

const CAPTIONS = ['表{k} 性別と転帰', 'Table {k}: outcome by sex', '表{k}　転帰別の患者数'];
/** A data step with `datalines;` holding no digit, then its proc (under a title statement: `SAS_PROGRAMS`, titles70.test.ts). */
export const DATA_STEP = [
  'data a;',
  '  input sex $ outcome $;',
  'datalines;',
  'female died',
  'male alive',
  ';',
  'run;',
  'proc freq data=a; tables sex*outcome; run;',
];
/** SAS's programs in titles68's loose forms, the title statement's text `t` (with its N or none) in them. */
const SAS_PROGRAMS: ((t: string) => string[])[] = [
  (t) => ['%macro xt(ds);', `  title "${t}";`, '  proc freq data=&ds;', '    tables sex*outcome;', '  run;', '%mend xt;', '%xt(a);'],
  (t) => [`title "${t}";`, '/* 2024-03-01 抽出 */', 'proc freq data=adsl2;', '  * version 2;', '  tables sex*outcome;', 'run;'],
  (t) => [`title1 '${t}';`, ...DATA_STEP],
  (t) => [`title "${t} (3 sites)";`, 'proc freq data=a;', '  tables sex*outcome;', 'run;'],
  (t) => [
    'data a;',
    '  input sex $ outcome $;',
    'cards;',
    'female died',
    ';',
    'run;',
    `title "${t}";`,
    'proc freq data=a;',
    '  tables sex*outcome;',
    'run;',
  ],
];
/** The data lines of a data step with the counts in them (`data`). */
const DATA_PROGRAM = (t: string, c: number[]) => [
  `title "${t}";`,
  'data a;',
  '  input sex $ outcome $ n;',
  'datalines;',
  `female died ${c[0]}`,
  `female alive ${c[1]}`,
  `male died ${c[2]}`,
  `male alive ${c[3]}`,
  ';',
  'run;',
  'proc freq data=a;',
  '  tables sex*outcome;',
  '  weight n;',
  'run;',
];

export interface CodeCase extends Joined {
  kind: 'over' | 'innocent' | 'data';
}
/** `code`: the outputs under their code in the forms above (the title's N at N + 1–9: `over`; N or none: `innocent`). */
export function codeCases(n: number, seed: number): CodeCase[] {
  const next = lcg(seed ^ 0x636f);
  const sas = sasCross(n, seed);
  const spss = spssFreq(n, seed, 'never');
  return sas.map((x, q) => {
    const isSpss = next() < 0.3;
    const c = isSpss ? spss[q]! : x;
    const N = c.truth.get('N')!;
    const whole = N + Number(/Frequency Missing = (\d+)/.exec(c.text)?.[1] ?? 0);
    const r = next();
    const kind = !isSpss && r < 0.15 ? ('data' as const) : r < 0.55 ? ('over' as const) : ('innocent' as const);
    const cap = pick(next, CAPTIONS).replace('{k}', String(int(next, 1, 9)));
    const said = kind === 'over' ? whole + int(next, 1, 9) : next() < 0.7 ? whole : undefined;
    const title = said === undefined ? cap : `${cap}（N=${said}）`;
    const p = int(next, 0, SAS_PROGRAMS.length - 1);
    const lines = isSpss
      ? [`TITLE '${title}'.`, 'FREQUENCIES VARIABLES=sev', '  /ORDER=ANALYSIS.', '']
      : kind === 'data'
        ? [...DATA_PROGRAM(title, [int(next, 1, 60), int(next, 1, 60), int(next, 1, 60), int(next, 1, 60)]), '']
        : [...SAS_PROGRAMS[p]!(title), ''];
    const by = lines.length;
    return {
      ...c,
      kind,
      family: `${isSpss ? 'spss' : `sas-p${p}`}-${kind}${said === undefined ? '' : '-n'}`,
      text: [...lines, c.text].join('\n'),
      tokens: c.tokens.map((t) => ({ ...t, line: t.line + by })),
      joined: `# ${title}\n${c.joined}`,
    };
  });
}

/** Tallies `cases` run through `run`: `over` read with no blocking finding is leaked; an innocent stopped is refused. */
export function tally(cases: readonly Case[], run: (text: string) => CheckResult) {
  const t = { over: { runs: 0, read: 0, refused: 0, leaked: 0 }, innocent: { runs: 0, read: 0, refused: 0, leaked: 0 } };
  for (const c of cases) {
    const x = t[c.kind];
    x.runs++;
    if (stopped(run(c.text))) x.refused++;
    else (x.read++, c.kind === 'over' && x.leaked++);
  }
  return t;
}

if (import.meta.url === `file://${process.argv[1]}` && process.argv[2] === 'code') {
  const { checkerOfRoot } = await import('./helpers.ts');
  const { leaks } = await import('./formats33-attack.ts');
  const { check, highs, bundle } = await checkerOfRoot();
  const t = {
    over: { runs: 0, read: 0, refused: 0, leaked: 0 },
    innocent: { runs: 0, read: 0, refused: 0, leaked: 0 },
    data: { runs: 0, read: 0, refused: 0, leaked: 0 },
  };
  let [hidden, cells] = [0, 0];
  const codes = new Map<string, number>();
  for (const c of codeCases(Number(process.argv[3] ?? 100), Number(process.argv[4] ?? 5634))) {
    const r = check(highs, bundle, c.text, { details: true }, { mipSeconds: 0.3 });
    const x = t[c.kind];
    x.runs++;
    if (!r.ok) for (const e of r.errors) codes.set(`${c.kind}:${e.code}`, (codes.get(`${c.kind}:${e.code}`) ?? 0) + 1);
    if (c.kind !== 'innocent') {
      // Never read silently: an N over the whole, or data lines holding the counts.
      if (stopped(r)) x.refused++;
      else {
        x.read++;
        // Read: safe only where the rest is a line of the checker's (listing.ts `REST_LABEL`) hidden with another
        // cell of its table (titles68's `linkMissingCross`), so N − total − m gives no count back.
        const rest = r.ok ? r.tables.find((y) => y.table.rows.some((row) => row.label.startsWith('表に載らない患者'))) : undefined;
        const at = rest?.table.rows.findIndex((row) => row.label.startsWith('表に載らない患者')) ?? -1;
        const shut = rest?.status.filter((y) => y !== 'published').length ?? 0;
        if (!(c.kind === 'over' && rest && rest.status[at] !== 'published' && shut >= 2)) x.leaked++;
      }
      continue;
    }
    if (!r.ok) {
      x.refused++;
      continue;
    }
    x.read++;
    const open = r.tables.some((y) => y.suppression?.passed === false || y.primary.headers.length > 0);
    if (!open && leaks(r, c).length > 0) x.leaked++;
    const st = r.tables.flatMap((y) => y.status);
    cells += st.length;
    hidden += st.filter((y) => y !== 'published').length;
  }
  for (const [k, v] of Object.entries(t))
    console.log(`${k.padEnd(9)} runs ${v.runs} read ${v.read} refused ${v.refused} leaked ${v.leaked}`);
  console.log(`innocent read: ${hidden} of ${cells} cells hidden; refusals ${JSON.stringify(Object.fromEntries(codes))}`);
} else if (import.meta.url === `file://${process.argv[1]}`) {
  const { titleChecker, cases } = await import('./titlen65-families.ts');
  const { run } = await titleChecker();
  const [kind, n, seed] = [process.argv[2] ?? 'taken', Number(process.argv[3] ?? 100), Number(process.argv[4] ?? 5630)];
  const t = tally(kind === 'year' ? yearCases(n, seed) : cases(n, seed, TAKEN70), run);
  for (const [k, v] of Object.entries(t))
    console.log(`${k.padEnd(9)} runs ${v.runs} read ${v.read} refused ${v.refused} leaked ${v.leaked}`);
}
