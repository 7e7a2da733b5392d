/**
 * Many integer-percentage lists in one input (issue #11): the reading of their sums, the search for their other
 * readings and the audits under those readings each stay within one counted budget for the input (work, not time), and
 * past it the tables left are refused in words — never passed as protected on sums or readings the checker did not
 * search. The sums not taken (`sum/not-taken`) are said one by one up to 20, then counted in one line. Behaviour only:
 * the budgets are lowered here so that small inputs run past them; timings are the bench's.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/pubcheck/check.ts';
import { capWarnings, readTables, WARNINGS_OF_A_KIND } from '../../src/pubcheck/read.ts';
import { alternativeSystems, systemOf } from '../../src/pubcheck/system.ts';
import { FIXTURE_CONTENT, fixtureBundle, lcg, solver } from './helpers.ts';

const bundle = fixtureBundle();
const highs = await solver();
type Budgets = { percentReading?: number; readingSearches?: number; otherReadingsWork?: number };
const run = (text: string, budgets?: Budgets) =>
  check(highs, bundle, text, { details: true }, { mipSeconds: 0.2, ...(budgets && { budgets }) });
const errorsOf = (r: ReturnType<typeof run>) => (r.ok ? [] : r.errors);

/** reading.test.ts's list (N=206, integer percentages adding up to 101%: its sums cannot all hold together), under labels of its own. */
const list = (k: number) =>
  `# 表${k}\n\tA${k} (N=206)\n${[13, 16, 13, 17, 2, 19, 10, 11].map((p, i) => `r${i + 1}_${k}\t${p}%`).join('\n')}\n`;
const two = `${list(1)}\n${list(2)}`;

/** The least budget within which `fits` holds (it holds for every budget from some point on). */
function least(fits: (budget: number) => boolean, most = 1 << 30): number {
  let lo = 0;
  let hi = most;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (fits(mid)) hi = mid;
    else lo = mid;
  }
  return hi;
}

describe('the sums of percentage lists: one budget of work for the input', () => {
  const first = least((b) => readTables(list(1), { percentWork: b }).errors.length === 0);
  it('within it every list is read as before', () => {
    const read = readTables(two);
    expect(read.errors).toEqual([]);
    expect(read.tables.every((t) => (t.otherReadings?.length ?? 0) > 0)).toBe(true);
  });
  it('past it the lists left are refused by name, with what to do, not checked without their sums', () => {
    // Enough for the first list alone: the second's sums are not searched.
    const r = run(two, { percentReading: first });
    const errors = errorsOf(r);
    expect(errors.map((e) => e.code)).toEqual(['percent/not-searched']);
    expect(errors[0]!.message).toContain('表2は探し終えていません（チェッカーの判断）');
    expect(errors[0]!.message).not.toContain('表1');
    expect(errors[0]!.hint).toContain('一度に確かめる表を減らしてください');
    expect(errors[0]!.hint).toContain('小数第1位');
    // A list the budget ran out in is refused too (its sums were not all searched).
    expect(readTables(list(1), { percentWork: first - 1 }).errors.map((e) => e.code)).toEqual(['percent/not-searched']);
  });
});

describe('the other readings of percentage lists: tables the input limits leave unchecked are refused', () => {
  it("past the input's searches, the tables left are refused by name before the suppression", () => {
    const tables = readTables(list(1)).tables;
    const enough = least((b) => alternativeSystems(tables, { zeroExempt: true }, systemOf(tables, { zeroExempt: true }), b).complete);
    const errors = errorsOf(run(two, { readingSearches: enough }));
    expect(errors.map((e) => e.code)).toEqual(['percent/readings-unchecked']);
    expect(errors[0]!.message).toContain('表2の読み方');
    expect(errors[0]!.message).toContain('探していません（チェッカーの判断）');
    expect(errors[0]!.message).not.toContain('表1');
    expect(errors[0]!.place?.table).toBe(2);
  });
  it("past the audits' work, the tables left are refused by name; the first list alone is judged within its own limits", () => {
    const errors = errorsOf(run(two, { otherReadingsWork: 0 }));
    expect(errors.map((e) => e.code)).toEqual(['percent/readings-unchecked']);
    expect(errors[0]!.message).toContain('表2の読み方');
    expect(errors[0]!.message).toContain('すべては確かめていません（チェッカーの判断）');
    // One list: its readings past the budget are said unchecked, as a table's own limit (no refusal).
    const alone = run(list(1), { otherReadingsWork: 0 });
    expect(alone.ok).toBe(true);
    expect(alone.warnings.some((w) => w.code === 'sum/other-reading' && w.message.includes('確かめていません'))).toBe(true);
  });
  it('within the budgets, both lists are checked under their other readings', () => {
    const r = run(two);
    expect(r.ok).toBe(true);
    expect(r.warnings.some((w) => w.code === 'sum/other-reading')).toBe(true);
  });
});

