/**
 * titles66 (issue #11): titles and pasted formats, seeded (seeds 5320–5349).
 *
 * - `glued` (titlen65-families.ts' generator with these words, 5320–5321): a title's, a caption's or the corner's N
 *   written 「N146」「(N146)」「（n146）」「(of 146)」「(out of 146)」 a little above the table's total (a remainder of 1–9:
 *   `over`, must not be read silently) or at it / 10–40 above it (`innocent`, read), with look-alikes that are no N
 *   (codes 「N146A」「N146-2」「AN146」, 「(12 of 146)」, a year 「(N2020)」, 「N95マスク」, a decimal). The base read every
 *   `over` silently (each a number reported or nothing said).
 * - `yearsTitled` (5322–5323): formats64's `yearsCut` (a table of counts cut by an empty line under its first lines,
 *   the next block's first line a row of counts in 1900–2100) with a title between (「# 表2 …」 or a caption): the
 *   base read the row as a header of years (formats64 proved years only where no title stood between), its counts
 *   unchecked. `yearsTitledInnocent` (5324–5325): a header of years proper under a title, under a table as wide.
 *
 * - `codeTitled` (5326–5327): formats41's SAS crosstab listing and spss43's SPSS frequency table under their code —
 *   SAS's 「proc freq data=a;」「tables …;」「run;」 (or on one line), SPSS's 「FREQUENCIES VARIABLES=…」「/ORDER=ANALYSIS.」
 *   — and a title over it (a caption with the true N or none). The base refused the title with its N (`line/count`)
 *   and read the tables untitled. `codeInnocent` (5328–5329): the title parted from the code by two empty lines.
 *
 *   npx node test/pubcheck/titles66-families.ts glued <count> <seed>        (ROOT=<base> for the base)
 *   npx node test/pubcheck/titles66-families.ts <years|yearsInnocent|code|codeInnocent> [n] [first] [last] [--oracle]
 */
import { int, lcg, pick } from './helpers.ts';
import type { Token } from './formats33-families.ts';
import { counts, type Joined } from './formats35-families.ts';
import { writeCounts, yearsBody, yearsCut } from './formats64-families.ts';
import { sasCross } from './formats41-families.ts';
import { spssFreq } from './spss43-families.ts';
import type { Words } from './titlen65-families.ts';

/** review69: SAS's crosstab of sex by outcome (142 in all) as printed, under titles66's and titles68's programs. */
export const SAS = [
  'Table of sex by outcome',
  '',
  'Frequency|',
  'Percent  |died    |alive   |   Total',
  '---------+--------+--------+',
  'female   |     45 |      7 |      52',
  '         |  31.69 |   4.93 |   36.62',
  '---------+--------+--------+',
  'male     |     38 |     52 |      90',
  '         |  26.76 |  36.62 |   63.38',
  '---------+--------+--------+',
  'Total          83      59     142',
  '             58.45   41.55  100.00',
].join('\n');

export const GLUED: Words = {
  forms: [
    (n) => `N${n}`,
    (n) => `(N${n})`,
    (n) => `（n${n}）`,
    (n) => `(n${n})`,
    (n) => `(of ${n})`,
    (n) => `（of ${n}）`,
    (n) => `(out of ${n})`,
    (n) => `[N${n}]`,
  ],
  lookalikes: [
    (t) => `(N${t}A)`,
    (t) => `N${t}-2`,
    (t) => `(AN${t})`,
    (t) => `(12 of ${t + 4})`,
    () => '(N2020)',
    () => 'N95マスク',
    (t) => `(N${t + 3}.5)`,
    (t) => `(of ${t} patients)`,
    () => '(of 2019)',
  ],
};

const TITLES = ['# 表2 内訳', '# 表2 年齢別', '表2 施設別の患者数', 'Table 2: by group'];

/** The class: formats64's cut table with a title between its two blocks (tokens' lines moved under the title). */
export function yearsTitled(n: number, seed: number): Joined[] {
  const next = lcg(seed ^ 0x7466);
  return yearsCut(n, seed).map((c) => {
    const lines = c.text.split('\n');
    const gap = lines.indexOf('');
    const title = pick(next, TITLES);
    lines.splice(gap + 1, 0, title);
    const tokens: Token[] = c.tokens.map((t) => (t.line > gap + 1 ? { ...t, line: t.line + 1 } : t));
    return { ...c, family: `${c.family}-titled${title.startsWith('#') ? '' : '-caption'}`, text: lines.join('\n'), tokens };
  });
}

