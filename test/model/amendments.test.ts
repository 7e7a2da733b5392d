// Amendments: their state and which ones touch a version, clause, term, rule or meeting.
import { describe, expect, it } from 'vitest';
import {
  amendmentState,
  amendmentsByVersion,
  amendmentsWhere,
  furthestStateFor,
  furthestStep,
  targetClauses,
} from '../../src/model/amendments.ts';
import { decidedAfterItsVersion, decisionsBehindVersions } from '../../src/model/decisions.ts';
import { loadModel } from '../../src/model/load.ts';

const fixture = () => loadModel('test/fixtures/site/content').model;

describe('amendments', () => {
  it('filters by version, clause, term, rule and meeting', () => {
    const m = fixture();
    expect(amendmentsWhere(m, { version: 'r2026' }).map((a) => a.data.id)).toEqual([
      'a-small-counts',
      'a-statistics-management',
      'a-utilization-definition',
    ]);
    expect(amendmentsWhere(m, { rule: 'small-counts' }).map((a) => a.data.id)).toEqual(['a-small-counts']);
    expect(amendmentsWhere(m, { term: 'utilization', meeting: 'm31' }).map((a) => a.data.id)).toEqual(['a-utilization-definition']);
    expect(amendmentsWhere(m, { clause: 'purpose' })).toEqual([]);
    expect(amendmentsWhere(m, { meeting: 'm31', item: 'd3' }).map((a) => a.data.id)).toEqual(['a-utilization-definition']);
    expect(amendmentsWhere(m, { meeting: 'm31', item: 'd2' })).toEqual([]);
  });

  it('lists every amendment once: under its version, newest first, and apart when its version is off the chain', () => {
    const m = fixture();
    const all = () => amendmentsByVersion(m);
    expect(all().groups.map((g) => g.version.id)).toEqual(['r2026']);
    expect(all().offChain).toEqual([]);
    const doc = m.amendments.get('a-small-counts')!;
    doc.data = { ...doc.data, version: 'r2099' };
    expect(all().offChain.map((a) => a.data.id)).toEqual(['a-small-counts']);
    expect(all().groups.flatMap((g) => g.amendments.map((a) => a.data.id))).not.toContain('a-small-counts');
  });

  it('resolves its target clauses in its own version, keeping an id the version lacks', () => {
    const a = fixture().amendments.get('a-small-counts')!.data;
    const targets = targetClauses(fixture(), { ...a, targets: [...a.targets, 'no-such-clause'] });
    expect(targets.at(-1)).toEqual({ id: 'no-such-clause', clause: undefined });
    expect(targets.slice(0, -1).every((t) => t.clause?.version === a.version)).toBe(true);
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
    expect(furthestStep({ ...a, timeline: [step('discussed', 1), step('policy-approved', 2), step('withdrawn', 3)] })).toEqual({
      index: 1,
      state: 'policy-approved',
    });
    expect(furthestStep({ ...a, timeline: [] })).toBeUndefined();
  });
});

describe('decisions behind versions', () => {
  it('lists the approving meeting, amendment steps and decidedAt, each with the version it produced', () => {
    const list = decisionsBehindVersions(fixture()).map((d) => `${d.kind} ${d.version} ${d.meeting}/${d.item ?? ''}`);
    expect(list).toEqual(
      expect.arrayContaining(['approval r2026 m31/d1', 'amendment r2026 m31/d3', 'definition r2026 m31/d3', 'rule-value r2026 m31/d1-2']),
    );
  });

  it('tells an amendment that names a version issued before its decisions', () => {
    expect(decidedAfterItsVersion(fixture(), fixture().amendments.get('a-utilization-definition')!.data)).toBe(false);
    const m = fixture();
    const doc = m.amendments.get('a-utilization-definition')!;
    doc.data = { ...doc.data, version: 'r2023-05' };
    expect(decidedAfterItsVersion(m, doc.data)).toBe(true);
  });
});
