/**
 * notes44 (issue #11): notes giving N that notes42 left refused.
 * - `partial`: bare shares of 2–3 groups (integer or one decimal, rounded half up), a note naming the N of some groups
 *   only (「※A群 N=30」; B群 left without N). One count small (1–9), in a named group; `partial-small`: in a group the
 *   note does not name (its shares must stay refused: a share of an unknown N may be a count under the threshold).
 * - `column-sum`: counts of 2–3 groups, the last line unmarked stating one group's column sum with a word of the whole
 *   or none (「全体 N=100」「N=100」「対象患者 100 名」), not the table's sum. One count small (1–9).
 * - `means`: a table of means (and SD) of 2–3 groups under a note stating the N (「※N=98」「※全体 N=98」「※A群 N=40、B群
 *   N=58」): refused (a table of statistics); measured is whether the refusal says the note's N.
 * `attacked`: the same table with every N where a reader puts it (each group's true N in its header), for the oracle;
 * `counts` the true counts by column, for `smallShown` (the denominators attacker: knowing each group's true N, it reads
 * every published share back to its count).
 */
import type { Ok } from './protection.ts';
import { int, lcg, pick } from './helpers.ts';
import { share } from './attack41-families.ts';

export type Kind = 'partial' | 'partial-small' | 'column-sum' | 'means';
export const KINDS: readonly Kind[] = ['partial', 'partial-small', 'column-sum', 'means'];

export interface Case {
  kind: Kind;
  text: string;
  attacked: string;
  /** counts[i][j]: line i, group j (means: none). */
  counts: number[][];
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
const tsv = (lines: readonly (readonly (string | number)[])[]) => lines.map((l) => l.join('\t')).join('\n');

export function make(kind: Kind, next: () => number): Case {
  for (;;) {
    const nr = int(next, 2, 3);
    const ng = int(next, 2, 3);
    const m = Array.from({ length: nr }, () => Array.from({ length: ng }, () => int(next, 12, 60)));
    // partial: the groups named first (1 … ng − 1 of them); the small count in a named group, or (partial-small) not.
    const named = int(next, 1, ng - 1);
    const smallCol =
      kind === 'partial' ? int(next, 0, named - 1) : kind === 'partial-small' ? int(next, named, ng - 1) : int(next, 0, ng - 1);
    m[int(next, 0, nr - 1)]![smallCol] = int(next, 1, 9);
    const lines = ['男性', '女性', 'その他'].slice(0, nr);
    const groups = ['A群', 'B群', 'C群'].slice(0, ng);
    const colN = groups.map((_, j) => sum(m.map((r) => r[j]!)));
    const withN = groups.map((g, j) => `${g} (N=${colN[j]})`);
    if (kind === 'partial' || kind === 'partial-small') {
      const d = pick(next, [0, 1, 1]);
      const note = `${pick(next, ['※', '注：', '* '])}${groups
        .slice(0, named)
        .map((g, j) => pick(next, [`${g} N=${colN[j]}`, `${g} ${colN[j]} 名`]))
        .join('、')}`;
      const body = m.map((r, i) => [lines[i]!, ...r.map((v, j) => `${share(v, colN[j]!, d, 'half-up')}%`)]);
      return {
        kind,
        text: `${tsv([['', ...groups], ...body, [note]])}\n`,
        attacked: `${tsv([['', ...withN], ...body])}\n`,
        counts: m,
      };
    }
    if (kind === 'column-sum') {
      const j = int(next, 0, ng - 1);
      const N = colN[j]!;
      // The N is one column's sum only: drawn again where it is another line's sum too.
      const sums = [sum(colN), ...colN.filter((_, k) => k !== j), ...m.map(sum)];
      if (sums.includes(N)) continue;
      const note = pick(next, [`全体 N=${N}`, `N=${N}`, `(全体 n = ${N})`, `対象患者 ${N} 名`, `全症例 ${N} 例`]);
      const body = m.map((r, i) => [lines[i]!, ...r]);
      return {
        kind,
        text: `${tsv([['', ...groups], ...body, [note]])}\n`,
        attacked: `${tsv([['', ...groups.map((g, k) => (k === j ? `${g} (N=${N})` : g))], ...body])}\n`,
        counts: m,
      };
    }
    const N = sum(colN);
    const byCols = next() < 0.5;
    const means = groups.map(() => `${int(next, 550, 780) / 10}`);
    const sds = groups.map(() => `${int(next, 60, 150) / 10}`);
    const note = pick(next, [
      `※N=${N}`,
      `※全体 N=${N}`,
      `注：対象患者 ${N} 名`,
      `※${groups.map((g, j) => `${g} N=${colN[j]}`).join('、')}`,
    ]);
    const text = byCols
      ? tsv([['', '平均年齢', 'SD'], ...groups.map((g, j) => [g, means[j]!, sds[j]!]), [note]])
      : tsv([['', ...groups], ['平均年齢', ...means], ['SD', ...sds], [note]]);
    return { kind, text: `${text}\n`, attacked: `${text}\n`, counts: [] };
  }
}

export function family(kind: Kind, count: number, seed: number): Case[] {
  const next = lcg(seed);
  return Array.from({ length: count }, () => make(kind, next));
}

/**
 * The denominators attacker of `partial`: it knows each group's true N (the oracle is given them in `attacked`), so every
 * published share is its count; a published share of a count under the threshold (not 0) is shown, a leak.
 */
export function smallShown(r: Ok, c: Pick<Case, 'counts'>, threshold: number): string[] {
  const t = r.tables[0]!;
  const C = t.table.cols.length;
  const out: string[] = [];
  c.counts.forEach((line, i) =>
    line.forEach((v, j) => {
      if (t.status[i * C + j] === 'published' && v > 0 && v < threshold)
        out.push(`${t.table.rows[i]!.label}・${t.table.cols[j]!.label} (${v}) shown`);
    }),
  );
  return out;
}
