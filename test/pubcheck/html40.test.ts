/**
 * html40 (issue #11, html15's left open): a `<script>` that walks from elements it finds
 * (「querySelectorAll('.q').forEach(b => b.nextElementSibling…)」, 「t.parentElement.nextElementSibling」, 「a.children[1]」,
 * 「e.target.closest('.card').lastElementChild」, 「querySelectorAll('[data-detail]').forEach(el => el.hidden = false)」),
 * an id held in a name (「const STEM = 'result'; getElementById(STEM + '-' + key + '-wrap')」, a template) or read
 * from the buttons' 「data-target」 in a loop, ending in an action that opens, opens the container (scriptwalk.ts): read
 * as published, said (`layout/closed-tab`, our reading). Scripts that do not run open nothing: code in a comment, a
 * data block (「type="application/json"」「text/x-template」), a script or a handler in a template.
 *
 * Measured on base (main c3b2cb1) and now (`npx node test/pubcheck/html40-measure.ts [root]`). Realistic pages
 * 9410001–9410200: base refused 185 of 200, now 0, each read as its TSV. Attack pages 9411001–9411300: base read 43
 * (18 with the opening code in a comment, 25 in a data block or a template) as opened, now 0 (all 300 refused).
 *
 * (2) A block in a cell (「3<p>0</p>」「<div>3</div><div>0</div>」, a span of 「display:block」 by its style or a rule) is
 * shown on lines of its own, 「3」 over 「0」: read 「3 0」 as 「3<br>0」 was (a cell of text, refused), no longer run on
 * as 30. Pages 9412001–9412200: base read 158 of 200 as the run-on number, now 0. Exports wrapping each cell's text in
 * one block (Word's 「<p class=MsoNormal>」, a div) 9413001–9413200: none refused on base or now; a label of two lines
 * (「<p>男性</p><p>(国内)</p>」) is read 「男性 (国内)」 now, run on 「男性(国内)」 on base (101 of 200).
 */
import { describe, expect, it } from 'vitest';
import { readTables } from '../../src/pubcheck/read.ts';
import { ATTACKS, attackPage, BLOCK_SPLITS, blockPage, FEATURES, realPage, wrappedPage } from './html40-families.ts';
import { leaked } from './html9-judge.ts';
import { cells, expectEveryFeature, expectReadAsTsv, expectRealPagesProtected } from './html-realpages.ts';

const hiding = (text: string) => readTables(text).errors.filter((e) => /^input\/(?:html-hidden|markup)$/.test(e.code));
const said = (text: string) => readTables(text).warnings.filter((w) => w.code === 'layout/closed-tab');
const T = '<table><tr><th>項目</th><th>A群</th></tr><tr><td>男性</td><td>30</td></tr><tr><td>女性</td><td>40</td></tr></table>';
const pg = (body: string, css = '') => `<!DOCTYPE html><html><head><style>${css}</style></head><body>${body}</body></html>`;

describe('realistic pages (seeds 9410001–9410200; base refused 185 of 200)', () => {
  it('none refused; each read as its TSV, each closed table said', () => {
    expectReadAsTsv(realPage, 9410001, 9410200, (p, r, seed) =>
      expect(
        r.warnings.filter((w) => w.code === 'layout/closed-tab'),
        `${seed}`,
      ).toHaveLength(cells(p.tsv).length),
    );
  });
  it('every feature drawn', () => {
    expectEveryFeature(realPage, FEATURES, 9410001, 9410200);
  });
  it('with a small count and totals: checked and attacked on what they publish, every hidden count holds', async () => {
    await expectRealPagesProtected(realPage, FEATURES, 9410301, 9410302, { allTables: true, primary: true });
  }, 300_000);
});

