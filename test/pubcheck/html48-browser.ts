/**
 * html48's oracle of what a reader sees: the page rendered by the project's Chromium (playwright-core, as the e2e tests
 * drive it) at 1280×800 on screen, and the text of a table's cell a reader is shown — its text nodes and the
 * ::before/::after 「content」 strings (quoted text and attr()), each left out where its box is not rendered (no
 * client rect), where it is invisible (visibility), faint (opacity under 0.1 on the way up), below 4 px, or drawn in
 * its background's colour (the nearest opaque background up the tree, white at the top) or transparent ink.
 * `seenCells(pages, [row, col])` returns each page's cell text (row and column of the body, 0-based, header row not
 * counted). Not a unit test: html48.test.ts keeps its answers as expectations (Chromium is not run in vitest here).
 */
import { chromium } from 'playwright-core';
import { chromiumPath } from '../../scripts/setup-browser.ts';

const ARGS = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update'];

export async function seenCells(pages: readonly string[], at: readonly [number, number] = [0, 1], width = 1280): Promise<string[]> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: ARGS, timeout: 30_000 });
  try {
    const page = await (await browser.newContext({ viewport: { width, height: 800 } })).newPage();
    const out: string[] = [];
    for (const html of pages) {
      await page.setContent(html);
      out.push(
        await page.evaluate(([r, c]) => {
          const rows = document.querySelectorAll('table tbody tr');
          const cell = rows[r!]?.children[c!];
          if (!cell) return '?';
          const rgb = (s: string) => (s.match(/[\d.]+/g) ?? []).map(Number);
          const background = (e: Element | null): number[] => {
            for (let x = e; x; x = x.parentElement) {
              const b = rgb(getComputedStyle(x).backgroundColor);
              if (b.length === 3 || (b.length === 4 && b[3]! >= 0.99)) return b.slice(0, 3);
            }
            return [255, 255, 255];
          };
          const faint = (e: Element) => {
            for (let x: Element | null = e; x; x = x.parentElement) if (Number(getComputedStyle(x).opacity) < 0.1) return true;
            return false;
          };
          const visible = (e: Element, s: CSSStyleDeclaration) => {
            if (s.visibility !== 'visible' || parseFloat(s.fontSize) < 4 || faint(e)) return false;
            const ink = rgb(s.webkitTextFillColor || s.color);
            if (ink.length === 4 && ink[3]! < 0.1) return false;
            const bg = background(e);
            return !(Math.abs(ink[0]! - bg[0]!) + Math.abs(ink[1]! - bg[1]!) + Math.abs(ink[2]! - bg[2]!) < 30);
          };
          const pseudo = (e: Element, which: '::before' | '::after') => {
            const s = getComputedStyle(e, which);
            if (s.content === 'none' || s.content === 'normal' || s.display === 'none') return '';
            if (!visible(e, s)) return '';
            let text = '';
            for (const m of s.content.matchAll(/"((?:[^"\\]|\\.)*)"|attr\(([-\w]+)\)|(counter|counters)\(/g)) {
              if (m[1] !== undefined) text += m[1];
              else if (m[2] !== undefined) text += e.getAttribute(m[2]) ?? '';
              else text += '¿';
            }
            return text;
          };
          const walk = (n: Node): string => {
            if (n.nodeType === 3) {
              const p = n.parentElement!;
              const range = document.createRange();
              range.selectNodeContents(n);
              const rects = [...range.getClientRects()].filter((x) => x.width > 0.5 && x.height > 0.5);
              return rects.length > 0 && visible(p, getComputedStyle(p)) ? (n.textContent ?? '').trim() : '';
            }
            if (n.nodeType !== 1) return '';
            const e = n as Element;
            if (getComputedStyle(e).display === 'none') return '';
            return pseudo(e, '::before') + [...e.childNodes].map(walk).join('') + pseudo(e, '::after');
          };
          return walk(cell);
        }, at),
      );
    }
    return out;
  } finally {
    await browser.close();
  }
}

/** Whether each page shows every table's cells to a reader (each body cell's text drawn at 4 px or more). */
export async function shownTables(pages: readonly string[]): Promise<boolean[]> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: ARGS, timeout: 30_000 });
  try {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    const out: boolean[] = [];
    for (const html of pages) {
      await page.setContent(html);
      out.push(
        await page.evaluate(() =>
          [...document.querySelectorAll('tbody td')].every((td) => {
            const s = getComputedStyle(td);
            return td.getClientRects().length > 0 && s.visibility === 'visible' && parseFloat(s.fontSize) >= 4;
          }),
        ),
      );
    }
    return out;
  } finally {
    await browser.close();
  }
}
