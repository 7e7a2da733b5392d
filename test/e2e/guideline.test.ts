/**
 * Reading the guideline as a committee member would: from home to the version in force, switching versions on a
 * clause, the glossary tip of a term as of each version, and a meeting's attendees. Expectations come from the
 * content model, so they follow the data.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { clauseText } from '../../src/model/clause-text.ts';
import { CURRENT_LABEL, currentVersion, definitionAt, successorOf } from '../../src/model/versions.ts';
import { model, squash, useSite, type Site } from './harness.ts';

let site: Site;
let page: Page;
useSite((opened, first) => {
  site = opened;
  page = first;
});

/** The text of a term link's tip as shown now ('' when not shown): its generated content, without the quotes. */
function tipShown(link: ReturnType<Page['locator']>): Promise<string> {
  return link.evaluate((a) => {
    const s = getComputedStyle(a, '::after');
    return s.content === 'none' || s.content === 'normal' || s.display === 'none'
      ? ''
      : s.content.replace(/\\a /gi, '').replace(/\s+/g, '');
  });
}
const latestVersion = model.chain[model.chain.length - 1]!;

const current = currentVersion(model);
const inForce = current?.doc;

/** Does the page show the full text of a version: its label, and an anchor for every clause? */
async function showsFullText(versionId: string): Promise<boolean> {
  const label = model.versions.get(versionId)!.data.label;
  if (!squash(await page.locator('main').textContent()).includes(squash(label))) return false;
  for (const id of model.clauses.get(versionId)?.keys() ?? []) {
    if ((await page.locator(`[id="c-${id}"]`).count()) === 0) return false;
  }
  return true;
}

describe('from home to the current version', () => {
  it('takes at most two clicks, following links a reader sees', async () => {
    expect(inForce, 'content has a published version').toBeDefined();
    const id = inForce!.data.id;
    await page.goto(site.url('/'));
    const targets = [`/guideline/${id}/`, '/guideline/'];
    let clicks = 0;
    while (clicks < 2 && !(await showsFullText(id))) {
      // Prefer a direct link to the version; else the guideline entry point.
      let link = page.locator(`a[href$="${targets[0]}"]:visible`).first();
      if ((await link.count()) === 0) link = page.locator(`a[href$="${targets[1]}"]:visible`).first();
      expect(await link.count(), `a visible link to ${targets.join(' or ')} on ${site.path(page)}`).toBeGreaterThan(0);
      const before = new URL(page.url()).pathname;
      await Promise.all([page.waitForURL((u) => u.pathname !== before), link.click()]);
      clicks++;
    }
    expect(await showsFullText(id), `${site.path(page)} shows ${id} in full after ${clicks} clicks`).toBe(true);
    // The page says what is known of its taking effect: 施行中 only where a source gives a 施行日.
    const text = squash(await page.locator('main').textContent());
    expect(text).toContain(squash(CURRENT_LABEL[current!.effect]));
    if (current!.effect !== 'known') expect(text).not.toMatch(/施行中の版です|施行中のガイドライン(?!（推定）)/);
  });
});

describe('switching versions on a clause page', () => {
  it('keeps the clause: the switcher leads to the same clause in the other version', async () => {
    const next = inForce && successorOf(model, inForce.data.id);
    expect(next, 'a version follows the one in force').toBeDefined();
    const shared = [...model.clauses.get(inForce!.data.id)!.keys()].find((c) => model.clauses.get(next!.data.id)?.has(c))!;
    await page.goto(site.url(`/guideline/${inForce!.data.id}/${shared}/`));
    const target = `/guideline/${next!.data.id}/${shared}/`;
    await Promise.all([page.waitForURL(`**${target}`), page.locator(`a[href$="${target}"]`).first().click()]);
    expect(site.path(page)).toBe(target);
    const heading = model.clauses.get(next!.data.id)!.get(shared)!.data.heading;
    expect(squash(await page.locator('h1').textContent())).toContain(squash(heading));
  });
});

