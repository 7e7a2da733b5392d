/** The CLI: exit codes, one JSON object with cells labelled as written, and plain messages for bad input. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_CONTENT } from './helpers.ts';

const TABLES = 'test/fixtures/pubcheck/tables';
const run = (...args: string[]) => {
  const r = spawnSync('node_modules/.bin/node', ['scripts/pubcheck.ts', '--content', FIXTURE_CONTENT, ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

describe('pubcheck CLI', { timeout: 30_000 }, () => {
  it('exits 0 for a table publishable as it is, naming the route', () => {
    const r = run(`${TABLES}/publishable.tsv`, '--purpose', 'safety-measures');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('判定: 事務局審査で公表可と判断できます');
  });

  it('reads a Shift_JIS CSV as saved by a spreadsheet', () => {
    const r = run(`${TABLES}/sjis.csv`, '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).tables[0].cells[0]).toMatchObject({ row: '20代', col: '投与群', value: 15, status: 'published' });
  });

  it('exits 0 and names the expert meeting for another purpose', () => {
    const r = run(`${TABLES}/publishable.tsv`, '--purpose', 'public-research');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('判定: 有識者会議の意見が必要です');
  });

  it('exits 1 when cells must be suppressed, and prints one JSON object with every cell', () => {
    const r = run(`${TABLES}/small.csv`, '--json', '--purpose', 'safety-measures');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.verdict).toMatchObject({ route: 'not-publishable', publishableAsIs: false, afterChanges: { route: 'secretariat' } });
    const cells = report.tables[0].cells as { row: string; col: string; value: number; status: string }[];
    expect(cells).toHaveLength(4 * 3);
    expect(cells[0]).toMatchObject({ row: '20代', col: 'A群', value: 3, status: 'primary' });
    expect(cells.find((c) => c.row === 'Total' && c.col === 'Total')).toMatchObject({ value: 1292, status: 'published' });
    expect(cells.filter((c) => c.status === 'secondary').length).toBeGreaterThan(0);
    expect(report.tables[0].audit.passed).toBe(true);
    for (const a of report.tables[0].audit.cells) expect(a.hi === null || a.hi > a.lo).toBe(true);
    expect(report.parameters).toContainEqual(expect.objectContaining({ rule: 'small-counts', param: 'zero-exempt', assumed: true }));
    expect(report.verdict.reasons.find((x: { kind: string }) => x.kind === 'primary').citation).toMatchObject({ clause: 'publication.small-counts', version: 'r2026' });
  });

  it('exits 2 with a message naming the row and column, and no stack trace', () => {
    const r = run(`${TABLES}/bad-text.tsv`);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('行「20代」・列「B群」: 患者数のはずのセルに文字「多数」があります');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 for totals that do not add up, naming the total cell', () => {
    const r = run(`${TABLES}/bad-total.tsv`);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('行「20代」・列「合計」の値は 41、内訳「A群」「B群」の和は 40');
  });

  it('exits 2 for a version without a known threshold, an unknown purpose, a missing file', () => {
    expect(run(`${TABLES}/publishable.tsv`, '--version', 'r2023-05').code).toBe(2);
    const purpose = run(`${TABLES}/publishable.tsv`, '--purpose', 'marketing');
    expect([purpose.code, purpose.stderr]).toEqual([2, expect.stringContaining('--purpose「marketing」は使えません')]);
    const missing = run(`${TABLES}/nothing.tsv`);
    expect([missing.code, missing.stderr]).toEqual([2, expect.stringContaining('ENOENT')]);
  });

  it('saves the HTML report', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'pubcheck-')), 'report.html');
    expect(run(`${TABLES}/small.csv`, '--html', out).code).toBe(1);
    const html = readFileSync(out, 'utf8');
    expect(html).toMatch(/^<!doctype html><html lang="ja">/);
    expect(html).toContain('［一次秘匿］');
  });
});
