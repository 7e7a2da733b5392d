/**
 * body/sections — a meeting's or a term's body agrees with its frontmatter: one section per meeting item
 * (`## <id>` for a deliberation or a report, `### <id>` for a sub-item) and per definition (`## <since>`,
 * optionally `### 変更点` under a later definition), in the frontmatter's order, none empty, and no text
 * outside a section.
 *
 * Why: the frontmatter holds the record (numbers, titles, outcomes, dates), the body the words; a section
 * that names no item, or an item without words, would be shown under the wrong item or not at all. A
 * heading is plain Markdown whose whole text is the id (`{#id}` would be a JavaScript expression in MDX).
 * How to fix: give each item (definition) exactly one heading with its id, in the frontmatter's order, and
 * put its text under it; correct a misspelt id; move text before the first heading under its item.
 *
 * @example not-ok — meetings/m31.mdx lists d1 and d2 in its frontmatter, its body has
 *   ## d1            ← fine
 *   ## d3            → 「d3」 is not an item of m31; …
 *                    (and d2 → 「d2」 has no section in the body; …)
 * @example ok
 *   ## d1
 *
 *   今後の改定方針について、次のとおり審議が行われた。
 *
 *   ### d1-1
 *
 *   <Term id="standard-dataset-system">定型データセット解析システム</Term>の開発状況とともに、…
 */
import { CHANGE_HEADING } from '../../src/model/bodies.ts';
import { meetingItems } from '../../src/model/meetings.ts';
import type { MeetingDoc, Model, TermDoc } from '../../src/model/model.ts';
import type { PathKey } from '../../src/model/parse-document.ts';
import type { BodySection } from '../../src/model/sections.ts';
import { finding, placeOf, type Finding, type Rule } from './kit.ts';

const id = 'body/sections';

/** What a body must hold, in order: a key, the depth of its heading, and where the frontmatter declares it. */
interface Expected {
  key: string;
  depth: number;
  path: PathKey[];
}

export const rule: Rule = {
  id,
  description: "Meeting and term bodies have one section per item or definition, in the frontmatter's order.",
  check(model: Model): Finding[] {
    const out: Finding[] = [];
    for (const m of model.meetings.values()) {
      const items = meetingItems(m.data).map((i) => ({ key: i.id, depth: i.kind === 'sub-item' ? 3 : 2, path: [...i.path, 'id'] }));
      compare(out, m, items, `an item of ${m.data.id}`);
    }
    for (const t of model.terms.values()) {
      compare(
        out,
        t,
        t.data.definitions.map((d, i) => ({ key: d.since, depth: 2, path: ['definitions', i, 'since'] })),
        `a definition of ${t.data.id}`,
        // A since that names no version is term/definition-order's finding; its section is not reported again.
        (key) => !model.versions.has(key),
      );
    }
    return out;
  },
};

function compare(
  out: Finding[],
  doc: MeetingDoc | TermDoc,
  expected: Expected[],
  what: string,
  reportedElsewhere: (key: string) => boolean = () => false,
): void {
  const found: Finding[] = [];
  compareInto(found, doc, expected, what);
  // One mistake, one finding: a heading that is no item (or definition) and an item without a section, and no
  // other mismatch, are one id written two ways.
  const stray = found.filter((f) => f.message.includes(` is not ${what}`));
  const lacking = found.filter((f) => f.message.includes(' has no section in the body'));
  if (stray.length === 1 && lacking.length === 1 && found.length === 2) {
    const heading = /^「([^」]*)」/.exec(stray[0]!.message)?.[1] ?? '';
    const key = /^「([^」]*)」/.exec(lacking[0]!.message)?.[1] ?? '';
    const rest = found.filter((f) => f !== stray[0] && f !== lacking[0]);
    if (!reportedElsewhere(key)) {
      rest.push(
        finding(
          id,
          stray[0]!,
          `「${heading}」 is the heading where ${key} was expected; expected the same id in the heading and the frontmatter`,
          `write 「${key}」 in the heading, or correct the id in the frontmatter to 「${heading}」`,
        ),
      );
    }
    out.push(...rest);
    return;
  }
  out.push(
    ...found.filter(
      (f) => !(f.message.includes(' has no section in the body') && reportedElsewhere(/^「([^」]*)」/.exec(f.message)?.[1] ?? '')),
    ),
  );
}

