/**
 * whole72 families (issue #11, seeds 5750–5759): near relations between lines of two tables that the base neither
 * took nor refused (README Limits "Totals and wholes", "Relations"): a line of 表2 that is, in most of the positions it
 * shares with 表1 (rows 「北海道」「東北」…), the difference |A − B| of two lines of 表1, the sum of three, or the running
 * sum of one, with slips in the other positions. A reader who takes the relation where it holds works a hidden count
 * of 表1 back from the published line of 表2 (a small A群 count at a position where it holds).
 * - `three`: a difference holding in three places of four, no word naming it (the slip in the fourth).
 * - `slips`: a difference holding in four places of six (two slips).
 * - `sum`: the sum of A群, B群 and C群 (表1 prints no 合計 column) holding in all places but one, in 表2.
 * - `run`: the running sum of A群 (rows in order) off by one step.
 * - `chance` (innocent): 表1 and 表2 drawn apart (counts 0–40): near relations by chance only — the cost measured.
 * The attacker: the oracle (oracle.ts, zeros exempt) on the reader's text — the same tables with every slip put right
 * where its cell is published (the reader takes the relation there), the cells the checker hid hidden; a hidden count
 * pinned, or a small one shown under 10, is a leak (helpers.ts `heldOrLeaked`).
 * `npx node test/pubcheck/whole72-families.ts <kind> [n] [seeds]` (`ROOT=<tree>` for another tree).
 */
import { int, lcg, pick } from './helpers.ts';

export interface NearCase {
  kind: string;
  /** The text as published (with the slips). */
  text: string;
  /** The reader's text: the slips put right (cell key 「table:row:col」 → the text with that slip put right). */
  reader: (published: (key: string) => boolean) => string;
}

export const PLACES = ['北海道', '東北', '関東', '中部', '近畿', '中国', '四国', '九州'];
export const GROUPS = ['A群', 'B群', 'C群'];
/** Labels of 表2's line: no word of a count's N (「例数」「件数」 beside a column are read as the rows' N: Limits). */
const OTHER = ['値', 'D群', '指標', 'E群', 'F群'];

/** A count table: header, rows of labels and cells, a 合計 row (and column where `colTotal`). */
export function table(title: string, cols: string[], labels: string[], cells: number[][], colTotal: boolean): string {
  const head = ['', ...cols, ...(colTotal ? ['合計'] : [])].join('\t');
  const rows = cells.map((r, i) => [labels[i]!, ...r, ...(colTotal ? [r.reduce((a, b) => a + b, 0)] : [])].join('\t'));
  const sums = cols.map((_, c) => cells.reduce((a, r) => a + r[c]!, 0));
  const total = ['合計', ...sums, ...(colTotal ? [sums.reduce((a, b) => a + b, 0)] : [])].join('\t');
  return [`# ${title}`, head, ...rows, total].join('\n');
}

/**
 * review75: whole72's and rel73's slips — `nSlips` places drawn from `others` (taken from it), each value there off by
 * 1–3 (or −1, −2; a value under 0 put 4 above), or with `shift` every value from that place on one step up.
 */
export function slipped(next: () => number, truth: readonly number[], others: number[], nSlips: number, shift: boolean): number[] {
  const slipAt: number[] = [];
  while (slipAt.length < nSlips && others.length > 0) slipAt.push(others.splice(int(next, 0, others.length - 1), 1)[0]!);
  const printed = [...truth];
  for (const s of slipAt) {
    const d = pick(next, [1, 2, 3, -1, -2]);
    if (shift) for (let i = s; i < truth.length; i++) printed[i]! += Math.abs(d);
    else printed[s] = truth[s]! + d < 0 ? truth[s]! + 4 : truth[s]! + d;
  }
  return printed;
}

/** review75: `text1` (表1) and 表2 地域別の件数 of a line (given to the result) under `name` beside 「対照」 `own`. */
export const withTable2 = (text1: string, name: string, labels: string[], own: readonly number[]) => (line: readonly number[]) =>
  `${text1}\n\n${table(
    '表2 地域別の件数',
    [name, '対照'],
    labels,
    labels.map((_, i) => [line[i]!, own[i]!]),
    false,
  )}\n`;

/**
 * One case: 表1 groups A–C over `P` places (a small A群 count at one), 表2 a line `rel` of them (with `slips` slips at
 * other places) beside a line of its own.
 */
function nearCase(next: () => number, kind: string, P: number, nSlips: number): NearCase {
  const labels = PLACES.slice(0, P);
  const small = int(next, 0, P - 1);
  const t1 = labels.map((_, i) => GROUPS.map((_, g) => (g === 0 && i === small ? int(next, 1, 9) : int(next, 10, 60))));
  const truth = labels.map((_, i) => {
    const [a, b, c] = t1[i]!;
    if (kind === 'sum') return a! + b! + c!;
    if (kind === 'run') return t1.slice(0, i + 1).reduce((x, r) => x + r[0]!, 0);
    return Math.abs(a! - b!);
  });
  // Slips at places other than the small count's (run: one step, every later value shifted with it).
  const others = labels.map((_, i) => i).filter((i) => i !== small && (kind !== 'run' || i > 0));
  const printed = slipped(next, truth, others, nSlips, kind === 'run');
  const own = labels.map(() => int(next, 10, 60));
  const name = pick(
    next,
    OTHER.filter((o) => o !== 'D群' || kind !== 'sum'),
  );
  const build = withTable2(table('表1 地域別の患者数', GROUPS, labels, t1, kind !== 'sum'), name, labels, own);
  return {
    kind,
    text: build(printed),
    reader: (published) => {
      // The reader puts a slip right where its cell and every cell of its place in 表1 are published.
      const line = printed.map((v, i) => {
        const seen = published(`1:${i}:0`) && GROUPS.every((_, g) => published(`0:${i}:${g}`));
        return seen ? truth[i]! : v;
      });
      // One step off (run): the reader shifts the line back from that step on, where its values are printed.
      return build(kind === 'run' ? printed.map((v, i) => (published(`1:${i}:0`) ? truth[i]! : v)) : line);
    },
  };
}

