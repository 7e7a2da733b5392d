/**
 * totals47 (issue #11): a word in no list a few under its items in one column (「Semua 44」 over 発熱 20, 頭痛 15,
 * 発疹 12: a whole of several answers, the overlap 3), first or last (`oneColumnUnder`), and its cost family
 * (`oneColumnLatin`: one-column tables of Japanese items with one Latin-script category of 0–120, made to hit the rule).
 * The over-side (「患者全体」 over its items) is totals46-families.ts `unlistedOver`.
 *
 * Run as a script: `ROOT=<tree> npx node test/pubcheck/totals47-families.ts` (oneColumnUnder 200 of seed 2561 attacked
 * by totals46's `attackOverlap`; oneColumnLatin 1,000 of seed 2562: read so, hidden cells).
 */
import { checkerOfRoot, codesOf, int, lcg, pick } from './helpers.ts';
import { hiddenPrinted, keyTally, type Read } from './totals14-families.ts';
import type { UnderCase } from './totals45-families.ts';
import { attackOverlap } from './totals46-families.ts';

const ITEMS = ['発熱', '頭痛', '発疹', '嘔吐', '下痢'];

/** `count` one-column tables: 2–5 Japanese items of 10–60 and a word in no list under their sum by 1–9, first or last. */
export function oneColumnUnder(count: number, seed: number): UnderCase[] {
  const next = lcg(seed);
  return Array.from({ length: count }, () => {
    const w = pick(next, ['Semua', 'Alle Patienten', 'Kaikki', 'Todos']);
    const items = ITEMS.slice(0, int(next, 2, 5)).map((l) => [l, int(next, 10, 60)] as const);
    const sum = items.reduce((s, [, v]) => s + v, 0);
    const v = Math.max(sum - int(next, 1, 9), ...items.map(([, x]) => x));
    const rows = next() < 0.5 ? [[w, v], ...items] : [...items, [w, v]];
    return { text: `\tA群\n${rows.map((x) => x.join('\t')).join('\n')}\n`, axis: 'rows' as const, label: w };
  });
}

/** `count` one-column ordinary tables: 2–5 Japanese items of 0–60 and one Latin-script category of 0–120, first or last. */
export function oneColumnLatin(count: number, seed: number): string[] {
  const next = lcg(seed);
  return Array.from({ length: count }, () => {
    const items = ITEMS.slice(0, int(next, 2, 5)).map((l) => [l, int(next, 0, 60)] as [string, number]);
    items.splice(next() < 0.5 ? 0 : items.length, 0, [
      pick(next, ['MRSA', 'Other', 'HIV', 'COVID', 'Influenza', 'RSV']),
      int(next, 0, 120),
    ]);
    return `\tA群\n${items.map((x) => x.join('\t')).join('\n')}\n`;
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { check, highs, bundle } = await checkerOfRoot();
  const run = (text: string) => check(highs, bundle, text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });
  const { add, print } = keyTally();
  for (const c of oneColumnUnder(200, 2561)) add(`oneColumnUnder 2561: ${attackOverlap(highs, run(c.text) as never, c).what}`);
  for (const text of oneColumnLatin(1000, 2562)) {
    const r = run(text);
    add(`oneColumnLatin 2562: ${r.ok ? 'read' : `refused ${codesOf(r as never)}`}`);
    if (r.ok) add('oneColumnLatin 2562: hidden', hiddenPrinted(r.tables[0] as unknown as Read));
    if (r.ok && r.warnings.some((w) => w.code === 'total/overlap')) add('oneColumnLatin 2562: read as overlap');
  }
  print();
}
