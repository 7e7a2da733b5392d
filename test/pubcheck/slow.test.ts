/**
 * Inputs within the size limits built to make the searches run long or deep: each search stops within its work
 * budget (counted work, not wall time, so the result does not depend on the machine's load) and the report says
 * what was not searched. Asserted by behaviour — the result arrives, the warning is there, nothing throws, the CLI
 * exits 0 or 2 in words — never by timing (timings are the bench's).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/pubcheck/check.ts';
import { MAX_COMPOUND_LENGTH, MAX_COMPOUND_PARTS } from '../../src/pubcheck/labels.ts';
import { LIMITS, readTables } from '../../src/pubcheck/read.ts';
import { alternativeSystems, systemOf } from '../../src/pubcheck/system.ts';
import { FIXTURE_CONTENT, fixtureBundle, solver } from './helpers.ts';

const bundle = fixtureBundle();
const highs = await solver();
const run = (text: string) => check(highs, bundle, text, { details: true }, { mipSeconds: 0.2 });
const codes = (r: ReturnType<typeof run>) => r.warnings.map((w) => w.code);

/** A table of `n` rows (labels of its own) that all hold the same counts. */
const repeated = (t: number, n: number, values: number[]) =>
  [`# 表${t}`, '\tA\tB\tC', ...Array.from({ length: n }, (_, i) => `t${t}r${i}\t${values.join('\t')}`)].join('\n');

describe('relations between lines stay within their budget', () => {
  // 100 rows of 10, 20, 30 beside 100 rows of 20, 40, 60: every pair of a row of each is a difference of every row of
  // the first (a million relations: 29 s and 1.2 GB before, 200 rows each past 2 minutes and 4 GB).
  it('many equal lines: the result arrives and the report says the search was cut (lines/not-searched)', () => {
    const r = run(`${repeated(1, 100, [10, 20, 30])}\n\n${repeated(2, 100, [20, 40, 60])}\n`);
    expect(r.ok).toBe(true);
    expect(codes(r)).toContain('lines/not-searched');
    const said = r.warnings.find((w) => w.code === 'lines/not-searched')!.message;
    expect(said).toContain('表1・表2');
    expect(said).toContain('チェッカーの判断');
    // Relations found before the budget ran out are still equations and still said.
    expect(codes(r)).toContain('lines/related');
  }, 60_000);

  it('sums of groups in another table are still found, with nothing said to be unsearched', () => {
    const r = run(
      '# 表1\n\tA群\tB群\tC群\t合計\nx\t3\t20\t15\t38\ny\t25\t40\t22\t87\nz\t30\t12\t18\t60\nw\t22\t35\t40\t97\n合計\t80\t107\t95\t282\n\n' +
        '# 表2\n\tAB\tBC\nx\t23\t35\ny\t65\t62\nz\t42\t30\nw\t57\t75\n',
    );
    expect(r.ok).toBe(true);
    expect(codes(r)).toContain('lines/related');
    expect(codes(r)).not.toContain('lines/not-searched');
  });
});

