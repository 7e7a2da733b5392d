/**
 * ref/unknown-meeting — every reference to a meeting names a meeting record, and every item it names is an
 * item of that meeting: sources `{meeting, item}`, a version's `approvedAt`, `decidedAt` of definitions
 * and rule values, a member's `asOf`, amendment timelines, and `refersTo` of meeting items — anywhere a
 * `{meeting: …}` appears in YAML.
 *
 * Why: a meeting source is the evidence for a fact; pages link it to the item in the minutes.
 * How to fix: use the meeting's id (`m31`) and an item id from its deliberations, sub-items or reports.
 *
 * @example not-ok
 *   sources: [{ meeting: m-31, item: d1-1 }]   → 「m-31」 is not a meeting id; … (did you mean m31?)
 *   sources: [{ meeting: m31, item: d9 }]      → 「d9」 is not an item of m31; …
 * @example ok
 *   sources: [{ meeting: m31, item: d1-1 }]
 */
import { allClauses } from '../../src/model/clauses.ts';
import { meetingItems } from '../../src/model/meetings.ts';
import type { Model } from '../../src/model/model.ts';
import type { PathKey } from '../../src/model/parse-document.ts';
import { didYouMean, finding, inContent, placeOf, type Finding, type FilePosition, type Rule } from './kit.ts';

const id = 'ref/unknown-meeting';

export const rule: Rule = {
  id,
  description: 'Every meeting (and meeting item) named in YAML has a record.',
  check(model: Model): Finding[] {
    const out: Finding[] = [];
    const suggestions = new Map<string, string>();
    for (const m of model.meetings.values()) {
      for (const key of [m.data.id, String(m.data.number), `第${m.data.number}回`]) suggestions.set(key, m.data.id);
    }
    const items = new Map<string, string[]>();
    const itemsOf = (meetingId: string) => {
      let list = items.get(meetingId);
      if (!list) items.set(meetingId, (list = meetingItems(model.meetings.get(meetingId)!.data).map((i) => i.id)));
      return list;
    };

    const meeting = (meetingId: string, place: FilePosition): boolean => {
      if (model.meetings.has(meetingId)) return true;
      out.push(
        finding(
          id,
          place,
          `「${meetingId}」 is not a meeting id; expected the id of a record in ${inContent(model, 'meetings/')}${didYouMean(meetingId, suggestions)}`,
          `use a meeting's id, or add ${inContent(model, 'meetings/')}<id>.mdx (status: record-only when only later minutes mention it)`,
          { kind: 'meeting', id: meetingId },
        ),
      );
      return false;
    };
    const item = (meetingId: string, itemId: string, place: FilePosition) => {
      const ids = itemsOf(meetingId);
      if (ids.includes(itemId)) return;
      out.push(
        finding(
          id,
          place,
          `「${itemId}」 is not an item of ${meetingId}; expected ${ids.length ? `one of ${ids.join(', ')}` : `no item: ${meetingId} records none`}${didYouMean(itemId, ids)}`,
          `use an id from the deliberations, sub-items or reports of ${model.meetings.get(meetingId)!.file}, or leave item out`,
        ),
      );
    };
    const walk = (
      doc: { file: string; locate(path?: readonly PathKey[]): { line: number; column: number } },
      value: unknown,
      path: PathKey[],
    ) => {
      if (Array.isArray(value)) {
        value.forEach((v, i) => walk(doc, v, [...path, i]));
      } else if (value && typeof value === 'object') {
        const o = value as Record<string, unknown>;
        if (
          typeof o['meeting'] === 'string' &&
          meeting(o['meeting'], placeOf(doc, [...path, 'meeting'])) &&
          typeof o['item'] === 'string'
        ) {
          item(o['meeting'], o['item'], placeOf(doc, [...path, 'item']));
        }
        for (const [k, v] of Object.entries(o)) if (v && typeof v === 'object') walk(doc, v, [...path, k]);
      }
    };

    for (const map of [model.versions, model.terms, model.members, model.meetings, model.amendments, model.rules]) {
      for (const doc of map.values()) walk(doc, doc.data, []);
    }
    for (const clause of allClauses(model)) walk(clause, clause.data, []);
    for (const m of model.meetings.values()) {
      for (const it of meetingItems(m.data)) it.refersTo.forEach((r, i) => meeting(r, placeOf(m, [...it.path, 'refersTo', i])));
    }
    return out;
  },
};
