/**
 * What the browser tests need from the machine, and its installation where that is possible: Debian's `chromium`
 * (no test tool may download a browser of its own) and `fonts-noto-cjk` (pages render as a Japanese reader sees
 * them). `npm test` runs this before any gate and `.ci/run` runs it as its own step, so the two cannot drift.
 *
 * - Everything present: prints one line and exits 0.
 * - Something missing, and the machine can install Debian packages (root, or password-less sudo, and apt-get):
 *   installs it with apt-get, then checks again.
 * - Something missing and no way to install it: one message naming what is missing and the exact command to run,
 *   exit 1 — before any test runs, instead of a wall of browser launch failures.
 *
 * Usage: node scripts/setup-browser.ts [--check]   (--check: never install, only report)
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/** A Debian package the browser tests need, and how to tell it is there. */
export interface Requirement {
  /** The Debian package that provides it. */
  package: string;
  /** What it is for, in the message. */
  why: string;
}

export const CHROMIUM_PACKAGE: Requirement = { package: 'chromium', why: 'the browser the browser tests drive' };
export const FONTS_PACKAGE: Requirement = { package: 'fonts-noto-cjk', why: 'Japanese fonts, so pages render as readers see them' };

/** What the machine has, as far as the set-up is concerned. Probed for real by `probe()`; given by hand in tests. */
export interface Machine {
  chromium: boolean;
  /** CHROMIUM_PATH names a browser of the user's own (not Debian's /usr/bin/chromium, which apt-get installs). */
  customChromium?: string;
  fonts: boolean;
  root: boolean;
  /** Password-less sudo works (`sudo -n true`). */
  sudo: boolean;
  /** apt-get is on PATH (a Debian or Debian-like system). */
  apt: boolean;
}

export type Plan =
  | { action: 'ready' }
  | { action: 'install'; packages: string[]; command: string[] }
  | { action: 'stop'; packages: string[]; message: string };

/** The command a person runs to install the packages (with sudo unless they are root). */
export function installCommand(packages: readonly string[], asRoot: boolean): string {
  return `${asRoot ? '' : 'sudo '}apt-get update && ${asRoot ? '' : 'sudo '}apt-get install -y ${packages.join(' ')}`;
}

/** Decide what to do on a machine. Pure: the whole decision, testable without touching the machine. */
export function plan(machine: Machine, canInstall = true): Plan {
  // A browser of the user's own (CHROMIUM_PATH) that is not there is theirs to fix: apt-get would not put it there.
  const wrongPath = !machine.chromium && machine.customChromium !== undefined;
  const missing = [...(machine.chromium || wrongPath ? [] : [CHROMIUM_PACKAGE]), ...(machine.fonts ? [] : [FONTS_PACKAGE])];
  if (missing.length === 0 && !wrongPath) return { action: 'ready' };
  const packages = missing.map((m) => m.package);
  if (missing.length > 0 && canInstall && machine.apt && (machine.root || machine.sudo)) {
    return {
      action: 'install',
      packages,
      command: [...(machine.root ? [] : ['sudo', '-n']), 'apt-get', 'install', '-y', '-qq', ...packages],
    };
  }
  const lines: string[] = [];
  if (wrongPath) {
    lines.push(
      `CHROMIUM_PATH is ${machine.customChromium}, and no browser can be run there: point CHROMIUM_PATH at a Chromium, or unset it to use Debian's /usr/bin/chromium.`,
    );
  }
  if (missing.length > 0) {
    const them = missing.length > 1 ? 'them' : 'it';
    const why = !machine.apt
      ? 'apt-get is not available here (not a Debian system)'
      : !canInstall
        ? 'installing was not asked for (--check)'
        : 'installing Debian packages needs root, and password-less sudo is not available';
    lines.push(
      `The browser tests need ${missing.map((m) => `${m.package} (${m.why})`).join(' and ')}, which ${missing.length > 1 ? 'are' : 'is'} not installed; ${why}.`,
    );
    lines.push(
      machine.apt
        ? `Install ${them} with:\n\n    ${installCommand(packages, machine.root)}\n`
        : `On Debian or Ubuntu, install ${them} with:\n\n    ${installCommand(packages, false)}\n\nElsewhere, install Chromium and a Japanese font, and point CHROMIUM_PATH at the browser.`,
    );
  }
  lines.push('Then run npm test again.');
  return { action: 'stop', packages, message: lines.join('\n') };
}

