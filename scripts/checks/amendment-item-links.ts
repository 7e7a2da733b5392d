/**
 * amendment/item-links — a meeting item and an amendment link each other both ways: an item that lists an
 * amendment (`amendments: […]`) is named by a step of that amendment's timeline (`{ meeting, item }`), and a
 * timeline step's item lists the amendment.
 *
 * Why: the meeting page lists what each item decided, the amendment page how it was decided, from the two
 * sides of one link; a link written on one side only shows on one page and not on the other.
 * How to fix: add the missing side — the amendment's id to the item's `amendments`, or a step
 * `{ meeting, item, state }` to the amendment's timeline — or correct the side that names the wrong item or
 * amendment. Where one item or one amendment has both a one-way link and a near miss (a step naming another
 * item of the same meeting, an item listing another amendment), the two are reported once, as a misspelling.
 *
 * @example not-ok
 *   meetings/m31.mdx: deliberations: [{ id: d1, …, amendments: [] }]
 *   amendments/a1.yaml: timeline: [{ meeting: m31, item: d1, state: policy-approved }]
 * @example ok
 *   meetings/m31.mdx: deliberations: [{ id: d1, …, amendments: [a1] }]
 *   amendments/a1.yaml: timeline: [{ meeting: m31, item: d1, state: policy-approved }]
 */
import { amendmentsWhere } from '../../src/model/amendments.ts';
import { meetingItems, type MeetingItem } from '../../src/model/meetings.ts';
import type { MeetingDoc, Model } from '../../src/model/model.ts';
import { finding, placeOf, type Finding, type Rule } from './kit.ts';

const id = 'amendment/item-links';

/** An item lists an amendment whose timeline has no step at it. */
interface Listing {
  amendment: string;
  meeting: MeetingDoc;
  item: MeetingItem;
  index: number;
}
/** An amendment's step names an item that does not list the amendment. */
interface Step {
  amendment: string;
  index: number;
  meeting: MeetingDoc;
  item: MeetingItem;
}

export const rule: Rule = {
  id,
  description: 'Meeting items and amendments link each other both ways (item.amendments ↔ timeline steps).',
  check(model: Model): Finding[] {
    const out: Finding[] = [];
    const items = new Map<string, MeetingItem[]>();
    for (const m of model.meetings.values()) items.set(m.data.id, meetingItems(m.data));
    let listings: Listing[] = [];
    let steps: Step[] = [];
    for (const m of model.meetings.values()) {
      for (const item of items.get(m.data.id)!) {
        const decided = new Set(amendmentsWhere(model, { meeting: m.data.id, item: item.id }).map((a) => a.data.id));
        item.amendments.forEach((a, index) => {
          if (model.amendments.has(a) && !decided.has(a)) listings.push({ amendment: a, meeting: m, item, index });
        });
      }
    }
    for (const a of model.amendments.values()) {
      a.data.timeline.forEach((t, index) => {
        const meeting = model.meetings.get(t.meeting);
        const item = items.get(t.meeting)?.find((i) => i.id === t.item);
        if (meeting && item && !item.amendments.includes(a.data.id)) steps.push({ amendment: a.data.id, index, meeting, item });
      });
    }
    // A step naming the wrong item of a meeting whose other item lists the amendment: one misspelt item.
    for (const s of [...steps]) {
      const l = listings.find((x) => x.amendment === s.amendment && x.meeting === s.meeting);
      if (!l) continue;
      const amendment = model.amendments.get(s.amendment)!;
      out.push(
        finding(
          id,
          placeOf(amendment, ['timeline', s.index, 'item']),
          `「${s.item.id}」 is an item of ${s.meeting.data.id} that does not list ${s.amendment}, while ${l.item.id} lists it and no step names ${l.item.id}; expected ${l.item.id}`,
          `name the item that decided this step (${l.item.id}), or correct the amendments of ${s.item.id} and ${l.item.id} in ${s.meeting.file}`,
        ),
      );
      steps = steps.filter((x) => x !== s);
      listings = listings.filter((x) => x !== l);
    }
    // An item listing the wrong amendment while another amendment's step names the item: one misspelt amendment.
    for (const l of [...listings]) {
      const s = steps.find((x) => x.meeting === l.meeting && x.item.id === l.item.id);
      if (!s) continue;
      out.push(
        finding(
          id,
          placeOf(l.meeting, [...l.item.path, 'amendments', l.index]),
          `「${l.amendment}」 is listed by ${l.item.id} of ${l.meeting.data.id} but has no step there, while ${s.amendment} has a step there that ${l.item.id} does not list; expected ${s.amendment}`,
          `list the amendment the item decided (${s.amendment}), or correct the timelines of ${l.amendment} and ${s.amendment}`,
        ),
      );
      steps = steps.filter((x) => x !== s);
      listings = listings.filter((x) => x !== l);
    }
    // What is left is one-way: reported once per item (what it does not list) and once per amendment (where it has no step).
    const byItem = new Map<string, Step[]>();
    for (const s of steps) {
      const key = `${s.meeting.data.id}\0${s.item.id}`;
      byItem.set(key, [...(byItem.get(key) ?? []), s]);
    }
    for (const list of byItem.values()) {
      const { meeting, item } = list[0]!;
      // An item listing an unknown id has a misspelt link (ref/unknown-amendment's finding): not reported again.
      if (item.amendments.some((a) => !model.amendments.has(a))) continue;
      const missing = [...new Set(list.map((s) => s.amendment))];
      const steps = list.map((s) => `${s.amendment} step ${s.index + 1}`).join(', ');
      out.push(
        finding(
          id,
          placeOf(meeting, [...item.path, item.amendments.length ? 'amendments' : 'id']),
          `「${item.id}」 of ${meeting.data.id} does not list ${missing.join(', ')}, whose timeline names it (${steps}); expected the link both ways`,
          `add ${missing.join(', ')} to the amendments of ${item.id}${item.amendments.length ? '' : ` (amendments: [${missing.join(', ')}])`}, or correct the timeline`,
        ),
      );
    }
    const byAmendment = new Map<string, Listing[]>();
    for (const l of listings) byAmendment.set(l.amendment, [...(byAmendment.get(l.amendment) ?? []), l]);
    for (const [amendmentId, list] of byAmendment) {
      const amendment = model.amendments.get(amendmentId)!;
      // A step naming an unknown meeting or item is a misspelt link (ref/unknown-meeting's finding).
      if (amendment.data.timeline.some((t) => !items.get(t.meeting)?.some((i) => i.id === t.item))) continue;
      const where = list.map((l) => `${l.meeting.data.id} ${l.item.id}`).join(', ');
      out.push(
        finding(
          id,
          placeOf(amendment, ['timeline']),
          `「${amendmentId}」 has no step at ${where}, which ${list.length > 1 ? 'list' : 'lists'} it; expected the link both ways`,
          `add ${list.map((l) => `{ meeting: ${l.meeting.data.id}, item: ${l.item.id}, state: … }`).join(' and ')} to the timeline of ${amendmentId} (oldest first), or remove ${amendmentId} from the amendments of ${list.map((l) => l.item.id).join(', ')}`,
        ),
      );
    }
    return out;
  },
};
