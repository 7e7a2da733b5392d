/** The prose lint reports wrong 表記 of defined terms at their line in the content file, and spares printed text. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isCompoundOfTerms, lintProse } from '../../scripts/gates/prose.ts';

const fixture = 'test/fixtures/prose';
const dictionary = join(mkdtempSync(join(tmpdir(), 'prh-')), 'prh.yml');

describe('lintProse', async () => {
  const result = await lintProse({ contentDir: fixture, dictionary });
  const lines = result.findings.map((f) => `${f.file}:${f.line}:${f.column}  ${f.rule}  ${f.message}`);

  it('flags a glossary variant in a clause body at its line and column, naming the expected 表記', () => {
    expect(lines).toContain(
      `${fixture}/guideline/r1/purpose.mdx:13:5  prose/prh  利用活用 => 利活用 （用語集 ${fixture}/terms/utilization.mdx）`,
    );
  });

  it('checks the text inside <Term>…</Term> too', () => {
    expect(
      lines.some((l) => l.startsWith(`${fixture}/guideline/r1/purpose.mdx:14:36  prose/prh  解析システム => 定型データセット解析システム`)),
    ).toBe(true);
  });

  it('does not flag a variant inside a correct label, nor the 表記 a self-closing <Term/> shows', () => {
    expect(lines.filter((l) => l.startsWith(`${fixture}/terms/`))).toEqual([]);
    expect(lines.filter((l) => l.includes('purpose.mdx:11:'))).toEqual([]);
  });

  it('holds text copied as printed (official wording) to the damage rules only', () => {
    expect(lines.filter((l) => l.includes('official.mdx'))).toEqual([]);
  });

  it('reports nothing else on the fixture', () => {
    expect(result.findings).toHaveLength(2);
    expect(result.prhRules).toBe(3);
  });
});

describe('isCompoundOfTerms', () => {
  const units = { words: ['協力医療機関', '利活用', '製造販売後調査'], max: 6 };
  const finding = (run: string) => ({
    file: 'f',
    line: 1,
    column: 1,
    severity: 'error' as const,
    rule: 'prose/max-kanji-continuous-len',
    message: `漢字が7つ以上連続しています: ${run}`,
  });

  it('lets through runs of glossary terms joined by affixes', () => {
    expect(isCompoundOfTerms(finding('各協力医療機関'), units)).toBe(true);
    expect(isCompoundOfTerms(finding('利活用変更申出及'), units)).toBe(true);
    expect(isCompoundOfTerms(finding('製造販売後調査以外'), units)).toBe(true);
  });

  it('keeps runs that contain no term, or too much besides the terms', () => {
    expect(isCompoundOfTerms(finding('公益性高調査研究'), units)).toBe(false);
    expect(isCompoundOfTerms(finding('利活用変更申出書類審査'), units)).toBe(false);
  });
});

describe('Builder', () => {
  it('keeps a URL from swallowing the Japanese bracket after it', async () => {
    const { Builder } = await import('../../scripts/gates/passages.ts');
    const b = new Builder();
    b.add('資料（https://example.org/a）。', (i) => ({ line: 1, column: i + 1 }));
    expect(b.text).toBe('資料（https://example.org/a ）。');
    expect(b.map[b.text.indexOf('）')]).toEqual({ line: 1, column: 25 });
  });
});