function compareInto(out: Finding[], doc: MeetingDoc | TermDoc, expected: Expected[], what: string): void {
  const isTerm = 'definitions' in doc.data;
  const at = (s: BodySection) => ({ file: doc.file, ...s.pos });
  const heading = (e: Expected) => `${'#'.repeat(e.depth)} ${e.key}`;
  const list = expected.map((e) => e.key).join(', ');
  const index = new Map<string, number>();
  // An id the frontmatter gives twice is id/duplicate's finding: each of its items may have its section.
  const allowed = new Map<string, number>();
  expected.forEach((e, i) => {
    if (!index.has(e.key)) index.set(e.key, i);
    allowed.set(e.key, (allowed.get(e.key) ?? 0) + 1);
  });
  const seen = new Map<string, number>();
  let last = -1;
  let parent: Expected | undefined;
  // A blank heading is text/blank-heading's finding; it stands in for an item of its level without a section.
  const blank = new Map<number, number>();
  for (const s of doc.sections) {
    if (s.depth > 0 && !s.key) {
      blank.set(s.depth, (blank.get(s.depth) ?? 0) + 1);
      continue;
    }
    if (s.depth === 0) {
      out.push(
        finding(
          id,
          at(s),
          `the text before the first heading belongs to no ${isTerm ? 'definition' : 'item'}; expected every paragraph under a heading with ${isTerm ? "a definition's since" : 'an item id'}`,
          `move the text under its ${isTerm ? "definition's heading (## <since>)" : "item's heading (## <id>)"}, or remove it`,
        ),
      );
      continue;
    }
    if (isTerm && s.key === CHANGE_HEADING && s.depth === 3) {
      if (!parent || parent.key === expected[0]?.key) {
        out.push(
          finding(
            id,
            at(s),
            `「${CHANGE_HEADING}」 stands ${parent ? `under the first definition (${parent.key})` : 'under no definition'}; expected it under a later definition, saying what changed from the one before`,
            `move the section under the definition that changed (## <since>), or remove it`,
          ),
        );
      }
      if (!hasText(s)) out.push(empty(doc, s));
      continue;
    }
    const i = index.get(s.key);
    if (i === undefined) {
      out.push(
        finding(
          id,
          at(s),
          `「${s.key}」 is not ${what}; expected a heading whose whole text is ${isTerm ? `a definition's since${list ? ` (${list})` : ''} or ${CHANGE_HEADING} under one` : `an item id${list ? ` (${list})` : ''}`}`,
          isTerm
            ? 'write ## <since> of a definition in the frontmatter, or add the definition there'
            : 'write ## <id> of an item in the frontmatter (### for a sub-item), or add the item there',
        ),
      );
      continue;
    }
    const e = expected[i]!;
    const count = (seen.get(s.key) ?? 0) + 1;
    seen.set(s.key, count);
    if (count > allowed.get(s.key)!) {
      out.push(
        finding(
          id,
          at(s),
          `「${s.key}」 has a second section; expected one section per ${isTerm ? 'definition' : 'item'}`,
          'merge the two sections under one heading',
        ),
      );
      continue;
    }
    if (count > 1) continue;
    parent = e;
    if (s.depth !== e.depth) {
      out.push(
        finding(
          id,
          at(s),
          `「${'#'.repeat(s.depth)} ${s.key}」 has the wrong level; expected 「${heading(e)}」 (${e.depth === 3 ? 'a sub-item' : isTerm ? 'a definition' : 'a deliberation or a report'})`,
          `write 「${heading(e)}」`,
        ),
      );
    }
    if (i < last) {
      out.push(
        finding(
          id,
          at(s),
          `「${s.key}」 comes after ${expected[last]!.key} in the body; expected the frontmatter's order (${list})`,
          `move the section of ${s.key} before the one of ${expected[last]!.key}, or reorder the frontmatter`,
        ),
      );
    } else {
      last = i;
    }
    if (!hasText(s)) out.push(empty(doc, s));
  }
  for (const e of expected) {
    if (seen.has(e.key)) continue;
    const stand = blank.get(e.depth) ?? 0;
    if (stand > 0) {
      blank.set(e.depth, stand - 1);
      continue;
    }
    out.push(
      finding(
        id,
        placeOf(doc, e.path),
        `「${e.key}」 has no section in the body; expected a heading 「${heading(e)}」 followed by ${isTerm ? 'the definition' : "the minutes' text of the item"}`,
        `add 「${heading(e)}」 and the text under it, in the frontmatter's order`,
      ),
    );
  }
}

function hasText(s: BodySection): boolean {
  return s.body.children.length > 0;
}

function empty(doc: MeetingDoc | TermDoc, s: BodySection): Finding {
  return finding(
    id,
    { file: doc.file, ...s.pos },
    `「${s.key}」 has an empty section; expected its text under the heading`,
    'write the text under the heading, or remove the heading',
  );
}
