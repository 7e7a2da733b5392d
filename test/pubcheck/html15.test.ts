/**
 * html15 (issue #11, html14's left open): (1) Bootstrap's full modal stylesheet slides its dialog in by
 * 「.modal.fade .modal-dialog{transform:translate(0,-50px)}」 — a translation of at most 100px in all on a dialog, a
 * modal or a popover a shown control or a script opens moves the whole table alike, read as published (our reading);
 * a transform moving it further, mirroring, turning or scaling it, or moving one cell, is refused as before. (2) A
 * container a script reaches by an id built from a constant (「getElementById('sec-' + k)」「`panel-${k}`」) or a
 * handler reaches by walking (「this.closest('.card')」), read as opened (html15-families.ts).
 *
 * Measured on base (int 7e2777d) and now. Realistic pages 9400001–9400200: base refused 200 of 200 (each for the
 * container's hiding or the dialog's transform), now 0 for hiding (one page refused by the sum-row rule for its
 * random counts, as base would once it read it). Attack pages 9401001–9401300: none leaks on base or now, all refused.
 */
import { describe, expect, it } from 'vitest';
import { readTables } from '../../src/pubcheck/read.ts';
import { ATTACKS, attackPage, FEATURES, realPage } from './html15-families.ts';
import { leaked } from './html9-judge.ts';
import { cells, expectEveryFeature, expectRealPagesProtected } from './html-realpages.ts';

const hiding = (text: string) => readTables(text).errors.filter((e) => /^input\/(?:html-hidden|markup)$/.test(e.code));
const said = (text: string) => readTables(text).warnings.filter((w) => w.code === 'layout/closed-tab');
const T = '<table><tr><th>項目</th><th>A群</th></tr><tr><td>男性</td><td>30</td></tr><tr><td>女性</td><td>40</td></tr></table>';
const pg = (body: string, css = '') => `<!DOCTYPE html><html><head><style>${css}</style></head><body>${body}</body></html>`;

describe('realistic pages (seeds 9400001–9400200; base refused 200 of 200)', () => {
  it('none refused for hiding; each read as its TSV, each closed table said', () => {
    const wrong: string[] = [];
    for (let seed = 9400001; seed <= 9400200; seed++) {
      const p = realPage(seed);
      const r = readTables(p.html);
      if (hiding(p.html).length > 0) wrong.push(`${seed} ${p.feature}: ${hiding(p.html)[0]!.message}`);
      else if (r.errors.length === 0) {
        expect(cells(p.html), `${seed}`).toEqual(cells(p.tsv));
        expect(
          r.warnings.filter((w) => w.code === 'layout/closed-tab'),
          `${seed}`,
        ).toHaveLength(cells(p.tsv).length);
      }
    }
    expect(wrong).toEqual([]);
  });
  it('every feature drawn', () => {
    expectEveryFeature(realPage, FEATURES, 9400001, 9400200);
  });
  it('with a small count and totals: checked and attacked on what they publish, every hidden count holds', async () => {
    await expectRealPagesProtected(realPage, FEATURES, 9400301, 9400302, { allTables: true, primary: true });
  }, 300_000);
});

describe('attacks (seeds 9401001–9401300): none read otherwise than shown', () => {
  it('each refused in words', () => {
    const wrong: string[] = [];
    const seen = new Set<string>();
    for (let seed = 9401001; seed <= 9401300; seed++) {
      const p = attackPage(seed);
      seen.add(p.attack);
      if (leaked(readTables(p.html), p) || hiding(p.html).length === 0) wrong.push(`${seed} ${p.attack}`);
    }
    expect(wrong).toEqual([]);
    expect([...seen].sort()).toEqual([...ATTACKS].sort());
  });
  it('a slide on a container shown all along, or over 100px in all, is judged as before', () => {
    for (const html of [
      pg(`<div style="transform:translateY(-50px)">${T}</div>`),
      pg(
        `<button onclick="document.getElementById('d').showModal()">表</button><dialog id="d" style="transform:translateY(-60px)"><div style="transform:translateY(-60px)">${T}</div></dialog>`,
      ),
    ])
      expect(hiding(html), html).toHaveLength(1);
  });
  it('read and said: a slide-in dialog, an id built from a constant, a walk by closest', () => {
    for (const html of [
      pg(
        `<button onclick="document.getElementById('d').showModal()">表</button><dialog id="d">${T}</dialog>`,
        'dialog{transform:translateY(-20px)}dialog[open]{transform:none}',
      ),
      pg(`<button onclick="document.getElementById('tbl' + 1).hidden=false">表</button><div id="tbl1" hidden>${T}</div>`),
      pg(`<div id="panel-2" hidden>${T}</div><script>document.getElementById(\`panel-\${k}\`).hidden = false</script>`),
      pg(
        `<div class="c"><button onclick="this.closest('.c').querySelector('.b').hidden=false">表</button><div class="b" hidden>${T}</div></div>`,
      ),
    ]) {
      expect(hiding(html), html).toEqual([]);
      expect(cells(html), html).toHaveLength(1);
      expect(said(html), html).toHaveLength(1);
    }
  });
  it('an id not built from the constant (other letters after it), or a lone hidden container, is refused', () => {
    for (const html of [
      pg(`<div id="sec-a" hidden>${T}</div><script>document.getElementById('sec-' + k).hidden = false</script>`),
      pg(`<div id="x1" hidden>${T}</div>`),
    ])
      expect(hiding(html), html).toHaveLength(1);
  });
});
