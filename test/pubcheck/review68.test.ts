/**
 * review68 (issue #11's code audit): read-back mends with no change in the checker, and an oracle bug.
 * - oracle.ts: a table of counts with a rate column (redh64 `crossBase`: 「死亡率（%）」 of 「42%」 or a bare 「57.3」)
 *   threw — `npx node test/pubcheck/redh64-families.ts innocentCross 8 --oracle`: 「HighsValidationError: colLower[3]
 *   must be a number」 (a published cell of no count pushed its `undefined` count as its bound), and then 「oracle cannot
 *   read cell "57.3"」. Now such a cell is a share of no count, free (`uncounted`, `cellUnder`): the ranges as without
 *   the column. Fails on eb81e31d (copy this file into a checkout of it: the oracle is this tree's).
 * - lifetable.ts `notSearched`: the two `life/not-searched` warnings (`lifeAcross`'s `cut`, life67's `cutAt`) built
 *   by one function; their text byte for byte as on eb81e31d (whole results' hashes there pinned in the report).
 * - life61-families.ts's lines' words (`EVENTS` … `PLAIN2`) taken by rede62, life64 and life66 (their own copies before):
 *   every kind's cases byte for byte as on eb81e31d (hashes pinned from eb81e31d).
 * - protection.ts `hiddenKeys`: the hidden and small cells' keys six measures built alike (their outputs identical).
 * - red66-families.ts `drawFalls`: red66's `three` and life67's `manyCases` draw the points, steps and at-risk line
 *   through it; their cases byte for byte as on eb81e31d (hashes pinned from eb81e31d).
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkerOfRoot } from './helpers.ts';
import * as l61 from './life61-families.ts';
import * as l64 from './life64-families.ts';
import * as l66 from './life66-families.ts';
import { manyCases } from './life67-families.ts';
import { attack } from './oracle.ts';
import { hiddenKeys } from './protection.ts';
import { threeCases } from './red66-families.ts';
import * as e62 from './rede62-families.ts';

const { check, highs, bundle } = await checkerOfRoot();
const run = (text: string) => check(highs, bundle, text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });
const json = (x: unknown) => JSON.stringify(x, (_k, v) => (v instanceof Map ? [...v.entries()] : v instanceof Set ? [...v] : v));
const hash = (x: unknown) => createHash('sha256').update(json(x)).digest('hex').slice(0, 16);

// redh64 `crossBase` innocent (5065): the rate over 合計, to one decimal (bare) and whole (「42%」).
const D1 =
  '表1 転帰\n\t死亡\t生存\t合計\t死亡率（%）\n男性\t130\t97\t227\t57.3\n女性\t125\t59\t184\t67.9\n\n' +
  '表2 解析対象\n\t登録\t除外\t解析対象\n男性\t231\t4\t227\n女性\t192\t8\t184\n';
const D0 =
  '表1 転帰\n\t死亡\t生存\t合計\t死亡率（%）\n男性\t107\t147\t254\t42%\n女性\t56\t42\t98\t57%\n\n' +
  '表2 解析対象\n\t登録\t除外\t解析対象\n男性\t257\t3\t254\n女性\t104\t6\t98\n';
/** The text without 表1's rate column. */
const noRate = (t: string) =>
  t
    .split('\n')
    .map((l, y) => (y < 4 ? l.replace(/\t[^\t]*$/, '') : l))
    .join('\n');

describe('review68: the oracle over a rate column beside counts', () => {
  const opts = { zeroExempt: true, disjointParts: true };
  const hidden = new Set(['0:0:0', '0:0:1', '1:0:0', '1:0:1']);
  it('must fail on eb81e31d: a published 「42%」 or 「57.3」 beside counts attacked, the ranges as without the column', () => {
    for (const t of [D0, D1]) {
      expect(noRate(t)).not.toContain('%');
      const ranges = [...attack(highs, t, hidden, opts)];
      expect(ranges).toEqual([...attack(highs, noRate(t), hidden, opts)]);
      expect(ranges.find(([k]) => k === '0:0:0')?.[1]).toMatchObject({ lo: 1, hi: t === D1 ? 226 : 253 });
    }
  });
  it('the rate hidden too: as before (no bound), and a whole number under 「（%）」 still a count', () => {
    const all = new Set([...hidden, '0:0:3', '0:1:3']);
    for (const t of [D1, D0]) expect([...attack(highs, t, all, opts)].filter(([k]) => k.endsWith(':3'))).toHaveLength(2);
    const whole = D1.replace('57.3', '57').replace('67.9', '68');
    expect(() => attack(highs, whole, hidden, opts)).not.toThrow();
  });
});

