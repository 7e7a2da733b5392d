/**
 * rel73 families (issue #11, seeds 5800–5809): near relations whole72 left open (README Limits "Totals and wholes",
 * "Relations") and a line read as the rows' N compared with no line. Each case: 表1 groups A–C over `P` places (rows
 * 「北海道」「東北」…) with a small A群 count at one; a line that is, where it holds, a relation of 表1's lines, with
 * slips elsewhere. A reader who takes the relation where it holds works the small count back.
 * - `three`: 表2's 値 the difference |A − B| over three places, holding in two (the slip in the third).
 * - `pair`: 表2's 値 the sum A + B holding in all places but one (four to six places).
 * - `run2`: 表2's 値 the running sum of A群 with one value misprinted (two steps off, four to six places).
 * - `one`: within 表1 itself, a fourth column 値 = |A − B| holding in all places but one (three to five places) or two
 *   (six places); no word names it. `onePair`: 値 = A + B alike (a near sum of two lines within one table).
 * - `sizes`: 表2's 「例数」 beside 「対照」 (read as the rows' N) the running sum of A群, exactly; `sizesNear`: one step
 *   off; `sizesDiff`: 「例数」 the difference |A − B| exactly.
 * - innocents: `chance` (表1 and 表2 drawn apart over three to six places), `chanceOne` (one table of four columns drawn
 *   at random), `chanceRows` (one table of six rows over three columns: its rows lines over three places), `sizesChance`
 *   (表2's 「例数」 drawn apart): near relations by chance only — the cost measured.
 * The attacker: the oracle (oracle.ts, zeros exempt) on the reader's text — the slips put right where their cell and
 * the cells of their place in 表1 are published (a misprinted running sum's value where it is printed), and within one
 * table the line labelled as what the reader takes it for (「差」: the oracle takes a relation over hidden counts within
 * one table only where a word says it); a hidden count pinned, or a small one shown under 10, is a leak.
 * A table no suppression passes for (`suppression.passed` false: the verdict says it cannot be published as is) is
 * counted apart (`unpassed`), as protection.ts `expectProtected` takes it.
 * `npx node test/pubcheck/rel73-families.ts <kind> [n] [seeds]` (`ROOT=<tree>` for another tree).
 */
import { int, lcg, pick } from './helpers.ts';
import { GROUPS, measureNear, PLACES, slipped, table, withTable2, type NearCase } from './whole72-families.ts';

/** The text as published (with the slips) and the reader's text (cell key 「table:row:col」 → whether it is published). */
export type RelCase = NearCase;

