/**
 * The search query suite, in the browser on the built site (Pagefind as readers get it): every term by its 表記
 * and by its reading, every clause heading of the versions searched by default, hiragana-only queries, and the
 * version scope. Expectations come from the content model, so the suite grows with the content.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { clauseText } from '../../src/model/clause-text.ts';
import { clausesInOrder } from '../../src/model/clauses.ts';
import { currentVersion, revisionUnderWay } from '../../src/model/versions.ts';
import { readingShown } from '../../src/components/format.ts';
import { normalizeQuery } from '../../src/components/search/query.ts';
import { model, useSite, type Site } from './harness.ts';

let site: Site;
let page: Page;
useSite((opened, first) => {
  site = opened;
  page = first;
});

interface Results {
  /** Pages and sections (clause anchors) listed as containing the query. */
  exact: string[];
  partial: string[];
  /** The version shown beside each exact page hit. */
  versions: string[];
}

/** Type a query (and choose a version scope) on the open search page, and read what it lists. */
async function search(query: string, scope = ''): Promise<Results> {
  await page.locator('#search-v').selectOption(scope);
  const box = page.locator('#search-q');
  await box.fill(query);
  await box.press('Enter');
  const said = `「${normalizeQuery(query)}」`;
  await page.waitForFunction(
    (s) => {
      const status = document.querySelector('#search-status')?.textContent ?? '';
      return status.startsWith(s) && !status.includes('検索しています');
    },
    said,
    { timeout: 20_000 },
  );
  const read = (sel: string) =>
    page.locator(sel).evaluateAll((as) =>
      as.map((a) => {
        const u = new URL((a as HTMLAnchorElement).href);
        return decodeURIComponent(u.pathname + u.hash);
      }),
    );
  return {
    exact: await read('#search-exact .search-results a[href]'),
    partial: await read('#search-partial .search-results a[href]'),
    versions: await page.locator('#search-exact .result-version').allTextContents(),
  };
}

const searched = [currentVersion(model)?.doc.data, revisionUnderWay(model)?.data].filter((v) => v !== undefined);

beforeAll(async () => {
  expect(searched.length, 'content has a version in force or under revision').toBeGreaterThan(0);
  await page.goto(site.url('/search/'));
  await page.waitForFunction(() => document.querySelector('#search-nojs')?.hasAttribute('hidden'));
});

describe('terms', () => {
  for (const term of model.terms.values()) {
    const { id, label } = term.data;
    // A katakana 表記 reads as written: its hiragana reading is neither shown nor indexed (format.ts readingShown).
    const reading = readingShown(term.data);
    it(`「${label}」${reading ? ` and its reading 「${reading}」` : ''} find the term's page`, async () => {
      expect((await search(label)).exact).toContain(`/terms/${id}/`);
      if (reading) expect((await search(reading)).exact).toContain(`/terms/${id}/`);
    });
  }
});

describe('clause headings land on the clause', () => {
  for (const version of searched) {
    for (const clause of clausesInOrder(model, version.id)) {
      const { id, heading } = clause.data;
      it(`「${heading}」 (${version.id}) lists #c-${id} on the version's page`, async () => {
        const r = await search(heading);
        expect(r.exact).toContain(`/guideline/${version.id}/#c-${id}`);
      });
    }
  }
});

describe('hiragana-only queries', () => {
  const texts = searched.flatMap((v) => clausesInOrder(model, v.id).map((c) => clauseText(model, c))).join('\n');
  const queries = ['という', 'による', 'ている', 'される', 'ものとする', 'ことができる'].filter((q) => texts.includes(q));
  it('are present in the content (at least two of the usual ones)', () => {
    expect(queries.length).toBeGreaterThanOrEqual(2);
  });
  for (const q of queries) {
    it(`「${q}」 finds the versions that contain it`, async () => {
      const r = await search(q);
      const expected = searched.filter((v) => clausesInOrder(model, v.id).some((c) => clauseText(model, c).includes(q)));
      for (const v of expected) expect(r.exact.some((u) => u.startsWith(`/guideline/${v.id}/`))).toBe(true);
    });
  }
});

describe('the version scope', () => {
  const query = '利活用';
  const others = model.chain.filter((id) => !searched.some((v) => v.id === id));

  it('searches the versions in force and under revision by default, and says the version of each hit', async () => {
    const r = await search(query);
    const versions = new Set(r.exact.filter((u) => u.startsWith('/guideline/')).map((u) => u.split('/')[2]));
    expect([...versions].sort()).toEqual(searched.map((v) => v.id).sort());
    for (const v of searched) expect(r.versions).toContain(v.label);
    expect(
      r.exact.some((u) => u.startsWith('/terms/')),
      'pages of no version are always searched',
    ).toBe(true);
  });

  it('widens to every version on request, and narrows to one', async () => {
    expect(others.length, 'content has older versions').toBeGreaterThan(0);
    const all = await search(query, 'all');
    for (const id of others)
      expect(
        all.exact.some((u) => u.startsWith(`/guideline/${id}/`)),
        id,
      ).toBe(true);
    const one = await search(query, others[0]);
    const versions = new Set(one.exact.filter((u) => u.startsWith('/guideline/')).map((u) => u.split('/')[2]));
    expect([...versions]).toEqual([others[0]]);
  });

  it('finds no banner, breadcrumb or definition text: excerpts start inside the clause text', async () => {
    await search(query);
    const excerpts = await page.locator('#search-exact .result-excerpt').allTextContents();
    expect(excerpts.length).toBeGreaterThan(0);
    for (const e of excerpts) {
      expect(e).not.toContain('確かめてください');
      expect(e).not.toContain('の定義（');
      expect(e).not.toContain('ホーム');
    }
  });
});
