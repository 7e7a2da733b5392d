/**
 * The publication checker end to end, as an applicant uses it: paste a table with a small count, see the primary
 * and the secondary suppression marked in words, a verdict citing its clause, and download the JSON report. The
 * table never leaves the browser: no request leaves 127.0.0.1, and none at all is made while checking.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { valueAt } from '../../src/model/versions.ts';
import { model, useSite, type Site } from './harness.ts';

let site: Site;
let page: Page;
useSite((opened, first) => {
  site = opened;
  page = first;
});

const latest = model.chain[model.chain.length - 1]!;
const threshold = valueAt(model, 'small-counts', 'threshold', latest)?.value;
/** A 2×2 table with totals and one count under the threshold: hiding it alone would not protect it. */
const TABLE = '性別\t投与群\t対照群\t合計\n男性\t25\t3\t28\n女性\t30\t40\t70\n合計\t55\t43\t98\n';

/** Open the checker and wait until its engine (HiGHS) is ready, so that "after load" means after everything. */
async function openChecker(): Promise<void> {
  await page.goto(site.url('/pubcheck/'));
  await page.waitForLoadState('networkidle');
  await expect.poll(() => page.locator('#pc-engine').textContent(), { timeout: 20_000 }).not.toMatch(/読み込んで/);
}

describe('/pubcheck/', () => {
  it(`marks the small count (under ${threshold}) and the cells that must go with it, and cites the clause`, async () => {
    expect(typeof threshold, `small-counts has a threshold in ${latest}`).toBe('number');
    await openChecker();
    const before = site.requests.length;
    await page.getByLabel('利活用の目的').selectOption('safety-measures');
    await page.getByLabel('患者背景またはアウトカムの詳細を示す表').check();
    await page.getByLabel(/^表（/).fill(TABLE);
    await page.getByRole('button', { name: '判定する' }).click();
    const report = page.locator('#pc-out');
    await report.waitFor();

    // Primary: the cell under the threshold; secondary: enough others that it cannot be worked back from totals.
    const cell = (row: string, col: number) => report.locator('table.pc-grid').first().locator('tr', { has: page.locator('th', { hasText: row }) }).locator('td').nth(col);
    expect(await cell('男性', 1).textContent()).toContain('一次秘匿');
    const secondary = await report.locator('table.pc-grid').first().locator('td', { hasText: '二次秘匿' }).count();
    expect(secondary).toBeGreaterThanOrEqual(3);
    expect(await cell('合計', 0).textContent()).not.toMatch(/秘匿/);

    // The verdict says it in words and cites the clause that sets the threshold.
    expect(await report.locator('.pc-verdict').textContent()).toMatch(/公表できません/);
    const cites = await report.locator('a[href*="/guideline/"]').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    const clause = model.rules.get('small-counts')!.data.clause;
    expect(cites).toContain(`/guideline/${latest}/${clause}/`);

    // Nothing was fetched while checking: the table stayed in the browser.
    expect(site.requests.slice(before).filter((u) => /^https?:/.test(u))).toEqual([]);
  });

  it('downloads the report as JSON with every cell and its suppression', async () => {
    const before = site.requests.length;
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /JSON/ }).click()]);
    const path = await download.path();
    const json = JSON.parse(readFileSync(path, 'utf8')) as unknown;
    const text = JSON.stringify(json);
    expect(download.suggestedFilename()).toMatch(/\.json$/);
    expect(text).toContain('男性');
    expect(text).toMatch(/primary/);
    expect(text).toMatch(/secondary/);
    expect(text).toContain(model.rules.get('small-counts')!.data.clause);
    expect(site.requests.slice(before).filter((u) => /^https?:/.test(u))).toEqual([]);
  });

  it('sends nothing to another host at any point', async () => {
    const origin = new URL(site.url('/')).origin;
    expect(site.requests.filter((u) => /^https?:/.test(u) && !u.startsWith(origin))).toEqual([]);
  });
});
