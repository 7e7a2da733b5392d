/**
 * linked37: how often `links/not-searched` is said on ordinary multi-table inputs (linked35's and linked37's chance
 * families: unrelated tables of the same label shapes), through the checker of `ROOT` (this tree unless said).
 * `npx node test/pubcheck/linked37-noise.ts <count> <seed,seed…>`: inputs, inputs with the warning, warnings in all.
 */
import { checkerOfRoot } from './helpers.ts';
import { chance as chance35 } from './linked35-families.ts';
import { chance as chance37 } from './linked37-families.ts';

const { check, highs, bundle } = await checkerOfRoot();
const count = Number(process.argv[2] ?? 10);
const seeds = (process.argv[3] ?? '1431').split(',').map(Number);
const tally = { inputs: 0, said: 0, warnings: 0, refused: 0 };
for (const seed of seeds)
  for (const c of [...chance35(count, seed), ...chance37(count, seed)]) {
    const r = check(highs, bundle, c.text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });
    tally.inputs++;
    if (!r.ok) {
      tally.refused++;
      continue;
    }
    const n = r.warnings.filter((w) => w.code === 'links/not-searched').length;
    tally.warnings += n;
    if (n > 0) tally.said++;
  }
console.log(`inputs ${tally.inputs}\trefused ${tally.refused}\twith links/not-searched ${tally.said}\twarnings ${tally.warnings}`);
