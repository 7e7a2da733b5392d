/**
 * red57 (issue #11, red team, seeds 3600–3649): means55's readings attacked with the truth.
 *
 * `meanAttackCases`: means55's four tables (表1 男性, 表2 女性, 表3 死亡・平均年齢 with a 合計 mean, 表4 不明, by site)
 * under shapes means55 never drew — the sites in another order in some tables (`perm`), 表4 without its 合計 (`noTot`),
 * the means to whole years (`dec0`: many sets fit, `mergeFits`), the 合計's mean over 男性 + 不明 only (`skip`), over
 * 表3's own 死亡 with 表1 男性 (`own`), 6–8 sites (`wide`), the 合計 row first (`first`) — each as a `MipCase` for
 * means48's `mipAttack` (HiGHS MIP over whole counts, written apart from the engine: every set of the count lines that
 * holds on the true counts as the weights of the 合計's mean).
 *
 * `node test/pubcheck/red57-families.ts means [seeds] [count]` prints the tally (ROOT=<tree> for another tree).
 */
import type { Highs } from 'highs';
import { mipAttack, type MipCase } from './means48-families.ts';
import { nestPair, textOf, weightsTail } from './means53-families.ts';
import { sexLines } from './means55-families.ts';
import type { Checked, Reported } from './stats39-families.ts';
import { int, lcg, pick } from './helpers.ts';
import { cross, type Joined } from './formats35-families.ts';
import { countsTable } from './formats50-families.ts';

const SITES = ['A病院', 'B病院', 'C病院', 'D病院', 'E病院', 'F病院', 'G病院', 'H病院'];
const KINDS = ['perm', 'noTot', 'dec0', 'skip', 'own', 'wide', 'first'] as const;

/** A case of `meanAttackCases`: the tables printed without a 合計 (`noTot`: 表4). */
export type MeanCase = MipCase & { noTotal: number[] };

/**
 * means48's `mipAttack` told which 合計 cells are not printed: it takes a 合計 it cannot find in the check's tables for
 * a line set aside (published), so each missing 合計 is given to it as a hidden cell of the report; with no line of
 * means (`nestMore`) it takes no weights.
 */
export function meanAttack(c: MeanCase, r: Checked, report: Reported | undefined, highs: Highs): string[] {
  const fake = report && {
    ...report,
    tables: report.tables.map((t, k) => {
      const line = c.countLines.find((l) => l.table === k);
      if (!c.noTotal.includes(k) || !line) return t;
      const [row, col] = c.transposed ? [line.label, c.totalLabel] : [c.totalLabel, line.label];
      return { ...t, rates: [...t.rates, { cells: [{ row, col, text: '', hidden: true }] }] };
    }),
  };
  // A case with no line of means (`nestMore`): the attacker takes no weights (means48's NOMEAN).
  const before = process.env.NOMEAN;
  if (c.mean.label === '') process.env.NOMEAN = '1';
  try {
    return mipAttack(c, r, fake as Reported | undefined, highs);
  } finally {
    if (before === undefined) delete process.env.NOMEAN;
    else process.env.NOMEAN = before;
  }
}

export function meanAttackCases(count: number, seed: number): MeanCase[] {
  const next = lcg(seed);
  return Array.from({ length: count }, () => {
    const kind = pick(next, KINDS);
    const G = kind === 'wide' ? int(next, 6, 8) : int(next, 3, 5);
    const groups = SITES.slice(0, G);
    const small = next() < 0.7 ? int(next, 0, G - 1) : -1;
    const men = groups.map((_, i) => (i === small ? int(next, 1, 9) : int(next, 10, 60)));
    const women = groups.map(() => int(next, 10, 60));
    const unknown = groups.map(() => (next() < 0.8 ? int(next, 1, 9) : int(next, 10, 20)));
    const dead = groups.map((_, i) => int(next, 0, Math.min(9, men[i]! + women[i]!)));
    const dec = kind === 'dec0' ? 0 : 1;
    const ages = groups.map(() => Number((40 + next() * 40).toFixed(dec)));
    const w = groups.map((_, i) =>
      kind === 'skip' ? men[i]! + unknown[i]! : kind === 'own' ? men[i]! + dead[i]! : men[i]! + women[i]! + unknown[i]!,
    );
    const W = w.reduce((a, b) => a + b, 0);
    const M = (w.reduce((a, x, i) => a + x * ages[i]!, 0) / W).toFixed(dec);
    const transposed = next() < 0.25;
    const sum = (xs: number[]) => String(xs.reduce((a, b) => a + b, 0));
    // The order of the sites in each table (perm: 表2 and 表4 shuffled).
    const order = (shuffle: boolean) => {
      const o = groups.map((_, i) => i);
      if (shuffle)
        for (let i = o.length - 1; i > 0; i--) {
          const j = int(next, 0, i);
          [o[i], o[j]] = [o[j]!, o[i]!];
        }
      return o;
    };
    const line = (label: string, xs: (number | string)[], shuffle: boolean, tot: string | undefined, head: string[] = [label]) => {
      const body = order(shuffle).map((i) => [groups[i]!, ...(Array.isArray(xs[i]) ? (xs[i] as string[]) : [String(xs[i])])]);
      const t = tot === undefined ? [] : [['合計', ...tot.split('\t')]];
      return [['', ...head], ...(kind === 'first' ? [...t, ...body] : [...body, ...t])];
    };
    const pairs = groups.map((_, i) => [String(dead[i]), ages[i]!.toFixed(dec)]) as unknown as (number | string)[];
    const t1 = line('男性', men, false, sum(men));
    const t2 = line('女性', women, kind === 'perm', sum(women));
    const t3 = line('', pairs, kind === 'perm' && next() < 0.5, `${sum(dead)}\t${M}`, ['死亡', '平均年齢']);
    const t4 = line('不明', unknown, kind === 'perm', kind === 'noTot' ? undefined : sum(unknown));
    return {
      family: `${kind}/${small >= 0 ? 'small' : 'large'}`,
      text: textOf([t1, t2, t3, t4], transposed),
      transposed,
      groups,
      ...weightsTail(
        sexLines('死亡'),
        groups.map((_, i) => [men[i]!, women[i]!, dead[i]!, unknown[i]!]),
        {
          label: '平均年齢',
          table: 2,
          values: ages.map((a) => a.toFixed(dec)),
          total: M,
        },
      ),
      noTotal: kind === 'noTot' ? [3] : [],
    };
  });
}

