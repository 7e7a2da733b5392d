/**
 * The words12 families measured against a checkout (words12.test.ts's numbers): `npx node
 * test/pubcheck/words12-measure.ts [path to another checkout's src/pubcheck] [seeds]` (default: this one's, 941,942).
 * Prints, per seed and family, how many of 200 pass (exit 0) where the words give a count back (leaked), how many
 * innocent ones are refused, and how many rough counts in kanji are refused with another reading than a reader's.
 */
import { checkerIn } from './helpers.ts';
import { englishFew, familyLine, nameNotes, roughKanji, roughLabels, sharesNoNo } from './words12-families.ts';

const { check, highs, bundle } = await checkerIn(process.argv[2]);
const run = (text: string) => check(highs, bundle, text, { details: true });
const seeds = (process.argv[3] ?? '941,942').split(',').map(Number);
const verbose = process.argv.includes('-v');
for (const seed of seeds) {
  const line: string[] = [];
  for (const [name, family] of [
    ['names', nameNotes(seed, 200)],
    ['rough labels', roughLabels(seed + 2, 200)],
    ['english few', englishFew(seed + 4, 200)],
    ['shares without の', sharesNoNo(seed + 6, 200)],
  ] as const) {
    line.push(familyLine(run, name, family, verbose, 8));
  }
  const rough = roughKanji(seed + 8, 200).map((c) => {
    const r = run(c.text);
    return { ...c, misread: r.ok || !r.errors.some((e) => e.message.includes(c.reads)) };
  });
  line.push(`rough kanji misread or passed ${rough.filter((c) => c.misread).length}/200`);
  if (verbose) for (const c of rough.filter((c) => c.misread).slice(0, 5)) console.log(`  rough: ${c.said} (${c.reads})`);
  console.log(`seed ${seed}: ${line.join('; ')}`);
}