describe('labels run together stay within their budget', () => {
  it(`a label of more than ${MAX_COMPOUND_PARTS} labels is not read as them, and the report says so (labels/not-read)`, () => {
    const r = run(`\tA\tB\nア\t30\t40\nイ\t50\t60\n${'アイ'.repeat(40)}\t70\t80\n${'アイ'.repeat(3)}\t20\t25\n`);
    expect(r.ok).toBe(true);
    expect(r.warnings.filter((w) => w.code === 'labels/not-read')).toHaveLength(1);
    const said = r.warnings.find((w) => w.code === 'labels/not-read')!.message;
    expect(said).toContain('表1の「アイアイ');
    expect(said).toContain('チェッカーの判断');
    // The short one is read as before (six parts): not named.
    expect(said).not.toContain(`「${'アイ'.repeat(3)}」`);
  });

  it(`a label of 40,000 one-character labels (a stack overflow before) and one longer than ${MAX_COMPOUND_LENGTH} characters end in a result`, () => {
    // regex10: a value is limited to LIMITS.cellChars (2,000 characters): the label of 40,000 labels is refused in words,
    // and the longest allowed, 2,000 one-character labels, ends in a result as 40,000 did.
    const deep = run(`\tA\tB\nア\t30\t40\nイ\t50\t60\n${'アイ'.repeat(LIMITS.cellChars / 2)}\t70\t80\n`);
    expect(deep.ok).toBe(true);
    expect(codes(deep)).toContain('labels/not-read');
    expect(readTables(`\tA\tB\nア\t30\t40\nイ\t50\t60\n${'アイ'.repeat(20_000)}\t70\t80\n`).errors[0]?.message).toContain(
      '4行目の1列目の値が長すぎます（40,000 文字',
    );
    const long = 'ア'.repeat(MAX_COMPOUND_LENGTH + 1);
    const wide = run(`\tA\tB\n${long}\t30\t40\nア\t50\t60\nイ${long}\t70\t80\n`);
    expect(wide.ok).toBe(true);
    expect(codes(wide)).toContain('labels/not-read');
  });
});

describe('other readings of integer-percentage tables stay within one budget for the input', () => {
  // reading.test.ts's list (N=206, integer percentages adding up to 101%: its sums cannot all hold together), under other labels.
  const list = (k: number) =>
    `# 表${k}\n\tA${k} (N=206)\n${[13, 16, 13, 17, 2, 19, 10, 11].map((p, i) => `r${i + 1}_${k}\t${p}%`).join('\n')}\n`;
  const tables = readTables(`${list(1)}\n${list(2)}`).tables;
  const built = systemOf(tables, { zeroExempt: true });
  const options = { zeroExempt: true };
  it('with the budget, both tables are read every other way; without, none, and the search says it is incomplete', () => {
    const full = alternativeSystems(tables, options, built);
    expect(full.complete).toBe(true);
    expect(new Set(full.systems.map((s) => s.table))).toEqual(new Set([0, 1]));
    const none = alternativeSystems(tables, options, built, 0);
    expect(none.complete).toBe(false);
    expect(none.systems).toEqual([]);
  });
  it('the budget is shared: what the first table leaves is all the second may use', () => {
    // The least budget that reads the first table completely leaves the second unsearched.
    let first = 1;
    while (!alternativeSystems([tables[0]!], options, systemOf([tables[0]!], options), first).complete) first++;
    const cut = alternativeSystems(tables, options, built, first);
    expect(cut.complete).toBe(false);
    expect(cut.systems.some((s) => s.table === 0)).toBe(true);
    expect(cut.systems.some((s) => s.table === 1)).toBe(false);
  });
  it('within the budget, the check still audits a list under its other readings (sum/other-reading)', () => {
    const r = check(highs, bundle, list(1), { details: true }, { mipSeconds: 0.2 });
    expect(r.ok).toBe(true);
    expect(codes(r)).toContain('sum/other-reading');
  });
});

describe('through the CLI', () => {
  it('exits 0 with the warning, no stack trace, for many equal lines and a label of many labels', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pubcheck-slow-'));
    const file = join(dir, 'lines.tsv');
    writeFileSync(
      file,
      `${repeated(1, 200, [10, 20, 30])}\n\n${repeated(2, 200, [20, 40, 60])}\n\n\tA\tB\nア\t30\t40\nイ\t50\t60\n${'アイ'.repeat(LIMITS.cellChars / 2)}\t70\t80\n`,
    );
    const r = spawnSync('node_modules/.bin/node', ['scripts/pubcheck.js', '--content', FIXTURE_CONTENT, '--details', '--json', file], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(r.status).toBe(0);
    expect(r.stderr).not.toMatch(/\n\s+at |Error:|内部の問題/);
    const json = JSON.parse(r.stdout);
    const all = JSON.stringify(json);
    expect(all).toContain('lines/not-searched');
    expect(all).toContain('labels/not-read');
  }, 120_000);
});
