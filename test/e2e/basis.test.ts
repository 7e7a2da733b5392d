/**
 * Every statement with its basis, as readers see it (issue #10): wherever a reading of ours appears — clause
 * pages, term pages and their tips, the 新旧対照表 (pre-built and in the browser from /api/compare.json), home,
 * banners — it is labelled 推定; words that are not a published text (a pending clause or definition) say so and
 * are never underlined as 改正後; nothing not known to be in force is called 施行中. The expectations are derived
 * from the model, so they follow the content.
 */
import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { builtFiles } from '../../scripts/gates/site.ts';
import { describe, expect, it } from 'vitest';
import { recentActivity } from '../../src/model/activity.ts';
import { compareVersions } from '../../src/model/compare.ts';
import { formatDate } from '../../src/model/dates.ts';
import { carriedOver } from '../../src/model/history.ts';
import { CURRENT_LABEL, currentVersion, definitionAt, documentedStep, versionStanding } from '../../src/model/versions.ts';
import { DIST, model, squash, useSite, type Site } from './harness.ts';

let site: Site;
let page: Page;
useSite((opened, first) => {
  site = opened;
  page = first;
});

const text = async (l: Locator) => squash(await l.textContent());
const clauses = [...model.clauses.values()].flatMap((m) => [...m.values()]);
const latest = model.chain[model.chain.length - 1]!;
const previous = model.chain[model.chain.length - 2]!;

describe('clause pages', () => {
  const inferred = clauses.filter((c) => c.data.inferred.length > 0 && c.version === latest);

  it('label every reading of ours 推定, with the reading itself', async () => {
    expect(inferred.length).toBeGreaterThan(0);
    for (const c of inferred) {
      await page.goto(site.url(`/guideline/${c.version}/${c.data.id}/`));
      const box = page.locator('main .inferred').first();
      expect(await text(box), `${c.version}/${c.data.id}`).toContain('当サイトの推定を含みます');
      for (const note of c.data.inferred) expect(await text(box)).toContain(squash(note));
    }
  });

  it("say a clause is carried over from the previous version, not the version's own text", async () => {
    const carried = clauses.find((c) => c.version === latest && carriedOver(model, latest, c.data.id));
    expect(carried, 'a clause carried over into the newest version').toBeDefined();
    await page.goto(site.url(`/guideline/${latest}/${carried!.data.id}/`));
    expect(await text(page.locator('main .carried-note'))).toMatch(/前の版（.+）の内容のまま載せています/);
  });

  it('give a term tip whose definition is our reading with 推定', async () => {
    // A term whose definition as of this version is ours (not only an older one).
    const ours = (id: string) => definitionAt(model, id, latest)?.basis === 'inferred';
    const c = clauses.find((x) => x.version === latest && x.refs.some((r) => r.kind === 'term' && ours(r.id)));
    expect(c, 'a clause of the newest version using a term defined by our reading').toBeDefined();
    const term = c!.refs.find((r) => r.kind === 'term' && ours(r.id))!;
    await page.goto(site.url(`/guideline/${latest}/${c!.data.id}/`));
    const link = page.locator(`main a.term-link[href$="/terms/${(term as { id: string }).id}/"]`).first();
    const tip = page.locator(`[id="${await link.getAttribute('aria-describedby')}"]`);
    expect(await text(tip)).toContain('（当サイトの推定）');
    expect(await link.getAttribute('data-tip')).toContain('（当サイトの推定）');
  });
});

describe('term pages', () => {
  it('give the basis of every definition, 当サイトの推定 for ours', async () => {
    for (const term of model.terms.values()) {
      const ours = term.data.definitions.filter((d) => d.basis === 'inferred');
      if (ours.length === 0) continue;
      await page.goto(site.url(`/terms/${term.data.id}/`));
      const bases = (await page.locator('main .definition').allTextContents()).map(squash);
      expect(bases.filter((b) => b.includes('根拠：当サイトの推定')).length, term.data.id).toBe(ours.length);
    }
  });

  it('quote what the minutes approved for a definition whose wording is not out, never showing ours under 改正後', async () => {
    const term = [...model.terms.values()].find((t) => t.data.definitions.some((d) => d.provenance === 'pending'))!;
    const pending = term.data.definitions.find((d) => d.provenance === 'pending')!;
    await page.goto(site.url(`/terms/${term.data.id}/`));
    const main = await text(page.locator('main'));
    expect(main).toContain('改定後の定義の文言は未公表です');
    expect(main).not.toContain('現在まで');
    expect(await text(page.locator('main blockquote.quote'))).toContain(squash(pending.text));
    const quote = pending.sources.find((s) => 'quote' in s && s.quote)!;
    expect(main).toContain(squash((quote as { quote: string }).quote));
    expect(await text(page.locator('main table.side-by-side tbody td').first())).toBe('改定後の定義の文言は未公表');
    expect(main).not.toContain('で決定）');
  });
});