describe('attacks (seeds 9411001–9411300; base read 43 as opened): none read', () => {
  it('each refused in words', () => {
    const wrong: string[] = [];
    const seen = new Set<string>();
    for (let seed = 9411001; seed <= 9411300; seed++) {
      const p = attackPage(seed);
      seen.add(p.attack);
      if (leaked(readTables(p.html), p) || hiding(p.html).length === 0) wrong.push(`${seed} ${p.attack}`);
    }
    expect(wrong).toEqual([]);
    expect([...seen].sort()).toEqual([...ATTACKS].sort());
  });
  it('read on base, refused now: code that does not run names the container', () => {
    for (const html of [
      pg(`<div id="tbl" hidden>${T}</div><script>// document.getElementById('tbl').hidden = false;\n</script>`),
      pg(`<div class="faq-body" hidden>${T}</div><script>/* document.querySelectorAll('.faq-body') */</script>`),
      pg(`<div id="tbl" hidden>${T}</div><script type="application/json">{"open": "tbl"}</script>`),
      pg(`<div id="tbl" hidden>${T}</div><template><script>document.getElementById('tbl').hidden = false;</script></template>`),
      pg(`<div id="tbl" hidden>${T}</div><template><button onclick="document.getElementById('tbl').hidden=false">x</button></template>`),
    ])
      expect(hiding(html), html).toHaveLength(1);
  });
  it('a string in a comment or a URL inside a string does not hide the code after it', () => {
    for (const html of [
      pg(
        `<div id="tbl" hidden>${T}</div><script>const u = 'https://example.org/x'; document.getElementById('tbl').hidden = false;</script>`,
      ),
      pg(
        `<div><button class="q">表</button><div hidden>${T}</div></div><script>/* FAQ */ document.querySelectorAll('.q').forEach((b) => b.addEventListener('click', () => { b.nextElementSibling.hidden = false; })); // end</script>`,
      ),
      pg(`<button onclick="/* open */ this.nextElementSibling.hidden = false">表</button><div hidden>${T}</div>`),
    ]) {
      expect(hiding(html), html).toEqual([]);
      expect(said(html), html).toHaveLength(1);
    }
  });
  it('a walk or a selector the checker does not follow opens nothing (refused, not guessed)', () => {
    for (const html of [
      pg(
        `<div><button class="q">表</button><div hidden>${T}</div></div><script>document.querySelectorAll('.q').forEach((b) => { b.nextSibling.nextSibling.hidden = false; });</script>`,
      ),
    ])
      expect(hiding(html), html).toHaveLength(1);
    // html41 reads 「:first-child」 and 「[...list]」 (they reach the container here): read, no longer refused.
    for (const html of [
      pg(
        `<div><button class="q">表</button><div hidden>${T}</div></div><script>document.querySelectorAll('.q:first-child').forEach((b) => { b.nextElementSibling.hidden = false; });</script>`,
      ),
      pg(
        `<div><button class="q">表</button><div hidden>${T}</div></div><script>[...document.querySelectorAll('.q')].forEach((b) => { b.nextElementSibling.hidden = false; });</script>`,
      ),
    ])
      expect(hiding(html), html).toEqual([]);
  });
});

describe('blocks in a cell (seeds 9412001–9412200; base read 158 as the run-on number)', () => {
  it('each refused in words (shown on two lines, not as the run-on number)', () => {
    const wrong: string[] = [];
    const seen = new Set<string>();
    for (let seed = 9412001; seed <= 9412200; seed++) {
      const p = blockPage(seed);
      seen.add(p.attack);
      if (leaked(readTables(p.html), p)) wrong.push(`${seed} ${p.attack}`);
    }
    expect(wrong).toEqual([]);
    expect([...seen].sort()).toEqual([...BLOCK_SPLITS].sort());
  });
  it("exports wrapping each cell's text in one block read as their TSV (9413001–9413200)", () => {
    expectReadAsTsv(wrappedPage, 9413001, 9413200);
  });
  it('a block around the whole text, or inline spans, add nothing inside the number', () => {
    for (const cell of ['<p>30</p>', '<div><span>3</span>0</div>', '3<span style="display:inline-block">0</span>', '<div>30</div>\n'])
      expect(cells(pg(T.replace('<td>30</td>', `<td>${cell}</td>`)))[0]![1]![1], cell).toBe('30');
  });
});

describe("a shadow root's stylesheet is read as CSS, not as a script (html40 review)", () => {
  // html40 stripped a shadow root's 「<style>」 with the script comment reader: 「//」 in 「url(//cdn…)」 cut the rest of
  // the line, so a rule after it (「td.x{display:none}」) was lost and the hidden 3 read as published.
  const shadow = (css: string) =>
    pg(
      `<div><template shadowrootmode="open"><style>${css}</style><table><tr><th></th><th>A群</th><th>B群</th></tr>` +
        '<tr><td>男性</td><td>40</td><td>30</td></tr><tr><td>女性</td><td>35</td><td class="x">3</td></tr></table></template></div>',
    );
  it('a rule after 「url(//…)」 on the same line still hides its cell (refused, naming it)', () => {
    const found = hiding(shadow('.logo{background-image:url(//cdn.example.com/a.png)} td.x{display:none}'));
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain('td.x');
  });
  it('a 「//」 CSS does not treat as a comment leaves the rule, as a 「/* */」 comment is left out', () => {
    expect(hiding(shadow('/* td.x{display:none} */ .logo{color:red}'))).toHaveLength(0);
    expect(hiding(shadow('.logo{color:red} td.x{display:none}'))).toHaveLength(1);
  });
});