/**
 * Labels of a line inside 表1's whole (入院 / Hospitalised) as applicants write them, that means53/means55's
 * `partOfLabel` did not read (4ebba5ca…70103a03): 「うち」 with no の, a person word between the whole and 「の」「中の」
 * 「のうち」 (患者・例・症例・者), the inside word in brackets after the whole, a colon or a dash after the whole, 「and」.
 */
export const NESTED_MORE: [string, string][] = [
  ['入院', '入院うち死亡'],
  ['入院', '入院 うち死亡'],
  ['入院', '入院（うち死亡）'],
  ['入院', '入院患者の死亡'],
  ['入院', '入院患者のうち死亡'],
  ['入院', '入院例のうち死亡'],
  ['入院', '入院症例中の死亡'],
  ['入院', '入院者中の死亡'],
  ['入院', '入院：うち死亡'],
  ['入院', '入院、うち死亡'],
  ['入院', '死亡（入院患者）'],
  ['入院', '死亡（入院例のうち）'],
  ['入院', '死亡（入院患者中）'],
  ['Hospitalised', 'Hospitalised: died'],
  ['Hospitalised', 'Hospitalised - died'],
  ['Hospitalised', 'Hospitalised – died'],
  ['Hospitalised', 'Hospitalised and died'],
  ['Hospitalised', 'Hospitalised: of whom died'],
  ['Hospitalised', 'Died (hospitalised patients)'],
  ['Inpatients', 'Inpatients: deaths'],
];
/** Labels beginning with (or naming) the whole that are no part of it: the innocent look-alikes (`nestMore/plain`). */
export const NOT_NESTED: [string, string][] = [
  ['入院', '入院日数'],
  ['入院', '入院前死亡'],
  ['入院', '入院せず死亡'],
  ['入院', '入院外死亡'],
  ['入院', '入院・外来死亡'],
  ['入院', '死亡'],
  ['Hospitalised', 'Hospitalised days'],
  ['Hospitalised', 'Not hospitalised'],
  ['Hospitalised', 'Died before hospitalisation'],
  ['Hospitalised', 'Died out of hospital'],
  ['Hospitalised', 'Died'],
  ['Hospitalised', 'Hospitalised or outpatient'],
];

/**
 * `nestMore` (seeds 3610–): means53's `nestCases` with the labels above — 表1 the whole and 外来 by site, 表2 a line
 * inside the whole (`nestMore/label`: the attacker takes the nesting, part ≤ whole at each site) or a look-alike that is
 * none (`nestMore/plain`: no nesting taken; innocent), 外来's deaths beside; a 合計 row in both half the time; a small
 * whole at one site, the part often near it.
 */
export function nestMore(count: number, seed: number): MeanCase[] {
  const next = lcg(seed);
  return Array.from({ length: count }, () => {
    const G = int(next, 3, 5);
    const labelled = next() < 0.7;
    const [whole, part] = pick(next, labelled ? NESTED_MORE : NOT_NESTED);
    const en = /^[A-Z]/.test(whole);
    const groups = (en ? ['Site A', 'Site B', 'Site C', 'Site D', 'Site E'] : SITES).slice(0, G);
    return {
      ...nestPair(next, {
        groups,
        whole,
        part,
        other: en ? ['Outpatient', 'Outpatient deaths'] : ['外来', '外来死亡'],
        totalLabel: en ? 'Total' : '合計',
        labelled,
        family: (total) => `nestMore/${labelled ? 'label' : 'plain'}/${total ? 'total' : 'none'}`,
      }),
      noTotal: [],
    };
  });
}

