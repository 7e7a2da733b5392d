/**
 * life74 (issue #11, Limits "Life tables": a small count only in a percentage table, its complements in count tables).
 * life71 tied fits under no word with no small cell only where a count table holds a count under the threshold
 * (lifetable.ts `lifeAcross`' `chance`). Here no count table does: the small count is a share, 表7 「理由不明の割合（%）」
 * of B群's at risk (「0ヶ月 (N=193)」 1.6%: 3), which is 表3's 「その他」 less 表6's 「転居」 (the checker reads it so,
 * `lines/related`), so one of those count cells is hidden as its complement. A 「参考」 line falls over two steps by
 * 表6's 「転居」 and a line of 表4 or 表5 (no word, no small cell): left untied, the oracle pins 転居, then 理由不明.
 *
 * - `share`: that input; `shareInnocent`: the same look, the 「参考」 line falling by nothing planted.
 * - Judged by the oracle (redg63-families.ts `measure`: `oneStep`, `threeWay`, `fourWay`; no label looked at).
 *
 * `npx node test/pubcheck/life74-families.ts <kind> <count> <seed>` (seeds 5870–5879; `ROOT=<tree>`).
 */
import { int, pick } from './helpers.ts';
import { lifeTable as table } from './life48-families.ts';
import { PART_WORDS } from './life71-families.ts';
import { casesOf, measure, partTable, seriesTables } from './redg63-families.ts';

export type Kind = 'share' | 'shareInnocent';
export interface Case {
  kind: Kind;
  text: string;
}

export function make(next: () => number, kind: Kind): Case {
  const style = pick(next, ['か月', 'ヶ月', ' months']);
  const unit = pick(next, [3, 6]);
  const times = [0, 1, 2].map((j) => `${j * unit}${style}`);
  const risk = pick(next, ['人数', '患者数', 'At risk']);
  const draw = (lo: number, hi: number) => times.map(() => int(next, lo, hi));
  // 表3–表5: a worded line (B群's fall) and a line under no word; 表3's (20–30) split into 転居 and 理由不明.
  const parts = [0, 1, 2].map(() => draw(10, 30));
  const others = [draw(20, 30), draw(10, 30), draw(10, 30)];
  const at = int(next, 0, 2);
  const unknown = others[0]!.map((o, j) => (j === at ? int(next, 1, 9) : int(next, 10, o - 10)));
  const moved = others[0]!.map((o, j) => o - unknown[j]!);
  const endB = int(next, 20, 80);
  const b1 = endB + parts.reduce((s, p) => s + p[1]!, 0);
  const b = [b1 + parts.reduce((s, p) => s + p[0]!, 0), b1, endB];
  const a = [int(next, 250, 350), int(next, 120, 240), int(next, 20, 100)];
  const other = pick(next, ['その他', '不明']);
  const out = [table('# 表1 A群', [risk], [a], times, next() < 0.5), table('# 表2 B群', [risk], [b], times, next() < 0.5)];
  parts.forEach((xs, p) =>
    out.push(
      partTable(next, p, times, [
        [pick(next, PART_WORDS[p]!), xs],
        [p === 0 ? other : pick(next, ['その他', '不明']), others[p]!],
      ]),
    ),
  );
  out.push(table(`# 表6 ${other}のうち転居`, ['転居'], [moved], times, next() < 0.5));
  const pct = unknown.map((u, j) => `${((100 * u) / b[j]!).toFixed(1)}%`);
  out.push(
    ['# 表7 理由不明の割合（%）', ['', ...times.map((x, j) => `${x} (N=${b[j]})`)].join('\t'), ['理由不明', ...pct].join('\t')].join('\n'),
  );
  // The planted fit: 転居 and a line of 表4 or 表5, at each step's start.
  const with_ = pick(next, [parts[1]!, others[1]!, parts[2]!, others[2]!]);
  const fall = (j: number) => (kind === 'share' ? moved[j]! + with_[j]! : int(next, 30, 90));
  const last = int(next, 100, 200);
  const planted = [last + fall(1) + fall(0), last + fall(1), last];
  const count = int(next, 2, 3);
  const into = int(next, 0, count - 1);
  const row = int(next, 0, 3);
  out.push(
    ...seriesTables(
      next,
      count,
      times,
      (d) => {
        const series = [0, 1, 2, 3].map(() => times.map(() => int(next, 100, 300)));
        if (d === into) series[row] = planted;
        return series;
      },
      8,
    ),
  );
  return { kind, text: out.join('\n\n') + '\n' };
}

export function cases(kind: Kind, count: number, seed: number): Case[] {
  return casesOf(make, kind, count, seed);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const kind = (process.argv[2] ?? 'share') as Kind;
  console.log(kind, JSON.stringify(await measure(cases(kind, Number(process.argv[3] ?? 10), Number(process.argv[4] ?? 5870)))));
}
