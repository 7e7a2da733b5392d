/** Rule values come from the content, through valueAt, on both sides of each change; assumptions are marked. */
import { describe, expect, it } from 'vitest';
import { loadModel } from '../../src/model/load.ts';
import { valueAt } from '../../src/model/versions.ts';
import { datedSource, defaultVersion, describeVersion, paramFor, ruleApplies } from '../../src/pubcheck/rules.ts';
import { FIXTURE_CONTENT, fixtureBundle, withParam } from './helpers.ts';

const bundle = fixtureBundle();

describe('parameter values', () => {
  it('reads the bundle exactly as the model answers valueAt', () => {
    const { model } = loadModel(FIXTURE_CONTENT);
    for (const v of model.chain) {
      expect(valueAt(datedSource(bundle), 'small-counts', 'threshold', v)).toEqual(valueAt(model, 'small-counts', 'threshold', v));
    }
  });

  it('the threshold is 10 from r2026 and unknown in r2023-05, the version before', () => {
    const at2026 = paramFor(bundle, 'small-counts', 'threshold', 'r2026');
    expect(at2026.ok && at2026.param).toMatchObject({
      value: 10,
      assumed: false,
      entry: { since: 'r2026', clause: 'publication.small-counts', basis: 'seed' },
    });
    const at2023 = paramFor(bundle, 'small-counts', 'threshold', 'r2023-05');
    expect(at2023.ok).toBe(false);
    expect(!at2023.ok && at2023.message).toContain('分かっていません');
  });

  it('an unknown zero-exempt uses the assumption and says so', () => {
    const zero = paramFor(bundle, 'small-counts', 'zero-exempt', 'r2026');
    expect(zero.ok && zero.param).toMatchObject({ value: true, assumed: true, entry: { value: null } });
    expect(zero.ok && zero.param.assumptionNote).toMatch(/仮定/);
  });

  it('a known zero-exempt value is used as it is, not as an assumption', () => {
    const known = withParam(bundle, 'small-counts', 'zero-exempt', (p) => {
      p.values.push({ since: 'r2026', value: false, basis: 'seed', clause: 'publication.small-counts' });
    });
    const zero = paramFor(known, 'small-counts', 'zero-exempt', 'r2026');
    expect(zero.ok && zero.param).toMatchObject({ value: false, assumed: false });
  });
});

describe('versions', () => {
  it('defaults to the latest version with a known threshold', () => {
    expect(defaultVersion(bundle)).toBe('r2026');
    const later = withParam(bundle, 'small-counts', 'threshold', (p) => {
      p.values.push({ since: 'r2026', value: null, basis: 'inferred', clause: 'publication' });
    });
    expect(defaultVersion(later)).toBeUndefined();
  });

  it('says whether the version is in force, and which one is', () => {
    expect(describeVersion(bundle, 'r2026')).toMatchObject({
      status: 'policy-approved',
      statusLabel: '改定方針了承',
      inForce: false,
      inForceVersion: { id: 'r2023-05' },
    });
    expect(describeVersion(bundle, 'r2023-05')).toMatchObject({ inForce: true });
  });
});

describe('appliesWhen', () => {
  const route = bundle.rules.find((r) => r.id === 'safety-measures-route')!;
  it('matches the purpose it lists, and no other', () => {
    expect(ruleApplies(route, { purpose: 'safety-measures', details: false })).toBe(true);
    expect(ruleApplies(route, { purpose: 'public-research', details: false })).toBe(false);
    expect(ruleApplies(route, { details: false })).toBe(false);
  });
  it('matches shows against the details the table declares', () => {
    const onlyDetails = { ...route, appliesWhen: { purposes: [], shows: ['patient-background' as const] } };
    expect(ruleApplies(onlyDetails, { details: true })).toBe(true);
    expect(ruleApplies(onlyDetails, { details: false })).toBe(false);
  });
});