/** Innocent: a header of years proper under a title, right under a table as wide (its own sums or none). */
export function yearsTitledInnocent(n: number, seed: number): Joined[] {
  const next = lcg(seed ^ 0x7467);
  return Array.from({ length: n }, () => {
    const { k, cols, rows, truth, sums, withTotal } = yearsBody(next, true);
    const above = counts(next, 2, k);
    const title = pick(next, TITLES);
    const lines = [
      '# 表1 対象',
      ['', ...Array.from({ length: k }, (_, j) => `群${j + 1}`)].join('\t'),
      ...above.map((r, i) => [`区分${i + 1}`, ...r].join('\t')),
      '',
      title,
      [pick(next, ['', '年', '性別']), ...cols].join('\t'),
    ];
    const tokens: Token[] = [];
    const w = writeCounts(lines, tokens, truth);
    w.body(rows, cols);
    if (withTotal) w.total(cols);
    const text = lines.join('\n') + '\n';
    const joined =
      [...lines.slice(0, 3 + above.length), `# ${title.replace(/^#\s*/, '')}`, ...lines.slice(5 + above.length)].join('\n') + '\n';
    return {
      family: `years-titled${withTotal ? '-total' : ''}${title.startsWith('#') ? '' : '-caption'}`,
      text,
      truth,
      sums,
      tokens,
      joined,
    };
  });
}

const SAS_CODE = [
  ['proc freq data=work.a;', '  tables sex*outcome;', 'run;'],
  ['PROC FREQ DATA=adsl;', '  TABLES grp*stage / norow nocol;', 'RUN;'],
  ['proc freq data=a; tables sex*outcome; run;'],
];
const SPSS_CODE = [['FREQUENCIES VARIABLES=stage', '  /ORDER=ANALYSIS.'], ['CROSSTABS /TABLES=stage BY grp /CELLS=COUNT.']];
const CODE_CAPTIONS = ['表{k} 性別と転帰', 'Table {k}: outcome by stage', '表{k}　病期別の患者数'];

function codeCases(n: number, seed: number, parted: boolean): Joined[] {
  const next = lcg(seed ^ 0x7468);
  const outputs = [...sasCross(Math.ceil(n / 2), seed), ...spssFreq(Math.floor(n / 2), seed)];
  return outputs.map((c) => {
    const sas = c.family.startsWith('sas');
    const N = c.truth.get('N')!;
    const base = pick(next, CODE_CAPTIONS).replace('{k}', String(int(next, 1, 9)));
    const withN = !parted && next() < 0.5;
    const title = withN ? `${base}${pick(next, [`（N=${N}）`, ` (n = ${N})`])}` : base;
    const lines = [title, ...(parted ? ['', ''] : []), ...pick(next, sas ? SAS_CODE : SPSS_CODE), ''];
    const by = lines.length;
    return {
      ...c,
      family: `${sas ? 'sas' : 'spss'}-${parted ? 'parted' : 'titled'}${withN ? '-n' : ''}`,
      text: [...lines, c.text].join('\n'),
      tokens: [
        ...(withN ? [{ line: 1, text: String(N), meanings: [{ kind: 'count' as const, v: 'N' }] }] : []),
        ...c.tokens.map((t) => ({ ...t, line: t.line + by })),
      ],
      joined: `# ${title}\n${c.joined}`,
    };
  });
}
/** The class: a title over SAS's or SPSS's code over its output. */
export const codeTitled = (n: number, seed: number) => codeCases(n, seed, false);
/** Innocent: the title parted from the code by two empty lines, no number in it. */
export const codeInnocent = (n: number, seed: number) => codeCases(n, seed, true);

if (import.meta.url === `file://${process.argv[1]}`) {
  if (process.argv[2] === 'glued') {
    const { checkerOfRoot } = await import('./helpers.ts');
    const { measure } = await import('./titlen65-families.ts');
    const { check, highs, bundle } = await checkerOfRoot();
    const run = (text: string) => check(highs, bundle, text, { details: true }, { protection: 'threshold', mipSeconds: 0.05 });
    const t = await measure(Number(process.argv[3] ?? 200), Number(process.argv[4] ?? 5320), run, GLUED);
    for (const [k, v] of Object.entries(t))
      console.log(`${k.padEnd(9)} runs ${v.runs} read ${v.read} refused ${v.refused} leaked ${v.leaked}`);
  } else {
    const { measureFormats } = await import('./formats-measure.ts');
    await measureFormats({
      years: { cases: yearsTitled, n: 100, from: 5322, to: 5323 },
      yearsInnocent: { cases: yearsTitledInnocent, n: 100, from: 5324, to: 5325 },
      code: { cases: codeTitled, n: 100, from: 5326, to: 5327 },
      codeInnocent: { cases: codeInnocent, n: 100, from: 5328, to: 5329 },
    });
  }
}
