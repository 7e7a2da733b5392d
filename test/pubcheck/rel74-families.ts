/**
 * rel74 families (issue #11, seeds 5860–5869): Ns written in headers (「A群 (N=40)」) compared with no line (README
 * Limits "Totals and wholes", "Relations"). A header is published whatever the suppression hides, so a line of them is
 * a line of published constants: a reader takes a relation between it and another table's line (a difference, a sum,
 * a running sum) and works a hidden count back.
 * - `sum`: 表1 groups 「A群 (N=40)」… (rows 男性/女性 adding up to each N); 表2 over the same groups (no N, no total)
 *   rows 完了 and 中止 adding up to each N, 中止 small in one group: 40 − 37 gives it back.
 * - `run`: 表1 places 「北海道 (N=25)」「東北 (N=55)」… whose Ns are the running sum of 表2's 新規 (small at one place):
 *   55 − 25 … gives each 新規 back from the headers alone.
 * - `runTables`: as `run`, one place per table (表1 「北海道 (N=25)」, 表2 「東北 (N=55)」 …): the Ns a line across tables.
 * - `drop`: 表1's Ns and 表2's Ns over the same groups (another set: 「A群 (N=37)」); 表3's 中止 their difference, small
 *   in one group: given back by the headers alone.
 * - `tables`: one group per table (表1 「A群 (N=40)」, 表2 「B群 (N=38)」, …, rows 男性/女性); the last table over all
 *   groups (no N) rows 完了 and 中止 adding up to each group's N: the Ns a line across tables.
 * - innocents: `chance` (表2's rows drawn apart from 表1's Ns), `honest` (表2's rows a breakdown of each N, counts
 *   10 or more), `both` (表1 and 表2 both with the Ns, each a breakdown): the cost measured.
 * The attacker: the oracle (oracle.ts, zeros exempt) on the reader's text — the published text with one more table
 * whose rows are the header Ns (published counts): the oracle compares lines across tables (differences, running sums)
 * and finds what the reader finds. A hidden count pinned, or a small one shown, is a leak.
 * `npx node test/pubcheck/rel74-families.ts <kind> [n] [seeds]` (`ROOT=<tree>` for another tree).
 */
import { int, lcg, pick } from './helpers.ts';

export interface HdrCase {
  kind: string;
  text: string;
  /** The reader's text: the published text with the header Ns as a table of published counts. */
  reader: string;
}

const PLACES = ['北海道', '東北', '関東', '中部', '近畿', '中国'];
const GROUPS = ['A群', 'B群', 'C群', 'D群', 'E群'];

/** A count table: header, rows of labels and cells (a 合計 row where `total`). */
function table(title: string, cols: string[], labels: string[], cells: number[][], total: boolean): string {
  const head = ['', ...cols].join('\t');
  const rows = cells.map((r, i) => [labels[i]!, ...r].join('\t'));
  const sums = cols.map((_, c) => cells.reduce((a, r) => a + r[c]!, 0));
  return [`# ${title}`, head, ...rows, ...(total ? [['合計', ...sums].join('\t')] : [])].join('\n');
}

const withN = (labels: string[], ns: number[]) => labels.map((l, i) => `${l} (N=${ns[i]})`);
/** Rows 男性/女性 adding up to each N. */
const bySex = (next: () => number, ns: number[]) => {
  const men = ns.map((n) => int(next, Math.min(10, n), Math.max(Math.min(10, n), n - 10)));
  return [men, ns.map((n, i) => n - men[i]!)];
};
const transpose = (rows: number[][]) => rows[0]!.map((_, c) => rows.map((r) => r[c]!));
/** The reader's table of Ns: one row per line of Ns, over `cols`. */
const nsTable = (number: number, cols: string[], lines: [string, number[]][]) =>
  table(
    `表${number} 見出しの患者数`,
    cols,
    lines.map(([l]) => l),
    lines.map(([, ns]) => ns),
    false,
  );

