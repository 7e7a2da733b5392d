import { casesOf } from './refuse2-classes.ts';
import { CLASSES } from './sigma9-classes.ts';
import { lcg, solver, fixtureBundle } from './helpers.ts';
import { check } from '../../src/pubcheck/check.ts';
const highs = await solver(); const bundle = fixtureBundle();
let k = 0;
for (const c of casesOf(CLASSES[0]!, lcg(465), 40)) {
  const r = check(highs, bundle, c.text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });
  if (!r.ok && k++ < 6) console.log(c.text, r.errors.slice(0,2).map((e) => `${e.code}: ${e.message}`).join('\n'), '\n----');
}
