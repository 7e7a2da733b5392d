// The prose lint reads exactly the words the site shows, at their place in the file, without parsing anything again.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { proseDocuments } from '../../scripts/gates/passages.ts';
import { allBodies } from '../../src/model/bodies.ts';
import { bodyLines, lineText } from '../../src/model/clause-text.ts';
import { loadModel } from '../../src/model/load.ts';

const { model } = loadModel('test/fixtures/site/content');
const docs = proseDocuments(model);
/** The paragraphs of the Markdown handed to textlint, without the Markdown marks the lint adds. */
const paragraphs = (text: string) => text.split('\n\n').map((p) => p.replace(/^(?:# |- )/, ''));

describe('proseDocuments', () => {
  it('hands textlint every line of every body as the site shows it (components as component-text.ts resolves them)', () => {
    let lines = 0;
    for (const body of allBodies(model)) {
      const linted = docs.filter((d) => d.file === body.file).flatMap((d) => paragraphs(d.text));
      for (const line of bodyLines(model, body.body, body.version ?? '', { quote: body.quote })) {
        expect(linted, body.file).toContain(lineText(line).replaceAll('\n', ''));
        lines++;
      }
    }
    expect(lines).toBeGreaterThan(50);
    // A clause reference reads 「番号 見出し」 on the page, and so it does for the lint.
    const clause = docs.find((d) => d.file.endsWith('r2026/publication.small-counts.mdx'))!;
    expect(clause.text).toContain('「第4 公表」による。');
  });

  it('points each character of a body or a YAML text at its line and column in the file', () => {
    for (const d of docs) {
      const source = readFileSync(d.file, 'utf8').split('\n');
      for (let i = 0; i < d.text.length; i++) {
        const ch = d.text[i]!;
        // Markdown marks, list markers, and the words a component shows stand where the lint put them, not in the file.
        if (!/[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u.test(ch)) continue;
        const { line, column } = d.map[i]!;
        const at = source[line - 1]?.[column - 1];
        if (at !== ch) {
          // Words a component shows are mapped to the component's `<`.
          expect(source[line - 1]?.slice(column - 1, column + 1), `${d.file}:${line}:${column} 「${ch}」`).toMatch(/^</);
        }
      }
    }
  });
});
