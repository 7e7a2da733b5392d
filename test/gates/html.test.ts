/** HTML validity uses the project's .htmlvalidate.json and reports in the checker's shape. */
import { describe, expect, it } from 'vitest';
import { validateHtml } from '../../scripts/gates/html.ts';
import { fixtureSite, page } from './fixture-site.ts';

describe('validateHtml', () => {
  it('passes a valid page and reports rule, line and column for an invalid one', async () => {
    const dist = fixtureSite({
      'index.html': page('<p>ok</p>'),
      'bad/index.html': page('<button>送信</button>'),
    });
    const { findings, pages } = await validateHtml(dist);
    expect(pages).toBe(2);
    expect(findings.map((f) => `${f.file.split('/').slice(-2).join('/')}:${f.line}:${f.column}  ${f.rule}`)).toEqual([
      'bad/index.html:9:2  html/no-implicit-button-type',
    ]);
  });
});