describe('sums not taken: said one by one, then counted', () => {
  // Lists of 16 integer percentages of N=300 (15 counts 0–40 and the rest), as in issue #11.
  const next = lcg(7);
  const lists = (n: number) =>
    Array.from({ length: n }, (_, t) => {
      const counts = Array.from({ length: 15 }, () => Math.floor(next() * 41));
      counts.push(Math.max(0, 300 - counts.reduce((a, b) => a + b, 0)));
      const n = counts.reduce((a, b) => a + b, 0);
      return `# 表${t + 1} N=${n}\n\t割合\n${counts.map((c, i) => `r${i}\t${Math.round((100 * c) / n)}%`).join('\n')}\n`;
    }).join('\n');
  const text = lists(4);
  it(`the first ${WARNINGS_OF_A_KIND} are said, the rest in one line that carries their number`, () => {
    const read = readTables(text);
    expect(read.errors).toEqual([]);
    const all = read.tables.reduce((s, t) => s + (t.otherReadings?.length ?? 0), 0);
    expect(all).toBeGreaterThan(WARNINGS_OF_A_KIND);
    const said = read.warnings.filter((w) => w.code === 'sum/not-taken');
    expect(said).toHaveLength(WARNINGS_OF_A_KIND + 1);
    const last = said.at(-1)!;
    expect(last.count).toBe(all - WARNINGS_OF_A_KIND);
    expect(last.message).toContain(`ほかに ${(all - WARNINGS_OF_A_KIND).toLocaleString('en-US')} 件`);
    expect(last.message).toContain('チェッカーの判断');
    expect(said.slice(0, -1).every((w) => w.count === undefined && w.message.startsWith('表'))).toBe(true);
  });
  it('capWarnings leaves other codes and a short list as they are', () => {
    const ws = Array.from({ length: 30 }, (_, i) => ({ code: i % 2 ? 'a' : 'b', message: `${i}`, place: { line: i, table: i } }));
    const capped = capWarnings(ws, 'a', (n, tables) => `${n} more in ${tables.length}`);
    expect(capped.filter((w) => w.code === 'b')).toEqual(ws.filter((w) => w.code === 'b'));
    expect(capped.filter((w) => w.code === 'a')).toHaveLength(ws.filter((w) => w.code === 'a').length);
    const forty = [...ws, ...ws];
    const a = capWarnings(forty, 'a', (n, tables) => `${n} more in ${tables.length}`).filter((w) => w.code === 'a');
    expect(a).toHaveLength(WARNINGS_OF_A_KIND + 1);
    expect(a.at(-1)).toMatchObject({ count: 10, message: '10 more in 10' });
  });
  it('through the CLI, many lists end in a refusal in words (exit 2), the notices counted, no stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pubcheck-budget-'));
    const file = join(dir, 'lists.tsv');
    writeFileSync(file, lists(12));
    const r = spawnSync('node_modules/.bin/node', ['scripts/pubcheck.js', '--content', FIXTURE_CONTENT, '--details', '--json', file], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(r.status).toBe(2);
    expect(r.stderr).not.toMatch(/\n\s+at |内部の問題/);
    const json = JSON.parse(r.stdout);
    expect(json.errors.map((e: { code: string }) => e.code)).toEqual(['percent/readings-unchecked']);
    const notTaken = json.warnings.filter((w: { code: string }) => w.code === 'sum/not-taken');
    expect(notTaken).toHaveLength(WARNINGS_OF_A_KIND + 1);
    expect(notTaken.at(-1).count).toBeGreaterThan(0);
  }, 120_000);
});

describe('labels run together: one budget of work for the input', () => {
  // 「男性A群」 is 「男性」 and 「A群」 where both are labels of the input (labels.ts readCompounds).
  const text = '# 表1\n\t男性\t女性\nA群\t3\t20\nB群\t25\t40\n\n# 表2\n\t男性A群\t女性A群\nあり\t3\t20\nなし\t25\t40\n';
  it('within it a label is read as the labels it runs together', () => {
    const read = readTables(text);
    // 「A群」 as our reading names the group: 「a」 (labels.ts drops the word for group, combo).
    expect(read.tables[1]!.cols[0]!.compound).toEqual(expect.arrayContaining(['男性', 'a']));
    expect(read.warnings.some((w) => w.code === 'labels/not-read')).toBe(false);
  });
  it('past it the labels left are not read so, and the report says so (labels/not-read)', () => {
    const read = readTables(text, { labelWork: 0 });
    expect(read.tables[1]!.cols[0]!.compound).toBeUndefined();
    const said = read.warnings.find((w) => w.code === 'labels/not-read')!;
    // Every word after the budget ran out is said (the first five by name, then how many more).
    expect(said.message).toMatch(/^表1の「.+」.*ほか\d+個は/);
    expect(said.message).toContain('入力全体の上限');
    expect(said.message).toContain('チェッカーの判断');
  });
});
