/**
 * text/blank-heading — no heading or title is blank: neither a field named `heading`, `title`, `label` or `name` in
 * any document (a clause's 見出し, a version's or a term's 表示名, a meeting item's 議題, an amendment's, a rule's or a
 * parameter's title, a source's title, a member's name) nor a Markdown heading in any body is empty or only whitespace (spaces,
 * tabs, the full-width space U+3000, zero-width spaces).
 *
 * Why: the schema asks for a non-empty text, and 「　」 (a full-width space) passes it; the page then shows an
 * empty heading, an empty link or an empty table of contents entry, and screen readers read nothing.
 * How to fix: write the heading or title (for a meeting item or a definition: its id, `## d1`, `## r2026`), or
 * remove an empty Markdown heading.
 *
 * @example not-ok — `heading: "　"` in a clause, `title: " "` of a meeting item, `## 　` in a body
 * @example ok — `heading: 目的`, `## d1`
 */
import type { Root } from 'mdast';
import { headingsOf, isBlank, textOf } from '../../src/model/mdx.ts';
import { allDocs, type Model } from '../../src/model/model.ts';
import type { PathKey } from '../../src/model/parse-document.ts';
import { finding, placeOf, type Finding, type Rule } from './kit.ts';

const id = 'text/blank-heading';

/** The fields that are a heading or a title wherever they appear. */
const TITLE_KEYS = new Set(['heading', 'title', 'label', 'name']);

export const rule: Rule = {
  id,
  description: 'No heading or title (in any field or Markdown heading) is blank or only whitespace.',
  check(model: Model): Finding[] {
    const out: Finding[] = [];
    for (const { kind, doc } of allDocs(model)) {
      // One path, grown and shrunk as the walk goes (the rule looks at every field of every document).
      const path: PathKey[] = [];
      const walk = (value: unknown) => {
        if (Array.isArray(value)) {
          value.forEach((v, i) => {
            if (v && typeof v === 'object') {
              path.push(i);
              walk(v);
              path.pop();
            }
          });
          return;
        }
        for (const [k, v] of Object.entries(value as object)) {
          if (typeof v === 'string') {
            if (TITLE_KEYS.has(k) && isBlank(v)) {
              out.push(
                finding(
                  id,
                  placeOf(doc, [...path, k]),
                  `the ${k} ${path.length ? `at ${path.join('.')} ` : ''}of ${kind} ${doc.data.id} is blank (only whitespace); expected the words of the ${k}`,
                  `write the ${k}, or remove the field if it is optional`,
                ),
              );
            }
          } else if (v && typeof v === 'object') {
            path.push(k);
            walk(v);
            path.pop();
          }
        }
      };
      walk(doc.data);
      const body = (doc as { body?: Root }).body;
      if (!body) continue;
      for (const node of headingsOf(body)) {
        if (!isBlank(textOf(node.children))) continue;
        out.push(
          finding(
            id,
            { file: doc.file, line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 },
            `the heading ${'#'.repeat(node.depth)} is blank (only whitespace); expected its words${kind === 'clause' ? '' : kind === 'meeting' ? ' (an item id)' : " (a definition's since)"}`,
            kind === 'clause'
              ? 'write the heading, or remove it'
              : `write the ${kind === 'meeting' ? 'item id' : 'since of the definition'} the section belongs to`,
          ),
        );
      }
    }
    return out;
  },
};
