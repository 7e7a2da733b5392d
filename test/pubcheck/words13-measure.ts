/**
 * The words13 families measured against a checkout (words13.test.ts's numbers): `ROOT=<other checkout> npx node
 * test/pubcheck/words13-measure.ts [seeds]` (default: this tree, seeds 1321,1322). Prints, per seed and family, how
 * many of 200 pass where the words give a count back (leaked), how many innocent ones are refused, and how many counts
 * in words are quoted otherwise than written.
 */
import { checkerOfRoot } from './helpers.ts';
import { familyLine } from './words12-families.ts';
import { fewWords, idiomNotes, nameCounts, quotedForms } from './words13-families.ts';

const { check, highs, bundle } = await checkerOfRoot();
const run = (text: string) => check(highs, bundle, text, { details: true });
const seeds = (process.argv[2] ?? '1321,1322').split(',').map(Number);
const verbose = process.argv.includes('-v');
for (const seed of seeds) {
  const line: string[] = [];
  const quoted = quotedForms(seed, 200).map((c) => {
    const r = run(c.text);
    return { ...c, wrong: r.ok || !r.errors.some((e) => e.message.includes(`「${c.quote}`)) };
  });
  line.push(`quoted otherwise than written ${quoted.filter((c) => c.wrong).length}/200`);
  if (verbose) for (const c of quoted.filter((c) => c.wrong).slice(0, 6)) console.log(`  quote: ${c.said}`);
  for (const [name, family] of [
    ['idioms', idiomNotes(seed + 2, 200)],
    ['names', nameCounts(seed + 4, 200)],
    ['few words', fewWords(seed + 6, 200)],
  ] as const) {
    line.push(familyLine(run, name, family, verbose, 6));
  }
  console.log(`seed ${seed}: ${line.join('; ')}`);
}
