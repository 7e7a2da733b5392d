// The clause histories and the 新旧対照表 tell the same story: for every adjacent pair of versions of the real
// content and of every fixture, each clause's history entry says what its row in the table says.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareVersions, type CompareRow } from '../../src/model/compare.ts';
import { clauseHistory, versionChanges, type ClauseChange } from '../../src/model/history.ts';
import { loadModel } from '../../src/model/load.ts';

/** Every content folder under test/fixtures: one whose guideline/ holds a version.yaml. */
function fixtureContents(dir = 'test/fixtures'): string[] {
  const guideline = join(dir, 'guideline');
  if (existsSync(guideline) && readdirSync(guideline).some((v) => existsSync(join(guideline, v, 'version.yaml')))) return [dir];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? fixtureContents(join(dir, e.name)) : []));
}

/** What the table's row means, written out here rather than taken from the code under test. */
function expectedKind(row: CompareRow): ClauseChange {
  if (row.status === 'unchanged') return row.moved ? 'moved' : row.carried ? 'carried' : 'unchanged';
  return row.status;
}

const contents = ['content', ...fixtureContents()];

describe.each(contents)('history and 新旧対照表 agree on %s', (content) => {
  const { model } = loadModel(content);
  const pairs = model.chain.slice(1).map((to, i) => [model.chain[i]!, to] as const);

  it.runIf(pairs.length > 0).each(pairs)('%s → %s: every clause of either version', (from, to) => {
    const { rows } = compareVersions(model, from, to);
    const ids = new Set([...(model.clauses.get(from)?.keys() ?? []), ...(model.clauses.get(to)?.keys() ?? [])]);
    expect(new Set(rows.map((r) => r.id))).toEqual(ids);
    for (const row of rows) {
      const entry = clauseHistory(model, row.id).entries.find((e) => e.version === to)!;
      expect({
        id: row.id,
        kind: entry.kind,
        differences: entry.differences,
        undeclared: entry.undeclared,
        previous: entry.previous,
      }).toEqual({
        id: row.id,
        kind: expectedKind(row),
        differences: row.differences,
        undeclared: row.undeclared === true,
        previous: from,
      });
      expect(entry.amendments.map((a) => a.data.id)).toEqual(row.amendments.map((a) => a.id));
    }

    const changes = versionChanges(model, to);
    const idsOf = (kind: ClauseChange) => rows.filter((r) => expectedKind(r) === kind).map((r) => r.id);
    expect(changes.added).toEqual(idsOf('added'));
    expect(changes.changed).toEqual(idsOf('changed'));
    expect(changes.moved).toEqual(idsOf('moved'));
    expect(changes.carried).toEqual(idsOf('carried'));
    expect(changes.unchanged).toBe(idsOf('unchanged').length + idsOf('carried').length);
    expect(changes.removed.map((r) => `${r.clause} ${r.kind}`)).toEqual(
      rows.filter((r) => !r.new && !r.undeclared).map((r) => `${r.id} ${r.status}`),
    );
    expect(changes.undeclared).toEqual(rows.filter((r) => r.undeclared).map((r) => r.id));
  });

  it('calls a clause of neither version absent', () => {
    const all = new Set([...model.clauses.values()].flatMap((clauses) => [...clauses.keys()]));
    for (const id of all) {
      for (const entry of clauseHistory(model, id).entries.slice(1)) {
        const inEither = model.clauses.get(entry.previous!)?.has(id) || model.clauses.get(entry.version)?.has(id);
        expect(entry.kind === 'absent', `${id} in ${entry.version}`).toBe(!inEither);
      }
    }
  });
});
