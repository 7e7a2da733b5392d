/** Tests of the clause-aligned comparison (新旧対照表 as data) on the compare fixture: every row status, order, JSON form. */
import { describe, expect, it } from 'vitest';
import {
  adjacentPairs,
  compareData,
  compareDataOf,
  compareVersions,
  isChangedRow,
  rowLabel,
  type CompareRow,
} from '../../src/model/compare.ts';
import { loadModel } from '../../src/model/load.ts';

const { model, diagnostics } = loadModel('test/fixtures/compare/content');
const rowOf = (rows: CompareRow[], id: string) => {
  const row = rows.find((r) => r.id === id);
  if (!row) throw new Error(`no row ${id}`);
  return row;
};

describe('compareVersions', () => {
  it('reads a clean fixture', () => {
    expect(diagnostics).toEqual([]);
    expect(model.chain).toEqual(['r2021-02', 'r2023-05', 'r2026']);
  });

  it('aligns rows by clause id in the newer reading order, with removed clauses where they stood', () => {
    const { rows } = compareVersions(model, 'r2021-02', 'r2023-05');
    expect(rows.map((r) => r.id)).toEqual([
      'purpose',
      'definitions',
      'publication',
      'publication.review',
      // 事務局の確認 stood after 公表前の審査 in r2021-02; it follows it here.
      'publication.secretariat',
      'publication.small-counts',
      'data-handling',
      'data-handling.old-rule',
      'statistics-moved-out',
    ]);
  });

  it('gives each row its status: unchanged, changed, added, removed, merged into another clause', () => {
    const { rows, counts } = compareVersions(model, 'r2021-02', 'r2023-05');
    expect(rowOf(rows, 'purpose').status).toBe('unchanged');
    expect(rowOf(rows, 'definitions').status).toBe('changed');
    expect(rowOf(rows, 'statistics-moved-out')).toMatchObject({ status: 'added', old: null });
    expect(rowOf(rows, 'data-handling.old-rule')).toMatchObject({ status: 'removed', new: null, note: '旧規定は廃止した。' });
    expect(rowOf(rows, 'publication.secretariat')).toMatchObject({ status: 'merged', mergedInto: 'publication.review' });
    expect(counts).toEqual({ unchanged: 4, changed: 2, added: 1, removed: 1, merged: 1, moved: 2, carried: 3 });
  });

  it('tells a move among siblings and a renumbering apart from a text change', () => {
    const { rows } = compareVersions(model, 'r2021-02', 'r2023-05');
    const smallCounts = rowOf(rows, 'publication.small-counts');
    expect(smallCounts.status).toBe('unchanged');
    expect(smallCounts.moved).toEqual({ number: { from: '第3 1.', to: '第3 2.' }, order: true });
    expect(rowLabel(smallCounts)).toBe('移動');
    // 公表前の審査 did not move (its sibling did) but it was renumbered, and its text grew.
    const review = rowOf(rows, 'publication.review');
    expect(review.moved).toEqual({ number: { from: '第3 2.', to: '第3 1.' } });
    expect(rowLabel(review)).toBe('改正・番号変更');
  });

  it('reports a change of parent as a move, and an unknown new number as no renumbering', () => {
    const row = rowOf(compareVersions(model, 'r2023-05', 'r2026').rows, 'statistics-moved-out');
    expect(row.moved).toEqual({ parent: { from: 'data-handling', to: 'publication' } });
    expect(row.new?.number).toBeNull();
    // Its words in r2026 are our summary of a policy (pending): the label says the wording is not out yet.
    expect(rowLabel(row)).toBe('改正（文言未公表）・移動');
  });

  it('marks a row pending when either side is our summary of an approved policy, whatever its status', () => {
    const rows = compareVersions(model, 'r2023-05', 'r2026').rows;
    expect(rowOf(rows, 'publication.small-counts')).toMatchObject({ status: 'changed', pending: true });
    expect(rowLabel(rowOf(rows, 'publication.small-counts'))).toBe('改正（文言未公表）');
    expect(rowOf(rows, 'purpose').pending).toBeUndefined();
  });

  it('calls an unchanged clause carried over when no amendment covers it and its words are not official', () => {
    const rows = compareVersions(model, 'r2023-05', 'r2026').rows;
    // r2026 is policy-approved: outside the approved policy.
    expect(rowOf(rows, 'purpose')).toMatchObject({ status: 'unchanged', carried: 'policy' });
    expect(rowLabel(rowOf(rows, 'purpose'))).toBe('改定方針の対象外（前の版のまま）');
    // r2023-05 is in force (its text published): the changes known to us do not touch it.
    expect(rowOf(compareVersions(model, 'r2021-02', 'r2023-05').rows, 'purpose').carried).toBe('unrecorded');
    // Compared backwards nothing is carried: the older text is the one shown.
    expect(rowOf(compareVersions(model, 'r2026', 'r2023-05').rows, 'purpose').carried).toBeUndefined();
  });

  it('names what differs in a row; the status follows from it', () => {
    const rows = compareVersions(model, 'r2021-02', 'r2023-05').rows;
    expect(rowOf(rows, 'publication.review').differences).toEqual(['text', 'number']);
    expect(rowOf(rows, 'publication.small-counts').differences).toEqual(['number', 'position']);
    expect(rowOf(rows, 'purpose').differences).toEqual([]);
    expect(rowOf(compareVersions(model, 'r2023-05', 'r2026').rows, 'definitions').differences).toEqual(['text', 'provenance']);
  });

  it('tells a change of rule value alone (基準値) from a change of words', () => {
    const site = loadModel('test/fixtures/site/content').model;
    const row = rowOf(compareVersions(site, 'r2023-05', 'r2026').rows, 'publication.small-counts');
    expect(row).toMatchObject({ status: 'changed', differences: ['values'] });
    expect(row.new?.wording).toBe('患者等の数が〔small-counts.threshold〕未満となる場合の扱いは、「第4 公表」による。');
    // Only a body that shows a rule value carries its wording.
    expect(rowOf(compareVersions(site, 'r2023-05', 'r2026').rows, 'purpose').new?.wording).toBeUndefined();
  });

  it('marks a clause that disappears without a removal record', () => {
    const m = loadModel('test/fixtures/compare/content').model;
    m.clauses.get('r2023-05')!.delete('purpose');
    expect(rowOf(compareVersions(m, 'r2021-02', 'r2023-05').rows, 'purpose')).toMatchObject({ status: 'removed', undeclared: true });
    expect(rowOf(compareVersions(m, 'r2021-02', 'r2023-05').rows, 'data-handling.old-rule').undeclared).toBeUndefined();
  });

  it('diffs bodies with references resolved for each version (rule values, terms)', () => {
    const row = rowOf(compareVersions(model, 'r2023-05', 'r2026').rows, 'publication.small-counts');
    expect(row.body).toContainEqual({ kind: 'delete', text: '不明' });
    expect(row.body).toContainEqual({ kind: 'insert', text: '10' });
    expect(row.new?.provenance).toBe('pending');
  });

  it('lists the amendments between the two versions that target a row', () => {
    const rows = compareVersions(model, 'r2023-05', 'r2026').rows;
    expect(rowOf(rows, 'definitions').amendments).toEqual([
      { id: 'utilization-definition', title: '「利活用」の定義の見直し', decided: '第31回・改定方針了承' },
    ]);
    expect(rowOf(rows, 'statistics-moved-out').amendments).toEqual([]);
    expect(rowOf(compareVersions(model, 'r2021-02', 'r2026').rows, 'statistics-moved-out').amendments.map((a) => a.id)).toEqual([
      'statistics-2023',
    ]);
  });

  it('follows removal records across versions when comparing non-adjacent versions', () => {
    const rows = compareVersions(model, 'r2021-02', 'r2026').rows;
    expect(rowOf(rows, 'publication.secretariat')).toMatchObject({ status: 'merged', mergedInto: 'publication.review' });
    expect(rowOf(rows, 'standard-dataset').status).toBe('added');
  });

  it('finds nothing to report between a version and itself', () => {
    const { rows, counts } = compareVersions(model, 'r2023-05', 'r2023-05');
    expect(rows.every((r) => !isChangedRow(r))).toBe(true);
    expect(counts.unchanged).toBe(rows.length);
  });

  it('says which version is missing, in words for a reader', () => {
    expect(() => compareVersions(model, 'r2021-02', 'r1999')).toThrow('版「r1999」がありません。比較できる版: r2021-02, r2023-05, r2026');
  });
});

describe('compareData (the JSON form the browser uses)', () => {
  it('survives JSON and gives the same comparison as the model', () => {
    const json = JSON.parse(JSON.stringify(compareDataOf(model)));
    for (const [from, to] of [...adjacentPairs(json), ['r2021-02', 'r2026'] as [string, string]]) {
      expect(compareData(json, from, to)).toEqual(compareVersions(model, from, to));
    }
  });

  it('lists adjacent pairs oldest first', () => {
    expect(adjacentPairs(compareDataOf(model))).toEqual([
      ['r2021-02', 'r2023-05'],
      ['r2023-05', 'r2026'],
    ]);
  });
});
