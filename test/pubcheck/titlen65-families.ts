/**
 * titlen65 (issue #11): a title's or the corner's N written as a total or a size in words — 「(total 146)」
 * 「(Total: 146)」「(a total of 146)」「(146 in total)」「(sample size 146)」「(denominator 146)」「(population: 146)」
 * 「(overall 146)」「(all 146)」「(sum 146)」「(enrolled: 146)」「(146 analysed)」「（計146）」「（対象患者146）」 — a little above the table's total (142): the remainder (4 patients the table
 * does not show: 不明, 除外 …) is a count under the threshold published. Written 「N=146」 it was refused in words
 * (header, 「N=146 は表の内訳の和より 4 多く…」); in these words it was a number reported (`title/number`) and the
 * table read, the 4 published silently.
 *
 * Kinds (forms × where × body):
 * - `over`: N = total + 1–9 (a remainder under the threshold): must not be read silently. Judged directly: the oracle
 *   has no equation for a title's N, and the remainder N − total is a count a reader subtracts — leaked where the
 *   table is read with no blocking finding.
 * - `innocent`: N = the total (nothing left out), or N = total + 10–40 (a remainder at or above the threshold), and
 *   look-alikes whose number is no N (「(total score 2)」「（計3群）」「(all 3 arms)」「(total 146 patients)」 at the total):
 *   must be read (no refusal, no blocking finding other than small cells).
 * Body: a 2×2 of counts 10–60 with or without 合計 lines. Where: a `#` title line, a caption line, the corner cell.
 *
 *   npx node test/pubcheck/titlen65-families.ts <count> <seed>     (seeds 5200–5229; measured with 200 5201)
 */
import { check, type CheckResult } from '../../src/pubcheck/check.ts';
import { expect, it } from 'vitest';
import { checkerOfRoot, fixtureBundle, int, lcg, pick, solver } from './helpers.ts';

export const FORMS: ((n: number) => string)[] = [
  (n) => `(total ${n})`,
  (n) => `(Total: ${n})`,
  (n) => `(total=${n})`,
  (n) => `(a total of ${n})`,
  (n) => `(${n} in total)`,
  (n) => `(sample size ${n})`,
  (n) => `(sample size = ${n})`,
  (n) => `(denominator ${n})`,
  (n) => `(population: ${n})`,
  (n) => `(overall ${n})`,
  (n) => `(all ${n})`,
  (n) => `（計${n}）`,
  (n) => `（計 ${n}）`,
  (n) => `(sum ${n})`,
  (n) => `(Totals: ${n})`,
  (n) => `(enrolled: ${n})`,
  (n) => `(${n} analysed)`,
  (n) => `(${n} total)`,
  (n) => `（対象患者${n}）`,
];
/** Titles whose number is no N: read as before. */
export const LOOKALIKES: ((total: number) => string)[] = [
  () => '(total score 2)',
  () => '（計3群）',
  () => '(all 3 arms)',
  (t) => `(total ${t} patients)`,
  () => '(overall, 2020)',
  () => '(Total 10%)',
  () => '(overall 2019–2021)',
  () => '(all 2020)',
  () => '(tumour size 3)',
  () => '(Sum of scores 12)',
];

export type Kind = 'over' | 'innocent';
export type Where = 'title' | 'caption' | 'corner';
export interface Case {
  kind: Kind;
  where: Where;
  text: string;
  rest: number;
}

function body(next: () => number, corner: string): { text: string; total: number } {
  const c = [int(next, 10, 60), int(next, 10, 60), int(next, 10, 60), int(next, 10, 60)];
  const total = c.reduce((s, x) => s + x, 0);
  if (next() < 0.5) return { text: `${corner}\t男\t女\n A群\t${c[0]}\t${c[1]}\n B群\t${c[2]}\t${c[3]}\n`, total };
  return {
    text:
      `${corner}\t男\t女\t合計\n A群\t${c[0]}\t${c[1]}\t${c[0]! + c[1]!}\n B群\t${c[2]}\t${c[3]}\t${c[2]! + c[3]!}\n` +
      `合計\t${c[0]! + c[2]!}\t${c[1]! + c[3]!}\t${total}\n`,
    total,
  };
}

function place(where: Where, words: string, b: (corner: string) => { text: string; total: number }) {
  if (where === 'corner') return b(`表1 ${words}`).text;
  const { text } = b('');
  return where === 'title' ? `# 表1 背景 ${words}\n${text}` : `表1 背景 ${words}\n${text}`;
}

