// Cross-links the pages show: meeting items, attendees and affiliations, term usage, version standing, activity.
import { describe, expect, it } from 'vitest';
import {
  affiliationAt, amendmentState, amendmentsWhere, attendeesByRole, findItem, itemsListing, meetingItems, recentActivity,
  revisionUnderWay, standingLabel, termUsage, termUsageSpans, versionForItemClause, versionStanding,
} from '../../src/model/links.ts';
import { loadModel } from '../../src/model/load.ts';
import { CURRENT_LABEL, currentVersion } from '../../src/model/query.ts';

const fixture = () => loadModel('test/fixtures/site/content').model;

describe('meeting items', () => {
  it('flattens deliberations with their sub-items, then reports, in the order of the minutes', () => {
    const m31 = fixture().meetings.get('m31')!.data;
    expect(meetingItems(m31).map((i) => `${i.kind}:${i.id}${i.parent ? `<${i.parent}` : ''}`)).toEqual([
      'deliberation:d1', 'sub-item:d1-2<d1', 'sub-item:d1-3<d1', 'deliberation:d3', 'report:r1',
    ]);
  });

  it('finds the items that list a clause, a term or an amendment', () => {
    const m = fixture();
    expect(itemsListing(m, 'terms', 'data-center').map((i) => i.id)).toEqual(['d1-3']);
    expect(itemsListing(m, 'amendments', 'a-utilization-definition').map((i) => i.id)).toEqual(['d3']);
    expect(findItem(m, 'm31', 'nope')).toBeUndefined();
  });

  it('links an item\'s clause into the version of its amendment, else the newest version having it', () => {
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
      'chair:hayashi-kunihiko', 'vice-chair:nakashima-naoki', 'member:ohe-kazuhiko', 'associate:ishii-mika',
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

describe('term usage', () => {
  it('lists, per version, the clauses that use a term', () => {
    const usage = termUsage(fixture(), 'manager');
    expect(usage.map((u) => `${u.version}:${u.clauses.map((c) => c.data.id).join(',')}`)).toEqual([
      'r2018-04:', 'r2021-02:', 'r2021-10:', 'r2023-05:', 'r2026:definitions.utilization',
    ]);
  });

  it('folds consecutive versions that use it in the same clauses into one span', () => {
    expect(termUsageSpans(fixture(), 'utilization').map((s) => `${s.from}..${s.to}:${s.clauses.map((c) => c.data.id).join(',')}`))
      .toEqual(['r2018-04..r2026:purpose,definitions.utilization']);
    expect(termUsageSpans(fixture(), 'statistical-information').map((s) => `${s.from}..${s.to}`)).toEqual(['r2026..r2026']);
  });
});

describe('amendments', () => {
  it('filters by version, clause, term, rule and meeting', () => {
    const m = fixture();
    expect(amendmentsWhere(m, { version: 'r2026' }).map((a) => a.data.id)).toEqual(['a-small-counts', 'a-statistics-management', 'a-utilization-definition']);
    expect(amendmentsWhere(m, { rule: 'small-counts' }).map((a) => a.data.id)).toEqual(['a-small-counts']);
    expect(amendmentsWhere(m, { term: 'utilization', meeting: 'm31' }).map((a) => a.data.id)).toEqual(['a-utilization-definition']);
    expect(amendmentsWhere(m, { clause: 'purpose' })).toEqual([]);
  });

  it('takes the state of the last timeline entry, or none when no decision is recorded', () => {
    const a = fixture().amendments.get('a-small-counts')!.data;
    expect(amendmentState(a)).toBe('policy-approved');
    expect(amendmentState({ ...a, timeline: [] })).toBeUndefined();
  });
});

describe('version standing', () => {
  it('calls the newest published version current, and in force only as far as a source gives its 施行日', () => {
    const m = fixture();
    // r2023-05 is known by its notice only: current, but nothing says it took effect.
    expect(versionStanding(m, 'r2023-05')).toEqual({ kind: 'current', effect: 'unknown' });
    expect(currentVersion(m)).toMatchObject({ doc: { data: { id: 'r2023-05' } }, effect: 'unknown' });
    expect(CURRENT_LABEL.unknown).toBe('公開資料で確認できる最新の版（施行日不明）');
    const v = m.versions.get('r2023-05')!.data;
    Object.assign(v, { status: 'in-force', effective: { date: '2023-07', basis: 'inferred' } });
    expect(versionStanding(m, 'r2023-05')).toEqual({ kind: 'current', effect: 'inferred' });
    Object.assign(v, { effective: { date: '2023-07', basis: 'fact' } });
    expect(versionStanding(m, 'r2023-05')).toEqual({ kind: 'current', effect: 'known' });
  });

  it('never makes a revision under way current, and skips it for the current version', () => {
    const m = fixture();
    m.versions.get('r2023-05')!.data.status = 'policy-approved';
    expect(currentVersion(m)?.doc.data.id).toBe('r2021-10');
  });

  it('says an earlier version was replaced only when the next one was decided, issued or put in force', () => {
    const m = fixture();
    const s = versionStanding(m, 'r2021-02');
    expect(s?.kind).toBe('earlier');
    if (s?.kind !== 'earlier') return;
    expect(s.next.data.id).toBe('r2021-10');
    expect(s.step).toMatchObject({ stage: 'issued', date: { date: '2021-10-01' } });
    expect(s.replaced).toBe(true);
    expect(s.current?.doc.data.id).toBe('r2023-05');
    expect(standingLabel(s)).toBe('旧版');
    // Known only as a public-comment draft, the next version does not tell that this one stopped applying.
    Object.assign(m.versions.get('r2021-10')!.data, { status: 'public-comment', publicComment: { date: '2021-10-01', basis: 'fact' }, issued: { unknown: true, note: '不明' } });
    const t = versionStanding(m, 'r2021-02');
    expect(t).toMatchObject({ kind: 'earlier', replaced: false, step: { stage: 'public-comment', date: { date: '2021-10-01' } } });
    if (t) expect(standingLabel(t)).toBe('以前の版');
  });

  it('says the policy-approved revision is under way, with the meeting that approved it', () => {
    const m = fixture();
    const s = versionStanding(m, 'r2026');
    expect(s).toMatchObject({ kind: 'upcoming', status: 'policy-approved' });
    if (s?.kind === 'upcoming') expect(s.meeting?.data.id).toBe('m31');
    expect(revisionUnderWay(m)?.data.id).toBe('r2026');
  });
});

describe('recent activity', () => {
  it('lists meetings, decisions and dated versions newest first, an unknown date after the day it cannot be later than', () => {
    const events = recentActivity(fixture(), 20).map((e) => `${e.kind}:${e.id}${e.item ? `/${e.item}` : ''}`);
    expect(events).toEqual([
      'meeting:m31',
      'decision:a-small-counts/d1-2', 'decision:a-statistics-management/d1-3', 'decision:a-utilization-definition/d3',
      'meeting:m30',
      'version:r2023-05', 'version:r2021-10', 'version:r2021-02',
    ]);
  });
});
