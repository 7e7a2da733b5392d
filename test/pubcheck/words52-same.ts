/**
 * words52's cost: the words48/49/50 families (seeds as their READMEs measured, SIZE each, 200 unless said) run by a
 * base checkout and this tree, case by case: the verdict, its codes and every cell's status compared.
 * `npx node test/pubcheck/words52-same.ts <src/pubcheck of the base>`; prints the families' differing cases.
 */
import { checkerIn } from './helpers.ts';
import { behind48, english48, innocent48, unnamed48 } from './words48-families.ts';
import { column49, innocent49 } from './words49-families.ts';
import { bracket50, cross50, innocent50, many50 } from './words50-families.ts';
import { runWith } from './words52-attack.ts';

const base = await checkerIn(process.argv[2]);
const now = await checkerIn();
const size = Number(process.env.SIZE ?? 200);
const families: [string, { text: string; said: string }[]][] = [
  ['unnamed48 2601', unnamed48(2601, size)],
  ['english48 2602', english48(2602, size)],
  ['innocent48 2603', innocent48(2603, size)],
  ['behind48 2610', behind48(2610, size)],
  ['column49 2701', column49(2701, size)],
  ['innocent49 2702', innocent49(2702, size)],
  ['cross50 2801', cross50(2801, size)],
  ['bracket50 2802', bracket50(2802, size)],
  ['many50 2803', many50(2803, size)],
  ['innocent50 2804', innocent50(2804, size)],
];
const shape = (r: ReturnType<typeof runWith>) =>
  r.ok
    ? `ok ${r.tables.map((t) => `${t.suppression?.passed}:${t.status.join(',')}`).join('|')}`
    : `refused ${[...new Set(r.errors.map((e) => e.code))].sort().join('+')}`;
for (const [name, cases] of families) {
  let differ = 0;
  let refusedBase = 0;
  let refusedNow = 0;
  for (const c of cases) {
    const [a, b] = [runWith(base, c.text), runWith(now, c.text)];
    if (!a.ok) refusedBase++;
    if (!b.ok) refusedNow++;
    if (shape(a) !== shape(b)) {
      differ++;
      console.log(`  ${name}: ${c.said} — base ${shape(a).slice(0, 60)} / now ${shape(b).slice(0, 60)}`);
    }
  }
  console.log(`${name}: ${cases.length} cases, refused ${refusedBase} → ${refusedNow}, differing ${differ}`);
}