// lifetable.ts: 表2 of 9 lines under no word (life59), 30 lines of 0 (life67, past `FALL_WORK`), and both in one input.
const names = ['区分A', '区分B', '区分C', '区分D', '区分E', '区分F', '区分G', '区分H', '区分I'];
const wide = names.map((n, i) => `${n}\t${12 + i}\t${20 + i}\t${15 + 2 * i}`).join('\n');
const NINE = `# 表1\n\t0か月\t6か月\t12か月\n人数\t150\t120\t85\n\n# 表2\n\t0か月\t6か月\t12か月\n${wide}\nその他\t3\t14\t12\n\n# 表3\n\t0か月\t6か月\t12か月\n理由B\t18\t15\t22\n`;
// Since life72 sets of two other tables past 8 lines are walked, since life73 three (`WIDE_K`): the cut is said where a
// fourth table could join them.
const NINE_FIVE = `${NINE}\n# 表4\n\t0か月\t6か月\t12か月\n理由C\t11\t16\t13\n\n# 表5\n\t0か月\t6か月\t12か月\n理由D\t13\t17\t14\n`;
const zeros = Array.from({ length: 30 }, (_, i) => `区分${i + 1}\t0\t0`).join('\n');
const ZEROS = `# 表1\n\t0か月\t6か月\t12か月\n人数\t400\t360\t322\n\n# 表2\n\t6か月\t12か月\n${zeros}\n死亡\t3\t12\n打ち切り\t22\t14\n転院\t15\t12\n`;
const BOTH = NINE + '\n' + ZEROS.replace('# 表1', '# 表4').replace('# 表2', '# 表5');
const TAIL = 'その読み方から秘匿した数が割り出せるかは確かめていません（チェッカーの判断）。';
const ACROSS = (named: string) =>
  `${named}の減っていく行が、イベントや打ち切りと書かれていない行や三つ以上の表の行の和の分だけ減っているかは、行が 8 本を超える表については、また照合の量が上限（400,000 単位：五つまでの表の組み合わせ一つが 1 単位、六つ以上の表の組み合わせはその手間に応じて数えます）に達したあとは、探していません。${TAIL}表を分けるか行・列を減らして確かめてください`;
const FALLS = (named: string) =>
  `${named}の三つ以上の行の和が生存時間の表の減り（各時点の人数の差）に当たるかは、行の組み合わせが多く、照合の量が上限（20,000 通り）に達したあとは探していません。${TAIL}表を分けるか行を減らして確かめてください`;

describe('review68: `notSearched` builds both `life/not-searched` warnings as eb81e31d wrote them', () => {
  for (const [name, text, want] of [
    [
      'lifeAcross `cut` (9 lines under no word, four other tables)',
      NINE_FIVE,
      [{ code: 'life/not-searched', place: { table: 1, line: 2 }, message: ACROSS('表1') }],
    ],
    ['life67 `cutAt` (30 lines of 0)', ZEROS, [{ code: 'life/not-searched', place: { table: 2, line: 6 }, message: FALLS('表2') }]],
    [
      'both, two at-risk tables named',
      BOTH,
      [
        { code: 'life/not-searched', place: { table: 1, line: 2 }, message: ACROSS('表1・表4') },
        { code: 'life/not-searched', place: { table: 5, line: 27 }, message: FALLS('表5') },
      ],
    ],
  ] as const)
    it(name, () => {
      const r = run(text);
      expect(r.ok).toBe(true);
      expect((r.warnings ?? []).filter((w) => w.code === 'life/not-searched')).toEqual(want);
    });
});

