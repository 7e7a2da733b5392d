// The clauses of a version and the terms they use.
import { describe, expect, it } from 'vitest';
import { termsOf, termUsage, termUsageSpans } from '../../src/model/clauses.ts';
import { loadModel } from '../../src/model/load.ts';

const fixture = () => loadModel('test/fixtures/site/content').model;

describe('term usage', () => {
  it('lists, per version, the clauses that use a term', () => {
    const usage = termUsage(fixture(), 'manager');
    expect(usage.map((u) => `${u.version}:${u.clauses.map((c) => c.data.id).join(',')}`)).toEqual([
      'r2018-04:',
      'r2021-02:',
      'r2021-10:',
      'r2023-05:',
      'r2026:definitions.utilization',
    ]);
  });

  it('folds consecutive versions that use it in the same clauses into one span', () => {
    expect(termUsageSpans(fixture(), 'utilization').map((s) => `${s.from}..${s.to}:${s.clauses.map((c) => c.data.id).join(',')}`)).toEqual([
      'r2018-04..r2026:purpose,definitions.utilization',
    ]);
    expect(termUsageSpans(fixture(), 'statistical-information').map((s) => `${s.from}..${s.to}`)).toEqual(['r2026..r2026']);
  });

  it('lists the defined terms a clause uses, each once, in the order of first use', () => {
    const m = fixture();
    const clause = m.clauses.get('r2026')!.get('definitions.utilization')!;
    expect(termsOf(m, clause).map((t) => t.data.id)).toEqual(['utilization', 'manager']);
  });
});
