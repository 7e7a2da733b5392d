/**
 * A label written into a hint's suggested heading (「頻度（例数）」) goes through `quoted` as every quoted label does
 * (fixd's note on the merge of stop 35: rates.ts wrote its labels into 「」 by hand, so a label holding 「」」 left the
 * hint's brackets unbalanced, the words test's rule). On c8fdd1b the hint of 「頻」」 read 「頻」」（例数）」.
 */
import { describe, expect, it } from 'vitest';
import { fixtureBundle, solver } from './helpers.ts';
import { adversary } from './protection.ts';

const highs = await solver();
const { result } = adversary(highs, fixtureBundle());
const tsv = (rows: (string | number)[][]) => rows.map((r) => r.join('\t')).join('\n') + '\n';
const outcome = (label: string) =>
  tsv([
    ['', '患者数', 'イベント数', label],
    ['A群', 120, 3, 25],
    ['B群', 130, 40, 308],
  ]);
/** Each 「 closed by its 」 in order, none left open or closed twice. */
const balanced = (text: string) => {
  let depth = 0;
  for (const ch of text) {
    if (ch === '「') depth++;
    if (ch === '」' && --depth < 0) return false;
  }
  return depth === 0;
};

describe('a label with corner brackets in a hint of a rate heading', () => {
  it.each(['頻度', '頻」', '「頻度', '頻「度」'])('%s: every message and hint keeps its brackets balanced', (label) => {
    const r = result(outcome(label));
    const said = [...(r.ok ? r.warnings : r.errors)].flatMap((e) => [e.message, 'hint' in e ? String(e.hint ?? '') : '']);
    expect(said.join('').length).toBeGreaterThan(0);
    expect(said.filter((s) => !balanced(s))).toEqual([]);
  });
});
