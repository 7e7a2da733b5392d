/** The check CLI's output shapes (text, json, github), exit codes and parse cache, on small fixture trees. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openParseCache } from '../../scripts/lib/parse-cache.ts';
import { RuleCrash, RULES, runRules } from '../../scripts/checks/index.ts';
import { loadModel } from '../../src/model/load.ts';
import type { ParsedFile } from '../../src/model/parse-file.ts';
import { FIXTURES, fixtureTree, removeFixtureTrees, root } from './fixture-tree.ts';

// The project's Node (24, which runs .ts); vitest itself may run on another.
const node = join(root, 'node_modules/.bin/node');
const failing = fixtureTree(`${FIXTURES}/meeting-one-chair/fail`);
const passing = fixtureTree(`${FIXTURES}/meeting-one-chair/pass`);
afterAll(removeFixtureTrees);

function cli(...args: string[]) {
  const r = spawnSync(node, ['scripts/check.js', '--no-cache', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { status: r.status, stdout: r.stdout.replace(/\d+ ms\)/g, 'N ms)'), stderr: r.stderr };
}

const scratch: string[] = [];
afterAll(() => scratch.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('node scripts/check.js', () => {
  it('prints compiler-style findings with hints, then a summary, and exits 1', () => {
    const r = cli('--root', failing, '.');
    expect(r.status).toBe(1);
    expect(r.stdout).toBe(
      [
        'meetings/m1.mdx:9:25  error  meeting/one-chair  「nakajima」 is a second chair of m1 (after hayashi); expected one chair (◎)',
        '  hint: only the attendee printed with ◎ is the chair; the others are member or associate',
        'meetings/m1.mdx:11:20  error  meeting/one-chair  「ono」 is a second vice-chair of m1 (after ohe); expected one vice-chair (○)',
        '  hint: only the attendee printed with ○ is the vice-chair; the others are member or associate',
        'meetings/m2.mdx:7:1  error  meeting/one-chair  「m2」 has no chair among its attendees; expected exactly one role: chair (◎)',
        '  hint: mark the attendee printed with ◎ as role: chair',
        '',
        '✖ 3 errors in 2 files (9 files checked in N ms)',
        '',
      ].join('\n'),
    );
  });

  it('says so in one line and exits 0 when there is nothing to report', () => {
    const r = cli('--root', passing, '.');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('✔ 9 files checked, no problems (N ms)\n');
  });

  it("prints one JSON object with the findings (each with its rule's docs) and a summary", () => {
    const r = cli('--format', 'json', '--root', failing, '.');
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout) as { findings: Record<string, unknown>[]; summary: Record<string, unknown> };
    expect(out.findings[0]).toEqual({
      file: 'meetings/m1.mdx',
      line: 9,
      column: 25,
      severity: 'error',
      rule: 'meeting/one-chair',
      message: '「nakajima」 is a second chair of m1 (after hayashi); expected one chair (◎)',
      hint: 'only the attendee printed with ◎ is the chair; the others are member or associate',
      docs: 'scripts/checks/meeting-one-chair.ts',
    });
    expect(out.summary).toMatchObject({ errors: 3, warnings: 0, files: 9, filesWithFindings: 2 });
  });

  it('prints GitHub workflow annotations, escaping what the command syntax reserves', () => {
    const r = cli('--format', 'github', '--root', failing, '.');
    expect(r.status).toBe(1);
    expect(r.stdout.split('\n')[0]).toBe(
      '::error file=meetings/m1.mdx,line=9,col=25,title=meeting/one-chair::「nakajima」 is a second chair of m1 (after hayashi); expected one chair (◎)%0Ahint: only the attendee printed with ◎ is the chair; the others are member or associate',
    );
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('✖ 3 errors in 2 files (9 files checked in N ms)');
  });

  it('reports paths relative to the root, with the content folder in them', () => {
    const r = cli('--root', dirname(failing), 'fail');
    expect(r.stdout.split('\n')[0]).toMatch(/^fail\/meetings\/m1\.mdx:9:25  /);
  });

  it('reads an absolute content folder as given (content-dir or $MIDNET_CONTENT_DIR), not under the root', () => {
    expect(cli('--root', dirname(failing), failing).status).toBe(1);
    const r = spawnSync(node, ['scripts/check.js', '--no-cache'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, MIDNET_CONTENT_DIR: passing },
    });
    expect(r.status).toBe(0);
  });

  it('takes an absolute content folder as it is (as MIDNET_CONTENT_DIR=/tmp/… gives it)', () => {
    const r = cli(failing);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/meetings\/m1\.mdx:9:25  error  meeting\/one-chair/);
  });

  it('exits 2 with the usage for a bad option, an unknown format or a missing content folder', () => {
    expect(cli('--bogus').status).toBe(2);
    const format = cli('--format', 'xml');
    expect(format.status).toBe(2);
    expect(format.stderr).toMatch(/^check: 「xml」 is not a format; expected text, json, github\nusage: /);
    const missing = cli('--root', passing, 'nowhere');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/is not a folder; expected the content folder/);
  });

  it('reports a file it cannot read as a finding at that file (exit 1): a content mistake, not a crash', () => {
    const dir = mkdtempSync(join(tmpdir(), 'check-cli-'));
    scratch.push(dir);
    cpSync(passing, dir, { recursive: true });
    symlinkSync(join(dir, 'nothing-here.mdx'), join(dir, 'terms/dangling.mdx'));
    const r = cli('--root', dir, '.');
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(
      /^terms\/dangling\.mdx:1:1 {2}error {2}file\/unreadable {2}「terms\/dangling\.mdx」 is a link to a file that does not exist/m,
    );
    expect(r.stdout).toMatch(/✖ 1 error in 1 file/);
  });
});

describe('the rule runner', () => {
  it('turns a rule that throws into a RuleCrash naming the rule (the CLI reports it as a bug, exit 2)', () => {
    const loaded = loadModel(passing, root);
    const broken = {
      id: 'test/broken',
      description: 'throws',
      check: () => {
        throw new Error('boom');
      },
    };
    expect(() => runRules(loaded, [broken])).toThrow(new RuleCrash('test/broken', new Error('boom')));
  });
});

describe('the parse cache', () => {
  it('gives the same model and findings as parsing, for every fixture', () => {
    const stored = new Map<string, string>();
    // Round-trip through JSON, as the disk cache does.
    const cache = {
      get: (file: string, text: string) => (stored.has(file + text) ? (JSON.parse(stored.get(file + text)!) as ParsedFile) : undefined),
      set: (file: string, text: string, parsed: ParsedFile) => void stored.set(file + text, JSON.stringify(parsed)),
    };
    for (const rule of RULES) {
      for (const kind of ['fail', 'pass']) {
        const dir = fixtureTree(`${FIXTURES}/${rule.id.replace('/', '-')}/${kind}`);
        const fresh = loadModel(dir, dir);
        loadModel(dir, dir, { cache });
        const cached = loadModel(dir, dir, { cache });
        expect(runRules(cached)).toEqual(runRules(fresh));
        expect(JSON.parse(JSON.stringify([...cached.model.clauses.values()].map((m) => [...m.values()])))).toEqual(
          JSON.parse(JSON.stringify([...fresh.model.clauses.values()].map((m) => [...m.values()]))),
        );
        expect(JSON.parse(JSON.stringify([...cached.model.meetings.values(), ...cached.model.terms.values()]))).toEqual(
          JSON.parse(JSON.stringify([...fresh.model.meetings.values(), ...fresh.model.terms.values()])),
        );
      }
    }
  });

  it('misses when the text changed or the code changed, and keeps only the files of the last run', () => {
    const dir = mkdtempSync(join(tmpdir(), 'check-cache-'));
    scratch.push(dir);
    const file = join(dir, 'cache.json');
    const parsed: ParsedFile = { diagnostics: [], mentions: [] };
    const first = openParseCache(file, 'code-1');
    first.set('a.yaml', 'id: a', parsed);
    first.set('b.yaml', 'id: b', parsed);
    first.save();
    const second = openParseCache(file, 'code-1');
    expect(second.get('a.yaml', 'id: a')).toEqual(parsed);
    expect(second.get('b.yaml', 'id: b2')).toBeUndefined();
    second.save();
    expect(Object.keys((JSON.parse(readFileSync(file, 'utf8')) as { files: object }).files)).toEqual(['a.yaml']);
    expect(openParseCache(file, 'code-2').get('a.yaml', 'id: a')).toBeUndefined();
    writeFileSync(file, '{ not json');
    expect(openParseCache(file, 'code-1').get('a.yaml', 'id: a')).toBeUndefined();
  });
});
