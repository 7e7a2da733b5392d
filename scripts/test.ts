/**
 * `npm test`: every gate in order, each an npm script a maintainer can run alone. A failed gate does not stop the
 * ones that do not depend on it, so one run shows every problem; gates that need the build are skipped when the
 * build fails. Ends with a timing table and the line `N passed, N failed, N skipped`.
 * Before the first gate, when a browser gate is among those asked for, `scripts/setup-browser.ts` makes sure
 * Debian's Chromium and the Japanese fonts are there (installing them where the machine allows it) or stops with
 * one message saying what to run.
 * Usage: node scripts/test.ts [gate …]   (default: all, in the order below)
 */
import { spawnSync } from 'node:child_process';
import { main as setUpBrowser } from './setup-browser.ts';

interface Gate {
  script: string;
  what: string;
  /** Gates that must have passed for this one to mean anything. */
  needs?: string[];
  /** Needs Debian's Chromium and the Japanese fonts (scripts/setup-browser.ts installs them or says how). */
  browser?: boolean;
}

const GATES: readonly Gate[] = [
  { script: 'test:format', what: 'code formatting (Prettier; npm run format fixes it)' },
  { script: 'test:types', what: 'TypeScript (tsc --noEmit) and astro check' },
  { script: 'check', what: 'content consistency (npm run check)' },
  { script: 'test:unit', what: 'unit tests (vitest, no browser)' },
  { script: 'lint:prose', what: 'prose lint (textlint + glossary prh)' },
  { script: 'build', what: 'site build' },
  { script: 'test:html', what: 'HTML validity of every page', needs: ['build'] },
  { script: 'test:links', what: 'internal links and #fragments', needs: ['build'] },
  { script: 'test:csp', what: 'CSP, static check of built files', needs: ['build'] },
  { script: 'test:e2e', what: 'browser: paths, axe, CSP at run time, network', needs: ['build'], browser: true },
];

const wanted = process.argv.slice(2);
const gates = wanted.length ? GATES.filter((g) => wanted.includes(g.script)) : GATES;
// The machine first: a browser that cannot be installed stops the run here, with one message, before any test.
if (gates.some((g) => g.browser)) {
  console.log('── setup: Chromium and Japanese fonts for the browser tests');
  const code = setUpBrowser([]);
  if (code !== 0) process.exit(code);
}

const results: { gate: Gate; status: 'passed' | 'failed' | 'skipped'; seconds: number }[] = [];
const failed = new Set<string>();

for (const gate of gates) {
  const blocker = gate.needs?.find((n) => failed.has(n));
  if (blocker) {
    console.log(`\n── ${gate.script}: skipped (${blocker} failed)`);
    results.push({ gate, status: 'skipped', seconds: 0 });
    continue;
  }
  console.log(`\n── ${gate.script}: ${gate.what}`);
  const start = performance.now();
  const run = spawnSync('npm', ['run', '--silent', gate.script], { stdio: 'inherit' });
  const seconds = (performance.now() - start) / 1000;
  const ok = run.status === 0;
  if (!ok) failed.add(gate.script);
  results.push({ gate, status: ok ? 'passed' : 'failed', seconds });
}

console.log('\ngate          result   seconds');
for (const r of results) console.log(`${r.gate.script.padEnd(13)} ${r.status.padEnd(8)} ${r.seconds.toFixed(1).padStart(7)}`);
const count = (s: string) => results.filter((r) => r.status === s).length;
const total = results.reduce((s, r) => s + r.seconds, 0);
console.log(`total                  ${total.toFixed(1).padStart(7)}`);
console.log(`${count('passed')} passed, ${count('failed')} failed` + (count('skipped') ? `, ${count('skipped')} skipped` : ''));
process.exitCode = failed.size ? 1 : 0;
