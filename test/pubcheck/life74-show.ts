/** life74: print one input's statuses per table, warnings' codes and the oracle's verdict (a probe aid). */
import { readFileSync } from 'node:fs';
import { oracleVerdict } from './attack35-measure.ts';
import { checkerOfRoot } from './helpers.ts';
import { attack, parse } from './oracle.ts';
import { asAttacked } from './protection.ts';

const text = readFileSync(process.argv[2]!, 'utf8');
const { check, highs, bundle } = await checkerOfRoot();
const r = check(highs, bundle, text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });
if (!r.ok) console.log('refused', r.errors.map((e) => `${e.code}: ${e.message}`).join('\n'));
else {
  r.tables.forEach((t, i) => console.log(i + 1, t.status.map((s) => (s === 'published' ? '.' : s[0])).join('')));
  console.log(r.warnings.map((w) => w.code).join(' '));
  if (process.argv[3]) for (const w of r.warnings) console.log(w.code, w.message.slice(0, 300));
  const at = parse(asAttacked(r, text));
  const hidden = new Set<string>();
  r.tables.forEach((t, ti) =>
    t.status.forEach((s, id) => {
      const o = at[ti]!;
      const row = o.rows.indexOf(t.table.rows[Math.floor(id / t.table.cols.length)]!.label);
      const col = o.cols.indexOf(t.table.cols[id % t.table.cols.length]!.label);
      if (s !== 'published') hidden.add(`${ti}:${row}:${col}`);
    }),
  );
  const ranges = attack(highs, asAttacked(r, text), hidden, {
    zeroExempt: true,
    disjointParts: true,
    steps: true,
    oneStep: true,
    threeWay: true,
    fourWay: true,
  });
  for (const [k, v] of ranges) if (hidden.has(k)) console.log(k, v.lo, v.hi);
  console.log(oracleVerdict(highs, r, text, 'threshold', { oneStep: true, threeWay: true, fourWay: true }));
}