describe('glossary tips follow the version', () => {
  const termId = 'utilization';
  const latest = model.chain[model.chain.length - 1]!;
  // The oldest version whose definition differs from the latest one.
  const old = model.chain.find(
    (v) => definitionAt(model, termId, v) && definitionAt(model, termId, v)?.text !== definitionAt(model, termId, latest)?.text,
  );
  /** A clause page of `versionId` whose body uses the term. */
  const clauseUsing = (versionId: string) =>
    [...(model.clauses.get(versionId)?.values() ?? [])].find((c) => c.refs.some((r) => r.kind === 'term' && r.id === termId))?.data.id;

  for (const [when, versionId] of [
    ['an old version', old],
    ['the latest version', latest],
  ] as const) {
    it(`shows the definition of 利活用 as of ${when} (${versionId}) on hover and on focus`, async () => {
      expect(old, 'the definition of 利活用 changed at some version').toBeDefined();
      const clause = clauseUsing(versionId!);
      expect(clause, `a clause of ${versionId} uses <Term id="${termId}">`).toBeDefined();
      const expected = squash(definitionAt(model, termId, versionId!)!.text);
      await page.goto(site.url(`/guideline/${versionId}/${clause}/`));
      const term = page.locator(`main a[href$="/terms/${termId}/"][aria-describedby]`).first();
      const tip = page.locator(`[id="${await term.getAttribute('aria-describedby')}"]`);
      expect(squash(await tip.textContent())).toContain(expected);
      // The description is outside the text (hidden, named by aria-describedby); what a person sees is the
      // link's generated tip, shown on hover and on keyboard focus and gone again when the pointer leaves.
      expect(await tip.evaluate((el) => !!el.closest('p, li, h1, h2, h3, h4, h5, h6'))).toBe(false);
      expect(await tipShown(term)).toBe('');
      await term.hover();
      await expect.poll(() => tipShown(term)).toContain(expected.slice(0, 20));
      await page.mouse.move(0, 0);
      await expect.poll(() => tipShown(term)).toBe('');
      await term.focus();
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Tab');
      await expect.poll(() => tipShown(term)).toContain(expected.slice(0, 20));
      // Escape dismisses it (WCAG 1.4.13).
      await page.keyboard.press('Escape');
      await expect.poll(() => tipShown(term)).toBe('');
    });
  }

  it('keeps the tip inside a 390px window', async () => {
    const clause = clauseUsing(latest)!;
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      await page.goto(site.url(`/guideline/${latest}/${clause}/`));
      for (const term of (await page.locator('main .term-link').all()).slice(0, 5)) {
        await term.hover();
        const box = await term.evaluate((a) => {
          const s = getComputedStyle(a, '::after');
          return { position: s.position, width: parseFloat(s.width) };
        });
        // Fixed and anchored to the link, at most the window less 2rem wide; the CSS position fallbacks flip or
        // widen it so that it never leaves the window (the page cannot scroll sideways because of it).
        expect(box.position).toBe('fixed');
        expect(box.width).toBeLessThanOrEqual(390 - 32);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      }
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });
});

describe('on a phone', () => {
  it("the header takes two lines: the site's name, then the menu in one row", async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      await page.goto(site.url('/'));
      const lines = await page.evaluate(() => {
        const lineCount = (el: Element | null) => {
          if (!el) return 0;
          const tops = new Set(
            [...el.querySelectorAll('a')].filter((a) => a.getClientRects().length).map((a) => Math.round(a.getBoundingClientRect().top)),
          );
          return tops.size;
        };
        return {
          name: lineCount(document.querySelector('.site-name')),
          nav: lineCount(document.querySelector('.site-nav')),
          height: document.querySelector('.site-header')!.getBoundingClientRect().height,
        };
      });
      expect(lines.name).toBe(1);
      expect(lines.nav).toBe(1);
      expect(lines.height).toBeLessThan(110);
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });
});

describe('copying clause text', () => {
  it("gives exactly the clause's words: a selected or triple-clicked paragraph holds no definition", async () => {
    const clause = [...model.clauses.get(latestVersion)!.values()].find(
      (c) => c.body.children[0]?.type === 'paragraph' && c.refs.some((r) => r.kind === 'term'),
    )!;
    expect(clause, 'a clause whose first paragraph uses a term').toBeDefined();
    const expected = clauseText(model, clause).split('\n')[0]!;
    await page.goto(site.url(`/guideline/${latestVersion}/${clause.data.id}/`));
    const paragraph = page.locator('main .clause-body > p').first();
    expect(await paragraph.locator('.term-link').count()).toBeGreaterThan(0);
    const selected = await paragraph.evaluate((p) => {
      const range = document.createRange();
      range.selectNodeContents(p);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return getSelection()!.toString();
    });
    expect(selected).toBe(expected);
    await paragraph.click({ clickCount: 3 });
    expect((await page.evaluate(() => getSelection()!.toString())).trim()).toBe(expected);
  });
});

describe('meeting records', () => {
  it('the 31st meeting lists its chair, 座長 林 邦彦', async () => {
    const chair = model.meetings.get('m31')?.data.attendees.find((a) => a.role === 'chair');
    const name = chair && model.members.get(chair.member)?.data.name;
    expect(name).toBe('林 邦彦');
    await page.goto(site.url('/meetings/m31/'));
    const entry = page.locator('main :is(li, tr, dd, p)').filter({ hasText: '林 邦彦' }).filter({ hasText: '座長' });
    expect(await entry.count()).toBeGreaterThan(0);
  });
});
