/**
 * attack38 (issue #11): the adversary's new kinds of pasted tables (attack38-families.ts, seeds 1801–1830), each run
 * through the checker and the independent oracle (oracle.ts): applicant-suppressed markers beside totals that give
 * them back, 令和 years linked to the same counts written 2022年度 / FY2022 / R4年度 / 令和４年度, a table and its
 * transpose with the labels' width and words varied, an Excel copy (padded title and note rows, a group over n / %),
 * CSV with quoted commas and thousands separators, Markdown with escaped pipes. Measured
 * (`attack38-measure.ts 4 1801,1802,1803,1804,1805`): the base (int 986767e) and this tree alike refused every marker
 * case and held every other case under both protections (0 leaked); nothing was fixed, these tests keep it so.
 * Inputs at and past the size limits are refused in words (their codes), never thrown.
 * The CLI (fixed here, each test failing on the base): a value starting with 「-」 (「--search-seconds -1」) was said to
 * be an option taking no value; a --content folder with a file that cannot be read was said to be the checker failing
 * (「チェッカー内部の問題」): now the option and the folder are named, exit 2 as before. --json through a pipe for a
 * table of 120 lines: one whole JSON object.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/pubcheck/check.ts';
import { LIMITS } from '../../src/pubcheck/read.ts';
import { codesOf, FIXTURE_CONTENT, fixtureBundle, lcg, int, solver } from './helpers.ts';
import { family } from './attack38-families.ts';
import { judged } from './attack38-measure.ts';

const highs = await solver();
const bundle = fixtureBundle();

describe('applicant-suppressed markers beside totals that give them back: refused, never read', () => {
  it.each([1801, 1802, 1803])('seed %i: 8 cases', (seed) => {
    for (const c of family('marker/given-back', 8, seed)) {
      const r = check(highs, bundle, c.text, { details: true }, { protection: 'threshold' });
      expect(r.ok, c.text).toBe(false);
      if (!r.ok) expect(r.errors.map((e) => e.code).join('+'), c.text).toMatch(/cell\/|total\/mismatch/);
    }
  });
});

describe.each(['era/linked', 'transpose/split', 'excel/merged', 'text/quoted'] as const)('%s: held against the oracle', (kind) => {
  it.each([1806, 1807])(
    'seed %i: 3 cases, both protections',
    (seed) => {
      for (const c of family(kind, 3, seed)) {
        expect(judged(c, 'threshold'), c.text).toBe('held');
        expect(judged(c, 'not-exact'), c.text).toBe('held');
      }
    },
    120_000,
  );
});

describe('inputs at the size limits: refused in words', () => {
  const table = (rows: number, cols: number, title = '') =>
    [
      ...(title ? [`# ${title}`] : []),
      ['区分', ...Array.from({ length: cols }, (_, j) => `列${j + 1}`)].join('\t'),
      ...Array.from({ length: rows }, (_, i) => [`行${i + 1}`, ...Array<string>(cols).fill('25')].join('\t')),
    ].join('\n');
  const codes = (text: string) => {
    const r = check(highs, bundle, text, { details: true }, { protection: 'threshold', mipSeconds: 0 });
    return codesOf(r);
  };
  it('one row, one column, one table, one cell, one character and one line past each limit', () => {
    expect(codes(table(LIMITS.rows + 1, 2))).toBe('table/too-large');
    expect(codes(table(2, LIMITS.cols + 1))).toBe('table/too-large');
    expect(codes(Array.from({ length: LIMITS.tables + 1 }, (_, k) => table(2, 2, `表${k + 1}`)).join('\n\n'))).toMatch(
      /too-many|too-large/,
    );
    expect(codes(`区分\t人数\n${'A'.repeat(LIMITS.cellChars + 1)}\t30\n`)).not.toBe('');
    expect(codes(`区分\t人数\nA\t30\n${'\n'.repeat(LIMITS.lines + 1)}`)).not.toBe('');
    expect(codes('x,'.repeat(LIMITS.text / 2 + 1))).not.toBe('');
  });
});

describe('the CLI on what an attacker passes it (attack38)', { timeout: 120_000 }, () => {
  const cli = (...args: string[]) => {
    const r = spawnSync('node_modules/.bin/node', ['scripts/pubcheck.js', ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };
  const dir = mkdtempSync(join(tmpdir(), 'attack38-'));
  const small = join(dir, 'small.tsv');
  writeFileSync(small, '区分\tA群\tB群\n男性\t3\t40\n女性\t25\t30\n');
  it('a value starting with 「-」 is said to need 「=」 (main: 「値をとりません」, an option that takes one)', () => {
    const r = cli(small, '--details', '--content', FIXTURE_CONTENT, '--search-seconds', '-1');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('「--search-seconds=-1」のように「=」でつないでください');
    expect(r.stderr).not.toContain('値をとりません');
  });
  it('a content folder with a file that cannot be read is the content, not the checker failing (main: 「チェッカー内部の問題」)', () => {
    const content = join(dir, 'content');
    mkdirSync(join(content, 'rules'), { recursive: true });
    symlinkSync(join(dir, 'gone.yaml'), join(content, 'rules', 'small-counts.yaml'));
    const r = cli(small, '--details', '--content', content);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`内容データのフォルダ「${content}」を読めません`);
    expect(r.stderr).not.toMatch(/内部の問題|\n\s+at /);
  });
  it('--json through a pipe for a table of 120 lines: one whole JSON object, exit 1', () => {
    const next = lcg(1808);
    // counts of 100–9,999 and every tenth line one of 1–9: few lines add up to others by chance (a list of 5–90 found
    // 21 such sums and ran out of the 60 seconds: the README's attack38 entry).
    const count = (i: number) => (i % 10 === 3 ? int(next, 1, 9) : int(next, 100, 9999));
    const lines = Array.from({ length: 120 }, (_, i) => `施設${i + 1}\t${count(i)}\t${int(next, 100, 9999)}`);
    const big = join(dir, 'big.tsv');
    writeFileSync(big, `施設\tA群\tB群\n${lines.join('\n')}\n`);
    const r = cli(big, '--details', '--json', '--content', FIXTURE_CONTENT, '--search-seconds', '0');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as { ok: boolean; tables: unknown[] };
    expect(report.ok).toBe(true);
    expect(report.tables).toHaveLength(1);
  });
});