const CODED_ROWS = [
  ['1', '2', '3'],
  ['0', '1'],
  ['Stage 1', 'Stage 2', 'Stage 3', 'Stage 4'],
  ['Week 12', 'Week 24', 'Week 48'],
  ['Day 7', 'Day 14', 'Day 28'],
  ['Cycle 10', 'Cycle 11', 'Cycle 12'],
  ['Grade 3', 'Grade 4'],
  ['T1', 'T2', 'T3', 'T4'],
];
const CODED_COLS = [
  ['0', '1'],
  ['1', '2', '3'],
  ['alive', 'died'],
  ['Stage 1', 'Stage 2'],
  ['yes', 'no'],
];

/**
 * `rCoded` (seeds 3630–): formats55's `rStage` with the labels R prints of coded variables — factor levels that are
 * numbers (「1」「2」「3」, 0/1 outcomes as columns), labels ending in numbers up to 48 (「Week 12」「Cycle 10」), a label's
 * number equal to a count of its row (「Grade 3」 over 3), column labels holding a space (「Stage 1」): its name line or
 * not, `addmargins()` or not, its command lines or not. Every printed count carries its meaning (formats33-attack.ts).
 */
export function rCoded(n: number, seed: number): Joined[] {
  const next = lcg(seed ^ 0x57c0);
  const out: Joined[] = [];
  for (let q = 0; q < n; q++) {
    const rows = pick(next, CODED_ROWS);
    const cols = pick(next, CODED_COLS);
    const I = rows.length;
    const J = cols.length;
    const c = rows.map(() => cols.map(() => int(next, 10, 99)));
    for (let t = int(next, 1, 2); t > 0; t--) c[int(next, 0, I - 1)]![int(next, 0, J - 1)] = int(next, 1, 9);
    // A label's number as a count of its row now and then (「Grade 3」 over 3, 「1」 over 1).
    const num = Number(rows[0]!.match(/(\d+)$/)?.[1] ?? NaN);
    if (num > 0 && num < 100 && next() < 0.4) c[0]![int(next, 0, J - 1)] = num;
    const { truth, sums } = cross(c);
    const named = next() < 0.5;
    const margins = next() < 0.5;
    const withCall = next() < 0.6;
    const { text, tokens, joined } = countsTable(rows, cols, c, truth, { named, margins, withCall });
    const kind = /^\d+$/.test(rows[0]!)
      ? 'num-rows'
      : /^\d+$/.test(cols[0]!)
        ? 'num-cols'
        : cols[0]!.includes(' ')
          ? 'spaced-cols'
          : 'label-num';
    out.push({
      family: `r-coded-${kind}${margins ? '-addmargins' : ''}${withCall ? '' : '-nocall'}`,
      text,
      truth,
      sums,
      tokens,
      joined,
    });
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}` && process.argv[2] === 'coded') {
  const { measureFormats } = await import('./formats-measure.ts');
  process.argv.splice(2, 1);
  await measureFormats({ coded: { cases: rCoded, n: 100, from: 3630, to: 3631 } });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const which = process.argv[2] ?? 'means';
  const seeds = (process.argv[3] ?? '3600').split(',').map(Number);
  const n = Number(process.argv[4] ?? 100);
  const { measure } = await import('./means53-families.ts');
  if (which === 'means')
    await measure(
      seeds.flatMap((s) => meanAttackCases(n, s)),
      meanAttack,
    );
  if (which === 'nest') {
    process.env.NOMEAN = '1';
    await measure(
      seeds.flatMap((s) => nestMore(n, s)),
      meanAttack,
    );
  }
}
if (import.meta.url === `file://${process.argv[1]}` && process.argv[2] === 'dump') {
  const { writeFileSync } = await import('node:fs');
  const { checkerOfRoot } = await import('./helpers.ts');
  const { check, highs, bundle } = await checkerOfRoot();
  const { toReport } = await import(`${process.env.ROOT ?? new URL('../..', import.meta.url).pathname}/src/pubcheck/report.ts`);
  const fam = process.argv[5] ?? '';
  let q = 0;
  for (const c of meanAttackCases(Number(process.argv[4] ?? 100), Number(process.argv[3] ?? 3600))) {
    if (!c.family.startsWith(fam)) continue;
    const r = check(highs, bundle, c.text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });
    const rep = r.ok ? toReport(r, bundle, new Date('2026-12-05T00:00:00Z')) : undefined;
    const l = meanAttack(c, r as never, rep, highs);
    if (l.length > 0 || !r.ok) {
      writeFileSync(`/tmp/red57-p/m${q}.txt`, c.text);
      console.log(`m${q}`, c.family, r.ok ? l : (r as { errors: { code: string }[] }).errors.map((e) => e.code));
      q++;
    }
  }
}