function hdrCase(next: () => number, kind: string): HdrCase {
  const P = int(next, 3, 5);
  const small = int(next, 0, P - 1);
  if (kind === 'run' || kind === 'runTables') {
    const places = PLACES.slice(0, P);
    const steps = places.map((_, i) => (i === small ? int(next, 1, 9) : int(next, 12, 40)));
    const ns = steps.map((_, i) => steps.slice(0, i + 1).reduce((a, b) => a + b, 0));
    const sexes = bySex(next, ns);
    const t1 =
      kind === 'run'
        ? [table('表1 地域別の性別', withN(places, ns), ['男性', '女性'], sexes, false)]
        : places.map((p, i) =>
            table(
              `表${i + 1} ${p}の性別`,
              [`${p} (N=${ns[i]})`],
              ['男性', '女性'],
              sexes.map((r) => [r[i]!]),
              false,
            ),
          );
    const moved = places.map(() => int(next, 10, 30));
    const last = t1.length + 1;
    const t2 = table(`表${last} 地域別の登録`, places, ['新規', '転出'], [steps, moved], false);
    const text = `${[...t1, t2].join('\n\n')}\n`;
    return { kind, text, reader: `${text}\n${nsTable(last + 1, places, [['累積', ns]])}\n` };
  }
  const groups = GROUPS.slice(0, P);
  const ns = groups.map(() => int(next, 30, 70));
  const stopped = groups.map((_, g) => (g === small ? int(next, 1, 9) : int(next, 10, 20)));
  if (kind === 'drop') {
    const later = ns.map((n, g) => n - stopped[g]!);
    const t1 = table('表1 背景（登録時）', withN(groups, ns), ['男性', '女性'], bySex(next, ns), false);
    const t2 = table('表2 背景（12週）', withN(groups, later), ['男性', '女性'], bySex(next, later), false);
    const t3 = table('表3 中止と有害事象', groups, ['中止', '有害事象'], [stopped, groups.map(() => int(next, 10, 30))], false);
    const text = `${t1}\n\n${t2}\n\n${t3}\n`;
    return {
      kind,
      text,
      reader: `${text}\n${nsTable(4, groups, [
        ['登録時', ns],
        ['12週', later],
      ])}\n`,
    };
  }
  if (kind === 'sum' || kind === 'tables') {
    const done = ns.map((n, g) => n - stopped[g]!);
    const sexes = bySex(next, ns);
    const t1 =
      kind === 'sum'
        ? [table('表1 背景', withN(groups, ns), ['男性', '女性'], sexes, false)]
        : groups.map((g, i) =>
            table(
              `表${i + 1} ${g}の背景`,
              [`${g} (N=${ns[i]})`],
              ['男性', '女性'],
              sexes.map((r) => [r[i]!]),
              false,
            ),
          );
    const last = t1.length + 1;
    const t2 = table(`表${last} 投与の完了`, groups, ['完了', '中止'], [done, stopped], false);
    const text = `${[...t1, t2].join('\n\n')}\n`;
    return { kind, text, reader: `${text}\n${nsTable(last + 1, groups, [['N', ns]])}\n` };
  }
  // Innocents.
  const sexes = bySex(next, ns);
  const t1 = table('表1 背景', withN(groups, ns), ['男性', '女性'], sexes, false);
  const rows =
    kind === 'chance'
      ? [0, 1, 2].map(() => groups.map(() => int(next, pick(next, [0, 10]), 40)))
      : (() => {
          const a = ns.map((n) => int(next, 10, n - 20));
          const b = ns.map((n, g) => int(next, 10, n - a[g]! - 10));
          return [a, b, ns.map((n, g) => n - a[g]! - b[g]!)];
        })();
  const t2 =
    kind === 'both'
      ? table('表2 重症度', withN(groups, ns), ['軽度', '中等度', '重度'], rows, false)
      : table('表2 重症度', groups, ['軽度', '中等度', '重度'], rows, false);
  const text = `${t1}\n\n${t2}\n`;
  return { kind, text, reader: text };
}

export function hdrCases(kind: string, count: number, seed: number): HdrCase[] {
  const next = lcg(seed);
  return Array.from({ length: count }, () => hdrCase(next, kind));
}

void transpose;

if (import.meta.url === `file://${process.argv[1]}`) {
  const kind = process.argv[2] ?? 'sum';
  const n = Number(process.argv[3] ?? 20);
  const seeds = (process.argv[4] ?? '5860').split(',').map(Number);
  const { checkerOfRoot, heldOrLeaked, codesOf } = await import('./helpers.ts');
  const { hiddenKeys } = await import('./protection.ts');
  const { check, highs, bundle } = await checkerOfRoot();
  const tally = { runs: 0, read: 0, leaked: 0, refused: 0, unpassed: 0, hidden: 0, related: 0 };
  const codes = new Map<string, number>();
  const leakedAt: number[] = [];
  for (const seed of seeds)
    hdrCases(kind, n, seed).forEach((c, i) => {
      tally.runs++;
      const r = check(highs, bundle, c.text, { details: true }, { protection: 'threshold', mipSeconds: 0.2 });
      if (process.env.SHOW === String(i)) console.log(c.text, JSON.stringify(r.ok ? r.warnings : r.errors, null, 1));
      if (!r.ok) {
        tally.refused++;
        const k = codesOf(r);
        codes.set(k, (codes.get(k) ?? 0) + 1);
        return;
      }
      tally.read++;
      if (r.tables.some((t) => t.suppression?.passed === false)) {
        tally.unpassed++;
        return;
      }
      const { hidden } = hiddenKeys(r);
      tally.hidden += hidden.size;
      if (r.warnings.some((w) => w.code === 'lines/related')) tally.related++;
      if (heldOrLeaked(highs, r, () => c.reader, 'threshold', 10) === 'leaked') {
        tally.leaked++;
        leakedAt.push(seed * 1000 + i);
      }
    });
  console.log(
    `${kind}\truns ${tally.runs}\tread ${tally.read}\tleaked ${tally.leaked}\trefused ${tally.refused}\tunpassed ${tally.unpassed}\thidden ${tally.hidden}\trelated ${tally.related}\t${[...codes].map(([k, v]) => `${k}:${v}`).join(' ')}${leakedAt.length ? `\tleaked at ${leakedAt.join(',')}` : ''}`,
  );
}
