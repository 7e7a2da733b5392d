// Meetings as the pages link them: items in the order of the minutes, items listing a thing, attendees and affiliations.
import { describe, expect, it } from 'vitest';
import { loadModel } from '../../src/model/load.ts';
import {
  affiliationAt,
  attendeesByRole,
  findItem,
  itemsListing,
  meetingItems,
  meetingsReferringTo,
  versionForItemClause,
} from '../../src/model/meetings.ts';

const fixture = () => loadModel('test/fixtures/site/content').model;

describe('meeting items', () => {
  it('flattens deliberations with their sub-items, then reports, in the order of the minutes', () => {
    const m31 = fixture().meetings.get('m31')!.data;
    expect(meetingItems(m31).map((i) => `${i.kind}:${i.id}${i.parent ? `<${i.parent}` : ''}`)).toEqual([
      'deliberation:d1',
      'sub-item:d1-2<d1',
      'sub-item:d1-3<d1',
      'deliberation:d3',
      'report:r1',
    ]);
  });

  it('finds the items that list a clause, a term or an amendment', () => {
    const m = fixture();
    expect(itemsListing(m, 'terms', 'data-center').map((i) => i.id)).toEqual(['d1-3']);
    expect(itemsListing(m, 'amendments', 'a-utilization-definition').map((i) => i.id)).toEqual(['d3']);
    expect(findItem(m, 'm31', 'nope')).toBeUndefined();
  });

  it('finds the meetings whose items refer back to a meeting', () => {
    const m = fixture();
    expect(itemsListing(m, 'refersTo', 'm30').map((i) => `${i.meeting}/${i.id}`)).toEqual(['m31/d1-2']);
    expect(meetingsReferringTo(m, 'm30').map((d) => d.data.id)).toEqual(['m31']);
    expect(meetingsReferringTo(m, 'm31')).toEqual([]);
  });

  it("links an item's clause into the version of its amendment, else the newest version having it", () => {
    const m = fixture();
    expect(versionForItemClause(m, findItem(m, 'm31', 'd1-2')!, 'publication.small-counts')).toBe('r2026');
    expect(versionForItemClause(m, findItem(m, 'm31', 'r1')!, 'publication')).toBe('r2026');
    expect(versionForItemClause(m, findItem(m, 'm31', 'r1')!, 'fees.old')).toBe('r2018-04');
  });
});

describe('attendees', () => {
  it('groups attendees as 座長, 座長代理, 委員, 準委員, keeping the order of the minutes within a group', () => {
    const m = fixture();
    const groups = attendeesByRole(m, m.meetings.get('m31')!.data);
    expect(groups.map((g) => `${g.role}:${g.attendees.map((a) => a.memberId).join(',')}`)).toEqual([
      'chair:hayashi-kunihiko',
      'vice-chair:nakashima-naoki',
      'member:ohe-kazuhiko',
      'associate:ishii-mika',
    ]);
  });

  it('takes the affiliation recorded at the meeting, else the latest earlier one, else says it is from a later record', () => {
    const m = fixture();
    const member = structuredClone(m.members.get('ohe-kazuhiko')!.data);
    member.affiliations = [
      { text: 'A', asOf: { meeting: 'm30' } },
      { text: 'B', asOf: { meeting: 'm31' } },
    ];
    expect(affiliationAt(m, member, 'm31')).toEqual({ text: 'B', asOf: 'm31', later: false });
    expect(affiliationAt(m, member, 'm30')).toEqual({ text: 'A', asOf: 'm30', later: false });
    member.affiliations = [{ text: 'B', asOf: { meeting: 'm31' } }];
    expect(affiliationAt(m, member, 'm30')).toEqual({ text: 'B', asOf: 'm31', later: true });
  });
});
