/**
 * words44 and words45's checker and attacker of a title's count (their tests share it): `run` checks a text under the
 * threshold, `codes` its refusals, `recovers` whether the oracle, taking the small line's sum as the title says it,
 * recovers a count under 10 of a passed case; `SMALL` and `BODY` the tables the titles stand over.
 */
import { check } from '../../src/pubcheck/check.ts';
import { fixtureBundle, solver } from './helpers.ts';
import { attack } from './oracle.ts';
import type { Case44 } from './words44-families.ts';

const bundle = fixtureBundle();
const highs = await solver();

export const run = (text: string, mipSeconds = 0.05) =>
  check(highs, bundle, text, { details: true }, { protection: 'threshold', mipSeconds });

export const codes = (text: string) => {
  const r = run(text);
  return r.ok ? [] : [...new Set(r.errors.map((e) => e.code))];
};

/** A line of small counts (切断: 1 + 2 = 3) beside two of ordinary ones (sums 51, 55; columns 41, 68). */
export const SMALL = '\tA群\tB群\n切断\t1\t2\n入院\t20\t31\nその他\t20\t35\n';
/** Sums: rows 27, 51; columns 32, 46; all 78. */
export const BODY = '\tA群\tB群\n死亡\t12\t15\n入院\t20\t31\n';

/** Whether an attacker who takes the small line's sum as the title says it recovers a count under 10 of a passed case. */
export function recovers(c: Case44): boolean {
  const r = run(c.text, 0.2);
  if (!r.ok) return false;
  const tr = r.tables[0]!;
  if (tr.suppression?.passed === false) return false;
  const sumOf = (l: (string | number)[]) => (l.slice(1) as number[]).reduce((a, b) => a + b, 0);
  const truth = `${['', ...c.cols, '合計'].join('\t')}\n${c.lines.map((l) => [...l, sumOf(l)].join('\t')).join('\n')}\n`;
  const C = tr.table.cols.length;
  const hidden = new Set(tr.status.flatMap((s, id) => (s === 'published' ? [] : [`0:${Math.floor(id / C)}:${id % C}`])));
  for (let i = 1; i < c.lines.length; i++) hidden.add(`0:${i}:${c.cols.length}`);
  const ranges = attack(highs, truth, hidden, { zeroExempt: true });
  return [...ranges].some(([id, g]) => Number(id.split(':')[2]) < c.cols.length && g.hi !== null && (g.hi <= g.lo || g.hi < 10));
}