/** 表1 and 表2 drawn apart: near relations by chance only. */
function chanceCase(next: () => number): NearCase {
  const P = int(next, 4, 6);
  const labels = PLACES.slice(0, P);
  const max = pick(next, [10, 40]);
  const t1 = labels.map(() => GROUPS.map(() => int(next, 0, max)));
  const t2 = labels.map(() => [int(next, 0, max), int(next, 0, max)]);
  const text = `${table('表1 地域別の患者数', GROUPS, labels, t1, true)}\n\n${table('表2 地域別の件数', ['D群', 'E群'], labels, t2, false)}\n`;
  return { kind: 'chance', text, reader: () => text };
}

export function nearCases(kind: string, count: number, seed: number): NearCase[] {
  const next = lcg(seed);
  return Array.from({ length: count }, () => {
    if (kind === 'three') return nearCase(next, kind, 4, 1);
    if (kind === 'slips') return nearCase(next, kind, 6, 2);
    if (kind === 'sum') return nearCase(next, kind, int(next, 4, 6), 1);
    if (kind === 'run') return nearCase(next, kind, int(next, 4, 6), 1);
    return chanceCase(next);
  });
}

/**
 * review75: whole72's and rel73's checker (threshold, MIP 0.2 s, this tree's or `ROOT`'s): `run` a text; `judge` a read
 * check of a case — the cells it hides and whether the case's reader (its slips put right where published) works a
 * hidden count back (the oracle, helpers.ts `heldOrLeaked`); `near` the near relations said (「…か所のうち…」).
 */
export async function nearChecker() {
  const { checkerOfRoot, heldOrLeaked } = await import('./helpers.ts');
  const { hiddenKeys } = await import('./protection.ts');
  const { check, highs, bundle } = await checkerOfRoot();
  const run = (text: string) => check(highs, bundle, text, { details: true }, { protection: 'threshold', mipSeconds: 0.2 });
  const judge = (c: NearCase, r: Extract<ReturnType<typeof run>, { ok: true }>) => {
    const { hidden } = hiddenKeys(r);
    const reader = c.reader((key) => !hidden.has(key));
    return { leaked: heldOrLeaked(highs, r, () => reader, 'threshold', 10) === 'leaked', hidden: hidden.size };
  };
  const near = (r: ReturnType<typeof run>) =>
    r.ok ? r.warnings.filter((w) => w.code === 'lines/related' && w.message.includes('か所のうち')).map((w) => w.message) : [];
  return { run, judge, near };
}

/**
 * review75: whole72's and rel73's command line — each case of each seed checked and judged (`nearChecker`); one line:
 * runs, read, leaked, refused, hidden cells, the near relations said, the refusals' codes. `apart` (rel73): a table no
 * suppression passes (`unpassed`) or with a line read as an extreme (`extreme`) counted apart, not judged, and the
 * leaked cases named (seed × 1000 + place).
 */
export async function measureNear(
  kind: string,
  cases: (seed: number) => NearCase[],
  seeds: readonly number[],
  apart = false,
): Promise<void> {
  const { codesOf } = await import('./helpers.ts');
  const { run, judge, near } = await nearChecker();
  const tally = { runs: 0, read: 0, leaked: 0, refused: 0, unpassed: 0, extreme: 0, hidden: 0, near: 0 };
  const codes = new Map<string, number>();
  const leakedAt: number[] = [];
  for (const seed of seeds)
    cases(seed).forEach((c, i) => {
      tally.runs++;
      const r = run(c.text);
      if (!r.ok) {
        tally.refused++;
        const k = codesOf(r);
        codes.set(k, (codes.get(k) ?? 0) + 1);
        return;
      }
      tally.read++;
      if (apart) {
        // No suppression passes its audit (the verdict says so, nothing is published as is): said, no leak to judge.
        if (r.tables.some((t) => t.suppression?.passed === false)) {
          tally.unpassed++;
          return;
        }
        // A line read as the range (max − min) of the others (`layout/extreme`, by chance: a slip equal to it) is out of
        // the table, hidden with its row's counts as said: the reader's text cannot tell its cells apart; counted apart.
        if (r.warnings.some((w) => w.code === 'layout/extreme')) {
          tally.extreme++;
          return;
        }
      }
      const j = judge(c, r);
      tally.hidden += j.hidden;
      if (near(r).length > 0) tally.near++;
      if (j.leaked) {
        tally.leaked++;
        leakedAt.push(seed * 1000 + i);
      }
    });
  console.log(
    `${kind}\truns ${tally.runs}\tread ${tally.read}\tleaked ${tally.leaked}\trefused ${tally.refused}${apart ? `\tunpassed ${tally.unpassed}\textreme ${tally.extreme}` : ''}\thidden ${tally.hidden}\tnear ${tally.near}\t${[...codes].map(([k, v]) => `${k}:${v}`).join(' ')}${apart && leakedAt.length ? `\tleaked at ${leakedAt.join(',')}` : ''}`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const kind = process.argv[2] ?? 'three';
  const n = Number(process.argv[3] ?? 20);
  const seeds = (process.argv[4] ?? '5750').split(',').map(Number);
  await measureNear(kind, (seed) => nearCases(kind, n, seed), seeds);
}
