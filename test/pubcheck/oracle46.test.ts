/**
 * oracle46 (issue #11): the oracle's ranges depend only on what is published. Where an input holds two or three tables
 * of the same counts (SAS's crosstab with Percent, Row Pct and Col Pct; Stata's two-way text with two or three lines of
 * percentages; SPSS's whole's and valid's tables), 6879fff's oracle took each table's lines as other patients': a line
 * and its copy two lines, so 「StageII = StageI + StageI」 and 「A群 = 3 × StageI + StageIII」 — chance equalities of
 * hidden true counts no reader sees — pinned 39 of 39 45 / 4 94, where 40 44 / 3 95 prints the same page
 * (formats44.test.ts). Now tables printing a line of counts whole are views of one table (oracle.ts `viewOf`), a line
 * and its copy one line. Property: two truths giving one published page (oracle46-families.ts `twin`: the counts moved
 * by one around a rectangle of hidden cells, or between two hidden rows of a list, the published cells' text and the
 * hidden set the same) get the same ranges (seeds 2361–2370 here; `oracle46-measure.ts 1 2361-2380` tallies base and now).
 */
import { describe, expect, it } from 'vitest';
import { fixtureBundle, solver } from './helpers.ts';
import { adversary, type Ok } from './protection.ts';
import { twin, twinCases } from './oracle46-families.ts';
import { attack } from './oracle.ts';

const highs = await solver();
const { result } = adversary(highs, fixtureBundle());

describe('two truths of one published page get the same oracle ranges', () => {
  it('SAS crosstabs, Stata two-way text, SPSS with missing rows (seeds 2361–2370; 6879fff: 4 of 21 pairs differ, each pinned under one truth only)', () => {
    const kinds = new Map<string, number>();
    const differ: string[] = [];
    for (let seed = 2361; seed <= 2370; seed++)
      for (const c of twinCases(1, seed)) {
        const pair = twin(c, (text) => {
          const r = result(text);
          return r.ok ? (r as Ok) : undefined;
        });
        if (!pair) continue;
        kinds.set(c.kind, (kinds.get(c.kind) ?? 0) + 1);
        const hidden = new Set(
          pair.r1.tables.flatMap((t, ti) =>
            t.status.flatMap((s, id) =>
              s !== 'published' ? [`${ti}:${Math.floor(id / t.table.cols.length)}:${id % t.table.cols.length}`] : [],
            ),
          ),
        );
        const ranges = (joined: string) =>
          JSON.stringify([...attack(highs, joined, hidden, { zeroExempt: true, disjointParts: true })].sort());
        if (ranges(pair.one.joined) !== ranges(pair.two.joined)) differ.push(`${seed} ${c.kind} ${JSON.stringify(c.counts)}`);
      }
    expect(differ).toEqual([]);
    // Pairs of every kind were found.
    expect([...kinds.keys()].sort()).toEqual(['sas', 'spss', 'stata']);
  }, 1_800_000);
});
