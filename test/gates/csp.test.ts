/** The static CSP check finds what the site's policy would block, before a browser loads the page. */
import { describe, expect, it } from 'vitest';
import { checkCsp } from '../../scripts/gates/csp.ts';
import { fixtureSite, page } from './fixture-site.ts';

describe('checkCsp', () => {
  it('passes bundled scripts, stylesheets and JSON data blocks', async () => {
    const dist = fixtureSite({
      'index.html': page(
        '<script type="module" src="/_astro/a.js"></script><script type="application/json" id="d">{"a":1}</script>',
        '<link rel="stylesheet" href="/_astro/a.css">\n',
      ),
      '_astro/a.css': 'main{background:url(/bg.png)}',
    });
    expect((await checkCsp(dist)).findings).toEqual([]);
  });

  it('reports inline scripts, styles, handlers, javascript: URLs and foreign resources', async () => {
    const dist = fixtureSite({
      'index.html': page(
        [
          '<script>alert(1)</script>',
          '<style>p{}</style>',
          '<p style="color:red" onclick="x()">x</p>',
          '<a href="javascript:void(0)">x</a>',
          '<script src="https://cdn.example.com/x.js"></script>',
          '<img src="https://example.com/x.png" alt="x">',
        ].join('\n'),
      ),
      '_astro/a.css': '@import url("https://fonts.example.com/a.css");',
    });
    const { findings } = await checkCsp(dist);
    expect(findings.map((f) => `${f.file.split('/').slice(-2).join('/')}:${f.line}  ${f.rule}`)).toEqual([
      '_astro/a.css:1  csp/foreign-style',
      expect.stringMatching(/index\.html:9  csp\/inline-script$/),
      expect.stringMatching(/index\.html:10  csp\/inline-style$/),
      expect.stringMatching(/index\.html:11  csp\/inline-handler$/),
      expect.stringMatching(/index\.html:11  csp\/inline-style$/),
      expect.stringMatching(/index\.html:12  csp\/javascript-url$/),
      expect.stringMatching(/index\.html:13  csp\/foreign-script$/),
      expect.stringMatching(/index\.html:14  csp\/foreign-image$/),
    ]);
  });
});