/** Where the browser tests look for Chromium (the harness reads the same variable). */
export const DEBIAN_CHROMIUM = '/usr/bin/chromium';
export const chromiumPath = (env: NodeJS.ProcessEnv = process.env) => env['CHROMIUM_PATH'] ?? DEBIAN_CHROMIUM;

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(command: string, env: NodeJS.ProcessEnv): boolean {
  return (env['PATH'] ?? '').split(delimiter).some((dir) => dir && executable(join(dir, command)));
}

const succeeds = (command: string, args: string[], env: NodeJS.ProcessEnv) =>
  spawnSync(command, args, { stdio: 'ignore', env }).status === 0;

/** Probe the real machine. */
export function probe(env: NodeJS.ProcessEnv = process.env): Machine {
  const apt = onPath('apt-get', env);
  // A font package counts as present when dpkg says so, or (on a machine without dpkg) when fontconfig knows a
  // Japanese Noto CJK face.
  const fonts = onPath('dpkg-query', env)
    ? spawnSync('dpkg-query', ['-W', '-f=${Status}', FONTS_PACKAGE.package], { encoding: 'utf8', env }).stdout?.includes(
        'install ok installed',
      ) === true
    : onPath('fc-list', env) &&
      /Noto Sans CJK JP/.test(spawnSync('fc-list', [':lang=ja', 'family'], { encoding: 'utf8', env }).stdout ?? '');
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  const browser = chromiumPath(env);
  return {
    chromium: executable(browser),
    ...(browser === DEBIAN_CHROMIUM ? {} : { customChromium: browser }),
    fonts,
    root,
    sudo: !root && onPath('sudo', env) && succeeds('sudo', ['-n', 'true'], env),
    apt,
  };
}

function install(p: Extract<Plan, { action: 'install' }>, env: NodeJS.ProcessEnv): boolean {
  const sudo = p.command[0] === 'sudo' ? ['sudo', '-n'] : [];
  const run = (args: string[]) => {
    const [cmd, ...rest] = [...sudo, ...args] as [string, ...string[]];
    console.log(`setup: ${[cmd, ...rest].join(' ')}`);
    return (
      spawnSync(cmd, rest, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...env, DEBIAN_FRONTEND: 'noninteractive' } }).status === 0
    );
  };
  return run(['apt-get', 'update', '-qq']) && run(p.command.slice(sudo.length));
}

/** Run the set-up; returns the process exit code. */
export function main(argv: readonly string[] = process.argv.slice(2), env: NodeJS.ProcessEnv = process.env): number {
  const checkOnly = argv.includes('--check');
  const machine = probe(env);
  const first = plan(machine, !checkOnly);
  if (first.action === 'ready') {
    console.log(`setup: browser tests ready (${chromiumPath(env)}, ${FONTS_PACKAGE.package})`);
    return 0;
  }
  if (first.action === 'stop') {
    console.error(`setup: ${first.message}`);
    return 1;
  }
  console.log(`setup: installing ${first.packages.join(' and ')} from Debian's packages (needed by the browser tests)`);
  const installed = install(first, env);
  const after = plan(probe(env), false);
  if (installed && after.action === 'ready') {
    console.log('setup: browser tests ready');
    return 0;
  }
  if (installed && after.action === 'stop') {
    console.error(`setup: ${after.message}`);
    return 1;
  }
  console.error(
    `setup: apt-get could not install ${first.packages.join(' and ')} (its output is above).\n` +
      `Install ${first.packages.length > 1 ? 'them' : 'it'} by hand, then run npm test again:\n\n    ${installCommand(first.packages, machine.root)}\n`,
  );
  return 1;
}

if (import.meta.main) process.exitCode = main();
