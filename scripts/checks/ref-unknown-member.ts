/**
 * ref/unknown-member — every attendee of a meeting names a member record in content/members/.
 *
 * Why: the attendee list is shown with each member's name and affiliation as of that meeting, which the
 * member record holds.
 * How to fix: use the member's id (its file name), or add content/members/<id>.yaml with the name and
 * affiliation exactly as the minutes print them.
 *
 * @example not-ok
 *   attendees: [{ member: hayashi-kunihiko, role: chair }]   (no members/hayashi-kunihiko.yaml)
 * @example ok
 *   attendees: [{ member: hayashi, role: chair }]            (members/hayashi.yaml exists)
 */
import type { Model } from '../../src/model/model.ts';
import { didYouMean, finding, inContent, placeOf, type Finding, type Rule } from './kit.ts';

const id = 'ref/unknown-member';

export const rule: Rule = {
  id,
  description: 'Every attendee of a meeting has a member record.',
  check(model: Model): Finding[] {
    const out: Finding[] = [];
    const suggestions = new Map([...model.members.values()].map((m) => [m.data.id, `${m.data.id} (${m.data.name})`]));
    for (const meeting of model.meetings.values()) {
      meeting.data.attendees.forEach((a, i) => {
        if (model.members.has(a.member)) return;
        out.push(
          finding(
            id,
            placeOf(meeting, ['attendees', i, 'member']),
            `「${a.member}」 is not a member id; expected the id of a record in ${inContent(model, 'members/')}${didYouMean(a.member, suggestions)}`,
            `use a member's id, or add ${inContent(model, 'members/')}<id>.yaml with the name and affiliation as the minutes print them`,
            { kind: 'member', id: a.member },
          ),
        );
      });
    }
    return out;
  },
};