describe('review68: red66 `three` and life67 `manyCases` through `drawFalls`, byte for byte as on eb81e31d', () => {
  // [seed, three, three innocent, many, many innocent]: 60 cases each, hashes of eb81e31d.
  const pinned = [
    [1, 'a3c7d3ca15e9f8ea', 'ad077bb8a420abb4', 'c877635f01584081', '29b9e8a330b56712'],
    [5410, '1448f3323103bb4a', '11d87cdf72f8e18f', '2810fe3519c6178c', '7cfd8a805280caa5'],
    [5370, 'f59a7ebae150610e', '9388f94616fd5db1', 'f05372fe36b12a82', '454e2f4768de7f10'],
    [9999, 'cca9da91202848c7', 'f56c6ccf2da3b58b', '0f6c844fa1cbd706', 'fa860e17098acb7b'],
    [5550, '4e72e579fa88986d', '08c216b39adca517', '667a684d2a8e0c17', '85c2a12766d90c3a'],
  ] as const;
  for (const [seed, ...want] of pinned)
    it(`seed ${seed}`, () => {
      expect([threeCases(60, seed), threeCases(60, seed, true), manyCases(60, seed), manyCases(60, seed, true)].map(hash)).toEqual(want);
    });
});

describe('review68: life61’s words shared by rede62, life64 and life66, their cases byte for byte as on eb81e31d', () => {
  // Per family and seed, every kind's 30 cases and 30 innocent look-alikes; hashes of eb81e31d.
  const pinned = {
    life61: ['90d2da8ad0fdb4e8', '1a5e7dd001903806', '4224d2c7a51bdc20', '39c90e1b266db457'],
    rede62: ['7e271a5c7f3e2df8', 'a25212a3033c1394', 'e67565608535a64e', 'cfe83e6a55e85d83'],
    life64: ['7d544dae015d60f0', 'a692cc34b374ae3f', '73f270f73c601fd2', '03614bc029e91005'],
    life66: ['f85d03c4f2b001fa', '57b5de3245f26360', '409d0a47d39ea6db', 'c0797dc86324f3ad'],
  };
  const plain = (x: unknown) => createHash('sha256').update(JSON.stringify(x)).digest('hex').slice(0, 16);
  it('seeds 1, 5410, 5370, 9999', () => {
    const all = <K extends string>(kinds: readonly K[], cases: (k: K, s: number) => unknown[], other: (k: K, s: number) => unknown[]) =>
      [1, 5410, 5370, 9999].map((s) => plain(kinds.map((k) => [cases(k, s), other(k, s)])));
    // review69: a family's kinds, each one's 30 cases beside its 30 innocent look-alikes (`innocent`, or life66's flag).
    type Fam<K extends string> = { KINDS: readonly K[]; family: (k: K, n: number, s: number, i?: boolean) => unknown[] };
    const kinds = <K extends string>(m: Fam<K>, innocent = (k: K, s: number) => m.family(k, 30, s, true)) =>
      all(m.KINDS, (k, s) => m.family(k, 30, s), innocent);
    expect({
      life61: kinds(l61, (k, s) => l61.innocent(k, 30, s)),
      rede62: kinds(e62, (k, s) => e62.innocent(k, 30, s)),
      life64: kinds(l64, (k, s) => l64.innocent(k, 30, s)),
      life66: kinds(l66),
    }).toEqual(pinned);
  });
});

describe('review68: protection.ts `hiddenKeys`', () => {
  it('keys 「table:row:col」 of the hidden cells, and of the primary ones', () => {
    const t = (status: string[], cols: number) => ({ status, table: { cols: Array.from({ length: cols }) } });
    const { hidden, small } = hiddenKeys({
      tables: [t(['published', 'primary', 'secondary', 'published'], 2), t(['primary', 'published', 'published'], 3)],
    });
    expect([...hidden]).toEqual(['0:0:1', '0:1:0', '1:0:0']);
    expect([...small]).toEqual(['0:0:1', '1:0:0']);
  });
});
