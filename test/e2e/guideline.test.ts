/**
 * Reading the guideline as a committee member would: from home to the version in force, switching versions on a
 * clause, the glossary tip of a term as of each version, and a meeting's attendees. Expectations come from the
 * content model, so they follow the data.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { definitionAt, successorOf, versionInForce } from '../../src/model/versions.ts';
import { model, squash, useSite, type Site } from './harness.ts';

let site: Site;
let page: Page;
useSite((opened, first) => {
  site = opened;
  page = first;
});


/**
 * Can a person see the element? Its centre, hit-tested, lands on it: a box clipped to a pixel or covered by
 * something else does not count (Playwright's isVisible() accepts a 1px clipped box).
 */
function seen(locator: ReturnType<Page['locator']>): Promise<boolean> {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    if (r.width < 20 || r.height < 10) return false;
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return !!hit && (hit === el || el.contains(hit));
  });
}
const inForce = versionInForce(model);

/** Does the page show the full text of a version: its label, and an anchor for every clause? */
async function showsFullText(versionId: string): Promise<boolean> {
  const label = model.versions.get(versionId)!.data.label;
  if (!squash(await page.locator('main').textContent()).includes(squash(label))) return false;
  for (const id of model.clauses.get(versionId)?.keys() ?? []) {
    if ((await page.locator(`[id="c-${id}"]`).count()) === 0) return false;
  }
  return true;
}

describe('from home to the version in force', () => {
  it('takes at most two clicks, following links a reader sees', async () => {
    expect(inForce, 'content has a version with status in-force').toBeDefined();
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
    expect(squash(await page.locator('main').textContent())).toContain('施行中');
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
  const old = model.chain.find((v) => definitionAt(model, termId, v) && definitionAt(model, termId, v)?.text !== definitionAt(model, termId, latest)?.text);
  /** A clause page of `versionId` whose body uses the term. */
  const clauseUsing = (versionId: string) =>
    [...(model.clauses.get(versionId)?.values() ?? [])].find((c) => c.refs.some((r) => r.kind === 'term' && r.id === termId))?.data.id;

  for (const [when, versionId] of [['an old version', old], ['the latest version', latest]] as const) {
    it(`shows the definition of 利活用 as of ${when} (${versionId}) on hover and on focus`, async () => {
      expect(old, 'the definition of 利活用 changed at some version').toBeDefined();
      const clause = clauseUsing(versionId!);
      expect(clause, `a clause of ${versionId} uses <Term id="${termId}">`).toBeDefined();
      const expected = squash(definitionAt(model, termId, versionId!)!.text);
      await page.goto(site.url(`/guideline/${versionId}/${clause}/`));
      const term = page.locator(`main a[href$="/terms/${termId}/"][aria-describedby]`).first();
      const tip = page.locator(`[id="${await term.getAttribute('aria-describedby')}"]`);
      expect(squash(await tip.textContent())).toContain(expected);

      expect(await seen(tip)).toBe(false);
      await term.hover();
      await expect.poll(() => seen(tip)).toBe(true);
      await page.mouse.move(0, 0);
      await expect.poll(() => seen(tip)).toBe(false);
      await term.focus();
      await expect.poll(() => seen(tip)).toBe(true);
    });
  }
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
