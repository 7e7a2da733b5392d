/**
 * Keyboard-only use: Tab reaches the version switcher with a visible focus and Enter follows it; the publication
 * checker's form can be filled and submitted with the keyboard, and the focus lands on the results.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { currentVersion, successorOf } from '../../src/model/versions.ts';
import { model, useSite, type Site } from './harness.ts';

let site: Site;
let page: Page;
useSite((opened, first) => {
  site = opened;
  page = first;
});

/** Press Tab until the focused element matches `selector`; the number of presses, or -1 after `max`. */
async function tabTo(selector: string, max = 150): Promise<number> {
  for (let i = 1; i <= max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return i;
  }
  return -1;
}

/** The focus ring of the focused element: present and at least 2px (WCAG 2.4.7, and 2.4.11's spirit). */
async function focusRing(): Promise<{ style: string; width: number }> {
  return page.evaluate(() => {
    const s = getComputedStyle(document.activeElement!);
    return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
  });
}

describe('keyboard only', () => {
  it('tabs to the version switcher, shows where the focus is, and Enter switches the version', async () => {
    const from = currentVersion(model)!.doc.data.id;
    const to = successorOf(model, from)!.data.id;
    const clause = [...model.clauses.get(from)!.keys()].find((c) => model.clauses.get(to)?.has(c))!;
    await page.goto(site.url(`/guideline/${from}/${clause}/`));
    const target = `a[href$="/guideline/${to}/${clause}/"]`;
    expect(await tabTo(target), `Tab reaches ${target}`).toBeGreaterThan(0);
    const ring = await focusRing();
    expect(ring.style).not.toBe('none');
    expect(ring.width).toBeGreaterThanOrEqual(2);
    await Promise.all([page.waitForURL(`**/guideline/${to}/${clause}/`), page.keyboard.press('Enter')]);
  });

  it('fills and submits the publication checker with the keyboard, and lands on the results', async () => {
    await page.goto(site.url('/pubcheck/'));
    await expect.poll(() => page.locator('#pc-engine').textContent(), { timeout: 20_000 }).not.toMatch(/読み込んで/);
    expect(await tabTo('select#pc-purpose')).toBeGreaterThan(0);
    expect((await focusRing()).style).not.toBe('none');
    // A closed <select> takes the arrow keys: move to the first purpose (医薬品等の安全対策).
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('#pc-purpose').inputValue()).toBe('safety-measures');
    // The details question is a radio group with no default: Tab enters it, Space picks the focused answer.
    expect(await tabTo('input#pc-details-yes')).toBeGreaterThan(0);
    await page.keyboard.press('Space');
    expect(await page.locator('#pc-details-yes').isChecked()).toBe(true);
    expect(await tabTo('textarea#pc-text')).toBeGreaterThan(0);
    // Tab would leave the textarea, so the table is typed as CSV.
    await page.keyboard.type('性別,投与群,対照群,合計\n男性,25,3,28\n女性,30,40,70\n合計,55,43,98\n');
    expect(await tabTo('button#pc-run')).toBeGreaterThan(0);
    await page.keyboard.press('Enter');
    await page.locator('#pc-out').waitFor();
    // The focus moves to the results (or they are the next stop), so a keyboard or screen-reader user finds them.
    await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('#pc-out'))).toBe(true);
    expect(await page.locator('#pc-out').textContent()).toContain('一次秘匿');
  });
});
