/**
 * id/duplicate — an id names one thing: one document per id and kind (one clause per id in a version),
 * one item per id in a meeting, one parameter per id in a rule, one attendance per member in a meeting.
 *
 * Why: ids are permanent addresses (`/terms/<id>/`, `#c-<clause-id>`, `{meeting, item}` sources); the loader
 * keeps the first document with an id and leaves the others out of the model.
 * How to fix: give the newer one its own id (keep the id that is already published), or merge the two.
 *
 * @example not-ok — two files both saying `id: utilization` (terms/utilization.mdx and terms/riyou.mdx)
 * @example not-ok — meetings/m31.mdx with two deliberations `id: d1`
 * @example ok — every id appears once in its kind (or once in its meeting / rule)
 */
import { meetingItems } from '../../src/model/meetings.ts';
import type { Model } from '../../src/model/model.ts';
import { finding, placeOf, type Finding, type Rule } from './kit.ts';

const id = 'id/duplicate';
const HINT = 'give one of them a new id (keep the one already published: ids are permanent), or merge them';

export const rule: Rule = {
  id,
  description: 'Every id names one document, one meeting item, one rule parameter.',
  check(model: Model): Finding[] {
    const out: Finding[] = model.duplicates.map((d) =>
      finding(
        id,
        { file: d.file, ...d.pos },
        `「${d.id}」 is already the id of a ${d.kind} in ${d.first}; expected each ${d.kind} id once`,
        HINT,
      ),
    );
    for (const meeting of model.meetings.values()) {
      const seen = new Set<string>();
      for (const item of meetingItems(meeting.data)) {
        if (seen.has(item.id)) {
          out.push(
            finding(
              id,
              placeOf(meeting, [...item.path, 'id']),
              `「${item.id}」 is already an item of ${meeting.data.id}; expected each item id once in a meeting`,
              HINT,
            ),
          );
        }
        seen.add(item.id);
      }
      const present = new Set<string>();
      meeting.data.attendees.forEach((a, i) => {
        if (present.has(a.member)) {
          out.push(
            finding(
              id,
              placeOf(meeting, ['attendees', i, 'member']),
              `「${a.member}」 is listed twice among the attendees of ${meeting.data.id}; expected each member once`,
              'remove the second entry (a member has one role per meeting)',
            ),
          );
        }
        present.add(a.member);
      });
    }
    for (const r of model.rules.values()) {
      const seen = new Set<string>();
      r.data.params.forEach((p, i) => {
        if (seen.has(p.id)) {
          out.push(
            finding(
              id,
              placeOf(r, ['params', i, 'id']),
              `「${p.id}」 is already a parameter of rule ${r.data.id}; expected each parameter id once`,
              HINT,
            ),
          );
        }
        seen.add(p.id);
      });
    }
    return out;
  },
};
