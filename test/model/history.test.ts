// Clause history across the version chain and version-to-version summaries, on the site fixture
// (r2018-04 → r2021-02 → r2021-10 → r2023-05 → r2026) and on variations of it.
import { describe, expect, it } from 'vitest';
import { clauseHistory, versionChanges } from '../../src/model/history.ts';
import { loadModel } from '../../src/model/load.ts';
import type { Model } from '../../src/model/model.ts';

const fixture = () => loadModel('test/fixtures/site/content').model;
const kinds = (model: Model, id: string) => clauseHistory(model, id).entries.map((e) => `${e.version} ${e.kind}`);
const entry = (model: Model, id: string, version: string) => clauseHistory(model, id).entries.find((e) => e.version === version)!;

describe('clauseHistory', () => {
  it('has one entry per version of the chain, oldest first', () => {
    expect(clauseHistory(fixture(), 'purpose').entries.map((e) => e.version)).toEqual([
      'r2018-04',
      'r2021-02',
      'r2021-10',
      'r2023-05',
      'r2026',
    ]);
  });

  it('calls a clause added in the first version that has it, then carried over while nothing differs and no amendment covers it', () => {
    expect(kinds(fixture(), 'purpose')).toEqual([
      'r2018-04 added',
      'r2021-02 carried',
      'r2021-10 carried',
      'r2023-05 carried',
      'r2026 carried',
    ]);
    // r2026 is a policy-approved revision: the clause is outside the approved policy; the others are published versions.
    expect(entry(fixture(), 'purpose', 'r2026').row?.carried).toBe('policy');
    expect(entry(fixture(), 'purpose', 'r2021-02').row?.carried).toBe('unrecorded');
  });

  it('calls an unchanged clause unchanged, not carried, when an amendment of the version covers it or its text is official', () => {
    const m = fixture();
    m.amendments.get('a-small-counts')!.data.targets.push('purpose');
    expect(entry(m, 'purpose', 'r2026')).toMatchObject({ kind: 'unchanged' });
    const official = fixture();
    official.clauses.get('r2021-02')!.get('purpose')!.data.provenance = 'official';
    official.clauses.get('r2018-04')!.get('purpose')!.data.provenance = 'official';
    expect(entry(official, 'purpose', 'r2021-02').kind).toBe('unchanged');
  });

  it('calls a clause absent before it is added', () => {
    expect(kinds(fixture(), 'statistics-management')).toEqual([
      'r2018-04 absent',
      'r2021-02 absent',
      'r2021-10 absent',
      'r2023-05 absent',
      'r2026 added',
    ]);
    expect(entry(fixture(), 'statistics-management', 'r2021-02').undeclared).toBe(false);
  });

  it('calls a clause changed when its body text differs, and says the provenance changed too', () => {
    const e = entry(fixture(), 'definitions.utilization', 'r2026');
    expect(e.kind).toBe('changed');
    expect(e.differences).toEqual(['text', 'provenance']);
    expect(e.previous).toBe('r2023-05');
  });

  it('calls a clause changed when the same words show another rule value in the new version', () => {
    const e = entry(fixture(), 'publication.small-counts', 'r2026');
    expect(e.kind).toBe('changed');
    // Its number becomes unknown (null) in r2026: not a renumbering, as in the 新旧対照表.
    expect(e.differences).toEqual(['values']);
  });

  it('does not call a clause changed when only the markup of its words changes', () => {
    const m = fixture();
    const body = m.clauses.get('r2023-05')!.get('publication.procedure')!.body;
    body.children = [{ type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: '公表の手続を定める。' }] }] }];
    expect(entry(m, 'publication.procedure', 'r2023-05')).toMatchObject({ kind: 'carried', differences: [] });
    expect(entry(m, 'publication.procedure', 'r2026')).toMatchObject({ kind: 'carried', differences: [] });
  });

  it('calls a clause changed when only its heading differs', () => {
    const m = fixture();
    m.clauses.get('r2023-05')!.get('purpose')!.data.heading = '目的及び範囲';
    expect(entry(m, 'purpose', 'r2023-05')).toMatchObject({ kind: 'changed', differences: ['heading'] });
    expect(entry(m, 'purpose', 'r2026')).toMatchObject({ kind: 'changed', differences: ['heading'] });
  });

  it('calls a clause moved when its number or its place among its siblings changes but not its words', () => {
    // The two siblings swap places and numbers: both are renumbered, one of them is the one that moved.
    expect(entry(fixture(), 'publication.small-counts', 'r2021-10')).toMatchObject({ kind: 'moved', differences: ['number', 'position'] });
    expect(entry(fixture(), 'publication.procedure', 'r2021-10')).toMatchObject({ kind: 'moved', differences: ['number'] });
    expect(entry(fixture(), 'publication.procedure', 'r2023-05').kind).toBe('carried');
  });

  it('calls a clause moved when it gets another parent', () => {
    const m = fixture();
    m.clauses.get('r2023-05')!.get('publication.procedure')!.data.parent = 'application';
    expect(entry(m, 'publication.procedure', 'r2023-05')).toMatchObject({ kind: 'moved', differences: ['parent'] });
  });

  it('does not call a clause moved when only the numbers in `order` change, or a sibling appears before it', () => {
    const m = fixture();
    const clauses = m.clauses.get('r2023-05')!;
    for (const c of clauses.values()) c.data.order *= 10;
    const template = clauses.get('publication.procedure')!;
    clauses.set('publication.new', { ...template, data: { ...template.data, id: 'publication.new', order: -5 } });
    expect(entry(m, 'publication.small-counts', 'r2023-05').kind).toBe('carried');
    expect(entry(m, 'publication.procedure', 'r2023-05').kind).toBe('carried');
  });

  it('calls a clause removed or merged where the version declares it, then absent', () => {
    expect(kinds(fixture(), 'fees.old')).toEqual([
      'r2018-04 added',
      'r2021-02 removed',
      'r2021-10 absent',
      'r2023-05 absent',
      'r2026 absent',
    ]);
    const merged = entry(fixture(), 'application.forms', 'r2023-05');
    expect(merged.kind).toBe('merged');
    expect(merged.removal).toMatchObject({ into: 'application' });
  });

  it('flags a clause that disappears without a declaration', () => {
    const m = fixture();
    m.clauses.get('r2021-10')!.delete('purpose');
    const e = entry(m, 'purpose', 'r2021-10');
    expect(e).toMatchObject({ kind: 'removed', undeclared: true });
    expect(e.removal).toBeUndefined();
    expect(entry(m, 'purpose', 'r2023-05').kind).toBe('added');
  });

  it('attaches the amendments the version carries for the clause, and their meeting decisions', () => {
    const e = entry(fixture(), 'publication.small-counts', 'r2026');
    expect(e.amendments.map((a) => a.data.id)).toEqual(['a-small-counts']);
    expect(e.decisions).toEqual([{ amendment: 'a-small-counts', meeting: 'm31', item: 'd1-2', state: 'policy-approved' }]);
    expect(entry(fixture(), 'publication.small-counts', 'r2023-05').amendments).toEqual([]);
  });

  it('lists the meeting items that name the clause', () => {
    expect(clauseHistory(fixture(), 'definitions.utilization').discussedIn.map((i) => `${i.meeting}/${i.id}`)).toEqual(['m31/d3']);
    expect(clauseHistory(fixture(), 'publication').discussedIn.map((i) => `${i.meeting}/${i.id}/${i.kind}`)).toEqual(['m31/r1/report']);
  });
});

