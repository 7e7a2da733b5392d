/**
 * The launchers (scripts/check.js, scripts/pubcheck.js) on a Node older than the pinned one: a sentence saying how
 * to run them and exit 2, never a stack trace. Needs an old Node on the machine (Debian's, /usr/bin/node); where
 * there is none the test is skipped visibly.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const OLD_NODE = '/usr/bin/node';
const version = spawnSync(OLD_NODE, ['--version'], { encoding: 'utf8' });
const major = version.status === 0 ? Number(version.stdout.trim().replace(/^v/u, '').split('.')[0]) : undefined;
const old = major !== undefined && major < 24;

describe('the launchers on a Node older than the pinned one', () => {
  for (const [script, command] of [
    ['scripts/check.js', 'check'],
    ['scripts/pubcheck.js', 'pubcheck'],
  ] as const) {
    it.skipIf(!old)(
      `${script} says which Node it needs and how to run it, exit 2${old ? '' : ` — skipped: no Node older than 24 at ${OLD_NODE}`}`,
      () => {
        const r = spawnSync(OLD_NODE, [script, '--help'], { encoding: 'utf8' });
        expect(r.status).toBe(2);
        expect(r.stderr).toContain('Node 24 以上が必要です');
        expect(r.stderr).toContain(`npm run ${command} -- `);
        expect(r.stderr).not.toMatch(/\n\s+at /u);
      },
    );
  }
});
