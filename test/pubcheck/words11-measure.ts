/**
 * The words11 families measured against a checkout (words11.test.ts's numbers): `npx node
 * test/pubcheck/words11-measure.ts [path to another checkout's src/pubcheck] [seeds]` (default: this one's, 761,762).
 * Prints, per seed and family, how many of 200 pass (exit 0) where the words give a count back, and how many innocent
 * ones are refused.
 */
import { checkerIn } from './helpers.ts';
import { cellShares, closingLabels, innocentLabels, innocentNotes, wordNotes, wordPlaces } from './words11-families.ts';

const { check, highs, bundle } = await checkerIn(process.argv[2]);
const passes = (text: string) => check(highs, bundle, text, { details: true }).ok;
const seeds = (process.argv[3] ?? '761,762').split(',').map(Number);
const verbose = process.argv.includes('-v');
for (const seed of seeds) {
  const words = wordNotes(seed, 200).filter((c) => passes(c.text));
  const cells = cellShares(seed + 2, 200).map((c) => ({ ...c, passes: passes(c.text) }));
  const innocent = innocentNotes(seed + 4, 200).filter((c) => !passes(c.text));
  const places = wordPlaces(seed + 6, 200).map((c) => ({ ...c, words: passes(c.text), digits: passes(c.digits) }));
  const labels = innocentLabels(seed + 8, 200).filter((c) => !passes(c.text));
  const closing = closingLabels(seed + 16, 200).filter((c) => passes(c.text));
  console.log(
    `seed ${seed}: word notes leaked ${words.length}/200; ` +
      `cell shares leaked ${cells.filter((c) => c.leaks && c.passes).length}/${cells.filter((c) => c.leaks).length}, ` +
      `loose refused ${cells.filter((c) => !c.leaks && !c.passes).length}/${cells.filter((c) => !c.leaks).length}; ` +
      `innocent notes refused ${innocent.length}/200; ` +
      `labels and titles in words leaked ${places.filter((c) => c.words && !c.digits).length}/${places.filter((c) => !c.digits).length} (digits refused); ` +
      `innocent labels refused ${labels.length}/200; ` +
      `closing words in labels leaked ${closing.length}/200`,
  );
  if (verbose) {
    for (const c of words.slice(0, 30)) console.log('  leak', c.note, c.reads);
    for (const c of cells.filter((c) => c.leaks === c.passes).slice(0, 10))
      console.log('  cell', c.leaks ? 'leak' : 'over', c.note, c.reads);
    for (const c of new Set(innocent.map((c) => c.note))) console.log('  innocent refused', c);
    for (const c of new Set(places.filter((c) => c.words && !c.digits).map((c) => c.said))) console.log('  place leak', c);
    for (const c of new Set(labels.map((c) => c.label))) console.log('  innocent label refused', c);
  }
}
