/** `npm run build` replaces dist/ only when every step passed: a failed build never leaves a half-written site. */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

describe('scripts/build.ts', () => {
  const work = mkdtempSync(join(tmpdir(), 'midnet-build-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('leaves the last good dist/ untouched, and no temporary folder, when the content check fails', () => {
    const content = join(work, 'content');
    cpSync('content', content, { recursive: true });
    // One broken date in one version: the check fails before anything is built.
    const version = join(content, 'guideline', 'r2018-04', 'version.yaml');
    writeFileSync(version, readFileSync(version, 'utf8').replace(/^id: .*$/m, 'id: [unclosed'));
    const out = join(work, 'site', 'dist');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'index.html'), 'the last good build');

    const run = spawnSync(process.execPath, ['scripts/build.ts', '--out', out], {
      encoding: 'utf8',
      env: { ...process.env, MIDNET_CONTENT_DIR: content },
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('the content check failed');
    expect(run.stderr).toContain('left as it was');
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('the last good build');
    expect(readdirSync(join(work, 'site'))).toEqual(['dist']);
    expect(existsSync(join(out, 'pagefind'))).toBe(false);
  });
});
