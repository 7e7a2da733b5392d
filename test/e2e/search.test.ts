/** Search (Pagefind, in the browser): the queries readers type find the pages that contain them. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { clauseText } from '../../src/model/clause-text.ts';
import { model, useSite, type Site } from './harness.ts';

let site: Site;
let page: Page;
useSite((opened, first) => {
  site = opened;
  page = first;
});

/** Clause pages whose text contains the query: some of them must come back. */
function clausePagesWith(query: string): string[] {
  const out: string[] = [];
  for (const [version, clauses] of model.clauses) {
    for (const c of clauses.values()) if (clauseText(model, c).includes(query) || c.data.heading.includes(query)) out.push(`/guideline/${version}/${c.data.id}/`);
  }
  return out;
}

describe('/search/', () => {
  for (const query of ['利活用', '定型データセット']) {
    it(`finds pages containing 「${query}」, with the clause pages among them`, async () => {
      const expected = clausePagesWith(query);
      expect(expected.length, `content has clauses containing 「${query}」`).toBeGreaterThan(0);
      await page.goto(site.url('/search/'));
      const box = page.locator('main').getByLabel('検索語', { exact: true });
      await box.fill(query);
      await box.press('Enter');
      const hits = page.locator('main :is(#search-exact, #search-partial) .search-results a[href]');
      await hits.first().waitFor({ timeout: 20_000 });
      const hrefs = (await hits.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname)));
      expect(hrefs.some((h) => expected.includes(h)), `one of ${hrefs.slice(0, 5).join(', ')} … is a clause containing 「${query}」`).toBe(true);
      // The exact matches come first and each of them shows the query in its excerpt.
      const exact = page.locator('#search-exact .search-results > li');
      expect(await exact.count()).toBeGreaterThan(0);
      for (const li of (await exact.all()).slice(0, 5)) expect((await li.textContent())?.replace(/\s+/g, '')).toContain(query);
    });
  }
});
