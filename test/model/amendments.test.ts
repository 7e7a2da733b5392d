// Amendments: their state and which ones touch a version, clause, term, rule or meeting.
import { describe, expect, it } from 'vitest';
import { amendmentState, amendmentsWhere } from '../../src/model/amendments.ts';
import { loadModel } from '../../src/model/load.ts';

const fixture = () => loadModel('test/fixtures/site/content').model;

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
