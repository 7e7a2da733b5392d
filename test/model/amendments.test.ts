// Amendments: their state and which ones touch a version, clause, term, rule or meeting.
import { describe, expect, it } from 'vitest';
import { amendmentState, amendmentsWhere, furthestStateFor, furthestStep } from '../../src/model/amendments.ts';
import { decidedAfterItsVersion, decisionsBehindVersions } from '../../src/model/decisions.ts';
import { loadModel } from '../../src/model/load.ts';

const fixture = () => loadModel('test/fixtures/site/content').model;

describe('amendments', () => {
  it('filters by version, clause, term, rule and meeting', () => {
    const m = fixture();
    expect(amendmentsWhere(m, { version: 'r2026' }).map((a) => a.data.id)).toEqual(['a-small-counts', 'a-statistics-management', 'a-utilization-definition']);
    expect(amendmentsWhere(m, { rule: 'small-counts' }).map((a) => a.data.id)).toEqual(['a-small-counts']);
    expect(amendmentsWhere(m, { term: 'utilization', meeting: 'm31' }).map((a) => a.data.id)).toEqual(['a-utilization-definition']);
    expect(amendmentsWhere(m, { clause: 'purpose' })).toEqual([]);
    expect(amendmentsWhere(m, { meeting: 'm31', item: 'd3' }).map((a) => a.data.id)).toEqual(['a-utilization-definition']);
    expect(amendmentsWhere(m, { meeting: 'm31', item: 'd2' })).toEqual([]);
  });

  it('takes the state of the last timeline entry, or none when no decision is recorded', () => {
    const a = fixture().amendments.get('a-small-counts')!.data;
    expect(amendmentState(a)).toBe('policy-approved');
    expect(amendmentState({ ...a, timeline: [] })).toBeUndefined();
  });

  it('reaches at most the state its version allows: policy before policy, approval before approval, force before force', () => {
    expect(furthestStateFor('draft')).toBe('agreed');
    expect(furthestStateFor('policy-approved')).toBe('draft-reviewed');
    expect(furthestStateFor('approved')).toBe('approved');
    expect(furthestStateFor('in-force')).toBe('in-force');
  });

  it('reads the furthest step before a withdrawal', () => {
    const a = fixture().amendments.get('a-small-counts')!.data;
    const step = (state: string, i: number) => ({ meeting: 'm31', item: `d${i}`, state }) as (typeof a.timeline)[number];
    expect(furthestStep({ ...a, timeline: [step('discussed', 1), step('policy-approved', 2), step('withdrawn', 3)] })).toEqual({ index: 1, state: 'policy-approved' });
    expect(furthestStep({ ...a, timeline: [] })).toBeUndefined();
  });
});

describe('decisions behind versions', () => {
  it('lists the approving meeting, amendment steps and decidedAt, each with the version it produced', () => {
    const list = decisionsBehindVersions(fixture()).map((d) => `${d.kind} ${d.version} ${d.meeting}/${d.item ?? ''}`);
    expect(list).toEqual(expect.arrayContaining([
      'approval r2026 m31/d1', 'amendment r2026 m31/d3', 'definition r2026 m31/d3', 'rule-value r2026 m31/d1-2',
    ]));
  });

  it('tells an amendment that names a version issued before its decisions', () => {
    expect(decidedAfterItsVersion(fixture(), fixture().amendments.get('a-utilization-definition')!.data)).toBe(false);
    const m = fixture();
    const doc = m.amendments.get('a-utilization-definition')!;
    doc.data = { ...doc.data, version: 'r2023-05' };
    expect(decidedAfterItsVersion(m, doc.data)).toBe(true);
  });
});
