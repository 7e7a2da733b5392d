/**
 * notes58's measure: `ROOT=<tree> npx node test/pubcheck/notes58-measure.ts` — per family (seeds 3950–3952, 100 each)
 * read / refused / cells hidden, and for `leak` the notes published whose count gives a hidden cell of 表2's 「同意撤回」
 * back to a reader who takes the note for those patients: the count one hidden cell (pinned), a hidden small cell plus
 * a published one (pinned), or two cells adding to at most 10 with one hidden (each under 10; 0s published, a hidden
 * cell at least 1).
 */
import { checkerOfRoot } from './helpers.ts';
import { family58 } from './notes58-families.ts';

const k = await checkerOfRoot();
const run = (text: string) => k.check(k.highs, k.bundle, text, { details: true }, { protection: 'threshold', mipSeconds: 0.2 });
for (const [kind, seed] of [
  ['leak', 3950],
  ['apart', 3951],
  ['chance', 3952],
] as const) {
  let read = 0;
  let refused = 0;
  let hidden = 0;
  let leaked = 0;
  for (const c of family58(kind, seed)) {
    const r = run(c.text);
    if (!r.ok) {
      refused++;
      continue;
    }
    read++;
    for (const tr of r.tables) hidden += tr.status.filter((s) => s !== 'published').length;
    if (kind !== 'leak') continue;
    const tr = r.tables.find((t) => t.table.rows.some((h) => h.label === '同意撤回'))!;
    const C = tr.table.cols.length;
    const i = tr.table.rows.findIndex((h) => h.label === '同意撤回');
    const shown = (j: number) => tr.status[i * C + j] === 'published';
    const [a, b] = [!shown(0), !shown(1)];
    if ((c.shape === 'cell' && a) || (c.shape === 'mixed' && a && !b) || (c.shape === 'sum' && (a || b) && c.n <= 10)) leaked++;
  }
  console.log(`${kind} ${seed}: read ${read}, refused ${refused}, hidden ${hidden}${kind === 'leak' ? `, leaked ${leaked}` : ''}`);
}