describe('versionChanges', () => {
  it('lists everything as added in the first version', () => {
    const c = versionChanges(fixture(), 'r2018-04');
    expect(c.previous).toBeUndefined();
    expect(c.added).toEqual([
      'purpose',
      'definitions',
      'definitions.utilization',
      'application',
      'application.forms',
      'publication',
      'fees.old',
    ]);
  });

  it('summarises a version against its predecessor in reading order', () => {
    expect(versionChanges(fixture(), 'r2026')).toEqual({
      version: 'r2026',
      previous: 'r2023-05',
      added: ['statistics-management'],
      changed: ['definitions.utilization', 'publication.small-counts'],
      moved: [],
      removed: [],
      undeclared: [],
      carried: ['purpose', 'definitions', 'application', 'publication', 'publication.procedure'],
      unchanged: 5,
    });
    expect(versionChanges(fixture(), 'r2021-10')).toMatchObject({
      moved: ['publication.procedure', 'publication.small-counts'],
      changed: [],
    });
  });

  it('lists declared removals with their kind, and undeclared disappearances apart', () => {
    expect(versionChanges(fixture(), 'r2023-05').removed).toEqual([
      { clause: 'application.forms', kind: 'merged', into: 'application', note: 'テスト用の統合' },
    ]);
    const m = fixture();
    m.clauses.get('r2021-10')!.delete('purpose');
    expect(versionChanges(m, 'r2021-10').undeclared).toEqual(['purpose']);
  });
});
