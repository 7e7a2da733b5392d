// listContent and readDocument: what is under the content folder, and reading it — the cases a fixture in git
// cannot hold (a file over the size limit, a folder link that loops, a file the checker may not open).
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listContent, readDocument } from '../../src/model/files.ts';
import { LIMITS } from '../../src/model/limits.ts';

const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});
function folder(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'files-'));
  made.push(dir);
  for (const [path, data] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), data);
  }
  return dir;
}

describe('readDocument', () => {
  it('refuses a file over the size limit without reading it into a document', () => {
    const dir = folder({ 'terms/big.mdx': Buffer.alloc(LIMITS.fileBytes + 1, 0x61) });
    const r = readDocument(join(dir, 'terms/big.mdx'), 'terms/big.mdx');
    expect('problem' in r && r.problem.rule).toBe('file/limit');
  });

  it('reads UTF-8 with or without a byte order mark, and names UTF-16 and control characters', () => {
    const dir = folder({
      'a.mdx': Buffer.from('\ufeffid: a\n', 'utf8'),
      'b.mdx': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('id: b\n', 'utf16le')]),
      'c.mdx': 'id: c\nlabel: x\u0007\n',
    });
    expect(readDocument(join(dir, 'a.mdx'), 'a.mdx')).toEqual({ text: 'id: a\n' });
    const b = readDocument(join(dir, 'b.mdx'), 'b.mdx');
    expect('problem' in b && b.problem.message).toMatch(/not UTF-8 \(it is UTF-16\)/);
    const c = readDocument(join(dir, 'c.mdx'), 'c.mdx');
    expect('problem' in c && [c.problem.rule, c.problem.line, c.problem.column]).toEqual(['file/encoding', 2, 9]);
  });

  it('says a file it may not open is unreadable (as root every file can be read: then it is read)', () => {
    const dir = folder({ 'x.mdx': 'id: x\n' });
    chmodSync(join(dir, 'x.mdx'), 0o000);
    const r = readDocument(join(dir, 'x.mdx'), 'x.mdx');
    if ('problem' in r) expect(r.problem.rule).toBe('file/unreadable');
    else expect(process.getuid?.()).toBe(0);
  });
});

describe('listContent', () => {
  it('reports a folder link that leads back to a folder containing it, once, and keeps walking', () => {
    const dir = folder({ 'terms/a.mdx': 'x' });
    symlinkSync(join(dir, 'terms'), join(dir, 'terms/loop'));
    const listing = listContent(dir, 'content/');
    expect(listing.entries).toEqual([{ kind: 'term', path: 'terms/a.mdx' }]);
    expect(listing.problems.map((p) => [p.file, p.rule])).toEqual([['terms/loop/', 'file/unreadable']]);
  });

  it("takes an editor's backup for the document when the document is missing, and claims its id", () => {
    const dir = folder({ 'terms/a.mdx~': 'x', 'terms/b.mdx': 'x', 'terms/b.mdx~': 'x' });
    const listing = listContent(dir, 'content/');
    expect(listing.problems.map((p) => p.message)).toEqual([
      "「content/terms/a.mdx~」 is an editor's backup, and content/terms/a.mdx is missing; expected the document under its own name",
      "「content/terms/b.mdx~」 is an editor's or the system's leftover; expected only documents in content/",
    ]);
    expect(listing.claims).toEqual([{ kind: 'term', path: 'terms/a.mdx', id: 'a', cause: 'terms/a.mdx~' }]);
  });
});
