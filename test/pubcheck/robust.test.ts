/**
 * Inputs that must not break the check: any text ends in a result or in input errors in words — never an
 * exception — and inputs past the size limits are refused at once, saying the limits.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/pubcheck/check.ts';
import { LIMITS } from '../../src/pubcheck/read.ts';
import { fixtureBundle, solver } from './helpers.ts';

const bundle = fixtureBundle();
const highs = await solver();
const run = (text: string) => check(highs, bundle, text, { details: true }, { mipSeconds: 0.2 });

describe('any input ends in a result or in errors in words', () => {
  it('random tables of numbers, marks, percentages and labels', () => {
    const token = fc.oneof(
      fc.integer({ min: 0, max: 120 }).map(String),
      fc.constantFrom('合計', '計', 'Total', '小計', '-', 'x', '', ' ', '#', '"', '3 (1.2%)', '5/40', '12.5%', 'N=30', '(N=12)', '  a'),
      fc.constantFrom(
        '3¹',
        '3①',
        '全88例',
        '88例中',
        '男性 n:30',
        'A（28名）',
        '患者計',
        '※ 3例',
        '| a |',
        '<td>',
        'うち重症',
        '重度・中等度',
      ),
      fc.string({ maxLength: 4 }),
    );
    const text = fc
      .array(fc.array(token, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 7 })
      .map((lines) => lines.map((l) => l.join('\t')).join('\n'));
    fc.assert(
      fc.property(text, (t) => {
        const r = run(t);
        if (!r.ok) for (const e of r.errors) expect(e.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  }, 120_000);
});

describe('limits, in words', () => {
  it('a table of 200,000 rows (about 4 MB) is refused at once', () => {
    const rows = Array.from({ length: 200_000 }, (_, i) => `r${i}\t${i % 50}\t${(i * 7) % 90}`);
    const r = run(`\tA\tB\n${rows.join('\n')}\n`);
    expect(!r.ok && r.errors.map((e) => e.code)).toEqual(['table/too-large']);
    expect(!r.ok && r.errors[0]!.message).toBe(
      `表1が大きすぎます（200,000 行 × 2 列。扱えるのは 1表 ${LIMITS.rows.toLocaleString('en-US')} 行、${LIMITS.cols} 列、${LIMITS.cells.toLocaleString('en-US')} セルまで）`,
    );
  });
  it('more text than the limit is refused before it is read', () => {
    const r = run('1\t'.repeat(LIMITS.text));
    expect(!r.ok && r.errors.map((e) => e.code)).toEqual(['input/too-large']);
  });
  it('counts past a billion are refused (HiGHS would lose them in rounding)', () => {
    const r = run('\tA\tB\t合計\nx\t3\t999999999999\t1000000000002\n');
    expect(!r.ok && r.errors[0]).toMatchObject({
      code: 'cell/too-large',
      message: '行「x」・列「B」: 値「999999999999」が大きすぎます（患者数は 1,000,000,000 まで）',
    });
  });
  it('a quote left open is named, not read as one long value', () => {
    const r = run('\tA\tB\nx\t"10\t20\ny\t30\t40\n');
    expect(!r.ok && r.errors[0]!.message).toBe('2行目で始まる「"」が閉じていません（そこから後ろがひとつの値になってしまいます）');
  });
});

describe('nothing dropped silently', () => {
  it('a # line holding values is an error; a # note with no table after it is reported; a lone value is no title', () => {
    const r = run('\tA\tB\nx\t10\t20\n# y\t3\t20\n');
    expect(!r.ok && r.errors[0]).toMatchObject({
      code: 'line/commented-data',
      message: '3行目「# y 3 20」は # で始まる行ですが、値 「3」「20」 があります',
    });
    const noted = run('\tA\tB\nx\t10\t20\n# 出典: 2024年の集計\n');
    expect(noted.ok && noted.warnings.map((w) => w.message)).toContain(
      '3行目「# 出典: 2024年の集計」は # で始まり、後に表がない行のため、表として確かめていません',
    );
    const lone = run('3\n\tA\tB\nx\t10\t20\n');
    expect(!lone.ok && lone.errors[0]!.code).toBe('table/stray-value');
  });
  it('a number in a title other than its N, year or table number is reported; a count in it that is no sum is an error', () => {
    const r = run('# 表2 2024年 3群 (N=30)\n\tA\tB\nx\t10\t20\n');
    expect(r.ok && r.warnings.find((w) => w.code === 'title/number')?.message).toBe(
      '表1の題名「表2 2024年 3群 (N=30)」の数（3）は確かめていません。件数なら表の中に書いてください',
    );
    const counted = run('# 表2 2024年 3例を除く (N=30)\n\tA\tB\nx\t10\t20\n');
    expect(!counted.ok && counted.errors.map((e) => e.code)).toEqual(['title/count']);
    expect(!counted.ok && counted.errors[0]!.message).toContain('「3例」 は、表のどの合計とも一致しないため確かめられません');
  });
});
