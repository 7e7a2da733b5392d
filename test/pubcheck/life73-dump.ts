/**
 * life73: per case of a life72/life73 family, through the checker of `ROOT`: refused / read, the hidden cells, the
 * oracle's pinned cells (table, line, column, value) and the life warnings — to diagnose a leaked case.
 * `npx node test/pubcheck/life73-dump.ts <family file> <kind> <count> <seed> [case…]`.
 */
import { attack, parse } from './oracle.ts';
import { asAttacked } from './protection.ts';
import { checkerOfRoot } from './helpers.ts';

const { check, highs, bundle } = await checkerOfRoot();
const [file, kind, count, seed, ...only] = process.argv.slice(2);
const fam = (await import(`./${file}`)) as { cases: (k: string, n: number, s: number) => { text: string }[] };
const all = fam.cases(kind!, Number(count), Number(seed));
for (const [n, c] of all.entries()) {
  if (only.length > 0 && !only.includes(String(n))) continue;
  const r = check(highs, bundle, c.text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });
  if (!r.ok) {
    console.log(`## case ${n}: refused`, JSON.stringify(r.errors.map((e: { code: string }) => e.code)));
    continue;
  }
  const text = asAttacked(r, c.text);
  const attacked = parse(text);
  const hidden = new Set<string>();
  const small = new Set<string>();
  r.tables.forEach((t, ti) =>
    t.status.forEach((s, id) => {
      const o = attacked[ti]!;
      const row = o.rows.indexOf(t.table.rows[Math.floor(id / t.table.cols.length)]!.label);
      const col = o.cols.indexOf(t.table.cols[id % t.table.cols.length]!.label);
      const key = `${ti}:${row}:${col}`;
      if (s !== 'published') hidden.add(key);
      if (s === 'primary') small.add(key);
    }),
  );
  const ranges = attack(highs, text, hidden, {
    zeroExempt: true,
    disjointParts: true,
    steps: true,
    oneStep: true,
    threeWay: true,
    fourWay: true,
  });
  const pinned = [...ranges].filter(
    ([key, range]) => (range.hi !== null && range.hi <= range.lo) || (small.has(key) && (range.hi ?? Infinity) < 10),
  );
  const name = (key: string) => {
    const [ti, row, col] = key.split(':').map(Number);
    const o = attacked[ti!]!;
    return `表${ti! + 1} ${o.rows[row!]} / ${o.cols[col!]}`;
  };
  console.log(`## case ${n}: ${pinned.length > 0 ? 'LEAKED' : 'held'} hidden ${hidden.size}`);
  console.log('hidden:', [...hidden].map(name).join('; '));
  for (const [key, range] of pinned) console.log('pinned:', name(key), JSON.stringify(range));
  for (const w of r.warnings) if (/life/.test(w.code)) console.log(w.code, w.message.slice(0, 300));
  if (process.env.TEXT) console.log(c.text);
}
