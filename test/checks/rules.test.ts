/**
 * One runner for every check rule: each has a failing and a passing fixture, with the exact findings expected.
 * A fixture is the shared base with the case's files laid over it (fixture-tree.ts).
 */
import { existsSync, lstatSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RULES, runRules } from '../../scripts/checks/index.ts';
import { loadModel } from '../../src/model/load.ts';
import { FIXTURES as fixtures, fixtureTree, removeFixtureTrees, root } from './fixture-tree.ts';

afterAll(removeFixtureTrees);
/** Run with UPDATE_EXPECTED=1 to rewrite expected.txt files; review the diff like any other change. */
const update = process.env['UPDATE_EXPECTED'] === '1';

const folderOf = (ruleId: string) => ruleId.replace('/', '-');
const cases = (ruleId: string, kind: 'pass' | 'fail') => {
  const dir = join(root, fixtures, folderOf(ruleId));
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((d) => d === kind || d.startsWith(`${kind}-`))
        .sort()
    : [];
};

/** Lay out a fixture (base + case) and run every rule; paths, in files and messages, are relative to the fixture. */
function check(caseDir: string) {
  const tree = fixtureTree(caseDir);
  const loaded = loadModel(tree, tree);
  return { tree, loaded, findings: runRules(loaded) };
}

const isLink = (path: string) => {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
};

const line = (f: { file: string; line: number; column: number; rule: string; message: string }) =>
  `${f.file}:${f.line}:${f.column} ${f.rule} ${f.message}`;

describe('the rule registry', () => {
  it('has unique rule ids shaped <area>/<name>', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+\/[a-z]+(?:-[a-z]+)*$/);
  });

  it('has a fixture folder for every rule and a rule for every fixture folder', () => {
    expect(
      readdirSync(join(root, fixtures))
        .filter((d) => d !== '_base')
        .sort(),
    ).toEqual(RULES.map((r) => folderOf(r.id)).sort());
  });

  it('has a shared fixture base that every rule finds clean', () => {
    const tree = fixtureTree(join(fixtures, '_base'));
    expect(runRules(loadModel(tree, tree)).map(line)).toEqual([]);
  });
});

for (const rule of RULES) {
  describe(rule.id, () => {
    it('is documented: a description, and a module header with its summary and ok/not-ok examples', () => {
      expect(rule.description.length).toBeGreaterThan(10);
      const source = readFileSync(join(root, 'scripts/checks', `${folderOf(rule.id)}.ts`), 'utf8');
      expect(source.startsWith(`/**\n * ${rule.id} — `)).toBe(true);
      expect(source).toMatch(/How to fix:/);
      expect(source).toMatch(/@example not-ok/);
      expect(source).toMatch(/@example ok/);
    });

    it('has a failing and a passing fixture', () => {
      expect(cases(rule.id, 'fail').length).toBeGreaterThan(0);
      expect(cases(rule.id, 'pass').length).toBeGreaterThan(0);
    });

    for (const name of cases(rule.id, 'fail')) {
      it(`reports exactly the findings in ${name}/expected.txt`, () => {
        const dir = join(fixtures, folderOf(rule.id), name);
        const { findings } = check(dir);
        const expectedFile = join(root, dir, 'expected.txt');
        if (update) writeFileSync(expectedFile, findings.map(line).join('\n') + '\n');
        const expected = readFileSync(expectedFile, 'utf8').split('\n').filter(Boolean);
        expect(findings.some((f) => f.rule === rule.id)).toBe(true);
        expect(findings.map(line)).toEqual(expected);
      });
    }

    for (const name of cases(rule.id, 'pass')) {
      it(`finds nothing in ${name}`, () => {
        const { findings } = check(join(fixtures, folderOf(rule.id), name));
        expect(findings.map(line)).toEqual([]);
      });
    }
  });
}

describe('every finding in every fixture', () => {
  const all = RULES.flatMap((r) => [...cases(r.id, 'fail'), ...cases(r.id, 'pass')].map((c) => join(fixtures, folderOf(r.id), c)));

  it('carries a file, a 1-based line and column, a registered rule, a message and a hint', () => {
    const ids = new Set(RULES.map((r) => r.id));
    for (const dir of all) {
      const { tree, findings } = check(dir);
      for (const f of findings) {
        // A file, a folder, or a link (a link that leads nowhere is what file/unreadable reports).
        expect(existsSync(join(tree, f.file)) || isLink(join(tree, f.file)), `${dir}: ${f.file}`).toBe(true);
        expect(f.line).toBeGreaterThanOrEqual(1);
        expect(f.column).toBeGreaterThanOrEqual(1);
        expect(ids.has(f.rule)).toBe(true);
        expect(f.message).toMatch(/^(?:「|the |Unexpected |MDX |YAML |<)/);
        expect(f.hint.length).toBeGreaterThan(0);
      }
    }
  });

  it('is valid against the schemas, except in the fixtures of the rules that report what the loader finds', () => {
    for (const dir of all.filter((d) => !/\/(?:syntax|schema|file)-|\/link-url\//.test(d))) {
      expect(check(dir).loaded.diagnostics, dir).toEqual([]);
    }
  });
});
