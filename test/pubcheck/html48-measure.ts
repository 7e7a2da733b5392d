/**
 * Measures html48's families on a tree (`npx node test/pubcheck/html48-measure.ts [root] [--browser]`, root defaulting
 * to this one): realistic pages 9440301–9440350 refused (for hiding, and at all), attack pages 9440351–9440400 leaked
 * or refused per attack. With --browser, each page is first rendered in Chromium (html48-browser.ts): every realistic
 * page's tables shown, every attack page's cell the digit `shown` (at 320 px wide for the 「@media (min-width:…)」 one).
 */
import type { ReadResult } from '../../src/pubcheck/read.ts';
import { attackPage, realPage } from './html48-families.ts';
import { printPageTotals } from './html9-judge.ts';

const args = process.argv.slice(2);
const root = args.find((a) => !a.startsWith('--')) ?? new URL('../..', import.meta.url).pathname;
const { readTables } = (await import(`${root}/src/pubcheck/read.ts`)) as { readTables: (t: string) => ReadResult };
const REAL: [number, number] = [9440301, 9440350];
const ATTACK: [number, number] = [9440351, 9440400];
const range = ([a, b]: [number, number]) => Array.from({ length: b - a + 1 }, (_, i) => a + i);

if (args.includes('--browser')) {
  const { seenCells, shownTables } = await import('./html48-browser.ts');
  const pages = range(ATTACK).map((s) => attackPage(s));
  let wrong = 0;
  for (const p of pages) {
    const narrow = p.attack.includes('@media');
    const [seen] = await seenCells([p.html], p.at.map((x, i) => x + i) as [number, number], narrow ? 320 : 1280);
    if (seen !== p.shown) {
      wrong++;
      console.log(`browser: ${p.attack} shows ${seen}, the family says ${p.shown}`);
    }
  }
  const real = range(REAL).map((s) => realPage(s));
  const hidden = (await shownTables(real.map((p) => p.html))).filter((x) => !x).length;
  console.log(
    `browser: attack pages ${wrong} of ${pages.length} otherwise than the family says; realistic pages with a table not shown ${hidden} of ${real.length}`,
  );
}

printPageTotals(readTables, { attackPage, realPage }, REAL, ATTACK);
