/** The offline link check: pages, trailing slashes, #fragments across pages, and what it refuses. */
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLinks } from '../../scripts/gates/links.ts';
import { fixtureSite, page } from './fixture-site.ts';

const site = 'https://portal.example.jp';

describe('checkLinks', async () => {
  const dist = fixtureSite({
    'index.html': page(
      [
        '<a href="/guideline/r1/">ok</a>',
        '<a href="/guideline/r1/#c-purpose">ok anchor</a>',
        '<a href="guideline/r1/purpose/">ok relative</a>',
        '<a href="/guideline/r1/#c-purpos">typo anchor</a>',
        '<a href="/guideline/r9/">missing page</a>',
        '<a href="/guideline/r1">no slash</a>',
        '<a href="#">empty</a>',
        '<a href="https://www.pmda.go.jp/">external</a>',
        '<a href="/feed.xml">feed</a>',
        '<a href="/search/?q=%E5%88%A9%E6%B4%BB%E7%94%A8&amp;x=1">query</a>',
      ].join('\n'),
      `<link rel="canonical" href="${site}/">\n<link rel="stylesheet" href="/_astro/a.css">\n`,
    ),
    'guideline/r1/index.html': page('<h1 id="c-purpose">目的</h1><a href="../../#top">top</a><a href="purpose/#c-x">x</a>'),
    'guideline/r1/purpose/index.html': page('<p>本文</p>'),
    'search/index.html': page('<p>検索</p>'),
    '_astro/a.css': 'p{}',
    'feed.xml': `<?xml version="1.0"?>\n<feed><link href="${site}/guideline/r1/"/>\n<link href="${site}/gone/"/></feed>\n`,
  });
  const result = await checkLinks(dist, { site });
  const lines = result.findings.map(
    (f) => `${relative(dist, f.file.startsWith('/') ? f.file : `${process.cwd()}/${f.file}`)}:${f.line}  ${f.rule}  ${f.message}`,
  );

  it('reports each broken link with its page, line and rule, and passes the good ones', () => {
    expect(lines).toEqual([
      'feed.xml:3  link/missing-page  「https://portal.example.jp/gone/」 points to /gone/, which was not built',
      'guideline/r1/index.html:9  link/missing-anchor  「purpose/#c-x」: no element has id="c-x" in /guideline/r1/purpose/',
      'index.html:14  link/missing-anchor  「/guideline/r1/#c-purpos」: no element has id="c-purpos" in /guideline/r1/',
      'index.html:15  link/missing-page  「/guideline/r9/」 was not built',
      'index.html:16  link/trailing-slash  「/guideline/r1」 lacks the trailing slash every page URL has',
      'index.html:17  link/empty-fragment  href="#" goes nowhere',
    ]);
  });

  it('suggests the closest id or page', () => {
    expect(result.findings.find((f) => f.rule === 'link/missing-anchor' && f.message.includes('c-purpos'))?.hint).toBe(
      'did you mean #c-purpose?',
    );
    expect(result.findings.find((f) => f.message.includes('/guideline/r9/'))?.hint).toMatch(/^did you mean \/guideline\/r1\/[,?]/);
  });

  it('counts what it checked and leaves external URLs alone', () => {
    expect(result.pages).toBe(4);
    expect(result.external).toBe(1);
    expect(result.fragments).toBe(3);
  });
});
