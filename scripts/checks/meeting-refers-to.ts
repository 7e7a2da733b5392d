/**
 * meeting/refers-to — a meeting item's `refersTo` names earlier meetings only: not its own meeting, not a
 * later one (by number, 第N回).
 *
 * Why: `refersTo` says which earlier decisions an item builds on (「前回（第30回）…了承事項」); the meeting pages
 * list these links both ways as 「前の会議」 and 「後の会議で言及」. A link forward or to itself is a typo.
 * How to fix: name the earlier meeting the minutes refer to (usually 前回: number − 1), or remove the link.
 *
 * @example not-ok — in meetings/m31.mdx: `refersTo: [m32]` or `refersTo: [m31]`
 * @example ok — in meetings/m31.mdx: `refersTo: [m30]`
 */
import { meetingItems } from '../../src/model/meetings.ts';
import type { Model } from '../../src/model/model.ts';
import { finding, placeOf, type Finding, type Rule } from './kit.ts';

const id = 'meeting/refers-to';

export const rule: Rule = {
  id,
  description: 'A meeting item refers back to earlier meetings only (not to itself or a later one).',
  check(model: Model): Finding[] {
    const out: Finding[] = [];
    for (const m of model.meetings.values()) {
      const own = m.data.number;
      for (const item of meetingItems(m.data)) {
        item.refersTo.forEach((r, i) => {
          const other = model.meetings.get(r);
          if (!other) return;
          const place = placeOf(m, [...item.path, 'refersTo', i]);
          if (r === m.data.id) {
            out.push(
              finding(
                id,
                place,
                `「${r}」 is the meeting of ${item.id} itself; expected an earlier meeting that ${item.id} refers back to`,
                'name the earlier meeting the minutes refer to (前回 is usually the number before), or remove the link',
              ),
            );
          } else if (other.data.number >= own) {
            out.push(
              finding(
                id,
                place,
                `「${r}」 (第${other.data.number}回) is not before ${m.data.id} (第${own}回); expected an earlier meeting that ${item.id} refers back to`,
                'name the earlier meeting the minutes refer to (前回 is usually the number before), or remove the link',
              ),
            );
          }
        });
      }
    }
    return out;
  },
};
