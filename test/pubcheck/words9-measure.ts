/**
 * The words9 families measured against a checkout (words9.test.ts's numbers): `npx node test/pubcheck/words9-measure.ts
 * [path to another checkout's src/pubcheck]` (default: this one's). Prints, per seed, how many of 200 leak (pass with
 * a count under 10 in words) and how many innocent ones are refused (exit 2), and the time of 100,000 share notes.
 */
import { fixtureBundle, solver } from './helpers.ts';
import { groupShares, innocentLabels, innocentNotes, labelShares, nativeNotes, romanCounts, wordLabels } from './words9-families.ts';

const dir = process.argv[2] ?? new URL('../../src/pubcheck', import.meta.url).pathname;
const { check } = (await import(`${dir}/check.ts`)) as typeof import('../../src/pubcheck/check.ts');
const { readTables } = (await import(`${dir}/read.ts`)) as typeof import('../../src/pubcheck/read.ts');
const bundle = fixtureBundle();
const highs = await solver();
const refused = (text: string) => !check(highs, bundle, text, { details: true }).ok;
const seeds = (process.argv[3] ?? '541,542').split(',').map(Number);
for (const seed of seeds) {
  const shares = labelShares(seed, 200).map((c) => ({ ...c, refused: refused(c.text) }));
  const groups = groupShares(seed + 10, 200).map((c) => ({ ...c, refused: refused(c.text) }));
  console.log(
    `seed ${seed}: label shares leaked ${shares.filter((c) => c.leaks && !c.refused).length}/${shares.filter((c) => c.leaks).length}, ` +
      `loose refused ${shares.filter((c) => !c.leaks && c.refused).length}/${shares.filter((c) => !c.leaks).length}; ` +
      `word labels leaked ${wordLabels(seed + 2, 200).filter((c) => !refused(c.text)).length}/200; ` +
      `native notes leaked ${nativeNotes(seed + 4, 200).filter((c) => !refused(c.text)).length}/200; ` +
      `roman leaked ${romanCounts(seed + 6, 200).filter((c) => !refused(c.text)).length}/200; ` +
      `innocent labels refused ${innocentLabels(seed + 8, 200).filter((c) => refused(c.text)).length}/200, ` +
      `innocent notes refused ${innocentNotes(seed + 9, 200).filter((c) => refused(c.text)).length}/200; ` +
      `group shares leaked ${groups.filter((c) => c.leaks && !c.refused).length}/${groups.filter((c) => c.leaks).length}, ` +
      `over-refused ${groups.filter((c) => !c.leaks && c.refused).length}/${groups.filter((c) => !c.leaks).length}`,
  );
}
if (process.argv.includes('--time')) {
  const words = [
    '死亡は半数',
    '全員が生存',
    'all but two survived',
    'more than half died',
    '過半数が生存',
    'ほぼ全員',
    '死亡は二割',
    'a third of the patients died',
    '死亡は数例',
  ];
  const lines = ['# 表1 (N=200)', ',A群,B群', '死亡,40,50', '生存,60,50', ''];
  for (let i = 0; i < 100_000; i++) lines.push(`注：${words[i % words.length]}（施設${'ABCDEFG'[i % 7]}）`);
  const text = lines.join('\n');
  const times: number[] = [];
  for (let k = 0; k < 5; k++) {
    const t0 = performance.now();
    readTables(text, { threshold: 10 });
    times.push((performance.now() - t0) / 1000);
  }
  console.log(
    `100,000 share notes: ${times.map((t) => t.toFixed(2)).join(', ')} s (median ${[...times].sort((a, b) => a - b)[2]!.toFixed(2)})`,
  );
}
