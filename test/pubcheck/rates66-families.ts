/**
 * rates66 (issue #11, seeds 5260–5289): formats62's rate line 「死亡率（%）」 read over its 合計 whose true base is the
 * SUM of lines of ANOTHER table under the same group labels — no one line of it (redh64's `crossBase` printed 「登録」
 * itself; rates.ts `sharesOverOtherLines` tried one line). Kinds: `split` — 表2 prints 「解析対象」 (= 表1's 合計) and
 * 「除外」 (1–9) but not their sum 「登録」, the rate's true base; `parts` — 表2 prints the patients by a background
 * (「65歳未満」「65歳以上」「不明」, 不明 1–9) whose sum is the rate's true N, 表1's 合計 short of it by the lost (1–9,
 * unprinted). The rate fits 表1's 合計 too at every group (so formats62 reads it); over its true base it bounds the sum
 * and so the small line (the checker hides 除外/不明). `innocent`: the rate over 表1's 合計, the same 表2 (refused only
 * where the rate fits the sum too: the reader cannot tell). Every third case prints 表2 turned. Judged by
 * formats33-attack.ts (every printed number with its true meaning; the rate a share of `g:i`).
 *
 *   npx node test/pubcheck/rates66-families.ts split|innocentSplit|parts|innocentParts [count] [first seed] [last seed]
 *
 * Seeds: split 5260, innocentSplit 5261, parts 5262, innocentParts 5263 (tests: 5264–5267).
 */
import { int, lcg } from './helpers.ts';
import type { Joined } from './formats35-families.ts';
import type { Token } from './formats33-families.ts';
import { drawRates, rateOverOther } from './redh64-families.ts';

const GROUPS = [
  ['A群', 'B群'],
  ['男性', '女性'],
  ['A群', 'B群', 'C群'],
  ['低用量', '中用量', '高用量'],
];

export function crossSum(n: number, seed: number, kind: 'split' | 'parts', innocent = false): Joined[] {
  const next = lcg(seed ^ (kind === 'split' ? 0x6601 : 0x6602));
  const out: Joined[] = [];
  while (out.length < n) {
    // split: 除外 x; parts: the lost (unprinted) x, the background lines a, b, u (u 1–9) summing to r + x = g.
    const d = drawRates(next, GROUPS);
    const { groups, dec, x, r, g } = d;
    const I = groups.length;
    const u = groups.map(() => int(next, 1, 9));
    const a = g.map((v, i) => Math.round((v - u[i]!) * (0.3 + 0.4 * next())));
    const b = g.map((v, i) => v - u[i]! - a[i]!);
    const t1 = rateOverOther({ ...d, innocent });
    if (!t1) continue;
    const lines2 =
      kind === 'split'
        ? [
            { label: '解析対象', v: r, name: 'r' },
            { label: '除外', v: x, name: 'x' },
          ]
        : [
            { label: '65歳未満', v: a, name: 'a' },
            { label: '65歳以上', v: b, name: 'b' },
            { label: '不明', v: u, name: 'u' },
          ];
    const flip = out.length % 3 === 2;
    const title2 = kind === 'split' ? '表2 解析対象' : '表2 年齢';
    const t2 = flip
      ? [title2, ['', ...groups].join('\t'), ...lines2.map((l) => [l.label, ...l.v].join('\t'))]
      : [title2, ['', ...lines2.map((l) => l.label)].join('\t'), ...groups.map((gr, i) => [gr, ...lines2.map((l) => l.v[i])].join('\t'))];
    const text = [...t1.lines, '', ...t2].join('\n') + '\n';
    const tokens: Token[] = [];
    groups.forEach((_, i) => {
      tokens.push(...t1.tokens(i));
      lines2.forEach((l, j) => {
        const y = flip ? 6 + I + j : 6 + I + i;
        tokens.push({ line: y, text: String(l.v[i]), meanings: [{ kind: 'count', v: `${l.name}:${i}` }] });
      });
    });
    const truth = new Map<string, number>();
    const sums: [string, string[]][] = [];
    groups.forEach((_, i) => {
      t1.truth(truth, sums, i);
      if (kind === 'parts') {
        truth.set(`a:${i}`, a[i]!);
        truth.set(`b:${i}`, b[i]!);
        truth.set(`u:${i}`, u[i]!);
        sums.push([`g:${i}`, [`a:${i}`, `b:${i}`, `u:${i}`]]);
      }
    });
    out.push({ family: `${innocent ? 'innocent-' : ''}${kind}${flip ? '-flip' : ''}-d${dec}`, text, joined: text, truth, sums, tokens });
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { measureFormats } = await import('./formats-measure.ts');
  await measureFormats({
    split: { cases: (n, s) => crossSum(n, s, 'split'), n: 100, from: 5260, to: 5260 },
    innocentSplit: { cases: (n, s) => crossSum(n, s, 'split', true), n: 100, from: 5261, to: 5261 },
    parts: { cases: (n, s) => crossSum(n, s, 'parts'), n: 100, from: 5262, to: 5262 },
    innocentParts: { cases: (n, s) => crossSum(n, s, 'parts', true), n: 100, from: 5263, to: 5263 },
  });
}