function relCase(next: () => number, kind: string): RelCase {
  const P = kind === 'three' ? 3 : kind.startsWith('one') ? int(next, 3, 6) : int(next, 4, 6);
  const labels = PLACES.slice(0, P);
  const small = int(next, 0, P - 1);
  const t1 = labels.map((_, i) => GROUPS.map((_, g) => (g === 0 && i === small ? int(next, 1, 9) : int(next, 10, 60))));
  const runOf = (i: number) => t1.slice(0, i + 1).reduce((x, r) => x + r[0]!, 0);
  const truth = labels.map((_, i) => {
    const [a, b] = t1[i]!;
    if (kind === 'pair' || kind === 'onePair') return a! + b!;
    if (kind === 'run2' || kind === 'sizes' || kind === 'sizesNear') return runOf(i);
    return Math.abs(a! - b!);
  });
  const nSlips = kind === 'sizes' || kind === 'sizesDiff' ? 0 : kind.startsWith('one') && P === 6 ? 2 : 1;
  // Slips at places other than the small count's (a misprinted running sum: neither at its place nor the one before,
  // nor last; one step off: every later value shifted).
  const others = labels
    .map((_, i) => i)
    .filter((i) =>
      kind === 'run2' ? i !== small && i !== small - 1 && i < P - 1 : kind === 'sizesNear' ? i > small || i < small : i !== small,
    )
    .filter((i) => kind !== 'sizesNear' || i > 0);
  const printed = slipped(next, truth, others, nSlips, kind === 'sizesNear');
  if (kind.startsWith('one')) {
    // The reader's words (oracle.ts takes a relation over hidden counts within one table only where a word says it):
    // the line named 「差」, or for a sum (its lines' difference the other two) the title.
    const build = (line: number[], name: string, title = '表1 地域別の患者数') =>
      `${table(
        title,
        [...GROUPS, name],
        labels,
        t1.map((r, i) => [...r, line[i]!]),
        false,
      )}\n`;
    return {
      kind,
      text: build(printed, '値'),
      reader: (published) =>
        build(
          printed.map((v, i) => ([0, 1, 3].every((c) => published(`0:${i}:${c}`)) ? truth[i]! : v)),
          kind === 'one' ? '差' : '値',
          kind === 'one' ? undefined : '表1 地域別の患者数と差',
        ),
    };
  }
  const own = labels.map(() => int(next, 10, 60));
  const name = kind.startsWith('sizes') ? '例数' : pick(next, ['値', 'D群', '指標', 'E群']);
  const build = withTable2(table('表1 地域別の患者数', GROUPS, labels, t1, true), name, labels, own);
  return {
    kind,
    text: build(printed),
    reader: (published) => {
      // A slip put right where its cell and every cell of its place in 表1 are published; a running sum shifted by one
      // step put back where printed; a misprinted value put right where printed and A群's count of its place and the
      // value before (or of the next place and the value after) are published.
      const line = printed.map((v, i) =>
        published(`1:${i}:0`) &&
        (kind === 'sizesNear' ||
          (kind === 'run2'
            ? (published(`0:${i}:0`) && (i === 0 || published(`1:${i - 1}:0`))) || (published(`0:${i + 1}:0`) && published(`1:${i + 1}:0`))
            : GROUPS.every((_, g) => published(`0:${i}:${g}`))))
          ? truth[i]!
          : v,
      );
      return build(line);
    },
  };
}

/** Tables drawn apart: near relations by chance only. */
function chanceCase(next: () => number, kind: string): RelCase {
  if (kind === 'chanceRows') {
    // Six rows over three columns, counts 0–10 or 0–40: the rows are lines over three places (two of three by chance).
    const max = pick(next, [10, 40]);
    const cells = PLACES.slice(0, 6).map(() => GROUPS.map(() => int(next, 0, max)));
    const text = `${table('表1 地域別の患者数', GROUPS, PLACES.slice(0, 6), cells, true)}\n`;
    return { kind, text, reader: () => text };
  }
  const P = int(next, 3, 6);
  const labels = PLACES.slice(0, P);
  const max = pick(next, [10, 40]);
  const t1 = labels.map(() => GROUPS.map(() => int(next, 0, max)));
  if (kind === 'chanceOne') {
    const text = `${table(
      '表1 地域別の患者数',
      [...GROUPS, 'D群'],
      labels,
      t1.map((r) => [...r, int(next, 0, max)]),
      false,
    )}\n`;
    return { kind, text, reader: () => text };
  }
  const t2 = labels.map(() => [int(next, 0, max), int(next, 0, max)]);
  const cols = kind === 'sizesChance' ? ['例数', '対照'] : ['D群', 'E群'];
  const text = `${table('表1 地域別の患者数', GROUPS, labels, t1, true)}\n\n${table('表2 地域別の件数', cols, labels, t2, false)}\n`;
  return { kind, text, reader: () => text };
}

export function relCases(kind: string, count: number, seed: number): RelCase[] {
  const next = lcg(seed);
  return Array.from({ length: count }, () =>
    kind.startsWith('chance') || kind === 'sizesChance' ? chanceCase(next, kind) : relCase(next, kind),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const kind = process.argv[2] ?? 'three';
  const n = Number(process.argv[3] ?? 20);
  const seeds = (process.argv[4] ?? '5800').split(',').map(Number);
  await measureNear(kind, (seed) => relCases(kind, n, seed), seeds, true);
}
