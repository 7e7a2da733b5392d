/** Keyboard-only use: Tab reaches the version switcher with a visible focus, and Enter follows it. */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { successorOf, versionInForce } from '../../src/model/query.ts';
import { describeProblems, model, openSite, type Site } from './harness.ts';

let site: Site;
let page: Page;
beforeAll(async () => {
  site = await openSite();
  page = await site.context.newPage();
});
afterAll(async () => {
  const problems = describeProblems(site.take());
  await site.close();
  expect(problems).toEqual([]);
});

/** Press Tab until the focused element matches `selector`; the number of presses, or -1 after `max`. */
export async function tabTo(p: Page, selector: string, max = 150): Promise<number> {
  for (let i = 1; i <= max; i++) {
    await p.keyboard.press('Tab');
    if (await p.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return i;
  }
  return -1;
}

describe('keyboard only', () => {
  it('tabs to the version switcher, shows where the focus is, and Enter switches the version', async () => {
    const from = versionInForce(model)!.data.id;
    const to = successorOf(model, from)!.data.id;
    const clause = [...model.clauses.get(from)!.keys()].find((c) => model.clauses.get(to)?.has(c))!;
    await page.goto(site.url(`/guideline/${from}/${clause}/`));
    const target = `a[href$="/guideline/${to}/${clause}/"]`;
    expect(await tabTo(page, target), `Tab reaches ${target}`).toBeGreaterThan(0);
    const outline = await page.evaluate(() => {
      const s = getComputedStyle(document.activeElement!);
      return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
    });
    expect(outline.style).not.toBe('none');
    expect(outline.width).toBeGreaterThanOrEqual(2);
    await Promise.all([page.waitForURL(`**/guideline/${to}/${clause}/`), page.keyboard.press('Enter')]);
  });
});
