/**
 * The checker as a gate, by property: the real content broken at random — bytes, encodings, YAML structure,
 * dates, times, ids, references, links, nesting, file names (corrupt.ts) — never makes the checker crash (a throw
 * is what the CLI reports as exit 2), every finding set names the broken file, a corruption that is always a
 * mistake is always reported, and content that passes the check renders (every body, the exports, the feed,
 * every 新旧対照表) — and, for a few runs, builds with Astro. Deterministic: fixed seeds.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, globSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runRules, type Finding } from '../../scripts/checks/index.ts';
import { compareVersions } from '../../src/model/compare.ts';
import { exportModel } from '../../src/model/export.ts';
import { buildFeed, feedToAtom } from '../../src/model/feed.ts';
import { loadModel } from '../../src/model/load.ts';
import { meetingItems } from '../../src/model/meetings.ts';
import type { Model } from '../../src/model/model.ts';
import { renderClauseBody, renderDefinition, renderMeetingItem } from '../../src/model/render.ts';
import { sitePages } from '../../src/model/site-pages.ts';
import { corruption, type Corruption } from './corrupt.ts';
import { root } from './fixture-tree.ts';

const FILES = globSync('**/*.{mdx,yaml}', { cwd: join(root, 'content') }).sort();

/** Break one file of a fresh copy of the real content (`<dir>/content`) and run the checker on it as the CLI does (load, then every rule). */
function corrupted(c: { file: string; apply: (root: string, file: string) => Corruption }, dir: string) {
  cpSync(join(root, 'content'), join(dir, 'content'), { recursive: true });
  const info = c.apply(join(dir, 'content'), c.file);
  let findings: Finding[];
  let model: Model;
  try {
    const loaded = loadModel('content', dir);
    model = loaded.model;
    // Warnings are no verdict: in a scratch folder no shared material is beside the content, so the quotes'
    // check says once that it could not verify them.
    findings = runRules(loaded).filter((f) => f.severity === 'error');
  } catch (error) {
    throw new Error(`the checker crashed on content/${c.file} (${info.what}): ${(error as Error).stack}`);
  }
  return { info, findings, model };
}

/** Run `f` in a scratch folder that is removed afterwards. */
function inScratch<T>(f: (dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'check-corrupt-'));
  try {
    return f(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** What the pages make of the model: every body rendered, the exports, the feed, every comparison, every page path. */
function renderAll(model: Model): void {
  const site = 'https://example.jp/';
  for (const clauses of model.clauses.values()) for (const c of clauses.values()) renderClauseBody(model, c, { base: '/' });
  for (const m of model.meetings.values()) for (const item of meetingItems(m.data)) renderMeetingItem(model, m, item.id, { base: '/' });
  for (const t of model.terms.values()) {
    for (const d of t.data.definitions)
      for (const part of ['text', 'change'] as const) renderDefinition(model, t, d.since, part, { base: '/', idPrefix: 'x-' });
  }
  JSON.stringify(exportModel(model, site));
  feedToAtom(buildFeed(model, site));
  model.chain.slice(1).forEach((to, i) => compareVersions(model, model.chain[i]!, to));
  sitePages(model);
}

describe('the checker on randomly corrupted real content', () => {
  it('never crashes, names the broken file, reports every certain mistake, and passes only content that renders', () => {
    fc.assert(
      fc.property(corruption(FILES), (c) =>
        inScratch((dir) => {
          const { info, findings, model } = corrupted(c, dir);
          const named = findings.some((f) => f.file === `content/${info.path}` || f.file.startsWith(`content/${info.path}/`));
          const shown = findings
            .slice(0, 5)
            .map((f) => `${f.file}:${f.line}:${f.column} ${f.rule} ${f.message}`)
            .join('\n');
          if (info.fault) expect(findings.length, `content/${c.file}: ${info.what} passed the check`).toBeGreaterThan(0);
          if (findings.length) expect(named, `content/${c.file}: ${info.what} — findings name other files:\n${shown}`).toBe(true);
          else renderAll(model);
        }),
      ),
      { seed: 20261201, numRuns: 80 },
    );
  }, 600_000);

  it('passes only content that the site then builds (a few runs with Astro)', () => {
    let built = 0;
    fc.assert(
      fc.property(corruption(FILES), (c) =>
        inScratch((dir) => {
          const { info, findings } = corrupted(c, dir);
          fc.pre(findings.length === 0);
          const out = join(dir, 'dist');
          const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', out], {
            cwd: root,
            encoding: 'utf8',
            env: { ...process.env, MIDNET_CONTENT_DIR: join(dir, 'content'), ASTRO_TELEMETRY_DISABLED: '1' },
          });
          built++;
          expect(run.status, `content/${c.file} (${info.what}) passed the check but the build failed:\n${run.stderr.slice(-3000)}`).toBe(0);
        }),
      ),
      { seed: 20261202, numRuns: 2, maxSkipsPerRun: 200 },
    );
    expect(built).toBe(2);
  }, 900_000);
});
