/**
 * review71 (issue #11's code audit): round 34's repeats in test code shared, no change in the checker. What
 * `duplicates --change --base 7c1c4e43` named on int35 (34 pairs, 5 not shape-only) is now written once:
 * - ext68-families.ts `handHospitals` (the hand cases' 表1 of six hospitals' 「n/N」 and their `FracCase`): ext68.test.ts,
 *   ext70.test.ts.
 * - extremes62-families.ts `hospitalTable` (表1 of 「n/N」 or 「n (p%)」 under each hospital's N): `fracCases`, ext70's
 *   `rthCases`.
 * - rates69-families.ts `drawNoTotal` (one drawn `noTotalTable`, named): `noTotal`, rates70's `wideShares`.
 * - redh64-families.ts `MIDDLE` in rates70.test.ts's lines past `LEFT_OUT_WORK`.
 * - titles70-families.ts `DATA_STEP` (a data step with `datalines;` holding no digit): `SAS_PROGRAMS`, titles70.test.ts.
 * The generators' outputs are byte for byte as on int35 (ab19897b): hashes below taken there (seeds 1, 5630, 5660,
 * 5675, 9999). It imports only what existed there, so it runs on both trees.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import * as e70 from './ext70-families.ts';
import * as e62 from './extremes62-families.ts';
import * as r69 from './rates69-families.ts';
import * as r70 from './rates70-families.ts';
import * as t70 from './titles70-families.ts';

const hash = (x: unknown) =>
  createHash('sha256')
    .update(JSON.stringify(x, (_k, v: unknown) => (v instanceof Map ? [...v] : v)))
    .digest('hex')
    .slice(0, 16);

describe('review71: the generators through the shared pieces, byte for byte as on int35', () => {
  // [seed, ext70 rth (40), ext70 rth-one (40), extremes62 frac (30 + 30 innocent + 30 top), rates70 (20 a kind),
  //  rates69 noTotal (20 + 20 innocent a kind), titles70 (40 year + 40 code)].
  const pinned = [
    [1, '53944fa2e92bfe93', '83b93ecb3d0c2a6f', 'd4e7d9cff083ce54', 'dbb09616ab114763', '51ad7e24c6d74622', 'd53cf3b6d07ab283'],
    [5630, '8e05b06785280224', '042e5107eaff7825', '4b94ef3c20d83abf', '0f44d130425f5391', '2118f95a53dd9e07', '25ea6fd863430ab1'],
    [5660, '9aa629e5ce93d66d', '5c8c2cee2bb88795', '028d8571a23caedc', '2860a439d99a3c20', 'f6391c9e93f925c9', '95e50b641fb231c8'],
    [5675, '95adfbbc111e696f', 'fb474f47cb1d6f79', 'd1f0a6ae9ba865e8', '63a9684dd071db44', '224487ad5aab78d8', 'f47026980731265a'],
    [9999, '023f48c0dcc285a2', '015d6b23c0dd5cc0', '4aecd9e1eb9256bb', 'a92617d057ebe04d', '09ecc122d787030d', '41df2329394d8fac'],
  ] as const;
  for (const [seed, ...want] of pinned)
    it(`seed ${seed}`, () => {
      expect([
        hash(e70.rthCases(40, seed)),
        hash(e70.rthOneCases(40, seed)),
        hash([e62.fracCases(30, seed), e62.fracCases(30, seed, true), e62.fracTop(30, seed)]),
        hash(Object.keys(r70.KINDS).map((k) => r70.KINDS[k]!.cases(20, seed))),
        hash((['subgroup', 'many', 'draw'] as const).flatMap((k) => [r69.noTotal(20, seed, k), r69.noTotal(20, seed, k, true)])),
        hash([t70.yearCases(40, seed), t70.codeCases(40, seed)]),
      ]).toEqual(want);
    });
});
