/**
 * ref/unknown-amendment — every id in a meeting item's `amendments` names a record in content/amendments/.
 *
 * Why: meeting pages and amendment pages link each other; the link from the minutes must land.
 * How to fix: use the amendment's id (its file name), or add the amendment record.
 *
 * @example not-ok
 *   deliberations: [{ id: d1, …, amendments: [utilisation-redefinition] }]   (the record is utilization-redefinition)
 * @example ok
 *   deliberations: [{ id: d1, …, amendments: [utilization-redefinition] }]
 */
import { meetingItems } from '../../src/model/meetings.ts';
import type { Model } from '../../src/model/model.ts';
import { didYouMean, finding, inContent, placeOf, type Finding, type Rule } from './kit.ts';

const id = 'ref/unknown-amendment';

export const rule: Rule = {
  id,
  description: 'Every amendment named by a meeting item has a record.',
  check(model: Model): Finding[] {
    const out: Finding[] = [];
    for (const meeting of model.meetings.values()) {
      for (const item of meetingItems(meeting.data)) {
        item.amendments.forEach((a, i) => {
          if (model.amendments.has(a)) return;
          out.push(
            finding(
              id,
              placeOf(meeting, [...item.path, 'amendments', i]),
              `「${a}」 is not an amendment id; expected the id of a record in ${inContent(model, 'amendments/')}${didYouMean(a, model.amendments.keys())}`,
              'an amendment id is its file name without .yaml',
              { kind: 'amendment', id: a },
            ),
          );
        });
      }
    }
    return out;
  },
};
