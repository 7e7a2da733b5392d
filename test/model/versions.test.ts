// The version chain and what holds as of a version: dated entries on both sides of every change, and standing.
import { describe, expect, it } from 'vitest';
import { loadModel } from '../../src/model/load.ts';
import {
  CURRENT_LABEL,
  currentVersion,
  definitionAt,
  entryAt,
  entrySpans,
  revisionUnderWay,
  standingLabel,
  valueAt,
  versionIndex,
  versionLabel,
  versionStanding,
} from '../../src/model/versions.ts';

const fixture = () => loadModel('test/fixtures/site/content').model;

describe('the version chain', () => {
  it('runs from the first version to the latest, following supersedes', () => {
    expect(fixture().chain).toEqual(['r2018-04', 'r2021-02', 'r2021-10', 'r2023-05', 'r2026']);
  });

  it('gives a version its position in the chain, and -1 to an unknown one', () => {
    const m = fixture();
    expect(versionIndex(m, 'r2018-04')).toBe(0);
    expect(versionIndex(m, 'r2026')).toBe(4);
    expect(versionIndex(m, 'r2099')).toBe(-1);
  });

  it('names a version by its label, and an unknown one by its id', () => {
    const m = fixture();
    expect(versionLabel(m, 'r2021-02')).toBe('令和3年2月改定');
    expect(versionLabel(m, 'r2099')).toBe('r2099');
  });
});

// OpenFisca-style: one case on each side of every `since` in the fixture.
describe('a term definition as of a version (utilization: since r2018-04, then r2026)', () => {
  const text = (version: string) => definitionAt(fixture(), 'utilization', version)?.text;

  it('is the first definition in r2018-04, the version it starts from', () => {
    expect(text('r2018-04')).toBe('MID-NETのデータを分析すること（テスト用）。');
  });

  it('is still the first definition in r2023-05, the version before the change', () => {
    expect(text('r2023-05')).toBe('MID-NETのデータを分析すること（テスト用）。');
  });

  it('is the new definition in r2026, the version of the change', () => {
    expect(text('r2026')).toMatch(/^管理者がデータセンター/);
  });

  it('is undefined for a version off the chain, and for a term that does not exist', () => {
    expect(text('r2099')).toBeUndefined();
    expect(definitionAt(fixture(), 'no-such-term', 'r2026')).toBeUndefined();
  });
});

describe('a rule parameter as of a version (small-counts.threshold: null since r2021-02, 10 since r2026)', () => {
  const value = (version: string) => valueAt(fixture(), 'small-counts', 'threshold', version);

  it('has no entry in r2018-04, the version before the first since', () => {
    expect(value('r2018-04')).toBeUndefined();
  });

  it('is unknown (null) from r2021-02, the first since', () => {
    expect(value('r2021-02')).toMatchObject({ since: 'r2021-02', value: null });
  });

  it('is still unknown in r2023-05, the version before the change', () => {
    expect(value('r2023-05')).toMatchObject({ since: 'r2021-02', value: null });
  });

  it('is 10 from r2026, the version of the change', () => {
    expect(value('r2026')).toMatchObject({ since: 'r2026', value: 10 });
  });

  it('is undefined for an unknown rule or parameter', () => {
    expect(valueAt(fixture(), 'small-counts', 'no-such-param', 'r2026')).toBeUndefined();
    expect(valueAt(fixture(), 'no-such-rule', 'threshold', 'r2026')).toBeUndefined();
  });
});

describe('every dated entry of the real content', () => {
  const { model } = loadModel('content');
  const lists: { name: string; entries: readonly { since: string }[] }[] = [
    ...[...model.terms.values()].map((t) => ({ name: `term ${t.data.id}`, entries: t.data.definitions })),
    ...[...model.rules.values()].flatMap((r) => r.data.params.map((p) => ({ name: `${r.data.id}.${p.id}`, entries: p.values }))),
  ];

  it.each(lists)('$name holds from each since, and the entry before holds in the version before it', ({ entries }) => {
    entries.forEach((entry, i) => {
      const at = versionIndex(model, entry.since);
      expect(at).toBeGreaterThanOrEqual(0);
      expect(entryAt(model, entries, entry.since)).toBe(entry);
      if (at > 0) expect(entryAt(model, entries, model.chain[at - 1]!)).toBe(entries[i - 1]);
    });
  });
});

describe('the span of each dated entry', () => {
  it('runs from its since to the version before the next since, and the last one up to now', () => {
    const m = fixture();
    const spans = entrySpans(m, m.terms.get('utilization')!.data.definitions);
    expect(spans.map((s) => [s.entry.since, s.last, s.current])).toEqual([
      ['r2018-04', 'r2023-05', false],
      ['r2026', undefined, true],
    ]);
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
    Object.assign(m.versions.get('r2021-10')!.data, {
      status: 'public-comment',
      publicComment: { date: '2021-10-01', basis: 'fact' },
      issued: { unknown: true, note: '不明' },
    });
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
