/**
 * formats44 (issue #11): SAS PROC FREQ's two-way listing pasted partially, seeded (seeds 2301–2319): its 「Total」
 * column (the text after each line's last 「|」), its Total line (with the Percent lines under it) or both cut.
 * formats42-families.ts `sasCrossMoreTable` builds it (`cut`); every printed number carries its meaning for
 * formats33-attack.ts, `joined` is the tables as the checker reads them (for the oracle).
 */
import { lcg, pick } from './helpers.ts';
import { COLS, counts, type Joined } from './formats35-families.ts';
import { STATS, sasCrossMoreTable, type SasStat } from './formats42-families.ts';

const XROWS = [
  ['male', 'female'],
  ['<65', '65-74', '>=75'],
  ['StageI', 'StageII', 'StageIII'],
];
/** formats41's statistics (Frequency, Percent, Row Pct, Col Pct and fewer) and formats42's. */
const KINDS: SasStat[][] = [['count', 'cell', 'row', 'col'], ['count', 'row', 'col'], ['count', 'cell'], ['count'], ...STATS];

export function sasCrossCut(n: number, seed: number): Joined[] {
  const next = lcg(seed);
  const out: Joined[] = [];
  for (let q = 0; q < n; q++) {
    const rows = pick(next, XROWS);
    const cols = pick(next, COLS);
    const c = counts(next, rows.length, cols.length);
    const stats = pick(next, KINDS);
    const cut = pick(next, ['col', 'row', 'both'] as const);
    const j = sasCrossMoreTable(rows, cols, c, stats, {
      cut,
      names: pick(next, ['both', 'table', 'vars', 'none'] as const),
      frame: next() < 0.5,
    });
    out.push({ ...j, family: `cut-${cut}` });
  }
  return out;
}

/**
 * formats44 (2): a row or a column of no patients (SAS's SPARSE, or a level of a format with no one) beside the lines
 * EXPECTED, DEVIATION, CELLCHI2 add: Expected and Deviation 0 there, Cell Chi-Square 「.」; Row / Col Pct 「.」 where
 * the key prints them (seeds 2311–2319).
 */
export function sasCrossZeroExtras(n: number, seed: number): Joined[] {
  const next = lcg(seed);
  const out: Joined[] = [];
  const kinds: SasStat[][] = [
    ['count', 'expected'],
    ['count', 'expected', 'deviation', 'chi2'],
    ['count', 'chi2'],
    ['count', 'expected', 'chi2', 'cell', 'row', 'col'],
    ['count', 'deviation', 'col'],
  ];
  for (let q = 0; q < n; q++) {
    const stats = pick(next, kinds);
    const zeroRow = next() < 0.5;
    const rows = zeroRow ? [...pick(next, XROWS), 'unknown'] : pick(next, XROWS);
    const cols = zeroRow ? pick(next, COLS) : [...pick(next, COLS), 'unknown'];
    const c = counts(next, zeroRow ? rows.length - 1 : rows.length, zeroRow ? cols.length : cols.length - 1);
    const cs = zeroRow ? [...c, cols.map(() => 0)] : c.map((r) => [...r, 0]);
    const j = sasCrossMoreTable(rows, cols, cs, stats, { names: pick(next, ['both', 'none'] as const) });
    out.push({ ...j, family: `zero-extras-${zeroRow ? 'row' : 'col'}` });
  }
  return out;
}

/**
 * formats44 (3): an n-way table (TABLES site*sex*outcome): two to four strata, each 「Table k of sex by outcome」 over
 * 「Controlling for site=A」 and its crosstab, formats41's and formats42's statistics (seeds 2301–2310, a generator of
 * its own). SAS prints no table of the strata's sums: each stratum is a table apart. `joined` the strata's tables
 * one after another, titled with their stratum.
 */
export function sasCrossStrata(n: number, seed: number): Joined[] {
  const next = lcg(seed ^ 0x5eed);
  const out: Joined[] = [];
  for (let q = 0; q < n; q++) {
    const S = 2 + Math.floor(next() * 3);
    const rows = pick(next, XROWS);
    const cols = pick(next, COLS);
    const stats = pick(next, KINDS);
    // formats48: 「Tot Pct」 of an n-way table a share of the whole n-way table (every stratum's N, `W`), as SAS documents
    // it (formats44 printed it of the stratum). The counts drawn as before.
    const cs = Array.from({ length: S }, () => counts(next, rows.length, cols.length));
    const whole = cs.flat(2).reduce((a, b) => a + b, 0);
    const tot = stats.includes('tot') ? { totOf: whole, totKey: 'W' } : {};
    const parts = cs.map((c, s) => {
      const j = sasCrossMoreTable(rows, cols, c, stats, { names: 'both', ...tot });
      const site = `site=${'ABCD'[s]}`;
      const title = `Table ${s + 1} of sex by outcome`;
      return {
        ...j,
        text: j.text.replace('Table of sex by outcome', `${title}\nControlling for ${site}`),
        joined: j.joined.replaceAll('# Table of sex by outcome', `# ${title}（${site}）`),
      };
    });
    // Each part's tokens on its own lines: shifted by the lines before it, and the line 「Controlling for」 added.
    let shift = 0;
    const tokens = parts.flatMap((p) => {
      const ts = p.tokens.map((t) => ({ ...t, line: t.line + shift + 1 }));
      shift += p.text.split('\n').length - 1;
      return ts;
    });
    // Each stratum's variables apart (its truth keys prefixed).
    const truth = new Map<string, number>();
    const sums: [string, string[]][] = [];
    const re = (k: string, s: number) => `s${s}:${k}`;
    parts.forEach((p, s) => {
      for (const [k, v] of p.truth) truth.set(re(k, s), v);
      for (const [a, bs] of p.sums) sums.push([re(a, s), bs.map((b) => re(b, s))]);
    });
    const rekey = (s: number, m: Record<string, unknown>) =>
      Object.fromEntries(Object.entries(m).map(([k, v]) => [k, typeof v === 'string' && k !== 'kind' && k !== 'stat' ? re(v, s) : v]));
    const owner: number[] = parts.flatMap((p, s) => p.tokens.map(() => s));
    if (stats.includes('tot')) {
      truth.set('W', whole);
      sums.push(['W', parts.map((_, s) => re('N', s))]);
    }
    const toW = (m: Record<string, unknown>) => (m.kind === 'pct' && /^s\d+:W$/.test(String(m.den)) ? { ...m, den: 'W' } : m);
    out.push({
      family: `strata-${S}`,
      text: parts.map((p) => p.text).join(''),
      truth,
      sums,
      tokens: tokens.map((t, i) => ({ ...t, meanings: t.meanings.map((m) => toW(rekey(owner[i]!, m as never)) as never) })),
      joined: parts.map((p) => p.joined).join('\n'),
    });
  }
  return out;
}
