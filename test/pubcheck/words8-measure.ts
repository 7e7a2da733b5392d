/**
 * The words8 families measured against a read.ts (words8.test.ts's numbers): `npx node test/pubcheck/words8-measure.ts
 * [path to another checkout's src/pubcheck/read.ts]` (default: this one's). Prints, per seed, the kanji counts leaked,
 * the innocent notes refused, the shares leaked and over-refused, and the spaced Ns read.
 */
import { innocentNotes, judge, kanjiNotes, shareNotes, spacedTitles } from './words8-families.ts';

const path = process.argv[2] ?? new URL('../../src/pubcheck/read.ts', import.meta.url).pathname;
const { readTables } = (await import(path)) as typeof import('../../src/pubcheck/read.ts');
for (const seed of [441, 442, 443]) {
  const kanji = kanjiNotes(seed, 200).filter((c) => !judge(readTables, c.text).refused).length;
  const innocent = innocentNotes(seed + 3, 200).filter((c) => judge(readTables, c.text).refused).length;
  const shares = shareNotes(seed + 6, 300).map((c) => ({ ...c, refused: judge(readTables, c.text).refused }));
  const leaking = shares.filter((c) => c.leaks);
  const loose = shares.filter((c) => !c.leaks);
  const spaced = spacedTitles(seed + 10, 100).filter((c) => judge(readTables, c.text).denominator === c.n).length;
  console.log(
    `seed ${seed}: kanji leaked ${kanji}/200, innocent refused ${innocent}/200, shares leaked ${leaking.filter((c) => !c.refused).length}/${leaking.length}, ` +
      `over-refused ${loose.filter((c) => c.refused).length}/${loose.length}, spaced read ${spaced}/100`,
  );
}
