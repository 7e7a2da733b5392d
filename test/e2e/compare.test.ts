/** 新旧対照表: a pre-built pair marks changes with <ins>/<del> and words, and /compare/ renders any pair in the browser. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { adjacentPairs, compareDataOf, compareVersions } from '../../src/model/compare.ts';
import { model, squash, useSite, type Site } from './harness.ts';

let site: Site;
let page: Page;
useSite((opened, first) => {
  site = opened;
  page = first;
});

// The newest adjacent pair whose newer version changes a clause with published words: a pending clause (our
// summary of an approved policy) is never underlined (test/e2e/basis.test.ts).
const [from, to] = [...adjacentPairs(compareDataOf(model))]
  .reverse()
  .find(([f, t]) => compareVersions(model, f, t).rows.some((r) => r.status === 'changed' && !r.pending))!;

describe(`the pre-built 新旧対照表 ${from} → ${to}`, () => {
  it(`/compare/${from}/${to}/ shows changed rows with <ins>/<del> and a text marker for each change`, async () => {
    await page.goto(site.url(`/compare/${from}/${to}/`));
    const changedRows = page.locator('main table tr:has(ins, del)');
    expect(await changedRows.count()).toBeGreaterThan(0);
    // Colour and underline alone do not say what changed (WCAG 1.4.1): each mark carries words too.
    for (const mark of await page.locator('main table :is(ins, del)').all()) {
      expect(await mark.textContent()).toMatch(/〔[^〕]*(追加|削除)[^〕]*：/);
    }
    // Each changed row says in words what kind of change it is.
    for (const row of await changedRows.all()) {
      expect(await row.locator('th').first().textContent()).toMatch(/改正|新設|削除|統合|移動/);
    }
  });
});

describe('/compare/ with two selects', () => {
  it('renders a pair that has no pre-built page, in the browser', async () => {
    const [oldest] = model.chain;
    const latest = model.chain[model.chain.length - 1]!;
    await page.goto(site.url('/compare/'));
    await page.getByLabel('改正前').selectOption(oldest!);
    await page.getByLabel('改正後').selectOption(latest);
    await page.getByRole('button', { name: '比較する' }).click();
    const table = page.locator('main table').first();
    await table.waitFor();
    const caption = squash(await table.locator('caption').textContent());
    expect(caption).toContain(squash(model.versions.get(oldest!)!.data.label));
    expect(caption).toContain(squash(model.versions.get(latest)!.data.label));
    expect(await table.locator('tbody tr').count()).toBeGreaterThan(0);
  });
});
