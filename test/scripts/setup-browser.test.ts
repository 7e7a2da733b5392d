/** The browser set-up that `npm test` and `.ci/run` share: install where the machine allows it, else one clear stop. */
import { spawnSync } from 'node:child_process';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { plan, type Machine } from '../../scripts/setup-browser.ts';

const debianRoot: Machine = { chromium: false, fonts: false, root: true, sudo: false, apt: true };

describe('plan', () => {
  it('does nothing when Chromium and the fonts are there', () => {
    expect(plan({ ...debianRoot, chromium: true, fonts: true })).toEqual({ action: 'ready' });
  });

  it('installs what is missing with apt-get as root, and only that', () => {
    expect(plan({ ...debianRoot, fonts: true })).toEqual({
      action: 'install',
      packages: ['chromium'],
      command: ['apt-get', 'install', '-y', '-qq', 'chromium'],
    });
  });

  it('installs through password-less sudo when not root', () => {
    const p = plan({ ...debianRoot, root: false, sudo: true });
    expect(p).toMatchObject({
      action: 'install',
      command: ['sudo', '-n', 'apt-get', 'install', '-y', '-qq', 'chromium', 'fonts-noto-cjk'],
    });
  });

  it('stops with the exact command when it may not install (not root, no sudo)', () => {
    const p = plan({ ...debianRoot, root: false, fonts: true });
    expect(p.action).toBe('stop');
    if (p.action !== 'stop') return;
    expect(p.message).toContain('needs root');
    expect(p.message).toContain('sudo apt-get update && sudo apt-get install -y chromium');
    expect(p.message).not.toContain('fonts-noto-cjk');
  });

  it('stops and says how elsewhere when there is no apt-get', () => {
    const p = plan({ ...debianRoot, apt: false });
    expect(p.action).toBe('stop');
    if (p.action === 'stop')
      expect(p.message).toMatch(/not a Debian system[\s\S]*apt-get install -y chromium fonts-noto-cjk[\s\S]*CHROMIUM_PATH/);
  });

  it("does not install Debian's Chromium when CHROMIUM_PATH names another browser that is missing", () => {
    const p = plan({ ...debianRoot, fonts: true, customChromium: '/opt/nope/chrome' });
    expect(p).toMatchObject({ action: 'stop', packages: [] });
    expect(plan({ ...debianRoot, customChromium: '/opt/nope/chrome' })).toMatchObject({ action: 'install', packages: ['fonts-noto-cjk'] });
    if (p.action === 'stop') expect(p.message).toContain('CHROMIUM_PATH is /opt/nope/chrome');
  });

  it('never installs under --check', () => {
    expect(plan(debianRoot, false).action).toBe('stop');
  });
});

describe('on a machine where the browser is missing and cannot be installed', () => {
  // Only Node on PATH: no apt-get, no sudo, no dpkg, no fontconfig (so the fonts count as missing), and a browser
  // path with nothing there.
  const env = { PATH: dirname(process.execPath), CHROMIUM_PATH: '/nonexistent/chromium', HOME: process.env['HOME'] ?? '/tmp' };
  const run = (script: string, args: string[] = []) =>
    spawnSync(process.execPath, [script, ...args], { encoding: 'utf8', env, timeout: 30_000 });

  it('the set-up script ends in one clear message naming the command, with exit 1', () => {
    const r = run('scripts/setup-browser.ts');
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.match(/^setup: /gm)).toHaveLength(1);
    expect(r.stderr).toContain('CHROMIUM_PATH is /nonexistent/chromium');
    expect(r.stderr).toContain('apt-get install -y fonts-noto-cjk');
  });

  it('npm test stops before any gate runs', () => {
    const r = run('scripts/test.ts', ['check', 'test:e2e']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('CHROMIUM_PATH is /nonexistent/chromium');
    expect(r.stdout).not.toContain('── check');
  });
});
