/**
 * The sections of a meeting's or a term's body. A heading opens a section and its whole text is the key of
 * what the section belongs to: an item id in a meeting (`## d1`, a sub-item `### d1-1`), a definition's
 * `since` in a term (`## r2026`, and `### 変更点` under it). Plain Markdown: no `{#id}` (MDX reads braces as
 * JavaScript), no component. Whether the keys match the frontmatter is the rule body/sections' question.
 */
import type { Heading, Root, RootContent } from 'mdast';
import type { Position } from './diagnostic.ts';
import { isBlank, textOf, type Reference } from './mdx.ts';

export interface BodySection {
  /** The heading's text (trimmed); "" for text before the first heading and for a blank heading. */
  key: string;
  /** The heading's depth (## = 2); 0 for text before the first heading. */
  depth: number;
  /** Where the heading is (for text before the first heading: where that text starts). */
  pos: Position;
  /** The section's content without its heading, as a tree of its own. */
  body: Root;
  /** The references inside the section. */
  refs: Reference[];
}

const startOf = (node: RootContent): Position => ({
  line: node.position?.start.line ?? 1,
  column: node.position?.start.column ?? 1,
});

/** Split a body at its headings. References are given to the section whose lines hold them. */
export function splitSections(body: Root, refs: readonly Reference[]): BodySection[] {
  const sections: BodySection[] = [];
  let current: BodySection | undefined;
  for (const node of body.children) {
    if (node.type === 'heading') {
      const text = textOf((node as Heading).children);
      current = {
        key: isBlank(text) ? '' : text.trim(),
        depth: (node as Heading).depth,
        pos: startOf(node),
        body: { type: 'root', children: [] },
        refs: [],
      };
      sections.push(current);
      continue;
    }
    if (!current) {
      current = { key: '', depth: 0, pos: startOf(node), body: { type: 'root', children: [] }, refs: [] };
      sections.push(current);
    }
    current.body.children.push(node);
  }
  for (const ref of refs) {
    let owner: BodySection | undefined;
    for (const s of sections) if (s.pos.line <= ref.pos.line) owner = s;
    owner?.refs.push(ref);
  }
  return sections;
}
