/**
 * review73 (issue #11's code audit, seeds 5780–5789): round 35's repeats in test code shared, no change in the checker.
 * What `duplicates --change --base 7b46c002` named on int36 (26 pairs, 5 not shape-only, one of them in src/) is now
 * written once:
 * - ext70-families.ts `drawCounts` (extremes60's 表1 drawn), `rthShares` (each year's r-th count's share), `pct`, `rth`,
 *   `published`, `countsOfShare` and `table1Leaks` (fills.ts's brute force over 表1): ext70's `rthOneCases`,
 *   `rthAttack`; ext72's `rankCases`, `innocentCases`, `rankAttack`.
 * - ext70-families.ts `HAND_ONE` (the hand 表1 of seven hospitals): ext70.test.ts, ext72.test.ts.
 * - extremes60-families.ts `printTallies` (a line a family, then the total): ext70's and ext72's command lines.
 * - rates72-families.ts `rateCounts` (and `Ok`): rates72-mix.ts's command line.
 * - redg63-families.ts `partTable` (表3… of any lines under their 「計」), `seriesTables` (「参考」 tables of given lines)
 *   and `casesOf`: life71's and life72's `make` and `cases`; redg63's `partTables` and `referenceTables` built on them.
 *   life71-families.ts `PART_WORDS`: life72.
 * The generators' outputs are byte for byte as on int36 (d7ca8eeb): hashes below taken there (seeds 1, 5700, 5715,
 * 5730, 5741, 5750, 9999; /work/wt/tools/hash73.ts). It imports only what existed there, so it runs on both trees.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import * as e70 from './ext70-families.ts';
import * as e72 from './ext72-families.ts';
import * as l69 from './life69-families.ts';
import * as l71 from './life71-families.ts';
import * as l72 from './life72-families.ts';
import * as r72 from './rates72-families.ts';
import * as m72 from './rates72-mix.ts';
import * as g63 from './redg63-families.ts';
import * as t72 from './titles72-families.ts';
import * as w72 from './whole72-families.ts';

const hash = (x: unknown) =>
  createHash('sha256')
    .update(JSON.stringify(x, (_k, v: unknown) => (v instanceof Map ? [...v] : v)))
    .digest('hex')
    .slice(0, 16);

describe('review73: the generators through the shared pieces, byte for byte as on int36', () => {
  // [seed, ext72 (30 rank + 30 innocent + 30 own), ext70 (30 rth + 30 rth-one), life72 (20 a kind), life71 (20 a kind),
  //  rates72 ptTables (20 a kind), rates72-mix (20 + 20 innocent), titles72 (30 years + 30 overtotal + 30 notes),
  //  whole72 (20 a kind), redg63 starved (20 + 20 innocent) and life69 (20 six + 20 innocent)].
  const pinned = [
    [
      1,
      '0e11885cc9a7ebd8',
      '00d4c76cd42362dd',
      '137a112a54414f59',
      '95c99c7ea3a69a14',
      '93a90044b193b578',
      'd2cbd0756154de70',
      'a1126f13c79b9f60',
      '67cb28c6bcd9173c',
      '0f13a45f2041a153',
    ],
    [
      5700,
      '8bc32b94b4dd3ab4',
      '6342b602926aa49d',
      'd0e739b14c9e1ead',
      'ce7881d5048932cd',
      '557585dc789161db',
      '16ecdc2d33d8d75e',
      '5fc5fcad4d3a594a',
      'cfb853133e1a6809',
      'd07f4c629edd34ac',
    ],
    [
      5715,
      '5527849f432ff2b9',
      '278aafa8e1ad5c9d',
      '1ac97a5bc1cb6915',
      '64c8a4521083e035',
      '8114955475c5fc12',
      '12d2e4188492cff3',
      'f34a7c25786269d0',
      'ca428a6548a51738',
      '20829b28f846c092',
    ],
    [
      5730,
      '07f0e25f4ee8d0e9',
      '47cd87df9fde819c',
      '8db5a6136b519ee9',
      '6e1fdd7297eaf5ba',
      '4e22144e5939a02e',
      '501a84c373fd0c8b',
      '99b738b8687e04ac',
      'dcf825b612802434',
      'ac3deffa3310c183',
    ],
    [
      5741,
      'b7c2cf99e494df61',
      'a8748d8000a4d579',
      '7f702e8e3c44fab5',
      '3c2fbd70d9039a80',
      '1250740b84dab7e7',
      '65d9cdde774bdc8b',
      '390a27f0530dc6e2',
      '6b1f67c515bbf594',
      '653640077c4e2f7d',
    ],
    [
      5750,
      '9d03c9e04b84fa35',
      '5daece5f6c164f7e',
      '1e2949bea7faef6f',
      'e52acde8fb1aeb90',
      'e0ca16c17f752808',
      '78aa28f68bc9d0c7',
      'db2d885339af12bc',
      'faf5680b72899de1',
      '5ce4db7357f95bad',
    ],
    [
      9999,
      'd1e31520f57b48d4',
      '6abdd033b17ab4a8',
      'dcca65dc01e7b48a',
      '026fad205a62b759',
      '3d77794a338af3c8',
      '214a724f88571fc5',
      '78de7359378aadfa',
      'fa51f6fa5ab0a988',
      'f48540c22d332773',
    ],
  ] as const;
  for (const [seed, ...want] of pinned)
    it(`seed ${seed}`, () => {
      expect([
        hash([e72.rankCases(30, seed), e72.innocentCases(30, seed), e72.ownCases(30, seed)]),
        hash([e70.rthCases(30, seed), e70.rthOneCases(30, seed)]),
        hash((['step', 'stepInnocent', 'wide', 'wideInnocent'] as const).map((k) => l72.cases(k, 20, seed))),
        hash((['two', 'three', 'one', 'innocent', 'plain'] as const).map((k) => l71.cases(k, 20, seed))),
        hash((['mixed', 'fine', 'coarse', 'days', 'unwritten'] as const).map((k) => r72.ptTables(k, 20, seed))),
        hash([m72.mixTables(20, seed), m72.mixTables(20, seed, true)]),
        hash([t72.yearCases72(30, seed), t72.overtotalCases(30, seed), t72.noteCases(30, seed)]),
        hash((['three', 'slips', 'sum', 'run', 'chance'] as const).map((k) => w72.nearCases(k, 20, seed))),
        hash([g63.starved(20, seed), g63.starved(20, seed, true), l69.family(20, seed), l69.family(20, seed, 'innocent')]),
      ]).toEqual(want);
    });
});