/** The forms and look-alikes drawn (titles66 draws its own through these). */
export interface Words {
  forms: ((n: number) => string)[];
  lookalikes: ((total: number) => string)[];
}

export function cases(count: number, seed: number, words: Words = { forms: FORMS, lookalikes: LOOKALIKES }): Case[] {
  const { forms, lookalikes } = words;
  const next = lcg(seed);
  return Array.from({ length: count }, () => {
    const kind: Kind = next() < 0.5 ? 'over' : 'innocent';
    const where = pick(next, ['title', 'caption', 'corner'] as const);
    // The body first (its draws), then the words over its total.
    const drawn = body(next, '\u0000');
    const b = (corner: string) => ({ text: drawn.text.replace('\u0000', corner), total: drawn.total });
    const total = drawn.total;
    if (kind === 'over') {
      const rest = int(next, 1, 9);
      return { kind, where, text: place(where, pick(next, forms)(total + rest), b), rest };
    }
    const r = next();
    const words =
      r < 0.35 ? pick(next, forms)(total) : r < 0.6 ? pick(next, forms)(total + int(next, 10, 40)) : pick(next, lookalikes)(total);
    return { kind, where, text: place(where, words, b), rest: 0 };
  });
}

/** A 2×2 table with its 合計 lines (total 142), to put a title over (titlen65's and titles66's tests). */
export const BODY = '\t男\t女\t合計\n A群\t40\t30\t70\n B群\t35\t37\t72\n合計\t75\t67\t142\n';

/**
 * The checker of `ROOT` as the title tests run it (threshold, a MIP of 0.05 s): `run` a text, `blocking` its blocking
 * reasons in words (or its refusal's messages); `check`, `highs`, `bundle` for other options.
 */
export async function titleChecker() {
  const { check, highs, bundle } = await checkerOfRoot();
  const run = (text: string) => check(highs, bundle, text, { details: true }, { protection: 'threshold', mipSeconds: 0.05 });
  const blocking = (text: string) => {
    const r = run(text);
    return r.ok ? r.verdict.reasons.filter((x) => x.severity === 'blocking').map((x) => x.text) : r.errors.map((e) => e.message);
  };
  return { check, highs, bundle, run, blocking };
}

/** A blocking finding other than the small cells' (or a refusal): the table is not read silently. */
export function stopped(r: CheckResult): boolean {
  return !r.ok || r.verdict.reasons.some((x) => x.severity === 'blocking' && x.kind !== 'primary' && x.kind !== 'secondary');
}

/**
 * review69: titles66's and titles68's family test — 60 tables of `words` drawn from `seed`: every one over the total by
 * a remainder under the threshold stopped (more than 20 of them), every innocent read.
 */
export function familyStopped(run: (text: string) => CheckResult, seed: number, words: Words): void {
  it(`family (60 tables, seed ${seed}): none read over a remainder under the threshold, innocents all read`, () => {
    let over = 0;
    for (const c of cases(60, seed, words)) {
      const s = stopped(run(c.text));
      if (c.kind === 'over') (over++, expect(s).toBe(true));
      else expect(s).toBe(false);
    }
    expect(over).toBeGreaterThan(20);
  });
}

export async function measure(count: number, seed: number, run?: (text: string) => CheckResult, words?: Words) {
  const highs = await solver();
  const bundle = fixtureBundle();
  const go = run ?? ((text: string) => check(highs, bundle, text, { details: true }, { protection: 'threshold', mipSeconds: 0.05 }));
  const tally = { over: { runs: 0, read: 0, refused: 0, leaked: 0 }, innocent: { runs: 0, read: 0, refused: 0, leaked: 0 } };
  for (const c of cases(count, seed, words)) {
    const r = go(c.text);
    const t = tally[c.kind];
    t.runs++;
    if (stopped(r)) t.refused++;
    else {
      t.read++;
      if (c.kind === 'over') t.leaked++;
    }
  }
  return tally;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [count, seed] = [Number(process.argv[2] ?? 200), Number(process.argv[3] ?? 5201)];
  const t = await measure(count, seed);
  for (const [k, v] of Object.entries(t))
    console.log(`${k.padEnd(9)} runs ${v.runs} read ${v.read} refused ${v.refused} leaked ${v.leaked}`);
}
