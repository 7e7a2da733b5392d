/**
 * source/seed-quote — a term definition or a rule value whose basis is `seed` (the draft minutes say it) shows
 * the passage it rests on: one of its meeting sources (`sources`, `decidedAt`) carries a `quote:`, which
 * source/quote then finds in the minutes.
 *
 * Why: `basis: seed` tells readers 「第31回議事概要（案）による」. A definition we composed from the minutes'
 * drift (a gloss of 成果物, a redefinition whose wording is not published) is our reading, not the minutes'
 * words; without the passage nothing tells the two apart.
 * How to fix: add `quote:` with the minutes' words to the meeting source the statement rests on; if no passage
 * says it, the statement is ours: set `basis: inferred` (pages then label it 推定).
 *
 * @example not-ok
 *   definitions:
 *     - since: r2026
 *       basis: seed                                   ← no passage: the definition's words are ours
 *       sources: [{ meeting: m31, item: r4 }]
 * @example ok
 *   definitions:
 *     - since: r2026
 *       basis: seed
 *       sources: [{ meeting: m31, item: r4, quote: 事務局審査で承認した利活用申出 }]
 */
import type { MeetingSource } from '../../schemas/index.ts';
import type { Doc, Model } from '../../src/model/model.ts';
import type { PathKey } from '../../src/model/parse-document.ts';
import { finding, placeOf, type Finding, type Rule } from './kit.ts';

const id = 'source/seed-quote';

/** A dated statement that may rest on the minutes: its basis, and the meeting sources it names. */
interface Statement {
  doc: Doc<unknown>;
  path: PathKey[];
  what: string;
  basis: string | undefined;
  meetings: MeetingSource[];
}

function* statements(model: Model): Generator<Statement> {
  for (const doc of model.terms.values()) {
    for (const [i, d] of doc.data.definitions.entries()) {
      yield {
        doc,
        path: ['definitions', i],
        what: `the definition of ${doc.data.id} since ${d.since}`,
        basis: d.basis,
        meetings: [...d.sources.filter((s) => 'meeting' in s), ...(d.decidedAt ? [d.decidedAt] : [])],
      };
    }
  }
  for (const doc of model.rules.values()) {
    for (const [i, p] of doc.data.params.entries()) {
      for (const [j, v] of p.values.entries()) {
        yield {
          doc,
          path: ['params', i, 'values', j],
          what: `the value of ${doc.data.id}.${p.id} since ${v.since}`,
          basis: v.basis,
          meetings: v.decidedAt ? [v.decidedAt] : [],
        };
      }
    }
  }
}

export const rule: Rule = {
  id,
  description: 'A term definition or rule value with basis seed quotes the passage of the minutes it rests on.',
  check(model: Model): Finding[] {
    const out: Finding[] = [];
    for (const s of statements(model)) {
      if (s.basis !== 'seed' || s.meetings.some((m) => m.quote !== undefined)) continue;
      out.push(
        finding(
          id,
          placeOf(s.doc, [...s.path, 'basis']),
          `「seed」 is the basis of ${s.what}, but none of its meeting sources quotes the passage it rests on; expected a quote of the minutes' words, or basis inferred`,
          'add quote: with the words of the minutes to the meeting source (sources or decidedAt); if no passage says it, the words are ours: set basis: inferred',
        ),
      );
    }
    return out;
  },
};
