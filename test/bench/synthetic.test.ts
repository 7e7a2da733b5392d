/** The synthetic content of the benchmarks is content the checker accepts: schemas, references, rules. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../../bench/synthetic.ts';
import { runRules } from '../../scripts/checks/index.ts';
import { clauseText } from '../../src/model/clause-text.ts';
import { loadModel } from '../../src/model/load.ts';

const dir = join(mkdtempSync(join(tmpdir(), 'synthetic-')), 'content');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('generate', () => {
  const size = { versions: 5, clauses: 60, meetings: 12, terms: 40, members: 12 };
  const { files, clauses } = generate(dir, size);
  const loaded = loadModel(dir);

  it('writes the sizes asked for, as one chain of versions', () => {
    expect(loaded.files).toBe(files);
    expect(loaded.model.chain).toHaveLength(size.versions);
    expect(loaded.model.terms.size).toBe(size.terms);
    expect(loaded.model.meetings.size).toBe(size.meetings);
    expect([...loaded.model.clauses.values()].reduce((n, m) => n + m.size, 0)).toBe(clauses);
  });

  it('passes the schemas and every consistency rule of the checker', () => {
    expect(loaded.diagnostics).toEqual([]);
    expect(runRules(loaded).map((f) => `${f.file}:${f.line}  ${f.rule}  ${f.message}`)).toEqual([]);
  });

  it('is the same tree for the same size and seed', () => {
    const again = join(mkdtempSync(join(tmpdir(), 'synthetic-')), 'content');
    generate(again, size);
    const other = loadModel(again);
    const texts = (m: typeof loaded.model) => [...m.clauses.get('v05')!.values()].map((c) => clauseText(m, c));
    expect(texts(other.model)).toEqual(texts(loaded.model));
    rmSync(again, { recursive: true, force: true });
  });
});
