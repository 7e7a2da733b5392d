/** Words the pages use for a version's life: every stage we only infer says 推定, and nothing not in force is called 施行中. */
import { describe, expect, it } from 'vitest';
import { currentPhrase, stageLabel, standingChip, stepLabel, stepPhrase } from '../../src/components/format.ts';
import { formatDate } from '../../src/model/dates.ts';
import { loadModel } from '../../src/model/load.ts';
import { CURRENT_LABEL, currentVersion, documentedStep, standingLabel, versionStanding } from '../../src/model/versions.ts';

const fixture = () => loadModel('test/fixtures/site/content').model;

describe('stages and steps', () => {
  it('says a stage with its own date, 推定 when the date is our reading', () => {
    expect(stepLabel({ stage: 'public-comment', date: { date: '2021-10-01', basis: 'fact' } })).toBe(
      `意見募集：${formatDate({ date: '2021-10-01', basis: 'fact' })}`,
    );
    const inferred = { date: '2018-04', basis: 'inferred' } as const;
    expect(formatDate(inferred)).toMatch(/（推定）$/);
    expect(stepPhrase({ stage: 'in-force', date: inferred })).toBe(`施行（${formatDate(inferred)}）`);
    expect(stepLabel({ stage: 'policy-approved' })).toBe('改定方針了承');
  });

  it('labels the documented stage 推定 when its evidence is inferred', () => {
    const m = fixture();
    const v = m.versions.get('r2023-05')!.data;
    Object.assign(v, { status: 'in-force', effective: { date: '2023-07', basis: 'inferred' } });
    expect(stageLabel(v)).toBe('施行（推定）');
    expect(stepLabel(documentedStep(v))).toBe(`施行：${formatDate({ date: '2023-07', basis: 'inferred' })}`);
  });
});

describe('the current version', () => {
  it('is 施行中 only where a source gives its 施行日; a 施行日 we infer is 施行中（推定）; else the latest published version', () => {
    const m = fixture();
    expect(standingChip(m, 'r2023-05')).toBe('公開資料で確認できる最新の版（施行日不明）');
    expect(currentPhrase(currentVersion(m)!)).toEqual({ lead: '公開資料で確認できる最新の版', note: '（施行日不明）' });
    const v = m.versions.get('r2023-05')!.data;
    Object.assign(v, { status: 'in-force', effective: { date: '2023-07', basis: 'inferred' } });
    expect(standingLabel(versionStanding(m, 'r2023-05')!)).toBe(CURRENT_LABEL.inferred);
    expect(CURRENT_LABEL.inferred).toContain('推定');
    expect(currentPhrase(currentVersion(m)!)).toEqual({ lead: '公開資料で確認できる最新の版', note: '（施行は推定）' });
    Object.assign(v, { effective: { date: '2023-07', basis: 'fact' } });
    expect(currentPhrase(currentVersion(m)!)).toEqual({ lead: '施行中の本文', note: '' });
  });
});
