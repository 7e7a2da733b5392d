/**
 * rates73 probe (issue #11, seeds 5818–5819): README Limits "a line of another table left out of it, or one under
 * another label, not tried" — a share line set aside over 表1's sum (rates69) whose true base is NOT that sum:
 * - `out`: 表1's sum less 表2's 「除外」 under the same labels (死亡 ÷ (死亡 + 生存 + 追跡不能 − 除外));
 * - `label`: 表1's sum and 表2's 「転院」 under other labels (表2's columns 「A」「B」 beside 表1's 「A群」「B群」);
 * - `labelInnocent`: the share over 表1's sum (the checker's reading), 表2 under other labels beside it all the same.
 * Where the checker reads the share over 表1's sum (a chance fit) and publishes it beside the hidden 追跡不能, an
 * attacker taking the true base may get 追跡不能 back. Judged by `mixAttack` (the true reading's interval on 追跡不能
 * with every published count).
 *
 *   npx node test/pubcheck/rates73-mix.ts <out|label|labelInnocent> [count] [seed]
 *
 * Seeds: out 5818, label 5819, labelInnocent 5818.
 */
import { lcg, pick } from './helpers.ts';
import type { Ok } from './rates72-families.ts';
import { measureMix, mixColumns, mixLeaks, mixText, type MixColumn } from './rates72-mix.ts';

export type MixKind = 'out' | 'label' | 'labelInnocent';
export interface MixTable {
  text: string;
  cols: MixColumn[];
  sign: number;
}

export function mixTables(kind: MixKind, n: number, seed: number): MixTable[] {
  const next = lcg(seed ^ 0x7373);
  const out: MixTable[] = [];
  const sign = kind === 'out' ? -1 : kind === 'label' ? 1 : 0;
  while (out.length < n) {
    const [groups, other] = pick(next, [
      [
        ['A群', 'B群'],
        ['A', 'B'],
      ],
      [
        ['男性', '女性'],
        ['男', '女'],
      ],
    ] as const);
    const dec = next() < 0.9 ? 0 : 1;
    const cols = mixColumns(next, groups, dec, sign);
    const text =
      kind === 'out' ? mixText(groups, cols, '表2 解析から除外', groups, '除外') : mixText(groups, cols, '表2 転院', other, '転院');
    out.push({ text, cols, sign });
  }
  return out;
}

export function mixAttack(m: MixTable, r: Ok): number[] {
  return mixLeaks(m.cols, r, (c) => m.sign * c.t);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const kind = args[0] as MixKind;
  if (kind !== 'out' && kind !== 'label' && kind !== 'labelInnocent') throw new Error('kind: out|label|labelInnocent');
  const n = Number(args[1] ?? 50);
  const seed = Number(args[2] ?? (kind === 'out' ? 5818 : 5819));
  await measureMix(` ${kind}`, n, seed, mixTables(kind, n, seed), mixAttack);
}