/** The 新旧対照表 checks shared by the pre-built page and the browser view. */
async function expectHonestTable(table: Locator, from: string, to: string): Promise<void> {
  const cmp = compareVersions(model, from, to);
  const pending = cmp.rows.filter((r) => r.new?.provenance === 'pending');
  expect(pending.length, `${from} → ${to} has pending rows`).toBeGreaterThan(0);
  for (const r of pending) {
    const row = table.locator(`tr[id="c-${r.id}"]`);
    const cell = row.locator('td.col-new');
    expect(squash(await cell.locator('p').first().textContent())).toBe(
      '改定案の文言は未公表です。以下は、了承された改定方針を当サイトが要約したもので、改正後の文言ではありません。',
    );
    expect(await row.locator('ins, del').count(), r.id).toBe(0);
    expect(await text(row.locator('th'))).toContain('文言未公表');
  }
  for (const r of cmp.rows.filter((x) => x.new && x.new.inferred.length > 0)) {
    expect(await text(table.locator(`tr[id="c-${r.id}"] td.col-new details.inferred summary`)), r.id).toContain('［推定］');
  }
  const carried = cmp.rows.find((r) => r.carried);
  if (carried)
    expect(await text(table.locator(`tr[id="c-${carried.id}"] td.col-new .carried-label`))).toContain(
      '改正前の版の内容のまま表示しています',
    );
}

describe('新旧対照表', () => {
  it(`/compare/${previous}/${latest}/ shows a pending clause as the approved policy in our words, not as 改正後 text`, async () => {
    await page.goto(site.url(`/compare/${previous}/${latest}/`));
    await expectHonestTable(page.locator('main table.compare-table'), previous, latest);
  });

  it('/compare/ renders the same labels in the browser from /api/compare.json', async () => {
    const first = model.chain[0]!;
    await page.goto(site.url('/compare/'));
    await page.getByLabel('改正前').selectOption(first);
    await page.getByLabel('改正後').selectOption(latest);
    await page.getByRole('button', { name: '比較する' }).click();
    const table = page.locator('#compare-result table.compare-table');
    await table.waitFor();
    await expectHonestTable(table, first, latest);
  });
});

describe('home, /guideline/ and banners', () => {
  const current = currentVersion(model)!;

  it('call the current version 施行中 only where a source gives its 施行日', async () => {
    for (const path of ['/', '/guideline/', `/guideline/${current.doc.data.id}/`]) {
      await page.goto(site.url(path));
      const main = await text(page.locator('main'));
      expect(main, path).toContain(squash(CURRENT_LABEL[current.effect]));
      if (current.effect !== 'known') expect(main, path).not.toMatch(/施行中の版です|施行中のガイドライン(?!（推定）)|施行中の本文/);
    }
  });

  it('call nothing 施行中 on any built page, in its text or its attributes, unless a source gives the 施行日', () => {
    // Phones show a stacked cell's column name from data-label, and the 404 page is a page too: read the HTML itself.
    if (current.effect === 'known') return;
    const said = builtFiles(DIST, 'html').flatMap((p) => {
      const html = squash(readFileSync(p.abs, 'utf8'));
      // Allowed: 施行中（推定）, 施行中ではありません, and the about page's list of the labels (施行中・旧版・案).
      return [...html.matchAll(/施行中(?!（推定）|ではありません|・旧版)/g)].map(
        (m) => `${p.url}: …${html.slice(Math.max(0, m.index - 30), m.index + 10)}…`,
      );
    });
    expect(said).toEqual([]);
  });

  it('never show a public-comment date as a revision or notice date', async () => {
    for (const id of model.chain) {
      const v = model.versions.get(id)!.data;
      if (!v.publicComment || !('date' in v.publicComment)) continue;
      const date = formatDate(v.publicComment);
      for (const path of ['/', `/guideline/${id}/`, ...(v.supersedes ? [`/guideline/${v.supersedes}/`] : [])]) {
        await page.goto(site.url(path));
        const main = await text(page.locator('main'));
        expect(main, path).not.toContain(squash(`通知：${date}`));
        expect(main, path).not.toMatch(new RegExp(`改定されました[^。]*${squash(date)}|${squash(date)}[^。]*により改定`));
      }
    }
  });

  it('label 推定 a stage of a version that only we infer, in its banner', async () => {
    const inferred = model.chain.filter((id) => {
      const date = documentedStep(model.versions.get(id)!.data).date;
      return date && 'date' in date && date.basis === 'inferred' && versionStanding(model, id)?.kind !== 'upcoming';
    });
    expect(inferred.length, 'a version whose stage we infer').toBeGreaterThan(0);
    for (const id of inferred) {
      await page.goto(site.url(`/guideline/${id}/`));
      expect(await text(page.locator('main [aria-label="この版の状態"]')), id).toContain('推定');
    }
  });

  it('label 推定 every inferred date the home page shows', async () => {
    await page.goto(site.url('/'));
    const shown = (await page.locator('main .activity li').allTextContents()).map(squash);
    const events = recentActivity(model, 8);
    expect(shown.length).toBe(events.length);
    events.forEach((e, i) => {
      if ('date' in e.date && e.date.basis === 'inferred') expect(shown[i]).toContain(squash(formatDate(e.date)));
    });
    const main = await text(page.locator('main'));
    for (const d of [current.doc.data.issued, current.doc.data.effective, current.doc.data.publicComment]) {
      if (d && 'date' in d && d.basis === 'inferred') expect(main).toContain(squash(formatDate(d)));
    }
  });
});
